#include "domain/releasewindow.h"
#include "domain/releasewindowparser.h"

#include <QtTest>

namespace {

QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

// The publication date most relative rows are read against.
const QDate june3 = QDate(2025, 6, 3);

ReleaseWindow window(QDate earliest, QDate latest, DatePrecision precision)
{
    ReleaseWindow w;
    w.earliest = earliest;
    w.latest = latest;
    w.precision = precision;
    return w;
}

} // namespace

class ReleaseWindowTest : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void label_data();
    void label();
    void overlaps_data();
    void overlaps();
    void spanDays();
    void precisionNames();
    void findAll_data();
    void findAll();
    void findAllMatchesAreOrderedAndDisjoint();
    void overflowingNumbersAreNoYear_data();
    void overflowingNumbersAreNoYear();
    void overflowingNumberNextToARealWindow();
    void relativeYearWithoutAYearZero();
};

void ReleaseWindowTest::parse_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QDate>("earliest"); // invalid: the phrase is not a date
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<QString>("precision");

    auto row = [](const char *name, const QString &phrase, QDate reference, QDate earliest,
                  QDate latest, const QString &precision) {
        QTest::newRow(name) << phrase << reference << earliest << latest << precision;
    };
    auto none = [](const char *name, const QString &phrase, QDate reference = QDate()) {
        QTest::newRow(name) << phrase << reference << QDate() << QDate() << QString();
    };

    // Parts of the year and spans across them.
    row("late or early", "late 2026 or early 2027", {}, d(2026, 9, 1), d(2027, 4, 30),
        "part_of_year");
    row("late to early", "late 2025 to early 2026", {}, d(2025, 9, 1), d(2026, 4, 30),
        "part_of_year");
    row("spaced en dash", "late 2026 \u2013 early 2027", {}, d(2026, 9, 1), d(2027, 4, 30),
        "part_of_year");
    row("em dash", "late 2026\u2014early 2027", {}, d(2026, 9, 1), d(2027, 4, 30), "part_of_year");
    row("early", "early 2024", {}, d(2024, 1, 1), d(2024, 4, 30), "part_of_year");
    row("mid", "mid 2025", {}, d(2025, 5, 1), d(2025, 8, 31), "part_of_year");
    row("mid hyphen", "mid-2025", {}, d(2025, 5, 1), d(2025, 8, 31), "part_of_year");
    row("middle of", "middle of 2025", {}, d(2025, 5, 1), d(2025, 8, 31), "part_of_year");
    row("the middle of", "the middle of 2025", {}, d(2025, 5, 1), d(2025, 8, 31), "part_of_year");
    row("late", "late 2025", {}, d(2025, 9, 1), d(2025, 12, 31), "part_of_year");
    row("capitalised, trailing dot", "Late 2025.", {}, d(2025, 9, 1), d(2025, 12, 31),
        "part_of_year");
    row("upper case, extra spaces", "  LATE   2025 ", {}, d(2025, 9, 1), d(2025, 12, 31),
        "part_of_year");
    row("early-to-mid", "early-to-mid 2026", {}, d(2026, 1, 1), d(2026, 8, 31), "part_of_year");
    row("early to mid", "early to mid 2026", {}, d(2026, 1, 1), d(2026, 8, 31), "part_of_year");
    row("the end of", "the end of 2025", {}, d(2025, 9, 1), d(2025, 12, 31), "part_of_year");
    row("end of", "end of 2025", {}, d(2025, 9, 1), d(2025, 12, 31), "part_of_year");
    row("the beginning of", "the beginning of 2026", {}, d(2026, 1, 1), d(2026, 4, 30),
        "part_of_year");
    row("start of", "start of 2026", {}, d(2026, 1, 1), d(2026, 4, 30), "part_of_year");
    row("first half", "the first half of 2026", {}, d(2026, 1, 1), d(2026, 6, 30), "part_of_year");
    row("second half", "second half of 2026", {}, d(2026, 7, 1), d(2026, 12, 31), "part_of_year");
    row("H1", "H1 2026", {}, d(2026, 1, 1), d(2026, 6, 30), "part_of_year");
    row("between and", "between late 2025 and early 2026", {}, d(2025, 9, 1), d(2026, 4, 30),
        "part_of_year");

    // Months.
    row("month", "October 2025", {}, d(2025, 10, 1), d(2025, 10, 31), "month");
    row("month abbreviation", "Oct 2025", {}, d(2025, 10, 1), d(2025, 10, 31), "month");
    row("Sept.", "Sept. 2025", {}, d(2025, 9, 1), d(2025, 9, 30), "month");
    row("February in a leap year", "February 2024", {}, d(2024, 2, 1), d(2024, 2, 29), "month");
    row("month or month", "October or November 2025", {}, d(2025, 10, 1), d(2025, 11, 30), "month");
    row("month en dash month", "October\u2013November 2025", {}, d(2025, 10, 1), d(2025, 11, 30),
        "month");
    row("across the new year", "December 2025 or January 2026", {}, d(2025, 12, 1), d(2026, 1, 31),
        "month");
    row("head month borrows the year before", "December or January 2026", {}, d(2025, 12, 1),
        d(2026, 1, 31), "month");
    row("modifier keeps the whole season", "late summer 2025", {}, d(2025, 6, 1), d(2025, 8, 31),
        "season");
    row("hedged or", "late 2026 or possibly early 2027", {}, d(2026, 9, 1), d(2027, 4, 30),
        "part_of_year");
    row("modifier keeps the whole month", "early October 2025", {}, d(2025, 10, 1), d(2025, 10, 31),
        "month");

    // Quarters.
    row("Q1", "Q1 2025", {}, d(2025, 1, 1), d(2025, 3, 31), "quarter");
    row("Q3", "Q3 2025", {}, d(2025, 7, 1), d(2025, 9, 30), "quarter");
    row("Q4 of", "Q4 of 2025", {}, d(2025, 10, 1), d(2025, 12, 31), "quarter");
    row("the third quarter of", "the third quarter of 2025", {}, d(2025, 7, 1), d(2025, 9, 30),
        "quarter");
    row("first quarter of", "first quarter of 2025", {}, d(2025, 1, 1), d(2025, 3, 31), "quarter");
    row("2nd quarter", "2nd quarter of 2025", {}, d(2025, 4, 1), d(2025, 6, 30), "quarter");
    row("Q3 or Q4", "Q3 or Q4 2025", {}, d(2025, 7, 1), d(2025, 12, 31), "quarter");

    // Seasons (northern, meteorological).
    row("spring", "spring 2025", {}, d(2025, 3, 1), d(2025, 5, 31), "season");
    row("summer", "summer 2025", {}, d(2025, 6, 1), d(2025, 8, 31), "season");
    row("fall", "fall 2025", {}, d(2025, 9, 1), d(2025, 11, 30), "season");
    row("autumn", "Autumn 2025", {}, d(2025, 9, 1), d(2025, 11, 30), "season");
    row("the summer of", "the summer of 2025", {}, d(2025, 6, 1), d(2025, 8, 31), "season");
    row("winter", "winter 2025", {}, d(2025, 12, 1), d(2026, 2, 28), "season");
    row("winter into a leap year", "winter 2027", {}, d(2027, 12, 1), d(2028, 2, 29), "season");
    row("winter 2025-26", "winter 2025-26", {}, d(2025, 12, 1), d(2026, 2, 28), "season");

    // Years.
    row("year", "2026", {}, d(2026, 1, 1), d(2026, 12, 31), "year");
    row("first accepted year", "1900", {}, d(1900, 1, 1), d(1900, 12, 31), "year");
    row("last accepted year", "2100", {}, d(2100, 1, 1), d(2100, 12, 31), "year");
    row("year range", "2025\u20132026", {}, d(2025, 1, 1), d(2026, 12, 31), "year");
    row("year range, hyphen, full stop", "2009-2011.", {}, d(2009, 1, 1), d(2011, 12, 31), "year");
    row("short year range", "2025/26", {}, d(2025, 1, 1), d(2026, 12, 31), "year");

    // Days.
    row("month day, year", "January 28, 2022", {}, d(2022, 1, 28), d(2022, 1, 28), "day");
    row("abbreviated", "Jan. 28, 2022", {}, d(2022, 1, 28), d(2022, 1, 28), "day");
    row("day month year", "28 January 2022", {}, d(2022, 1, 28), d(2022, 1, 28), "day");
    row("ISO", "2022-01-28", {}, d(2022, 1, 28), d(2022, 1, 28), "day");
    row("ordinal of", "28th of January 2022", {}, d(2022, 1, 28), d(2022, 1, 28), "day");
    row("the ordinal of", "the 28th of January, 2022", {}, d(2022, 1, 28), d(2022, 1, 28), "day");
    row("leap day", "February 29, 2024", {}, d(2024, 2, 29), d(2024, 2, 29), "day");
    row("Halloween", "Halloween 2025", {}, d(2025, 10, 31), d(2025, 10, 31), "day");
    row("Christmas", "Christmas 2025", {}, d(2025, 12, 25), d(2025, 12, 25), "day");
    row("Christmas Day", "Christmas Day 2025", {}, d(2025, 12, 25), d(2025, 12, 25), "day");

    // Relative phrases, read against the publication date.
    row("next year", "next year", june3, d(2026, 1, 1), d(2026, 12, 31), "year");
    row("this year", "this year", june3, d(2025, 1, 1), d(2025, 12, 31), "year");
    row("later this year", "later this year", june3, d(2025, 7, 1), d(2025, 12, 31),
        "part_of_year");
    row("later this year in December", "later this year", d(2025, 12, 10), d(2025, 12, 11),
        d(2025, 12, 31), "part_of_year");
    row("in the new year", "the new year", june3, d(2026, 1, 1), d(2026, 4, 30), "part_of_year");
    row("the new year, said in January", "the new year", d(2026, 1, 9), d(2026, 1, 10),
        d(2026, 4, 30), "part_of_year");
    row("this fall, ahead", "this fall", june3, d(2025, 9, 1), d(2025, 11, 30), "season");
    row("this fall, already past", "this fall", d(2025, 12, 15), d(2026, 9, 1), d(2026, 11, 30),
        "season");
    row("this summer, under way", "this summer", june3, d(2025, 6, 1), d(2025, 8, 31), "season");
    row("this spring, already past", "this spring", june3, d(2026, 3, 1), d(2026, 5, 31), "season");
    row("next summer", "next summer", june3, d(2026, 6, 1), d(2026, 8, 31), "season");
    row("this winter, in January", "this winter", d(2025, 1, 15), d(2024, 12, 1), d(2025, 2, 28),
        "season");
    row("next month", "next month", june3, d(2025, 7, 1), d(2025, 7, 31), "month");
    row("next month, in December", "next month", d(2025, 12, 20), d(2026, 1, 1), d(2026, 1, 31),
        "month");
    row("this month", "this month", june3, d(2025, 6, 1), d(2025, 6, 30), "month");
    row("within the next few months", "within the next few months", june3, d(2025, 6, 4),
        d(2025, 12, 31), "unknown");
    row("in the coming months", "in the coming months", june3, d(2025, 6, 4), d(2025, 12, 31),
        "unknown");
    row("next couple of months", "in the next couple of months", june3, d(2025, 6, 4),
        d(2025, 8, 31), "unknown");
    row("early next year", "early next year", june3, d(2026, 1, 1), d(2026, 4, 30), "part_of_year");
    row("late next year", "late next year", june3, d(2026, 9, 1), d(2026, 12, 31), "part_of_year");
    row("the end of the year", "the end of the year", june3, d(2025, 9, 1), d(2025, 12, 31),
        "part_of_year");
    row("by the end of the year", "by the end of the year", june3, d(2025, 6, 4), d(2025, 12, 31),
        "part_of_year");
    row("by the end of a later year", "by the end of 2026", june3, d(2025, 6, 4), d(2026, 12, 31),
        "unknown");
    row("by the end of, no reference", "by the end of 2025", {}, d(2025, 1, 1), d(2025, 12, 31),
        "year");
    row("late this year or early next year", "late this year or early next year", june3,
        d(2025, 9, 1), d(2026, 4, 30), "part_of_year");
    row("yearless months, ahead", "October or November", june3, d(2025, 10, 1), d(2025, 11, 30),
        "month");
    row("yearless months, under way", "October or November", d(2025, 11, 20), d(2025, 10, 1),
        d(2025, 11, 30), "month");
    row("yearless months across the new year", "December or January", june3, d(2025, 12, 1),
        d(2026, 1, 31), "month");
    row("yearless month, past", "October", d(2025, 12, 1), d(2026, 10, 1), d(2026, 10, 31),
        "month");
    row("the third quarter", "the third quarter", june3, d(2025, 7, 1), d(2025, 9, 30), "quarter");
    row("this Christmas, just past", "this Christmas", d(2025, 12, 26), d(2026, 12, 25),
        d(2026, 12, 25), "day");

    // Not dates.
    none("soon", "soon", june3);
    none("someday", "someday", june3);
    none("TBA", "TBA", june3);
    none("season number", "Season 2");
    none("episode count", "12 episodes");
    none("episode label", "Episode 2024");
    none("year-like count", "2025 episodes");
    none("hours", "3 hours");
    none("decimal", "1.5 million");
    none("days", "100 days");
    none("impossible ISO date", "2022-13-45");
    none("impossible day", "February 30, 2022");
    none("not a leap year", "February 29, 2023");
    none("film title", "tomorrow never dies", june3);
    none("empty", "");
    none("blank", "   ");
    none("punctuation only", "...");
    none("before 1900", "1899");
    none("after 2100", "2101");
    none("decade", "the 2020s");
    none("currency", "$2025");
    none("no such quarter", "Q5 2025");
    none("year and month", "2022-08");
    none("backwards year range", "2025-2024");
    none("bare part", "late", june3);
    none("bare season", "summer", june3);
    none("trailing words", "late 2025 maybe");
    none("next year without reference", "next year");
    none("few months without reference", "within the next few months");
    none("this fall without reference", "this fall");
    none("yearless months without reference", "October or November");
}

void ReleaseWindowTest::parse()
{
    QFETCH(QString, phrase);
    QFETCH(QDate, reference);
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(QString, precision);

    const auto result = ReleaseWindowParser::parse(phrase, reference);
    if (!earliest.isValid()) {
        QVERIFY2(!result, qPrintable(result ? result->earliest.toString(Qt::ISODate) : QString()));
        return;
    }
    QVERIFY(result);
    QCOMPARE(result->earliest, earliest);
    QCOMPARE(result->latest, latest);
    QCOMPARE(precisionName(result->precision), precision);
    QVERIFY(result->isValid());
    QVERIFY(!result->wording.isEmpty());
    QVERIFY(phrase.contains(result->wording));
}

void ReleaseWindowTest::label_data()
{
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("latest");
    QTest::addColumn<DatePrecision>("precision");
    QTest::addColumn<QString>("label");
    QTest::addColumn<bool>("reparses"); // parse(label) gives the same window back

    using P = DatePrecision;
    QTest::newRow("day") << d(2022, 1, 28) << d(2022, 1, 28) << P::Day << "28 January 2022" << true;
    QTest::newRow("month") << d(2025, 10, 1) << d(2025, 10, 31) << P::Month << "October 2025"
                           << true;
    QTest::newRow("two months") << d(2025, 10, 1) << d(2025, 11, 30) << P::Month
                                << "October\u2013November 2025" << true;
    QTest::newRow("months across years") << d(2025, 12, 1) << d(2026, 1, 31) << P::Month
                                         << "December 2025 \u2013 January 2026" << true;
    QTest::newRow("quarter") << d(2025, 7, 1) << d(2025, 9, 30) << P::Quarter << "Q3 2025" << true;
    QTest::newRow("two quarters") << d(2025, 7, 1) << d(2025, 12, 31) << P::Quarter
                                  << "Q3\u2013Q4 2025" << true;
    QTest::newRow("season") << d(2025, 6, 1) << d(2025, 8, 31) << P::Season << "summer 2025"
                            << true;
    QTest::newRow("winter") << d(2025, 12, 1) << d(2026, 2, 28) << P::Season << "winter 2025"
                            << true;
    QTest::newRow("part") << d(2025, 9, 1) << d(2025, 12, 31) << P::PartOfYear << "late 2025"
                          << true;
    QTest::newRow("parts across years") << d(2026, 9, 1) << d(2027, 4, 30) << P::PartOfYear
                                        << "late 2026 \u2013 early 2027" << true;
    QTest::newRow("parts in a year")
        << d(2026, 1, 1) << d(2026, 8, 31) << P::PartOfYear << "early\u2013mid 2026" << true;
    QTest::newRow("first half") << d(2026, 1, 1) << d(2026, 6, 30) << P::PartOfYear
                                << "first half of 2026" << true;
    QTest::newRow("second half") << d(2026, 7, 1) << d(2026, 12, 31) << P::PartOfYear
                                 << "second half of 2026" << true;
    QTest::newRow("year") << d(2026, 1, 1) << d(2026, 12, 31) << P::Year << "2026" << true;
    QTest::newRow("years") << d(2025, 1, 1) << d(2026, 12, 31) << P::Year << "2025\u20132026"
                           << true;
    QTest::newRow("unknown") << d(2025, 6, 4) << d(2025, 12, 31) << P::Unknown
                             << "2025-06-04 \u2013 2025-12-31" << true;
    QTest::newRow("month precision, partial months")
        << d(2025, 10, 15) << d(2025, 11, 30) << P::Month << "2025-10-15 \u2013 2025-11-30"
        << false;
    QTest::newRow("part precision, odd interval")
        << d(2025, 8, 1) << d(2025, 12, 31) << P::PartOfYear << "2025-08-01 \u2013 2025-12-31"
        << false;
    QTest::newRow("invalid") << QDate() << QDate() << P::Day << "unknown" << false;
    // A lower bound ("not before 2027") has no end: labelled from its first unit.
    QTest::newRow("from a year") << d(2027, 1, 1) << QDate() << P::Year << "from 2027" << false;
    QTest::newRow("from a month") << d(2027, 3, 1) << QDate() << P::Month << "from March 2027"
                                  << false;
    QTest::newRow("from a half") << d(2026, 7, 1) << QDate() << P::PartOfYear
                                 << "from second half of 2026" << false;
    QTest::newRow("from a part") << d(2026, 9, 1) << QDate() << P::PartOfYear << "from late 2026"
                                 << false;
}

void ReleaseWindowTest::label()
{
    QFETCH(QDate, earliest);
    QFETCH(QDate, latest);
    QFETCH(DatePrecision, precision);
    QFETCH(QString, label);
    QFETCH(bool, reparses);

    const ReleaseWindow w = window(earliest, latest, precision);
    QCOMPARE(w.label(), label);
    if (reparses) {
        const auto back = ReleaseWindowParser::parse(label);
        QVERIFY(back);
        QCOMPARE(back->earliest, earliest);
        QCOMPARE(back->latest, latest);
        QCOMPARE(back->precision, precision);
    }
}

void ReleaseWindowTest::overlaps_data()
{
    QTest::addColumn<QDate>("firstEarliest");
    QTest::addColumn<QDate>("firstLatest");
    QTest::addColumn<QDate>("secondEarliest");
    QTest::addColumn<QDate>("secondLatest");
    QTest::addColumn<bool>("overlap");

    QTest::newRow("contained") << d(2025, 9, 1) << d(2025, 12, 31) << d(2025, 10, 1)
                               << d(2025, 10, 31) << true;
    QTest::newRow("disjoint") << d(2025, 9, 1) << d(2025, 12, 31) << d(2026, 1, 1) << d(2026, 4, 30)
                              << false;
    QTest::newRow("share one day")
        << d(2025, 1, 1) << d(2025, 6, 30) << d(2025, 6, 30) << d(2025, 12, 31) << true;
    QTest::newRow("touch without sharing")
        << d(2025, 1, 1) << d(2025, 6, 29) << d(2025, 6, 30) << d(2025, 12, 31) << false;
    QTest::newRow("partial") << d(2026, 9, 1) << d(2027, 4, 30) << d(2027, 1, 1) << d(2027, 12, 31)
                             << true;
    QTest::newRow("invalid never overlaps")
        << QDate() << QDate() << d(2025, 1, 1) << d(2025, 12, 31) << false;
    QTest::newRow("reversed is invalid")
        << d(2025, 12, 31) << d(2025, 1, 1) << d(2025, 6, 1) << d(2025, 6, 1) << false;
}

void ReleaseWindowTest::overlaps()
{
    QFETCH(QDate, firstEarliest);
    QFETCH(QDate, firstLatest);
    QFETCH(QDate, secondEarliest);
    QFETCH(QDate, secondLatest);
    QFETCH(bool, overlap);

    const ReleaseWindow a = window(firstEarliest, firstLatest, DatePrecision::Unknown);
    const ReleaseWindow b = window(secondEarliest, secondLatest, DatePrecision::Unknown);
    QCOMPARE(a.overlaps(b), overlap);
    QCOMPARE(b.overlaps(a), overlap);
}

void ReleaseWindowTest::spanDays()
{
    QCOMPARE(window(d(2022, 1, 28), d(2022, 1, 28), DatePrecision::Day).spanDays(), 1);
    QCOMPARE(window(d(2024, 1, 1), d(2024, 12, 31), DatePrecision::Year).spanDays(), 366);
    QCOMPARE(window(d(2025, 9, 1), d(2025, 12, 31), DatePrecision::PartOfYear).spanDays(), 122);
    QCOMPARE(window(d(2026, 9, 1), d(2027, 4, 30), DatePrecision::PartOfYear).spanDays(), 242);
    QCOMPARE(window(QDate(), QDate(), DatePrecision::Unknown).spanDays(), 0);
    // A lower bound has no span and overlaps nothing: the spread and consensus leave it out.
    const ReleaseWindow from = window(d(2027, 1, 1), QDate(), DatePrecision::Year);
    QVERIFY(from.isOpenEnded());
    QVERIFY(!from.isValid());
    QVERIFY(from.isStored());
    QCOMPARE(from.spanDays(), 0);
    QVERIFY(!from.overlaps(window(d(2027, 1, 1), d(2027, 12, 31), DatePrecision::Year)));
    QVERIFY(!window(QDate(), QDate(), DatePrecision::Unknown).isStored());
}

void ReleaseWindowTest::precisionNames()
{
    const QList<QPair<DatePrecision, QString>> names = {
        {DatePrecision::Day, "day"},
        {DatePrecision::Month, "month"},
        {DatePrecision::Quarter, "quarter"},
        {DatePrecision::Season, "season"},
        {DatePrecision::PartOfYear, "part_of_year"},
        {DatePrecision::Year, "year"},
        {DatePrecision::Unknown, "unknown"},
    };
    for (const auto &[precision, name] : names) {
        QCOMPARE(precisionName(precision), name);
        bool ok = false;
        QCOMPARE(precisionFromName(name, &ok), precision);
        QVERIFY(ok);
    }
    for (const QString bad : {"", "Day", "part of year", "decade"}) {
        bool ok = true;
        QCOMPARE(precisionFromName(bad, &ok), DatePrecision::Unknown);
        QVERIFY2(!ok, qPrintable(bad));
    }
}

void ReleaseWindowTest::findAll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("reference");
    QTest::addColumn<QStringList>("phrases");
    QTest::addColumn<QList<QDate>>("earliest");
    QTest::addColumn<QList<QDate>>("latest");

    QTest::newRow("two windows in one sentence")
        << "We can expect season 2 to arrive in late 2023, if filming began in September 2022."
        << d(2022, 11, 15) << QStringList{"late 2023", "September 2022"}
        << QList<QDate>{d(2023, 9, 1), d(2022, 9, 1)}
        << QList<QDate>{d(2023, 12, 31), d(2022, 9, 30)};
    // The reference alone would give October 2026; the year written earlier wins.
    QTest::newRow("yearless months borrow the sentence's year")
        << "Our best guess: late 2025, probably October or November." << d(2025, 12, 20)
        << QStringList{"late 2025", "October or November"}
        << QList<QDate>{d(2025, 9, 1), d(2025, 10, 1)}
        << QList<QDate>{d(2025, 12, 31), d(2025, 11, 30)};
    QTest::newRow("a new sentence forgets the year")
        << "It premiered in 2022. In October, filming resumed." << june3
        << QStringList{"2022", "October"} << QList<QDate>{d(2022, 1, 1), d(2025, 10, 1)}
        << QList<QDate>{d(2022, 12, 31), d(2025, 10, 31)};
    QTest::newRow("adjective use")
        << "Speculation points to an early 2024 debut." << d(2023, 7, 10)
        << QStringList{"early 2024"} << QList<QDate>{d(2024, 1, 1)} << QList<QDate>{d(2024, 4, 30)};
    QTest::newRow("span and month")
        << "Season 2 will arrive in late 2026 or early 2027, after filming wraps in February "
           "2026."
        << d(2025, 9, 10) << QStringList{"late 2026 or early 2027", "February 2026"}
        << QList<QDate>{d(2026, 9, 1), d(2026, 2, 1)}
        << QList<QDate>{d(2027, 4, 30), d(2026, 2, 28)};
    QTest::newRow("relative months")
        << "Filming is expected to begin within the next few months." << d(2022, 8, 10)
        << QStringList{"within the next few months"} << QList<QDate>{d(2022, 8, 11)}
        << QList<QDate>{d(2023, 2, 28)};
    QTest::newRow("relative years")
        << "Netflix says it returns later this year, and a film follows next year." << june3
        << QStringList{"later this year", "next year"} << QList<QDate>{d(2025, 7, 1), d(2026, 1, 1)}
        << QList<QDate>{d(2025, 12, 31), d(2026, 12, 31)};
    QTest::newRow("relative without reference")
        << "Netflix says it returns later this year, and a film follows next year." << QDate()
        << QStringList{} << QList<QDate>{} << QList<QDate>{};
    QTest::newRow("numbers that are not dates")
        << "The show has 12 episodes of 50-70 minutes; Episode 2024 drew 1.5 million viewers "
           "in 3 hours, and 100 days later 2000 fans came. Season 2 is coming soon, TBA."
        << june3 << QStringList{} << QList<QDate>{} << QList<QDate>{};
    QTest::newRow("glued numbers")
        << "The 1920s look, a $2025 budget, the KBS2025 awards, code 10-2025 and 2022-13-45 "
           "are not dates; 2022-01-28 is."
        << june3 << QStringList{"2022-01-28"} << QList<QDate>{d(2022, 1, 28)}
        << QList<QDate>{d(2022, 1, 28)};
    QTest::newRow("verbs that are month names")
        << "May we ask? Jan said fans may march on, but the premiere is set for March 2026."
        << june3 << QStringList{"March 2026"} << QList<QDate>{d(2026, 3, 1)}
        << QList<QDate>{d(2026, 3, 31)};
    QTest::newRow("offsets after non-ASCII text")
        << QString::fromUtf8("지금 우리 학교는 season 2 \u2014 expected Q3 2025 \u2014 or "
                             "\u201cearly 2026\u201d at the latest.")
        << june3 << QStringList{"Q3 2025", "early 2026"}
        << QList<QDate>{d(2025, 7, 1), d(2026, 1, 1)}
        << QList<QDate>{d(2025, 9, 30), d(2026, 4, 30)};
    QTest::newRow("days, deadlines and between")
        << "Released on Jan. 28, 2022. A sequel by the end of 2025, or between late 2025 and "
           "early 2026."
        << d(2023, 7, 1)
        << QStringList{"Jan. 28, 2022", "by the end of 2025", "between late 2025 and early 2026"}
        << QList<QDate>{d(2022, 1, 28), d(2023, 7, 2), d(2025, 9, 1)}
        << QList<QDate>{d(2022, 1, 28), d(2025, 12, 31), d(2026, 4, 30)};
    QTest::newRow("a quarter needs a year or \"the\" in prose")
        << "Results for Q3 were strong, as in the third quarter of 2025." << june3
        << QStringList{"the third quarter of 2025"} << QList<QDate>{d(2025, 7, 1)}
        << QList<QDate>{d(2025, 9, 30)};
    QTest::newRow("a line break ends a sentence")
        << "Renewed in 2022\nOctober is the month to watch" << june3
        << QStringList{"2022", "October"} << QList<QDate>{d(2022, 1, 1), d(2025, 10, 1)}
        << QList<QDate>{d(2022, 12, 31), d(2025, 10, 31)};
    QTest::newRow("an abbreviation's dot does not end a sentence")
        << "Set for 2026, perhaps Sept. or October." << june3 << QStringList{"2026", "October"}
        << QList<QDate>{d(2026, 1, 1), d(2026, 10, 1)}
        << QList<QDate>{d(2026, 12, 31), d(2026, 10, 31)};
    QTest::newRow("a decimal point does not end a sentence")
        << "In 2026, with a 7.2 rating behind it, October looks likely." << june3
        << QStringList{"2026", "October"} << QList<QDate>{d(2026, 1, 1), d(2026, 10, 1)}
        << QList<QDate>{d(2026, 12, 31), d(2026, 10, 31)};
    QTest::newRow("ISO date with a time")
        << "Published 2022-01-28T10:00:00Z." << june3 << QStringList{"2022-01-28"}
        << QList<QDate>{d(2022, 1, 28)} << QList<QDate>{d(2022, 1, 28)};
    QTest::newRow("comma before or") << "It could be late 2025, or early 2026." << june3
                                     << QStringList{"late 2025, or early 2026"}
                                     << QList<QDate>{d(2025, 9, 1)} << QList<QDate>{d(2026, 4, 30)};
    // Issue 17: "in May", a season before a release noun, "this Friday".
    QTest::newRow("May after in is the month")
        << "The ninth series begins in May, and fans may cheer." << d(2026, 1, 9)
        << QStringList{"May"} << QList<QDate>{d(2026, 5, 1)} << QList<QDate>{d(2026, 5, 31)};
    QTest::newRow("a season before a release noun is the next one")
        << "BBC Eyes Autumn Return; an autumn slot, not a summer of filming." << d(2025, 11, 20)
        << QStringList{"Autumn", "autumn"} << QList<QDate>{d(2026, 9, 1), d(2026, 9, 1)}
        << QList<QDate>{d(2026, 11, 30), d(2026, 11, 30)};
    QTest::newRow("in the autumn is read like a yearless month")
        << "It airs in the autumn, not in summer." << d(2026, 1, 9) << QStringList{"the autumn"}
        << QList<QDate>{d(2026, 9, 1)} << QList<QDate>{d(2026, 11, 30)};
    QTest::newRow("this Friday")
        << "It premieres this Friday, not next Friday, the studio said on Friday." << d(2026, 1, 12)
        << QStringList{"this Friday"} << QList<QDate>{d(2026, 1, 16)}
        << QList<QDate>{d(2026, 1, 16)};
    QTest::newRow("this Friday on a Friday")
        << "It premieres this Friday." << d(2026, 1, 16) << QStringList{"this Friday"}
        << QList<QDate>{d(2026, 1, 16)} << QList<QDate>{d(2026, 1, 16)};
    QTest::newRow("two separate years joined by and stay separate")
        << "Teasers appeared in 2022 and 2023." << june3 << QStringList{"2022", "2023"}
        << QList<QDate>{d(2022, 1, 1), d(2023, 1, 1)}
        << QList<QDate>{d(2022, 12, 31), d(2023, 12, 31)};
}

void ReleaseWindowTest::findAll()
{
    QFETCH(QString, text);
    QFETCH(QDate, reference);
    QFETCH(QStringList, phrases);
    QFETCH(QList<QDate>, earliest);
    QFETCH(QList<QDate>, latest);

    const QList<ReleaseWindowParser::Match> matches = ReleaseWindowParser::findAll(text, reference);
    QStringList found;
    for (const auto &m : matches)
        found << text.mid(m.offset, m.length);
    QCOMPARE(found, phrases);
    for (qsizetype i = 0; i < matches.size(); ++i) {
        QCOMPARE(matches[i].window.wording, phrases[i]);
        QCOMPARE(matches[i].window.earliest, earliest[i]);
        QCOMPARE(matches[i].window.latest, latest[i]);
    }
}

void ReleaseWindowTest::findAllMatchesAreOrderedAndDisjoint()
{
    QString text;
    for (int i = 0; i < 50; ++i)
        text += QStringLiteral("Late 2025 or early 2026; mid-2025, Q3 2025 and October 2025. "
                               "Within the next few months, the 28th of January 2022. ");
    const auto matches = ReleaseWindowParser::findAll(text, june3);
    QCOMPARE(matches.size(), 50 * 6);
    qsizetype end = 0;
    for (const auto &m : matches) {
        QVERIFY(m.offset >= end);
        QVERIFY(m.length > 0);
        QVERIFY(m.window.isValid());
        end = m.offset + m.length;
    }
    QCOMPARE(matches.first().window.wording, QStringLiteral("Late 2025 or early 2026"));
    QCOMPARE(matches.last().window.wording, QStringLiteral("the 28th of January 2022"));
}

// Issue 12: "winter" before a number too long for an int read past the end of the tokens.
void ReleaseWindowTest::overflowingNumbersAreNoYear_data()
{
    QTest::addColumn<QString>("phrase");
    QFile file(
        QStringLiteral(CLIFFHANGER_FIXTURES "/regressions/release-window-overflowing-numbers.txt"));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    int rows = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        QTest::newRow(qPrintable(line)) << line;
        ++rows;
    }
    QVERIFY(rows >= 5);
}

void ReleaseWindowTest::overflowingNumbersAreNoYear()
{
    QFETCH(QString, phrase);
    for (const QDate reference : {june3, QDate()}) {
        const auto parsed = ReleaseWindowParser::parse(phrase, reference);
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->wording : QString()));
    }
    QCOMPARE(ReleaseWindowParser::findAll(phrase, june3).size(), 0);
    QCOMPARE(ReleaseWindowParser::findAll(phrase).size(), 0);
}

void ReleaseWindowTest::overflowingNumberNextToARealWindow()
{
    const QString text = QStringLiteral("It returns in winter 2025-26, not in winter 44444444444.");
    const auto matches = ReleaseWindowParser::findAll(text, june3);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().window.wording, QStringLiteral("winter 2025-26"));
    QCOMPARE(matches.first().window.earliest, d(2025, 12, 1));
    QCOMPARE(matches.first().window.latest, d(2026, 2, 28));
}

// QDate has no year 0: "next year" read in 1 BC used to dereference an empty interval.
void ReleaseWindowTest::relativeYearWithoutAYearZero()
{
    const QDate lastYearBC(-1, 6, 1);
    QVERIFY(lastYearBC.isValid());
    for (const char *phrase : {"next year", "early next year"}) {
        const auto parsed = ReleaseWindowParser::parse(QString::fromLatin1(phrase), lastYearBC);
        QVERIFY2(!parsed, phrase);
    }
    QVERIFY(ReleaseWindowParser::parse(QStringLiteral("this year"), lastYearBC));
}

QTEST_APPLESS_MAIN(ReleaseWindowTest)

#include "tst_releasewindow.moc"
