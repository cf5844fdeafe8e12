#include "scaledb.h"

#include "benchcommand.h"
#include "rssgen.h"
#include "seasongen.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>
#include <cstdio>
#include <sqlite3.h>

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size())
        return true;
    *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return false;
}

// Runs one command against the database and records it; false with *error when it fails.
bool step(const QString &binary, const QString &dbPath, const QString &what,
          const QStringList &arguments, QList<ScaleStep> *steps, QString *error)
{
    const ProcessRun run =
        timeProcess(binary, QStringList{QStringLiteral("--db"), dbPath} + arguments);
    const QString firstLine = QString::fromUtf8(run.out).trimmed().section(QLatin1Char('\n'), 0, 0);
    if (run.exitCode != 0) {
        *error = QStringLiteral("%1 failed (exit %2): %3%4")
                     .arg(what)
                     .arg(run.exitCode)
                     .arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err));
        return false;
    }
    steps->append({what, run.wallMs, firstLine});
    std::printf("  %-34s %8.0f ms  %s\n", qPrintable(what), run.wallMs, qPrintable(firstLine));
    std::fflush(stdout);
    return true;
}

bool addAndSync(const QString &binary, const QString &dbPath, const QString &file,
                const QString &what, QList<ScaleStep> *steps, QString *error)
{
    const QString url = QUrl::fromLocalFile(file).toString();
    return step(binary, dbPath, QStringLiteral("feeds add, ") + what,
                {QStringLiteral("feeds"), QStringLiteral("add"), url}, steps, error) &&
           step(binary, dbPath, QStringLiteral("sync, ") + what,
                {QStringLiteral("sync"), QStringLiteral("--feed"), url}, steps, error);
}

qint64 countRows(sqlite3 *db, const char *table)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
    qint64 n = -1;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        n = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return n;
}

} // namespace

bool buildScaleDatabase(const QString &binary, const QString &dbPath, const ScaleShape &shape,
                        const QString &feedDir, QList<ScaleStep> *steps, QString *error)
{
    if (QFileInfo::exists(dbPath)) {
        *error =
            QStringLiteral("%1 exists; the scale database is built into a new file").arg(dbPath);
        return false;
    }
    // 100 claims make a show's entry about 29 KB, so 250 shows stay well under the 20 MiB cap.
    QDir().mkpath(feedDir);
    const int seasonFeeds = (shape.shows + shape.showsPerFeed - 1) / shape.showsPerFeed;
    for (int f = 0; f < seasonFeeds; ++f) {
        SeasonFeedShape feed;
        feed.firstShow = f * shape.showsPerFeed;
        feed.shows = qMin(shape.showsPerFeed, shape.shows - feed.firstShow);
        feed.seasonsPerShow = shape.seasonsPerShow;
        feed.episodesPerSeason = shape.episodesPerSeason;
        feed.claimsPerShow = shape.claimsPerShow();
        const QString file = QDir(feedDir).filePath(QStringLiteral("season-%1.json").arg(f + 1));
        if (!writeFile(file, generateSeasonFeed(feed, quint32(1000 + f)), error) ||
            !addAndSync(binary, dbPath, file,
                        QStringLiteral("season feed %1/%2").arg(f + 1).arg(seasonFeeds), steps,
                        error))
            return false;
    }
    // The news is about the shows the ledger now holds, by the titles it knows them by.
    QList<QByteArray> titles;
    for (int show = 0; show < shape.shows; ++show)
        titles << generatedShowTitle(show);
    const int newsFeeds = (shape.articles + shape.articlesPerFeed - 1) / shape.articlesPerFeed;
    for (int f = 0; f < newsFeeds; ++f) {
        RssShape feed;
        feed.firstIndex = f * shape.articlesPerFeed;
        feed.items = qMin(shape.articlesPerFeed, shape.articles - feed.firstIndex);
        feed.seed = quint32(2000 + f);
        feed.shows = titles;
        const QString file = QDir(feedDir).filePath(QStringLiteral("news-%1.xml").arg(f + 1));
        if (!writeFile(file, generateRssFeed(feed), error) ||
            !addAndSync(binary, dbPath, file,
                        QStringLiteral("news feed %1/%2").arg(f + 1).arg(newsFeeds), steps, error))
            return false;
    }
    return true;
}

ScaleCounts countScaleDatabase(const QString &dbPath)
{
    ScaleCounts counts;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(dbPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        counts.shows = countRows(db, "shows");
        counts.episodes = countRows(db, "episodes");
        counts.articles = countRows(db, "articles");
        counts.claims = countRows(db, "claims");
    }
    sqlite3_close(db);
    counts.fileBytes = QFileInfo(dbPath).size() + QFileInfo(dbPath + QStringLiteral("-wal")).size();
    return counts;
}

QString cachedScaleDatabase(const QString &binary, QString *error)
{
    const QString dir = QStringLiteral(CLIFFHANGER_BENCH_BINARY_DIR "/scale");
    // Named by its shape, so a change to the default shape builds a new file.
    const ScaleShape shape;
    const QString dbPath = dir + QStringLiteral("/shows%1-articles%2-claims%3.sqlite")
                                     .arg(shape.shows)
                                     .arg(shape.articles)
                                     .arg(shape.claims);
    if (QFileInfo::exists(dbPath))
        return dbPath;
    std::printf("building the scale database at %s (once; delete it to rebuild):\n",
                qPrintable(dbPath));
    QDir().mkpath(dir);
    QTemporaryDir feeds;
    const QString building = dbPath + QStringLiteral(".building");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(building + QLatin1String(suffix));
    QList<ScaleStep> steps;
    if (!buildScaleDatabase(binary, building, shape, feeds.path(), &steps, error))
        return QString();
    // Renamed with its WAL, so a half-built file is never taken for the finished one.
    for (const char *suffix : {"-wal", "-shm", ""})
        if (QFileInfo::exists(building + QLatin1String(suffix)))
            QFile::rename(building + QLatin1String(suffix), dbPath + QLatin1String(suffix));
    return dbPath;
}
