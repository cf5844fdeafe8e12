#pragma once

#include "feeds/tvmaze/tvmazeclient.h"
#include "models/addshowcontroller.h"
#include "models/feedscontroller.h"
#include "models/libraryfilter.h"
#include "models/librarymodel.h"
#include "models/pagereader.h"
#include "models/reminderengine.h"
#include "models/remindersettingscontroller.h"
#include "models/rowlistmodel.h"
#include "models/showoverview.h"
#include "shell/appearance.h"
#include "shell/desktopnotifier.h"
#include "shell/desktoppresence.h"
#include "shell/language.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

class AppWriter;
class Database;
class QQmlApplicationEngine;
class QQmlEngine;

// The one place the window's parts are built and wired: the writer on its own thread (which
// opens and migrates the database and imports the embedded data), the GUI thread's read-only
// connection once that is done, the pages' objects, and the coarse sync timer. main.cpp and
// the QML smoke test both use it, so the test runs what users run.
//
// Members are declared so that they are destroyed in a safe order: the pages' objects before
// the reader they read, and the writer's thread stopped first of all (in the destructor).
class AppComposition : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The database was refused in a way a fresh start can cure (see AppWriter::startAfresh).
    Q_PROPERTY(bool canStartAfresh READ canStartAfresh NOTIFY errorTextChanged)
    // What the user should know after something the app did for them (where the backup went).
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    Q_PROPERTY(QString databasePath READ databasePath CONSTANT)
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    Q_PROPERTY(LibraryFilter *library READ library CONSTANT)
    Q_PROPERTY(LibraryFilter *comingUp READ comingUp CONSTANT)
    Q_PROPERTY(RowListModel *recentChanges READ recentChanges CONSTANT)
    Q_PROPERTY(int showCount READ showCount NOTIFY showCountChanged)
    Q_PROPERTY(Appearance *appearance READ appearance CONSTANT)
    Q_PROPERTY(Language *language READ language CONSTANT)
    Q_PROPERTY(AddShowController *addShow READ addShow CONSTANT)
    Q_PROPERTY(RowListModel *reminders READ reminders CONSTANT)
    Q_PROPERTY(ReminderSettingsController *reminderSettings READ reminderSettings CONSTANT)
    Q_PROPERTY(DesktopPresence *presence READ presence CONSTANT)

public:
    struct Settings {
        QString databasePath;
        bool importDefaultData = true;
        QUrl tvmazeBase;         // the TVmaze API (--tvmaze-base); empty: https://api.tvmaze.com
        bool syncOnStart = true; // sync what is due once the database is open
        // The day release windows are judged on (missed ones stop counting); invalid: the
        // clock's day at each reload. Tests pin it.
        QDate today;
        // The clock and zone reminders are due by; tests pin them. Empty: the real ones.
        std::function<QDateTime()> clock;
        QTimeZone zone = QTimeZone::systemTimeZone();
        // Delivered reminders become desktop notifications (or tray messages); off, they are
        // only listed in the window.
        bool desktopNotifications = true;
        QString language; // --lang: this run's language (en, ko, es); empty: the saved choice
        // Whether the desktop shows tray icons; empty: QSystemTrayIcon asks it. Tests pin it.
        std::optional<bool> trayAvailable;
    };

    explicit AppComposition(const Settings &settings, QObject *parent = nullptr);
    ~AppComposition() override;

    // Starts the writer's thread and opens the database there; ready() or errorTextChanged()
    // follows. The window can be shown before: it waits for the data, it does not block on it.
    void start();
    // Loads qrc:/qml/Main.qml with this composition's objects.
    bool loadWindow(QQmlApplicationEngine &engine);

    // Shows this show on the Show page (and keeps it there across reloads).
    Q_INVOKABLE void openShow(qint64 showId);
    // The show with this title or alias; false when none matches.
    Q_INVOKABLE bool openShowNamed(const QString &title);
    // Follows or stops following a show, through the writer; the pages reload after.
    Q_INVOKABLE void setFollowed(qint64 showId, bool followed);
    // Marks episodes watched (or not) through the writer: one (episode > 0), those up to it
    // (upTo), or the whole season (episode 0).
    Q_INVOKABLE void setWatched(qint64 showId, int season, int episode, bool upTo, bool watched);

    // Moves the refused file aside as a backup and opens a fresh database (after the window's
    // confirmation); notice says where the old file went, or errorText why it could not move.
    Q_INVOKABLE void startAfresh();

    QString errorText() const { return m_errorText; }
    bool canStartAfresh() const { return m_canStartAfresh; }
    QString notice() const { return m_notice; }
    QString databasePath() const { return m_settings.databasePath; }
    // The database is open and the pages hold its data (the first read has been applied).
    bool isReady() const { return m_reader != nullptr && m_pagesLoaded; }
    ShowOverview *overview() { return &m_overview; }
    FeedsController *feeds() { return &m_feeds; }
    Database *reader() { return m_reader.get(); }
    AppWriter *writer() { return m_writer; }
    PageReader *pageReader() { return m_pageReader; }
    LibraryModel *libraryModel() { return &m_libraryModel; }
    LibraryFilter *library() { return &m_library; }
    LibraryFilter *comingUp() { return &m_comingUp; }
    RowListModel *recentChanges() { return &m_recent; }
    int showCount() const { return m_libraryModel.rowCount(); }
    Appearance *appearance() { return &m_appearance; }
    Language *language() { return &m_language; }
    // TVmaze search for the GUI thread ("Add show"), on the same --tvmaze-base as the writer's
    // adds; the add itself is AppWriter::addTvmazeShow.
    TvMazeClient *tvmazeSearch() { return &m_tvmazeSearch; }
    AddShowController *addShow() { return &m_addShow; }
    RowListModel *reminders() { return &m_reminders; }
    ReminderSettingsController *reminderSettings() { return &m_reminderSettings; }
    DesktopPresence *presence() { return &m_presence; }
    DesktopNotifier *notifier() { return &m_notifier; }
    ReminderEngine *reminderEngine() { return &m_reminderEngine; }
    // The composition's clock (Settings::clock, else the real one), in UTC.
    QDateTime now() const;

signals:
    void errorTextChanged();
    void noticeChanged();
    void readyChanged();
    void showCountChanged();
    // The user asked for this show from outside the window (a notification's "Open"): the
    // Show page already has it; the window raises itself and goes there.
    void showRequested(qint64 showId);
    // The tray's Open: the window comes back as it was.
    void windowRequested();

private:
    void onWriterOpened(const QString &error, bool canStartAfresh);
    void onStartedAfresh(const QString &backupPath, const QString &error);
    void requestPages();
    void onPagesRead(const PageSnapshot &snapshot);
    void onFirstPagesApplied();
    void setError(const QString &error);
    PageRequest pageRequest() const;
    void applyPages(const PageSnapshot &snapshot);
    void refreshReminders();
    void fillReminders(const QList<Reminder> &due, const QList<Reminder> &delivered);
    void onLanguageChanged();

    Settings m_settings;
    Appearance m_appearance;
    Language m_language;              // before the pages' objects: their labels are in it
    QPointer<QQmlEngine> m_qmlEngine; // the window's, retranslated when the language changes
    QThread m_thread;
    AppWriter *m_writer; // lives on m_thread; deleted there when the thread ends
    std::unique_ptr<Database> m_reader;
    ShowOverview m_overview;
    LibraryModel m_libraryModel;
    LibraryFilter m_library;  // the Library page: every show, as the user sorts and filters
    LibraryFilter m_comingUp; // Home: shows with an awaited season, soonest first
    RowListModel m_recent;    // Home: the newest outlook changes across shows
    RowListModel m_reminders; // Home: every reminder, due or delivered, newest first
    qint64 m_currentShow = 0; // the show the Show page shows; 0 until one is chosen
    FeedsController m_feeds;
    ReminderSettingsController m_reminderSettings; // the Settings page's rules, via the writer
    TvMazeClient m_tvmazeSearch;
    AddShowController m_addShow; // after the client it searches with
    QTimer m_reload;             // coalesces bursts of ledger changes into one reload
    QThread m_pageThread;
    PageReader *m_pageReader;        // lives on m_pageThread; deleted there when the thread ends
    bool m_pagesReading = false;     // a read is on its way
    bool m_pagesStale = false;       // the ledger changed since that read began
    bool m_pagesLoaded = false;      // the first read has been applied: ready
    QTimer m_syncTimer;              // wakes once a minute at most, so the app stays idle
    ReminderEngine m_reminderEngine; // delivers reminders through the writer
    DesktopNotifier m_notifier;      // tells of them outside the window
    DesktopPresence m_presence;      // start at login, tray residence
    QString m_errorText;
    bool m_canStartAfresh = false;
    QString m_notice;
};
