// Ingest benchmark (issue 3, issue 12 item 7): a generated 20,000-item, ~20 MB RSS feed served
// over loopback HTTP, synced into a fresh database by the real command a user runs,
// `cliffhanger --db FILE sync --feed URL`, timed as a whole process (start-up, fetch, parse,
// plain text, extraction, store, commit, close with its WAL checkpoint). That is the headline.
// Beside it: the same with --no-default-data, the 'feeds add' before it (which imports the
// embedded data into the fresh file), process start-up alone, the unchanged re-sync, an
// in-process breakdown, and feedsmith parsing the same file in the same run when installed.
//
//   bench_sync [--runs N] [--compare OTHER_BINARY] [--serve]
//
// --compare runs another cliffhanger build (say, one built before a change) interleaved with
// this one, so before and after share the machine's noise; --serve only serves the feed (its
// URL on stdout) until killed, for profiling the command by hand.
#include "benchcommand.h"
#include "feeds/http/feedfetcher.h"
#include "feeds/season/defaultfeed.h"
#include "feeds/sync/syncservice.h"
#include "pipeline/articleclaims.h"
#include "rssgen.h"
#include "storage/database.h"
#include "storage/feedstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>

namespace {

constexpr int kItems = 20000;

struct CommandTimes {
    QList<double> sync, syncCpu, addFresh, syncNoDefault, addNoDefault, version, list, resync304,
        checkpointLeft;
    qint64 walBytesAfterSync = -1;
};

// What the command left in the WAL, copied into the database file as SQLite's autocheckpoint
// or the app's idle checkpoint will do it later: the cost the command does not pay.
double checkpointLeftBehind(const QString &path)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
    QElapsedTimer timer;
    timer.start();
    const int rc = sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    return rc == SQLITE_OK ? ms : -1;
}

bool expect(const ProcessRun &run, const char *what, const QByteArray &needle = {})
{
    if (run.exitCode == 0 && run.out.contains(needle))
        return true;
    std::fprintf(stderr, "bench_sync: %s failed (exit %d):\n%s%s\n", what, run.exitCode,
                 run.out.constData(), run.err.constData());
    return false;
}

// One round of every whole-command measurement, each on a fresh database file.
bool measureCommands(const QString &binary, const QString &url, CommandTimes *times)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("user.sqlite"));
    const QByteArray newItems = QByteArray::number(kItems) + " new";
    // What a user types: add the feed (the fresh file gets the embedded data first), then sync.
    const ProcessRun add = timeProcess(
        binary, {QStringLiteral("--db"), db, QStringLiteral("feeds"), QStringLiteral("add"), url});
    if (!expect(add, "feeds add"))
        return false;
    const ProcessRun sync = timeProcess(binary, {QStringLiteral("--db"), db, QStringLiteral("sync"),
                                                 QStringLiteral("--feed"), url});
    if (!expect(sync, "sync --feed", newItems))
        return false;
    const QFileInfo wal(db + QStringLiteral("-wal"));
    times->walBytesAfterSync = wal.exists() ? wal.size() : 0;
    // The report line is in the user's language (the status word 'not_modified' is --json's):
    // English asked for, so the check reads the same everywhere.
    const ProcessRun again = timeProcess(
        binary, {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                 QStringLiteral("sync"), QStringLiteral("--feed"), url});
    if (!expect(again, "unchanged re-sync", "Up to date"))
        return false;

    const QString bare = dir.filePath(QStringLiteral("bare.sqlite"));
    const QStringList noDefault{QStringLiteral("--db"), bare, QStringLiteral("--no-default-data")};
    const ProcessRun addBare = timeProcess(
        binary, noDefault + QStringList{QStringLiteral("feeds"), QStringLiteral("add"), url});
    if (!expect(addBare, "feeds add --no-default-data"))
        return false;
    const ProcessRun syncBare = timeProcess(
        binary, noDefault + QStringList{QStringLiteral("sync"), QStringLiteral("--feed"), url});
    if (!expect(syncBare, "sync --feed --no-default-data", newItems))
        return false;
    // The floor under any command: the process alone, then opening a database and one query.
    const ProcessRun version = timeProcess(binary, {QStringLiteral("--version")});
    const ProcessRun list = timeProcess(
        binary, noDefault + QStringList{QStringLiteral("feeds"), QStringLiteral("list")});
    if (!expect(version, "--version") || !expect(list, "feeds list"))
        return false;
    times->checkpointLeft << checkpointLeftBehind(db);

    times->sync << sync.wallMs;
    times->syncCpu << sync.cpuMs;
    times->addFresh << add.wallMs;
    times->resync304 << again.wallMs;
    times->addNoDefault << addBare.wallMs;
    times->syncNoDefault << syncBare.wallMs;
    times->version << version.wallMs;
    times->list << list.wallMs;
    return true;
}

void printCommandTimes(const char *label, const CommandTimes &t)
{
    std::printf("%s\n", label);
    std::printf("  sync --feed URL (the headline)      %s, CPU %.0f ms (fork to exit; the WAL it "
                "leaves is checkpointed later, cost below)\n",
                qPrintable(summary(t.sync)), median(t.syncCpu));
    std::printf("  the same with --no-default-data     %s\n", qPrintable(summary(t.syncNoDefault)));
    std::printf("  feeds add URL on the fresh file     %s (imports the embedded data)\n",
                qPrintable(summary(t.addFresh)));
    std::printf("  feeds add URL --no-default-data     %s\n", qPrintable(summary(t.addNoDefault)));
    std::printf("  start-up: --version                 %s\n", qPrintable(summary(t.version)));
    std::printf("  start-up and open: feeds list       %s\n", qPrintable(summary(t.list)));
    std::printf("  unchanged re-sync (HTTP 304)        %s\n", qPrintable(summary(t.resync304)));
    std::printf("  WAL left beside the database after the sync: %lld bytes; checkpointing it "
                "later costs %s\n",
                t.walBytesAfterSync, qPrintable(summary(t.checkpointLeft)));
}

// The library alone, no process: where the command's time goes.
struct InProcess {
    QList<double> ingest, checkpoint, resyncHash;
};

double syncOnce(Database &db, qint64 feedId, SyncReport *report)
{
    FeedFetcher fetcher;
    ArticleClaims extraction(db); // the ingest includes extraction, as in the app
    SyncService service(db, &fetcher, &extraction);
    QEventLoop loop;
    QObject::connect(&service, &SyncService::feedFinished,
                     [&](const SyncReport &r) { *report = r; });
    QObject::connect(&service, &SyncService::idle, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    service.syncFeeds({feedId});
    if (service.isBusy())
        loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

bool measureInProcess(const QString &url, InProcess *out)
{
    QTemporaryDir dir;
    Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    Database &db = *opened.database;
    FeedError importError;
    DefaultFeed::import(db, &importError); // a known show, so extraction has work to do
    QString error;
    const auto feed = FeedStore(db).add(url, {}, 360, Tier::Reported, false, &error);
    SyncReport report;
    out->ingest << syncOnce(db, feed->id, &report);
    if (report.status != SyncStatus::Updated || report.newItems != kItems) {
        std::fprintf(stderr, "bench_sync: in-process sync gave %s (%d new): %s\n",
                     qPrintable(wireName(report.status)), report.newItems,
                     qPrintable(report.error.message));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    db.checkpoint();
    out->checkpoint << double(timer.nsecsElapsed()) / 1e6;
    const qint64 before = sqlite3_total_changes64(db.handle());
    out->resyncHash << syncOnce(db, feed->id, &report);
    const qint64 written = sqlite3_total_changes64(db.handle()) - before;
    if (report.status != SyncStatus::Unchanged || written > 1) {
        std::fprintf(stderr, "bench_sync: unchanged re-sync gave %s and wrote %lld rows\n",
                     qPrintable(wireName(report.status)), written);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 7;
    QString compare;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--compare") && i + 1 < args.size())
            compare = args[++i];
    }
    const QByteArray feed = generateRssFeed(kItems, 42);
    const double mb = double(feed.size()) / 1e6;

    BenchServer server;
    // The feed's own route answers its ETag with 304; the plain route has no validators, so
    // re-syncing it goes the body-hash path.
    const bool listening = server.start([feed](LoopbackServer &s) {
        s.route(QStringLiteral("/feed.xml"), [feed](const LoopbackRequest &request) {
            if (request.header("if-none-match") == "\"bench\"")
                return LoopbackResponse::withStatus(304);
            return LoopbackResponse::ok(feed).header("ETag", "\"bench\"");
        });
        s.route(QStringLiteral("/plain.xml"), LoopbackResponse::ok(feed));
    });
    if (!listening) {
        std::fprintf(stderr, "bench_sync: cannot listen on loopback\n");
        return 1;
    }
    const QString url = server.url(QStringLiteral("/feed.xml"));
    if (args.contains(QLatin1String("--serve"))) {
        std::printf("%s\n%s\n", qPrintable(url),
                    qPrintable(server.url(QStringLiteral("/plain.xml"))));
        std::fflush(stdout);
        QEventLoop serving;
        serving.exec();
    }

    std::printf("bench_sync: %d items, %.1f MB RSS over loopback; each figure is one whole "
                "process, fresh database file\n",
                kItems, mb);
    CommandTimes mine, theirs;
    for (int i = 0; i < runs; ++i) {
        if (!compare.isEmpty() && !measureCommands(compare, url, &theirs))
            return 1;
        if (!measureCommands(builtBinary(), url, &mine))
            return 1;
    }
    printCommandTimes(qPrintable(QStringLiteral("this build (%1):").arg(builtBinary())), mine);
    if (!compare.isEmpty()) {
        printCommandTimes(
            qPrintable(QStringLiteral("compared build (%1), runs interleaved:").arg(compare)),
            theirs);
        std::printf("  sync --feed URL: this build takes %.2fx the compared build's time\n",
                    median(mine.sync) / median(theirs.sync));
    }

    InProcess inProcess;
    for (int i = 0; i < 3; ++i)
        if (!measureInProcess(server.url(QStringLiteral("/plain.xml")), &inProcess))
            return 1;
    std::printf("in-process breakdown (library calls, no process start):\n");
    std::printf("  fetch, parse, extract, store, commit  %s\n",
                qPrintable(summary(inProcess.ingest)));
    std::printf("  then the WAL checkpoint               %s\n",
                qPrintable(summary(inProcess.checkpoint)));
    std::printf("  unchanged re-sync, body-hash path     %s, no rows written\n",
                qPrintable(summary(inProcess.resyncHash)));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("feed.xml"));
    QFile out(file);
    out.open(QIODevice::WriteOnly);
    out.write(feed);
    out.close();
    QString why;
    const double js = feedsmithMs(file, 3, &why);
    const double headline = median(mine.sync);
    if (js > 0)
        std::printf("feedsmith 3.0.1, parse only, same file, this run: median %.0f ms (N=3). The "
                    "whole sync command takes %.0f%% of it (budget: at most 20%%, and under "
                    "500 ms).\n",
                    js, 100.0 * headline / js);
    else
        std::printf("feedsmith: NOT RUN, so no ratio (%s). Budget: the whole command under 500 "
                    "ms and at most 20%% of feedsmith's parse.\n",
                    qPrintable(why));
    return 0;
}
