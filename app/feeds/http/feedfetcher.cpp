#include "feeds/http/feedfetcher.h"

#include "feeds/http/bodydecoder.h"
#include "feeds/http/httpmessages.h"
#include "feeds/http/localfetch.h"
#include "feeds/http/redirectrules.h"
#include "feeds/http/retryafter.h"
#include "feeds/hugepages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <limits>
#include <utility>
#include <vector>

struct FeedFetcher::Job {
    FetchRequest request;
    QUrl url;     // the current hop
    QString host; // the per-host slot held while a reply runs
    int redirects = 0;
    QSet<QUrl> visited;
    QNetworkReply *reply = nullptr;
    QTimer *deadline = nullptr;
    QElapsedTimer clock; // from the first hop
    QElapsedTimer sinceProgress;
    int status = 0;                       // of the current hop, once its headers are in
    qint64 wireBytes = 0;                 // of the current hop's body as sent, kept or not
    qint64 total = -1;                    // Content-Length of an unencoded body
    std::unique_ptr<BodyDecoder> decoder; // for a 2xx body
    QByteArray body;                      // decoded
};

namespace {

// Feeds first, but anything: the format is detected from the content, not the media type.
const char kAccept[] = "application/rss+xml, application/atom+xml, application/feed+json, "
                       "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, "
                       "*/*;q=0.5";

QString hostKey(const QUrl &url)
{
    return url.host().toLower();
}

bool isWeb(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Stored validators came from a server; never let one smuggle a line break into our request.
QByteArray headerValue(const QString &value)
{
    QByteArray bytes = value.toLatin1();
    bytes.replace('\r', QByteArray()).replace('\n', QByteArray());
    return bytes.trimmed();
}

QString latin1Header(const QNetworkReply *reply, const char *name)
{
    return QString::fromLatin1(reply->rawHeader(name).trimmed());
}

FetchResult failure(const FeedError &error)
{
    FetchResult result;
    result.outcome = FetchResult::Outcome::Failed;
    result.error = error;
    return result;
}

} // namespace

FeedFetcher::FeedFetcher(FetchPolicy policy, QObject *parent)
    : QObject(parent), m_policy(std::move(policy)), m_nam(new QNetworkAccessManager(this))
{
    qRegisterMetaType<FetchRequest>();
    qRegisterMetaType<FetchResult>();
    if (m_policy.userAgent.isEmpty())
        m_policy.userAgent = defaultUserAgent();
    m_policy.maxConcurrent = qMax(1, m_policy.maxConcurrent);
    m_policy.maxRedirects = qMax(0, m_policy.maxRedirects);
    m_policy.maxBytes = qMax<qint64>(0, m_policy.maxBytes);
}

FeedFetcher::~FeedFetcher()
{
    // The replies die with the manager (our child) after this; they must not call back into a
    // half-destroyed fetcher on the way.
    for (auto &entry : m_jobs) {
        if (QNetworkReply *reply = entry.second->reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
        }
    }
}

QByteArray FeedFetcher::defaultUserAgent()
{
    return QByteArrayLiteral("Cliffhanger/" CLIFFHANGER_VERSION
                             " (+https://github.com/cliffhanger-app/cliffhanger)");
}

bool FeedFetcher::redirectAllowed(const QUrl &from, const QUrl &to)
{
    return RedirectRules::refusal(from, to).isEmpty();
}

QDateTime FeedFetcher::hostBlockedUntil(const QString &host) const
{
    const auto it = m_blockedUntil.constFind(host.toLower());
    if (it == m_blockedUntil.constEnd() || *it <= QDateTime::currentDateTimeUtc())
        return {};
    return *it;
}

qint64 FeedFetcher::deadlineMs() const
{
    if (m_policy.deadlineMs > 0)
        return m_policy.deadlineMs;
    if (m_policy.deadlineMs < 0 || m_policy.timeoutMs <= 0)
        return 0;
    return qint64(m_policy.timeoutMs) * 4;
}

void FeedFetcher::fetch(const FetchRequest &request)
{
    if (LocalFetch::handles(request.url)) {
        deliver(LocalFetch::read(request, m_policy.maxBytes));
        return;
    }
    if (!isWeb(request.url) || !request.url.isValid() || request.url.host().isEmpty()) {
        FetchResult result = failure(FeedError::network(
            request.url.scheme().isEmpty() || isWeb(request.url)
                ? QCoreApplication::translate("FeedFetcher", "Invalid feed address: %1")
                      .arg(request.url.toDisplayString())
                : QCoreApplication::translate("FeedFetcher",
                                              "Unsupported address scheme \"%1\": feeds are "
                                              "https, http, file or qrc addresses.")
                      .arg(request.url.scheme())));
        result.id = request.id;
        result.finalUrl = request.url;
        deliver(result);
        return;
    }
    const quint64 serial = m_nextSerial++;
    auto job = std::make_unique<Job>();
    job->request = request;
    job->url = request.url.adjusted(QUrl::RemoveFragment);
    job->visited.insert(job->url);
    m_jobs.emplace(serial, std::move(job));
    m_queue.push_back(serial);
    schedule();
}

void FeedFetcher::cancelAll()
{
    m_queue.clear();
    std::vector<quint64> serials;
    for (const auto &entry : m_jobs)
        serials.push_back(entry.first);
    for (quint64 serial : serials)
        fail(serial, FeedError::network(
                         QCoreApplication::translate("FeedFetcher", "The fetch was cancelled.")));
}

FetchResult FeedFetcher::deferredResult(const FetchRequest &request, const QDateTime &until) const
{
    FetchResult result = failure(FeedError::http(
        QCoreApplication::translate("FeedFetcher", "Not requested: %1 asked to wait until %2.")
            .arg(request.url.host(), until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))));
    result.outcome = FetchResult::Outcome::Deferred;
    result.retryAfter = until;
    return result;
}

// Walks the whole queue each time: requests to blocked hosts end at once even while every slot
// is taken, and a request whose host is busy does not hold back those behind it.
void FeedFetcher::schedule()
{
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        const quint64 serial = *it;
        Job &job = *m_jobs.at(serial);
        const QString host = hostKey(job.url);
        const QDateTime until = hostBlockedUntil(host);
        if (until.isValid()) {
            it = m_queue.erase(it);
            finish(serial, deferredResult(job.request, until));
        } else if (m_running < m_policy.maxConcurrent && !m_busyHosts.contains(host)) {
            it = m_queue.erase(it);
            startHop(serial);
        } else {
            ++it;
        }
    }
}

void FeedFetcher::startHop(quint64 serial)
{
    Job &job = *m_jobs.at(serial);
    job.host = hostKey(job.url);
    m_busyHosts.insert(job.host);
    ++m_running;
    job.status = 0;
    job.wireBytes = 0;
    job.total = -1;
    job.decoder.reset();
    job.body.clear();

    if (!job.clock.isValid()) {
        job.clock.start();
        if (const qint64 limit = deadlineMs(); limit > 0) {
            job.deadline = new QTimer(this);
            job.deadline->setSingleShot(true);
            connect(job.deadline, &QTimer::timeout, this, [this, serial] { onDeadline(serial); });
            job.deadline->start(int(qMin<qint64>(limit, std::numeric_limits<int>::max())));
        }
    }

    QNetworkRequest request(job.url);
    // By hand, to count hops, spot loops and refuse downgrades with our own messages.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_policy.timeoutMs > 0)
        request.setTransferTimeout(m_policy.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_policy.userAgent);
    request.setRawHeader("Accept", kAccept);
    // Setting Accept-Encoding ourselves turns QNAM's decoding off; BodyDecoder says why.
    request.setRawHeader("Accept-Encoding", BodyDecoder::acceptEncoding());
    if (const QByteArray etag = headerValue(job.request.etag); !etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    if (const QByteArray since = headerValue(job.request.lastModified); !since.isEmpty())
        request.setRawHeader("If-Modified-Since", since);

    job.reply = m_nam->get(request);
    connect(job.reply, &QNetworkReply::metaDataChanged, this,
            [this, serial] { onMetaData(serial); });
    connect(job.reply, &QNetworkReply::readyRead, this, [this, serial] { onReadyRead(serial); });
    connect(job.reply, &QNetworkReply::finished, this, [this, serial] { onReplyFinished(serial); });
}

void FeedFetcher::onMetaData(quint64 serial)
{
    const auto it = m_jobs.find(serial);
    if (it == m_jobs.end() || !it->second->reply)
        return;
    Job &job = *it->second;
    job.status = job.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (job.status < 200 || job.status >= 300)
        return;
    const QByteArray encoding = job.reply->rawHeader("Content-Encoding");
    const std::optional<BodyDecoder::Encoding> decoding = BodyDecoder::encodingFor(encoding);
    if (!decoding) {
        fail(serial, FeedError::http(QCoreApplication::translate(
                                         "FeedFetcher",
                                         "The server sent the feed in an unsupported encoding "
                                         "(Content-Encoding: %1).")
                                         .arg(QString::fromLatin1(encoding.trimmed()))));
        schedule();
        return;
    }
    job.decoder = std::make_unique<BodyDecoder>(*decoding);
    const QVariant length = job.reply->header(QNetworkRequest::ContentLengthHeader);
    if (!length.isValid() || *decoding != BodyDecoder::Encoding::Identity)
        return; // a compressed length says little about the decoded size
    // Refuse before the first body byte instead of after 20 MiB of it.
    job.total = length.toLongLong();
    if (job.total > m_policy.maxBytes) {
        fail(serial, FeedError::http(HttpMessages::sizeLimitExceeded(m_policy.maxBytes)));
        schedule();
        return;
    }
    job.body.reserve(job.total);
    adviseHugePages(job.body.data(), job.body.capacity());
}

void FeedFetcher::onReadyRead(quint64 serial)
{
    auto it = m_jobs.find(serial);
    if (it == m_jobs.end() || !it->second->reply)
        return;
    if (it->second->status == 0) {
        // QNAM announces the headers first; should it not, the body must not be lost.
        onMetaData(serial);
        it = m_jobs.find(serial);
        if (it == m_jobs.end() || !it->second->reply)
            return;
    }
    Job &job = *it->second;
    const bool keep = job.status >= 200 && job.status < 300 && job.decoder;
    BodyDecoder::Status status = BodyDecoder::Status::Ok;
    if (keep && job.decoder->encoding() == BodyDecoder::Encoding::Identity) {
        // An unencoded body is read straight into its buffer (reserved from Content-Length):
        // readAll() first copied each chunk out of QNAM's buffer into fresh memory, and then
        // into the body, which for 20 MB cost a second copy and its page faults.
        const qint64 available = job.reply->bytesAvailable();
        job.wireBytes += available;
        if (job.body.size() + available > m_policy.maxBytes) {
            status = BodyDecoder::Status::TooLarge;
        } else {
            const qsizetype before = job.body.size();
            job.body.resize(before + available);
            const qint64 got = job.reply->read(job.body.data() + before, available);
            job.body.resize(before + qMax(got, qint64(0)));
        }
    } else {
        const QByteArray chunk = job.reply->readAll();
        job.wireBytes += chunk.size();
        // The wire count bounds what is not kept (error pages) and compressed streams that
        // decode to almost nothing; the decoded count below is the one that stops a gzip bomb.
        if (job.wireBytes > m_policy.maxBytes)
            status = BodyDecoder::Status::TooLarge;
        else if (keep)
            status = job.decoder->feed(chunk, &job.body, m_policy.maxBytes);
    }
    if (status == BodyDecoder::Status::TooLarge) {
        fail(serial, FeedError::http(HttpMessages::sizeLimitExceeded(m_policy.maxBytes)));
        schedule();
        return;
    }
    if (status == BodyDecoder::Status::Corrupt) {
        fail(serial, FeedError::http(HttpMessages::corruptEncoding()));
        schedule();
        return;
    }
    // Readers do not need a signal per network packet; a 20 MiB body is a thousand of them.
    if (keep && (!job.sinceProgress.isValid() || job.sinceProgress.elapsed() >= 100)) {
        job.sinceProgress.start();
        emit progress(job.request.id, job.body.size(), job.total);
    }
}

void FeedFetcher::onReplyFinished(quint64 serial)
{
    auto it = m_jobs.find(serial);
    if (it == m_jobs.end() || !it->second->reply)
        return;
    if (it->second->reply->bytesAvailable() > 0) {
        onReadyRead(serial);
        it = m_jobs.find(serial);
        if (it == m_jobs.end() || !it->second->reply)
            return;
    }
    Job &job = *it->second;
    QNetworkReply *reply = job.reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    const bool transportFailed =
        status == 0 || (status >= 200 && status < 300 && code != QNetworkReply::NoError);
    if (transportFailed) {
        // QNAM aborts a stalled transfer itself (setTransferTimeout); our own aborts never
        // reach here because we disconnect first.
        const bool stalled =
            code == QNetworkReply::OperationCanceledError || code == QNetworkReply::TimeoutError;
        fail(serial,
             FeedError::network(
                 stalled ? HttpMessages::stalled(job.url.host(), m_policy.timeoutMs)
                         : HttpMessages::networkError(code, job.url.host(), reply->errorString())));
        schedule();
        return;
    }

    FetchResult result;
    result.httpStatus = status;
    result.finalUrl = job.url;
    if (status >= 200 && status < 300) {
        if (job.decoder && job.decoder->finish() != BodyDecoder::Status::Ok) {
            fail(serial, FeedError::http(HttpMessages::corruptEncoding()));
            schedule();
            return;
        }
        result.outcome = FetchResult::Outcome::Fetched;
        result.body = std::exchange(job.body, QByteArray());
        result.contentType = latin1Header(reply, "Content-Type");
        result.charset = HttpMessages::charsetOf(result.contentType);
        result.etag = latin1Header(reply, "ETag");
        result.lastModified = latin1Header(reply, "Last-Modified");
        emit progress(job.request.id, result.body.size(), result.body.size()); // exact at last
    } else if (status == 304) {
        // A 304 may omit the validators; the stored ones are still the right ones.
        result.outcome = FetchResult::Outcome::NotModified;
        result.etag = latin1Header(reply, "ETag");
        if (result.etag.isEmpty())
            result.etag = job.request.etag;
        result.lastModified = latin1Header(reply, "Last-Modified");
        if (result.lastModified.isEmpty())
            result.lastModified = job.request.lastModified;
    } else if (isRedirect(status)) {
        followRedirect(serial, status);
        schedule();
        return;
    } else {
        const QString phrase =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        result.outcome = FetchResult::Outcome::Failed;
        QString message = HttpMessages::statusMessage(status, phrase);
        if (status == 429 || status == 503) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QDateTime until = RetryAfter::parse(reply->rawHeader("Retry-After"), now);
            if (!until.isValid())
                until = now.addSecs(m_policy.defaultRetryAfterSecs);
            until = qMin(until, now.addSecs(m_policy.maxRetryAfterSecs));
            m_blockedUntil.removeIf([&now](const auto &entry) { return entry.value() <= now; });
            QDateTime &blocked = m_blockedUntil[job.host];
            blocked = blocked.isValid() ? qMax(blocked, until) : until;
            result.retryAfter = until;
            message =
                QCoreApplication::translate("FeedFetcher",
                                            "%1; not asking this host again before %2.")
                    .arg(message, until.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
        }
        result.error = FeedError::http(message);
    }
    finish(serial, result);
    schedule();
}

void FeedFetcher::followRedirect(quint64 serial, int status)
{
    Job &job = *m_jobs.at(serial);
    const QByteArray location = job.reply->rawHeader("Location").trimmed();
    if (location.isEmpty()) {
        fail(serial, FeedError::http(QCoreApplication::translate("FeedFetcher",
                                                                 "%1 redirect without a Location.")
                                         .arg(HttpMessages::statusMessage(status, QString()))));
        return;
    }
    const QUrl target = job.url.resolved(QUrl(QString::fromUtf8(location), QUrl::TolerantMode))
                            .adjusted(QUrl::RemoveFragment);
    if (const QString refusal = RedirectRules::refusal(job.url, target); !refusal.isEmpty()) {
        fail(serial, FeedError::http(refusal));
        return;
    }
    if (job.visited.contains(target)) {
        fail(serial,
             FeedError::http(
                 QCoreApplication::translate("FeedFetcher", "Redirect loop: %1 leads back to %2.")
                     .arg(job.url.toDisplayString(), target.toDisplayString())));
        return;
    }
    if (job.redirects >= m_policy.maxRedirects) {
        fail(serial, FeedError::http(QCoreApplication::translate(
                                         "FeedFetcher", "Too many redirects (more than %1).")
                                         .arg(m_policy.maxRedirects)));
        return;
    }
    // The next hop queues like a new request (at the front): it may be another host, which
    // could be busy or blocked.
    releaseReply(job);
    ++job.redirects;
    job.visited.insert(target);
    job.url = target;
    m_queue.push_front(serial);
}

void FeedFetcher::onDeadline(quint64 serial)
{
    // A job between two hops waits in the queue; it is out of time there too.
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (*it == serial) {
            m_queue.erase(it);
            break;
        }
    }
    fail(serial, FeedError::network(HttpMessages::deadlineExceeded(deadlineMs())));
    schedule();
}

void FeedFetcher::fail(quint64 serial, const FeedError &error)
{
    const auto it = m_jobs.find(serial);
    if (it == m_jobs.end())
        return;
    FetchResult result = failure(error);
    result.httpStatus = it->second->status;
    finish(serial, result);
}

void FeedFetcher::releaseReply(Job &job)
{
    QNetworkReply *reply = std::exchange(job.reply, nullptr);
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
    m_busyHosts.remove(job.host);
    --m_running;
}

// Ends a job for good. The caller runs schedule() afterwards, once it is done with the queue.
void FeedFetcher::finish(quint64 serial, FetchResult result)
{
    const auto it = m_jobs.find(serial);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    releaseReply(job);
    if (job.deadline) {
        job.deadline->stop();
        job.deadline->deleteLater();
    }
    result.id = job.request.id;
    if (result.finalUrl.isEmpty())
        result.finalUrl = job.url;
    if (job.clock.isValid())
        result.elapsedMs = job.clock.elapsed();
    m_jobs.erase(it);
    deliver(result);
}

void FeedFetcher::deliver(const FetchResult &result)
{
    m_deliveries.append(result);
    if (m_flushPosted)
        return;
    m_flushPosted = true;
    QMetaObject::invokeMethod(this, &FeedFetcher::flushDeliveries, Qt::QueuedConnection);
}

void FeedFetcher::flushDeliveries()
{
    m_flushPosted = false;
    const QList<FetchResult> batch = std::exchange(m_deliveries, {});
    const QPointer<FeedFetcher> alive(this);
    for (const FetchResult &result : batch) {
        emit finished(result);
        if (!alive)
            return; // a receiver deleted us; nobody is left to tell
    }
}
