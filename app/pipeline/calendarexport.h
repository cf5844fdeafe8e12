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

// wideWindows: windows wider than a month become TENTATIVE blocks (ICalendar::eventFor).
std::optional<Result> build(Database &db, const QDateTime &now, bool confirmedOnly, QString *error,
                            bool wideWindows = false);
// build() written to `path` whole or not at all (QSaveFile): a calendar app never reads half a
// file, and a failed write leaves the old file as it was. The error names the path.
std::optional<Result> writeFile(Database &db, const QString &path, const QDateTime &now,
                                bool confirmedOnly, QString *error, bool wideWindows = false);

// The calendar file kept up to date for calendar apps that subscribe to it (the reminder
// setting calendar-file), rewritten after every sync, as `export-ics` writes it.
struct KeptFile {
    QString path; // empty: none is kept, nothing was written
    int events = 0;
    QString error; // the write failed (the file is as it was); the sync's data is not touched
};
KeptFile refreshKeptFile(Database &db, const QDateTime &now);

} // namespace CalendarExport
