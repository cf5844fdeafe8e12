#include "extract/showcontext.h"

#include "extract/lexicon.h"

#include <algorithm>

namespace ExtractDetail {

using namespace Lexicon;

QString seasonSourceName(SeasonSource source)
{
    switch (source) {
    case SeasonSource::Explicit:
        return QStringLiteral("explicit");
    case SeasonSource::Paragraph:
        return QStringLiteral("paragraph");
    case SeasonSource::Headline:
        return QStringLiteral("headline");
    case SeasonSource::Fallback:
        return QStringLiteral("upcoming");
    case SeasonSource::None:
        break;
    }
    return QStringLiteral("none");
}

Tier lowerTier(Tier a, Tier b)
{
    return tierRank(a) <= tierRank(b) ? a : b;
}

// Mentions are sorted by position, so the nearest one before a token and the first one after
// it are found by bisection, not by a walk over every mention (a run-on sentence can name the
// show hundreds of times).
int RuleContext::showAt(int tok) const
{
    const auto &active = s.activeShows;
    const auto after = std::upper_bound(active.cbegin(), active.cend(), tok,
                                        [&](int t, int m) { return t < s.shows.at(m).tokBegin; });
    if (after != active.cbegin())
        return s.shows.at(*(after - 1)).show;
    // The first mention after `tok` is in its clause or in a later one, and so is every
    // mention after that one.
    if (after != active.cend() && s.clause.at(s.shows.at(*after).tokBegin) == s.clause.at(tok))
        return s.shows.at(*after).show;
    return focus;
}

SeasonIndexes eligibleSeasons(const Sentence &s, const CompiledShow &show, int showIndex)
{
    SeasonIndexes out;
    for (int i = 0; i < s.seasons.size(); ++i) {
        const SeasonMention &m = s.seasons.at(i);
        const int number = m.upcoming ? show.nextSeason() : m.number;
        if ((m.show == showIndex || m.show == Unattached) && number > 0)
            out.append(i);
    }
    return out;
}

bool RuleContext::commaBetween(int from, int to) const
{
    for (int k = std::max(0, from); k < to && k < s.tokens.size(); ++k) {
        if (s.tokens.at(k).isPunct(u','))
            return true;
    }
    return false;
}

SeasonPick RuleContext::season(int tokBegin, int tokEnd) const
{
    auto explicitPick = [&](const SeasonMention &m) {
        return SeasonPick{seasonOf(m), SeasonSource::Explicit, m.text};
    };
    auto mention = [&](SeasonIndexes::const_iterator it) -> const SeasonMention & {
        return s.seasons.at(*it);
    };
    // The eligible mentions are in order and do not overlap: by start and by end alike.
    const auto firstFrom =
        std::lower_bound(seasons.cbegin(), seasons.cend(), tokEnd,
                         [&](int m, int t) { return s.seasons.at(m).tokBegin < t; });
    // Attached after: only small words in between ("of", "for a", "in the", "of its").
    if (firstFrom != seasons.cend() && mention(firstFrom).tokBegin <= tokEnd + 4) {
        const SeasonMention &m = mention(firstFrom);
        bool attached = true;
        bool preposition = m.tokBegin == tokEnd;
        for (int k = tokEnd; k < m.tokBegin && attached; ++k) {
            const QStringView w = s.tokens.at(k).word;
            const bool prep = w == QLatin1String("of") || w == QLatin1String("in") ||
                              w == QLatin1String("for") || w == QLatin1String("from") ||
                              w == QLatin1String("during") || w == QLatin1String("with");
            preposition = preposition || prep;
            attached = prep || w == QLatin1String("the") || w == QLatin1String("a") ||
                       w == QLatin1String("an") || w == QLatin1String("its") ||
                       w == QLatin1String("their") || w == QLatin1String("this") ||
                       w == QLatin1String("it") || w == QLatin1String("show") ||
                       w == QLatin1String("series") || w == QLatin1String("officially");
        }
        if (attached && preposition)
            return explicitPick(m);
    }
    const int clause = s.clause.at(tokBegin);
    // The last mention ending by tokBegin; the nearest before in the same clause can only be
    // that one, since clauses never decrease along the sentence.
    const auto endedBefore =
        std::upper_bound(seasons.cbegin(), seasons.cend(), tokBegin,
                         [&](int t, int m) { return t < s.seasons.at(m).tokEnd; });
    const SeasonMention *beforeAnywhere =
        endedBefore != seasons.cbegin() ? &mention(endedBefore - 1) : nullptr;
    if (beforeAnywhere && s.clause.at(beforeAnywhere->tokBegin) == clause)
        return explicitPick(*beforeAnywhere);
    // "Best guess: March 2026, given how long the first season took": a mention after a
    // comma is an aside about another season, not the date's.
    if (firstFrom != seasons.cend() && s.clause.at(mention(firstFrom).tokBegin) == clause &&
        !commaBetween(tokEnd, mention(firstFrom).tokBegin))
        return explicitPick(mention(firstFrom));
    if (beforeAnywhere)
        return explicitPick(*beforeAnywhere);
    if (paragraphSeason > 0)
        return {paragraphSeason, SeasonSource::Paragraph, {}};
    if (headlineSeason > 0)
        return {headlineSeason, SeasonSource::Headline, {}};
    return {};
}

Tier RuleContext::tier(QString *hedge) const
{
    Tier t = articleTier;
    if (s.firstEstimateHedge >= 0) {
        t = lowerTier(t, Tier::Estimate);
        if (hedge)
            *hedge = s.tokens.at(s.firstEstimateHedge).word.toString();
    } else if (s.firstRumourHedge >= 0) {
        t = lowerTier(t, Tier::Rumour);
        if (hedge)
            *hedge = s.tokens.at(s.firstRumourHedge).word.toString();
    }
    return t;
}

} // namespace ExtractDetail
