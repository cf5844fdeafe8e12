#pragma once

#include "outlook/reminderrules.h"
#include "outlook/seasonoutlook.h"
#include "storage/reminderstore.h"

#include <QDateTime>
#include <QTimeZone>
#include <functional>
#include <optional>

class Database;

// The watchlist's engine for the app and the CLI: following, and the reminders due at a moment.
// The clock and the user's zone are always passed in, so tests run on a simulated clock.
namespace Watching {

// A show as the watchlist needs it: seasons, claims and each season's outlook and release.
struct ShowState {
    qint64 showId = 0;
    Show show;
    QList<ClaimRecord> claims;
    QList<SeasonOutlook> outlooks;                // by index of show.seasons
    QList<std::optional<SeasonRelease>> releases; // the same
};

// `today` is the day release windows are judged on: a missed one no longer shapes the outlook.
std::optional<ShowState> load(Database &db, qint64 showId, const QDate &today, QString *error);
// The same against a context read once for many shows (loadOutlookContext).
std::optional<ShowState> load(Database &db, qint64 showId, const OutlookContext &context,
                              QString *error);
SeasonFacts factsOf(const ShowState &state, int seasonIndex);
// Index of season `number` in state.show.seasons, or -1.
int seasonIndex(const ShowState &state, int number);

// Follows a show (season 0) or one season; the baseline of what is known now is written with
// it, so only what changes afterwards is reminded of. *added is false if it was followed.
bool follow(Database &db, qint64 showId, int season, const QDateTime &now, bool *added,
            QString *error);
bool unfollow(Database &db, qint64 showId, int season, bool *removed, QString *error);

// A season's regular episodes (specials are apart), lowest number first.
QList<int> regularEpisodeNumbers(const Season &season);
// The episodes a "watched" mark covers: one (`episode`), those up to one (`upTo`), or, with
// neither, the whole season. The CLI's `watched` and the Episodes tab both use it.
QList<int> episodesToMark(const Season &season, std::optional<int> episode,
                          std::optional<int> upTo);
// Marks them watched (or not) for show `showId`; an unknown season is an error.
bool setWatched(Database &db, qint64 showId, int season, std::optional<int> episode,
                std::optional<int> upTo, bool watched, const QDateTime &at, QString *error);

struct Filter {
    std::optional<qint64> showId;
    std::optional<int> season;
};

// What is due at `at` and not delivered yet, for every followed season (or those in `filter`),
// in due order. Reads only: nothing is marked.
// `context`, when given and read for the user's day at `at`, is used instead of reading it again.
QList<Reminder> due(Database &db, const QDateTime &at, const QTimeZone &zone, const Filter &filter,
                    QString *error, const OutlookContext *context = nullptr);
// Delivers what is due at `at`: marks it, keeps the deadlines still ahead and moves the
// baselines, in one transaction (ReminderStore::deliver). Returns what was delivered.
std::optional<QList<Reminder>> deliver(Database &db, const QDateTime &at, const QTimeZone &zone,
                                       QString *error,
                                       const std::function<bool()> &beforeCommit = {});

} // namespace Watching
