#pragma once

#include "domain/reminder.h"
#include "outlook/seasonrelease.h"

#include <QTimeZone>

// The reminder rules of one followed season, pure: the facts as they are now, what the user
// was last told, the settings and the user's time zone in; the reminders out. Nothing here
// reads a clock: the moment is always passed in.
struct SeasonFacts {
    qint64 showId = 0;
    QString show;
    int season = 0;
    SeasonStatus status = SeasonStatus::Announced;
    std::optional<SeasonRelease> release;
    std::optional<int> episodeCount; // official only
    QStringList confirmedCast;
    // When the ledger learnt each fact (a claim's capture), so a change is never due before it
    // was known; invalid when unknown (then the follow time counts).
    QDateTime releaseKnownAt;
    QDateTime episodesKnownAt;
    QDateTime castKnownAt;
};

namespace ReminderRules {

// Every reminder the rules give for the season, due or not: dated ones with their deadline in
// `zone` (a release date is a local date), changes since `told` due when they were learnt.
QList<Reminder> schedule(const SeasonFacts &facts, const ToldState &told,
                         const ReminderSettings &settings, const QTimeZone &zone);
// The moment a reminder due at `due` may be told: with weekly digests on, the next digest
// moment at or after it; then, when that falls in the quiet hours, the moment they end. Local
// hours in `zone`, so across a DST change the local hour is kept. `due` itself otherwise.
QDateTime heldUntil(const QDateTime &due, const ReminderSettings &settings, const QTimeZone &zone);
// The reminders with their deadlines moved by heldUntil(); a held reminder's expiry moves by
// as much, so it is still current when it is told.
QList<Reminder> held(const QList<Reminder> &scheduled, const ReminderSettings &settings,
                     const QTimeZone &zone);
// The ones due at `at`: deadline reached and not expired.
QList<Reminder> dueAt(const QList<Reminder> &scheduled, const QDateTime &at);
// The baseline after delivering: each fact moves forward unless a reminder about its change is
// still waiting in `pending` (scheduled, not yet due).
ToldState toldAfter(const SeasonFacts &facts, const ToldState &told,
                    const QList<Reminder> &pending);
// The baseline when a season is followed: everything known now counts as told.
ToldState toldAtFollow(const SeasonFacts &facts, const QDateTime &followedAt);
// "7,1" (days 1..365, spaces allowed) or "none" as a "days before" list; nullopt for anything
// else. The CLI's `reminders rules set days-before` and the Settings page read it the same way.
std::optional<QList<int>> parseDaysBefore(const QString &text);
// "2026-10-01..2026-10-31/month", or "none": a window as a key and for storage.
QString windowKey(const std::optional<ReleaseWindow> &window);

} // namespace ReminderRules
