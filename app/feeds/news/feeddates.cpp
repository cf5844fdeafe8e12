#include "feeds/news/feeddates.h"

#include <cstring>

namespace {

struct Fields {
    int year = 0, month = 1, day = 1;
    int hour = 0, minute = 0, second = 0, millisecond = 0;
    int offsetSeconds = 0; // local time minus UTC
};

bool isDigit(char16_t c)
{
    return c >= '0' && c <= '9';
}

bool isAlpha(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char16_t lower(char16_t c)
{
    return (c >= 'A' && c <= 'Z') ? char16_t(c | 0x20) : c;
}

class Cursor {
public:
    explicit Cursor(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char16_t peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead].unicode() : 0;
    }
    void advance(qsizetype n = 1) { m_pos += n; }
    bool accept(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    // Spaces, tabs and commas separate RFC 822 tokens; feeds sprinkle them freely.
    void skipSeparators()
    {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == ',' || peek() == '\n' ||
                            peek() == '\r'))
            ++m_pos;
    }
    int digitRun() const
    {
        int n = 0;
        while (isDigit(peek(n)))
            ++n;
        return n;
    }
    // Reads exactly `count` digits (the caller checked they are there).
    int number(int count)
    {
        int value = 0;
        for (int i = 0; i < count; ++i)
            value = value * 10 + (m_text[m_pos++].unicode() - '0');
        return value;
    }
    // Lowercased letters of the next alphabetic word, at most `capacity`; returns its full length.
    int word(char *buffer, int capacity)
    {
        int n = 0;
        while (isAlpha(peek())) {
            if (n < capacity)
                buffer[n] = char(lower(peek()));
            ++n;
            ++m_pos;
        }
        return n;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

// "Jun", "June", "Sept", "September": three letters or more of a month's name, nothing else.
int monthFromName(const char *name, int length)
{
    static const char *const months[] = {"january",   "february", "march",    "april",
                                         "may",       "june",     "july",     "august",
                                         "september", "october",  "november", "december"};
    if (length < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (length <= int(std::strlen(months[m])) && std::memcmp(name, months[m], length) == 0)
            return m + 1;
    }
    return 0;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

QDateTime toUtc(const Fields &f)
{
    if (f.year < 1 || f.year > 9999 || f.month < 1 || f.month > 12 || f.day < 1 ||
        f.day > daysInMonth(f.year, f.month) || f.hour > 24 || f.minute > 59 || f.second > 60 ||
        (f.hour == 24 && (f.minute || f.second || f.millisecond)))
        return QDateTime();
    const int second = f.second == 60 ? 59 : f.second; // a leap second is not representable
    const qint64 seconds = daysFromCivil(f.year, f.month, f.day) * 86400 + f.hour * 3600 +
                           f.minute * 60 + second - f.offsetSeconds;
    return QDateTime::fromMSecsSinceEpoch(seconds * 1000 + f.millisecond, Qt::UTC);
}

// "+0900", "-05:00", "+09", after the sign has been seen.
bool parseNumericOffset(Cursor &c, int *offsetSeconds)
{
    const int sign = c.peek() == '-' ? -1 : 1;
    c.advance();
    int hours = 0, minutes = 0;
    const int run = c.digitRun();
    if (run == 4) {
        hours = c.number(2);
        minutes = c.number(2);
    } else if (run == 2 || run == 1) {
        hours = c.number(run);
        if (c.peek() == ':' && isDigit(c.peek(1)) && isDigit(c.peek(2))) {
            c.advance();
            minutes = c.number(2);
        }
    } else {
        return false;
    }
    if (hours > 18 || minutes > 59)
        return false;
    *offsetSeconds = sign * (hours * 3600 + minutes * 60);
    return true;
}

// North American zones of RFC 822 plus the abbreviations feeds commonly use; unknown names are
// UTC, as RFC 2822 says for zones it does not define.
int namedZoneOffsetHours(const char *name, int length, bool *known)
{
    struct Zone {
        const char *name;
        int hours;
    };
    static const Zone zones[] = {
        {"gmt", 0},   {"ut", 0},    {"utc", 0},   {"z", 0},     {"est", -5}, {"edt", -4},
        {"cst", -6},  {"cdt", -5},  {"mst", -7},  {"mdt", -6},  {"pst", -8}, {"pdt", -7},
        {"akst", -9}, {"akdt", -8}, {"hst", -10}, {"wet", 0},   {"west", 1}, {"bst", 1},
        {"cet", 1},   {"cest", 2},  {"eet", 2},   {"eest", 3},  {"msk", 3},  {"jst", 9},
        {"kst", 9},   {"aest", 10}, {"aedt", 11}, {"nzst", 12}, {"nzdt", 13}};
    for (const Zone &zone : zones) {
        if (int(std::strlen(zone.name)) == length && std::memcmp(zone.name, name, length) == 0) {
            *known = true;
            return zone.hours;
        }
    }
    *known = false;
    return 0;
}

// Zone after an RFC 822 time: a name, a numeric offset, or a name followed by one ("GMT+0900").
// Also tolerates a trailing "(comment)".
bool parseRfcZone(Cursor &c, Fields &f)
{
    c.skipSeparators();
    if (isAlpha(c.peek())) {
        char name[8];
        const int length = c.word(name, sizeof name);
        if (length > 5)
            return false;
        bool known = false;
        f.offsetSeconds = namedZoneOffsetHours(name, length, &known) * 3600;
        c.skipSeparators();
    }
    if (c.peek() == '+' || c.peek() == '-') {
        int extra = 0;
        if (!parseNumericOffset(c, &extra))
            return false;
        f.offsetSeconds += extra;
        c.skipSeparators();
    }
    if (c.accept('(')) {
        while (!c.atEnd() && c.peek() != ')')
            c.advance();
        if (!c.accept(')'))
            return false;
        c.skipSeparators();
    }
    return c.atEnd();
}

// H:MM[:SS[.fff]]
bool parseClock(Cursor &c, Fields &f)
{
    const int hourDigits = c.digitRun();
    if (hourDigits < 1 || hourDigits > 2)
        return false;
    f.hour = c.number(hourDigits);
    if (!c.accept(':') || c.digitRun() != 2)
        return false;
    f.minute = c.number(2);
    if (c.peek() == ':' && isDigit(c.peek(1))) {
        c.advance();
        if (c.digitRun() != 2)
            return false;
        f.second = c.number(2);
        if ((c.peek() == '.' || c.peek() == ',') && isDigit(c.peek(1))) {
            c.advance();
            const int run = c.digitRun();
            int scale = 100;
            for (int i = 0; i < run; ++i, scale /= 10)
                f.millisecond += (c.number(1)) * scale;
        }
    }
    return true;
}

int expandYear(int year, int digits)
{
    if (digits == 4)
        return year;
    if (digits == 2)
        return year < 50 ? 2000 + year : 1900 + year; // RFC 2822 §4.3
    return -1;
}

bool parseYear(Cursor &c, Fields &f)
{
    const int digits = c.digitRun();
    if (digits != 2 && digits != 4)
        return false;
    f.year = expandYear(c.number(digits), digits);
    return true;
}

bool parseMonthName(Cursor &c, Fields &f)
{
    char name[10];
    const int length = c.word(name, sizeof name);
    f.month = length <= int(sizeof name) ? monthFromName(name, length) : 0;
    return f.month != 0;
}

// "[Tue,] 03 Jun 2025 [12:00[:00]] [zone]" and RFC 850's "03-Jun-25".
bool parseDayFirst(Cursor &c, Fields &f)
{
    const int dayDigits = c.digitRun();
    if (dayDigits < 1 || dayDigits > 2)
        return false;
    f.day = c.number(dayDigits);
    c.accept('-');
    c.skipSeparators();
    if (!parseMonthName(c, f))
        return false;
    c.accept('-');
    c.accept('.');
    c.skipSeparators();
    if (!parseYear(c, f))
        return false;
    c.skipSeparators();
    if (isDigit(c.peek()) && !parseClock(c, f))
        return false;
    return parseRfcZone(c, f);
}

// "Jun 3 2025 12:00 GMT" and asctime's "Jun  3 12:00:00 2025", after the month name.
bool parseMonthFirst(Cursor &c, Fields &f)
{
    c.skipSeparators();
    const int dayDigits = c.digitRun();
    if (dayDigits < 1 || dayDigits > 2)
        return false;
    f.day = c.number(dayDigits);
    c.skipSeparators();
    const bool clockFirst = c.digitRun() <= 2 && c.peek(c.digitRun()) == ':';
    if (clockFirst) {
        if (!parseClock(c, f))
            return false;
        c.skipSeparators();
        if (!parseYear(c, f))
            return false;
    } else {
        if (!parseYear(c, f))
            return false;
        c.skipSeparators();
        if (isDigit(c.peek()) && !parseClock(c, f))
            return false;
    }
    return parseRfcZone(c, f);
}

bool parseRfc(Cursor &c, Fields &f)
{
    if (isAlpha(c.peek())) {
        // A leading word is the day of week (ignored, not checked) or a month in month-first order.
        char name[10];
        const int length = c.word(name, sizeof name);
        c.accept('.');
        const int month = length <= int(sizeof name) ? monthFromName(name, length) : 0;
        if (month && !isAlpha(c.peek()) && c.digitRun() == 0 && c.peek() != ',') {
            f.month = month;
            return parseMonthFirst(c, f);
        }
        c.skipSeparators();
        if (isAlpha(c.peek())) { // "Tue Jun  3 12:00:00 2025"
            if (!parseMonthName(c, f))
                return false;
            return parseMonthFirst(c, f);
        }
    }
    return parseDayFirst(c, f);
}

bool parseIsoZone(Cursor &c, Fields &f)
{
    if (c.atEnd())
        return true;
    if (c.peek() == 'Z' || c.peek() == 'z') {
        c.advance();
    } else if (c.peek() == '+' || c.peek() == '-') {
        if (!parseNumericOffset(c, &f.offsetSeconds))
            return false;
    } else {
        return parseRfcZone(c, f); // "2025-06-03 12:00:00 GMT" happens too
    }
    c.skipSeparators();
    return c.atEnd();
}

// YYYY[-MM[-DD[(T| )HH:MM[:SS[.fff]][zone]]]] and the basic YYYYMMDD.
bool parseIso(Cursor &c, Fields &f)
{
    if (c.digitRun() == 8) {
        f.year = c.number(4);
        f.month = c.number(2);
        f.day = c.number(2);
    } else {
        f.year = c.number(4);
        if (c.atEnd())
            return true;
        if (!c.accept('-') || c.digitRun() != 2)
            return false;
        f.month = c.number(2);
        if (c.atEnd())
            return true;
        if (!c.accept('-') || c.digitRun() != 2)
            return false;
        f.day = c.number(2);
    }
    if (c.atEnd())
        return true;
    if (c.peek() == 'T' || c.peek() == 't' || c.peek() == ' ')
        c.advance();
    else
        return false;
    while (c.peek() == ' ')
        c.advance();
    if (!parseClock(c, f))
        return false;
    return parseIsoZone(c, f);
}

QStringView trimmed(QStringView text)
{
    return text.trimmed();
}

} // namespace

QDateTime parseFeedDate(QStringView text)
{
    text = trimmed(text);
    if (text.isEmpty())
        return QDateTime();
    Cursor c(text);
    Fields f;
    const int run = c.digitRun();
    const bool iso = (run == 4 && (c.peek(4) == '-' || c.peek(4) == 0)) || run == 8;
    if (!(iso ? parseIso(c, f) : parseRfc(c, f)))
        return QDateTime();
    return toUtc(f);
}
