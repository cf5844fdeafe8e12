#pragma once

#include <QNetworkReply>
#include <QString>

// The texts users see for fetch failures, and the small header parsing they need. Every message
// is translated in the "FeedFetcher" context.
namespace HttpMessages {

// RFC 9110's reason phrase ("Not Found"); empty for codes it does not name. HTTP/2 sends no
// phrase at all, so messages cannot rely on the server's.
QString reasonPhrase(int status);

// "HTTP 404 Not Found"; the server's phrase only when the code is not a standard one.
QString statusMessage(int status, const QString &serverPhrase);

// The charset parameter of a Content-Type value, unquoted and lower-case; empty when absent.
QString charsetOf(const QString &contentType);

// "1.5 s", "300 ms": timeouts are configured in milliseconds but read in seconds.
QString duration(qint64 ms);

QString sizeLimitExceeded(qint64 maxBytes);
QString corruptEncoding();
QString stalled(const QString &host, qint64 timeoutMs);
QString deadlineExceeded(qint64 deadlineMs);

// A transport failure (no HTTP status to report) in words a user can act on.
QString networkError(QNetworkReply::NetworkError code, const QString &host, const QString &detail);

} // namespace HttpMessages
