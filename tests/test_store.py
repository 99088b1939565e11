"""The Store contract, run against every backend: SQLite (always) and PostgreSQL (marker
``postgres``: the fixture starts a throwaway server from the machine's PostgreSQL binaries).

Records are hand-built and illustrative."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from wiretally.records import (
    Article,
    Claim,
    Conflict,
    Event,
    Evidence,
    Figure,
    Location,
    Mention,
    Place,
    Story,
    StoryMember,
    Timex,
)
from wiretally.store import ArticleQuery, ClaimQuery, EventQuery, open_store
from wiretally.store.base import Store


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        s = open_store(str(tmp_path / "t.db"))
    else:
        url = request.getfixturevalue("pg_url")
        s = open_store(url)
        with s.transaction():  # a clean slate for each test
            for table in ("inputs", "articles", "articles_fts", "stories", "story_members",
                          "analysed", "mentions", "places", "times", "raw_claims", "claims",
                          "events", "event_articles", "events_fts"):  # fmt: skip
                s._exec(f"DELETE FROM {table}")  # type: ignore[attr-defined]
    yield s
    s.close()


def article(n: int, text: str, **kw: object) -> Article:
    return Article(id=f"a{n}", source_path=f"in/{n}.txt", text=text, content_hash=f"h{n}", **kw)  # type: ignore[arg-type]


def event(n: int, **kw: object) -> Event:
    base: dict[str, object] = dict(
        id=f"e{n}", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        plover="ASSAULT", date_start="2024-03-05", date_end="2024-03-05", date_precision=1,
        country="ML", admin1="Kidal", admin2=None,
        location=Location("Kidal", 18.44, 1.41, 2455290, 2), actor1="Army", actor2="Rebels",
        assoc_actors=[], weapon="drone", fatalities=Figure(lower=4, text="at least four"),
        injuries=None, modality="asserted", historical=False,
        sources=[Evidence("a1", 0, 0, 30, "A drone struck a depot near Kidal.")],
        source_count=1, independent_source_count=1, notes="Reported by 1 article.",
    )  # fmt: skip
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_articles_roundtrip_search_and_hostile_queries(store: Store) -> None:
    with store.transaction():
        store.put_article(article(1, "A drone struck a fuel depot near Kidal.", title="Depot"))
        store.put_article(article(2, "Protesters marched in Gao.", published="2024-03-06"))
    got = store.get_article("a1")
    assert got is not None and got.title == "Depot"
    assert store.has_article("a2") and not store.has_article("a3")
    assert [a.id for a in store.iter_articles()] == ["a1", "a2"]
    assert store.query_articles(ArticleQuery(q="depot"), limit=10, offset=0).total == 1
    assert store.query_articles(ArticleQuery(date_from="2024-03-06"), limit=10, offset=0).total == 1
    for hostile in ['" OR 1=1 --', "depot'); DROP TABLE articles; --", "a & | ! :*", "%_?"]:
        store.query_articles(ArticleQuery(q=hostile), limit=10, offset=0)
    assert store.counts()["articles"] == 2
    # Replacing an article replaces its search row too.
    with store.transaction():
        store.put_article(article(1, "Talks resumed in Bamako.", title="Talks"))
    assert store.query_articles(ArticleQuery(q="depot"), limit=10, offset=0).total == 0
    assert store.query_articles(ArticleQuery(q="bamako"), limit=10, offset=0).total == 1


def test_transaction_rolls_back_on_interrupt(store: Store) -> None:
    with store.transaction():
        store.put_article(article(1, "First report."))
    with pytest.raises(KeyboardInterrupt), store.transaction():
        store.put_article(article(2, "Second report."))
        store.record_input(source_path="x", file_hash="fh", articles=1)
        raise KeyboardInterrupt
    assert [a.id for a in store.iter_articles()] == ["a1"]
    assert not store.input_seen("fh")


def test_stories_analysis_events_claims(store: Store) -> None:
    with store.transaction():
        store.put_article(article(1, "A drone struck a depot near Kidal."))
        store.put_article(article(2, "An army drone hit a depot outside Kidal."))
        story = Story("s1", "a1", [StoryMember("a1", "canonical"), StoryMember("a2", "rewrite")])
        store.replace_stories([story])
        mention = Mention(id="m1", article_id="a1", sentence=0, start=0, end=30,
                          text="A drone struck a depot near Kidal.",
                          event_type="Explosions/Remote violence")  # fmt: skip
        store.put_analysis(
            "a1", mentions=[mention], claims=[],
            places=[Place("a1", 28, 33, "Kidal", name="Kidal", lat=18.44, lon=1.41)],
            times=[Timex("a1", 0, 3, "now", "DATE", "PRESENT_REF")],
        )  # fmt: skip
        store.replace_events([event(1), event(2, country="NE", date_start="2024-04-01",
                                                date_end="2024-04-01", actor1="Militia",
                                                independent_source_count=3)])  # fmt: skip
        claims = [
            Claim("c1", "attacks on army posts", 23, None, None, False, None, "Kidal region",
                  "2025-02-01", None, "2025-03-14", "governor", "a1", 0, 2, "23"),
            Claim("c2", "attacks on army posts", None, 31, None, False, None, "Kidal region",
                  "2025-02-01", None, "2025-03-14", "governor", "a2", 0, 12, "more than 30",
                  conflicts=[Conflict("c1", "value")]),
        ]  # fmt: skip
        store.replace_claims(claims)
    assert store.get_story("s1") is not None and len(list(store.iter_stories())) == 1
    assert store.analysed_article_ids() == {"a1"}
    assert [m.id for m in store.iter_mentions()] == ["m1"]
    assert next(store.iter_places()).lat == 18.44
    assert store.get_event("e1").location.geonames_id == 2455290  # type: ignore[union-attr]
    q = store.query_events
    assert q(EventQuery(country="ml"), limit=10, offset=0).total == 1
    assert q(EventQuery(actor="milit"), limit=10, offset=0).total == 1
    assert q(EventQuery(min_sources=2), limit=10, offset=0).items[0].id == "e2"
    assert q(EventQuery(date_from="2024-03-10"), limit=10, offset=0).total == 1
    assert q(EventQuery(q="depot"), limit=10, offset=0).total == 2
    assert q(EventQuery(story_id="s1"), limit=10, offset=0).total == 2
    assert q(EventQuery(), limit=1, offset=1).items[0].id == "e2"
    conflicted = store.query_claims(ClaimQuery(conflicted=True), limit=10, offset=0)
    assert [c.id for c in conflicted.items] == ["c2"]
    assert conflicted.items[0].conflicts[0].reason == "value"
    counts = store.counts()
    assert counts["events"] == 2 and counts["claims"] == 2 and counts["stories"] == 1
    # Re-analysing an article replaces what it gave before.
    with store.transaction():
        store.put_analysis("a1", mentions=[], claims=[], places=[], times=[])
    assert list(store.iter_mentions()) == [] and store.counts()["places"] == 0


def test_sqlite_readers_do_not_wait_for_a_writer(tmp_path: Path) -> None:
    """A web request reads committed data while an ingest holds the write transaction."""
    import threading

    store = open_store(str(tmp_path / "w.db"))
    with store.transaction():
        store.put_article(article(1, "Committed report."))
    seen: list[list[str]] = []
    with store.transaction():
        store.put_article(article(2, "Uncommitted report."))
        assert store.has_article("a2")  # the writer sees its own write
        reader = threading.Thread(target=lambda: seen.append([a.id for a in store.iter_articles()]))
        reader.start()
        reader.join(timeout=5)
        assert not reader.is_alive(), "the reader waited for the writer"
    assert seen == [["a1"]]
    assert [a.id for a in store.iter_articles()] == ["a1", "a2"]
    store.close()


def test_event_points_and_histogram(store: Store) -> None:
    with store.transaction():
        store.replace_events([
            event(1), event(2, date_start="2024-03-07", date_end="2024-03-07"),
            event(3, location=None, date_start="2024-03-07", date_end="2024-03-07"),
        ])  # fmt: skip
    points, total = store.event_points(EventQuery(), cap=10)
    assert total == 3 and [p[0] for p in points] == ["e2", "e1"]
    assert points[0][1:4] == [18.44, 1.41, 2]
    assert store.event_histogram(EventQuery()) == [["2024-03-05", 1], ["2024-03-07", 2]]
    assert store.event_histogram(EventQuery(country="NE")) == []
