"""Whole-article readings found with the twenty-second field batch's styles (Colombia's
Antioquia and Chocó, the CAR's north-east, Mali's Ménaka and Gao, Pakistan's Kurram and
Orakzai, Somalia's Galmudug and Hirshabelle, Mozambique's Niassa and Nampula, Syria's coast;
sentences written for these tests)."""

from __future__ import annotations

from reading import read_one as _one


def test_who_revised_the_toll_only_counts() -> None:
    m = _one(
        "Police also revised the toll from a drone attack on the police station in El Bagre "
        "overnight on Monday into Tuesday, saying two officers had been wounded.",
        "2026-03-11",
    )
    assert m.sub_event_type == "Air/drone strike"
    assert m.actor1 is None
    assert m.actor2 == "Police"


def test_a_rebel_front_named_for_a_cause_keeps_its_whole_name() -> None:
    m = _one(
        "Fighters from the Popular Front for the Rebirth of Central Africa ambushed an army "
        "convoy north of Bria on Monday, killing four soldiers.",
        "2026-09-16",
    )
    assert m.actor1 == "Popular Front for the Rebirth of Central Africa"
    unknown = _one(
        "Fighters of the Patriotic Front for the Liberation of Ituri attacked a village near "
        "Bunia on Monday, killing three people.",
        "2026-09-16",
    )
    assert unknown.actor1 == "Patriotic Front for the Liberation of Ituri"


def test_units_of_the_defence_ministry_are_the_host_army_and_smugglers_an_armed_group() -> None:
    m = _one(
        "HOMS, Syria - Units of the Ministry of Defence clashed with an armed smuggling group "
        "near the Lebanese border west of al-Qusayr on Sunday, a military source said.",
        "2026-03-17",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.actor1 is not None and m.actor1.startswith("Syrian military")
    assert m.actor2 == "Unidentified armed group"


def test_a_fight_whose_dead_include_a_forces_member_is_that_forces_fight() -> None:
    m = _one(
        "A member of the General Security service and a gunman were killed on Saturday in an "
        "exchange of fire on the edge of Talkalakh, near the border with Lebanon.",
        "2026-04-20",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.actor1 is not None and m.actor1.startswith("Police")
    assert m.actor2 == "Unidentified armed group"
