"""Whole-article readings found with the twenty-fifth field batch's styles (Burkina Faso's
Boucle du Mouhoun and Sahel, Sudan's Blue Nile and White Nile, western Oromia, Hodeidah and
Hajjah, northern Cauca and Huila, Bajaur and North Waziristan, Guerrero and Morelos;
sentences, pages and wire notes written for these tests)."""

from __future__ import annotations

from reading import read_mentions as _read_all
from reading import read_one as _one
from wiretally import meta


def test_a_dateline_whose_town_carries_an_accent_still_dates_the_copy() -> None:
    wire = (
        "Police officer killed in drone attack\n\nBy A. Writer\n\n"
        "POPAYÁN, Colombia, Aug 19 (Andes Wire) - A police officer was killed when explosives "
        "dropped from drones struck a police station on Sunday, officials said on Tuesday.\n"
    )
    assert meta.yearless_dateline(wire) == (8, 19)
    assert meta.infer_published(wire.replace("Aug 19", "Aug 19, 2025"), []) == "2025-08-19"
    assert meta.yearless_dateline(
        wire.replace("POPAYÁN, Colombia", "NOUMÉA, Nouvelle-Calédonie")
    ) == (8, 19)


def test_fighters_neutralised_in_the_ensuing_engagement_fought_the_army_that_day_there() -> None:
    got = _read_all(
        "BOBO-DIOULASSO, Burkina Faso (Wire) - On Wednesday 24 September 2025, the units "
        "located the terrorist group in a wooded area west of Nouna. During the ensuing "
        "engagement, about fifteen terrorists were neutralised and motorbikes were recovered.",
        "2025-09-26",
    )
    assert len(got) == 1
    clash = got[0]
    assert clash.sub_event_type == "Armed clash"
    assert str(clash.date_start) == "2025-09-24"
    assert clash.location is not None and clash.location.name == "Nouna"
    assert clash.actor1 == "Burkinabe military"
    assert clash.actor2 is not None and clash.actor1 != clash.actor2
    assert clash.fatalities is not None and clash.fatalities.value == 15


def test_a_deadline_in_a_demand_does_not_date_the_protest_the_day_just_told_does() -> None:
    got = _read_all(
        "KHAR: A remote-controlled bomb hit a police van in the main Khar bazaar on Tuesday "
        "morning, police said. Traders of Khar bazaar kept their shops closed for the rest of "
        'the day in protest against the blast and demanded that the government "restore '
        'peace in Bajaur before the winter".',
        "2025-09-03",
    )
    protest = next(m for m in got if m.sub_event_type == "Peaceful protest")
    assert str(protest.date_start) == str(protest.date_end) == "2025-09-02"


def test_people_held_for_spreading_these_messages_are_a_fresh_arrest() -> None:
    arrest = _one(
        "These allegations are entirely unfounded. In this context, three individuals "
        "suspected of producing and spreading these messages were arrested in Dédougou on "
        "Tuesday 23 September 2025 by the police and placed at the disposal of the public "
        "prosecutor at the Dédougou High Court.",
        "2025-09-26",
    )
    assert arrest.sub_event_type == "Arrests"
    assert str(arrest.date_start) == "2025-09-23"
    # ... while "the three detained men had been released by the court" is custody news
    assert (
        _read_all("The three detained men had been released by the court on Monday.", "2025-09-26")
        == []
    )


def test_tolls_told_again_counts_releases_and_reporters_work_are_no_incidents() -> None:
    for sentence in (
        "A military spokesman on Friday raised the number of attackers killed in that "
        "fighting to 21, from 17 given earlier.",
        "At least 32 members of the security forces have been killed in Cauca since January, "
        "according to the latest count by the governor's office, up from 30 reported on Tuesday.",
        "Local residents said the two government schoolteachers abducted near Datta Khel last "
        "month were released on Sunday after the intervention of a tribal jirga.",
        "The three had reported on the September drone strike on a market in Sayo district, in "
        "which residents say nine people were killed.",
        "Residents of the hamlets near the fighting said they heard shots from about six in the "
        "morning and that some families stayed in the school until midday.",
    ):
        assert _read_all(sentence, "2025-10-06") == [], sentence


def test_an_abduction_whose_victims_were_freed_later_and_a_toll_raised_on_a_day_stay() -> None:
    kept = _one(
        "Gunmen abducted five farmers near Datta Khel on Sunday, who were released on Monday.",
        "2025-10-07",
    )
    assert kept.sub_event_type == "Abduction/forced disappearance"
    assert str(kept.date_start) == "2025-10-05"
    # a herder "kidnapped earlier in the month was found dead": a killing, still read
    assert _read_all(
        "Last week, near Tibati, a herder kidnapped earlier in the month was found dead after "
        "his family was unable to raise the ransom, local officials said.",
        "2026-08-04",
    )
    raised = _one(
        "Health officials in Kadugli have raised the toll from Wednesday's drone strike on the "
        "town's main market to at least nine civilians killed and more than 20 wounded.",
        "2026-05-21",
    )
    assert raised.sub_event_type == "Air/drone strike"


def test_a_province_named_in_english_is_its_countrys_admin2_not_a_homonym_abroad() -> None:
    got = _one(
        "In Burkina Faso's Séno province, armed men entered a village on Tuesday "
        "afternoon and set fire to the primary school before looting several shops, residents "
        "said.",
        "2025-12-04",
    )
    assert got.location is not None
    assert got.location.name == "Province du Seno"


def test_a_bold_item_heading_places_its_report_over_a_far_homonym_of_a_hamlet() -> None:
    got = _one(
        "**1. La Plata (Huila) - 4 September.** An improvised explosive device was detonated "
        "against an army patrol on a rural road between the urban centre and the Belén area.",
        "2025-09-10",
    )
    assert got.location is not None and got.location.name == "La Plata"
    assert got.location.lat is not None and 2.0 < got.location.lat < 3.0  # Huila, not Argentina


def test_government_aligned_forces_are_the_hosts_army() -> None:
    got = _one(
        "At least six people were killed on Monday, local officials and medics said, as "
        "fighting between government-aligned forces and the Houthi movement flared along the "
        "Red Sea coast near Al Khawkhah.",
        "2025-08-12",
    )
    assert got.actor1 == "Military Forces of Yemen"
    assert got.actor2 == "Houthis"


def test_police_named_first_among_the_dead_are_the_bombs_target_not_the_shoppers() -> None:
    same = _one(
        "KHAR: Two policemen were martyred and seven people, including three shopkeepers, were "
        "injured when a remote-controlled bomb hit a police van in the main Khar bazaar on "
        "Tuesday morning, police said.",
        "2025-09-03",
    )
    assert same.actor2 == "Police"
    told_next = _read_all(
        "A remote-controlled improvised explosive device concealed in a handcart detonated as a "
        "police van passed through the main bazaar in Khar, Pakistan, on the morning of 2 "
        "September. Two policemen were killed and eight people were injured, among them at "
        "least three shopkeepers. No group claimed the attack.",
        "2025-09-10",
    )
    assert [m.actor2 for m in told_next] == ["Police Forces of Pakistan"]


def test_no_force_bombs_itself_though_two_mobs_may_riot_against_each_other() -> None:
    bomb = _one(
        "MIR ALI: Three soldiers were martyred and nine civilians injured when a suicide bomber "
        "rammed an explosives-laden vehicle into the boundary wall of a security forces' camp "
        "in Mir Ali on Tuesday morning, officials said.",
        "2025-10-08",
    )
    assert bomb.sub_event_type == "Suicide bomb"
    assert bomb.actor2 == "Military Forces of Pakistan"
    assert bomb.actor1 != bomb.actor2


def test_anger_that_turned_into_a_riot_is_a_violent_demonstration() -> None:
    got = _one(
        "On Sunday, anger over the reduction of food rations turned into a riot in Haradh "
        "town, where hundreds of displaced men gathered outside a distribution point run by a "
        "local charity.",
        "2025-10-07",
    )
    assert got.sub_event_type == "Violent demonstration"


def test_supplement_towns_of_the_new_batch_are_found_in_their_country() -> None:
    from wiretally.geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    for name, country in (
        ("Razmak", "PK"),
        ("Al Jabalayn", "SD"),
        ("Tendelti", "SD"),
        ("Fincha", "ET"),
        ("Gidami", "ET"),
        ("Gorgadji", "BF"),
    ):
        ids, _ = gaz.lookup(name)
        assert any(gaz.country[i] == country for i in ids or []), name


def test_a_trial_adjourned_and_the_victims_buried_are_no_new_incidents() -> None:
    for sentence in (
        "The Horo Guduru Wollega zone high court on Wednesday adjourned until December the "
        "trial of seven men accused of the killing of a trader in Shambu in 2024.",
        "In Al Jabalain, residents were still burying the victims of a drone strike on their "
        "market on Tuesday.",
    ):
        assert _read_all(sentence, "2025-11-20") == [], sentence


def test_a_toll_raised_from_a_named_days_attack_is_the_new_toll() -> None:
    from wiretally.extract.casualties import find_casualties

    fat, _inj, _spans = find_casualties(
        "A woman wounded when gunmen sprayed a commuter van with bullets in Chilpancingo died "
        "in hospital on Wednesday, raising the death toll from Monday's attack to four, "
        "Guerrero state health officials said."
    )
    assert fat is not None and fat.value == 4


def test_detention_sites_areas_a_government_controls_and_a_briefs_count_are_no_incidents() -> None:
    for sentence in (
        "They called for faster prisoner exchanges and for international organisations to be "
        "given access to detention sites in Russia.",
        "Three incidents involving violence against civilians or security operations were "
        "verified in the reporting period, plus one demonstration in Wamena.",
    ):
        assert _read_all(sentence, "2025-10-21") == [], sentence
    from wiretally.extract import typing

    area = typing.classify(
        "**Area:** Zaporizhzhia and Dnipropetrovsk oblasts (government-controlled areas)"
    )
    assert area is None or area.key != "NON_STATE_ACTOR_OVERTAKES_TER"
    held = _one("Police detained 12 men in Wamena on Tuesday.", "2025-10-21")
    assert held.sub_event_type == "Arrests"


def test_a_situation_updates_title_is_no_incident_its_items_are() -> None:
    got = _read_all(
        "Situation update: Adamawa and East regions, Cameroon - kidnapping for ransom (4 August "
        "2026)\n\n1. On 2 August, gunmen abducted six passengers from a bus near Mbe, Cameroon.",
        "2026-08-04",
    )
    assert [m.sub_event_type for m in got] == ["Abduction/forced disappearance"]
    assert str(got[0].date_start) == "2026-08-02"
