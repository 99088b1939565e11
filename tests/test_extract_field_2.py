"""Whole-sentence readings found with the ninth field batch's styles (Libya and Tunisia, Amhara
and Afar, Kashmir and Punjab, Nepal and Bangladesh; sentences written for these tests)."""

from __future__ import annotations

from reading import read_mentions
from wiretally.extract.modality import negated
from wiretally.extract.typing import classify
from wiretally.geo import get_gazetteer
from wiretally.records import Mention


def _read(text: str, published: str = "2026-02-12") -> list[Mention]:
    return read_mentions(text, published)


def test_the_capital_named_in_apposition_frames_the_sentence() -> None:
    (m,) = _read(
        "In the regional capital Semera, several hundred people displaced from Abala district "
        "gathered outside the regional government compound on Wednesday to demand food aid."
    )
    assert m.sub_event_type == "Peaceful protest"
    assert m.location is not None and m.location.name == "Samara"


def test_a_denied_shot_is_no_shot() -> None:
    assert negated("Eritrea said its forces had not fired a single ")
    assert not negated("Eritrea said its forces had fired a single ")


def test_a_curated_row_corrects_the_base_point_of_the_same_town() -> None:
    gaz = get_gazetteer()
    ids, _ = gaz.lookup("Abala")
    (afar,) = [i for i in ids if gaz.entry(i).country == "ET"]
    e = gaz.entry(afar)
    assert e.admin1 == "Afar"
    assert abs(e.lat - 13.36) < 0.1 and abs(e.lon - 39.75) < 0.1


def test_two_peoples_armed_groups_are_their_ethnic_militias() -> None:
    (m,) = _read(
        "Heavy fighting broke out on Saturday evening between a Tebu armed group and Tuareg "
        "fighters in Ubari, in south-western Libya, after a dispute at a fuel station.",
        published="2026-07-20",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.actor1 == "Tebu Ethnic Militia (Libya)"
    assert m.actor2 == "Tuareg Ethnic Militia (Libya)"


def test_armed_men_who_drove_off_with_trucks_looted() -> None:
    (m,) = _read(
        "Overnight Sunday to Monday, a group of armed men stormed a fuel depot belonging to "
        "the Brega Petroleum Marketing Company on the southern edge of Sabha, beat a guard "
        "and drove off with three tanker trucks.",
        published="2026-07-20",
    )
    assert m.sub_event_type == "Looting/property destruction"
    assert m.actor1 == "Unidentified armed group"


def test_checkpoints_handed_over_without_incident_change_hands_peacefully() -> None:
    (m,) = _read(
        "Units of the 444th Combat Brigade took over on Wednesday the checkpoints at the "
        "southern entrance of Zawiya, which were handed over by the Al-Nasr Brigade without "
        "incident."
    )
    assert m.sub_event_type == "Non-violent transfer of territory"
    assert m.actor1 == "444th Combat Brigade"
    assert m.actor2 == "Al-Nasr Brigade"


def test_a_force_that_says_in_a_statement_its_drones_struck_struck() -> None:
    (m,) = _read(
        "The Libyan National Army said in a statement that its drones struck a convoy of "
        '"Chadian armed opposition elements" on Sunday about 60 km south of Murzuq.',
        published="2026-07-20",
    )
    assert m.sub_event_type == "Air/drone strike"
    assert m.actor1 == "Libyan National Army"
    assert m.actor2 == "Chadian rebels"


def test_rocket_propelled_grenades_are_a_fight_s_arms() -> None:
    t = classify(
        "At least three people were killed when rival armed groups fought with heavy machine "
        "guns and rocket-propelled grenades in Zawiya overnight Monday into Tuesday."
    )
    assert t is not None and t.sub_event_type == "Armed clash"
    (m,) = _read(
        "ZAWIYA - At least three people were killed when rival armed groups fought with heavy "
        "machine guns and rocket-propelled grenades in Zawiya overnight Monday into Tuesday."
    )
    assert m.sub_event_type == "Armed clash"


def test_grenades_the_attackers_carried_were_not_thrown() -> None:
    t = classify(
        "Late Tuesday, militants armed with rifles and grenades attacked the Pezu police "
        "station in Lakki Marwat district."
    )
    assert t is not None and t.sub_event_type != "Grenade"


def test_a_clash_that_erupted_on_a_day_is_dated_by_it() -> None:
    (m,) = _read(
        "The ministry said that the armed clashes that erupted in Zawiya on Monday night "
        "between the Al-Nasr Brigade and an outlaw group had left three citizens dead."
    )
    assert m.sub_event_type == "Armed clash"
    assert m.date_start == "2026-02-09"


def test_a_crowd_holding_banners_protests() -> None:
    (m,) = _read(
        "On Tuesday afternoon, dozens of residents gathered in the city's Martyrs' Square in "
        'Zawiya holding banners that read "Zawiya is not a battlefield".'
    )
    assert m.sub_event_type == "Peaceful protest"
    assert m.date_start == "2026-02-10"


def test_where_the_arrests_a_crowd_protests_were_made_is_not_where_it_stood() -> None:
    (m,) = _read(
        "On Tuesday night, a group of about 200 women gathered at Kwakeithel Bazar, Imphal "
        "West, demanding the release of the two persons arrested at Khurai, and blocked the "
        "Tiddim Road. Police dispersed the gathering with tear gas.",
        published="2025-10-15",
    )
    assert m.event_type == "Protests"
    assert m.location is not None and m.location.name != "Khurai"
    assert m.location.lat is not None and abs(m.location.lat - 24.8) < 0.1


def test_federal_troops_are_the_host_s_army() -> None:
    (m,) = _read(
        "DEBRE MARKOS, Ethiopia, March 12, 2026 (AFP) - At least 14 people were killed on "
        "Tuesday when Fano militiamen and federal troops fought for control of the main road "
        "into Debre Markos, residents and a hospital official said.",
        published="2026-03-12",
    )
    assert m.sub_event_type == "Armed clash"
    assert (m.actor1, m.actor2) == ("Fano", "Ethiopian military")


def test_people_taken_to_an_unknown_location_were_abducted() -> None:
    (m,) = _read(
        "Separately, Fano fighters on Wednesday seized a schoolteacher and two grain traders "
        "in Bichena, in Ethiopia's Amhara region, and took them to an unknown location, a "
        "local elder said.",
        published="2026-03-12",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"
    assert m.actor1 == "Fano"


def test_army_units_that_secured_a_town_regained_it() -> None:
    (m,) = _read(
        "According to the statement, Ethiopian army units entered Lalibela on Tuesday after "
        "operations in the surrounding rural kebeles and secured the airport.",
        published="2026-08-27",
    )
    assert m.sub_event_type == "Government regains territory"
    assert m.actor1 == "Ethiopian military"
    assert m.date_start == "2026-08-25"


def test_extremist_elements_are_the_one_militia_a_state_report_names() -> None:
    ms = _read(
        "The Ethiopian army has brought Lalibela under control after clearing out the "
        "extremist group that calls itself Fano.\n\n"
        "Colonel Dawit Bekele said that extremist elements had on Monday stopped a passenger "
        "bus near Gashena and abducted 12 passengers, including two women.",
        published="2026-08-27",
    )
    (m,) = [m for m in ms if m.sub_event_type == "Abduction/forced disappearance"]
    assert m.actor1 == "Fano"


def test_a_live_blog_stamped_with_its_zone_dates_its_entries() -> None:
    from wiretally.extract.events import live_entries_start

    text = (
        "LIVE | Kokernag encounter\nPublished: 2025-09-19\n\n21:05 IST\nWe close here.\n\n"
        "16:30 IST\nPolice fired tear gas.\n\n08:30 IST\nA gunfight broke out at dawn.\n"
    )
    assert live_entries_start(text) == text.index("21:05")
    inline = text.replace(" IST\n", " NPT - ")
    assert live_entries_start(inline) == inline.index("21:05")


def test_a_procession_against_a_grenade_attack_is_the_protest() -> None:
    (m,) = _read(
        "Meanwhile in downtown Srinagar: after Friday prayers at Nowhatta, a group of youths "
        "took out a procession and raised slogans against Wednesday's grenade attack. Police "
        "fired tear gas shells to disperse them.",
        published="2025-09-19",
    )
    assert m.event_type == "Protests"
    assert m.date_start == "2025-09-19"  # Friday, not the attack's Wednesday


def test_party_supporters_who_brawl_are_rioters_on_both_sides() -> None:
    (m,) = _read(
        "RAJSHAHI, Bangladesh - At least 18 students were injured on Sunday afternoon when "
        "activists of Islami Chhatra Shibir and Jatiyatabadi Chhatra Dal clashed with sticks "
        "and iron rods on the Rajshahi University campus.",
        published="2026-02-09",
    )
    assert m.sub_event_type == "Mob violence"
    assert (m.actor1, m.actor2) == ("Rioters (Bangladesh)", "Rioters (Bangladesh)")
    assert "Jamaat-e-Islami" in m.assoc_actors


def test_a_brawl_in_a_named_area_of_the_city_is_an_incident() -> None:
    ms = _read(
        "At least 25 people were injured when supporters of the Bangladesh Nationalist Party "
        "(BNP) and Jamaat-e-Islami fought pitched battles with sticks and brickbats in the "
        "city's Zindabazar area on Tuesday night, witnesses and police said.",
        published="2026-01-22",
    )
    assert [m.sub_event_type for m in ms] == ["Mob violence"]
    assert ms[0].date_start == "2026-01-20"


def test_the_protest_movement_s_leaders_threatening_is_no_protest() -> None:
    t = classify(
        'Leaders of the protest movement on Thursday threatened to "shut down the entire '
        'valley" from Sunday if the election commission does not order a recount.'
    )
    assert t is None or t.event_type != "Protests"


def test_a_running_count_of_protest_days_is_no_second_protest() -> None:
    ms = _read(
        "TBILISI, Georgia - Thousands of people rallied on Rustaveli Avenue on Saturday "
        "evening against the government.\n\nOrganisers say tonight marks the 560th "
        "consecutive day of street protests in the capital.",
        published="2026-06-14",
    )
    assert [m.sub_event_type for m in ms] == ["Peaceful protest"]


def test_a_town_in_a_district_of_its_name_is_not_dropped_for_the_district_s_town() -> None:
    from wiretally.geo.parse import geoparse

    text = (
        "Gunmen opened fire on a pickup truck carrying migrants on the road north of Al "
        "Qatrun, in Murzuq district."
    )
    places = geoparse(text, article_id="x")
    assert [(p.text, p.feature) for p in places] == [("Al Qatrun", "city"), ("Murzuq", "admin1")]


def test_kotwali_police_name_no_town() -> None:
    from wiretally.geo.parse import geoparse

    text = "Unidentified men hurled two crude bombs at a party office, Kotwali police said."
    assert [p.text for p in geoparse(text, article_id="x")] == []


def test_a_boy_aged_eleven_is_a_civilian_victim() -> None:
    (m,) = _read(
        "A boy aged 11 was killed and his younger brother wounded when a landmine left over "
        "from earlier fighting exploded as they herded sheep west of al-Tabqa in Syria on "
        "Monday morning.",
        published="2025-11-05",
    )
    assert m.sub_event_type == "Remote explosive/landmine/IED"
    assert m.actor2 == "Civilians (Syria)"


def test_a_toll_whose_cause_follows_the_and_is_one_incident() -> None:
    ms = _read(
        "Separately, the Mine Action Agency of Azerbaijan (ANAMA) reported that on Wednesday "
        "a 52-year-old resident, Rauf Aliyev, was killed and his son was injured when their "
        "tractor struck an anti-tank mine in a field near the town of Lachin.",
        published="2026-03-12",
    )
    assert [m.sub_event_type for m in ms] == ["Remote explosive/landmine/IED"]
    assert ms[0].actor2 == "Civilians (Azerbaijan)"
    assert ms[0].location is not None and ms[0].location.name == "Laçın"


def test_members_of_a_group_killed_and_soldiers_wounded_in_a_firefight_fought_the_army() -> None:
    (m,) = _read(
        "Two suspected members of the New People's Army (NPA) were killed and a soldier was "
        "wounded in a firefight in the hinterlands of Himamaylan City, Negros Occidental, on "
        "Thursday, the Philippine Army said.",
        published="2025-11-22",
    )
    assert m.sub_event_type == "Armed clash"
    assert (m.actor1, m.actor2) == ("Military Forces of the Philippines", "New People's Army")


def test_unnamed_insurgents_where_there_is_one_insurgency_are_it() -> None:
    (m,) = _read(
        "On 28 April, a large group of terrorists entered Meluco, forcing the district "
        "administrator and most of the population to withdraw to Montepuez.",
        published="2026-05-04",
    )
    assert m.sub_event_type == "Non-state actor overtakes territory"
    assert m.actor1 == "Islamic State Mozambique"


def test_terrorists_elsewhere_stay_unnamed() -> None:
    (m,) = _read(
        "On Tuesday, terrorists attacked a village near Djibo, in northern Burkina Faso, "
        "killing four civilians.",
        published="2026-05-04",
    )
    assert m.actor1 == "Unidentified armed group"


def test_residents_who_blocked_a_named_national_highway_protested() -> None:
    (m,) = _read(
        "Anger spilled onto the streets in neighbouring Rajouri on Wednesday, where hundreds "
        "of residents of border hamlets blocked the Jammu-Poonch national highway near the "
        "town for nearly three hours demanding community bunkers.",
        published="2025-11-06",
    )
    assert m.event_type == "Protests"
    assert m.location is not None and m.location.name == "Rajouri"


def test_the_other_side_denying_it_opened_fire_disputes_the_incident_told() -> None:
    ms = _read(
        "A man and his daughter were killed when shells fired from across the Line of Control "
        "landed on houses in Mendhar, in Jammu and Kashmir's Poonch district, overnight "
        "Tuesday, officials said. In Rawalpindi, however, Pakistan's military spokesman "
        "denied that its troops had opened fire first.",
        published="2025-11-06",
    )
    assert [m.sub_event_type for m in ms] == ["Shelling/artillery/missile attack"]
    assert ms[0].modality == "contested"


def test_a_crowd_that_turns_violent_in_the_next_sentence_riots() -> None:
    ms = _read(
        "On 19 June, residents of Tessaoua, in Niger's Maradi region, took to the streets "
        "after a livestock trader was found dead. Angry youths set fire to the gendarmerie "
        "post and blocked the national road with burning tyres for several hours.",
        published="2026-06-22",
    )
    (m,) = [m for m in ms if m.event_type in ("Protests", "Riots")]
    assert m.sub_event_type == "Violent demonstration"
    assert m.actor1 == "Rioters (Niger)"
    assert m.date_start == "2026-06-19"


def test_the_city_stormed_and_recaptured_is_the_town_named_not_its_state() -> None:
    ms = _read(
        "A drone struck a street beside the Wad Madani Teaching Hospital late on Sunday, "
        "wounding four people. The Gezira state government blamed the Rapid Support Forces "
        "(RSF) for the strike.\n\nThe city was stormed by the RSF in December 2023 and "
        "recaptured by the army in January 2025.",
        published="2026-09-08",
    )
    hands = [m for m in ms if m.event_type == "Battles" or "territory" in (m.sub_event_type or "")]
    assert len(hands) == 2
    assert all(m.location is not None and m.location.name == "Wad Medani" for m in hands)


def test_a_court_that_speaks_names_no_place_of_the_arrests() -> None:
    ms = _read(
        "BEN GARDANE, Tunisia - Hundreds of traders blocked the road to the Ras Jedir crossing "
        "in Ben Gardane on Monday.\n\nOn Tuesday, security forces arrested 14 young men "
        "suspected of taking part in the overnight violence, the Medenine court spokesman said.",
        published="2025-10-22",
    )
    (m,) = [m for m in ms if m.sub_event_type == "Arrests"]
    assert m.location is not None and m.location.name == "Ben Gardane"


def test_al_busayrah_in_deir_ez_zor_is_the_syrian_town() -> None:
    from wiretally.geo.parse import geoparse

    text = (
        "2. QAMISHLI countryside (Hasakah) - A Turkish drone struck a car on the road between "
        "Qamishli and Amuda on Monday.\n\n3. AL-BUSAYRAH (Deir ez-Zor) - Clashes broke out "
        "on Monday evening after the SDF detained a local man at a checkpoint in al-Busayrah."
        "\n\n4. RAQQA - Calm."
    )
    places = [p for p in geoparse(text, article_id="x") if p.text == "al-Busayrah"]
    assert [p.country for p in places] == ["SY"]


def test_shelling_a_place_had_seen_months_before_is_background() -> None:
    ms = _read(
        "A man and his daughter were killed when shells landed on houses in Mendhar, in "
        "Jammu and Kashmir's Poonch district, overnight Tuesday, officials said. The twin "
        "border districts had seen heavy shelling in May this year, when dozens of civilians "
        "were killed.",
        published="2025-11-06",
    )
    assert [m.historical for m in ms if m.sub_event_type.startswith("Shelling")] == [False, True]


def test_sticks_and_iron_rods_are_a_brawl_s_means() -> None:
    (m,) = _read(
        "RAJSHAHI, Bangladesh - At least 18 students were injured on Sunday afternoon when "
        "activists of Islami Chhatra Shibir and Jatiyatabadi Chhatra Dal clashed with sticks "
        "and iron rods on the Rajshahi University campus.",
        published="2026-02-09",
    )
    assert m.weapon is not None and "sticks" in m.weapon


def test_terrorists_in_a_report_that_names_another_armed_group_stay_unnamed() -> None:
    ms = _read(
        "On 28 April, members of the Local Force militia clashed with insurgents near Meluco. "
        "Later that day, terrorists burned houses in Meluco.",
        published="2026-05-04",
    )
    burned = [m for m in ms if m.sub_event_type == "Looting/property destruction"]
    assert burned and burned[0].actor1 != "Islamic State Mozambique"


def test_a_protest_the_police_met_a_sentence_later_had_an_intervention() -> None:
    (m,) = _read(
        "In Ijevan, the provincial centre of Armenia's Tavush province, about 200 residents "
        "blocked the road at the southern entrance to the town on Wednesday to protest against "
        "plans to hand over farmland. After about three hours, police moved in and pushed the "
        "protesters off the road.",
        published="2025-09-18",
    )
    assert m.sub_event_type == "Protest with intervention"
    assert m.actor2 == "Police Forces of Armenia"


def test_a_protest_the_police_watched_stays_peaceful() -> None:
    (m,) = _read(
        "On Monday, around 15 women held a silent protest outside the regional court in Nukus, "
        "Uzbekistan, demanding the release of relatives. Police officers filmed the "
        "participants but did not intervene, and the women dispersed after about an hour.",
        published="2026-05-19",
    )
    assert m.sub_event_type == "Peaceful protest"


def test_a_bomb_dropped_from_a_quadcopter_is_a_drone_strike() -> None:
    (m,) = _read(
        "Three children were killed and two others wounded when an explosive device dropped "
        "from a quadcopter hit a house in a village near Miranshah, Pakistan, on Wednesday "
        "morning.",
        published="2026-05-21",
    )
    assert m.sub_event_type == "Air/drone strike"


def test_arrests_that_recovered_grenades_are_arrests() -> None:
    (m,) = _read(
        "In a separate development, the Counter Terrorism Department (CTD) said it had "
        "arrested three suspects in Kotli, Pakistan, on Monday and recovered hand grenades "
        "and detonators from their possession.",
        published="2026-02-10",
    )
    assert m.sub_event_type == "Arrests"
