#pragma once

#include "feeds/http/fetchtypes.h"
#include "feeds/tvmaze/tvmazematch.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class FeedFetcher;

// Asks TVmaze for shows by name (/search/shows?q=) or by id (/shows/{id}), through the app's
// polite fetcher (timeouts, size cap, redirect rules, Retry-After). Asynchronous and usable from
// any one thread, the GUI's included: create it there and call it there; answers come as
// signals, always from the event loop. A 429 blocks further requests until its Retry-After, and
// they come back at once as RateLimited with the time, without touching the network.
class TvMazeClient : public QObject {
    Q_OBJECT

public:
    explicit TvMazeClient(const QUrl &base, QObject *parent = nullptr);
    ~TvMazeClient() override;

    QUrl base() const { return m_base; }

    // Each returns a token the matching signal carries, so a caller typing ahead can drop
    // answers to older queries. A blank name gives an empty list without asking TVmaze.
    Q_INVOKABLE quint64 search(const QString &name);
    Q_INVOKABLE quint64 lookup(qint64 tvmazeId);
    // Every pending request finishes now, as Unreachable ("cancelled").
    Q_INVOKABLE void cancelAll();

signals:
    void searchFinished(quint64 token, const QString &query, const QList<TvMazeMatch> &matches,
                        const TvMazeError &error);
    void lookupFinished(quint64 token, qint64 tvmazeId, const TvMazeMatch &match,
                        const TvMazeError &error);

private:
    struct Pending {
        bool isSearch = true;
        QString query;
        qint64 tvmazeId = 0;
    };

    quint64 send(const QUrl &url, const Pending &pending);
    void onFetched(const FetchResult &result);
    TvMazeError failureOf(const FetchResult &result) const;

    QUrl m_base;
    FeedFetcher *m_fetcher;
    quint64 m_nextToken = 1;
    QHash<quint64, Pending> m_pending;
};
