#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QUrl>

#include <functional>
#include <utility>

class LoopbackConnection;
class QTcpServer;

// A real HTTP/1.1 server on a loopback address, for tests and the benchmark.
//
// Connections: every response says "Connection: close" and the server closes after it, so one
// connection carries exactly one request. That keeps the records simple (a connection is a
// request, which is what the per-host tests count), lets bodies without Content-Length end at
// the close, and means a client never trips over a stale kept-alive socket.
//
// Speed: bodies go out in 256 KiB writes, with at most 1 MiB waiting in the socket's buffer
// (refilled on bytesWritten), so a 20 MB body leaves at loopback speed without the whole of it
// being copied into the socket first, and a client that aborts stops the sending early.
//
// Threads: use it from one thread (it may be moved to a worker thread before listen()); routes
// and records are guarded, so they may be read and set from any thread.

struct LoopbackResponse {
    int status = 200;
    QByteArray reason; // empty: the standard phrase
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool gzip = false;              // send the body gzip-encoded, with Content-Encoding: gzip
    bool chunked = false;           // Transfer-Encoding: chunked (implies no Content-Length)
    bool omitContentLength = false; // the body ends when the connection closes
    int delayMs = 0;                // wait this long before the status line
    int trickleBytes = 0;           // > 0: send the body this many bytes ...
    int trickleIntervalMs = 0;      // ... every this many ms
    bool closeWithoutResponse = false;

    LoopbackResponse &header(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
    static LoopbackResponse ok(const QByteArray &body,
                               const QByteArray &contentType = "application/rss+xml");
    static LoopbackResponse withStatus(int status, const QByteArray &body = QByteArray());
    static LoopbackResponse redirect(int status, const QByteArray &location);
};

struct LoopbackRequest {
    QByteArray method;
    QByteArray target;                                // as sent: path and query
    QByteArray path;                                  // without the query
    QList<std::pair<QByteArray, QByteArray>> headers; // names lower-case, in order
    // std::chrono::steady_clock milliseconds, comparable across servers in one process.
    qint64 startedMs = 0;   // the request was read
    qint64 finishedMs = -1; // the connection closed; -1 while it is open
    qint64 bytesSent = 0;   // response bytes (headers included) the kernel accepted
    bool completed = false; // the whole response went out

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray &name) const;
};

using LoopbackHandler = std::function<LoopbackResponse(const LoopbackRequest &)>;

class LoopbackServer : public QObject {
    Q_OBJECT
public:
    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    // A random free port on `address` (any 127.x.y.z works on Linux).
    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    // Stops listening and drops every open connection. The destructor does it too.
    void close();
    bool isListening() const;
    quint16 port() const;
    QUrl url(const QString &path) const;

    // Exact path match, query ignored; later registrations replace earlier ones. Unknown paths
    // get a 404.
    void route(const QString &path, const LoopbackResponse &response);
    void route(const QString &path, LoopbackHandler handler);

    QList<LoopbackRequest> requests() const;
    int requestCount() const;
    int requestCount(const QString &path) const;
    LoopbackRequest lastRequest() const;
    // Requests in progress at once (request read .. connection closed), at most.
    int maxConcurrent() const;

    // The largest number of requests that overlapped in time in `requests`, e.g. gathered
    // from several servers.
    static int maxOverlap(const QList<LoopbackRequest> &requests);
    static QByteArray gzip(const QByteArray &data);

private:
    friend class LoopbackConnection;
    LoopbackHandler handlerFor(const QByteArray &path) const;
    int recordStart(const LoopbackRequest &request);
    void recordSent(int index, qint64 bytes);
    void recordEnd(int index, bool completed);

    QTcpServer *m_server = nullptr;
    QHostAddress m_address;
    mutable QMutex m_mutex;
    QHash<QByteArray, LoopbackHandler> m_routes;
    QList<LoopbackRequest> m_requests;
    QList<LoopbackConnection *> m_connections; // open ones; used on the server's thread only
    int m_active = 0;
    int m_maxActive = 0;
};
