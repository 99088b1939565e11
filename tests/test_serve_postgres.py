"""The API on PostgreSQL answers exactly as on SQLite (the map and timeline feeds use SQL of
their own on top of the Store, so each dialect is checked)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from wiretally.serve import create_app
from wiretally.serve.sample import fill_sample
from wiretally.store import Store, open_store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # Starlette prefers httpx2 for its test client
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.postgres

URLS = [
    "/api/events", "/api/events?limit=1&offset=1", "/api/events?q=drone", "/api/events?actor=us",
    "/api/events?country=SY&date_from=2024-03-01", "/api/events/ev-depot", "/api/map",
    "/api/map?q=rockets", "/api/timeline", "/api/timeline?actor=militia", "/api/claims",
    "/api/stories", "/api/articles?q=guards",
]  # fmt: skip


@pytest.fixture()
def pg_store(pg_url: str) -> Iterator[Store]:
    store = open_store(pg_url)
    with store.transaction():
        for table in ("articles", "articles_fts", "stories", "story_members", "analysed",
                      "mentions", "raw_claims", "places", "times", "claims", "events",
                      "event_articles", "events_fts"):  # fmt: skip
            store._exec(f"DELETE FROM {table}")  # type: ignore[attr-defined]
    fill_sample(store)
    yield store
    store.close()


def test_api_answers_the_same_on_postgres_and_sqlite(pg_store: Store) -> None:
    lite = open_store("memory://")
    fill_sample(lite)
    with (
        TestClient(create_app(lite, tile_url="")) as a,
        TestClient(create_app(pg_store, tile_url="")) as b,
    ):
        for url in URLS:
            left, right = a.get(url), b.get(url)
            assert left.status_code == right.status_code == 200, url
            assert left.json() == right.json(), url
        for url in ("/", "/events/ev-harbor", "/articles/a3", "/claims", "/stories/st1"):
            assert b.get(url).status_code == 200, url
    lite.close()
