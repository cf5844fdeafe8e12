#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Thin helpers so call sites bind every value and still read as one line.
namespace Sql {

// Prepares and executes `sql` with positional bindings; returns false and fills *error.
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
          QString *error = nullptr);
QString lastError(const QSqlQuery &query);
// Maps an empty QString to NULL, so optional text columns stay NULL rather than ''.
QVariant nullable(const QString &text);
QVariant nullableInt(int value); // 0 means unknown

} // namespace Sql
