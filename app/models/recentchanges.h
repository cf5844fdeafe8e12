#pragma once

#include "outlook/seasonoutlook.h"
#include "storage/libraryquery.h"

#include <QList>
#include <QVariantMap>

class Database;

// Home's "what changed lately": the newest moves of the outlook across shows (a release
// window or an episode count that changed what the show page says), each with its source.
namespace RecentChanges {

// `shows` are the candidates (the shows whose ledger changed last); each is replayed for its
// awaited season. At most `limit` rows, newest first.
// `context.today` is the day windows are judged on: the replay drops a missed window on the day it
// was missed (OutlookChanges::replay), so what changed is what the outlook shows now.
QList<QVariantMap> rows(Database &db, const QList<LibraryRow> &shows, int limit,
                        const OutlookContext &context, QString *error);

} // namespace RecentChanges
