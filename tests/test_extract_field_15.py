"""Whole-article readings found with the twenty-third field batch's styles (Burkina Faso's
East, North Darfur, DR Congo's Tanganyika, the Philippines' Negros and Panay, Myanmar's
Sagaing, Ukraine's south, Mexico's Zacatecas; sentences and mastheads written for these
tests)."""

from __future__ import annotations

from reading import read_mentions as _read_all
from reading import read_news as _read
from reading import read_one as _one
from wiretally.meta import leading_date


def test_a_masthead_dates_itself_in_filipino_or_indonesian_month_first() -> None:
    head = (
        "=====================\n      TINIG NG BAYBAY\n=====================\n"
        "Biyernes, Oktubre 9, 2026  |  Tomo II, Numero 4  |  P15.00\n"
        "---------------------\n\nBody text follows here.\n"
    )
    assert leading_date(head)[0] == "2026-10-09"
    assert leading_date("Kamis, 14 Mei 2026 | Edisi 77\n\nBody.\n")[0] == "2026-05-14"


def test_a_french_masthead_date_keeps_its_price_set_apart_by_spaces() -> None:
    head = (
        "           LE PHARE DU KIVU\n"
        "Goma, jeudi 5 février 2026                           Prix: 500 FC\n\nBody.\n"
    )
    assert leading_date(head)[0] == "2026-02-05"
    # a sentence that only names a day in passing is no masthead
    assert leading_date("The talks of 5 février 2026 ended with no deal at all.\n")[0] is None


def test_an_accented_demonym_names_its_army() -> None:
    m = _one(
        "Burkinabè troops have retaken control of Diapaga, a rural commune east of the "
        "regional capital, the army announced on Thursday.",
        "2026-05-15",
    )
    assert m.actor1 == "Burkinabe military"


def test_the_air_force_after_said_on_a_weekday_that_is_the_hosts() -> None:
    m = _one(
        "OUAGADOUGOU, Burkina Faso - State radio said on Monday that air force drones had "
        "struck fighters' positions near Bogandé overnight, killing dozens.",
        "2026-05-12",
    )
    assert m.sub_event_type == "Air/drone strike"
    assert m.actor1 == "Burkinabe military"


def test_troops_beside_a_named_groups_fighters_are_the_hosts_army() -> None:
    m = _one(
        "MANDALAY, Myanmar - On Friday, TNLA fighters and troops clashed for hours near a "
        "village in Shwegu township, and two resistance fighters were killed.",
        "2026-05-16",
    )
    assert m.event_type == "Battles"
    assert m.actor2 == "Myanmar military"


def test_a_digest_items_dated_heading_yields_to_its_dated_paragraph() -> None:
    text = (
        "# Protection Digest No. 4 - Tanganyika\n\n"
        "**Period covered:** 1 - 14 March 2026\n\n"
        "## Main incidents\n\n"
        "**1. Kalemie territory - houses burnt (3 March).**\n"
        "On 3 March, militiamen set fire to about 20 houses in a village near Kalemie after "
        "residents refused to pay a levy.\n\n"
        "**2. Manono territory - sexual violence (5 March).**\n"
        "On 5 March, three women were raped by armed men near Kiambi while returning from "
        "their fields.\n"
    )
    got = _read(text, "2026-03-16")
    assert [(m.sub_event_type, m.location and m.location.name) for m in got] == [
        ("Looting/property destruction", "Kalemie"),
        ("Sexual violence", "Kiambi"),
    ]


def test_people_taken_to_an_unknown_location_are_abducted_not_intercepted() -> None:
    m = _one(
        "KALEMIE, Democratic Republic of Congo - On 8 March, armed men in two boats "
        "intercepted fishing canoes off Moba and took six fishermen to an unknown location.",
        "2026-03-10",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"


def test_who_seized_villagers_is_read_before_the_verb() -> None:
    m = _one(
        "MANDALAY, Myanmar - Members of the Pyu Saw Htee militia seized four villagers near "
        "Salingyi on Tuesday, relatives said.",
        "2026-03-12",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"
    assert m.trigger == "seized"
    assert m.actor1 == "Pyu Saw Htee"
    seized = _one(
        "KALEMIE, Democratic Republic of Congo - Armed men in two boats seized seven "
        "fishermen on Lake Tanganyika near Moba on Sunday.",
        "2026-03-10",
    )
    assert seized.sub_event_type == "Abduction/forced disappearance"


def test_a_mai_mai_faction_keeps_its_name() -> None:
    m = _one(
        "PWETO, Democratic Republic of Congo - Mai-Mai Bakata Katanga militiamen set fire to "
        "30 houses in a village south of Pweto on Monday.",
        "2026-03-11",
    )
    assert m.actor1 == "Mai-Mai Bakata Katanga"
    assert m.location is not None and m.location.name == "Pweto"


def test_a_pact_named_in_quotes_is_an_agreement() -> None:
    m = _one(
        "KALEMIE, Democratic Republic of Congo - Chiefs of the two communities signed a "
        '"peaceful coexistence" pact in Kalemie on Saturday.',
        "2026-03-17",
    )
    assert m.sub_event_type == "Agreement"


def test_a_translated_confrontation_with_its_dead_is_a_clash() -> None:
    m = _one(
        "MATEHUALA, Mexico - Two armed men died and a state police officer was wounded on "
        "Wednesday in a confrontation on the highway south of Matehuala, police said.",
        "2025-09-26",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.location is not None and m.location.name == "Matehuala"


def test_a_crowd_that_storms_a_food_point_riots() -> None:
    m = _one(
        "EL FASHER, Sudan - On Wednesday, hundreds of displaced people stormed a food "
        "distribution point in Tawila after rations were cut by half.",
        "2026-04-10",
    )
    assert m.event_type == "Riots"
    assert m.trigger == "stormed"


def test_a_month_named_alone_two_months_before_is_background() -> None:
    (m,) = _read_all(
        "In May, clashes between herders and farmers near Garsen forced thousands from "
        "their homes.",
        "2026-09-14",
    )
    assert m.historical
    recent = _one(
        "In August, clashes between herders and farmers near Garsen forced thousands from "
        "their homes.",
        "2026-09-14",
    )
    assert not recent.historical


def test_men_charged_over_a_clash_and_a_funeral_for_the_slain_are_no_incidents() -> None:
    assert not _read(
        "Meanwhile, in Hola, three men accused of taking part in the Garsen clashes were "
        "charged with murder on Friday and denied the charges.",
        "2026-09-14",
    )
    assert not _read(
        "A funeral for the slain policemen was held in Zahedan on Thursday, attended by "
        "several thousand people.",
        "2026-10-10",
    )


def test_a_witness_quote_after_the_report_tells_no_new_incident() -> None:
    got = _read(
        "PORT-AU-PRINCE, Haiti - Gang members attacked the suburb of Kenscoff on Monday, "
        "killing four residents, police said.\n\n"
        '"They came down the road at dawn, shooting at everything that moved," said a '
        "market vendor who fled with her children.",
        "2026-06-10",
    )
    assert [m.sub_event_type for m in got] == ["Attack"]


def test_a_month_of_last_year_and_feared_attacks_are_not_todays_news() -> None:
    (past,) = _read_all(
        "In October last year its fighters killed more than 100 people in Pont-Sondé.",
        "2026-07-16",
    )
    assert past.historical
    (feared,) = _read_all(
        "Residents fear fresh attacks on Marrupa itself, the district's largest town.",
        "2026-07-16",
    )
    assert feared.modality == "hypothetical"


def test_the_custody_of_people_arrested_before_is_no_new_arrest() -> None:
    for text in (
        "The Monitor notes that a judge ordered pre-trial detention for nine of those "
        "arrested on 18 April.",
        "The detained students are being held at the state prosecutor's office in Morelia.",
        "A leader of the federation said the three detained men had been released on Monday.",
    ):
        assert not _read(text, "2026-04-25"), text
    (m,) = _read(
        "The police arrested three men in Morelia on Monday; they appeared in court on Tuesday.",
        "2026-04-25",
    )
    assert m.sub_event_type == "Arrests"


def test_a_protest_note_handed_over_and_a_day_of_blockades_called_are_no_protest() -> None:
    assert not _read(
        "Iraq's foreign ministry said it had summoned Iran's charge d'affaires and handed "
        "him a protest note.",
        "2026-04-25",
    )
    assert not _read(
        "Indigenous authorities from Totonicapán, Sololá and Alta Verapaz have called a "
        "national day of road blockades against the reform to the water law approved on "
        "first reading by Congress last week.",
        "2026-04-25",
    )


def test_accords_signed_or_agreed_in_their_several_wordings() -> None:
    for text in (
        'On Wednesday in Bandundu, about forty notables signed a "pact of non-aggression '
        'and peaceful coexistence" before the governor.',
        "Traditional authorities from both communities met the sub-prefect on 15 March and "
        "agreed to a local truce.",
        "Leaders of two clans who have fought on and off near Wabag since 2022 signed a "
        "peace agreement at Wabag on Thursday.",
    ):
        got = _read(text, "2026-03-20")
        assert [m.sub_event_type for m in got] == ["Agreement"], text


def test_a_town_that_frames_the_sentence_with_its_day_is_where() -> None:
    m = _one(
        "In Lichinga on Wednesday, Mozambican and Rwandan defence officials signed a "
        "memorandum extending the area of operations of Rwandan forces to Mecula district.",
        "2025-10-03",
    )
    assert m.sub_event_type == "Agreement"
    assert m.location is not None and m.location.name == "Lichinga"
