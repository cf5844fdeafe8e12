#include "extract/rules.h"

namespace ExtractDetail {

ExtractedClaim makeClaim(const RuleContext &ctx, ClaimKind kind, const SeasonPick &pick,
                         const QString &rule)
{
    ExtractedClaim c;
    c.showId = ctx.show.show.id;
    c.claim.kind = kind;
    c.claim.season = pick.season;
    c.claim.status = ClaimStatus::Open;
    QString hedge;
    c.claim.tier = ctx.tier(&hedge);
    // Machine-readable and short: what matched, where the season came from, what hedged it.
    QString note = rule + QStringLiteral("; season: ") + seasonSourceName(pick.source);
    if (!pick.wording.isEmpty())
        note += QStringLiteral(" '") + pick.wording.toString() + u'\'';
    if (!hedge.isEmpty())
        note += QStringLiteral("; hedge: ") + hedge;
    c.claim.note = note;
    return c;
}

} // namespace ExtractDetail
