#include "models/addshowcontroller.h"

#include "feeds/tvmaze/tvmazeclient.h"
#include "pipeline/appwriter.h"
#include "pipeline/tvmazeshowadder.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AddShowController)
};

} // namespace

AddShowController::AddShowController(AppWriter *writer, TvMazeClient *client, QObject *parent)
    : QObject(parent), m_writer(writer), m_client(client),
      m_results({QStringLiteral("tvmazeId"), QStringLiteral("title"), QStringLiteral("details"),
                 QStringLiteral("url")})
{
    connect(m_client, &TvMazeClient::searchFinished, this, &AddShowController::onSearchFinished);
    connect(m_writer, &AppWriter::tvmazeShowAdded, this, &AddShowController::onAdded);
}

QString AddShowController::attribution() const
{
    return Tr::tr("Search results and show data from TVmaze.com (CC BY-SA 4.0)");
}

void AddShowController::search(const QString &name)
{
    if (name.trimmed().isEmpty()) {
        m_pending = 0;
        m_results.setRows({});
        setMessage(QString(), false);
        return;
    }
    m_pending = m_client->search(name);
    emit stateChanged();
}

void AddShowController::onSearchFinished(quint64 token, const QString &query,
                                         const QList<TvMazeMatch> &matches,
                                         const TvMazeError &error)
{
    if (token != m_pending)
        return; // an answer to an older query: the user has typed on
    m_pending = 0;
    if (error.isError()) {
        QString text = error.message;
        if (error.kind == TvMazeError::Kind::RateLimited && error.retryAfter.isValid())
            text = Tr::tr("TVmaze asked us to wait; search again after %1.")
                       .arg(QLocale().toString(error.retryAfter.toLocalTime().time(),
                                               QLocale::ShortFormat));
        setMessage(text, true);
        return;
    }
    QList<QVariantMap> rows;
    for (const TvMazeMatch &m : matches) {
        QStringList details;
        if (m.premiered.isValid())
            details << QString::number(m.premiered.year());
        if (!m.network.isEmpty())
            details << m.network;
        if (!m.country.isEmpty())
            details << m.country;
        rows << QVariantMap{{QStringLiteral("tvmazeId"), m.tvmazeId},
                            {QStringLiteral("title"), m.title},
                            {QStringLiteral("details"), details.join(QStringLiteral(" · "))},
                            {QStringLiteral("url"), m.url}};
    }
    m_results.setRows(rows);
    setMessage(matches.isEmpty() ? Tr::tr("Nothing found on TVmaze for “%1”.").arg(query)
                                 : QString(),
               false);
}

void AddShowController::add(qint64 tvmazeId)
{
    ++m_adding;
    setMessage(Tr::tr("Adding the show and fetching its episodes…"), false);
    AppWriter *writer = m_writer;
    QMetaObject::invokeMethod(
        m_writer, [writer, tvmazeId] { writer->addTvmazeShow(tvmazeId); }, Qt::QueuedConnection);
}

void AddShowController::onAdded(const AddShowResult &result)
{
    if (m_adding > 0)
        --m_adding;
    setMessage(result.message,
               !result.added() && result.outcome != AddShowResult::Outcome::AlreadyInLibrary);
    if (result.showId > 0)
        emit showAdded(result.showId);
}

void AddShowController::setMessage(const QString &message, bool failed)
{
    m_message = message;
    m_failed = failed;
    emit stateChanged();
}
