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


def test_an_acronym_the_article_defines_names_its_group_later() -> None:
    first, second = _read(
        "Fighters of the so-called Arakan Army (AA) continue to attack Rakhine State.\n\n"
        "On 9 November, AA terrorists attacked a security outpost near Kyaukphyu.\n\n"
        "On 8 November at about 7:30 pm, a mine planted by AA terrorists exploded near the "
        "entrance of a market in Sittwe, injuring three civilians.",
        published="2025-11-11",
    )
    assert (first.actor1, first.actor2) == ("Arakan Army", "Myanmar military")
    assert second.sub_event_type == "Remote explosive/landmine/IED"
    assert (second.actor1, second.actor2) == ("Arakan Army", "Civilians")
    assert second.date_start == "2025-11-08"  # the hour is the 8th's, not the day above's


def test_men_taken_away_from_shelters_or_a_home_are_abducted() -> None:
    (camp,) = _read(
        "On the night of 7 August, armed men entered shelters in Camp 13, Ukhia, and took "
        "away at least 15 Rohingya men and boys.",
        published="2025-08-10",
    )
    assert camp.sub_event_type == "Abduction/forced disappearance"
    (home,) = _read(
        "Guasave: a local radio presenter was taken from his home in the town by armed men "
        "on Tuesday.",
        published="2025-09-19",
    )
    assert home.sub_event_type == "Abduction/forced disappearance"


def test_a_state_named_for_its_people_is_not_a_second_place() -> None:
    (m,) = _read(
        "Tuesday 25 Aug: Soldiers and police raided houses in Sittwe and arrested 12 Rakhine "
        "residents, accusing them of contacts with the rebels."
    )
    assert m.sub_event_type == "Arrests"
    assert m.location is not None and m.location.name == "Sittwe"


def test_houses_and_a_church_burned_over_one_night_are_one_incident() -> None:
    (m,) = _read(
        "At least 15 houses and a church building were burned in a village in Yigi "
        "district, Nduga, overnight between 16 and 17 September.",
        published="2025-09-18",
    )
    assert m.sub_event_type == "Looting/property destruction"
    assert (m.date_start, m.date_end) == ("2025-09-16", "2025-09-17")
    assert m.location is not None and m.location.name == "Nduga"


def test_a_province_whose_police_speak_is_not_where_the_arrest_was() -> None:
    (m,) = _read(
        "Police in Nabire arrested three men on Monday on suspicion of smuggling ammunition "
        "to rebels in the highlands, Central Papua police said.",
        published="2025-09-18",
    )
    assert m.location is not None and m.location.name == "Nabire"


def test_a_passenger_vehicle_ambushed_is_an_attack_on_travellers() -> None:
    (m,) = _read(
        "On 10 February, a public motor vehicle travelling to Tari was ambushed by gunmen. "
        "Four passengers were killed.",
        published="2026-02-12",
    )
    assert m.sub_event_type == "Attack"


def test_a_joint_team_of_police_and_soldiers_is_the_agent() -> None:
    ms = _read(
        "On 11 February, a joint team of police and soldiers exchanged fire with armed men "
        "near Tari airport.\n\n"
        "On 12 February, a team of soldiers exchanged fire with gunmen near Mendi.",
        published="2026-02-13",
    )
    assert [m.actor1 for m in ms] == ["Police", "Military Forces of Papua New Guinea"]


def test_a_release_on_a_village_retaken_and_a_plane_fired_on() -> None:
    (retaken,) = _read(
        "The task force has succeeded in retaking control of a village in Ilaga district "
        "from the KKB, police said on Wednesday.",
        published="2026-03-11",
    )
    assert retaken.sub_event_type == "Government regains territory"
    (plane,) = _read(
        "On Sunday the KKB fired on a small aircraft as it was landing at Beoga airstrip. "
        "The pilot was unhurt.\n\n"
        "The task force denied claims that the KKB had killed two soldiers during the "
        "fighting in Kago.",
        published="2026-03-11",
    )
    assert plane.sub_event_type == "Attack"
    assert plane.weapon != "aircraft"  # the craft was what was fired on
    assert plane.fatalities is None  # the denied claim's toll is another place's


def test_a_group_that_speaks_is_not_the_agent_it_blames_another_for() -> None:
    ms = _read(
        "The Kachin Independence Army (KIA) says its fighters captured a base near Bhamo on "
        "Wednesday.\n\n"
        "Residents in Bhamo say an artillery shell struck a church in the town on Wednesday "
        "evening, killing a caretaker. The KIA says the shell was fired by the military.",
        published="2026-09-17",
    )
    assert ms[-1].actor1 == "Myanmar military"


def test_reporters_told_are_no_victims_and_a_far_victim_after_a_harm_word_is() -> None:
    (clash,) = _read(
        "Rebels opened fire on soldiers guarding a post in Sugapa on Tuesday morning, a "
        "military spokesman told reporters. The troops returned fire and two soldiers were "
        "killed.",
        published="2025-09-18",
    )
    assert clash.actor2 != "Civilians"
    (bomb,) = _read(
        "A bomb hidden in a parked motorcycle exploded outside a crowded night market in "
        "Sungai Kolok town on Saturday night, killing a food vendor and wounding at least 14 "
        "people, police said.",
        published="2025-10-12",
    )
    assert bomb.actor2 is not None and bomb.actor2.startswith("Civilians")


def test_indonesian_police_units_are_the_police() -> None:
    (m,) = _read(
        "On Wednesday, the Gegana team of the Central Sulawesi Mobile Brigade (Brimob) "
        "defused a pipe bomb found near the market in Poso.",
        published="2025-07-03",
    )
    assert m.actor1 == "Police"


def test_a_blockade_to_protest_a_killing_is_dated_by_its_heading_and_turns_to_a_riot() -> None:
    (m,) = _read(
        "3. In relation to the events of Tuesday 9 June in Chilpancingo: a group of about 150 "
        "transport workers blocked the motorway at the northern entrance of the city to "
        "protest the killing of a driver on Saturday. In the course of the blockade, some "
        "participants set fire to a bus and threw stones at state police officers.",
        published="2026-06-10",
    )
    assert m.date_start == "2026-06-09"
    assert m.sub_event_type == "Violent demonstration"
    assert m.actor2 == "Police Forces of Mexico"


def test_a_protest_that_turned_violent_is_a_riot() -> None:
    (m,) = _read(
        "On 20 January, a crowd of returnees at the Renk transit centre protested against "
        "delays in food distribution. The protest turned violent when some participants "
        "forced open a warehouse, and stones were thrown at an aid vehicle.",
        published="2026-01-21",
    )
    assert m.sub_event_type == "Violent demonstration"


def test_armed_civilians_are_an_armed_group_and_their_attack_on_troops_a_clash() -> None:
    (m,) = _read(
        "On 8 June, personnel of the Secretariat of National Defense carrying out patrols near "
        "Tenexpa were attacked with firearms by armed civilians.",
        published="2026-06-10",
    )
    assert m.sub_event_type == "Armed clash"
    assert (m.actor1, m.actor2) == ("Unidentified armed group", "Mexican military")


def test_government_aircraft_and_army_positions_are_the_host_army() -> None:
    strike, clash = _read(
        "NASIR, South Sudan (AFP) - Government aircraft bombed the town of Ulang on Tuesday, "
        "killing at least seven civilians.\n\n"
        "On Wednesday, fighters of the White Army attacked army positions on the western "
        "outskirts of Nasir.",
        published="2025-09-18",
    )
    assert strike.actor1 == "South Sudan People's Defence Forces"
    assert (clash.actor1, clash.actor2) == ("White Army", "South Sudan People's Defence Forces")


def test_two_sides_each_named_with_a_bracketed_acronym() -> None:
    (m,) = _read(
        "On Monday, heavy clashes erupted between the South Sudan People's Defence Forces "
        "(SSPDF) and the Sudan People's Liberation Army-in-Opposition (SPLA-IO) in Ulang.",
        published="2026-01-18",
    )
    assert (m.actor1, m.actor2) == (
        "South Sudan People's Defence Forces",
        "Sudan People's Liberation Army-in-Opposition",
    )


def test_a_protection_site_named_after_its_town_is_in_the_town() -> None:
    (m,) = _read(
        "On the evening of 19 January, three artillery shells landed close to the Malakal "
        "PoC site, injuring nine IDPs.",
        published="2026-01-21",
    )
    assert m.location is not None and m.location.name == "Malakal"


def test_a_group_named_like_a_town_is_the_group_where_a_group_word_follows() -> None:
    (m,) = _read(
        'Security forces foiled an attack by members of the extremist "Shene" group on the '
        "police station in Itang on Saturday night.",
        published="2026-03-09",
    )
    assert m.actor1 == "Oromo Liberation Army"
    assert m.location is not None and m.location.name == "Itang"
    (arrest,) = _read(
        "Houthi security forces arrested at least 11 people in Rada'a city on Wednesday.",
        published="2026-04-10",
    )
    assert arrest.location is not None and arrest.location.name == "Rada'a"


def test_guerrero_groups_are_known() -> None:
    (m,) = _read(
        "On 2 February, armed clashes between Los Ardillos and Los Tlacos were reported in "
        "the mountains north-east of Chilapa de Álvarez.",
        published="2026-02-05",
    )
    assert (m.actor1, m.actor2) == ("Los Ardillos", "Los Tlacos")


def test_a_named_group_before_its_acronym_and_a_generic_noun_is_the_group() -> None:
    (m,) = _read(
        "On 10 November, Islamic State (ISIL) gunmen attacked an SDF checkpoint in Deir "
        "ez-Zor governorate, killing two SDF members.",
        published="2025-11-14",
    )
    assert m.actor1 == "Islamic State"
    (pdf,) = _read(
        "At about 2 am on 12 November, a group of about 30 PDF terrorists attacked the police "
        "station in Shwebo Township, Sagaing Region.",
        published="2025-11-14",
    )
    assert pdf.actor1 == "People's Defence Force"


def test_members_of_the_terrorist_group_named_after_by_are_the_agent() -> None:
    (m,) = _read(
        "On Sunday, 19 April, a patrol of the Army's Jungle Brigade was attacked with firearms "
        "by members of the terrorist group Los Lobos near Tachina, in Esmeraldas.",
        published="2026-04-21",
    )
    assert m.actor1 == "Los Lobos"


def test_an_arrest_of_a_group_s_cell_head_or_suppliers_is_of_the_group() -> None:
    (cell,) = _read(
        "On 9 June, in Iguala, three persons were arrested, among them a man identified as the "
        "alleged head of a cell of the criminal group Guerreros Unidos.",
        published="2026-06-10",
    )
    assert cell.actor2 == "Guerreros Unidos"
    assert cell.modality == "asserted"  # "alleged" describes the man, not the arrest
    (suppliers,) = _read(
        "On Wednesday, counter-terrorism police detained three men in Palu city suspected of "
        "supplying food and money to the MIT remnants in Poso.",
        published="2025-07-03",
    )
    assert suppliers.actor2 == "East Indonesia Mujahideen"


def test_two_clans_named_before_one_clan_word_are_the_two_sides() -> None:
    (m,) = _read(
        "On Monday, Biimaal and Habar Gidir clan militias clashed over farmland near Marka.",
        published="2026-03-10",
    )
    assert (m.actor1, m.actor2) == (
        "Biimaal Clan Militia (Somalia)",
        "Habar Gidir Clan Militia (Somalia)",
    )
    (enga,) = _read(
        "On Saturday, fighters from the Yandap and Malipin clans clashed near Wapenamanda.",
        published="2025-11-10",
    )
    assert enga.location is not None and enga.location.name == "Wapenamanda"


def test_numbered_rangers_and_a_patrol_vehicle_are_the_host_s_forces() -> None:
    (bomb,) = _read(
        "PATTANI, Thailand (AFP) - Two paramilitary rangers were killed on Wednesday when a "
        "roadside bomb ripped through their pickup truck in Nong Chik district.",
        published="2025-07-17",
    )
    assert bomb.actor2 == "Military Forces of Thailand"
    (ied,) = _read(
        "6. On 23 September 2025, a patrol vehicle struck an improvised explosive device "
        "between Torodi and Makalondi in Niger.",
        published="2025-09-25",
    )
    assert ied.actor2 == "Nigerien military"


def test_syria_s_general_security_is_its_police() -> None:
    (m,) = _read(
        "Gunmen opened fire on a General Security checkpoint at the southern entrance of Tafas "
        "late Monday, sparking a gunfight that lasted nearly an hour.",
        published="2025-09-25",
    )
    assert m.actor2 == "Police"


def test_the_side_fought_with_is_the_other_when_the_dead_are_named_first() -> None:
    (m,) = _read(
        "Two soldiers were killed and four others wounded on Tuesday during a firefight with "
        "FARC dissidents in the rural area of Suárez, in northern Cauca, the army reported.",
        published="2026-03-12",
    )
    assert (m.actor1, m.actor2) == ("FARC dissidents", "Military Forces of Colombia")


def test_whose_police_is_no_second_scene_of_a_sentence() -> None:
    (m,) = _read(
        "The north has been volatile since September 2023, when around 30 Serb gunmen stormed "
        "the village of Banjska and fought a day-long gun battle with Kosovo police in which a "
        "Kosovo officer and three attackers died.",
        published="2026-03-12",
    )
    assert m.location is not None and m.location.name == "Banjska"
    assert m.actor1 == "Unidentified armed group"


def test_towns_of_jonglei_and_the_papua_highlands_are_known() -> None:
    ms = _read(
        "Waat (Nyirol County, Jonglei): A drone strike hit a gathering near the Waat airstrip "
        "on Thursday morning.\n\n"
        "On Wednesday, a motorcycle taxi driver was shot dead in Dekai, the main town of "
        "Yahukimo regency.",
        published="2026-03-13",
    )
    assert [m.location.name if m.location else None for m in ms] == ["Waat", "Dekai"]


def test_what_is_known_so_far_is_no_running_count() -> None:
    (m,) = _read(
        "What we know so far is that on Sunday the army clashed with fighters of the CCMSR in "
        "the mountains a few dozen kilometres from Bardai.",
        published="2025-11-04",
    )
    assert m.sub_event_type == "Armed clash"


def test_passengers_a_gang_took_away_are_abducted_and_a_drone_used_to_drop_is_a_strike() -> None:
    (gang,) = _read(
        "On 3 May, an armed trafficking gang intercepted a truck carrying 27 Sudanese refugees "
        "south-east of Kufra town and took all passengers to an unknown location.",
        published="2026-05-06",
    )
    assert gang.sub_event_type == "Abduction/forced disappearance"
    (drone,) = _read(
        "Overnight Sunday to Monday, separatist fighters used a commercial drone to drop two "
        "improvised explosives on the gendarmerie brigade in Kumbo.",
        published="2026-02-10",
    )
    assert drone.sub_event_type == "Air/drone strike"


def test_killed_by_soldiers_names_the_host_s_soldiers_as_agent_not_military_police() -> None:
    (farmer,) = _read(
        "Rights group Karapatan says a farmer in Himamaylan City was killed by soldiers on "
        "Tuesday night and that he was unarmed.",
        published="2025-12-11",
    )
    assert farmer.actor1 == "Military Forces of the Philippines"
    assert farmer.sub_event_type == "Attack"
    (teen,) = _read(
        "On Saturday, a 17-year-old was shot dead by Military Police officers at the door of "
        "his home in the Complexo do Alemão, Rio de Janeiro.",
        published="2026-01-14",
    )
    assert teen.actor1 != "Military Forces of Brazil"


def test_fire_on_a_relief_convoy_is_an_attack_on_civilians() -> None:
    (m,) = _read(
        "On 18 January, unidentified armed men opened fire on a convoy of three barges carrying "
        "relief food on the White Nile about 10 km south of Kodok. One boat contractor was "
        "killed.",
        published="2026-01-21",
    )
    assert m.sub_event_type == "Attack"
