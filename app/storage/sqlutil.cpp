#include "storage/sqlutil.h"

#include <QSqlError>

namespace Sql {

bool beginWrite(QSqlDatabase &db)
{
    QSqlQuery begin(db);
    return begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = lastError(query);
        return false;
    }
    int i = 0;
    for (const QVariant &v : values)
        query.bindValue(i++, v);
    if (!query.exec()) {
        if (error)
            *error = lastError(query);
        return false;
    }
    return true;
}

QString lastError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return e.text().isEmpty() ? e.databaseText() : e.text();
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QVariant nullableInt(int value)
{
    return value == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(value);
}

} // namespace Sql
