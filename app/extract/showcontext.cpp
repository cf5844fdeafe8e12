#include "extract/showcontext.h"

#include "extract/lexicon.h"

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

int RuleContext::showAt(int tok) const
{
    const ShowMention *before = nullptr;
    for (const ShowMention &m : s.shows) {
        if (m.tokBegin <= tok && !m.passing)
            before = &m;
    }
    if (before)
        return before->show;
    for (const ShowMention &m : s.shows) {
        if (m.tokBegin > tok && !m.passing && s.clause.at(m.tokBegin) == s.clause.at(tok))
            return m.show;
    }
    return focus;
}

int RuleContext::clauseBegin(int tok) const
{
    int b = tok;
    while (b > 0 && s.clause.at(b - 1) == s.clause.at(tok))
        --b;
    return b;
}

int RuleContext::clauseEnd(int tok) const
{
    int e = tok;
    while (e < s.tokens.size() && s.clause.at(e) == s.clause.at(tok))
        ++e;
    return e;
}

SeasonPick RuleContext::season(int tokBegin, int tokEnd) const
{
    auto explicitPick = [&](const SeasonMention &m) {
        return SeasonPick{seasonOf(m), SeasonSource::Explicit, m.text};
    };
    // Attached after: only small words in between ("of", "for a", "in the", "of its").
    for (const SeasonMention &m : s.seasons) {
        if (!eligible(m) || m.tokBegin < tokEnd || m.tokBegin > tokEnd + 4)
            continue;
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
        break;
    }
    const int clause = s.clause.at(tokBegin);
    const SeasonMention *before = nullptr;
    const SeasonMention *beforeAnywhere = nullptr;
    const SeasonMention *after = nullptr;
    for (const SeasonMention &m : s.seasons) {
        if (!eligible(m))
            continue;
        if (m.tokEnd <= tokBegin) {
            beforeAnywhere = &m;
            if (s.clause.at(m.tokBegin) == clause)
                before = &m;
        } else if (m.tokBegin >= tokEnd && !after && s.clause.at(m.tokBegin) == clause) {
            after = &m;
        }
    }
    if (before)
        return explicitPick(*before);
    if (after)
        return explicitPick(*after);
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
    const Token *estimate = nullptr;
    const Token *rumour = nullptr;
    for (int i = 0; i < s.tokens.size(); ++i) {
        if (s.inDate.at(i))
            continue;
        const Token &tk = s.tokens.at(i);
        if (!estimate && tk.is(HedgeEstimate))
            estimate = &tk;
        if (!rumour && tk.is(HedgeRumour))
            rumour = &tk;
    }
    if (estimate) {
        t = lowerTier(t, Tier::Estimate);
        if (hedge)
            *hedge = estimate->word.toString();
    } else if (rumour) {
        t = lowerTier(t, Tier::Rumour);
        if (hedge)
            *hedge = rumour->word.toString();
    }
    return t;
}

} // namespace ExtractDetail
