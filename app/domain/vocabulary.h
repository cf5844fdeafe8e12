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

template <typename E> QString wireName(E value);
template <typename E> bool fromWireName(const QString &name, E *out);
template <typename E> QStringList wireNames();

// Higher is more trustworthy: official 4 .. estimate 1.
int tierRank(Tier tier);
