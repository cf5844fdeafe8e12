#include "storage/feedstore.h"

#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {

const char *kColumns =
    "id, url, name, format, tier, interval_minutes, builtin, etag, last_modified, body_hash, "
    "status, error_kind, error_message, last_sync, last_attempt, retry_after, item_count";

QDateTime fromEpoch(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant toEpoch(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

FeedRecord readRecord(const QSqlQuery &q)
{
    FeedRecord f;
    f.id = q.value(0).toLongLong();
    f.url = q.value(1).toString();
    f.name = q.value(2).toString();
    f.format = q.value(3).toString();
    fromWireName(q.value(4).toString(), &f.tier);
    f.intervalMinutes = q.value(5).toInt();
    f.builtin = q.value(6).toBool();
    f.etag = q.value(7).toString();
    f.lastModified = q.value(8).toString();
    f.bodyHash = q.value(9).toString();
    fromWireName(q.value(10).toString(), &f.status);
    f.errorKind = q.value(11).toString();
    f.errorMessage = q.value(12).toString();
    f.lastSync = fromEpoch(q.value(13));
    f.lastAttempt = fromEpoch(q.value(14));
    f.retryAfter = fromEpoch(q.value(15));
    f.itemCount = q.value(16).toInt();
    return f;
}

} // namespace

bool FeedRecord::isDue(const QDateTime &now) const
{
    if (retryAfter.isValid() && retryAfter > now)
        return false;
    const QDateTime last = lastAttempt.isValid() ? lastAttempt : lastSync;
    return !last.isValid() || last.secsTo(now) >= qint64(intervalMinutes) * 60;
}

std::optional<FeedRecord> FeedStore::add(const QString &url, const QString &name,
                                         int intervalMinutes, Tier tier, bool builtin,
                                         QString *error)
{
    if (find(url)) {
        *error = QCoreApplication::translate("FeedStore", "The feed %1 is already in the list.")
                     .arg(url);
        return std::nullopt;
    }
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral(
                       "INSERT INTO feeds (url, name, tier, interval_minutes, builtin, added_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
                   {url, Sql::nullable(name), wireName(tier), intervalMinutes, builtin ? 1 : 0,
                    QDateTime::currentSecsSinceEpoch()},
                   error))
        return std::nullopt;
    return get(q.lastInsertId().toLongLong());
}

QString FeedStore::articleOrigin(qint64 feedId)
{
    return QStringLiteral("feed:%1").arg(feedId);
}

FeedStore::RemovalImpact FeedStore::impact(qint64 id, QString *error)
{
    RemovalImpact impact;
    QSqlQuery q(m_db.connection());
    if (Sql::exec(q, QStringLiteral("SELECT count(*) FROM articles WHERE feed_id = ?"), {id},
                  error) &&
        q.next())
        impact.articles = q.value(0).toInt();
    QSqlQuery c(m_db.connection());
    if (Sql::exec(c,
                  QStringLiteral("SELECT count(*) FROM claims WHERE origin = ? AND "
                                 "superseded_by IS NULL AND retracted_at IS NULL"),
                  {articleOrigin(id)}, error) &&
        c.next())
        impact.claims = c.value(0).toInt();
    return impact;
}

bool FeedStore::remove(qint64 id, QString *error)
{
    // The articles go with the feed; the claims they gave stay in the ledger, and their sources
    // say that the feed is gone, so a reader sees where an orphaned claim came from.
    QSqlDatabase &db = m_db.connection();
    if (!Sql::beginWrite(db)) {
        *error = QCoreApplication::translate("FeedStore", "The database is busy; try again.");
        return false;
    }
    QSqlQuery mark(db);
    QSqlQuery drop(db);
    const bool ok =
        Sql::exec(mark,
                  QStringLiteral("UPDATE sources SET feed_removed_at = ? WHERE origin = ? AND "
                                 "feed_removed_at IS NULL"),
                  {QDateTime::currentSecsSinceEpoch(), articleOrigin(id)}, error) &&
        Sql::exec(drop, QStringLiteral("DELETE FROM feeds WHERE id = ?"), {id}, error) &&
        db.commit();
    if (!ok)
        db.rollback();
    return ok;
}

QList<FeedRecord> FeedStore::list(QString *error)
{
    QList<FeedRecord> feeds;
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT %1 FROM feeds ORDER BY builtin DESC, id")
                       .arg(QLatin1String(kColumns)),
                   {}, error))
        return feeds;
    while (q.next())
        feeds << readRecord(q);
    return feeds;
}

std::optional<FeedRecord> FeedStore::get(qint64 id)
{
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT %1 FROM feeds WHERE id = ?").arg(QLatin1String(kColumns)),
                   {id}) ||
        !q.next())
        return std::nullopt;
    return readRecord(q);
}

std::optional<FeedRecord> FeedStore::find(const QString &urlOrId)
{
    bool isNumber = false;
    const qint64 id = urlOrId.toLongLong(&isNumber);
    if (isNumber)
        return get(id);
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(
            q, QStringLiteral("SELECT %1 FROM feeds WHERE url = ?").arg(QLatin1String(kColumns)),
            {urlOrId.trimmed()}) ||
        !q.next())
        return std::nullopt;
    return readRecord(q);
}

bool FeedStore::ensureBuiltin(const QString &url, const QString &name, QString *error)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(
        q,
        QStringLiteral("INSERT OR IGNORE INTO feeds (url, name, format, tier, builtin, added_at) "
                       "VALUES (?, ?, 'season_feed', 'reported', 1, ?)"),
        {url, name, QDateTime::currentSecsSinceEpoch()}, error);
}

bool FeedStore::recordChecked(qint64 id, SyncStatus status, const QString &format,
                              const QString &etag, const QString &lastModified,
                              const QString &bodyHash, int itemCount, const QDateTime &now,
                              QString *error)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(
        q,
        QStringLiteral("UPDATE feeds SET status = ?, format = coalesce(?, format), "
                       "etag = coalesce(?, etag), last_modified = coalesce(?, last_modified), "
                       "body_hash = coalesce(?, body_hash), item_count = CASE WHEN ? >= 0 THEN ? "
                       "ELSE item_count END, last_sync = ?, last_attempt = ?, retry_after = NULL, "
                       "error_kind = NULL, error_message = NULL WHERE id = ?"),
        {wireName(status), Sql::nullable(format), Sql::nullable(etag), Sql::nullable(lastModified),
         Sql::nullable(bodyHash), itemCount, itemCount, toEpoch(now), toEpoch(now), id},
        error);
}

bool FeedStore::recordFailure(qint64 id, const FeedError &failure, const QDateTime &retryAfter,
                              const QDateTime &now, QString *error)
{
    QSqlQuery q(m_db.connection());
    return Sql::exec(
        q,
        QStringLiteral("UPDATE feeds SET status = ?, error_kind = ?, error_message = ?, "
                       "last_attempt = ?, retry_after = ? WHERE id = ?"),
        {wireName(retryAfter.isValid() ? SyncStatus::Deferred : SyncStatus::Error),
         failure.kindName(), failure.message, toEpoch(now), toEpoch(retryAfter), id},
        error);
}
