// Page open times on the scale database (issue 13, item 9; the database from bench_scaledb:
// 5,000 shows, 200,000 episodes, 50,000 articles). For every page, the whole command a user or a
// script runs, `cliffhanger --db DB --screenshot FILE --page PAGE [--show TITLE]` (start-up,
// opening the database, loading the pages' models, the page built and drawn, the PNG written,
// exit), with its peak RSS, the pages interleaved round by round; beside them the window's
// `--quit-after-first-frame` on the same file. Then bench_pageswitch, in process: each page
// switch from the change to the next frame.
//
//   bench_pages [--db PATH] [--runs N] [--offscreen-only]
#include "benchcommand.h"
#include "benchdisplay.h"
#include "scaledb.h"
#include "seasongen.h"

#include <QCoreApplication>
#include <QMap>
#include <QTemporaryDir>
#include <cstdio>

namespace {

const char *const kPages[] = {"home",   "library", "show",  "cast",    "episodes",
                              "claims", "news",    "feeds", "settings"};

bool isShowPage(const QString &page)
{
    return page == QLatin1String("show") || page == QLatin1String("cast") ||
           page == QLatin1String("episodes") || page == QLatin1String("claims") ||
           page == QLatin1String("news");
}

bool measureCommands(const BenchDisplay &display, const QString &dbPath, const QString &show,
                     int runs)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("page.png"));
    QMap<QString, QList<double>> wall;
    QMap<QString, qint64> peakKb;
    QList<QString> order{QStringLiteral("first frame")};
    for (const char *page : kPages)
        order << QString::fromLatin1(page);
    for (int run = -1; run < runs; ++run) { // run -1 warms the page cache and is not counted
        for (const QString &page : order) {
            QStringList arguments{QStringLiteral("--db"), dbPath};
            if (page == QLatin1String("first frame"))
                arguments << QStringLiteral("--quit-after-first-frame");
            else
                arguments << QStringLiteral("--screenshot") << png << QStringLiteral("--page")
                          << page;
            if (isShowPage(page))
                arguments << QStringLiteral("--show") << show;
            qint64 kb = 0;
            const ProcessRun r =
                timeProcessWithPeak(builtBinary(), arguments, display.environment(), &kb);
            if (r.exitCode != 0) {
                std::fprintf(stderr, "bench_pages: %s failed (exit %d): %s%s\n",
                             qPrintable(arguments.join(QLatin1Char(' '))), r.exitCode,
                             r.out.constData(), r.err.constData());
                return false;
            }
            if (run >= 0) {
                wall[page] << r.wallMs;
                peakKb[page] = qMax(peakKb.value(page), kb);
            }
        }
    }
    std::printf("%s, whole command (fork to exit), N=%d, pages interleaved:\n",
                qPrintable(display.name()), runs);
    qint64 worstKb = 0;
    for (const QString &page : order) {
        std::printf("  %-12s %s; peak RSS %lld MB\n", qPrintable(page),
                    qPrintable(summary(wall[page])), peakKb[page] / 1024);
        worstKb = qMax(worstKb, peakKb[page]);
    }
    std::printf("  memory budget under 250 MB: %s (largest peak %lld MB)\n",
                worstKb < 250 * 1024 ? "met" : "NOT MET", worstKb / 1024);
    return true;
}

bool measureSwitches(const BenchDisplay &display, const QString &dbPath, const QString &show,
                     int runs)
{
    qint64 kb = 0;
    const ProcessRun r =
        timeProcessWithPeak(QStringLiteral(CLIFFHANGER_PAGESWITCH),
                            {QStringLiteral("--db"), dbPath, QStringLiteral("--show"), show,
                             QStringLiteral("--runs"), QString::number(runs)},
                            display.environment(), &kb);
    std::printf("%s, in process (bench_pageswitch):\n%s", qPrintable(display.name()),
                r.out.constData());
    if (r.exitCode != 0) {
        std::fprintf(stderr, "bench_pages: bench_pageswitch failed (exit %d): %s\n", r.exitCode,
                     r.err.constData());
        return false;
    }
    std::printf("  peak RSS (/usr/bin/time) %lld MB\n", kb / 1024);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 5;
    bool offscreenOnly = false;
    QString dbPath;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            dbPath = args[++i];
        else if (args[i] == QLatin1String("--offscreen-only"))
            offscreenOnly = true;
    }
    QString error;
    if (dbPath.isEmpty())
        dbPath = cachedScaleDatabase(builtBinary(), &error);
    if (dbPath.isEmpty()) {
        std::fprintf(stderr, "bench_pages: %s\n", qPrintable(error));
        return 1;
    }
    const ScaleCounts c = countScaleDatabase(dbPath);
    // A show from the middle of the catalog: 40 episodes, its claims and its news.
    const QString show = QString::fromUtf8(generatedShowTitle(2500));
    std::printf("bench_pages: %s (%lld shows, %lld episodes, %lld articles, %lld claims, "
                "%.0f MB); show pages for \"%s\"\n",
                qPrintable(dbPath), c.shows, c.episodes, c.articles, c.claims,
                double(c.fileBytes) / 1e6, qPrintable(show));
    BenchDisplay offscreen;
    if (!measureCommands(offscreen, dbPath, show, runs) ||
        !measureSwitches(offscreen, dbPath, show, runs))
        return 1;
    if (offscreenOnly)
        return 0;
    BenchDisplay xvfb;
    if (!xvfb.startXvfb(&error)) {
        std::printf("Xvfb: NOT RUN (%s)\n", qPrintable(error));
        return 0;
    }
    return measureCommands(xvfb, dbPath, show, runs) && measureSwitches(xvfb, dbPath, show, runs)
               ? 0
               : 1;
}
