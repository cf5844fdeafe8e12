#pragma once

#include "outlook/seasonrelease.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

// A season release slot as an all-day iCalendar event (RFC 5545), pure: no clock, no storage.
struct CalendarEvent {
    QString uid;    // stable per show and season: the same slot in every export
    QDate start;    // DTSTART;VALUE=DATE
    QDate end;      // DTEND, exclusive: the day after for a one-day event
    bool confirmed; // STATUS:CONFIRMED, else TENTATIVE
    QString summary;
    QString description;
    int sequence = 0;
};

namespace ICalendar {

// The slot's UID: "<title as a slug>-s<season>-release@cliffhanger" ("show-<id>" when the title
// has no letters or digits in ASCII).
QString uidFor(const QString &showTitle, qint64 showId, int season);
// The event for a release, or none for a window the calendar must not pin to a day: only an
// exact day (CONFIRMED when official) and a month window (a TENTATIVE marker on its first day,
// titled as the earliest possible date) become events.
std::optional<CalendarEvent> eventFor(const QString &showTitle, qint64 showId, int season,
                                      const SeasonRelease &release);
// VCALENDAR text: CRLF line ends, lines folded at 75 octets, DTSTAMP = `stamp` in UTC.
QByteArray write(const QList<CalendarEvent> &events, const QDateTime &stamp);
// One content line folded at 75 octets (never inside a UTF-8 sequence), CRLF ended.
QByteArray foldLine(const QByteArray &line);
// TEXT escaping: backslash, semicolon, comma and line breaks escaped; CR and the other control
// characters but HTAB dropped (RFC 5545 TEXT has none).
QString escapeText(const QString &text);

} // namespace ICalendar
