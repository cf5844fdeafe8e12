#pragma once

#include "domain/feederror.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

// What one feed fetch asks for and what it gives back. Plain values, so they cross threads in
// queued connections and the sync layer can use them without pulling in QtNetwork.

struct FetchRequest {
    quint64 id = 0; // caller's token, echoed back
    QUrl url;       // https, http, file or qrc
    QString etag;   // stored validators for conditional GET, sent as they were received
    QString lastModified;
};

struct FetchResult {
    quint64 id = 0;
    // Deferred: not requested because the host asked us (429/503 Retry-After) to wait until
    // retryAfter; the old data stays, nothing is wrong with the feed itself. Its error (Http
    // kind) says until when, for display; callers may treat Deferred as "skipped", not failed.
    enum class Outcome { Fetched, NotModified, Failed, Deferred } outcome = Outcome::Failed;
    QByteArray body;            // decoded (gunzipped) body when Fetched
    QString contentType;        // e.g. "application/rss+xml; charset=windows-1252"
    QString charset;            // charset parameter of Content-Type, lower-case, may be empty
    QString etag, lastModified; // new validators to store (the old ones again after a 304)
    int httpStatus = 0;         // 0 for file:, qrc: and failures before any response
    QUrl finalUrl;              // after redirects
    QDateTime retryAfter;       // UTC, set for 429/503 (and Deferred)
    FeedError error;            // Network or Http kind with a translated message; None otherwise
    qint64 elapsedMs = 0;       // from the first byte sent to the result, all redirects included
};

struct FetchPolicy {
    // No byte for this long (per request, headers or body) fails the fetch; <= 0 disables.
    int timeoutMs = 30000;
    // The whole fetch, redirects included, must finish within this, so a server trickling bytes
    // forever is cut off too. 0 derives it: 4 x timeoutMs (2 minutes by default, which leaves a
    // 20 MiB feed about 1.4 Mbit/s); < 0 disables.
    int deadlineMs = 0;
    qint64 maxBytes = 20 * 1024 * 1024; // decoded body bytes
    int maxRedirects = 5;
    int maxConcurrent = 4; // across all hosts; one per host always
    QByteArray userAgent;  // empty: "Cliffhanger/<version> (+homepage)"
    // 429/503 without a usable Retry-After still back off this long; a longer Retry-After is
    // clamped to maxRetryAfterSecs so one bad header cannot silence a host for good.
    int defaultRetryAfterSecs = 300;
    int maxRetryAfterSecs = 24 * 3600;
};

Q_DECLARE_METATYPE(FetchRequest)
Q_DECLARE_METATYPE(FetchResult)
