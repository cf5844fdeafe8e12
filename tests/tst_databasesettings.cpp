// The connection settings Database::open applies, checked by what they do to the file and to a
// second connection: WAL really on disk, a writer that waits for another instead of failing at
// once (and fails only when it is held off past its timeout), and a WAL that shrinks back to
// journal_size_limit after a big write. No assertion here is on a duration.

#include "storage/database.h"
#include "storage/sqlutil.h"
#include "support/sqlitefile.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QtTest>
#include <sqlite3.h>

#include <atomic>
#include <thread>

namespace {

constexpr qint64 kJournalSizeLimit = 32 * 1024 * 1024; // what applyPragmas sets

// Sees SQLite's busy handler at work: every sleep it takes while a lock is held elsewhere goes
// through the VFS's xSleep. Installed as the default VFS while the object lives, so connections
// opened meanwhile (a Database's too) use it; everything else is the default VFS's own code.
class BusyProbe {
public:
    BusyProbe()
    {
        s_base = sqlite3_vfs_find(nullptr);
        m_vfs = *s_base;
        m_vfs.pNext = nullptr;
        m_vfs.zName = "cliffhanger-busy-probe";
        m_vfs.xSleep = &BusyProbe::sleep;
        reset();
        m_registered = sqlite3_vfs_register(&m_vfs, 1) == SQLITE_OK;
    }
    ~BusyProbe()
    {
        if (m_registered)
            sqlite3_vfs_unregister(&m_vfs);
    }
    BusyProbe(const BusyProbe &) = delete;
    BusyProbe &operator=(const BusyProbe &) = delete;

    bool isInstalled() const { return m_registered && sqlite3_vfs_find(nullptr) == &m_vfs; }
    static int sleeps() { return s_sleeps; }
    // Forgets earlier sleeps and events, so a test waits for its own.
    static void reset()
    {
        s_sleeps = 0;
        s_events.tryAcquire(s_events.available());
    }
    // Released once per sleep, and by whoever else the test waits for.
    static QSemaphore &events() { return s_events; }

private:
    static int sleep(sqlite3_vfs *, int microseconds)
    {
        ++s_sleeps;
        s_events.release();
        return s_base->xSleep(s_base, microseconds);
    }

    sqlite3_vfs m_vfs{};
    bool m_registered = false;
    static inline sqlite3_vfs *s_base = nullptr;
    static inline std::atomic<int> s_sleeps{0};
    static inline QSemaphore s_events{0};
};

QString pragma(Database &db, const char *name)
{
    return sqliteText(db.handle(), QStringLiteral("PRAGMA ") + QLatin1String(name));
}

qint64 walSize(const TestDatabase &t)
{
    return QFileInfo(t.path() + QStringLiteral("-wal")).size();
}

constexpr auto kInsert = "INSERT INTO shows (title) VALUES ('written')";

} // namespace

class DatabaseSettingsTest : public QObject {
    Q_OBJECT

private slots:
    void pragmasAsTheAppSetsThem()
    {
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        QCOMPARE(pragma(t.db(), "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(t.db(), "busy_timeout"), QStringLiteral("5000"));
        QCOMPARE(pragma(t.db(), "journal_size_limit"), QString::number(kJournalSizeLimit));
        QCOMPARE(pragma(t.db(), "wal_autocheckpoint"), QStringLiteral("16384"));
    }

    // WAL is a property of the file, not only of the connection that asked for it.
    void theFileIsInWalMode()
    {
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        QCOMPARE(sqliteExec(t.db().handle(), QLatin1String(kInsert)), SQLITE_OK);
        QVERIFY(QFile::exists(t.path() + QStringLiteral("-wal")));
        QFile file(t.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray header = file.read(20);
        QCOMPARE(int(header.at(18)), 2); // file format versions: 2 is WAL, 1 a rollback journal
        QCOMPARE(int(header.at(19)), 2);
        SqliteFile other(t.path());
        QVERIFY(other.isOpen());
        QCOMPARE(sqliteText(other.handle(), QStringLiteral("PRAGMA journal_mode")),
                 QStringLiteral("wal"));
    }

    // Two connections on one file: while the first holds a write transaction, the second's
    // write waits (SQLite's busy handler sleeps) and goes through once the first commits.
    void aSecondWriterWaitsForTheFirstToCommit()
    {
        BusyProbe probe;
        QVERIFY(probe.isInstalled());
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        Database::OpenResult second = Database::open(t.path());
        QVERIFY2(second.database, qPrintable(second.error));
        sqlite3 *first = t.db().handle();
        QCOMPARE(sqliteExec(first, QStringLiteral("BEGIN IMMEDIATE")), SQLITE_OK);
        QCOMPARE(sqliteExec(first, QLatin1String(kInsert)), SQLITE_OK);

        // The second writer runs in a thread of its own, on its own connection.
        std::atomic<int> secondResult{-1};
        BusyProbe::reset();
        std::thread writer([&] {
            secondResult = sqliteExec(second.database->handle(), QLatin1String(kInsert));
            BusyProbe::events().release();
        });
        // The event: the second writer's busy handler sleeping on the lock, or, were there no
        // busy timeout, its write returning SQLITE_BUSY at once. (The time limit only keeps a
        // broken build from hanging.)
        const bool woken = BusyProbe::events().tryAcquire(1, 30000);
        const bool waited = BusyProbe::sleeps() > 0;
        QCOMPARE(sqliteExec(first, QStringLiteral("COMMIT")), SQLITE_OK);
        writer.join();
        QVERIFY(woken);
        QVERIFY2(waited, "the second writer did not wait for the lock");
        QCOMPARE(secondResult.load(), SQLITE_OK);
        QCOMPARE(t.count(QStringLiteral("shows")), 2);
    }

    // Held off longer than its timeout, the second writer gets SQLITE_BUSY, after waiting; the
    // timeout is lowered on that connection so the test does not sit out the app's 5 seconds.
    void aWriterHeldOffPastItsTimeoutGetsBusy()
    {
        BusyProbe probe;
        QVERIFY(probe.isInstalled());
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        Database::OpenResult second = Database::open(t.path());
        QVERIFY2(second.database, qPrintable(second.error));
        sqlite3 *other = second.database->handle();
        sqlite3 *first = t.db().handle();
        QCOMPARE(sqliteExec(first, QStringLiteral("BEGIN IMMEDIATE")), SQLITE_OK);
        QCOMPARE(sqliteExec(first, QLatin1String(kInsert)), SQLITE_OK);

        QCOMPARE(sqliteExec(other, QStringLiteral("PRAGMA busy_timeout = 50")), SQLITE_OK);
        BusyProbe::reset();
        QCOMPARE(sqliteExec(other, QLatin1String(kInsert)), SQLITE_BUSY);
        QVERIFY2(BusyProbe::sleeps() > 0, "SQLITE_BUSY came without waiting");

        // The control: without a timeout the same write fails at once, no sleep at all.
        QCOMPARE(sqliteExec(other, QStringLiteral("PRAGMA busy_timeout = 0")), SQLITE_OK);
        BusyProbe::reset();
        QCOMPARE(sqliteExec(other, QLatin1String(kInsert)), SQLITE_BUSY);
        QCOMPARE(BusyProbe::sleeps(), 0);

        // Nothing was lost on either side: the first commits, then the second may write.
        QCOMPARE(sqliteExec(first, QStringLiteral("COMMIT")), SQLITE_OK);
        QCOMPARE(sqliteExec(other, QLatin1String(kInsert)), SQLITE_OK);
        QCOMPARE(t.count(QStringLiteral("shows")), 2);
    }

    // A write transaction that reads first, while another connection commits a write, must
    // still write: the lock is taken when it begins, so the other connection waits for it
    // instead. (With a deferred BEGIN the read pins a snapshot, the other commit makes it
    // stale, and the first write fails at once with "database is locked": the app's sync did
    // that while a CLI command wrote, tst_load found it.)
    void aWriteTransactionThatReadsFirstStillWrites()
    {
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        Database::OpenResult second = Database::open(t.path());
        QVERIFY2(second.database, qPrintable(second.error));
        sqlite3 *other = second.database->handle();
        QCOMPARE(sqliteExec(other, QStringLiteral("PRAGMA busy_timeout = 0")), SQLITE_OK);

        QSqlDatabase &first = t.db().connection();
        QVERIFY(Sql::beginWrite(first));
        QCOMPARE(t.count(QStringLiteral("shows")), 0); // the read that pins a snapshot
        // The other connection cannot slip a commit in between...
        QCOMPARE(sqliteExec(other, QLatin1String(kInsert)), SQLITE_BUSY);
        // ...so the first one's write goes through, and commits.
        QCOMPARE(sqliteExec(t.db().handle(), QLatin1String(kInsert)), SQLITE_OK);
        QVERIFY(first.commit());
        QCOMPARE(sqliteExec(other, QLatin1String(kInsert)), SQLITE_OK);
        QCOMPARE(t.count(QStringLiteral("shows")), 2);
    }

    // journal_size_limit: after a write bigger than the limit and a checkpoint, the WAL file
    // does not stay at its largest size. SQLite truncates it when the log restarts, which is
    // at the first commit after a checkpoint that copied every frame; the passive checkpoint
    // itself leaves the file as it is.
    void theWalShrinksToTheLimitAfterACheckpoint()
    {
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        sqlite3 *db = t.db().handle();
        QCOMPARE(sqliteExec(db, QStringLiteral("CREATE TABLE scratch (b BLOB)")), SQLITE_OK);
        // 40 MiB in one transaction: more than the limit, less than wal_autocheckpoint's 64 MiB,
        // so only the explicit checkpoint copies it.
        QCOMPARE(sqliteExec(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                               "SELECT i + 1 FROM n WHERE i < 40) INSERT INTO "
                                               "scratch SELECT zeroblob(1048576) FROM n")),
                 SQLITE_OK);
        const qint64 afterWrite = walSize(t);
        QVERIFY2(afterWrite > kJournalSizeLimit, qPrintable(QString::number(afterWrite)));

        QVERIFY(t.db().checkpoint());
        QCOMPARE(walSize(t), afterWrite); // PASSIVE copies the frames, it does not truncate

        QCOMPARE(sqliteExec(db, QLatin1String(kInsert)), SQLITE_OK);
        const qint64 afterNextWrite = walSize(t);
        QVERIFY2(afterNextWrite <= kJournalSizeLimit, qPrintable(QString::number(afterNextWrite)));
        QCOMPARE(t.count(QStringLiteral("scratch")), 40);
        QCOMPARE(t.count(QStringLiteral("shows")), 1);
    }

    // A bulk write (a sync) holds its dirty pages in a cache big enough for them, so they reach
    // the WAL once, at the commit, instead of spilling into it halfway and being written (and
    // their checksums recomputed) again; the connection's own cache size comes back after it.
    void aBulkWriteKeepsItsPagesUntilTheCommit()
    {
        TestDatabase t;
        QVERIFY2(t.isOpen(), qPrintable(t.openError()));
        sqlite3 *db = t.db().handle();
        const QString before = pragma(t.db(), "cache_size");
        QCOMPARE(sqliteExec(db, QStringLiteral("CREATE TABLE scratch (b BLOB)")), SQLITE_OK);
        QVERIFY(t.db().checkpoint());
        const qint64 walBefore = walSize(t);
        {
            const Database::BulkWriteCache cache(t.db());
            QCOMPARE(pragma(t.db(), "cache_size"), QStringLiteral("-65536"));
            QCOMPARE(sqliteExec(db, QStringLiteral("BEGIN IMMEDIATE")), SQLITE_OK);
            // 8 MiB, four times SQLite's default cache: without the raise it spills.
            QCOMPARE(sqliteExec(db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                                   "SELECT i + 1 FROM n WHERE i < 2048) INSERT "
                                                   "INTO scratch SELECT zeroblob(4000) FROM n")),
                     SQLITE_OK);
            QCOMPARE(walSize(t), walBefore);
            QCOMPARE(sqliteExec(db, QStringLiteral("COMMIT")), SQLITE_OK);
            QVERIFY(walSize(t) > walBefore + 8 * 1000 * 1000);
        }
        QCOMPARE(pragma(t.db(), "cache_size"), before);
        QCOMPARE(t.count(QStringLiteral("scratch")), 2048);
    }
};

QTEST_GUILESS_MAIN(DatabaseSettingsTest)
#include "tst_databasesettings.moc"
