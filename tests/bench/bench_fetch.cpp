// The fetcher's timings, which tst_fetcher checks only by outcome: a 20 MB body over loopback
// (the server on the fetcher's own thread, as in the test), how long after its limit a stalled
// or trickling transfer ends, how soon an oversized body is refused, and three slow requests to
// one host taking turns. Prints medians of five runs, and fails when an outcome is wrong.

#include "feeds/http/feedfetcher.h"
#include "support/loopbackserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kRuns = 5;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct Run {
    double wallMs = 0; // fetch() to the last finished()
    QList<FetchResult> results;
};

// Fetches `paths` from `server` at once and waits for every result.
Run fetchAll(const FetchPolicy &policy, const LoopbackServer &server, const QStringList &paths)
{
    FeedFetcher fetcher(policy);
    Run run;
    QEventLoop loop;
    QObject::connect(&fetcher, &FeedFetcher::finished, &loop, [&](const FetchResult &r) {
        run.results << r;
        if (run.results.size() == paths.size())
            loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < paths.size(); ++i) {
        FetchRequest request;
        request.id = quint64(i + 1);
        request.url = server.url(paths.at(i));
        fetcher.fetch(request);
    }
    loop.exec();
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    return run;
}

struct Case {
    const char *label;
    const char *limit; // what the figure is measured against
    FetchPolicy policy;
    QStringList paths;
    FetchResult::Outcome expected;
    QString message;        // a part of the error message the outcome must carry
    qsizetype bodySize = 0; // of a Fetched result
};

bool runCase(const LoopbackServer &server, const Case &c)
{
    std::vector<double> wall, fetcherMs;
    for (int run = 0; run < kRuns; ++run) {
        const Run r = fetchAll(c.policy, server, c.paths);
        for (const FetchResult &result : r.results) {
            if (result.outcome != c.expected || !result.error.message.contains(c.message) ||
                result.body.size() != c.bodySize) {
                std::fprintf(stderr, "%s: unexpected outcome: %s\n", c.label,
                             qPrintable(result.error.message));
                return false;
            }
        }
        wall.push_back(r.wallMs);
        fetcherMs.push_back(double(r.results.last().elapsedMs));
    }
    std::printf("%-34s median %7.1f ms wall, %6.0f ms by the fetcher's clock  (%s)\n", c.label,
                median(wall), median(fetcherMs), c.limit);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LoopbackServer server;
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on loopback\n");
        return 1;
    }

    QByteArray big(20 * 1000 * 1000, 'x'); // under the default 20 MiB cap
    for (qsizetype i = 0; i < big.size(); i += 4096)
        big[i] = char('a' + (i / 4096) % 26);
    server.route("/big", LoopbackResponse::ok(big));

    LoopbackResponse trickle = LoopbackResponse::ok(QByteArray(1024 * 1024, 'x'));
    trickle.trickleBytes = 16;
    trickle.trickleIntervalMs = 50;
    server.route("/trickle", trickle);

    LoopbackResponse silent = LoopbackResponse::ok("<rss/>");
    silent.delayMs = 3000;
    server.route("/silent", silent);

    LoopbackResponse declared = LoopbackResponse::ok(QByteArray(1024 * 1024, 'x'));
    declared.trickleBytes = 4096;
    declared.trickleIntervalMs = 20;
    server.route("/declared", declared);

    LoopbackResponse streamed = LoopbackResponse::ok(QByteArray(16 * 1024 * 1024, 'x'));
    streamed.chunked = true;
    streamed.omitContentLength = true;
    streamed.trickleBytes = 64 * 1024;
    streamed.trickleIntervalMs = 5;
    server.route("/streamed", streamed);

    for (int i = 0; i < 3; ++i) {
        LoopbackResponse slow = LoopbackResponse::ok("<rss/>");
        slow.delayMs = 150;
        server.route(QStringLiteral("/slow%1").arg(i), slow);
    }

    std::printf("bench_fetch: FeedFetcher against a loopback server, median of %d runs\n", kRuns);

    FetchPolicy plain;
    FetchPolicy quick;
    quick.timeoutMs = 300; // the deadline derives from it: 1.2 s
    FetchPolicy quickTransfer = quick;
    quickTransfer.deadlineMs = 5000;
    FetchPolicy small;
    small.maxBytes = 64 * 1024;
    FetchPolicy smallStream;
    smallStream.maxBytes = 256 * 1024;

    const Case cases[] = {
        {"20 MB body",
         "the old test allowed 3000 ms",
         plain,
         {QStringLiteral("/big")},
         FetchResult::Outcome::Fetched,
         QString(),
         big.size()},
        {"trickling server, deadline",
         "deadline 1200 ms",
         quick,
         {QStringLiteral("/trickle")},
         FetchResult::Outcome::Failed,
         QStringLiteral("did not finish")},
        {"silent server, transfer timeout",
         "timeout 300 ms",
         quickTransfer,
         {QStringLiteral("/silent")},
         FetchResult::Outcome::Failed,
         QStringLiteral("300 ms")},
        {"oversized Content-Length refused",
         "sending it all takes ~5 s",
         small,
         {QStringLiteral("/declared")},
         FetchResult::Outcome::Failed,
         QStringLiteral("size limit")},
        {"oversized chunked body cut off",
         "sending it all takes ~1.3 s",
         smallStream,
         {QStringLiteral("/streamed")},
         FetchResult::Outcome::Failed,
         QStringLiteral("size limit")},
        {"3 x 150 ms on one host",
         "in turn: at least 450 ms",
         plain,
         {QStringLiteral("/slow0"), QStringLiteral("/slow1"), QStringLiteral("/slow2")},
         FetchResult::Outcome::Fetched,
         QString(),
         6},
    };
    for (const Case &c : cases) {
        if (!runCase(server, c))
            return 1;
    }
    return 0;
}
