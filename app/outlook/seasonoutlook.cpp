#include "outlook/seasonoutlook.h"

#include "domain/textkeys.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace {

using OutlookCalculator::publishedOf;

// Sort key of trust: confirmed beats open, then tier, then the publisher's standing, then
// recency, then the later capture. Standing comes after tier so that a track record never lifts
// a rumour over a report: it only breaks ties among equals, where recency used to decide alone.
bool moreTrusted(const ClaimRecord &a, const ClaimRecord &b, const PublisherRecords &records)
{
    const bool ca = a.claim.status == ClaimStatus::Confirmed;
    const bool cb = b.claim.status == ClaimStatus::Confirmed;
    if (ca != cb)
        return ca;
    if (tierRank(a.claim.tier) != tierRank(b.claim.tier))
        return tierRank(a.claim.tier) > tierRank(b.claim.tier);
    const bool poorA = records.value(TrackRecord::publisherKey(a)).poor();
    const bool poorB = records.value(TrackRecord::publisherKey(b)).poor();
    if (poorA != poorB)
        return poorB;
    if (publishedOf(a) != publishedOf(b))
        return publishedOf(a) > publishedOf(b);
    return a.id > b.id;
}

QList<CastOutlook> castFor(const Show &show, int seasonNumber, const QList<ClaimRecord> &claims)
{
    // What the claims say of each actor, folded once per claim (not once per claim and credit).
    struct Reported {
        CastStatus status = CastStatus::NotReported;
        QSet<QString> sources;
    };
    QHash<QString, Reported> byActor;
    for (const ClaimRecord &r : claims) {
        if (r.claim.kind != ClaimKind::Cast || r.claim.season != seasonNumber ||
            !OutlookCalculator::counts(r.claim.status))
            continue;
        Reported &reported = byActor[TextKeys::fold(
            r.claim.value.toObject().value(QLatin1String("actor")).toString())];
        reported.sources.insert(TrackRecord::publisherKey(r));
        const CastStatus level = r.claim.status == ClaimStatus::Confirmed ? CastStatus::Confirmed
                                 : tierRank(r.claim.tier) >= tierRank(Tier::Reported)
                                     ? CastStatus::Expected
                                     : CastStatus::Rumoured;
        // The enum runs from the strongest (Confirmed) to the weakest (NotReported).
        reported.status = std::min(reported.status, level);
    }

    QList<CastOutlook> cast;
    QSet<QString> seen;
    // The cast list is every credited pair, the season's own credits first.
    QList<Credit> credits = show.credits;
    std::stable_sort(credits.begin(), credits.end(),
                     [seasonNumber](const Credit &a, const Credit &b) {
                         return (a.season == seasonNumber) > (b.season == seasonNumber);
                     });
    for (const Credit &credit : credits) {
        const QString actorKey = TextKeys::fold(credit.actor);
        if (seen.contains(actorKey))
            continue;
        seen.insert(actorKey);
        const Reported reported = byActor.value(actorKey);
        CastOutlook entry{credit.actor, credit.character, reported.status,
                          int(reported.sources.size())};
        if (credit.season == seasonNumber) // credited for the season: confirmed
            entry.status = CastStatus::Confirmed;
        cast << entry;
    }
    return cast;
}

} // namespace

namespace OutlookCalculator {

QDate publishedOf(const ClaimRecord &record)
{
    return record.source.published.isValid() ? record.source.published : record.capturedAt.date();
}

int upcomingSeasonIndex(const Show &show)
{
    for (int i = 0; i < show.seasons.size(); ++i)
        if (show.seasons[i].status != SeasonStatus::Released &&
            show.seasons[i].status != SeasonStatus::Cancelled)
            return i;
    return -1;
}

bool counts(ClaimStatus status)
{
    return status == ClaimStatus::Open || status == ClaimStatus::Confirmed;
}

std::optional<ClaimRecord> bestClaim(const QList<ClaimRecord> &claims, ClaimKind kind,
                                     const PublisherRecords &records)
{
    std::optional<ClaimRecord> best;
    for (const ClaimRecord &r : claims) {
        if (r.claim.kind != kind || !counts(r.claim.status))
            continue;
        if (kind == ClaimKind::ReleaseWindow && !r.claim.window.isValid())
            continue;
        if (!best || moreTrusted(r, *best, records))
            best = r;
    }
    return best;
}

QList<ClaimRecord> liveClaims(const Show &show, const Season &season,
                              const QList<ClaimRecord> &claims, QDate today)
{
    return liveClaims(CatalogRelease::of(show.key.toLongLong(), season), claims, today);
}

QList<ClaimRecord> liveClaims(const CatalogRelease &release, const QList<ClaimRecord> &claims,
                              QDate today)
{
    QList<ClaimRecord> live;
    for (const ClaimRecord &r : claims)
        if (r.claim.season == release.season &&
            !(TrackRecord::isPrediction(r) &&
              TrackRecord::judge(r, release, today) == PredictionOutcome::Missed))
            live << r;
    return live;
}

SeasonOutlook forSeason(const Show &show, const Season &season, const QList<ClaimRecord> &all,
                        const OutlookContext &context)
{
    SeasonOutlook outlook;
    outlook.season = season.number;
    // A missed window leaves the best window and the agreeing count; it stays in the history.
    const QList<ClaimRecord> claims = liveClaims(show, season, all, context.today);

    outlook.releaseClaim = bestClaim(claims, ClaimKind::ReleaseWindow, context.records);
    if (season.status == SeasonStatus::Released && season.premiere.isValid()) {
        outlook.release = ReleaseWindow{season.premiere, season.premiere, DatePrecision::Day, {}};
        outlook.releaseClaim.reset();
    } else if (outlook.releaseClaim) {
        outlook.release = outlook.releaseClaim->claim.window;
        QSet<QString> agreeing;
        for (const ClaimRecord &r : claims)
            if (r.claim.kind == ClaimKind::ReleaseWindow && counts(r.claim.status) &&
                r.id != outlook.releaseClaim->id && r.claim.window.overlaps(*outlook.release) &&
                TrackRecord::publisherKey(r) != TrackRecord::publisherKey(*outlook.releaseClaim))
                agreeing.insert(TrackRecord::publisherKey(r));
        outlook.agreeing = int(agreeing.size());
    }

    const CatalogRelease release = CatalogRelease::of(show.key.toLongLong(), season);
    for (const ClaimRecord &r : all) {
        if (r.claim.season != season.number || r.claim.kind != ClaimKind::ReleaseWindow ||
            !r.claim.window.isValid() || r.claim.status == ClaimStatus::Dismissed ||
            r.supersededBy != 0)
            continue;
        const PredictionOutcome outcome = TrackRecord::isPrediction(r)
                                              ? TrackRecord::judge(r, release, context.today)
                                              : PredictionOutcome::Pending;
        outlook.history << WindowHistoryEntry{
            r.id, publishedOf(r), r.claim.window, r.source, r.claim.tier, r.claim.status, outcome};
    }
    std::stable_sort(outlook.history.begin(), outlook.history.end(),
                     [](const WindowHistoryEntry &a, const WindowHistoryEntry &b) {
                         return a.published < b.published;
                     });

    if (season.episodeCount)
        outlook.episodeCount = season.episodeCount;
    else if (const auto count = bestClaim(claims, ClaimKind::EpisodeCount))
        outlook.episodeCount = count->claim.value.toInt();

    outlook.cast = castFor(show, season.number, all);
    return outlook;
}

} // namespace OutlookCalculator
