#pragma once

#include <QSqlDatabase>
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
// Begins a write transaction, taking the write lock at once (BEGIN IMMEDIATE), so it waits for
// another writer in the busy handler. QSqlDatabase::transaction() is a deferred BEGIN: one that
// reads first and writes after another connection committed gets SQLITE_BUSY at its first
// write ("database is locked", with no wait: its snapshot is stale). End it with
// db.commit() or db.rollback() as usual.
bool beginWrite(QSqlDatabase &db);

} // namespace Sql
