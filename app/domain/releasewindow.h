#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// A fuzzy release date: an interval of calendar days plus how precise the source was.
// A precise date is never invented from a vague one; sorting and countdowns use the interval.
enum class DatePrecision { Day, Month, Quarter, Season, PartOfYear, Year, Unknown };

QString precisionName(DatePrecision precision); // "day", "month", ..., "part_of_year"
DatePrecision precisionFromName(const QString &name, bool *ok = nullptr);

struct ReleaseWindow {
    QDate earliest;
    QDate latest;
    DatePrecision precision = DatePrecision::Unknown;
    QString wording; // the source's own words, e.g. "late 2026 or early 2027"

    // A closed interval. A lower bound ("not before 2027") has a start and no end: it is not
    // valid, so nothing that needs both ends (spread, consensus, countdowns, a missed window,
    // calendar blocks) takes it, but the ledger keeps it and labels it ("from 2027").
    bool isValid() const { return earliest.isValid() && latest.isValid() && earliest <= latest; }
    bool isOpenEnded() const { return earliest.isValid() && latest.isNull(); }
    bool isStored() const { return isValid() || isOpenEnded(); } // what the ledger keeps
    bool overlaps(const ReleaseWindow &other) const;
    qint64 spanDays() const;
    // The label derived from the interval and precision in the app's language (QLocale's
    // default, which UiLanguage sets), e.g. "late 2026 – early 2027", "2026년 말 또는 2027년 초".
    QString label() const;
    // The same in `locale`'s language; English for any language without a phrasebook (and for
    // QLocale::c(), which the language-neutral JSON output uses).
    QString label(const QLocale &locale) const;

    bool operator==(const ReleaseWindow &o) const
    {
        return earliest == o.earliest && latest == o.latest && precision == o.precision;
    }
};
