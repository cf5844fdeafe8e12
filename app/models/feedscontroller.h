#pragma once

#include "feeds/sync/syncreport.h"
#include "models/feedlistmodel.h"

#include <QObject>

class AppWriter;
class Database;

// The Feeds page's side of syncing. Everything that writes is queued to the app's writer on its
// thread; the model here is refilled on the GUI thread from the read-only connection after each
// commit.
class FeedsController : public QObject {
    Q_OBJECT
    Q_PROPERTY(FeedListModel *feeds READ feeds CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    // `writer` lives on another thread and outlives this object (the composition owns both).
    explicit FeedsController(AppWriter *writer, QObject *parent = nullptr);

    // The GUI thread's read-only connection, once the writer has opened the database; null
    // before that (and when it could not be opened).
    void setReader(Database *reader);

    FeedListModel *feeds() { return &m_feeds; }
    bool busy() const { return m_active > 0; }
    QString message() const { return m_message; }

    Q_INVOKABLE QString validateUrl(const QString &text) const;
    Q_INVOKABLE void addFeed(const QString &url, const QString &name);
    Q_INVOKABLE void removeFeed(qint64 feedId);
    // What removing a feed would do, said before it is done: "its 12 stored articles are
    // deleted; its 3 claims stay in the ledger, marked feed removed".
    Q_INVOKABLE QString removalImpact(qint64 feedId) const;
    Q_INVOKABLE void syncNow(qint64 feedId);
    Q_INVOKABLE void syncAll();
    // confirm, dismiss or wrong; the writer stores it and the show page reloads.
    Q_INVOKABLE void reviewClaim(qint64 claimId, const QString &verdict);

    // A line the window shows about what last went wrong (a failed add, review or reload).
    void setMessage(const QString &message);

signals:
    void busyChanged();
    void messageChanged();
    void feedFinished(const SyncReport &report);

private:
    void reload();

    AppWriter *m_writer;
    Database *m_reader = nullptr;
    FeedListModel m_feeds;
    int m_active = 0;
    QString m_message;
};
