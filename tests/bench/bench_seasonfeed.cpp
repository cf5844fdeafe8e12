// Season feeds at scale (issue 12, item 7): a generated feed of 2,500 shows, 100,000 episodes and
// 10,000 claims (about 13.5 MB). In process: reading it, the first import, an unchanged
// re-import (new bytes, same content, so the importer runs and must write nothing) and a
// re-import after one claim changed. Then the whole `cliffhanger sync --feed URL` command for
// the same three steps, each a process of its own against a loopback server.
//
//   bench_seasonfeed [--runs N] [--compare OTHER_BINARY]
#include "benchcommand.h"
#include "feeds/season/defaultfeed.h"
#include "feeds/season/seasonfeedreader.h"
#include "feeds/sync/feedingest.h"
#include "seasongen.h"
#include "storage/database.h"
#include "storage/feedstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cstdio>
#include <sqlite3.h>

namespace {

constexpr quint32 kSeed = 7;
const SeasonFeedShape kShape;
// The claim the editor changes: a release window in the middle of the feed.
const int kChangedClaim = kShape.claims() / 2;

struct Bodies {
    QByteArray first;
    QByteArray reformatted; // the same content with other whitespace: the importer must run
    QByteArray oneClaimChanged;
};

Bodies makeBodies()
{
    Bodies b;
    b.first = generateSeasonFeed(kShape, kSeed);
    b.reformatted = b.first + "\n\n";
    b.oneClaimChanged = generateSeasonFeed(kShape, kSeed, kChangedClaim);
    return b;
}

QString counts(const SyncReport &r)
{
    return QStringLiteral("%1: %2 new, %3 updated")
        .arg(wireName(r.status))
        .arg(r.newItems)
        .arg(r.updatedItems);
}

struct InProcess {
    QList<double> read, first, unchanged, changed;
    QString firstCounts, unchangedCounts, changedCounts;
    qint64 unchangedRows = -1;
};

double timeIngest(Database &db, qint64 feedId, const QByteArray &body, SyncReport *report,
                  qint64 *rows = nullptr)
{
    const auto feed = FeedStore(db).get(feedId);
    const qint64 before = sqlite3_total_changes64(db.handle());
    QElapsedTimer timer;
    timer.start();
    *report = FeedIngest(db).ingest(*feed, FetchedBody{body, {}, {}, {}},
                                    QDateTime::currentDateTimeUtc());
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (rows)
        *rows = sqlite3_total_changes64(db.handle()) - before;
    return ms;
}

bool measureInProcess(const Bodies &bodies, InProcess *out)
{
    QElapsedTimer timer;
    timer.start();
    Catalog catalog;
    FeedError error;
    if (!SeasonFeedReader::read(bodies.first, &catalog, &error)) {
        std::fprintf(stderr, "bench_seasonfeed: %s\n", qPrintable(error.message));
        return false;
    }
    out->read << double(timer.nsecsElapsed()) / 1e6;

    QTemporaryDir dir;
    Database::OpenResult opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    Database &db = *opened.database;
    DefaultFeed::import(db, &error); // what a user's database holds before
    QString storeError;
    const auto feed = FeedStore(db).add(QStringLiteral("https://feeds.example/season.json"), {},
                                        360, Tier::Reported, false, &storeError);
    SyncReport report;
    out->first << timeIngest(db, feed->id, bodies.first, &report);
    if (report.error.isError()) {
        std::fprintf(stderr, "bench_seasonfeed: first import: %s\n",
                     qPrintable(report.error.message));
        return false;
    }
    out->firstCounts = counts(report);
    out->unchanged << timeIngest(db, feed->id, bodies.reformatted, &report, &out->unchangedRows);
    out->unchangedCounts = counts(report);
    out->changed << timeIngest(db, feed->id, bodies.oneClaimChanged, &report);
    out->changedCounts = counts(report);
    return true;
}

// The server hands out whichever body the benchmark selected for the next command.
struct Selected {
    QMutex mutex;
    QByteArray body;
    void set(const QByteArray &b)
    {
        QMutexLocker lock(&mutex);
        body = b;
    }
    QByteArray get()
    {
        QMutexLocker lock(&mutex);
        return body;
    }
};

struct CommandTimes {
    QList<double> add, first, same, unchanged, changed;
    QString firstOut, sameOut, unchangedOut, changedOut;
};

QString reportLine(const QByteArray &out)
{
    static const QRegularExpression line(QStringLiteral("^\\S+\\s+\\S+\\s+(.*)$"));
    const QString text = QString::fromUtf8(out).trimmed().section(QLatin1Char('\n'), 0, 0);
    const auto m = line.match(text);
    return text.section(QLatin1Char(' '), 0, 0) + QStringLiteral(": ") +
           (m.hasMatch() ? m.captured(1) : text);
}

bool measureCommands(const QString &binary, const QString &url, const Bodies &bodies,
                     Selected &selected, CommandTimes *t)
{
    QTemporaryDir dir;
    const QStringList db{QStringLiteral("--db"), dir.filePath(QStringLiteral("user.sqlite"))};
    const QStringList sync =
        db + QStringList{QStringLiteral("sync"), QStringLiteral("--feed"), url};
    const ProcessRun add =
        timeProcess(binary, db + QStringList{QStringLiteral("feeds"), QStringLiteral("add"), url});
    selected.set(bodies.first);
    const ProcessRun first = timeProcess(binary, sync);
    const ProcessRun same = timeProcess(binary, sync); // the same bytes: the body-hash check
    selected.set(bodies.reformatted);
    const ProcessRun unchanged = timeProcess(binary, sync);
    selected.set(bodies.oneClaimChanged);
    const ProcessRun changed = timeProcess(binary, sync);
    for (const ProcessRun *run : {&add, &first, &same, &unchanged, &changed}) {
        if (run->exitCode != 0) {
            std::fprintf(stderr, "bench_seasonfeed: a command failed (exit %d): %s%s\n",
                         run->exitCode, run->out.constData(), run->err.constData());
            return false;
        }
    }
    t->add << add.wallMs;
    t->first << first.wallMs;
    t->same << same.wallMs;
    t->unchanged << unchanged.wallMs;
    t->changed << changed.wallMs;
    t->firstOut = reportLine(first.out);
    t->sameOut = reportLine(same.out);
    t->unchangedOut = reportLine(unchanged.out);
    t->changedOut = reportLine(changed.out);
    return true;
}

void printCommands(const QString &label, const CommandTimes &t)
{
    std::printf("%s\n", qPrintable(label));
    std::printf("  feeds add URL on a fresh file          %s\n", qPrintable(summary(t.add)));
    std::printf("  sync: first import                     %s  [%s]\n", qPrintable(summary(t.first)),
                qPrintable(t.firstOut));
    std::printf("  sync: the same bytes again             %s  [%s]\n", qPrintable(summary(t.same)),
                qPrintable(t.sameOut));
    std::printf("  sync: same content, other bytes        %s  [%s]\n",
                qPrintable(summary(t.unchanged)), qPrintable(t.unchangedOut));
    std::printf("  sync: one claim changed                %s  [%s]\n",
                qPrintable(summary(t.changed)), qPrintable(t.changedOut));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 5;
    QString compare;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = qMax(1, args[++i].toInt());
        else if (args[i] == QLatin1String("--compare") && i + 1 < args.size())
            compare = args[++i];
    }
    const Bodies bodies = makeBodies();
    std::printf("bench_seasonfeed: %d shows, %d episodes, %d claims, %d items in all, %.1f MB\n",
                kShape.shows, kShape.episodes(), kShape.claims(), kShape.items(),
                double(bodies.first.size()) / 1e6);

    InProcess inProcess;
    for (int i = 0; i < runs; ++i)
        if (!measureInProcess(bodies, &inProcess))
            return 1;
    std::printf("in process (FeedIngest: parse, validate, import, commit), fresh database with "
                "the embedded data:\n");
    std::printf("  read and validate only                 %s\n",
                qPrintable(summary(inProcess.read)));
    std::printf("  first import                           %s  [%s]\n",
                qPrintable(summary(inProcess.first)), qPrintable(inProcess.firstCounts));
    std::printf("  same content, other bytes              %s  [%s, %lld rows written]\n",
                qPrintable(summary(inProcess.unchanged)), qPrintable(inProcess.unchangedCounts),
                inProcess.unchangedRows);
    std::printf("  one claim changed                      %s  [%s]\n",
                qPrintable(summary(inProcess.changed)), qPrintable(inProcess.changedCounts));

    Selected selected;
    BenchServer server;
    if (!server.start([&selected](LoopbackServer &s) {
            s.route(QStringLiteral("/season.json"), [&selected](const LoopbackRequest &) {
                return LoopbackResponse::ok(selected.get(), "application/json");
            });
        })) {
        std::fprintf(stderr, "bench_seasonfeed: cannot listen on loopback\n");
        return 1;
    }
    const QString url = server.url(QStringLiteral("/season.json"));
    CommandTimes mine, theirs;
    for (int i = 0; i < runs; ++i) {
        if (!compare.isEmpty() && !measureCommands(compare, url, bodies, selected, &theirs))
            return 1;
        if (!measureCommands(builtBinary(), url, bodies, selected, &mine))
            return 1;
    }
    printCommands(QStringLiteral("whole command, cliffhanger --db FILE sync --feed URL, this "
                                 "build (%1):")
                      .arg(builtBinary()),
                  mine);
    if (!compare.isEmpty()) {
        printCommands(QStringLiteral("compared build (%1), runs interleaved:").arg(compare),
                      theirs);
        std::printf("  this build / compared: first import %.2fx, one claim changed %.2fx\n",
                    median(mine.first) / median(theirs.first),
                    median(mine.changed) / median(theirs.changed));
    }
    std::printf("budget: first import under 1500 ms, one claim changed under 500 ms\n");
    return 0;
}
