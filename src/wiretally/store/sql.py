"""The SQL both database backends share: JSON documents plus indexed columns.

``SQLStore`` holds every query of the ``Store`` interface, written once with ``?``
placeholders. A backend supplies the connection, the transaction, its migrations and the
few statements where SQL dialects differ: upserts, full-text search, substring tests.
"""

from __future__ import annotations

import dataclasses
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from wiretally.records import Article, Claim, Event, Mention, Place, Story, Timex, to_dict
from wiretally.store.base import ArticleQuery, ClaimQuery, EventQuery, Page, Store

# The tables both backends share, as first created (each backend adds its search tables).
SCHEMA_V1 = """
        CREATE TABLE inputs (
            file_hash TEXT PRIMARY KEY, source_path TEXT NOT NULL,
            articles INTEGER NOT NULL, ingested_at TEXT NOT NULL);
        CREATE TABLE articles (
            id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, source_path TEXT NOT NULL,
            outlet TEXT, published TEXT, parent_id TEXT, seq INTEGER NOT NULL, data TEXT NOT NULL);
        CREATE INDEX articles_hash ON articles(content_hash);
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE stories (
            id TEXT PRIMARY KEY, canonical_article_id TEXT NOT NULL, data TEXT NOT NULL);
        CREATE TABLE story_members (article_id TEXT PRIMARY KEY, story_id TEXT NOT NULL);
        CREATE INDEX story_members_story ON story_members(story_id);
        CREATE TABLE analysed (article_id TEXT PRIMARY KEY);
        CREATE TABLE mentions (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, data TEXT NOT NULL);
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE TABLE places (
            article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            data TEXT NOT NULL);
        CREATE INDEX places_article ON places(article_id);
        CREATE TABLE times (
            article_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            data TEXT NOT NULL);
        CREATE INDEX times_article ON times(article_id);
        CREATE TABLE raw_claims (id TEXT PRIMARY KEY, article_id TEXT NOT NULL, data TEXT NOT NULL);
        CREATE INDEX raw_claims_article ON raw_claims(article_id);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL, quantity TEXT, series TEXT,
            claimant TEXT, as_of TEXT, conflicted INTEGER NOT NULL, data TEXT NOT NULL);
        CREATE INDEX claims_series ON claims(series, as_of);
        CREATE INDEX claims_article ON claims(article_id);
        CREATE TABLE events (
            id TEXT PRIMARY KEY, event_type TEXT, sub_event_type TEXT, date_start TEXT,
            date_end TEXT, country TEXT, modality TEXT, historical INTEGER NOT NULL,
            independent_source_count INTEGER NOT NULL, actors TEXT NOT NULL, data TEXT NOT NULL);
        CREATE INDEX events_date ON events(date_start, date_end);
        CREATE INDEX events_country ON events(country, date_start);
        CREATE INDEX events_type ON events(event_type, date_start);
        CREATE TABLE event_articles (event_id TEXT NOT NULL, article_id TEXT NOT NULL,
            PRIMARY KEY (article_id, event_id));
"""


# Map columns and the indexes behind the API's list order and its common filters.
SCHEMA_MAP_COLUMNS = """
        CREATE INDEX events_order ON events((date_start IS NULL), date_start, id);
        CREATE INDEX events_country_order ON events(country, (date_start IS NULL), date_start, id);
        CREATE INDEX events_type_order ON events(event_type, (date_start IS NULL), date_start, id);
        CREATE INDEX events_modality ON events(modality, independent_source_count);
        CREATE INDEX events_located ON events(date_start, lat, lon)
"""

# The list API's filters answered from indexes alone: each list query first finds the page's
# rows in a covering index, then reads the documents of those rows only. ``fts_key`` numbers
# the events (SQLite's search index uses it as its rowid, so search joins on an integer).
SCHEMA_LIST_INDEXES = """
        CREATE INDEX events_type_dates ON events(event_type, date_start, date_end, id);
        CREATE INDEX events_modality_order ON events(modality, independent_source_count,
            date_start, id)
"""

#: Fields of the stored event document that the public record leaves out.
EVENT_PRIVATE_FIELDS = tuple(
    f.name for f in dataclasses.fields(Event) if f.name not in Event.EXPORT_FIELDS
)
R = TypeVar("R")
M = TypeVar("M", bound=Callable[[Any], None])
#: Counting stops here: beyond it the list API says "at least" (``total_capped``).
COUNT_CAP = 1000


def fts_terms(text: str) -> list[str]:
    """The words of a user's search; no operator or quote from the input survives."""
    return re.findall(r"\w+", text, flags=re.UNICODE)


def _dump(record: Any) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, separators=(",", ":"))


def _where(terms: Iterable[tuple[str, Any]]) -> tuple[str, list[Any]]:
    """An SQL condition and its parameters from ``(condition with one ?, parameter)`` terms.

    A term whose parameter is None is no filter and is left out, so each list query states
    its filters as one table instead of an ``if`` per filter.
    """
    where: list[str] = ["1=1"]
    params: list[Any] = []
    for condition, value in terms:
        if value is not None:
            where.append(condition)
            params.append(value)
    return " AND ".join(where), params


def migration_registry(
    registry: list[tuple[int, str, M]],
) -> Callable[[int, str], Callable[[M], M]]:
    """A decorator ``@migration(number, name)`` that adds a function to ``registry``.

    Each backend keeps its own list (the statements differ); the numbering and the recording
    in the ``migrations`` table are the same, see :meth:`SQLStore._apply_migrations`.
    """

    def migration(number: int, name: str) -> Callable[[M], M]:
        def register(fn: M) -> M:
            registry.append((number, name, fn))
            return fn

        return register

    return migration


def run_script(db: Any, sql: str) -> None:
    """Run ``;``-separated statements one by one, inside the caller's transaction.

    SQLite's ``executescript()`` would COMMIT first and break a migration's transaction, and
    psycopg takes one statement per call.
    """
    for statement in sql.split(";"):
        if statement.strip():
            db.execute(statement)


def _flag(value: bool | None) -> int | None:
    """A yes/no filter as the 0/1 column value; None (no filter) stays None."""
    return None if value is None else int(value)


class SQLStore(Store):
    """Every query, once. Subclasses implement the connection and the dialect hooks."""

    _lock: threading.RLock
    _db: Any  # the backend's write connection
    _depth: int
    _owner: int | None = None  # the thread inside the open transaction
    _BEGIN = "BEGIN"

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction; nested calls join the outer one; any exception, KeyboardInterrupt
        included, rolls it back."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._db.execute(self._BEGIN)
                self._owner = threading.get_ident()
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if outer:
                    self._db.execute("ROLLBACK")
                raise
            self._depth -= 1
            if outer:
                self._db.execute("COMMIT")

    def _apply_migrations(
        self, migrations: Sequence[tuple[int, str, Callable[[Any], None]]]
    ) -> None:
        """Run the migrations this database has not had, in order, each in one transaction
        with its row in the ``migrations`` table, so an old database is brought up to date."""
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS migrations "
            "(number INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {row[0] for row in self._db.execute("SELECT number FROM migrations")}
        for number, name, fn in sorted(migrations):
            if number in done:
                continue
            with self.transaction():
                fn(self._db)
                self._exec(
                    "INSERT INTO migrations VALUES (?, ?, ?)",
                    (number, name, datetime.now(UTC).isoformat(timespec="seconds")),
                )

    # ------------------------------------------------------------------ dialect hooks
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def _many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        raise NotImplementedError

    def _upsert(self, table: str, ncols: int) -> str:
        """INSERT that replaces the row with the same primary key."""
        raise NotImplementedError

    def _insert_ignore(self, table: str, ncols: int) -> str:
        """INSERT that does nothing when the primary key is taken."""
        raise NotImplementedError

    def _fts_insert_article(self) -> str:
        """INSERT of (seq, id, title, text) into the article search index."""
        raise NotImplementedError

    def _fts_insert_event(self) -> str:
        """INSERT of (id, body) into the event search index."""
        raise NotImplementedError

    def _fts_match(self, table: str) -> str:
        """A condition ``id IN (...)`` for rows whose search index matches one parameter."""
        raise NotImplementedError

    def _fts_param(self, text: str) -> str:
        raise NotImplementedError

    def _fts_event_row(self, key: int, event_id: str, body: str) -> tuple[Any, ...]:
        """The parameters of ``_fts_insert_event`` for one event (``key`` is its fts_key)."""
        return (event_id, body)

    def _fts_match_event(self) -> str:
        """A condition on ``events`` for rows whose search index matches one parameter."""
        return self._fts_match("events_fts")

    _row_key = "id"
    """The column that finds a row fastest once an index has named it (SQLite: rowid)."""

    def _export_json(self, column: str) -> str:
        """SQL turning a stored event document into its public record, as JSON text."""
        raise NotImplementedError

    def _contains(self, column: str) -> str:
        """A condition: ``column`` contains the parameter as a substring."""
        raise NotImplementedError

    # ------------------------------------------------------------------ inputs, articles
    def input_seen(self, file_hash: str) -> bool:
        return bool(self._rows("SELECT 1 FROM inputs WHERE file_hash=?", (file_hash,)))

    def record_input(self, *, source_path: str, file_hash: str, articles: int) -> None:
        self._exec(
            self._upsert("inputs", 4),
            (file_hash, source_path, articles, datetime.now(UTC).isoformat(timespec="seconds")),
        )

    def has_article(self, article_id: str) -> bool:
        return bool(self._rows("SELECT 1 FROM articles WHERE id=?", (article_id,)))

    def put_article(self, article: Article) -> None:
        seq_row = self._rows("SELECT seq FROM articles WHERE id=?", (article.id,))
        if seq_row:
            seq = seq_row[0][0]
        else:
            seq = self._rows("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles")[0][0]
        self._exec(
            self._upsert("articles", 8),
            (
                article.id,
                article.content_hash,
                article.source_path,
                article.outlet,
                article.published,
                article.parent_id,
                seq,
                _dump(article),
            ),
        )
        # The FTS row shares the article's seq as its key: replacing it is a lookup.
        if seq_row:
            self._exec("DELETE FROM articles_fts WHERE rowid=?", (seq,))
        self._exec(self._fts_insert_article(), (seq, article.id, article.title or "", article.text))

    def get_article(self, article_id: str) -> Article | None:
        rows = self._rows("SELECT data FROM articles WHERE id=?", (article_id,))
        return Article.from_dict(json.loads(rows[0][0])) if rows else None

    def iter_articles(self) -> Iterator[Article]:
        return self._load(Article.from_dict, "SELECT data FROM articles ORDER BY seq")

    def query_articles(self, query: ArticleQuery, *, limit: int, offset: int) -> Page[Article]:
        cond, params = _where([
            (self._fts_match("articles_fts"), self._fts_param(query.q) if query.q else None),
            ("outlet = ?", query.outlet or None),
            ("published >= ?", query.date_from or None),
            ("published <= ?", query.date_to or None),
        ])  # fmt: skip
        return self._page(Article.from_dict, "articles", cond, params, "ORDER BY seq",
                          limit=limit, offset=offset)  # fmt: skip

    def _page(
        self,
        build: Callable[[dict[str, Any]], R],
        table: str,
        cond: str,
        params: list[Any],
        order: str,
        *,
        limit: int,
        offset: int,
    ) -> Page[R]:
        """One page of ``table``'s documents matching ``cond``, and how many match."""
        total = self._rows(f"SELECT COUNT(*) FROM {table} WHERE {cond}", params)[0][0]
        rows = self._rows(
            f"SELECT data FROM {table} WHERE {cond} {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return Page([build(json.loads(r[0])) for r in rows], total)

    def _load(
        self, build: Callable[[dict[str, Any]], R], sql: str, params: Sequence[Any] = ()
    ) -> Iterator[R]:
        """The documents ``sql`` selects (one ``data`` column) as records, decoded one at a
        time as the caller asks for them."""
        for (data,) in self._rows(sql, params):
            yield build(json.loads(data))

    # ------------------------------------------------------------------ stories
    def replace_stories(self, stories: Sequence[Story]) -> None:
        self._exec("DELETE FROM stories")
        self._exec("DELETE FROM story_members")
        self._many(
            "INSERT INTO stories VALUES (?, ?, ?)",
            [(s.id, s.canonical_article_id, _dump(s)) for s in stories],
        )
        self._many(
            self._upsert("story_members", 2),
            [(m.article_id, s.id) for s in stories for m in s.members],
        )

    def iter_stories(self) -> Iterator[Story]:
        return self._load(Story.from_dict, "SELECT data FROM stories ORDER BY id")

    def get_story(self, story_id: str) -> Story | None:
        rows = self._rows("SELECT data FROM stories WHERE id=?", (story_id,))
        return Story.from_dict(json.loads(rows[0][0])) if rows else None

    def query_stories(self, *, limit: int, offset: int) -> Page[Story]:
        return self._page(Story.from_dict, "stories", "1=1", [], "ORDER BY id", limit=limit,
                          offset=offset)  # fmt: skip

    # ------------------------------------------------------------------ analysis
    def put_analysis(
        self,
        article_id: str,
        *,
        mentions: Sequence[Mention],
        claims: Sequence[Claim],
        places: Sequence[Place],
        times: Sequence[Timex],
    ) -> None:
        for table in ("mentions", "raw_claims", "places", "times"):
            self._exec(f"DELETE FROM {table} WHERE article_id=?", (article_id,))
        self._many(
            self._upsert("mentions", 3),
            [(m.id, article_id, _dump(m)) for m in mentions],
        )
        self._many(
            self._upsert("raw_claims", 3),
            [(c.id, article_id, _dump(c)) for c in claims],
        )
        self._many(
            "INSERT INTO places VALUES (?, ?, ?, ?)",
            [(article_id, p.start, p.end, _dump(p)) for p in places],
        )
        self._many(
            "INSERT INTO times VALUES (?, ?, ?, ?)",
            [(article_id, t.start, t.end, _dump(t)) for t in times],
        )
        self._exec(self._insert_ignore("analysed", 1), (article_id,))

    def analysed_article_ids(self) -> set[str]:
        return {r[0] for r in self._rows("SELECT article_id FROM analysed")}

    def iter_mentions(self) -> Iterator[Mention]:
        return self._load(Mention.from_dict, "SELECT data FROM mentions ORDER BY article_id, id")

    def iter_raw_claims(self) -> Iterator[Claim]:
        return self._load(Claim.from_dict, "SELECT data FROM raw_claims ORDER BY article_id, id")

    def iter_places(self) -> Iterator[Place]:
        return self._load(Place.from_dict, "SELECT data FROM places ORDER BY article_id, start")

    def iter_times(self) -> Iterator[Timex]:
        return self._load(Timex.from_dict, "SELECT data FROM times ORDER BY article_id, start")

    # ------------------------------------------------------------------ events, claims
    def replace_events(self, events: Sequence[Event]) -> None:
        for table in ("events", "events_fts", "event_articles"):
            self._exec(f"DELETE FROM {table}")
        rows: list[tuple[Any, ...]] = []
        fts: list[tuple[Any, ...]] = []
        links: set[tuple[str, str]] = set()
        for key, e in enumerate(events, 1):
            actors = " | ".join(a for a in (e.actor1, e.actor2, *e.assoc_actors) if a)
            loc = e.location
            rows.append(
                (
                    e.id, e.event_type, e.sub_event_type, e.date_start, e.date_end, e.country,
                    e.modality, int(e.historical), e.independent_source_count, actors.lower(),
                    _dump(e), loc.lat if loc else None, loc.lon if loc else None,
                    loc.precision if loc else None, key,
                )
            )  # fmt: skip
            body = " ".join([actors, e.notes or "", e.weapon or ""] + [s.text for s in e.sources])
            fts.append(self._fts_event_row(key, e.id, body))
            links.update((e.id, s.article_id) for s in e.sources)
        self._many(
            "INSERT INTO events (id, event_type, sub_event_type, date_start, date_end, country, "
            "modality, historical, independent_source_count, actors, data, lat, lon, "
            "geo_precision, fts_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._many(self._fts_insert_event(), fts)
        self._many(self._insert_ignore("event_articles", 2), sorted(links))

    def iter_events(self) -> Iterator[Event]:
        return self._load(Event.from_dict, "SELECT data FROM events ORDER BY date_start, id")

    def get_event(self, event_id: str) -> Event | None:
        rows = self._rows("SELECT data FROM events WHERE id=?", (event_id,))
        return Event.from_dict(json.loads(rows[0][0])) if rows else None

    def _event_where(self, query: EventQuery) -> tuple[str, list[Any]]:
        """The SQL condition and parameters of an event filter (list, map and timeline)."""
        return _where([
            ("event_type = ?", query.event_type or None),
            ("sub_event_type = ?", query.sub_event_type or None),
            ("country = ?", query.country.upper() if query.country else None),
            ("modality = ?", query.modality or None),
            (self._contains("actors"), query.actor.lower() if query.actor else None),
            ("COALESCE(date_end, date_start) >= ?", query.date_from or None),
            ("date_start <= ?", query.date_to or None),
            ("independent_source_count >= ?", query.min_sources or None),
            ("historical = ?", _flag(query.historical)),
            (self._fts_match_event(), self._fts_param(query.q) if query.q else None),
            ("id IN (SELECT event_id FROM event_articles WHERE article_id = ?)",
             query.article_id or None),
            ("id IN (SELECT ea.event_id FROM event_articles ea JOIN story_members sm "
             "ON sm.article_id = ea.article_id WHERE sm.story_id = ?)", query.story_id or None),
        ])  # fmt: skip

    _EVENT_ORDER = "ORDER BY date_start IS NULL, date_start, id"

    def _event_page_sql(self, cond: str, what: str) -> str:
        """One page of events: the rows are picked in a covering index (by the filters'
        columns, the date order and ``id``), then only that page's documents are read,
        instead of reading and sorting the document of every matching event."""
        key = self._row_key
        return (
            f"SELECT {what} FROM events WHERE {key} IN (SELECT {key} FROM events WHERE {cond} "
            f"{self._EVENT_ORDER} LIMIT ? OFFSET ?) {self._EVENT_ORDER}"
        )

    def query_events(self, query: EventQuery, *, limit: int, offset: int) -> Page[Event]:
        cond, params = self._event_where(query)
        total = self._rows(f"SELECT COUNT(*) FROM events WHERE {cond}", params)[0][0]
        rows = self._rows(self._event_page_sql(cond, "data"), [*params, limit, offset])
        return Page([Event.from_dict(json.loads(r[0])) for r in rows], total)

    def query_events_json(
        self, query: EventQuery, *, limit: int, offset: int, count_cap: int = COUNT_CAP
    ) -> tuple[list[str], int, bool]:
        """A page of public event records as JSON texts, and how many events match.

        The list API's hot path: the records are cut from the stored documents by the
        database (no decoding into dataclasses and encoding again), and counting stops at
        ``count_cap`` (raised to one past this page, so whether a next page exists is
        always known). The flag is true when the count stopped there: the total is then a
        lower bound.
        """
        cond, params = self._event_where(query)
        cap = max(count_cap, offset + limit + 1)
        seen = self._rows(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM events WHERE {cond} LIMIT ?) AS capped",
            [*params, cap + 1],
        )[0][0]
        total, capped = min(seen, cap), seen > cap
        if offset >= total:
            return [], total, capped
        rows = self._rows(
            self._event_page_sql(cond, self._export_json("data")), [*params, limit, offset]
        )
        return [r[0] for r in rows], total, capped

    def event_points(self, query: EventQuery, *, cap: int) -> tuple[list[list[Any]], int]:
        cond, params = self._event_where(query)
        total = self._rows(f"SELECT COUNT(*) FROM events WHERE {cond}", params)[0][0]
        rows = self._rows(
            "SELECT id, lat, lon, geo_precision, date_start, event_type FROM events "
            f"WHERE {cond} AND lat IS NOT NULL AND lon IS NOT NULL "
            "ORDER BY date_start DESC LIMIT ?",
            [*params, cap],
        )
        return [list(r) for r in rows], total

    def event_histogram(self, query: EventQuery) -> list[list[Any]]:
        cond, params = self._event_where(query)
        rows = self._rows(
            f"SELECT substr(date_start, 1, 10) AS d, COUNT(*) FROM events WHERE {cond} "
            "AND date_start IS NOT NULL GROUP BY d ORDER BY d",
            params,
        )
        return [list(r) for r in rows]

    def replace_claims(self, claims: Sequence[Claim]) -> None:
        self._exec("DELETE FROM claims")
        self._many(
            "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    c.id, c.article_id, c.quantity, c.series, c.claimant, c.as_of,
                    int(bool(c.conflicts)), _dump(c),
                )
                for c in claims
            ],
        )  # fmt: skip

    def iter_claims(self) -> Iterator[Claim]:
        return self._load(Claim.from_dict, "SELECT data FROM claims ORDER BY article_id, id")

    def query_claims(self, query: ClaimQuery, *, limit: int, offset: int) -> Page[Claim]:
        cond, params = _where([
            ("quantity = ?", query.quantity or None),
            ("series = ?", query.series or None),
            ("article_id = ?", query.article_id or None),
            ("claimant = ?", query.claimant or None),
            ("conflicted = ?", _flag(query.conflicted)),
        ])  # fmt: skip
        return self._page(Claim.from_dict, "claims", cond, params,
                          "ORDER BY quantity, series, as_of, id", limit=limit,
                          offset=offset)  # fmt: skip

    def counts(self) -> dict[str, int]:
        out = {}
        for kind, table in (
            ("articles", "articles"),
            ("stories", "stories"),
            ("mentions", "mentions"),
            ("events", "events"),
            ("claims", "claims"),
            ("places", "places"),
            ("times", "times"),
        ):
            out[kind] = self._rows(f"SELECT COUNT(*) FROM {table}")[0][0]
        return out
