#pragma once

#include "domain/catalog.h"
#include "domain/claimrecord.h"

#include <QList>
#include <optional>

// How one season looks now, derived from the ledger; never stored over it.
struct CastOutlook {
    QString actor;
    QString character;
    CastStatus status = CastStatus::NotReported;
    int sources = 0; // independent sources behind the status
};

struct WindowHistoryEntry {
    qint64 claimId = 0;
    QDate published; // the source's publication date (its precision in `source`)
    ReleaseWindow window;
    Source source;
    Tier tier = Tier::Reported;
    ClaimStatus status = ClaimStatus::Open;
};

struct SeasonOutlook {
    int season = 0;
    // The current best window: from a claim, or the premiere of a released season.
    std::optional<ReleaseWindow> release;
    std::optional<ClaimRecord> releaseClaim; // empty when release comes from the premiere
    int agreeing = 0;                        // other independent sources whose window overlaps
    QList<WindowHistoryEntry> history;       // in order of publication
    std::optional<int> episodeCount;
    QList<CastOutlook> cast;
};

namespace OutlookCalculator {

// Chooses among claims that still count (open or confirmed): confirmed first, then the
// highest tier, then the newest source.
std::optional<ClaimRecord> bestClaim(const QList<ClaimRecord> &claims, ClaimKind kind);
bool counts(ClaimStatus status);
// When a source spoke: its publication date, else when the claim was captured.
QDate publishedOf(const ClaimRecord &record);
// The season people wait for: the first one neither released nor cancelled; -1 when none.
int upcomingSeasonIndex(const Show &show);

// `claims` are every claim of the show (any season); `show` supplies seasons and credits.
SeasonOutlook forSeason(const Show &show, const Season &season, const QList<ClaimRecord> &claims);

} // namespace OutlookCalculator
