"""Accuracy gate for casualty counts on the GVDB dev split (reads ../shared at test time).

Floors sit a little below the measured scores (dev, both exact 0.782; killed 0.887;
injured 0.865; on the 337 articles with an annotated victim, both exact 0.864). Lowering
one is a visible, explained change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretally.evaluate.gvdb import load_split, main, score


@pytest.fixture(scope="module")
def gvdb_dev(shared: Path) -> list:
    if not (shared / "dev" / "events" / "gvdb" / "splits" / "dev.tsv").is_file():
        pytest.skip("GVDB dev split not present")
    return load_split(shared, "dev")


def test_gold_counts_are_read(gvdb_dev: list) -> None:
    assert len(gvdb_dev) == 400
    assert sum(a.killed for a in gvdb_dev) > 0 and sum(a.injured for a in gvdb_dev) > 0
    # The title is split off the glued first sentence.
    assert all("\n" in a.text[: len(a.title) + 1] for a in gvdb_dev if a.title)


@pytest.mark.slow
def test_gvdb_dev_floors(gvdb_dev: list) -> None:
    result = score(gvdb_dev)
    assert result.killed >= 0.87
    assert result.injured >= 0.85
    assert result.both >= 0.76
    annotated = score([a for a in gvdb_dev if a.annotated])
    assert annotated.n == 337
    assert annotated.both >= 0.84


@pytest.mark.slow
def test_main_prints_scores(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--shared", str(shared)]) == 0
    out = capsys.readouterr().out
    assert "both exact" in out and "GVDB dev: 400 articles" in out
