#include "storage/database.h"
#include "storage/migrations.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

namespace {

// The file's SHA-256, or empty when it cannot be read: callers check the first hash is not
// empty, so "the file is unchanged" can never pass on two failed reads.
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    return q.next() ? q.value(0).toString() : QString();
}

// Builds a database at an older schema version through a plain connection, as an older
// Cliffhanger would have left it. False when any step of that fails.
bool createAtVersion(const QString &path, int version)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        ok = db.open() && Migrations::migrate(db, version).isEmpty() &&
             Migrations::currentVersion(db) == version;
        if (ok && version >= 1)
            ok = QSqlQuery(db).exec(
                QStringLiteral("INSERT INTO shows (id, title) VALUES (7, 'Kept Show')"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok;
}

} // namespace

class StorageTest : public QObject {
    Q_OBJECT

private slots:
    void newDatabaseHasPragmasAndSchema()
    {
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        QCOMPARE(t.db().schemaVersion(), Database::kSchemaVersion);
        QCOMPARE(pragma(t.db(), "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(t.db(), "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(t.db(), "synchronous"), QStringLiteral("1")); // NORMAL
        QVERIFY(t.db().handle() != nullptr);
        QCOMPARE(t.count(QStringLiteral("claims")), 0);
    }

    void foreignKeysAreEnforced()
    {
        TestDatabase t;
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO seasons (show_id, number, status) VALUES (999, 1, 'renewed')")));
    }

    void refusesAFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n");
        f.close();
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        Database::OpenResult opened = Database::open(path);
        QVERIFY(!opened.database);
        QVERIFY2(opened.error.contains(QStringLiteral("not an SQLite")), qPrintable(opened.error));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesANewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, "CREATE TABLE future(x); PRAGMA user_version = 99;", nullptr,
                              nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(raw);
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        Database::OpenResult opened = Database::open(path);
        QVERIFY(!opened.database);
        QVERIFY2(opened.error.contains(QStringLiteral("newer")), qPrintable(opened.error));
        QVERIFY(opened.error.contains(QStringLiteral("99")));
        QCOMPARE(fileHash(path), before);
    }

    void refusesACorruptDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        {
            Database::OpenResult opened = Database::open(path);
            QVERIFY(opened.database);
            QSqlQuery q(opened.database->connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO shows (title) VALUES ('x')")));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        for (int i = 200; i < bytes.size(); i += 7) // the header stays, the pages do not
            bytes[i] = char(bytes[i] * 31 + 17);
        f.seek(0);
        f.write(bytes);
        f.close();
        const QByteArray before = fileHash(path);
        QVERIFY(!before.isEmpty());

        Database::OpenResult opened = Database::open(path);
        QVERIFY(!opened.database);
        QVERIFY2(opened.error.contains(QStringLiteral("damaged")), qPrintable(opened.error));
        QCOMPARE(fileHash(path), before);
    }

    void migratesFromEveryOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Database::kSchemaVersion; ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migratesFromEveryOlderVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(createAtVersion(path, from));

        Database::OpenResult opened = Database::open(path);
        QVERIFY2(opened.database, qPrintable(opened.error));
        QCOMPARE(opened.database->schemaVersion(), Database::kSchemaVersion);
        QSqlQuery q(opened.database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM feeds")));
        if (from >= 1) {
            QVERIFY(q.exec(QStringLiteral("SELECT title FROM shows WHERE id = 7")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Kept Show"));
        }
    }

    void failedMigrationLeavesThePreviousVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("clash.sqlite"));
        QVERIFY(createAtVersion(path, 1));
        {
            // A table the next step wants to create makes that step fail half-way.
            sqlite3 *raw = nullptr;
            sqlite3_open(path.toUtf8().constData(), &raw);
            QCOMPARE(sqlite3_exec(raw, "CREATE TABLE articles(x);", nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(raw);
        }
        Database::OpenResult opened = Database::open(path);
        QVERIFY(!opened.database);
        QVERIFY2(opened.error.contains(QStringLiteral("version 2")), qPrintable(opened.error));

        sqlite3 *raw = nullptr;
        sqlite3_open(path.toUtf8().constData(), &raw);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT (SELECT user_version FROM pragma_user_version), "
                           "(SELECT count(*) FROM sqlite_master WHERE name = 'feeds')",
                           -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), 1);
        QCOMPARE(sqlite3_column_int(stmt, 1), 0); // the feeds table of step 2 was rolled back
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
    }

    void reopensAnExistingDatabase()
    {
        TestDatabase t;
        QSqlQuery q(t.db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO shows (title) VALUES ('Persisted')")));
        QVERIFY(t.reopen());
        QCOMPARE(t.count(QStringLiteral("shows")), 1);
    }
};

QTEST_GUILESS_MAIN(StorageTest)
#include "tst_storage.moc"
