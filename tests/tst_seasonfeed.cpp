#include "feeds/season/defaultfeed.h"
#include "feeds/season/seasonfeedreader.h"
#include "feeds/sync/feedingest.h"
#include "storage/catalogimporter.h"
#include "storage/feedstore.h"
#include "storage/ledgerqueries.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QtTest>
#include <functional>

namespace {

// The embedded feed's bytes; empty (and every test using it fails) when it cannot be read.
QByteArray defaultFeedBytes()
{
    QFile f(QStringLiteral(":/resources/default-feed.json"));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

QJsonObject defaultFeedObject()
{
    return QJsonDocument::fromJson(defaultFeedBytes()).object();
}

QByteArray bytesOf(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

bool importBytes(Database &db, const QByteArray &bytes, const QString &origin, ImportStats *stats,
                 FeedError *error)
{
    Catalog catalog;
    if (!SeasonFeedReader::read(bytes, &catalog, error))
        return false;
    return CatalogImporter(db).import(catalog, origin, stats, error);
}

const QString kOrigin = QStringLiteral("https://example.test/feed.json");

// A season feed of `shows` shows, each with 2 seasons of 3 episodes, 2 credits, 1 source and 2
// claims: 1 + 2 * (1 + 3) + 2 + 1 + 2 = 14 items per show.
constexpr int kItemsPerShow = 14;

QJsonObject smallFeed(int shows)
{
    QJsonArray showList, sources, claims;
    for (int n = 1; n <= shows; ++n) {
        const QString id = QStringLiteral("show-%1").arg(n);
        QJsonArray seasons;
        for (int s = 1; s <= 2; ++s) {
            QJsonArray episodes;
            for (int e = 1; e <= 3; ++e)
                episodes << QJsonObject{
                    {QStringLiteral("number"), e},
                    {QStringLiteral("title"), QStringLiteral("Part %1").arg(e)}};
            seasons << QJsonObject{{QStringLiteral("number"), s},
                                   {QStringLiteral("status"), s == 1 ? QStringLiteral("released")
                                                                     : QStringLiteral("renewed")},
                                   {QStringLiteral("episodes"), episodes}};
        }
        QJsonArray credits;
        for (int c = 1; c <= 2; ++c)
            credits << QJsonObject{
                {QStringLiteral("actor"), QStringLiteral("Actor %1 of %2").arg(c).arg(n)},
                {QStringLiteral("character"), QStringLiteral("Role %1").arg(c)},
                {QStringLiteral("season"), 1}};
        showList << QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("title"), QStringLiteral("Counted Show %1").arg(n)},
                                {QStringLiteral("seasons"), seasons},
                                {QStringLiteral("credits"), credits}};
        const QString source = QStringLiteral("S%1").arg(n);
        sources << QJsonObject{{QStringLiteral("id"), source},
                               {QStringLiteral("title"), QStringLiteral("Report %1").arg(n)}};
        claims << QJsonObject{{QStringLiteral("id"), QStringLiteral("c%1-count").arg(n)},
                              {QStringLiteral("show"), id},
                              {QStringLiteral("season"), 2},
                              {QStringLiteral("kind"), QStringLiteral("episode_count")},
                              {QStringLiteral("tier"), QStringLiteral("reported")},
                              {QStringLiteral("source"), source},
                              {QStringLiteral("value"), 8}};
        claims << QJsonObject{
            {QStringLiteral("id"), QStringLiteral("c%1-window").arg(n)},
            {QStringLiteral("show"), id},
            {QStringLiteral("season"), 2},
            {QStringLiteral("kind"), QStringLiteral("release_window")},
            {QStringLiteral("tier"), QStringLiteral("estimate")},
            {QStringLiteral("source"), source},
            {QStringLiteral("window"),
             QJsonObject{{QStringLiteral("earliest"), QStringLiteral("2026-09-01")},
                         {QStringLiteral("latest"), QStringLiteral("2026-12-31")},
                         {QStringLiteral("precision"), QStringLiteral("part_of_year")},
                         {QStringLiteral("wording"), QStringLiteral("late 2026")}}}};
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("cliffhanger-season-feed")},
                       {QStringLiteral("version"), 1},
                       {QStringLiteral("shows"), showList},
                       {QStringLiteral("sources"), sources},
                       {QStringLiteral("claims"), claims}};
}

// Sets the value at `path` (keys and array indexes; an index one past the end appends).
QJsonObject edited(QJsonObject feed, const QStringList &path, const QJsonValue &value)
{
    std::function<QJsonValue(const QJsonValue &, int)> set = [&](const QJsonValue &at, int i) {
        if (i == path.size())
            return value;
        bool isIndex = false;
        const int index = path[i].toInt(&isIndex);
        if (isIndex) {
            QJsonArray array = at.toArray();
            if (index == array.size()) // one past the end: appended
                array.append(set(QJsonValue(), i + 1));
            else
                array[index] = set(array[index], i + 1);
            return QJsonValue(array);
        }
        QJsonObject object = at.toObject();
        object.insert(path[i], set(object.value(path[i]), i + 1));
        return QJsonValue(object);
    };
    return set(feed, 0).toObject();
}

// One sync of `feed` as a fetched body, as the app runs it.
SyncReport ingest(Database &db, const QByteArray &body)
{
    auto feed = FeedStore(db).find(kOrigin);
    if (!feed) {
        QString error;
        feed = FeedStore(db).add(kOrigin, QString(), 360, Tier::Reported, false, &error);
    }
    return FeedIngest(db).ingest(*feed, FetchedBody{body, {}, {}, {}},
                                 QDateTime::currentDateTimeUtc());
}

} // namespace

class SeasonFeedTest : public QObject {
    Q_OBJECT

private slots:
    void readsTheEmbeddedFeed()
    {
        Catalog catalog;
        FeedError error;
        QVERIFY2(SeasonFeedReader::read(defaultFeedBytes(), &catalog, &error),
                 qPrintable(error.message));
        QCOMPARE(catalog.shows.size(), 1);
        const Show &show = catalog.shows.first();
        QCOMPARE(show.title, QStringLiteral("All of Us Are Dead"));
        QCOMPARE(show.originalTitle, QStringLiteral("지금 우리 학교는"));
        QCOMPARE(show.credits.size(), 13);
        QCOMPARE(show.seasons.size(), 2);
        QCOMPARE(show.seasons[0].episodes.size(), 12);
        QCOMPARE(show.seasons[0].premiere, QDate(2022, 1, 28));
        QCOMPARE(catalog.sources.size(), 5);
        int windows = 0;
        for (const Claim &c : catalog.claims)
            windows += c.kind == ClaimKind::ReleaseWindow && c.season == 2;
        QCOMPARE(windows, 5);
    }

    void detectsSeasonFeeds()
    {
        QVERIFY(SeasonFeedReader::looksLikeSeasonFeed(defaultFeedBytes()));
        QVERIFY(!SeasonFeedReader::looksLikeSeasonFeed(
            "{\"version\": \"https://jsonfeed.org/version/1.1\"}"));
        QVERIFY(!SeasonFeedReader::looksLikeSeasonFeed("<rss version=\"2.0\"></rss>"));
        const QByteArray withBom = QByteArray("\xEF\xBB\xBF") + defaultFeedBytes();
        QVERIFY(SeasonFeedReader::looksLikeSeasonFeed(withBom));
        Catalog catalog;
        FeedError error;
        QVERIFY2(SeasonFeedReader::read(withBom, &catalog, &error), qPrintable(error.message));
        QCOMPARE(catalog.shows.size(), 1);
    }

    void importsAndReimportsWithoutWriting()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY2(DefaultFeed::import(t.db(), &error), qPrintable(error.message));
        QCOMPARE(t.count(QStringLiteral("shows")), 1);
        QCOMPARE(t.count(QStringLiteral("episodes")), 12);
        QCOMPARE(t.count(QStringLiteral("credits")), 13);
        QCOMPARE(t.count(QStringLiteral("people")), 13);
        QCOMPARE(t.count(QStringLiteral("sources")), 5);
        const qint64 claims = t.count(QStringLiteral("claims"));
        QVERIFY(claims >= 50);

        const qint64 before = t.totalChanges();
        ImportStats stats;
        QVERIFY(importBytes(t.db(), defaultFeedBytes(), DefaultFeed::url(), &stats, &error));
        QCOMPARE(stats.rowsWritten, 0);
        QCOMPARE(stats.claimsAdded, 0);
        QCOMPARE(t.totalChanges(), before);
        QCOMPARE(t.count(QStringLiteral("claims")), claims);
    }

    void aChangedClaimSupersedesTheOldOne()
    {
        TestDatabase t;
        FeedError error;
        ImportStats stats;
        QJsonObject feed = defaultFeedObject();
        QVERIFY(importBytes(t.db(), bytesOf(feed), kOrigin, &stats, &error));
        const qint64 claims = t.count(QStringLiteral("claims"));

        QJsonArray list = feed.value(QStringLiteral("claims")).toArray();
        int changedIndex = -1;
        for (int i = 0; i < list.size(); ++i) {
            QJsonObject c = list[i].toObject();
            if (c.value(QStringLiteral("id")).toString() == QStringLiteral("s2-release-s4")) {
                QJsonObject w = c.value(QStringLiteral("window")).toObject();
                w.insert(QStringLiteral("earliest"), QStringLiteral("2027-01-01"));
                w.insert(QStringLiteral("wording"), QStringLiteral("early 2027"));
                c.insert(QStringLiteral("window"), w);
                list[i] = c;
                changedIndex = i;
            }
        }
        QVERIFY(changedIndex >= 0);
        feed.insert(QStringLiteral("claims"), list);
        QVERIFY2(importBytes(t.db(), bytesOf(feed), kOrigin, &stats, &error),
                 qPrintable(error.message));
        QCOMPARE(stats.claimsAdded, 1);
        QCOMPARE(stats.claimsSuperseded, 1);
        QCOMPARE(t.count(QStringLiteral("claims")), claims + 1);

        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, status, superseded_by, earliest FROM claims "
                                      "WHERE key = 's2-release-s4' ORDER BY id")));
        QVERIFY(q.next());
        const qint64 oldId = q.value(0).toLongLong();
        QCOMPARE(q.value(1).toString(), QStringLiteral("superseded"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("2026-09-01"));
        const qint64 supersededBy = q.value(2).toLongLong();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), supersededBy);
        QVERIFY(supersededBy > oldId);
        QCOMPARE(q.value(1).toString(), QStringLiteral("open"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("2027-01-01"));

        // The same changed feed again writes nothing.
        const qint64 before = t.totalChanges();
        QVERIFY(importBytes(t.db(), bytesOf(feed), kOrigin, &stats, &error));
        QCOMPARE(t.totalChanges(), before);
    }

    void claimsRemovedFromTheFeedAreKept()
    {
        TestDatabase t;
        FeedError error;
        ImportStats stats;
        QJsonObject feed = defaultFeedObject();
        QVERIFY(importBytes(t.db(), bytesOf(feed), kOrigin, &stats, &error));
        const qint64 claims = t.count(QStringLiteral("claims"));
        feed.insert(QStringLiteral("claims"), QJsonArray());
        QVERIFY(importBytes(t.db(), bytesOf(feed), kOrigin, &stats, &error));
        QCOMPARE(t.count(QStringLiteral("claims")), claims);
    }

    void swappedCastPairIsContradictedWithoutANewPerson()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT c.status, p.name, cr.character FROM claims c JOIN "
                                      "credits cr ON cr.id = c.contradicts_credit "
                                      "JOIN people p ON p.id = cr.person_id WHERE c.kind = 'cast' "
                                      "AND c.value LIKE '%\"actor\":\"Lee Su-hyeok\"%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("contradicted"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Lomon"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Lee Su-hyeok"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM people WHERE name = 'Lee Su-hyeok'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void invalidFeedsNameTheFieldAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");

        QJsonObject feed = defaultFeedObject();
        auto mutateClaim = [&feed](int index, const QString &key, const QJsonValue &value) {
            QJsonObject copy = feed;
            QJsonArray claims = copy.value(QStringLiteral("claims")).toArray();
            QJsonObject c = claims[index].toObject();
            if (value.isUndefined())
                c.remove(key);
            else
                c.insert(key, value);
            claims[index] = c;
            copy.insert(QStringLiteral("claims"), claims);
            return bytesOf(copy);
        };
        QJsonObject noTitle = feed;
        QJsonArray shows = noTitle.value(QStringLiteral("shows")).toArray();
        QJsonObject show = shows[0].toObject();
        show.remove(QStringLiteral("title"));
        shows[0] = show;
        noTitle.insert(QStringLiteral("shows"), shows);

        QJsonObject newer = feed;
        newer.insert(QStringLiteral("version"), 2);
        QJsonObject wrongFormat = feed;
        wrongFormat.insert(QStringLiteral("format"), QStringLiteral("something-else"));

        QTest::newRow("syntax error")
            << QByteArray("{\n  \"format\": \"cliffhanger-season-feed\",\n  \"version\": 1,,\n}")
            << QStringLiteral("line 3");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("JSON object");
        QTest::newRow("missing title")
            << bytesOf(noTitle) << QStringLiteral("shows[0].title: is required");
        QTest::newRow("newer version") << bytesOf(newer) << QStringLiteral("version 2");
        QTest::newRow("wrong format") << bytesOf(wrongFormat) << QStringLiteral("$.format");
        QTest::newRow("bad kind") << mutateClaim(3, QStringLiteral("kind"),
                                                 QStringLiteral("gossip"))
                                  << QStringLiteral("claims[3].kind");
        QTest::newRow("bad tier") << mutateClaim(4, QStringLiteral("tier"),
                                                 QStringLiteral("certain"))
                                  << QStringLiteral("claims[4].tier");
        QTest::newRow("unknown source")
            << mutateClaim(5, QStringLiteral("source"), QStringLiteral("S9"))
            << QStringLiteral("claims[5].source");
        QTest::newRow("season not a number")
            << mutateClaim(6, QStringLiteral("season"), QStringLiteral("two"))
            << QStringLiteral("claims[6].season");
        // Outside qint64, where converting the double was undefined (fuzz_seasonfeed, UBSan).
        QTest::newRow("season a huge number")
            << mutateClaim(6, QStringLiteral("season"), 2.4e75)
            << QStringLiteral("claims[6].season: must be an integer");
        QTest::newRow("season a fraction")
            << mutateClaim(6, QStringLiteral("season"), 2.5)
            << QStringLiteral("claims[6].season: must be an integer");
        QTest::newRow("window dates reversed")
            << mutateClaim(0, QStringLiteral("window"),
                           QJsonObject{{QStringLiteral("earliest"), QStringLiteral("2024-05-01")},
                                       {QStringLiteral("latest"), QStringLiteral("2024-01-01")},
                                       {QStringLiteral("precision"), QStringLiteral("month")}})
            << QStringLiteral("claims[0].window: earliest is after latest");
        QTest::newRow("bad date")
            << mutateClaim(0, QStringLiteral("window"),
                           QJsonObject{{QStringLiteral("earliest"), QStringLiteral("2024-02-30")},
                                       {QStringLiteral("latest"), QStringLiteral("2024-03-01")},
                                       {QStringLiteral("precision"), QStringLiteral("month")}})
            << QStringLiteral("claims[0].window.earliest");
    }

    void invalidFeedsNameTheFieldAndChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        const qint64 claims = t.count(QStringLiteral("claims"));
        const qint64 before = t.totalChanges();

        ImportStats stats;
        QVERIFY(!importBytes(t.db(), bytes, kOrigin, &stats, &error));
        QCOMPARE(error.kind, FeedError::Kind::Parse);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QCOMPARE(t.totalChanges(), before);
        QCOMPARE(t.count(QStringLiteral("claims")), claims);
    }

    // The counts a sync reports are of the feed's entries (shows, seasons, episodes, credits,
    // sources, claims): a first import creates every one, a re-import of the same content
    // touches none, and a change counts once.
    void syncCountsEveryEntryOnceAndTruly()
    {
        TestDatabase t;
        const QJsonObject feed = smallFeed(3);
        SyncReport r = ingest(t.db(), bytesOf(feed));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(r.status, SyncStatus::Updated);
        QCOMPARE(r.newItems, 3 * kItemsPerShow);
        QCOMPARE(r.updatedItems, 0);
        QCOMPARE(r.totalItems, 3 * kItemsPerShow);
        QCOMPARE(t.count(QStringLiteral("episodes")), 18);

        // The same content in other bytes: parsed and imported, and nothing written but the
        // feed's own bookkeeping row.
        const qint64 before = t.totalChanges();
        r = ingest(t.db(), QJsonDocument(feed).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, SyncStatus::Unchanged);
        QCOMPARE(r.newItems, 0);
        QCOMPARE(r.updatedItems, 0);
        QCOMPARE(t.totalChanges() - before, 1);

        // One claim reworded: its new version supersedes the old one, one updated item.
        const QJsonObject oneClaim = edited(
            feed, {QStringLiteral("claims"), QStringLiteral("2"), QStringLiteral("value")}, 10);
        const qint64 claims = t.count(QStringLiteral("claims"));
        r = ingest(t.db(), bytesOf(oneClaim));
        QCOMPARE(r.newItems, 0);
        QCOMPARE(r.updatedItems, 1);
        QCOMPARE(t.count(QStringLiteral("claims")), claims + 1);

        // One episode retitled inside an otherwise unchanged show, and one episode added.
        QJsonObject episodes =
            edited(oneClaim,
                   {QStringLiteral("shows"), QStringLiteral("1"), QStringLiteral("seasons"),
                    QStringLiteral("0"), QStringLiteral("episodes"), QStringLiteral("2"),
                    QStringLiteral("title")},
                   QStringLiteral("A new title"));
        episodes = edited(episodes,
                          {QStringLiteral("shows"), QStringLiteral("2"), QStringLiteral("seasons"),
                           QStringLiteral("1"), QStringLiteral("episodes"), QStringLiteral("3")},
                          QJsonObject{{QStringLiteral("number"), 4}});
        r = ingest(t.db(), bytesOf(episodes));
        QCOMPARE(r.newItems, 1);
        QCOMPARE(r.updatedItems, 1);
        QCOMPARE(t.count(QStringLiteral("episodes")), 19);
        QSqlQuery q(t.db().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM episodes WHERE title = 'A new title'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(r.totalItems, 3 * kItemsPerShow + 1);
    }

    // An unchanged show is skipped by its entry's hash; the hash is of the entry, so a show
    // whose stored rows went away (another feed cannot delete them, but a cascade can) is
    // written again rather than trusted.
    void aShowIsSkippedOnlyWhileItsRowsAreThere()
    {
        TestDatabase t;
        const QJsonObject feed = smallFeed(1);
        QCOMPARE(ingest(t.db(), bytesOf(feed)).newItems, kItemsPerShow);
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM shows")));
        const SyncReport r = ingest(t.db(), QJsonDocument(feed).toJson(QJsonDocument::Compact));
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
        QCOMPARE(t.count(QStringLiteral("shows")), 1);
        QCOMPARE(t.count(QStringLiteral("episodes")), 6);
        // The show, its seasons, episodes and credits again, and its claims, which went with it.
        QCOMPARE(r.newItems, 1 + 2 + 6 + 2 + 2);
    }

    void matchesShowsAcrossFeedsByAlias()
    {
        TestDatabase t;
        FeedError error;
        QVERIFY(DefaultFeed::import(t.db(), &error));
        Catalog other;
        Show show;
        show.key = QStringLiteral("x");
        show.title = QStringLiteral("Jigeum Uri Hakgyoneun");
        show.network = QStringLiteral("Netflix");
        other.shows << show;
        ImportStats stats;
        QVERIFY(CatalogImporter(t.db()).import(other, kOrigin, &stats, &error));
        QCOMPARE(t.count(QStringLiteral("shows")), 1);
        QCOMPARE(LedgerQueries(t.db()).shows().first().title, QStringLiteral("All of Us Are Dead"));
        QCOMPARE(LedgerQueries(t.db()).findShow(QStringLiteral("ALL OF US ARE DEAD!")).has_value(),
                 true);
        QCOMPARE(LedgerQueries(t.db()).findShow(QStringLiteral("Squid Game")).has_value(), false);
    }
};

QTEST_GUILESS_MAIN(SeasonFeedTest)
#include "tst_seasonfeed.moc"
