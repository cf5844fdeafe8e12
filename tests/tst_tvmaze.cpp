#include "feeds/feedformat.h"
#include "feeds/season/defaultfeed.h"
#include "feeds/tvmaze/tvmazeparser.h"
#include "storage/catalogimporter.h"
#include "storage/ledgerqueries.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QtTest>

namespace {

const QDate kToday(2026, 11, 22);
const QString kShowFeed =
    QStringLiteral("https://api.tvmaze.com/shows/55555?embed[]=episodes&embed[]=cast");
const QString kSeasonsFeed = QStringLiteral("https://api.tvmaze.com/shows/55555/seasons");

Catalog parsedShow()
{
    Catalog catalog;
    FeedError error;
    if (!TvMazeParser::parseShow(readFixture(QStringLiteral("tvmaze/show.json")), kToday, &catalog,
                                 &error))
        qWarning() << error.message;
    return catalog;
}

} // namespace

class TvMazeTest : public QObject {
    Q_OBJECT

private slots:
    void detectsBothShapes()
    {
        QCOMPARE(FeedFormats::detect(readFixture(QStringLiteral("tvmaze/show.json"))),
                 FeedFormat::TvMazeShow);
        QCOMPARE(FeedFormats::detect(readFixture(QStringLiteral("tvmaze/seasons.json"))),
                 FeedFormat::TvMazeSeasons);
        QCOMPARE(TvMazeParser::detect("{\"title\": \"x\"}"), TvMazeParser::Kind::None);
    }

    void parsesTheShow()
    {
        const Catalog catalog = parsedShow();
        QCOMPARE(catalog.shows.size(), 1);
        const Show &show = catalog.shows.first();
        QCOMPARE(show.title, QStringLiteral("All of Us Are Dead"));
        QCOMPARE(show.network, QStringLiteral("Netflix"));
        QCOMPARE(show.url, QStringLiteral("https://www.tvmaze.com/shows/55555"));
        QCOMPARE(show.synopsis,
                 QStringLiteral("A school becomes ground zero for a zombie virus outbreak."));
        QCOMPARE(show.seasons.size(), 1);
        const Season &s1 = show.seasons.first();
        QCOMPARE(s1.status, SeasonStatus::Released);
        QCOMPARE(s1.premiere, QDate(2022, 1, 28));
        int regular = 0, specials = 0;
        for (const Episode &e : s1.episodes) {
            (e.special ? specials : regular)++;
            QVERIFY(e.url.startsWith(QStringLiteral("https://www.tvmaze.com/episodes/")));
        }
        QCOMPARE(regular, 12);
        QCOMPARE(specials, 1);
        QCOMPARE(s1.episodes.first().airDate, QDate(2022, 1, 28));
        QCOMPARE(show.credits.size(), 5);
        QCOMPARE(show.credits.first().actor, QStringLiteral("Park Ji-hu"));
        QCOMPARE(show.credits.first().character, QStringLiteral("Nam On-jo"));
        QCOMPARE(show.credits.first().season, 1);
        QVERIFY(show.credits.first().url.contains(QStringLiteral("tvmaze.com/characters/")));
    }

    void mergesIntoTheEmbeddedShowWithoutDuplicates()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        ImportStats stats;
        QVERIFY2(CatalogImporter(t.db()).import(parsedShow(), kShowFeed, &stats, &error),
                 qPrintable(error.message));
        QCOMPARE(t.count(QStringLiteral("shows")), 1);
        QCOMPARE(t.count(QStringLiteral("people")), 13);
        QCOMPARE(t.count(QStringLiteral("credits")), 13);
        QCOMPARE(t.count(QStringLiteral("episodes")), 13); // 12 + the special, kept apart
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT url, title FROM episodes WHERE special = 0 AND number = 3")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("1x03")));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Episode 3"));

        const qint64 before = t.totalChanges();
        QVERIFY(CatalogImporter(t.db()).import(parsedShow(), kShowFeed, &stats, &error));
        QCOMPARE(t.totalChanges(), before);
    }

    void seasonListNeverDowngradesTheLedger()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        ImportStats stats;
        QVERIFY(CatalogImporter(t.db()).import(parsedShow(), kShowFeed, &stats, &error));
        Catalog seasons;
        QVERIFY(TvMazeParser::parseSeasons(readFixture(QStringLiteral("tvmaze/seasons.json")),
                                           kSeasonsFeed, kToday, &seasons, &error));
        QVERIFY2(CatalogImporter(t.db()).import(seasons, kSeasonsFeed, &stats, &error),
                 qPrintable(error.message));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(
            QStringLiteral("SELECT number, status, episode_count FROM seasons ORDER BY number")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("released"));
        QCOMPARE(q.value(2).toInt(), 12);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(),
                 QStringLiteral("filming")); // TVmaze's guess did not overwrite it
        QVERIFY(q.value(2).isNull());
    }

    void seasonListForAnUnknownShowFails()
    {
        TestDatabase t;
        Catalog seasons;
        FeedError error;
        QVERIFY(TvMazeParser::parseSeasons(readFixture(QStringLiteral("tvmaze/seasons.json")),
                                           kSeasonsFeed, kToday, &seasons, &error));
        ImportStats stats;
        QVERIFY(!CatalogImporter(t.db()).import(seasons, kSeasonsFeed, &stats, &error));
        QCOMPARE(error.kind, FeedError::Kind::Storage);
        QVERIFY(error.message.contains(QStringLiteral("not in the database")));
        QCOMPARE(t.count(QStringLiteral("seasons")), 0);
    }

    // An id must be a whole number a qint64 holds: 1.5 is no id, nor is 9.04e27 (converting it
    // was undefined behaviour, found by fuzz_tvmaze under UBSan).
    void anIdThatIsNoWholeNumberIsNoId_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::newRow("fraction") << QByteArray("1.5");
        QTest::newRow("beyond qint64") << QByteArray("9044444444444444444444444001");
        QTest::newRow("negative") << QByteArray("-3");
    }
    void anIdThatIsNoWholeNumberIsNoId()
    {
        QFETCH(QByteArray, id);
        Catalog catalog;
        FeedError error;
        QVERIFY(!TvMazeParser::parseShow("{\"id\": " + id + ", \"name\": \"X\"}", kToday, &catalog,
                                         &error));
        QCOMPARE(error.kind, FeedError::Kind::Parse);
        QVERIFY(catalog.shows.isEmpty());
    }

    void rejectsBrokenJson()
    {
        Catalog catalog;
        FeedError error;
        QVERIFY(!TvMazeParser::parseShow(
            "{\"id\": 1, \"url\": \"https://www.tvmaze.com/shows/1\", ", kToday, &catalog, &error));
        QCOMPARE(error.kind, FeedError::Kind::Parse);
        QVERIFY(!TvMazeParser::parseSeasons("[]", QStringLiteral("https://example.test/x"), kToday,
                                            &catalog, &error));
        QVERIFY(error.message.contains(QStringLiteral("/shows/ID/seasons")));
    }
};

QTEST_GUILESS_MAIN(TvMazeTest)
#include "tst_tvmaze.moc"
