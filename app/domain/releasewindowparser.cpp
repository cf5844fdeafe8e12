#include "domain/releasewindowparser.h"

#include "domain/releasewindowlexer.h"

#include <algorithm>
#include <vector>

// The grammar works on the lexer's tokens (releasewindowlexer.h) rather than on characters: a
// small recursive-descent grammar over words, numbers and punctuation, which only runs where a
// token could begin a date (a number or one of a few dozen words).
//
// Decisions for ambiguous wording (all documented here so the tests can pin them):
// - A yearless month ("October or November", "the third quarter", "28 January") takes the year
//   of the nearest preceding year numeral in the same sentence (findAll only); otherwise the
//   first occurrence that has not ended before the reference date; otherwise nothing.
// - In prose a yearless month must be a capitalised full name, and "May" (a verb too) also
//   needs "in" or "early"/"mid"/"late" before it ("in May"); a yearless quarter needs "the"
//   ("the third quarter"); a yearless season or part of the year ("summer", "late") is never a
//   date on its own, except a season right before a release noun ("BBC Eyes Autumn Return",
//   "a fall release"), which is the first one that starts after the reference date, and "in
//   the autumn", which is read like a yearless month.
// - "this Friday": the first Friday on or after the reference date; "next Friday" and a bare
//   weekday ("said on Friday") are no dates.
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

using namespace ReleaseWindowLexer;

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

    // Where the text of a piece ends. A piece ends at most at the End token; the read goes
    // through tok(), which never leaves the token vector.
    qsizetype endOffset(const Piece &p) const { return tok(p.end - 1).end; }

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

    // The span in `year` as a dated piece; nothing when the year cannot hold it (a date
    // outside QDate's range, or year 0, which QDate does not have).
    std::optional<Piece> datedSpan(qsizetype end, Family family, DatePrecision precision, Span span,
                                   int year, int explicitYear) const
    {
        const auto interval = resolve(span, year);
        if (!interval)
            return std::nullopt;
        return dated(end, family, precision, *interval, year, explicitYear);
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
        if (const auto y = yearSpec(i, allowComma, allowOf))
            return datedSpan(y->end, family, precision, span, y->year,
                             y->explicitNumeral ? y->year : 0);
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
            return datedSpan(i + 1, Family::Year, DatePrecision::Year, wholeYear(), year, year);
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
        // "may" is a verb too: a yearless May needs a word that only a month can follow.
        const bool mayAsMonth =
            isWord(i - 1, In) || isWord(i - 1, Early) || isWord(i - 1, Mid) || isWord(i - 1, Late);
        const bool plainName = !(tok(i).flags & Abbreviation) && (month != 5 || mayAsMonth);
        return withOptionalYear(j, Family::Month, DatePrecision::Month, monthSpan(month), true,
                                true, !m_prose || (name && plainName));
    }

    // "summer 2025", "the summer of 2025", "winter 2025-26".
    std::optional<Piece> seasonLed(qsizetype i) const
    {
        const int season = tok(i).value;
        // pairedYear() is 0 when there is no pair, so it must not be compared with a value
        // computed from a number that is no year: an overflowing number is -1, and -1 + 1 is 0.
        if (season == 3) {
            const int last = pairedYear(i + 1);
            if (last != 0 && last == tok(i + 1).value + 1)
                return datedSpan(i + 4, Family::Season, DatePrecision::Season, seasonSpan(season),
                                 tok(i + 1).value, last);
        }
        if (m_reference.isValid() && isWord(i + 1, ReleaseNoun)) // "an autumn return"
            return nextOccurrence(i + 1, Family::Season, DatePrecision::Season, seasonSpan(season),
                                  true);
        // "will air in the autumn": a yearless month's rule (the sentence's year, else the
        // first not over at the reference), as British coverage writes a season.
        const bool inThe = isWord(i - 1, The) && isWord(i - 2, In);
        return withOptionalYear(i + 1, Family::Season, DatePrecision::Season, seasonSpan(season),
                                false, true, inThe);
    }

    // "early 2024", "mid-2025", "late next year", "early-to-mid" (yearless, joined later), and
    // a modifier before a month or season, which keeps the whole month or season.
    std::optional<Piece> partLed(qsizetype i) const
    {
        const Word w = tok(i).word;
        const int part = w == Early ? 0 : w == Mid ? 1 : 2;
        const qsizetype j = isPunct(i + 1, u'-') ? i + 2 : i + 1;
        if (const auto y = yearSpec(j, false, false))
            return datedSpan(y->end, Family::Part, DatePrecision::PartOfYear, partSpan(part),
                             y->year, y->explicitNumeral ? y->year : 0);
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
        return datedSpan(y->end, Family::Part, DatePrecision::PartOfYear, partSpan(part), y->year,
                         y->explicitNumeral ? y->year : 0);
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
        case NewWord:
            return newYear(j);
        default:
            return std::nullopt;
        }
    }

    // "in the new year": early next year (January-April), the coverage's meaning; said in
    // January it is this year's.
    std::optional<Piece> newYear(qsizetype j) const
    {
        if (!isWord(j + 1, YearWord) || !m_reference.isValid())
            return std::nullopt;
        const int year = m_reference.year() + (m_reference.month() == 1 ? 0 : 1);
        const QDate latest(year, 4, 30);
        const QDate earliest = std::max(QDate(year, 1, 1), m_reference.addDays(1));
        if (earliest > latest)
            return std::nullopt;
        return dated(j + 2, Family::Part, DatePrecision::PartOfYear, {earliest, latest}, year, 0);
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
            return datedSpan(j + 1, Family::Year, DatePrecision::Year, wholeYear(), year, 0);
        }
        case MonthWord: {
            const QDate month = next ? ref.addMonths(1) : ref;
            return datedSpan(j + 1, Family::Month, DatePrecision::Month, monthSpan(month.month()),
                             month.year(), 0);
        }
        case SeasonName:
            return nextOccurrence(j + 1, Family::Season, DatePrecision::Season, seasonSpan(t.value),
                                  next);
        case Weekday: {
            if (next) // "next Friday" is this week's or the one after, depending on the writer
                return std::nullopt;
            const QDate day = ref.addDays((t.value - ref.dayOfWeek() + 7) % 7);
            return dated(j + 1, Family::Day, DatePrecision::Day, {day, day}, day.year(), 0);
        }
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
    const std::vector<Token> tokens = tokenize(phrase);
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
    const qsizetype to = grammar.endOffset(*piece);
    return windowOf(*piece, phrase.mid(from, to - from));
}

QList<Match> findAll(QStringView text, QDate reference)
{
    QList<Match> matches;
    const std::vector<Token> tokens = tokenize(text);
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
        m.length = grammar.endOffset(*piece) - m.offset;
        m.window = windowOf(*piece, text.mid(m.offset, m.length));
        matches.append(m);
        if (piece->explicitYear)
            contextYear = piece->explicitYear;
        i = piece->end - 1;
    }
    return matches;
}

} // namespace ReleaseWindowParser
