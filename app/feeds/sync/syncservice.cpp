#include "feeds/sync/syncservice.h"

#include "storage/database.h"
#include "storage/feedstore.h"

#include <QCoreApplication>
#include <QTimer>

SyncService::SyncService(Database &db, FeedFetcher *fetcher, ArticleHook *hook, QObject *parent)
    : QObject(parent), m_db(db), m_fetcher(fetcher), m_ingest(db, hook)
{
    connect(m_fetcher, &FeedFetcher::finished, this, &SyncService::onFetched);
    connect(m_fetcher, &FeedFetcher::progress, this, &SyncService::onProgress);
}

void SyncService::syncDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const FeedRecord &feed : FeedStore(m_db).list())
        if (feed.isDue(now))
            start(feed);
    if (m_inFlight.isEmpty())
        emit idle();
}

void SyncService::syncFeeds(const QList<qint64> &feedIds)
{
    FeedStore store(m_db);
    for (qint64 id : feedIds)
        if (const auto feed = store.get(id))
            start(*feed);
    if (m_inFlight.isEmpty())
        emit idle();
}

void SyncService::start(const FeedRecord &feed)
{
    if (m_inFlight.contains(feed.id))
        return;
    m_inFlight.insert(feed.id);
    const quint64 requestId = m_nextRequest++;
    m_requests.insert(requestId, feed);
    emit feedStarted(feed.id);
    FetchRequest request;
    request.id = requestId;
    request.url = QUrl(feed.url);
    request.etag = feed.etag;
    request.lastModified = feed.lastModified;
    m_fetcher->fetch(request);
}

void SyncService::onProgress(quint64 requestId, qint64 received, qint64 total)
{
    const auto it = m_requests.constFind(requestId);
    if (it != m_requests.constEnd())
        emit feedProgress(it->id, received, total);
}

void SyncService::onFetched(const FetchResult &result)
{
    const auto it = m_requests.find(result.id);
    if (it == m_requests.end())
        return;
    const FeedRecord feed = *it;
    m_requests.erase(it);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    SyncReport report;
    switch (result.outcome) {
    case FetchResult::Outcome::Fetched:
        report = m_ingest.ingest(
            feed, FetchedBody{result.body, result.charset, result.etag, result.lastModified}, now);
        break;
    case FetchResult::Outcome::NotModified:
        report = m_ingest.notModified(feed, now);
        break;
    case FetchResult::Outcome::Failed:
    case FetchResult::Outcome::Deferred:
        report = m_ingest.failed(feed, result.error, result.retryAfter, now);
        break;
    }
    m_inFlight.remove(feed.id);
    emit feedFinished(report);
    if (m_inFlight.isEmpty()) {
        emit idle();
        // Off the reported path: the copy of a big sync's WAL into the database file.
        QTimer::singleShot(0, this, [this] {
            if (m_inFlight.isEmpty())
                m_db.checkpoint();
        });
    }
}
