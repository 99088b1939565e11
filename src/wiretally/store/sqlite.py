"""SQLite backend (the default): JSON documents plus indexed columns, FTS5 for search.

Migrations are numbered functions registered in ``MIGRATIONS`` and recorded in the
``migrations`` table, so an old database is brought up to date when it is opened.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
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

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[int, str, Migration]] = []


migration = migration_registry(MIGRATIONS)


@migration(1, "initial schema")
def _m1(db: sqlite3.Connection) -> None:
    run_script(
        db,
        SCHEMA_V1
        + """
        CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, title, text);
        CREATE VIRTUAL TABLE events_fts USING fts5(id UNINDEXED, body)
        """,
    )


@migration(2, "index article order")
def _m2(db: sqlite3.Connection) -> None:
    # put_article asks MAX(seq) for every new article: without an index that scans the table
    # and makes ingest quadratic. The FTS rows of articles stored before this migration keep
    # their old rowids; renumber them to the article's seq, which put_article now relies on.
    run_script(
        db,
        """
        CREATE UNIQUE INDEX articles_seq ON articles(seq);
        DELETE FROM articles_fts;
        INSERT INTO articles_fts(rowid, id, title, text)
            SELECT seq, id, COALESCE(json_extract(data, '$.title'), ''),
                   json_extract(data, '$.text') FROM articles
        """,
    )


@migration(3, "event map columns and list indexes")
def _m3(db: sqlite3.Connection) -> None:
    run_script(
        db,
        """
        ALTER TABLE events ADD COLUMN lat REAL;
        ALTER TABLE events ADD COLUMN lon REAL;
        ALTER TABLE events ADD COLUMN geo_precision INTEGER;
        UPDATE events SET lat = json_extract(data, '$.location.lat'),
            lon = json_extract(data, '$.location.lon'),
            geo_precision = json_extract(data, '$.location.precision');
        """
        + SCHEMA_MAP_COLUMNS,
    )


@migration(4, "list indexes and integer search keys")
def _m4(db: sqlite3.Connection) -> None:
    # Search matched events by their text id, read from the FTS table's own column for every
    # hit; now the FTS rowid is the event's fts_key. The date-order index also carries
    # fts_key and actors so that search and actor filters are answered inside it.
    run_script(
        db,
        """
        ALTER TABLE events ADD COLUMN fts_key INTEGER;
        UPDATE events SET fts_key = rowid;
        CREATE TEMP TABLE events_fts_copy AS
            SELECT e.fts_key AS k, f.id AS id, f.body AS body
            FROM events_fts f JOIN events e ON e.id = f.id;
        DELETE FROM events_fts;
        INSERT INTO events_fts(rowid, id, body) SELECT k, id, body FROM events_fts_copy;
        DROP TABLE temp.events_fts_copy;
        DROP INDEX events_order;
        CREATE INDEX events_order ON events((date_start IS NULL), date_start, id, fts_key, actors);
        CREATE INDEX events_fts_key ON events(fts_key, date_start, id);
        """
        + SCHEMA_LIST_INDEXES,
    )


def fts_query(text: str) -> str:
    """User text as an FTS5 query of quoted terms: no operator from the input survives."""
    return " ".join('"' + t.replace('"', '""') + '"' for t in fts_terms(text))


class SQLiteStore(SQLStore):
    # IMMEDIATE takes the write lock at once: a second writer waits here, not mid-way.
    _BEGIN = "BEGIN IMMEDIATE"

    """A database file (or ``:memory:``). Safe to share between threads."""

    def __init__(self, path: str | Path = "wiretally.db") -> None:
        self.url = str(path)
        try:
            self._db = sqlite3.connect(
                self.url, isolation_level=None, check_same_thread=False, timeout=30
            )
        except sqlite3.Error as exc:
            raise StoreError(
                f"cannot open the database {self.url}: {exc}; check the path and permissions"
            ) from exc
        self._lock = threading.RLock()
        self._depth = 0
        self._owner: int | None = None  # the thread inside the open transaction
        self._local = threading.local()  # per-thread read-only connections
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._path = None if self.url == ":memory:" else Path(self.url).resolve()
        try:
            self._db.execute("PRAGMA foreign_keys=ON")
            if self.url != ":memory:":
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.url} is not a wiretally database ({exc}); "
                "pass another --db path or move the file away"
            ) from exc

    # ------------------------------------------------------------------ lifecycle
    def _migrate(self) -> None:
        self._apply_migrations(MIGRATIONS)

    def close(self) -> None:
        with self._lock, self._readers_lock:
            for reader in self._readers:
                reader.close()
            self._readers.clear()
            self._db.close()

    def _reader(self) -> sqlite3.Connection | None:
        """This thread's read-only connection, or None to read through the writer.

        In WAL mode readers do not wait for the writer nor for each other, so the web
        server's threads answer in parallel. A thread inside its own transaction reads
        through the writer, to see what it has written but not committed.
        """
        if self._path is None or (self._depth and self._owner == threading.get_ident()):
            return None
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            uri = self._path.as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)
            self._local.conn = conn
            with self._readers_lock:  # not the writer's lock: a transaction may hold it
                self._readers.append(conn)
        return conn

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        reader = self._reader()
        if reader is not None:
            return reader.execute(sql, params).fetchall()
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._lock:
            self._db.execute(sql, params)

    def _many(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        with self._lock:
            self._db.executemany(sql, rows)

    # ------------------------------------------------------------------ dialect
    def _upsert(self, table: str, ncols: int) -> str:
        return f"INSERT OR REPLACE INTO {table} VALUES ({', '.join('?' * ncols)})"

    def _insert_ignore(self, table: str, ncols: int) -> str:
        return f"INSERT OR IGNORE INTO {table} VALUES ({', '.join('?' * ncols)})"

    def _fts_insert_article(self) -> str:
        return "INSERT INTO articles_fts(rowid, id, title, text) VALUES (?, ?, ?, ?)"

    def _fts_insert_event(self) -> str:
        return "INSERT INTO events_fts(rowid, id, body) VALUES (?, ?, ?)"

    def _fts_event_row(self, key: int, event_id: str, body: str) -> tuple[Any, ...]:
        return (key, event_id, body)

    def _fts_match_event(self) -> str:
        return "+fts_key IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"

    _row_key = "rowid"

    def _export_json(self, column: str) -> str:
        paths = "".join(f", '$.{name}'" for name in EVENT_PRIVATE_FIELDS)
        return f"json_remove({column}{paths})"

    def _fts_match(self, table: str) -> str:
        return f"id IN (SELECT id FROM {table} WHERE {table} MATCH ?)"

    def _fts_param(self, text: str) -> str:
        return fts_query(text) or '""'

    def _contains(self, column: str) -> str:
        return f"instr({column}, ?) > 0"
