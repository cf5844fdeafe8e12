#include "models/feedscontroller.h"

#include "feeds/feedurl.h"
#include "pipeline/appwriter.h"
#include "storage/feedstore.h"

#include <QCoreApplication>

FeedsController::FeedsController(AppWriter *writer, QObject *parent)
    : QObject(parent), m_writer(writer)
{
    qRegisterMetaType<SyncReport>();
    qRegisterMetaType<QList<qint64>>();
    connect(m_writer, &AppWriter::feedStarted, this, [this](qint64 id) {
        ++m_active;
        m_feeds.setSyncing(id, true);
        emit busyChanged();
    });
    connect(m_writer, &AppWriter::feedProgress, &m_feeds, &FeedListModel::setProgress);
    connect(m_writer, &AppWriter::feedFinished, this, [this](const SyncReport &report) {
        m_active = qMax(0, m_active - 1);
        m_feeds.setSyncing(report.feedId, false);
        emit busyChanged();
        emit feedFinished(report);
    });
    connect(m_writer, &AppWriter::feedsChanged, this, &FeedsController::reload);
    connect(m_writer, &AppWriter::feedAddFailed, this, &FeedsController::setMessage);
    connect(m_writer, &AppWriter::feedRemoveFailed, this, &FeedsController::setMessage);
    connect(m_writer, &AppWriter::reviewFailed, this, &FeedsController::setMessage);
    connect(m_writer, &AppWriter::calendarFileFailed, this, &FeedsController::setMessage);
}

void FeedsController::setReader(Database *reader)
{
    m_reader = reader;
    reload();
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
    QMetaObject::invokeMethod(m_writer, "addFeed", Qt::QueuedConnection, Q_ARG(QString, url),
                              Q_ARG(QString, name));
}

void FeedsController::removeFeed(qint64 feedId)
{
    QMetaObject::invokeMethod(m_writer, "removeFeed", Qt::QueuedConnection, Q_ARG(qint64, feedId));
}

QString FeedsController::removalImpact(qint64 feedId) const
{
    if (!m_reader)
        return QString();
    QString error;
    const FeedStore::RemovalImpact impact = FeedStore(*m_reader).impact(feedId, &error);
    if (!error.isEmpty())
        return error;
    return tr("Its %n stored article(s) will be deleted.", nullptr, impact.articles) +
           QLatin1Char(' ') +
           tr("%n claim(s) from them stay in the ledger, marked “feed removed”.", nullptr,
              impact.claims);
}

void FeedsController::syncNow(qint64 feedId)
{
    QMetaObject::invokeMethod(m_writer, "syncFeeds", Qt::QueuedConnection,
                              Q_ARG(QList<qint64>, {feedId}));
}

void FeedsController::syncAll()
{
    QList<qint64> ids;
    if (!m_reader)
        return;
    for (const FeedRecord &f : FeedStore(*m_reader).list())
        ids << f.id;
    QMetaObject::invokeMethod(m_writer, "syncFeeds", Qt::QueuedConnection,
                              Q_ARG(QList<qint64>, ids));
}

void FeedsController::reviewClaim(qint64 claimId, const QString &verdict)
{
    QMetaObject::invokeMethod(m_writer, "reviewClaim", Qt::QueuedConnection, Q_ARG(qint64, claimId),
                              Q_ARG(QString, verdict));
}

void FeedsController::reload()
{
    if (!m_reader)
        return;
    QString error;
    const QList<FeedRecord> feeds = FeedStore(*m_reader).list(&error);
    if (!error.isEmpty()) {
        setMessage(error); // the page keeps what it showed and says why it is not current
        return;
    }
    m_feeds.setFeeds(feeds);
}

void FeedsController::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    emit messageChanged();
}
