#include "feeds/http/feedfetcher.h"
#include "feeds/http/retryafter.h"
#include "feeds/season/defaultfeed.h"
#include "feeds/sync/syncservice.h"
#include "feeds/tvmaze/tvmazeclient.h"
#include "pipeline/appwriter.h"
#include "pipeline/tvmazeshowadder.h"
#include "shell/appcomposition.h"
#include "storage/feedstore.h"
#include "support/cliprocess.h"
#include "support/loopbackserver.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

namespace {

// The Lantern Keepers without its episodes: what /shows/{id} answers.
QByteArray lookupBody()
{
    QByteArray body = readFixture(QStringLiteral("tvmaze/lantern-show.json"));
    return body.left(body.indexOf("\"_embedded\"")).trimmed().chopped(1) + "\n}";
}

// A search answer with one show called `title` that premiered `premiered`.
QByteArray oneResult(qint64 id, const QString &title, const QString &premiered)
{
    return QStringLiteral("[{\"score\": 0.8, \"show\": {\"id\": %1, \"url\": "
                          "\"https://www.tvmaze.com/shows/%1/x\", \"name\": \"%2\", "
                          "\"premiered\": \"%3\", \"network\": null, \"webChannel\": "
                          "{\"id\": 9, \"name\": \"Streamly\", \"country\": null}}}]")
        .arg(id)
        .arg(title, premiered)
        .toUtf8();
}

} // namespace

// Adding a show from a loopback server that answers like TVmaze, in process and by the CLI.
class AddShowTest : public QObject {
    Q_OBJECT

    std::unique_ptr<LoopbackServer> m_server;
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FeedFetcher> m_fetcher;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<TvMazeClient> m_client;
    std::unique_ptr<TvMazeShowAdder> m_adder;

    QUrl base() const { return m_server->url(QStringLiteral("/api")); }

    void serveLantern()
    {
        m_server->route(
            QStringLiteral("/api/search/shows"),
            LoopbackResponse::ok(readFixture(QStringLiteral("tvmaze/search-lantern.json")),
                                 "application/json"));
        m_server->route(QStringLiteral("/api/shows/90001"), [](const LoopbackRequest &r) {
            return LoopbackResponse::ok(
                r.target.contains("embed") ? readFixture(QStringLiteral("tvmaze/lantern-show.json"))
                                           : lookupBody(),
                "application/json");
        });
        m_server->route(
            QStringLiteral("/api/shows/90001/seasons"),
            LoopbackResponse::ok(readFixture(QStringLiteral("tvmaze/lantern-seasons.json")),
                                 "application/json"));
    }

    AddShowResult waitFor(QSignalSpy &finished)
    {
        if (finished.isEmpty() && !finished.wait(20000))
            return {};
        return finished.takeFirst().first().value<AddShowResult>();
    }

    AddShowResult addById(qint64 id)
    {
        QSignalSpy finished(m_adder.get(), &TvMazeShowAdder::finished);
        m_adder->addById(id);
        return waitFor(finished);
    }

    AddShowResult addByName(const QString &name)
    {
        QSignalSpy finished(m_adder.get(), &TvMazeShowAdder::finished);
        m_adder->addByName(name);
        return waitFor(finished);
    }

    qint64 scalar(const QString &sql)
    {
        QSqlQuery q(m_t->db().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    QStringList args(QStringList list, const QString &db) const
    {
        return list << QStringLiteral("--db") << db << QStringLiteral("--tvmaze-base")
                    << base().toString();
    }

private slots:
    void init()
    {
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
        m_t = std::make_unique<TestDatabase>();
        QVERIFY(m_t->isOpen());
        m_fetcher = std::make_unique<FeedFetcher>();
        m_sync = std::make_unique<SyncService>(m_t->db(), m_fetcher.get());
        m_client = std::make_unique<TvMazeClient>(base());
        m_adder = std::make_unique<TvMazeShowAdder>(m_t->db(), m_sync.get(), m_client.get());
    }

    void cleanup()
    {
        m_adder.reset();
        m_client.reset();
        m_sync.reset();
        m_fetcher.reset();
        m_t.reset();
        m_server.reset();
    }

    void addsByIdWithBothFeeds()
    {
        serveLantern();
        const AddShowResult result = addById(90001);
        QCOMPARE(result.outcomeName(), QStringLiteral("added"));
        QVERIFY(result.added());
        QVERIFY2(result.message.contains(QStringLiteral("The Lantern Keepers (2024, Harbour One, "
                                                        "Ireland)")),
                 qPrintable(result.message));
        QCOMPARE(result.match.tvmazeId, 90001);
        QCOMPARE(result.libraryTitle, QStringLiteral("The Lantern Keepers"));
        QVERIFY(result.showId > 0);

        // Two feeds, the show (with episodes and cast) first, both synced, in that order.
        QCOMPARE(result.feedIds.size(), 2);
        const auto showFeed = FeedStore(m_t->db()).get(result.feedIds[0]);
        const auto seasonsFeed = FeedStore(m_t->db()).get(result.feedIds[1]);
        QVERIFY(showFeed && seasonsFeed);
        QCOMPARE(showFeed->url,
                 base().toString() + QStringLiteral("/shows/90001?embed[]=episodes&embed[]=cast"));
        QCOMPARE(seasonsFeed->url, base().toString() + QStringLiteral("/shows/90001/seasons"));
        QCOMPARE(showFeed->name, QStringLiteral("TVmaze: The Lantern Keepers"));
        QCOMPARE(result.syncReports.size(), 2);
        QCOMPARE(result.syncReports[0].feedId, showFeed->id);
        QCOMPARE(result.syncReports[0].status, SyncStatus::Updated);
        QCOMPARE(result.syncReports[1].feedId, seasonsFeed->id);
        QCOMPARE(result.syncReports[1].status, SyncStatus::Updated);

        // The ledger has the show, its aired episodes, its cast and the announced season 2.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM shows WHERE url = "
                                       "'https://www.tvmaze.com/shows/90001'")),
                 1);
        QCOMPARE(m_t->count(QStringLiteral("episodes")), 3);
        QCOMPARE(m_t->count(QStringLiteral("credits")), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT episode_count FROM seasons WHERE number = 2")), 8);
    }

    void addsByNamePreferringTheExactTitle()
    {
        serveLantern();
        // "Lanterns at Sea" scores higher; the exact title wins.
        const AddShowResult result = addByName(QStringLiteral("the lantern keepers"));
        QVERIFY2(result.added(), qPrintable(result.message));
        QCOMPARE(result.request, QStringLiteral("the lantern keepers"));
        QCOMPARE(result.match.tvmazeId, 90001);
        QCOMPARE(m_t->count(QStringLiteral("shows")), 1);
        // The search gave the show's facts: no lookup by id.
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/search/shows")), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/api/shows/90001")), 1); // the feed
    }

    void addingTwiceIsRefused()
    {
        serveLantern();
        QVERIFY(addById(90001).added());
        const int requests = m_server->requestCount();
        const qint64 feeds = m_t->count(QStringLiteral("feeds"));

        const AddShowResult byId = addById(90001);
        QCOMPARE(byId.outcome, AddShowResult::Outcome::AlreadyInLibrary);
        QVERIFY2(byId.message.contains(QStringLiteral("already in the library")),
                 qPrintable(byId.message));
        QCOMPARE(byId.libraryTitle, QStringLiteral("The Lantern Keepers"));
        QCOMPARE(m_server->requestCount(), requests); // the id settles it locally

        const AddShowResult byName = addByName(QStringLiteral("The Lantern Keepers"));
        QCOMPARE(byName.outcome, AddShowResult::Outcome::AlreadyInLibrary);
        QCOMPARE(m_t->count(QStringLiteral("feeds")), feeds);
        QCOMPARE(m_t->count(QStringLiteral("shows")), 1);
    }

    void twoQuickAddsOfOneShowAddItOnce()
    {
        serveLantern();
        QSignalSpy finished(m_adder.get(), &TvMazeShowAdder::finished);
        m_adder->addById(90001);
        m_adder->addByName(QStringLiteral("The Lantern Keepers"));
        const AddShowResult first = waitFor(finished);
        const AddShowResult second = waitFor(finished);
        QCOMPARE(first.outcome, AddShowResult::Outcome::Added);
        QCOMPARE(second.outcome, AddShowResult::Outcome::AlreadyInLibrary);
        QCOMPARE(m_t->count(QStringLiteral("feeds")), 2);
    }

    void sameTitleAndYearIsTheShowAlreadyThere()
    {
        // The embedded data has All of Us Are Dead, season 1 premiered 2022-01-28.
        FeedError error;
        QVERIFY(DefaultFeed::import(m_t->db(), &error));
        const qint64 feeds = m_t->count(QStringLiteral("feeds"));
        m_server->route(QStringLiteral("/api/search/shows"),
                        LoopbackResponse::ok(oneResult(55555, QStringLiteral("All of Us Are Dead"),
                                                       QStringLiteral("2022-01-28")),
                                             "application/json"));
        const AddShowResult result = addByName(QStringLiteral("all of us are dead"));
        QCOMPARE(result.outcome, AddShowResult::Outcome::AlreadyInLibrary);
        QVERIFY2(result.message.contains(QStringLiteral("(2022) is already in the library")),
                 qPrintable(result.message));
        QCOMPARE(m_t->count(QStringLiteral("feeds")), feeds);
        QCOMPARE(m_t->count(QStringLiteral("shows")), 1);
    }

    void sameTitleAnotherYearIsNotMerged()
    {
        FeedError error;
        QVERIFY(DefaultFeed::import(m_t->db(), &error));
        const qint64 feeds = m_t->count(QStringLiteral("feeds"));
        m_server->route(QStringLiteral("/api/search/shows"),
                        LoopbackResponse::ok(oneResult(66666, QStringLiteral("All of Us Are Dead"),
                                                       QStringLiteral("2031-05-01")),
                                             "application/json"));
        const AddShowResult result = addByName(QStringLiteral("All of Us Are Dead"));
        QCOMPARE(result.outcome, AddShowResult::Outcome::TitleInUse);
        QVERIFY2(result.message.contains(QStringLiteral("would merge")),
                 qPrintable(result.message));
        QCOMPARE(m_t->count(QStringLiteral("feeds")), feeds);
    }

    void unknownIdAndNoMatchAreNotFound()
    {
        serveLantern();
        const AddShowResult id = addById(4242);
        QCOMPARE(id.outcome, AddShowResult::Outcome::NotFound);
        QVERIFY(id.message.contains(QStringLiteral("4242")));
        m_server->route(QStringLiteral("/api/search/shows"),
                        LoopbackResponse::ok("[]", "application/json"));
        const AddShowResult name = addByName(QStringLiteral("Nothing Like This"));
        QCOMPARE(name.outcome, AddShowResult::Outcome::NotFound);
        QVERIFY(name.message.contains(QStringLiteral("Nothing found")));
        QCOMPARE(m_t->count(QStringLiteral("feeds")), 0);
    }

    void rateLimitedLookupChangesNothing()
    {
        const QDateTime until =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 600, Qt::UTC);
        m_server->route(
            QStringLiteral("/api/shows/90001"),
            LoopbackResponse::withStatus(429).header("Retry-After", RetryAfter::toHttpDate(until)));
        const AddShowResult result = addById(90001);
        QCOMPARE(result.outcome, AddShowResult::Outcome::Failed);
        QCOMPARE(result.error.kind, TvMazeError::Kind::RateLimited);
        QCOMPARE(result.error.retryAfter, until);
        QCOMPARE(m_t->count(QStringLiteral("feeds")), 0);
    }

    void failedFirstSyncKeepsTheFeedsAndAddingAgainFinishesIt()
    {
        serveLantern();
        m_server->route(QStringLiteral("/api/shows/90001"), [](const LoopbackRequest &r) {
            return r.target.contains("embed")
                       ? LoopbackResponse::withStatus(500, "broken")
                       : LoopbackResponse::ok(lookupBody(), "application/json");
        });
        AddShowResult result = addById(90001);
        QCOMPARE(result.outcome, AddShowResult::Outcome::SyncFailed);
        QVERIFY2(result.message.contains(QStringLiteral("first sync failed")),
                 qPrintable(result.message));
        QCOMPARE(result.syncReports.size(), 1); // the season list waits for the show
        QCOMPARE(m_t->count(QStringLiteral("feeds")), 2);
        QCOMPARE(m_t->count(QStringLiteral("shows")), 0);

        serveLantern();
        result = addById(90001);
        QVERIFY2(result.added(), qPrintable(result.message));
        QCOMPARE(m_t->count(QStringLiteral("feeds")), 2); // the same feeds, synced again
        QCOMPARE(m_t->count(QStringLiteral("shows")), 1);
    }

    void aFeedRemovedMidwayEndsTheAdd()
    {
        serveLantern();
        // Removed as soon as it is stored, before its sync: the add must end, not hang.
        const QString url =
            base().toString() + QStringLiteral("/shows/90001?embed[]=episodes&embed[]=cast");
        connect(m_adder.get(), &TvMazeShowAdder::feedsAdded, this, [this, url] {
            QString error;
            FeedStore store(m_t->db());
            if (const auto feed = store.find(url))
                store.remove(feed->id, &error);
        });
        const AddShowResult result = addById(90001);
        QCOMPARE(result.outcome, AddShowResult::Outcome::Failed);
        QVERIFY2(result.message.contains(QStringLiteral("removed")), qPrintable(result.message));
        QCOMPARE(m_t->count(QStringLiteral("shows")), 0);
    }

    void theWriterAddsOnItsThread()
    {
        serveLantern();
        const QString path = m_t->path();
        m_adder.reset();
        m_t->close();
        QThread thread;
        auto *writer = new AppWriter(path, false);
        writer->setTvmazeBase(base());
        writer->moveToThread(&thread);
        connect(&thread, &QThread::finished, writer, &QObject::deleteLater);
        QSignalSpy opened(writer, &AppWriter::opened);
        QSignalSpy added(writer, &AppWriter::tvmazeShowAdded);
        QSignalSpy feedsChanged(writer, &AppWriter::feedsChanged);
        thread.start();
        QMetaObject::invokeMethod(writer, &AppWriter::open, Qt::QueuedConnection);
        QVERIFY(opened.wait(20000));
        QCOMPARE(opened.first().first().toString(), QString());
        QMetaObject::invokeMethod(writer, "addTvmazeShow", Qt::QueuedConnection,
                                  Q_ARG(qint64, 90001));
        QVERIFY(added.wait(20000));
        const AddShowResult result = added.first().first().value<AddShowResult>();
        thread.quit();
        thread.wait();
        QVERIFY2(result.added(), qPrintable(result.message));
        QVERIFY(!feedsChanged.isEmpty());
        QVERIFY(m_t->reopen());
        QCOMPARE(m_t->count(QStringLiteral("shows")), 1);
    }

    void theWindowSearchesTheSameBase()
    {
        AppComposition::Settings settings;
        settings.databasePath = m_t->path();
        settings.tvmazeBase = base();
        AppComposition composition(settings);
        QCOMPARE(composition.tvmazeSearch()->base(), base());
        AppComposition::Settings defaults;
        defaults.databasePath = m_t->path();
        QCOMPARE(AppComposition(defaults).tvmazeSearch()->base(),
                 QUrl(QStringLiteral("https://api.tvmaze.com")));
    }

    void cliSearchJsonShape()
    {
        serveLantern();
        const QString db = m_t->path();
        const CliResult r = runCli(args(
            {QStringLiteral("search"), QStringLiteral("lantern"), QStringLiteral("--json")}, db));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = r.json().array();
        QCOMPARE(list.size(), 3);
        const QJsonObject keepers = list.at(2).toObject();
        QCOMPARE(keepers.keys(), (QStringList{QStringLiteral("country"), QStringLiteral("network"),
                                              QStringLiteral("premiered"), QStringLiteral("title"),
                                              QStringLiteral("tvmazeId"), QStringLiteral("url")}));
        QCOMPARE(keepers.value(QStringLiteral("tvmazeId")).toInteger(), 90001);
        QCOMPARE(keepers.value(QStringLiteral("title")).toString(),
                 QStringLiteral("The Lantern Keepers"));
        QCOMPARE(keepers.value(QStringLiteral("premiered")).toString(),
                 QStringLiteral("2024-03-08"));
        QCOMPARE(keepers.value(QStringLiteral("network")).toString(),
                 QStringLiteral("Harbour One"));
        QCOMPARE(keepers.value(QStringLiteral("country")).toString(), QStringLiteral("Ireland"));
        QCOMPARE(keepers.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://www.tvmaze.com/shows/90001/the-lantern-keepers"));
        const QJsonObject streamed = list.at(1).toObject();
        QVERIFY(streamed.value(QStringLiteral("premiered")).isNull());
        QVERIFY(streamed.value(QStringLiteral("country")).isNull());
    }

    void cliSearchText()
    {
        serveLantern();
        const CliResult r = runCli(
            args({QStringLiteral("search"), QStringLiteral("the"), QStringLiteral("lantern")},
                 m_t->path()));
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(
            out.contains(QStringLiteral("90001  The Lantern Keepers (2024, Harbour One, Ireland)")),
            r.out.constData());
        QVERIFY2(out.contains(QStringLiteral("TVmaze")) && out.contains(QStringLiteral("CC BY-SA")),
                 r.out.constData());
        // Several words are one name.
        QCOMPARE(m_server->lastRequest().target, QByteArray("/api/search/shows?q=the%20lantern"));
    }

    void cliSearchFailures()
    {
        m_server->route(QStringLiteral("/api/search/shows"),
                        LoopbackResponse::ok("[]", "application/json"));
        CliResult r =
            runCli(args({QStringLiteral("search"), QStringLiteral("Nothing")}, m_t->path()));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nothing found"), r.err.constData());

        const QDateTime until =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 900, Qt::UTC);
        m_server->route(
            QStringLiteral("/api/search/shows"),
            LoopbackResponse::withStatus(429).header("Retry-After", RetryAfter::toHttpDate(until)));
        r = runCli(args({QStringLiteral("search"), QStringLiteral("Lantern")}, m_t->path()));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toUtf8()),
                 r.err.constData());

        r = runCli({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--db"),
                    m_t->path(), QStringLiteral("--tvmaze-base"), QStringLiteral("ftp://x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--tvmaze-base"));

        m_server->close();
        r = runCli(args({QStringLiteral("search"), QStringLiteral("Lantern")}, m_t->path()));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot be reached"), r.err.constData());
    }

    void cliAddShow()
    {
        serveLantern();
        const QString db = m_t->path();
        m_t->close();
        CliResult r = runCli(args({QStringLiteral("add-show"), QStringLiteral("The"),
                                   QStringLiteral("Lantern"), QStringLiteral("Keepers")},
                                  db));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Added The Lantern Keepers (2024, Harbour One, Ireland)"),
                 r.out.constData());
        QVERIFY2(r.out.contains("updated") && r.out.contains("/shows/90001/seasons"),
                 r.out.constData());
        QVERIFY(r.out.contains("CC BY-SA"));

        r = runCli(args(
            {QStringLiteral("add-show"), QStringLiteral("90001"), QStringLiteral("--json")}, db));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("already_in_library"));
        QCOMPARE(o.value(QStringLiteral("title")).toString(),
                 QStringLiteral("The Lantern Keepers"));

        r = runCli(args({QStringLiteral("shows"), QStringLiteral("--json")}, db));
        QCOMPARE(r.exitCode, 0);
        int lanterns = 0;
        for (const QJsonValue &v : r.json().array())
            lanterns += v.toObject().value(QStringLiteral("title")).toString() ==
                        QLatin1String("The Lantern Keepers");
        QCOMPARE(lanterns, 1);

        r = runCli(args({QStringLiteral("add-show"), QStringLiteral("0")}, db));
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(AddShowTest)
#include "tst_addshow.moc"
