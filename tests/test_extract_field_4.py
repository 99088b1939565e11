"""Whole-article readings found with the eleventh field batch's styles (Rakhine and Cox's
Bazar, Mexico's cartel states, South Sudan's Upper Nile and Gambela, the Papua highlands
and Enga; sentences written for these tests)."""

from __future__ import annotations

from reading import read_mentions
from wiretally.records import Mention


def _read(text: str, published: str = "2026-08-27") -> list[Mention]:
    return read_mentions(text, published)


def test_a_march_to_demand_security_is_a_protest_whatever_crime_it_is_against() -> None:
    (m,) = _read(
        "About 3,000 residents are marching through central Uruapan this morning to demand "
        "an end to extortion of avocado growers."
    )
    assert m.sub_event_type == "Peaceful protest"
    assert m.location is not None and m.location.name == "Uruapan"


def test_a_car_packed_with_explosives_is_a_car_bomb_not_a_suicide_bombing() -> None:
    (m,) = _read(
        "A car packed with explosives blew up overnight outside the municipal police "
        "headquarters in Zamora, Michoacán, wounding two officers."
    )
    assert m.sub_event_type == "Remote explosive/landmine/IED"


def test_a_range_named_after_its_town_does_not_make_the_town_a_surname() -> None:
    (m,) = _read(
        "Two soldiers were killed on Wednesday when a roadside bomb went off under their "
        "truck near Coalcomán, in the Sierra de Coalcomán."
    )
    assert m.location is not None and m.location.name.startswith("Coalcomán")


def test_towns_of_upper_nile_and_gambela_are_known() -> None:
    ms = _read(
        "Government aircraft bombed the town of Ulang in Upper Nile state on Tuesday, "
        "killing at least four civilians.\n\n"
        "In Ethiopia, gunmen attacked the police station in Itang town, Gambela region, on "
        "Saturday; nine attackers were killed.",
        published="2026-03-12",
    )
    assert [m.location.name if m.location else None for m in ms] == ["Ulang", "Itang"]
