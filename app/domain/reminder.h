#pragma once

#include "domain/releasewindow.h"
#include "domain/vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

// Value types of the watchlist's reminders, shared by the pure rules (outlook) and the store.

// What the user was last told about one followed season: the baseline a change is measured
// from. Set when the season is followed and moved forward when a reminder about it is delivered.
struct ToldState {
    bool known = false; // false: the season did not exist yet (a new season of a followed show)
    SeasonStatus status = SeasonStatus::Announced;
    std::optional<ReleaseWindow> release;
    std::optional<int> episodeCount; // the official count, when there was one
    QStringList confirmedCast;       // actors whose return was confirmed, as named then
    QDateTime followedAt;            // nothing dated before it is reminded of
};

// The user's reminder rules (the CLI's `reminders rules`, the app's Settings).
struct ReminderSettings {
    bool releaseDay = true;
    QList<int> daysBefore{7, 1}; // only once the release is exact to the day
    bool windowChanges = true;
    bool confirmations = true; // episode count, cast
    bool renewals = true;      // renewed, cancelled
    int hour = 9;              // local hour at which a dated reminder falls due
    // Instead of single notifications, one digest a week: every reminder is held until
    // `hour` o'clock local time on `digestDay` (1 Monday .. 7 Sunday).
    bool weeklyDigest = false;
    int digestDay = 1;
    // Quiet hours, local: from quietStart o'clock to quietEnd o'clock (over midnight when
    // start > end); a reminder due in them is held until they end. -1 (or start == end): none.
    int quietStart = -1;
    int quietEnd = -1;
    // An absolute path rewritten with the calendar export after every sync, for calendar apps
    // that subscribe to a file; empty: none.
    QString calendarFile;
    bool hasQuietHours() const
    {
        return quietStart >= 0 && quietEnd >= 0 && quietStart != quietEnd;
    }
};

struct Reminder {
    qint64 showId = 0;
    QString show;
    int season = 0;
    QString kind; // release_day, days_before, window_changed, window_narrowed,
                  // episodes_confirmed, cast_confirmed, renewed, cancelled
    QString key;  // unique within the season: delivering it twice is impossible
    QString title;
    QString body;
    QDateTime dueAt;       // UTC
    QDateTime expiresAt;   // UTC; invalid: never. "In 7 days" is stale once the day has come.
    QDateTime deliveredAt; // UTC; only for reminders read back from the delivered list
};

Q_DECLARE_METATYPE(Reminder)
Q_DECLARE_METATYPE(ReminderSettings)
