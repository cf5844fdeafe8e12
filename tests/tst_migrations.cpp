// Databases of every older schema version, frozen in tests/fixtures/schema by that version's own
// migration steps (make-fixtures.sh), open in today's Cliffhanger: migrated to the current
// version with every row kept, references and file intact, and today's schema rules in force.
// And today's steps still build exactly the frozen schemas, so an edited released step fails.

#include "pipeline/watching.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/ledgerqueries.h"
#include "storage/migrations.h"
#include "support/sqlitefile.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

namespace {

const QString kFixtures = QStringLiteral(CLIFFHANGER_FIXTURES "/schema/");

// Rows per table in each fixture, as make-fixtures.sh writes them.
using TableCounts = QMap<QString, int>;

TableCounts expectedCounts(int version)
{
    TableCounts counts{{QStringLiteral("shows"), 1},        {QStringLiteral("show_names"), 2},
                       {QStringLiteral("seasons"), 3},      {QStringLiteral("episodes"), 5},
                       {QStringLiteral("people"), 3},       {QStringLiteral("credits"), 3},
                       {QStringLiteral("sources"), 2},      {QStringLiteral("claims"), 6},
                       {QStringLiteral("claim_reviews"), 1}};
    if (version >= 2) {
        counts[QStringLiteral("feeds")] = 3;
        counts[QStringLiteral("articles")] = 3;
        counts[QStringLiteral("sources")] = 4;
        counts[QStringLiteral("claims")] = 8;
    }
    if (version >= 4)
        counts[QStringLiteral("catalog_shows")] = 1;
    if (version >= 5) {
        counts[QStringLiteral("watchlist")] = 2;
        counts[QStringLiteral("watched_episodes")] = 2;
        counts[QStringLiteral("reminder_state")] = 0;
        counts[QStringLiteral("reminders")] = 0;
        counts[QStringLiteral("reminder_settings")] = 0;
        counts[QStringLiteral("calendar_events")] = 0;
    }
    return counts;
}

QString fixturePath(int version)
{
    return kFixtures + QStringLiteral("v%1.sqlite").arg(version);
}

// A writable copy of a fixture in `dir`; empty when the copy failed.
QString copyFixture(int version, const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
    if (!QFile::copy(fixturePath(version), copy) ||
        !QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner))
        return QString();
    return copy;
}

QStringList tablesOf(sqlite3 *db)
{
    return sqliteRows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                         "name NOT LIKE 'sqlite_%' ORDER BY name"));
}

QStringList columnsOf(sqlite3 *db, const QString &table)
{
    return sqliteRows(db, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
}

// Every row of `table`, the given columns only, in rowid order: the data as a list to compare.
QStringList rowsOf(sqlite3 *db, const QString &table, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted << QStringLiteral("quote(%1)").arg(column);
    return sqliteRows(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                              .arg(quoted.join(QLatin1Char(',')), table));
}

// The schema as sqlite_master holds it, whitespace folded, one line per object, sorted.
QStringList schemaOf(sqlite3 *db)
{
    QStringList schema = sqliteRows(
        db, QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (QString &line : schema)
        line = line.replace(space, QStringLiteral(" ")).trimmed();
    schema.sort();
    return schema;
}

// Builds version `version` from today's migration steps in a new file at `path`.
bool buildWithTodaysSteps(const QString &path, int version)
{
    const QString name = QStringLiteral("steps-v%1").arg(version);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && Migrations::migrate(db, version).isEmpty() &&
             Migrations::currentVersion(db) == version;
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// One data row per older schema version.
void addFixtureRows()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Database::kSchemaVersion; ++v)
        QTest::addRow("v%d", v) << v;
}

} // namespace

class MigrationsTest : public QObject {
    Q_OBJECT

private slots:
    // The committed files are what make-fixtures.sh says: the old version, in one file.
    void fixturesAreOldVersionsInOneFile_data() { addFixtureRows(); }
    void fixturesAreOldVersionsInOneFile()
    {
        QFETCH(int, version);
        QVERIFY2(QFile::exists(fixturePath(version)),
                 "missing fixture: run tests/fixtures/schema/make-fixtures.sh");
        QVERIFY(!QFile::exists(fixturePath(version) + QStringLiteral("-wal")));
        QFile file(fixturePath(version));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(20);
        QCOMPARE(header.size(), 20);
        QCOMPARE(int(header.at(18)), 1); // file format 1: rollback journal, not WAL (2)
        SqliteFile db(fixturePath(version), SqliteFile::Mode::ReadOnly);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QCOMPARE(sqliteText(db.handle(), QStringLiteral("PRAGMA user_version")),
                 QString::number(version));
        const TableCounts expected = expectedCounts(version);
        QCOMPARE(tablesOf(db.handle()), QStringList(expected.keys()));
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(sqliteText(db.handle(), QStringLiteral("SELECT count(*) FROM ") + it.key()),
                     QString::number(it.value()));
    }

    // Editing a released step changes what it builds: the frozen file no longer matches.
    void fixtureSchemaIsWhatTodaysStepsBuild_data() { addFixtureRows(); }
    void fixtureSchemaIsWhatTodaysStepsBuild()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        QVERIFY(buildWithTodaysSteps(fresh, version));
        SqliteFile built(fresh, SqliteFile::Mode::ReadOnly);
        SqliteFile frozen(fixturePath(version), SqliteFile::Mode::ReadOnly);
        QVERIFY(built.isOpen() && frozen.isOpen());
        const QStringList expected = schemaOf(frozen.handle());
        QVERIFY(expected.size() > 10);
        QCOMPARE(schemaOf(built.handle()), expected);
    }

    void migratesKeepingEveryRow_data() { addFixtureRows(); }
    void migratesKeepingEveryRow()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = copyFixture(version, dir);
        QVERIFY(!path.isEmpty());

        QHash<QString, QStringList> columns;
        QHash<QString, QStringList> before;
        {
            SqliteFile old(path, SqliteFile::Mode::ReadOnly);
            QVERIFY(old.isOpen());
            for (const QString &table : tablesOf(old.handle())) {
                columns[table] = columnsOf(old.handle(), table);
                before[table] = rowsOf(old.handle(), table, columns[table]);
                QCOMPARE(before[table].size(), expectedCounts(version).value(table));
            }
        }

        Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        Database &db = *opened.database;
        QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
        sqlite3 *raw = db.handle();
        QCOMPARE(sqliteRows(raw, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
        QCOMPARE(sqliteText(raw, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // Every old column of every old row, value for value.
        for (auto it = before.begin(); it != before.end(); ++it)
            QCOMPARE(rowsOf(raw, it.key(), columns[it.key()]), it.value());
        // Step 3's new columns start empty for what was there.
        QCOMPARE(sqliteText(raw, QStringLiteral("SELECT count(*) FROM sources WHERE "
                                                "feed_removed_at IS NOT NULL")),
                 QStringLiteral("0"));
        QCOMPARE(sqliteText(raw, QStringLiteral("SELECT count(*) FROM claims WHERE "
                                                "retracted_at IS NOT NULL")),
                 QStringLiteral("0"));
        // Step 4's hashes start empty too: the next import of a feed checks every entry once.
        // A v4 file keeps the ones it had (compared row for row above).
        const QString hashes = version >= 4 ? QStringLiteral("1") : QStringLiteral("0");
        QCOMPARE(sqliteText(raw, QStringLiteral("SELECT count(*) FROM catalog_shows")), hashes);
        QCOMPARE(sqliteText(raw, QStringLiteral("SELECT count(*) FROM sources WHERE "
                                                "content_hash IS NOT NULL")),
                 version >= 4 ? QStringLiteral("2") : QStringLiteral("0"));
        QCOMPARE(sqliteText(raw, QStringLiteral("SELECT count(*) FROM claims WHERE "
                                                "content_hash IS NOT NULL")),
                 version >= 4 ? QStringLiteral("6") : QStringLiteral("0"));
        // Step 5 starts with nothing followed, watched, told or exported; a v5 file keeps what
        // it had (compared row for row above).
        if (version < 5)
            for (const char *table : {"watchlist", "watched_episodes", "reminder_state",
                                      "reminders", "reminder_settings", "calendar_events"})
                QCOMPARE(
                    sqliteText(raw, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)),
                    QStringLiteral("0"));

        // Step 5 works on the old rows: a season of the old ledger is followed with its
        // baseline (the window its old claims give), and its watched episodes are kept.
        bool added = false;
        QString error;
        QVERIFY2(Watching::follow(db, 1, 3, QDateTime(QDate(2026, 1, 2), QTime(12, 0), Qt::UTC),
                                  &added, &error),
                 qPrintable(error));
        QVERIFY(added);
        QCOMPARE(sqliteText(raw, QStringLiteral("SELECT release_earliest || '..' || "
                                                "release_latest FROM reminder_state WHERE "
                                                "show_id = 1 AND season_number = 3")),
                 QStringLiteral("2026-01-01..2026-04-30"));

        // And the app reads the ledger as it reads its own.
        LedgerQueries ledger(db);
        QCOMPARE(ledger.findShow(QStringLiteral("the hollow tide")).value_or(0), qint64(1));
        const std::optional<Show> show = ledger.loadShow(1);
        QVERIFY(show);
        QCOMPARE(show->title, QStringLiteral("Hollow Tide"));
        QCOMPARE(show->seasons.size(), 3);
        ClaimFilter filter;
        filter.showId = 1;
        filter.kind = ClaimKind::Cast;
        QCOMPARE(ledger.claims(filter).size(), version >= 2 ? 3 : 2);
        if (version >= 2) {
            const auto feed = FeedStore(db).get(2);
            QVERIFY(feed);
            QCOMPARE(feed->url, QStringLiteral("https://news.example.test/rss.xml"));
            QCOMPARE(feed->etag, QStringLiteral("\"g42\""));
            QCOMPARE(feed->tier, Tier::Rumour);
            QCOMPARE(FeedStore(db).impact(2).articles, 2);
        }
    }

    // Schema 3's promise on a migrated file: a removed feed's id, and a removed article's, go
    // to no later row, so the origin 'feed:<id>' of its claims never names another feed.
    void migratedIdsAreNeverReused_data() { addFixtureRows(); }
    void migratedIdsAreNeverReused()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = copyFixture(version, dir);
        QVERIFY(!path.isEmpty());
        Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        FeedStore feeds(*opened.database);
        sqlite3 *raw = opened.database->handle();
        QString error;
        if (version >= 2) {
            // Rows that came with the old file, the highest ids there: the ones the old schema
            // would hand out again. Feed 3's article (id 3) goes with it.
            QVERIFY2(feeds.remove(3, &error), qPrintable(error));
            QCOMPARE(sqliteExec(raw, QStringLiteral("DELETE FROM articles WHERE id = 2")),
                     SQLITE_OK);
            QCOMPARE(sqliteText(raw, QStringLiteral("SELECT max(id) FROM feeds")),
                     QStringLiteral("2"));
            const auto next = feeds.add(QStringLiteral("https://next.example.test/feed.xml"),
                                        QString(), 60, Tier::Reported, false, &error);
            QVERIFY2(next, qPrintable(error));
            QCOMPARE(next->id, qint64(4));
            QCOMPARE(
                sqliteExec(raw, QStringLiteral("INSERT INTO articles (feed_id, dedupe_key, "
                                               "content_hash, fetched_at) VALUES (2, 'guid:new', "
                                               "'x', 1)")),
                SQLITE_OK);
            QCOMPARE(sqliteText(raw, QStringLiteral("SELECT max(id) FROM articles")),
                     QStringLiteral("4"));
        }
        // And feeds added after the migration.
        const auto first = feeds.add(QStringLiteral("https://a.example.test/feed.xml"), QString(),
                                     60, Tier::Reported, false, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY2(feeds.remove(first->id, &error), qPrintable(error));
        const auto second = feeds.add(QStringLiteral("https://b.example.test/feed.xml"), QString(),
                                      60, Tier::Reported, false, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->id, first->id + 1);
    }

    // The control for the test above: without step 3, SQLite hands the highest removed id to
    // the next row, which is what the migration exists to stop.
    void unmigratedV2ReusesAFreedId()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(2, dir);
        QVERIFY(!path.isEmpty());
        SqliteFile old(path);
        QVERIFY(old.isOpen());
        QCOMPARE(sqliteExec(old.handle(), QStringLiteral("DELETE FROM feeds WHERE id = 3")),
                 SQLITE_OK);
        QCOMPARE(sqliteExec(old.handle(), QStringLiteral("INSERT INTO feeds (url, added_at) VALUES "
                                                         "('https://c.example.test/feed.xml', 1)")),
                 SQLITE_OK);
        QCOMPARE(sqliteText(old.handle(), QStringLiteral("SELECT max(id) FROM feeds")),
                 QStringLiteral("3"));
    }

    // Removing a migrated feed keeps its claims, and their sources say the feed is gone.
    void removingAMigratedFeedKeepsItsClaims()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(2, dir);
        QVERIFY(!path.isEmpty());
        Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QString error;
        QVERIFY2(FeedStore(*opened.database).remove(2, &error), qPrintable(error));
        sqlite3 *raw = opened.database->handle();
        QCOMPARE(sqliteText(raw, QStringLiteral("SELECT count(*) FROM articles")),
                 QStringLiteral("1"));
        QCOMPARE(sqliteText(raw, QStringLiteral("SELECT count(*) FROM claims")),
                 QStringLiteral("8"));
        QCOMPARE(sqliteText(raw, QStringLiteral("SELECT count(*) FROM sources WHERE origin = "
                                                "'feed:2' AND feed_removed_at IS NOT NULL")),
                 QStringLiteral("2"));
        QCOMPARE(sqliteRows(raw, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
