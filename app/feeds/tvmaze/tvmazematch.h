#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// One show TVmaze knows, as a search or a lookup gives it: enough to tell the user which show
// it is (year, network, country) and to follow it by id. TVmaze data is CC BY-SA; `url` is the
// show's page there, for attribution.
struct TvMazeMatch {
    qint64 tvmazeId = 0;
    QString title;
    QDate premiered;  // invalid when TVmaze does not know it yet
    QString network;  // the network's name, or else the web channel's (Netflix, Apple TV+)
    QString country;  // the network's (or channel's) country name, may be empty
    QString url;      // https://www.tvmaze.com/shows/{id}/{slug}
    double score = 0; // TVmaze's relevance for the query; 0 for a lookup
};

// Why a TVmaze request gave no answer. No match is not an error: an empty list.
struct TvMazeError {
    enum class Kind {
        None,
        Unreachable, // no connection, DNS, TLS, timeout
        RateLimited, // 429 (or 503) with Retry-After, or still waiting for an earlier one
        Malformed,   // the body is not the JSON TVmaze sends
        NotFound,    // a lookup of an id TVmaze does not have (404)
        Http,        // any other HTTP failure
    };
    Kind kind = Kind::None;
    QString message;      // translated, one line
    QDateTime retryAfter; // UTC; set for RateLimited: not before then

    bool isError() const { return kind != Kind::None; }
    QString kindName() const; // unreachable, rate_limited, malformed, not_found, http
};

Q_DECLARE_METATYPE(TvMazeMatch)
Q_DECLARE_METATYPE(TvMazeError)
