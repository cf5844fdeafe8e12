// The iCalendar writer (icalendar.h) round trip over any show title, summary and description:
// every physical line is CRLF-ended, at most 75 octets and valid UTF-8 (folding never splits a
// character), no control character reaches the file (RFC 5545 TEXT has none), and unfolding
// and unescaping the SUMMARY and DESCRIPTION gives the texts back, less the control characters
// TEXT cannot carry (HTAB and line breaks stay).
// The exact day's event carries the alarms of reminder rules taken from the input: each VALARM
// follows its event's DESCRIPTION with its own DESCRIPTION and a TRIGGER that reads back as the
// alarm's offset.
// Input: fields separated by NUL bytes: title, summary, description, then two bytes of dates,
// then bytes of "days before" rules (the first also picks the hour and the release-day rule).
#include "fuzzcheck.h"
#include "fuzzinput.h"
#include "outlook/icalendar.h"

#include <algorithm>

namespace {

QString unescaped(const QByteArray &value)
{
    const QString text = QString::fromUtf8(value);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text[++i];
            out += next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(u'\n') : next;
        } else {
            out += text[i];
        }
    }
    return out;
}

// The value of the first content line named `name` after `from`, unfolded.
QByteArray valueOf(const QByteArray &unfolded, const QByteArray &name, qsizetype *from)
{
    const qsizetype at = unfolded.indexOf("\r\n" + name + ':', *from);
    FUZZ_CHECK(at >= 0, name.constData());
    const qsizetype begin = at + 2 + name.size() + 1;
    const qsizetype end = unfolded.indexOf("\r\n", begin);
    *from = end;
    return unfolded.mid(begin, end - begin);
}

// A TRIGGER's DURATION ("-P6DT15H", "PT0S") in minutes: what a calendar would read.
qint64 minutesOf(const QByteArray &duration)
{
    const bool negative = duration.startsWith('-');
    const QByteArray body = negative ? duration.mid(1) : duration;
    FUZZ_CHECK(body.startsWith('P') && body.size() > 1, "a DURATION starts with P");
    qint64 minutes = 0;
    qint64 number = 0;
    bool digits = false;
    for (const char c : body.mid(1)) {
        if (c >= '0' && c <= '9') {
            number = number * 10 + (c - '0');
            digits = true;
            continue;
        }
        if (c == 'T')
            continue;
        FUZZ_CHECK(digits, "a DURATION's unit follows a number");
        if (c == 'D')
            minutes += number * 24 * 60;
        else if (c == 'H')
            minutes += number * 60;
        else if (c == 'M')
            minutes += number;
        else
            FUZZ_CHECK(c == 'S' && number == 0, "no seconds in a TRIGGER but PT0S");
        number = 0;
        digits = false;
    }
    FUZZ_CHECK(!digits, "a DURATION ends with a unit");
    return negative ? -minutes : minutes;
}

void checkLines(const QByteArray &ics)
{
    FUZZ_CHECK(ics.endsWith("\r\n"), "the file ends with CRLF");
    qsizetype start = 0;
    while (start < ics.size()) {
        const qsizetype end = ics.indexOf("\r\n", start);
        FUZZ_CHECK(end >= 0, "every line ends with CRLF");
        const QByteArray line = ics.mid(start, end - start);
        FUZZ_CHECK(line.size() <= 75, "a line is at most 75 octets");
        FUZZ_CHECK(FuzzInput::isUtf8(line), "folding never splits a UTF-8 sequence");
        for (const char c : line)
            FUZZ_CHECK((uchar(c) >= 0x20 && uchar(c) != 0x7f) || c == '\t',
                       "no control character in a line");
        start = end + 2;
    }
}

// The text as TEXT can carry it: no control characters but HTAB and the line break.
QString asWritten(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
            (c.unicode() >= 0x20 && c.unicode() != 0x7f))
            out += c;
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QList<QByteArray> fields = FuzzInput::bytes(data, size).split('\0');
    const QString title = QString::fromUtf8(fields.value(0));
    const QByteArray days = fields.value(3);
    const QDate start =
        QDate(2026, 1, 1).addDays(days.isEmpty() ? 0 : uchar(days[0]) * (days.size() > 1 ? 37 : 1));

    QList<CalendarEvent> events;
    CalendarEvent custom;
    custom.uid = ICalendar::uidFor(title, 7, 2);
    custom.start = start;
    custom.end = start.addDays(1);
    custom.confirmed = size % 2;
    custom.summary = QString::fromUtf8(fields.value(1));
    custom.description = QString::fromUtf8(fields.value(2));
    events.append(custom);

    ReminderSettings rules;
    const QByteArray ruleBytes = fields.value(4);
    rules.daysBefore.clear();
    for (const char c : ruleBytes)
        rules.daysBefore << uchar(c) % 40; // 0 is no rule: it gives no alarm
    rules.hour = ruleBytes.isEmpty() ? 9 : uchar(ruleBytes[0]) % 24;
    rules.releaseDay = ruleBytes.size() % 2 == 0;

    SeasonRelease release;
    release.basis = SeasonRelease::Basis::Premiere;
    release.window = {start, start, DatePrecision::Day, QString()};
    const std::optional<CalendarEvent> fromRelease =
        ICalendar::eventFor(title, 7, 2, release, rules);
    FUZZ_CHECK(fromRelease.has_value(), "an exact day is an event");
    FUZZ_CHECK(fromRelease->alarms.size() == std::count_if(rules.daysBefore.begin(),
                                                           rules.daysBefore.end(),
                                                           [](int d) { return d > 0; }) +
                                                 (rules.releaseDay ? 1 : 0),
               "one alarm per rule");
    events.append(*fromRelease);

    const QByteArray ics = ICalendar::write(events, QDateTime(start, QTime(9, 30), Qt::UTC));
    checkLines(ics);
    QByteArray unfolded = "\r\n" + ics;
    unfolded.replace("\r\n ", "");
    qsizetype from = 0;
    for (const CalendarEvent &event : events) {
        FUZZ_CHECK(QString::fromUtf8(valueOf(unfolded, "UID", &from)) == event.uid, "UID");
        FUZZ_CHECK(unescaped(valueOf(unfolded, "SUMMARY", &from)) == asWritten(event.summary),
                   "SUMMARY reads back");
        FUZZ_CHECK(unescaped(valueOf(unfolded, "DESCRIPTION", &from)) ==
                       asWritten(event.description),
                   "DESCRIPTION reads back");
        for (const CalendarAlarm &alarm : event.alarms) {
            FUZZ_CHECK(unescaped(valueOf(unfolded, "DESCRIPTION", &from)) ==
                           asWritten(alarm.description),
                       "an alarm's DESCRIPTION reads back");
            FUZZ_CHECK(minutesOf(valueOf(unfolded, "TRIGGER", &from)) == alarm.minutesFromStart,
                       "an alarm's TRIGGER reads back");
        }
    }
    return 0;
}
