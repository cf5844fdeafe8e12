#include "storage/reminderstore.h"

#include "storage/database.h"
#include "storage/isodate.h"
#include "storage/sqlutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {

QVariant epochOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : QVariant(QMetaType::fromType<QString>());
}

bool writeTold(QSqlQuery &q, qint64 showId, int season, const ToldState &t, QString *error)
{
    const QString cast = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(t.confirmedCast)).toJson(QJsonDocument::Compact));
    return Sql::exec(
        q,
        QStringLiteral("INSERT OR REPLACE INTO reminder_state (show_id, season_number, known, "
                       "status, release_earliest, release_latest, release_precision, "
                       "episode_count, confirmed_cast, followed_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)"),
        {showId, season, t.known ? 1 : 0, wireName(t.status),
         dateOrNull(t.release ? t.release->earliest : QDate()),
         dateOrNull(t.release ? t.release->latest : QDate()),
         t.release ? QVariant(precisionName(t.release->precision))
                   : QVariant(QMetaType::fromType<QString>()),
         t.episodeCount ? QVariant(*t.episodeCount) : QVariant(QMetaType::fromType<int>()), cast,
         t.followedAt.toSecsSinceEpoch()},
        error);
}

// "7,1", or "none" (the column holds no NULL, and an empty join is one).
QString joinDays(const QList<int> &days)
{
    QStringList parts;
    for (int d : days)
        parts << QString::number(d);
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(','));
}

} // namespace

std::optional<ToldState> ReminderStore::told(qint64 showId, int season, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT known, status, release_earliest, release_latest, "
                                  "release_precision, episode_count, confirmed_cast, followed_at "
                                  "FROM reminder_state WHERE show_id = ? AND season_number = ?"),
                   {showId, season}, error) ||
        !q.next())
        return std::nullopt;
    ToldState t;
    t.known = q.value(0).toBool();
    fromWireName(q.value(1).toString(), &t.status);
    if (!q.value(2).isNull()) {
        ReleaseWindow w;
        w.earliest = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        w.latest = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        w.precision = precisionFromName(q.value(4).toString());
        t.release = w;
    }
    if (!q.value(5).isNull())
        t.episodeCount = q.value(5).toInt();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        t.confirmedCast << v.toString();
    t.followedAt = QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    return t;
}

bool ReminderStore::saveTold(qint64 showId, const QHash<int, ToldState> &bySeason, QString *error)
{
    QSqlQuery q(m_db.connection());
    for (auto it = bySeason.begin(); it != bySeason.end(); ++it)
        if (!writeTold(q, showId, it.key(), it.value(), error))
            return false;
    return true;
}

bool ReminderStore::forgetUnfollowed(QString *error)
{
    QSqlQuery q(m_db.connection());
    const QString followed =
        QStringLiteral("NOT EXISTS (SELECT 1 FROM watchlist w WHERE w.show_id = %1.show_id AND "
                       "w.season_number IN (0, %1.season_number))");
    // SQLite's DELETE takes no alias: the subquery names the table itself.
    return Sql::exec(q,
                     QStringLiteral("DELETE FROM reminder_state WHERE ") +
                         followed.arg(QStringLiteral("reminder_state")),
                     {}, error) &&
           Sql::exec(q,
                     QStringLiteral("DELETE FROM reminders WHERE delivered_at IS NULL AND ") +
                         followed.arg(QStringLiteral("reminders")),
                     {}, error);
}

QSet<QString> ReminderStore::deliveredKeys(qint64 showId, int season, QString *error)
{
    QSet<QString> keys;
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT key FROM reminders WHERE show_id = ? AND "
                                  "season_number = ? AND delivered_at IS NOT NULL"),
                   {showId, season}, error))
        return keys;
    while (q.next())
        keys.insert(q.value(0).toString());
    return keys;
}

std::optional<QList<Reminder>> ReminderStore::deliver(const QList<SeasonDelivery> &seasons,
                                                      const QDateTime &at, QString *error,
                                                      const std::function<bool()> &beforeCommit)
{
    QSqlDatabase &db = m_db.connection();
    if (!Sql::beginWrite(db)) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    auto fail = [&db]() -> std::optional<QList<Reminder>> {
        db.rollback();
        return std::nullopt;
    };
    QList<Reminder> delivered;
    QSqlQuery q(db);
    for (const SeasonDelivery &s : seasons) {
        if (!Sql::exec(q,
                       QStringLiteral("DELETE FROM reminders WHERE show_id = ? AND "
                                      "season_number = ? AND delivered_at IS NULL"),
                       {s.showId, s.season}, error))
            return fail();
        for (const Reminder &r : s.due) {
            // The key is the primary key: a row another delivery wrote first is left alone,
            // and this one does not deliver it again.
            if (!Sql::exec(q,
                           QStringLiteral("INSERT OR IGNORE INTO reminders (show_id, "
                                          "season_number, key, kind, title, body, due_at, "
                                          "expires_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                          "?, ?)"),
                           {s.showId, s.season, r.key, r.kind, r.title, r.body,
                            r.dueAt.toSecsSinceEpoch(), epochOrNull(r.expiresAt),
                            at.toSecsSinceEpoch()},
                           error))
                return fail();
            if (q.numRowsAffected() > 0)
                delivered << r;
        }
        for (const Reminder &r : s.pending)
            if (!Sql::exec(q,
                           QStringLiteral("INSERT OR IGNORE INTO reminders (show_id, "
                                          "season_number, key, kind, title, body, due_at, "
                                          "expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {s.showId, s.season, r.key, r.kind, r.title, r.body,
                            r.dueAt.toSecsSinceEpoch(), epochOrNull(r.expiresAt)},
                           error))
                return fail();
        if (!writeTold(q, s.showId, s.season, s.told, error))
            return fail();
    }
    if (beforeCommit && !beforeCommit()) {
        *error = QStringLiteral("the delivery was abandoned before its commit");
        return fail();
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return fail();
    }
    std::stable_sort(delivered.begin(), delivered.end(),
                     [](const Reminder &a, const Reminder &b) { return a.dueAt < b.dueAt; });
    return delivered;
}

std::optional<QDateTime> ReminderStore::nextDeadline(QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT min(due_at) FROM reminders WHERE delivered_at IS NULL"),
                   {}, error) ||
        !q.next() || q.value(0).isNull())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

QList<Reminder> ReminderStore::deliveredList(int limit, QString *error)
{
    QList<Reminder> list;
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT r.show_id, s.title, r.season_number, r.kind, r.key, "
                                  "r.title, r.body, r.due_at, r.delivered_at FROM reminders r "
                                  "JOIN shows s ON s.id = r.show_id WHERE r.delivered_at IS NOT "
                                  "NULL ORDER BY r.delivered_at DESC, r.due_at DESC LIMIT ?"),
                   {limit}, error))
        return list;
    while (q.next()) {
        Reminder r;
        r.showId = q.value(0).toLongLong();
        r.show = q.value(1).toString();
        r.season = q.value(2).toInt();
        r.kind = q.value(3).toString();
        r.key = q.value(4).toString();
        r.title = q.value(5).toString();
        r.body = q.value(6).toString();
        r.dueAt = QDateTime::fromSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
        r.deliveredAt = QDateTime::fromSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        list << r;
    }
    return list;
}

ReminderSettings ReminderStore::settings(QString *error)
{
    ReminderSettings s;
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q, QStringLiteral("SELECT key, value FROM reminder_settings"), {}, error))
        return s;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        const bool on = value == QLatin1String("on");
        if (key == QLatin1String("days-before")) {
            s.daysBefore.clear();
            if (value != QLatin1String("none"))
                for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    s.daysBefore << part.toInt();
        } else if (key == QLatin1String("release-day")) {
            s.releaseDay = on;
        } else if (key == QLatin1String("window-changes")) {
            s.windowChanges = on;
        } else if (key == QLatin1String("confirmations")) {
            s.confirmations = on;
        } else if (key == QLatin1String("renewals")) {
            s.renewals = on;
        } else if (key == QLatin1String("hour")) {
            s.hour = value.toInt();
        } else if (key == QLatin1String("digest")) {
            s.weeklyDigest = on;
        } else if (key == QLatin1String("digest-day")) {
            s.digestDay = value.toInt();
        } else if (key == QLatin1String("quiet-hours")) {
            // "22-7", or "off"
            const QStringList hours = value.split(QLatin1Char('-'));
            s.quietStart = hours.size() == 2 ? hours[0].toInt() : -1;
            s.quietEnd = hours.size() == 2 ? hours[1].toInt() : -1;
        } else if (key == QLatin1String("calendar-file")) {
            s.calendarFile = value == QLatin1String("off") ? QString() : value; // else absolute
        }
    }
    return s;
}

bool ReminderStore::saveSettings(const ReminderSettings &s, QString *error)
{
    auto onOff = [](bool b) { return b ? QStringLiteral("on") : QStringLiteral("off"); };
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("days-before"), joinDays(s.daysBefore)},
        {QStringLiteral("release-day"), onOff(s.releaseDay)},
        {QStringLiteral("window-changes"), onOff(s.windowChanges)},
        {QStringLiteral("confirmations"), onOff(s.confirmations)},
        {QStringLiteral("renewals"), onOff(s.renewals)},
        {QStringLiteral("hour"), QString::number(s.hour)},
        {QStringLiteral("digest"), onOff(s.weeklyDigest)},
        {QStringLiteral("digest-day"), QString::number(s.digestDay)},
        {QStringLiteral("quiet-hours"),
         s.hasQuietHours() ? QStringLiteral("%1-%2").arg(s.quietStart).arg(s.quietEnd)
                           : QStringLiteral("off")},
        {QStringLiteral("calendar-file"),
         s.calendarFile.isEmpty() ? QStringLiteral("off") : s.calendarFile}};
    QSqlDatabase &db = m_db.connection();
    if (!Sql::beginWrite(db)) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const auto &[key, value] : values)
        if (!Sql::exec(q,
                       QStringLiteral("INSERT OR REPLACE INTO reminder_settings (key, value) "
                                      "VALUES (?, ?)"),
                       {key, value}, error)) {
            db.rollback();
            return false;
        }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}
