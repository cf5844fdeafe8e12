#include "models/recentchanges.h"

#include "domain/displaylabels.h"
#include "outlook/outlookchanges.h"
#include "storage/ledgerqueries.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RecentChanges)
};

struct Entry {
    const LibraryRow *show;
    OutlookChange change;
};

} // namespace

namespace RecentChanges {

QList<QVariantMap> rows(Database &db, const QList<LibraryRow> &shows, int limit,
                        const OutlookContext &context, QString *error)
{
    LedgerQueries queries(db);
    QList<Entry> entries;
    for (const LibraryRow &show : shows) {
        if (show.upcomingSeason <= 0)
            continue;
        ClaimFilter filter;
        filter.showId = show.id;
        filter.season = show.upcomingSeason;
        const QList<ClaimRecord> claims = queries.claims(filter, error);
        if (error && !error->isEmpty())
            return {};
        // The awaited season as the library knows it: not out, its premiere when announced.
        Show known;
        known.key = QString::number(show.id);
        Season season;
        season.number = show.upcomingSeason;
        season.status = show.upcomingStatus;
        season.premiere = show.upcomingPremiere;
        for (const OutlookChange &c : OutlookChanges::replay(known, season, claims, context))
            if (c.effect == QLatin1String("changed"))
                entries << Entry{&show, c};
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.change.published > b.change.published;
    });
    QList<QVariantMap> out;
    for (const Entry &e : entries) {
        if (out.size() >= limit)
            break;
        const OutlookChange &c = e.change;
        out << QVariantMap{
            {QStringLiteral("showId"), e.show->id},
            {QStringLiteral("show"), e.show->title},
            {QStringLiteral("season"), e.show->upcomingSeason},
            {QStringLiteral("kind"), DisplayLabels::claimKind(c.kind)},
            {QStringLiteral("before"), c.before},
            {QStringLiteral("after"), c.after},
            {QStringLiteral("source"), c.sourceTitle},
            {QStringLiteral("published"), QLocale().toString(c.published, QLocale::ShortFormat)},
            {QStringLiteral("summary"),
             c.before.isEmpty()
                 ? Tr::tr("%1: %2").arg(DisplayLabels::claimKind(c.kind), c.after)
                 : Tr::tr("%1: %2 → %3").arg(DisplayLabels::claimKind(c.kind), c.before, c.after)}};
    }
    return out;
}

} // namespace RecentChanges
