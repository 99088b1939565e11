"""The claims scorer's rules on a hand-made gold, and the seeds gate."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from wiretally.evaluate.claims import figure_matches, run_seeds, score_claims


def _exported(cid: str, article: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": cid, "quantity": "attacks", "value": None, "lower": None, "upper": None,
        "approximate": False, "unit": None, "place": None, "window_start": None,
        "window_end": None, "as_of": None, "claimant": None, "article_id": article,
        "start": 0, "end": 1, "text": "x", "parts": [], "series": None, "conflicts": [],
    }  # fmt: skip
    base.update(fields)
    return base


GOLD: dict[str, Any] = {
    "articles": [],
    "claims": [
        {
            "key": "total",
            "value": 10,
            "place": "Jordan",
            "claimant": "Pentagon",
            "articles": ["orig", "copy"],
            "parts": ["p1", "p2"],
        },
        {"key": "p1", "value": 4, "place": "Jordan"},
        {"key": "p2", "value": 6, "place": "Jordan"},
        {
            "key": "low",
            "lower": 21,
            "articles": ["other"],
            "conflicts_with": "total",
            "conflict_reason": "value",
        },
    ],
    "series": [{"quantity": "attacks", "points": ["low", "total"]}],
    "checks": [],
}


@pytest.mark.parametrize(
    ("claim", "gold", "ok"),
    [
        ({"value": 61}, {"value": 61}, True),
        ({"lower": 61}, {"value": 61}, True),  # "more than five dozen"
        ({"lower": 20}, {"lower": 21}, True),  # a lower bound one off
        ({"value": 1200}, {"lower": 1200}, True),
        ({"value": 40000, "upper": 40000}, {"value": 40000, "upper": 40000}, True),
        ({"value": 60}, {"value": 61}, False),
        ({"lower": 16}, {"value": 61}, False),
    ],
)
def test_figure_matches(claim: dict[str, Any], gold: dict[str, Any], ok: bool) -> None:
    assert figure_matches(claim, gold) is ok


def test_score_claims_counts_claims_fields_series_and_checks() -> None:
    exported = [
        _exported("t1", "orig", value=10, place="Jordan", claimant="the Pentagon",
                  parts=["a", "b"], series="S", as_of="2024-02-02"),
        _exported("a", "orig", value=4, place="Jordan"),
        _exported("b", "orig", value=6, place="Jordan"),
        _exported("t2", "copy", value=10, place="Kuwait", series="S", as_of="2024-02-02",
                  conflicts=[{"claim_id": "l", "reason": "value"}]),
        _exported("l", "other", lower=21, series="S", as_of="2024-02-01"),
        _exported("junk", "other", value=3),
    ]  # fmt: skip
    scores = score_claims(exported, GOLD)
    assert scores["claims"]["recall"] == 1.0
    assert scores["claims"]["precision"] == round(5 / 6, 3)
    assert scores["fields"]["place"]["accuracy"] == 1.0  # right in one copy is enough
    assert scores["fields"]["claimant"]["accuracy"] == 1.0
    assert scores["series"]["found"] == 1
    assert scores["checks"]["passed"] == scores["checks"]["total"] == 2
    assert scores["checks"]["spurious_conflicts"] == []


def test_score_claims_reports_spurious_conflicts_and_misses() -> None:
    exported = [
        _exported("t1", "orig", value=10, conflicts=[{"claim_id": "a", "reason": "value"}]),
        _exported("a", "orig", value=4),
    ]
    scores = score_claims(exported, GOLD)
    assert scores["claims"]["missed"] == ["p2", "low"]
    assert len(scores["checks"]["spurious_conflicts"]) == 1
    assert scores["checks"]["passed"] == 0


@pytest.mark.slow
def test_seeds_claims_gate(shared: Path, seeds_gold: dict[str, Any]) -> None:
    exported, articles = run_seeds(shared)
    scores = score_claims(exported, seeds_gold, articles=articles)
    # Measured 2026-11-26: F1 0.99 (P 0.981, R 1.0); place 1.0, window 0.857, claimant 1.0.
    assert scores["claims"]["f1"] >= 0.95
    assert scores["claims"]["recall"] >= 0.95
    assert scores["fields"]["place"]["accuracy"] >= 0.85
    assert scores["fields"]["claimant"]["accuracy"] >= 0.9
    assert scores["series"]["found"] == scores["series"]["gold"]
    assert scores["series"]["merged"] == 0
    assert scores["checks"]["spurious_conflicts"] == []
    assert scores["checks"]["passed"] == scores["checks"]["total"]
