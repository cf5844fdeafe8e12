#include "extract/sentence.h"

#include "domain/releasewindowparser.h"
#include "extract/creditindex.h"
#include "extract/lexicon.h"
#include "extract/textscan.h"

#include <algorithm>

namespace ExtractDetail {

using namespace Lexicon;

quint64 Sentence::classesIn(int from, int to) const
{
    quint64 c = 0;
    for (int i = std::max(0, from); i < std::min(to, int(tokens.size())); ++i) {
        if (!inDate.at(i))
            c |= tokens.at(i).classes;
    }
    return c;
}

int Sentence::tokenAt(int offset) const
{
    const auto it = std::lower_bound(tokens.cbegin(), tokens.cend(), offset,
                                     [](const Token &t, int o) { return t.end <= o; });
    return int(it - tokens.cbegin());
}

bool Sentence::negatedIn(int from, int to) const
{
    from = std::max(0, from);
    to = std::min(to, int(tokens.size()));
    return from < to && before.at(to).negations > before.at(from).negations;
}

namespace {

int romanValue(QStringView w)
{
    static const char *const numerals[] = {"ii", "iii", "iv", "v", "vi"};
    for (int i = 0; i < 5; ++i) {
        if (w == QLatin1String(numerals[i]))
            return i + 2;
    }
    return 0;
}

// "2nd", "3rd", "1st", "4th"
int ordinalDigits(QStringView w)
{
    if (w.size() < 3 || w.size() > 4)
        return 0;
    const QStringView suffix = w.right(2);
    if (suffix != QLatin1String("st") && suffix != QLatin1String("nd") &&
        suffix != QLatin1String("rd") && suffix != QLatin1String("th"))
        return 0;
    bool ok = false;
    const int v = w.left(w.size() - 2).toInt(&ok);
    return ok ? v : 0;
}

bool isSeasonNoun(const Token &t, bool allowSeries)
{
    return t.kind == Token::Word &&
           (t.word == QLatin1String("season") || t.word == QLatin1String("instalment") ||
            t.word == QLatin1String("installment") || t.word == QLatin1String("outing") ||
            t.word == QLatin1String("chapter") ||
            (allowSeries && t.word == QLatin1String("series")));
}

class Analyser {
public:
    Analyser(Sentence &s, const QSet<QString> &nameWords) : m_s(s), m_nameWords(nameWords)
    {
        m_covering.resize(n());
        std::fill(m_covering.begin(), m_covering.end(), -1);
        m_knownEndsAt.resize(n() + 1);
        std::fill(m_knownEndsAt.begin(), m_knownEndsAt.end(), false);
        m_s.inSeason = QList<bool>(n(), false);
    }

    void run(const QList<KnownMention> &known)
    {
        for (const KnownMention &k : known) {
            const int b = m_s.tokenAt(k.start);
            const int e = m_s.tokenAt(k.end - 1) + 1; // "Dead's" ends inside its token
            if (b < e && !weekday(b, e)) {
                addShow({b, e, k.show, !k.properCase || passing(b, e)});
                if (k.show >= 0)
                    m_knownEndsAt[e] = true;
            }
        }
        findSeasons();
        findReturningTitles();
        std::sort(
            m_s.shows.begin(), m_s.shows.end(),
            [](const ShowMention &a, const ShowMention &b) { return a.tokBegin < b.tokBegin; });
        for (int i = 0; i < m_s.shows.size(); ++i) {
            if (!m_s.shows.at(i).passing)
                m_s.activeShows.append(i);
        }
    }

private:
    // Mentions are only ever appended; each token remembers the first one that covers it.
    void addShow(const ShowMention &m)
    {
        const int index = int(m_s.shows.size());
        m_s.shows.append(m);
        for (int i = std::max(0, m.tokBegin); i < std::min(m.tokEnd, n()); ++i) {
            if (m_covering.at(i) < 0)
                m_covering[i] = index;
        }
    }

    int n() const { return int(m_s.tokens.size()); }

    bool isWord(int i, const char *w) const
    {
        return i >= 0 && i < n() && m_s.tokens.at(i).word == QLatin1String(w);
    }

    // "confirmed on Wednesday", "every Sunday night": a day of the week, not the show named
    // after one.
    bool weekday(int b, int e) const
    {
        static const char *const days[] = {"monday", "tuesday",  "wednesday", "thursday",
                                           "friday", "saturday", "sunday"};
        if (e != b + 1 || !ExtractText::isOneOf(tok(b).word, days))
            return false;
        static const char *const before[] = {
            "on",    "last",      "next",     "this",     "every", "by",   "each",
            "until", "till",      "since",    "from",     "said",  "says", "announced",
            "told",  "confirmed", "revealed", "reported", "added", "late", "early"};
        static const char *const after[] = {"night",    "nights",    "morning", "evening",
                                            "mornings", "afternoon", "evenings"};
        // "Premiere for Wednesday, June 24": the day of a date.
        const bool ofADate =
            m_s.inDate.at(b) || (e + 1 < n() && tok(e).isPunct(u',') && m_s.inDate.at(e + 1));
        return ofADate || (b > 0 && ExtractText::isOneOf(tok(b - 1).word, before)) ||
               (e < n() && ExtractText::isOneOf(tok(e).word, after));
    }

    // Comparisons, fandoms and other works named after the show.
    bool passing(int b, int e) const
    {
        static const char *const before[] = {"like", "unlike", "than", "since", "rival", "rivals"};
        for (const char *w : before) {
            if (isWord(b - 1, w))
                return true;
        }
        static const char *const groups[] = {"fans", "viewers", "lovers", "creators", "makers",
                                             "star", "stars",   "writer", "success",  "director"};
        if (isWord(b - 1, "of") || isWord(b - 1, "to")) {
            for (const char *w : groups) {
                if (isWord(b - 2, w))
                    return true;
            }
            if (isWord(b - 2, "compared") || isWord(b - 2, "comparisons") ||
                isWord(b - 2, "similar") || isWord(b - 2, "comparison"))
                return true;
        }
        auto otherWork = [&](int i) {
            return i >= 0 && i < n() && m_s.tokens.at(i).is(OtherEvent) &&
                   !m_s.tokens.at(i).is(ProductionNoun) && m_s.tokens.at(i).kind == Token::Word;
        };
        return otherWork(b - 1) || (otherWork(e) && !m_s.tokens.at(e - 1).possessive);
    }
    const Token &tok(int i) const { return m_s.tokens.at(i); }

    const ShowMention *mentionCovering(int i) const
    {
        const int index = i >= 0 && i < n() ? m_covering.at(i) : -1;
        return index >= 0 ? &m_s.shows.at(index) : nullptr;
    }

    // A capitalised word the lexicon does not know and no person is called: part of a title.
    bool titleLike(int i) const
    {
        if (i < 0 || i >= n() || m_s.inDate.at(i))
            return false;
        const Token &t = tok(i);
        // "Moving S2 release window": "S2" names the season, it is no title "S2" releasing.
        return t.kind == Token::Word && t.capitalised && t.classes == 0 && !mentionCovering(i) &&
               !m_s.inSeason.at(i) && !m_nameWords.contains(CreditIndex::key(t.word));
    }

    int titleStartBefore(int last) const
    {
        int first = last;
        while (first > 0 && titleLike(first - 1) && !tok(first - 1).possessive)
            --first;
        return first;
    }

    int titleEndAfter(int first) const
    {
        int last = first;
        while (last + 1 < n() && titleLike(last + 1) && !tok(last).possessive)
            ++last;
        return last + 1;
    }

    void findSeasons()
    {
        for (int i = 0; i < n(); ++i) {
            if (m_s.inDate.at(i) || tok(i).kind == Token::Punct)
                continue;
            SeasonMention m;
            if (!parseMention(i, &m))
                continue;
            attach(m);
            m.text =
                m_s.text.mid(tok(m.tokBegin).start, tok(m.tokEnd - 1).end - tok(m.tokBegin).start);
            m_s.seasons.append(m);
            for (int k = std::max(0, m.tokBegin); k < std::min(m.tokEnd, n()); ++k)
                m_s.inSeason[k] = true;
            i = m.tokEnd - 1;
        }
    }

    bool parseMention(int i, SeasonMention *m) const
    {
        const Token &t = tok(i);
        const Token *next = i + 1 < n() && !m_s.inDate.at(i + 1) ? &tok(i + 1) : nullptr;
        m->tokBegin = i;
        if (t.kind == Token::Word &&
            (t.word == QLatin1String("season") || t.word == QLatin1String("series"))) {
            if (!next)
                return false;
            int v = 0;
            if (next->kind == Token::Number)
                v = next->value;
            else if (next->is(NumberWord))
                v = next->value;
            else if (next->kind == Token::Word && next->capitalised)
                v = romanValue(next->word);
            if (v < 1 || v > 30)
                return false;
            m->number = v;
            m->tokEnd = i + 2;
            return true;
        }
        if (t.word.startsWith(QLatin1String("season-"))) { // "season-two"
            const Entry e = Lexicon::lookup(t.word.mid(7));
            if (!(e.classes & NumberWord))
                return false;
            m->number = e.value;
            m->tokEnd = i + 1;
            return true;
        }
        // "All of Us Are Dead 2": a number right after a known title (not a year or a count)
        if (i > 0 && t.kind == Token::Number && t.value >= 1 && t.value <= 20 &&
            t.word.size() <= 2 && t.spaceBefore) {
            if (m_knownEndsAt.at(i) && !tok(i - 1).possessive &&
                !(next && (next->word == QLatin1String("episodes") ||
                           next->word == QLatin1String("episode") || next->is(CountAdjective) ||
                           next->kind == Token::Number))) {
                m->number = t.value;
                m->tokEnd = i + 1;
                return true;
            }
        }
        if (t.kind != Token::Word)
            return false;
        const int ordinal = t.is(Ordinal) ? t.value : ordinalDigits(t.word);
        if (ordinal > 0 && next && isSeasonNoun(*next, true)) {
            m->number = ordinal;
            m->tokEnd = i + 2;
            return true;
        }
        // "the fourth and last season", "the second and final series"
        if (ordinal > 0 && isWord(i + 1, "and") &&
            (isWord(i + 2, "last") || isWord(i + 2, "final")) && i + 3 < n() &&
            isSeasonNoun(tok(i + 3), true)) {
            m->number = ordinal;
            m->tokEnd = i + 4;
            return true;
        }
        if (t.capitalised && t.word.size() >= 2 && t.word.size() <= 3 && t.word.at(0) == u's') {
            bool ok = false;
            const int v = t.word.mid(1).toInt(&ok);
            if (ok && v >= 1 && v <= 30) { // "S2", "S02"
                m->number = v;
                m->tokEnd = i + 1;
                return true;
            }
        }
        if (t.is(UpcomingAdj) && next &&
            (isSeasonNoun(*next, false) ||
             (t.word == QLatin1String("new") && next->word == QLatin1String("episodes")))) {
            m->upcoming = true;
            m->tokEnd = i + 2;
            return true;
        }
        if (t.is(Sequel)) {
            m->upcoming = true;
            m->tokEnd = i + 1;
            return true;
        }
        return false;
    }

    void attach(SeasonMention &m)
    {
        const int before = m.tokBegin - 1;
        if (before >= 0) {
            if (const ShowMention *known = mentionCovering(before)) {
                if (known->tokEnd == m.tokBegin) {
                    m.show = known->show;
                    return;
                }
            }
            if (titleLike(before)) { // "Sweet Home season 3", "Hellbound's second season"
                const int start = titleStartBefore(before);
                // "Iron Orchard Gets Season 3", "Reacher Lands Season 4": a headline's verb
                // after a known title, not another show's name.
                int end = start; // where the known title would end, past a closing quote
                if (end > 1 && tok(end - 1).kind == Token::Punct && !m_knownEndsAt.at(end))
                    --end;
                if (end > 0 && m_knownEndsAt.at(end) && before - start < 2) {
                    if (const ShowMention *known = mentionCovering(end - 1)) {
                        m.show = known->show;
                        return;
                    }
                }
                m.show = Foreign;
                addShow({start, m.tokEnd, Foreign});
                return;
            }
        }
        // "season 2 of All of Us Are Dead", "the second season of Sweet Home"
        int j = m.tokEnd;
        if (j < n() && tok(j).word == QLatin1String("of")) {
            ++j;
            if (j < n() && tok(j).word == QLatin1String("the"))
                ++j;
            if (const ShowMention *known = mentionCovering(j)) {
                if (known->tokBegin == j)
                    m.show = known->show;
                return;
            }
            const int end = titleLike(j) ? titleEndAfter(j) : j;
            // "the third series of the BBC's award-winning thriller", "of the Netflix drama":
            // the network, then what the show is, not another show's title.
            if (end > j && !tok(end - 1).possessive && !genreNoun(end)) {
                m.show = Foreign;
                addShow({m.tokBegin, end, Foreign});
            }
        }
    }

    // "when Hellbound returns", "Kingdom arrives": a title right before a release verb.
    void findReturningTitles()
    {
        for (int i = 1; i < n(); ++i) {
            // titleLike() already asks that no mention covers the word.
            if (!tok(i).is(ReleaseStrong) || m_s.inDate.at(i) || !titleLike(i - 1) ||
                tok(i - 1).possessive)
                continue;
            // "Kim Min-ji returns as Seo Ah-ra", "David Dastmalchian lands the role of Mr. 3":
            // a person coming back in, or getting, a role, not a show.
            if (isWord(i + 1, "as") || ((isWord(i + 1, "the") || isWord(i + 1, "a")) &&
                                        (isWord(i + 2, "role") || isWord(i + 2, "part"))))
                continue;
            // "with director Yeon Sang-ho returning to write it": a person back at a job.
            const int start = titleStartBefore(i - 1);
            if (personsJob(start - 1) || (isWord(i + 1, "to") && job(i + 2)))
                continue;
            // "an hour after the Japanese broadcast", "the UK premiere": where it airs.
            if (start == i - 1 && demonym(start))
                continue;
            addShow({start, i, Foreign});
        }
    }

    // "Japanese", "Korean", "British", "UK": a nationality or country code before a release
    // noun says where it airs.
    bool demonym(int i) const
    {
        const QStringView w = tok(i).word;
        const QStringView raw = QStringView(m_s.text).mid(tok(i).start, tok(i).end - tok(i).start);
        const bool code = raw.size() >= 2 && raw.size() <= 3 && raw.toString().isUpper();
        return code || w.endsWith(u"ese") || w.endsWith(u"ish") || w.endsWith(u"ian") ||
               w.endsWith(u"can") || w.endsWith(u"ean") || w.endsWith(u"ch");
    }

    // "drama", "thriller": what a show is, after the network that makes it.
    bool genreNoun(int i) const
    {
        static const char *const nouns[] = {"drama",    "thriller",  "series", "show",
                                            "comedy",   "sitcom",    "anime",  "hit",
                                            "original", "adaptation"};
        return i >= 0 && i < n() && ExtractText::isOneOf(m_s.tokens.at(i).word, nouns);
    }

    // "director", "writer": a person's title before a name.
    bool personsJob(int i) const
    {
        static const char *const titles[] = {"director", "writer",   "creator", "showrunner",
                                             "producer", "composer", "actor",   "actress",
                                             "star",     "author",   "creators"};
        return i >= 0 && i < n() && ExtractText::isOneOf(m_s.tokens.at(i).word, titles);
    }

    // "returning to write", "returns to direct": the work a person comes back for.
    bool job(int i) const
    {
        static const char *const verbs[] = {"write", "direct", "helm",  "produce", "pen",
                                            "lead",  "star",   "voice", "score",   "showrun"};
        return i >= 0 && i < n() && ExtractText::isOneOf(m_s.tokens.at(i).word, verbs);
    }

    Sentence &m_s;
    const QSet<QString> &m_nameWords;
    QVarLengthArray<int, 48> m_covering;     // per token: the first mention covering it, or -1
    QVarLengthArray<bool, 48> m_knownEndsAt; // per token index: a known show's mention ends here
};

// The per-clause and running counts the rules ask for (see Sentence).
void index(Sentence &s)
{
    const int n = int(s.tokens.size());
    s.clauses.resize(n > 0 ? s.clause.last() + 1 : 0);
    std::fill(s.clauses.begin(), s.clauses.end(), ClauseSpan());
    s.before.resize(n + 1);
    s.before[0] = TokensBefore();
    for (int i = 0; i < n; ++i) {
        const Token &t = s.tokens.at(i);
        ClauseSpan &c = s.clauses[s.clause.at(i)];
        if (c.begin < 0)
            c.begin = i;
        c.end = i + 1;
        const bool outside = !s.inDate.at(i);
        if (outside)
            c.classes |= t.classes;
        s.before[i + 1] = {s.before[i].negations + (outside && t.is(Negation)),
                           s.before[i].estimateWords + t.is(HedgeEstimate)};
        if (outside && s.firstEstimateHedge < 0 && t.is(HedgeEstimate))
            s.firstEstimateHedge = i;
        if (outside && s.firstRumourHedge < 0 && t.is(HedgeRumour))
            s.firstRumourHedge = i;
    }
}

} // namespace

Sentence analyse(QStringView text, QStringView folded, int offset, QDate reference,
                 const QList<KnownMention> &known, const QSet<QString> &nameWords)
{
    Sentence s;
    s.text = text;
    s.offset = offset;
    s.tokens = tokenize(text, folded);
    const int n = int(s.tokens.size());
    s.inDate = QList<bool>(n, false);
    s.clause = QList<int>(n, 0);
    const QList<ReleaseWindowParser::Match> matches = ReleaseWindowParser::findAll(text, reference);
    for (const ReleaseWindowParser::Match &m : matches) {
        DateSpan d;
        d.tokBegin = s.tokenAt(int(m.offset));
        d.tokEnd = s.tokenAt(int(m.offset + m.length));
        d.window = m.window;
        if (d.tokBegin >= d.tokEnd || !d.window.isValid())
            continue;
        for (int i = d.tokBegin; i < d.tokEnd; ++i)
            s.inDate[i] = true;
        s.dates.append(d);
    }
    int clause = 0;
    for (int i = 0; i < n; ++i) {
        const Token &t = s.tokens.at(i);
        if (!s.inDate.at(i) && t.is(ClauseWord) && i > 0)
            ++clause;
        s.clause[i] = clause;
        if (!s.inDate.at(i)) {
            s.classes |= t.classes;
            if (t.isClauseBreak())
                ++clause;
        }
    }
    index(s);
    s.question = text.trimmed().endsWith(u'?');
    Analyser(s, nameWords).run(known);
    return s;
}

} // namespace ExtractDetail
