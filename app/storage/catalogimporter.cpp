#include "storage/catalogimporter.h"

#include "domain/textkeys.h"
#include "storage/claimfingerprint.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantList>
#include <optional>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CatalogImporter)
};

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

// INSERT ... ON CONFLICT DO UPDATE that only writes when a non-null incoming value differs,
// so re-importing the same data changes no rows and one feed never blanks another's fields.
// `insertOnly` columns fill a new row but never change an existing one.
QString upsertSql(const QString &table, const QStringList &conflict, const QStringList &columns,
                  const QStringList &insertOnly = {})
{
    QStringList sets, changed, marks;
    for (const QString &c : columns) {
        marks << QStringLiteral("?");
        if (conflict.contains(c) || insertOnly.contains(c))
            continue;
        sets << QStringLiteral("%1 = coalesce(excluded.%1, %1)").arg(c);
        changed << QStringLiteral("coalesce(excluded.%1, %1) IS NOT %1").arg(c);
    }
    return QStringLiteral(
               "INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO UPDATE SET %5 WHERE %6")
        .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")),
             conflict.join(QLatin1String(", ")), sets.join(QLatin1String(", ")),
             changed.join(QLatin1String(" OR ")));
}

class ImportRun {
public:
    ImportRun(Database &database, const QString &origin, ImportStats *stats)
        : m_db(database.connection()), m_statements(database.handle()), m_origin(origin),
          m_stats(stats)
    {
    }

    QString error;

    bool run(const Catalog &catalog)
    {
        for (const Show &show : catalog.shows)
            if (!importShow(show))
                return false;
        for (const Source &source : catalog.sources)
            if (!importSource(source))
                return false;
        for (const Claim &claim : catalog.claims)
            if (!importClaim(claim))
                return false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    SqliteStatements m_statements; // the hot path: thousands of rows in a big sync
    QString m_origin;
    ImportStats *m_stats;
    QHash<QString, qint64> m_showIds;   // Show::key → shows.id
    QHash<QString, qint64> m_sourceIds; // Source::key → sources.id
    QHash<QString, qint64> m_claimIds;  // Claim::key → claims.id (current version)
    // Read once per run rather than once per row: a sync may bring thousands of claims.
    std::optional<QHash<QString, QPair<qint64, QString>>> m_current; // key → (id, fingerprint)
    std::optional<QHash<QString, QString>> m_reviews;                // review key → verdict
    std::optional<QHash<QString, qint64>> m_storedSources;           // key → id

    template <typename Map, typename Fill>
    Map &loaded(std::optional<Map> &cache, const QString &sql, const QVariantList &values,
                Fill fill)
    {
        if (!cache) {
            cache.emplace();
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            q.prepare(sql);
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values[i]);
            if (q.exec())
                while (q.next())
                    fill(*cache, q);
        }
        return *cache;
    }

    QHash<QString, QPair<qint64, QString>> &currentClaims()
    {
        return loaded(
            m_current,
            QStringLiteral("SELECT key, id, fingerprint FROM claims WHERE origin = ? AND "
                           "superseded_by IS NULL AND retracted_at IS NULL"),
            {m_origin}, [](auto &map, const QSqlQuery &q) {
                map.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toString()});
            });
    }

    bool exec(const QString &sql, const QVariantList &values, bool countWrites = true)
    {
        int changed = 0;
        if (!m_statements.exec(sql, values, &changed)) {
            error = m_statements.lastError();
            return false;
        }
        if (countWrites)
            m_stats->rowsWritten += changed;
        return true;
    }

    qint64 scalar(const QString &sql, const QVariantList &values)
    {
        const qint64 value = m_statements.scalar(sql, values);
        if (value < 0)
            error = m_statements.lastError();
        return value;
    }

    qint64 findShow(const Show &show)
    {
        if (!show.url.isEmpty()) {
            const qint64 id =
                scalar(QStringLiteral("SELECT id FROM shows WHERE url = ?"), {show.url});
            if (id != 0)
                return id;
        }
        QStringList names{show.title};
        names << show.aliases;
        if (!show.originalTitle.isEmpty())
            names << show.originalTitle;
        for (const QString &name : names) {
            const qint64 id =
                scalar(QStringLiteral("SELECT show_id FROM show_names WHERE folded = ? "
                                      "ORDER BY is_title DESC LIMIT 1"),
                       {TextKeys::fold(name)});
            if (id != 0)
                return id;
        }
        return 0;
    }

    bool importShow(const Show &show)
    {
        const QVariantList fields{
            show.title,
            Sql::nullable(show.originalTitle),
            Sql::nullable(show.originalTitleRomanised),
            Sql::nullable(show.network),
            Sql::nullable(show.country),
            Sql::nullable(show.language),
            Sql::nullable(show.basedOn),
            Sql::nullable(TextKeys::toJsonArray(show.creators)),
            Sql::nullable(TextKeys::toJsonArray(show.directors)),
            Sql::nullable(TextKeys::toJsonArray(show.writers)),
            Sql::nullable(TextKeys::toJsonArray(show.genres)),
            Sql::nullable(show.synopsis),
            Sql::nullable(show.url),
            show.reception.isEmpty()
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(QString::fromUtf8(
                      QJsonDocument(show.reception).toJson(QJsonDocument::Compact)))};
        static const QStringList columns{QStringLiteral("title"),
                                         QStringLiteral("original_title"),
                                         QStringLiteral("original_title_romanised"),
                                         QStringLiteral("network"),
                                         QStringLiteral("country"),
                                         QStringLiteral("language"),
                                         QStringLiteral("based_on"),
                                         QStringLiteral("creators"),
                                         QStringLiteral("directors"),
                                         QStringLiteral("writers"),
                                         QStringLiteral("genres"),
                                         QStringLiteral("synopsis"),
                                         QStringLiteral("url"),
                                         QStringLiteral("reception")};
        qint64 id = findShow(show);
        if (id < 0)
            return false;
        if (id == 0 && show.title.isEmpty()) {
            error =
                Tr::tr("The seasons are for a show that is not in the database yet (%1); add the "
                       "show's own feed first.")
                    .arg(show.url);
            return false;
        }
        if (id == 0) {
            QStringList marks;
            for (int i = 0; i < columns.size(); ++i)
                marks << QStringLiteral("?");
            const QString insertSql =
                QStringLiteral("INSERT INTO shows (%1) VALUES (%2)")
                    .arg(columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
            if (!exec(insertSql, fields))
                return false;
            id = m_statements.lastInsertId();
        } else {
            // The title stays as first stored: another feed may know the show by an alias.
            QStringList sets, changed;
            for (const QString &c : columns.mid(1)) {
                sets << QStringLiteral("%1 = coalesce(?, %1)").arg(c);
                changed << QStringLiteral("coalesce(?, %1) IS NOT %1").arg(c);
            }
            QVariantList values = fields.mid(1);
            values << fields.mid(1);
            values << id;
            // Placeholders: the SET list, then the WHERE list, then the id.
            if (!exec(QStringLiteral("UPDATE shows SET %1 WHERE (%2) AND id = ?")
                          .arg(sets.join(QLatin1String(", ")), changed.join(QLatin1String(" OR "))),
                      values))
                return false;
        }
        m_showIds.insert(show.key, id);
        if (!importNames(id, show))
            return false;
        for (const Season &season : show.seasons)
            if (!importSeason(id, season))
                return false;
        for (const Credit &credit : show.credits)
            if (!importCredit(id, credit))
                return false;
        return true;
    }

    bool importNames(qint64 showId, const Show &show)
    {
        QStringList names{show.title};
        names << show.aliases;
        if (!show.originalTitle.isEmpty())
            names << show.originalTitle;
        if (!show.originalTitleRomanised.isEmpty())
            names << show.originalTitleRomanised;
        for (int i = 0; i < names.size(); ++i) {
            const QString folded = TextKeys::fold(names[i]);
            // A season list names no show: its title is empty and adds no name.
            if (folded.isEmpty())
                continue;
            if (!exec(QStringLiteral(
                          "INSERT OR IGNORE INTO show_names (show_id, name, folded, is_title) "
                          "VALUES (?, ?, ?, ?)"),
                      {showId, names[i], folded, i == 0 ? 1 : 0}))
                return false;
        }
        return true;
    }

    bool importSeason(qint64 showId, const Season &season)
    {
        static const QStringList columns{
            QStringLiteral("show_id"),     QStringLiteral("number"),
            QStringLiteral("status"),      QStringLiteral("episode_count"),
            QStringLiteral("premiere"),    QStringLiteral("runtime_min"),
            QStringLiteral("runtime_max"), QStringLiteral("synopsis")};
        static const QString sql =
            upsertSql(QStringLiteral("seasons"),
                      {QStringLiteral("show_id"), QStringLiteral("number")}, columns);
        static const QString weakSql = upsertSql(
            QStringLiteral("seasons"), {QStringLiteral("show_id"), QStringLiteral("number")},
            columns, {QStringLiteral("status")});
        const QVariant count = season.episodeCount ? QVariant(*season.episodeCount)
                                                   : QVariant(QMetaType::fromType<int>());
        if (!exec(season.statusIsWeak ? weakSql : sql,
                  {showId, season.number, wireName(season.status), count,
                   dateOrNull(season.premiere), Sql::nullableInt(season.runtimeMin),
                   Sql::nullableInt(season.runtimeMax), Sql::nullable(season.synopsis)}))
            return false;
        const qint64 seasonId =
            scalar(QStringLiteral("SELECT id FROM seasons WHERE show_id = ? AND number = ?"),
                   {showId, season.number});
        if (seasonId <= 0)
            return false;
        for (const Episode &episode : season.episodes)
            if (!importEpisode(seasonId, episode))
                return false;
        return true;
    }

    bool importEpisode(qint64 seasonId, const Episode &episode)
    {
        static const QString sql = upsertSql(
            QStringLiteral("episodes"),
            {QStringLiteral("season_id"), QStringLiteral("special"), QStringLiteral("number")},
            {QStringLiteral("season_id"), QStringLiteral("special"), QStringLiteral("number"),
             QStringLiteral("title"), QStringLiteral("air_date"), QStringLiteral("runtime"),
             QStringLiteral("synopsis"), QStringLiteral("url")});
        const int before = m_stats->rowsWritten;
        if (!exec(sql,
                  {seasonId, episode.special ? 1 : 0, episode.number, Sql::nullable(episode.title),
                   dateOrNull(episode.airDate), Sql::nullableInt(episode.runtime),
                   Sql::nullable(episode.synopsis), Sql::nullable(episode.url)}))
            return false;
        m_stats->episodesWritten += m_stats->rowsWritten - before;
        return true;
    }

    qint64 personId(const QString &name)
    {
        const QString folded = TextKeys::fold(name);
        if (!exec(QStringLiteral("INSERT OR IGNORE INTO people (name, folded) VALUES (?, ?)"),
                  {name, folded}))
            return -1;
        return scalar(QStringLiteral("SELECT id FROM people WHERE folded = ?"), {folded});
    }

    bool importCredit(qint64 showId, const Credit &credit)
    {
        static const QString sql =
            upsertSql(QStringLiteral("credits"),
                      {QStringLiteral("show_id"), QStringLiteral("season_number"),
                       QStringLiteral("person_id"), QStringLiteral("character")},
                      {QStringLiteral("show_id"), QStringLiteral("season_number"),
                       QStringLiteral("person_id"), QStringLiteral("character"),
                       QStringLiteral("character_aliases"), QStringLiteral("billing"),
                       QStringLiteral("role"), QStringLiteral("note"), QStringLiteral("url")});
        const qint64 person = personId(credit.actor);
        if (person <= 0)
            return false;
        return exec(
            sql,
            {showId, credit.season, person, credit.character,
             Sql::nullable(TextKeys::toJsonArray(credit.characterAliases)),
             credit.order > 0 ? QVariant(credit.order) : QVariant(QMetaType::fromType<int>()),
             Sql::nullable(credit.role), Sql::nullable(credit.note), Sql::nullable(credit.url)});
    }

    bool importSource(const Source &source)
    {
        static const QString sql = upsertSql(
            QStringLiteral("sources"), {QStringLiteral("origin"), QStringLiteral("key")},
            {QStringLiteral("origin"), QStringLiteral("key"), QStringLiteral("title"),
             QStringLiteral("publisher"), QStringLiteral("url"), QStringLiteral("published"),
             QStringLiteral("precision"), QStringLiteral("inferred")});
        QHash<QString, qint64> &stored =
            loaded(m_storedSources, QStringLiteral("SELECT key, id FROM sources WHERE origin = ?"),
                   {m_origin}, [](auto &map, const QSqlQuery &q) {
                       map.insert(q.value(0).toString(), q.value(1).toLongLong());
                   });
        if (!exec(sql, {m_origin, source.key, source.title, Sql::nullable(source.publisher),
                        Sql::nullable(source.url), dateOrNull(source.published),
                        precisionName(source.precision), source.inferred ? 1 : 0}))
            return false;
        qint64 id = stored.value(source.key);
        if (id == 0) {
            id = m_statements.lastInsertId();
            stored.insert(source.key, id);
        }
        if (id <= 0)
            return false;
        m_sourceIds.insert(source.key, id);
        return true;
    }

    QString reviewVerdict(const QString &reviewKey)
    {
        return loaded(m_reviews, QStringLiteral("SELECT fingerprint, verdict FROM claim_reviews"),
                      {},
                      [](auto &map, const QSqlQuery &q) {
                          map.insert(q.value(0).toString(), q.value(1).toString());
                      })
            .value(reviewKey);
    }

    // A cast claim whose actor is a known character (or the reverse) is a swapped pair.
    qint64 swappedCredit(qint64 showId, const Claim &claim)
    {
        if (claim.kind != ClaimKind::Cast)
            return 0;
        const QJsonObject pair = claim.value.toObject();
        return scalar(
            QStringLiteral("SELECT c.id FROM credits c JOIN people p ON p.id = c.person_id "
                           "WHERE c.show_id = ? AND lower(c.character) = lower(?) "
                           "AND p.folded = ? LIMIT 1"),
            {showId, pair.value(QLatin1String("actor")).toString(),
             TextKeys::fold(pair.value(QLatin1String("character")).toString())});
    }

    bool importClaim(const Claim &claim)
    {
        const qint64 showId = claim.showId > 0 ? claim.showId : m_showIds.value(claim.showKey);
        const qint64 sourceId = m_sourceIds.value(claim.sourceKey);
        Claim stored = claim;
        const qint64 contradicted = swappedCredit(showId, claim);
        if (contradicted < 0)
            return false;
        if (contradicted > 0)
            stored.status = ClaimStatus::Contradicted;
        // The fingerprint is of the claim as the source gives it; a reader's later verdict
        // changes the stored status, not the identity, so re-imports still match it.
        const QString fingerprint = ClaimFingerprint::of(stored, m_origin);
        // The verdict outlives re-extraction: it is keyed by what the claim says.
        Verdict verdict;
        if (fromWireName(reviewVerdict(ClaimFingerprint::reviewKey(stored, showId, m_origin)),
                         &verdict))
            stored.status = statusAfter(verdict);

        qint64 previous = 0;
        const auto current = currentClaims().constFind(claim.key);
        if (current != currentClaims().constEnd()) {
            previous = current->first;
            if (current->second == fingerprint) {
                m_claimIds.insert(claim.key, previous);
                return true;
            }
        }

        const QJsonValue value = claim.value;
        QVariant valueText(QMetaType::fromType<QString>());
        if (value.isObject())
            valueText =
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isDouble())
            valueText = QString::number(value.toInt());
        else if (value.isString())
            valueText = value.toString();
        const bool hasWindow = claim.window.isValid();
        static const QString insert =
            QStringLiteral("INSERT INTO claims (origin, key, fingerprint, show_id, season_number, "
                           "kind, value, earliest, "
                           "latest, precision, wording, tier, status, quote, quote_offset, note, "
                           "source_id, captured_at, "
                           "contradicts, contradicts_credit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?)");
        const QVariant nullInt(QMetaType::fromType<qint64>());
        if (!exec(insert, {m_origin,
                           claim.key,
                           fingerprint,
                           showId,
                           claim.season ? QVariant(*claim.season) : nullInt,
                           wireName(claim.kind),
                           valueText,
                           hasWindow ? dateOrNull(claim.window.earliest)
                                     : QVariant(QMetaType::fromType<QString>()),
                           hasWindow ? dateOrNull(claim.window.latest)
                                     : QVariant(QMetaType::fromType<QString>()),
                           hasWindow ? precisionName(claim.window.precision)
                                     : QVariant(QMetaType::fromType<QString>()),
                           Sql::nullable(claim.window.wording),
                           wireName(claim.tier),
                           wireName(stored.status),
                           Sql::nullable(claim.quote),
                           claim.quoteOffset >= 0 ? QVariant(claim.quoteOffset) : nullInt,
                           Sql::nullable(claim.note),
                           sourceId > 0 ? QVariant(sourceId) : nullInt,
                           QDateTime::currentSecsSinceEpoch(),
                           Sql::nullable(TextKeys::toJsonArray(claim.contradicts)),
                           contradicted > 0 ? QVariant(contradicted) : nullInt}))
            return false;
        const qint64 id = m_statements.lastInsertId();
        ++m_stats->claimsAdded;
        if (previous > 0) {
            if (!exec(
                    QStringLiteral(
                        "UPDATE claims SET status = 'superseded', superseded_by = ? WHERE id = ?"),
                    {id, previous}))
                return false;
            ++m_stats->claimsSuperseded;
        }
        m_claimIds.insert(claim.key, id);
        currentClaims().insert(claim.key, {id, fingerprint});
        return true;
    }
};

} // namespace

bool CatalogImporter::write(const Catalog &catalog, const QString &origin, ImportStats *stats,
                            FeedError *error)
{
    ImportStats local;
    ImportRun run(m_db, origin, &local);
    if (!run.run(catalog)) {
        *error = FeedError::storage(
            Tr::tr("Could not store the feed; nothing was changed: %1").arg(run.error));
        return false;
    }
    if (stats)
        *stats = local;
    return true;
}

bool CatalogImporter::import(const Catalog &catalog, const QString &origin, ImportStats *stats,
                             FeedError *error)
{
    QSqlDatabase &db = m_db.connection();
    if (!db.transaction()) {
        *error =
            FeedError::storage(Tr::tr("Cannot start a transaction: the database may be busy."));
        return false;
    }
    if (!write(catalog, origin, stats, error) || !db.commit()) {
        db.rollback();
        if (!error->isError())
            *error = FeedError::storage(Tr::tr("Could not commit the feed; nothing was changed."));
        return false;
    }
    return true;
}
