#include "domain/releasewindow.h"

#include <QCoreApplication>

#include <optional>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReleaseWindow)
};

// Our own table rather than QLocale: the label must not change with the system locale,
// only with the installed translation.
const char *const monthNames[12] = {
    QT_TRANSLATE_NOOP("ReleaseWindow", "January"),   QT_TRANSLATE_NOOP("ReleaseWindow", "February"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "March"),     QT_TRANSLATE_NOOP("ReleaseWindow", "April"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "May"),       QT_TRANSLATE_NOOP("ReleaseWindow", "June"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "July"),      QT_TRANSLATE_NOOP("ReleaseWindow", "August"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "September"), QT_TRANSLATE_NOOP("ReleaseWindow", "October"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "November"),  QT_TRANSLATE_NOOP("ReleaseWindow", "December"),
};

const char *const quarterNames[4] = {
    QT_TRANSLATE_NOOP("ReleaseWindow", "Q1"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "Q2"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "Q3"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "Q4"),
};

const char *const seasonNames[4] = {
    QT_TRANSLATE_NOOP("ReleaseWindow", "spring"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "summer"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "fall"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "winter"),
};

const char *const partNames[3] = {
    QT_TRANSLATE_NOOP("ReleaseWindow", "early"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "mid"),
    QT_TRANSLATE_NOOP("ReleaseWindow", "late"),
};

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

QString isoRange(QDate earliest, QDate latest)
{
    if (earliest == latest)
        return earliest.toString(Qt::ISODate);
    return Tr::tr("%1 – %2", "earliest date, latest date")
        .arg(earliest.toString(Qt::ISODate), latest.toString(Qt::ISODate));
}

// "October 2025", "October–November 2025", "December 2025 – January 2026": the shared year is
// written once when both ends name the same one.
std::optional<QString> unitRangeLabel(const MonthRunUnits &units, const char *const names[],
                                      QDate earliest, QDate latest)
{
    const auto first = units.startingAt(earliest);
    const auto last = units.endingAt(latest);
    if (!first || !last)
        return std::nullopt;
    const QString firstName = Tr::tr(names[first->index]);
    const QString lastName = Tr::tr(names[last->index]);
    if (first->year == last->year && first->index == last->index)
        return Tr::tr("%1 %2", "unit, year").arg(firstName).arg(first->year);
    if (first->year == last->year)
        return Tr::tr("%1–%2 %3", "first unit, last unit, shared year")
            .arg(firstName, lastName)
            .arg(first->year);
    return Tr::tr("%1 %2 – %3 %4", "first unit, its year, last unit, its year")
        .arg(firstName)
        .arg(first->year)
        .arg(lastName)
        .arg(last->year);
}

std::optional<QString> dayLabel(QDate earliest, QDate latest)
{
    if (earliest != latest)
        return std::nullopt;
    return Tr::tr("%1 %2 %3", "day, month name, year")
        .arg(earliest.day())
        .arg(Tr::tr(monthNames[earliest.month() - 1]))
        .arg(earliest.year());
}

std::optional<QString> halfLabel(QDate earliest, QDate latest)
{
    if (earliest.year() != latest.year() || earliest.day() != 1 || !isMonthEnd(latest))
        return std::nullopt;
    if (earliest.month() == 1 && latest.month() == 6)
        return Tr::tr("first half of %1").arg(earliest.year());
    if (earliest.month() == 7 && latest.month() == 12)
        return Tr::tr("second half of %1").arg(earliest.year());
    return std::nullopt;
}

std::optional<QString> yearLabel(QDate earliest, QDate latest)
{
    if (earliest != QDate(earliest.year(), 1, 1) || latest != QDate(latest.year(), 12, 31))
        return std::nullopt;
    if (earliest.year() == latest.year())
        return QString::number(earliest.year());
    return Tr::tr("%1–%2", "first year, last year").arg(earliest.year()).arg(latest.year());
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
    if (!isValid())
        return Tr::tr("unknown");
    std::optional<QString> named;
    switch (precision) {
    case DatePrecision::Day:
        named = dayLabel(earliest, latest);
        break;
    case DatePrecision::Month:
        named = unitRangeLabel(months, monthNames, earliest, latest);
        break;
    case DatePrecision::Quarter:
        named = unitRangeLabel(quarters, quarterNames, earliest, latest);
        break;
    case DatePrecision::Season:
        named = unitRangeLabel(seasons, seasonNames, earliest, latest);
        break;
    case DatePrecision::PartOfYear:
        named = halfLabel(earliest, latest);
        if (!named)
            named = unitRangeLabel(parts, partNames, earliest, latest);
        break;
    case DatePrecision::Year:
        named = yearLabel(earliest, latest);
        break;
    case DatePrecision::Unknown:
        break;
    }
    // An interval that does not fit its precision's units is shown as it is rather than
    // rounded to a name that would claim more (or less) than the source said.
    return named ? *named : isoRange(earliest, latest);
}
