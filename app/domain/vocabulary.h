#pragma once

#include <QString>
#include <QStringList>

// The closed vocabularies of the ledger, with their stable wire names (database, feeds, JSON).
enum class ClaimKind { ReleaseWindow, EpisodeCount, Cast, Renewal, Production, Plot };
enum class Tier { Official, Reported, Rumour, Estimate };
enum class ClaimStatus { Open, Confirmed, Contradicted, Superseded, Dismissed };
enum class SeasonStatus {
    Announced,
    Renewed,
    InProduction,
    Filming,
    PostProduction,
    Released,
    Cancelled
};

// What the last sync of a feed did. Deferred: the host asked us to wait (Retry-After), which
// is not a failure.
enum class SyncStatus { New, Updated, NotModified, Unchanged, Deferred, Error };
// A reader's verdict on a claim.
enum class Verdict { Confirm, Dismiss, Wrong };
// What the ledger says of an actor for a season.
enum class CastStatus { Confirmed, Expected, Rumoured, NotReported };

template <typename E> QString wireName(E value);
template <typename E> bool fromWireName(const QString &name, E *out);
template <typename E> QStringList wireNames();

// What a reader's verdict makes of a claim: confirm → confirmed, dismiss → dismissed, wrong →
// contradicted.
ClaimStatus statusAfter(Verdict verdict);

// Higher is more trustworthy: official 4 .. estimate 1.
int tierRank(Tier tier);
