#include "support/sqlitefile.h"

#include <sqlite3.h>

SqliteFile::SqliteFile(const QString &path, Mode mode)
{
    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close(m_db);
        m_db = nullptr;
    }
}

SqliteFile::~SqliteFile()
{
    sqlite3_close(m_db);
}

namespace {

QString errorText(sqlite3 *db)
{
    return QStringLiteral("(error: %1)").arg(QString::fromUtf8(sqlite3_errmsg(db)));
}

// Rows as lists of column texts; one row holding the error text when the statement fails.
QList<QStringList> query(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return {{errorText(db)}};
    QList<QStringList> rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
            // By its length, not up to the first NUL: stored text may hold NULs.
            columns << (text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, i))
                             : QStringLiteral("NULL"));
        }
        rows << columns;
    }
    if (rc != SQLITE_DONE)
        rows = {{errorText(db)}};
    sqlite3_finalize(stmt);
    return rows;
}

} // namespace

QStringList sqliteRows(sqlite3 *db, const QString &sql)
{
    QStringList rows;
    for (const QStringList &columns : query(db, sql))
        rows << columns.join(QLatin1Char('|'));
    return rows;
}

QString sqliteText(sqlite3 *db, const QString &sql)
{
    const QList<QStringList> rows = query(db, sql);
    return rows.isEmpty() ? QStringLiteral("(no row)") : rows.first().value(0);
}

int sqliteExec(sqlite3 *db, const QString &sql)
{
    return sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
}
