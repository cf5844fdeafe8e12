#pragma once

#include "feeds/sync/syncreport.h"

#include <QList>
#include <QObject>
#include <memory>

class ArticleHook;
class Database;
class FeedFetcher;
class SyncService;

// The app's one writer: lives on the sync thread with its own database connection, the
// fetcher and the sync service. Everything that writes (sync, add, remove) runs here; the GUI
// hears about it through signals emitted after each commit.
class AppWriter : public QObject {
    Q_OBJECT

public:
    explicit AppWriter(const QString &databasePath, QObject *parent = nullptr);
    ~AppWriter() override;

public slots:
    void open(); // call first, in the worker's thread
    void syncDue();
    void syncFeeds(const QList<qint64> &feedIds);
    void addFeed(const QString &url, const QString &name);
    void removeFeed(qint64 feedId);
    void reviewClaim(qint64 claimId, const QString &verdict);

signals:
    void opened(const QString &error);
    void feedStarted(qint64 feedId);
    void feedProgress(qint64 feedId, qint64 received, qint64 total);
    void feedFinished(const SyncReport &report);
    void feedsChanged();
    void ledgerChanged();
    void feedAddFailed(const QString &message);
    void reviewFailed(const QString &message);
    void idle();

private:
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleHook> m_hook;
    FeedFetcher *m_fetcher = nullptr;
    SyncService *m_service = nullptr;
};
