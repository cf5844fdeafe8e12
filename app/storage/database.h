#pragma once

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

struct sqlite3;

// One SQLite connection with the project's pragmas, migrated to the current schema.
// A file that is not SQLite, or that a newer Cliffhanger wrote, is refused before anything
// is written to it.
class Database {
public:
    static constexpr int kSchemaVersion = 6;

    // Why a database could not be opened, so callers can offer the right way out.
    enum class OpenError {
        None,
        NotSqlite,   // not an SQLite file: left as it was
        Newer,       // written by a newer Cliffhanger: left untouched
        Damaged,     // SQLite, but unreadable
        Unavailable, // the folder or file cannot be created or opened
        Migration,   // the upgrade to the current schema failed (rolled back)
        NotMigrated, // a reader found an older schema: the writer opens first
    };
    struct OpenResult {
        std::unique_ptr<Database> database;
        QString error; // translated; empty on success
        OpenError kind = OpenError::None;
    };

    // The writer's connection: migrates the file to the current schema.
    static OpenResult open(const QString &path);
    // A read-only connection (PRAGMA query_only) for the GUI thread, on a database the writer
    // has opened and migrated already; it never writes, so it can never be a second writer.
    static OpenResult openReader(const QString &path);
    static QString defaultPath();

    // Whether a file refused with `kind` may be moved aside for a fresh start: a file that is
    // not SQLite, one a newer Cliffhanger wrote, a damaged one, or one whose upgrade failed. (A
    // folder that cannot be opened is no reason to move a file.)
    static bool canResetAside(OpenError kind);
    // Moves the file at `path` aside, never deleting or copying it: renamed in its own folder to
    // PATH.backup-YYYYMMDD-HHMMSS (UTC; -2, -3... if that exists), its -wal, -shm and -journal
    // files with it under the same name, so the backup opens as it was. The next open(path)
    // starts a fresh database. False with *error (translated) if nothing could be moved; on
    // success *backupPath is where the file went. For the CLI's --reset-db and the window's
    // "start afresh" dialog.
    static bool resetAside(const QString &path, QString *backupPath, QString *error);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    // The raw handle for the bulk write path (measured 3x faster than QSqlQuery::bindValue).
    sqlite3 *handle() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // After a failed write: a sentence that says the disk is full (SQLITE_FULL) or that a write
    // to the file failed (SQLITE_IOERR: a full disk can look like that too, e.g. past a file
    // size limit), and that the data from before is kept; empty for any other failure. Read it
    // before rolling back, which resets SQLite's error code.
    QString writeFailureHint() const;
    // Copies committed WAL pages into the database file; the writer calls it when idle.
    bool checkpoint();
    // Raises the page cache for one bulk write and puts it back when it goes out of scope.
    // With SQLite's default 2 MiB cache a 20 MB sync spills dirty pages into the WAL before
    // the commit, and the commit then reads those frames back to recompute their checksums
    // (sqlite3WalFrames); a cache that holds the whole transaction writes each page once. The
    // memory is the transaction's pages, given back as the cache shrinks again.
    class BulkWriteCache {
    public:
        explicit BulkWriteCache(Database &db);
        ~BulkWriteCache();
        BulkWriteCache(const BulkWriteCache &) = delete;
        BulkWriteCache &operator=(const BulkWriteCache &) = delete;

    private:
        sqlite3 *m_handle;
        qint64 m_previous = 0;
    };
    // Closing the last connection normally checkpoints the WAL into the database file and
    // fsyncs both: 150-250 ms after a big sync here, most of it the two fsyncs. A short-lived
    // process (the CLI) skips that: every commit is already in the WAL, which every reader
    // reads, so the database is consistent; its durability is WAL with synchronous=NORMAL's, as
    // in the app (an OS crash before the kernel writes the WAL out loses the last transactions,
    // never consistency). The WAL is copied back later by SQLite's autocheckpoint (a commit
    // that finds it over wal_autocheckpoint pages) or the app's idle checkpoint; until then each
    // first open rebuilds its index (about 25 ms for a 19 MB WAL). See docs/benchmarks.md.
    void leaveWalOnClose();
    // While another connection (the window's writer, in another process) holds the write lock,
    // a write on this one waits up to `timeoutMs` instead of the default 5 s busy_timeout,
    // retrying as SQLite's own busy handler does, and calls `onFirstWait` once when it first
    // has to wait, so a CLI can say why it pauses. Past the timeout the write fails as before.
    void waitForOtherWriters(int timeoutMs, std::function<void()> onFirstWait);

private:
    Database(const QString &path, const QString &connectionName);
    // The checks both kinds of connection make before opening: an SQLite file, its version
    // readable without writing. Returns the version, or -1 with *result filled in.
    static int checkFile(const QString &path, OpenResult *result);
    // A connection to `path`, or null with *result filled in.
    static std::unique_ptr<Database> connect(const QString &path, OpenResult *result);
    static int onBusy(void *self, int attempt);
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_busyTimeoutMs = 0;
    std::function<void()> m_onFirstWait;
    bool m_toldWaiting = false;
    QElapsedTimer m_busySince;
};
