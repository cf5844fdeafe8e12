#include "outlook/icalendar.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cstdlib>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ICalendar)
};

// An alarm says what the app's reminder would: the same words, already translated.
struct ReminderTr {
    Q_DECLARE_TR_FUNCTIONS(Reminders)
};

QByteArray dateValue(const QDate &d)
{
    return d.toString(QStringLiteral("yyyyMMdd")).toLatin1();
}

bool isWholeMonth(const ReleaseWindow &w)
{
    return w.precision == DatePrecision::Month && w.earliest.day() == 1 &&
           w.latest == w.earliest.addMonths(1).addDays(-1);
}

QString tierText(const SeasonRelease &r)
{
    if (r.basis != SeasonRelease::Basis::Outlook)
        return QStringLiteral("official");
    return r.claim ? wireName(r.claim->claim.tier) : QStringLiteral("unknown");
}

QString description(const SeasonRelease &r)
{
    QStringList lines;
    lines << Tr::tr("Precision: %1 (%2)").arg(precisionName(r.window.precision), r.window.label());
    lines << Tr::tr("Tier: %1").arg(tierText(r));
    lines << Tr::tr("Basis: %1").arg(SeasonReleases::basisName(r.basis));
    if (r.claim) {
        lines << Tr::tr("Source: %1").arg(r.claim->source.title);
        if (!r.claim->source.url.isEmpty())
            lines << Tr::tr("Source URL: %1").arg(r.claim->source.url);
    }
    return lines.join(QLatin1Char('\n'));
}

// RFC 5545 TEXT allows no control character but HTAB (and a line break, escaped as "\\n"): a CR
// or a stray control from a feed's title is dropped rather than written into an invalid file.
bool isTextChar(QChar c)
{
    return c == QLatin1Char('\t') || (c.unicode() >= 0x20 && c.unicode() != 0x7f);
}

} // namespace

namespace ICalendar {

QString uidFor(const QString &showTitle, qint64 showId, int season)
{
    QString slug;
    for (const QChar c : showTitle.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("show-%1").arg(showId);
    return QStringLiteral("%1-s%2-release@cliffhanger").arg(slug).arg(season);
}

QList<CalendarAlarm> alarmsFor(const ReminderSettings &reminders, const QString &name)
{
    constexpr qint64 day = 24 * 60;
    const qint64 atHour = qint64(reminders.hour) * 60;
    QList<int> daysBefore = reminders.daysBefore;
    std::sort(daysBefore.begin(), daysBefore.end(), std::greater<int>());
    QList<CalendarAlarm> alarms;
    for (int days : daysBefore) {
        if (days <= 0)
            continue;
        alarms << CalendarAlarm{-days * day + atHour,
                                days == 1
                                    ? ReminderTr::tr("%1 is out tomorrow").arg(name)
                                    : ReminderTr::tr("%1 is out in %2 days").arg(name).arg(days)};
    }
    if (reminders.releaseDay)
        alarms << CalendarAlarm{atHour, ReminderTr::tr("%1 is out today").arg(name)};
    return alarms;
}

QByteArray triggerValue(qint64 minutesFromStart)
{
    QByteArray out = minutesFromStart < 0 ? "-P" : "P";
    qint64 left = std::abs(minutesFromStart);
    const qint64 days = left / (24 * 60);
    left %= 24 * 60;
    if (days > 0)
        out += QByteArray::number(days) + 'D';
    if (left > 0 || days == 0) {
        out += 'T';
        if (left / 60 > 0)
            out += QByteArray::number(left / 60) + 'H';
        if (left % 60 > 0)
            out += QByteArray::number(left % 60) + 'M';
        if (left == 0)
            out += "0S";
    }
    return out;
}

std::optional<CalendarEvent> eventFor(const QString &showTitle, qint64 showId, int season,
                                      const SeasonRelease &release,
                                      const std::optional<ReminderSettings> &reminders,
                                      bool wideWindows)
{
    CalendarEvent e;
    e.uid = uidFor(showTitle, showId, season);
    e.description = description(release);
    const QString name = Tr::tr("%1 season %2").arg(showTitle).arg(season);
    if (release.isExactDay()) {
        e.start = release.day();
        e.end = e.start.addDays(1);
        e.confirmed = release.isOfficial();
        e.summary = Tr::tr("%1 premieres").arg(name);
        if (reminders)
            e.alarms = alarmsFor(*reminders, name);
        return e;
    }
    if (isWholeMonth(release.window)) {
        // A marker, not a date: the first day is only the earliest the season can come.
        e.start = release.window.earliest;
        e.end = e.start.addDays(1);
        e.confirmed = false;
        e.summary = Tr::tr("%1: %2 at the earliest (expected %3)")
                        .arg(name, QLocale::c().toString(e.start, QStringLiteral("d MMMM yyyy")),
                             release.window.label());
        return e;
    }
    const ReleaseWindow &w = release.window;
    if (wideWindows && w.earliest.isValid() && w.latest.isValid() && w.earliest < w.latest) {
        // Every day the season may come, as one block: the calendar shows the span, not a day.
        e.start = w.earliest;
        e.end = w.latest.addDays(1);
        e.confirmed = false;
        e.summary = Tr::tr("%1: expected %2 (a window, not a date)").arg(name, w.label());
        return e;
    }
    return std::nullopt;
}

QString escapeText(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (isTextChar(c))
            out += c;
    }
    return out;
}

QByteArray foldLine(const QByteArray &line)
{
    QByteArray out;
    int lineOctets = 0;
    int i = 0;
    while (i < line.size()) {
        // A whole UTF-8 sequence at a time: a lead byte and its continuation bytes.
        int length = 1;
        while (i + length < line.size() && (uchar(line[i + length]) & 0xC0) == 0x80)
            ++length;
        if (lineOctets + length > 75) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out += line.mid(i, length);
        lineOctets += length;
        i += length;
    }
    return out + "\r\n";
}

QByteArray write(const QList<CalendarEvent> &events, const QDateTime &stamp)
{
    const QByteArray dtstamp =
        stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    QByteArray out;
    auto line = [&out](const QByteArray &text) { out += foldLine(text); };
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Cliffhanger//Season releases//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for (const CalendarEvent &e : events) {
        line("BEGIN:VEVENT");
        line("UID:" + e.uid.toUtf8());
        line("DTSTAMP:" + dtstamp);
        line("DTSTART;VALUE=DATE:" + dateValue(e.start));
        line("DTEND;VALUE=DATE:" + dateValue(e.end));
        line("SEQUENCE:" + QByteArray::number(e.sequence));
        line(e.confirmed ? "STATUS:CONFIRMED" : "STATUS:TENTATIVE");
        line("TRANSP:TRANSPARENT");
        line("SUMMARY:" + escapeText(e.summary).toUtf8());
        line("DESCRIPTION:" + escapeText(e.description).toUtf8());
        for (const CalendarAlarm &a : e.alarms) {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line("DESCRIPTION:" + escapeText(a.description).toUtf8());
            line("TRIGGER:" + triggerValue(a.minutesFromStart));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    return out;
}

} // namespace ICalendar
