#include "extract/lexicon.h"
#include "extract/rules.h"

#include <algorithm>

// Release windows. A date phrase is a release window only when the sentence's nearest event
// to it is a release ("arrive", "premiere", "debut", or "expected"/"slated" with the season or
// show as subject), nothing in its clause negates or retracts it ("will not premiere in 2024",
// "originally slated for late 2023"), it is not the release of a teaser, a film or another
// project, and it is not over by the article's publication date (that would be history, not a
// prediction). The season is the one the phrase talks about; with none in sight, a future
// window with a release verb goes to the show's upcoming season.

namespace ExtractDetail {

using namespace Lexicon;

namespace {

// "The teaser for season 2 dropped", "Park Ji-hu's new film arrives": the release word's
// subject is something other than the season.
bool releaseOfSomethingElse(const RuleContext &ctx, int eventTok)
{
    const Sentence &s = ctx.s;
    for (int k = std::max(0, eventTok - 5); k < eventTok; ++k) {
        if (s.inDate.at(k) || s.clause.at(k) != s.clause.at(eventTok))
            continue;
        const Token &t = s.tokens.at(k);
        if (t.is(OtherEvent) && !t.is(ProductionNoun))
            return true;
        if (t.word == QLatin1String("film") || t.word == QLatin1String("movie"))
            return true;
    }
    // A person's own project. Names are in order and do not overlap, so the few ending within
    // five tokens before the event are found by bisection.
    const QList<NameHit> &names = ctx.names;
    auto h = std::lower_bound(names.cbegin(), names.cend(), eventTok - 5,
                              [](const NameHit &n, int t) { return n.tokEnd < t; });
    for (; h != names.cend() && h->tokEnd <= eventTok; ++h) {
        if (h->actor && s.tokens.at(h->tokEnd - 1).possessive)
            return true;
    }
    return false;
}

bool hasSubject(const RuleContext &ctx)
{
    for (const SeasonMention &m : ctx.s.seasons) {
        if (ctx.eligible(m))
            return true;
    }
    for (const ShowMention &m : ctx.s.shows) {
        if (m.show == ctx.showIndex && !m.passing)
            return true;
    }
    return ctx.s.has(SubjectNoun);
}

} // namespace

void releaseWindowClaims(const RuleContext &ctx, QList<ExtractedClaim> *out)
{
    const Sentence &s = ctx.s;
    int subject = -1; // hasSubject(ctx), asked once per sentence and only when needed
    for (int di = 0; di < s.dates.size(); ++di) {
        const DateSpan &d = s.dates.at(di);
        const int ei = ctx.events.dateEvent.at(di);
        QString trigger;
        bool strong = false;
        int eventTok = -1;
        if (ei >= 0) {
            const Event &e = ctx.events.events.at(ei);
            if (e.kind != Event::Release && e.kind != Event::ReleaseWeak)
                continue;
            if (e.kind == Event::ReleaseWeak && subject < 0)
                subject = hasSubject(ctx) ? 1 : 0;
            if (e.kind == Event::ReleaseWeak && subject == 0)
                continue;
            strong = e.kind == Event::Release;
            eventTok = e.tok;
            trigger = s.tokens.at(e.tok).word.toString();
            if (releaseOfSomethingElse(ctx, e.tok))
                continue;
        } else if (ctx.inheritedRelease && ctx.events.events.isEmpty()) {
            strong = true;
            trigger = QStringLiteral("(question)");
        } else {
            continue;
        }
        if (!ctx.ours(d.tokBegin))
            continue;
        // "not before 2026", "after 2025", "until 2027": a bound, not a window (the parser
        // folds "by/before the end of ..." into the phrase itself when it is one).
        if (d.tokBegin > 0) {
            const QStringView prev = s.tokens.at(d.tokBegin - 1).word;
            if (prev == QLatin1String("before") || prev == QLatin1String("after") ||
                prev == QLatin1String("until") || prev == QLatin1String("till") ||
                prev == QLatin1String("since") || prev == QLatin1String("by"))
                continue;
        }
        // "... said it would arrive in late 2025; that now looks impossible": an old prediction
        if (ctx.clauseHas(d.tokBegin, Negation) || s.has(Retracted))
            continue;
        if (eventTok >= 0 &&
            s.negatedIn(std::min(eventTok, d.tokEnd), std::max(eventTok, d.tokBegin)))
            continue;
        const ReleaseWindow &w = d.window;
        if (ctx.published.isValid() && w.latest < ctx.published)
            continue; // the past
        if (ctx.show.show.latestPremiere.isValid() && w.latest < ctx.show.show.latestPremiere)
            continue;
        SeasonPick pick = ctx.season(d.tokBegin, d.tokEnd);
        if (pick.source == SeasonSource::None) {
            const bool future = !ctx.published.isValid() || w.latest > ctx.published;
            if (!strong || !future || ctx.show.show.upcomingSeason <= 0)
                continue;
            pick = {ctx.show.show.upcomingSeason, SeasonSource::Fallback, {}};
        }
        // "It premiered in January 2022": an implied season in the past tense is history.
        if (pick.source != SeasonSource::Explicit && ctx.clauseHas(d.tokBegin, Past))
            continue;
        if (!ctx.show.isOpen(pick.season))
            continue;
        ExtractedClaim c =
            makeClaim(ctx, ClaimKind::ReleaseWindow, pick,
                      QStringLiteral("release: '%1' + '%2'").arg(trigger, w.wording));
        c.claim.window = w;
        out->append(c);
    }
}

} // namespace ExtractDetail
