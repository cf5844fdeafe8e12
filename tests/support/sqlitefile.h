#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

// A database file seen as another program sees it (an older Cliffhanger, the sqlite3 shell): a
// plain sqlite3 connection, no pragmas, no migration. For tests that check a file from outside.
class SqliteFile {
public:
    enum class Mode { ReadOnly, ReadWrite };
    explicit SqliteFile(const QString &path, Mode mode = Mode::ReadWrite);
    ~SqliteFile();
    SqliteFile(const SqliteFile &) = delete;
    SqliteFile &operator=(const SqliteFile &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    QString error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

// Queries for comparisons in tests. A failed statement gives "(error: <SQLite's message>)"
// instead of a value, so it cannot equal an expected value and the failure says why.
//
// Every row, each as its columns' values joined by '|' (NULL as "NULL").
QStringList sqliteRows(sqlite3 *db, const QString &sql);
// The first column of the first row; "(no row)" when there is none.
QString sqliteText(sqlite3 *db, const QString &sql);
// Runs statements that return nothing; the SQLite result code (SQLITE_OK, SQLITE_BUSY, ...).
int sqliteExec(sqlite3 *db, const QString &sql);
