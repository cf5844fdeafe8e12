#include "extract/claimextractor.h"
#include "support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// `extract --explain FILE`: per sentence, the rule that fired or why none did. The article is
// written here, in our own words.
namespace {

const QString kArticle = QStringLiteral(
    "All of Us Are Dead season 2 is expected to premiere on Netflix in late 2027. Season 1 "
    "premiered on January 28, 2022. Fans had hoped for a 2023 release. The director said it "
    "could arrive if filming wraps. Netflix will not release it in 2026. Will it arrive soon? "
    "Sweet Home season 3 arrives in 2026. The cast is excellent.\n"
    "Also read: the best zombie shows\n");

KnownShow aouad()
{
    KnownShow s;
    s.id = 7;
    s.title = QStringLiteral("All of Us Are Dead");
    s.seasons = {1, 2};
    s.upcomingSeason = 2;
    s.latestPremiere = QDate(2022, 1, 28);
    return s;
}

} // namespace

class ExplainTest : public QObject {
    Q_OBJECT

private slots:
    void everySentenceHasAClaimOrAReason()
    {
        ArticleInput article;
        article.text = kArticle;
        article.published = QDate(2025, 10, 6);
        const Extractor extractor({aouad()});
        const QList<SentenceExplanation> sentences = extractor.explain(article);
        QCOMPARE(sentences.size(), 9);
        QStringList reasons;
        for (const SentenceExplanation &s : sentences) {
            QCOMPARE(s.fired.isEmpty(), !s.reason.isEmpty());
            QCOMPARE(kArticle.mid(s.offset, s.text.size()), s.text);
            reasons << (s.fired.isEmpty() ? s.reason : QStringLiteral("fired"));
        }
        QCOMPARE(reasons, (QStringList{"fired", "about season 1, already released",
                                       "past: every date in it is over by the publication date",
                                       "a hope or a condition, not a report",
                                       "negated or retracted ('not', 'no longer', 'originally')",
                                       "a question: it asserts nothing", "about another show",
                                       "no known show named or in focus",
                                       "boilerplate: a navigation, share or footer line"}));
        QVERIFY2(sentences.first().fired.first().startsWith(
                     "release_window s2 2027-09-01..2027-12-31 [reported]: release: 'premiere'"),
                 qPrintable(sentences.first().fired.first()));
        // The explanation gives exactly the claims extract() gives.
        QCOMPARE(extractor.extract(article).size(), 1);
    }

    void aSecondSayingIsMarked()
    {
        ArticleInput article;
        article.text = QStringLiteral("All of Us Are Dead season 2 arrives in late 2027. Season 2 "
                                      "arrives in late 2027, the streamer says.");
        article.published = QDate(2025, 10, 6);
        const QList<SentenceExplanation> sentences = Extractor({aouad()}).explain(article);
        QCOMPARE(sentences.size(), 2);
        QVERIFY(!sentences[0].fired.first().contains(QLatin1String("said earlier")));
        QVERIFY2(sentences[1].fired.first().contains(QLatin1String("said earlier")),
                 qPrintable(sentences[1].fired.join(QLatin1Char('|'))));
    }

    void anArticleAboutNoKnownShow()
    {
        ArticleInput article;
        article.title = QStringLiteral("Ten cosy crime dramas");
        article.text = QStringLiteral("The first one returns in 2026. The second one does not.");
        const QList<SentenceExplanation> sentences = Extractor({aouad()}).explain(article);
        QCOMPARE(sentences.size(), 3); // the headline and two sentences
        QCOMPARE(sentences.first().offset, -1);
        for (const SentenceExplanation &s : sentences)
            QCOMPARE(s.reason, QStringLiteral("no known show is named in the article"));
    }

    void theCommandReadsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("article.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html><body><p>All of Us Are Dead season 2 is expected to premiere in late "
                   "2027.</p><p>Season 1 premiered on January 28, 2022.</p></body></html>");
        file.close();
        const QString db = dir.filePath(QStringLiteral("cli.sqlite"));
        CliResult r = runCli({QStringLiteral("--db"), db, QStringLiteral("extract"),
                              QStringLiteral("--explain"), path, QStringLiteral("--published"),
                              QStringLiteral("2025-10-06"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonArray sentences = r.json().array();
        QCOMPARE(sentences.size(), 2);
        const QJsonObject first = sentences[0].toObject();
        QVERIFY(first.value(QStringLiteral("reason")).isNull());
        QVERIFY(first.value(QStringLiteral("claims"))
                    .toArray()
                    .first()
                    .toString()
                    .startsWith(QLatin1String("release_window s2 2027-09-01..2027-12-31")));
        QCOMPARE(sentences[1].toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("about season 1, already released"));
        // Nothing was stored: no claim of the ledger has the article's window.
        r = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("claims"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.json().array().isEmpty());
        for (const QJsonValue &c : r.json().array())
            QVERIFY(c.toObject().value(QStringLiteral("earliest")).toString() !=
                    QLatin1String("2027-09-01"));

        r = runCli({QStringLiteral("--db"), db, QStringLiteral("extract"),
                    QStringLiteral("--explain"), dir.filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("cannot read"));
        r = runCli(
            {QStringLiteral("--db"), db, QStringLiteral("extract"), QStringLiteral("--explain")});
        QCOMPARE(r.exitCode, 2);
        r = runCli({QStringLiteral("--db"), db, QStringLiteral("extract"), path});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(ExplainTest)
#include "tst_explain.moc"
