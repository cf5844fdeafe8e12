#include "feeds/season/defaultfeed.h"

#include "feeds/sync/feedingest.h"
#include "storage/database.h"
#include "storage/feedstore.h"
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
        *error = FeedError::parse(QCoreApplication::translate(
            "DefaultFeed", "The embedded default data is missing from this build."));
        return false;
    }
    // The built-in feed is a feed like any other: listed, synced and stored the same way.
    FeedStore feeds(db);
    QString storeError;
    if (!feeds.ensureBuiltin(
            url(), QCoreApplication::translate("DefaultFeed", "Built-in: All of Us Are Dead"),
            &storeError)) {
        *error = FeedError::storage(storeError);
        return false;
    }
    const auto feed = feeds.find(url());
    if (!feed) {
        *error = FeedError::storage(
            QCoreApplication::translate("DefaultFeed", "Cannot register the built-in feed."));
        return false;
    }
    const SyncReport report = FeedIngest(db).ingest(*feed, FetchedBody{file.readAll(), {}, {}, {}},
                                                    QDateTime::currentDateTimeUtc());
    if (report.error.isError()) {
        *error = report.error;
        return false;
    }
    return true;
}

bool importIfEmpty(Database &db, FeedError *error)
{
    LedgerQueries queries(db);
    if (!queries.isEmpty())
        return true;
    return import(db, error);
}

} // namespace DefaultFeed
