#pragma once

#include "domain/reminder.h"

#include <QObject>
#include <QString>
#include <QUrl>

class AppWriter;
class Database;

// The Settings page's reminder rules and calendar file: what `cliffhanger reminders rules`
// shows and sets. Read from the GUI thread's read-only connection; every change goes to the
// app's one writer (AppWriter::saveReminderSettings), and the page shows what it stored.
class ReminderSettingsController : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(bool releaseDay READ releaseDay WRITE setReleaseDay NOTIFY changed)
    Q_PROPERTY(QString daysBefore READ daysBefore NOTIFY changed) // "7, 1", or "" for none
    Q_PROPERTY(bool windowChanges READ windowChanges WRITE setWindowChanges NOTIFY changed)
    Q_PROPERTY(bool confirmations READ confirmations WRITE setConfirmations NOTIFY changed)
    Q_PROPERTY(bool renewals READ renewals WRITE setRenewals NOTIFY changed)
    Q_PROPERTY(int hour READ hour WRITE setHour NOTIFY changed)
    Q_PROPERTY(bool digest READ digest WRITE setDigest NOTIFY changed)
    Q_PROPERTY(int digestDay READ digestDay WRITE setDigestDay NOTIFY changed) // 1 Monday
    Q_PROPERTY(bool quietHours READ quietHours WRITE setQuietHours NOTIFY changed)
    Q_PROPERTY(int quietFrom READ quietFrom WRITE setQuietFrom NOTIFY changed)
    Q_PROPERTY(int quietTo READ quietTo WRITE setQuietTo NOTIFY changed)
    Q_PROPERTY(QString calendarFile READ calendarFile NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    // `writer` lives on another thread and outlives this object (the composition owns both).
    explicit ReminderSettingsController(AppWriter *writer, QObject *parent = nullptr);

    // The GUI thread's read-only connection once the database is open; the rules are read then.
    void setReader(Database *reader);

    bool ready() const { return m_reader != nullptr; }
    bool releaseDay() const { return m_settings.releaseDay; }
    QString daysBefore() const;
    bool windowChanges() const { return m_settings.windowChanges; }
    bool confirmations() const { return m_settings.confirmations; }
    bool renewals() const { return m_settings.renewals; }
    int hour() const { return m_settings.hour; }
    bool digest() const { return m_settings.weeklyDigest; }
    int digestDay() const { return m_settings.digestDay; }
    bool quietHours() const { return m_settings.hasQuietHours(); }
    int quietFrom() const;
    int quietTo() const;
    QString calendarFile() const { return m_settings.calendarFile; }
    QString message() const { return m_message; }

    void setReleaseDay(bool on);
    void setWindowChanges(bool on);
    void setConfirmations(bool on);
    void setRenewals(bool on);
    void setHour(int hour);
    void setDigest(bool on);
    void setDigestDay(int day);
    void setQuietHours(bool on);
    void setQuietFrom(int hour);
    void setQuietTo(int hour);

    // "7, 1" or "none" (an empty text is none); false, with the message, for anything else.
    Q_INVOKABLE bool setDaysBefore(const QString &text);
    // The kept calendar file: a local file URL from a file dialog, a path, or empty for none.
    Q_INVOKABLE void setCalendarFile(const QString &pathOrUrl);
    Q_INVOKABLE void keepCalendarFile(const QUrl &file) { setCalendarFile(file.toString()); }
    // Writes the calendar export (as `export-ics`) to this file URL or path.
    Q_INVOKABLE void exportCalendar(const QString &pathOrUrl);
    Q_INVOKABLE void exportCalendarTo(const QUrl &file) { exportCalendar(file.toString()); }

signals:
    void changed();
    void messageChanged();
    // After each save or export, whatever came of it (tests and the page wait for it).
    void saved();
    void exported(const QString &path, int events, const QString &error);

private:
    void save(const ReminderSettings &settings);
    // The stored rules with one change, saved: what every setter does.
    template <typename Edit> void saveWith(Edit edit)
    {
        ReminderSettings s = m_settings;
        edit(s);
        save(s);
    }
    void onSaved(const ReminderSettings &stored, const QString &error);
    void setMessage(const QString &message);
    static QString localPath(const QString &pathOrUrl);
    bool hasFileName(const QString &path);

    AppWriter *m_writer;
    Database *m_reader = nullptr;
    ReminderSettings m_settings;
    QString m_message;
};
