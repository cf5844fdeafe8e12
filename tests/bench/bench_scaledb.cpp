// The scale generator (issue 16, item 6): builds a database of 5,000 shows, 200,000 episodes,
// 50,000 articles and 500,000 claims from season feeds (fewer with --claims N) through the real
// command, one feed at a time, and prints each command's time, the row counts and the file size.
//
//   bench_scaledb [--db PATH] [--claims N] [--feeds DIR]
//
// Without --db it builds (once) the cached database bench_pages reads, in the build tree.
#include "benchcommand.h"
#include "scaledb.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>

namespace {

void printCounts(const QString &dbPath)
{
    const ScaleCounts c = countScaleDatabase(dbPath);
    std::printf("%s: %lld shows, %lld episodes, %lld articles, %lld claims; %.1f MB with its "
                "WAL\n",
                qPrintable(dbPath), c.shows, c.episodes, c.articles, c.claims,
                double(c.fileBytes) / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    ScaleShape shape;
    QString dbPath, feedDir;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--claims") && i + 1 < args.size())
            shape.claims = qMax(0, args[++i].toInt());
        else if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            dbPath = args[++i];
        else if (args[i] == QLatin1String("--feeds") && i + 1 < args.size())
            feedDir = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_scaledb [--db PATH] [--claims N] "
                                 "[--feeds DIR]\n");
            return 2;
        }
    }
    QString error;
    if (dbPath.isEmpty()) {
        const QString cached = cachedScaleDatabase(builtBinary(), &error);
        if (cached.isEmpty()) {
            std::fprintf(stderr, "bench_scaledb: %s\n", qPrintable(error));
            return 1;
        }
        printCounts(cached);
        return 0;
    }
    QTemporaryDir scratch;
    if (feedDir.isEmpty())
        feedDir = scratch.path();
    std::printf("bench_scaledb: %d shows, %d episodes, %d articles, %d claims from season feeds "
                "(%d a show), feeds in %s\n",
                shape.shows, shape.episodes(), shape.articles, shape.claimsPerShow() * shape.shows,
                shape.claimsPerShow(), qPrintable(feedDir));
    QList<ScaleStep> steps;
    if (!buildScaleDatabase(builtBinary(), dbPath, shape, feedDir, &steps, &error)) {
        std::fprintf(stderr, "bench_scaledb: %s\n", qPrintable(error));
        return 1;
    }
    double total = 0;
    for (const ScaleStep &s : steps)
        total += s.wallMs;
    std::printf("built in %.1f s (the sum of %lld commands)\n", total / 1e3,
                static_cast<long long>(steps.size()));
    printCounts(dbPath);
    return 0;
}
