#include "feeds/http/retryafter.h"
#include "feeds/tvmaze/tvmazeapi.h"
#include "feeds/tvmaze/tvmazeclient.h"
#include "feeds/tvmaze/tvmazesearch.h"
#include "support/loopbackserver.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QtTest>

#include <memory>

namespace {

struct SearchAnswer {
    QString query;
    QList<TvMazeMatch> matches;
    TvMazeError error;
};

} // namespace

// The TVmaze search client against a loopback server that answers like TVmaze.
class TvMazeSearchTest : public QObject {
    Q_OBJECT

    std::unique_ptr<LoopbackServer> m_server;

    QUrl base() const { return m_server->url(QStringLiteral("/api")); }

    static SearchAnswer search(TvMazeClient &client, const QString &name)
    {
        QSignalSpy finished(&client, &TvMazeClient::searchFinished);
        const quint64 token = client.search(name);
        if (!finished.wait(20000))
            return {QStringLiteral("(no answer)"), {}, {}};
        const QList<QVariant> args = finished.first();
        if (args.at(0).toULongLong() != token)
            return {QStringLiteral("(wrong token)"), {}, {}};
        return {args.at(1).toString(), args.at(2).value<QList<TvMazeMatch>>(),
                args.at(3).value<TvMazeError>()};
    }

private slots:
    void init()
    {
        // A fresh server per test: a 429 blocks the host in the client, not across tests.
        m_server = std::make_unique<LoopbackServer>();
        QVERIFY(m_server->listen());
    }

    void parsesMatchesInScoreOrder()
    {
        m_server->route(
            QStringLiteral("/api/search/shows"),
            LoopbackResponse::ok(readFixture(QStringLiteral("tvmaze/search-lantern.json")),
                                 "application/json"));
        TvMazeClient client(base());
        const SearchAnswer answer = search(client, QStringLiteral("  lantern "));
        QVERIFY2(!answer.error.isError(), qPrintable(answer.error.message));
        QCOMPARE(answer.query, QStringLiteral("lantern"));
        QCOMPARE(m_server->lastRequest().target, QByteArray("/api/search/shows?q=lantern"));
        QCOMPARE(answer.matches.size(), 3);
        // Best first, whatever order the body had.
        QCOMPARE(answer.matches[0].tvmazeId, 90003);
        QCOMPARE(answer.matches[1].tvmazeId, 90002);
        QCOMPARE(answer.matches[2].tvmazeId, 90001);

        const TvMazeMatch &sea = answer.matches[0];
        QCOMPARE(sea.title, QStringLiteral("Lanterns at Sea"));
        QCOMPARE(sea.premiered, QDate(2019, 10, 2));
        QCOMPARE(sea.network, QStringLiteral("Coastline TV")); // the network before the channel
        QCOMPARE(sea.country, QStringLiteral("Canada"));
        QCOMPARE(sea.url, QStringLiteral("https://www.tvmaze.com/shows/90003/lanterns-at-sea"));

        const TvMazeMatch &streamed = answer.matches[1];
        QCOMPARE(streamed.network, QStringLiteral("Streamly")); // a web channel
        QVERIFY(streamed.country.isEmpty());
        QVERIFY(!streamed.premiered.isValid());
        QCOMPARE(TvMazeSearch::describe(streamed), QStringLiteral("Lantern (Streamly)"));
        QCOMPARE(TvMazeSearch::describe(answer.matches[2]),
                 QStringLiteral("The Lantern Keepers (2024, Harbour One, Ireland)"));
    }

    void encodesTheWholeName()
    {
        m_server->route(QStringLiteral("/api/search/shows"),
                        LoopbackResponse::ok("[]", "application/json"));
        TvMazeClient client(base());
        search(client, QStringLiteral("Love & Death + Taxes"));
        QCOMPARE(m_server->lastRequest().target,
                 QByteArray("/api/search/shows?q=Love%20%26%20Death%20%2B%20Taxes"));
    }

    void noMatchIsAnEmptyListNotAnError()
    {
        m_server->route(QStringLiteral("/api/search/shows"),
                        LoopbackResponse::ok("[]", "application/json"));
        TvMazeClient client(base());
        const SearchAnswer answer = search(client, QStringLiteral("Nothing Like This"));
        QVERIFY(!answer.error.isError());
        QVERIFY(answer.matches.isEmpty());
        QCOMPARE(m_server->requestCount(), 1);
    }

    void blankNameAsksNobody()
    {
        TvMazeClient client(base());
        const SearchAnswer answer = search(client, QStringLiteral("   "));
        QVERIFY(!answer.error.isError());
        QVERIFY(answer.matches.isEmpty());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void rateLimitSaysWhenToRetry()
    {
        // An HTTP-date, so the expected time is exact (whole seconds, as the header carries).
        const QDateTime until =
            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() + 3600, Qt::UTC);
        m_server->route(QStringLiteral("/api/search/shows"),
                        LoopbackResponse::withStatus(429, "slow down")
                            .header("Retry-After", RetryAfter::toHttpDate(until)));
        TvMazeClient client(base());
        SearchAnswer answer = search(client, QStringLiteral("Lantern"));
        QCOMPARE(answer.error.kind, TvMazeError::Kind::RateLimited);
        QCOMPARE(answer.error.retryAfter, until);
        QVERIFY2(
            answer.error.message.contains(until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            qPrintable(answer.error.message));
        QCOMPARE(answer.error.kindName(), QStringLiteral("rate_limited"));

        // Asked again before then: the same answer, and TVmaze is not asked.
        answer = search(client, QStringLiteral("Lantern Keepers"));
        QCOMPARE(answer.error.kind, TvMazeError::Kind::RateLimited);
        QCOMPARE(answer.error.retryAfter, until);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void unreachableHost()
    {
        const QUrl gone = base();
        m_server->close(); // nothing listens on that port any more
        TvMazeClient client(gone);
        const SearchAnswer answer = search(client, QStringLiteral("Lantern"));
        QCOMPARE(answer.error.kind, TvMazeError::Kind::Unreachable);
        QVERIFY2(answer.error.message.contains(QStringLiteral("cannot be reached")),
                 qPrintable(answer.error.message));
        QVERIFY(answer.matches.isEmpty());
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("cut off") << QByteArray("[{\"score\": 1, \"show\": {\"id\": 4")
                                 << QStringLiteral("not valid JSON");
        QTest::newRow("object") << QByteArray("{\"shows\": []}")
                                << QStringLiteral("not a JSON array");
        QTest::newRow("no id") << QByteArray("[{\"score\": 1, \"show\": {\"name\": \"X\"}}]")
                               << QStringLiteral("result 1");
        QTest::newRow("id beyond qint64")
            << QByteArray("[{\"score\": 1, \"show\": {\"id\": 1e30, \"name\": \"X\"}}]")
            << QStringLiteral("result 1");
        QTest::newRow("fractional id")
            << QByteArray("[{\"score\": 1, \"show\": {\"id\": 2.5, \"name\": \"X\"}}]")
            << QStringLiteral("result 1");
        QTest::newRow("html") << QByteArray("<html><body>maintenance</body></html>")
                              << QStringLiteral("not valid JSON");
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        m_server->route(QStringLiteral("/api/search/shows"),
                        LoopbackResponse::ok(body, "application/json"));
        TvMazeClient client(base());
        const SearchAnswer answer = search(client, QStringLiteral("Lantern"));
        QCOMPARE(answer.error.kind, TvMazeError::Kind::Malformed);
        QVERIFY2(answer.error.message.contains(says), qPrintable(answer.error.message));
        QVERIFY(answer.matches.isEmpty());
    }

    void otherHttpFailures()
    {
        m_server->route(QStringLiteral("/api/search/shows"),
                        LoopbackResponse::withStatus(500, "oops"));
        TvMazeClient client(base());
        const SearchAnswer answer = search(client, QStringLiteral("Lantern"));
        QCOMPARE(answer.error.kind, TvMazeError::Kind::Http);
        QVERIFY2(answer.error.message.contains(QStringLiteral("500")),
                 qPrintable(answer.error.message));
    }

    void lookupById()
    {
        m_server->route(
            QStringLiteral("/api/shows/90001"),
            LoopbackResponse::ok(readFixture(QStringLiteral("tvmaze/lantern-show.json")),
                                 "application/json"));
        TvMazeClient client(base());
        QSignalSpy finished(&client, &TvMazeClient::lookupFinished);
        client.lookup(90001);
        QVERIFY(finished.wait(20000));
        const TvMazeMatch match = finished.first().at(2).value<TvMazeMatch>();
        QVERIFY(!finished.first().at(3).value<TvMazeError>().isError());
        QCOMPARE(match.tvmazeId, 90001);
        QCOMPARE(match.title, QStringLiteral("The Lantern Keepers"));
        QCOMPARE(match.premiered, QDate(2024, 3, 8));
        QCOMPARE(match.network, QStringLiteral("Harbour One"));

        client.lookup(4242); // no route: 404
        QVERIFY(finished.wait(20000));
        const TvMazeError error = finished.at(1).at(3).value<TvMazeError>();
        QCOMPARE(error.kind, TvMazeError::Kind::NotFound);
        QVERIFY(error.message.contains(QStringLiteral("4242")));
    }

    void bestMatchPrefersTheExactTitle()
    {
        QList<TvMazeMatch> matches(3);
        matches[0].title = QStringLiteral("Lanterns at Sea");
        matches[1].title = QStringLiteral("Lantern");
        matches[2].title = QStringLiteral("The Lantern Keepers");
        QCOMPARE(TvMazeSearch::bestMatch(matches, QStringLiteral("the lantern keepers")), 2);
        QCOMPARE(TvMazeSearch::bestMatch(matches, QStringLiteral("LANTERN")), 1);
        QCOMPARE(TvMazeSearch::bestMatch(matches, QStringLiteral("lantern keep")), 0);
        QCOMPARE(TvMazeSearch::bestMatch({}, QStringLiteral("x")), -1);
    }

    void apiAddresses()
    {
        QString error;
        const QUrl base =
            TvMazeApi::validateBase(QStringLiteral("HTTP://127.0.0.1:8080/mirror/"), &error);
        QCOMPARE(base, QUrl(QStringLiteral("http://127.0.0.1:8080/mirror")));
        QCOMPARE(
            TvMazeApi::showFeedUrl(base, 7),
            QStringLiteral("http://127.0.0.1:8080/mirror/shows/7?embed[]=episodes&embed[]=cast"));
        QCOMPARE(TvMazeApi::seasonsFeedUrl(base, 7),
                 QStringLiteral("http://127.0.0.1:8080/mirror/shows/7/seasons"));
        QCOMPARE(TvMazeApi::showFeedUrl(TvMazeApi::defaultBase(), 7),
                 QStringLiteral("https://api.tvmaze.com/shows/7?embed[]=episodes&embed[]=cast"));
        for (const char *bad : {"ftp://api.tvmaze.com", "api.tvmaze.com", "https://", "",
                                "https://api.tvmaze.com/?x=1"}) {
            error.clear();
            QVERIFY2(!TvMazeApi::validateBase(QString::fromLatin1(bad), &error).isValid(), bad);
            QVERIFY(error.contains(QStringLiteral("--tvmaze-base")));
        }
    }
};

QTEST_GUILESS_MAIN(TvMazeSearchTest)
#include "tst_tvmazesearch.moc"
