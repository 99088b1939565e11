"""Casualty counts from sentences: counts, qualifiers, single persons, zeros, and spans.

Sentences here are written for the tests (illustrative, not from any corpus).
"""

from __future__ import annotations

import pytest

from wiretally.extract.casualties import article_casualties, find_casualties
from wiretally.records import Figure


def _key(fig: Figure | None) -> tuple[float | None, float | None, float | None, bool] | None:
    if fig is None:
        return None
    return (fig.value, fig.lower, fig.upper, fig.approximate)


def _span(text: str, spans: dict[str, tuple[int, int]], key: str) -> str:
    s, e = spans[key]
    return text[s:e]


# (sentence, fatalities (value, lower, upper, approx), its span text, injuries, its span text)
CASES = [
    (
        "At least 3 people were killed in the raid.",
        (None, 3, None, False),
        "At least 3",
        None,
        None,
    ),
    (
        "Officials said more than 20 villagers died overnight.",
        (None, 21, None, False),
        "more than 20",
        None,
        None,
    ),
    (
        "Dozens of protesters were wounded by rubber bullets.",
        None,
        None,
        (None, 24, None, True),
        "Dozens",
    ),
    (
        "Hundreds of people were injured when the depot exploded.",
        None,
        None,
        (None, 200, None, True),
        "Hundreds",
    ),
    ("A handful of guards were hurt in the scuffle.", None, None, (None, 2, 5, True), "A handful"),
    ("The drone hit a checkpoint, killing two.", (2, None, None, False), "two", None, None),
    ("Two soldiers were killed near the border.", (2, None, None, False), "Two", None, None),
    (
        "The blast left one dead and three wounded.",
        (1, None, None, False),
        "one",
        (3, None, None, False),
        "three",
    ),
    (
        "Police shot and killed the gunman after a standoff.",
        (1, None, None, False),
        "the gunman",
        None,
        None,
    ),
    (
        "A 25-year-old man was shot dead outside a bakery.",
        (1, None, None, False),
        "A 25-year-old man",
        None,
        None,
    ),
    (
        "There were no casualties, the ministry said.",
        (0, None, None, False),
        "no casualties",
        (0, None, None, False),
        "no casualties",
    ),
    (
        # (nobody hurt: nobody dead either)
        "No injuries were reported after the rocket fell in a field.",
        (0, None, None, False),
        "No injuries",
        (0, None, None, False),
        "No injuries",
    ),
    (
        "No one was hurt.",
        (0, None, None, False),
        "No one was hurt",
        (0, None, None, False),
        "No one was hurt",
    ),
    (
        "Eleven service members were diagnosed with traumatic brain injuries.",
        None,
        None,
        (11, None, None, False),
        "Eleven",
    ),
    (
        "At least 60 personnel have reported minor injuries.",
        None,
        None,
        (None, 60, None, False),
        "At least 60",
    ),
    (
        "Five civilians and a child were killed in the strike.",
        (6, None, None, False),
        "Five civilians and a child",
        None,
        None,
    ),
    (
        "The shelling killed a farmer and his wife.",
        (2, None, None, False),
        "a farmer and his wife",
        None,
        None,
    ),
    ("The death toll rose to 41 on Sunday.", (41, None, None, False), "41", None, None),
    (
        "Two men were shot, and one of them died in hospital.",
        (1, None, None, False),
        "one",
        (1, None, None, False),
        "Two",
    ),
    (
        "Gunmen killed three people and wounded 12 others at a market.",
        (3, None, None, False),
        "three",
        (12, None, None, False),
        "12",
    ),
    (
        "Jane Roe, 31, was wounded in the crossfire.",
        None,
        None,
        (1, None, None, False),
        "Jane Roe, 31",
    ),
    ("He died of his wounds on Friday.", (1, None, None, False), "He", None, None),
    ("A mortar round injured about 40 people.", None, None, (40, None, None, True), "about 40"),
    ("Both drivers were killed instantly.", (2, None, None, False), "Both", None, None),
    ("One cyclist was grazed by a bullet.", None, None, (1, None, None, False), "One"),
    (
        "Both guards were taken to a hospital, where they died.",
        (2, None, None, False),
        "Both",
        (2, None, None, False),
        "Both",
    ),
    (
        "Seven people, including three children, were killed.",
        (7, None, None, False),
        "Seven",
        None,
        None,
    ),
    ("The toll from the flood rose to 2,300.", (2300, None, None, False), "2,300", None, None),
    ("Car bombs kill 17 shoppers in the capital.", (17, None, None, False), "17", None, None),
    (
        "At least 30 Taliban killed in the raid, officials say.",
        (None, 30, None, False),
        "At least 30",
        None,
        None,
    ),
    (
        "Fighters executed a prisoner in the square.",
        (1, None, None, False),
        "a prisoner",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "dead", "dead_span", "hurt", "hurt_span"), CASES)
def test_find_casualties(
    text: str,
    dead: tuple[float | None, ...] | None,
    dead_span: str | None,
    hurt: tuple[float | None, ...] | None,
    hurt_span: str | None,
) -> None:
    fatalities, injuries, spans = find_casualties(text)
    assert _key(fatalities) == (
        None if dead is None else tuple(None if v is None else v for v in dead)
    )
    assert _key(injuries) == (None if hurt is None else tuple(hurt))
    if dead_span is not None:
        assert _span(text, spans, "fatalities") == dead_span
    else:
        assert "fatalities" not in spans
    if hurt_span is not None:
        assert _span(text, spans, "injuries") == hurt_span
    else:
        assert "injuries" not in spans


def test_injuries_without_a_count_are_at_least_one() -> None:
    # No count is stated: someone was hurt, the report does not say how many.
    text = "Passengers suffered minor injuries when the bus was hit."
    dead, hurt, spans = find_casualties(text)
    assert dead is None
    assert _key(hurt) == (None, 1, None, True)
    assert _span(text, spans, "injuries") == "injuries"


def test_offset_is_added_to_spans() -> None:
    text = "Two soldiers were killed."
    _dead, _hurt, spans = find_casualties(text, offset=100)
    assert spans["fatalities"] == (100, 103)


@pytest.mark.parametrize(
    "text",
    [
        "A 29-year-old man was arrested on Tuesday.",
        "The gunman fired six shots at the house; nobody was home.",
        "Prices rose by 3 percent in October.",
        "The 2003 invasion changed the region.",
        "Militants shot at a patrol near the bridge.",
        "The Killing Fields is a film about Cambodia.",
        "The group threatened to kill three hostages.",
        "The road toll was raised to 5 dollars.",
        "He told them to go ahead and kill him.",
        "Two gunmen fled in a grey car.",
        "",
    ],
)
def test_no_casualty_is_read_where_none_is_stated(text: str) -> None:
    assert find_casualties(text) == (None, None, {})


def test_agent_count_is_not_the_victim_count() -> None:
    dead, _hurt, _spans = find_casualties("Two gunmen killed a shopkeeper on Monday.")
    assert _key(dead) == (1, None, None, False)


def test_a_plural_count_is_not_the_subject_of_was() -> None:
    # The handguns are not casualties: "was" has one subject, the man.
    dead, _hurt, _spans = find_casualties("A man carrying two handguns was shot and killed.")
    assert _key(dead) == (1, None, None, False)


def test_article_counts_people_shot_and_not_dead_as_injured() -> None:
    text = (
        "Three people were shot outside a bar early Sunday, police said.\n"
        "One of the victims died at the scene.\n"
        "The other two were taken to a hospital."
    )
    dead, hurt = article_casualties(text)
    assert _key(dead) == (1, None, None, False)
    assert hurt is not None and hurt.value == 2


def test_article_drops_the_dead_victims_wounds() -> None:
    text = (
        "A man was shot and killed on Elm Street on Friday night.\n"
        "Officers found him with a gunshot wound to the chest.\n"
        "In 2014, 12 people were killed in the same neighbourhood."
    )
    dead, hurt = article_casualties(text)
    assert _key(dead) == (1, None, None, False)
    assert hurt is None


def test_hostile_input_is_fast_and_safe() -> None:
    text = ("killed " * 2000) + ("1 " * 2000) + "wounded"
    dead, _hurt, spans = find_casualties(text)
    assert (dead is None) or dead.value is not None or dead.lower is not None
    assert isinstance(spans, dict)


def test_run_on_text_is_cut_into_pieces_with_spans_kept() -> None:
    # Hostile input: one "sentence" far longer than any real one.
    text = ("words without any stop " * 120) + "and then two soldiers were killed"
    dead, _hurt, spans = find_casualties(text, offset=5)
    assert _key(dead) == (2, None, None, False)
    s, e = spans["fatalities"]
    assert text[s - 5 : e - 5] == "two"


def test_assassinated_counts_like_killed() -> None:
    dead, _, spans = find_casualties("The militia's spokesman Idrissa Kane was assassinated.")
    assert dead is not None and dead.value == 1
    assert "fatalities" in spans
    dead, _, _ = find_casualties("Masked men assassinated two village chiefs on Monday.")
    assert dead is not None and dead.value == 2


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen on foot opened fire at a cattle market, killing five herders and injuring "
         "7 people.", 5),
        ("A bomb hit the bus, killing three passengers and wounding 12 others.", 3),
        ("Rebels ambushed the patrol, killing four police officers.", 4),
        ("The blast killed two shoppers and a guard.", 3),
    ],
)  # fmt: skip
def test_people_named_by_role_are_counted(text: str, dead: int) -> None:
    fatalities, _, _ = find_casualties(text)
    assert fatalities is not None and fatalities.value == dead
