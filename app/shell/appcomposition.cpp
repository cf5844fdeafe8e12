#include "shell/appcomposition.h"

#include "feeds/tvmaze/tvmazeapi.h"
#include "pipeline/appwriter.h"
#include "shell/windowloader.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <cstdio>

AppComposition::AppComposition(const Settings &settings, QObject *parent)
    : QObject(parent), m_settings(settings),
      m_writer(new AppWriter(settings.databasePath, settings.importDefaultData)), m_feeds(m_writer),
      m_tvmazeSearch(settings.tvmazeBase.isEmpty() ? TvMazeApi::defaultBase() : settings.tvmazeBase)
{
    if (!settings.tvmazeBase.isEmpty())
        m_writer->setTvmazeBase(settings.tvmazeBase);
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
    m_thread.setObjectName(QStringLiteral("writer"));
    m_thread.start();
    QMetaObject::invokeMethod(m_writer, &AppWriter::open, Qt::QueuedConnection);
}

bool AppComposition::loadWindow(QQmlApplicationEngine &engine)
{
    return WindowLoader::load(engine, this);
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
    QString error;
    if (!m_overview.loadFirst(*m_reader, &error))
        // The page keeps what it showed; the message says why it is not current.
        m_feeds.setMessage(error);
}

void AppComposition::setError(const QString &error)
{
    if (m_errorText == error)
        return;
    m_errorText = error;
    std::fprintf(stderr, "cliffhanger: %s\n", qPrintable(error));
    emit errorTextChanged();
}
