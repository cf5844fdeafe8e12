#pragma once

#include <QSqlDatabase>
#include <QString>

// Schema migrations keyed by PRAGMA user_version. Step N takes version N-1 to N inside one
// transaction, so a failed step leaves the previous version intact.
namespace Migrations {

int latestVersion();
int currentVersion(QSqlDatabase &db);
// Migrates up to `target` (default: latest). Returns an empty string or a translated error.
QString migrate(QSqlDatabase &db, int target = -1);

} // namespace Migrations
