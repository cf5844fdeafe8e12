#pragma once

#include "feeds/http/fetchtypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <deque>
#include <map>
#include <memory>

class QNetworkAccessManager;

// The polite, safe way Cliffhanger fetches a feed. It owns its QNetworkAccessManager and works
// entirely in the thread it lives in (move it to a worker thread before the first fetch, or
// create it there; call fetch()/cancelAll() there too, e.g. through QMetaObject::invokeMethod).
//
// Politeness: one request at a time per host name (port and scheme do not matter), at most
// maxConcurrent in all; conditional GET from the stored validators; an honest User-Agent; a
// 429/503 blocks its host until Retry-After (in memory, for this fetcher's lifetime), and every
// request to a blocked host comes back Deferred without touching the network.
// Safety: redirects are followed by hand (at most maxRedirects, no loops, only to http/https,
// never from https down to http); the body is capped while it streams, after decoding
// gzip/deflate ourselves (BodyDecoder) so a gzip bomb is cut off too; a stalled
// transfer and a whole fetch that takes too long both fail.
//
// finished() is emitted exactly once per fetch(), always from the event loop, never from inside
// fetch() itself, so callers may connect after calling it within the same function.
class FeedFetcher : public QObject {
    Q_OBJECT
public:
    explicit FeedFetcher(FetchPolicy policy = {}, QObject *parent = nullptr);
    ~FeedFetcher() override;

    Q_INVOKABLE void fetch(const FetchRequest &request); // queued; results arrive via finished()
    // Every queued or running fetch finishes now as Failed ("cancelled"); host blocks remain.
    Q_INVOKABLE void cancelAll();

    // When a 429/503 from `host` allows asking it again; invalid when it is not blocked.
    QDateTime hostBlockedUntil(const QString &host) const;
    const FetchPolicy &policy() const { return m_policy; }

    static bool redirectAllowed(const QUrl &from, const QUrl &to);
    static QByteArray defaultUserAgent();

signals:
    void finished(const FetchResult &result);
    // Decoded body bytes so far; total is -1 when unknown (no Content-Length, or compressed).
    void progress(quint64 id, qint64 received, qint64 total);

private:
    struct Job;

    void schedule();
    void startHop(quint64 serial);
    void onMetaData(quint64 serial);
    void onReadyRead(quint64 serial);
    void onReplyFinished(quint64 serial);
    void onDeadline(quint64 serial);
    void followRedirect(quint64 serial, int status);
    void fail(quint64 serial, const FeedError &error);
    void finish(quint64 serial, FetchResult result);
    void releaseReply(Job &job);
    void deliver(const FetchResult &result);
    void flushDeliveries();
    FetchResult deferredResult(const FetchRequest &request, const QDateTime &until) const;
    qint64 deadlineMs() const;

    FetchPolicy m_policy;
    QNetworkAccessManager *m_nam = nullptr;
    quint64 m_nextSerial = 1;                       // internal key: callers' ids may repeat
    std::map<quint64, std::unique_ptr<Job>> m_jobs; // queued and running
    std::deque<quint64> m_queue;                    // waiting for a slot, oldest first
    QSet<QString> m_busyHosts;
    int m_running = 0;
    QHash<QString, QDateTime> m_blockedUntil;
    QList<FetchResult> m_deliveries;
    bool m_flushPosted = false;
};
