#pragma once

#include "feeds/sync/syncreport.h"
#include "storage/feedstore.h"

#include <QByteArray>
#include <QDateTime>

class ArticleHook;
class Database;

struct FetchedBody {
    QByteArray body;
    QString charset; // from HTTP Content-Type, may be empty
    QString etag;
    QString lastModified;
};

// Turns a fetched body into stored data: detects the format from the content, parses, and
// writes the content and the feed's bookkeeping in ONE transaction, so a failure anywhere
// leaves the feed's old data exactly as it was and records a typed error instead.
class FeedIngest {
public:
    explicit FeedIngest(Database &db, ArticleHook *hook = nullptr) : m_db(db), m_hook(hook) {}

    SyncReport ingest(const FeedRecord &feed, const FetchedBody &fetched, const QDateTime &now);
    SyncReport notModified(const FeedRecord &feed, const QDateTime &now);
    SyncReport failed(const FeedRecord &feed, const FeedError &error, const QDateTime &retryAfter,
                      const QDateTime &now);

    static QString bodyHash(const QByteArray &body);

private:
    SyncReport finishWithError(SyncReport report, const FeedError &error,
                               const QDateTime &retryAfter, const QDateTime &now);

    Database &m_db;
    ArticleHook *m_hook;
};
