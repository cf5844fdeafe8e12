#pragma once

#include "domain/reminder.h"
#include "feeds/sync/syncreport.h"
#include "pipeline/tvmazeshowadder.h"

#include <QList>
#include <QObject>
#include <QTimeZone>
#include <QUrl>
#include <memory>

class ArticleClaims;
class Database;
class FeedFetcher;
class SyncService;
class TvMazeClient;

// The app's one writer: lives on its own thread with the only writing database connection, the
// fetcher and the sync service. Everything that writes (opening and migrating the database,
// importing the embedded data, sync, add, remove, reviews) runs here; the GUI reads through a
// read-only connection and hears about changes through signals emitted after each commit.
class AppWriter : public QObject {
    Q_OBJECT

public:
    AppWriter(const QString &databasePath, bool importDefaultData, QObject *parent = nullptr);
    ~AppWriter() override;

    // The TVmaze API base (--tvmaze-base); call before open(). Default https://api.tvmaze.com.
    void setTvmazeBase(const QUrl &base) { m_tvmazeBase = base; }

public slots:
    // Call first, in the writer's thread: opens (and migrates) the database, imports the
    // embedded data into an empty ledger, then emits opened().
    void open();
    // After opened() refused the file with canStartAfresh: moves it aside as a backup
    // (Database::resetAside, nothing deleted) and opens a fresh database in its place;
    // startedAfresh() says where the old file went, then opened() follows as for open().
    void startAfresh();
    void syncDue();
    void syncFeeds(const QList<qint64> &feedIds);
    void addFeed(const QString &url, const QString &name);
    void removeFeed(qint64 feedId);
    void reviewClaim(qint64 claimId, const QString &verdict);
    // Follows (or stops following) a whole show at `at` (the baseline's moment); the pages
    // reload as after any change.
    void setFollowed(qint64 showId, bool followed, const QDateTime &at);
    // Marks a season's episodes watched or not: one (episode > 0), those up to one (upTo), or
    // the whole season (episode 0), as `cliffhanger watched` does.
    void setWatched(qint64 showId, int season, int episode, bool upTo, bool watched,
                    const QDateTime &at);
    // Delivers the reminders due at `at` in `zone` (Watching::deliver, as `reminders deliver`
    // does: marked in one transaction, so each is told once); remindersChecked() follows.
    void deliverReminders(const QDateTime &at, const QTimeZone &zone);
    // Adds a show from TVmaze and syncs its feeds; tvmazeShowAdded() says how it went. Adds run
    // one at a time in the order asked; a show already in the library is refused.
    void addTvmazeShow(qint64 tvmazeId);
    void addTvmazeShowNamed(const QString &name); // the best match for the name
    // Saves the reminder rules (the Settings page), as `reminders rules set` does, and rewrites
    // the kept calendar file with them. A new calendar file that cannot be written is refused:
    // the rules are saved, the file setting stays as it was. reminderSettingsSaved() follows.
    void saveReminderSettings(const ReminderSettings &settings);
    // Writes the calendar export to `path`, as `export-ics PATH` does; calendarExported() says
    // how it went.
    void exportCalendar(const QString &path);

signals:
    // error is empty on success; canStartAfresh: the file may be moved aside (not SQLite, newer,
    // damaged or not upgradable; never for a folder that cannot be opened).
    void opened(const QString &error, bool canStartAfresh = false);
    // After startAfresh(): where the old file went, or why it could not be moved (error).
    void startedAfresh(const QString &backupPath, const QString &error);
    void feedStarted(qint64 feedId);
    void feedProgress(qint64 feedId, qint64 received, qint64 total);
    void feedFinished(const SyncReport &report);
    void feedsChanged();
    // The ledger changed. A burst of syncs gives one signal, when the writer goes idle.
    void ledgerChanged();
    void feedAddFailed(const QString &message);
    void feedRemoveFailed(const QString &message);
    void reviewFailed(const QString &message);
    // Once per addTvmazeShow…(): result.outcome says what happened, result.message says it for
    // the user. feedsChanged() and ledgerChanged() come as for any feed sync; for an added show
    // this signal comes just before that sync's ledgerChanged().
    void tvmazeShowAdded(const AddShowResult &result);
    void idle();
    // After deliverReminders(): what it delivered (empty when nothing was due), the earliest
    // deadline still waiting (invalid: none), and the error when the check failed.
    void remindersChecked(const QList<Reminder> &delivered, const QDateTime &nextDeadline,
                          const QString &error);
    // The kept calendar file (the reminder setting calendar-file) could not be rewritten after
    // a sync; the sync's data is stored all the same.
    void calendarFileFailed(const QString &message);
    // After saveReminderSettings(): the rules as stored now, and the error when some were not.
    void reminderSettingsSaved(const ReminderSettings &stored, const QString &error);
    // After exportCalendar(): the events written, or the error (nothing written).
    void calendarExported(const QString &path, int events, const QString &error);

private:
    bool usable(void (AppWriter::*failed)(const QString &));
    void refreshCalendarFile();

    QString m_path;
    bool m_importDefaultData = true;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleClaims> m_hook;
    FeedFetcher *m_fetcher = nullptr;
    SyncService *m_service = nullptr;
    TvMazeClient *m_tvmaze = nullptr;
    TvMazeShowAdder *m_showAdder = nullptr;
    QUrl m_tvmazeBase;
    bool m_ledgerDirty = false;
    bool m_synced = false; // a feed finished in this burst: the kept calendar file is rewritten
};
