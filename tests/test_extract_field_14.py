"""Whole-article readings found with the twenty-second field batch's styles (Colombia's
Antioquia and Chocó, the CAR's north-east, Mali's Ménaka and Gao, Pakistan's Kurram and
Orakzai, Somalia's Galmudug and Hirshabelle, Mozambique's Niassa and Nampula, Syria's coast;
sentences written for these tests)."""

from __future__ import annotations

from reading import read_news as _read
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


def test_the_toll_told_next_with_a_later_death_is_no_second_incident() -> None:
    got = _read(
        "**1. Jableh (Latakia) — Monday 9 March.** A General Security patrol was ambushed by "
        "gunmen on a rural road east of Jableh. Four officers were killed, one of whom died of "
        "his wounds in hospital on 10 March, and one was injured.",
        "2026-03-16",
    )
    dated = [m for m in got if m.date_start is not None]
    assert len(dated) == 1, [(m.date_start, m.text) for m in got]
    assert dated[0].date_start == "2026-03-09"
    assert dated[0].fatalities is not None and dated[0].fatalities.value == 4


def test_a_subheading_over_its_report_is_dated_by_the_report() -> None:
    text = (
        "TARTUS - Dozens of people gathered outside the governorate building in Tartus on "
        "Friday evening to demand the release of an abducted teacher.\n\n"
        "Bomb wounds soldiers near Dreikish\n\n"
        "In a separate incident on Wednesday, a roadside bomb exploded beside a Defence "
        "Ministry vehicle on the road outside Dreikish, wounding two soldiers, a military "
        "source said. The device was hidden in a culvert and detonated as the vehicle passed, "
        "the source said.\n"
    )
    bombs = [m for m in _read(text, "2026-03-14") if m.event_type == "Explosions/Remote violence"]
    assert [m.date_start for m in bombs] == ["2026-03-11"]
