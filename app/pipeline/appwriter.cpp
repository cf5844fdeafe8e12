#include "pipeline/appwriter.h"

#include "feeds/feedurl.h"
#include "feeds/http/feedfetcher.h"
#include "feeds/season/defaultfeed.h"
#include "feeds/sync/syncservice.h"
#include "feeds/tvmaze/tvmazeapi.h"
#include "feeds/tvmaze/tvmazeclient.h"
#include "pipeline/articleclaims.h"
#include "pipeline/calendarexport.h"
#include "pipeline/watching.h"
#include "storage/claimreviews.h"
#include "storage/database.h"
#include "storage/feedstore.h"
#include "storage/reminderstore.h"

#include <QCoreApplication>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AppWriter)
};

} // namespace

AppWriter::AppWriter(const QString &databasePath, bool importDefaultData, QObject *parent)
    : QObject(parent), m_path(databasePath), m_importDefaultData(importDefaultData),
      m_tvmazeBase(TvMazeApi::defaultBase())
{
    qRegisterMetaType<AddShowResult>(); // before anyone connects across threads
    qRegisterMetaType<QList<Reminder>>();
    qRegisterMetaType<ReminderSettings>();
}

AppWriter::~AppWriter() = default;

void AppWriter::open()
{
    Database::OpenResult opened = Database::open(m_path);
    if (!opened.database) {
        emit AppWriter::opened(opened.error, Database::canResetAside(opened.kind));
        return;
    }
    FeedError importError;
    if (m_importDefaultData && !DefaultFeed::importIfEmpty(*opened.database, &importError)) {
        emit AppWriter::opened(importError.message);
        return;
    }
    m_db = std::move(opened.database);
    m_hook = std::make_unique<ArticleClaims>(*m_db);
    m_fetcher = new FeedFetcher(FetchPolicy(), this);
    m_service = new SyncService(*m_db, m_fetcher, m_hook.get(), this);
    connect(m_service, &SyncService::feedStarted, this, &AppWriter::feedStarted);
    connect(m_service, &SyncService::feedProgress, this, &AppWriter::feedProgress);
    connect(m_service, &SyncService::feedFinished, this, [this](const SyncReport &report) {
        emit feedFinished(report);
        emit feedsChanged();
        m_ledgerDirty = m_ledgerDirty || report.status == SyncStatus::Updated;
        m_synced = true;
    });
    connect(m_service, &SyncService::idle, this, [this] {
        // One reload for the whole burst: the pages re-read the ledger once.
        if (m_ledgerDirty) {
            m_ledgerDirty = false;
            emit ledgerChanged();
        }
        // Once per burst too, as `cliffhanger sync` does after its feeds.
        if (m_synced) {
            m_synced = false;
            refreshCalendarFile();
        }
        emit idle();
    });
    m_tvmaze = new TvMazeClient(m_tvmazeBase, this);
    m_showAdder = new TvMazeShowAdder(*m_db, m_service, m_tvmaze, this);
    connect(m_showAdder, &TvMazeShowAdder::feedsAdded, this, [this] {
        m_hook->forgetFeeds();
        emit feedsChanged();
    });
    connect(m_showAdder, &TvMazeShowAdder::finished, this, &AppWriter::tvmazeShowAdded);
    emit AppWriter::opened(QString());
}

void AppWriter::startAfresh()
{
    if (m_db) // open already: there is nothing to start afresh from
        return;
    QString backup;
    QString error;
    // On the writer's thread, the one owner of the file: nothing else has it open.
    const bool moved = Database::resetAside(m_path, &backup, &error);
    emit startedAfresh(backup, error);
    if (moved)
        open();
}

bool AppWriter::usable(void (AppWriter::*failed)(const QString &))
{
    if (m_db)
        return true;
    emit(this->*failed)(Tr::tr("The database is not open, so nothing can be changed."));
    return false;
}

void AppWriter::refreshCalendarFile()
{
    const CalendarExport::KeptFile kept =
        CalendarExport::refreshKeptFile(*m_db, QDateTime::currentDateTimeUtc());
    if (!kept.error.isEmpty())
        emit calendarFileFailed(kept.error);
}

void AppWriter::syncDue()
{
    if (m_service)
        m_service->syncDue();
}

void AppWriter::syncFeeds(const QList<qint64> &feedIds)
{
    if (m_service)
        m_service->syncFeeds(feedIds);
}

void AppWriter::addFeed(const QString &url, const QString &name)
{
    if (!usable(&AppWriter::feedAddFailed))
        return;
    QString error;
    const QUrl valid = FeedUrl::validate(url, &error);
    const auto feed = valid.isValid() ? FeedStore(*m_db).add(valid.toString(), name.trimmed(),
                                                             FeedStore::kDefaultIntervalMinutes,
                                                             Tier::Reported, false, &error)
                                      : std::nullopt;
    if (!feed) {
        emit feedAddFailed(error);
        return;
    }
    m_hook->forgetFeeds();
    emit feedsChanged();
    m_service->syncFeeds({feed->id}); // a new feed is fetched at once
}

void AppWriter::removeFeed(qint64 feedId)
{
    if (!usable(&AppWriter::feedRemoveFailed))
        return;
    QString error;
    if (!FeedStore(*m_db).remove(feedId, &error)) {
        emit feedRemoveFailed(error);
        return;
    }
    m_hook->forgetFeeds();
    emit feedsChanged();
    emit ledgerChanged();
}

void AppWriter::reviewClaim(qint64 claimId, const QString &verdict)
{
    if (!usable(&AppWriter::reviewFailed))
        return;
    QString error;
    Verdict parsed;
    if (ClaimReviews::parseVerdict(verdict, &parsed, &error) &&
        ClaimReviews::review(*m_db, claimId, parsed, &error))
        emit ledgerChanged();
    else
        emit reviewFailed(error);
}

void AppWriter::setFollowed(qint64 showId, bool followed, const QDateTime &at)
{
    if (!usable(&AppWriter::reviewFailed))
        return;
    QString error;
    bool changed = false;
    // As `watch add` does: the baseline of what is known now is stored with the follow, so
    // only what changes afterwards is reminded of.
    const bool ok = followed ? Watching::follow(*m_db, showId, 0, at, &changed, &error)
                             : Watching::unfollow(*m_db, showId, 0, &changed, &error);
    if (!ok)
        emit reviewFailed(error); // the window's message line, as for a failed review
    else if (changed)
        emit ledgerChanged();
}

void AppWriter::setWatched(qint64 showId, int season, int episode, bool upTo, bool watched,
                           const QDateTime &at)
{
    if (!usable(&AppWriter::reviewFailed))
        return;
    const std::optional<int> number = episode > 0 ? std::optional<int>(episode) : std::nullopt;
    QString error;
    if (Watching::setWatched(*m_db, showId, season, upTo ? std::nullopt : number,
                             upTo ? number : std::nullopt, watched, at, &error))
        emit ledgerChanged();
    else
        emit reviewFailed(error); // the window's message line
}

void AppWriter::deliverReminders(const QDateTime &at, const QTimeZone &zone)
{
    if (!m_db) {
        emit remindersChecked({}, {},
                              Tr::tr("The database is not open, so nothing can be changed."));
        return;
    }
    QString error;
    const auto delivered = Watching::deliver(*m_db, at, zone, &error);
    if (!delivered) {
        emit remindersChecked({}, {}, error);
        return;
    }
    const QDateTime next = ReminderStore(*m_db).nextDeadline(&error).value_or(QDateTime());
    emit remindersChecked(*delivered, next, error);
}

void AppWriter::addTvmazeShow(qint64 tvmazeId)
{
    if (m_showAdder) {
        m_showAdder->addById(tvmazeId);
        return;
    }
    AddShowResult result;
    result.request = QString::number(tvmazeId);
    result.message = Tr::tr("The database is not open, so nothing can be changed.");
    emit tvmazeShowAdded(result);
}

void AppWriter::addTvmazeShowNamed(const QString &name)
{
    if (m_showAdder) {
        m_showAdder->addByName(name);
        return;
    }
    AddShowResult result;
    result.request = name;
    result.message = Tr::tr("The database is not open, so nothing can be changed.");
    emit tvmazeShowAdded(result);
}

void AppWriter::saveReminderSettings(const ReminderSettings &settings)
{
    if (!m_db) {
        emit reminderSettingsSaved(settings,
                                   Tr::tr("The database is not open, so nothing can be changed."));
        return;
    }
    ReminderStore store(*m_db);
    QString error;
    const ReminderSettings before = store.settings(&error);
    if (error.isEmpty())
        store.saveSettings(settings, &error);
    if (!error.isEmpty()) {
        emit reminderSettingsSaved(before, error);
        return;
    }
    const CalendarExport::KeptFile kept =
        CalendarExport::refreshKeptFile(*m_db, QDateTime::currentDateTimeUtc());
    ReminderSettings stored = settings;
    if (!kept.error.isEmpty() && settings.calendarFile != before.calendarFile) {
        // Refused as `reminders rules set calendar-file` refuses it: the old file stays kept.
        stored.calendarFile = before.calendarFile;
        QString restoreError;
        store.saveSettings(stored, &restoreError);
    }
    emit reminderSettingsSaved(stored, kept.error);
}

void AppWriter::exportCalendar(const QString &path)
{
    if (!m_db) {
        emit calendarExported(path, 0,
                              Tr::tr("The database is not open, so nothing can be changed."));
        return;
    }
    QString error;
    const auto result =
        CalendarExport::writeFile(*m_db, path, QDateTime::currentDateTimeUtc(), false, &error);
    emit calendarExported(path, result ? result->events : 0, result ? QString() : error);
}
