#include "feeds/http/httpmessages.h"

#include <QCoreApplication>
#include <QLocale>

namespace HttpMessages {

QString reasonPhrase(int status)
{
    switch (status) {
    case 300:
        return QStringLiteral("Multiple Choices");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 303:
        return QStringLiteral("See Other");
    case 304:
        return QStringLiteral("Not Modified");
    case 305:
        return QStringLiteral("Use Proxy");
    case 307:
        return QStringLiteral("Temporary Redirect");
    case 308:
        return QStringLiteral("Permanent Redirect");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 402:
        return QStringLiteral("Payment Required");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 406:
        return QStringLiteral("Not Acceptable");
    case 407:
        return QStringLiteral("Proxy Authentication Required");
    case 408:
        return QStringLiteral("Request Timeout");
    case 409:
        return QStringLiteral("Conflict");
    case 410:
        return QStringLiteral("Gone");
    case 411:
        return QStringLiteral("Length Required");
    case 412:
        return QStringLiteral("Precondition Failed");
    case 413:
        return QStringLiteral("Content Too Large");
    case 414:
        return QStringLiteral("URI Too Long");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 416:
        return QStringLiteral("Range Not Satisfiable");
    case 417:
        return QStringLiteral("Expectation Failed");
    case 421:
        return QStringLiteral("Misdirected Request");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 425:
        return QStringLiteral("Too Early");
    case 426:
        return QStringLiteral("Upgrade Required");
    case 428:
        return QStringLiteral("Precondition Required");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 431:
        return QStringLiteral("Request Header Fields Too Large");
    case 451:
        return QStringLiteral("Unavailable For Legal Reasons");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 501:
        return QStringLiteral("Not Implemented");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    case 505:
        return QStringLiteral("HTTP Version Not Supported");
    case 511:
        return QStringLiteral("Network Authentication Required");
    default:
        return {};
    }
}

QString statusMessage(int status, const QString &serverPhrase)
{
    QString phrase = reasonPhrase(status);
    if (phrase.isEmpty())
        phrase = serverPhrase.simplified().left(80); // the server's text, kept short
    if (phrase.isEmpty())
        return QCoreApplication::translate("FeedFetcher", "HTTP %1").arg(status);
    return QCoreApplication::translate("FeedFetcher", "HTTP %1 %2").arg(status).arg(phrase);
}

QString charsetOf(const QString &contentType)
{
    const QStringList parts = contentType.split(QLatin1Char(';'));
    for (int i = 1; i < parts.size(); ++i) {
        const QString param = parts.at(i).trimmed();
        const int eq = param.indexOf(QLatin1Char('='));
        if (eq < 0 ||
            param.left(eq).trimmed().compare(QLatin1String("charset"), Qt::CaseInsensitive) != 0)
            continue;
        QString value = param.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) &&
            value.endsWith(QLatin1Char('"')))
            value = value.mid(1, value.size() - 2).trimmed();
        return value.toLower();
    }
    return {};
}

QString duration(qint64 ms)
{
    if (ms < 1000)
        return QCoreApplication::translate("FeedFetcher", "%1 ms").arg(ms);
    return QCoreApplication::translate("FeedFetcher", "%1 s")
        .arg(QLocale().toString(ms / 1000.0, 'g', 4));
}

QString sizeLimitExceeded(qint64 maxBytes)
{
    return QCoreApplication::translate("FeedFetcher",
                                       "The response is larger than the %1 size limit.")
        .arg(QLocale().formattedDataSize(maxBytes, 1, QLocale::DataSizeTraditionalFormat));
}

QString corruptEncoding()
{
    return QCoreApplication::translate(
        "FeedFetcher", "The server sent compressed data that is corrupt or cut short.");
}

QString stalled(const QString &host, qint64 timeoutMs)
{
    return QCoreApplication::translate("FeedFetcher", "Timed out: %1 sent nothing for %2.")
        .arg(host, duration(timeoutMs));
}

QString deadlineExceeded(qint64 deadlineMs)
{
    return QCoreApplication::translate("FeedFetcher",
                                       "Timed out: the download did not finish within %1.")
        .arg(duration(deadlineMs));
}

QString networkError(QNetworkReply::NetworkError code, const QString &host, const QString &detail)
{
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("FeedFetcher", "Connection refused by %1.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("FeedFetcher", "Host %1 not found (DNS lookup failed).")
            .arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate(
                   "FeedFetcher", "%1 closed the connection before the response was complete.")
            .arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return QCoreApplication::translate("FeedFetcher",
                                           "Secure connection (TLS) to %1 failed: %2")
            .arg(host, detail);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return QCoreApplication::translate("FeedFetcher", "The network is not available: %1")
            .arg(detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate("FeedFetcher", "The proxy failed: %1").arg(detail);
    default:
        return QCoreApplication::translate("FeedFetcher", "Network error with %1: %2")
            .arg(host, detail);
    }
}

} // namespace HttpMessages
