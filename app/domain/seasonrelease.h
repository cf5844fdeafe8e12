#pragma once

#include "domain/catalog.h"

#include <QDate>

// Whether and when a season came out, as the catalog knows it: what release-window predictions
// are judged against (outlook/trackrecord.h).
struct SeasonRelease {
    qint64 showId = 0;
    int season = 0;
    bool released = false; // the catalog says so, whether or not it knows the date
    QDate date;            // the premiere, else the first regular episode's air date

    // The same rule as LedgerQueries::seasonReleases, for a season already loaded.
    static SeasonRelease of(qint64 showId, const Season &season)
    {
        SeasonRelease r{showId, season.number, season.status == SeasonStatus::Released,
                        season.premiere};
        if (r.date.isValid())
            return r;
        for (const Episode &e : season.episodes)
            if (!e.special && e.airDate.isValid() && (!r.date.isValid() || e.airDate < r.date))
                r.date = e.airDate;
        return r;
    }
};
