-- The queries the window's pages run, for EXPLAIN QUERY PLAN on the scale database:
--   sqlite3 -readonly build/tests/bench/scale/shows5000-articles50000-claims500000.sqlite < tests/bench/page-queries.sql
-- Copied from app/storage (libraryquery.cpp, ledgerqueries.cpp, articlestore.cpp, feedstore.cpp)
-- with ? bound to a show from the middle of the catalog (id 2500); keep them in step by hand.
.headers off
.mode list
-- LibraryQuery::rows (Library, Home: every show, at start and after each change)
EXPLAIN QUERY PLAN SELECT s.id, s.title, s.original_title, s.network,
  (SELECT count(*) FROM seasons WHERE show_id = s.id),
  (SELECT count(*) FROM claims WHERE show_id = s.id AND superseded_by IS NULL),
  (SELECT max(captured_at) FROM claims WHERE show_id = s.id),
  up.number, up.status, up.premiere
  FROM shows s LEFT JOIN seasons up ON up.id =
  (SELECT id FROM seasons WHERE show_id = s.id AND status NOT IN ('released', 'cancelled')
   ORDER BY number LIMIT 1) ORDER BY s.id;
-- LibraryModel::reload: every release-window claim (LedgerQueries::claims, kind only)
EXPLAIN QUERY PLAN SELECT c.id FROM claims c JOIN shows sh ON sh.id = c.show_id
  LEFT JOIN sources so ON so.id = c.source_id WHERE 1 = 1 AND c.kind = 'release_window'
  ORDER BY c.show_id, c.season_number, so.published, c.id;
-- RecentChanges / ShowOverview: one show's claims (and one season's)
EXPLAIN QUERY PLAN SELECT c.id FROM claims c JOIN shows sh ON sh.id = c.show_id
  LEFT JOIN sources so ON so.id = c.source_id WHERE 1 = 1 AND c.show_id = 2500
  ORDER BY c.show_id, c.season_number, so.published, c.id;
EXPLAIN QUERY PLAN SELECT c.id FROM claims c JOIN shows sh ON sh.id = c.show_id
  LEFT JOIN sources so ON so.id = c.source_id WHERE 1 = 1 AND c.show_id = 2500
  AND c.season_number = 4 ORDER BY c.show_id, c.season_number, so.published, c.id;
-- LedgerQueries::shows (ShowOverview::loadFirst)
EXPLAIN QUERY PLAN SELECT s.id, (SELECT count(*) FROM seasons WHERE show_id = s.id),
  (SELECT count(*) FROM claims WHERE show_id = s.id AND superseded_by IS NULL)
  FROM shows s ORDER BY s.title COLLATE NOCASE;
-- LedgerQueries::findShow, show(): names, seasons, episodes, credits
EXPLAIN QUERY PLAN SELECT show_id FROM show_names WHERE folded = 'x'
  ORDER BY is_title DESC, show_id LIMIT 1;
EXPLAIN QUERY PLAN SELECT name FROM show_names WHERE show_id = 2500 AND is_title = 0 ORDER BY rowid;
EXPLAIN QUERY PLAN SELECT id FROM seasons WHERE show_id = 2500 ORDER BY number;
EXPLAIN QUERY PLAN SELECT e.season_id FROM episodes e JOIN seasons s ON s.id = e.season_id
  WHERE s.show_id = 2500 ORDER BY s.number, e.special, e.number;
EXPLAIN QUERY PLAN SELECT p.name FROM credits c JOIN people p ON p.id = c.person_id
  WHERE c.show_id = 2500 ORDER BY c.season_number, coalesce(c.billing, 1000000), p.name;
-- ArticleStore::list (News tab: one show's articles)
EXPLAIN QUERY PLAN SELECT a.id FROM articles a JOIN feeds f ON f.id = a.feed_id
  WHERE 1 = 1 AND a.show_id = 2500 ORDER BY coalesce(a.published, a.updated) DESC, a.id DESC;
-- FeedStore::list, and the removal impact the Feeds page asks for
EXPLAIN QUERY PLAN SELECT id FROM feeds ORDER BY builtin DESC, id;
EXPLAIN QUERY PLAN SELECT count(*) FROM articles WHERE feed_id = 22;
EXPLAIN QUERY PLAN SELECT count(*) FROM claims WHERE origin = 'article:22'
  AND superseded_by IS NULL AND retracted_at IS NULL;
