#include "storage/migrations.h"

#include "storage/sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

namespace {

// Each entry takes the schema from version (index) to version (index + 1). Never edit a
// released step: add a new one.
const QStringList &steps()
{
    static const QStringList all = {
        // 1: the ledger: shows, seasons, episodes, people, credits, sources, claims.
        QStringLiteral(R"SQL(
CREATE TABLE shows (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  original_title TEXT,
  original_title_romanised TEXT,
  network TEXT,
  country TEXT,
  language TEXT,
  based_on TEXT,
  creators TEXT,
  directors TEXT,
  writers TEXT,
  genres TEXT,
  synopsis TEXT,
  url TEXT,
  reception TEXT
);
CREATE TABLE show_names (
  show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  folded TEXT NOT NULL,
  is_title INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (show_id, folded)
);
CREATE INDEX show_names_by_folded ON show_names(folded);
CREATE TABLE seasons (
  id INTEGER PRIMARY KEY,
  show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  status TEXT NOT NULL,
  episode_count INTEGER,
  premiere TEXT,
  runtime_min INTEGER,
  runtime_max INTEGER,
  synopsis TEXT,
  UNIQUE (show_id, number)
);
CREATE TABLE episodes (
  id INTEGER PRIMARY KEY,
  season_id INTEGER NOT NULL REFERENCES seasons(id) ON DELETE CASCADE,
  special INTEGER NOT NULL DEFAULT 0,
  number INTEGER NOT NULL,
  title TEXT,
  air_date TEXT,
  runtime INTEGER,
  synopsis TEXT,
  url TEXT,
  UNIQUE (season_id, special, number)
);
CREATE INDEX episodes_by_air_date ON episodes(air_date);
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  folded TEXT NOT NULL UNIQUE
);
CREATE TABLE credits (
  id INTEGER PRIMARY KEY,
  show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
  season_number INTEGER NOT NULL,
  person_id INTEGER NOT NULL REFERENCES people(id),
  character TEXT NOT NULL,
  character_aliases TEXT,
  billing INTEGER,
  role TEXT,
  note TEXT,
  url TEXT,
  UNIQUE (show_id, season_number, person_id, character)
);
CREATE INDEX credits_by_person ON credits(person_id);
CREATE TABLE sources (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  key TEXT NOT NULL,
  title TEXT NOT NULL,
  publisher TEXT,
  url TEXT,
  published TEXT,
  precision TEXT NOT NULL DEFAULT 'unknown',
  inferred INTEGER NOT NULL DEFAULT 0,
  UNIQUE (origin, key)
);
CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  origin TEXT NOT NULL,
  key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
  season_number INTEGER,
  kind TEXT NOT NULL,
  value TEXT,
  earliest TEXT,
  latest TEXT,
  precision TEXT,
  wording TEXT,
  tier TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'open',
  quote TEXT,
  quote_offset INTEGER,
  note TEXT,
  source_id INTEGER REFERENCES sources(id),
  captured_at INTEGER NOT NULL,
  superseded_by INTEGER REFERENCES claims(id),
  contradicts TEXT,
  contradicts_credit INTEGER REFERENCES credits(id)
);
CREATE INDEX claims_by_subject ON claims(show_id, season_number, kind);
CREATE INDEX claims_by_origin ON claims(origin, key);
CREATE INDEX claims_by_source ON claims(source_id);
CREATE TABLE claim_reviews (
  fingerprint TEXT PRIMARY KEY,
  verdict TEXT NOT NULL,
  reviewed_at INTEGER NOT NULL
);
)SQL"),
        // 2: feeds the user configures, and the articles they deliver.
        QStringLiteral(R"SQL(
CREATE TABLE feeds (
  id INTEGER PRIMARY KEY,
  url TEXT NOT NULL UNIQUE,
  name TEXT,
  format TEXT,
  tier TEXT NOT NULL DEFAULT 'reported',
  interval_minutes INTEGER NOT NULL DEFAULT 360,
  builtin INTEGER NOT NULL DEFAULT 0,
  etag TEXT,
  last_modified TEXT,
  body_hash TEXT,
  status TEXT NOT NULL DEFAULT 'new',
  error_kind TEXT,
  error_message TEXT,
  last_sync INTEGER,
  last_attempt INTEGER,
  retry_after INTEGER,
  item_count INTEGER NOT NULL DEFAULT 0,
  added_at INTEGER NOT NULL
);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  dedupe_key TEXT NOT NULL,
  guid TEXT,
  link TEXT,
  title TEXT,
  author TEXT,
  published INTEGER,
  updated INTEGER,
  summary_html TEXT,
  content_html TEXT,
  categories TEXT NOT NULL DEFAULT '[]',
  content_hash TEXT NOT NULL,
  show_id INTEGER REFERENCES shows(id) ON DELETE SET NULL,
  fetched_at INTEGER NOT NULL,
  UNIQUE (feed_id, dedupe_key)
);
CREATE INDEX articles_by_published ON articles(published);
CREATE INDEX articles_by_show ON articles(show_id);
)SQL"),
        // 3: identities that are never reused. Without AUTOINCREMENT SQLite hands a removed
        // feed's (or article's) id to the next row, and claims are keyed by those ids: the new
        // feed would take over the old one's sources and supersede its claims. The tables are
        // rebuilt (SQLite cannot add AUTOINCREMENT in place); migrate() turns foreign keys off
        // around the step and checks them before the commit. Sources remember a removed feed,
        // and claims remember when their article stopped saying them.
        QStringLiteral(R"SQL(
CREATE TABLE feeds_v3 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  url TEXT NOT NULL UNIQUE,
  name TEXT,
  format TEXT,
  tier TEXT NOT NULL DEFAULT 'reported',
  interval_minutes INTEGER NOT NULL DEFAULT 360,
  builtin INTEGER NOT NULL DEFAULT 0,
  etag TEXT,
  last_modified TEXT,
  body_hash TEXT,
  status TEXT NOT NULL DEFAULT 'new',
  error_kind TEXT,
  error_message TEXT,
  last_sync INTEGER,
  last_attempt INTEGER,
  retry_after INTEGER,
  item_count INTEGER NOT NULL DEFAULT 0,
  added_at INTEGER NOT NULL
);
INSERT INTO feeds_v3 SELECT id, url, name, format, tier, interval_minutes, builtin, etag,
  last_modified, body_hash, status, error_kind, error_message, last_sync, last_attempt,
  retry_after, item_count, added_at FROM feeds;
DROP TABLE feeds;
ALTER TABLE feeds_v3 RENAME TO feeds;
CREATE TABLE articles_v3 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
  dedupe_key TEXT NOT NULL,
  guid TEXT,
  link TEXT,
  title TEXT,
  author TEXT,
  published INTEGER,
  updated INTEGER,
  summary_html TEXT,
  content_html TEXT,
  categories TEXT NOT NULL DEFAULT '[]',
  content_hash TEXT NOT NULL,
  show_id INTEGER REFERENCES shows(id) ON DELETE SET NULL,
  fetched_at INTEGER NOT NULL,
  UNIQUE (feed_id, dedupe_key)
);
INSERT INTO articles_v3 SELECT id, feed_id, dedupe_key, guid, link, title, author, published,
  updated, summary_html, content_html, categories, content_hash, show_id, fetched_at
  FROM articles;
DROP TABLE articles;
ALTER TABLE articles_v3 RENAME TO articles;
CREATE INDEX articles_by_published ON articles(published);
CREATE INDEX articles_by_show ON articles(show_id);
ALTER TABLE sources ADD COLUMN feed_removed_at INTEGER;
ALTER TABLE claims ADD COLUMN retracted_at INTEGER;
)SQL"),
        // 4: speed at scale. What a catalog feed (season feed, TVmaze) last imported for each of
        // its shows, as a hash of the show's entry: a re-import skips a show whose entry did not
        // change instead of re-checking its seasons, episodes and credits row by row (a
        // 2,500-show feed spent most of a one-claim update on that); sources and claims get the
        // same kind of hash, so an unchanged one is known without a SHA-1 fingerprint or an
        // upsert each. And the articles' show index covers linked articles only: most are not
        // linked, and it was written for each.
        QStringLiteral(R"SQL(
CREATE TABLE catalog_shows (
  origin TEXT NOT NULL,
  key TEXT NOT NULL,
  show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL,
  PRIMARY KEY (origin, key)
);
DROP INDEX articles_by_show;
CREATE INDEX articles_by_show ON articles(show_id) WHERE show_id IS NOT NULL;
ALTER TABLE sources ADD COLUMN content_hash TEXT;
ALTER TABLE claims ADD COLUMN content_hash TEXT;
)SQL"),
        // 5: the watchlist and its reminders. A follow is of a whole show (season_number 0) or
        // one season. Watched episodes are keyed by show, season and number, not by episode
        // row, so a feed that rewrites its episodes keeps what was watched. reminder_state is
        // what the user was last told of a season (the baseline a change is measured from);
        // reminders holds each reminder by its idempotency key, with its deadline, and
        // delivered_at once delivered (set in the transaction that also moves the baseline, so
        // a crash never delivers one twice). calendar_events keeps each exported season release
        // slot's SEQUENCE and the dates it last had, so a moved date raises it.
        QStringLiteral(R"SQL(
CREATE TABLE watchlist (
  show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
  season_number INTEGER NOT NULL DEFAULT 0,
  followed_at INTEGER NOT NULL,
  PRIMARY KEY (show_id, season_number)
);
CREATE TABLE watched_episodes (
  show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
  season_number INTEGER NOT NULL,
  episode_number INTEGER NOT NULL,
  watched_at INTEGER NOT NULL,
  PRIMARY KEY (show_id, season_number, episode_number)
);
CREATE TABLE reminder_state (
  show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
  season_number INTEGER NOT NULL,
  known INTEGER NOT NULL DEFAULT 1,
  status TEXT,
  release_earliest TEXT,
  release_latest TEXT,
  release_precision TEXT,
  episode_count INTEGER,
  confirmed_cast TEXT NOT NULL DEFAULT '[]',
  followed_at INTEGER NOT NULL,
  PRIMARY KEY (show_id, season_number)
);
CREATE TABLE reminders (
  show_id INTEGER NOT NULL REFERENCES shows(id) ON DELETE CASCADE,
  season_number INTEGER NOT NULL,
  key TEXT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  due_at INTEGER NOT NULL,
  expires_at INTEGER,
  delivered_at INTEGER,
  PRIMARY KEY (show_id, season_number, key)
);
CREATE INDEX reminders_pending ON reminders(due_at) WHERE delivered_at IS NULL;
CREATE TABLE reminder_settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE calendar_events (
  uid TEXT PRIMARY KEY,
  sequence INTEGER NOT NULL DEFAULT 0,
  dtstart TEXT NOT NULL,
  dtend TEXT NOT NULL,
  status TEXT NOT NULL
);
)SQL"),
        // 6: an index for the reads that want one kind of claim across every show: the Library's
        // next releases and the publishers' track records read every release-window claim, and
        // without it that was a scan of the whole claims table on each reload.
        QStringLiteral(R"SQL(
CREATE INDEX claims_by_kind ON claims(kind, show_id, season_number);
)SQL"),
    };
    return all;
}

bool runScript(QSqlDatabase &db, const QString &script, QString *error)
{
    // QSqlQuery runs one statement at a time; the scripts use ';' only as terminators.
    const QStringList statements = script.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = Sql::lastError(query);
            return false;
        }
    }
    return true;
}

} // namespace

namespace Migrations {

int latestVersion()
{
    return int(steps().size());
}

int currentVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = latestVersion();
    int version = currentVersion(db);
    if (version < 0)
        return QCoreApplication::translate("Migrations",
                                           "Cannot read the schema version of the database.");
    while (version < target) {
        const int next = version + 1;
        // A step may rebuild a table that others reference; SQLite's own procedure for that
        // turns foreign keys off outside the transaction and checks them before the commit.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=OFF"));
        if (!Sql::beginWrite(db)) {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
            return QCoreApplication::translate("Migrations",
                                               "Cannot start a migration transaction.");
        }
        QString error;
        bool ok = runScript(db, steps().at(version), &error);
        if (ok) {
            QSqlQuery check(db);
            ok = check.exec(QStringLiteral("PRAGMA foreign_key_check")) && !check.next();
            if (!ok)
                error = QCoreApplication::translate("Migrations",
                                                    "a reference between tables is broken");
        }
        if (ok) {
            QSqlQuery bump(db);
            // PRAGMA takes no bound parameters; `next` is an int we computed.
            ok = bump.exec(QStringLiteral("PRAGMA user_version = %1").arg(next));
            if (!ok)
                error = Sql::lastError(bump);
        }
        ok = ok && db.commit();
        if (!ok)
            db.rollback();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        if (!ok) {
            return QCoreApplication::translate("Migrations",
                                               "Migration to schema version %1 failed: %2")
                .arg(next)
                .arg(error);
        }
        version = next;
    }
    return QString();
}

} // namespace Migrations
