#include "storage/ledgerqueries.h"

#include "domain/textkeys.h"
#include "storage/database.h"
#include "storage/sqlutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

QDate isoDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QJsonValue claimValue(ClaimKind kind, const QVariant &stored)
{
    if (stored.isNull())
        return QJsonValue();
    switch (kind) {
    case ClaimKind::EpisodeCount:
        return stored.toInt();
    case ClaimKind::Cast:
    case ClaimKind::Renewal:
    case ClaimKind::Production:
        return QJsonDocument::fromJson(stored.toString().toUtf8()).object();
    default:
        return stored.toString();
    }
}

} // namespace

QList<ShowSummary> LedgerQueries::shows(QString *error)
{
    QList<ShowSummary> list;
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(
            q,
            QStringLiteral(
                "SELECT s.id, s.title, s.original_title, s.network, "
                "(SELECT count(*) FROM seasons WHERE show_id = s.id), "
                "(SELECT count(*) FROM claims WHERE show_id = s.id AND superseded_by IS NULL) "
                "FROM shows s ORDER BY s.title COLLATE NOCASE"),
            {}, error))
        return list;
    while (q.next())
        list << ShowSummary{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toInt()};
    return list;
}

std::optional<qint64> LedgerQueries::findShow(const QString &titleOrAlias, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral("SELECT show_id FROM show_names WHERE folded = ? "
                                  "ORDER BY is_title DESC, show_id LIMIT 1"),
                   {TextKeys::fold(titleOrAlias)}, error))
        return std::nullopt;
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

bool LedgerQueries::isEmpty()
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM shows)")) && q.next() &&
           !q.value(0).toBool();
}

std::optional<Show> LedgerQueries::loadShow(qint64 showId, QString *error)
{
    QSqlQuery q(m_db.connection());
    if (!Sql::exec(q,
                   QStringLiteral(
                       "SELECT title, original_title, original_title_romanised, network, country, "
                       "language, based_on, creators, directors, writers, genres, synopsis, url, "
                       "reception FROM shows WHERE id = ?"),
                   {showId}, error) ||
        !q.next())
        return std::nullopt;
    Show show;
    show.key = QString::number(showId);
    show.title = q.value(0).toString();
    show.originalTitle = q.value(1).toString();
    show.originalTitleRomanised = q.value(2).toString();
    show.network = q.value(3).toString();
    show.country = q.value(4).toString();
    show.language = q.value(5).toString();
    show.basedOn = q.value(6).toString();
    show.creators = TextKeys::fromJsonArray(q.value(7).toString());
    show.directors = TextKeys::fromJsonArray(q.value(8).toString());
    show.writers = TextKeys::fromJsonArray(q.value(9).toString());
    show.genres = TextKeys::fromJsonArray(q.value(10).toString());
    show.synopsis = q.value(11).toString();
    show.url = q.value(12).toString();
    show.reception = QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array();

    if (!Sql::exec(
            q,
            QStringLiteral(
                "SELECT name FROM show_names WHERE show_id = ? AND is_title = 0 ORDER BY rowid"),
            {showId}, error))
        return std::nullopt;
    while (q.next())
        if (q.value(0).toString() != show.originalTitle &&
            q.value(0).toString() != show.originalTitleRomanised)
            show.aliases << q.value(0).toString();

    if (!Sql::exec(
            q,
            QStringLiteral(
                "SELECT id, number, status, episode_count, premiere, runtime_min, runtime_max, "
                "synopsis FROM seasons WHERE show_id = ? ORDER BY number"),
            {showId}, error))
        return std::nullopt;
    QList<qint64> seasonIds;
    while (q.next()) {
        Season s;
        seasonIds << q.value(0).toLongLong();
        s.number = q.value(1).toInt();
        fromWireName(q.value(2).toString(), &s.status);
        if (!q.value(3).isNull())
            s.episodeCount = q.value(3).toInt();
        s.premiere = isoDate(q.value(4));
        s.runtimeMin = q.value(5).toInt();
        s.runtimeMax = q.value(6).toInt();
        s.synopsis = q.value(7).toString();
        show.seasons << s;
    }
    // One query for every season's episodes (a long-running show has dozens of seasons).
    if (!Sql::exec(q,
                   QStringLiteral("SELECT e.season_id, e.number, e.title, e.air_date, e.runtime, "
                                  "e.synopsis, e.special, e.url FROM episodes e JOIN seasons s "
                                  "ON s.id = e.season_id WHERE s.show_id = ? "
                                  "ORDER BY s.number, e.special, e.number"),
                   {showId}, error))
        return std::nullopt;
    while (q.next()) {
        const qsizetype i = seasonIds.indexOf(q.value(0).toLongLong());
        if (i < 0)
            continue;
        Episode e;
        e.number = q.value(1).toInt();
        e.title = q.value(2).toString();
        e.airDate = isoDate(q.value(3));
        e.runtime = q.value(4).toInt();
        e.synopsis = q.value(5).toString();
        e.special = q.value(6).toBool();
        e.url = q.value(7).toString();
        show.seasons[i].episodes << e;
    }

    if (!Sql::exec(q,
                   QStringLiteral(
                       "SELECT p.name, c.character, c.season_number, c.billing, c.role, "
                       "c.character_aliases, c.note, c.url FROM credits c JOIN people p ON p.id = "
                       "c.person_id WHERE c.show_id = ? ORDER BY c.season_number, "
                       "coalesce(c.billing, 1000000), p.name"),
                   {showId}, error))
        return std::nullopt;
    while (q.next()) {
        Credit c;
        c.actor = q.value(0).toString();
        c.character = q.value(1).toString();
        c.season = q.value(2).toInt();
        c.order = q.value(3).toInt();
        c.role = q.value(4).toString();
        c.characterAliases = TextKeys::fromJsonArray(q.value(5).toString());
        c.note = q.value(6).toString();
        c.url = q.value(7).toString();
        show.credits << c;
    }
    return show;
}

QList<CatalogRelease> LedgerQueries::catalogReleases(QString *error)
{
    QList<CatalogRelease> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT s.show_id, s.number, s.status, coalesce((SELECT "
                                  "e.air_date FROM episodes e WHERE e.season_id = s.id AND "
                                  "e.special = 0 ORDER BY e.number LIMIT 1), s.premiere) FROM "
                                  "seasons s ORDER BY s.show_id, s.number"),
                   {}, error))
        return list;
    while (q.next()) {
        SeasonStatus status = SeasonStatus::Announced;
        fromWireName(q.value(2).toString(), &status);
        list << CatalogRelease{q.value(0).toLongLong(), q.value(1).toInt(),
                               status == SeasonStatus::Released, isoDate(q.value(3))};
    }
    return list;
}

QList<ClaimRecord> LedgerQueries::claims(const ClaimFilter &filter, QString *error)
{
    QString sql = QStringLiteral(
        "SELECT c.id, c.show_id, sh.title, c.key, c.season_number, c.kind, c.value, c.earliest, "
        "c.latest, "
        "c.precision, c.wording, c.tier, c.status, c.quote, c.quote_offset, c.note, c.contradicts, "
        "c.captured_at, c.superseded_by, c.contradicts_credit, c.fingerprint, "
        "so.key, so.title, so.publisher, so.url, so.published, so.precision, so.inferred, "
        "c.origin, "
        "c.retracted_at, so.feed_removed_at "
        "FROM claims c JOIN shows sh ON sh.id = c.show_id LEFT JOIN sources so ON so.id = "
        "c.source_id "
        "WHERE 1 = 1");
    QVariantList values;
    if (filter.id) {
        sql += QStringLiteral(" AND c.id = ?");
        values << *filter.id;
    }
    if (filter.showId) {
        sql += QStringLiteral(" AND c.show_id = ?");
        values << *filter.showId;
    }
    if (filter.season) {
        sql += QStringLiteral(" AND c.season_number = ?");
        values << *filter.season;
    }
    if (filter.kind) {
        sql += QStringLiteral(" AND c.kind = ?");
        values << wireName(*filter.kind);
    }
    sql += QStringLiteral(" ORDER BY c.show_id, c.season_number, so.published, c.id");

    QList<ClaimRecord> list;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!Sql::exec(q, sql, values, error))
        return list;
    while (q.next()) {
        ClaimRecord r;
        r.id = q.value(0).toLongLong();
        r.showId = q.value(1).toLongLong();
        r.showTitle = q.value(2).toString();
        Claim &c = r.claim;
        c.key = q.value(3).toString();
        if (!q.value(4).isNull())
            c.season = q.value(4).toInt();
        fromWireName(q.value(5).toString(), &c.kind);
        c.value = claimValue(c.kind, q.value(6));
        c.window.earliest = isoDate(q.value(7));
        c.window.latest = isoDate(q.value(8));
        c.window.precision = precisionFromName(q.value(9).toString());
        c.window.wording = q.value(10).toString();
        fromWireName(q.value(11).toString(), &c.tier);
        fromWireName(q.value(12).toString(), &c.status);
        c.quote = q.value(13).toString();
        c.quoteOffset = q.value(14).isNull() ? -1 : q.value(14).toInt();
        c.note = q.value(15).toString();
        c.contradicts = TextKeys::fromJsonArray(q.value(16).toString());
        r.capturedAt = QDateTime::fromSecsSinceEpoch(q.value(17).toLongLong(), Qt::UTC);
        r.supersededBy = q.value(18).toLongLong();
        r.contradictsCredit = q.value(19).toLongLong();
        r.fingerprint = q.value(20).toString();
        c.sourceKey = q.value(21).toString();
        r.source.key = c.sourceKey;
        r.source.title = q.value(22).toString();
        r.source.publisher = q.value(23).toString();
        r.source.url = q.value(24).toString();
        r.source.published = isoDate(q.value(25));
        r.source.precision = precisionFromName(q.value(26).toString());
        r.source.inferred = q.value(27).toBool();
        r.origin = q.value(28).toString();
        if (!q.value(29).isNull())
            r.retractedAt = QDateTime::fromSecsSinceEpoch(q.value(29).toLongLong(), Qt::UTC);
        if (!q.value(30).isNull())
            r.feedRemovedAt = QDateTime::fromSecsSinceEpoch(q.value(30).toLongLong(), Qt::UTC);
        list << r;
    }
    return list;
}
