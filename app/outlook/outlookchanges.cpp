#include "outlook/outlookchanges.h"

#include <algorithm>

namespace {

using OutlookCalculator::publishedOf;

QString labelOf(const ClaimRecord &r)
{
    return r.claim.kind == ClaimKind::ReleaseWindow ? r.claim.window.label()
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

QList<OutlookChange> replay(int season, const QList<ClaimRecord> &claims)
{
    QList<ClaimRecord> relevant;
    for (const ClaimRecord &r : claims)
        if (r.claim.season == season && r.supersededBy == 0 &&
            r.claim.status != ClaimStatus::Dismissed &&
            (r.claim.kind == ClaimKind::EpisodeCount ||
             (r.claim.kind == ClaimKind::ReleaseWindow && r.claim.window.isValid())))
            relevant << r;
    std::stable_sort(relevant.begin(), relevant.end(),
                     [](const ClaimRecord &a, const ClaimRecord &b) {
                         if (publishedOf(a) != publishedOf(b))
                             return publishedOf(a) < publishedOf(b);
                         return a.id < b.id;
                     });

    QList<OutlookChange> changes;
    QList<ClaimRecord> seen;
    for (const ClaimRecord &r : relevant) {
        const auto before = OutlookCalculator::bestClaim(seen, r.claim.kind);
        seen << r;
        const auto after = OutlookCalculator::bestClaim(seen, r.claim.kind);
        OutlookChange change;
        change.claimId = r.id;
        change.published = publishedOf(r);
        change.kind = r.claim.kind;
        change.sourceTitle = r.source.title;
        change.claimLabel = labelOf(r);
        change.before = before ? labelOf(*before) : QString();
        change.after = after ? labelOf(*after) : QString();
        if (change.before != change.after)
            change.effect = QStringLiteral("changed");
        else if (before && OutlookCalculator::counts(r.claim.status) && agrees(r, *before))
            change.effect = QStringLiteral("agreed");
        else
            change.effect = QStringLiteral("no_effect");
        changes << change;
    }
    return changes;
}

WindowSpread spread(int season, const QList<ClaimRecord> &claims)
{
    WindowSpread s;
    for (const ClaimRecord &r : claims) {
        if (r.claim.season != season || r.claim.kind != ClaimKind::ReleaseWindow ||
            !r.claim.window.isValid() || r.supersededBy != 0 ||
            !OutlookCalculator::counts(r.claim.status))
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
