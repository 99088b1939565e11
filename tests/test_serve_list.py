"""The list API's fast path: records cut from the stored JSON, capped counts, integer search
keys and the migration that adds them. Events are generated (wiretally.serve.sample)."""

from __future__ import annotations

import json
import socket
import sqlite3
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from wiretally.exports import export_event
from wiretally.serve import create_app, default_workers
from wiretally.serve.sample import generate_events
from wiretally.store import EventQuery, open_store
from wiretally.store.sqlite import SQLiteStore

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette's note about httpx2 concerns the client only
    from fastapi.testclient import TestClient

QUERIES = [
    EventQuery(),
    EventQuery(country="SY"),
    EventQuery(event_type="Battles", date_from="2022-01-01", date_to="2022-06-30"),
    EventQuery(actor="militia"),
    EventQuery(q="shelling"),
    EventQuery(min_sources=2, modality="claimed"),
    EventQuery(q="nosuchwordanywhere"),
]


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = open_store(str(tmp_path / "list.db"))
    assert isinstance(s, SQLiteStore)
    with s.transaction():
        s.replace_events(list(generate_events(400)))
    yield s
    s.close()


@pytest.mark.parametrize("query", QUERIES, ids=repr)
@pytest.mark.parametrize("offset", [0, 30])
def test_json_records_are_the_export_records(
    store: SQLiteStore, query: EventQuery, offset: int
) -> None:
    fast, total, capped = store.query_events_json(query, limit=25, offset=offset, count_cap=10**6)
    slow = store.query_events(query, limit=25, offset=offset)
    assert [json.loads(text) for text in fast] == [export_event(e) for e in slow.items]
    assert (total, capped) == (slow.total, False)


@pytest.mark.postgres
def test_json_records_on_postgres(pg_url: str) -> None:
    s = open_store(pg_url)
    try:
        with s.transaction():
            for table in ("events", "events_fts", "event_articles"):
                s._exec(f"DELETE FROM {table}")  # type: ignore[attr-defined]
            s.replace_events(list(generate_events(200)))
        for query in QUERIES:
            fast, total, capped = s.query_events_json(  # type: ignore[attr-defined]
                query, limit=25, offset=10, count_cap=10**6
            )
            slow = s.query_events(query, limit=25, offset=10)
            assert [json.loads(text) for text in fast] == [export_event(e) for e in slow.items]
            assert (total, capped) == (slow.total, False)
        _, total, capped = s.query_events_json(  # type: ignore[attr-defined]
            EventQuery(), limit=5, offset=0, count_cap=20
        )
        assert (total, capped) == (20, True)
    finally:
        s.close()


def test_search_uses_integer_keys_and_finds_what_the_body_holds(store: SQLiteStore) -> None:
    hits = store.query_events(EventQuery(q="shelling"), limit=1000, offset=0).items
    assert hits, "the generated events should mention shelling"
    everything = store.query_events(EventQuery(), limit=1000, offset=0).items
    by_text = {e.id for e in everything if any("shelling" in s.text.lower() for s in e.sources)}
    assert by_text <= {e.id for e in hits}


def test_count_stops_at_the_cap_and_says_so(store: SQLiteStore) -> None:
    exact = store.query_events(EventQuery(), limit=1, offset=0).total
    items, total, capped = store.query_events_json(EventQuery(), limit=10, offset=0, count_cap=50)
    assert (len(items), total, capped) == (10, 50, True)
    # Never below one past the page asked for, so the next page is known to exist.
    _, total, capped = store.query_events_json(EventQuery(), limit=10, offset=100, count_cap=50)
    assert (total, capped) == (111, True)
    # Exactly at the cap is exact, not capped.
    _, total, capped = store.query_events_json(EventQuery(), limit=10, offset=0, count_cap=exact)
    assert (total, capped) == (exact, False)
    items, total, capped = store.query_events_json(
        EventQuery(), limit=10, offset=exact, count_cap=50
    )
    assert (items, total, capped) == ([], exact, False)


def test_api_pages_through_a_capped_total(store: SQLiteStore) -> None:
    with TestClient(create_app(store, tile_url="")) as client:
        body = client.get("/api/events?limit=200").json()
        assert len(body["items"]) == 200 and body["total_capped"] is False
        assert body["total"] == 400 and "offset=200" in body["next"]
        last = client.get(body["next"]).json()
        assert len(last["items"]) == 200 and last["next"] is None
        seen = [i["id"] for i in body["items"] + last["items"]]
        assert len(set(seen)) == 400
        schema = client.get("/api/openapi.json").json()["components"]["schemas"]["EventPage"]
        assert "total_capped" in schema["properties"]


def test_an_old_database_gets_integer_search_keys(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    s = open_store(str(path))
    with s.transaction():
        s.replace_events(list(generate_events(60)))
    before = [e.id for e in s.query_events(EventQuery(q="shelling"), limit=100, offset=0).items]
    s.close()
    # Undo migration 4 by hand: FTS rows numbered apart from the events, no fts_key column.
    db = sqlite3.connect(path)
    with db:
        rows = db.execute("SELECT id, body FROM events_fts").fetchall()
        db.execute("DELETE FROM events_fts")
        db.executemany("INSERT INTO events_fts(rowid, id, body) VALUES (?, ?, ?)",
                       [(1000 + i, r[0], r[1]) for i, r in enumerate(reversed(rows))])  # fmt: skip
        for name in ("events_fts_key", "events_type_dates", "events_modality_order",
                     "events_order"):  # fmt: skip
            db.execute(f"DROP INDEX {name}")
        db.execute("CREATE INDEX events_order ON events((date_start IS NULL), date_start, id)")
        db.execute("ALTER TABLE events DROP COLUMN fts_key")
        db.execute("DELETE FROM migrations WHERE number = 4")
    db.close()
    s = open_store(str(path))
    after = [e.id for e in s.query_events(EventQuery(q="shelling"), limit=100, offset=0).items]
    s.close()
    assert before and after == before


def test_workers_default_to_one_per_core_but_one_for_memory() -> None:
    assert default_workers("memory://") == 1
    assert 1 <= default_workers("some.db") <= 4


def test_worker_connections_answer_without_nagles_delay() -> None:
    # uvicorn's own listening socket (several workers) has protocol number 0, so asyncio
    # leaves Nagle's algorithm on; the protocol turns it off for each connection.
    from wiretally.serve.tcp import _no_delay

    class Transport:
        def __init__(self, sock: socket.socket) -> None:
            self.sock = sock

        def get_extra_info(self, name: str) -> object:
            return self.sock if name == "socket" else None

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
        _no_delay(Transport(sock))  # type: ignore[arg-type]
        assert sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
