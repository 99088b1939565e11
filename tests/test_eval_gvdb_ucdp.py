"""UCDP GED headline deaths: the scorer runs and stays above pinned floors (../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretally.evaluate.ucdp import headline_deaths, load, score


def test_headline_deaths_takes_the_largest_of_joined_headlines() -> None:
    assert headline_deaths("Shelling kills 4 civilians;Airstrike kills 9 in a market") == 9
    assert headline_deaths("Clashes continue on several fronts") is None


@pytest.mark.slow
def test_ucdp_sample_floors(shared: Path) -> None:
    path = shared / "dev" / "events" / "ucdp_ged" / "ucdp_ged231_sample1000.csv"
    if not path.is_file():
        pytest.skip("UCDP GED sample not present")
    result = score(load(path))
    # Measured: coverage 0.310, best 0.263 of covered, within [low, high] 0.306.
    assert result.covered / result.n >= 0.29
    assert result.within / result.covered >= 0.28
