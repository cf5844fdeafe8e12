// Runs the claim extractor over labelled corpora and prints true/false positives, false
// negatives, precision and recall per claim kind and overall, one report per corpus.
//   extract_eval [--corpus DIR]... [--shows FILE]... [--verbose] [--dump] [--only ID]
// Without --corpus it scores tests/fixtures/articles; without --shows the known shows are All
// of Us Are Dead from resources/default-feed.json plus the invented shows in articles/shows/.
// The coverage corpus needs its own shows:
//   extract_eval --shows tests/fixtures/coverage/shows/coverage-shows.json
//                --corpus tests/fixtures/coverage/tune --corpus tests/fixtures/coverage/heldback
// --verbose lists each false positive (with its sentence and why it matched) and each false
// negative; --dump prints every claim of every article. A corpus whose labels name unknown
// shows or released seasons is refused (see ExtractEvaluation::labelProblems).

#include "eval/evaluation.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace ExtractEvaluation;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "extract_eval: %s\n", qPrintable(message));
    return 1;
}

void dumpClaims(const QList<CorpusArticle> &articles, const QList<KnownShow> &shows)
{
    const Extractor extractor(shows);
    for (const CorpusArticle &a : articles) {
        std::printf("== %s\n", qPrintable(a.id));
        for (const ExtractedClaim &c : extractor.extract(a.input))
            std::printf("  show %lld %s s%d %s [%s, %s] @%d %s\n     %s\n",
                        static_cast<long long>(c.showId), qPrintable(wireName(c.claim.kind)),
                        c.claim.season.value_or(0), qPrintable(valueText(c.claim)),
                        qPrintable(wireName(c.claim.tier)), qPrintable(wireName(c.claim.status)),
                        c.claim.quoteOffset, qPrintable(c.claim.note), qPrintable(c.claim.quote));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool verbose = false;
    bool dump = false;
    QString onlyId;
    QStringList corpora;
    QStringList showFiles;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (arg == QLatin1String("--verbose"))
            verbose = true;
        else if (arg == QLatin1String("--dump"))
            dump = true;
        else if (arg == QLatin1String("--only") && hasValue)
            onlyId = args.at(++i);
        else if (arg == QLatin1String("--corpus") && hasValue)
            corpora << args.at(++i);
        else if (arg == QLatin1String("--shows") && hasValue)
            showFiles << args.at(++i);
        else
            return fail(QStringLiteral("unknown or incomplete argument '%1'; usage: extract_eval "
                                       "[--corpus DIR]... [--shows FILE]... [--verbose] [--dump] "
                                       "[--only ID]")
                            .arg(arg));
    }
    const QString fixtures = QStringLiteral(CLIFFHANGER_FIXTURES);
    if (corpora.isEmpty())
        corpora << fixtures + QStringLiteral("/articles");
    if (showFiles.isEmpty())
        showFiles << QStringLiteral(CLIFFHANGER_SOURCE_DIR "/resources/default-feed.json")
                  << fixtures + QStringLiteral("/articles/shows/invented-shows.json");

    QList<KnownShow> shows;
    QHash<QString, qint64> keys;
    QString error;
    if (!loadShows(showFiles, &shows, &keys, &error))
        return fail(error);
    for (const QString &dir : std::as_const(corpora)) {
        QList<CorpusArticle> articles;
        if (!loadCorpus(dir, &articles, &error))
            return fail(error);
        const QStringList problems = labelProblems(articles, shows, keys);
        if (!problems.isEmpty())
            return fail(dir + QStringLiteral(": labels that cannot be right:\n  ") +
                        problems.join(QStringLiteral("\n  ")));
        if (!onlyId.isEmpty()) {
            QList<CorpusArticle> selected;
            for (const CorpusArticle &a : std::as_const(articles)) {
                if (a.id == onlyId)
                    selected << a;
            }
            articles = selected;
        }
        if (dump)
            dumpClaims(articles, shows);
        const Report report = evaluate(articles, shows, keys);
        std::printf("Claim extraction, %s\n%s", qPrintable(dir),
                    qPrintable(formatReport(report, verbose)));
    }
    return 0;
}
