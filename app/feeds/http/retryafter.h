#pragma once

#include <QByteArray>
#include <QDateTime>

// Retry-After and the HTTP-date it may carry, apart from the fetcher so they can be table-tested.
namespace RetryAfter {

// An HTTP-date in any of the three forms RFC 9110 says recipients must accept (IMF-fixdate,
// RFC 850, asctime), in UTC; invalid when the value is none of them.
QDateTime parseHttpDate(const QByteArray &value);

// IMF-fixdate, the form servers send ("Sun, 06 Nov 1994 08:49:37 GMT").
QByteArray toHttpDate(const QDateTime &when);

// When a Retry-After value (delta-seconds or an HTTP-date) says to come back, never before
// `nowUtc`; invalid when the value is neither form.
QDateTime parse(const QByteArray &value, const QDateTime &nowUtc);

} // namespace RetryAfter
