"""The blind field test (``eval/field``): whole articles in the project's own words, coded
by writers who never saw the code. A fast check of the scorer's loading on an invented
folder, and the accuracy floors on both splits (slow: they run the whole pipeline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wiretally.evaluate.field import ROOT, compare, load_gold, main, run_split, snapshot


def test_gold_from_every_writer_folder_with_types_from_sub_types(tmp_path: Path) -> None:
    writer = tmp_path / "w"
    writer.mkdir()
    (writer / "a.txt").write_text(
        "Published: 2026-03-04\n\nGunmen killed four farmers near Kidal on Monday.\n",
        encoding="utf-8",
    )
    (writer / "gold.json").write_text(
        json.dumps({
            "articles": [{"file": "a.txt", "published": "2026-03-04"}],
            "events": [{"key": "k", "event_type": "Strategic developments",
                        "sub_event_type": "Non-state actor overtakes territory"}],
            "not_events": ["a.txt: nothing else"],
        }),
        encoding="utf-8",
    )  # fmt: skip
    files, gold = load_gold(tmp_path)
    assert files == [writer / "a.txt"]
    (event,) = gold["events"]
    assert event["key"] == "w/k"
    assert event["event_type"] == "Battles"  # ACLED's parent of that sub-type
    assert gold["retyped"] == 1


# One incident the writers below code alike: four farmers killed in Kidal on Monday.
_KIDAL = {"key": "k", "files": ["a.txt"], "event_type": "Violence against civilians",
          "sub_event_type": "Attack", "date": "2026-03-02", "country": "ML", "lat": 18.44,
          "lon": 1.41, "actor1": "Unidentified armed group", "actor2": "Civilians (Mali)",
          "fatalities": {"value": 4}}  # fmt: skip


def _writer(root: Path, name: str, text: str) -> None:
    """A writer's folder under ``root``: one article published 2026-03-04, coded as _KIDAL."""
    writer = root / name
    writer.mkdir()
    (writer / "a.txt").write_text(f"Published: 2026-03-04\n\n{text}\n", encoding="utf-8")
    (writer / "gold.json").write_text(
        json.dumps({"articles": [{"file": "a.txt", "published": "2026-03-04"}],
                    "events": [_KIDAL]}),
        encoding="utf-8",
    )  # fmt: skip


def test_a_split_is_scored_through_the_real_pipeline(tmp_path: Path) -> None:
    _writer(tmp_path, "w", "Gunmen killed four farmers in Kidal on Monday, local officials said.")
    scored = run_split(tmp_path)
    assert scored["articles"]["published_right"] == 1
    assert scored["accuracy"]["found"] == 1.0
    assert scored["accuracy"]["fatalities"] == 1.0
    assert scored["spurious"] == 0


def test_each_writer_folder_is_its_own_corpus(tmp_path: Path) -> None:
    # Two writers who invent the same ambush in the same week report no one event: each
    # folder's incident is scored against its own gold, not merged into the other's.
    _writer(tmp_path, "w1", "Gunmen killed four farmers in Kidal on Monday.")
    _writer(tmp_path, "w2", "On Monday, gunmen shot dead four farmers in Kidal.")
    scored = run_split(tmp_path)
    assert scored["accuracy"]["found"] == 1.0
    assert scored["exported_events"] == 2


def test_a_saved_snapshot_shows_what_a_change_moved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "dev").mkdir()
    _writer(tmp_path / "dev", "w", "Gunmen killed four farmers in Kidal on Monday.")
    saved = tmp_path / "run.json"
    assert main(["--root", str(tmp_path), "--save", str(saved)]) == 0
    before = json.loads(saved.read_text(encoding="utf-8"))
    assert before["rows"]["w/k"]["found"] is True
    # A run that lost the event and read a spurious one instead:
    after = {**before, "rows": {"w/k": {**before["rows"]["w/k"], "found": False, "got": None}},
             "spurious_events": ["Attack | 2026-03-01 | Gao"], "spurious": 1}  # fmt: skip
    diff = compare(before, after)
    assert "w/k found:True->False" in diff
    assert "+ spurious Attack | 2026-03-01 | Gao" in diff
    assert "spurious        0 -> 1" in diff
    assert main(["--root", str(tmp_path), "--compare", str(saved)]) == 0
    out = capsys.readouterr().out
    assert "spurious        0 -> 0" in out
    # The held split is only ever scored: no snapshot of it.
    assert main(["--root", str(tmp_path), "--split", "held", "--save", str(saved)]) == 2


def test_snapshot_keeps_each_gold_events_fields(tmp_path: Path) -> None:
    _writer(tmp_path, "w", "Gunmen killed four farmers in Kidal on Monday.")
    snap = snapshot(run_split(tmp_path))
    assert snap["rows"]["w/k"]["fatalities"] is True
    assert snap["spurious"] == 0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("split", "floors", "spurious"),
    [
        # Measured on 2026-11-29 at the end of the twenty-sixth session (835 articles, 2,775
        # events, each writer's folder its own store; see README) at 1d9a0e6: found 0.926,
        # type 0.886, date 0.926, place 0.813, actor1 0.786, actor2 0.756, fatalities 0.808,
        # 397 spurious (14.3% of gold). (When the twenty-fifth held split joined dev at the
        # session's start it read found 0.923, place 0.807, fatalities 0.801, 417 spurious.)
        # Floors are the end reading less a point, none lowered (place, actor1 and
        # fatalities keep the twenty-fifth session's higher ones).
        ("dev", {"found": 0.916, "event_type": 0.876, "date": 0.916, "place": 0.805,
                 "actor1": 0.778, "actor2": 0.746, "fatalities": 0.801}, 0.153),
    ],
)  # fmt: skip
def test_field_floors(split: str, floors: dict[str, float], spurious: float) -> None:
    folder = ROOT / split
    if not folder.is_dir():
        pytest.skip(f"{folder} is missing")
    scored = run_split(folder)
    for field, floor in floors.items():
        assert scored["accuracy"][field] >= floor, (field, scored["accuracy"][field])
    assert scored["spurious"] <= spurious * scored["gold_events"]
