// The iCalendar writer, pure: which releases become events, folding, escaping, line ends.
// (tools/check-ics.py reads a real export back with a real parser, python3-icalendar.)

#include "outlook/icalendar.h"

#include <QtTest>

namespace {

SeasonRelease release(const QDate &earliest, const QDate &latest, DatePrecision precision,
                      SeasonRelease::Basis basis = SeasonRelease::Basis::Outlook)
{
    SeasonRelease r;
    r.window = ReleaseWindow{earliest, latest, precision, {}};
    r.basis = basis;
    return r;
}

} // namespace

class ICalendarTest : public QObject {
    Q_OBJECT

private slots:
    void anExactDayIsAnAllDayEvent()
    {
        const auto e =
            ICalendar::eventFor(QStringLiteral("Hollow Tide"), 4, 2,
                                release(QDate(2031, 10, 16), QDate(2031, 10, 16),
                                        DatePrecision::Day, SeasonRelease::Basis::FirstEpisode));
        QVERIFY(e);
        QCOMPARE(e->uid, QStringLiteral("hollow-tide-s2-release@cliffhanger"));
        QCOMPARE(e->start, QDate(2031, 10, 16));
        QCOMPARE(e->end, QDate(2031, 10, 17));
        QVERIFY(e->confirmed);
        QVERIFY(e->description.contains(QStringLiteral("Precision: day")));
        QVERIFY(e->description.contains(QStringLiteral("Tier: official")));
    }

    void aRumouredDayIsTentative()
    {
        const auto e = ICalendar::eventFor(
            QStringLiteral("Hollow Tide"), 4, 2,
            release(QDate(2031, 10, 16), QDate(2031, 10, 16), DatePrecision::Day));
        QVERIFY(e);
        QVERIFY(!e->confirmed);
    }

    void aMonthIsAMarkerOnItsFirstDay()
    {
        const auto e = ICalendar::eventFor(
            QStringLiteral("Hollow Tide"), 4, 3,
            release(QDate(2032, 3, 1), QDate(2032, 3, 31), DatePrecision::Month));
        QVERIFY(e);
        QCOMPARE(e->start, QDate(2032, 3, 1));
        QCOMPARE(e->end, QDate(2032, 3, 2));
        QVERIFY(!e->confirmed);
        QVERIFY2(e->summary.contains(QStringLiteral("1 March 2032 at the earliest")),
                 qPrintable(e->summary));
    }

    void widerWindowsAreNoEvent_data()
    {
        QTest::addColumn<int>("precision");
        QTest::addColumn<QDate>("earliest");
        QTest::addColumn<QDate>("latest");
        QTest::newRow("year") << int(DatePrecision::Year) << QDate(2032, 1, 1)
                              << QDate(2032, 12, 31);
        QTest::newRow("part of year")
            << int(DatePrecision::PartOfYear) << QDate(2026, 9, 1) << QDate(2027, 4, 30);
        QTest::newRow("quarter") << int(DatePrecision::Quarter) << QDate(2032, 1, 1)
                                 << QDate(2032, 3, 31);
        QTest::newRow("two months called a month")
            << int(DatePrecision::Month) << QDate(2032, 3, 1) << QDate(2032, 4, 30);
    }
    void widerWindowsAreNoEvent()
    {
        QFETCH(int, precision);
        QFETCH(QDate, earliest);
        QFETCH(QDate, latest);
        QVERIFY(!ICalendar::eventFor(QStringLiteral("Hollow Tide"), 4, 3,
                                     release(earliest, latest, DatePrecision(precision))));
    }

    void uidsAreStableSlugs()
    {
        QCOMPARE(ICalendar::uidFor(QStringLiteral("All of Us Are Dead"), 1, 2),
                 QStringLiteral("all-of-us-are-dead-s2-release@cliffhanger"));
        QCOMPARE(ICalendar::uidFor(QStringLiteral("지금 우리 학교는"), 7, 1),
                 QStringLiteral("show-7-s1-release@cliffhanger"));
    }

    void linesAreFoldedAt75OctetsNeverInsideACharacter()
    {
        const QByteArray line =
            "SUMMARY:" + QStringLiteral("지금 우리 학교는 ").repeated(12).toUtf8();
        const QByteArray folded = ICalendar::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> parts = folded.chopped(2).split('\n');
        QVERIFY(parts.size() > 2);
        QByteArray unfolded;
        for (int i = 0; i < parts.size(); ++i) {
            QByteArray part = parts[i];
            if (i + 1 < parts.size()) {
                QVERIFY(part.endsWith('\r'));
                part.chop(1);
            }
            QVERIFY2(part.size() <= 75, part.constData());
            if (i > 0) {
                QVERIFY(part.startsWith(' '));
                part = part.mid(1);
            }
            // Each piece is whole UTF-8 on its own.
            QCOMPARE(QString::fromUtf8(part).toUtf8(), part);
            unfolded += part;
        }
        QCOMPARE(unfolded, line);
        QCOMPARE(ICalendar::foldLine("SHORT"), QByteArray("SHORT\r\n"));
    }

    void textIsEscaped()
    {
        QCOMPARE(ICalendar::escapeText(QStringLiteral("a, b; c\\d\ne")),
                 QStringLiteral("a\\, b\\; c\\\\d\\ne"));
    }

    // RFC 5545 TEXT has no control characters but HTAB: a show title or source name from a feed
    // that carries one (fuzz_icalendar found DEL and U+0001) must not make the file invalid.
    void controlCharactersAreDropped()
    {
        QCOMPARE(ICalendar::escapeText(QStringLiteral("a\u0001b\u007fc\u0000d\u001be\tf")),
                 QStringLiteral("abcde\tf"));
        const QByteArray ics = ICalendar::write(
            {{QStringLiteral("x@cliffhanger"), QDate(2026, 10, 14), QDate(2026, 10, 15), true,
              QStringLiteral("Hollow\u0007 Tide"), QStringLiteral("Tier: offi\u007fcial"), 0}},
            QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
        QVERIFY(ics.contains("SUMMARY:Hollow Tide\r\n"));
        QVERIFY(ics.contains("DESCRIPTION:Tier: official\r\n"));
    }

    void everyLineEndsInCrlf()
    {
        CalendarEvent e{QStringLiteral("x-s1-release@cliffhanger"),
                        QDate(2031, 10, 16),
                        QDate(2031, 10, 17),
                        true,
                        QStringLiteral("X season 1 premieres"),
                        QStringLiteral("Precision: day"),
                        3};
        const QByteArray ics =
            ICalendar::write({e}, QDateTime(QDate(2026, 12, 1), QTime(20, 0), Qt::UTC));
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n"));
        QVERIFY(ics.contains("\r\nDTSTAMP:20261201T200000Z\r\n"));
        QVERIFY(ics.contains("\r\nDTSTART;VALUE=DATE:20311016\r\n"));
        QVERIFY(ics.contains("\r\nDTEND;VALUE=DATE:20311017\r\n"));
        QVERIFY(ics.contains("\r\nSEQUENCE:3\r\n"));
        QVERIFY(ics.contains("\r\nSTATUS:CONFIRMED\r\n"));
    }

    // The reminder rules as alarms: one per "days before" rule at the rules' hour, counted from
    // the start of the release day, and one on the day.
    void anExactDayCarriesTheRulesAsAlarms()
    {
        ReminderSettings rules; // 7 and 1 days before, the day itself, at 09:00
        const auto e = ICalendar::eventFor(
            QStringLiteral("Hollow Tide"), 4, 2,
            release(QDate(2031, 10, 16), QDate(2031, 10, 16), DatePrecision::Day), rules);
        QVERIFY(e);
        QCOMPARE(e->alarms.size(), 3);
        QCOMPARE(e->alarms[0].minutesFromStart, -7 * 24 * 60 + 9 * 60);
        QCOMPARE(e->alarms[0].description, QStringLiteral("Hollow Tide season 2 is out in 7 days"));
        QCOMPARE(e->alarms[1].minutesFromStart, -24 * 60 + 9 * 60);
        QCOMPARE(e->alarms[1].description, QStringLiteral("Hollow Tide season 2 is out tomorrow"));
        QCOMPARE(e->alarms[2].minutesFromStart, 9 * 60);

        rules.daysBefore = {3};
        rules.releaseDay = false;
        rules.hour = 0;
        const auto changed = ICalendar::eventFor(
            QStringLiteral("Hollow Tide"), 4, 2,
            release(QDate(2031, 10, 16), QDate(2031, 10, 16), DatePrecision::Day), rules);
        QCOMPARE(changed->alarms.size(), 1);
        QCOMPARE(changed->alarms[0].minutesFromStart, -3 * 24 * 60);
        const QByteArray ics =
            ICalendar::write({*changed}, QDateTime(QDate(2031, 10, 1), QTime(9, 0), Qt::UTC));
        QVERIFY2(ics.contains("\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Hollow Tide "
                              "season 2 is out in 3 days\r\nTRIGGER:-P3D\r\nEND:VALARM\r\nEND:"
                              "VEVENT\r\n"),
                 ics.constData());
    }

    void aMonthMarkerHasNoAlarm()
    {
        const auto e = ICalendar::eventFor(
            QStringLiteral("Hollow Tide"), 4, 3,
            release(QDate(2032, 3, 1), QDate(2032, 3, 31), DatePrecision::Month),
            ReminderSettings());
        QVERIFY(e);
        QVERIFY(e->alarms.isEmpty());
        QVERIFY(!ICalendar::write({*e}, QDateTime(QDate(2032, 2, 1), QTime(9, 0), Qt::UTC))
                     .contains("VALARM"));
    }

    void triggersAreRfc5545Durations_data()
    {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<QByteArray>("trigger");
        QTest::newRow("a week before at midnight") << qint64(-7 * 1440) << QByteArray("-P7D");
        QTest::newRow("a week before at 09:00")
            << qint64(-7 * 1440 + 540) << QByteArray("-P6DT15H");
        QTest::newRow("the day before at 09:30") << qint64(-1440 + 570) << QByteArray("-PT14H30M");
        QTest::newRow("the day at 09:00") << qint64(540) << QByteArray("PT9H");
        QTest::newRow("the day at midnight") << qint64(0) << QByteArray("PT0S");
        QTest::newRow("a day and a minute") << qint64(1441) << QByteArray("P1DT1M");
    }
    void triggersAreRfc5545Durations()
    {
        QFETCH(qint64, minutes);
        QFETCH(QByteArray, trigger);
        QCOMPARE(ICalendar::triggerValue(minutes), trigger);
    }
};

QTEST_GUILESS_MAIN(ICalendarTest)
#include "tst_icalendar.moc"
