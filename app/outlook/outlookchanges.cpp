#include "outlook/outlookchanges.h"

#include <algorithm>

namespace {

using OutlookCalculator::publishedOf;

QString labelOf(const ClaimRecord &r, const QLocale &labels)
{
    return r.claim.kind == ClaimKind::ReleaseWindow ? r.claim.window.label(labels)
                                                    : QString::number(r.claim.value.toInt());
}

bool agrees(const ClaimRecord &a, const ClaimRecord &b)
{
    if (a.claim.kind == ClaimKind::ReleaseWindow)
        return a.claim.window.overlaps(b.claim.window);
    return a.claim.value.toInt() == b.claim.value.toInt();
}

} // namespace

namespace OutlookChanges {

QList<OutlookChange> replay(const Show &show, const Season &season,
                            const QList<ClaimRecord> &claims, const OutlookContext &context,
                            const QLocale &labels)
{
    const CatalogRelease release = CatalogRelease::of(show.key.toLongLong(), season);
    // A claim arriving on its publication day, or a window leaving on the day it was missed.
    struct Event {
        QDate day;
        bool missed = false;
        ClaimRecord record;
    };
    QList<Event> events;
    for (const ClaimRecord &r : claims) {
        if (r.claim.season != season.number || r.supersededBy != 0 ||
            r.claim.status == ClaimStatus::Dismissed ||
            !(r.claim.kind == ClaimKind::EpisodeCount ||
              (r.claim.kind == ClaimKind::ReleaseWindow && r.claim.window.isValid())))
            continue;
        events << Event{publishedOf(r), false, r};
        if (TrackRecord::isPrediction(r) &&
            TrackRecord::judge(r, release, context.today) == PredictionOutcome::Missed)
            events << Event{TrackRecord::missedOn(r, release), true, r};
    }
    // By day; on one day arrivals before misses (a window already past when written arrives,
    // then leaves), then by claim id.
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.missed != b.missed)
            return b.missed;
        return a.record.id < b.record.id;
    });

    // The replay weighs publishers by their record of today, so it ends on the outlook shown now.
    QList<OutlookChange> changes;
    QList<ClaimRecord> live; // arrived and not yet missed
    for (const Event &e : events) {
        const ClaimRecord &r = e.record;
        const auto before = OutlookCalculator::bestClaim(live, r.claim.kind, context.records);
        if (e.missed)
            live.removeIf([&r](const ClaimRecord &c) { return c.id == r.id; });
        else
            live << r;
        const auto after = OutlookCalculator::bestClaim(live, r.claim.kind, context.records);
        OutlookChange change;
        change.claimId = r.id;
        change.published = e.day;
        change.kind = r.claim.kind;
        change.sourceTitle = r.source.title;
        change.claimLabel = labelOf(r, labels);
        change.before = before ? labelOf(*before, labels) : QString();
        change.after = after ? labelOf(*after, labels) : QString();
        if (e.missed)
            change.effect = QStringLiteral("missed");
        else if (change.before != change.after)
            change.effect = QStringLiteral("changed");
        else if (before && OutlookCalculator::counts(r.claim.status) && agrees(r, *before))
            change.effect = QStringLiteral("agreed");
        else
            change.effect = QStringLiteral("no_effect");
        changes << change;
    }
    return changes;
}

WindowSpread spread(const Show &show, const Season &season, const QList<ClaimRecord> &claims,
                    QDate today)
{
    WindowSpread s;
    for (const ClaimRecord &r : OutlookCalculator::liveClaims(show, season, claims, today)) {
        if (r.claim.kind != ClaimKind::ReleaseWindow || !r.claim.window.isValid() ||
            r.supersededBy != 0 || !OutlookCalculator::counts(r.claim.status))
            continue;
        if (!s.earliest.isValid() || r.claim.window.earliest < s.earliest)
            s.earliest = r.claim.window.earliest;
        if (!s.latest.isValid() || r.claim.window.latest > s.latest)
            s.latest = r.claim.window.latest;
        ++s.claims;
    }
    if (s.claims > 0)
        s.days = s.earliest.daysTo(s.latest) + 1;
    return s;
}

} // namespace OutlookChanges
