"""UCDP GED headline deaths: the scorer runs and stays above pinned floors (../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretally.evaluate.ucdp import (
    field_scores,
    headline_deaths,
    load,
    score,
    single_event,
    split_events,
)


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


_UCDP_COLUMNS = (
    "id,year,type_of_violence,side_a,side_b,number_of_sources,source_date,source_headline,"
    "where_prec,adm_1,latitude,longitude,date_start,date_end,deaths_civilians,low,best,high"
)


def test_field_scores_read_each_headline_as_an_article(tmp_path: Path) -> None:
    # Invented events in UCDP's layout: one headline the pipeline reads, one it cannot.
    path = tmp_path / "ucdp.csv"
    path.write_text(
        _UCDP_COLUMNS + "\n"
        "1,2017,1,Government of Syria,Syrian insurgents,1,2017-03-22,"
        "Regime forces shell the southern countryside of Idlib,1,Idlib Governorate,"
        "35.93,36.63,2017-03-22,2017-03-22,0,2,2,2\n"
        "2,2017,1,Government of Syria,Syrian insurgents,1,2017-03-23,Daily toll,"
        "1,Idlib Governorate,35.93,36.63,2017-03-23,2017-03-23,0,1,1,1\n",
        encoding="utf-8",
    )
    events = load(path)
    result = field_scores(events)
    assert result.n == 2 and result.found == 1
    assert result.share("type") == 1.0  # state-based: not violence against civilians
    assert result.share("date") == 1.0  # the report's day or the day before
    assert result.share("place") == 1.0  # Idlib, near the coded point
    assert result.share("sides named right") == 1.0  # "regime forces": Government of Syria


@pytest.mark.slow
def test_ucdp_headline_fields_floors(shared: Path) -> None:
    if not (shared / "dev" / "events" / "ucdp_ged").is_dir():
        pytest.skip("UCDP GED not present")
    ((_, events),) = split_events(shared, "dev")
    result = field_scores(single_event(events)[:1500])
    # Measured on these 1,500: found 0.753, type 0.919, date 0.969, place 0.755, sides
    # named right 0.740.
    assert result.found / result.n >= 0.71
    assert result.share("type") >= 0.88
    assert result.share("date") >= 0.94
    assert result.share("place") >= 0.71
    assert result.share("sides named right") >= 0.70
