#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

class Database;

// A followed show (season 0) or one followed season.
struct Follow {
    qint64 showId = 0;
    int season = 0; // 0: the whole show
    QDateTime followedAt;
};

// What the user follows and which episodes they watched. Watched episodes are regular episodes
// by number (specials are kept apart in the ledger and are not counted).
class Watchlist {
public:
    explicit Watchlist(Database &db) : m_db(db) {}

    // Adds the follow; *added is false when it was there already (then nothing changes).
    bool follow(const Follow &follow, bool *added, QString *error);
    // *removed is false when there was no such follow.
    bool unfollow(qint64 showId, int season, bool *removed, QString *error);
    QList<Follow> follows(QString *error = nullptr);
    // The follow of exactly this show and season (0: the show), if any.
    std::optional<Follow> followOf(qint64 showId, int season);
    // A season is followed by its own follow or its show's; the earlier of the two counts.
    std::optional<QDateTime> followedSince(qint64 showId, int season);

    bool setWatched(qint64 showId, int season, const QList<int> &episodes, bool watched,
                    const QDateTime &at, QString *error);
    QSet<int> watched(qint64 showId, int season, QString *error = nullptr);

private:
    Database &m_db;
};
