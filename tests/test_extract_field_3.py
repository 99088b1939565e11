"""Whole-article readings found with the tenth field batch's styles (Karamoja and Turkana,
Thailand's deep south, Venezuela, the Visayas; sentences written for these tests)."""

from __future__ import annotations

import pytest

from reading import read_mentions
from wiretally.merge.reconcile import _of_country
from wiretally.records import Mention


def _read(text: str, published: str = "2026-05-20") -> list[Mention]:
    return read_mentions(text, published)


def test_a_bracketed_item_takes_its_day_and_district_from_the_lines_above_its_report() -> None:
    ms = _read(
        "BORDER PROVINCES MONITOR - DAILY NOTE\n\nINCIDENTS\n\n"
        "[1] YALA - Raman district - SHOOTING\n"
        "Tue 19 May, approx. 21:40. Unidentified gunmen fired on a ranger checkpoint outside "
        "the district market.\n\n"
        "[2] NARATHIWAT - Rueso district - GRENADE\n"
        "Overnight 18/19 May. An unknown person threw a hand grenade at a ranger base.\n"
    )
    first, second = ms
    assert first.date_start == "2026-05-19"
    assert first.location is not None and first.location.name == "Raman"
    assert first.actor2 == "Military Forces of Thailand"
    assert second.sub_event_type == "Grenade"
    assert second.location is not None and second.location.name == "Rueso"
    assert second.actor1 == "Unidentified armed group"
    assert (second.date_start, second.date_end) == ("2026-05-18", "2026-05-19")


def test_a_lettered_item_heading_names_its_district() -> None:
    (m,) = _read(
        "Weekly brief\n\n2. Incidents\n"
        "c) Napak - 16 May: Armed men stopped a lorry carrying maize and shot the driver dead.\n"
    )
    assert m.date_start == "2026-05-16"
    assert m.location is not None and m.location.name == "Napak"


def test_a_district_of_a_neighbouring_province_is_the_district() -> None:
    (m,) = _read(
        "Gunmen on a motorcycle shot dead a durian grower on Monday in Raman district of "
        "neighbouring Yala province, police said."
    )
    assert m.location is not None and m.location.name == "Raman"
    assert m.country == "TH"


def test_the_device_told_next_places_a_lead_told_by_its_province() -> None:
    ms = _read(
        "Three rangers were wounded on Tuesday when a roadside bomb hit their truck in the "
        "southern province of Pattani, police said.\n\n"
        "The device, hidden in a fire extinguisher, went off as the patrol passed a rubber "
        "plantation in Nong Chik district.\n"
    )
    assert ms[0].location is not None and ms[0].location.name == "Nong Chik"


def test_raiders_from_a_neighbouring_district_are_not_where_they_struck() -> None:
    ms = _read(
        "KOTIDO, Uganda, May 20, 2026 - Soldiers recovered 90 head of cattle on Tuesday.\n\n"
        "Armed Jie warriors from neighbouring Kaabong district raided a kraal on Sunday "
        "afternoon, shooting dead two herders, officials said.\n"
    )
    raid = next(m for m in ms if "warriors" in m.text)
    assert raid.location is None or raid.location.name != "Kaabong District"
    assert raid.actor1 is not None and raid.actor1.startswith("Jie Ethnic Militia")


def test_raiders_from_across_the_border_are_their_own_countrys_militia() -> None:
    (m,) = _read(
        "KAABONG, Uganda - A band of Turkana raiders from Kenya attacked two kraals in Kaabong "
        "district on Sunday and exchanged fire with soldiers, killing one of them."
    )
    assert m.actor1 == "Turkana Ethnic Militia (Kenya)"


def test_the_merge_names_unnamed_people_and_communal_militias_by_the_incidents_country() -> None:
    assert _of_country("Civilians", "UG") == "Civilians (Uganda)"
    assert _of_country("Dodoth Ethnic Militia", "UG") == "Dodoth Ethnic Militia (Uganda)"
    assert _of_country("Police", "KE") == "Police Forces of Kenya"
    assert _of_country("Protesters", "KE") == "Protesters"  # its own rule decides
    assert _of_country("Dozo Communal Militia (Mali)", "ML") == "Dozo Communal Militia (Mali)"


def test_buddhist_era_years_are_read_as_ours() -> None:
    from wiretally.meta import full_dates
    from wiretally.times import tag_times

    (t,) = tag_times("On 3 August 2569, at about 07.40 hrs, a bomb went off.", dct="2026-08-04")
    assert t.value == "2026-08-03"
    assert [x.text for x in tag_times("Villagers paid 2550 baht.", dct="2026-08-04")] == []
    assert [d.isoformat() for d in full_dates("Date: 4 August 2569")] == ["2026-08-04"]


def test_a_raid_the_suspects_fired_on_is_a_clash() -> None:
    ms = _read(
        "1. On 18 May 2026, at about 04.00 hrs, soldiers surrounded a house in Bacho district, "
        "Narathiwat province, to arrest a suspect named in a warrant. The men inside opened "
        "fire on the officers, who returned fire.\n",
    )
    (m,) = ms
    assert m.sub_event_type == "Armed clash"
    assert m.actor2 == "Unidentified armed group"


def test_posts_said_to_be_false_deny_the_killing_they_allege() -> None:
    (m,) = _read(
        "The army wishes to clarify that posts shared online alleging that soldiers shot a "
        "rubber tapper in Rueso district on Monday are false."
    )
    assert m.modality == "denied"


def test_a_group_named_later_in_the_same_sentence_is_the_rebels() -> None:
    (m,) = _read(
        "CATARMAN, Philippines - Two communist guerrillas were killed in a firefight with "
        "troops in the hills of Las Navas on Monday, the latest clash on an island where the "
        "New People's Army (NPA) has fought for decades."
    )
    assert m.actor2 == "New People's Army" or m.actor1 == "New People's Army"


def test_a_soldier_killed_with_rebels_puts_the_army_on_one_side() -> None:
    (m,) = _read(
        "A soldier and three suspected communist rebels were killed in a clash in Juban, "
        "Sorsogon, on Monday, the army said."
    )
    assert m.actor1 == "Military Forces of the Philippines"


def test_rebels_burning_machines_destroy_property_they_do_not_riot() -> None:
    ms = _read(
        "The New People's Army said its fighters torched a bulldozer and two trucks at a "
        "quarry in Aroroy on Sunday night."
    )
    assert [m.sub_event_type for m in ms] == ["Looting/property destruction"]


def test_kananga_in_leyte_is_a_curated_town_beside_the_congolese_city() -> None:
    from wiretally.geo import get_gazetteer

    gaz = get_gazetteer()
    ids, _ = gaz.lookup("Kananga")
    (leyte,) = [i for i in ids if gaz.entry(i).country == "PH"]
    assert leyte in gaz.curated  # so that a report from Leyte does not land in the Kasai


def test_rebels_who_surrender_change_their_group_and_are_reported() -> None:
    (m,) = _read(
        "Nine members of the New People's Army surrendered to the army's 62nd Infantry "
        "Battalion in Guihulngan City on Monday, bringing with them five rifles."
    )
    assert m.sub_event_type == "Change to group/activity"
    assert m.actor1 == "New People's Army"


def test_a_team_that_came_under_fire_fought() -> None:
    (m,) = _read(
        "On Sunday evening a joint team of police commandos on patrol came under fire from "
        "armed miscreants on the hills above Moirang."
    )
    assert m.sub_event_type == "Armed clash"


def test_a_second_device_that_exploded_is_an_explosive() -> None:
    ms = _read(
        "A bomb hidden in a motorcycle exploded outside a market in Sungai Kolok on Saturday "
        "evening, wounding four people. About half an hour later a second device exploded "
        "beside a police booth near the railway station, police said on Sunday.",
        published="2026-03-15",
    )
    assert [m.sub_event_type for m in ms].count("Remote explosive/landmine/IED") == 2


def test_a_translators_note_names_a_language_not_a_town() -> None:
    ms = _read(
        "[Translated from Cebuano.]\n\nTANJAY CITY, Negros Oriental - Soldiers arrested two "
        "men at a checkpoint on Monday, police said."
    )
    (m,) = ms
    assert m.location is not None and m.location.name == "Tanjay"


def test_a_clash_whose_reports_name_the_police_on_both_sides_has_an_unnamed_other() -> None:
    from wiretally.merge.reconcile import _other_side

    def clash(i: int, a1: str | None, a2: str | None) -> Mention:
        return Mention(id=f"m{i}", article_id="a", sentence=i, start=0, end=1, text="x",
                       event_type="Battles", sub_event_type="Armed clash", actor1=a1,
                       actor2=a2)  # fmt: skip

    ms = [clash(0, "Police", None), clash(1, None, "Police")]
    assert _other_side(ms, "Police", "Police") == ("Police", "Unidentified armed group")


def test_a_bombed_village_and_a_struck_fuel_truck_hit_civilians() -> None:
    for text in (
        "A roadside bomb struck a fuel truck on the road south of Fada N'gourma on Thursday.",
        "Rebels fired an anti-ship missile at a Liberian-flagged bulk carrier on Wednesday.",
        "Artillery shells landed in residential neighbourhoods of El Obeid on Tuesday.",
    ):
        (a,) = _read(text)
        assert a.actor2 is not None and a.actor2.startswith("Civilians"), text
    (b,) = _read(
        "Ukraine's navy said its drones hit the airfield near the village of Novofedorivka in "
        "Crimea on Thursday and damaged two aircraft."
    )
    assert b.actor2 is None or not b.actor2.startswith("Civilians")


def test_activists_arrested_for_a_protest_are_protesters() -> None:
    (m,) = _read(
        "On Wednesday, police in Nis arrested six student activists on charges of inciting "
        "unrest ahead of a planned rally."
    )
    assert m.sub_event_type == "Arrests"
    assert m.actor2 == "Protesters (Serbia)"


def test_the_perpetrators_named_a_sentence_or_two_later_are_the_agent() -> None:
    (m,) = _read(
        "Police are hunting the gunmen who shot dead a village councillor in Tanjay on "
        "Friday. The victim was riding home when he was ambushed by two men. Police said the "
        "suspects were members of an NPA hit squad."
    )
    assert m.actor1 == "New People's Army"


def test_a_road_named_for_a_town_is_not_where() -> None:
    (m,) = _read(
        "A minibus struck a roadside bomb about 10 km south-east of Baidoa town, on the Bur "
        "Hakaba road, on Tuesday morning, killing three passengers."
    )
    assert m.location is not None and m.location.name == "Baidoa"


def test_a_district_qualified_by_its_province_is_the_district() -> None:
    (m,) = _read(
        "On Sunday, soldiers conducting a search operation in Tak Bai district, Narathiwat, "
        "detained two young men under martial law provisions."
    )
    assert m.location is not None and m.location.name == "Tak Bai"


def test_a_province_named_by_its_capitals_spelling_is_the_province() -> None:
    (m,) = _read(
        "On Tuesday, near the town of Amadiya in Duhok province, an armed drone struck a "
        "vehicle carrying PKK members, killing two."
    )
    assert m.location is not None and m.location.name == "Al ‘Amādīyah"


def test_a_villager_killed_as_a_police_informer_is_a_civilian_and_no_dispute() -> None:
    (m,) = _read(
        "The rebels killed a villager in Sukma district late Monday after accusing him of "
        "being a police informer, police said."
    )
    assert m.sub_event_type == "Attack"
    assert m.actor2 == "Civilians (India)"
    assert m.modality == "asserted"


def test_a_scene_set_with_its_day_and_town_dates_and_places_the_fight_told_next() -> None:
    ms = _read(
        "On 3 May, a joint force of soldiers and police surrounded a house in Rueso district "
        "where armed suspects were said to be hiding. According to the army, an exchange of "
        "fire lasting two hours ended with one suspect killed."
    )
    (m,) = ms
    assert m.sub_event_type == "Armed clash"
    assert m.date_start == "2026-05-03"
    assert m.location is not None and m.location.name == "Rueso"


def test_a_cued_arrest_is_not_turned_into_a_development_the_extraction_drops() -> None:
    from wiretally.extract.typing import classify

    t = classify(
        "Early on Sunday, officers stopped a pickup truck at a checkpoint in neighbouring Tak "
        "Bai district and detained two men for questioning over the blasts, he added."
    )
    assert t is not None and t.sub_event_type == "Arrests"


def test_hundreds_of_strikes_since_a_year_are_a_tally() -> None:
    ms = _read(
        "Israel has carried out hundreds of strikes on Syrian military sites since the fall of "
        "Bashar al-Assad in December 2024 and has deployed troops inside the buffer zone."
    )
    assert [m for m in ms if not m.historical] == []


def test_a_tally_of_the_incident_told_above_is_no_new_incident() -> None:
    ms = _read(
        "Two men on a motorcycle hurled a grenade at a police post in Srinagar on Tuesday, "
        "wounding two officers. Police said it was the third grenade attack in the city this "
        "year."
    )
    assert len([m for m in ms if not m.historical]) == 1


def test_shibganj_in_a_sylhet_report_is_the_sylhet_neighbourhood() -> None:
    ms = _read(
        "SYLHET - Activists of two parties clashed in the city on Tuesday. In a separate "
        "incident on Wednesday evening, unidentified men on a motorcycle hurled two crude "
        "bombs at a party office in the Shibganj area, injuring a guard, police said."
    )
    m = next(m for m in ms if "crude" in m.text)
    assert m.location is not None and abs(m.location.lat - 24.89) < 0.1


def test_the_toll_of_the_operation_told_paragraphs_later() -> None:
    ms = _read(
        "The army on Saturday regained full control of the town of Meluco, which had been "
        "occupied by terrorists since Tuesday, the ministry announced.\n\n"
        "Residents who fled to Pemba said they would wait before returning.\n\n"
        "The ministry said 12 terrorists were neutralised during the operation and that three "
        "soldiers suffered light injuries."
    )
    (m,) = [m for m in ms if m.sub_event_type == "Government regains territory"]
    assert m.fatalities is not None and m.fatalities.value == 12


@pytest.mark.parametrize(
    "after",
    [
        "The gathering dispersed after a memorandum was handed to consulate staff.",
        "The protesters handed a petition to county officials before dispersing.",
    ],
)
def test_a_crowd_that_dispersed_of_itself_met_no_intervention(after: str) -> None:
    ms = _read(
        "In Kota Bharu, about 120 people held a peaceful rally outside the consulate on "
        f"Thursday, calling for the imam's release. {after}"
    )
    assert [m.sub_event_type for m in ms] == ["Peaceful protest"]


def test_reports_rejected_as_false_or_lies_are_denied() -> None:
    from wiretally.extract.modality import sentence_modality

    for text in (
        'The army spokesman rejected as "false" reports that soldiers had looted shops in '
        "Komanda last week.",
        'The ministry described as "complete lies" the militia\'s claims that it had shot '
        "down an aircraft over Omdurman.",
    ):
        at = text.find("looted") if "looted" in text else text.find("shot down")
        assert sentence_modality(text, at) == "denied", text


def test_unarmed_people_who_clash_riot() -> None:
    (a,) = _read(
        "Young men clashed with security forces for several hours on Monday night in the town "
        "of Sbeitla after a man died in police custody."
    )
    assert a.sub_event_type == "Violent demonstration"
    assert a.actor1 is not None and a.actor1.startswith("Rioters")
    (b,) = _read(
        "Overnight, residents of two neighbouring villages on Dullah island in Tual fought with "
        "machetes and arrows after a dispute over a land boundary."
    )
    assert b.sub_event_type == "Mob violence"


def test_party_activists_who_brawl_are_rioters_before_the_country_is_known() -> None:
    ms = _read(
        "One person was killed on Thursday when activists of the Bangladesh Nationalist Party "
        "(BNP) and Jamaat-e-Islami clashed in Senbagh over the removal of election posters."
    )
    (m,) = ms
    assert m.actor1 is not None and m.actor1.startswith("Rioters")


def test_rockets_from_the_other_side_and_dissidents_of_the_former_farc() -> None:
    (a,) = _read(
        "Rockets fired from the Cambodian side landed near a market on the outskirts of "
        "Aranyaprathet in Thailand's Sa Kaeo province on Wednesday, killing a woman."
    )
    assert a.actor1 == "Military Forces of Cambodia"
    (b,) = _read(
        "A police officer was killed on Tuesday when dissidents of the former FARC attacked "
        "the police station in Suarez, in northern Cauca, with explosive-laden drones."
    )
    assert b.actor1 == "FARC dissidents"


def test_the_group_whose_fighters_were_killed_is_the_target() -> None:
    (m,) = _read(
        "MANBIJ - Two fighters of the Syrian Democratic Forces (SDF) were killed on Wednesday "
        "when a Turkish drone struck their vehicle near Tishreen Dam, the SDF said."
    )
    assert m.actor2 == "Syrian Democratic Forces"
