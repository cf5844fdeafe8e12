#pragma once

#include "domain/catalog.h"

#include <QDate>

// Whether and when a season came out, as the catalog knows it: what release-window predictions
// are judged against (outlook/trackrecord.h).
struct CatalogRelease {
    qint64 showId = 0;
    int season = 0;
    bool released = false; // the catalog says so, whether or not it knows the date
    // The air date of the first regular episode (the lowest number) when it is dated, else the
    // premiere: the order the reminders' release (outlook/seasonrelease.h) uses.
    QDate date;

    // The same rule as LedgerQueries::catalogReleases, for a season already loaded.
    static CatalogRelease of(qint64 showId, const Season &season)
    {
        CatalogRelease r{showId, season.number, season.status == SeasonStatus::Released,
                         season.premiere};
        const Episode *first = nullptr;
        for (const Episode &e : season.episodes)
            if (!e.special && (!first || e.number < first->number))
                first = &e;
        if (first && first->airDate.isValid())
            r.date = first->airDate;
        return r;
    }
};
