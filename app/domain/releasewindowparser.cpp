#include "domain/releasewindowparser.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <cstring>
#include <vector>

// The parser works on tokens rather than on characters so that one hand-written pass over the
// text (letters, digits, punctuation) feeds a small recursive-descent grammar. Scanning prose
// then costs one table lookup per word, and the grammar only runs where a token could begin a
// date (a number or one of a few dozen words).
//
// Decisions for ambiguous wording (all documented here so the tests can pin them):
// - A yearless month ("October or November", "the third quarter", "28 January") takes the year
//   of the nearest preceding year numeral in the same sentence (findAll only); otherwise the
//   first occurrence that has not ended before the reference date; otherwise nothing.
// - In prose a yearless month must be a capitalised full name and not "May" (a verb too); a
//   yearless quarter needs "the" ("the third quarter"); a yearless season or part of the year
//   ("summer", "late") is never a date on its own.
// - "within the next few months", "in the coming months": the day after the reference up to
//   the end of the month six months later, precision unknown (the interval is not a named
//   part of the year). "the next couple of months" is two months, "the next N months" N.
// - "later this year": the first of the month after the reference to 31 December,
//   part_of_year. "by/before the end of the year" (or "of YYYY"): the day after the reference
//   to 31 December of that year (part_of_year within one year, unknown across years); the
//   whole year (precision year) when there is no reference or it is already past that year.
// - "this fall": the first fall that has not ended at the reference; "next fall": the first
//   fall that starts after it. "this Christmas"/"this Halloween": the next one on or after it.
// - A modifier before a month or season ("early October 2025", "late summer 2025") keeps the
//   whole month or season: a narrower interval would invent precision.
// - Joining two windows ("late 2026 or early 2027", "October–November 2025") gives the
//   interval that covers both; precision is the coarser of the two, and two different days
//   give "unknown". "and" only joins inside "between … and …" or before a shared year
//   ("October and November 2025"), since "in 2022 and 2023" usually means two events.
// - A bare year in prose is a year unless it reads as a label or a count: after "episode",
//   "season", "no." and the like, before "episodes", "fans", "million" and the like, or glued
//   to other digits or letters ("1920s", "10-2025", "$2000").

namespace ReleaseWindowParser {
namespace {

enum class Kind : quint8 { Word, Number, Punct, End };

// Word classes of the grammar; everything else is Other.
enum Word : quint8 {
    Other,
    MonthName,
    SeasonName,
    Early,
    Mid,
    Middle,
    Late,
    Later,
    EndWord,
    Beginning,
    Ordinal, // first..fourth
    Latter,
    Half,
    Quarter,
    LetterQ,
    LetterH,
    Of,
    The,
    This,
    Next,
    YearWord,
    MonthWord,
    Months,
    In,
    Within,
    Over,
    Coming,
    Few,
    Couple,
    CountWord, // two..twelve
    Or,
    To, // to, through, until, into, ...
    And,
    Between,
    By,
    Before,
    Halloween,
    Christmas,
    DayWord,
    Hedge, // "or possibly"
    OrdinalSuffix,
    LabelWord, // a number after it is a label, not a year: "Episode 2024"
    CountNoun, // a number before it is a count, not a year: "2000 fans"
};

enum TokenFlag : quint8 { Capitalised = 1, Abbreviation = 2, NewlineBefore = 4 };

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;
    int value = 0; // number value, or the word's detail (month 1-12, season 1-4, count)
    Kind kind = Kind::End;
    Word word = Other;
    quint8 digits = 0;
    quint8 flags = 0;
    char16_t punct = 0;
};

// ---- vocabulary -------------------------------------------------------------------------

struct VocabEntry {
    const char *text;
    Word word;
    int value;
    quint8 flags;
};

const VocabEntry vocabulary[] = {
    {"january", MonthName, 1, 0},
    {"jan", MonthName, 1, Abbreviation},
    {"february", MonthName, 2, 0},
    {"feb", MonthName, 2, Abbreviation},
    {"march", MonthName, 3, 0},
    {"mar", MonthName, 3, Abbreviation},
    {"april", MonthName, 4, 0},
    {"apr", MonthName, 4, Abbreviation},
    {"may", MonthName, 5, 0},
    {"june", MonthName, 6, 0},
    {"jun", MonthName, 6, Abbreviation},
    {"july", MonthName, 7, 0},
    {"jul", MonthName, 7, Abbreviation},
    {"august", MonthName, 8, 0},
    {"aug", MonthName, 8, Abbreviation},
    {"september", MonthName, 9, 0},
    {"sep", MonthName, 9, Abbreviation},
    {"sept", MonthName, 9, Abbreviation},
    {"october", MonthName, 10, 0},
    {"oct", MonthName, 10, Abbreviation},
    {"november", MonthName, 11, 0},
    {"nov", MonthName, 11, Abbreviation},
    {"december", MonthName, 12, 0},
    {"dec", MonthName, 12, Abbreviation},
    {"spring", SeasonName, 0, 0},
    {"summer", SeasonName, 1, 0},
    {"fall", SeasonName, 2, 0},
    {"autumn", SeasonName, 2, 0},
    {"winter", SeasonName, 3, 0},
    {"early", Early, 0, 0},
    {"mid", Mid, 0, 0},
    {"middle", Middle, 0, 0},
    {"late", Late, 0, 0},
    {"later", Later, 0, 0},
    {"end", EndWord, 0, 0},
    {"beginning", Beginning, 0, 0},
    {"start", Beginning, 0, 0},
    {"first", Ordinal, 1, 0},
    {"second", Ordinal, 2, 0},
    {"third", Ordinal, 3, 0},
    {"fourth", Ordinal, 4, 0},
    {"latter", Latter, 2, 0},
    {"half", Half, 0, 0},
    {"quarter", Quarter, 0, 0},
    {"q", LetterQ, 0, 0},
    {"h", LetterH, 0, 0},
    {"of", Of, 0, 0},
    {"the", The, 0, 0},
    {"this", This, 0, 0},
    {"next", Next, 0, 0},
    {"year", YearWord, 0, 0},
    {"month", MonthWord, 0, 0},
    {"months", Months, 0, 0},
    {"in", In, 0, 0},
    {"within", Within, 0, 0},
    {"over", Over, 0, 0},
    {"coming", Coming, 0, 0},
    {"few", Few, 6, 0},
    {"several", Few, 6, 0},
    {"couple", Couple, 2, 0},
    {"two", CountWord, 2, 0},
    {"three", CountWord, 3, 0},
    {"four", CountWord, 4, 0},
    {"five", CountWord, 5, 0},
    {"six", CountWord, 6, 0},
    {"seven", CountWord, 7, 0},
    {"eight", CountWord, 8, 0},
    {"nine", CountWord, 9, 0},
    {"ten", CountWord, 10, 0},
    {"eleven", CountWord, 11, 0},
    {"twelve", CountWord, 12, 0},
    {"or", Or, 0, 0},
    {"to", To, 0, 0},
    {"through", To, 0, 0},
    {"thru", To, 0, 0},
    {"until", To, 0, 0},
    {"till", To, 0, 0},
    {"into", To, 0, 0},
    {"and", And, 0, 0},
    {"between", Between, 0, 0},
    {"by", By, 0, 0},
    {"before", Before, 0, 0},
    {"halloween", Halloween, 0, 0},
    {"christmas", Christmas, 0, 0},
    {"xmas", Christmas, 0, 0},
    {"day", DayWord, 0, 0},
    {"possibly", Hedge, 0, 0},
    {"perhaps", Hedge, 0, 0},
    {"maybe", Hedge, 0, 0},
    {"even", Hedge, 0, 0},
    {"potentially", Hedge, 0, 0},
    {"st", OrdinalSuffix, 0, 0},
    {"nd", OrdinalSuffix, 0, 0},
    {"rd", OrdinalSuffix, 0, 0},
    {"th", OrdinalSuffix, 0, 0},
    {"episode", LabelWord, 0, 0},
    {"episodes", CountNoun, 0, 0},
    {"ep", LabelWord, 0, 0},
    {"season", LabelWord, 0, 0},
    {"seasons", CountNoun, 0, 0},
    {"series", LabelWord, 0, 0},
    {"chapter", LabelWord, 0, 0},
    {"part", LabelWord, 0, 0},
    {"volume", LabelWord, 0, 0},
    {"vol", LabelWord, 0, 0},
    {"no", LabelWord, 0, 0},
    {"number", LabelWord, 0, 0},
    {"page", LabelWord, 0, 0},
    {"issue", LabelWord, 0, 0},
    {"room", LabelWord, 0, 0},
    {"flight", LabelWord, 0, 0},
    {"route", LabelWord, 0, 0},
    {"model", LabelWord, 0, 0},
    {"version", LabelWord, 0, 0},
    {"channel", LabelWord, 0, 0},
    {"track", LabelWord, 0, 0},
    {"level", LabelWord, 0, 0},
    {"code", LabelWord, 0, 0},
    {"top", LabelWord, 0, 0},
    {"hours", CountNoun, 0, 0},
    {"hour", CountNoun, 0, 0},
    {"minutes", CountNoun, 0, 0},
    {"mins", CountNoun, 0, 0},
    {"seconds", CountNoun, 0, 0},
    {"days", CountNoun, 0, 0},
    {"weeks", CountNoun, 0, 0},
    {"years", CountNoun, 0, 0},
    {"people", CountNoun, 0, 0},
    {"fans", CountNoun, 0, 0},
    {"viewers", CountNoun, 0, 0},
    {"views", CountNoun, 0, 0},
    {"votes", CountNoun, 0, 0},
    {"times", CountNoun, 0, 0},
    {"points", CountNoun, 0, 0},
    {"dollars", CountNoun, 0, 0},
    {"euros", CountNoun, 0, 0},
    {"won", CountNoun, 0, 0},
    {"yen", CountNoun, 0, 0},
    {"pounds", CountNoun, 0, 0},
    {"hundred", CountNoun, 0, 0},
    {"thousand", CountNoun, 0, 0},
    {"million", CountNoun, 0, 0},
    {"billion", CountNoun, 0, 0},
    {"percent", CountNoun, 0, 0},
    {"km", CountNoun, 0, 0},
    {"miles", CountNoun, 0, 0},
    {"meters", CountNoun, 0, 0},
    {"metres", CountNoun, 0, 0},
    {"feet", CountNoun, 0, 0},
    {"members", CountNoun, 0, 0},
    {"users", CountNoun, 0, 0},
    {"subscribers", CountNoun, 0, 0},
    {"followers", CountNoun, 0, 0},
    {"likes", CountNoun, 0, 0},
    {"copies", CountNoun, 0, 0},
    {"units", CountNoun, 0, 0},
    {"words", CountNoun, 0, 0},
    {"pages", CountNoun, 0, 0},
    {"reviews", CountNoun, 0, 0},
    {"students", CountNoun, 0, 0},
    {"zombies", CountNoun, 0, 0},
    {"households", CountNoun, 0, 0},
    {"screens", CountNoun, 0, 0},
    {"titles", CountNoun, 0, 0},
    {"shows", CountNoun, 0, 0},
    {"films", CountNoun, 0, 0},
    {"movies", CountNoun, 0, 0},
};

// Words are hashed from their length and three letters, not every letter: the tokenizer then
// only has to find where a word ends, and the rare candidate is compared in full.
constexpr quint32 wordHash(int length, char16_t first, char16_t second, char16_t last)
{
    quint32 h = quint32(length);
    h = h * 31 + (first | 0x20);
    h = h * 31 + (second | 0x20);
    h = h * 31 + (last | 0x20);
    return h ^ (h >> 9);
}

template <typename Char> quint32 hashOf(const Char *w, int length)
{
    return wordHash(length, char16_t(w[0]), length > 1 ? char16_t(w[1]) : u'\0',
                    char16_t(w[length - 1]));
}

// Open addressing over a power-of-two table: the vocabulary is fixed, so a lookup is one cheap
// hash and usually at most one comparison, far cheaper than building a QString per word.
class VocabularyTable {
public:
    VocabularyTable()
    {
        for (const VocabEntry &e : vocabulary) {
            const int length = int(std::strlen(e.text));
            m_maxLength = std::max(m_maxLength, length);
            const quint32 hash = hashOf(e.text, length);
            quint32 slot = hash & mask;
            while (m_slots[slot].entry)
                slot = (slot + 1) & mask;
            m_slots[slot] = {hash, length, &e};
        }
    }

    // `w` is ASCII letters in any case.
    const VocabEntry *find(const char16_t *w, int length) const
    {
        if (length > m_maxLength)
            return nullptr;
        const quint32 hash = hashOf(w, length);
        for (quint32 slot = hash & mask; m_slots[slot].entry; slot = (slot + 1) & mask) {
            const Slot &candidate = m_slots[slot];
            if (candidate.hash == hash && candidate.length == length &&
                equalsIgnoringCase(candidate.entry->text, w, length))
                return candidate.entry;
        }
        return nullptr;
    }

private:
    static bool equalsIgnoringCase(const char *lower, const char16_t *w, int length)
    {
        for (int i = 0; i < length; ++i) {
            if (char16_t(lower[i]) != (w[i] | 0x20))
                return false;
        }
        return true;
    }

    struct Slot {
        quint32 hash = 0;
        int length = 0;
        const VocabEntry *entry = nullptr;
    };
    static constexpr quint32 mask = 511;
    std::array<Slot, mask + 1> m_slots{};
    int m_maxLength = 0;
};

const VocabularyTable &vocabularyTable()
{
    static const VocabularyTable table;
    return table;
}

// ---- tokenizer --------------------------------------------------------------------------

enum CharClass : quint8 { Space, Newline, Digit, Letter, Symbol };

constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> classes{};
    for (int c = 0; c < 128; ++c) {
        if (c == '\n' || c == '\r')
            classes[c] = Newline;
        else if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
            classes[c] = Space;
        else if (c >= '0' && c <= '9')
            classes[c] = Digit;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            classes[c] = Letter;
        else
            classes[c] = Symbol;
    }
    return classes;
}();

CharClass classOf(char16_t c)
{
    if (c < 128)
        return CharClass(asciiClasses[c]);
    if (QChar::isSpace(c))
        return Space;
    return QChar::isLetter(c) ? Letter : Symbol;
}

bool isDash(char16_t c)
{
    return c == u'-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

class Tokenizer {
public:
    explicit Tokenizer(QStringView text) : m_text(text) {}

    std::vector<Token> run() const
    {
        std::vector<Token> tokens;
        tokens.reserve(size_t(m_text.size() / 8 + 2));
        const char16_t *s = m_text.utf16();
        const qsizetype n = m_text.size();
        bool newline = false;
        qsizetype i = 0;
        while (i < n) {
            const char16_t c = s[i];
            if (c == u' ') { // by far the most common separator: skip the class lookup
                ++i;
                continue;
            }
            const CharClass cls = classOf(c);
            if (cls == Space || cls == Newline) {
                newline = newline || cls == Newline;
                ++i;
                continue;
            }
            Token t;
            if (cls == Letter)
                i = word(s, n, i, t);
            else if (cls == Digit)
                i = number(s, n, i, t);
            else
                i = punct(c, i, t);
            if (newline)
                t.flags |= NewlineBefore;
            newline = false;
            // Most prose is words the grammar does not know; a run of them separated by
            // spaces is one obstacle, so it is kept as one token.
            if (t.kind == Kind::Word && t.word == Other && !tokens.empty() &&
                tokens.back().kind == Kind::Word && tokens.back().word == Other) {
                tokens.back().end = t.end;
                tokens.back().flags |= t.flags & NewlineBefore;
            } else {
                tokens.push_back(t);
            }
        }
        Token end;
        end.start = end.end = n;
        tokens.push_back(end);
        return tokens;
    }

private:
    static qsizetype number(const char16_t *s, qsizetype n, qsizetype i, Token &t)
    {
        t.kind = Kind::Number;
        t.start = i;
        int digits = 0;
        qint64 value = 0;
        for (; i < n && s[i] >= u'0' && s[i] <= u'9'; ++i) {
            if (digits < 10)
                value = value * 10 + (s[i] - u'0');
            ++digits;
        }
        t.value = value > 999999999 ? -1 : int(value);
        t.digits = quint8(std::min(digits, 255));
        t.end = i;
        return i;
    }

    qsizetype word(const char16_t *s, qsizetype n, qsizetype i, Token &t) const
    {
        t.kind = Kind::Word;
        t.start = i;
        if (s[i] >= u'A' && s[i] <= u'Z')
            t.flags |= Capitalised;
        while (i < n && s[i] < 128 && asciiClasses[s[i]] == Letter)
            ++i;
        bool ascii = true; // only plain ASCII words can be in the vocabulary
        while (i < n && classOf(s[i]) == Letter) {
            ascii = ascii && s[i] < 128;
            ++i;
        }
        t.end = i;
        if (ascii) {
            if (const VocabEntry *e = m_vocabulary.find(s + t.start, int(i - t.start))) {
                t.word = e->word;
                t.value = e->value;
                t.flags |= e->flags;
            }
        }
        return i;
    }

    static qsizetype punct(char16_t c, qsizetype i, Token &t)
    {
        t.kind = Kind::Punct;
        t.start = i;
        t.end = i + 1;
        t.punct = isDash(c) ? u'-' : c;
        return i + 1;
    }

    QStringView m_text;
    const VocabularyTable &m_vocabulary = vocabularyTable();
};

// ---- calendar spans ---------------------------------------------------------------------

// A window described without its year: month/day bounds plus how many years later it ends
// (winter, "December or January"). Day 0 as the last bound means "end of that month".
struct Span {
    int m1 = 1, d1 = 1, m2 = 12, d2 = 0;
    int endYearOffset = 0;
};

struct Interval {
    QDate earliest;
    QDate latest;
};

std::optional<Interval> resolve(const Span &s, int year)
{
    const QDate earliest(year, s.m1, s.d1);
    const int lastYear = year + s.endYearOffset;
    QDate latest(lastYear, s.m2, s.d2 ? s.d2 : 1);
    if (!s.d2 && latest.isValid())
        latest = latest.addDays(latest.daysInMonth() - 1);
    if (!earliest.isValid() || !latest.isValid() || latest < earliest)
        return std::nullopt;
    return Interval{earliest, latest};
}

Span wholeYear()
{
    return {1, 1, 12, 0, 0};
}
Span monthSpan(int m)
{
    return {m, 1, m, 0, 0};
}
Span daySpan(int m, int d)
{
    return {m, d, m, d, 0};
}
Span quarterSpan(int q)
{
    return {3 * q - 2, 1, 3 * q, 0, 0};
}
Span halfSpan(int h)
{
    return h == 1 ? Span{1, 1, 6, 0, 0} : Span{7, 1, 12, 0, 0};
}
Span partSpan(int part) // 0 early, 1 mid, 2 late
{
    return {4 * part + 1, 1, 4 * part + 4, 0, 0};
}
Span seasonSpan(int season) // 0 spring .. 3 winter (December to February)
{
    const int first = 3 * season + 3;
    return season == 3 ? Span{12, 1, 2, 0, 1} : Span{first, 1, first + 2, 0, 0};
}

bool startsAfter(const Span &a, const Span &b)
{
    return a.m1 > b.m1 || (a.m1 == b.m1 && a.d1 > b.d1);
}

// ---- grammar ----------------------------------------------------------------------------

// A yearless piece only joins one of the same kind of unit ("October or November 2025",
// "early-to-mid 2026"), so a stray "may" or "late" cannot borrow a distant year. Mixed is a
// window that is none of these (a run of months from the reference, a join of two kinds).
enum class Family : quint8 { Year, Month, Day, Quarter, Season, Part, Mixed };

struct Piece {
    qsizetype end = 0; // token index just after the piece
    Family family = Family::Year;
    DatePrecision precision = DatePrecision::Unknown;
    bool hasYear = false;
    Interval interval;       // when hasYear
    int anchorYear = 0;      // the year a yearless neighbour borrows ("October or November 2025")
    int explicitYear = 0;    // the last year numeral written in the piece, for later sentences
    Span span;               // when !hasYear
    bool standalone = false; // a yearless piece that may be resolved from context alone
};

struct YearRef {
    qsizetype end = 0;
    int year = 0;
    bool explicitNumeral = false;
};

DatePrecision coarser(DatePrecision a, DatePrecision b)
{
    return int(a) >= int(b) ? a : b;
}

class Grammar {
public:
    Grammar(const std::vector<Token> &tokens, QDate reference, bool prose)
        : m_tokens(tokens), m_last(qsizetype(tokens.size()) - 1), m_reference(reference),
          m_prose(prose)
    {
    }

    bool canStart(qsizetype i) const
    {
        const Token &t = tok(i);
        if (t.kind == Kind::Number)
            return true;
        if (t.kind != Kind::Word)
            return false;
        switch (t.word) {
        case MonthName:
        case SeasonName:
        case Early:
        case Mid:
        case Middle:
        case Late:
        case Later:
        case EndWord:
        case Beginning:
        case Ordinal:
        case Latter:
        case LetterQ:
        case LetterH:
        case The:
        case This:
        case Next:
        case In:
        case Within:
        case Over:
        case Between:
        case By:
        case Before:
        case Halloween:
        case Christmas:
            return true;
        default:
            return false;
        }
    }

    std::optional<Piece> expression(qsizetype i, int contextYear) const
    {
        if (isWord(i, Between)) {
            const auto joined = between(i);
            return joined ? finish(*joined, contextYear) : std::nullopt;
        }
        if (isWord(i, By) || isWord(i, Before))
            return byTheEnd(i);
        const auto head = unit(i);
        if (!head)
            return std::nullopt;
        if (const auto joined = joinWithNext(*head)) {
            if (auto done = finish(*joined, contextYear))
                return done;
        }
        return finish(*head, contextYear);
    }

    // Sentence ends reset the year a yearless month borrows; an abbreviation's dot and a
    // decimal point do not end one.
    bool endsSentence(qsizetype i) const
    {
        const Token &t = tok(i);
        if (t.flags & NewlineBefore)
            return true;
        if (t.kind != Kind::Punct)
            return false;
        if (t.punct == u'!' || t.punct == u'?')
            return true;
        if (t.punct != u'.')
            return false;
        if (i > 0 && adjacent(i - 1) && tok(i - 1).kind == Kind::Word &&
            (tok(i - 1).flags & Abbreviation))
            return false;
        return !(i > 0 && adjacent(i - 1) && tok(i - 1).kind == Kind::Number && adjacent(i) &&
                 tok(i + 1).kind == Kind::Number);
    }

private:
    // ---- token helpers ----

    // Out of range reads the end token, so look-ahead and look-behind need no bounds checks.
    const Token &tok(qsizetype i) const
    {
        return m_tokens[size_t(i < 0 ? m_last : std::min(i, m_last))];
    }
    bool isWord(qsizetype i, Word w) const { return tok(i).kind == Kind::Word && tok(i).word == w; }
    bool isPunct(qsizetype i, char16_t c) const
    {
        return tok(i).kind == Kind::Punct && tok(i).punct == c;
    }
    // Token i touches token i + 1 (no space between them); the end of the text touches nothing.
    bool adjacent(qsizetype i) const
    {
        return i >= 0 && i + 1 < m_last && tok(i).end == tok(i + 1).start;
    }
    bool isNumber(qsizetype i, int maxDigits) const
    {
        return tok(i).kind == Kind::Number && tok(i).digits <= maxDigits;
    }

    static bool isNumericGlue(char16_t c)
    {
        return c == u'-' || c == u'/' || c == u'.' || c == u',' || c == u':';
    }

    // "10-2025", "1.2025", "$2025", "A2025": the number continues something before it.
    bool gluedBefore(qsizetype i) const
    {
        if (!adjacent(i - 1))
            return false;
        const Token &p = tok(i - 1);
        if (p.kind == Kind::Word)
            return true;
        if (p.kind != Kind::Punct)
            return false;
        if (isNumericGlue(p.punct) && adjacent(i - 2) && tok(i - 2).kind == Kind::Number)
            return true;
        return p.punct == u'$' || p.punct == u'#' || p.punct == u'+' || p.punct == 0x00A3 ||
               p.punct == 0x20AC;
    }

    // "2025/13", "2025.5", "1920s", "50%": the number goes on into something after it.
    bool gluedAfter(qsizetype i) const
    {
        if (!adjacent(i))
            return false;
        const Token &n = tok(i + 1);
        if (n.kind == Kind::Word)
            return true;
        if (n.kind != Kind::Punct)
            return false;
        if (isNumericGlue(n.punct) && adjacent(i + 1) && tok(i + 2).kind == Kind::Number)
            return true;
        return n.punct == u'%';
    }

    static bool isYearValue(const Token &t)
    {
        return t.kind == Kind::Number && t.digits == 4 && t.value >= 1900 && t.value <= 2100;
    }

    bool isYearNumeral(qsizetype i) const
    {
        return isYearValue(tok(i)) && !gluedBefore(i) && !gluedAfter(i);
    }

    // A number that reads as a label ("Episode 2024", "No. 2024") or a count ("2024 fans").
    bool labelOrCount(qsizetype i) const
    {
        qsizetype p = i - 1;
        if (p >= 0 && tok(p).kind == Kind::Punct &&
            (tok(p).punct == u'.' || tok(p).punct == u':' || tok(p).punct == u'#'))
            --p;
        if (p >= 0 && isWord(p, LabelWord))
            return true;
        return isWord(i + 1, CountNoun) || isWord(i + 1, Months);
    }

    bool isDayNumber(qsizetype i) const
    {
        return isNumber(i, 2) && tok(i).value >= 1 && tok(i).value <= 31;
    }

    // "28th" is the number and a touching suffix.
    qsizetype afterDayNumber(qsizetype i) const
    {
        return adjacent(i) && isWord(i + 1, OrdinalSuffix) ? i + 2 : i + 1;
    }

    bool capitalised(qsizetype i) const { return tok(i).flags & Capitalised; }

    // ---- pieces ----

    Piece dated(qsizetype end, Family family, DatePrecision precision, Interval interval,
                int anchorYear, int explicitYear) const
    {
        Piece p;
        p.end = end;
        p.family = family;
        p.precision = precision;
        p.hasYear = true;
        p.interval = interval;
        p.anchorYear = anchorYear;
        p.explicitYear = explicitYear;
        return p;
    }

    Piece yearless(qsizetype end, Family family, DatePrecision precision, Span span,
                   bool standalone) const
    {
        Piece p;
        p.end = end;
        p.family = family;
        p.precision = precision;
        p.span = span;
        p.standalone = standalone;
        return p;
    }

    // The span in the year the following words name, or the span without a year.
    std::optional<Piece> withOptionalYear(qsizetype i, Family family, DatePrecision precision,
                                          Span span, bool allowComma, bool allowOf,
                                          bool standalone) const
    {
        if (const auto y = yearSpec(i, allowComma, allowOf)) {
            const auto interval = resolve(span, y->year);
            if (!interval)
                return std::nullopt;
            return dated(y->end, family, precision, *interval, y->year,
                         y->explicitNumeral ? y->year : 0);
        }
        return yearless(i, family, precision, span, standalone);
    }

    std::optional<YearRef> yearSpec(qsizetype i, bool allowComma, bool allowOf) const
    {
        if (allowComma && isPunct(i, u','))
            ++i;
        bool of = false;
        if (allowOf && isWord(i, Of)) {
            ++i;
            of = true;
        }
        if (isYearNumeral(i))
            return YearRef{i + 1, tok(i).value, true};
        if (!m_reference.isValid() || !isWord(i + 1, YearWord))
            return std::nullopt;
        if (isWord(i, This) || (of && isWord(i, The)))
            return YearRef{i + 2, m_reference.year(), false};
        if (isWord(i, Next))
            return YearRef{i + 2, m_reference.year() + 1, false};
        return std::nullopt;
    }

    std::optional<Piece> unit(qsizetype i) const
    {
        const Token &t = tok(i);
        if (t.kind == Kind::Number)
            return numberLed(i);
        if (t.kind != Kind::Word)
            return std::nullopt;
        switch (t.word) {
        case MonthName:
            return monthLed(i);
        case SeasonName:
            return seasonLed(i);
        case Early:
        case Mid:
        case Late:
            return partLed(i);
        case Middle:
        case EndWord:
        case Beginning:
            return partOfLed(i);
        case Ordinal:
        case Latter:
            return ordinalLed(i + 1, t.value, false);
        case LetterQ:
        case LetterH:
            return letterLed(i);
        case Halloween:
        case Christmas:
            return holidayLed(i);
        case The:
            return theLed(i);
        case This:
        case Next:
            return relativeLed(i);
        case Later:
            return laterThisYear(i);
        case In:
        case Within:
        case Over:
            return comingMonths(i);
        default:
            return std::nullopt;
        }
    }

    std::optional<Piece> numberLed(qsizetype i) const
    {
        if (auto p = isoDate(i))
            return p;
        if (auto p = yearRange(i))
            return p;
        if (isDayNumber(i)) {
            if (auto p = ordinalNumberLed(i, false))
                return p;
            return dayLed(i, false);
        }
        if (isYearNumeral(i) && !labelOrCount(i)) {
            const int year = tok(i).value;
            return dated(i + 1, Family::Year, DatePrecision::Year, *resolve(wholeYear(), year),
                         year, year);
        }
        return std::nullopt;
    }

    // 2022-01-28 (or with slashes); an impossible one is no date at all.
    std::optional<Piece> isoDate(qsizetype i) const
    {
        if (!isYearValue(tok(i)) || !adjacent(i) || !adjacent(i + 1) || !adjacent(i + 2) ||
            !adjacent(i + 3))
            return std::nullopt;
        const Token &sep = tok(i + 1);
        if (sep.kind != Kind::Punct || (sep.punct != u'-' && sep.punct != u'/') ||
            !isPunct(i + 3, sep.punct) || !isNumber(i + 2, 2) || !isNumber(i + 4, 2))
            return std::nullopt;
        const QDate date(tok(i).value, tok(i + 2).value, tok(i + 4).value);
        if (!date.isValid())
            return std::nullopt;
        return dated(i + 5, Family::Day, DatePrecision::Day, {date, date}, date.year(),
                     date.year());
    }

    // The second year of a "YYYY-YY" or "YYYY/YYYY" pair starting at token i, or 0.
    int pairedYear(qsizetype i) const
    {
        if (!isYearValue(tok(i)) || !adjacent(i) || !adjacent(i + 1))
            return 0;
        const char16_t sep = tok(i + 1).punct;
        if (tok(i + 1).kind != Kind::Punct || (sep != u'-' && sep != u'/'))
            return 0;
        const Token &second = tok(i + 2);
        if (second.kind != Kind::Number || gluedAfter(i + 2))
            return 0;
        const int first = tok(i).value;
        int year = 0;
        if (second.digits == 4)
            year = second.value;
        else if (second.digits == 2)
            year = first / 100 * 100 + second.value;
        return year > first && year <= 2100 ? year : 0;
    }

    std::optional<Piece> yearRange(qsizetype i) const
    {
        const int last = pairedYear(i);
        if (!last || gluedBefore(i))
            return std::nullopt;
        const Interval interval{QDate(tok(i).value, 1, 1), QDate(last, 12, 31)};
        return dated(i + 3, Family::Year, DatePrecision::Year, interval, last, last);
    }

    // "1st quarter", "the 2nd half": only with the suffix, since "3 quarters" is a count.
    std::optional<Piece> ordinalNumberLed(qsizetype i, bool afterThe) const
    {
        const qsizetype next = afterDayNumber(i);
        if (next != i + 2 || (!isWord(next, Quarter) && !isWord(next, Half)))
            return std::nullopt;
        return ordinalLed(next, tok(i).value, afterThe);
    }

    // "28 January 2022", "28th of January", "the 28th of January 2022".
    std::optional<Piece> dayLed(qsizetype i, bool afterThe) const
    {
        if (!afterThe && m_prose && labelOrCount(i))
            return std::nullopt;
        const int day = tok(i).value;
        qsizetype j = afterDayNumber(i);
        if (isWord(j, Of))
            ++j;
        if (!isWord(j, MonthName))
            return std::nullopt;
        const qsizetype monthToken = j;
        const int month = tok(j).value;
        j = afterMonthName(j);
        if (day > QDate(2000, month, 1).daysInMonth())
            return std::nullopt;
        return withOptionalYear(j, Family::Day, DatePrecision::Day, daySpan(month, day), true,
                                false, !m_prose || capitalised(monthToken));
    }

    qsizetype afterMonthName(qsizetype i) const
    {
        return (tok(i).flags & Abbreviation) && adjacent(i) && isPunct(i + 1, u'.') ? i + 2 : i + 1;
    }

    // "January 28, 2022", "Jan. 28", "October 2025", "Sept. 2025", "October of 2025", "October".
    std::optional<Piece> monthLed(qsizetype i) const
    {
        const int month = tok(i).value;
        const qsizetype j = afterMonthName(i);
        const bool name = !m_prose || capitalised(i);
        if (isDayNumber(j) &&
            !(adjacent(j) && tok(j + 1).kind == Kind::Punct && isNumericGlue(tok(j + 1).punct) &&
              adjacent(j + 1) && tok(j + 2).kind == Kind::Number)) {
            const int day = tok(j).value;
            const qsizetype k = afterDayNumber(j);
            if (const auto y = yearSpec(k, true, false)) {
                const QDate date(y->year, month, day);
                if (!date.isValid())
                    return std::nullopt;
                return dated(y->end, Family::Day, DatePrecision::Day, {date, date}, y->year,
                             y->explicitNumeral ? y->year : 0);
            }
            if (day > QDate(2000, month, 1).daysInMonth())
                return std::nullopt;
            const bool standalone = name && !isWord(k, CountNoun) && !isWord(k, Months);
            return yearless(k, Family::Day, DatePrecision::Day, daySpan(month, day), standalone);
        }
        const bool plainName = !(tok(i).flags & Abbreviation) && month != 5;
        return withOptionalYear(j, Family::Month, DatePrecision::Month, monthSpan(month), true,
                                true, !m_prose || (name && plainName));
    }

    // "summer 2025", "the summer of 2025", "winter 2025-26".
    std::optional<Piece> seasonLed(qsizetype i) const
    {
        const int season = tok(i).value;
        if (season == 3) {
            if (const int last = pairedYear(i + 1); last == tok(i + 1).value + 1) {
                const int year = tok(i + 1).value;
                return dated(i + 4, Family::Season, DatePrecision::Season,
                             *resolve(seasonSpan(season), year), year, last);
            }
        }
        return withOptionalYear(i + 1, Family::Season, DatePrecision::Season, seasonSpan(season),
                                false, true, false);
    }

    // "early 2024", "mid-2025", "late next year", "early-to-mid" (yearless, joined later), and
    // a modifier before a month or season, which keeps the whole month or season.
    std::optional<Piece> partLed(qsizetype i) const
    {
        const Word w = tok(i).word;
        const int part = w == Early ? 0 : w == Mid ? 1 : 2;
        const qsizetype j = isPunct(i + 1, u'-') ? i + 2 : i + 1;
        if (const auto y = yearSpec(j, false, false)) {
            return dated(y->end, Family::Part, DatePrecision::PartOfYear,
                         *resolve(partSpan(part), y->year), y->year,
                         y->explicitNumeral ? y->year : 0);
        }
        if (isWord(j, MonthName)) {
            if (auto p = monthLed(j); p && p->family == Family::Month)
                return p;
        }
        if (isWord(j, SeasonName))
            return seasonLed(j);
        return yearless(i + 1, Family::Part, DatePrecision::PartOfYear, partSpan(part), false);
    }

    // "the middle of 2025", "end of the year", "the beginning of 2026".
    std::optional<Piece> partOfLed(qsizetype i) const
    {
        if (!isWord(i + 1, Of))
            return std::nullopt;
        const Word w = tok(i).word;
        const int part = w == Beginning ? 0 : w == Middle ? 1 : 2;
        const auto y = yearSpec(i + 1, false, true);
        if (!y)
            return std::nullopt;
        return dated(y->end, Family::Part, DatePrecision::PartOfYear,
                     *resolve(partSpan(part), y->year), y->year, y->explicitNumeral ? y->year : 0);
    }

    // "first half of 2026", "the latter half", "third quarter of 2025", "the 3rd quarter".
    std::optional<Piece> ordinalLed(qsizetype next, int ordinal, bool afterThe) const
    {
        if (isWord(next, Half) && ordinal >= 1 && ordinal <= 2)
            return withOptionalYear(next + 1, Family::Part, DatePrecision::PartOfYear,
                                    halfSpan(ordinal), false, true, false);
        if (isWord(next, Quarter) && ordinal >= 1 && ordinal <= 4 && !isWord(next - 1, Latter))
            return withOptionalYear(next + 1, Family::Quarter, DatePrecision::Quarter,
                                    quarterSpan(ordinal), true, true, !m_prose || afterThe);
        return std::nullopt;
    }

    // "Q3 2025", "Q3 of 2025", "H1 2026".
    std::optional<Piece> letterLed(qsizetype i) const
    {
        const bool quarter = tok(i).word == LetterQ;
        const int count = quarter ? 4 : 2;
        const qsizetype j = i + 1;
        if (!adjacent(i) || !isNumber(j, 1) || tok(j).value < 1 || tok(j).value > count ||
            (adjacent(j) && tok(j + 1).kind != Kind::Punct))
            return std::nullopt;
        const int n = tok(j).value;
        if (quarter)
            return withOptionalYear(j + 1, Family::Quarter, DatePrecision::Quarter, quarterSpan(n),
                                    true, true, !m_prose);
        return withOptionalYear(j + 1, Family::Part, DatePrecision::PartOfYear, halfSpan(n), true,
                                true, false);
    }

    std::optional<Piece> holidayLed(qsizetype i) const
    {
        const bool christmas = tok(i).word == Christmas;
        const qsizetype j = christmas && isWord(i + 1, DayWord) ? i + 2 : i + 1;
        const Span span = christmas ? daySpan(12, 25) : daySpan(10, 31);
        return withOptionalYear(j, Family::Day, DatePrecision::Day, span, false, true, false);
    }

    std::optional<Piece> theLed(qsizetype i) const
    {
        const qsizetype j = i + 1;
        const Token &t = tok(j);
        if (isDayNumber(j)) {
            if (auto p = ordinalNumberLed(j, true))
                return p;
            return dayLed(j, true);
        }
        if (t.kind != Kind::Word)
            return std::nullopt;
        switch (t.word) {
        case Ordinal:
        case Latter:
            return ordinalLed(j + 1, t.value, true);
        case Middle:
        case EndWord:
        case Beginning:
            return partOfLed(j);
        case SeasonName:
            return seasonLed(j);
        default:
            return std::nullopt;
        }
    }

    // "this year", "next year", "this month", "next month", "this fall", "next summer",
    // "this Christmas".
    std::optional<Piece> relativeLed(qsizetype i) const
    {
        if (!m_reference.isValid())
            return std::nullopt;
        const bool next = tok(i).word == Next;
        const qsizetype j = i + 1;
        const QDate ref = m_reference;
        const Token &t = tok(j);
        if (t.kind != Kind::Word)
            return std::nullopt;
        switch (t.word) {
        case YearWord: {
            const int year = ref.year() + (next ? 1 : 0);
            return dated(j + 1, Family::Year, DatePrecision::Year, *resolve(wholeYear(), year),
                         year, 0);
        }
        case MonthWord: {
            const QDate month = next ? ref.addMonths(1) : ref;
            return dated(j + 1, Family::Month, DatePrecision::Month,
                         *resolve(monthSpan(month.month()), month.year()), month.year(), 0);
        }
        case SeasonName:
            return nextOccurrence(j + 1, Family::Season, DatePrecision::Season, seasonSpan(t.value),
                                  next);
        case Halloween:
        case Christmas:
            if (next)
                return std::nullopt;
            return nextOccurrence(j + 1, Family::Day, DatePrecision::Day,
                                  t.word == Christmas ? daySpan(12, 25) : daySpan(10, 31), false);
        default:
            return std::nullopt;
        }
    }

    // "this": the first occurrence not over at the reference; "next": the first that starts
    // after it.
    std::optional<Piece> nextOccurrence(qsizetype end, Family family, DatePrecision precision,
                                        Span span, bool strictlyAfter) const
    {
        for (int year = m_reference.year() - 1; year <= m_reference.year() + 8; ++year) {
            const auto interval = resolve(span, year);
            if (!interval)
                continue;
            if (strictlyAfter ? interval->earliest > m_reference : interval->latest >= m_reference)
                return dated(end, family, precision, *interval, year, 0);
        }
        return std::nullopt;
    }

    // "later this year", "later in the year".
    std::optional<Piece> laterThisYear(qsizetype i) const
    {
        qsizetype end = 0;
        if (isWord(i + 1, This) && isWord(i + 2, YearWord))
            end = i + 3;
        else if (isWord(i + 1, In) && isWord(i + 2, The) && isWord(i + 3, YearWord))
            end = i + 4;
        if (!end || !m_reference.isValid())
            return std::nullopt;
        const QDate yearEnd(m_reference.year(), 12, 31);
        QDate earliest(m_reference.year(), m_reference.month(), 1);
        earliest = earliest.addMonths(1);
        if (earliest > yearEnd)
            earliest = m_reference.addDays(1);
        if (earliest > yearEnd)
            return std::nullopt;
        return dated(end, Family::Part, DatePrecision::PartOfYear, {earliest, yearEnd},
                     m_reference.year(), 0);
    }

    // "within the next few months", "in the coming months", "over the next six months".
    std::optional<Piece> comingMonths(qsizetype i) const
    {
        qsizetype j = i + 1;
        if (isWord(j, The))
            ++j;
        if (!isWord(j, Next) && !isWord(j, Coming))
            return std::nullopt;
        ++j;
        int months = 6;
        if (isWord(j, Few) || isWord(j, CountWord)) {
            months = tok(j).value;
            ++j;
        } else if (isWord(j, Couple)) {
            months = tok(j).value;
            j += isWord(j + 1, Of) ? 2 : 1;
        } else if (isNumber(j, 2) && tok(j).value >= 1 && tok(j).value <= 24) {
            months = tok(j).value;
            ++j;
        }
        if (!isWord(j, Months) || !m_reference.isValid())
            return std::nullopt;
        QDate latest = m_reference.addMonths(months);
        latest = latest.addDays(latest.daysInMonth() - latest.day());
        return dated(j + 1, Family::Mixed, DatePrecision::Unknown, {m_reference.addDays(1), latest},
                     latest.year(), 0);
    }

    // "by the end of the year", "before the end of 2025".
    std::optional<Piece> byTheEnd(qsizetype i) const
    {
        qsizetype j = i + 1;
        if (isWord(j, The))
            ++j;
        if (!isWord(j, EndWord) || !isWord(j + 1, Of))
            return std::nullopt;
        const auto y = yearSpec(j + 1, false, true);
        if (!y)
            return std::nullopt;
        const QDate yearStart(y->year, 1, 1);
        const QDate yearEnd(y->year, 12, 31);
        if (m_reference.isValid() && m_reference < yearEnd) {
            const QDate earliest = m_reference.addDays(1);
            const DatePrecision precision =
                earliest.year() == y->year ? DatePrecision::PartOfYear : DatePrecision::Unknown;
            return dated(y->end, Family::Part, precision, {earliest, yearEnd}, y->year,
                         y->explicitNumeral ? y->year : 0);
        }
        return dated(y->end, Family::Year, DatePrecision::Year, {yearStart, yearEnd}, y->year,
                     y->explicitNumeral ? y->year : 0);
    }

    std::optional<Piece> between(qsizetype i) const
    {
        const auto head = unit(i + 1);
        if (!head || !isWord(head->end, And))
            return std::nullopt;
        const auto tail = unit(head->end + 1);
        if (!tail)
            return std::nullopt;
        return join(*head, *tail);
    }

    // The token index after a connector at i ("or", "to", "–", "-to-", ", or possibly"), and
    // whether it was "and"; nullopt when there is none.
    std::optional<std::pair<qsizetype, bool>> connector(qsizetype i) const
    {
        if (isPunct(i, u',') && isWord(i + 1, Or))
            ++i;
        bool dash = false;
        if (isPunct(i, u'-') || isPunct(i, u'/')) {
            dash = true;
            ++i;
        }
        bool isAnd = false;
        bool word = false;
        if (isWord(i, Or) || isWord(i, To) || isWord(i, And)) {
            isAnd = isWord(i, And);
            word = true;
            ++i;
            if (isWord(i - 1, Or) && isWord(i, Hedge))
                ++i;
            if (isPunct(i, u'-'))
                ++i;
        }
        if (!dash && !word)
            return std::nullopt;
        return std::make_pair(i, isAnd);
    }

    std::optional<Piece> joinWithNext(const Piece &head) const
    {
        const auto c = connector(head.end);
        if (!c || (c->second && head.hasYear))
            return std::nullopt;
        const auto tail = unit(c->first);
        if (!tail)
            return std::nullopt;
        return join(head, *tail);
    }

    static DatePrecision joinedPrecision(const Piece &a, const Piece &b, const Interval &joined)
    {
        if (a.precision != b.precision)
            return coarser(a.precision, b.precision);
        if (a.precision == DatePrecision::Day && joined.earliest != joined.latest)
            return DatePrecision::Unknown;
        return a.precision;
    }

    Piece covering(const Piece &a, const Piece &b, Interval first, Interval second) const
    {
        const Interval joined{std::min(first.earliest, second.earliest),
                              std::max(first.latest, second.latest)};
        const int explicitYear = b.explicitYear ? b.explicitYear : a.explicitYear;
        return dated(b.end, a.family == b.family ? a.family : Family::Mixed,
                     joinedPrecision(a, b, joined), joined, b.anchorYear, explicitYear);
    }

    std::optional<Piece> join(const Piece &a, const Piece &b) const
    {
        if (a.hasYear && b.hasYear)
            return covering(a, b, a.interval, b.interval);
        if (a.family != b.family || a.hasYear)
            return std::nullopt;
        if (b.hasYear) {
            // "December or January 2026" is December 2025: the head borrows the year before
            // when it would otherwise start after the tail.
            auto head = resolve(a.span, b.anchorYear);
            if (!head || head->earliest > b.interval.earliest)
                head = resolve(a.span, b.anchorYear - 1);
            if (!head)
                return std::nullopt;
            return covering(a, b, *head, b.interval);
        }
        Span span{a.span.m1, a.span.d1, b.span.m2, b.span.d2, b.span.endYearOffset};
        if (startsAfter(a.span, b.span))
            ++span.endYearOffset;
        Piece joined = yearless(b.end, a.family, a.precision, span, a.standalone && b.standalone);
        if (a.precision != b.precision)
            joined.precision = coarser(a.precision, b.precision);
        else if (a.precision == DatePrecision::Day)
            joined.precision = DatePrecision::Unknown;
        return joined;
    }

    // A piece becomes a date once it has a year: its own, or one from context.
    std::optional<Piece> finish(const Piece &p, int contextYear) const
    {
        if (p.hasYear)
            return p;
        if (p.standalone)
            return fromContext(p, contextYear);
        return std::nullopt;
    }

    std::optional<Piece> fromContext(const Piece &p, int contextYear) const
    {
        if (contextYear > 0) {
            const auto interval = resolve(p.span, contextYear);
            if (!interval)
                return std::nullopt;
            return dated(p.end, p.family, p.precision, *interval, contextYear, 0);
        }
        if (!m_reference.isValid())
            return std::nullopt;
        return nextOccurrence(p.end, p.family, p.precision, p.span, false);
    }

    const std::vector<Token> &m_tokens;
    qsizetype m_last;
    QDate m_reference;
    bool m_prose;
};

ReleaseWindow windowOf(const Piece &p, QStringView wording)
{
    ReleaseWindow w;
    w.earliest = p.interval.earliest;
    w.latest = p.interval.latest;
    w.precision = p.precision;
    w.wording = wording.toString();
    return w;
}

} // namespace

std::optional<ReleaseWindow> parse(QStringView phrase, QDate reference)
{
    const std::vector<Token> tokens = Tokenizer(phrase).run();
    const qsizetype end = qsizetype(tokens.size()) - 1;
    qsizetype first = 0;
    while (first < end && tokens[size_t(first)].kind == Kind::Punct)
        ++first;
    if (first == end)
        return std::nullopt;
    const Grammar grammar(tokens, reference, false);
    const auto piece = grammar.expression(first, 0);
    if (!piece)
        return std::nullopt;
    for (qsizetype i = piece->end; i < end; ++i) {
        if (tokens[size_t(i)].kind != Kind::Punct)
            return std::nullopt;
    }
    const qsizetype from = tokens[size_t(first)].start;
    const qsizetype to = tokens[size_t(piece->end - 1)].end;
    return windowOf(*piece, phrase.mid(from, to - from));
}

QList<Match> findAll(QStringView text, QDate reference)
{
    QList<Match> matches;
    const std::vector<Token> tokens = Tokenizer(text).run();
    const qsizetype end = qsizetype(tokens.size()) - 1;
    const Grammar grammar(tokens, reference, true);
    int contextYear = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (grammar.endsSentence(i))
            contextYear = 0;
        if (!grammar.canStart(i))
            continue;
        const auto piece = grammar.expression(i, contextYear);
        if (!piece)
            continue;
        Match m;
        m.offset = tokens[size_t(i)].start;
        m.length = tokens[size_t(piece->end - 1)].end - m.offset;
        m.window = windowOf(*piece, text.mid(m.offset, m.length));
        matches.append(m);
        if (piece->explicitYear)
            contextYear = piece->explicitYear;
        i = piece->end - 1;
    }
    return matches;
}

} // namespace ReleaseWindowParser
