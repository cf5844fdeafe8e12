#include "models/feedscontroller.h"

#include "feeds/feedurl.h"
#include "pipeline/appwriter.h"
#include "storage/feedstore.h"

#include <QCoreApplication>

FeedsController::FeedsController(Database &reader, const QString &databasePath, QObject *parent)
    : QObject(parent), m_reader(reader), m_worker(new AppWriter(databasePath))
{
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<QList<qint64>>();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &AppWriter::opened, this, [this](const QString &error) {
        if (!error.isEmpty())
            setMessage(error);
    });
    connect(m_worker, &AppWriter::feedStarted, this, [this](qint64 id) {
        ++m_active;
        m_feeds.setSyncing(id, true);
        emit busyChanged();
    });
    connect(m_worker, &AppWriter::feedProgress, &m_feeds, &FeedListModel::setProgress);
    connect(m_worker, &AppWriter::feedFinished, this, [this](const SyncReport &report) {
        m_active = qMax(0, m_active - 1);
        m_feeds.setSyncing(report.feedId, false);
        emit busyChanged();
        emit feedFinished(report);
    });
    connect(m_worker, &AppWriter::feedsChanged, this, &FeedsController::reload);
    connect(m_worker, &AppWriter::ledgerChanged, this, &FeedsController::ledgerChanged);
    connect(m_worker, &AppWriter::feedAddFailed, this, &FeedsController::setMessage);
    connect(m_worker, &AppWriter::reviewFailed, this, &FeedsController::setMessage);

    // Feed intervals are hours; a minute's resolution is plenty and keeps the app idle.
    m_timer.setInterval(60 * 1000);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, m_worker, &AppWriter::syncDue);
    reload();
}

FeedsController::~FeedsController()
{
    m_thread.quit();
    m_thread.wait();
}

void FeedsController::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &AppWriter::open, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_worker, &AppWriter::syncDue, Qt::QueuedConnection);
    m_timer.start();
}

QString FeedsController::validateUrl(const QString &text) const
{
    QString error;
    FeedUrl::validate(text, &error);
    return error;
}

void FeedsController::addFeed(const QString &url, const QString &name)
{
    setMessage(QString());
    QMetaObject::invokeMethod(m_worker, "addFeed", Qt::QueuedConnection, Q_ARG(QString, url),
                              Q_ARG(QString, name));
}

void FeedsController::removeFeed(qint64 feedId)
{
    QMetaObject::invokeMethod(m_worker, "removeFeed", Qt::QueuedConnection, Q_ARG(qint64, feedId));
}

void FeedsController::syncNow(qint64 feedId)
{
    QMetaObject::invokeMethod(m_worker, "syncFeeds", Qt::QueuedConnection,
                              Q_ARG(QList<qint64>, {feedId}));
}

void FeedsController::syncAll()
{
    QList<qint64> ids;
    for (const FeedRecord &f : FeedStore(m_reader).list())
        ids << f.id;
    QMetaObject::invokeMethod(m_worker, "syncFeeds", Qt::QueuedConnection,
                              Q_ARG(QList<qint64>, ids));
}

void FeedsController::reviewClaim(qint64 claimId, const QString &verdict)
{
    QMetaObject::invokeMethod(m_worker, "reviewClaim", Qt::QueuedConnection, Q_ARG(qint64, claimId),
                              Q_ARG(QString, verdict));
}

void FeedsController::reload()
{
    m_feeds.setFeeds(FeedStore(m_reader).list());
}

void FeedsController::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}
