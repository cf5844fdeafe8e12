// Times NewsFeedParser on a generated 20,000-item RSS feed: parse alone, and parse with
// htmlToPlainText filling the text fields (what ingest runs). Prints medians of five runs.
// Also parseFeedDate on its own (every feed date goes through it), and the billion-laughs
// fixture, which must parse in about the time of any 1 KB feed since its entities are never
// expanded (tst_newsfeeds checks that they are not; this prints how long it takes).

#include "feeds/news/feeddates.h"
#include "feeds/news/newsfeedparser.h"
#include "rssgen.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

constexpr int kItems = 20000;
constexpr int kRuns = 5;

struct Timing {
    double wallMs;
    double cpuMs; // this thread's CPU time: steadier than wall time on a shared machine
};

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

Timing measure(const QByteArray &feed, bool plainText, int *itemCount)
{
    NewsFeedParser::Options options;
    options.plainText = plainText;
    std::vector<double> wall, cpu;
    for (int run = 0; run < kRuns; ++run) {
        ParsedNewsFeed parsed;
        FeedError error;
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        const bool ok = NewsFeedParser::parse(feed, QString(), &parsed, &error, options);
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!ok) {
            std::fprintf(stderr, "parse failed: %s\n", qPrintable(error.message));
            std::exit(1);
        }
        *itemCount = int(parsed.items.size());
    }
    return {median(wall), median(cpu)};
}

void report(const char *label, const Timing &t, qsizetype bytes)
{
    const double mb = double(bytes) / 1e6;
    std::printf("%-24s median %6.1f ms wall (%6.1f MB/s), %6.1f ms cpu (%6.1f MB/s)\n", label,
                t.wallMs, mb / (t.wallMs / 1000.0), t.cpuMs, mb / (t.cpuMs / 1000.0));
}

// Runs `work` kRuns times; the medians of its wall and thread CPU time.
template <typename Work> Timing timeRuns(Work work)
{
    std::vector<double> wall, cpu;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        work();
        cpu.push_back(threadCpuMs() - cpuStart);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return {median(wall), median(cpu)};
}

constexpr int kDates = 100000;

// What tst_feeddates once timed inline: one RFC 822 date, parsed kDates times.
bool reportFeedDates()
{
    qint64 sum = 0;
    const Timing t = timeRuns([&sum] {
        for (int i = 0; i < kDates; ++i)
            sum += parseFeedDate(u"Tue, 03 Jun 2025 09:30:00 +0900").toSecsSinceEpoch();
    });
    std::printf("%-24s median %6.1f ms wall, %6.1f ms cpu for %d dates (%.0f ns each)\n",
                "parseFeedDate", t.wallMs, t.cpuMs, kDates, t.cpuMs * 1e6 / kDates);
    return sum == qint64(kRuns) * kDates * 1748910600;
}

constexpr int kLaughs = 1000;

bool reportBillionLaughs()
{
    QFile file(QStringLiteral(CLIFFHANGER_FIXTURES "/news/billion-laughs.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray xml = file.readAll();
    bool unexpanded = true;
    const Timing t = timeRuns([&] {
        for (int i = 0; i < kLaughs; ++i) {
            ParsedNewsFeed parsed;
            FeedError error;
            unexpanded = unexpanded && NewsFeedParser::parse(xml, QString(), &parsed, &error) &&
                         parsed.title == QLatin1String("&lol9;");
        }
    });
    std::printf("%-24s median %6.1f ms wall, %6.1f ms cpu for %d parses of %lld bytes (%.1f us "
                "each)\n",
                "billion laughs", t.wallMs, t.cpuMs, kLaughs, static_cast<long long>(xml.size()),
                t.cpuMs * 1e3 / kLaughs);
    return unexpanded;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray feed = generateRssFeed(kItems, 20250603u);
    std::printf(
        "bench_parse: %d items, %lld bytes (%.1f MiB), median of %d runs, MB = 10^6 bytes\n",
        kItems, static_cast<long long>(feed.size()), double(feed.size()) / (1024.0 * 1024.0),
        kRuns);
    int items = 0;
    report("parse", measure(feed, false, &items), feed.size());
    report("parse + htmlToPlainText", measure(feed, true, &items), feed.size());
    if (items != kItems) {
        std::fprintf(stderr, "expected %d items, got %d\n", kItems, items);
        return 1;
    }
    if (!reportFeedDates()) {
        std::fprintf(stderr, "parseFeedDate gave a wrong result\n");
        return 1;
    }
    if (!reportBillionLaughs()) {
        std::fprintf(stderr, "billion-laughs.xml was not read, or its entities were expanded\n");
        return 1;
    }
    return 0;
}
