"""The analysis stages over a store: parallel and sequential runs agree; re-running adds
nothing. Uses the illustrative demo corpus in examples/demo."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretally import analysis
from wiretally.pipeline import IngestOptions, ingest
from wiretally.store import Store, open_store

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo"


def _snapshot(store: Store) -> tuple[list[str], list[str], dict[str, int]]:
    return (
        sorted(e.export()["id"] for e in store.iter_events()),
        sorted(c.id for c in store.iter_claims()),
        store.counts(),
    )


def test_parallel_analysis_matches_sequential(monkeypatch: pytest.MonkeyPatch) -> None:
    results = []
    for workers in (1, 2):
        store = open_store("memory://")
        ingest([str(DEMO)], store=store, options=IngestOptions(process=False, progress=False))
        monkeypatch.setattr(analysis, "PARALLEL_FROM", 1)
        analysis.run(store, progress=False, workers=workers)
        results.append(_snapshot(store))
    assert results[0] == results[1]
    assert results[0][2]["events"] > 0


def test_rerunning_the_analysis_changes_nothing() -> None:
    store = open_store("memory://")
    summary = ingest([str(DEMO)], store=store, options=IngestOptions(progress=False))
    assert summary.processed["events"] > 0
    before = _snapshot(store)
    again = ingest([str(DEMO)], store=store, options=IngestOptions(progress=False))
    assert again.articles_stored == 0
    assert _snapshot(store) == before


@pytest.mark.postgres
def test_the_whole_pipeline_gives_the_same_records_on_postgres(pg_url: str) -> None:
    """The backend is swappable: SQLite and PostgreSQL hold the same analysis."""
    exports = []
    for url in ("memory://", pg_url):
        store = open_store(url)
        if url == pg_url:  # a clean database for this test
            with store.transaction():
                for table in ("inputs", "articles", "articles_fts", "stories", "story_members",
                              "analysed", "mentions", "places", "times", "raw_claims", "claims",
                              "events", "event_articles", "events_fts"):  # fmt: skip
                    store._exec(f"DELETE FROM {table}")  # type: ignore[attr-defined]
        ingest([str(DEMO)], store=store, options=IngestOptions(progress=False))
        exports.append(
            (
                [a.export() for a in store.iter_articles()],
                [s.export() for s in store.iter_stories()],
                sorted((e.export() for e in store.iter_events()), key=lambda e: e["id"]),
                sorted((c.export() for c in store.iter_claims()), key=lambda c: c["id"]),
            )
        )
        store.close()
    assert exports[0] == exports[1]
    assert exports[0][2], "the demo corpus gives events"
