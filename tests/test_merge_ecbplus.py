"""The ECB+ evaluation: its scorer and date readers, and a floor on the dev split."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretally.evaluate import ecbplus_events as ecb


def test_b_cubed_perfect_and_all_in_one() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    assert ecb.b_cubed(gold, gold) == (1.0, 1.0, 1.0)
    p, r, _ = ecb.b_cubed({"a": 0, "b": 0, "c": 0}, gold)
    assert r == 1.0
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_document_dates_from_time_spans() -> None:
    doc = ecb.Doc("1_1ecb", "1", "ecb", times=["on Monday , March 3 , 2008", "2008"])
    assert ecb.doc_date(doc) == ("2008-03-03", "2008-03-03")
    assert ecb.doc_weekdays(doc) == {"monday"}
    two_years = ecb.Doc("1_2ecb", "1", "ecb", times=["2007", "in 2009"])
    assert ecb.doc_date(two_years) == (None, None)
    one_year = ecb.Doc("1_3ecb", "1", "ecb", times=["last year", "2011"])
    assert ecb.doc_date(one_year) == ("2011", "2011")


@pytest.mark.slow
def test_dev_split_merges_without_mixing_incidents(shared: Path) -> None:
    root = shared / "dev" / "dedup" / "ecbplus"
    docs, gold = ecb.load(root, "dev")
    result = ecb.evaluate(
        docs,
        gold,
        doc_threshold=ecb.DOC_THRESHOLD,
        pair_threshold=ecb.PAIR_THRESHOLD,
        lemmatizer=ecb.Lemmatizer(),
        name="dev",
    )
    assert result.mixed == 0
    assert result.f1 >= 0.57  # 0.598 when the floor was set (dev split, tuned there)
