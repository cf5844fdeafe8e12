#include "feeds/http/bodydecoder.h"
#include "feeds/http/feedfetcher.h"
#include "feeds/http/httpmessages.h"
#include "feeds/http/retryafter.h"
#include "support/loopbackserver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <limits>
#include <memory>
#include <vector>
#include <zlib.h>

namespace {

constexpr int kWaitMs = 5000;

FetchRequest request(const QUrl &url, quint64 id = 1)
{
    FetchRequest r;
    r.id = id;
    r.url = url;
    return r;
}

// The id of the sentinel request WAIT_RESULTS sends; no test uses it.
constexpr quint64 kSentinelId = std::numeric_limits<quint64>::max();

// Gathers finished() results; lets a test wait for n of them and then check no extra arrives.
class Collector {
public:
    explicit Collector(FeedFetcher *fetcher) : m_fetcher(fetcher)
    {
        QObject::connect(fetcher, &FeedFetcher::finished, &m_context, [this](const FetchResult &r) {
            if (r.id == kSentinelId)
                ++m_sentinelsBack;
            else
                results.append(r);
        });
        QObject::connect(fetcher, &FeedFetcher::progress, &m_context,
                         [this](quint64, qint64 received, qint64) { progress.append(received); });
    }
    int countOf(quint64 id) const
    {
        return int(std::count_if(results.begin(), results.end(),
                                 [id](const FetchResult &r) { return r.id == id; }));
    }
    FetchResult of(quint64 id) const
    {
        for (const FetchResult &r : results) {
            if (r.id == id)
                return r;
        }
        return {};
    }

    // A request the fetcher fails without the network (an unsupported scheme). Results leave
    // the fetcher in the order it produced them, so once the sentinel's is back, every result
    // produced before it has been delivered.
    void sendSentinel()
    {
        ++m_sentinelsSent;
        m_fetcher->fetch(request(QUrl(QStringLiteral("sentinel:drain")), kSentinelId));
    }
    bool sentinelBack() const { return m_sentinelsBack == m_sentinelsSent; }

    QList<FetchResult> results;
    QList<qint64> progress;

private:
    FeedFetcher *m_fetcher;
    int m_sentinelsSent = 0;
    int m_sentinelsBack = 0;
    QObject m_context;
};

// Waits for `n` results, then for a sentinel sent after them: finished() must come exactly
// once per request, so a duplicate delivered meanwhile has to fail the test.
#define WAIT_RESULTS(collector, n)                                                                 \
    do {                                                                                           \
        QTRY_COMPARE_WITH_TIMEOUT((collector).results.size(), qsizetype(n), kWaitMs);              \
        (collector).sendSentinel();                                                                \
        QTRY_VERIFY_WITH_TIMEOUT((collector).sentinelBack(), kWaitMs);                             \
        QCOMPARE((collector).results.size(), qsizetype(n));                                        \
    } while (false)

quint16 unusedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again when probe goes
}

QByteArray rawDeflate(const QByteArray &data)
{
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(data.size()))), Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

qint64 secondsFromNow(const QDateTime &when)
{
    return QDateTime::currentDateTimeUtc().secsTo(when);
}

} // namespace

class TestFetcher : public QObject {
    Q_OBJECT

private slots:
    // Pure helpers, table-tested.
    void httpDates_data();
    void httpDates();
    void retryAfterValues_data();
    void retryAfterValues();
    void redirectRules_data();
    void redirectRules();
    void charsets_data();
    void charsets();
    void statusMessages();
    void bodyDecoding_data();
    void bodyDecoding();
    void bodyDecoderStopsAtLimit();

    // Against the loopback server.
    void fetchesBodyAndValidators();
    void sendsUserAgentAndAccept();
    void customUserAgent();
    void conditionalGetNotModified();
    void notModifiedWithoutValidatorsKeepsStoredOnes();
    void serverIgnoringValidatorsStillServesBody();
    void followsRedirectChain();
    void redirectLoopFails();
    void redirectCapIsFive();
    void redirectToLocalFileRefused();
    void tooManyRequestsDefersHost();
    void retryAfterHeaderHandling_data();
    void retryAfterHeaderHandling();
    void serviceUnavailableWithHttpDate();
    void tricklingServerHitsDeadline();
    void oneByteASecondHitsDeadline();
    void silentServerHitsTransferTimeout();
    void oversizedContentLengthRefusedEarly();
    void oversizedBodyWithoutLengthAbortedWhileStreaming_data();
    void oversizedBodyWithoutLengthAbortedWhileStreaming();
    void gzipBodyDecoded();
    void gzipBombRefused();
    void badEncodings_data();
    void badEncodings();
    void httpErrors_data();
    void httpErrors();
    void connectionRefused();
    void connectionClosedWithoutResponse();
    void truncatedBodyFails();
    void oneRequestAtATimePerHost();
    void sameHostOnOtherPortsSharesTheSlot();
    void atMostFourAtOnce();
    void largeBodyArrivesWhole();
    void fileUrls();
    void qrcUrls();
    void unsupportedSchemes();
    void resultsAreNeverSynchronous();
    void cancelAllFinishesEverything();
    void runsOnWorkerThread();
    void loopbackCloseDropsConnectionsAndKeepsListener();
};

void TestFetcher::httpDates_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QDateTime>("expected"); // invalid: must be rejected
    const QDateTime rfcExample(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfcExample;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << rfcExample;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << rfcExample;
    QTest::newRow("extra spaces") << QByteArray("  Sun,  06 Nov 1994 08:49:37 GMT ") << rfcExample;
    QTest::newRow("2015") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT")
                          << QDateTime(QDate(2015, 10, 21), QTime(7, 28), Qt::UTC);
    QTest::newRow("RFC 850 recent") << QByteArray("Friday, 13-Jun-25 10:00:00 GMT")
                                    << QDateTime(QDate(2025, 6, 13), QTime(10, 0), Qt::UTC);
    QTest::newRow("other zone") << QByteArray("Sun, 06 Nov 1994 08:49:37 PST") << QDateTime();
    QTest::newRow("bad day") << QByteArray("Sun, 32 Nov 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("bad month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("bad clock") << QByteArray("Sun, 06 Nov 1994 8:49:37 GMT") << QDateTime();
    QTest::newRow("hour 24") << QByteArray("Sun, 06 Nov 1994 24:00:00 GMT") << QDateTime();
    QTest::newRow("no weekday") << QByteArray("06 Nov 1994 08:49:37 GMT") << QDateTime();
    QTest::newRow("ISO 8601") << QByteArray("1994-11-06T08:49:37Z") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestFetcher::httpDates()
{
    QFETCH(QByteArray, value);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = RetryAfter::parseHttpDate(value);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(RetryAfter::parseHttpDate(RetryAfter::toHttpDate(parsed)), parsed);
    }
}

void TestFetcher::retryAfterValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("seconds"); // from `now`; -1: rejected
    QTest::newRow("delta") << QByteArray("120") << qint64(120);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("padded") << QByteArray(" 30 ") << qint64(30);
    QTest::newRow("date ahead") << QByteArray("Wed, 01 Jan 2025 00:02:00 GMT") << qint64(120);
    QTest::newRow("date passed") << QByteArray("Tue, 31 Dec 2024 23:00:00 GMT") << qint64(0);
    QTest::newRow("huge delta") << QByteArray("99999999999999999999999")
                                << qint64(100) * 365 * 24 * 3600;
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("fraction") << QByteArray("1.5") << qint64(-1);
    QTest::newRow("words") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestFetcher::retryAfterValues()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, seconds);
    const QDateTime now(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime at = RetryAfter::parse(value, now);
    QCOMPARE(at.isValid(), seconds >= 0);
    if (seconds >= 0)
        QCOMPARE(now.secsTo(at), seconds);
}

void TestFetcher::redirectRules_data()
{
    QTest::addColumn<QUrl>("from");
    QTest::addColumn<QUrl>("to");
    QTest::addColumn<bool>("allowed");
    const QUrl http(QStringLiteral("http://a.example/feed"));
    const QUrl https(QStringLiteral("https://a.example/feed"));
    QTest::newRow("http to http") << http << QUrl("http://b.example/x") << true;
    QTest::newRow("http to https") << http << QUrl("https://b.example/x") << true;
    QTest::newRow("https to https") << https << QUrl("https://b.example/x") << true;
    QTest::newRow("https to http") << https << QUrl("http://a.example/feed") << false;
    QTest::newRow("HTTPS to Http")
        << QUrl("HTTPS://a.example/") << QUrl("Http://a.example/") << false;
    QTest::newRow("to file") << http << QUrl("file:///etc/passwd") << false;
    QTest::newRow("to qrc") << http << QUrl("qrc:/resources/default-feed.json") << false;
    QTest::newRow("to ftp") << http << QUrl("ftp://b.example/x") << false;
    QTest::newRow("to nothing") << http << QUrl() << false;
    QTest::newRow("relative") << http << QUrl("/elsewhere") << false;
}

void TestFetcher::redirectRules()
{
    QFETCH(QUrl, from);
    QFETCH(QUrl, to);
    QFETCH(bool, allowed);
    QCOMPARE(FeedFetcher::redirectAllowed(from, to), allowed);
}

void TestFetcher::charsets_data()
{
    QTest::addColumn<QString>("contentType");
    QTest::addColumn<QString>("charset");
    QTest::newRow("plain") << "application/rss+xml; charset=windows-1252"
                           << "windows-1252";
    QTest::newRow("upper") << "text/xml;CHARSET=EUC-KR"
                           << "euc-kr";
    QTest::newRow("quoted") << "text/xml; charset=\"UTF-8\""
                            << "utf-8";
    QTest::newRow("second param") << "text/xml; q=1; charset=iso-8859-1"
                                  << "iso-8859-1";
    QTest::newRow("none") << "application/atom+xml"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestFetcher::charsets()
{
    QFETCH(QString, contentType);
    QFETCH(QString, charset);
    QCOMPARE(HttpMessages::charsetOf(contentType), charset);
}

void TestFetcher::statusMessages()
{
    QCOMPARE(HttpMessages::statusMessage(404, QString()), QStringLiteral("HTTP 404 Not Found"));
    // HTTP/2 has no reason phrase; a wrong one from the server does not replace the standard one.
    QCOMPARE(HttpMessages::statusMessage(503, QStringLiteral("Go Away")),
             QStringLiteral("HTTP 503 Service Unavailable"));
    QCOMPARE(HttpMessages::statusMessage(599, QStringLiteral("Odd")),
             QStringLiteral("HTTP 599 Odd"));
    QCOMPARE(HttpMessages::statusMessage(599, QString()), QStringLiteral("HTTP 599"));
}

void TestFetcher::bodyDecoding_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QByteArray>("expected"); // empty: must fail as corrupt
    QByteArray text;
    for (int i = 0; i < 5000; ++i)
        text += "<item><guid>" + QByteArray::number(i * 7919) + "</guid></item>\n";
    const QByteArray gz = LoopbackServer::gzip(text);
    QTest::newRow("identity") << QByteArray() << text << text;
    QTest::newRow("gzip") << QByteArray("gzip") << gz << text;
    QTest::newRow("x-gzip") << QByteArray("x-gzip") << gz << text;
    QTest::newRow("deflate as zlib") << QByteArray("deflate") << qCompress(text).mid(4) << text;
    QTest::newRow("deflate raw") << QByteArray("deflate") << rawDeflate(text) << text;
    QTest::newRow("two gzip members")
        << QByteArray("gzip") << gz + LoopbackServer::gzip("tail") << text + "tail";
    QTest::newRow("junk after gzip") << QByteArray("gzip") << gz + "junk" << text;
    QTest::newRow("empty gzip body") << QByteArray("gzip") << QByteArray() << QByteArray();
    QTest::newRow("truncated gzip") << QByteArray("gzip") << gz.left(gz.size() / 2) << QByteArray();
    QTest::newRow("not gzip") << QByteArray("gzip") << QByteArray("plain text") << QByteArray();
}

void TestFetcher::bodyDecoding()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, wire);
    QFETCH(QByteArray, expected);
    const auto kind = BodyDecoder::encodingFor(encoding);
    QVERIFY(kind.has_value());
    const bool mustFail = expected.isEmpty() && !wire.isEmpty();
    // All at once, and in awkward pieces as a network delivers them.
    for (const int piece : {int(wire.size()) + 1, 1, 7, 4096}) {
        BodyDecoder decoder(*kind);
        QByteArray out;
        BodyDecoder::Status status = BodyDecoder::Status::Ok;
        for (qsizetype at = 0; at < wire.size() && status == BodyDecoder::Status::Ok; at += piece)
            status = decoder.feed(wire.mid(at, piece), &out, 1 << 30);
        if (status == BodyDecoder::Status::Ok)
            status = decoder.finish();
        QCOMPARE(status, mustFail ? BodyDecoder::Status::Corrupt : BodyDecoder::Status::Ok);
        if (!mustFail)
            QCOMPARE(out, expected);
    }
    QVERIFY(!BodyDecoder::encodingFor("br").has_value());
    QVERIFY(!BodyDecoder::encodingFor("gzip, br").has_value());
}

void TestFetcher::bodyDecoderStopsAtLimit()
{
    // 64 MiB of zeros is 64 KiB of gzip; inflating must stop within one step past the limit.
    const QByteArray bomb = LoopbackServer::gzip(QByteArray(64 * 1024 * 1024, '\0'));
    QVERIFY(bomb.size() < 128 * 1024);
    BodyDecoder decoder(BodyDecoder::Encoding::Gzip);
    QByteArray out;
    QCOMPARE(decoder.feed(bomb, &out, 1024 * 1024), BodyDecoder::Status::TooLarge);
    QVERIFY(out.size() <= 1024 * 1024 + 64 * 1024);
    QVERIFY(out.capacity() < 4 * 1024 * 1024);

    BodyDecoder plain(BodyDecoder::Encoding::Identity);
    QByteArray kept;
    QCOMPARE(plain.feed(QByteArray(10, 'x'), &kept, 10), BodyDecoder::Status::Ok);
    QCOMPARE(plain.feed(QByteArray(1, 'x'), &kept, 10), BodyDecoder::Status::TooLarge);
}

void TestFetcher::fetchesBodyAndValidators()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    const QByteArray body = "<rss version=\"2.0\"><channel><title>x</title></channel></rss>";
    server.route("/feed", LoopbackResponse::ok(body, "application/rss+xml; charset=windows-1252")
                              .header("ETag", "\"abc123\"")
                              .header("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT"));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed"), 42));
    WAIT_RESULTS(got, 1);

    const FetchResult r = got.results.first();
    QCOMPARE(r.id, quint64(42));
    QCOMPARE(r.outcome, FetchResult::Outcome::Fetched);
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message));
    QCOMPARE(r.body, body);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.contentType, QStringLiteral("application/rss+xml; charset=windows-1252"));
    QCOMPARE(r.charset, QStringLiteral("windows-1252"));
    QCOMPARE(r.etag, QStringLiteral("\"abc123\""));
    QCOMPARE(r.lastModified, QStringLiteral("Wed, 21 Oct 2015 07:28:00 GMT"));
    QCOMPARE(r.finalUrl, server.url("/feed"));
    QVERIFY(!r.retryAfter.isValid());
    QVERIFY(!got.progress.isEmpty());
    QCOMPARE(got.progress.last(), qint64(body.size()));

    // Nothing stored yet, so no conditional headers either.
    const LoopbackRequest sent = server.lastRequest();
    QCOMPARE(sent.method, QByteArray("GET"));
    QVERIFY(!sent.hasHeader("If-None-Match"));
    QVERIFY(!sent.hasHeader("If-Modified-Since"));
}

void TestFetcher::sendsUserAgentAndAccept()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route("/feed", LoopbackResponse::ok("{}"));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);

    const QByteArray expected = QByteArrayLiteral(
        "Cliffhanger/" CLIFFHANGER_VERSION " (+https://github.com/cliffhanger-app/cliffhanger)");
    QCOMPARE(server.lastRequest().header("User-Agent"), expected);
    QCOMPARE(FeedFetcher::defaultUserAgent(), expected);
    QVERIFY(server.lastRequest().header("Accept").contains("application/rss+xml"));
}

void TestFetcher::customUserAgent()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route("/feed", LoopbackResponse::ok("{}"));
    FetchPolicy policy;
    policy.userAgent = "CliffhangerBench/1.0";
    FeedFetcher fetcher(policy);
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);
    QCOMPARE(server.lastRequest().header("User-Agent"), QByteArray("CliffhangerBench/1.0"));
}

void TestFetcher::conditionalGetNotModified()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    const QByteArray lastModified = "Wed, 21 Oct 2015 07:28:00 GMT";
    // A real conditional server: 304 only when the client proves it has the current version.
    server.route("/feed", [&](const LoopbackRequest &req) {
        if (req.header("If-None-Match") == "\"v1\"")
            return LoopbackResponse::withStatus(304).header("ETag", "\"v1\"");
        return LoopbackResponse::ok("<rss/>").header("ETag", "\"v1\"");
    });
    FeedFetcher fetcher;
    Collector got(&fetcher);
    FetchRequest req = request(server.url("/feed"), 7);
    req.etag = QStringLiteral("\"v1\"");
    req.lastModified = QString::fromLatin1(lastModified);
    fetcher.fetch(req);
    WAIT_RESULTS(got, 1);

    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::NotModified);
    QCOMPARE(r.httpStatus, 304);
    QVERIFY(r.body.isEmpty());
    QVERIFY(!r.error.isError());
    QCOMPARE(r.etag, QStringLiteral("\"v1\""));
    QCOMPARE(r.lastModified, QString::fromLatin1(lastModified));
    const LoopbackRequest sent = server.lastRequest();
    QCOMPARE(sent.header("If-None-Match"), QByteArray("\"v1\""));
    QCOMPARE(sent.header("If-Modified-Since"), lastModified);
}

void TestFetcher::notModifiedWithoutValidatorsKeepsStoredOnes()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route("/feed", LoopbackResponse::withStatus(304));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    FetchRequest req = request(server.url("/feed"));
    req.etag = QStringLiteral("W/\"weak\"");
    req.lastModified = QStringLiteral("Sun, 06 Nov 1994 08:49:37 GMT");
    fetcher.fetch(req);
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::NotModified);
    QCOMPARE(r.etag, req.etag);
    QCOMPARE(r.lastModified, req.lastModified);
    QCOMPARE(server.lastRequest().header("If-None-Match"), QByteArray("W/\"weak\""));
}

void TestFetcher::serverIgnoringValidatorsStillServesBody()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route("/feed", LoopbackResponse::ok("<rss>same</rss>"));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    FetchRequest req = request(server.url("/feed"));
    req.etag = QStringLiteral("\"old\"");
    fetcher.fetch(req);
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Fetched);
    QCOMPARE(r.body, QByteArray("<rss>same</rss>"));
    QVERIFY(r.etag.isEmpty()); // the server gave none this time
    QCOMPARE(server.lastRequest().header("If-None-Match"), QByteArray("\"old\""));
}

void TestFetcher::followsRedirectChain()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route("/a", LoopbackResponse::redirect(301, "/b"));
    server.route("/b", LoopbackResponse::redirect(302, server.url("/c").toEncoded()));
    server.route("/c", LoopbackResponse::redirect(307, "d?x=1"));
    server.route("/d", LoopbackResponse::ok("<feed/>", "application/atom+xml"));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/a")));
    WAIT_RESULTS(got, 1);

    const FetchResult r = got.results.first();
    QVERIFY2(r.outcome == FetchResult::Outcome::Fetched, qPrintable(r.error.message));
    QCOMPARE(r.body, QByteArray("<feed/>"));
    QCOMPARE(r.finalUrl, server.url("/d?x=1"));
    QCOMPARE(server.requestCount(), 4);
    QCOMPARE(server.requests().last().target, QByteArray("/d?x=1"));
    // Every hop is the same polite request.
    for (const LoopbackRequest &hop : server.requests())
        QCOMPARE(hop.header("User-Agent"), FeedFetcher::defaultUserAgent());
}

void TestFetcher::redirectLoopFails()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route("/ping", LoopbackResponse::redirect(302, "/pong"));
    server.route("/pong", LoopbackResponse::redirect(302, "/ping"));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/ping")));
    WAIT_RESULTS(got, 1);

    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.error.kind, FeedError::Kind::Http);
    QVERIFY2(r.error.message.contains(QLatin1String("loop"), Qt::CaseInsensitive),
             qPrintable(r.error.message));
    QCOMPARE(server.requestCount(), 2); // noticed at the first repeat, not after five hops
}

void TestFetcher::redirectCapIsFive()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    for (int i = 0; i < 10; ++i)
        server.route(QStringLiteral("/hop/%1").arg(i),
                     LoopbackResponse::redirect(302, "/hop/" + QByteArray::number(i + 1)));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/hop/0")));
    WAIT_RESULTS(got, 1);

    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.error.kind, FeedError::Kind::Http);
    QVERIFY2(r.error.message.contains(QLatin1String("redirects")), qPrintable(r.error.message));
    QVERIFY(r.error.message.contains(QLatin1Char('5')));
    QCOMPARE(server.requestCount(), 6); // the first request and five redirects followed
    QCOMPARE(server.requestCount(QStringLiteral("/hop/5")), 1);
    QCOMPARE(server.requestCount(QStringLiteral("/hop/6")), 0);

    // Five is allowed: a chain of exactly five ends at its target.
    server.route("/hop/5", LoopbackResponse::ok("<rss/>"));
    fetcher.fetch(request(server.url("/hop/0"), 2));
    WAIT_RESULTS(got, 2);
    QCOMPARE(got.of(2).outcome, FetchResult::Outcome::Fetched);
}

void TestFetcher::redirectToLocalFileRefused()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route("/feed", LoopbackResponse::redirect(302, "file:///etc/passwd"));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.error.kind, FeedError::Kind::Http);
    QVERIFY(r.body.isEmpty());
    QVERIFY2(r.error.message.contains(QLatin1String("redirect")), qPrintable(r.error.message));
}

void TestFetcher::tooManyRequestsDefersHost()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route("/limited", LoopbackResponse::withStatus(429).header("Retry-After", "120"));
    server.route("/feed", LoopbackResponse::ok("<rss/>"));
    LoopbackServer other; // another host must not be affected
    QVERIFY(other.listen(QHostAddress(QStringLiteral("127.0.0.2"))));
    other.route("/feed", LoopbackResponse::ok("<rss/>"));

    FeedFetcher fetcher;
    Collector got(&fetcher);
    // Both queue for 127.0.0.1; the second waits behind the first and must never go out.
    fetcher.fetch(request(server.url("/limited"), 1));
    fetcher.fetch(request(server.url("/feed"), 2));
    WAIT_RESULTS(got, 2);

    const FetchResult limited = got.of(1);
    QCOMPARE(limited.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(limited.httpStatus, 429);
    QCOMPARE(limited.error.kind, FeedError::Kind::Http);
    QVERIFY2(limited.error.message.contains(QLatin1String("429")),
             qPrintable(limited.error.message));
    QVERIFY(qAbs(secondsFromNow(limited.retryAfter) - 120) <= 5);
    QCOMPARE(fetcher.hostBlockedUntil(QStringLiteral("127.0.0.1")), limited.retryAfter);

    const FetchResult queued = got.of(2);
    QCOMPARE(queued.outcome, FetchResult::Outcome::Deferred);
    QCOMPARE(queued.retryAfter, limited.retryAfter);
    QCOMPARE(server.requestCount(), 1);

    // Later requests to that host too, without touching the network.
    fetcher.fetch(request(server.url("/feed"), 3));
    WAIT_RESULTS(got, 3);
    QCOMPARE(got.of(3).outcome, FetchResult::Outcome::Deferred);
    QCOMPARE(got.of(3).retryAfter, limited.retryAfter);
    QCOMPARE(server.requestCount(), 1);

    QVERIFY(!fetcher.hostBlockedUntil(QStringLiteral("127.0.0.2")).isValid());
    fetcher.fetch(request(other.url("/feed"), 4));
    WAIT_RESULTS(got, 4);
    QCOMPARE(got.of(4).outcome, FetchResult::Outcome::Fetched);
}

void TestFetcher::retryAfterHeaderHandling_data()
{
    QTest::addColumn<QByteArray>("retryAfter"); // empty: no header
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("expectedSeconds");
    QTest::newRow("429 delta") << QByteArray("30") << 429 << qint64(30);
    QTest::newRow("429 missing") << QByteArray() << 429 << qint64(300);
    QTest::newRow("503 garbage") << QByteArray("later") << 503 << qint64(300);
    QTest::newRow("503 clamped") << QByteArray("999999999") << 503 << qint64(24 * 3600);
    QTest::newRow("503 past date")
        << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 503 << qint64(0);
}

void TestFetcher::retryAfterHeaderHandling()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, status);
    QFETCH(qint64, expectedSeconds);
    LoopbackServer server;
    QVERIFY(server.listen());
    LoopbackResponse response = LoopbackResponse::withStatus(status);
    if (!retryAfter.isEmpty())
        response.header("Retry-After", retryAfter);
    server.route("/feed", response);
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.httpStatus, status);
    QVERIFY(r.retryAfter.isValid());
    QVERIFY2(qAbs(secondsFromNow(r.retryAfter) - expectedSeconds) <= 3,
             qPrintable(r.retryAfter.toString(Qt::ISODate)));
    // A Retry-After in the past leaves the host free.
    QCOMPARE(fetcher.hostBlockedUntil(QStringLiteral("127.0.0.1")).isValid(), expectedSeconds > 0);
}

void TestFetcher::serviceUnavailableWithHttpDate()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    const QDateTime until = QDateTime::currentDateTimeUtc().addSecs(90);
    server.route("/feed", LoopbackResponse::withStatus(503, "maintenance")
                              .header("Retry-After", RetryAfter::toHttpDate(until)));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed"), 1));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.httpStatus, 503);
    QVERIFY2(r.error.message.contains(QLatin1String("HTTP 503 Service Unavailable")),
             qPrintable(r.error.message));
    QVERIFY(qAbs(r.retryAfter.secsTo(until)) <= 1); // HTTP-dates have whole seconds
    QVERIFY(r.body.isEmpty());

    fetcher.fetch(request(server.url("/feed"), 2));
    WAIT_RESULTS(got, 2);
    QCOMPARE(got.of(2).outcome, FetchResult::Outcome::Deferred);
    QCOMPARE(server.requestCount(), 1);
}

void TestFetcher::tricklingServerHitsDeadline()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    LoopbackResponse slow = LoopbackResponse::ok(QByteArray(1024 * 1024, 'x'));
    slow.trickleBytes = 16; // a byte now and then keeps a transfer timeout from ever firing
    slow.trickleIntervalMs = 50;
    server.route("/feed", slow);
    FetchPolicy policy;
    policy.timeoutMs = 300; // the overall deadline derives from it: 1.2 s
    FeedFetcher fetcher(policy);
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);

    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.error.kind, FeedError::Kind::Network);
    // The whole-fetch deadline ended it, 4 x the transfer timeout, while bytes still came.
    QVERIFY2(r.error.message.contains(QLatin1String("did not finish within 1.2 s")),
             qPrintable(r.error.message));
    QVERIFY(!got.progress.isEmpty());
    QVERIFY(r.body.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(server.lastRequest().finishedMs >= 0, kWaitMs);
    QVERIFY(!server.lastRequest().completed);
}

// The slowest server that still sends: one byte a second. No transfer timeout ever fires (each
// byte comes within it); the whole-fetch deadline ends it, with a network error that says so.
void TestFetcher::oneByteASecondHitsDeadline()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    LoopbackResponse slow = LoopbackResponse::ok(QByteArray(4096, 'x'));
    slow.trickleBytes = 1;
    slow.trickleIntervalMs = 1000;
    server.route("/feed", slow);
    FetchPolicy policy;
    policy.timeoutMs = 1500; // longer than the gap between bytes
    policy.deadlineMs = 2500;
    FeedFetcher fetcher(policy);
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);

    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.error.kind, FeedError::Kind::Network);
    QVERIFY2(r.error.message.contains(QLatin1String("did not finish within 2.5 s")),
             qPrintable(r.error.message));
    QVERIFY(r.body.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(server.lastRequest().finishedMs >= 0, kWaitMs);
    QVERIFY(!server.lastRequest().completed);
}

void TestFetcher::silentServerHitsTransferTimeout()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    LoopbackResponse silent = LoopbackResponse::ok("<rss/>");
    silent.delayMs = 3000;
    server.route("/feed", silent);
    FetchPolicy policy;
    policy.timeoutMs = 300;
    policy.deadlineMs = 5000; // so only the transfer timeout can end it early
    FeedFetcher fetcher(policy);
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.error.kind, FeedError::Kind::Network);
    QVERIFY2(r.error.message.contains(QLatin1String("Timed out")) &&
                 r.error.message.contains(QLatin1String("300 ms")),
             qPrintable(r.error.message));
    QVERIFY(got.progress.isEmpty());
}

void TestFetcher::oversizedContentLengthRefusedEarly()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    // Sending all of it would take 5 s; refusing from the header takes none of that.
    LoopbackResponse big = LoopbackResponse::ok(QByteArray(1024 * 1024, 'x'));
    big.trickleBytes = 4096;
    big.trickleIntervalMs = 20;
    server.route("/feed", big);
    FetchPolicy policy;
    policy.maxBytes = 64 * 1024;
    FeedFetcher fetcher(policy);
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);

    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.error.kind, FeedError::Kind::Http);
    QVERIFY2(r.error.message.contains(QLatin1String("size limit")), qPrintable(r.error.message));
    QVERIFY(got.progress.isEmpty()); // not one body byte was taken
    QTRY_VERIFY_WITH_TIMEOUT(server.lastRequest().finishedMs >= 0, kWaitMs);
    QVERIFY(server.lastRequest().bytesSent < 64 * 1024);
}

void TestFetcher::oversizedBodyWithoutLengthAbortedWhileStreaming_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("chunked") << true;
    QTest::newRow("ends at close") << false;
}

void TestFetcher::oversizedBodyWithoutLengthAbortedWhileStreaming()
{
    QFETCH(bool, chunked);
    LoopbackServer server;
    QVERIFY(server.listen());
    const QByteArray body(16 * 1024 * 1024, 'x');
    LoopbackResponse big = LoopbackResponse::ok(body);
    big.chunked = chunked;
    big.omitContentLength = true;
    big.trickleBytes = 64 * 1024; // 16 MiB at this pace takes 1.3 s
    big.trickleIntervalMs = 5;
    server.route("/feed", big);
    FetchPolicy policy;
    policy.maxBytes = 256 * 1024;
    FeedFetcher fetcher(policy);
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);

    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QVERIFY2(r.error.message.contains(QLatin1String("size limit")), qPrintable(r.error.message));
    QVERIFY(r.body.isEmpty());
    QVERIFY(!got.progress.isEmpty());
    QVERIFY(got.progress.last() <= policy.maxBytes);
    QTRY_VERIFY_WITH_TIMEOUT(server.lastRequest().finishedMs >= 0, kWaitMs);
    QVERIFY(!server.lastRequest().completed);
    QVERIFY2(server.lastRequest().bytesSent < body.size() / 4,
             qPrintable(QString::number(server.lastRequest().bytesSent)));
}

void TestFetcher::gzipBodyDecoded()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    QByteArray body;
    for (int i = 0; i < 2000; ++i)
        body += "<item><title>Episode " + QByteArray::number(i) + "</title></item>\n";
    LoopbackResponse zipped = LoopbackResponse::ok(body);
    zipped.gzip = true;
    server.route("/feed", zipped);
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QVERIFY2(r.outcome == FetchResult::Outcome::Fetched, qPrintable(r.error.message));
    QCOMPARE(r.body, body);
    QCOMPARE(server.lastRequest().header("Accept-Encoding"), QByteArray("gzip, deflate"));
    QVERIFY(server.lastRequest().bytesSent < body.size() / 2); // it really went compressed
}

void TestFetcher::gzipBombRefused()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    LoopbackResponse bomb = LoopbackResponse::ok(QByteArray(32 * 1024 * 1024, '\0'));
    bomb.gzip = true;
    server.route("/feed", bomb);
    FetchPolicy policy;
    policy.maxBytes = 1024 * 1024;
    // Small on the wire, so only counting the inflated bytes can catch it.
    QVERIFY(LoopbackServer::gzip(bomb.body).size() < policy.maxBytes / 4);
    FeedFetcher fetcher(policy);
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QVERIFY2(r.error.message.contains(QLatin1String("size limit")), qPrintable(r.error.message));
    QVERIFY(r.body.isEmpty());
    QVERIFY(got.progress.isEmpty() || got.progress.last() <= policy.maxBytes);
}

void TestFetcher::badEncodings_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("expected");
    QTest::newRow("corrupt gzip") << QByteArray("gzip") << "corrupt";
    QTest::newRow("brotli, never asked for") << QByteArray("br") << "Content-Encoding: br";
}

void TestFetcher::badEncodings()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QString, expected);
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route(
        "/feed",
        LoopbackResponse::ok("this is not compressed").header("Content-Encoding", encoding));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.error.kind, FeedError::Kind::Http);
    QVERIFY2(r.error.message.contains(expected), qPrintable(r.error.message));
    QVERIFY(r.body.isEmpty());
}

void TestFetcher::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("404") << 404 << "HTTP 404 Not Found";
    QTest::newRow("410") << 410 << "HTTP 410 Gone";
    QTest::newRow("403") << 403 << "HTTP 403 Forbidden";
    QTest::newRow("500") << 500 << "HTTP 500 Internal Server Error";
    QTest::newRow("300 has no Location") << 300 << "HTTP 300 Multiple Choices";
}

void TestFetcher::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route("/feed", LoopbackResponse::withStatus(status, "<html>error page</html>"));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.httpStatus, status);
    QCOMPARE(r.error.kind, FeedError::Kind::Http);
    QCOMPARE(r.error.message, message);
    QVERIFY(r.body.isEmpty()); // an error page is not a feed
    QVERIFY(!r.retryAfter.isValid());
    QVERIFY(!fetcher.hostBlockedUntil(QStringLiteral("127.0.0.1")).isValid());
}

void TestFetcher::connectionRefused()
{
    const quint16 port = unusedPort();
    QVERIFY(port != 0);
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(QUrl(QStringLiteral("http://127.0.0.1:%1/feed").arg(port))));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.error.kind, FeedError::Kind::Network);
    QCOMPARE(r.httpStatus, 0);
    QVERIFY2(r.error.message.contains(QLatin1String("refused")), qPrintable(r.error.message));
}

void TestFetcher::connectionClosedWithoutResponse()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    LoopbackResponse hangUp;
    hangUp.closeWithoutResponse = true;
    server.route("/feed", hangUp);
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.error.kind, FeedError::Kind::Network);
    QVERIFY2(r.error.message.contains(QLatin1String("closed the connection")),
             qPrintable(r.error.message));
}

void TestFetcher::truncatedBodyFails()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    // Promises 1000 bytes, sends 500 and hangs up: a 200 with half a feed is no success.
    LoopbackResponse cut = LoopbackResponse::ok(QByteArray(500, 'x'));
    cut.omitContentLength = true;
    cut.header("Content-Length", "1000");
    server.route("/feed", cut);
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/feed")));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QCOMPARE(r.outcome, FetchResult::Outcome::Failed);
    QCOMPARE(r.error.kind, FeedError::Kind::Network);
    QVERIFY(r.body.isEmpty());
}

void TestFetcher::oneRequestAtATimePerHost()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    for (int i = 0; i < 3; ++i) {
        LoopbackResponse slow = LoopbackResponse::ok("<rss/>");
        slow.delayMs = 150;
        server.route(QStringLiteral("/slow%1").arg(i), slow);
    }
    FeedFetcher fetcher;
    Collector got(&fetcher);
    for (int i = 0; i < 3; ++i)
        fetcher.fetch(request(server.url(QStringLiteral("/slow%1").arg(i)), quint64(i + 1)));
    WAIT_RESULTS(got, 3);
    for (quint64 id = 1; id <= 3; ++id)
        QCOMPARE(got.of(id).outcome, FetchResult::Outcome::Fetched);
    QCOMPARE(server.requestCount(), 3);
    QCOMPARE(server.maxConcurrent(), 1);
    QCOMPARE(LoopbackServer::maxOverlap(server.requests()), 1);
}

void TestFetcher::sameHostOnOtherPortsSharesTheSlot()
{
    // The slot belongs to the host name: two ports on 127.0.0.1 still take turns.
    LoopbackServer first;
    LoopbackServer second;
    QVERIFY(first.listen());
    QVERIFY(second.listen());
    LoopbackResponse slow = LoopbackResponse::ok("<rss/>");
    slow.delayMs = 150;
    first.route("/feed", slow);
    second.route("/feed", slow);
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(first.url("/feed"), 1));
    fetcher.fetch(request(second.url("/feed"), 2));
    WAIT_RESULTS(got, 2);
    QCOMPARE(got.of(1).outcome, FetchResult::Outcome::Fetched);
    QCOMPARE(got.of(2).outcome, FetchResult::Outcome::Fetched);
    QCOMPARE(LoopbackServer::maxOverlap(first.requests() + second.requests()), 1);
}

void TestFetcher::atMostFourAtOnce()
{
    // Six hosts: 127.0.0.1 .. 127.0.0.6 are all loopback on Linux.
    std::vector<std::unique_ptr<LoopbackServer>> servers;
    LoopbackResponse slow = LoopbackResponse::ok("<rss/>");
    slow.delayMs = 300;
    for (int i = 1; i <= 6; ++i) {
        auto server = std::make_unique<LoopbackServer>();
        // Not skipped where it cannot listen: the politeness limit would go untested.
        QVERIFY2(server->listen(QHostAddress(QStringLiteral("127.0.0.%1").arg(i))),
                 "cannot listen on 127.0.0.2..6 here");
        server->route("/feed", slow);
        servers.push_back(std::move(server));
    }
    FeedFetcher fetcher;
    Collector got(&fetcher);
    for (int i = 0; i < 6; ++i)
        fetcher.fetch(request(servers[size_t(i)]->url("/feed"), quint64(i + 1)));
    WAIT_RESULTS(got, 6);
    QList<LoopbackRequest> all;
    for (const auto &server : servers) {
        QCOMPARE(server->requestCount(), 1);
        all += server->requests();
    }
    for (quint64 id = 1; id <= 6; ++id)
        QCOMPARE(got.of(id).outcome, FetchResult::Outcome::Fetched);
    // Exactly four: different hosts do run in parallel, but never more than four.
    QCOMPARE(LoopbackServer::maxOverlap(all), 4);
}

// How fast it arrives is bench_fetch's figure.
void TestFetcher::largeBodyArrivesWhole()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    QByteArray body(20 * 1000 * 1000, 'x'); // the benchmark's size, under the 20 MiB cap
    for (qsizetype i = 0; i < body.size(); i += 4096)
        body[i] = char('a' + (i / 4096) % 26);
    server.route("/big", LoopbackResponse::ok(body));
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/big")));
    WAIT_RESULTS(got, 1);
    const FetchResult r = got.results.first();
    QVERIFY2(r.outcome == FetchResult::Outcome::Fetched, qPrintable(r.error.message));
    QCOMPARE(r.body.size(), body.size());
    QVERIFY(r.body == body);
    QCOMPARE(got.progress.last(), qint64(body.size()));
    QVERIFY(server.lastRequest().completed);
}

void TestFetcher::fileUrls()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("feed.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<rss version=\"2.0\"/>");
    file.close();

    FetchPolicy policy;
    policy.maxBytes = 10;
    FeedFetcher fetcher;
    FeedFetcher strict(policy);
    Collector got(&fetcher);
    Collector gotStrict(&strict);
    fetcher.fetch(request(QUrl::fromLocalFile(path), 1));
    fetcher.fetch(request(QUrl::fromLocalFile(dir.filePath(QStringLiteral("missing.xml"))), 2));
    fetcher.fetch(request(QUrl::fromLocalFile(dir.path()), 3));
    strict.fetch(request(QUrl::fromLocalFile(path), 4));
    WAIT_RESULTS(got, 3);
    WAIT_RESULTS(gotStrict, 1);

    QCOMPARE(got.of(1).outcome, FetchResult::Outcome::Fetched);
    QCOMPARE(got.of(1).body, QByteArray("<rss version=\"2.0\"/>"));
    QCOMPARE(got.of(1).finalUrl, QUrl::fromLocalFile(path));
    QCOMPARE(got.of(2).outcome, FetchResult::Outcome::Failed);
    QCOMPARE(got.of(2).error.kind, FeedError::Kind::Network);
    QVERIFY2(got.of(2).error.message.contains(QLatin1String("not found")) &&
                 got.of(2).error.message.contains(QLatin1String("missing.xml")),
             qPrintable(got.of(2).error.message));
    QCOMPARE(got.of(3).outcome, FetchResult::Outcome::Failed);
    QVERIFY(got.of(3).error.message.contains(QLatin1String("folder")));
    QCOMPARE(gotStrict.of(4).outcome, FetchResult::Outcome::Failed);
    QVERIFY(gotStrict.of(4).error.message.contains(QLatin1String("size limit")));
    QVERIFY(gotStrict.of(4).body.isEmpty());
}

void TestFetcher::qrcUrls()
{
    QFile resource(QStringLiteral(":/resources/default-feed.json"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    const QByteArray expected = resource.readAll();
    QVERIFY(!expected.isEmpty());

    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(QUrl(QStringLiteral("qrc:/resources/default-feed.json")), 1));
    fetcher.fetch(request(QUrl(QStringLiteral("qrc:///resources/default-feed.json")), 2));
    fetcher.fetch(request(QUrl(QStringLiteral("qrc:/resources/nope.json")), 3));
    WAIT_RESULTS(got, 3);
    QCOMPARE(got.of(1).outcome, FetchResult::Outcome::Fetched);
    QCOMPARE(got.of(1).body, expected);
    QCOMPARE(got.of(2).body, expected);
    QCOMPARE(got.of(3).outcome, FetchResult::Outcome::Failed);
    QVERIFY(got.of(3).error.message.contains(QLatin1String("nope.json")));
}

void TestFetcher::unsupportedSchemes()
{
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(QUrl(QStringLiteral("ftp://example.com/feed.xml")), 1));
    fetcher.fetch(request(QUrl(QStringLiteral("javascript:alert(1)")), 2));
    fetcher.fetch(request(QUrl(QStringLiteral("http:///no-host")), 3));
    fetcher.fetch(request(QUrl(), 4));
    WAIT_RESULTS(got, 4);
    for (quint64 id = 1; id <= 4; ++id) {
        QCOMPARE(got.of(id).outcome, FetchResult::Outcome::Failed);
        QVERIFY(!got.of(id).error.message.isEmpty());
    }
    QVERIFY2(got.of(1).error.message.contains(QLatin1String("\"ftp\"")),
             qPrintable(got.of(1).error.message));
    QVERIFY(got.of(2).error.message.contains(QLatin1String("\"javascript\"")));
}

void TestFetcher::resultsAreNeverSynchronous()
{
    FeedFetcher fetcher;
    QSignalSpy spy(&fetcher, &FeedFetcher::finished);
    // Immediate outcomes too arrive from the event loop, so a caller may connect afterwards.
    fetcher.fetch(request(QUrl(QStringLiteral("qrc:/resources/default-feed.json")), 1));
    fetcher.fetch(request(QUrl(QStringLiteral("ftp://example.com/")), 2));
    QCOMPARE(spy.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, kWaitMs);
    QCOMPARE(spy.at(0).at(0).value<FetchResult>().id, quint64(1));
    QCOMPARE(spy.at(1).at(0).value<FetchResult>().id, quint64(2));
}

void TestFetcher::cancelAllFinishesEverything()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    LoopbackResponse slow = LoopbackResponse::ok("<rss/>");
    slow.delayMs = 400;
    server.route("/a", slow);
    server.route("/b", slow);
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/a"), 1)); // runs
    fetcher.fetch(request(server.url("/b"), 2)); // queued behind it, same host
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 1, kWaitMs);
    fetcher.cancelAll();
    WAIT_RESULTS(got, 2);
    for (quint64 id = 1; id <= 2; ++id) {
        QCOMPARE(got.countOf(id), 1);
        QCOMPARE(got.of(id).outcome, FetchResult::Outcome::Failed);
        QVERIFY(got.of(id).error.message.contains(QLatin1String("cancelled")));
    }
    // The server sees the running request dropped, before its delayed answer went out.
    QTRY_VERIFY_WITH_TIMEOUT(server.lastRequest().finishedMs >= 0, kWaitMs);
    QVERIFY(!server.lastRequest().completed);

    // Still usable afterwards, and the cancelled /b was never sent: the next request to the
    // host is the second the server sees.
    server.route("/c", LoopbackResponse::ok("<rss/>"));
    fetcher.fetch(request(server.url("/c"), 3));
    WAIT_RESULTS(got, 3);
    QCOMPARE(got.of(3).outcome, FetchResult::Outcome::Fetched);
    QCOMPARE(got.countOf(1), 1);
    QCOMPARE(got.countOf(2), 1);
    QCOMPARE(server.requestCount(), 2);
    QCOMPARE(server.requests().at(1).path, QByteArray("/c"));
}

void TestFetcher::runsOnWorkerThread()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    server.route("/feed", LoopbackResponse::ok("<rss/>"));

    QThread worker;
    auto *fetcher = new FeedFetcher;
    fetcher->moveToThread(&worker);
    QObject::connect(&worker, &QThread::finished, fetcher, &QObject::deleteLater);
    worker.start();

    QList<FetchResult> results;
    QAtomicPointer<QThread> emittedIn;
    QObject::connect(
        fetcher, &FeedFetcher::finished, fetcher,
        [&emittedIn](const FetchResult &) { emittedIn.storeRelease(QThread::currentThread()); },
        Qt::DirectConnection);
    QObject::connect(fetcher, &FeedFetcher::finished, this,
                     [&results](const FetchResult &r) { results.append(r); });
    QMetaObject::invokeMethod(fetcher, "fetch", Qt::QueuedConnection,
                              Q_ARG(FetchRequest, request(server.url("/feed"), 9)));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), qsizetype(1), kWaitMs);
    QCOMPARE(results.first().id, quint64(9));
    QCOMPARE(results.first().outcome, FetchResult::Outcome::Fetched);
    QCOMPARE(results.first().body, QByteArray("<rss/>"));
    QCOMPARE(emittedIn.loadAcquire(), &worker);
    worker.quit();
    QVERIFY(worker.wait(kWaitMs));
}

// Issue 12: close() deleted every child of the server as a connection, its QTcpServer too.
void TestFetcher::loopbackCloseDropsConnectionsAndKeepsListener()
{
    LoopbackServer server;
    QVERIFY(server.listen());
    LoopbackResponse slow = LoopbackResponse::ok(QByteArray(4096, 'x'));
    slow.trickleBytes = 1;
    slow.trickleIntervalMs = 50;
    server.route("/slow", slow);
    FeedFetcher fetcher;
    Collector got(&fetcher);
    fetcher.fetch(request(server.url("/slow")));
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 1, kWaitMs);

    server.close();
    QCOMPARE(server.findChildren<QTcpServer *>().size(), qsizetype(1));
    QVERIFY(!server.isListening());
    const LoopbackRequest dropped = server.lastRequest();
    QVERIFY(dropped.finishedMs >= 0);
    QVERIFY(!dropped.completed);
    WAIT_RESULTS(got, 1);
    QVERIFY(got.results.first().error.isError());

    // The same server listens and answers again.
    QVERIFY(server.listen());
    server.route("/feed", LoopbackResponse::ok("<rss/>"));
    fetcher.fetch(request(server.url("/feed"), 2));
    WAIT_RESULTS(got, 2);
    QCOMPARE(got.results.last().body, QByteArray("<rss/>"));
}

QTEST_GUILESS_MAIN(TestFetcher)
#include "tst_fetcher.moc"
