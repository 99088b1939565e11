"""PostgreSQL backend, for teams sharing one database (extra ``postgres``: psycopg 3).

The same documents and indexed columns as SQLite (``SQLStore`` holds the queries); search
uses ``tsvector`` columns with GIN indexes instead of FTS5. Migrations are numbered and
recorded in a ``migrations`` table as in SQLite; the list is PostgreSQL's own because the
schema statements differ.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from wiretally.errors import StoreError
from wiretally.store.sql import (
    EVENT_PRIVATE_FIELDS,
    SCHEMA_LIST_INDEXES,
    SCHEMA_MAP_COLUMNS,
    SCHEMA_V1,
    SQLStore,
    fts_terms,
    migration_registry,
    run_script,
)

try:
    import psycopg
except ImportError as exc:  # pragma: no cover - open_store turns this into MissingExtra
    raise ImportError("PostgreSQL storage needs the [postgres] extra (psycopg)") from exc

Migration = Callable[["psycopg.Connection[Any]"], None]
PG_MIGRATIONS: list[tuple[int, str, Migration]] = []

# Primary keys, for upserts.
_KEYS = {
    "inputs": ("file_hash",),
    "articles": ("id",),
    "story_members": ("article_id",),
    "mentions": ("id",),
    "raw_claims": ("id",),
    "analysed": ("article_id",),
    "event_articles": ("article_id", "event_id"),
}
_COLUMNS = {
    "inputs": ("file_hash", "source_path", "articles", "ingested_at"),
    "articles": ("id", "content_hash", "source_path", "outlet", "published", "parent_id", "seq",
                 "data"),
    "story_members": ("article_id", "story_id"),
    "mentions": ("id", "article_id", "data"),
    "raw_claims": ("id", "article_id", "data"),
    "analysed": ("article_id",),
    "event_articles": ("event_id", "article_id"),
}  # fmt: skip


pg_migration = migration_registry(PG_MIGRATIONS)


@pg_migration(1, "initial schema")
def _m1(db: psycopg.Connection[Any]) -> None:
    statements = (
        SCHEMA_V1
        + """;
        CREATE UNIQUE INDEX articles_seq ON articles(seq);
        CREATE TABLE articles_fts (rowid BIGINT PRIMARY KEY, id TEXT NOT NULL, tsv TSVECTOR);
        CREATE INDEX articles_fts_tsv ON articles_fts USING GIN (tsv);
        CREATE TABLE events_fts (id TEXT PRIMARY KEY, tsv TSVECTOR);
        CREATE INDEX events_fts_tsv ON events_fts USING GIN (tsv)
    """
    )
    run_script(db, statements)


@pg_migration(2, "event map columns and list indexes")
def _m2(db: psycopg.Connection[Any]) -> None:
    statements = (
        """
        ALTER TABLE events ADD COLUMN lat DOUBLE PRECISION;
        ALTER TABLE events ADD COLUMN lon DOUBLE PRECISION;
        ALTER TABLE events ADD COLUMN geo_precision INTEGER;
        UPDATE events SET lat = (data::json #>> '{location,lat}')::double precision,
            lon = (data::json #>> '{location,lon}')::double precision,
            geo_precision = (data::json #>> '{location,precision}')::integer;
    """
        + SCHEMA_MAP_COLUMNS
    )
    run_script(db, statements)


@pg_migration(3, "list indexes and event numbers")
def _m3(db: psycopg.Connection[Any]) -> None:
    # fts_key is written with every event (SQLite's search index is keyed by it); here the
    # search table stays keyed by id, which PostgreSQL joins by hash.
    statements = "ALTER TABLE events ADD COLUMN fts_key BIGINT;" + SCHEMA_LIST_INDEXES
    run_script(db, statements)


def _pg(sql: str) -> str:
    # Queries are written once with SQLite's ``?``; psycopg's placeholder is ``%s``.
    return sql.replace("%", "%%").replace("?", "%s")


class PostgresStore(SQLStore):
    """A ``postgresql://`` URL. One connection, guarded by a lock, like the SQLite store."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self._db = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to {url}: {str(exc).strip()}; is the server running and the "
                "database created (createdb)?"
            ) from exc
        self._lock = threading.RLock()
        self._depth = 0
        self._migrate()

    def _migrate(self) -> None:
        with self._lock:
            self._db.execute("SELECT pg_advisory_lock(7412)")  # one migrating client at a time
            try:
                self._apply_migrations(PG_MIGRATIONS)
            finally:
                self._db.execute("SELECT pg_advisory_unlock(7412)")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(_pg(sql), params).fetchall()

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._lock:
            self._db.execute(_pg(sql), params)

    def _many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        with self._lock, self._db.cursor() as cur:
            cur.executemany(_pg(sql), rows)

    # ------------------------------------------------------------------ dialect
    def _upsert(self, table: str, ncols: int) -> str:
        cols, keys = _COLUMNS[table], _KEYS[table]
        if len(cols) != ncols:
            raise ValueError(f"{table} has {len(cols)} columns, the query gives {ncols}")
        rest = [c for c in cols if c not in keys]
        update = ", ".join(f"{c}=EXCLUDED.{c}" for c in rest)
        action = f"DO UPDATE SET {update}" if rest else "DO NOTHING"
        return (
            f"INSERT INTO {table} VALUES ({', '.join('?' * ncols)}) "
            f"ON CONFLICT ({', '.join(keys)}) {action}"
        )

    def _insert_ignore(self, table: str, ncols: int) -> str:
        return f"INSERT INTO {table} VALUES ({', '.join('?' * ncols)}) ON CONFLICT DO NOTHING"

    def _fts_insert_article(self) -> str:
        return (
            "INSERT INTO articles_fts(rowid, id, tsv) "
            "VALUES (?, ?, to_tsvector('simple', ? || ' ' || ?))"
        )

    def _fts_insert_event(self) -> str:
        return "INSERT INTO events_fts VALUES (?, to_tsvector('simple', ?))"

    def _fts_match(self, table: str) -> str:
        return f"id IN (SELECT id FROM {table} WHERE tsv @@ to_tsquery('simple', ?))"

    def _fts_param(self, text: str) -> str:
        # Each word quoted as a phrase term and ANDed: no tsquery operator from the input.
        terms = ["'" + t.replace("'", "''").replace("\\", "") + "'" for t in fts_terms(text)]
        return " & ".join(terms) or "''"

    def _contains(self, column: str) -> str:
        return f"strpos({column}, ?) > 0"

    def _export_json(self, column: str) -> str:
        removed = "".join(f" - '{name}'" for name in EVENT_PRIVATE_FIELDS)
        return f"({column}::jsonb{removed})::text"
