// parseFeedDate: the one function every feed date goes through, table-tested.

#include "feeds/news/feeddates.h"

#include <QTest>

class TestFeedDates : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void resultIsUtc();
};

void TestFeedDates::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // ISO 8601 UTC with milliseconds; empty = invalid
    auto row = [](const char *text, const char *expected) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(expected);
    };
    // RFC 822 / 1123 / 2822
    row("Tue, 03 Jun 2025 09:30:00 GMT", "2025-06-03T09:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 UT", "2025-06-03T09:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 UTC", "2025-06-03T09:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 Z", "2025-06-03T09:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 +0000", "2025-06-03T09:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 -0000", "2025-06-03T09:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 +0900", "2025-06-03T00:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 -0530", "2025-06-03T15:00:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 -05:00", "2025-06-03T14:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 EST", "2025-06-03T14:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 EDT", "2025-06-03T13:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 CST", "2025-06-03T15:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 CDT", "2025-06-03T14:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 MST", "2025-06-03T16:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 MDT", "2025-06-03T15:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 PST", "2025-06-03T17:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 PDT", "2025-06-03T16:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 pdt", "2025-06-03T16:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 KST", "2025-06-03T00:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 GMT+0900", "2025-06-03T00:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 A", "2025-06-03T09:30:00.000Z"); // military: -0000 (RFC 2822)
    row("Tue, 03 Jun 2025 09:30:00 +0000 (UTC)", "2025-06-03T09:30:00.000Z");
    row("Tue, 03 Jun 2025 09:30:00 XYZ", "2025-06-03T09:30:00.000Z"); // unknown zone: UTC
    row("03 Jun 2025 09:30:00 GMT", "2025-06-03T09:30:00.000Z");      // no day of week
    row("3 Jun 2025 09:30:00 GMT", "2025-06-03T09:30:00.000Z");
    row("Tue, 03 Jun 25 09:30:00 GMT", "2025-06-03T09:30:00.000Z"); // two-digit year
    row("Fri, 31 Dec 99 23:59:59 GMT", "1999-12-31T23:59:59.000Z");
    row("Tue, 03 Jun 2025 09:30 GMT", "2025-06-03T09:30:00.000Z"); // no seconds
    row("Tue, 03 Jun 2025 9:30:00 GMT", "2025-06-03T09:30:00.000Z");
    row("Tue,03 Jun 2025 09:30:00 GMT", "2025-06-03T09:30:00.000Z"); // odd spacing
    row("  Tue ,  03  Jun   2025   09:30:00   GMT  ", "2025-06-03T09:30:00.000Z");
    row("Tue, 03 jun 2025 09:30:00 gmt", "2025-06-03T09:30:00.000Z"); // lowercase
    row("Tue, 03 JUN 2025 09:30:00 GMT", "2025-06-03T09:30:00.000Z");
    row("Wed, 03 Sept 2025 10:00:00 GMT", "2025-09-03T10:00:00.000Z"); // "Sept"
    row("Thursday, 04 September 2025 10:00:00 GMT", "2025-09-04T10:00:00.000Z");
    row("Tue, 03 Jun 2025", "2025-06-03T00:00:00.000Z");                // no time
    row("Tue, 03 Jun 2025 09:30:00", "2025-06-03T09:30:00.000Z");       // no zone: UTC
    row("Tuesday, 03-Jun-25 09:30:00 GMT", "2025-06-03T09:30:00.000Z"); // RFC 850
    row("Tue Jun  3 09:30:00 2025", "2025-06-03T09:30:00.000Z");        // asctime
    row("June 3, 2025 09:30 PDT", "2025-06-03T16:30:00.000Z");          // month first
    row("Sat, 01 Jan 2000 00:30:00 +0100", "1999-12-31T23:30:00.000Z"); // crosses the year
    row("Thu, 29 Feb 2024 12:00:00 GMT", "2024-02-29T12:00:00.000Z");   // leap day
    // ISO 8601 / RFC 3339 / W3CDTF
    row("2025-06-03T09:30:00Z", "2025-06-03T09:30:00.000Z");
    row("2025-06-03t09:30:00z", "2025-06-03T09:30:00.000Z");
    row("2025-06-03T09:30:00+09:00", "2025-06-03T00:30:00.000Z");
    row("2025-06-03T09:30:00-0500", "2025-06-03T14:30:00.000Z");
    row("2025-06-03T09:30:00+09", "2025-06-03T00:30:00.000Z");
    row("2025-06-03T09:30:00.5Z", "2025-06-03T09:30:00.500Z");
    row("2025-06-03T09:30:00.123456789+00:00", "2025-06-03T09:30:00.123Z");
    row("2025-06-03T09:30Z", "2025-06-03T09:30:00.000Z");
    row("2025-06-03T09:30:00", "2025-06-03T09:30:00.000Z"); // no zone: UTC
    row("2025-06-03 09:30:00", "2025-06-03T09:30:00.000Z");
    row("2025-06-03 09:30:00 GMT", "2025-06-03T09:30:00.000Z");
    row("2025-06-03", "2025-06-03T00:00:00.000Z");
    row("2025-06", "2025-06-01T00:00:00.000Z");
    row("2025", "2025-01-01T00:00:00.000Z");
    row("20250603", "2025-06-03T00:00:00.000Z");
    row("2025-06-03T24:00:00Z", "2025-06-04T00:00:00.000Z");
    row("2016-12-31T23:59:60Z", "2016-12-31T23:59:59.000Z"); // leap second, clamped
    // garbage
    row("", "");
    row("   ", "");
    row("not a date", "");
    row("yesterday", "");
    row("Tue, 32 Jun 2025 09:30:00 GMT", "");
    row("Tue, 31 Jun 2025 09:30:00 GMT", "");
    row("Fri, 29 Feb 2025 12:00:00 GMT", "");
    row("Tue, 03 Foo 2025 09:30:00 GMT", "");
    row("Tue, 03 Junk 2025 09:30:00 GMT", "");
    row("Tue, 03 Jun 2025 25:30:00 GMT", "");
    row("Tue, 03 Jun 2025 09:61:00 GMT", "");
    row("Tue, 03 Jun 2025 09:30:00 +2500", "");
    row("Tue, 03 Jun 2025 09:30:00 GMT trailing", "");
    row("2025-13-01", "");
    row("2025-06-31", "");
    row("2025-6-3", "");
    row("2025-06-03T9", "");
    row("2025-06-03X09:30:00Z", "");
    row("2025-06-03T09:30:00+", "");
    row("12:00:00", "");
    row("03 Jun", "");
}

void TestFeedDates::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QDateTime parsed = parseFeedDate(text);
    if (expected.isEmpty()) {
        QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODateWithMs)));
        return;
    }
    QVERIFY(parsed.isValid());
    QCOMPARE(parsed.toString(Qt::ISODateWithMs), expected);
}

void TestFeedDates::resultIsUtc()
{
    const QDateTime parsed = parseFeedDate(u"Tue, 03 Jun 2025 09:30:00 +0900");
    QCOMPARE(parsed.timeSpec(), Qt::UTC);
    QCOMPARE(parsed.toSecsSinceEpoch(), qint64(1748910600));
}

QTEST_GUILESS_MAIN(TestFeedDates)
#include "tst_feeddates.moc"
