"""Whole-article readings found with the twenty-second field batch's styles (Colombia's
Antioquia and Chocó, the CAR's north-east, Mali's Ménaka and Gao, Pakistan's Kurram and
Orakzai, Somalia's Galmudug and Hirshabelle, Mozambique's Niassa and Nampula, Syria's coast;
sentences written for these tests)."""

from __future__ import annotations

from reading import read_mentions as _read_all
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


def test_arrests_in_connection_with_an_attack_are_arrests_where_the_police_sit() -> None:
    m = _one(
        "GALKAYO - On Wednesday, police in south Galkayo said they had arrested 12 people in "
        "raids in connection with the grenade attack.",
        "2026-05-21",
    )
    assert m.sub_event_type == "Arrests"
    assert m.date_start == "2026-05-20"
    assert m.location is not None and m.location.name == "Gaalkacyo"


def test_a_sit_in_that_went_on_for_a_second_day_is_dated_by_that_day() -> None:
    m = _one(
        "In Parachinar, a sit-in that began outside the press club on Wednesday continued for "
        "a second day on Thursday, with several hundred people chanting slogans.",
        "2026-02-13",
    )
    assert m.sub_event_type == "Peaceful protest"
    assert m.date_start == "2026-02-12"
    into = _one(
        "Security forces killed six Maoists in a gunfight in the forests of Narayanpur "
        "district that began on Monday and continued into Tuesday, police said.",
        "2026-01-21",
    )
    assert into.date_start == "2026-01-19"


def test_a_fight_told_before_an_earlier_killing_is_the_fight() -> None:
    m = next(
        m
        for m in _read(
            "Members of a local Naparama militia fought a group of armed men on the edge of "
            "Lalaua town on Tuesday, barely five days after a crowd in the same town beat to "
            "death two traders accused of being insurgent spies.",
            "2025-10-02",
        )
        if m.date_start == "2025-09-30"
    )
    assert m.sub_event_type == "Armed clash"
    assert m.actor1 == "Naparama Militia (Mozambique)"


def test_a_crowd_that_seized_two_men_and_beat_them_to_death_is_mob_violence() -> None:
    m = _one(
        "On Tuesday, a crowd at the town market in Lalaua beat two traders to death.", "2025-10-02"
    )
    assert m.sub_event_type == "Mob violence"
    assert m.fatalities is not None and m.fatalities.value == 2
    taken = _one(
        "NAMPULA - Gunmen seized five women from a minibus near Marrupa on Wednesday.",
        "2025-10-02",
    )
    assert taken.sub_event_type == "Abduction/forced disappearance"
    town = _one("NAMPULA - Insurgents seized the town of Marrupa on Wednesday.", "2025-10-02")
    assert town.sub_event_type == "Non-state actor overtakes territory"


def test_the_toll_from_a_days_attack_is_that_days_and_the_march_as_it_was_said_is_the_days() -> (
    None
):
    got = _read(
        "BELEDWEYNE, Somalia, March 11 (Horn Newswire) - The death toll from an al-Shabaab "
        "assault on an army base in Somalia's Mahas district has risen to nine soldiers, "
        "officials said on Wednesday, as hundreds of people marched in Beledweyne to demand "
        "better protection for travellers.",
        "2026-03-11",
    )
    march = next(m for m in got if m.event_type == "Protests")
    assert march.date_start == "2026-03-11"
    assert march.fatalities is None
    toll = _one(
        "MAPUTO - The death toll from Sunday's insurgent attack on Mecula has risen to nine, "
        "officials said on Thursday.",
        "2025-09-18",
    )
    assert toll.date_start == "2025-09-14"


def test_incidents_that_added_to_tensions_leave_the_fight_its_toll() -> None:
    m = _one(
        "BENGHAZI, Libya, Aug 14, 2025 (AFP) - At least four people were killed in fighting "
        "between forces of the Libyan National Army and tribal gunmen in the eastern city of "
        "Ajdabiya on Tuesday, a local hospital said, as a roadside bomb and a rare street "
        "protest added to tensions in the region.",
        "2025-08-14",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.fatalities is not None and m.fatalities.lower == 4


def test_suspected_insurgents_in_the_when_clause_acted_and_a_community_militia_is_no_rival() -> (
    None
):
    text = (
        "NAMAPA - At least four people were killed when suspected insurgents attacked a "
        "settlement on the outskirts of Namapa on Monday evening, officials said.\n\n"
        "In Lalaua, members of a Naparama militia patrol the roads at night."
    )
    m = next(m for m in _read(text, "2025-09-24") if m.sub_event_type == "Attack")
    assert m.actor1 == "Islamic State Mozambique"


def test_the_number_killed_that_rose_is_the_toll_and_the_hospital_town_no_scene() -> None:
    m = _one(
        "CAUCASIA, Colombia, March 11 (Meridian Wire) - The number of Colombian soldiers killed "
        "in an ambush in Antioquia's Bajo Cauca region rose to five on Wednesday after one of "
        "the wounded died in a Medellín hospital, the army said.",
        "2026-03-11",
    )
    assert m.fatalities is not None and m.fatalities.value == 5
    assert m.location is None or m.location.name != "Medellín"


def test_a_day_given_with_its_year_months_before_the_report_is_background() -> None:
    got = _read_all(
        "PORT-AU-PRINCE, July 16 - Gang members attacked the village of Liancourt on Tuesday, "
        "killing nine people, local officials said. On 3 October 2024, Gran Grif fighters "
        "killed at least 115 people in Pont-Sondé, according to the United Nations.",
        "2025-07-16",
    )
    old = next(m for m in got if m.date_start == "2024-10-03")
    assert old.historical
    new = next(m for m in got if m.date_start == "2025-07-15")
    assert not new.historical


def test_an_incident_named_by_its_day_is_the_one_told_that_day() -> None:
    got = _read(
        "SMARA - A projectile fired by the Polisario Front landed on the eastern outskirts of "
        "Smara on Thursday night, wounding a shepherd, local authorities said.\n\n"
        "Moroccan authorities described Thursday's attack as \"a deliberate targeting of "
        'civilians" and said they had alerted the United Nations.',
        "2026-10-03",
    )
    assert [m.sub_event_type for m in got] == ["Shelling/artillery/missile attack"]


def test_suspected_separatists_in_casamance_are_its_one_insurgency() -> None:
    m = _one(
        "ZIGUINCHOR, Senegal, July 16, 2025 (West Africa Wire) - Two Senegalese soldiers were "
        "killed and three wounded when suspected separatist fighters ambushed an army patrol "
        "near Bignona on Tuesday.",
        "2025-07-16",
    )
    assert m.actor1 == "Movement of Democratic Forces of Casamance"


def test_men_killed_in_an_exchange_of_fire_with_a_force_fought_that_force() -> None:
    m = _one(
        "SEMPORNA, 22 May -- Two armed men were killed in an exchange of fire with the Marine "
        "Police Force in the waters off Semporna in the early hours of Wednesday.",
        "2026-05-22",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.actor1 is not None and m.actor1.startswith("Police")
    assert m.actor2 == "Unidentified armed group"
