#pragma once

#include "domain/catalog.h"
#include "domain/claimrecord.h"
#include "outlook/trackrecord.h"

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
    // How the window turned out by the outlook's day; a missed one stays here, marked.
    PredictionOutcome outcome = PredictionOutcome::Pending;

    bool missed() const { return outcome == PredictionOutcome::Missed; }
    // The wire word scripts see: "missed" for a missed window, else the claim's status.
    QString statusName() const { return missed() ? outcomeName(outcome) : wireName(status); }
};

// What an outlook is judged against: the day (a window whose latest day is before it, with the
// season still not out, is missed and stops shaping the outlook) and each publisher's record.
// The day is handed in, never read from the clock here, so tests and scripts can fix it.
struct OutlookContext {
    QDate today;
    PublisherRecords records; // empty: every publisher in good standing
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
// highest tier, then a publisher in good standing over one with a poor record (more misses than
// hits in `records`), then the newest source. Missed windows are the caller's to leave out.
std::optional<ClaimRecord> bestClaim(const QList<ClaimRecord> &claims, ClaimKind kind,
                                     const PublisherRecords &records = {});
bool counts(ClaimStatus status);
// When a source spoke: its publication date, else when the claim was captured.
QDate publishedOf(const ClaimRecord &record);
// The season people wait for: the first one neither released nor cancelled; -1 when none.
int upcomingSeasonIndex(const Show &show);

// The season's claims without its windows that are missed on `today`.
QList<ClaimRecord> liveClaims(const Show &show, const Season &season,
                              const QList<ClaimRecord> &claims, QDate today);
// The same for the season `release` describes (release.season), when no Show is loaded.
QList<ClaimRecord> liveClaims(const CatalogRelease &release, const QList<ClaimRecord> &claims,
                              QDate today);

// `claims` are every claim of the show (any season); `show` supplies seasons and credits (its
// key is the database id, as LedgerQueries::loadShow gives it).
SeasonOutlook forSeason(const Show &show, const Season &season, const QList<ClaimRecord> &claims,
                        const OutlookContext &context);

} // namespace OutlookCalculator
