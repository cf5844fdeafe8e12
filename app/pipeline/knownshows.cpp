#include "pipeline/knownshows.h"

#include "outlook/seasonoutlook.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"

#include <QSqlQuery>

namespace KnownShows {

QList<KnownShow> load(Database &db, QString *error)
{
    LedgerQueries queries(db);
    QList<KnownShow> known;
    for (const ShowSummary &summary : queries.shows(error)) {
        const auto show = queries.loadShow(summary.id, error);
        if (!show)
            continue;
        KnownShow k;
        k.id = summary.id;
        k.title = show->title;
        k.aliases = show->aliases;
        for (const QString &name : {show->originalTitle, show->originalTitleRomanised})
            if (!name.isEmpty())
                k.aliases << name;
        for (const Season &s : show->seasons) {
            k.seasons << s.number;
            if (s.status == SeasonStatus::Released) {
                if (s.premiere.isValid() &&
                    (!k.latestPremiere.isValid() || s.premiere > k.latestPremiere))
                    k.latestPremiere = s.premiere;
            }
        }
        const int upcoming = OutlookCalculator::upcomingSeasonIndex(*show);
        k.upcomingSeason = upcoming >= 0 ? show->seasons[upcoming].number : 0;
        k.credits = show->credits;
        known << k;
    }
    return known;
}

QString version(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) || ':' || coalesce(max(id), 0) FROM shows) || '/' || "
            "(SELECT count(*) || ':' || coalesce(max(id), 0) FROM show_names) || '/' || "
            "(SELECT group_concat(number || status) FROM seasons) || '/' || "
            "(SELECT count(*) || ':' || coalesce(max(id), 0) FROM credits)")) ||
        !q.next())
        return QString();
    return q.value(0).toString();
}

} // namespace KnownShows
