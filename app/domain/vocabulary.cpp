#include "domain/vocabulary.h"

#include <array>
#include <utility>

namespace {

template <typename E, std::size_t N> using Table = std::array<std::pair<E, const char *>, N>;

constexpr Table<ClaimKind, 6> kKinds{{{ClaimKind::ReleaseWindow, "release_window"},
                                      {ClaimKind::EpisodeCount, "episode_count"},
                                      {ClaimKind::Cast, "cast"},
                                      {ClaimKind::Renewal, "renewal"},
                                      {ClaimKind::Production, "production"},
                                      {ClaimKind::Plot, "plot"}}};
constexpr Table<Tier, 4> kTiers{{{Tier::Official, "official"},
                                 {Tier::Reported, "reported"},
                                 {Tier::Rumour, "rumour"},
                                 {Tier::Estimate, "estimate"}}};
constexpr Table<ClaimStatus, 5> kStatuses{{{ClaimStatus::Open, "open"},
                                           {ClaimStatus::Confirmed, "confirmed"},
                                           {ClaimStatus::Contradicted, "contradicted"},
                                           {ClaimStatus::Superseded, "superseded"},
                                           {ClaimStatus::Dismissed, "dismissed"}}};
constexpr Table<SeasonStatus, 7> kSeasonStatuses{{{SeasonStatus::Announced, "announced"},
                                                  {SeasonStatus::Renewed, "renewed"},
                                                  {SeasonStatus::InProduction, "in_production"},
                                                  {SeasonStatus::Filming, "filming"},
                                                  {SeasonStatus::PostProduction, "post_production"},
                                                  {SeasonStatus::Released, "released"},
                                                  {SeasonStatus::Cancelled, "cancelled"}}};

constexpr Table<SyncStatus, 6> kSyncStatuses{{{SyncStatus::New, "new"},
                                              {SyncStatus::Updated, "updated"},
                                              {SyncStatus::NotModified, "not_modified"},
                                              {SyncStatus::Unchanged, "unchanged"},
                                              {SyncStatus::Deferred, "deferred"},
                                              {SyncStatus::Error, "error"}}};
constexpr Table<Verdict, 3> kVerdicts{
    {{Verdict::Confirm, "confirm"}, {Verdict::Dismiss, "dismiss"}, {Verdict::Wrong, "wrong"}}};
constexpr Table<CastStatus, 4> kCastStatuses{{{CastStatus::Confirmed, "confirmed"},
                                              {CastStatus::Expected, "expected"},
                                              {CastStatus::Rumoured, "rumoured"},
                                              {CastStatus::NotReported, "not_reported"}}};

template <typename E> constexpr const auto &table();
template <> constexpr const auto &table<ClaimKind>()
{
    return kKinds;
}
template <> constexpr const auto &table<Tier>()
{
    return kTiers;
}
template <> constexpr const auto &table<ClaimStatus>()
{
    return kStatuses;
}
template <> constexpr const auto &table<SeasonStatus>()
{
    return kSeasonStatuses;
}

template <> constexpr const auto &table<SyncStatus>()
{
    return kSyncStatuses;
}
template <> constexpr const auto &table<Verdict>()
{
    return kVerdicts;
}
template <> constexpr const auto &table<CastStatus>()
{
    return kCastStatuses;
}

} // namespace

template <typename E> QString wireName(E value)
{
    for (const auto &[e, name] : table<E>())
        if (e == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename E> bool fromWireName(const QString &name, E *out)
{
    for (const auto &[e, wire] : table<E>()) {
        if (name == QLatin1String(wire)) {
            *out = e;
            return true;
        }
    }
    return false;
}

template <typename E> QStringList wireNames()
{
    QStringList names;
    for (const auto &entry : table<E>())
        names << QString::fromLatin1(entry.second);
    return names;
}

#define CLIFFHANGER_INSTANTIATE(E)                                                                 \
    template QString wireName<E>(E);                                                               \
    template bool fromWireName<E>(const QString &, E *);                                           \
    template QStringList wireNames<E>();
CLIFFHANGER_INSTANTIATE(ClaimKind)
CLIFFHANGER_INSTANTIATE(Tier)
CLIFFHANGER_INSTANTIATE(ClaimStatus)
CLIFFHANGER_INSTANTIATE(SeasonStatus)
CLIFFHANGER_INSTANTIATE(SyncStatus)
CLIFFHANGER_INSTANTIATE(Verdict)
CLIFFHANGER_INSTANTIATE(CastStatus)
#undef CLIFFHANGER_INSTANTIATE

ClaimStatus statusAfter(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Confirm:
        return ClaimStatus::Confirmed;
    case Verdict::Dismiss:
        return ClaimStatus::Dismissed;
    case Verdict::Wrong:
        break;
    }
    return ClaimStatus::Contradicted;
}

int tierRank(Tier tier)
{
    switch (tier) {
    case Tier::Official:
        return 4;
    case Tier::Reported:
        return 3;
    case Tier::Rumour:
        return 2;
    case Tier::Estimate:
        return 1;
    }
    return 0;
}
