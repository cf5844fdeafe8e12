// Ingest benchmark (issue 3): a generated 20,000-item RSS feed served over loopback HTTP by a
// server on its own thread, synced into a fresh SQLite file: fetch, parse, plain text, store.
// Then the unchanged re-sync, with and without validators. Optionally feedsmith on the same file.
#include "feeds/http/feedfetcher.h"
#include "feeds/season/defaultfeed.h"
#include "feeds/sync/syncservice.h"
#include "pipeline/articleclaims.h"
#include "rssgen.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "support/loopbackserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

struct SyncRun {
    double ms = 0;
    SyncReport report;
    qint64 rowsWritten = 0;
};

SyncRun syncOnce(Database &db, qint64 feedId)
{
    FeedFetcher fetcher;
    ArticleClaims extraction(db); // the ingest includes extraction, as in the app
    SyncService service(db, &fetcher, &extraction);
    SyncRun run;
    QEventLoop loop;
    QObject::connect(&service, &SyncService::feedFinished,
                     [&](const SyncReport &r) { run.report = r; });
    QObject::connect(&service, &SyncService::idle, &loop, &QEventLoop::quit);
    const qint64 before = sqlite3_total_changes64(db.handle());
    QElapsedTimer timer;
    timer.start();
    service.syncFeeds({feedId});
    if (service.isBusy())
        loop.exec();
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    run.rowsWritten = sqlite3_total_changes64(db.handle()) - before;
    return run;
}

double feedsmithMs(const QString &file)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString modules = QStringLiteral(CLIFFHANGER_BENCH_NODE_DIR "/node_modules/feedsmith");
    if (node.isEmpty() || !QFile::exists(modules))
        return -1;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NODE_PATH"),
               QStringLiteral(CLIFFHANGER_BENCH_NODE_DIR "/node_modules"));
    p.setProcessEnvironment(env);
    // An .mjs resolves bare imports from its own folder upwards, so run a copy beside node_modules.
    const QString script = QStringLiteral(CLIFFHANGER_BENCH_NODE_DIR "/feedsmith-parse.mjs");
    QFile::remove(script);
    QFile::copy(QStringLiteral(CLIFFHANGER_BENCH_SOURCE_DIR "/feedsmith-parse.mjs"), script);
    p.start(node, {script, file, QStringLiteral("3")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return -1;
    return QJsonDocument::fromJson(p.readAllStandardOutput())
        .object()
        .value(QStringLiteral("medianMs"))
        .toDouble(-1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int items = 20000;
    const QByteArray feed = generateRssFeed(items, 42);
    const double mb = double(feed.size()) / 1e6;

    QThread serverThread;
    // The server lives and dies on its own thread, like a separate process would.
    auto *serverPtr = new LoopbackServer;
    LoopbackServer &server = *serverPtr;
    server.moveToThread(&serverThread);
    serverThread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        &server,
        [&] {
            server.route(QStringLiteral("/feed.xml"), [feed](const LoopbackRequest &request) {
                if (request.header("if-none-match") == "\"bench\"")
                    return LoopbackResponse::withStatus(304);
                return LoopbackResponse::ok(feed).header("ETag", "\"bench\"");
            });
            server.route(QStringLiteral("/plain.xml"), LoopbackResponse::ok(feed));
            listening = server.listen();
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        std::fprintf(stderr, "bench_sync: cannot listen on loopback\n");
        return 1;
    }

    QList<double> full, resync304, resyncHash, checkpoints;
    SyncRun last;
    for (int i = 0; i < 5; ++i) {
        QTemporaryDir dir;
        Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
        Database &db = *opened.database;
        FeedError importError;
        DefaultFeed::import(db, &importError); // a known show, so extraction has work to do
        QString error;
        const auto withEtag = FeedStore(db).add(server.url(QStringLiteral("/feed.xml")).toString(),
                                                {}, 360, Tier::Reported, false, &error);
        last = syncOnce(db, withEtag->id);
        if (last.report.status != SyncStatus::Updated || last.report.newItems != items) {
            std::fprintf(stderr, "bench_sync: first sync gave %s (%d new): %s\n",
                         qPrintable(wireName(last.report.status)), last.report.newItems,
                         qPrintable(last.report.error.message));
            return 1;
        }
        full << last.ms;
        QElapsedTimer checkpointTimer;
        checkpointTimer.start();
        db.checkpoint();
        checkpoints << double(checkpointTimer.nsecsElapsed()) / 1e6;
        const SyncRun notModified = syncOnce(db, withEtag->id);
        resync304 << notModified.ms;

        const auto plain = FeedStore(db).add(server.url(QStringLiteral("/plain.xml")).toString(),
                                             {}, 360, Tier::Reported, false, &error);
        syncOnce(db, plain->id);
        const SyncRun unchanged = syncOnce(db, plain->id);
        resyncHash << unchanged.ms;
        if (i == 4)
            std::printf("re-sync rows written: 304 path %lld (%s), body-hash path %lld (%s), new "
                        "items %d\n",
                        notModified.rowsWritten, qPrintable(wireName(notModified.report.status)),
                        unchanged.rowsWritten, qPrintable(wireName(unchanged.report.status)),
                        unchanged.report.newItems);
    }
    QMetaObject::invokeMethod(
        &server, [serverPtr] { delete serverPtr; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();

    const double ingest = median(full);
    std::printf("ingest of %d items, %.1f MB over loopback (fetch, parse, plain text, extract, "
                "store), 5 runs:\n",
                items, mb);
    std::printf("  median %.0f ms (min %.0f, max %.0f) = %.0f items/s, %.1f MB/s\n", ingest,
                *std::min_element(full.begin(), full.end()),
                *std::max_element(full.begin(), full.end()), items / (ingest / 1000.0),
                mb / (ingest / 1000.0));
    std::printf("  then, off the reported path, the WAL checkpoint when the writer goes idle: "
                "median %.0f ms\n",
                median(checkpoints));
    std::printf("  unchanged re-sync: 304 path median %.1f ms, body-hash path median %.1f ms\n",
                median(resync304), median(resyncHash));

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("feed.xml"));
    QFile out(file);
    out.open(QIODevice::WriteOnly);
    out.write(feed);
    out.close();
    const double js = feedsmithMs(file);
    if (js > 0)
        std::printf("  feedsmith 3.0.1 parse only, same file: median %.0f ms; Cliffhanger full "
                    "ingest is %.1fx "
                    "faster\n",
                    js, js / ingest);
    else
        std::printf(
            "  feedsmith not run (needs node and 'npm install --prefix %s feedsmith@3.0.1')\n",
            CLIFFHANGER_BENCH_NODE_DIR);
    return 0;
}
