#include "feeds/season/defaultfeed.h"

#include "feeds/season/seasonfeedreader.h"
#include "storage/catalogimporter.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"

#include <QCoreApplication>
#include <QFile>

namespace DefaultFeed {

QString url()
{
    return QStringLiteral("qrc:/resources/default-feed.json");
}

bool import(Database &db, FeedError *error)
{
    QFile file(QStringLiteral(":/resources/default-feed.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = FeedError::parse(
            QCoreApplication::translate("DefaultFeed", "The embedded default data is missing from this build."));
        return false;
    }
    Catalog catalog;
    if (!SeasonFeedReader::read(file.readAll(), &catalog, error))
        return false;
    CatalogImporter importer(db);
    ImportStats stats;
    return importer.import(catalog, url(), &stats, error);
}

bool importIfEmpty(Database &db, FeedError *error)
{
    LedgerQueries queries(db);
    if (!queries.isEmpty())
        return true;
    return import(db, error);
}

} // namespace DefaultFeed
