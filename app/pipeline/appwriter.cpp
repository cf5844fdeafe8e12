#include "pipeline/appwriter.h"

#include "feeds/feedurl.h"
#include "feeds/http/feedfetcher.h"
#include "feeds/sync/articlehook.h"
#include "feeds/sync/syncservice.h"
#include "pipeline/articleclaims.h"
#include "storage/claimreviews.h"
#include "storage/database.h"
#include "storage/feedstore.h"

AppWriter::AppWriter(const QString &databasePath, QObject *parent)
    : QObject(parent), m_path(databasePath)
{
}

AppWriter::~AppWriter() = default;

void AppWriter::open()
{
    Database::OpenResult opened = Database::open(m_path);
    if (!opened.database) {
        emit AppWriter::opened(opened.error);
        return;
    }
    m_db = std::move(opened.database);
    m_hook = std::make_unique<ArticleClaims>(*m_db);
    m_fetcher = new FeedFetcher(FetchPolicy(), this);
    m_service = new SyncService(*m_db, m_fetcher, m_hook.get(), this);
    connect(m_service, &SyncService::feedStarted, this, &AppWriter::feedStarted);
    connect(m_service, &SyncService::feedProgress, this, &AppWriter::feedProgress);
    connect(m_service, &SyncService::feedFinished, this, [this](const SyncReport &report) {
        emit feedFinished(report);
        emit feedsChanged();
        if (report.status == SyncStatus::Updated)
            emit ledgerChanged();
    });
    connect(m_service, &SyncService::idle, this, &AppWriter::idle);
    emit AppWriter::opened(QString());
}

void AppWriter::syncDue()
{
    if (m_service)
        m_service->syncDue();
}

void AppWriter::syncFeeds(const QList<qint64> &feedIds)
{
    if (m_service)
        m_service->syncFeeds(feedIds);
}

void AppWriter::addFeed(const QString &url, const QString &name)
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

void AppWriter::removeFeed(qint64 feedId)
{
    if (!m_db)
        return;
    QString error;
    if (FeedStore(*m_db).remove(feedId, &error)) {
        emit feedsChanged();
        emit ledgerChanged();
    }
}

void AppWriter::reviewClaim(qint64 claimId, const QString &verdict)
{
    if (!m_db)
        return;
    QString error;
    if (ClaimReviews::review(*m_db, claimId, verdict, &error))
        emit ledgerChanged();
    else
        emit reviewFailed(error);
}
