"""Whole-article readings found with the twentieth field batch's styles (Sri Lanka's north
and east, Kenya's coast and north-east, south-eastern Turkey with Duhok, Papua New Guinea's
highlands and Bougainville, Egypt, Cameroon's north, Central Sulawesi and Maluku; sentences
written for these tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reading import read_mentions
from reading import read_news as _read
from reading import read_one as _one
from wiretally import meta
from wiretally.pipeline import IngestOptions, ingest
from wiretally.store import open_store


def _days(folder: Path, files: dict[str, str]) -> dict[str, str]:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    store = open_store(str(folder / "s.db"))
    try:
        ingest([str(folder)], store=store, options=IngestOptions(progress=False))
        return {Path(a.source_path).name: str(a.published) for a in store.iter_articles()}
    finally:
        store.close()


def test_a_yearless_copy_that_says_so_far_in_its_year_keeps_that_year(tmp_path: Path) -> None:
    wire = (
        "Ambush on highway\n\nWABAG, Papua New Guinea, Aug 14 (Wire) - Gunmen ambushed a "
        "minibus near Wapenamanda on Tuesday, killing five passengers, police said. Police "
        "say more than 60 people have been killed in the province so far in 2025.\n"
    )
    assert meta.stated_year(wire) == 2025
    assert meta.infer_published(wire, []) == "2025-08-14"
    # Its update names no year but the one of an old massacre; the reports beside them are
    # of 2026, yet the first copy's own year holds, and the update sits a day after it.
    update = (
        "Toll rises\n\nWAPENAMANDA, Papua New Guinea, Aug 15 (Wire) - The toll from the "
        "ambush near Wapenamanda rose to seven, police said on Friday. In February 2024, "
        "dozens of men died in an ambush in the same district.\n"
    )
    later = (
        "Published: 2026-06-05\n\nThree men were killed on Monday when a tribal fight broke "
        "out at Porgera Station.\n"
    )
    days = _days(tmp_path, {"01_wire.txt": wire, "06_update.txt": update, "05_weekly.txt": later})
    assert days == {
        "01_wire.txt": "2025-08-14",
        "06_update.txt": "2025-08-15",
        "05_weekly.txt": "2026-06-05",
    }


def test_a_yearless_copy_that_names_no_year_takes_the_nearest_one() -> None:
    firm = [date(2026, 1, 23), date(2026, 3, 5)]
    # (the year before the reports beside it is a candidate too)
    assert meta.nearest_year(11, 20, None, firm) == "2025-11-20"
    assert meta.nearest_year(2, 1, None, firm) == "2026-02-01"
    assert meta.nearest_year(11, 20, None, []) is None


def test_a_wire_update_with_no_year_at_all_is_dated_by_its_neighbours(tmp_path: Path) -> None:
    update = (
        "Drivers block roads\n\nNGAOUNDERE, Cameroon, Nov 20 (Wire) - Hundreds of drivers "
        "parked their vehicles across the main roads of Ngaoundere on Wednesday to demand "
        "protection from kidnappers.\n"
    )
    brief = "Published: 2026-01-23\n\nGunmen seized four traders near Garoua-Boulai on Monday.\n"
    days = _days(tmp_path, {"06_update.txt": update, "02_brief.txt": brief})
    assert days["06_update.txt"] == "2025-11-20"


def test_police_named_with_where_they_sit_are_the_source_not_the_side() -> None:
    m = _one(
        "TARI - Four men were killed and at least six wounded on Sunday when two Huli clans "
        "fought with guns and bush knives on the outskirts of Tari, police in Hela Province "
        "said.",
        "2026-03-10",
    )
    # two clans of one people: each side is that people's militia
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Armed clash",
        "Huli Ethnic Militia (Papua New Guinea)",
        "Huli Ethnic Militia (Papua New Guinea)",
    )
    m = _one(
        "Two men working for a company carrying out survey work for the mine were abducted "
        "by armed men near Panguna on Tuesday, the Bougainville Police Service has confirmed.",
        "2025-11-20",
    )
    # (the victims are left to the merge, which calls the abducted civilians)
    assert m.actor2 is None or not m.actor2.startswith("Police")


def test_men_killed_when_a_tribal_fight_broke_out_died_in_a_clash() -> None:
    m = _one(
        "Three men were killed and more than 20 houses burned on Monday when a tribal fight "
        "broke out at Porgera Station, police in Porgera-Paiela District said this week.",
        "2026-06-05",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.actor2 is not None and "Militia" in m.actor2


def test_gunmen_who_ambush_a_public_motor_vehicle_attack_its_passengers() -> None:
    m = _one(
        "Gunmen armed with high-powered rifles ambushed a public motor vehicle on the "
        "Highlands Highway near Wapenamanda in Papua New Guinea's Enga province on Tuesday, "
        "killing five passengers, police said, in the latest eruption of a tribal conflict.",
        "2025-08-14",
    )
    assert (m.sub_event_type, m.actor2) == ("Attack", "Civilians (Papua New Guinea)")


def test_a_death_toll_risen_after_a_long_naming_of_its_incident_is_read() -> None:
    m = _one(
        "The death toll from an ambush on a passenger vehicle near Wapenamanda in Papua New "
        "Guinea's Enga province has risen to seven, police said on Friday.",
        "2025-08-15",
    )
    assert m.fatalities is not None and m.fatalities.text == "seven"


def test_a_journeys_ends_are_not_where_a_bus_was_attacked_near_a_third_town() -> None:
    m = _one(
        "Three passengers were killed and four others injured when suspected al-Shabaab "
        "gunmen opened fire on a bus travelling from Elwak to Mandera town near Lafey on "
        "Thursday afternoon, police said.",
        "2026-06-05",
    )
    assert m.location is not None and m.location.name == "Lafey"
    # (with no third town, the journey's end still says roughly where)
    m = _one(
        "Gunmen opened fire on a bus travelling from Elwak to Mandera on Thursday, killing "
        "two passengers.",
        "2026-06-05",
    )
    assert m.location is not None and m.location.name in ("Mandera", "El Wak")


def test_places_the_gazetteer_lacked_are_found_by_their_local_spellings() -> None:
    for text, name in (
        ("Police arrested three men in Elwak town on Friday.", "El Wak"),
        ("A gang armed with swords stormed a house in Kokuvil on Saturday night.", "Kokuvil"),
        ("Police arrested six youths at a house in Chunnakam on Monday.", "Chunnakam"),
        ("Police at a checkpoint near Laiagam arrested 12 men on Wednesday.", "Laiagam"),
    ):
        m = _one(text, "2026-06-05")
        assert m.location is not None and m.location.name == name, text


def test_relatives_of_men_abducted_last_week_staged_a_sit_in_today() -> None:
    m = _one(
        "In Arish on Wednesday morning, about 40 relatives of two young men abducted near "
        "the village of Al-Joura last week staged a sit-in outside the North Sinai "
        "governorate building, holding photographs of the missing men.",
        "2026-03-11",
    )
    # the abduction says who the crowd is; its week is not the sit-in's day, and the
    # province that owns the building is not where it stands
    assert (m.sub_event_type, m.date_start) == ("Peaceful protest", "2026-03-11")
    assert m.location is not None and m.location.name != "North Sinai"
    # (gunmen who abduct relatives still abduct)
    m = _one(
        "Gunmen abducted the relatives of two men killed last week near Mbe on Sunday.",
        "2026-03-11",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"


def test_arrests_as_a_march_is_broken_up_are_the_protests_intervention() -> None:
    m = _one(
        "CAIRO - Egyptian police arrested 14 people on Friday after several hundred "
        "worshippers marched out of Al-Azhar Mosque in Islamic Cairo chanting against rising "
        "bread prices and in support of Palestinians in Gaza, lawyers said.",
        "2025-10-14",
    )
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Protest with intervention",
        "Protesters (Egypt)",
        "Police",
    )
    # the people the crowd backs are not where it marched
    assert m.location is not None and m.location.name == "Islamic Cairo"
    # (men arrested after an attack of their own are arrests)
    m = _one("Police arrested five men on Friday after they attacked a checkpoint.", "2025-10-14")
    assert m.sub_event_type == "Arrests"


def test_activists_who_filmed_fridays_march_were_arrested_not_marching() -> None:
    m = _one(
        "Then, before dawn on Monday, plainclothes officers raided homes in the Imbaba "
        "district of Giza and arrested six young activists, among them two university "
        "students who had posted videos of Friday's march on social media.",
        "2025-10-14",
    )
    assert (m.sub_event_type, m.date_start) == ("Arrests", "2025-10-13")


def test_cameroons_adamawa_is_cameroons_and_mbe_is_on_its_highway() -> None:
    m = _one(
        "Armed men stopped an intercity bus on the main highway linking Cameroon's Adamawa "
        "and North regions and abducted seven passengers on Sunday, officials said.",
        "2025-11-18",
    )
    assert m.country == "CM"
    m = _one("Gunmen abducted five travellers near Mbe on Sunday evening.", "2025-11-18")
    assert m.location is not None and (m.location.name, m.country) == ("Mbe", "CM")
    # (plain "Adamawa state" is still Nigeria's)
    m = _one("Gunmen killed five farmers in Adamawa state on Monday.", "2025-11-18")
    assert m.country == "NG"


def test_armed_men_who_block_a_road_are_no_protest_but_drivers_who_park_across_it_are() -> None:
    got = _read(
        "The attack happened on Sunday evening near Mbe, when around a dozen men armed with "
        "assault rifles blocked the road with tree trunks, an official said.",
        "2025-11-18",
    )
    assert all(m.event_type != "Protests" for m in got)
    m = _one(
        "Hundreds of bus and truck drivers parked their vehicles across the main roads of "
        "Ngaoundere on Wednesday to demand protection from kidnappers.",
        "2025-11-20",
    )
    assert m.sub_event_type == "Peaceful protest"


def test_people_taken_or_seized_by_armed_men_were_abducted_by_them() -> None:
    m = _one(
        "The governor's office said that nine people were taken when gunmen stopped the bus "
        "near Mbe on Sunday evening.",
        "2025-11-20",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"
    m = _one(
        "The trader and his 17-year-old son were seized from their home at around 11pm on "
        "Sunday by four armed men who arrived on two motorcycles, neighbours said.",
        "2026-04-14",
    )
    assert (m.sub_event_type, m.actor1) == (
        "Abduction/forced disappearance",
        "Unidentified armed group",
    )


def test_a_crowds_own_march_is_the_news_before_the_abduction_it_answers() -> None:
    m = _one(
        "Several hundred residents of Ngaoundere marched to the governor's office on Monday "
        "to demand an end to kidnappings, a day after gunmen abducted a cattle trader.",
        "2026-04-14",
    )
    assert (m.sub_event_type, m.date_start) == ("Peaceful protest", "2026-04-13")
    # (but an incident named before, "The abduction came days after ...", is no news: the
    # strike after it is)
    m = _one(
        "The abduction came days after a drone struck a pickup truck near Mugi on Tuesday, "
        "killing five people, residents said.",
        "2025-12-12",
    )
    assert m.sub_event_type == "Air/drone strike"
    # (a count that began days after an earlier incident is no act of its own: the
    # incursion it names is read, as history)
    got = read_mentions(
        "The latest jump in attacks began 10 days after Hamas' Oct. 7 incursion into Israel, "
        "where at least 1,200 people were killed.",
        "2023-11-14",
    )
    assert [m.trigger for m in got] == ["incursion"]


def test_hostages_named_by_their_earlier_abduction_add_no_abduction() -> None:
    got = _read(
        "Soldiers attacked a kidnappers' hideout near Belel on Monday. Three suspected "
        "kidnappers were killed in the exchange of fire and two hostages, herders abducted "
        "in March, were freed.",
        "2026-04-14",
    )
    assert all(m.sub_event_type != "Abduction/forced disappearance" for m in got)


def test_a_man_beaten_to_death_by_a_crowd_was_lynched_by_a_mob() -> None:
    m = _one(
        "A man accused by residents of being an informant for a kidnapping gang was beaten "
        "to death by a crowd at the livestock market in Pitoa on Saturday, before gendarmes "
        "could intervene.",
        "2026-06-09",
    )
    # the gang names his alleged trade; the gendarmes came too late to be a side
    assert (m.sub_event_type, m.actor1, m.actor2) == ("Mob violence", "Rioters (Cameroon)", None)
    m = _one(
        "A man suspected of theft was beaten and burned to death by a crowd in Toliara on "
        "Monday evening, police said.",
        "2026-09-22",
    )
    assert m.sub_event_type == "Mob violence" and m.actor2 is None


def test_both_neighbours_across_a_border_are_landmarks() -> None:
    m = _one(
        "On Sunday night, armed men abducted five people in a hamlet about ten kilometres "
        "from Madingring, near the border with Chad and the Central African Republic.",
        "2026-06-09",
    )
    assert m.country == "CM"


def test_a_march_carrying_photographs_of_the_kani_masi_victims_is_in_zakho() -> None:
    m = _one(
        "In Zakho on Wednesday, around 500 people marched from the town centre to the offices "
        "of the district administration, carrying photographs of the Kani Masi victims and "
        "chanting against both Ankara and the PKK.",
        "2026-03-19",
    )
    assert m.location is not None and m.location.name == "Zaxo"


def test_a_farmer_shot_dead_by_a_village_guard_was_killed_by_the_militia() -> None:
    m = _one("Nusaybin - farmer shot dead by village guard on Friday 17 April.", "2026-04-20")
    assert m.actor1 == "Village Guard Militia (Turkey)"


def test_unnamed_troops_are_of_the_country_they_fight_in_when_no_force_is_named() -> None:
    got = _read(
        "DUHOK, Iraq, March 17 (Wire) - A drone strike killed three people near the town of "
        "Kani Masi in Iraq's Kurdistan region on Monday, local officials said.\n\n"
        "Overnight, troops clashed with a group of militants in rural Cukurca in Hakkari "
        "province, near the Iraqi frontier, the ministry added on Tuesday.",
        "2026-03-17",
    )
    (clash,) = [m for m in got if m.sub_event_type == "Armed clash"]
    assert clash.actor1 == "Turkish military"
