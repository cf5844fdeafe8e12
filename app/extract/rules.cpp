#include "extract/rules.h"

namespace ExtractDetail {

namespace {

// A lower-case word in a cased alphabet English does not use (Cyrillic, Vietnamese letters):
// what an article spinner leaves in a sentence ("the series is set tr\u1edf l\u1ea1i next
// spring"). Hangul and kana have no case and are original titles, not noise.
int foreignWord(const Sentence &s)
{
    for (int k = 0; k < s.tokens.size(); ++k) {
        const Token &t = s.tokens.at(k);
        if (t.kind != Token::Word || t.capitalised)
            continue;
        for (const QChar c : s.text.mid(t.start, t.end - t.start)) {
            const char16_t u = c.unicode();
            if ((u >= 0x0100 && u <= 0x024f) || (u >= 0x0400 && u <= 0x04ff) ||
                (u >= 0x1e00 && u <= 0x1eff))
                return k;
        }
    }
    return -1;
}

Tier oneLower(Tier t)
{
    switch (t) {
    case Tier::Official:
        return Tier::Reported;
    case Tier::Reported:
        return Tier::Rumour;
    default:
        return Tier::Estimate;
    }
}

} // namespace

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
    // Spun text: the pattern matched around a word that does not belong; trust it less.
    if (const int noise = foreignWord(ctx.s); noise >= 0) {
        c.claim.tier = oneLower(c.claim.tier);
        const Token &t = ctx.s.tokens.at(noise);
        note += QStringLiteral("; tolerated an unknown word '") +
                ctx.s.text.mid(t.start, t.end - t.start).toString() +
                QStringLiteral("' (spun text): tier lowered");
    }
    c.claim.note = note;
    return c;
}

} // namespace ExtractDetail
