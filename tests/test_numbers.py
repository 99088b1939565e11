"""Number normaliser: exact amounts, qualified figures, figure spans in running text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wiretally.numbers import find_figures, number_to_words, parse_figure, parse_number

QUALIFIERS_LOWER = ["at least", "no fewer than", "a minimum of"]
QUALIFIERS_STRICT = ["more than", "over", "upwards of"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("61", 61),
        ("1,205", 1205),
        ("41,000", 41000),
        ("2.4 million", 2_400_000),
        ("five dozen", 60),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("two", 2),
        ("twenty-nine", 29),
        ("one hundred and five", 105),
        ("seventeen hundred", 1700),
        ("a thousand", 1000),
        ("hundreds", None),
        ("five five", None),
        ("hundred", None),
        ("twenty ten", None),
        ("thousand million", None),
        ("attacks", None),
        ("", None),
    ],
)
def test_parse_number(text: str, expected: float | None) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "lower", "upper", "approximate"),
    [
        ("at least 1,200", None, 1200, None, False),
        ("more than 15", None, 16, None, False),
        ("over 20", None, 21, None, False),
        ("more than five dozen", None, 61, None, False),
        ("more than a dozen", None, 13, None, False),
        ("almost 40,000", 40000, None, 40000, True),
        ("nearly a dozen", 12, None, 12, True),
        ("about 2,000", 2000, None, None, True),
        ("some 900", 900, None, None, True),
        ("up to 20", None, None, 20, False),
        ("fewer than 10", None, None, 9, False),
        ("dozens", None, 24, None, True),
        ("hundreds", None, 200, None, True),
        ("thousands", None, 2000, None, True),
        ("a handful", None, 2, 5, True),
        ("one", 1, None, None, False),
        ("a", 1, None, None, False),
        ("70 percent", 70, None, None, False),
        ("around 70%", 70, None, None, True),
        ("between 10 and 20", None, 10, 20, False),
        ("more than 2.5 million", None, 2_500_001, None, False),
    ],
)
def test_parse_figure(
    text: str, value: float | None, lower: float | None, upper: float | None, approximate: bool
) -> None:
    fig = parse_figure(text)
    assert fig is not None
    assert (fig.value, fig.lower, fig.upper, fig.approximate) == (value, lower, upper, approximate)
    assert fig.text == text


@pytest.mark.parametrize("text", ["", "attacks", "the", "more than", "half"])
def test_parse_figure_rejects(text: str) -> None:
    assert parse_figure(text) is None


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_number_words_round_trip(n: int) -> None:
    assert parse_number(number_to_words(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_round_trip(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["thousand", "million"]))
def test_digits_with_scale(n: int, scale: str) -> None:
    factor = {"thousand": 1_000, "million": 1_000_000}[scale]
    assert parse_number(f"{n} {scale}") == n * factor
    assert parse_number(f"{n}.5 {scale}") == (n + 0.5) * factor


@given(
    st.integers(min_value=1, max_value=10**7),
    st.sampled_from(QUALIFIERS_LOWER + QUALIFIERS_STRICT + ["nearly", "almost", "up to", "about"]),
    st.booleans(),
)
def test_bounds_are_ordered_and_contain_the_number(n: int, qualifier: str, words: bool) -> None:
    number = number_to_words(n) if words else f"{n:,}"
    fig = parse_figure(f"{qualifier} {number}")
    assert fig is not None
    if fig.lower is not None and fig.upper is not None:
        assert fig.lower <= fig.upper
    if fig.lower is not None:
        assert fig.lower in (n, n + 1)
        assert fig.lower == (n + 1 if qualifier in QUALIFIERS_STRICT else n)
    if fig.upper is not None:
        assert fig.upper == n
    if fig.value is not None:
        assert fig.value == n


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_ranges_ordered(a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    fig = parse_figure(f"between {lo:,} and {hi:,}")
    if lo == hi:
        assert fig is None
    else:
        assert fig is not None and fig.lower == lo and fig.upper == hi


@given(st.integers(min_value=2, max_value=10**6))
def test_find_figures_span_in_sentence(n: int) -> None:
    sentence = f"Officials said more than {n:,} people were killed."
    found = find_figures(sentence)
    assert len(found) == 1
    start, end, fig = found[0]
    assert sentence[start:end] == f"more than {n:,}"
    assert fig.lower == n + 1


def test_find_figures_in_news_prose() -> None:
    text = (
        "While most of the more than five dozen attacks have been largely ineffective, "
        "at least 60 U.S. personnel have reported minor injuries."
    )
    found = [(text[s:e], f.lower) for s, e, f in find_figures(text)]
    assert found == [("more than five dozen", 61), ("at least 60", 60)]


@pytest.mark.parametrize(
    "text",
    [
        "since Oct. 17, attacks rose",
        "between Oct. 17 and 21 at al-Asad air base",
        "between 17 and 21 October",
        "date 2023-11-17 WASHINGTON",
        "the 2003 U.S.-led invasion",
        "in 1987 during the intifada",
        "one-way suicide drones",
        "a 29-year-old man",
        "the 17th attack",
        "one of the attacks",
        "no one was hurt",
        "the enemy's number one target",
        "two-thirds of whom were poor",
        "only relied on 2G technology",
        "at 10 a.m. local time",
        "a $100 aid package",
    ],
)
def test_find_figures_skips_non_counts(text: str) -> None:
    assert find_figures(text) == []


def test_find_figures_keeps_counts_next_to_dates() -> None:
    text = "On Oct. 27, U.S. fighter jets struck two weapons storage sites; 2000 troops stayed."
    assert [text[s:e] for s, e, _ in find_figures(text)] == ["two", "2000"]


def test_find_figures_percent_and_vague() -> None:
    text = "around 70% of the infrastructure; hundreds of thousands of children; a handful left"
    found = [(text[s:e], f.value, f.lower) for s, e, f in find_figures(text)]
    assert found == [
        ("around 70%", 70, None),
        ("hundreds of thousands", None, 200_000),
        ("a handful", None, 2),
    ]
