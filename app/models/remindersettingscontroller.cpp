#include "models/remindersettingscontroller.h"

#include "outlook/reminderrules.h"
#include "pipeline/appwriter.h"
#include "storage/reminderstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReminderSettingsController)
};

// The quiet hours the switch turns on when none were set.
constexpr int kQuietFrom = 22;
constexpr int kQuietTo = 7;

} // namespace

ReminderSettingsController::ReminderSettingsController(AppWriter *writer, QObject *parent)
    : QObject(parent), m_writer(writer)
{
    qRegisterMetaType<ReminderSettings>();
    connect(m_writer, &AppWriter::reminderSettingsSaved, this,
            &ReminderSettingsController::onSaved);
    connect(m_writer, &AppWriter::calendarExported, this,
            [this](const QString &path, int events, const QString &error) {
                setMessage(error.isEmpty()
                               ? Tr::tr("Wrote %n event(s) to %1.", nullptr, events).arg(path)
                               : error);
                emit exported(path, events, error);
            });
}

void ReminderSettingsController::setReader(Database *reader)
{
    m_reader = reader;
    if (m_reader) {
        QString error;
        m_settings = ReminderStore(*m_reader).settings(&error);
        if (!error.isEmpty())
            setMessage(error);
    }
    emit changed();
}

QString ReminderSettingsController::daysBefore() const
{
    QStringList days;
    for (int d : m_settings.daysBefore)
        days << QString::number(d);
    return days.join(QStringLiteral(", "));
}

int ReminderSettingsController::quietFrom() const
{
    return m_settings.hasQuietHours() ? m_settings.quietStart : kQuietFrom;
}

int ReminderSettingsController::quietTo() const
{
    return m_settings.hasQuietHours() ? m_settings.quietEnd : kQuietTo;
}

void ReminderSettingsController::save(const ReminderSettings &settings)
{
    if (!m_reader)
        return;
    // Shown at once; onSaved() puts back what the writer stored if it differs.
    m_settings = settings;
    setMessage(QString());
    emit changed();
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, settings] { writer->saveReminderSettings(settings); },
        Qt::QueuedConnection);
}

void ReminderSettingsController::onSaved(const ReminderSettings &stored, const QString &error)
{
    m_settings = stored;
    if (!error.isEmpty())
        setMessage(error);
    emit changed();
    emit saved();
}

void ReminderSettingsController::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    emit messageChanged();
}

void ReminderSettingsController::setReleaseDay(bool on)
{
    saveWith([=](ReminderSettings &s) { s.releaseDay = on; });
}

void ReminderSettingsController::setWindowChanges(bool on)
{
    saveWith([=](ReminderSettings &s) { s.windowChanges = on; });
}

void ReminderSettingsController::setConfirmations(bool on)
{
    saveWith([=](ReminderSettings &s) { s.confirmations = on; });
}

void ReminderSettingsController::setRenewals(bool on)
{
    saveWith([=](ReminderSettings &s) { s.renewals = on; });
}

void ReminderSettingsController::setHour(int hour)
{
    saveWith([=](ReminderSettings &s) { s.hour = qBound(0, hour, 23); });
}

void ReminderSettingsController::setDigest(bool on)
{
    saveWith([=](ReminderSettings &s) { s.weeklyDigest = on; });
}

void ReminderSettingsController::setDigestDay(int day)
{
    saveWith([=](ReminderSettings &s) { s.digestDay = qBound(1, day, 7); });
}

void ReminderSettingsController::setQuietHours(bool on)
{
    ReminderSettings s = m_settings;
    s.quietStart = on ? quietFrom() : -1;
    s.quietEnd = on ? quietTo() : -1;
    save(s);
}

void ReminderSettingsController::setQuietFrom(int hour)
{
    ReminderSettings s = m_settings;
    if (!s.hasQuietHours() || hour == s.quietEnd || hour < 0 || hour > 23) {
        emit changed(); // the control shows the stored hour again
        return;
    }
    s.quietStart = hour;
    save(s);
}

void ReminderSettingsController::setQuietTo(int hour)
{
    ReminderSettings s = m_settings;
    if (!s.hasQuietHours() || hour == s.quietStart || hour < 0 || hour > 23) {
        emit changed();
        return;
    }
    s.quietEnd = hour;
    save(s);
}

bool ReminderSettingsController::setDaysBefore(const QString &text)
{
    const QString trimmed = text.trimmed();
    const auto days =
        ReminderRules::parseDaysBefore(trimmed.isEmpty() ? QStringLiteral("none") : trimmed);
    if (!days) {
        setMessage(Tr::tr("Days before: whole numbers from 1 to 365 separated by commas, such as "
                          "7, 1 (or none), not “%1”.")
                       .arg(trimmed));
        emit changed(); // the field shows the stored days again
        return false;
    }
    if (*days == m_settings.daysBefore)
        return true; // the field was left as it was
    ReminderSettings s = m_settings;
    s.daysBefore = *days;
    save(s);
    return true;
}

QString ReminderSettingsController::localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl.trimmed();
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

// A file dialog accepted with no name gives only the suffix (".ics" in some folder).
bool ReminderSettingsController::hasFileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!name.isEmpty() && name != QLatin1String(".ics"))
        return true;
    setMessage(Tr::tr("Choose a file name for the calendar, such as releases.ics."));
    return false;
}

void ReminderSettingsController::setCalendarFile(const QString &pathOrUrl)
{
    ReminderSettings s = m_settings;
    s.calendarFile = localPath(pathOrUrl);
    if (!s.calendarFile.isEmpty() && !hasFileName(s.calendarFile))
        return;
    save(s);
}

void ReminderSettingsController::exportCalendar(const QString &pathOrUrl)
{
    const QString path = localPath(pathOrUrl);
    if (!hasFileName(path))
        return;
    QMetaObject::invokeMethod(
        m_writer, [writer = m_writer, path] { writer->exportCalendar(path); },
        Qt::QueuedConnection);
}
