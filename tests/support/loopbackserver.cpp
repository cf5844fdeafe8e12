#include "support/loopbackserver.h"

#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <limits>
#include <zlib.h>

namespace {

constexpr qint64 kPiece = 256 * 1024;
constexpr qint64 kHighWater = 1024 * 1024;
constexpr int kMaxHead = 64 * 1024;

qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

QByteArray standardReason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool hasNoBody(int status, const QByteArray &method)
{
    return method == "HEAD" || (status >= 100 && status < 200) || status == 204 || status == 304;
}

} // namespace

// One accepted socket: reads one request, answers it, closes. Not a Q_OBJECT (lambdas
// suffice), so it registers with the server's list of connections: without a meta-object of
// its own, findChildren<LoopbackConnection *> would match every child of the server, its
// QTcpServer included.
class LoopbackConnection : public QObject {
public:
    LoopbackConnection(LoopbackServer *server, QTcpSocket *socket)
        : QObject(server), m_server(server), m_socket(socket)
    {
        m_server->m_connections.append(this);
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this](qint64 n) { onBytesWritten(n); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { drop(); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this] { drop(); });
    }

    ~LoopbackConnection() override
    {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        end(false);
        m_server->m_connections.removeOne(this);
    }

private:
    void onReadyRead();
    void respond();
    void startResponse();
    void writePiece(const char *data, qint64 size);
    void pump();
    void trickle();
    void finishIfDone();
    void onBytesWritten(qint64 n);
    void end(bool completed);
    void drop();

    LoopbackServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_in;
    LoopbackRequest m_request;
    bool m_haveRequest = false;
    int m_record = -1;
    bool m_ended = false;
    LoopbackResponse m_response;
    QByteArray m_payload;
    qint64 m_offset = 0;
    bool m_tailQueued = false;
    QTimer *m_trickle = nullptr;
};

void LoopbackConnection::onReadyRead()
{
    m_in += m_socket->readAll();
    if (m_haveRequest) {
        m_in.clear(); // one request per connection; anything more is ignored
        return;
    }
    const int headEnd = m_in.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_in.size() > kMaxHead)
            m_socket->abort();
        return;
    }
    const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    LoopbackRequest request;
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    request.path = request.target.left(
        request.target.indexOf('?') < 0 ? request.target.size() : request.target.indexOf('?'));
    qint64 contentLength = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const int colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name == "content-length")
            contentLength = value.toLongLong();
    }
    if (m_in.size() < headEnd + 4 + contentLength)
        return; // the request body is still coming; it is read but not kept
    m_haveRequest = true;
    m_in.clear();
    request.startedMs = steadyNowMs();
    m_request = request;
    m_record = m_server->recordStart(request);
    respond();
}

void LoopbackConnection::respond()
{
    const LoopbackHandler handler = m_server->handlerFor(m_request.path);
    m_response = handler ? handler(m_request)
                         : LoopbackResponse::withStatus(404, "no route for this path\n");
    if (m_response.closeWithoutResponse) {
        m_socket->disconnectFromHost();
        return;
    }
    if (m_response.delayMs > 0)
        QTimer::singleShot(m_response.delayMs, this, [this] { startResponse(); });
    else
        startResponse();
}

void LoopbackConnection::startResponse()
{
    if (m_ended)
        return;
    const LoopbackResponse &r = m_response;
    const bool bodyless = hasNoBody(r.status, m_request.method);
    m_payload = r.gzip ? LoopbackServer::gzip(r.body) : r.body;
    const bool chunked = r.chunked && !bodyless;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                      (r.reason.isEmpty() ? standardReason(r.status) : r.reason) + "\r\n";
    head += "Connection: close\r\n";
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (!r.omitContentLength && !(r.status == 304 || r.status == 204))
        head += "Content-Length: " + QByteArray::number(m_payload.size()) + "\r\n";
    if (r.gzip)
        head += "Content-Encoding: gzip\r\n";
    for (const auto &header : r.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "\r\n";
    m_socket->write(head);
    if (bodyless)
        m_payload.clear();
    m_response.chunked = chunked;

    if (r.trickleBytes > 0 && !m_payload.isEmpty()) {
        m_trickle = new QTimer(this);
        connect(m_trickle, &QTimer::timeout, this, [this] { trickle(); });
        m_trickle->start(qMax(1, r.trickleIntervalMs));
        trickle();
    } else {
        pump();
    }
}

void LoopbackConnection::writePiece(const char *data, qint64 size)
{
    if (m_response.chunked)
        m_socket->write(QByteArray::number(size, 16) + "\r\n");
    m_socket->write(data, size);
    if (m_response.chunked)
        m_socket->write("\r\n");
    m_offset += size;
}

// Keeps at most kHighWater queued in the socket, so memory stays flat and an aborted client
// stops the sending within about that much.
void LoopbackConnection::pump()
{
    while (!m_ended && m_offset < m_payload.size() && m_socket->bytesToWrite() < kHighWater)
        writePiece(m_payload.constData() + m_offset, qMin(kPiece, m_payload.size() - m_offset));
    finishIfDone();
}

void LoopbackConnection::trickle()
{
    if (m_ended || m_offset >= m_payload.size())
        return;
    writePiece(m_payload.constData() + m_offset,
               qMin<qint64>(m_response.trickleBytes, m_payload.size() - m_offset));
    if (m_offset >= m_payload.size())
        m_trickle->stop();
    finishIfDone();
}

void LoopbackConnection::finishIfDone()
{
    if (m_ended || m_offset < m_payload.size())
        return;
    if (!m_tailQueued) {
        m_tailQueued = true;
        if (m_response.chunked)
            m_socket->write("0\r\n\r\n");
    }
    if (m_socket->bytesToWrite() == 0) {
        end(true);
        m_socket->disconnectFromHost();
    }
}

void LoopbackConnection::onBytesWritten(qint64 n)
{
    if (m_record >= 0)
        m_server->recordSent(m_record, n);
    if (m_trickle)
        finishIfDone();
    else
        pump();
}

void LoopbackConnection::end(bool completed)
{
    if (m_ended)
        return;
    m_ended = true;
    if (m_trickle)
        m_trickle->stop();
    if (m_record >= 0)
        m_server->recordEnd(m_record, completed);
}

void LoopbackConnection::drop()
{
    end(false);
    deleteLater();
}

LoopbackResponse LoopbackResponse::ok(const QByteArray &body, const QByteArray &contentType)
{
    LoopbackResponse r;
    r.body = body;
    r.header("Content-Type", contentType);
    return r;
}

LoopbackResponse LoopbackResponse::withStatus(int status, const QByteArray &body)
{
    LoopbackResponse r;
    r.status = status;
    r.body = body;
    if (!body.isEmpty())
        r.header("Content-Type", "text/plain");
    return r;
}

LoopbackResponse LoopbackResponse::redirect(int status, const QByteArray &location)
{
    LoopbackResponse r;
    r.status = status;
    r.header("Location", location);
    return r;
}

QByteArray LoopbackRequest::header(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    for (const auto &h : headers) {
        if (h.first == lower)
            return h.second;
    }
    return {};
}

bool LoopbackRequest::hasHeader(const QByteArray &name) const
{
    const QByteArray lower = name.toLower();
    return std::any_of(headers.begin(), headers.end(),
                       [&](const auto &h) { return h.first == lower; });
}

LoopbackServer::LoopbackServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            new LoopbackConnection(this, socket);
    });
}

LoopbackServer::~LoopbackServer()
{
    close();
}

bool LoopbackServer::listen(const QHostAddress &address)
{
    Q_ASSERT(address.isLoopback()); // tests never open a port to the network
    m_address = address;
    return m_server->listen(address, 0);
}

void LoopbackServer::close()
{
    m_server->close();
    const QList<LoopbackConnection *> open = m_connections; // each one removes itself
    qDeleteAll(open);
}

bool LoopbackServer::isListening() const
{
    return m_server->isListening();
}

quint16 LoopbackServer::port() const
{
    return m_server->serverPort();
}

QUrl LoopbackServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://%1:%2%3").arg(m_address.toString()).arg(port()).arg(path));
}

void LoopbackServer::route(const QString &path, const LoopbackResponse &response)
{
    route(path, [response](const LoopbackRequest &) { return response; });
}

void LoopbackServer::route(const QString &path, LoopbackHandler handler)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path.toUtf8(), std::move(handler));
}

LoopbackHandler LoopbackServer::handlerFor(const QByteArray &path) const
{
    QMutexLocker lock(&m_mutex);
    return m_routes.value(path);
}

QList<LoopbackRequest> LoopbackServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int LoopbackServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_requests.size());
}

int LoopbackServer::requestCount(const QString &path) const
{
    const QByteArray key = path.toUtf8();
    QMutexLocker lock(&m_mutex);
    return int(std::count_if(m_requests.begin(), m_requests.end(),
                             [&](const LoopbackRequest &r) { return r.path == key; }));
}

LoopbackRequest LoopbackServer::lastRequest() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests.isEmpty() ? LoopbackRequest() : m_requests.last();
}

int LoopbackServer::maxConcurrent() const
{
    QMutexLocker lock(&m_mutex);
    return m_maxActive;
}

int LoopbackServer::recordStart(const LoopbackRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(request);
    m_maxActive = qMax(m_maxActive, ++m_active);
    return int(m_requests.size()) - 1;
}

void LoopbackServer::recordSent(int index, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_requests[index].bytesSent += bytes;
}

void LoopbackServer::recordEnd(int index, bool completed)
{
    QMutexLocker lock(&m_mutex);
    m_requests[index].finishedMs = steadyNowMs();
    m_requests[index].completed = completed;
    --m_active;
}

int LoopbackServer::maxOverlap(const QList<LoopbackRequest> &requests)
{
    // +1 at each start, -1 at each end; ends sort before starts at the same millisecond, since
    // a request that ended then did not overlap one that began then.
    QList<std::pair<qint64, int>> events;
    for (const LoopbackRequest &r : requests) {
        if (r.startedMs == 0)
            continue;
        events.append({r.startedMs, +1});
        events.append({r.finishedMs < 0 ? std::numeric_limits<qint64>::max() : r.finishedMs, -1});
    }
    std::sort(events.begin(), events.end());
    int now = 0;
    int most = 0;
    for (const auto &event : events)
        most = qMax(most, now += event.second);
    return most;
}

QByteArray LoopbackServer::gzip(const QByteArray &data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}
