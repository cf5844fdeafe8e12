#include "models/reminderengine.h"

#include "pipeline/appwriter.h"

ReminderEngine::ReminderEngine(AppWriter *writer, std::function<QDateTime()> clock,
                               const QTimeZone &zone, QObject *parent)
    : QObject(parent), m_writer(writer), m_clock(std::move(clock)), m_zone(zone)
{
    // A minute's resolution: reminders fall due at whole hours, and the app stays idle.
    m_timer.setInterval(60 * 1000);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderEngine::checkIfDue);
    connect(m_writer, &AppWriter::remindersChecked, this, &ReminderEngine::onChecked);
}

QDateTime ReminderEngine::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void ReminderEngine::start()
{
    check(); // catch up on what fell due while the app was closed
    m_timer.start();
}

void ReminderEngine::markChanged()
{
    m_changed = true;
}

bool ReminderEngine::checkIfDue()
{
    // The wall clock, not the time the timer counted: after a suspend this is the real time.
    const QDateTime at = now();
    const bool deadlinePassed = m_nextDeadline.isValid() && at >= m_nextDeadline;
    if (!deadlinePassed && !m_changed && at.toTimeZone(m_zone).date() == m_checkedDay)
        return false;
    check();
    return true;
}

void ReminderEngine::check()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_changed = false;
    const QDateTime at = now();
    m_checkedDay = at.toTimeZone(m_zone).date();
    AppWriter *writer = m_writer;
    const QTimeZone zone = m_zone;
    QMetaObject::invokeMethod(
        m_writer, [writer, at, zone] { writer->deliverReminders(at, zone); }, Qt::QueuedConnection);
}

void ReminderEngine::onChecked(const QList<Reminder> &reminders, const QDateTime &nextDeadline,
                               const QString &error)
{
    m_running = false;
    m_nextDeadline = nextDeadline;
    if (!reminders.isEmpty())
        emit delivered(reminders);
    emit checked(int(reminders.size()), error);
    if (m_again) {
        m_again = false;
        check();
    }
}
