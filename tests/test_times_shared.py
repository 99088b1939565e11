"""Time tagger against ../shared: the seeds' event dates and the TempEval-3 dev scores.

Floors are pinned a little below the scores measured when they were set (TimeBank +
AQUAINT, 2026-11-26: strict extent F1 0.880, value accuracy 0.849; MEANTIME strict F1
0.822). Lowering one is a visible, explained change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wiretally.records import Timex
from wiretally.times import tag_times

TBAQ_STRICT_F1 = 0.87
TBAQ_VALUE_ACCURACY = 0.83
MEANTIME_STRICT_F1 = 0.80


def _article_timexes(seeds_dir: Path, seeds_gold: dict[str, Any]) -> dict[str, list[Timex]]:
    """Each gold article's text (files may hold two) tagged against its publication date."""
    out: dict[str, list[Timex]] = {}
    articles = seeds_gold["articles"]
    for a in articles:
        text = (seeds_dir / a["file"]).read_text(encoding="utf-8")
        start = text.find(a["starts"])
        assert start >= 0, a["key"]
        later = [
            text.find(b["starts"])
            for b in articles
            if b["file"] == a["file"] and text.find(b["starts"]) > start
        ]
        segment = text[start : min(later) if later else len(text)]
        out[a["key"]] = tag_times(segment, dct=a["published_window"][0], article_id=a["key"])
    return out


def test_every_dated_seed_event_is_reachable(seeds_dir: Path, seeds_gold: dict) -> None:
    """Some timex in the seeds covers a day inside each gold event's date window."""
    found = [t for ts in _article_timexes(seeds_dir, seeds_gold).values() for t in ts]
    missing = []
    for event in seeds_gold["events"]:
        window = [event["date"]] * 2 if event.get("date") else event.get("date_window")
        if not window:
            continue
        lo, hi = window
        if not any(
            t.date_start and t.date_end and lo <= t.date_start and t.date_end <= hi for t in found
        ):
            missing.append(event["key"])
    assert missing == []


def test_seed_expressions(seeds_dir: Path, seeds_gold: dict) -> None:
    by_article = _article_timexes(seeds_dir, seeds_gold)
    ap = {(t.text, t.value, t.role) for t in by_article["ap-original"]}
    assert ("Oct. 17", "2023-10-17", "window_start") in ap  # "since Oct. 17"
    assert ("Oct. 17 and 21", "2023-10-17/2023-10-21", "range") in ap
    for text, value in [("Oct. 27", "2023-10-27"), ("Nov. 8", "2023-11-08"),
                        ("Nov. 12", "2023-11-12"), ("early January 2020", "2020-01")]:  # fmt: skip
        assert (text, value, None) in ap
    dispatch = {(t.text, t.value) for t in by_article["dispatch"]}
    assert ("last Thursday", "2023-10-19") in dispatch
    assert ("Tuesday", "2023-10-24") in dispatch


@pytest.mark.slow
def test_tempeval_dev_floor(shared: Path) -> None:
    from wiretally.evaluate.tempeval import score_tempeval

    scores = score_tempeval(shared / "dev" / "time")
    strict = scores["strict"]
    assert isinstance(strict, dict)
    assert scores["documents"] == 256
    assert strict["f1"] >= TBAQ_STRICT_F1, scores
    value_accuracy = scores["value_accuracy"]
    assert isinstance(value_accuracy, float)
    assert value_accuracy >= TBAQ_VALUE_ACCURACY, scores


@pytest.mark.slow
def test_meantime_floor(shared: Path) -> None:
    from wiretally.evaluate.tempeval import score_tempeval

    scores = score_tempeval(shared / "dev" / "time", meantime=True)
    strict = scores["strict"]
    assert isinstance(strict, dict)
    assert strict["f1"] >= MEANTIME_STRICT_F1, scores
