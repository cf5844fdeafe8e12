#pragma once

#include "domain/feederror.h"
#include "domain/vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class Database;

struct FeedRecord {
    qint64 id = 0;
    QString url;
    QString name;
    QString format; // rss, rdf, atom, json_feed, season_feed, tvmaze (empty until first sync)
    Tier tier = Tier::Reported;
    int intervalMinutes = 360;
    bool builtin = false;
    QString etag;
    QString lastModified;
    QString bodyHash;
    SyncStatus status = SyncStatus::New;
    QString errorKind;
    QString errorMessage;
    QDateTime lastSync;    // last successful check
    QDateTime lastAttempt; // last try, successful or not
    QDateTime retryAfter;  // the host asked us to wait until then
    int itemCount = 0;

    bool isDue(const QDateTime &now) const;
};

// The feeds the user configured, and what the last sync of each left behind.
class FeedStore {
public:
    explicit FeedStore(Database &db) : m_db(db) {}

    static constexpr int kDefaultIntervalMinutes = 360;

    std::optional<FeedRecord> add(const QString &url, const QString &name, int intervalMinutes,
                                  Tier tier, bool builtin, QString *error);
    // Removes the feed and its articles in one transaction; the claims they gave stay, their
    // sources marked as coming from a removed feed.
    bool remove(qint64 id, QString *error);
    struct RemovalImpact {
        int articles = 0;
        int claims = 0; // current claims extracted from those articles
    };
    RemovalImpact impact(qint64 id, QString *error = nullptr);
    // The ledger origin of the claims extracted from a feed's articles. Feed ids are never
    // reused (schema 3), so neither is an origin.
    static QString articleOrigin(qint64 feedId);
    QList<FeedRecord> list(QString *error = nullptr);
    std::optional<FeedRecord> get(qint64 id);
    // A feed by its id ("3") or URL.
    std::optional<FeedRecord> find(const QString &urlOrId);
    // Registers the built-in feed (the embedded data) once.
    bool ensureBuiltin(const QString &url, const QString &name, QString *error);

    // Bookkeeping after a sync attempt; call inside the sync's transaction.
    // itemCount < 0 keeps the stored count (nothing was parsed, e.g. 304).
    bool recordChecked(qint64 id, SyncStatus status, const QString &format, const QString &etag,
                       const QString &lastModified, const QString &bodyHash, int itemCount,
                       const QDateTime &now, QString *error);
    // A valid `retryAfter` records the feed as deferred until then (the host asked us to
    // wait), not as failed.
    bool recordFailure(qint64 id, const FeedError &failure, const QDateTime &retryAfter,
                       const QDateTime &now, QString *error);

private:
    Database &m_db;
};
