#pragma once

#include "domain/catalog.h"
#include "domain/feederror.h"

#include <QString>

class Database;

// What one import did. An item is an entry of the catalog: a show, season, episode, credit,
// source or claim. It is new when the ledger had no such record, updated when the record it had
// changed (a changed claim is stored as a new version that supersedes the old one: one updated
// item), and counted in neither when it was stored as it is. A first import is all new.
struct ImportStats {
    int itemsNew = 0;
    int itemsUpdated = 0;
    int rowsWritten = 0; // every inserted or changed row, all tables (names and people too)
    int claimsAdded = 0; // new claims, including ones that supersede an older version
    int claimsSuperseded = 0;
    int episodesWritten = 0;
};

// Writes a Catalog into the ledger in one transaction. Idempotent: a catalog already stored
// writes no rows. Claims are never overwritten: a changed claim is inserted anew and the old
// one marked superseded. Shows are matched across feeds by title or alias.
class CatalogImporter {
public:
    explicit CatalogImporter(Database &db) : m_db(db) {}

    // `origin` names where the catalog came from (the feed URL); claim and source keys are
    // unique within it.
    bool import(const Catalog &catalog, const QString &origin, ImportStats *stats,
                FeedError *error);
    // The same inside a transaction the caller owns (a feed sync writes more than the catalog).
    bool write(const Catalog &catalog, const QString &origin, ImportStats *stats, FeedError *error);

private:
    Database &m_db;
};
