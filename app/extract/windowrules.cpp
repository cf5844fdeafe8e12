#include "extract/lexicon.h"
#include "extract/rules.h"
#include "extract/textscan.h"

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
bool word(const Sentence &s, int k, const char *w)
{
    return k >= 0 && k < s.tokens.size() && s.tokens.at(k).word == QLatin1String(w);
}

bool releaseOfSomethingElse(const RuleContext &ctx, int eventTok)
{
    const Sentence &s = ctx.s;
    // "Prime Video says season 6 arrives": the season named between is what arrives.
    int from = std::max(0, eventTok - 5);
    // Not "a teaser for season 2 dropped": the season is the teaser's there.
    for (const SeasonMention &m : s.seasons) {
        if (m.tokEnd <= eventTok && m.tokEnd > from &&
            !(word(s, m.tokBegin - 1, "for") || word(s, m.tokBegin - 1, "of") ||
              word(s, m.tokBegin - 1, "from")))
            from = m.tokEnd;
    }
    for (int k = from; k < eventTok; ++k) {
        if (s.inDate.at(k))
            continue;
        const Token &t = s.tokens.at(k);
        // "Episode two, which airs on 18 January": a later episode's date, not the season's.
        if (t.word == QLatin1String("episode") && k + 1 < eventTok &&
            (s.tokens.at(k + 1).value >= 2 || word(s, k + 1, "two") || word(s, k + 1, "three")))
            return true;
        if (s.clause.at(k) != s.clause.at(eventTok))
            continue;
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

// "which rules out a release before the end of this year": denied, not a window.
bool ruledOut(const Sentence &s, const DateSpan &d)
{
    for (int k = std::max(0, d.tokBegin - 10); k + 1 < d.tokBegin; ++k) {
        if (s.clause.at(k) != s.clause.at(d.tokBegin))
            continue;
        if ((word(s, k, "rules") || word(s, k, "ruled") || word(s, k, "rule") ||
             word(s, k, "ruling")) &&
            word(s, k + 1, "out"))
            return true;
    }
    return false;
}

// "had been expected to launch in October, but SBS pushed it back": the old plan, when a
// "but" follows the date.
bool oldExpectation(const Sentence &s, int eventTok, const DateSpan &d)
{
    if (eventTok < 0)
        return false;
    bool pastPerfect = false;
    for (int k = std::max(0, eventTok - 4); k < eventTok; ++k)
        pastPerfect = pastPerfect || (word(s, k, "had") && word(s, k + 1, "been"));
    if (!pastPerfect)
        return false;
    for (int k = d.tokEnd; k < s.tokens.size(); ++k) {
        if (word(s, k, "but") || word(s, k, "however"))
            return true;
    }
    return false;
}

// "Netflix will announce the release date in the spring": the date is the announcement's;
// "confirmed the release date: March 6", "a premiere date of March 6" give the date itself.
bool announcingTheDate(const Sentence &s, int eventTok, const DateSpan &d)
{
    if (!word(s, eventTok + 1, "date") && !word(s, eventTok + 1, "dates"))
        return false;
    if (d.tokBegin <= eventTok + 1 ||
        !(word(s, d.tokBegin - 1, "in") || word(s, d.tokBegin - 1, "at") ||
          word(s, d.tokBegin - 1, "during") || word(s, d.tokBegin - 1, "sometime")))
        return false;
    static const char *const verbs[] = {"reveal", "reveals", "unveil", "unveils", "share",
                                        "shares", "set",     "sets",   "name",    "names"};
    for (int k = std::max(0, eventTok - 4); k < eventTok; ++k) {
        if (s.tokens.at(k).is(Announce) || ExtractText::isOneOf(s.tokens.at(k).word, verbs))
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

// "Apple TV+ is targeting the autumn", "Science SARU is targeting January 2027", "aiming for
// 2027": the date is the verb's object, so the sentence's subject may be the network or the
// studio; the release is the show's in focus.
bool targetedDate(const Sentence &s, int eventTok, const DateSpan &d)
{
    static const char *const verbs[] = {"targeting", "targets", "targeted", "aiming", "eyeing"};
    if (eventTok < 0 || eventTok >= d.tokBegin || d.tokBegin - eventTok > 3 ||
        !ExtractText::isOneOf(s.tokens.at(eventTok).word, verbs))
        return false;
    for (int k = eventTok + 1; k < d.tokBegin; ++k) {
        if (!(word(s, k, "for") || word(s, k, "at") || word(s, k, "a") || word(s, k, "an") ||
              word(s, k, "the")))
            return false;
    }
    return true;
}

// "A summer launch looked likely at first - now an autumn return is on the cards": the dates
// before the correction ("- now", ", but now") were the old prediction; those after it stand.
// Returns the correction's token, or -1.
int correctionAt(const Sentence &s)
{
    for (int k = 1; k < s.tokens.size(); ++k) {
        if (!word(s, k, "now"))
            continue;
        const Token &before = s.tokens.at(k - 1);
        if (before.isPunct(u'-') || before.isPunct(u';') || word(s, k - 1, "but") ||
            (before.isPunct(u',') && k >= 2 && word(s, k - 2, "but")))
            return k;
    }
    return -1;
}

bool retractedBefore(const Sentence &s, int correction)
{
    for (int k = 0; k < correction; ++k) {
        if (s.tokens.at(k).is(Retracted) || (word(s, k, "at") && word(s, k + 1, "first")))
            return true;
    }
    return false;
}

// "Nov. 13 (Reuters)", "SINGAPORE, Nov. 13 -": a dateline opens the sentence, after nothing
// but an upper-case place; "(October 2025)" closing a headline is the page's own date.
bool datelineOrStamp(const Sentence &s, const DateSpan &d)
{
    // "Update, September 20:", "Updated September 20 -": the page's own revision date.
    {
        int k = 0;
        if (word(s, k, "update") || word(s, k, "updated") || word(s, k, "updates"))
            ++k;
        else
            k = -1;
        if (k > 0 && k < s.tokens.size() && s.tokens.at(k).isPunct(u','))
            ++k;
        if (k > 0 && d.tokBegin == k && d.tokEnd < s.tokens.size() &&
            (s.tokens.at(d.tokEnd).isPunct(u':') || s.tokens.at(d.tokEnd).isPunct(u'-')))
            return true;
    }
    const int n = int(s.tokens.size());
    const bool opens = [&] {
        for (int k = 0; k < d.tokBegin; ++k) {
            const Token &t = s.tokens.at(k);
            if (!(t.isPunct(u',') || (t.kind == Token::Word && t.capitalised &&
                                      s.text.mid(t.start, t.end - t.start).toString().isUpper())))
                return false;
        }
        return d.tokBegin <= 3;
    }();
    if (opens && d.tokEnd < n &&
        (s.tokens.at(d.tokEnd).isPunct(u'-') || s.tokens.at(d.tokEnd).isPunct(u'(')))
        return true;
    return d.tokBegin > 0 && s.tokens.at(d.tokBegin - 1).isPunct(u'(') && d.tokEnd + 1 == n &&
           s.tokens.at(d.tokEnd).isPunct(u')') && (s.headline || s.heading);
}

// "Part 1 on January 29, and Part 2 on February 26": a later part's date is not the season's.
bool laterPart(const Sentence &s, const DateSpan &d)
{
    // "Part 2 on February 26", "with Part 2 following on February 26"
    for (int k = std::max(0, d.tokBegin - 5); k + 1 < d.tokBegin; ++k) {
        if (word(s, k, "part") && s.tokens.at(k + 1).value >= 2)
            return true;
    }
    return false;
}

// "Fall 2026 anime season", "the Winter 2026 anime season": broadcast quarters (winter is
// January-March of its year), not the seasons of the year.
bool animeQuarter(const Sentence &s, const DateSpan &d, ReleaseWindow *w)
{
    if (w->precision != DatePrecision::Season || !word(s, d.tokEnd, "anime"))
        return false;
    int year = 0;
    int quarter = 0;
    for (int k = d.tokBegin; k < d.tokEnd; ++k) {
        const Token &t = s.tokens.at(k);
        if (t.kind == Token::Number && t.value >= 1900 && t.value <= 2200)
            year = t.value;
        else if (t.word == QLatin1String("winter"))
            quarter = 1;
        else if (t.word == QLatin1String("spring"))
            quarter = 2;
        else if (t.word == QLatin1String("summer"))
            quarter = 3;
        else if (t.word == QLatin1String("fall") || t.word == QLatin1String("autumn"))
            quarter = 4;
    }
    if (year == 0 || quarter == 0)
        return false;
    w->earliest = QDate(year, quarter * 3 - 2, 1);
    w->latest = QDate(year, quarter * 3, 1).addMonths(1).addDays(-1);
    w->precision = DatePrecision::Quarter;
    return true;
}

// "early 2026 - possibly February or March", "spring 2026, probably May": a narrowing of the
// window just before it, read with that window's release word.
bool narrows(const Sentence &s, const DateSpan &d, const DateSpan &previous)
{
    int k = d.tokBegin - 1;
    if (word(s, k, "in") || word(s, k, "by"))
        --k;
    if (!(word(s, k, "possibly") || word(s, k, "probably") || word(s, k, "likely") ||
          word(s, k, "perhaps") || word(s, k, "maybe") || word(s, k, "most")))
        return false;
    --k;
    if (k < previous.tokEnd || k > previous.tokEnd + 6 ||
        !(s.tokens.at(k).isPunct(u'-') || s.tokens.at(k).isPunct(u',')))
        return false;
    for (int j = previous.tokEnd; j < k; ++j) { // "spring 2026 slot looks likely - possibly"
        if (s.tokens.at(j).kind == Token::Punct || s.inDate.at(j))
            return false;
    }
    return true;
}

// A list line naming the season, a dash and a date, and no event ("Frieren season 2 -
// Friday, January 16 on Nippon TV"): the date is the season's.
bool datedListLine(const RuleContext &ctx, const DateSpan &d)
{
    if (!ctx.events.events.isEmpty())
        return false;
    for (const SeasonMention &m : ctx.s.seasons) {
        if (!ctx.eligible(m) || m.number <= 0 || m.tokEnd > d.tokBegin)
            continue;
        for (int k = m.tokEnd; k < d.tokBegin; ++k) {
            if (ctx.s.tokens.at(k).isPunct(u'-'))
                return true;
        }
    }
    return false;
}

// "not before 2027", "won't get here before 2027", "don't expect it before 2026", "no earlier
// than March 2027": a negated "before" is a lower bound, a window from that date with no end.
bool lowerBound(const Sentence &s, const DateSpan &d, int eventTok)
{
    int bound = d.tokBegin - 1;
    if (word(s, bound, "than") && (word(s, bound - 1, "earlier") || word(s, bound - 1, "sooner")))
        --bound;
    else if (!word(s, bound, "before"))
        return false;
    const int from = eventTok >= 0 && eventTok < bound ? eventTok : bound;
    return s.negatedIn(std::max(0, from - 3), bound);
}

} // namespace

void releaseWindowClaims(const RuleContext &ctx, QList<ExtractedClaim> *out)
{
    const Sentence &s = ctx.s;
    int subject = -1; // hasSubject(ctx), asked once per sentence and only when needed
    const int correction = s.dates.isEmpty() ? -1 : correctionAt(s); // most sentences: no date
    const bool corrected = correction >= 0 && retractedBefore(s, correction);
    int claimed = -1; // the last date that gave a claim, and its season
    SeasonPick claimedPick;
    for (int di = 0; di < s.dates.size(); ++di) {
        const DateSpan &d = s.dates.at(di);
        const int ei = ctx.events.dateEvent.at(di);
        QString trigger;
        bool strong = false;
        int eventTok = -1;
        ReleaseWindow w = d.window;
        if (datelineOrStamp(s, d) || laterPart(s, d))
            continue;
        if (claimed >= 0 && narrows(s, d, s.dates.at(claimed)) &&
            (!ctx.published.isValid() || w.latest >= ctx.published)) {
            ExtractedClaim c = makeClaim(ctx, ClaimKind::ReleaseWindow, claimedPick,
                                         QStringLiteral("release: narrowing '%1' to '%2'")
                                             .arg(s.dates.at(claimed).window.wording, w.wording));
            c.claim.window = w;
            out->append(c);
            claimed = di;
            continue;
        }
        const bool quarter = animeQuarter(s, d, &w);
        if (ei >= 0) {
            const Event &e = ctx.events.events.at(ei);
            if (e.kind != Event::Release && e.kind != Event::ReleaseWeak)
                continue;
            if (e.kind == Event::ReleaseWeak && subject < 0)
                subject = hasSubject(ctx) ? 1 : 0;
            if (e.kind == Event::ReleaseWeak && subject == 0 && !targetedDate(s, e.tok, d))
                continue;
            strong = e.kind == Event::Release;
            eventTok = e.tok;
            trigger = s.tokens.at(e.tok).word.toString();
            if (releaseOfSomethingElse(ctx, e.tok) || announcingTheDate(s, e.tok, d))
                continue;
        } else if (ctx.inheritedRelease && ctx.events.events.isEmpty()) {
            strong = true;
            trigger = QStringLiteral("(question)");
        } else if (datedListLine(ctx, d)) {
            strong = true;
            trigger = QStringLiteral("(list line)");
        } else {
            continue;
        }
        if (!ctx.ours(d.tokBegin))
            continue;
        // "not before 2026", "after 2025", "until 2027": a bound, not a window (the parser
        // folds "by/before the end of ..." into the phrase itself when it is one).
        // "won't arrive until 2027", "isn't due until 2027": the writer names 2027.
        // "will have to wait until next year": so does a wait that ends at the date.
        const bool untilDate =
            eventTok >= 0 && eventTok < d.tokBegin &&
            (word(s, d.tokBegin - 1, "until") || word(s, d.tokBegin - 1, "till"));
        const bool waitUntil = untilDate && eventTok == d.tokBegin - 2 &&
                               (word(s, eventTok, "wait") || word(s, eventTok, "waiting"));
        const bool notUntil = untilDate && !s.negatedIn(eventTok + 1, d.tokBegin) &&
                              (s.negatedIn(std::max(0, eventTok - 3), eventTok) || waitUntil);
        const bool from = !notUntil && lowerBound(s, d, eventTok);
        const bool bounded = notUntil || from; // the negation is part of the phrase
        if (d.tokBegin > 0 && !bounded) {
            const QStringView prev = s.tokens.at(d.tokBegin - 1).word;
            if (prev == QLatin1String("before") || prev == QLatin1String("after") ||
                prev == QLatin1String("until") || prev == QLatin1String("till") ||
                prev == QLatin1String("since") || prev == QLatin1String("by"))
                continue;
            // "after its September slot fell through": a determiner between does not hide it.
            int k = d.tokBegin - 1;
            while (k > 0 && k >= d.tokBegin - 3 &&
                   (word(s, k, "its") || word(s, k, "the") || word(s, k, "their") ||
                    word(s, k, "a") || word(s, k, "an")))
                --k;
            if (k < d.tokBegin - 1 && (word(s, k, "after") || word(s, k, "since")))
                continue;
            // "effects work runs into the new year": a span reaching the date; only a delay
            // ("slips into 2027", "pushed back into the spring") lands in it.
            if (prev == QLatin1String("into") && !(eventTok >= 0 && eventTok >= d.tokBegin - 3))
                continue;
        }
        // "... said it would arrive in late 2025; that now looks impossible": an old prediction
        if (!bounded && ctx.clauseHas(d.tokBegin, Negation))
            continue;
        if (oldExpectation(s, eventTok, d) || ruledOut(s, d))
            continue;
        if (corrected ? d.tokEnd <= correction : s.has(Retracted))
            continue;
        if (!bounded && eventTok >= 0 &&
            s.negatedIn(std::min(eventTok, d.tokEnd), std::max(eventTok, d.tokBegin)))
            continue;
        // "is expected to shoot next spring": the date is the shoot's.
        if (eventTok >= 0 && eventTok < d.tokBegin &&
            (s.classesIn(eventTok + 1, d.tokBegin) & ProductionNoun))
            continue;
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
        if (quarter)
            c.claim.note += QStringLiteral("; anime season read as a broadcast quarter");
        if (notUntil)
            c.claim.note += waitUntil ? QStringLiteral("; 'wait until' names the window")
                                      : QStringLiteral("; 'not until' names the window");
        if (from) { // judged above by its first unit; kept with no end
            w.latest = QDate();
            c.claim.note += QStringLiteral("; a lower bound: from '%1', no end").arg(w.wording);
        }
        c.claim.window = w;
        out->append(c);
        claimed = di;
        claimedPick = pick;
    }
}

} // namespace ExtractDetail
