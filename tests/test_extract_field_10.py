"""Whole-article readings found with the eighteenth field batch's styles (Iran's Kurdish
provinces with strikes on exiled parties' camps in Iraqi Kurdistan, Honduras and Guatemala,
Somaliland and Puntland, southern Yemen, western DR Congo; sentences written for these
tests)."""

from __future__ import annotations

import pytest

from reading import read_mentions
from wiretally.merge.compat import _actor_clash, norm_name
from wiretally.records import Mention


def _read(text: str, published: str = "2025-09-23") -> list[Mention]:
    return read_mentions(text, published)


def _one(text: str, published: str = "2025-09-23") -> Mention:
    got = [m for m in _read(text, published) if not m.historical]
    assert len(got) == 1, [(m.sub_event_type, m.text) for m in got]
    return got[0]


def test_a_party_that_says_its_camp_was_hit_is_not_who_struck_it() -> None:
    m = _one(
        "The Zagros Democratic Front (ZDF) says one of its members was killed when drones "
        "hit its headquarters near Koya overnight.",
        "2026-06-24",
    )
    assert m.sub_event_type == "Air/drone strike"
    assert m.actor1 is None


def test_the_exiled_kurdish_parties_of_iran_are_actors_not_irans_government() -> None:
    m = _one(
        "Drones launched by Iran's Islamic Revolutionary Guard Corps struck a camp of the "
        "exiled Democratic Party of Iranian Kurdistan (PDKI) on the outskirts of Koya on "
        "Tuesday.",
        "2025-11-05",
    )
    assert (m.actor1, m.actor2) == (
        "Islamic Revolutionary Guard Corps",
        "Kurdistan Democratic Party of Iran",
    )
    m = _one("An IRGC drone struck near a camp of the Komala party at Zrgwez on Friday.")
    assert m.actor2 == "Komala"


def test_border_guards_firing_on_porters_are_the_states_and_the_porters_civilians() -> None:
    m = _one(
        "A 19-year-old kolbar was killed and another injured when border guards fired on a "
        "group of porters in the border area near Nowsud on Friday."
    )
    assert m.sub_event_type == "Attack"
    assert m.actor1 == "Iranian military"
    assert m.actor2 == "Civilians (Iran)"


def test_a_weekday_under_a_dated_item_heading_is_the_headings_day() -> None:
    text = (
        "# Fortnightly digest\n\n**Published:** 23 September 2025\n\n## Incidents\n\n"
        "### 1. Baneh (Kurdistan province) - 10 September\n"
        "Border guards opened fire without warning on a group of kolbars on the border "
        "heights west of Baneh on Wednesday evening. One kolbar was killed at the scene.\n"
    )
    got = [m for m in _read(text) if m.sub_event_type == "Attack"]
    assert [m.date_start for m in got] == ["2025-09-10"]


def test_a_weekday_with_its_date_beside_it_takes_that_date() -> None:
    m = _one(
        "The young man, 19, was killed on Friday, 21 Shahrivar (12 September), when border "
        "guards opened fire on a group of kolbars above Nowsud.",
        "2025-09-27",
    )
    assert m.date_start == "2025-09-12"


def test_the_day_a_toll_rose_is_not_the_strikes_day() -> None:
    m = _one(
        "KOYA, Iraq, Nov 5 (Zagros Wire) - The number of people killed in an Iranian drone "
        "strike on a camp near Koya rose to three on Wednesday after a wounded man died in "
        "hospital, officials said.",
        "2025-11-05",
    )
    assert m.date_start != "2025-11-05"


def test_one_states_forces_named_two_ways_do_not_split_an_incident() -> None:
    irgc = norm_name("Islamic Revolutionary Guard Corps")
    iran = norm_name("Iranian military")
    assert irgc is not None and iran is not None
    assert not _actor_clash(iran, {irgc}, set())
    assert _actor_clash(norm_name("Iraqi military"), {irgc}, set())


def test_a_camps_party_and_the_civilians_killed_there_may_be_one_strikes_target() -> None:
    party = norm_name("Kurdistan Democratic Party of Iran")
    civilians = norm_name("Civilians (Iraq)")
    assert party is not None and civilians is not None
    assert not _actor_clash(civilians, {party}, set(), remote_target=True)
    assert _actor_clash(civilians, {party}, set())


def test_a_speaker_that_says_on_a_day_that_its_fighters_acted_is_the_actor() -> None:
    m = _one(
        "The Mountain Resistance Front (MRF) said in a statement on Tuesday (7 April) that "
        "its fighters had ambushed a Taliban convoy in the Andarab district on Sunday.",
        "2026-04-08",
    )
    assert m.actor1 is not None and "Mountain Resistance" in m.actor1


def test_an_items_heading_country_overrules_a_homonym_abroad() -> None:
    text = (
        "# Monthly monitor\n\n**Published:** 25 November 2025\n\n## Incidents\n\n"
        "### 1. Villa Nueva, Guatemala department (Guatemala) - 12 November\n\n"
        "A bus driver was shot dead at a route terminal in the El Mezquital area on the "
        "morning of 12 November by two men on a motorcycle.\n\n"
        "### 2. Tocoa, Colón (Honduras) - 16 November\n\n"
        "Armed men opened fire on farmworkers on the outskirts of Tocoa, killing three.\n\n"
        "### 3. La Libertad, Petén (Guatemala) - 20 November\n\n"
        "An army patrol clashed with armed men guarding a clandestine airstrip near El "
        "Naranjo, close to the border with Mexico.\n"
    )
    got = {m.date_start: m for m in _read(text, "2025-11-25")}
    assert got["2025-11-12"].country == "GT"
    assert got["2025-11-20"].country == "GT"
    assert got["2025-11-20"].actor1 == "Military Forces of Guatemala"


def test_a_town_and_its_province_are_no_list_of_two_provinces() -> None:
    from wiretally.geo.parse import geoparse

    places = geoparse(
        "A firefight broke out near the airstrip in the municipality of La Libertad, Petén, "
        "a few kilometres from the border with Mexico.",
        article_id="t",
    )
    libertad = next(p for p in places if p.text == "La Libertad")
    assert (libertad.country, libertad.admin1, libertad.feature) == ("GT", "Peten", "city")


def test_a_shopkeepers_strike_is_a_peaceful_protest_and_detained_activists_no_arrest() -> None:
    m = _one(
        "In Saqqez, the bazaar was largely closed on Thursday as shopkeepers held a strike in "
        "solidarity with the families of detained activists.",
        "2025-11-12",
    )
    assert m.sub_event_type == "Peaceful protest"
    m = _one(
        "Shopkeepers' strikes were also observed in Sanandaj on Tuesday, the monitor said.",
        "2025-09-23",
    )
    assert m.sub_event_type == "Peaceful protest"


def test_tear_gas_and_arrests_after_a_march_are_a_protest_broken_up() -> None:
    m = _one(
        "Security forces fired tear gas and detained at least 14 people in Sanandaj on Friday "
        "after hundreds of mourners marched from a cemetery into the city centre.",
        "2025-11-12",
    )
    assert m.sub_event_type == "Protest with intervention"
    assert m.actor1 == "Protesters (Iran)"


def test_a_silent_stand_holding_photographs_is_a_protest() -> None:
    m = _one(
        "About 60 people, most of them women, stood silently outside the Mahabad justice "
        "department on Monday morning holding photographs of the detainees.",
        "2025-11-12",
    )
    assert m.sub_event_type == "Peaceful protest"


def test_a_vessel_hijacked_with_its_crew_is_an_abduction() -> None:
    m = _one(
        "Armed men in two skiffs hijacked a Yemeni-flagged fishing dhow with 11 crew off the "
        "coast near Qandala on Monday.",
        "2026-02-10",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"


def test_a_crowds_size_is_no_tally_of_protests() -> None:
    m = _one(
        "By Thursday afternoon, hundreds of residents gathered in Freedom Square in central "
        "Taiz to condemn the killings.",
        "2026-02-27",
    )
    assert m.sub_event_type == "Peaceful protest"


def test_remnants_of_a_militia_and_a_peoples_self_defence_militiamen_are_named() -> None:
    m = _one(
        "On 13 March, a group of armed men, believed to be remnants of the Kamuina Nsapu "
        "militia, attacked a police post near Kananga.",
        "2026-03-16",
    )
    assert m.actor1 == "Kamuina Nsapu Militia"
    m = _one(
        "On Saturday, Teke self-defence militiamen and fighters of the Mobondo militia "
        "clashed for several hours in fields a few kilometres from Mushie.",
        "2026-08-18",
    )
    assert {m.actor1, m.actor2} == {
        "Mobondo Militia",
        "Teke Ethnic Militia (Democratic Republic of Congo)",
    }


def test_a_curated_town_read_from_a_loose_spelling_gives_way_in_another_country() -> None:
    from wiretally.geo.parse import geoparse

    text = (
        "BOSASO, Somalia (Wire) - A suicide bomber struck a checkpoint in Bosaso, in "
        "Somalia's Puntland region, on Thursday. On Tuesday, Puntland forces fought Islamic "
        "State militants in the Miraale valley of the Cal Miskaad range, south-east of "
        "Bosaso. Qandala and Bosaso have seen several attacks this year."
    )
    countries = {p.text: p.country for p in geoparse(text, article_id="t")}
    assert countries.get("Miraale") in (None, "SO")


def test_southern_yemens_forces_are_named_and_a_unit_is_kin_to_its_council() -> None:
    m = _one(
        "Four soldiers of the Security Belt forces were killed on Thursday when an improvised "
        "explosive device struck their vehicle in Mudiyah district, Abyan.",
        "2025-11-15",
    )
    assert m.actor2 == "Security Belt Forces"
    belt, stc = norm_name("Security Belt Forces"), norm_name("Southern Transitional Council")
    assert belt is not None and stc is not None
    assert not _actor_clash(belt, {stc}, set())
    aqap = norm_name("Al-Qaeda in the Arabian Peninsula")
    assert aqap is not None and _actor_clash(aqap, {stc}, set())


def test_acled_s_name_for_the_houthi_forces_scores_as_the_houthis() -> None:
    from wiretally.evaluate.events import actor_ok

    assert actor_ok("Houthis", "Military Forces of Yemen (2017-) Supreme Political Council")
    assert actor_ok("Al-Qaeda in the Arabian Peninsula", "Al-Qaeda")


def test_two_clans_militias_fight_and_their_elders_agree() -> None:
    m = _one(
        "At least eight people were killed on Saturday when militias from the Habar Jeclo and "
        "Habar Yonis sub-clans fought on the northern outskirts of Erigavo.",
        "2026-02-17",
    )
    assert (m.actor1, m.actor2) == (
        "Habar Jeclo Ethnic Militia (Somalia)",
        "Habar Yonis Ethnic Militia (Somalia)",
    )
    m = _one(
        "On Monday morning, elders of the Habar Jeclo and Habar Yonis signed a ceasefire "
        "agreement at the governor's office in Erigavo.",
        "2026-02-17",
    )
    assert m.sub_event_type == "Agreement"
    assert m.actor2 == "Habar Yonis Ethnic Militia (Somalia)"


@pytest.mark.parametrize(
    "text",
    [
        "In the sentencing court of La Ceiba, the trial began on Monday of three men accused "
        "of the attack in November last year in which three cooperative members were killed.",
        "On 9 September, the Revolutionary Court of Sanandaj upheld the death sentence of a "
        "Kurdish protester detained in 2022.",
        "Iraq's foreign ministry summoned Iran's charge d'affaires in Baghdad on Monday to "
        "protest the Koya strike, a ministry statement said.",
    ],
)
def test_a_courts_day_or_a_states_complaint_is_no_new_incident(text: str) -> None:
    assert [m for m in _read(text, "2026-05-14") if not m.historical] == []


def test_arrests_after_shots_fired_to_disperse_a_crowd_are_the_protest_broken_up() -> None:
    m = _one(
        "Police fired shots into the air to disperse the crowd and arrested seven people in "
        "Aden on Monday, according to a police statement.",
        "2025-07-15",
    )
    assert m.sub_event_type == "Protest with intervention"


def test_those_who_man_a_stormed_checkpoint_are_its_target() -> None:
    m = _one(
        "Militants from al Qaeda in the Arabian Peninsula (AQAP) stormed a checkpoint manned "
        "by Security Belt Forces at the entrance of Mudiyah town on Monday.",
        "2026-03-10",
    )
    assert (m.actor1, m.actor2) == ("Al-Qaeda in the Arabian Peninsula", "Security Belt Forces")
