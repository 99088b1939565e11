"""Whole-article readings found with the twelfth field batch's styles (Brazil's cities and
Amazon, India's Northeast with the Chittagong Hill Tracts, western Ethiopia with the Sudan
border, Casamance, Guinea and Guinea-Bissau; sentences written for these tests)."""

from __future__ import annotations

from reading import read_mentions
from wiretally.records import Mention


def _read(text: str, published: str = "2026-08-27") -> list[Mention]:
    return read_mentions(text, published)


def test_a_sentence_inside_the_operation_told_above_takes_its_day() -> None:
    ms = _read(
        "Police raid leaves four dead in Fortaleza\n\n"
        "FORTALEZA, Brazil, March 4, 2026 - Four suspects were shot dead on Tuesday during a "
        "police raid in Fortaleza, the state security office said.\n\n"
        "Officers seized three rifles and a quantity of cocaine.\n\n"
        "Residents said the shooting lasted most of the morning.\n\n"
        "As the raid unfolded, gang members set fire to three buses in Fortaleza, forcing "
        "passengers off at gunpoint.",
        "2026-03-04",
    )
    (fire,) = [m for m in ms if m.sub_event_type == "Looting/property destruction"]
    assert fire.date_start == "2026-03-03"


def test_torched_vehicles_are_property_destroyed() -> None:
    (m,) = _read("Gang members torched five buses in Fortaleza on Tuesday.", "2026-03-04")
    assert m.sub_event_type == "Looting/property destruction"


def test_a_briefs_item_with_its_own_day_is_placed_by_the_heading_above_it() -> None:
    ms = _read(
        "WEEKLY DIGEST\nPublished: 20 August 2025\n\n"
        "KANKAN\n\n"
        "Kankan urban commune\n"
        "- On 12 August, youths threw stones at police in the market area.\n\n"
        "BOKE\n\n"
        "Boke urban commune\n"
        "- On 13 August, hundreds of residents of the Dibia neighbourhood stormed the "
        "gendarmerie post after a detainee died in custody.\n",
        "2025-08-20",
    )
    riots = sorted((m for m in ms if m.event_type == "Riots"), key=lambda m: m.start)
    assert [m.location and m.location.name for m in riots] == ["Kankan", "Boké"]


def test_an_item_is_not_placed_at_the_town_of_the_item_before_it() -> None:
    ms = _read(
        "MONITOR\nPublished: 9 February 2026\n\n"
        "* Boa Vista - On 5 February, police arrested two men accused of smuggling fuel.\n\n"
        "* Tapajos River - On 6 February, a police boat was fired on from the riverbank, "
        "and one attacker was killed.\n",
        "2026-02-09",
    )
    (fired,) = [m for m in ms if "fired on" in m.text]
    assert fired.location is None or fired.location.name != "Boa Vista"


def test_the_country_across_the_border_is_not_where_the_ambush_was() -> None:
    (m,) = _read(
        "ZIGUINCHOR, Senegal, July 16, 2025 - Two Senegalese soldiers were killed when "
        "gunmen ambushed an army patrol near the border with Guinea-Bissau on Tuesday, the "
        "army said.",
        "2025-07-16",
    )
    assert m.country != "GW"


def test_a_newsrooms_name_is_not_a_place() -> None:
    ms = _read(
        "Five men suspected of supplying the rebels were detained on Wednesday morning, a "
        "security source told West Africa Wire.",
        "2025-07-17",
    )
    assert all(m.location is None or m.location.name != "West Africa" for m in ms)


def test_armed_men_who_stop_a_bus_and_take_its_passengers_abduct_them() -> None:
    (m,) = _read(
        "On 10 February, armed men stopped a minibus on the road near Nekemte and took eight "
        "passengers, including a teacher.",
        "2026-02-20",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"


def test_an_accord_the_attackers_rejected_is_not_an_agreement() -> None:
    (m,) = _read(
        "On 18 February, gunmen from a faction that rejected the 2022 peace agreement "
        "ambushed a truck convoy escorted by the ENDF near Assosa, killing three soldiers.",
        "2026-02-20",
    )
    assert m.event_type == "Battles"
    # The escort was attacked; it did not ambush.
    assert m.actor2 is not None and "Ethiopia" in m.actor2


def test_fighting_around_a_place_in_a_named_woreda_is_placed() -> None:
    (m,) = _read(
        "WEEKLY DIGEST\nPublished: 20 February 2026\n\n"
        "EAST WOLLEGA\n"
        "Nekemte: On 11 February, a drone strike hit a market in Nekemte town.\n\n"
        "HORO GUDURU\n"
        "Abay Chomen woreda: On 14 February, heavy fighting was reported between OLA fighters "
        "and Fano militiamen around Dalota, in Abay Chomen woreda.\n",
        "2026-02-20",
    )[-1:]
    assert m.sub_event_type == "Armed clash" and m.date_start == "2026-02-14"


def test_a_briefs_unit_label_is_not_given_the_town_the_brief_names_most() -> None:
    ms = _read(
        "WEEKLY DIGEST\nPublished: 20 February 2026\n\n"
        "- Drone strike reported in Nekemte town.\n\n"
        "Nekemte: On 12 February, a drone strike hit a compound in Nekemte town, killing "
        "four people.\n\n"
        "Kamashi zone: On 18 February, gunmen ambushed a truck convoy escorted by soldiers, "
        "killing three of them.\n\n"
        "ACCESS\n- 13 February: a partner convoy to Nekemte turned back.\n",
        "2026-02-20",
    )
    (ambush,) = [m for m in ms if m.date_start == "2026-02-18"]
    assert ambush.location is None or ambush.location.name != "Nek’emtē"


def test_deaths_in_a_police_operation_against_a_gang_are_a_clash_with_it() -> None:
    (m,) = _read(
        "Five people, including a police sergeant, were killed on Tuesday during a police "
        "operation against the Comando Vermelho in Niteroi, officials said.",
        "2026-03-04",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.actor2 == "Comando Vermelho" and m.actor1 is not None and "Police" in m.actor1


def test_a_namesake_far_from_the_town_it_is_said_to_lie_in_is_not_the_place() -> None:
    (m,) = _read(
        "Four men were shot dead on Tuesday in Penha, a cluster of favelas in Rio de "
        "Janeiro's North Zone, police said.",
        "2026-03-04",
    )
    assert m.location is not None and m.location.name == "Rio de Janeiro"


def test_a_toll_between_two_months_is_a_count_not_an_incident() -> None:
    assert not _read(
        "Official figures show that police killed 287 people in the state between January "
        "and June, down from the same period last year.",
        "2026-07-16",
    )


def test_a_strike_a_union_does_not_rule_out_has_not_happened() -> None:
    ms = _read(
        "The drivers' union said it would hold talks on Thursday, and did not rule out a "
        "general strike in Salvador.",
        "2026-09-23",
    )
    assert all(m.modality != "asserted" for m in ms)


def test_an_incident_the_raid_came_two_days_after_is_dated_from_the_raid() -> None:
    ms = _read(
        "SALVADOR, Brazil, March 5, 2026 - Four suspects were killed on Tuesday during a "
        "police raid in Salvador, officials said.\n\n"
        "Relatives gathered outside the morgue on Wednesday.\n\n"
        "The raid came two days after a 12-year-old girl was killed by a stray bullet in "
        "Salvador during a shootout between the Comando Vermelho and the Bonde do Maluco.",
        "2026-03-05",
    )
    (shootout,) = [m for m in ms if m.trigger == "shootout"]
    assert shootout.date_start == "2026-03-01"  # two days before Tuesday 3 March
    assert {shootout.actor1, shootout.actor2} == {"Comando Vermelho", "Bonde do Maluco"}


def test_greater_town_is_the_towns_area_not_a_persons_name() -> None:
    from wiretally.geo.parse import geoparse

    text = (
        "Six people were killed in Salvador at the weekend. The institute counted 1,104 "
        "shootings in Greater Salvador this year."
    )
    names = [p.name for p in geoparse(text, article_id="t")]
    assert "Salvador" in names


def test_a_part_of_the_city_the_gazetteer_lacks_is_placed_at_the_city() -> None:
    ms = _read(
        "Violence in Salvador\n\n"
        "A weekend of violence left several people dead in Salvador, officials said.\n\n"
        "On Monday morning, two men were killed by police in Cajazeiras, on the city's "
        "eastern outskirts, after officers were received with gunfire.",
        "2025-09-23",
    )
    (m,) = [m for m in ms if m.date_start == "2025-09-22"]
    assert m.location is not None and m.location.name == "Cajazeiras"
    assert abs(m.location.lat - (-12.98)) < 0.2  # Salvador's point


def test_an_hour_after_a_scene_set_on_a_day_is_that_day() -> None:
    ms = _read(
        "Six people were killed in Salvador at the weekend.\n\n"
        "The deadliest episode happened on Sunday night in Tancredo Neves, in the city's "
        "north. Armed men from the Bonde do Maluco entered an area held by the Comando "
        "Vermelho at around 9 pm and exchanged fire with rival gang members for forty "
        "minutes.",
        "2025-09-23",
    )
    (m,) = [m for m in ms if m.sub_event_type == "Armed clash"]
    assert m.date_start == "2025-09-21"


def test_in_a_named_scene_where_a_driver_was_shot_is_a_placed_incident() -> None:
    ms = _read(
        "Bus drivers strike in Salvador\n\n"
        "Two men were shot dead by police in Salvador on Monday.\n\n"
        "The wave of violence had begun on Saturday afternoon in Pernambues, where bus "
        "driver Joao Lima, 47, was shot dead by two men on a motorcycle.",
        "2025-09-23",
    )
    assert any(m.sub_event_type == "Attack" and m.date_start == "2025-09-20" for m in ms)


def test_the_clause_after_came_a_day_after_is_its_own_incident() -> None:
    ms = _read(
        "TINSUKIA, India, Sept 16, 2025 - Suspected rebels hurled a grenade at an army camp "
        "in Tinsukia on Monday, police said.\n\n"
        "The attack came a day after police in neighbouring Digboi arrested two men "
        "suspected of working for the outfit.",
        "2025-09-16",
    )
    (held,) = [m for m in ms if m.sub_event_type == "Arrests"]
    assert held.date_start == "2025-09-14"
    assert held.location is not None and held.location.name == "Digboi"


def test_a_man_taken_from_his_home_by_four_armed_men_is_abducted() -> None:
    (m,) = _read(
        "The activist was taken from his home in Conakry by four armed men in civilian "
        "clothes on Sunday night.",
        "2025-08-20",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"


def test_troops_who_seize_a_rebels_base_in_a_named_forest_regain_territory() -> None:
    (m,) = _read(
        "The army said its troops had on Sunday seized a base of the separatist Movement of "
        "Democratic Forces of Casamance (MFDC) in the Blaze forest near Bignona.",
        "2026-04-14",
    )
    assert m.sub_event_type == "Government regains territory"


def test_officers_held_at_headquarters_since_a_weekday_were_arrested_that_day() -> None:
    ms = _read(
        "Police fired tear gas in central Bissau on Thursday to disperse supporters of the "
        "party.\n\n"
        "Separately, two army officers - a lieutenant-colonel and a captain - have been held "
        "at the Amura military headquarters since Tuesday, two military sources told the "
        "Bissau daily.",
        "2025-10-10",
    )
    (m,) = [m for m in ms if m.sub_event_type == "Arrests"]
    assert m.date_start == "2025-10-07"


def test_a_march_a_party_called_for_next_week_has_not_happened() -> None:
    ms = _read(
        'The PAIGC, the party that led the independence struggle, has called for "a great '
        'peaceful march" next week and says it will not be intimidated.',
        "2025-10-10",
    )
    assert all(m.modality != "asserted" for m in ms)


def test_landless_families_occupying_a_ranch_on_an_anniversary_protest() -> None:
    ms = _read(
        "About 900 families linked to the MST occupied a cattle ranch on the outskirts of "
        "Maraba on Friday, the 30th anniversary of the Eldorado do Carajas massacre.",
        "2026-04-18",
    )
    assert [m.sub_event_type for m in ms if not m.historical] == ["Peaceful protest"]


def test_a_road_blocked_where_workers_were_killed_years_ago_is_two_incidents() -> None:
    ms = _read(
        "On Friday, some 3,000 people blocked the BR-155 for several hours at the Curva do "
        "S, in Eldorado do Carajas, where 19 landless workers were killed by Military Police "
        "officers on 17 April 1996 while blocking the road.",
        "2026-04-18",
    )
    kinds = {(m.sub_event_type, m.historical) for m in ms}
    assert ("Peaceful protest", False) in kinds and ("Attack", True) in kinds
    (now,) = [m for m in ms if not m.historical]
    assert now.location is not None and now.location.name.startswith("Eldorado do")


def test_no_one_arrested_is_no_arrest() -> None:
    ms = _read(
        "On Wednesday, a settlement leader was shot dead by two men on a motorcycle near "
        "Anapu. No one had been arrested by Saturday.",
        "2026-04-18",
    )
    assert not [m for m in ms if m.sub_event_type == "Arrests"]


def test_women_taken_by_miners_from_their_community_were_abducted() -> None:
    (m,) = _read(
        "Two Yanomami women were taken by miners from a community on the Marauia River, "
        "north of Santa Isabel do Rio Negro, on 4 February.",
        "2026-02-09",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"


def test_agents_who_destroy_mining_rafts_destroy_property() -> None:
    (m,) = _read(
        "On 5 February, federal agents destroyed 14 mining rafts and nine engines near "
        "Alto Alegre.",
        "2026-02-09",
    )
    assert m.sub_event_type == "Looting/property destruction"


def test_a_local_papers_title_case_dateline_dates_the_report_not_the_gunfight() -> None:
    from wiretally.meta import dateline_span

    text = "Rangamati, 10 December - Fear has gripped the district after a gunfight."
    assert dateline_span(text) is not None
    assert dateline_span("Police said on 10 December - as before - that it was calm.") is None


def test_the_following_day_counted_from_another_incident_is_not_the_reports() -> None:
    ms = _read(
        "Rangamati, 10 December - Fear has gripped the hill district after a night-long "
        "gunfight between two regional parties in Panchhari upazila and an arson attack on "
        "a neighbourhood in Guimara the following day.",
        "2025-12-10",
    )
    (m,) = [m for m in ms if m.trigger == "gunfight"]
    assert m.date_start is not None and m.date_start <= "2025-12-10"
    assert m.modality == "asserted"


def test_settlers_in_the_hill_tracts_are_not_israels() -> None:
    ms = _read(
        "RANGAMATI, Bangladesh, Dec 10, 2025 (Wire) - Bangladeshi police said on Wednesday "
        "that a group of settlers carrying sticks and machetes attacked a Pahari "
        "neighbourhood in Rangamati on Tuesday, injuring six people.",
        "2025-12-10",
    )
    assert ms and all(m.actor1 != "Israeli settlers" for m in ms)


def test_the_day_an_anniversary_names_is_not_the_marchs_day() -> None:
    ms = _read(
        "DAILY BRIEF\nThursday, 10 September 2026\n\n"
        "- Santiago: On Wednesday evening, several hundred students marched along the "
        "Alameda ahead of the 11 September anniversary. Near the university, hooded youths "
        "threw Molotov cocktails and stones at police, who responded with water cannon.\n",
        "2026-09-10",
    )
    assert ms and all(m.date_start == "2026-09-09" for m in ms)


def test_an_arrest_by_a_narcotics_department_is_an_arrest() -> None:
    (m,) = _read(
        "On Saturday, the Anti-Narcotics Department arrested seven suspects in a raid on a "
        "farm near Mafraq, which investigators believe was used to store drugs smuggled "
        "from the border.",
        "2026-02-09",
    )
    assert m.sub_event_type == "Arrests"


def test_a_shelling_condemned_as_one_more_crime_since_2015_is_an_incident() -> None:
    (m,) = _read(
        "The local authority condemned the militia's targeting on Saturday of villages of "
        "Hayfan district with artillery shells, which wounded a woman and her daughter, "
        "describing it as a new crime against the people of Taiz since 2015.",
        "2026-10-06",
    )
    assert m.sub_event_type == "Shelling/artillery/missile attack"
    assert m.date_start == "2026-10-03"


def test_a_farmhouse_burned_less_than_two_days_before_is_read() -> None:
    ms = _read(
        "Hooded men set fire to three trucks at a forestry estate near Ercilla on Wednesday. "
        "The attack came less than two days after a farmhouse was burned near Collipulli on "
        "Monday night.",
        "2025-11-20",
    )
    assert any(m.date_start == "2025-11-17" for m in ms)


def test_a_blockade_announced_if_culprits_go_free_has_not_happened() -> None:
    ms = _read(
        "Speakers announced a half-day road blockade across the district on Saturday if the "
        "culprits are not arrested by then.",
        "2025-12-10",
    )
    assert all(m.modality != "asserted" for m in ms)


def test_cadres_of_the_outfit_are_the_group_the_report_is_about() -> None:
    ms = _read(
        "GUWAHATI, Sept 16 - Suspected militants of the banned United Liberation Front of "
        "Asom-Independent (ULFA-I) hurled a grenade at an army camp in Tinsukia district late "
        "on Monday, wounding two soldiers, police said.\n\n"
        "Police said the camp was cordoned off overnight.\n\n"
        "Officials said the area was calm on Tuesday.\n\n"
        "Schools were closed in the town.\n\n"
        "On 3 January this year, cadres of the outfit triggered a low-intensity IED outside "
        "a police camp at Sadiya, causing no injuries.",
        "2025-09-16",
    )
    (ied,) = [m for m in ms if m.date_start and m.date_start.startswith("2025-01")]
    assert ied.actor1 == "United Liberation Front of Asom - Independent"


def test_the_hill_tracts_factions_are_not_ugandas_army() -> None:
    ms = _read(
        "Three people were killed on Monday night in a gunfight at Kalanal Para in "
        "Panchhari between armed members of the United People's Democratic Front and the "
        "breakaway UPDF (Democratic), police said.",
        "2025-12-10",
    )
    names = {m.actor1 for m in ms} | {m.actor2 for m in ms}
    assert "Ugandan military" not in names
    assert "United People's Democratic Front" in names


def test_armed_men_believed_to_be_a_named_group_are_that_group() -> None:
    (m,) = _read(
        "Troops of the Nigerian Army's 6 Brigade on Tuesday engaged a group of armed men "
        "believed to be Ambazonian fighters near Takum, close to the Cameroonian border.",
        "2026-08-12",
    )
    assert m.actor2 == "Ambazonian separatists"


def test_a_parenthesised_faction_name_is_the_tables_name() -> None:
    from wiretally.extract.actors import actor_table

    entry = actor_table().get("NSCN-IM")
    assert (
        entry is not None and entry.name == "National Socialist Council of Nagaland (Isak-Muivah)"
    )


def test_soldiers_in_a_sentence_placed_in_myanmar_are_myanmars() -> None:
    ms = _read(
        "RAKHINE MONITOR\nPublished: 26 August 2026\n\n"
        "Border Guard Bangladesh said it had pushed back 40 people at the Teknaf border.\n\n"
        "- Tuesday 25 Aug: Soldiers and police raided houses in Sittwe's Myo Ma ward and "
        "arrested 12 Rakhine residents.\n\n"
        "- Tuesday 25 Aug: Fighting was reported near Mrauk-U and Kyauktaw.\n\n"
        "- Monday 24 Aug: Shelling hit a village near Minbya.\n",
        "2026-08-26",
    )
    (held,) = [m for m in ms if m.sub_event_type == "Arrests"]
    assert held.actor1 is not None and "Bangladesh" not in held.actor1


def test_west_bank_soldiers_stay_israels() -> None:
    ms = _read(
        "RAMALLAH, Oct 23 (WAFA) - Israeli occupation forces stormed the village of Sinjil, "
        "north of Ramallah, at dawn on Thursday and arrested four young men, local sources "
        "said.\n\nSoldiers also raided homes in Nablus on Thursday and arrested two men.",
        "2025-10-23",
    )
    assert all(m.actor1 is None or "Palestin" not in m.actor1 for m in ms)
