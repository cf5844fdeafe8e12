#!/usr/bin/env python3
"""Check a Cliffhanger season feed (docs/feed-format.md), standard library only.

    tests/tools/check-feed.py [FEED.json ...]

Without arguments it checks resources/default-feed.json and, for that file, also the
expectations the app has of its default data (the season 2 outlook and so on).
If the `jsonschema` package is importable, each feed is also validated against
docs/season-feed.schema.json; --require-schema makes its absence an error. Exit status 0 when every feed passes.
"""

import datetime
import json
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_FEED = os.path.join(ROOT, "resources", "default-feed.json")
SCHEMA = os.path.join(ROOT, "docs", "season-feed.schema.json")

FORMAT = "cliffhanger-season-feed"
VERSION = 1
SHOW_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARTIAL = {"year": re.compile(r"^\d{4}$"), "month": re.compile(r"^\d{4}-\d{2}$"), "day": DATE}
SEASON_STATUS = {"announced", "renewed", "in_production", "filming", "post_production", "released", "cancelled"}
ROLES = {"main", "supporting", "guest"}
KINDS = {"release_window", "episode_count", "cast", "renewal", "production", "plot"}
TIERS = {"official": 4, "reported": 3, "rumour": 2, "estimate": 1}
CLAIM_STATUS = {"open", "confirmed", "contradicted", "superseded", "dismissed"}
WINDOW_PRECISION = {"day", "month", "quarter", "season", "part_of_year", "year", "unknown"}
RENEWAL_EVENTS = {"renewed", "cancelled", "creator_interest"}
MILESTONES = {"pre_production", "filming_started", "filming_wrapped", "filming_not_started", "post_production"}


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")

    # -- primitive checks -------------------------------------------------
    def is_int(self, v):
        return isinstance(v, int) and not isinstance(v, bool)

    def int_field(self, obj, key, where, minimum, required=False):
        if key not in obj:
            if required:
                self.error(where, f"missing required integer '{key}'")
            return None
        v = obj[key]
        if not self.is_int(v) or v < minimum:
            self.error(where, f"'{key}' must be an integer >= {minimum}, got {v!r}")
            return None
        return v

    def str_field(self, obj, key, where, required=False, nonempty=False, nullable=False):
        if key not in obj:
            if required:
                self.error(where, f"missing required string '{key}'")
            return None
        v = obj[key]
        if v is None and nullable:
            return None
        if not isinstance(v, str) or (nonempty and not v.strip()):
            self.error(where, f"'{key}' must be a {'non-empty ' if nonempty else ''}string, got {v!r}")
            return None
        return v

    def str_list(self, obj, key, where):
        if key not in obj:
            return []
        v = obj[key]
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            self.error(where, f"'{key}' must be an array of non-empty strings")
            return []
        if len(set(v)) != len(v):
            self.error(where, f"'{key}' has duplicates")
        return v

    def enum_field(self, obj, key, where, allowed, required=False):
        if key not in obj:
            if required:
                self.error(where, f"missing required '{key}'")
            return None
        v = obj[key]
        if v not in allowed:
            self.error(where, f"'{key}' must be one of {sorted(allowed)}, got {v!r}")
            return None
        return v

    def date_value(self, v, where, key):
        if not isinstance(v, str) or not DATE.match(v):
            self.error(where, f"'{key}' must be YYYY-MM-DD, got {v!r}")
            return None
        try:
            return datetime.date.fromisoformat(v)
        except ValueError:
            self.error(where, f"'{key}' is not a calendar date: {v!r}")
            return None

    def date_field(self, obj, key, where):
        return self.date_value(obj[key], where, key) if key in obj else None

    def is_object(self, v, where):
        if not isinstance(v, dict):
            self.error(where, "must be a JSON object")
            return False
        return True

    def array(self, obj, key, where, required=False):
        if key not in obj:
            if required:
                self.error(where, f"missing required array '{key}'")
            return []
        if not isinstance(obj[key], list):
            self.error(where, f"'{key}' must be an array")
            return []
        return obj[key]

    # -- the feed ---------------------------------------------------------
    def check(self, feed):
        if not self.is_object(feed, "feed"):
            return
        if feed.get("format") != FORMAT:
            self.error("feed", f"'format' must be {FORMAT!r}")
        if not self.is_int(feed.get("version")):
            self.error("feed", "'version' must be an integer")
        elif feed["version"] > VERSION:
            self.error("feed", f"version {feed['version']} is newer than {VERSION}: a v{VERSION} reader refuses it")
        elif feed["version"] < 1:
            self.error("feed", "'version' must be >= 1")
        self.str_field(feed, "title", "feed")
        self.str_field(feed, "description", "feed")
        self.str_field(feed, "homepage", "feed", nullable=True)

        sources = self.array(feed, "sources", "feed")
        self.source_ids = set()
        for i, src in enumerate(sources):
            self.check_source(src, f"sources[{i}]")

        shows = self.array(feed, "shows", "feed", required=True)
        self.shows = {}
        for i, show in enumerate(shows):
            self.check_show(show, f"shows[{i}]")

        claims = self.array(feed, "claims", "feed")
        self.claim_ids = set()
        for i, c in enumerate(claims):
            if isinstance(c, dict) and isinstance(c.get("id"), str) and c["id"]:
                if c["id"] in self.claim_ids:
                    self.error(f"claims[{i}]", f"duplicate claim id {c['id']!r}")
                self.claim_ids.add(c["id"])
        for i, c in enumerate(claims):
            self.check_claim(c, f"claims[{i}]")

    def check_source(self, src, where):
        if not self.is_object(src, where):
            return
        sid = self.str_field(src, "id", where, required=True, nonempty=True)
        if sid:
            where = f"source {sid}"
            if sid in self.source_ids:
                self.error(where, "duplicate source id")
            self.source_ids.add(sid)
        self.str_field(src, "title", where, required=True, nonempty=True)
        self.str_field(src, "publisher", where)
        self.str_field(src, "url", where, nullable=True)
        self.str_field(src, "note", where)
        if "inferred" in src and not isinstance(src["inferred"], bool):
            self.error(where, "'inferred' must be a boolean")
        precision = self.enum_field(src, "precision", where, set(PARTIAL))
        if "published" in src:
            pub = src["published"]
            form = next((p for p, rx in PARTIAL.items() if isinstance(pub, str) and rx.match(pub)), None)
            if form is None:
                self.error(where, f"'published' must be YYYY, YYYY-MM or YYYY-MM-DD, got {pub!r}")
            else:
                padded = {"year": "-01-01", "month": "-01", "day": ""}[form]
                try:
                    datetime.date.fromisoformat(pub + padded)
                except ValueError:
                    self.error(where, f"'published' is not a calendar date: {pub!r}")
                if precision and precision != form:
                    self.error(where, f"'precision' {precision!r} does not match published {pub!r} ({form})")

    def check_show(self, show, where):
        if not self.is_object(show, where):
            return
        sid = self.str_field(show, "id", where, required=True, nonempty=True)
        if sid is not None:
            if not SHOW_ID.match(sid):
                self.error(where, f"show id {sid!r} does not match {SHOW_ID.pattern}")
            where = f"show {sid}"
            if sid in self.shows:
                self.error(where, "duplicate show id")
        self.str_field(show, "title", where, required=True, nonempty=True)
        for key in ("originalTitle", "originalTitleRomanised", "network", "basedOn", "synopsis"):
            self.str_field(show, key, where)
        for key in ("aliases", "creators", "directors", "writers", "genres"):
            self.str_list(show, key, where)
        country = self.str_field(show, "country", where)
        if country is not None and not re.match(r"^[A-Z]{2}$", country):
            self.error(where, f"'country' must be ISO 3166-1 alpha-2 (two capitals), got {country!r}")
        language = self.str_field(show, "language", where)
        if language is not None and not re.match(r"^[a-z]{2}$", language):
            self.error(where, f"'language' must be ISO 639-1 (two lowercase letters), got {language!r}")
        for i, r in enumerate(self.array(show, "reception", where)):
            w = f"{where} reception[{i}]"
            if self.is_object(r, w):
                self.str_field(r, "fact", w, required=True, nonempty=True)
                src = self.str_field(r, "source", w, nonempty=True)
                if src and src not in self.source_ids:
                    self.error(w, f"source {src!r} is not in 'sources'")

        seasons = {}
        for i, season in enumerate(self.array(show, "seasons", where)):
            w = f"{where} seasons[{i}]"
            if not self.is_object(season, w):
                continue
            n = self.int_field(season, "number", w, 1, required=True)
            if n is not None:
                w = f"{where} season {n}"
                if n in seasons:
                    self.error(w, "duplicate season number")
                seasons[n] = season
            self.enum_field(season, "status", w, SEASON_STATUS, required=True)
            count = self.int_field(season, "episodeCount", w, 0)
            self.date_field(season, "premiere", w)
            self.str_field(season, "synopsis", w)
            if "runtimeMinutes" in season:
                rm = season["runtimeMinutes"]
                if self.is_object(rm, f"{w} runtimeMinutes"):
                    lo = self.int_field(rm, "min", f"{w} runtimeMinutes", 1, required=True)
                    hi = self.int_field(rm, "max", f"{w} runtimeMinutes", 1, required=True)
                    if lo is not None and hi is not None and lo > hi:
                        self.error(w, "runtimeMinutes min > max")
            numbers = set()
            episodes = self.array(season, "episodes", w)
            for j, ep in enumerate(episodes):
                we = f"{w} episodes[{j}]"
                if not self.is_object(ep, we):
                    continue
                en = self.int_field(ep, "number", we, 1, required=True)
                if en is not None:
                    if en in numbers:
                        self.error(we, f"duplicate episode number {en}")
                    numbers.add(en)
                self.str_field(ep, "title", we)
                self.str_field(ep, "synopsis", we)
                self.date_field(ep, "airDate", we)
                self.int_field(ep, "runtime", we, 1)
            if count is not None and len(episodes) > count:
                self.error(w, f"{len(episodes)} episodes listed but episodeCount is {count}")

        keys = set()
        for i, credit in enumerate(self.array(show, "credits", where)):
            w = f"{where} credits[{i}]"
            if not self.is_object(credit, w):
                continue
            actor = self.str_field(credit, "actor", w, required=True, nonempty=True)
            character = self.str_field(credit, "character", w, required=True, nonempty=True)
            season = self.int_field(credit, "season", w, 1, required=True)
            self.int_field(credit, "order", w, 0)
            self.enum_field(credit, "role", w, ROLES)
            self.str_list(credit, "characterAliases", w)
            self.str_field(credit, "note", w)
            key = (actor, character, season)
            if key in keys:
                self.error(w, f"duplicate credit {key}")
            keys.add(key)
            if season is not None and season not in seasons:
                self.warn(w, f"credit for season {season}, which the show does not list")
        if sid is not None:
            self.shows[sid] = {"seasons": seasons}

    def check_window(self, win, where):
        if not self.is_object(win, where):
            return
        e = self.date_value(win.get("earliest"), where, "earliest")
        l = self.date_value(win.get("latest"), where, "latest")
        if e and l and e > l:
            self.error(where, f"earliest {e} is after latest {l}")
        self.enum_field(win, "precision", where, WINDOW_PRECISION, required=True)
        self.str_field(win, "wording", where)

    def check_claim(self, c, where):
        if not self.is_object(c, where):
            return
        cid = self.str_field(c, "id", where, required=True, nonempty=True)
        if cid:
            where = f"claim {cid}"
        show = self.str_field(c, "show", where, required=True, nonempty=True)
        if show is not None and show not in self.shows:
            self.error(where, f"show {show!r} is not in 'shows'")
        season = self.int_field(c, "season", where, 1)
        if season is not None and show in self.shows and season not in self.shows[show]["seasons"]:
            self.warn(where, f"claim about season {season}, which the show does not list")
        kind = self.enum_field(c, "kind", where, KINDS, required=True)
        self.enum_field(c, "tier", where, set(TIERS), required=True)
        self.enum_field(c, "status", where, CLAIM_STATUS)
        src = self.str_field(c, "source", where, required=True, nonempty=True)
        if src is not None and src not in self.source_ids:
            self.error(where, f"source {src!r} is not in 'sources'")
        self.str_field(c, "quote", where)
        self.str_field(c, "note", where)
        for other in self.array(c, "contradicts", where):
            if other == cid:
                self.error(where, "a claim cannot contradict itself")
            elif other not in self.claim_ids:
                self.error(where, f"contradicts unknown claim {other!r}")

        if "window" in c:
            if kind in ("release_window", "renewal", "production"):
                self.check_window(c["window"], f"{where} window")
            elif kind is not None:
                self.error(where, f"a {kind} claim carries no 'window'")
        elif kind == "release_window":
            self.error(where, "a release_window claim needs a 'window'")

        has_value = "value" in c
        v = c.get("value")
        if kind == "release_window":
            if has_value:
                self.error(where, "a release_window claim carries no 'value' (the window is the value)")
        elif kind is not None and not has_value:
            self.error(where, f"a {kind} claim needs a 'value'")
        elif kind == "episode_count":
            if not self.is_int(v) or v < 1:
                self.error(where, f"episode_count value must be an integer >= 1, got {v!r}")
        elif kind == "cast":
            if self.is_object(v, f"{where} value"):
                self.str_field(v, "actor", f"{where} value", required=True, nonempty=True)
                self.str_field(v, "character", f"{where} value", required=True, nonempty=True)
        elif kind == "renewal":
            if self.is_object(v, f"{where} value"):
                self.enum_field(v, "event", f"{where} value", RENEWAL_EVENTS, required=True)
        elif kind == "production":
            if self.is_object(v, f"{where} value"):
                self.enum_field(v, "milestone", f"{where} value", MILESTONES, required=True)
        elif kind == "plot":
            if not isinstance(v, str) or not v.strip():
                self.error(where, "plot value must be a non-empty string")


def check_default_data(feed, ck):
    """What the app expects of its embedded data (seed-facts.md)."""
    def expect(cond, msg):
        if not cond:
            ck.error("default data", msg)

    shows = {s.get("id"): s for s in feed.get("shows", [])}
    show = shows.get("all-of-us-are-dead")
    expect(show is not None, "the show 'all-of-us-are-dead' is missing")
    if show is None:
        return
    seasons = {s.get("number"): s for s in show.get("seasons", [])}
    s1, s2 = seasons.get(1, {}), seasons.get(2, {})
    expect(s1.get("status") == "released" and s1.get("episodeCount") == 12 and s1.get("premiere") == "2022-01-28",
           "season 1: released, 12 episodes, premiere 2022-01-28")
    eps = s1.get("episodes", [])
    expect([e.get("number") for e in eps] == list(range(1, 13)), "season 1 lists episodes 1..12")
    expect(all(e.get("title") == f"Episode {e.get('number')}" and e.get("airDate") == "2022-01-28"
               and "runtime" not in e for e in eps), "season 1 episodes: 'Episode N', 2022-01-28, no runtime")
    expect(s2.get("status") == "filming" and "episodeCount" not in s2, "season 2: filming, no episodeCount")
    expect(len(show.get("credits", [])) == 13, "13 credits")
    expect(sorted(c.get("order") for c in show.get("credits", [])) == list(range(1, 14)), "credit order 1..13")
    expect([s.get("id") for s in feed.get("sources", [])] == ["S0", "S1", "S2", "S3", "S4"], "sources S0..S4")
    expect(all(s.get("url") is None and s.get("precision") == "month" and s.get("inferred") is True
               for s in feed.get("sources", [])), "every source: url null, month precision, inferred")

    claims = feed.get("claims", [])
    sources = {s["id"]: s for s in feed.get("sources", [])}
    # The outlook: the newest open release_window claim of the highest tier must be S4's.
    open_windows = [c for c in claims if c.get("kind") == "release_window" and c.get("season") == 2
                    and c.get("status", "open") == "open"]
    if open_windows:
        best = max(open_windows, key=lambda c: (TIERS[c["tier"]], sources[c["source"]].get("published", "")))
        expect(best.get("source") == "S4" and best["window"]["earliest"] == "2026-09-01"
               and best["window"]["latest"] == "2027-04-30", "season 2 outlook must be S4's late 2026 - early 2027")
        strong = [c["id"] for c in open_windows if TIERS[c["tier"]] >= TIERS["reported"]]
        expect(len(strong) == 1, f"exactly one open season 2 release window of tier reported or higher, got {strong}")
    else:
        expect(False, "no open season 2 release_window claims")
    actors = {c.get("actor") for c in show.get("credits", [])}
    for c in claims:
        if c.get("kind") == "cast" and c.get("status") != "contradicted":
            expect(c["value"]["actor"] in actors, f"{c['id']}: actor not in the season 1 credits")
    expect(not any(c.get("kind") == "cast" and c["value"]["actor"] in
                   {"Lee Yoo-mi", "Kim Byung-chul", "Lee Kyu-hyung", "Jeon Bae-soo"} for c in claims),
           "actors not reported for season 2 get no cast claim")


def main(argv):
    # CTest passes --require-schema: there the schema check must run, never be skipped.
    require_schema = "--require-schema" in argv
    paths = [a for a in argv[1:] if a != "--require-schema"] or [DEFAULT_FEED]
    schema_validator = None
    try:
        import jsonschema  # Debian's python3-jsonschema in CI
        with open(SCHEMA, encoding="utf-8") as f:
            schema = json.load(f)
        cls = jsonschema.Draft202012Validator
        cls.check_schema(schema)
        schema_validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
    except ImportError:
        if require_schema:
            print("check-feed: --require-schema given but the jsonschema module is missing")
            return 1

    failed = False
    for path in paths:
        ck = Checker()
        try:
            with open(path, "rb") as f:
                raw = f.read()
            feed = json.loads(raw.decode("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            print(f"{path}: cannot read: {e}")
            failed = True
            continue
        ck.check(feed)
        if os.path.abspath(path) == DEFAULT_FEED:
            check_default_data(feed, ck)
        if schema_validator is not None:
            for err in sorted(schema_validator.iter_errors(feed), key=lambda e: list(e.absolute_path)):
                ck.error("schema " + "/".join(str(p) for p in err.absolute_path), err.message)
        for w in ck.warnings:
            print(f"{path}: warning: {w}")
        for e in ck.errors:
            print(f"{path}: error: {e}")
        if ck.errors:
            failed = True
            continue
        kinds = {}
        for c in feed.get("claims", []):
            kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        credits = sum(len(s.get("credits", [])) for s in feed["shows"])
        print(f"{path}: OK ({len(feed['shows'])} shows, {credits} credits, {len(feed.get('sources', []))} sources, "
              f"{len(feed.get('claims', []))} claims: "
              + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
              + f"; schema {'checked' if schema_validator else 'skipped (no jsonschema module)'})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
