#pragma once

#include "domain/reminder.h"
#include "outlook/seasonrelease.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

// A VALARM of an event: ACTION:DISPLAY at `fromStart` (negative: before DTSTART, the start of
// the release day in the calendar's local time).
struct CalendarAlarm {
    qint64 minutesFromStart = 0;
    QString description;
};

// A season release slot as an all-day iCalendar event (RFC 5545), pure: no clock, no storage.
struct CalendarEvent {
    QString uid;    // stable per show and season: the same slot in every export
    QDate start;    // DTSTART;VALUE=DATE
    QDate end;      // DTEND, exclusive: the day after for a one-day event
    bool confirmed; // STATUS:CONFIRMED, else TENTATIVE
    QString summary;
    QString description;
    int sequence = 0;
    QList<CalendarAlarm> alarms; // only on an event exact to the day
};

namespace ICalendar {

// The slot's UID: "<title as a slug>-s<season>-release@cliffhanger" ("show-<id>" when the title
// has no letters or digits in ASCII).
QString uidFor(const QString &showTitle, qint64 showId, int season);
// The event for a release, or none for a window the calendar must not pin to a day: only an
// exact day (CONFIRMED when official) and a month window (a TENTATIVE marker on its first day,
// titled as the earliest possible date) become events.
// With `reminders`, an event exact to the day carries the alarms those rules give (alarmsFor);
// a month marker never does: its day is no release date.
// With `wideWindows` (opted in), a wider window ("late 2026 – early 2027") becomes a TENTATIVE
// block over all its days, titled as a window, with no alarm; never a single made-up day.
std::optional<CalendarEvent> eventFor(const QString &showTitle, qint64 showId, int season,
                                      const SeasonRelease &release,
                                      const std::optional<ReminderSettings> &reminders = {},
                                      bool wideWindows = false);
// The alarms of the reminder rules for a release day, as the app would tell them: one per "days
// before" rule and one on the day when the release-day rule is on, each at the rules' hour.
// Quiet hours and the weekly digest hold the app's own notifications, not a calendar's alarms.
QList<CalendarAlarm> alarmsFor(const ReminderSettings &reminders, const QString &name);
// An RFC 5545 DURATION for TRIGGER: "-P7D", "-P6DT15H", "PT9H", "PT0S".
QByteArray triggerValue(qint64 minutesFromStart);
// VCALENDAR text: CRLF line ends, lines folded at 75 octets, DTSTAMP = `stamp` in UTC.
QByteArray write(const QList<CalendarEvent> &events, const QDateTime &stamp);
// One content line folded at 75 octets (never inside a UTF-8 sequence), CRLF ended.
QByteArray foldLine(const QByteArray &line);
// TEXT escaping: backslash, semicolon, comma and line breaks escaped; CR and the other control
// characters but HTAB dropped (RFC 5545 TEXT has none).
QString escapeText(const QString &text);

} // namespace ICalendar
