// Foundation budgets (issue 2): a cold `cliffhanger show ... --json` on a fresh database, the
// embedded import included (under 150 ms), and the embedded import alone (under 50 ms).
#include "feeds/season/defaultfeed.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<double> cold, import, openOnly;
    for (int i = 0; i < 9; ++i) {
        QTemporaryDir dir;
        QElapsedTimer t;
        t.start();
        QProcess p;
        p.start(QStringLiteral(CLIFFHANGER_BINARY),
                {QStringLiteral("--db"), dir.filePath(QStringLiteral("cold.sqlite")),
                 QStringLiteral("show"), QStringLiteral("All of Us Are Dead"),
                 QStringLiteral("--json")});
        p.waitForFinished();
        cold << double(t.nsecsElapsed()) / 1e6;
        if (p.exitCode() != 0) {
            std::fprintf(stderr, "bench_foundation: show failed: %s\n",
                         p.readAllStandardError().constData());
            return 1;
        }

        t.restart();
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("import.sqlite")));
        openOnly << double(t.nsecsElapsed()) / 1e6;
        t.restart();
        FeedError error;
        if (!DefaultFeed::import(*opened.database, &error)) {
            std::fprintf(stderr, "bench_foundation: import failed: %s\n",
                         qPrintable(error.message));
            return 1;
        }
        import << double(t.nsecsElapsed()) / 1e6;
    }
    std::printf("foundation, 9 runs each, medians:\n");
    std::printf("  cold 'show \"All of Us Are Dead\" --json' on a fresh database (process, import "
                "included): "
                "%.1f ms (budget 150)\n",
                median(cold));
    std::printf("  embedded feed import into a fresh database: %.1f ms (budget 50); creating and "
                "migrating the "
                "database: %.1f ms\n",
                median(import), median(openOnly));
    return 0;
}
