#pragma once

#include "storage/feedstore.h"

#include <QAbstractListModel>
#include <QHash>

// The Feeds page list: stored feeds plus the live state of a sync in progress. Filled from the
// GUI thread's read connection after each commit; rowCount() never queries.
class FeedListModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole,
        UrlRole,
        NameRole,
        FormatRole,
        StatusRole,
        StatusLabelRole,
        LastSyncRole,
        ItemCountRole,
        ErrorRole,
        BuiltinRole,
        SyncingRole,
        ProgressRole
    };

    explicit FeedListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setFeeds(const QList<FeedRecord> &feeds);
    void setSyncing(qint64 feedId, bool syncing);
    void setProgress(qint64 feedId, qint64 received, qint64 total);

signals:
    void countChanged();

private:
    int rowOf(qint64 feedId) const;

    QList<FeedRecord> m_feeds;
    QHash<qint64, double> m_progress; // feed id → 0..1, or -1 while the size is unknown
};
