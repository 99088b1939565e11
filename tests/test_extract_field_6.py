"""Whole-article readings found with the thirteenth field batch's styles (Colombia's south
west, central Iraq outside Kurdistan, Kenya's North Rift, northern Benin and Togo with
Ghana's Bawku; sentences written for these tests)."""

from __future__ import annotations

from reading import read_mentions
from wiretally import meta
from wiretally.records import Mention
from wiretally.text import paragraph_break, split_sentences


def _read(text: str, published: str = "2026-03-20") -> list[Mention]:
    return read_mentions(text, published)


# A paragraph wrapped at 88 columns, as wire copy pasted from a terminal is: the break
# before "Horan" and the one before "Forces" fall inside sentences.
_WRAPPED = (
    "KIRKUK - Gunmen opened fire on a checkpoint manned by the Popular Mobilization\n"
    "Forces outside Daquq on Sunday night, killing one fighter, a commander said on\n"
    "Monday. A roadside bomb then struck an army patrol on a dirt track in Wadi\n"
    "Horan later that night, the officer added, speaking on condition of anonymity.\n"
    "Two soldiers were killed and three others were wounded in that blast, he said\n"
    "in a telephone call from the provincial capital, where his brigade is based.\n\n"
    "Officials in the province have long complained that the desert roads are poorly\n"
    "guarded, and tribal leaders have asked for more men to be hired from the area to\n"
    "watch the tracks that lead from the border towards the river valley at night.\n"
)


def test_a_hard_wrapped_line_break_before_a_capital_does_not_end_the_sentence() -> None:
    texts = [s.text for s in split_sentences(_WRAPPED)]
    assert texts[0].endswith("a commander said on\nMonday.")
    assert "Popular Mobilization\nForces outside Daquq" in texts[0]
    # a short heading line still stands alone
    heads = [s.text for s in split_sentences("Attack near Daquq\nGunmen opened fire.")]
    assert heads == ["Attack near Daquq", "Gunmen opened fire."]


def test_a_line_break_in_a_wrapped_paragraph_is_no_paragraph_break() -> None:
    at = _WRAPPED.index("Two soldiers")
    assert not paragraph_break(_WRAPPED, at - 1, at)
    assert paragraph_break("One line.\n\nAnother one.", 9, 11)
    assert paragraph_break("Short line.\nAnother line.", 11, 12)


def test_a_place_name_wrapped_over_two_lines_is_found_and_the_toll_follows() -> None:
    ms = _read(_WRAPPED, "2025-10-14")
    (bomb,) = [m for m in ms if m.sub_event_type == "Remote explosive/landmine/IED"]
    assert bomb.location is not None and bomb.location.name == "Wadi Horan"
    assert bomb.fatalities is not None and bomb.fatalities.value == 2


def test_a_bomb_that_struck_a_patrol_is_a_roadside_bomb() -> None:
    (m,) = _read("The bomb struck a police convoy near Daquq on Monday.", "2025-11-20")
    assert m.sub_event_type == "Remote explosive/landmine/IED"


def test_a_dateline_without_a_year_takes_the_latest_year_the_report_names() -> None:
    text = (
        "MOSUL, Mar 3 (Tigris Wire) - Two men were shot dead on Monday, police said.\n\n"
        "The city was retaken from Islamic State in July 2017; a new council is due to sit "
        "before the end of 2026."
    )
    assert meta.infer_published(text, []) == "2026-03-03"
    assert meta.infer_published("Two men were shot dead on Monday.", []) is None


def test_an_explosive_device_thrown_at_a_police_station_is_a_bombing_not_a_riot() -> None:
    (m,) = _read(
        "Unknown attackers threw an explosive device at the police station in Toribío on "
        "Sunday night.",
        "2025-07-15",
    )
    assert m.sub_event_type == "Remote explosive/landmine/IED"
    (riot,) = _read("Youths threw stones at the police in Toribío on Sunday.", "2025-07-15")
    assert riot.event_type == "Riots"


def test_people_taken_from_their_home_by_armed_men_are_abducted() -> None:
    (m,) = _read(
        "On Friday night, three farmers were taken from their houses on the outskirts of "
        "Corinto by armed men in a grey pickup.",
        "2026-09-13",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"
    assert m.date_start == "2026-09-11"


def test_police_in_a_town_answer_for_the_arrests_they_report() -> None:
    ms = _read(
        "BAGHDAD - Police in Fallujah said they had arrested four men on Sunday on suspicion "
        "of belonging to Islamic State.",
        "2025-10-14",
    )
    (m,) = [m for m in ms if m.sub_event_type == "Arrests"]
    assert m.location is not None and "Fall" in m.location.name


def test_a_month_of_that_year_takes_the_year_written_before() -> None:
    ms = _read(
        "Islamic State overran Baiji in June 2014 after a short siege. Iraqi troops retook "
        "the town in October of that year, backed by militia fighters.",
        "2025-10-14",
    )
    (back,) = [m for m in ms if m.sub_event_type == "Government regains territory"]
    assert (back.date_start, back.date_end) == ("2014-10-01", "2014-10-31")


def test_a_town_named_as_the_passive_subject_is_where_it_happened() -> None:
    (m,) = _read(
        "The wider Hawija district was recaptured by Iraqi troops from Islamic State on "
        "5 October 2017, in one of the last big battles in Iraq.",
        "2026-03-09",
    )
    assert m.location is not None and m.location.name not in (None, "Iraq")
    assert m.country == "IQ"


def test_a_town_that_frames_the_sentence_is_where_the_crowd_gathered() -> None:
    ms = _read(
        "In Hawija town itself, about 300 young men staged a peaceful protest on Monday, "
        "demanding jobs in the oil fields around Kirkuk.",
        "2026-03-09",
    )
    (m,) = [m for m in ms if m.sub_event_type == "Peaceful protest"]
    assert m.location is not None and m.location.name != "Kirkuk"


def test_a_road_named_by_its_ends_gives_way_to_the_town_it_passes() -> None:
    (m,) = _read(
        "Gunmen ambushed a commercial minibus on the Bolgatanga-Bawku highway near Zebilla "
        "on Saturday night, shooting dead the driver.",
        "2026-05-19",
    )
    assert m.location is not None and m.location.name == "Zebilla"
    (road,) = _read(
        "A roadside bomb struck an army truck on the Tuz Khurmatu-Amerli road on Monday, "
        "wounding two soldiers.",
        "2026-01-20",
    )
    assert road.location is not None and road.location.name != "Amirli"


def test_the_subject_of_two_joined_verbs_is_the_one_who_fought() -> None:
    (m,) = _read(
        "Kenyan soldiers pursued the gunmen into the hills near Kainuk on Thursday and "
        "exchanged fire with them.",
        "2025-07-19",
    )
    assert m.actor1 == "Kenyan military"
    (n,) = _read(
        "On Thursday, Kenya Defence Forces soldiers engaged a group of armed bandits near "
        "Lokori, killing three, the military said.",
        "2026-06-15",
    )
    assert n.actor1 == "Kenyan military"


def test_a_peoples_bandits_are_its_ethnic_militia() -> None:
    (m,) = _read(
        "Three police officers were killed on Tuesday when suspected Pokot bandits ambushed "
        "their patrol vehicle near Kapedo.",
        "2026-03-18",
    )
    assert m.actor1 is not None and m.actor1.startswith("Pokot Ethnic Militia")


def test_a_distance_and_bearing_from_a_town_move_the_point_that_far() -> None:
    (m,) = _read(
        "A shepherd was killed on Tuesday when an old explosive device blew up in the desert "
        "about 30 km south of Tal Afar.",
        "2026-07-22",
    )
    (town,) = _read(
        "A shepherd was killed on Tuesday when a mine blew up in Tal Afar.", "2026-07-22"
    )
    loc, there = m.location, town.location
    assert loc is not None and there is not None and loc.lat is not None and there.lat is not None
    assert loc.name == there.name and loc.precision == 2
    assert abs((there.lat - loc.lat) * 111.32 - 30) < 1  # due south, 30 km
    assert loc.lon == there.lon


def test_two_peoples_sharing_one_noun_are_the_two_sides() -> None:
    (m,) = _read(
        "On 8 June, armed Turkana and Pokot herders clashed at a watering point near Kainuk, "
        "leaving three dead.",
        "2026-06-15",
    )
    assert m.actor1 is not None and m.actor1.startswith("Turkana Ethnic Militia")
    assert m.actor2 is not None and m.actor2.startswith("Pokot Ethnic Militia")


def test_a_peoples_raiders_arrested_are_the_ones_held_not_a_places_official() -> None:
    (m,) = _read(
        "On 11 June, police arrested four suspected Pokot raiders at Kacheliba, according to "
        "the West Pokot police commander.",
        "2026-06-15",
    )
    assert m.actor2 is not None and m.actor2.startswith("Pokot Ethnic Militia")


def test_a_three_word_units_officers_are_counted_and_their_patrol_is_theirs() -> None:
    (m,) = _read(
        "Two General Service Unit (GSU) officers were killed when bandits ambushed their "
        "patrol vehicle near Kapedo on Tuesday.",
        "2026-03-18",
    )
    assert m.fatalities is not None and m.fatalities.value == 2
    assert m.actor2 == "Police"


def test_two_armed_groups_members_who_clash_fight_a_battle() -> None:
    (m,) = _read(
        "On 15 February, members of the Clan del Golfo and a FARC dissident structure "
        "clashed in the corregimiento of Llorente.",
        "2026-02-20",
    )
    assert m.sub_event_type == "Armed clash"


def test_troops_of_a_numbered_brigade_are_the_countrys_army() -> None:
    (m,) = _read(
        "On Tuesday, troops of the Ninth Brigade clashed with FARC dissidents in the rural "
        "area of Algeciras, Huila.",
        "2026-04-22",
    )
    assert m.actor1 == "Military Forces of Colombia"


def test_a_periods_summary_lists_incidents_told_below_and_is_none_itself() -> None:
    assert not _read(
        "NINEVEH - The province went through a tense week, with a roadside bomb south of "
        "Mosul, a night raid near Badush and an angry protest in Tal Afar.",
        "2026-07-22",
    )
    ms = _read(
        "Youths angered by power cuts of up to 16 hours a day blocked streets with burning "
        "tyres in Mukalla on Thursday.",
        "2026-04-10",
    )
    assert ms and ms[0].event_type in ("Riots", "Protests")


def test_a_faction_named_division_is_a_group_the_table_may_lack() -> None:
    (m,) = _read(
        "Late on Friday, clashes erupted between fighters of the Sultan Murad Division and the "
        "Hamza Division in Afrin.",
        "2026-10-12",
    )
    assert (m.actor1, m.actor2) == ("Sultan Murad Division", "Hamza Division")
