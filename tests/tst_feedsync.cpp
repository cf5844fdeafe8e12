#include "extract/claimextractor.h"
#include "feeds/http/feedfetcher.h"
#include "feeds/season/defaultfeed.h"
#include "feeds/sync/syncservice.h"
#include "pipeline/articleclaims.h"
#include "storage/articlestore.h"
#include "storage/feedstore.h"
#include "support/loopbackserver.h"
#include "support/rssbuilder.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

#include <limits>

// Feeds synced over real HTTP on loopback into a real SQLite file.
class FeedSyncTest : public QObject {
    Q_OBJECT

    LoopbackServer *m_server = nullptr;
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<FeedFetcher> m_fetcher;
    std::unique_ptr<SyncService> m_service;

    qint64 addFeed(const QString &path)
    {
        QString error;
        const auto feed = FeedStore(m_t->db()).add(m_server->url(path).toString(), QString(), 360,
                                                   Tier::Reported, false, &error);
        return feed ? feed->id : 0;
    }

    // Fetches a route of the test server through the shared fetcher and waits for it. The
    // fetcher serves one host in order, so whatever was queued for that host before has
    // finished by then: the definite point after which a second sync can no longer show up.
    bool drainTheHost()
    {
        constexpr quint64 kDrainId = std::numeric_limits<quint64>::max();
        m_server->route(QStringLiteral("/drain"), LoopbackResponse::ok("<rss/>"));
        QSignalSpy results(m_fetcher.get(), &FeedFetcher::finished);
        FetchRequest drain;
        drain.id = kDrainId;
        drain.url = m_server->url(QStringLiteral("/drain"));
        m_fetcher->fetch(drain);
        for (int seen = 0;; ++seen) {
            if (seen == results.size() && !results.wait(20000))
                return false;
            if (results.at(seen).first().value<FetchResult>().id == kDrainId)
                return true;
        }
    }

    SyncReport sync(qint64 feedId)
    {
        QSignalSpy finished(m_service.get(), &SyncService::feedFinished);
        m_service->syncFeeds({feedId});
        if (!finished.wait(20000))
            return {};
        return finished.first().first().value<SyncReport>();
    }

private slots:
    void init()
    {
        m_server = new LoopbackServer(this);
        QVERIFY(m_server->listen());
        m_t = std::make_unique<TestDatabase>();
        FetchPolicy policy;
        policy.timeoutMs = 3000;
        policy.maxBytes = 256 * 1024;
        m_fetcher = std::make_unique<FeedFetcher>(policy);
        m_service = std::make_unique<SyncService>(m_t->db(), m_fetcher.get());
    }

    void cleanup()
    {
        m_service.reset();
        m_fetcher.reset();
        m_t.reset();
        delete m_server;
    }

    void storesANewsFeedAndHonoursConditionalGet()
    {
        m_server->route(QStringLiteral("/news.xml"),
                        LoopbackResponse::ok(buildRss({rssItem(1), rssItem(2), rssItem(3)}))
                            .header("ETag", "\"v1\"")
                            .header("Last-Modified", "Tue, 03 Jun 2025 10:00:00 GMT"));
        const qint64 id = addFeed(QStringLiteral("/news.xml"));
        SyncReport r = sync(id);
        QCOMPARE(r.status, SyncStatus::Updated);
        QCOMPARE(r.newItems, 3);
        QCOMPARE(r.format, QStringLiteral("rss"));
        QCOMPARE(m_t->count(QStringLiteral("articles")), 3);
        const auto feed = FeedStore(m_t->db()).get(id);
        QCOMPARE(feed->etag, QStringLiteral("\"v1\""));
        QCOMPARE(feed->itemCount, 3);
        QVERIFY(feed->lastSync.isValid());

        // The server now answers 304 when the validators match.
        m_server->route(QStringLiteral("/news.xml"), [](const LoopbackRequest &request) {
            if (request.header("if-none-match") == "\"v1\"")
                return LoopbackResponse::withStatus(304);
            return LoopbackResponse::ok(buildRss({rssItem(9)}));
        });
        const qint64 before = m_t->totalChanges();
        r = sync(id);
        QCOMPARE(r.status, SyncStatus::NotModified);
        const LoopbackRequest last = m_server->lastRequest();
        QCOMPARE(last.header("if-none-match"), QByteArray("\"v1\""));
        QCOMPARE(last.header("if-modified-since"), QByteArray("Tue, 03 Jun 2025 10:00:00 GMT"));
        QVERIFY(last.header("user-agent").startsWith("Cliffhanger/"));
        QCOMPARE(m_t->count(QStringLiteral("articles")), 3);
        QCOMPARE(m_t->totalChanges() - before, 1); // only the feed's own "checked at" row
    }

    void unchangedBodyWritesNoArticleRows()
    {
        const QByteArray body = buildRss({rssItem(1), rssItem(2)});
        m_server->route(QStringLiteral("/plain.xml"),
                        LoopbackResponse::ok(body)); // no validators at all
        const qint64 id = addFeed(QStringLiteral("/plain.xml"));
        QCOMPARE(sync(id).status, SyncStatus::Updated);
        const qint64 before = m_t->totalChanges();
        const SyncReport r = sync(id);
        QCOMPARE(r.status, SyncStatus::Unchanged);
        QCOMPARE(r.newItems + r.updatedItems, 0);
        QCOMPARE(m_t->totalChanges() - before, 1);
    }

    void changedItemIsUpdatedNotDuplicated()
    {
        m_server->route(QStringLiteral("/edit.xml"),
                        LoopbackResponse::ok(buildRss({rssItem(1), rssItem(2)})));
        const qint64 id = addFeed(QStringLiteral("/edit.xml"));
        sync(id);
        m_server->route(QStringLiteral("/edit.xml"),
                        LoopbackResponse::ok(buildRss(
                            {rssItem(1, QStringLiteral("<p>Corrected text.</p>")), rssItem(2)})));
        const SyncReport r = sync(id);
        QCOMPARE(r.status, SyncStatus::Updated);
        QCOMPARE(r.newItems, 0);
        QCOMPARE(r.updatedItems, 1);
        QCOMPARE(m_t->count(QStringLiteral("articles")), 2);
        bool found = false;
        for (const StoredArticle &a : ArticleStore(m_t->db()).list({})) {
            if (a.guid == QLatin1String("item-1")) {
                QCOMPARE(a.text, QStringLiteral("Corrected text."));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void badFeedKeepsOldDataAndRecordsATypedError_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("kind");
        QTest::newRow("truncated xml") << 0 << QStringLiteral("parse");
        QTest::newRow("html page") << 1 << QStringLiteral("parse");
        QTest::newRow("http 500") << 2 << QStringLiteral("http");
        QTest::newRow("oversized") << 3 << QStringLiteral("http");
        QTest::newRow("entity bomb") << 4 << QStringLiteral("ok");
    }

    void badFeedKeepsOldDataAndRecordsATypedError()
    {
        QFETCH(int, mode);
        QFETCH(QString, kind);
        m_server->route(QStringLiteral("/feed.xml"),
                        LoopbackResponse::ok(buildRss({rssItem(1), rssItem(2), rssItem(3)})));
        const qint64 id = addFeed(QStringLiteral("/feed.xml"));
        QCOMPARE(sync(id).newItems, 3);

        LoopbackResponse bad;
        switch (mode) {
        case 0:
            bad = LoopbackResponse::ok(buildRss({rssItem(4), rssItem(5)}).left(300));
            break;
        case 1:
            bad =
                LoopbackResponse::ok("<!doctype html><html><body>Moved</body></html>", "text/html");
            break;
        case 2:
            bad = LoopbackResponse::withStatus(500, "oops");
            break;
        case 3:
            bad = LoopbackResponse::ok(QByteArray(400 * 1024, 'x'));
            break;
        case 4:
            bad = LoopbackResponse::ok(
                "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                "\"&a;&a;&a;&a;&a;&a;&a;"
                "&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d "
                "\"&c;&c;&c;&c;&c;&c;&c;&c;&c;"
                "&c;\">]><rss "
                "version=\"2.0\"><channel><title>t</title><item><guid>bomb</guid><title>&d;&d;&d;</"
                "title>"
                "<description>x</description></item></channel></rss>");
            break;
        }
        m_server->route(QStringLiteral("/feed.xml"), bad);
        const SyncReport r = sync(id);
        const auto feed = FeedStore(m_t->db()).get(id);
        if (kind == QLatin1String("ok")) {
            // The bomb is read as a feed, but the entity is never expanded.
            QCOMPARE(r.status, SyncStatus::Updated);
            QSqlQuery q(m_t->db().connection());
            QVERIFY(
                q.exec(QStringLiteral("SELECT length(title) FROM articles WHERE guid = 'bomb'")));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() < 100);
            return;
        }
        QCOMPARE(r.status, SyncStatus::Error);
        QCOMPARE(r.error.kindName(), kind);
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(feed->status, SyncStatus::Error);
        QCOMPARE(feed->errorKind, kind);
        QCOMPARE(m_t->count(QStringLiteral("articles")), 3);
        QCOMPARE(feed->itemCount, 3);

        // Once the feed is good again, it syncs again.
        m_server->route(
            QStringLiteral("/feed.xml"),
            LoopbackResponse::ok(buildRss({rssItem(1), rssItem(2), rssItem(3), rssItem(4)})));
        QCOMPARE(sync(id).newItems, 1);
        QCOMPARE(FeedStore(m_t->db()).get(id)->errorKind, QString());
    }

    void networkFailureIsTyped()
    {
        QString error;
        const auto feed = FeedStore(m_t->db()).add(QStringLiteral("http://127.0.0.1:9/none.xml"),
                                                   QString(), 360, Tier::Reported, false, &error);
        const SyncReport r = sync(feed->id);
        QCOMPARE(r.status, SyncStatus::Error);
        QCOMPARE(r.error.kind, FeedError::Kind::Network);
    }

    void retryAfterDefersTheHost()
    {
        m_server->route(QStringLiteral("/busy.xml"),
                        LoopbackResponse::withStatus(429).header("Retry-After", "120"));
        const qint64 id = addFeed(QStringLiteral("/busy.xml"));
        const SyncReport r = sync(id);
        // A host that asks us to wait has not failed: the feed is deferred until then.
        QCOMPARE(r.status, SyncStatus::Deferred);
        QVERIFY(r.retryAfter.isValid());
        const auto feed = FeedStore(m_t->db()).get(id);
        QCOMPARE(feed->status, SyncStatus::Deferred);
        QCOMPARE(feed->retryAfter.toSecsSinceEpoch(), r.retryAfter.toSecsSinceEpoch());
        QVERIFY(feed->retryAfter.isValid());
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(feed->retryAfter);
        QVERIFY2(wait > 100 && wait <= 121, qPrintable(QString::number(wait)));
        QVERIFY(!feed->isDue(QDateTime::currentDateTimeUtc()));
        // syncDue leaves it alone: it starts nothing and says at once that it is idle.
        QSignalSpy started(m_service.get(), &SyncService::feedStarted);
        QSignalSpy idle(m_service.get(), &SyncService::idle);
        m_service->syncDue();
        QCOMPARE(idle.size(), 1);
        QCOMPARE(started.size(), 0);
        QCOMPARE(m_server->requestCount(QStringLiteral("/busy.xml")), 1);
    }

    void neverSyncsOneFeedTwiceAtOnce()
    {
        LoopbackResponse slow = LoopbackResponse::ok(buildRss({rssItem(1)}));
        slow.delayMs = 300;
        m_server->route(QStringLiteral("/slow.xml"), slow);
        const qint64 id = addFeed(QStringLiteral("/slow.xml"));
        QSignalSpy finished(m_service.get(), &SyncService::feedFinished);
        m_service->syncFeeds({id});
        m_service->syncFeeds({id});
        m_service->syncFeeds({id});
        QVERIFY(finished.wait(10000));
        QVERIFY(drainTheHost());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_server->requestCount(QStringLiteral("/slow.xml")), 1);
    }

    void httpCharsetAndGzipReachTheParser()
    {
        // windows-1252 bytes, no encoding in the XML declaration: only the HTTP header says so.
        QByteArray body =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item>"
            "<guid>cafe</guid><title>Caf\xe9 Hyosan reopens \x96 season 2 news</title>"
            "<description>x</description></item></channel></rss>";
        LoopbackResponse response =
            LoopbackResponse::ok(body, "application/rss+xml; charset=windows-1252");
        response.gzip = true;
        m_server->route(QStringLiteral("/latin.xml"), response);
        const qint64 id = addFeed(QStringLiteral("/latin.xml"));
        const SyncReport r = sync(id);
        QCOMPARE(r.status, SyncStatus::Updated);
        const QList<StoredArticle> articles = ArticleStore(m_t->db()).list({});
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.first().title, QStringLiteral("Café Hyosan reopens – season 2 news"));
        QVERIFY(m_server->lastRequest().header("accept-encoding").contains("gzip"));
    }

    void atomAndJsonFeedOverHttp_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("title");
        QTest::newRow("atom")
            << QByteArray("<?xml version=\"1.0\" encoding=\"utf-8\"?><feed "
                          "xmlns=\"http://www.w3.org/2005/Atom\"><title>a</title><id>urn:a</id>"
                          "<updated>2025-06-03T00:15:00Z</updated><entry><id>urn:a:1</id>"
                          "<title type=\"html\">Season &lt;b&gt;2&lt;/b&gt; news</title>"
                          "<updated>2025-06-03T00:15:00Z</updated><summary>s</summary>"
                          "</entry></feed>")
            << QStringLiteral("atom") << QStringLiteral("Season 2 news");
        QTest::newRow("json feed")
            << QByteArray("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": "
                          "\"j\", \"items\": [{\"id\": \"1\", \"title\": \"Season 2 "
                          "news\", \"content_text\": \"t\", \"date_published\": "
                          "\"2025-06-03T00:15:00Z\"}]}")
            << QStringLiteral("json_feed") << QStringLiteral("Season 2 news");
    }

    void atomAndJsonFeedOverHttp()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, format);
        QFETCH(QString, title);
        m_server->route(QStringLiteral("/f"),
                        LoopbackResponse::ok(body, "application/octet-stream"));
        const SyncReport r = sync(addFeed(QStringLiteral("/f")));
        QCOMPARE(r.status, SyncStatus::Updated);
        QCOMPARE(r.format, format); // from the content, not the type or the URL
        const QList<StoredArticle> articles = ArticleStore(m_t->db()).list({});
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.first().title, title);
        QCOMPARE(articles.first().published, QDateTime(QDate(2025, 6, 3), QTime(0, 15), Qt::UTC));
    }

    void sameItemsInANewBodyRunTheExtractionPassToTheEnd()
    {
        // A new channel title changes the body but no item: the background extraction started
        // for the parse must still be joined before the items are freed.
        ArticleClaims extraction(m_t->db());
        SyncService service(m_t->db(), m_fetcher.get(), &extraction);
        FeedError importError;
        QVERIFY(DefaultFeed::import(m_t->db(), &importError));
        QList<RssTestItem> items;
        for (int i = 0; i < 50; ++i)
            items << rssItem(
                i,
                QStringLiteral("<p>All of Us Are Dead season 2 will premiere in late 2027.</p>"));
        const qint64 id = addFeed(QStringLiteral("/same.xml"));
        for (const QString &title :
             {QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")}) {
            m_server->route(QStringLiteral("/same.xml"),
                            LoopbackResponse::ok(buildRss(items, title)));
            QSignalSpy finished(&service, &SyncService::feedFinished);
            service.syncFeeds({id});
            QVERIFY(finished.wait(20000));
            const SyncReport r = finished.first().first().value<SyncReport>();
            QCOMPARE(r.status,
                     title == QLatin1String("First") ? SyncStatus::Updated : SyncStatus::Unchanged);
        }
        QCOMPARE(m_t->count(QStringLiteral("articles")), 50);
        QSqlQuery q(m_t->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM claims WHERE origin LIKE 'feed:%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 50); // one window per article, extracted once
    }

    void anArticleTooLongToReadWholeIsReadInPartWithAWarning()
    {
        // The extractor reads at most ExtractLimits::kArticleChars of one article; the sync
        // says so instead of going quiet about the rest.
        ArticleClaims extraction(m_t->db());
        FeedFetcher fetcher; // the default size cap: this feed is over the suite's small one
        SyncService service(m_t->db(), &fetcher, &extraction);
        FeedError importError;
        QVERIFY(DefaultFeed::import(m_t->db(), &importError));
        QString text = QStringLiteral("<p>All of Us Are Dead season 2 will premiere in late "
                                      "2027.</p><p>");
        while (text.size() < ExtractLimits::kArticleChars + 10000)
            text += QStringLiteral("The long review goes on about the first season. ");
        text += QStringLiteral("</p>");
        const qint64 id = addFeed(QStringLiteral("/long.xml"));
        m_server->route(QStringLiteral("/long.xml"),
                        LoopbackResponse::ok(buildRss({rssItem(1, text)})));
        QSignalSpy finished(&service, &SyncService::feedFinished);
        service.syncFeeds({id});
        QVERIFY(finished.wait(20000));
        const SyncReport r = finished.first().first().value<SyncReport>();
        QVERIFY2(r.status == SyncStatus::Updated, qPrintable(r.error.message));
        QVERIFY2(r.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("only the first")),
                 qPrintable(r.warnings.join(QLatin1Char('\n'))));
        // What it read is still used: the window at the start of the article is a claim.
        QSqlQuery q(m_t->db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM claims WHERE origin LIKE 'feed:%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void seasonFeedOverHttp()
    {
        QFile f(QStringLiteral(":/resources/default-feed.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_server->route(QStringLiteral("/season.json"),
                        LoopbackResponse::ok(f.readAll(), "application/json"));
        const qint64 id = addFeed(QStringLiteral("/season.json"));
        const SyncReport r = sync(id);
        QCOMPARE(r.status, SyncStatus::Updated);
        QCOMPARE(r.format, QStringLiteral("season_feed"));
        QCOMPARE(m_t->count(QStringLiteral("shows")), 1);
        QVERIFY(m_t->count(QStringLiteral("claims")) >= 50);
    }
};

QTEST_GUILESS_MAIN(FeedSyncTest)
#include "tst_feedsync.moc"
