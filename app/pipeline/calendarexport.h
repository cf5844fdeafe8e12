#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

class Database;

// The followed seasons' release slots as one iCalendar file (ICalendar::eventFor decides which
// releases become events). Each slot's SEQUENCE is kept in the database and raised when its
// dates or status moved since the last export.
namespace CalendarExport {

struct Result {
    QByteArray ics;
    int events = 0;
    int skipped = 0; // followed seasons whose release is too vague (or unknown) for a calendar
};

std::optional<Result> build(Database &db, const QDateTime &now, bool confirmedOnly, QString *error);

} // namespace CalendarExport
