#include "extract/lexicon.h"
#include "extract/rules.h"

#include <QJsonObject>

// Production milestones and renewals. The event words come from events.cpp; here they become
// claims about a season: the season named with them ("filming on season 2 began", "renewed
// for a second season"), else the paragraph's or headline's, else the upcoming one (a renewal
// or a shoot is always for a season not out yet). A date the sentence ties to the event is
// its window; an event dated before the newest premiere belonged to a released season.
// A renewal or cancellation stated as a possibility ("if Netflix renews it", "could be
// cancelled") or denied ("has not been renewed") is no claim.

namespace ExtractDetail {

using namespace Lexicon;

namespace {

const DateSpan *dateOf(const RuleContext &ctx, int eventIndex)
{
    const int di = ctx.events.eventDate.at(eventIndex);
    return di >= 0 ? &ctx.s.dates.at(di) : nullptr;
}

bool beforeReleasedSeason(const RuleContext &ctx, const DateSpan *date)
{
    const QDate premiere = ctx.show.show.latestPremiere;
    return date && premiere.isValid() && date->window.latest < premiere;
}

SeasonPick seasonOfEvent(const RuleContext &ctx, int tok, int fallback)
{
    SeasonPick pick = ctx.season(tok, tok + 1);
    if (pick.source == SeasonSource::None && fallback > 0)
        pick = {fallback, SeasonSource::Fallback, {}};
    return pick;
}

} // namespace

void productionClaims(const RuleContext &ctx, QList<ExtractedClaim> *out)
{
    QList<Milestone> done;
    for (int ei = 0; ei < ctx.events.events.size(); ++ei) {
        const Event &e = ctx.events.events.at(ei);
        if (e.kind != Event::Production || e.premise || done.contains(e.milestone) ||
            !ctx.ours(e.tok))
            continue;
        const DateSpan *date = dateOf(ctx, ei);
        if (beforeReleasedSeason(ctx, date))
            continue;
        const SeasonPick pick = seasonOfEvent(ctx, e.tok, ctx.show.show.upcomingSeason);
        if (!ctx.show.isOpen(pick.season))
            continue;
        const QString milestone = milestoneName(e.milestone);
        ExtractedClaim c = makeClaim(ctx, ClaimKind::Production, pick,
                                     QStringLiteral("production: %1 '%2'")
                                         .arg(milestone, ctx.s.tokens.at(e.tok).word.toString()));
        c.claim.value = QJsonObject{{QStringLiteral("milestone"), milestone}};
        if (date)
            c.claim.window = date->window;
        out->append(c);
        done.append(e.milestone);
    }
}

void renewalClaims(const RuleContext &ctx, QList<ExtractedClaim> *out)
{
    QList<Event::Kind> done;
    const int next = ctx.show.nextSeason();
    for (int ei = 0; ei < ctx.events.events.size(); ++ei) {
        const Event &e = ctx.events.events.at(ei);
        if ((e.kind != Event::Renewal && e.kind != Event::Cancellation) || done.contains(e.kind))
            continue;
        if (e.negated || e.conditional || !ctx.ours(e.tok))
            continue;
        // "could be renewed", "might be cancelled": a possibility, not news.
        const auto &before = ctx.s.before;
        if (before.at(e.tok).estimateWords > before.at(ctx.clauseBegin(e.tok)).estimateWords)
            continue;
        const DateSpan *date = dateOf(ctx, ei);
        if (beforeReleasedSeason(ctx, date))
            continue;
        const SeasonPick pick = seasonOfEvent(ctx, e.tok, next);
        if (!ctx.show.isOpen(pick.season))
            continue;
        const bool renewed = e.kind == Event::Renewal;
        const QString event = renewed ? QStringLiteral("renewed") : QStringLiteral("cancelled");
        ExtractedClaim c = makeClaim(ctx, ClaimKind::Renewal, pick,
                                     QStringLiteral("renewal: %1 '%2'%3")
                                         .arg(event, ctx.s.tokens.at(e.tok).word.toString(),
                                              e.weak ? QStringLiteral(" + season") : QString()));
        c.claim.value = QJsonObject{{QStringLiteral("event"), event}};
        if (date)
            c.claim.window = date->window;
        out->append(c);
        done.append(e.kind);
    }
}

} // namespace ExtractDetail
