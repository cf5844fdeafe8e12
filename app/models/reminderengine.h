#pragma once

#include "domain/reminder.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QTimeZone>
#include <QTimer>
#include <functional>

class AppWriter;

// Delivers the followed seasons' reminders while the app runs, through the app's one writer
// (AppWriter::deliverReminders, the logic of `cliffhanger reminders deliver`).
//
// The check is coarse and by the wall clock: a timer wakes at most once a minute and compares
// the clock's time with the earliest stored deadline, so a machine that slept past a deadline
// delivers at the first tick after it wakes (a monotonic timer would not know the time
// passed). start() checks at once: what fell due while the app was closed is caught up on.
// A check also runs after the ledger or the follows changed (a new claim can make a change
// reminder due at once) and when the user's day changes (a missed window stops counting).
// Each reminder is told once: the writer marks it delivered in the same transaction.
class ReminderEngine : public QObject {
    Q_OBJECT

public:
    // `clock` gives the current UTC time (tests pin it); `zone` is the user's zone.
    ReminderEngine(AppWriter *writer, std::function<QDateTime()> clock, const QTimeZone &zone,
                   QObject *parent = nullptr);

    // Call once the writer has opened the database: catches up, then checks each minute.
    void start();
    QDateTime now() const;
    // Started and checking each minute (with the window hidden in the tray too).
    bool isRunning() const { return m_timer.isActive(); }

public slots:
    // Asks the writer to deliver what is due now; one check runs at a time, a request during
    // one runs after it. The timer calls it only when a deadline passed or something changed.
    void check();
    // The ledger or the follows changed: the next tick checks whatever the deadline.
    void markChanged();
    // The timer's tick: checks when the wall clock passed the next deadline, the user's day
    // changed, or something changed. True when it asked the writer.
    bool checkIfDue();

signals:
    // What one check delivered, in due order (empty when nothing was due).
    void delivered(const QList<Reminder> &reminders);
    // After every check, delivered or not; `error` when it failed.
    void checked(int deliveredCount, const QString &error);

private:
    void onChecked(const QList<Reminder> &reminders, const QDateTime &nextDeadline,
                   const QString &error);

    AppWriter *m_writer;
    std::function<QDateTime()> m_clock;
    QTimeZone m_zone;
    QTimer m_timer;
    bool m_running = false;   // a check is with the writer
    bool m_again = false;     // another was asked for meanwhile
    bool m_changed = false;   // something changed since the last check
    QDateTime m_nextDeadline; // invalid: nothing waiting
    QDate m_checkedDay;       // the user's day at the last check
};
