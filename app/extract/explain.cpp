#include "extract/explain.h"

#include "extract/lexicon.h"

namespace ExtractDetail {

using namespace Lexicon;

namespace {

bool hasNumber(const Sentence &s)
{
    for (const Token &t : s.tokens)
        if (t.kind == Token::Number || t.is(NumberWord))
            return true;
    return false;
}

bool everyDateIsPast(const Sentence &s, QDate published)
{
    if (!published.isValid() || s.dates.isEmpty())
        return false;
    for (const DateSpan &d : s.dates)
        if (d.window.latest >= published)
            return false;
    return true;
}

bool noDateHasARelease(const Sentence &s, const SentenceEvents &events)
{
    for (int i = 0; i < s.dates.size(); ++i) {
        const int e = events.dateEvent.value(i, -1);
        if (e >= 0 && (events.events.at(e).kind == Event::Release ||
                       events.events.at(e).kind == Event::ReleaseWeak))
            return false;
    }
    return true;
}

bool everyDateIsBounded(const Sentence &s)
{
    for (const DateSpan &d : s.dates) {
        if (d.tokBegin == 0)
            return false;
        const QStringView prev = s.tokens.at(d.tokBegin - 1).word;
        if (prev != QLatin1String("before") && prev != QLatin1String("after") &&
            prev != QLatin1String("until") && prev != QLatin1String("till") &&
            prev != QLatin1String("since") && prev != QLatin1String("by"))
            return false;
    }
    return !s.dates.isEmpty();
}

} // namespace

QString whyNothing(const Sentence &s, const SentenceEvents &events, const SentenceFacts &f)
{
    if (s.question)
        return QStringLiteral("a question: it asserts nothing");
    // Another show named and no known one: the sentence is that show's, whatever the focus was.
    bool foreign = false;
    bool known = false;
    for (const ShowMention &m : s.shows) {
        foreign = foreign || (m.show == Foreign && !m.passing);
        known = known || (m.show >= 0 && !m.passing);
    }
    if (foreign && !known)
        return QStringLiteral("about another show");
    if (!f.involved) {
        for (const ShowMention &m : s.shows)
            if (m.passing)
                return QStringLiteral("the show is named only in passing");
        return QStringLiteral("no known show named or in focus");
    }
    if (f.releasedSeason > 0 && !f.namesOpenSeason)
        return QStringLiteral("about season %1, already released").arg(f.releasedSeason);
    const quint64 anyEvent = ReleaseStrong | ReleaseWeak | ProductionNoun | FilmingVerb | Renew |
                             Cancel | PlayVerb | ReturnVerb;
    if (s.dates.isEmpty() && !s.has(anyEvent) && !hasNumber(s) && s.seasons.isEmpty() &&
        !f.namesPeople)
        return QStringLiteral("nothing to read: no date, season, count, cast or milestone phrase");
    if (everyDateIsPast(s, f.published))
        return QStringLiteral("past: every date in it is over by the publication date");
    if (!s.dates.isEmpty() && s.has(Past))
        return QStringLiteral("a past event (premiered, began, was announced...), not a "
                              "prediction");
    if (s.has(Negation) || s.has(Retracted))
        return QStringLiteral("negated or retracted ('not', 'no longer', 'originally')");
    if (s.has(Conditional) || s.has(Desire))
        return QStringLiteral("a hope or a condition, not a report");
    if (everyDateIsBounded(s))
        return QStringLiteral("a bound ('before', 'until', 'after'), not a window");
    if (!s.dates.isEmpty() && noDateHasARelease(s, events))
        return QStringLiteral("its dates belong to another event (filming, an interview, a "
                              "teaser...) or to no release word");
    return QStringLiteral("no rule matched");
}

} // namespace ExtractDetail
