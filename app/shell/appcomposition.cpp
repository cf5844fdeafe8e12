#include "shell/appcomposition.h"

#include "feeds/tvmaze/tvmazeapi.h"
#include "models/pagereader.h"
#include "pipeline/appwriter.h"
#include "pipeline/watching.h"
#include "shell/windowloader.h"
#include "storage/database.h"
#include "storage/ledgerqueries.h"
#include "storage/reminderstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QSystemTrayIcon>
#include <QTimeZone>
#include <cstdio>

namespace {

// Only a GUI application can ask (a composition in a GUI-less test has no platform to ask).
bool desktopHasTray()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) &&
           QSystemTrayIcon::isSystemTrayAvailable();
}

} // namespace

AppComposition::AppComposition(const Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings),
      m_writer(new AppWriter(settings.databasePath, settings.importDefaultData)),
      m_recent({QStringLiteral("showId"), QStringLiteral("show"), QStringLiteral("season"),
                QStringLiteral("kind"), QStringLiteral("before"), QStringLiteral("after"),
                QStringLiteral("source"), QStringLiteral("published"), QStringLiteral("summary")}),
      m_reminders({QStringLiteral("showId"), QStringLiteral("show"), QStringLiteral("season"),
                   QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("body"),
                   QStringLiteral("due"), QStringLiteral("delivered")}),
      m_feeds(m_writer), m_reminderSettings(m_writer),
      m_tvmazeSearch(settings.tvmazeBase.isEmpty() ? TvMazeApi::defaultBase()
                                                   : settings.tvmazeBase),
      m_addShow(m_writer, &m_tvmazeSearch), m_pageReader(new PageReader(settings.databasePath)),
      m_reminderEngine(m_writer, settings.clock, settings.zone),
      m_presence(settings.trayAvailable ? *settings.trayAvailable : desktopHasTray())
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
    connect(m_writer, &AppWriter::startedAfresh, this, &AppComposition::onStartedAfresh);
    connect(m_writer, &AppWriter::ledgerChanged, &m_reload, qOverload<>(&QTimer::start));
    connect(m_writer, &AppWriter::ledgerChanged, &m_reminderEngine, &ReminderEngine::markChanged);
    connect(&m_reminderEngine, &ReminderEngine::checked, this,
            [this](int delivered, const QString &error) {
                if (!error.isEmpty())
                    m_feeds.setMessage(error);
                else if (delivered > 0)
                    m_reload.start(); // Home's list of reminders, read with the rest
            });
    if (settings.desktopNotifications)
        connect(&m_reminderEngine, &ReminderEngine::delivered, this,
                [this](const QList<Reminder> &told) {
                    // With the weekly digest on, what one check delivered is that week's digest.
                    if (m_reader && ReminderStore(*m_reader).settings().weeklyDigest)
                        m_notifier.notifyDigest(told);
                    else
                        m_notifier.notify(told);
                });
    connect(&m_presence, &DesktopPresence::openRequested, this, &AppComposition::windowRequested);
    // QCoreApplication::instance(), not qApp: qApp is a cast to QApplication, and the
    // composition also runs under a plain QCoreApplication (UBSan caught it in tst_addshow).
    connect(&m_presence, &DesktopPresence::quitRequested, QCoreApplication::instance(),
            &QCoreApplication::quit, Qt::QueuedConnection);
    connect(&m_notifier, &DesktopNotifier::openRequested, this, [this](qint64 showId) {
        openShow(showId);
        emit showRequested(showId);
    });

    m_reload.setSingleShot(true);
    m_reload.setInterval(0);
    connect(&m_reload, &QTimer::timeout, this, &AppComposition::requestPages);
    qRegisterMetaType<PageRequest>();
    qRegisterMetaType<PageSnapshot>();
    m_pageReader->moveToThread(&m_pageThread);
    connect(&m_pageThread, &QThread::finished, m_pageReader, &QObject::deleteLater);
    connect(m_pageReader, &PageReader::snapshotRead, this, &AppComposition::onPagesRead);

    // Feed intervals are hours; a minute's resolution is plenty and keeps the app idle.
    m_syncTimer.setInterval(60 * 1000);
    m_syncTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_syncTimer, &QTimer::timeout, m_writer, &AppWriter::syncDue);
}

AppComposition::~AppComposition()
{
    m_syncTimer.stop();
    if (m_pageThread.isRunning()) {
        m_pageThread.quit();
        m_pageThread.wait(); // the reader is deleted on its thread as it ends
    } else {
        delete m_pageReader;
    }
    m_pageReader = nullptr;
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
    m_pageThread.setObjectName(QStringLiteral("page reader"));
    m_pageThread.start();
    QMetaObject::invokeMethod(m_writer, &AppWriter::open, Qt::QueuedConnection);
}

bool AppComposition::loadWindow(QQmlApplicationEngine &engine)
{
    m_qmlEngine = &engine;
    return WindowLoader::load(engine, this);
}

void AppComposition::onLanguageChanged()
{
    // qsTr bindings re-evaluate; the models' labels (status words, windows, dates) are built
    // when they load, so they load again, and their views get the new rows.
    if (m_qmlEngine)
        m_qmlEngine->retranslate();
    if (!m_reader)
        return;
    m_feeds.setReader(m_reader.get());
    // Read here, not on the page reader's thread: the new words are on screen when it returns.
    applyPages(PageReader::read(*m_reader, pageRequest()));
}

void AppComposition::onWriterOpened(const QString &error, bool canStartAfresh)
{
    m_canStartAfresh = canStartAfresh && !error.isEmpty();
    if (!error.isEmpty()) {
        setError(error);
        return;
    }
    setError(QString());
    Database::OpenResult opened = Database::openReader(m_settings.databasePath);
    if (!opened.database) {
        setError(opened.error);
        return;
    }
    m_reader = std::move(opened.database);
    m_feeds.setReader(m_reader.get());
    m_reminderSettings.setReader(m_reader.get());
    // The first load is read on the page reader's thread too: on a big ledger it takes seconds,
    // and the window's first frame must not wait for it. Ready follows once it is applied.
    requestPages();
}

void AppComposition::onFirstPagesApplied()
{
    m_pagesLoaded = true;
    emit readyChanged();
    if (m_settings.syncOnStart)
        QMetaObject::invokeMethod(m_writer, &AppWriter::syncDue, Qt::QueuedConnection);
    m_syncTimer.start();
    m_reminderEngine.start();
}

void AppComposition::startAfresh()
{
    if (!m_canStartAfresh)
        return;
    m_canStartAfresh = false;
    QMetaObject::invokeMethod(m_writer, &AppWriter::startAfresh, Qt::QueuedConnection);
}

void AppComposition::onStartedAfresh(const QString &backupPath, const QString &error)
{
    if (!error.isEmpty()) {
        setError(error);
        return;
    }
    m_notice = tr("The old file was moved to %1, as it was; Cliffhanger started with fresh data.")
                   .arg(QDir::toNativeSeparators(backupPath));
    emit noticeChanged();
}

PageRequest AppComposition::pageRequest() const
{
    PageRequest request;
    request.currentShow = m_currentShow;
    request.today = m_settings.today.isValid() ? m_settings.today : QDate::currentDate();
    request.now = now();
    request.zone = m_settings.zone;
    return request;
}

void AppComposition::requestPages()
{
    if (!m_reader)
        return;
    // One read at a time; changes that arrive meanwhile give one more read after it.
    if (m_pagesReading) {
        m_pagesStale = true;
        return;
    }
    m_pagesReading = true;
    const PageRequest request = pageRequest();
    PageReader *reader = m_pageReader;
    QMetaObject::invokeMethod(
        reader, [reader, request] { reader->requestRead(request); }, Qt::QueuedConnection);
}

QDateTime AppComposition::now() const
{
    return m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc();
}

void AppComposition::onPagesRead(const PageSnapshot &snapshot)
{
    m_pagesReading = false;
    applyPages(snapshot);
    if (!m_pagesLoaded)
        onFirstPagesApplied();
    if (std::exchange(m_pagesStale, false))
        requestPages();
}

void AppComposition::applyPages(const PageSnapshot &s)
{
    // Each part keeps what it showed when its read failed; the message says why.
    if (!s.libraryError.isEmpty()) {
        m_feeds.setMessage(s.libraryError);
        return;
    }
    m_libraryModel.apply(s.library);
    if (s.recentError.isEmpty())
        m_recent.setRows(s.recent);
    if (s.remindersError.isEmpty())
        fillReminders(s.reminders, s.delivered);
    else
        m_feeds.setMessage(s.remindersError);
    // A show the user opened while this was read stays: the read was for the one before.
    const bool stillCurrent = m_currentShow == 0 || s.overview.showId == m_currentShow ||
                              m_libraryModel.rowOfShow(m_currentShow) < 0;
    if (s.hasOverview && stillCurrent)
        m_overview.apply(s.overview);
    if (!s.overviewError.isEmpty())
        m_feeds.setMessage(s.overviewError);
}

void AppComposition::refreshReminders()
{
    // A handful of rows, read here so the list shows what was just told when the check's
    // signal returns; the rest of the pages do not change with a delivery.
    if (!m_reader)
        return;
    PageSnapshot s;
    PageReader::readReminders(*m_reader, now(), m_settings.zone, &s);
    if (s.remindersError.isEmpty())
        fillReminders(s.reminders, s.delivered);
    else
        m_feeds.setMessage(s.remindersError);
}

void AppComposition::fillReminders(const QList<Reminder> &due, const QList<Reminder> &delivered)
{
    // Every reminder: those due and not delivered yet (the engine tells them at its next
    // check) first, then the delivered ones, newest delivery first.
    QList<QVariantMap> rows;
    auto add = [&](const Reminder &r, bool isDelivered) {
        const QDateTime shown = isDelivered ? r.deliveredAt : r.dueAt;
        rows << QVariantMap{
            {QStringLiteral("showId"), r.showId},
            {QStringLiteral("show"), r.show},
            {QStringLiteral("season"), r.season},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("title"), r.title},
            {QStringLiteral("body"), r.body},
            {QStringLiteral("due"),
             QLocale().toString(shown.toTimeZone(m_settings.zone), QLocale::ShortFormat)},
            {QStringLiteral("delivered"), isDelivered}};
    };
    for (auto it = due.crbegin(); it != due.crend(); ++it)
        add(*it, false);
    for (const Reminder &r : delivered)
        add(r, true);
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
    const QDateTime at = now();
    QMetaObject::invokeMethod(
        m_writer, [writer, showId, followed, at] { writer->setFollowed(showId, followed, at); },
        Qt::QueuedConnection);
}

void AppComposition::setWatched(qint64 showId, int season, int episode, bool upTo, bool watched)
{
    AppWriter *writer = m_writer;
    const QDateTime at = now();
    QMetaObject::invokeMethod(
        m_writer, [=] { writer->setWatched(showId, season, episode, upTo, watched, at); },
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
    if (!error.isEmpty())
        std::fprintf(stderr, "cliffhanger: %s\n", qPrintable(error));
    emit errorTextChanged();
}
