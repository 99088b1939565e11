"""Whole-sentence readings found with the field test's writers' styles (sentences written for
these tests): partial interceptions, a country as the one who acted, a country's forces
named by their demonym, a place inside a group's name, a suspected named group."""

from __future__ import annotations

import pytest

from wiretally.analysis import analyse_article
from wiretally.evaluate.events import actor_ok
from wiretally.extract.typing import got_through
from wiretally.records import Article, Mention


def _read(text: str, published: str = "2025-06-14") -> list[Mention]:
    return analyse_article(Article(id="f", source_path="f.txt", text=text, published=published))[0]


@pytest.mark.parametrize(
    ("text", "hit"),
    [
        ("Russia launched 40 drones overnight, adding that 35 drones were shot down.", True),
        ("Air defences shot down most of the 25 drones, but one hit a block of flats.", True),
        ("Air defences intercepted 60 of the 75 projectiles, and the rest struck a plant.", True),
        ("The rebels fired two ballistic missiles at the port, but both were intercepted.", False),
        ("The army said it shot down all 18 drones launched at the region overnight.", False),
        ("A drone was intercepted over the city; no one was hurt, officials said.", False),
    ],
)
def test_an_interception_is_partial_only_when_something_got_through(text: str, hit: bool) -> None:
    assert got_through(text) is hit


def test_a_partial_interception_is_the_strike_not_a_disrupted_weapon() -> None:
    (m,) = _read(
        "Russian forces launched 40 drones at the Kharkiv region overnight, the air force said "
        "on Saturday, adding that 35 were shot down."
    )
    assert m.event_type == "Explosions/Remote violence"
    (d,) = _read("Houthi rebels fired two missiles at Jazan on Sunday, but both were intercepted.")
    assert d.sub_event_type == "Disrupted weapons use"


def test_a_country_that_strikes_is_its_military_and_not_where() -> None:
    (m,) = _read(
        "Russia launched a missile and drone attack on Lviv on Monday; air defences "
        "intercepted 60 of the 75 projectiles."
    )
    assert m.location is not None and m.location.name == "Lviv"
    assert m.actor1 == "Russian military"
    (t,) = _read("Pakistan carried out air strikes in Paktika province on Friday.")
    assert t.actor1 == "Military Forces of Pakistan"


def test_a_country_after_a_preposition_is_still_where() -> None:
    (m,) = _read("Gunmen killed four villagers in Nigeria on Tuesday, police said.")
    assert m.actor1 != "Military Forces of Nigeria"


def test_a_demonym_names_a_force_the_table_lacks() -> None:
    (m,) = _read(
        "Colombian soldiers clashed with ELN guerrillas near Tibu on Wednesday, leaving three "
        "guerrillas dead, the army said."
    )
    assert (m.actor1, m.actor2) == (
        "Military Forces of Colombia",
        "National Liberation Army (Colombia)",
    )


def test_a_place_inside_a_group_name_is_not_where() -> None:
    (m,) = _read(
        "Suspected Islamic State West Africa Province fighters raided the town of Monguno "
        "overnight, burning homes and abducting 20 women."
    )
    assert m.location is not None and m.location.name == "Monguno"
    assert m.actor1 == "Islamic State West Africa Province"
    assert m.modality == "asserted"  # suspected of a named group: uncertain, not disputed


@pytest.mark.parametrize(
    ("predicted", "gold", "ok"),
    [
        ("Malian military", "Military Forces of Mali", True),
        ("Malian military", "Military Forces of Niger", False),
        ("Police", "Police Forces of Niger", True),
        ("United States military", "Military Forces of the United States", True),
        ("Military Forces of Colombia", "Military Forces of Colombia (2022-)", True),
    ],
)
def test_the_scorer_reads_acled_force_names(predicted: str, gold: str, ok: bool) -> None:
    assert actor_ok(predicted, gold) is ok
