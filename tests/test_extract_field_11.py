"""Whole-article readings found with the nineteenth field batch's styles (south-eastern
Nigeria, Western Sahara, Sistan and Baluchestan with Panjgur, Chiapas and Guanajuato,
Catatumbo and Arauca, northern Syria, Madagascar; sentences written for these tests)."""

from __future__ import annotations

from reading import read_news as _read
from reading import read_one as _one
from wiretally.extract.actors import force_of
from wiretally.extract.names import police_of


def test_a_road_named_by_its_ends_with_an_en_dash_is_not_where() -> None:
    m = _one(
        "Gunmen abducted five travellers on the Benin–Lagos expressway near Ore on Tuesday.",
        "2026-06-20",
    )
    assert m.location is not None and m.location.name == "Ore"


def test_an_item_heading_and_its_report_in_one_sentence_give_the_headings_day() -> None:
    m = _one(
        "Monitor update\n\n**4. Ohaukwu LGA, Ebonyi State – 12 July.** Soldiers raided Effium "
        "on Sunday, apparently in reprisal for the killing of two soldiers there the week "
        "before. Residents said three villagers were shot dead.",
        "2026-07-20",
    )
    # (the Sunday before the brief came out would be 19 July)
    assert m.date_start == "2026-07-12"
    # the raid answers an earlier killing: it is typed and counted by what it did
    assert m.sub_event_type == "Attack"
    assert (m.actor1, m.actor2) == ("Nigerian military", "Civilians (Nigeria)")
    assert m.fatalities is not None and m.fatalities.value == 3


def test_soldiers_right_after_a_dateline_are_the_host_countrys() -> None:
    m = _one(
        "KADUNA, May 4 (Wire) - Soldiers shot dead three men in Kafanchan on Saturday.",
        "2026-05-04",
    )
    assert m.actor1 == "Nigerian military"


def test_moroccos_royal_armed_forces_and_the_forces_in_western_sahara() -> None:
    m = _one(
        "Polisario fighters fired shells at Royal Armed Forces positions near Mahbes on "
        "Tuesday, a military source said.",
        "2026-09-17",
    )
    assert (m.actor1, m.actor2) == ("Polisario Front", "Military Forces of Morocco")
    assert m.location is not None and (m.location.name, m.country) == ("Mahbes", "EH")
    force = force_of("EH")
    assert force is not None and force.name == "Military Forces of Morocco"
    assert police_of("EH") == "Police Forces of Morocco"


def test_a_victim_who_died_later_elsewhere_adds_to_the_toll_not_an_incident() -> None:
    m = _one(
        "### 2. Tifariti area — Monday 5 October\nA drone strike hit a truck near Tifariti. "
        "Two men were killed at the scene; a third died of his wounds three days later in a "
        "clinic near Tindouf.",
        "2026-10-12",
    )
    assert m.date_start == "2026-10-05"
    assert m.location is not None and m.location.name == "Tifariti"
    assert m.fatalities is not None and m.fatalities.value >= 2
    got = _read(
        "Gunmen attacked a police post in Ihiala on Monday night, killing two officers. A "
        "constable who was shot in the leg died in hospital in Onitsha on Wednesday.",
        "2026-03-12",
    )
    assert len(got) == 1 and got[0].date_start == "2026-03-09"


def test_a_death_in_custody_keeps_its_own_day() -> None:
    m = _one(
        "A trader detained by police in Kribi died on Friday 10 October after being beaten "
        "in custody, his family said.",
        "2025-10-15",
    )
    assert m.date_start == "2025-10-10"


def test_a_place_that_names_another_incident_is_not_where() -> None:
    m = _one(
        "### 3. Dakhla — Friday 9 October\nPolice dispersed a protest of some 80 people "
        "denouncing the Tifariti strike.",
        "2026-10-12",
    )
    assert m.location is not None and m.location.name == "Dakhla"


def test_a_distance_from_a_village_vouches_for_it_and_a_treatment_town_is_not_where() -> None:
    m = _one(
        "A drone struck a truck about 30 km east of Mijek on Monday, killing **3** herders and "
        "injuring **2** others, who were taken across the border to Zouerate for treatment.",
        "2026-10-14",
    )
    assert m.location is not None and m.location.name == "Mijek"
    # (a digest's bold figures are read)
    assert m.fatalities is not None and m.fatalities.value == 3


def test_madagascar_villages_the_gazetteer_lacked() -> None:
    m = _one(
        "Cattle raiders attacked herders near Tsivory on Sunday and drove off 60 zebu.",
        "2026-09-08",
    )
    assert m.location is not None and (m.location.name, m.country) == ("Tsivory", "MG")


def test_a_romance_name_goes_on_past_its_de() -> None:
    m = _one(
        "CUCUTA, Colombia, Feb 12 (Wire) - A drone dropped an explosive on a police post in "
        "Banco de Arena, in the rural area of Cucuta, before dawn on Wednesday, wounding one "
        "officer.",
        "2026-02-12",
    )
    # (not El Banco, a town of Magdalena 200 km away)
    assert m.location is not None and m.location.name == "Cúcuta"


def test_a_soldier_and_members_of_a_group_killed_in_a_clash_name_both_sides() -> None:
    m = _one(
        "A professional soldier and two members of the ELN were killed on Saturday in a "
        "clash in the rural area of Teorama, the army reported.",
        "2026-03-02",
    )
    assert m.actor1 == "Military Forces of Colombia"
    assert m.actor2 == "National Liberation Army (Colombia)"


def test_said_on_a_weekday_that_they_had_killed_is_the_speakers_act() -> None:
    m = _one(
        "Iran's Revolutionary Guards said on Thursday they had killed three Jaish al-Adl "
        "militants in a clash near Saravan.",
        "2026-09-17",
    )
    assert (m.actor1, m.actor2) == ("Islamic Revolutionary Guard Corps", "Jaish al-Adl")
    # a party that says one of its members was killed did not strike
    m = _one(
        "The Komala party says one of its members was killed when drones hit its camp near "
        "Koya overnight.",
        "2026-06-24",
    )
    assert m.actor1 is None


def test_civil_activists_of_a_people_are_civilians() -> None:
    m = _one(
        "ZAHEDAN, Sept 12 (Wire) - Intelligence agents arrested four Baluch civil activists "
        "at their homes in Chabahar on Thursday.",
        "2026-09-12",
    )
    assert m.actor2 == "Civilians (Iran)"


def test_a_group_named_in_quotes_is_an_actor_and_no_weapon() -> None:
    m = _one(
        "SAN CRISTOBAL, Mexico, March 9 (Wire) - Two men were taken from their home in "
        "Pantelhó by armed men that relatives identified as members of the "
        'self-defence group "El Machete".',
        "2026-03-09",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"
    assert m.actor1 == "El Machete"
    assert m.weapon is None
    m = _one(
        'SAN CRISTOBAL, Mexico, March 9 (Wire) - Members of the armed group known as "Los '
        'Autónomos" set fire to at least 15 houses in Tila on Wednesday evening.',
        "2026-03-09",
    )
    assert m.sub_event_type == "Looting/property destruction"
    assert m.actor1 == "Los Autónomos"


def test_men_arrested_as_a_groups_members_are_that_group() -> None:
    m = _one(
        "BANGUI, March 18 (Wire) - On Sunday, soldiers arrested two men they described as 3R "
        "members in Bocaranga.",
        "2026-03-18",
    )
    assert m.actor2 == "Return, Reclamation, Rehabilitation"
    m = _one(
        "CUCUTA, Feb 12 (Wire) - Early on Wednesday, soldiers raided a farm near Campo Dos, a "
        "village in rural Tibu, and arrested two men the army said belonged to the 33rd Front.",
        "2026-02-12",
    )
    # (a front of the FARC dissidents, listed under them)
    assert m.actor2 == "FARC dissidents - 33rd Front"


def test_a_groups_held_town_is_not_the_group_struck() -> None:
    m = _one(
        "SITTWE, Myanmar, March 12 (Wire) - A Myanmar military jet bombed a crowded market in "
        "the Arakan Army-held town of Kyauktaw late Tuesday, killing 12 people.",
        "2026-03-12",
    )
    assert m.actor2 == "Civilians (Myanmar)"


def test_cameroons_vigilance_committees_are_an_actor() -> None:
    m = _one(
        "MAROUA, Cameroon, March 12 (Wire) - A female suicide bomber blew herself up at a "
        "vigilance committee checkpoint in Kolofata yesterday, killing two members of the "
        "committee.",
        "2026-03-12",
    )
    assert m.actor2 == "Vigilance Committee (Cameroon)"


def test_an_attack_that_left_soldiers_wounded_hit_the_army() -> None:
    m = _one(
        "ARAUCA, Colombia, July 22 (Wire) - On Monday, in the rural area of Tame, ELN "
        "fighters attacked a patrol with an explosive device launched from a drone, leaving two "
        "professional soldiers injured.",
        "2026-07-22",
    )
    assert m.actor2 == "Military Forces of Colombia"


def test_a_victim_who_signed_a_peace_accord_was_killed_not_an_agreement() -> None:
    m = _one(
        "CUCUTA, Feb 9 (Wire) - A former FARC fighter who signed the peace accord was shot "
        "dead on Saturday outside his home in Sardinata.",
        "2026-02-09",
    )
    assert m.sub_event_type == "Attack"


def test_drones_fitted_with_charges_and_where_a_spokesman_spoke() -> None:
    got = _read(
        "CUCUTA, Colombia, Feb 10 (Wire) - Two soldiers were killed when explosive-laden "
        "drones struck an army base on the edge of Tibu late on Monday, the military said. "
        "At least three commercial drones fitted with homemade explosive charges hit the "
        "perimeter of the base shortly before 11 p.m., an army spokesman told reporters in "
        "Cucuta.",
        "2026-02-10",
    )
    assert {m.sub_event_type for m in got} == {"Air/drone strike"}
    assert {m.location.name for m in got if m.location is not None} == {"Tibú"}


def test_a_named_region_before_the_compass_part_of_its_country() -> None:
    m = _one(
        "ANKARA (Wire) - Turkey's defence ministry issued a statement on Thursday.\n\n"
        "It said three PKK militants detected in the Metina region of northern Iraq were "
        "neutralised on Wednesday as a result of precise strikes by armed drones.",
        "2025-10-02",
    )
    assert m.location is not None and (m.location.name, m.country) == ("Metina", "IQ")


def test_aa_is_the_arakan_army_and_anadolus_aa_no_actor() -> None:
    m = _one(
        "SITTWE, Myanmar (Wire) - Overnight 24-25 Aug: AA fighters and junta troops clashed "
        "near a village along the Sittwe-Ponnagyun road, about 15 km north of Sittwe.",
        "2025-08-26",
    )
    assert {m.actor1, m.actor2} == {"Arakan Army", "Myanmar military"}
    m = _one(
        "ANKARA (AA) - Turkish drones killed three PKK militants in northern Iraq on Monday, "
        "the defence ministry said.",
        "2025-08-26",
    )
    assert (m.actor1, m.actor2) == ("Turkish military", "Kurdistan Workers' Party")


def test_a_group_that_claimed_it_in_the_same_sentence_struck() -> None:
    m = _one(
        "Live updates\n\n- Two people were lightly hurt when an explosive drone launched from "
        "Lebanon struck near Kiryat Shmona this morning; Hezbollah claimed it.",
        "2025-08-26",
    )
    assert m.actor1 == "Hezbollah"
