#include "models/librarymodel.h"

#include "domain/displaylabels.h"
#include "domain/textkeys.h"
#include "outlook/seasonoutlook.h"
#include "pipeline/outlookcontext.h"
#include "storage/ledgerqueries.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

bool LibraryModel::Row::operator==(const Row &o) const
{
    auto sameRelease = [](const std::optional<ReleaseWindow> &a,
                          const std::optional<ReleaseWindow> &b) {
        if (a.has_value() != b.has_value())
            return false;
        return !a || *a == *b;
    };
    return show == o.show && sameRelease(release, o.release);
}

LibraryModel::LibraryModel(QObject *parent) : QAbstractListModel(parent) {}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const LibraryRow &s = r.show;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return s.title;
    case ShowIdRole:
        return s.id;
    case OriginalTitleRole:
        return s.originalTitle;
    case NetworkRole:
        return s.network;
    case InitialsRole:
        return DisplayLabels::initials(s.title);
    case SeasonCountRole:
        return s.seasonCount;
    case ClaimCountRole:
        return s.claimCount;
    case UpcomingSeasonRole:
        return s.upcomingSeason;
    case StatusRole:
        return s.upcomingSeason > 0 ? wireName(s.upcomingStatus) : QString();
    case StatusLabelRole:
        return s.upcomingSeason > 0 ? DisplayLabels::seasonStatus(s.upcomingStatus) : QString();
    case ReleaseLabelRole:
        return r.release ? r.release->label() : QString();
    case ReleaseSortRole:
        return r.release ? r.release->earliest.toJulianDay() : qint64(0);
    case ReleaseLatestRole:
        return r.release ? r.release->latest.toJulianDay() : qint64(0);
    case LastChangeRole:
        return s.lastChange;
    case LastChangeLabelRole:
        return s.lastChange.isValid()
                   ? QLocale().toString(s.lastChange.toLocalTime().date(), QLocale::ShortFormat)
                   : QString();
    case SearchTextRole:
        return r.searchText;
    case FollowedRole:
        return s.followed;
    }
    return {};
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    return {{ShowIdRole, "showId"},
            {TitleRole, "title"},
            {OriginalTitleRole, "originalTitle"},
            {NetworkRole, "network"},
            {InitialsRole, "initials"},
            {SeasonCountRole, "seasonCount"},
            {ClaimCountRole, "claimCount"},
            {UpcomingSeasonRole, "upcomingSeason"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {ReleaseLabelRole, "releaseLabel"},
            {ReleaseSortRole, "releaseSort"},
            {ReleaseLatestRole, "releaseLatest"},
            {LastChangeRole, "lastChange"},
            {LastChangeLabelRole, "lastChangeLabel"},
            {SearchTextRole, "searchText"},
            {FollowedRole, "followed"}};
}

bool LibraryModel::reload(Database &db, QDate today, QString *error)
{
    OutlookContext context;
    QList<ClaimRecord> claims;
    QList<Row> rows;
    if (!loadOutlookContext(db, today, &context, error, &claims) ||
        !read(db, context, claims, &rows, error))
        return false;
    apply(std::move(rows));
    return true;
}

bool LibraryModel::read(Database &db, const OutlookContext &context,
                        const QList<ClaimRecord> &claims, QList<Row> *out, QString *error)
{
    QString queryError;
    const QList<LibraryRow> shows = LibraryQuery::rows(db, &queryError);
    const QDate today = context.today;
    if (!queryError.isEmpty()) {
        *error = queryError;
        return false;
    }
    // Each show's awaited season's release claims, then the outlook's own choice among them.
    QHash<qint64, int> upcoming;
    for (const LibraryRow &s : shows)
        if (s.upcomingSeason > 0)
            upcoming.insert(s.id, s.upcomingSeason);
    QHash<qint64, QList<ClaimRecord>> byShow;
    for (const ClaimRecord &c : claims)
        if (upcoming.value(c.showId, -1) == c.claim.season)
            byShow[c.showId] << c;

    QList<Row> rows;
    rows.reserve(shows.size());
    for (const LibraryRow &s : shows) {
        Row row{s, std::nullopt, QString()};
        // As the show page decides: the best claim that is not missed, publishers weighed by
        // their record; a premiere date alone when no claim exists.
        const CatalogRelease release{s.id, s.upcomingSeason, false, s.upcomingPremiere};
        const QList<ClaimRecord> live =
            OutlookCalculator::liveClaims(release, byShow.value(s.id), today);
        if (const auto best =
                OutlookCalculator::bestClaim(live, ClaimKind::ReleaseWindow, context.records))
            row.release = best->claim.window;
        else if (s.upcomingPremiere.isValid())
            row.release =
                ReleaseWindow{s.upcomingPremiere, s.upcomingPremiere, DatePrecision::Day, {}};
        row.searchText = TextKeys::fold(s.title + QLatin1Char(' ') + s.originalTitle +
                                        QLatin1Char(' ') + s.network);
        rows << row;
    }
    *out = std::move(rows);
    return true;
}

void LibraryModel::apply(QList<Row> rows)
{
    // Both lists are in show-id order: one merge gives removals, inserts and changes.
    const int before = int(m_rows.size());
    int i = 0;
    int j = 0;
    while (i < m_rows.size() || j < rows.size()) {
        if (j >= rows.size() || (i < m_rows.size() && m_rows[i].show.id < rows[j].show.id)) {
            int end = i;
            while (end + 1 < m_rows.size() &&
                   (j >= rows.size() || m_rows[end + 1].show.id < rows[j].show.id))
                ++end;
            beginRemoveRows(QModelIndex(), i, end);
            m_rows.erase(m_rows.begin() + i, m_rows.begin() + end + 1);
            endRemoveRows();
        } else if (i >= m_rows.size() || rows[j].show.id < m_rows[i].show.id) {
            int end = j;
            while (end + 1 < rows.size() &&
                   (i >= m_rows.size() || rows[end + 1].show.id < m_rows[i].show.id))
                ++end;
            beginInsertRows(QModelIndex(), i, i + (end - j));
            for (int k = j; k <= end; ++k)
                m_rows.insert(i + (k - j), rows[k]);
            endInsertRows();
            i += end - j + 1;
            j = end + 1;
        } else {
            if (!(m_rows[i] == rows[j])) {
                m_rows[i] = rows[j];
                emit dataChanged(index(i), index(i));
            }
            ++i;
            ++j;
        }
    }
    if (before != m_rows.size())
        emit countChanged();
}

int LibraryModel::rowOfShow(qint64 showId) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), showId,
                                     [](const Row &r, qint64 id) { return r.show.id < id; });
    return it != m_rows.cend() && it->show.id == showId ? int(it - m_rows.cbegin()) : -1;
}

QList<LibraryRow> LibraryModel::newestChanged(const QList<Row> &rows, int n)
{
    QList<LibraryRow> shows;
    for (const Row &r : rows)
        if (r.show.lastChange.isValid())
            shows << r.show;
    std::sort(shows.begin(), shows.end(),
              [](const LibraryRow &a, const LibraryRow &b) { return a.lastChange > b.lastChange; });
    if (shows.size() > n)
        shows.resize(n);
    return shows;
}
