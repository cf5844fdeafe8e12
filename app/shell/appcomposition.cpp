#include "shell/appcomposition.h"

#include "feeds/tvmaze/tvmazeapi.h"
#include "models/recentchanges.h"
#include "pipeline/appwriter.h"
#include "pipeline/watching.h"
#include "shell/windowloader.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"

#include <QCoreApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QTimeZone>
#include <cstdio>

namespace {

// Home lists the newest outlook moves among the shows whose ledger changed last.
constexpr int kRecentShows = 12;
constexpr int kRecentRows = 12;

} // namespace

AppComposition::AppComposition(const Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings),
      m_writer(new AppWriter(settings.databasePath, settings.importDefaultData)),
      m_recent({QStringLiteral("showId"), QStringLiteral("show"), QStringLiteral("season"),
                QStringLiteral("kind"), QStringLiteral("before"), QStringLiteral("after"),
                QStringLiteral("source"), QStringLiteral("published"), QStringLiteral("summary")}),
      m_reminders({QStringLiteral("showId"), QStringLiteral("show"), QStringLiteral("season"),
                   QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("body"),
                   QStringLiteral("due")}),
      m_feeds(m_writer), m_tvmazeSearch(settings.tvmazeBase.isEmpty() ? TvMazeApi::defaultBase()
                                                                      : settings.tvmazeBase),
      m_addShow(m_writer, &m_tvmazeSearch)
{
    if (!settings.language.isEmpty())
        m_language.overrideChoice(settings.language);
    connect(&m_language, &Language::changed, this, &AppComposition::onLanguageChanged);
    if (!settings.tvmazeBase.isEmpty())
        m_writer->setTvmazeBase(settings.tvmazeBase);
    m_overview.setToday(settings.today); // invalid: the clock's day at each load
    m_library.setSourceModel(&m_libraryModel);
    m_comingUp.setSourceModel(&m_libraryModel);
    m_comingUp.setUpcomingOnly(true);
    m_comingUp.setSortKey(LibraryFilter::ByRelease);
    m_comingUp.setFollowedFirst(true);
    connect(&m_libraryModel, &LibraryModel::countChanged, this, &AppComposition::showCountChanged);

    m_writer->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    connect(m_writer, &AppWriter::opened, this, &AppComposition::onWriterOpened);
    connect(m_writer, &AppWriter::ledgerChanged, &m_reload, qOverload<>(&QTimer::start));

    m_reload.setSingleShot(true);
    m_reload.setInterval(0);
    connect(&m_reload, &QTimer::timeout, this, &AppComposition::reloadPages);

    // Feed intervals are hours; a minute's resolution is plenty and keeps the app idle.
    m_syncTimer.setInterval(60 * 1000);
    m_syncTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_syncTimer, &QTimer::timeout, m_writer, &AppWriter::syncDue);
}

AppComposition::~AppComposition()
{
    m_syncTimer.stop();
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait(); // the writer is deleted on its thread as it ends
    } else {
        delete m_writer; // never started: nothing else will delete it
    }
    m_writer = nullptr;
}

void AppComposition::start()
{
    if (m_thread.isRunning())
        return;
    m_appearance.askDesktop();
    m_thread.setObjectName(QStringLiteral("writer"));
    m_thread.start();
    QMetaObject::invokeMethod(m_writer, &AppWriter::open, Qt::QueuedConnection);
}

bool AppComposition::loadWindow(QQmlApplicationEngine &engine)
{
    m_engine = &engine;
    return WindowLoader::load(engine, this);
}

void AppComposition::onLanguageChanged()
{
    // qsTr bindings re-evaluate; the models' labels (status words, windows, dates) are built
    // when they load, so they load again, and their views get the new rows.
    if (m_engine)
        m_engine->retranslate();
    if (!m_reader)
        return;
    m_feeds.setReader(m_reader.get());
    reloadPages();
}

void AppComposition::onWriterOpened(const QString &error)
{
    if (!error.isEmpty()) {
        setError(error);
        return;
    }
    Database::OpenResult opened = Database::openReader(m_settings.databasePath);
    if (!opened.database) {
        setError(opened.error);
        return;
    }
    m_reader = std::move(opened.database);
    m_feeds.setReader(m_reader.get());
    reloadPages();
    emit readyChanged();
    if (m_settings.syncOnStart)
        QMetaObject::invokeMethod(m_writer, &AppWriter::syncDue, Qt::QueuedConnection);
    m_syncTimer.start();
}

void AppComposition::reloadPages()
{
    if (!m_reader)
        return;
    // Each part keeps what it showed when its read fails; the message says why.
    QString error;
    const QDate today = m_settings.today.isValid() ? m_settings.today : QDate::currentDate();
    if (!m_libraryModel.reload(*m_reader, today, &error)) {
        m_feeds.setMessage(error);
        return;
    }
    const QList<QVariantMap> recent = RecentChanges::rows(
        *m_reader, m_libraryModel.newestChanged(kRecentShows), kRecentRows, today, &error);
    if (error.isEmpty())
        m_recent.setRows(recent);
    fillReminders();
    const bool loaded = m_currentShow > 0 && m_libraryModel.rowOfShow(m_currentShow) >= 0
                            ? m_overview.load(*m_reader, m_currentShow, &error)
                            : m_overview.loadFirst(*m_reader, &error);
    if (!loaded || !error.isEmpty())
        m_feeds.setMessage(error);
}

void AppComposition::fillReminders()
{
    // What `cliffhanger reminders` lists now: read only, nothing is marked delivered here.
    QString error;
    const QDateTime now = m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
    const QList<Reminder> due = Watching::due(*m_reader, now, m_settings.zone, {}, &error);
    if (!error.isEmpty()) {
        m_feeds.setMessage(error);
        return;
    }
    QList<QVariantMap> rows;
    for (const Reminder &r : due)
        rows << QVariantMap{{QStringLiteral("showId"), r.showId},
                            {QStringLiteral("show"), r.show},
                            {QStringLiteral("season"), r.season},
                            {QStringLiteral("kind"), r.kind},
                            {QStringLiteral("title"), r.title},
                            {QStringLiteral("body"), r.body},
                            {QStringLiteral("due"),
                             QLocale().toString(r.dueAt.toLocalTime(), QLocale::ShortFormat)}};
    m_reminders.setRows(rows);
}

void AppComposition::openShow(qint64 showId)
{
    m_currentShow = showId;
    QString error;
    if (m_reader && !m_overview.load(*m_reader, showId, &error))
        m_feeds.setMessage(error);
}

void AppComposition::setFollowed(qint64 showId, bool followed)
{
    AppWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        m_writer, [writer, showId, followed] { writer->setFollowed(showId, followed); },
        Qt::QueuedConnection);
}

bool AppComposition::openShowNamed(const QString &title)
{
    if (!m_reader)
        return false;
    const std::optional<qint64> id = LedgerQueries(*m_reader).findShow(title);
    if (!id)
        return false;
    openShow(*id);
    return true;
}

void AppComposition::setError(const QString &error)
{
    if (m_errorText == error)
        return;
    m_errorText = error;
    std::fprintf(stderr, "cliffhanger: %s\n", qPrintable(error));
    emit errorTextChanged();
}
