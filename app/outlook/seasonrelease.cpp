#include "outlook/seasonrelease.h"

namespace {

// The first regular episode (specials are kept apart): the lowest number, dated or not. When
// it has no date yet the season's start is not known from its episodes.
const Episode *firstEpisode(const Season &season)
{
    const Episode *first = nullptr;
    for (const Episode &e : season.episodes)
        if (!e.special && (!first || e.number < first->number))
            first = &e;
    return first;
}

ReleaseWindow oneDay(const QDate &day)
{
    return ReleaseWindow{day, day, DatePrecision::Day, {}};
}

} // namespace

bool SeasonRelease::isOfficial() const
{
    if (basis != Basis::Outlook)
        return true;
    return claim &&
           (claim->claim.tier == Tier::Official || claim->claim.status == ClaimStatus::Confirmed);
}

bool SeasonRelease::isExactDay() const
{
    return window.isValid() && window.precision == DatePrecision::Day &&
           window.earliest == window.latest;
}

namespace SeasonReleases {

std::optional<SeasonRelease> of(const Season &season, const SeasonOutlook &outlook)
{
    if (const Episode *first = firstEpisode(season); first && first->airDate.isValid())
        return SeasonRelease{oneDay(first->airDate), SeasonRelease::Basis::FirstEpisode, {}, 0};
    if (season.premiere.isValid())
        return SeasonRelease{oneDay(season.premiere), SeasonRelease::Basis::Premiere, {}, 0};
    if (outlook.release && outlook.release->isValid())
        return SeasonRelease{*outlook.release, SeasonRelease::Basis::Outlook, outlook.releaseClaim,
                             outlook.agreeing};
    return std::nullopt;
}

QString basisName(SeasonRelease::Basis basis)
{
    switch (basis) {
    case SeasonRelease::Basis::FirstEpisode:
        return QStringLiteral("first_episode");
    case SeasonRelease::Basis::Premiere:
        return QStringLiteral("premiere");
    case SeasonRelease::Basis::Outlook:
        return QStringLiteral("outlook");
    }
    return QString();
}

} // namespace SeasonReleases
