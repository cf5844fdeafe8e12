#pragma once

#include "extract/claimextractor.h"

#include <QList>

class Database;

// What the extractor needs to know about the shows in the ledger.
namespace KnownShows {

QList<KnownShow> load(Database &db, QString *error = nullptr);
// Changes whenever a show, season or credit is added or changed; cheap to ask.
QString version(Database &db);

} // namespace KnownShows
