#pragma once

#include "domain/feederror.h"

#include <QString>

class Database;

// The embedded season feed, compiled into the resources and imported through the same path
// as any other season feed.
namespace DefaultFeed {

QString url(); // "qrc:/resources/default-feed.json"
// Imports the embedded data when the ledger holds no show yet. Returns false on failure.
bool importIfEmpty(Database &db, FeedError *error);
bool import(Database &db, FeedError *error);

} // namespace DefaultFeed
