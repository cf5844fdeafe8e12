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

int countValue(const Token &t)
{
    if (t.kind == Token::Number)
        return t.value;
    if (t.is(NumberWord))
        return t.value;
    return -1;
}

bool isEpisodes(const Token &t)
{
    return t.kind == Token::Word && t.word == QLatin1String("episodes");
}

// "12-episode", "eight-episode", "10-episodes": the count glued to the noun.
int gluedCount(const Token &t)
{
    if (t.kind != Token::Word)
        return -1;
    const int dash = int(t.word.indexOf(u'-'));
    if (dash <= 0)
        return -1;
    const QStringView rest = t.word.mid(dash + 1);
    if (rest != QLatin1String("episode") && rest != QLatin1String("episodes"))
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
            int end = -1; // one past the phrase
            QString how;
            const Token &t = m_s.tokens.at(i);
            if (const int glued = gluedCount(t); glued > 0) {
                value = glued;
                end = i + 1;
                how = QStringLiteral("N-episode");
            } else if (t.word == QLatin1String("episode") && word(i + 1, "count")) {
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
            } else {
                int v = countValue(t);
                if (t.word == QLatin1String("dozen") && word(i - 1, "a"))
                    v = 12;
                if (v <= 0)
                    continue;
                int k = i + 1;
                while (k < n && k <= i + 2 && m_s.tokens.at(k).is(CountAdjective))
                    ++k;
                if (k >= n || !isEpisodes(m_s.tokens.at(k)))
                    continue;
                value = v;
                end = k + 1;
                how = QStringLiteral("N episodes");
            }
            if (value < 1 || value > 50 || excluded(i, end))
                continue;
            report(i, end, value, how, out);
            i = end - 1;
        }
    }

private:
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
