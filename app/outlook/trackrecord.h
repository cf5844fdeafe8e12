#pragma once

#include "domain/catalogrelease.h"
#include "domain/claimrecord.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

// How release-window predictions turned out, judged on a given day against what the catalog knows
// of each season's release. Derived, never stored over the ledger: the same claim is pending one
// day and missed the next. The rules are in docs/outlook.md.
enum class PredictionOutcome {
    Pending, // the window is still open, or the release date is not known to judge it by (an
             // official or confirmed window that passed waits for the catalog's release)
    Hit,     // the season came out inside the window
    Missed,  // the window's latest day passed without the release (not official or confirmed),
             // or the season came out outside it
    Report,  // said on or after the release: a report of what happened, not a prediction
};

QString outcomeName(PredictionOutcome outcome); // "pending", "hit", "missed", "report"

// One publisher's record: every release-window claim it made that still counts (open or
// confirmed, not superseded) is one prediction.
struct PublisherRecord {
    QString key;       // TrackRecord::publisherKey
    QString publisher; // as written by the newest of its sources
    int predictions = 0;
    int hit = 0;
    int missed = 0;
    int pending = 0;

    // More misses than hits: its windows rank below equal-tier ones from other publishers.
    bool poor() const { return missed > hit; }
};

using PublisherRecords = QHash<QString, PublisherRecord>;

namespace TrackRecord {

// A release window that still counts (open or confirmed, not superseded, valid, of a season).
bool isPrediction(const ClaimRecord &record);
// `release` is what is known of the claim's season; `asOf` the day it is judged on.
PredictionOutcome judge(const ClaimRecord &record, const CatalogRelease &release, QDate asOf);
// The first day on which a claim judged missed today was missed: the day after its latest day,
// or the release day when the season came out before the window opened (never before the claim
// was published).
QDate missedOn(const ClaimRecord &record, const CatalogRelease &release);

// Publisher when known, so two articles of one site count as one source; else the source's key.
QString publisherKey(const ClaimRecord &record);
// What to call the source in a list: its publisher, else its title, else its key.
QString publisherName(const ClaimRecord &record);

// Every publisher with at least one prediction in `claims` (any show), judged on `today`.
// `releases` are the seasons' release facts (LedgerQueries::catalogReleases); a season missing
// from them has not come out.
PublisherRecords tally(const QList<ClaimRecord> &claims, const QList<CatalogRelease> &releases,
                       QDate today);
// The records by publisher name (case-insensitive), for display.
QList<PublisherRecord> sorted(const PublisherRecords &records);

} // namespace TrackRecord
