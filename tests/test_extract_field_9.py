"""Whole-article readings found with the seventeenth field batch's styles (Cameroon's Far
North with Chad's Lac, Northern Ireland, Brazil's Amazon and Mato Grosso do Sul, the
Chittagong Hill Tracts with Cox's Bazar, southern Syria; sentences written for these tests)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from reading import read_mentions
from wiretally import meta
from wiretally.pipeline import IngestOptions, ingest
from wiretally.records import Mention
from wiretally.store import open_store
from wiretally.text import split_sentences


def _read(text: str, published: str = "2026-03-15") -> list[Mention]:
    return read_mentions(text, published)


def test_a_markdown_items_number_is_no_sentence_of_its_own() -> None:
    text = (
        "Intro line.\n\n## 2. Tasil (western Daraa) - drone strike, Monday 9 March\n\n"
        "A drone struck a pickup.\n\n**3. Nawa (Daraa) - 4 May**\nBody here.\n"
    )
    assert [s.text for s in split_sentences(text)] == [
        "Intro line.",
        "## 2. Tasil (western Daraa) - drone strike, Monday 9 March",
        "A drone struck a pickup.",
        "**3. Nawa (Daraa) - 4 May**",
        "Body here.",
    ]


def test_a_markdown_heading_labels_and_dates_the_paragraph_under_it() -> None:
    # The heading names the town (its province in brackets), the kind of incident and the
    # day; a blank line, then the paragraph that reports it: one incident, there, that day.
    text = (
        "# Weekly digest\n\n## Key figures\n\nNothing to add.\n\n"
        "## 5. Khan Arnabah (Quneitra) - protest, Wednesday 11 March\n\n"
        "Between 150 and 200 residents demonstrated against raids and arrests in the "
        "province. No incidents.\n\n"
        "## 7. Jasim (northern Daraa) - abduction, Wednesday 11 March\n\n"
        "Unidentified gunmen in a car without plates abducted a pharmacist as he closed his "
        "shop on the main street in the evening. His family received a ransom demand the "
        "next day.\n"
    )
    got = sorted(
        (m.sub_event_type, m.date_start, m.location.name if m.location else None)
        for m in _read(text)
        if not m.historical
    )
    assert got == [
        ("Abduction/forced disappearance", "2026-03-11", "Jāsim"),
        ("Peaceful protest", "2026-03-11", "Khān Arnabah"),
    ]


def test_without_before_a_noun_does_not_negate_the_verb_after_it() -> None:
    (m,) = _read("Gunmen in a car without plates abducted a pharmacist in Jasim on Monday.")
    assert m.sub_event_type == "Abduction/forced disappearance"
    assert _read("The convoy reached Jasim on Monday without being attacked.") == []


def test_a_crowds_size_between_two_numbers_is_no_window_of_time() -> None:
    (m,) = _read("Between 150 and 200 residents demonstrated in Quneitra on Wednesday.")
    assert m.sub_event_type == "Peaceful protest"
    # A window of days still makes a tally.
    assert _read("Monitors recorded 27 attacks between 2 and 9 March in Daraa.") == []


def test_security_forces_in_a_country_a_foreign_force_raids_are_its_own() -> None:
    # The report's one named force is Israel's; the clash in Busra al-Sham is Syria's.
    text = (
        "Israeli troops detained four men in a raid on Jubata al-Khashab in Quneitra on "
        "Tuesday. In Busra al-Sham, elders signed a deal on Wednesday. The deal follows "
        "clashes on Sunday between security forces and gunmen in the town's old quarter, in "
        "which two gunmen were killed."
    )
    clash = next(m for m in _read(text, "2026-03-11") if m.sub_event_type == "Armed clash")
    assert clash.actor1 == "Police"
    assert clash.date_start == "2026-03-08"


def test_a_neighbouring_town_is_a_place_however_small() -> None:
    (m,) = _read(
        "And in neighbouring Llochegua, in Ayacucho region, gunmen shot dead a community "
        "leader late on Monday.",
        "2026-03-12",
    )
    assert m.location is not None and m.location.name == "Llochegua"


def test_a_yearless_wire_copy_takes_the_year_of_the_reports_beside_it(tmp_path: Path) -> None:
    assert meta.nearest_year(7, 13, "2016-07-13", [date(2026, 7, 12)]) == "2026-07-13"
    assert meta.nearest_year(7, 13, "2026-07-13", [date(2026, 7, 12)]) is None  # near already
    assert meta.nearest_year(7, 13, "2016-07-13", [date(2026, 3, 2)]) == "2026-07-13"
    # Never earlier than the guess, the latest year the copy names, nor after today.
    assert meta.nearest_year(7, 13, "2026-07-13", [date(2025, 7, 12)]) is None
    soon = date.today() + timedelta(days=3)
    assert meta.nearest_year(soon.month, soon.day, f"{soon.year - 5}-01-01", [date.today()]) != (
        soon.isoformat()
    )
    (tmp_path / "brief.txt").write_text(
        "Published: 2026-07-12\n\nYouths threw petrol bombs at police in Belfast on Saturday.\n",
        encoding="utf-8",
    )
    (tmp_path / "wire.txt").write_text(
        "Disorder spreads to Derry\n\nBELFAST, July 13 (Wire) - Youths threw petrol bombs at "
        "police in Derry on Sunday night. The city last saw such rioting in the summer of "
        "2016.\n",
        encoding="utf-8",
    )
    store = open_store(str(tmp_path / "s.db"))
    try:
        ingest([str(tmp_path)], store=store, options=IngestOptions(progress=False))
        days = sorted(str(a.published) for a in store.iter_articles())
    finally:
        store.close()
    assert days == ["2026-07-12", "2026-07-13"]


def test_officers_pelted_with_petrol_bombs_met_a_riot() -> None:
    (m,) = _read(
        "In Lurgan, County Armagh, two officers were hurt when they were pelted with petrol "
        "bombs, masonry and fireworks in the Kilwilkie estate late on Sunday.",
        "2026-07-13",
    )
    assert (m.sub_event_type, m.date_start) == ("Violent demonstration", "2026-07-12")
    assert m.location is not None and m.location.name == "Lurgan"  # not "County" (Contai)


def test_an_earlier_incident_after_a_list_of_towns_splits_nothing_off() -> None:
    # "a day after rioting in north Belfast" is Saturday's riot, told elsewhere: the lede's
    # attacks are in Londonderry and in Lurgan, one incident each, and none in Belfast.
    text = (
        "BELFAST, July 13 (Wire) - Police in Northern Ireland came under attack with petrol "
        "bombs in Londonderry and Lurgan on Sunday night, a day after rioting in north Belfast "
        "in which 12 officers were injured."
    )
    got = sorted(
        (m.location.name if m.location else "", m.date_start or "")
        for m in _read(text, "2026-07-13")
        if m.sub_event_type == "Violent demonstration"
    )
    assert got == [("Derry", "2026-07-12"), ("Lurgan", "2026-07-12")]


def test_the_next_sentence_may_give_the_day_and_a_union_is_a_scene() -> None:
    text = (
        "Three youths have been abducted by armed men from Ruilui para in Sajek union of "
        "Baghaichhari upazila. The incident took place on Tuesday evening, when the three were "
        "returning home."
    )
    (m,) = _read(text, "2026-10-09")
    assert (m.sub_event_type, m.date_start) == ("Abduction/forced disappearance", "2026-10-06")
    # Not across a paragraph, where the next sentence may tell another incident.
    assert _read(text.replace(". The incident", ".\n\nThe incident"), "2026-10-09") == []


def test_the_country_across_a_border_crossing_is_no_scene() -> None:
    (m,) = _read(
        "Two men were killed when Jordanian warplanes struck a farm on the outskirts of "
        "Nasib, near the main border crossing with Jordan, overnight into Wednesday.",
        "2026-07-22",
    )
    assert m.sub_event_type == "Air/drone strike"
    assert m.location is None or m.location.name != "Jordan"


def test_a_dharna_is_a_sit_in() -> None:
    (m,) = _read(
        "On Monday, around 400 villagers staged a day-long dharna outside the Etapalli "
        "tehsil office, opposing new mining leases.",
        "2026-05-21",
    )
    assert (m.sub_event_type, m.date_start) == ("Peaceful protest", "2026-05-18")


def test_an_items_hour_is_of_its_headings_day_and_a_clash_between_two_named_groups() -> None:
    text = (
        "# Camps protection digest\n\n## Incidents\n\n"
        "**1. Camp 8W (Balukhali), Ukhiya - Monday 3 August.**\n"
        "A gunfight broke out at about 2:00am between armed members of ARSA and the RSO near "
        "block C-12 of Camp 8W. Two men were killed.\n"
    )
    (m,) = _read(text, "2026-08-18")
    assert (m.sub_event_type, m.date_start) == ("Armed clash", "2026-08-03")
    assert {m.actor1, m.actor2} == {
        "Arakan Rohingya Salvation Army",
        "Rohingya Solidarity Organisation",
    }


def test_a_later_toll_or_judgement_of_the_ambush_is_no_new_incident() -> None:
    text = (
        "Gunmen ambushed an army patrol near Bandarban on Monday, killing two soldiers. "
        "Sepoy Abdul Mannan died in hospital in Chattogram late on Tuesday, bringing the death "
        "toll from the ambush in Ruma's Paindu union to three soldiers. "
        "The KNF in a statement on Wednesday called the ambush a defensive action."
    )
    days = [m.date_start for m in _read(text, "2026-03-18")]
    assert days == ["2026-03-16"]


def test_in_a_neighbouring_country_the_army_is_that_countrys() -> None:
    text = (
        "Jihadist fighters stormed a Cameroonian army post in Fotokol on Monday, killing nine "
        "Cameroonian soldiers, the Cameroonian army said. Residents of Fotokol and Kolofata "
        "fled to Maroua. In neighbouring Chad, the army said its troops had repelled an attack "
        "on their position on Saturday."
    )
    chad = next(m for m in _read(text, "2026-03-10") if m.date_start == "2026-03-07")
    assert "Chad" in str(chad.actor1) + str(chad.actor2)
    assert "Cameroon" not in str(chad.actor1) + str(chad.actor2)


def test_a_court_case_and_a_likely_attack_are_no_incidents() -> None:
    assert (
        _read(
            "In Maroua, the military court on Tuesday sentenced three men to death for their role "
            "in a 2019 Boko Haram attack on a village near Tourou.",
            "2026-03-18",
        )
        == []
    )
    assert (
        _read(
            "The threat level in Northern Ireland remains substantial, meaning an attack is "
            "likely.",
            "2026-07-03",
        )
        == []
    )
    # A police charge is no charge sheet.
    (m,) = _read(
        "Security forces fired tear gas and charged with batons to disperse hundreds of "
        "marchers in Zahedan on Friday.",
        "2026-10-09",
    )
    assert m.sub_event_type == "Protest with intervention"


def test_a_strike_attributed_by_many_to_a_force_is_that_forces() -> None:
    (m,) = _read(
        "On 3 August, a drone strike attributed by local authorities and the Turkish Ministry "
        "of National Defence to the Turkish armed forces hit a vehicle in the centre of Sinjar "
        "town, killing two men.",
        "2026-08-06",
    )
    assert m.actor1 == "Turkish military"


def test_the_fight_that_killed_is_a_clash_of_one_groups_rival_factions() -> None:
    (m,) = _read(
        "Two people were killed and three wounded on Thursday when armed followers of two "
        "rival commanders of the Moro Islamic Liberation Front (MILF) fought over a disputed "
        "piece of land in Tipo-Tipo town.",
        "2026-04-25",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.actor1 == m.actor2 == "Moro Islamic Liberation Front"
