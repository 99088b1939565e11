"""Issue 3 on the real seeds: four stories, the AP original canonical, the rewrite labelled,
the figure the rewrite changed listed as a number change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from wiretally.evaluate.seeds import match_articles, score_stories
from wiretally.pipeline import IngestOptions, ingest
from wiretally.store import open_store
from wiretally.stories import group_stories


def test_seeds_stories_match_gold(seeds_dir: Path, seeds_gold: dict[str, Any]) -> None:
    store = open_store("memory://")
    ingest([str(seeds_dir)], store=store, options=IngestOptions(process=False, progress=False))
    articles = list(store.iter_articles())
    keys = match_articles([a.export() for a in articles], seeds_gold)
    result = group_stories(articles)

    report = score_stories([s.export() for s in result.stories], keys, seeds_gold)
    assert report["found"] == report["expected"] == len(seeds_gold["stories"])
    assert report["exact_groups"] == report["expected"], report["problems"]
    assert report["canonical_right"] == report["expected"], report["problems"]
    assert report["relations_right"] == report["relations_total"], report["problems"]
    assert report["changes_found"] == report["changes_total"], report["problems"]

    # Every copy without a date of its own gets the canonical's date.
    for story in seeds_gold["stories"]:
        canonical = story.get("canonical")
        for key in story.get("relations", {}):
            assert result.inferred_dates.get(keys[key]) == next(
                a.published for a in articles if a.id == keys[canonical]
            )

    # Re-running, or running incrementally over its own output, changes nothing.
    again = group_stories(articles, previous=result.stories)
    assert [s.export() for s in again.stories] == [s.export() for s in result.stories]
    assert [s.id for s in group_stories(articles).stories] == [s.id for s in result.stories]
