#include "storage/sqlitestatement.h"

#include <QStringEncoder>
#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3 *db, const QByteArray &sql)
{
    if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::text(int index, const QByteArray &utf8, bool isNull)
{
    if (isNull)
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::integer(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::time(int index, const QDateTime &value)
{
    if (value.isValid())
        sqlite3_bind_int64(m_stmt, index, value.toSecsSinceEpoch());
    else
        sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::value(int index, const QVariant &v)
{
    if (v.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_stmt, index, v.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, v.toDouble());
        break;
    default: {
        const QByteArray utf8 = v.toString().toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

void SqliteStatement::string(int index, QStringView text)
{
    if (index >= int(m_buffers.size()))
        m_buffers.resize(std::size_t(index) + 1);
    QByteArray &buffer = m_buffers[std::size_t(index)];
    // At most three bytes per UTF-16 unit; resize() keeps the allocation from the last row.
    buffer.resize(text.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    char *end = encoder.appendToBuffer(buffer.data(), text);
    sqlite3_bind_text(m_stmt, index, buffer.constData(), int(end - buffer.constData()),
                      SQLITE_STATIC);
}

void SqliteStatement::stringOrNull(int index, QStringView text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        string(index, text);
}

void SqliteStatement::integerOrNull(int index, std::optional<qint64> value)
{
    if (value)
        sqlite3_bind_int64(m_stmt, index, *value);
    else
        sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::null(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool SqliteStatement::bindAll(const QVariantList &values)
{
    if (!m_stmt)
        return false;
    for (int i = 0; i < values.size(); ++i)
        value(i + 1, values.at(i));
    return true;
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

bool SqliteStatement::next()
{
    return sqlite3_step(m_stmt) == SQLITE_ROW;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray SqliteStatement::columnBytes(int column) const
{
    return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                      sqlite3_column_bytes(m_stmt, column));
}

QString SqliteStatement::columnText(int column) const
{
    return QString::fromUtf8(columnBytes(column));
}

SqliteStatement &SqliteStatements::get(const QString &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.insert(sql, std::make_shared<SqliteStatement>(m_db, sql.toUtf8()));
    return **it;
}

bool SqliteStatements::exec(const QString &sql, const QVariantList &values, int *changed)
{
    SqliteStatement &s = get(sql);
    if (!s.bindAll(values) || !s.step())
        return false;
    if (changed)
        *changed = sqlite3_changes(m_db);
    return true;
}

qint64 SqliteStatements::scalar(const QString &sql, const QVariantList &values)
{
    SqliteStatement &s = get(sql);
    if (!s.bindAll(values))
        return -1;
    const int rc = sqlite3_step(s.get());
    const qint64 result = rc == SQLITE_ROW ? s.columnInt(0) : (rc == SQLITE_DONE ? 0 : -1);
    s.reset();
    return result;
}

qint64 SqliteStatements::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString SqliteStatements::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}
