#pragma once

#include "feeds/http/feedfetcher.h"
#include "feeds/sync/feedingest.h"
#include "feeds/sync/syncreport.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

class ArticleHook;
class Database;

// Keeps feeds in sync: fetches through the polite fetcher (which may run several hosts at
// once) and parses and writes each result here, one at a time: this object is the writer.
// Lives in one thread (the app's sync thread, or the CLI's main thread); never syncs one feed
// twice at once.
class SyncService : public QObject {
    Q_OBJECT

public:
    SyncService(Database &db, FeedFetcher *fetcher, ArticleHook *hook = nullptr,
                QObject *parent = nullptr);

    // Every feed whose interval has passed (and whose host has not asked us to wait).
    void syncDue();
    void syncFeeds(const QList<qint64> &feedIds);
    bool isBusy() const { return !m_inFlight.isEmpty(); }
    int queued() const { return int(m_inFlight.size()); }

signals:
    void feedStarted(qint64 feedId);
    void feedProgress(qint64 feedId, qint64 received, qint64 total);
    void feedFinished(const SyncReport &report);
    void idle(); // everything queued has finished

private:
    void start(const FeedRecord &feed);
    void onFetched(const FetchResult &result);
    void onProgress(quint64 requestId, qint64 received, qint64 total);

    Database &m_db;
    FeedFetcher *m_fetcher;
    FeedIngest m_ingest;
    quint64 m_nextRequest = 1;
    QHash<quint64, FeedRecord> m_requests; // request id → the feed as it was when fetched
    QSet<qint64> m_inFlight;
};
