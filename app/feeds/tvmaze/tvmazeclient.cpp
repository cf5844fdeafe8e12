#include "feeds/tvmaze/tvmazeclient.h"

#include "feeds/http/feedfetcher.h"
#include "feeds/tvmaze/tvmazeapi.h"
#include "feeds/tvmaze/tvmazesearch.h"

#include <QCoreApplication>
#include <QTimer>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TvMazeClient)
};

// Someone is waiting for a search: fail sooner than a feed sync would, and TVmaze's answers
// are small.
FetchPolicy searchPolicy()
{
    FetchPolicy policy;
    policy.timeoutMs = 15000;
    policy.maxBytes = 4 * 1024 * 1024;
    return policy;
}

QString utcText(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

TvMazeClient::TvMazeClient(const QUrl &base, QObject *parent)
    : QObject(parent), m_base(base), m_fetcher(new FeedFetcher(searchPolicy(), this))
{
    qRegisterMetaType<TvMazeMatch>();
    qRegisterMetaType<TvMazeError>();
    qRegisterMetaType<QList<TvMazeMatch>>();
    connect(m_fetcher, &FeedFetcher::finished, this, &TvMazeClient::onFetched);
}

TvMazeClient::~TvMazeClient() = default;

quint64 TvMazeClient::search(const QString &name)
{
    Pending pending;
    pending.query = name.simplified();
    if (pending.query.isEmpty()) {
        // Nothing to ask; answered from the event loop all the same, as every answer is.
        const quint64 token = m_nextToken++;
        QTimer::singleShot(
            0, this, [this, token] { emit searchFinished(token, QString(), {}, TvMazeError()); });
        return token;
    }
    return send(TvMazeApi::searchUrl(m_base, pending.query), pending);
}

quint64 TvMazeClient::lookup(qint64 tvmazeId)
{
    Pending pending;
    pending.isSearch = false;
    pending.tvmazeId = tvmazeId;
    return send(TvMazeApi::showUrl(m_base, tvmazeId), pending);
}

void TvMazeClient::cancelAll()
{
    m_fetcher->cancelAll();
}

quint64 TvMazeClient::send(const QUrl &url, const Pending &pending)
{
    const quint64 token = m_nextToken++;
    m_pending.insert(token, pending);
    FetchRequest request;
    request.id = token;
    request.url = url;
    m_fetcher->fetch(request);
    return token;
}

TvMazeError TvMazeClient::failureOf(const FetchResult &result) const
{
    const QString host = m_base.host();
    if (result.retryAfter.isValid())
        return {TvMazeError::Kind::RateLimited,
                Tr::tr("TVmaze (%1) asked us to wait: not asking again before %2.")
                    .arg(host, utcText(result.retryAfter)),
                result.retryAfter.toUTC()};
    if (result.outcome == FetchResult::Outcome::Failed &&
        result.error.kind == FeedError::Kind::Network)
        return {TvMazeError::Kind::Unreachable,
                Tr::tr("TVmaze (%1) cannot be reached: %2").arg(host, result.error.message),
                {}};
    if (result.outcome == FetchResult::Outcome::NotModified)
        return {TvMazeError::Kind::Http,
                Tr::tr("TVmaze (%1) answered 304 Not Modified to a plain request.").arg(host),
                {}};
    return {TvMazeError::Kind::Http,
            Tr::tr("TVmaze (%1) failed: %2").arg(host, result.error.message),
            {}};
}

void TvMazeClient::onFetched(const FetchResult &result)
{
    const auto it = m_pending.find(result.id);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);

    TvMazeError error;
    QList<TvMazeMatch> matches;
    TvMazeMatch match;
    if (result.outcome != FetchResult::Outcome::Fetched)
        error = failureOf(result);
    else if (pending.isSearch)
        TvMazeSearch::parseResults(result.body, &matches, &error);
    else
        TvMazeSearch::parseShow(result.body, &match, &error);

    if (pending.isSearch) {
        emit searchFinished(result.id, pending.query, matches, error);
        return;
    }
    if (result.httpStatus == 404)
        error = {TvMazeError::Kind::NotFound,
                 Tr::tr("TVmaze has no show with id %1.").arg(pending.tvmazeId),
                 {}};
    emit lookupFinished(result.id, pending.tvmazeId, match, error);
}
