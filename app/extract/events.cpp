#include "extract/events.h"

#include "extract/lexicon.h"

#include <QVarLengthArray>

#include <algorithm>
#include <climits>

namespace ExtractDetail {

using namespace Lexicon;

QString milestoneName(Milestone milestone)
{
    switch (milestone) {
    case Milestone::PreProduction:
        return QStringLiteral("pre_production");
    case Milestone::FilmingStarted:
        return QStringLiteral("filming_started");
    case Milestone::FilmingWrapped:
        return QStringLiteral("filming_wrapped");
    case Milestone::FilmingNotStarted:
        return QStringLiteral("filming_not_started");
    case Milestone::PostProduction:
        return QStringLiteral("post_production");
    case Milestone::None:
        break;
    }
    return {};
}

namespace {

class Finder {
public:
    explicit Finder(const Sentence &s) : m_s(s), m_n(int(s.tokens.size())) {}

    SentenceEvents run()
    {
        for (int i = 0; i < m_n; ++i) {
            if (m_s.inDate.at(i) || tok(i).kind != Token::Word)
                continue;
            production(i);
            renewal(i);
            release(i);
            if (tok(i).is(OtherEvent) && !tok(i).is(ProductionNoun))
                add({Event::Other, i});
            else if (tok(i).word == QLatin1String("film") && i > 0 &&
                     (tok(i - 1).is(Possessive | UpcomingAdj) || tok(i - 1).possessive))
                add({Event::Other, i}); // "his new film", "Lomon's film": another project
        }
        announcedSeasons();
        SentenceEvents out;
        out.events = m_events;
        out.eventDate = QList<int>(m_events.size(), -1);
        if (!m_s.dates.isEmpty())
            byPosition();
        for (int di = 0; di < m_s.dates.size(); ++di) {
            const int ei = nearest(m_s.dates.at(di));
            out.dateEvent.append(ei);
            if (ei >= 0 && out.eventDate.at(ei) < 0)
                out.eventDate[ei] = di;
        }
        return out;
    }

private:
    // Per token index, about the tokens before it.
    struct Marks {
        int conditional = -1; // the last Conditional, or -1
        int premiseWord = -1; // the last "if", "whether" or "unless", or -1
        int filmingNouns = 0; // how many filming nouns
    };

    const Token &tok(int i) const { return m_s.tokens.at(i); }
    bool word(int i, const char *w) const
    {
        return i >= 0 && i < m_n && !m_s.inDate.at(i) && tok(i).word == QLatin1String(w);
    }
    bool sameClause(int a, int b) const { return m_s.clause.at(a) == m_s.clause.at(b); }
    void add(Event e) { m_events.append(e); }

    bool negatedBefore(int i, int reach) const
    {
        for (int k = std::max(0, i - reach); k < i; ++k) {
            if (!m_s.inDate.at(k) && tok(k).is(Negation) && sameClause(k, i))
                return true;
        }
        return false;
    }

    // Clauses never decrease along the sentence: the latest mark before i is in i's clause or
    // no mark before i is.
    bool conditionalBefore(int i) const
    {
        const int k = marks(i).conditional;
        return k >= 0 && sameClause(k, i);
    }

    bool isFilmingNoun(int k) const
    {
        return !m_s.inDate.at(k) && tok(k).is(ProductionNoun) &&
               !tok(k).is(PreProduction | PostProduction);
    }

    // A filming noun before a start or wrap verb in its clause, or just after it.
    bool productionNounNear(int verb) const
    {
        const int from = m_s.clauseBegin(verb);
        const int to = std::min(m_s.clauseEnd(verb), verb + 4);
        const int nouns = marks(to).filmingNouns - marks(from).filmingNouns;
        // A fact box's label: "Filming: wrapped in April"
        const bool label = verb >= 2 && tok(verb - 1).isPunct(u':') && isFilmingNoun(verb - 2);
        return nouns - (isFilmingNoun(verb) ? 1 : 0) > 0 || label;
    }

    // "If filming began in September 2022, ...": a premise, not a report.
    bool premise(int i) const
    {
        const int k = marks(i).premiseWord;
        return k >= 0 && sameClause(k, i);
    }

    void production(int i)
    {
        const int before = int(m_events.size());
        productionEvent(i);
        if (m_events.size() > before && premise(i))
            m_events.last().premise = true;
    }

    void productionEvent(int i)
    {
        const Token &t = tok(i);
        if (t.is(PreProduction) || t.is(PostProduction)) {
            if (negatedBefore(i, 4))
                return;
            Event e{Event::Production, i};
            e.milestone =
                t.is(PreProduction) ? Milestone::PreProduction : Milestone::PostProduction;
            add(e);
            return;
        }
        // "post production" and "pre production" written as two words
        if ((word(i, "pre") || word(i, "post")) && word(i + 1, "production")) {
            Event e{Event::Production, i};
            e.milestone = word(i, "pre") ? Milestone::PreProduction : Milestone::PostProduction;
            if (!negatedBefore(i, 4))
                add(e);
            m_skipProductionNoun = i + 1;
            return;
        }
        if (i == m_skipProductionNoun)
            return;
        // "Filming took place over the summer", "is set to get going in the summer": a start.
        const bool tookPlace =
            t.word == QLatin1String("took") && word(i + 1, "place") && productionNounNear(i);
        const bool getGoing =
            t.word == QLatin1String("going") &&
            (word(i - 1, "get") || word(i - 1, "gets") || word(i - 1, "getting")) &&
            productionNounNear(i);
        // "is expected to shoot next spring", "due to film in Belfast": a scheduled start.
        const bool scheduledShoot =
            (t.word == QLatin1String("shoot") || t.word == QLatin1String("film")) &&
            word(i - 1, "to") && i >= 2 && tok(i - 2).is(ReleaseWeak);
        if (tookPlace || getGoing || scheduledShoot) {
            Event e{Event::Production, i};
            e.milestone =
                negatedBefore(i, 5) ? Milestone::FilmingNotStarted : Milestone::FilmingStarted;
            add(e);
            return;
        }
        const bool underWay = t.word == QLatin1String("way") && word(i - 1, "under");
        const bool entered =
            t.word == QLatin1String("entered") || t.word == QLatin1String("enters");
        const bool start = t.is(StartVerb) || underWay || entered ||
                           (t.word == QLatin1String("kicked") && word(i + 1, "off"));
        const bool wrap = t.is(WrapVerb);
        // "the start of filming", "the end of production": nouns, not events
        const bool noun = word(i - 1, "the") || word(i - 1, "a");
        if ((start || wrap) && !noun) {
            if (!productionNounNear(i)) {
                // "The ninth series will begin on BBC One in May", "starts airing": with no
                // filming word near, a start on a channel is the broadcast's (it still needs
                // the season or show as its subject, as every weak release word does).
                if (start && ((word(i + 1, "on") && i + 2 < m_n && tok(i + 2).capitalised) ||
                              word(i + 1, "airing") || word(i + 1, "streaming")))
                    add({Event::ReleaseWeak, i});
                return;
            }
            Event e{Event::Production, i};
            const bool negated = negatedBefore(i, 5);
            if (wrap && negated)
                return;
            e.milestone = start
                              ? (negated ? Milestone::FilmingNotStarted : Milestone::FilmingStarted)
                              : Milestone::FilmingWrapped;
            add(e);
            return;
        }
        // "in production", "is filming", "being filmed", "photos show filming"
        const bool inProduction = t.word == QLatin1String("production") && word(i - 1, "in") &&
                                  !word(i + 1, "company") && !word(i + 1, "of");
        const bool filmingVerb =
            t.is(FilmingVerb) && i > 0 &&
            (tok(i - 1).is(Copula) || word(i - 1, "show") || word(i - 1, "shows") ||
             word(i - 1, "showed") || word(i - 1, "showing") || word(i - 1, "began") ||
             word(i - 1, "started"));
        if (inProduction || filmingVerb) {
            Event e{Event::Production, i};
            // "has already been filmed", "was shot in Belfast": the shoot is over.
            const bool done =
                filmingVerb &&
                (t.word == QLatin1String("filmed") || t.word == QLatin1String("shot")) &&
                (word(i - 1, "been") || word(i - 1, "was") || word(i - 1, "were"));
            e.milestone = negatedBefore(i, 4) ? Milestone::FilmingNotStarted
                          : done              ? Milestone::FilmingWrapped
                                              : Milestone::FilmingStarted;
            add(e);
        }
    }

    void renewal(int i)
    {
        const Token &t = tok(i);
        Event::Kind kind;
        if (t.is(Renew) ||
            (t.word == QLatin1String("picked") && word(i + 1, "up") &&
             (word(i + 2, "for") || word(i + 3, "for"))) ||
            (t.word == QLatin1String("green") && (word(i + 1, "light") || word(i + 1, "lit"))))
            kind = Event::Renewal;
        else if (t.is(Cancel))
            kind = Event::Cancellation;
        else if (t.word == QLatin1String("ordered") &&
                 (word(i + 1, "back") || seasonWithin(i + 1, i + 3)))
            kind = Event::Renewal; // "Apple ordered the third season", "Ordered Back in March"
        else {
            comingBack(i);
            return;
        }
        // "a renewal", "a cancellation": hypothetical ("fans want a renewal")
        if ((t.word == QLatin1String("renewal") || t.word == QLatin1String("cancellation")) &&
            (word(i - 1, "a") || word(i - 1, "any")))
            return;
        Event e{kind, i};
        // "has yet to be renewed", "no renewal", "not been cancelled", "denies ... cancellation"
        e.negated = negatedBefore(i, 7);
        e.conditional = conditionalBefore(i);
        add(e);
    }

    // "will return for a second season", "is coming back for a third series", "will be back
    // for a third period", "ENA confirmed that it is coming back": a renewal said with the
    // returning verb. The verb keeps its dates as a release ("return ... in 2026").
    void comingBack(int i)
    {
        const Token &t = tok(i);
        const bool back = t.word == QLatin1String("back") &&
                          (word(i - 1, "coming") || word(i - 1, "come") || word(i - 1, "comes") ||
                           word(i - 1, "be") || (i > 0 && tok(i - 1).is(Copula)));
        if (!(t.is(ReturnVerb) && !t.is(PlayVerb)) && !back)
            return;
        if (t.word == QLatin1String("reprise") || t.word == QLatin1String("reprises") ||
            t.word == QLatin1String("reprising") || word(i + 1, "as"))
            return; // a role, not a season
        bool renewal = word(i + 1, "for") && seasonWithin(i + 2, i + 4);
        if (!renewal && back && word(i - 1, "coming")) {
            for (int k = std::max(0, i - 10); k < i && !renewal; ++k)
                renewal = tok(k).is(Announce);
        }
        if (!renewal)
            return;
        // "will return for a third season before the end of the year": dated, it is news of
        // the release; "who we think will return for season 2": people, not the show.
        for (const DateSpan &d : m_s.dates) {
            if (m_s.clause.at(d.tokBegin) == m_s.clause.at(i))
                return;
        }
        for (int k = std::max(0, i - 4); k < i; ++k) {
            if (word(k, "who"))
                return;
        }
        Event e{Event::Renewal, i};
        e.weak = true;
        e.takesNoDate = true;
        e.negated = negatedBefore(i, 7);
        e.conditional = conditionalBefore(i);
        add(e);
    }

    // "put it in", "put the new season in": a release placed at a date.
    bool putsItIn(int i) const
    {
        if (word(i + 1, "it"))
            return word(i + 2, "in") || word(i + 2, "at");
        for (const SeasonMention &m : m_s.seasons) {
            if (m.tokBegin > i && m.tokBegin <= i + 2)
                return word(m.tokEnd, "in") || word(m.tokEnd, "at");
        }
        return false;
    }

    // A season mention starting at a token in [from, to].
    bool seasonWithin(int from, int to) const
    {
        for (const SeasonMention &m : m_s.seasons) {
            if (m.tokBegin >= from && m.tokBegin <= to)
                return true;
            if (m.tokBegin > to)
                break;
        }
        return false;
    }

    void release(int i)
    {
        const Token &t = tok(i);
        if (t.is(ReleaseStrong)) {
            add({Event::Release, i});
        } else if (t.word == QLatin1String("out") && i > 0 &&
                   (word(i - 1, "be") || word(i - 1, "come") || word(i - 1, "comes") ||
                    word(i - 1, "coming") || tok(i - 1).is(Copula))) {
            add({Event::Release, i});
        } else if (t.word == QLatin1String("back") && word(i + 1, "on") &&
                   (word(i + 2, "screens") || word(i + 2, "screen") || word(i + 2, "netflix") ||
                    word(i + 2, "tv") || word(i + 2, "air"))) {
            add({Event::Release, i}); // "back on screens": a return to air, said plainly
        } else if ((t.word == QLatin1String("hit") || t.word == QLatin1String("hits")) &&
                   (word(i + 1, "screens") || (word(i + 1, "our") && word(i + 2, "screens")))) {
            add({Event::Release, i}); // "will hit screens in summer 2026"
        } else if (t.word == QLatin1String("cards") && word(i - 1, "the") &&
                   (word(i - 2, "on") || word(i - 2, "in"))) {
            add({Event::ReleaseWeak, i}); // "is on the cards for late 2026": expected
        } else if ((t.word == QLatin1String("wait") || t.word == QLatin1String("waiting")) &&
                   (word(i + 1, "until") || word(i + 1, "till"))) {
            add({Event::ReleaseWeak, i}); // "will have to wait until next year"
        } else if ((t.word == QLatin1String("points") || t.word == QLatin1String("point")) &&
                   word(i + 1, "to") &&
                   (word(i - 1, "timeline") || word(i - 1, "schedule") || word(i - 1, "calendar") ||
                    word(i - 1, "everything"))) {
            add({Event::Release, i}); // "the production timeline points to 2027"
        } else if ((t.word == QLatin1String("put") || t.word == QLatin1String("puts")) &&
                   putsItIn(i)) {
            add({Event::Release, i}); // "a two-year gap would put it in late 2027"
        } else if ((t.word == QLatin1String("guess") || t.word == QLatin1String("prediction") ||
                    t.word == QLatin1String("bet")) &&
                   (word(i + 1, "is") || (i + 1 < m_n && tok(i + 1).isPunct(u':')) ||
                    (t.word == QLatin1String("bet") && word(i + 1, "on")))) {
            // "Our best guess is October", "Our prediction: April 2027": the writer's own
            // release date (hedged by the word itself).
            add({Event::Release, i});
        } else if ((t.word == QLatin1String("shown") && i > 0 && tok(i - 1).is(Copula) &&
                    !tok(i - 1).is(Past)) ||
                   (t.word == QLatin1String("out") &&
                    (word(i - 1, "goes") || word(i - 1, "go") || word(i - 1, "going")))) {
            add({Event::Release, i}); // "will be shown on BBC One", "the opener goes out"
        } else if (t.word == QLatin1String("be") && word(i + 1, "until") && negatedBefore(i, 2)) {
            add({Event::Release, i}); // "won't be until 2027"
        } else if (t.word == QLatin1String("dated") &&
                   (word(i - 1, "has") || word(i - 1, "have") || word(i - 1, "officially") ||
                    word(i - 1, "finally"))) {
            add({Event::Release, i}); // "Prime Video has dated Reacher season 4: February 12"
        } else if ((t.word == QLatin1String("slip") || t.word == QLatin1String("slips") ||
                    t.word == QLatin1String("slipped") || t.word == QLatin1String("pushed") ||
                    t.word == QLatin1String("delayed")) &&
                   (word(i + 1, "to") || word(i + 1, "into") ||
                    (word(i + 1, "back") && (word(i + 2, "to") || word(i + 2, "into"))))) {
            add({Event::Release, i}); // "could slip to 2027", "pushed back to the spring"
        } else if (t.is(ReleaseWeak)) {
            // "set" is weak only as "set for" / "set to"; "due" not as "due to" a cause
            if (t.word == QLatin1String("set") && !word(i + 1, "for") && !word(i + 1, "to"))
                return;
            // "The release date is set for March 6": the date is the release noun's.
            if (i >= 2 && tok(i - 1).is(Copula) && (word(i - 2, "date") || word(i - 2, "dates")))
                return;
            add({Event::ReleaseWeak, i});
        }
    }

    // "Netflix confirmed season 2", "a second season was announced": a renewal, when nothing
    // else happens in the sentence.
    void announcedSeasons()
    {
        const QList<SeasonMention> &seasons = m_s.seasons; // in order, non-overlapping
        for (int i = 0; i < m_n; ++i) {
            if (m_s.inDate.at(i) || !tok(i).is(Announce))
                continue;
            // Only events of its own clause take the announcement over: "The BBC confirmed a
            // third series in February 2025; series 2 premiered in 2023" is still a renewal.
            bool otherEvent = false;
            for (const Event &e : std::as_const(m_events))
                otherEvent = otherEvent ||
                             (e.kind != Event::Other && m_s.clause.at(e.tok) == m_s.clause.at(i));
            if (otherEvent)
                continue;
            // Only mentions ending at most three tokens before i can be adjacent.
            auto first =
                std::lower_bound(seasons.cbegin(), seasons.cend(), i - 3,
                                 [](const SeasonMention &m, int t) { return m.tokEnd < t; });
            for (auto it = first; it != seasons.cend() && it->tokBegin <= i + 3; ++it) {
                const SeasonMention &m = *it;
                bool adjacent = false;
                if (m.tokBegin > i && m.tokBegin <= i + 3) {
                    adjacent = true;
                    for (int k = i + 1; k < m.tokBegin; ++k)
                        adjacent = adjacent && (word(k, "a") || word(k, "the") || word(k, "that") ||
                                                word(k, "its") || word(k, "officially"));
                } else if (m.tokEnd <= i && m.tokEnd >= i - 3) {
                    adjacent = true;
                    for (int k = m.tokEnd; k < i; ++k)
                        adjacent = adjacent && (tok(k).is(Copula) || word(k, "has") ||
                                                word(k, "have") || word(k, "officially"));
                }
                if (!adjacent)
                    continue;
                Event e{Event::Renewal, i};
                e.weak = true;
                e.negated = negatedBefore(i, 5);
                e.conditional = conditionalBefore(i);
                add(e);
                break;
            }
        }
    }

    // Running marks for the look-backs an event word makes, so that none of them rescans the
    // sentence (index() in sentence.cpp builds the rules' own). Built on the first event word:
    // most sentences have none.
    const Marks &marks(int i) const
    {
        if (m_before.isEmpty()) {
            m_before.resize(m_n + 1);
            m_before[0] = Marks();
            for (int k = 0; k < m_n; ++k) {
                const Marks &last = m_before[k];
                const bool conditional = !m_s.inDate.at(k) && tok(k).is(Conditional);
                // "if", "whether" and "unless" are conditionals too: compare only those.
                const bool premise =
                    conditional && (word(k, "if") || word(k, "whether") || word(k, "unless"));
                m_before[k + 1] = {conditional ? k : last.conditional,
                                   premise ? k : last.premiseWord,
                                   last.filmingNouns + isFilmingNoun(k)};
            }
        }
        return m_before.at(i);
    }

    // Event indexes ordered by token (then by index), for nearest().
    void byPosition()
    {
        m_byPosition.resize(m_events.size());
        for (int k = 0; k < m_events.size(); ++k)
            m_byPosition[k] = k;
        std::sort(m_byPosition.begin(), m_byPosition.end(), [&](int a, int b) {
            const int ta = m_events.at(a).tok;
            const int tb = m_events.at(b).tok;
            return ta < tb || (ta == tb && a < b);
        });
    }

    // The token distance from the date: the least its score can be.
    static int distance(const Event &e, const DateSpan &d)
    {
        return e.tok < d.tokBegin ? d.tokBegin - e.tok : e.tok - d.tokEnd + 1 + 2;
    }

    int score(const Event &e, const DateSpan &d) const
    {
        int score = distance(e, d);
        score += 4 * std::abs(m_s.clause.at(e.tok) - m_s.clause.at(d.tokBegin));
        if (e.kind == Event::ReleaseWeak)
            score += 1;
        return score;
    }

    // The lowest score, and of equal ones the earliest event. The score is at least the
    // distance, so the search walks out from the date in both directions and stops where the
    // distance alone exceeds the best score: a long sentence costs a few events per date.
    int nearest(const DateSpan &d) const
    {
        int best = -1;
        int bestScore = INT_MAX;
        auto consider = [&](int k) {
            if (m_events.at(k).takesNoDate)
                return;
            const int s = score(m_events.at(k), d);
            if (s < bestScore || (s == bestScore && k < best)) {
                bestScore = s;
                best = k;
            }
        };
        const auto split = std::lower_bound(m_byPosition.cbegin(), m_byPosition.cend(), d.tokBegin,
                                            [&](int k, int t) { return m_events.at(k).tok < t; });
        for (auto it = split; it != m_byPosition.cend(); ++it) {
            if (distance(m_events.at(*it), d) > bestScore)
                break;
            consider(*it);
        }
        for (auto it = split; it != m_byPosition.cbegin();) {
            --it;
            if (distance(m_events.at(*it), d) > bestScore)
                break;
            consider(*it);
        }
        return best;
    }

    const Sentence &m_s;
    const int m_n;
    QList<Event> m_events;
    int m_skipProductionNoun = -1;
    mutable QVarLengthArray<Marks, 48> m_before; // see marks()
    QVarLengthArray<int, 16> m_byPosition;
};

} // namespace

SentenceEvents findEvents(const Sentence &s)
{
    return Finder(s).run();
}

} // namespace ExtractDetail
