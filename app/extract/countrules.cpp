#include "extract/lexicon.h"
#include "extract/rules.h"

// Episode counts: "12 episodes", "another 12 episodes", "twelve new episodes", "an
// eight-episode season", "a 10-episode order", "episode count of 10", "a dozen episodes".
// Not labels ("Episode 12"), parts ("the first two episodes"), ranges ("10 to 12 episodes"),
// schedules ("two episodes a week") or counts of a released season ("12 episodes of season
// 1", or "all 12 episodes dropped" under a season-2 headline: an implied season in the past
// tense is history).

namespace ExtractDetail {

using namespace Lexicon;

namespace {

// "twenty-four", "thirty": the tens the lexicon's number words (up to twenty) leave out.
int spelledTens(QStringView w)
{
    static const char *const tens[] = {"twenty", "thirty", "forty", "fifty"};
    const int dash = int(w.indexOf(u'-'));
    const QStringView head = dash < 0 ? w : w.left(dash);
    for (int i = 0; i < 4; ++i) {
        if (head != QLatin1String(tens[i]))
            continue;
        if (dash < 0)
            return (i + 2) * 10;
        const Entry unit = Lexicon::lookup(w.mid(dash + 1));
        return (unit.classes & NumberWord) && unit.value >= 1 && unit.value <= 9
                   ? (i + 2) * 10 + unit.value
                   : -1;
    }
    return -1;
}

int countValue(const Token &t)
{
    if (t.kind == Token::Number)
        return t.value;
    if (t.is(NumberWord))
        return t.value;
    if (t.kind == Token::Word && !t.word.isEmpty() &&
        (t.word.at(0) == u't' || t.word.at(0) == u'f'))
        return spelledTens(t.word);
    return -1;
}

bool isEpisodes(const Token &t)
{
    return t.kind == Token::Word && t.word == QLatin1String("episodes");
}

// "12-episode", "eight-episode", "10-episodes": the count glued to the noun; "six-part" when
// `partOf` (a series or season follows: "a six-part series").
int gluedCount(const Token &t, bool partOf)
{
    if (t.kind != Token::Word)
        return -1;
    const int dash = int(t.word.indexOf(u'-'));
    if (dash <= 0)
        return -1;
    const QStringView rest = t.word.mid(dash + 1);
    if (rest != QLatin1String("episode") && rest != QLatin1String("episodes") &&
        !(rest == QLatin1String("part") && partOf))
        return -1;
    const QStringView head = t.word.left(dash);
    bool ok = false;
    const int v = head.toInt(&ok);
    if (ok)
        return v;
    const Entry e = Lexicon::lookup(head);
    return (e.classes & NumberWord) ? e.value : -1;
}

class CountFinder {
public:
    explicit CountFinder(const RuleContext &ctx) : m_ctx(ctx), m_s(ctx.s) {}

    void run(QList<ExtractedClaim> *out)
    {
        const int n = int(m_s.tokens.size());
        for (int i = 0; i < n; ++i) {
            if (m_s.inDate.at(i))
                continue;
            int value = -1;
            int begin = i; // the phrase, from its number
            int end = -1;  // one past the phrase
            QString how;
            const Token &t = m_s.tokens.at(i);
            const bool partOf = i + 1 < n && (m_s.tokens.at(i + 1).is(SeasonNoun | SubjectNoun) ||
                                              word(i + 1, "thriller") || word(i + 1, "run"));
            if (const int glued = gluedCount(t, partOf); glued > 0) {
                value = glued;
                end = i + 1;
                how = QStringLiteral("N-episode");
            } else if ((t.word == QLatin1String("episode") || t.word == QLatin1String("ep")) &&
                       word(i + 1, "count")) { // "ep count is twelve" in forum text
                for (int k = i + 2; k < std::min(n, i + 6); ++k) {
                    if (countValue(m_s.tokens.at(k)) > 0) {
                        value = countValue(m_s.tokens.at(k));
                        end = k + 1;
                        break;
                    }
                    if (!(word(k, "of") || word(k, "is") || word(k, "will") || word(k, "be") ||
                          word(k, "at") || word(k, "stands") || m_s.tokens.at(k).isPunct(u':')))
                        break;
                }
                how = QStringLiteral("episode count of N");
            } else if (const int at = elidedCount(i); at > 0) {
                value = countValue(m_s.tokens.at(at));
                begin = at;
                end = at + 1;
                how = QStringLiteral("made up of / runs to N");
            } else if (const int box = factBoxCount(i); box > 0) {
                value = countValue(m_s.tokens.at(box));
                begin = box;
                end = box + 1;
                how = QStringLiteral("Episodes: N");
            } else {
                int v = countValue(t);
                if (t.word == QLatin1String("dozen") && word(i - 1, "a"))
                    v = 12;
                if (v <= 0)
                    continue;
                int k = i + 1;
                while (k < n && k <= i + 2 && m_s.tokens.at(k).is(CountAdjective))
                    ++k;
                // "Each part has four episodes, for eight in all": the season's total.
                const bool inAll = word(i - 1, "for") && word(i + 1, "in") &&
                                   (word(i + 2, "all") || word(i + 2, "total")) &&
                                   hasEpisodesBefore(i);
                if (!inAll && (k >= n || !isEpisodes(m_s.tokens.at(k))))
                    continue;
                value = v;
                end = inAll ? i + 3 : k + 1;
                how = inAll ? QStringLiteral("for N in all") : QStringLiteral("N episodes");
            }
            if (value < 1 || value > 50 || excluded(begin, end))
                continue;
            report(begin, end, value, how, out);
            i = end - 1;
        }
    }

private:
    // "will be made up of eight (episodes)", "the last series runs to six", "consists of ten":
    // the count after the verb, with "episodes" or with the noun left out (nothing but
    // punctuation, "as well", "again", "like" or "too" after it). `i` is the verb's first word.
    // Returns the number's token, or -1.
    int elidedCount(int i) const
    {
        int k = -1;
        if ((word(i, "made") && word(i + 1, "up") && word(i + 2, "of")))
            k = i + 3;
        else if ((word(i, "runs") || word(i, "run") || word(i, "running")) && word(i + 1, "to"))
            k = i + 2;
        else if ((word(i, "consists") || word(i, "consist") || word(i, "comprises") ||
                  word(i, "comprise")) &&
                 word(i + 1, "of"))
            k = i + 2;
        else if (word(i, "comprises") || word(i, "comprise"))
            k = i + 1;
        if (k < 0 || k >= m_s.tokens.size() || m_s.inDate.at(k) ||
            countValue(m_s.tokens.at(k)) <= 0)
            return -1;
        const int after = k + 1;
        if (after >= m_s.tokens.size())
            return k;
        const Token &next = m_s.tokens.at(after);
        if (next.kind == Token::Punct && !next.isPunct(u'-'))
            return k;
        if (word(after, "as") || word(after, "again") || word(after, "like") ||
            word(after, "too") || word(after, "this") || word(after, "in"))
            return k;
        // "consists of twelve instalments", "runs to six parts": after these verbs the noun is
        // the season's episodes, whatever the writer calls them.
        if (word(after, "instalments") || word(after, "installments") || word(after, "parts") ||
            word(after, "chapters"))
            return k;
        return -1; // "runs to six hours": a count of something else (or "episodes", read below)
    }

    // A fact box: "Episodes: 12", "Number of episodes: 10", "Episode count - 8".
    int factBoxCount(int i) const
    {
        if (!(word(i, "episodes") || (word(i, "episode") && word(i + 1, "count"))))
            return -1;
        int k = word(i, "episode") ? i + 2 : i + 1;
        if (k >= m_s.tokens.size() ||
            !(m_s.tokens.at(k).isPunct(u':') || m_s.tokens.at(k).isPunct(u'-')))
            return -1;
        ++k;
        if (k >= m_s.tokens.size() || countValue(m_s.tokens.at(k)) <= 0)
            return -1;
        if (k + 1 < m_s.tokens.size() && countValue(m_s.tokens.at(k + 1)) > 0)
            return -1;
        if (k + 2 < m_s.tokens.size() && (word(k + 1, "to") || word(k + 1, "or")))
            return -1; // "Episodes: 10 to 12"
        return k;
    }

    bool hasEpisodesBefore(int i) const
    {
        for (int k = 0; k < i; ++k) {
            if (isEpisodes(m_s.tokens.at(k)))
                return true;
        }
        return false;
    }

    bool word(int i, const char *w) const
    {
        return i >= 0 && i < m_s.tokens.size() && m_s.tokens.at(i).word == QLatin1String(w);
    }

    bool excluded(int begin, int end) const
    {
        const int n = int(m_s.tokens.size());
        if (begin > 0) {
            const Token &prev = m_s.tokens.at(begin - 1);
            if (prev.is(CountExclude) || prev.word == QLatin1String("episode") ||
                prev.word == QLatin1String("ep") || prev.word == QLatin1String("no"))
                return true;
            // a range: "10 to 12 episodes", "10-12 episodes", "ten or twelve episodes"
            if ((prev.word == QLatin1String("to") || prev.word == QLatin1String("or") ||
                 prev.isPunct(u'-')) &&
                begin > 1 && countValue(m_s.tokens.at(begin - 2)) > 0)
                return true;
        }
        if (begin + 1 < n && (word(begin + 1, "to") || word(begin + 1, "or")) && begin + 2 < n &&
            countValue(m_s.tokens.at(begin + 2)) > 0)
            return true;
        // a schedule: "two episodes a week", "per week", "weekly", "at a time"
        for (int k = end; k < std::min(n, end + 3); ++k) {
            if (m_s.tokens.at(k).is(PerWeek) || (word(k, "at") && word(k + 2, "time")))
                return true;
        }
        // a premiere's batch: "will make its debut on March 5 with two episodes"
        if (begin > 0 && word(begin - 1, "with") && m_s.classesIn(0, begin) & ReleaseStrong)
            return true;
        // a part of the season: "Each part has four episodes"
        for (int k = std::max(0, begin - 4); k < begin; ++k) {
            if (word(k, "each") || word(k, "per"))
                return true;
        }
        return false;
    }

    void report(int begin, int end, int value, const QString &how, QList<ExtractedClaim> *out)
    {
        if (!m_ctx.ours(begin))
            return;
        // "Do not expect a shorter, eight-episode season": the negation may sit a comma earlier.
        if (m_ctx.clauseHas(begin, Negation) || m_s.classesIn(begin - 6, begin) & Negation)
            return;
        const SeasonPick pick = m_ctx.season(begin, end);
        if (pick.source == SeasonSource::None || !m_ctx.show.isOpen(pick.season))
            return;
        if (pick.source != SeasonSource::Explicit && m_ctx.clauseHas(begin, Past))
            return;
        ExtractedClaim c = makeClaim(m_ctx, ClaimKind::EpisodeCount, pick,
                                     QStringLiteral("episode_count: %1 (%2)").arg(value).arg(how));
        c.claim.value = value;
        out->append(c);
    }

    const RuleContext &m_ctx;
    const Sentence &m_s;
};

} // namespace

void episodeCountClaims(const RuleContext &ctx, QList<ExtractedClaim> *out)
{
    CountFinder(ctx).run(out);
}

} // namespace ExtractDetail
