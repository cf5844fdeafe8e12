#include "storage/watchlist.h"

#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QDateTime fromEpoch(const QVariant &v)
{
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

bool Watchlist::follow(const Follow &follow, bool *added, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("INSERT OR IGNORE INTO watchlist (show_id, season_number, "
                                  "followed_at) VALUES (?, ?, ?)"),
                   {follow.showId, follow.season, follow.followedAt.toSecsSinceEpoch()}, error))
        return false;
    *added = q.numRowsAffected() > 0;
    return true;
}

bool Watchlist::unfollow(qint64 showId, int season, bool *removed, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("DELETE FROM watchlist WHERE show_id = ? AND season_number = ?"),
                   {showId, season}, error))
        return false;
    *removed = q.numRowsAffected() > 0;
    return true;
}

QList<Follow> Watchlist::follows(QString *error)
{
    QList<Follow> list;
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT w.show_id, w.season_number, w.followed_at FROM "
                                  "watchlist w JOIN shows s ON s.id = w.show_id ORDER BY "
                                  "s.title COLLATE NOCASE, w.season_number"),
                   {}, error))
        return list;
    while (q.next())
        list << Follow{q.value(0).toLongLong(), q.value(1).toInt(), fromEpoch(q.value(2))};
    return list;
}

std::optional<Follow> Watchlist::followOf(qint64 showId, int season)
{
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT followed_at FROM watchlist WHERE show_id = ? AND "
                                  "season_number = ?"),
                   {showId, season}) ||
        !q.next())
        return std::nullopt;
    return Follow{showId, season, fromEpoch(q.value(0))};
}

std::optional<QDateTime> Watchlist::followedSince(qint64 showId, int season)
{
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT min(followed_at) FROM watchlist WHERE show_id = ? AND "
                                  "season_number IN (0, ?)"),
                   {showId, season}) ||
        !q.next() || q.value(0).isNull())
        return std::nullopt;
    return fromEpoch(q.value(0));
}

bool Watchlist::setWatched(qint64 showId, int season, const QList<int> &episodes, bool watched,
                           const QDateTime &at, QString *error)
{
    QSqlDatabase &db = m_db.connection();
    if (!Sql::beginWrite(db)) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    const QString sql = watched ? QStringLiteral("INSERT OR IGNORE INTO watched_episodes "
                                                 "(show_id, season_number, episode_number, "
                                                 "watched_at) VALUES (?, ?, ?, ?)")
                                : QStringLiteral("DELETE FROM watched_episodes WHERE show_id = ? "
                                                 "AND season_number = ? AND episode_number = ?");
    for (int number : episodes) {
        QVariantList values{showId, season, number};
        if (watched)
            values << at.toSecsSinceEpoch();
        if (!Sql::exec(q, sql, values, error)) {
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

QSet<int> Watchlist::watched(qint64 showId, int season, QString *error)
{
    QSet<int> numbers;
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT episode_number FROM watched_episodes WHERE show_id = ? "
                                  "AND season_number = ?"),
                   {showId, season}, error))
        return numbers;
    while (q.next())
        numbers.insert(q.value(0).toInt());
    return numbers;
}
