#include "storage/catalogimporter.h"

#include "domain/compactjson.h"
#include "domain/textkeys.h"
#include "storage/claimfingerprint.h"
#include "storage/contenthash.h"
#include "storage/database.h"
#include "storage/isodate.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <optional>
#include <sqlite3.h>

namespace {

// Gives lupdate and the runtime the same context for this file's strings.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CatalogImporter)
};

std::optional<qint64> positive(int n)
{
    return n > 0 ? std::optional<qint64>(n) : std::nullopt;
}

// INSERT ... ON CONFLICT DO UPDATE that only writes when a non-null incoming value differs,
// so re-importing the same data changes no rows and one feed never blanks another's fields.
// `insertOnly` columns fill a new row but never change an existing one.
QByteArray upsertSql(const char *table, const QStringList &conflict, const QStringList &columns,
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
        .arg(QLatin1String(table), columns.join(QLatin1String(", ")),
             marks.join(QLatin1String(", ")), conflict.join(QLatin1String(", ")),
             sets.join(QLatin1String(", ")), changed.join(QLatin1String(" OR ")))
        .toUtf8();
}

const QStringList kShowColumns{QStringLiteral("title"),
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

QByteArray showInsertSql()
{
    QStringList marks;
    for (int i = 0; i < kShowColumns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO shows (%1) VALUES (%2)")
        .arg(kShowColumns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")))
        .toUtf8();
}

// The title stays as first stored: another feed may know the show by an alias. Placeholders:
// ?1..?13 the columns after the title, ?14 the id.
QByteArray showUpdateSql()
{
    QStringList sets, changed;
    for (int i = 1; i < kShowColumns.size(); ++i) {
        sets << QStringLiteral("%1 = coalesce(?%2, %1)").arg(kShowColumns[i]).arg(i);
        changed << QStringLiteral("coalesce(?%2, %1) IS NOT %1").arg(kShowColumns[i]).arg(i);
    }
    return QStringLiteral("UPDATE shows SET %1 WHERE (%2) AND id = ?%3")
        .arg(sets.join(QLatin1String(", ")), changed.join(QLatin1String(" OR ")))
        .arg(kShowColumns.size())
        .toUtf8();
}

const QStringList kSeasonColumns{QStringLiteral("show_id"),     QStringLiteral("number"),
                                 QStringLiteral("status"),      QStringLiteral("episode_count"),
                                 QStringLiteral("premiere"),    QStringLiteral("runtime_min"),
                                 QStringLiteral("runtime_max"), QStringLiteral("synopsis")};
const QStringList kSeasonKey{QStringLiteral("show_id"), QStringLiteral("number")};
const QStringList kEpisodeKey{QStringLiteral("season_id"), QStringLiteral("special"),
                              QStringLiteral("number")};
const QStringList kCreditKey{QStringLiteral("show_id"), QStringLiteral("season_number"),
                             QStringLiteral("person_id"), QStringLiteral("character")};
const QStringList kSourceKey{QStringLiteral("origin"), QStringLiteral("key")};

// Hashes of what a source or claim entry says, so a re-import knows an unchanged one without an
// upsert or a SHA-1 fingerprint. (A show's hash comes from the feed's reader: Show::entryHash.)
// Bump a version when the importer starts storing that kind of entry differently.
class EntryHasher {
public:
    static constexpr quint64 kSourceHashVersion = 0x51;
    static constexpr quint64 kClaimHashVersion = 0xC1;

    QByteArray of(const Source &source)
    {
        m_hash = kSourceHashVersion;
        add(source.key);
        add(source.title);
        add(source.publisher);
        add(source.url);
        add(source.published);
        add(int(source.precision));
        add(source.inferred);
        return ContentHash::text(m_hash);
    }

    // Everything the fingerprint covers (ClaimFingerprint::of), `status` as it will be stored
    // (contradicted when it names a swapped cast pair); the origin is the run's.
    QByteArray of(const Claim &claim, ClaimStatus status)
    {
        m_hash = kClaimHashVersion;
        add(claim.contradicts);
        add(claim.key);
        add(int(claim.kind));
        add(claim.note);
        add(claim.quoteOffset);
        add(claim.quote);
        add(claim.season ? *claim.season : -1);
        add(claim.showKey);
        add(claim.sourceKey);
        add(int(status));
        add(int(claim.tier));
        if (claim.value.isUndefined()) {
            add(QByteArrayView("undefined"));
        } else {
            CompactJson value;
            value.value(claim.value);
            add(value.bytes());
        }
        add(claim.window.isStored());
        if (claim.window.isStored()) {
            add(claim.window.earliest);
            add(claim.window.latest);
            add(int(claim.window.precision));
            add(claim.window.wording);
        }
        return ContentHash::text(m_hash);
    }

private:
    // Each field hashed with the hash so far as its seed, its length mixed in: boundaries count.
    void add(QByteArrayView bytes) { m_hash = ContentHash::of(bytes, m_hash); }
    void add(const QString &text)
    {
        add(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
    }
    void add(const QStringList &list)
    {
        add(list.size());
        for (const QString &text : list)
            add(text);
    }
    void add(qint64 n) { add(QByteArrayView(reinterpret_cast<const char *>(&n), sizeof n)); }
    void add(const QDate &date) { add(date.isValid() ? date.toJulianDay() : qint64(-1)); }

    quint64 m_hash = 0;
};

// One import: every statement prepared once, every lookup read once, raw sqlite3 binds. It
// counts what it did per feed entry (show, season, episode, credit, source, claim): new when the
// ledger had no such record, updated when the record it had changed (for a claim: its new
// version superseded the old one), neither when the entry was already stored as it is.
class ImportRun {
public:
    ImportRun(Database &database, const QString &origin, ImportStats *stats)
        : m_db(database.handle()), m_origin(origin), m_originUtf8(origin.toUtf8()), m_stats(stats),
          m_now(QDateTime::currentSecsSinceEpoch())
    {
    }

    QString error;

    bool run(const Catalog &catalog)
    {
        if (!m_db) {
            error = Tr::tr("The database connection has no SQLite handle.");
            return false;
        }
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
    enum class Outcome { Failed, Unchanged, Inserted, Updated };

    sqlite3 *m_db;
    QString m_origin;
    QByteArray m_originUtf8;
    ImportStats *m_stats;
    qint64 m_now;
    // Each statement prepared on first use and kept for the run.
    enum Statement {
        ShowInsert,
        ShowUpdate,
        ShowName,
        SeasonUpsert,
        WeakSeasonUpsert,
        EpisodeUpsert,
        PersonInsert,
        CreditUpsert,
        SourceUpsert,
        SwappedCredit,
        ClaimInsert,
        ClaimSupersede,
        CatalogShow,
        SourceHash,
        ClaimHash,
        StatementCount
    };
    std::unique_ptr<SqliteStatement> m_statements[StatementCount];

    QHash<QString, qint64> m_showIds;   // Show::key → shows.id
    QHash<QString, qint64> m_sourceIds; // Source::key → sources.id
    // Read once per run, when first needed, rather than once per row.
    std::optional<QHash<QString, qint64>> m_showsByUrl;
    std::optional<QHash<QString, QPair<qint64, bool>>> m_showsByName; // folded → (id, is title)
    std::optional<QHash<QPair<qint64, int>, qint64>> m_seasons;       // (show, number) → id
    std::optional<QHash<QString, qint64>> m_people;                   // folded → id
    struct StoredRow {
        qint64 id = 0;
        QString fingerprint; // claims only
        QByteArray hash;     // EntryHasher's; empty for rows written before schema 4
    };
    std::optional<QHash<QString, StoredRow>> m_storedSources; // key → source
    std::optional<QHash<QString, StoredRow>> m_current;       // key → current claim version
    std::optional<QHash<QString, QString>> m_reviews;         // review key → verdict
    std::optional<QHash<QString, QPair<qint64, QByteArray>>> m_catalogShows; // key → (id, hash)
    EntryHasher m_hasher;

    SqliteStatement &statement(Statement which, const QByteArray &sql)
    {
        std::unique_ptr<SqliteStatement> &slot = m_statements[which];
        if (!slot)
            slot = std::make_unique<SqliteStatement>(m_db, sql);
        return *slot;
    }

    bool failed()
    {
        error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }

    // Runs a bound statement and says what it did to its row. The last insert id is cleared
    // first: an upsert that updates leaves it alone, so a new id means a new row.
    Outcome write(SqliteStatement &s)
    {
        if (!s.ok()) {
            failed();
            return Outcome::Failed;
        }
        sqlite3_set_last_insert_rowid(m_db, 0);
        if (!s.step()) {
            failed();
            return Outcome::Failed;
        }
        const int changed = sqlite3_changes(m_db);
        m_stats->rowsWritten += changed;
        if (changed == 0)
            return Outcome::Unchanged;
        return sqlite3_last_insert_rowid(m_db) != 0 ? Outcome::Inserted : Outcome::Updated;
    }

    void count(Outcome outcome)
    {
        if (outcome == Outcome::Inserted)
            ++m_stats->itemsNew;
        else if (outcome == Outcome::Updated)
            ++m_stats->itemsUpdated;
    }

    // Reads `sql` (bound with the origin when `byOrigin`) into a map once.
    template <typename Map, typename Fill>
    Map &loaded(std::optional<Map> &cache, const char *sql, bool byOrigin, Fill fill)
    {
        if (!cache) {
            cache.emplace();
            SqliteStatement q(m_db, sql);
            if (byOrigin)
                q.text(1, m_originUtf8);
            while (q.next())
                fill(*cache, q);
        }
        return *cache;
    }

    QHash<QString, QPair<qint64, bool>> &showsByName()
    {
        // Titles before aliases, as the lookup by name always preferred them.
        return loaded(m_showsByName,
                      "SELECT folded, show_id, is_title FROM show_names ORDER BY is_title DESC, "
                      "show_id",
                      false, [](auto &map, const SqliteStatement &q) {
                          const QString folded = q.columnText(0);
                          if (!map.contains(folded))
                              map.insert(folded, {q.columnInt(1), q.columnInt(2) != 0});
                      });
    }

    QHash<QString, qint64> &showsByUrl()
    {
        return loaded(m_showsByUrl, "SELECT url, id FROM shows WHERE url IS NOT NULL", false,
                      [](auto &map, const SqliteStatement &q) {
                          map.insert(q.columnText(0), q.columnInt(1));
                      });
    }

    qint64 findShow(const Show &show)
    {
        if (!show.url.isEmpty()) {
            if (const qint64 id = showsByUrl().value(show.url))
                return id;
        }
        QStringList names{show.title};
        names << show.aliases;
        if (!show.originalTitle.isEmpty())
            names << show.originalTitle;
        for (const QString &name : names) {
            const auto found = showsByName().constFind(TextKeys::fold(name));
            if (found != showsByName().constEnd())
                return found->first;
        }
        return 0;
    }

    void bindShowFields(SqliteStatement &s, int first, const Show &show)
    {
        s.stringOrNull(first, show.originalTitle);
        s.stringOrNull(first + 1, show.originalTitleRomanised);
        s.stringOrNull(first + 2, show.network);
        s.stringOrNull(first + 3, show.country);
        s.stringOrNull(first + 4, show.language);
        s.stringOrNull(first + 5, show.basedOn);
        s.stringOrNull(first + 6, TextKeys::toJsonArray(show.creators));
        s.stringOrNull(first + 7, TextKeys::toJsonArray(show.directors));
        s.stringOrNull(first + 8, TextKeys::toJsonArray(show.writers));
        s.stringOrNull(first + 9, TextKeys::toJsonArray(show.genres));
        s.stringOrNull(first + 10, show.synopsis);
        s.stringOrNull(first + 11, show.url);
        if (show.reception.isEmpty()) {
            s.null(first + 12);
        } else {
            CompactJson reception;
            reception.array(show.reception);
            s.string(first + 12, QString::fromUtf8(reception.bytes()));
        }
    }

    QHash<QString, QPair<qint64, QByteArray>> &catalogShows()
    {
        return loaded(m_catalogShows,
                      "SELECT c.key, c.show_id, c.content_hash FROM catalog_shows c "
                      "JOIN shows s ON s.id = c.show_id WHERE c.origin = ?",
                      true, [](auto &map, const SqliteStatement &q) {
                          map.insert(q.columnText(0), {q.columnInt(1), q.columnBytes(2)});
                      });
    }

    bool importShow(const Show &show)
    {
        // The entry as this feed gave it last time, already stored: nothing to check. (Should
        // another feed have changed that show since, its change stands: feeds describing one
        // show no longer rewrite each other's fields on every sync.)
        const QByteArray hash = show.key.isEmpty() ? QByteArray() : show.entryHash;
        if (!hash.isEmpty()) {
            const auto stored = catalogShows().constFind(show.key);
            if (stored != catalogShows().constEnd() && stored->second == hash) {
                m_showIds.insert(show.key, stored->first);
                return true;
            }
        }
        if (!writeShow(show))
            return false;
        if (hash.isEmpty())
            return true;
        SqliteStatement &s = statement(
            CatalogShow, "INSERT INTO catalog_shows (origin, key, show_id, content_hash) VALUES "
                         "(?, ?, ?, ?) ON CONFLICT (origin, key) DO UPDATE SET show_id = "
                         "excluded.show_id, content_hash = excluded.content_hash");
        s.text(1, m_originUtf8);
        s.string(2, show.key);
        s.integer(3, m_showIds.value(show.key));
        s.text(4, hash);
        return write(s) != Outcome::Failed;
    }

    bool writeShow(const Show &show)
    {
        qint64 id = findShow(show);
        if (id == 0 && show.title.isEmpty()) {
            error =
                Tr::tr("The seasons are for a show that is not in the database yet (%1); add the "
                       "show's own feed first.")
                    .arg(show.url);
            return false;
        }
        Outcome outcome;
        if (id == 0) {
            static const QByteArray insertSql = showInsertSql();
            SqliteStatement &s = statement(ShowInsert, insertSql);
            s.string(1, show.title);
            bindShowFields(s, 2, show);
            outcome = write(s);
            id = sqlite3_last_insert_rowid(m_db);
        } else {
            static const QByteArray updateSql = showUpdateSql();
            SqliteStatement &s = statement(ShowUpdate, updateSql);
            bindShowFields(s, 1, show);
            s.integer(int(kShowColumns.size()), id);
            outcome = write(s);
        }
        if (outcome == Outcome::Failed)
            return false;
        if (!show.url.isEmpty())
            showsByUrl().insert(show.url, id);
        m_showIds.insert(show.key, id);
        bool namesAdded = false;
        if (!importNames(id, show, &namesAdded))
            return false;
        // A show that only gained a name is still an updated show.
        count(outcome == Outcome::Unchanged && namesAdded ? Outcome::Updated : outcome);
        for (const Season &season : show.seasons)
            if (!importSeason(id, season))
                return false;
        for (const Credit &credit : show.credits)
            if (!importCredit(id, credit))
                return false;
        return true;
    }

    bool importNames(qint64 showId, const Show &show, bool *added)
    {
        QStringList names{show.title};
        names << show.aliases;
        if (!show.originalTitle.isEmpty())
            names << show.originalTitle;
        if (!show.originalTitleRomanised.isEmpty())
            names << show.originalTitleRomanised;
        SqliteStatement &s = statement(ShowName, "INSERT OR IGNORE INTO show_names (show_id, name, "
                                                 "folded, is_title) VALUES (?, ?, ?, ?)");
        for (int i = 0; i < names.size(); ++i) {
            const QString folded = TextKeys::fold(names[i]);
            // A season list names no show: its title is empty and adds no name.
            if (folded.isEmpty())
                continue;
            s.integer(1, showId);
            s.string(2, names[i]);
            s.string(3, folded);
            s.integer(4, i == 0 ? 1 : 0);
            const Outcome outcome = write(s);
            if (outcome == Outcome::Failed)
                return false;
            if (outcome == Outcome::Unchanged)
                continue;
            *added = true;
            auto &byName = showsByName();
            const auto known = byName.find(folded);
            if (known == byName.end())
                byName.insert(folded, {showId, i == 0});
            else if (!known->second && i == 0)
                *known = {showId, true};
        }
        return true;
    }

    qint64 seasonId(qint64 showId, int number)
    {
        return loaded(m_seasons, "SELECT show_id, number, id FROM seasons", false,
                      [](auto &map, const SqliteStatement &q) {
                          map.insert({q.columnInt(0), int(q.columnInt(1))}, q.columnInt(2));
                      })
            .value({showId, number});
    }

    bool importSeason(qint64 showId, const Season &season)
    {
        static const QByteArray sql = upsertSql("seasons", kSeasonKey, kSeasonColumns);
        static const QByteArray weakSql =
            upsertSql("seasons", kSeasonKey, kSeasonColumns, {QStringLiteral("status")});
        SqliteStatement &s = season.statusIsWeak ? statement(WeakSeasonUpsert, weakSql)
                                                 : statement(SeasonUpsert, sql);
        s.integer(1, showId);
        s.integer(2, season.number);
        s.string(3, wireName(season.status));
        s.integerOrNull(4, season.episodeCount ? std::optional<qint64>(*season.episodeCount)
                                               : std::nullopt);
        s.stringOrNull(5, isoDate(season.premiere));
        s.integerOrNull(6, positive(season.runtimeMin));
        s.integerOrNull(7, positive(season.runtimeMax));
        s.stringOrNull(8, season.synopsis);
        const Outcome outcome = write(s);
        if (outcome == Outcome::Failed)
            return false;
        count(outcome);
        qint64 id = 0;
        if (outcome == Outcome::Inserted) {
            id = sqlite3_last_insert_rowid(m_db);
            if (m_seasons)
                m_seasons->insert({showId, season.number}, id);
        } else {
            id = seasonId(showId, season.number);
        }
        if (id <= 0) {
            error = Tr::tr("Season %1 was not stored.").arg(season.number);
            return false;
        }
        for (const Episode &episode : season.episodes)
            if (!importEpisode(id, episode))
                return false;
        return true;
    }

    bool importEpisode(qint64 seasonId, const Episode &episode)
    {
        static const QByteArray sql = upsertSql(
            "episodes", kEpisodeKey,
            {QStringLiteral("season_id"), QStringLiteral("special"), QStringLiteral("number"),
             QStringLiteral("title"), QStringLiteral("air_date"), QStringLiteral("runtime"),
             QStringLiteral("synopsis"), QStringLiteral("url")});
        SqliteStatement &s = statement(EpisodeUpsert, sql);
        s.integer(1, seasonId);
        s.integer(2, episode.special ? 1 : 0);
        s.integer(3, episode.number);
        s.stringOrNull(4, episode.title);
        s.stringOrNull(5, isoDate(episode.airDate));
        s.integerOrNull(6, positive(episode.runtime));
        s.stringOrNull(7, episode.synopsis);
        s.stringOrNull(8, episode.url);
        const Outcome outcome = write(s);
        if (outcome == Outcome::Failed)
            return false;
        count(outcome);
        if (outcome != Outcome::Unchanged)
            ++m_stats->episodesWritten;
        return true;
    }

    qint64 personId(const QString &name)
    {
        const QString folded = TextKeys::fold(name);
        auto &people = loaded(m_people, "SELECT folded, id FROM people", false,
                              [](auto &map, const SqliteStatement &q) {
                                  map.insert(q.columnText(0), q.columnInt(1));
                              });
        if (const qint64 id = people.value(folded))
            return id;
        SqliteStatement &s =
            statement(PersonInsert, "INSERT INTO people (name, folded) VALUES (?, ?)");
        s.string(1, name);
        s.string(2, folded);
        if (write(s) != Outcome::Inserted)
            return -1;
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        people.insert(folded, id);
        return id;
    }

    bool importCredit(qint64 showId, const Credit &credit)
    {
        static const QByteArray sql =
            upsertSql("credits", kCreditKey,
                      {QStringLiteral("show_id"), QStringLiteral("season_number"),
                       QStringLiteral("person_id"), QStringLiteral("character"),
                       QStringLiteral("character_aliases"), QStringLiteral("billing"),
                       QStringLiteral("role"), QStringLiteral("note"), QStringLiteral("url")});
        const qint64 person = personId(credit.actor);
        if (person <= 0)
            return error.isEmpty() ? failed() : false;
        SqliteStatement &s = statement(CreditUpsert, sql);
        s.integer(1, showId);
        s.integer(2, credit.season);
        s.integer(3, person);
        s.string(4, credit.character);
        s.stringOrNull(5, TextKeys::toJsonArray(credit.characterAliases));
        s.integerOrNull(6, positive(credit.order));
        s.stringOrNull(7, credit.role);
        s.stringOrNull(8, credit.note);
        s.stringOrNull(9, credit.url);
        const Outcome outcome = write(s);
        count(outcome);
        return outcome != Outcome::Failed;
    }

    // Fills in the hash of a row stored before there were hashes (or by another importer
    // version), once, so the next run knows the row without an upsert or a fingerprint.
    bool recordHash(Statement which, const char *sql, qint64 id, const QByteArray &hash)
    {
        SqliteStatement &s = statement(which, sql);
        s.text(1, hash);
        s.integer(2, id);
        return write(s) != Outcome::Failed;
    }

    bool importSource(const Source &source)
    {
        // The hash column is set with the row but is no field of it: a row that differs only
        // there is unchanged.
        static const QByteArray sql =
            "INSERT INTO sources (origin, key, title, publisher, url, published, precision, "
            "inferred, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (origin, key) "
            "DO UPDATE SET title = coalesce(excluded.title, title), publisher = "
            "coalesce(excluded.publisher, publisher), url = coalesce(excluded.url, url), "
            "published = coalesce(excluded.published, published), precision = "
            "coalesce(excluded.precision, precision), inferred = coalesce(excluded.inferred, "
            "inferred), content_hash = excluded.content_hash WHERE coalesce(excluded.title, "
            "title) IS NOT title OR coalesce(excluded.publisher, publisher) IS NOT publisher OR "
            "coalesce(excluded.url, url) IS NOT url OR coalesce(excluded.published, published) "
            "IS NOT published OR coalesce(excluded.precision, precision) IS NOT precision OR "
            "coalesce(excluded.inferred, inferred) IS NOT inferred";
        auto &stored =
            loaded(m_storedSources, "SELECT key, id, content_hash FROM sources WHERE origin = ?",
                   true, [](auto &map, const SqliteStatement &q) {
                       map.insert(q.columnText(0), {q.columnInt(1), QString(), q.columnBytes(2)});
                   });
        const QByteArray hash = m_hasher.of(source);
        const auto known = stored.constFind(source.key);
        if (known != stored.constEnd() && known->hash == hash) {
            m_sourceIds.insert(source.key, known->id);
            return true;
        }
        SqliteStatement &s = statement(SourceUpsert, sql);
        s.text(1, m_originUtf8);
        s.string(2, source.key);
        s.string(3, source.title);
        s.stringOrNull(4, source.publisher);
        s.stringOrNull(5, source.url);
        s.stringOrNull(6, isoDate(source.published));
        s.string(7, precisionName(source.precision));
        s.integer(8, source.inferred ? 1 : 0);
        s.text(9, hash);
        const Outcome outcome = write(s);
        if (outcome == Outcome::Failed)
            return false;
        count(outcome);
        qint64 id = known != stored.constEnd() ? known->id : 0;
        if (id == 0)
            id = sqlite3_last_insert_rowid(m_db);
        if (id <= 0) {
            error = Tr::tr("Source %1 was not stored.").arg(source.key);
            return false;
        }
        if (outcome == Outcome::Unchanged &&
            !recordHash(SourceHash, "UPDATE sources SET content_hash = ? WHERE id = ?", id, hash))
            return false;
        stored.insert(source.key, {id, QString(), hash});
        m_sourceIds.insert(source.key, id);
        return true;
    }

    QHash<QString, StoredRow> &currentClaims()
    {
        return loaded(
            m_current,
            "SELECT key, id, fingerprint, content_hash FROM claims WHERE origin = ? AND "
            "superseded_by IS NULL AND retracted_at IS NULL",
            true, [](auto &map, const SqliteStatement &q) {
                map.insert(q.columnText(0), {q.columnInt(1), q.columnText(2), q.columnBytes(3)});
            });
    }

    QString reviewVerdict(const QString &reviewKey)
    {
        return loaded(m_reviews, "SELECT fingerprint, verdict FROM claim_reviews", false,
                      [](auto &map, const SqliteStatement &q) {
                          map.insert(q.columnText(0), q.columnText(1));
                      })
            .value(reviewKey);
    }

    // A cast claim whose actor is a known character (or the reverse) is a swapped pair.
    qint64 swappedCredit(qint64 showId, const Claim &claim)
    {
        if (claim.kind != ClaimKind::Cast)
            return 0;
        const QJsonObject pair = claim.value.toObject();
        SqliteStatement &s = statement(
            SwappedCredit, "SELECT c.id FROM credits c JOIN people p ON p.id = c.person_id "
                           "WHERE c.show_id = ? AND lower(c.character) = lower(?) "
                           "AND p.folded = ? LIMIT 1");
        if (!s.ok())
            return failed() ? 0 : -1;
        s.integer(1, showId);
        s.string(2, pair.value(QLatin1String("actor")).toString());
        s.string(3, TextKeys::fold(pair.value(QLatin1String("character")).toString()));
        const qint64 id = s.next() ? s.columnInt(0) : 0;
        s.reset();
        return id;
    }

    QString claimValueText(const QJsonValue &value)
    {
        if (value.isObject()) {
            CompactJson json;
            json.value(value);
            return QString::fromUtf8(json.bytes());
        }
        if (value.isDouble())
            return QString::number(value.toInt());
        if (value.isString())
            return value.toString();
        return QString();
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
        // An unchanged claim is known by its hash, without the SHA-1 fingerprint; a row
        // without one (stored before schema 4) by the fingerprint, as before.
        const QByteArray hash = m_hasher.of(claim, stored.status);
        qint64 previous = 0;
        auto &current = currentClaims();
        const auto found = current.constFind(claim.key);
        if (found != current.constEnd() && found->hash == hash)
            return true;
        // The fingerprint is of the claim as the source gives it; a reader's later verdict
        // changes the stored status, not the identity, so re-imports still match it.
        const QString fingerprint = ClaimFingerprint::of(stored, m_origin);
        if (found != current.constEnd()) {
            previous = found->id;
            if (found->fingerprint == fingerprint)
                return recordHash(ClaimHash, "UPDATE claims SET content_hash = ? WHERE id = ?",
                                  previous, hash);
        }
        // The verdict outlives re-extraction: it is keyed by what the claim says.
        Verdict verdict;
        if (fromWireName(reviewVerdict(ClaimFingerprint::reviewKey(stored, showId, m_origin)),
                         &verdict))
            stored.status = statusAfter(verdict);

        SqliteStatement &s = statement(
            ClaimInsert,
            "INSERT INTO claims (origin, key, fingerprint, show_id, season_number, kind, value, "
            "earliest, latest, precision, wording, tier, status, quote, quote_offset, note, "
            "source_id, captured_at, contradicts, contradicts_credit, content_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const bool hasWindow = claim.window.isStored(); // a lower bound: latest NULL
        s.text(1, m_originUtf8);
        s.string(2, claim.key);
        s.string(3, fingerprint);
        s.integer(4, showId);
        s.integerOrNull(5, claim.season ? std::optional<qint64>(*claim.season) : std::nullopt);
        s.string(6, wireName(claim.kind));
        const QString valueText = claimValueText(claim.value);
        if (valueText.isNull())
            s.null(7);
        else
            s.string(7, valueText);
        if (hasWindow) {
            s.stringOrNull(8, isoDate(claim.window.earliest));
            s.stringOrNull(9, isoDate(claim.window.latest));
            s.string(10, precisionName(claim.window.precision));
        } else {
            s.null(8);
            s.null(9);
            s.null(10);
        }
        s.stringOrNull(11, claim.window.wording);
        s.string(12, wireName(claim.tier));
        s.string(13, wireName(stored.status));
        s.stringOrNull(14, claim.quote);
        s.integerOrNull(15, claim.quoteOffset >= 0 ? std::optional<qint64>(claim.quoteOffset)
                                                   : std::nullopt);
        s.stringOrNull(16, claim.note);
        s.integerOrNull(17, sourceId > 0 ? std::optional<qint64>(sourceId) : std::nullopt);
        s.integer(18, m_now);
        s.stringOrNull(19, TextKeys::toJsonArray(claim.contradicts));
        s.integerOrNull(20, contradicted > 0 ? std::optional<qint64>(contradicted) : std::nullopt);
        s.text(21, hash);
        if (write(s) != Outcome::Inserted)
            return error.isEmpty() ? failed() : false;
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        ++m_stats->claimsAdded;
        if (previous > 0) {
            SqliteStatement &supersede = statement(
                ClaimSupersede,
                "UPDATE claims SET status = 'superseded', superseded_by = ? WHERE id = ?");
            supersede.integer(1, id);
            supersede.integer(2, previous);
            if (write(supersede) == Outcome::Failed)
                return false;
            ++m_stats->claimsSuperseded;
            ++m_stats->itemsUpdated;
        } else {
            ++m_stats->itemsNew;
        }
        current.insert(claim.key, {id, fingerprint, hash});
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
    if (!Sql::beginWrite(db)) {
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
