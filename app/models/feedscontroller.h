#pragma once

#include "feeds/sync/syncreport.h"
#include "models/feedlistmodel.h"

#include <QObject>
#include <QThread>
#include <QTimer>

class Database;
class AppWriter;

// The Feeds page's side of syncing. Owns the sync thread; everything that writes goes to the
// worker there, and the models here are refilled on the GUI thread after each commit.
class FeedsController : public QObject {
    Q_OBJECT
    Q_PROPERTY(FeedListModel *feeds READ feeds CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    // `reader` is the GUI thread's connection; `databasePath` is opened again by the worker.
    FeedsController(Database &reader, const QString &databasePath, QObject *parent = nullptr);
    ~FeedsController() override;

    FeedListModel *feeds() { return &m_feeds; }
    bool busy() const { return m_active > 0; }
    QString message() const { return m_message; }

    // Starts the worker and the coarse timer; syncs what is due right away.
    void start();

    Q_INVOKABLE QString validateUrl(const QString &text) const;
    Q_INVOKABLE void addFeed(const QString &url, const QString &name);
    Q_INVOKABLE void removeFeed(qint64 feedId);
    Q_INVOKABLE void syncNow(qint64 feedId);
    Q_INVOKABLE void syncAll();
    // confirm, dismiss or wrong; the worker writes it and the show page reloads.
    Q_INVOKABLE void reviewClaim(qint64 claimId, const QString &verdict);

signals:
    void busyChanged();
    void messageChanged();
    void ledgerChanged(); // the show page should reload
    void feedFinished(const SyncReport &report);

private:
    void reload();
    void setMessage(const QString &message);

    Database &m_reader;
    FeedListModel m_feeds;
    QThread m_thread;
    AppWriter *m_worker = nullptr;
    QTimer m_timer;
    int m_active = 0;
    QString m_message;
};
