// First frame (issue 13, item 9): `cliffhanger --quit-after-first-frame` on a database holding the
// default data, against a bare Qt Quick Controls window (bench_barewindow: one Label, the same
// Material style, the same platform), runs interleaved in one run, on the offscreen platform and,
// when Xvfb is installed, on an X server of the benchmark's own. Both print "first frame: N ms",
// from main() to the first frameSwapped; the whole command (fork to exit) is printed beside it.
// cliffhanger's first frame holds its window (rail, title, theme); its first page is made over
// the frames after, and it prints "page frame: N ms" for the first frame that holds the page,
// then exits: that figure is printed too, and the whole command runs to it.
//
//   bench_firstframe [--runs N] [--offscreen-only] [--db PATH]... [--app PATH]
//
// --db measures on an existing database too (the scale database of bench_scaledb), after the
// default data; --app starts another build of cliffhanger (a before/after comparison).
#include "benchcommand.h"
#include "benchdisplay.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>

namespace {

struct Series {
    QList<double> firstFrame, pageFrame, wall;
    qint64 peakKb = 0;
};

bool runOnce(const QString &binary, const QStringList &arguments, const BenchDisplay &display,
             Series *series)
{
    qint64 peakKb = 0;
    const ProcessRun run = timeProcessWithPeak(binary, arguments, display.environment(), &peakKb);
    const double ms = firstFrameMs(run.out);
    if (run.exitCode != 0 || ms < 0) {
        std::fprintf(stderr, "bench_firstframe: %s failed (exit %d): %s%s\n", qPrintable(binary),
                     run.exitCode, run.out.constData(), run.err.constData());
        return false;
    }
    series->firstFrame << ms;
    const double page = frameMs(run.out, "page frame");
    if (page >= 0)
        series->pageFrame << page;
    series->wall << run.wallMs;
    series->peakKb = qMax(series->peakKb, peakKb);
    return true;
}

bool measure(const BenchDisplay &display, const QString &app, const QString &dbPath, int runs)
{
    const QString bare = QStringLiteral(CLIFFHANGER_BAREWINDOW);
    const QStringList appArgs{QStringLiteral("--db"), dbPath,
                              QStringLiteral("--quit-after-first-frame")};
    Series mine, baseline, discard;
    // One of each first, not counted: the first start reads the libraries from the disk.
    if (!runOnce(app, appArgs, display, &discard) || !runOnce(bare, {}, display, &discard))
        return false;
    for (int i = 0; i < runs; ++i) {
        // Alternating which goes first, so neither always follows the other's cache misses.
        const bool appFirst = i % 2 == 0;
        if (!runOnce(appFirst ? app : bare, appFirst ? appArgs : QStringList(), display,
                     appFirst ? &mine : &baseline) ||
            !runOnce(appFirst ? bare : app, appFirst ? QStringList() : appArgs, display,
                     appFirst ? &baseline : &mine))
            return false;
    }
    const double ratio = median(mine.firstFrame) / median(baseline.firstFrame);
    std::printf("%s, %s:\n", qPrintable(display.name()), qPrintable(dbPath));
    std::printf("  cliffhanger, first frame        %s; whole command %s; peak RSS %lld MB\n",
                qPrintable(summary(mine.firstFrame)), qPrintable(summary(mine.wall)),
                mine.peakKb / 1024);
    // The window's first frame holds its rail and frame; its first page is made over the
    // frames after it (Main.qml). The frame that first holds the page, beside it:
    if (!mine.pageFrame.isEmpty())
        std::printf("  cliffhanger, first page frame   %s (ratio to the bare window %.2fx)\n",
                    qPrintable(summary(mine.pageFrame)),
                    median(mine.pageFrame) / median(baseline.firstFrame));
    std::printf("  bare Controls window            %s; whole command %s; peak RSS %lld MB\n",
                qPrintable(summary(baseline.firstFrame)), qPrintable(summary(baseline.wall)),
                baseline.peakKb / 1024);
    std::printf("  ratio of the medians            %.2fx, main() to first frame (budget at most "
                "1.5x: %s); whole command %.2fx\n",
                ratio, ratio <= 1.5 ? "met" : "NOT MET", median(mine.wall) / median(baseline.wall));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 11;
    bool offscreenOnly = false;
    QStringList databases;
    QString appBinary = builtBinary();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            databases << args[++i];
        else if (args[i] == QLatin1String("--app") && i + 1 < args.size())
            appBinary = args[++i];
        else if (args[i] == QLatin1String("--offscreen-only"))
            offscreenOnly = true;
    }
    // The default data: what a first start imports, in a file made by the CLI beforehand so
    // the window opens an existing database, as every start but the first does.
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("default.sqlite"));
    const ProcessRun made =
        timeProcess(builtBinary(), {QStringLiteral("--db"), dbPath, QStringLiteral("feeds"),
                                    QStringLiteral("list")});
    if (made.exitCode != 0) {
        std::fprintf(stderr, "bench_firstframe: cannot make the database: %s\n",
                     made.err.constData());
        return 1;
    }
    databases.prepend(dbPath);
    std::printf("bench_firstframe: %s --quit-after-first-frame, N=%d interleaved pairs\n",
                qPrintable(appBinary), runs);
    for (const QString &db : databases)
        if (!measure(BenchDisplay(), appBinary, db, runs))
            return 1;
    if (!offscreenOnly) {
        BenchDisplay xvfb;
        QString error;
        if (!xvfb.startXvfb(&error))
            std::printf("Xvfb: NOT RUN (%s)\n", qPrintable(error));
        else
            for (const QString &db : databases)
                if (!measure(xvfb, appBinary, db, runs))
                    return 1;
    }
    return 0;
}
