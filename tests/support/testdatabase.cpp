#include "support/testdatabase.h"

#include <QFile>
#include <QSqlQuery>
#include <sqlite3.h>

TestDatabase::TestDatabase()
{
    reopen();
}

bool TestDatabase::reopen()
{
    m_db.reset();
    Database::OpenResult opened = Database::open(path());
    m_db = std::move(opened.database);
    m_error = opened.error;
    return m_db != nullptr;
}

qint64 TestDatabase::totalChanges() const
{
    return sqlite3_total_changes64(m_db->handle());
}

qint64 TestDatabase::count(const QString &table) const
{
    // Table names come from the tests themselves, never from input.
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QByteArray readFixture(const QString &relativePath)
{
    QFile file(QStringLiteral(CLIFFHANGER_FIXTURES "/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relativePath));
    return file.readAll();
}
