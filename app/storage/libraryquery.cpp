#include "storage/libraryquery.h"

#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QSqlQuery>

bool LibraryRow::operator==(const LibraryRow &o) const
{
    return id == o.id && title == o.title && originalTitle == o.originalTitle &&
           network == o.network && seasonCount == o.seasonCount && claimCount == o.claimCount &&
           upcomingSeason == o.upcomingSeason && upcomingStatus == o.upcomingStatus &&
           upcomingPremiere == o.upcomingPremiere && lastChange == o.lastChange &&
           followed == o.followed;
}

namespace LibraryQuery {

QList<LibraryRow> rows(Database &db, QString *error)
{
    QList<LibraryRow> list;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    // The awaited season is found through the (show_id, number) index, one probe per show.
    if (!Sql::exec(
            q,
            QStringLiteral("SELECT s.id, s.title, s.original_title, s.network, "
                           "(SELECT count(*) FROM seasons WHERE show_id = s.id), "
                           "(SELECT count(*) FROM claims WHERE show_id = s.id "
                           " AND superseded_by IS NULL), "
                           "(SELECT max(captured_at) FROM claims WHERE show_id = s.id), "
                           "up.number, up.status, up.premiere, "
                           "EXISTS (SELECT 1 FROM watchlist WHERE show_id = s.id) "
                           "FROM shows s LEFT JOIN seasons up ON up.id = "
                           "(SELECT id FROM seasons WHERE show_id = s.id "
                           " AND status NOT IN ('released', 'cancelled') ORDER BY number LIMIT 1) "
                           "ORDER BY s.id"),
            {}, error))
        return list;
    while (q.next()) {
        LibraryRow r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.originalTitle = q.value(2).toString();
        r.network = q.value(3).toString();
        r.seasonCount = q.value(4).toInt();
        r.claimCount = q.value(5).toInt();
        if (!q.value(6).isNull())
            r.lastChange = QDateTime::fromSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
        if (!q.value(7).isNull()) {
            r.upcomingSeason = q.value(7).toInt();
            fromWireName(q.value(8).toString(), &r.upcomingStatus);
            r.upcomingPremiere = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        }
        r.followed = q.value(10).toBool();
        list << r;
    }
    return list;
}

} // namespace LibraryQuery
