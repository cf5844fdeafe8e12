#pragma once

#include "domain/releasewindow.h"
#include "domain/vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Value types of what a feed knows about shows. Season feeds and TVmaze both produce a
// Catalog, so one importer writes them all.

struct Episode {
    int number = 0;
    QString title;
    QDate airDate;
    int runtime = 0; // minutes; 0 when unknown
    QString synopsis;
    bool special = false; // specials are kept apart from the numbered episodes
    QString url;          // attribution (TVmaze) or empty
};

struct Season {
    int number = 0;
    SeasonStatus status = SeasonStatus::Announced;
    // A guessed status (e.g. TVmaze without a premiere) is stored for a new season only and
    // never overwrites what the ledger already knows.
    bool statusIsWeak = false;
    std::optional<int> episodeCount; // only when officially known
    QDate premiere;
    int runtimeMin = 0;
    int runtimeMax = 0;
    QString synopsis;
    QList<Episode> episodes;
};

struct Credit {
    QString actor;
    QString character;
    int season = 0;
    int order = 0;
    QString role; // main, supporting, guest
    QStringList characterAliases;
    QString note;
    QString url;
};

struct Show {
    QString key; // feed-local id
    // A hash of the entry's own bytes in the feed (season feeds): the importer skips a show
    // whose entry is as it last imported it. Empty when the format has no such entry (TVmaze).
    QByteArray entryHash;
    QString title;
    QString originalTitle;
    QString originalTitleRomanised;
    QStringList aliases;
    QString network;
    QString country;
    QString language;
    QString basedOn;
    QStringList creators;
    QStringList directors;
    QStringList writers;
    QStringList genres;
    QString synopsis;
    QString url;
    QJsonArray reception; // [{fact, source}]
    QList<Season> seasons;
    QList<Credit> credits;
};

struct Source {
    QString key; // feed-local id
    QString title;
    QString publisher;
    QString url;
    QDate published;
    DatePrecision precision = DatePrecision::Unknown;
    bool inferred = false;
};

struct Claim {
    QString key;       // stable within the feed or article that made it
    QString showKey;   // Show::key within the same catalog
    qint64 showId = 0; // or a show already in the database (claims extracted from articles)
    std::optional<int> season;
    ClaimKind kind = ClaimKind::Plot;
    QJsonValue value; // by kind: number, {actor, character}, {event}, {milestone}, text
    ReleaseWindow window;
    Tier tier = Tier::Reported;
    ClaimStatus status = ClaimStatus::Open;
    QString quote;
    int quoteOffset = -1;
    QString note;
    QString sourceKey;
    QStringList contradicts; // keys of claims in the same origin
};

struct Catalog {
    QString title;
    QList<Show> shows;
    QList<Source> sources;
    QList<Claim> claims;
};
