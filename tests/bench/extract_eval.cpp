// Runs the claim extractor over the evaluation corpus (tests/fixtures/articles) and prints
// true/false positives, false negatives, precision and recall per claim kind and overall.
//   extract_eval [--verbose] [--dump] [--only ID]
// --verbose lists each false positive (with its sentence and why it matched) and each false
// negative; --dump prints every claim of every article. The known shows are All of Us Are
// Dead from resources/default-feed.json plus the invented shows in articles/shows/.

#include "eval/evaluation.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace ExtractEvaluation;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool verbose = args.contains(QStringLiteral("--verbose"));
    const bool dump = args.contains(QStringLiteral("--dump"));
    const int only = int(args.indexOf(QStringLiteral("--only")));
    const QString onlyId = only > 0 && only + 1 < args.size() ? args.at(only + 1) : QString();

    const QString fixtures = QStringLiteral(CLIFFHANGER_FIXTURES);
    QList<KnownShow> shows;
    QHash<QString, qint64> keys;
    QString error;
    if (!loadShows({QStringLiteral(CLIFFHANGER_SOURCE_DIR "/resources/default-feed.json"),
                    fixtures + QStringLiteral("/articles/shows/invented-shows.json")},
                   &shows, &keys, &error)) {
        std::fprintf(stderr, "extract_eval: %s\n", qPrintable(error));
        return 1;
    }
    QList<CorpusArticle> articles;
    if (!loadCorpus(fixtures + QStringLiteral("/articles"), &articles, &error)) {
        std::fprintf(stderr, "extract_eval: %s\n", qPrintable(error));
        return 1;
    }
    if (!onlyId.isEmpty()) {
        QList<CorpusArticle> selected;
        for (const CorpusArticle &a : std::as_const(articles)) {
            if (a.id == onlyId)
                selected << a;
        }
        articles = selected;
    }
    if (dump) {
        const Extractor extractor(shows);
        for (const CorpusArticle &a : std::as_const(articles)) {
            std::printf("== %s\n", qPrintable(a.id));
            for (const ExtractedClaim &c : extractor.extract(a.input))
                std::printf("  show %lld %s s%d %s [%s, %s] @%d %s\n     %s\n",
                            static_cast<long long>(c.showId), qPrintable(wireName(c.claim.kind)),
                            c.claim.season.value_or(0), qPrintable(valueText(c.claim)),
                            qPrintable(wireName(c.claim.tier)),
                            qPrintable(wireName(c.claim.status)), c.claim.quoteOffset,
                            qPrintable(c.claim.note), qPrintable(c.claim.quote));
        }
    }
    const Report report = evaluate(articles, shows, keys);
    std::printf("Claim extraction, evaluation corpus\n%s",
                qPrintable(formatReport(report, verbose)));
    return 0;
}
