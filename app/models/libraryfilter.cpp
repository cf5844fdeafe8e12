#include "models/libraryfilter.h"

#include "domain/textkeys.h"
#include "models/librarymodel.h"

#include <QDateTime>

LibraryFilter::LibraryFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &LibraryFilter::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &LibraryFilter::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &LibraryFilter::countChanged);
}

void LibraryFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_folded = TextKeys::fold(text);
    invalidateFilter();
    emit textChanged();
    emit countChanged();
}

void LibraryFilter::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    invalidate();
    emit sortKeyChanged();
}

void LibraryFilter::setUpcomingOnly(bool only)
{
    if (only == m_upcomingOnly)
        return;
    m_upcomingOnly = only;
    invalidateFilter();
    emit upcomingOnlyChanged();
    emit countChanged();
}

void LibraryFilter::setFollowedFirst(bool first)
{
    if (first == m_followedFirst)
        return;
    m_followedFirst = first;
    invalidate();
    emit sortKeyChanged();
}

qint64 LibraryFilter::showIdAt(int row) const
{
    return data(index(row, 0), LibraryModel::ShowIdRole).toLongLong();
}

int LibraryFilter::rowOfShow(qint64 showId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (showIdAt(row) == showId)
            return row;
    return -1;
}

bool LibraryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_upcomingOnly && i.data(LibraryModel::UpcomingSeasonRole).toInt() <= 0)
        return false;
    return m_folded.isEmpty() || i.data(LibraryModel::SearchTextRole).toString().contains(m_folded);
}

bool LibraryFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    auto byTitle = [&] {
        const int c =
            QString::compare(left.data(LibraryModel::TitleRole).toString(),
                             right.data(LibraryModel::TitleRole).toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        return left.data(LibraryModel::ShowIdRole).toLongLong() <
               right.data(LibraryModel::ShowIdRole).toLongLong();
    };
    if (m_followedFirst) {
        const bool a = left.data(LibraryModel::FollowedRole).toBool();
        const bool b = right.data(LibraryModel::FollowedRole).toBool();
        if (a != b)
            return a;
    }
    switch (m_sortKey) {
    case ByTitle:
        break;
    case ByRelease: {
        // Soonest first; a show with no known window after every dated one.
        const qint64 a = left.data(LibraryModel::ReleaseSortRole).toLongLong();
        const qint64 b = right.data(LibraryModel::ReleaseSortRole).toLongLong();
        if (a != b)
            return a != 0 && (b == 0 || a < b);
        // Then an awaited season with no window before a show with nothing awaited.
        const bool wa = left.data(LibraryModel::UpcomingSeasonRole).toInt() > 0;
        const bool wb = right.data(LibraryModel::UpcomingSeasonRole).toInt() > 0;
        if (wa != wb)
            return wa;
        const qint64 la = left.data(LibraryModel::ReleaseLatestRole).toLongLong();
        const qint64 lb = right.data(LibraryModel::ReleaseLatestRole).toLongLong();
        if (la != lb)
            return la < lb;
        break;
    }
    case ByLastChange: {
        // Newest first; a show nothing was ever said about last.
        const QDateTime a = left.data(LibraryModel::LastChangeRole).toDateTime();
        const QDateTime b = right.data(LibraryModel::LastChangeRole).toDateTime();
        if (a != b)
            return a.isValid() && (!b.isValid() || a > b);
        break;
    }
    }
    return byTitle();
}
