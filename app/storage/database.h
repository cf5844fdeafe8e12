#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

struct sqlite3;

// One SQLite connection with the project's pragmas, migrated to the current schema.
// A file that is not SQLite, or that a newer Cliffhanger wrote, is refused before anything
// is written to it.
class Database {
public:
    static constexpr int kSchemaVersion = 4;

    struct OpenResult {
        std::unique_ptr<Database> database;
        QString error; // translated; empty on success
    };

    static OpenResult open(const QString &path);
    static QString defaultPath();
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    // The raw handle for the bulk write path (measured 3x faster than QSqlQuery::bindValue).
    sqlite3 *handle() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // Copies committed WAL pages into the database file; the writer calls it when idle.
    bool checkpoint();
    // Closing the last connection normally checkpoints the WAL into the database file and
    // fsyncs both: 150-250 ms after a big sync here, most of it the two fsyncs. A short-lived
    // process (the CLI) skips that: every commit is already in the WAL, which SQLite reads on
    // the next open, and WAL with synchronous=NORMAL is exactly as durable either way (an OS
    // crash may lose the last transactions, never consistency). The WAL is then copied back by
    // SQLite's own autocheckpoint (a commit that finds it over wal_autocheckpoint pages) or by
    // the app's idle checkpoint.
    void leaveWalOnClose();

private:
    Database(const QString &path, const QString &connectionName);
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};
