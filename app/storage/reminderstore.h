#pragma once

#include "domain/reminder.h"

#include <QHash>
#include <QSet>
#include <functional>
#include <optional>

class Database;

// One followed season's delivery: the reminders due now, the ones still ahead (their
// deadlines, kept for the app's wall-clock check), and the baseline after these are told.
struct SeasonDelivery {
    qint64 showId = 0;
    int season = 0;
    QList<Reminder> due;
    QList<Reminder> pending;
    ToldState told;
};

// Reminder baselines, deadlines, delivered keys and the rule settings.
class ReminderStore {
public:
    explicit ReminderStore(Database &db) : m_db(db) {}

    std::optional<ToldState> told(qint64 showId, int season, QString *error = nullptr);
    // Writes the baselines of a newly followed show or season; the caller holds the
    // transaction that also writes the follow.
    bool saveTold(qint64 showId, const QHash<int, ToldState> &bySeason, QString *error);
    // Forgets the baselines and waiting deadlines of seasons no longer followed at all.
    bool forgetUnfollowed(QString *error);
    QSet<QString> deliveredKeys(qint64 showId, int season, QString *error = nullptr);

    // Marks every due reminder delivered, replaces each season's waiting deadlines and moves
    // its baseline, all in one transaction: a crash before the commit leaves everything to be
    // delivered again, after it nothing is delivered twice. A key already delivered (by another
    // process meanwhile) is skipped. Returns what this call delivered, in due order.
    // `beforeCommit` (tests) may return false to abandon the transaction as a crash would.
    std::optional<QList<Reminder>> deliver(const QList<SeasonDelivery> &seasons,
                                           const QDateTime &at, QString *error,
                                           const std::function<bool()> &beforeCommit = {});
    // The earliest waiting deadline: when the app's coarse check next has something to do.
    std::optional<QDateTime> nextDeadline(QString *error = nullptr);
    // The delivered reminders, newest delivery first (at most `limit`), with the show's title:
    // the app's list of every reminder it told.
    QList<Reminder> deliveredList(int limit, QString *error = nullptr);

    ReminderSettings settings(QString *error = nullptr);
    bool saveSettings(const ReminderSettings &settings, QString *error);

private:
    Database &m_db;
};
