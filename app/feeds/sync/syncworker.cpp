#include "feeds/sync/syncworker.h"

#include "extract/articleclaims.h"
#include "feeds/feedurl.h"
#include "feeds/http/feedfetcher.h"
#include "feeds/sync/articlehook.h"
#include "feeds/sync/syncservice.h"
#include "storage/claimreviews.h"
#include "storage/database.h"
#include "storage/feedstore.h"

SyncWorker::SyncWorker(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath)
{
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::open()
{
    Database::OpenResult opened = Database::open(m_path);
    if (!opened.database) {
        emit SyncWorker::opened(opened.error);
        return;
    }
    m_db = std::move(opened.database);
    m_hook = std::make_unique<ArticleClaims>(*m_db);
    m_fetcher = new FeedFetcher(FetchPolicy(), this);
    m_service = new SyncService(*m_db, m_fetcher, m_hook.get(), this);
    connect(m_service, &SyncService::feedStarted, this, &SyncWorker::feedStarted);
    connect(m_service, &SyncService::feedProgress, this, &SyncWorker::feedProgress);
    connect(m_service, &SyncService::feedFinished, this, [this](const SyncReport &report) {
        emit feedFinished(report);
        emit feedsChanged();
        if (report.status == QLatin1String("updated"))
            emit ledgerChanged();
    });
    connect(m_service, &SyncService::idle, this, &SyncWorker::idle);
    emit SyncWorker::opened(QString());
}

void SyncWorker::syncDue()
{
    if (m_service)
        m_service->syncDue();
}

void SyncWorker::syncFeeds(const QList<qint64> &feedIds)
{
    if (m_service)
        m_service->syncFeeds(feedIds);
}

void SyncWorker::addFeed(const QString &url, const QString &name)
{
    if (!m_db)
        return;
    QString error;
    const QUrl valid = FeedUrl::validate(url, &error);
    const auto feed = valid.isValid() ? FeedStore(*m_db).add(valid.toString(), name.trimmed(),
                                                             FeedStore::kDefaultIntervalMinutes,
                                                             Tier::Reported, false, &error)
                                      : std::nullopt;
    if (!feed) {
        emit feedAddFailed(error);
        return;
    }
    emit feedsChanged();
    m_service->syncFeeds({feed->id}); // a new feed is fetched at once
}

void SyncWorker::removeFeed(qint64 feedId)
{
    if (!m_db)
        return;
    QString error;
    if (FeedStore(*m_db).remove(feedId, &error)) {
        emit feedsChanged();
        emit ledgerChanged();
    }
}

void SyncWorker::reviewClaim(qint64 claimId, const QString &verdict)
{
    if (!m_db)
        return;
    QString error;
    if (ClaimReviews::review(*m_db, claimId, verdict, &error))
        emit ledgerChanged();
    else
        emit reviewFailed(error);
}
