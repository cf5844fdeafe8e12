#include "domain/releasewindow.h"

#include <QLocale>

#include <optional>

namespace {

// The words of a label, per language: a table rather than translated fragments, because a
// window reads differently in each language, not word by word ("late 2026 or early 2027" is
// "2026년 말 또는 2027년 초" and "finales de 2026 o principios de 2027"). A unit's patterns take
// %1 = unit name and %2 = year (single); %1, %2 = first and last unit, %3 = their year (same
// year); %1 = first unit, %2 = its year, %3 = last unit, %4 = its year (across years).
struct UnitWords {
    const char *names[12];
    const char *single;
    const char *sameYear;
    const char *acrossYears;
};

struct Phrasebook {
    UnitWords months;
    UnitWords quarters;
    UnitWords seasons;
    UnitWords parts;
    const char *lateThenEarly; // the last part of one year, then the first of the next
    const char *partPairs[3];  // early–mid, mid–late, early–late of one year (%1 = year)
    const char *firstHalf;     // %1 = year
    const char *secondHalf;
    const char *day;   // %1 = day, %2 = month name, %3 = year
    const char *year;  // %1 = year
    const char *years; // %1 = first year, %2 = last year
    const char *isoRange;
    const char *unknown;
    const char *from; // a lower bound: %1 = the label of its first unit ("from 2027")
};

const Phrasebook english = {
    {{"January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"},
     "%1 %2",
     "%1\u2013%2 %3",
     "%1 %2 \u2013 %3 %4"},
    {{"Q1", "Q2", "Q3", "Q4"}, "%1 %2", "%1\u2013%2 %3", "%1 %2 \u2013 %3 %4"},
    {{"spring", "summer", "fall", "winter"}, "%1 %2", "%1\u2013%2 %3", "%1 %2 \u2013 %3 %4"},
    {{"early", "mid", "late"}, "%1 %2", "%1\u2013%2 %3", "%1 %2 \u2013 %3 %4"},
    "%1 %2 \u2013 %3 %4",
    {"early\u2013mid %1", "mid\u2013late %1", "early\u2013late %1"},
    "first half of %1",
    "second half of %1",
    "%1 %2 %3",
    "%1",
    "%1\u2013%2",
    "%1 \u2013 %2",
    "unknown",
    "from %1",
};

// Korean writes the year first and counts months and quarters: "2025년 10~11월", "2026년 1분기".
const Phrasebook korean = {
    {{"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"},
     "%2년 %1월",
     "%3년 %1~%2월",
     "%2년 %1월~%4년 %3월"},
    {{"1", "2", "3", "4"}, "%2년 %1분기", "%3년 %1~%2분기", "%2년 %1분기~%4년 %3분기"},
    {{"봄", "여름", "가을", "겨울"}, "%2년 %1", "%3년 %1~%2", "%2년 %1~%4년 %3"},
    {{"초", "중반", "말"}, "%2년 %1", "%3년 %1~%2", "%2년 %1~%4년 %3"},
    "%2년 %1 또는 %4년 %3",
    {"%1년 초중반", "%1년 중후반", "%1년 초~말"},
    "%1년 상반기",
    "%1년 하반기",
    "%3년 %2월 %1일",
    "%1년",
    "%1~%2년",
    "%1 ~ %2",
    "미정",
    "%1부터",
};

const Phrasebook spanish = {
    {{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "octubre", "noviembre", "diciembre"},
     "%1 de %2",
     "%1\u2013%2 de %3",
     "%1 de %2 \u2013 %3 de %4"},
    {{"primer", "segundo", "tercer", "cuarto"},
     "%1 trimestre de %2",
     "del %1 al %2 trimestre de %3",
     "del %1 trimestre de %2 al %3 trimestre de %4"},
    {{"primavera", "verano", "oto\u00f1o", "invierno"},
     "%1 de %2",
     "%1\u2013%2 de %3",
     "%1 de %2 \u2013 %3 de %4"},
    {{"principios", "mediados", "finales"},
     "%1 de %2",
     "entre %1 y %2 de %3",
     "entre %1 de %2 y %3 de %4"},
    "%1 de %2 o %3 de %4",
    {"entre principios y mediados de %1", "entre mediados y finales de %1",
     "entre principios y finales de %1"},
    "primera mitad de %1",
    "segunda mitad de %1",
    "%1 de %2 de %3",
    "%1",
    "%1\u2013%2",
    "%1 \u2013 %2",
    "sin fecha",
    "a partir de %1",
};

const Phrasebook &phrasebookFor(const QLocale &locale)
{
    switch (locale.language()) {
    case QLocale::Korean:
        return korean;
    case QLocale::Spanish:
        return spanish;
    default:
        return english;
    }
}

QString words(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A calendar unit (month, quarter, season, part of the year) identified by its index within
// the year it is named after; winter belongs to the year of its December.
struct Unit {
    int index = 0;
    int year = 0;
};

bool isMonthEnd(QDate d)
{
    return d.day() == d.daysInMonth();
}

// Units that are runs of whole months: `firstMonths[i]` is the first month of unit i and
// `length` its number of months. Winter (starting in December) spills into the next year.
struct MonthRunUnits {
    const int *firstMonths;
    int count;
    int length;

    std::optional<Unit> startingAt(QDate d) const
    {
        if (d.day() != 1)
            return std::nullopt;
        for (int i = 0; i < count; ++i) {
            if (d.month() == firstMonths[i])
                return Unit{i, d.year()};
        }
        return std::nullopt;
    }

    std::optional<Unit> endingAt(QDate d) const
    {
        if (!isMonthEnd(d))
            return std::nullopt;
        for (int i = 0; i < count; ++i) {
            const int last = firstMonths[i] + length - 1;
            if (d.month() == (last - 1) % 12 + 1)
                return Unit{i, last > 12 ? d.year() - 1 : d.year()};
        }
        return std::nullopt;
    }
};

const int everyMonth[12] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
const int quarterStarts[4] = {1, 4, 7, 10};
const int seasonStarts[4] = {3, 6, 9, 12};
const int partStarts[3] = {1, 5, 9};

const MonthRunUnits months{everyMonth, 12, 1};
const MonthRunUnits quarters{quarterStarts, 4, 3};
const MonthRunUnits seasons{seasonStarts, 4, 3};
const MonthRunUnits parts{partStarts, 3, 4};

QString isoRange(const Phrasebook &book, QDate earliest, QDate latest)
{
    if (earliest == latest)
        return earliest.toString(Qt::ISODate);
    return words(book.isoRange).arg(earliest.toString(Qt::ISODate), latest.toString(Qt::ISODate));
}

// "October 2025", "October–November 2025", "December 2025 – January 2026": the shared year is
// written once when both ends name the same one.
std::optional<QString> unitRangeLabel(const MonthRunUnits &units, const UnitWords &unitWords,
                                      QDate earliest, QDate latest)
{
    const auto first = units.startingAt(earliest);
    const auto last = units.endingAt(latest);
    if (!first || !last)
        return std::nullopt;
    const QString firstName = words(unitWords.names[first->index]);
    const QString lastName = words(unitWords.names[last->index]);
    if (first->year == last->year && first->index == last->index)
        return words(unitWords.single).arg(firstName).arg(first->year);
    if (first->year == last->year)
        return words(unitWords.sameYear).arg(firstName, lastName).arg(first->year);
    return words(unitWords.acrossYears)
        .arg(firstName)
        .arg(first->year)
        .arg(lastName)
        .arg(last->year);
}

// Parts of the year have their own pairs ("mid–late 2026", "2026년 중후반") and their own way
// of joining the end of one year to the start of the next ("2026년 말 또는 2027년 초").
std::optional<QString> partsLabel(const Phrasebook &book, QDate earliest, QDate latest)
{
    const auto first = parts.startingAt(earliest);
    const auto last = parts.endingAt(latest);
    if (!first || !last)
        return std::nullopt;
    const int lastPart = parts.count - 1;
    if (first->year == last->year && first->index < last->index) {
        const int pair = first->index == 0 && last->index == lastPart ? 2 : first->index;
        return words(book.partPairs[pair]).arg(first->year);
    }
    if (last->year == first->year + 1 && first->index == lastPart && last->index == 0)
        return words(book.lateThenEarly)
            .arg(words(book.parts.names[lastPart]))
            .arg(first->year)
            .arg(words(book.parts.names[0]))
            .arg(last->year);
    return unitRangeLabel(parts, book.parts, earliest, latest);
}

std::optional<QString> dayLabel(const Phrasebook &book, QDate earliest, QDate latest)
{
    if (earliest != latest)
        return std::nullopt;
    return words(book.day)
        .arg(earliest.day())
        .arg(words(book.months.names[earliest.month() - 1]))
        .arg(earliest.year());
}

std::optional<QString> halfLabel(const Phrasebook &book, QDate earliest, QDate latest)
{
    if (earliest.year() != latest.year() || earliest.day() != 1 || !isMonthEnd(latest))
        return std::nullopt;
    if (earliest.month() == 1 && latest.month() == 6)
        return words(book.firstHalf).arg(earliest.year());
    if (earliest.month() == 7 && latest.month() == 12)
        return words(book.secondHalf).arg(earliest.year());
    return std::nullopt;
}

std::optional<QString> yearLabel(const Phrasebook &book, QDate earliest, QDate latest)
{
    if (earliest != QDate(earliest.year(), 1, 1) || latest != QDate(latest.year(), 12, 31))
        return std::nullopt;
    if (earliest.year() == latest.year())
        return words(book.year).arg(earliest.year());
    return words(book.years).arg(earliest.year()).arg(latest.year());
}

} // namespace

QString precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Quarter:
        return QStringLiteral("quarter");
    case DatePrecision::Season:
        return QStringLiteral("season");
    case DatePrecision::PartOfYear:
        return QStringLiteral("part_of_year");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DatePrecision precisionFromName(const QString &name, bool *ok)
{
    static const DatePrecision all[] = {
        DatePrecision::Day,     DatePrecision::Month,      DatePrecision::Quarter,
        DatePrecision::Season,  DatePrecision::PartOfYear, DatePrecision::Year,
        DatePrecision::Unknown,
    };
    for (DatePrecision p : all) {
        if (precisionName(p) == name) {
            if (ok)
                *ok = true;
            return p;
        }
    }
    if (ok)
        *ok = false;
    return DatePrecision::Unknown;
}

bool ReleaseWindow::overlaps(const ReleaseWindow &other) const
{
    return isValid() && other.isValid() && earliest <= other.latest && other.earliest <= latest;
}

qint64 ReleaseWindow::spanDays() const
{
    return isValid() ? earliest.daysTo(latest) + 1 : 0;
}

QString ReleaseWindow::label() const
{
    return label(QLocale());
}

// The last day of the unit a lower bound starts with: "not before 2027" starts with the year
// 2027, "no earlier than March 2027" with March, "not before the second half of 2026" with it.
static QDate firstUnitEnd(QDate start, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Month:
        return start.addMonths(1).addDays(-1);
    case DatePrecision::Quarter:
    case DatePrecision::Season:
        return start.addMonths(3).addDays(-1);
    case DatePrecision::PartOfYear:
        return start.addMonths(start.month() == 7 ? 6 : 4).addDays(-1);
    case DatePrecision::Year:
        return QDate(start.year(), 12, 31);
    case DatePrecision::Day:
    case DatePrecision::Unknown:
        break;
    }
    return start;
}

QString ReleaseWindow::label(const QLocale &locale) const
{
    const Phrasebook &book = phrasebookFor(locale);
    if (isOpenEnded()) {
        const ReleaseWindow first{earliest, firstUnitEnd(earliest, precision), precision, {}};
        return words(book.from).arg(first.label(locale));
    }
    if (!isValid())
        return words(book.unknown);
    std::optional<QString> named;
    switch (precision) {
    case DatePrecision::Day:
        named = dayLabel(book, earliest, latest);
        break;
    case DatePrecision::Month:
        named = unitRangeLabel(months, book.months, earliest, latest);
        break;
    case DatePrecision::Quarter:
        named = unitRangeLabel(quarters, book.quarters, earliest, latest);
        break;
    case DatePrecision::Season:
        named = unitRangeLabel(seasons, book.seasons, earliest, latest);
        break;
    case DatePrecision::PartOfYear:
        named = halfLabel(book, earliest, latest);
        if (!named)
            named = partsLabel(book, earliest, latest);
        break;
    case DatePrecision::Year:
        named = yearLabel(book, earliest, latest);
        break;
    case DatePrecision::Unknown:
        break;
    }
    // An interval that does not fit its precision's units is shown as it is rather than
    // rounded to a name that would claim more (or less) than the source said.
    return named ? *named : isoRange(book, earliest, latest);
}
