#include "models/feedlistmodel.h"

#include "domain/displaylabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString statusLabel(const FeedRecord &f)
{
    switch (f.status) {
    case SyncStatus::Deferred:
        // The host asked us to wait: not a failure, and the time says when we try again.
        if (f.retryAfter.isValid())
            return QCoreApplication::translate("FeedListModel", "Deferred until %1")
                .arg(QLocale().toString(f.retryAfter.toLocalTime(), QLocale::ShortFormat));
        break;
    case SyncStatus::Error:
        return DisplayLabels::feedFailure(f.errorKind);
    default:
        break;
    }
    return DisplayLabels::syncStatus(f.status);
}

} // namespace

FeedListModel::FeedListModel(QObject *parent) : QAbstractListModel(parent) {}

int FeedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_feeds.size());
}

QVariant FeedListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_feeds.size())
        return {};
    const FeedRecord &f = m_feeds.at(index.row());
    switch (role) {
    case IdRole:
        return f.id;
    case UrlRole:
        return f.url;
    case NameRole:
        return f.name.isEmpty() ? f.url : f.name;
    case FormatRole:
        return DisplayLabels::feedFormat(f.format);
    case StatusRole:
        return wireName(f.status);
    case StatusLabelRole:
        return statusLabel(f);
    case LastSyncRole:
        return f.lastSync.isValid()
                   ? QLocale().toString(f.lastSync.toLocalTime(), QLocale::ShortFormat)
                   : QCoreApplication::translate("FeedListModel", "never");
    case ItemCountRole:
        return f.itemCount;
    case ErrorRole:
        return f.errorMessage;
    case BuiltinRole:
        return f.builtin;
    case SyncingRole:
        return m_progress.contains(f.id);
    case ProgressRole:
        return m_progress.value(f.id, -1.0);
    }
    return {};
}

QHash<int, QByteArray> FeedListModel::roleNames() const
{
    return {{IdRole, "feedId"},         {UrlRole, "url"},
            {NameRole, "name"},         {FormatRole, "format"},
            {StatusRole, "status"},     {StatusLabelRole, "statusLabel"},
            {LastSyncRole, "lastSync"}, {ItemCountRole, "itemCount"},
            {ErrorRole, "error"},       {BuiltinRole, "builtin"},
            {SyncingRole, "syncing"},   {ProgressRole, "progress"}};
}

void FeedListModel::setFeeds(const QList<FeedRecord> &feeds)
{
    beginResetModel();
    m_feeds = feeds;
    endResetModel();
    emit countChanged();
}

int FeedListModel::rowOf(qint64 feedId) const
{
    for (int i = 0; i < m_feeds.size(); ++i)
        if (m_feeds[i].id == feedId)
            return i;
    return -1;
}

void FeedListModel::setSyncing(qint64 feedId, bool syncing)
{
    if (syncing)
        m_progress.insert(feedId, -1.0);
    else
        m_progress.remove(feedId);
    const int row = rowOf(feedId);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {SyncingRole, ProgressRole});
}

void FeedListModel::setProgress(qint64 feedId, qint64 received, qint64 total)
{
    if (!m_progress.contains(feedId))
        return;
    m_progress.insert(feedId, total > 0 ? double(received) / double(total) : -1.0);
    const int row = rowOf(feedId);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {ProgressRole});
}
