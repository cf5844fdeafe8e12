#include "pipeline/calendarexport.h"

#include "outlook/icalendar.h"
#include "pipeline/watching.h"
#include "storage/calendarstore.h"
#include "storage/reminderstore.h"
#include "storage/watchlist.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSet>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
};

} // namespace

namespace CalendarExport {

std::optional<Result> build(Database &db, const QDateTime &now, bool confirmedOnly, QString *error,
                            bool wideWindows)
{
    QString listError;
    const QList<Follow> follows = Watchlist(db).follows(&listError);
    if (!listError.isEmpty()) {
        *error = listError;
        return std::nullopt;
    }
    // The alarms follow the reminder rules, so the calendar tells what the app would.
    QString settingsError;
    const ReminderSettings reminders = ReminderStore(db).settings(&settingsError);
    if (!settingsError.isEmpty()) {
        *error = settingsError;
        return std::nullopt;
    }
    Result result;
    QList<CalendarEvent> events;
    QSet<QString> seen;
    for (const Follow &f : follows) {
        const auto state = Watching::load(db, f.showId, now.date(), error);
        if (!state)
            return std::nullopt;
        for (int i = 0; i < state->show.seasons.size(); ++i) {
            const int number = state->show.seasons[i].number;
            if (f.season != 0 && f.season != number)
                continue;
            const std::optional<SeasonRelease> &release = state->releases[i];
            const auto event = release ? ICalendar::eventFor(state->show.title, f.showId, number,
                                                             *release, reminders, wideWindows)
                                       : std::nullopt;
            if (!event || (confirmedOnly && !event->confirmed)) {
                ++result.skipped;
                continue;
            }
            if (seen.contains(event->uid))
                continue; // the show and one of its seasons both followed
            seen.insert(event->uid);
            events << *event;
        }
    }
    QList<CalendarSlot> entries;
    for (const CalendarEvent &e : events)
        entries << CalendarSlot{e.uid, e.start.toString(QStringLiteral("yyyyMMdd")),
                                e.end.toString(QStringLiteral("yyyyMMdd")),
                                e.confirmed ? QStringLiteral("CONFIRMED")
                                            : QStringLiteral("TENTATIVE")};
    QHash<QString, int> sequences;
    if (!CalendarStore(db).record(entries, &sequences, error))
        return std::nullopt;
    for (CalendarEvent &e : events)
        e.sequence = sequences.value(e.uid);
    result.events = int(events.size());
    result.ics = ICalendar::write(events, now);
    return result;
}

std::optional<Result> writeFile(Database &db, const QString &path, const QDateTime &now,
                                bool confirmedOnly, QString *error, bool wideWindows)
{
    auto result = build(db, now, confirmedOnly, error, wideWindows);
    if (!result)
        return std::nullopt;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result->ics) != result->ics.size() ||
        !file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return result;
}

KeptFile refreshKeptFile(Database &db, const QDateTime &now)
{
    KeptFile kept;
    QString error;
    kept.path = ReminderStore(db).settings(&error).calendarFile;
    if (!error.isEmpty()) {
        kept.error = error;
        return kept;
    }
    if (kept.path.isEmpty())
        return kept;
    const auto result = writeFile(db, kept.path, now, false, &error);
    if (!result)
        kept.error = Tr::tr("The calendar file was not updated: %1").arg(error);
    else
        kept.events = result->events;
    return kept;
}

} // namespace CalendarExport
