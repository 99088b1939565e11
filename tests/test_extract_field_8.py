"""Whole-article readings found with the sixteenth field batch's styles (Niger's Diffa and
Tillaberi, Amhara with the Tigray border, Peru's VRAEM and coastal Ecuador, the southern
Philippines; sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

from reading import read_mentions
from wiretally import meta
from wiretally.pipeline import IngestOptions, ingest
from wiretally.records import Mention
from wiretally.store import open_store


def _read(text: str, published: str = "2026-05-19") -> list[Mention]:
    return read_mentions(text, published)


def test_a_bold_numbered_heading_dates_its_item() -> None:
    # Markdown keeps its bold marks in the text: "**1. Town (Region) - 4 May**" is the
    # item's heading all the same.
    text = (
        "# Protection Flash Update\n\n### Main incidents\n\n"
        "**1. Makalondi (Torodi department, Tillaberi) – 4 May**\n"
        "Unidentified armed men stopped a vehicle near Makalondi and abducted a nurse.\n\n"
        "**2. Tera department (Tillaberi) – 12 May**\n"
        "A military convoy struck an improvised explosive device on the Tera road. Six "
        "soldiers were killed.\n"
    )
    days = sorted((m.sub_event_type, m.date_start) for m in _read(text) if m.sub_event_type)
    assert days == [
        ("Abduction/forced disappearance", "2026-05-04"),
        ("Remote explosive/landmine/IED", "2026-05-12"),
    ]


def test_a_mastheads_issue_line_dates_the_paper() -> None:
    text = (
        "==========\n   THE RIVER HERALD\n   N° 417 – Mardi 15 septembre 2026 – Prix : 300 "
        "FCFA\n==========\n\nYouths attacked the police station on Sunday.\n"
    )
    assert meta.leading_date(text)[0] == "2026-09-15"
    english = "THE DAILY\nVol. 12 No. 88 | Tuesday, 15 September 2026 | Price Rs 10\n\nText.\n"
    assert meta.leading_date(english)[0] == "2026-09-15"
    # A sentence that opens with a number is no issue line.
    assert meta.leading_date("No. 5 was a hit on 3 May 2024.\n")[0] is None


def test_a_file_names_day_dates_a_yearless_wire_copy() -> None:
    text = (
        "Drone strike kills 14 at market\n\nBAHIR DAR, March 12 (Wire) - A drone strike on a "
        "market killed 14 people on Wednesday. The war began in August 2023 and spread in "
        "2025.\n"
    )
    assert meta.infer_published(text, []) == "2025-03-12"  # the latest year it names
    assert meta.path_date("archive/wire_bichena_20260312.txt", text) == "2026-03-12"
    # The name's day may come after the dateline's day, in the same year or the next.
    assert meta.path_date("in/2026-01-02-wire.txt", text) == "2025-03-12"
    assert meta.path_date("in/2026-03-14.txt", text) == "2026-03-12"
    assert meta.path_date("notes/brief-17.txt", text) is None
    assert meta.path_date("in/20261399.txt", text) is None


def _events(tmp_path: Path, text: str) -> list[dict[str, object]]:
    path = tmp_path / "a.txt"
    path.write_text(text)
    store = open_store("memory://")
    ingest([str(path)], store=store, options=IngestOptions(progress=False))
    return [e.export() for e in store.iter_events()]


def test_an_unattributed_strike_where_only_the_state_flies_is_the_states(
    tmp_path: Path,
) -> None:
    lede = "BAHIR DAR, March 12, 2026 (Wire) - "
    (strike,) = _events(
        tmp_path,
        lede + "A drone strike on a crowded market in the town of Bichena killed at least "
        "14 people on Wednesday, residents said.\n",
    )
    assert strike["actor1"] == "Ethiopian military"
    assert "only side flying there" in str(strike["notes"])
    # Where armed groups fly drones too (Colombia), a drone strike stays unattributed.
    (other,) = _events(
        tmp_path,
        "POPAYAN, March 12, 2026 (Wire) - A drone dropped explosives on a farm near Argelia "
        "on Wednesday, killing a farmer, residents said.\n",
    )
    assert other["actor1"] == "Unidentified armed group"
    # A strike on the state's own troops is some armed group's.
    (base,) = _events(
        tmp_path,
        lede + "A drone struck an army base near Bichena on Wednesday, killing two soldiers, "
        "residents said.\n",
    )
    assert base["actor1"] != "Ethiopian military"


def test_a_pact_signed_on_a_day_is_an_agreement_and_one_recalled_by_year_is_not() -> None:
    signed = [
        m.sub_event_type
        for m in _read(
            "At the other end of the region, in Ayorou, representatives of Zarma self-defence "
            "groups and of Fulani herder communities signed on Monday a non-aggression pact.",
            "2026-09-15",
        )
    ]
    assert signed == ["Agreement"]
    for background in (
        "A faction of the movement signed a peace accord with the government in Bissau in 2025.",
        "Elders said they would sign a peace covenant in Butig next week.",
        "The clans agreed to talk about a truce in Butig on Monday.",
    ):
        assert [m for m in _read(background, "2026-09-15") if not m.historical] == [], background


def test_a_scene_named_before_the_trigger_by_its_unit_word_is_a_place() -> None:
    text = (
        "Gondar - Police said the city was calm on Sunday. On Wednesday, soldiers searching "
        "houses for Fano fighters in a neighbourhood near the Azezo junction shot dead four "
        "civilians, relatives said."
    )
    (m,) = [m for m in _read(text, "2026-08-17") if m.sub_event_type]
    assert (m.sub_event_type, m.date_start, m.actor1) == (
        "Attack",
        "2026-08-12",
        "Ethiopian military",
    )


def test_who_a_mob_or_a_shell_hit_when_no_report_names_them(tmp_path: Path) -> None:
    lede = "KHARKIV, July 15, 2026 (Wire) - "
    (shelling,) = _events(
        tmp_path,
        lede + "Overnight, shells fired from across the border damaged four private houses "
        "in Zolochiv and wounded a 71-year-old resident, officials said on Wednesday.\n",
    )
    assert shelling["actor2"] == "Civilians (Ukraine)"
    (on_troops,) = _events(
        tmp_path,
        lede + "Overnight, shells fired from across the border hit an army position near "
        "Zolochiv and wounded two soldiers, officials said on Wednesday.\n",
    )
    assert on_troops["actor2"] != "Civilians (Ukraine)"
    (mob,) = _events(
        tmp_path,
        "DHAKA, February 9, 2026 (Wire) - In Chattogram, an angry mob beat a man accused of "
        "theft to death on Sunday night, police said.\n",
    )
    assert (mob["sub_event_type"], mob["actor2"]) == ("Mob violence", "Civilians (Bangladesh)")


def test_a_riot_that_hurt_gendarmes_or_that_a_national_guard_dispersed_met_the_police() -> None:
    for text, country_police in (
        (
            "On 19 June, residents of Tessaoua took to the streets after a livestock trader "
            "was found dead. Angry youths set fire to the gendarmerie post and blocked the "
            "national road with burning tyres. Two gendarmes were injured by stones.",
            "Police Forces of Niger",
        ),
        (
            "On Monday, hundreds of traders rioted in Ben Gardane, blocking the road with "
            "stones and burning tyres. Units of the National Guard fired tear gas to "
            "disperse them, witnesses said.",
            "Police Forces of Tunisia",
        ),
    ):
        riots = [
            m for m in _read(text, "2026-06-22") if m.sub_event_type == "Violent demonstration"
        ]
        assert [m.actor2 for m in riots] == [country_police], text


def test_a_claim_without_its_object_or_a_group_said_to_have_planted_the_bomb_is_the_agent() -> None:
    for text, group in (
        (
            "A magnetic bomb attached to a minibus exploded in western Kabul on Thursday, "
            "killing three civilians. Police cordoned off the area. Islamic State Khorasan "
            "Province claimed responsibility via its Amaq outlet.",
            "Islamic State Khorasan Province",
        ),
        (
            "Two police officers were killed on Monday when their vehicle ran over an "
            "improvised explosive device outside El Wak town in Mandera County. The county "
            "commissioner said Al-Shabaab militants had planted the explosive on the road.",
            "Al-Shabaab",
        ),
    ):
        (m,) = [m for m in _read(text, "2026-03-07") if m.sub_event_type]
        assert m.actor1 == group, text


def test_nobody_injured_means_nobody_killed_but_nobody_else_does_not() -> None:
    from wiretally.extract.casualties import find_casualties

    for text in (
        "Armed men set fire to a primary school during the night. Nobody was injured.",
        "The blast damaged a boundary wall but caused no injuries.",
    ):
        killed, hurt, _ = find_casualties(text)
        assert killed is not None and killed.value == 0, text
        assert hurt is not None and hurt.value == 0, text
    killed, _, _ = find_casualties("Two guards were killed; no one else was injured.")
    assert killed is not None and killed.value == 2


def test_a_state_speaking_of_its_troops_is_neither_the_host_nor_the_place() -> None:
    for text in (
        "DUHOK, Iraq, Aug 12, 2025 (AFP) - Separately, the Turkish defence ministry said on "
        "Tuesday that its troops had killed four PKK militants in clashes in the mountains "
        "the previous day.",
        "DUHOK, Iraq, Aug 12, 2025 (AFP) - Separately, Turkey's defence ministry said on "
        "Tuesday that its troops had killed four PKK militants in clashes in the mountains "
        "the previous day.",
    ):
        (m,) = [m for m in _read(text, "2025-08-12") if m.sub_event_type]
        assert m.actor1 == "Turkish military", text
        assert m.country == "IQ", text


def test_grenades_and_vests_carried_or_recovered_are_no_attack() -> None:
    from wiretally.extract.typing import classify

    for text in (
        "Officials said the men were carrying two pistols, a hand grenade and maps.",
        "Four hand grenades, a suicide vest and ammunition were recovered from the house.",
    ):
        typed = classify(text)
        assert typed is None or typed.sub_event_type not in ("Grenade", "Suicide bomb"), text
    thrown = classify("Men on a motorcycle hurled a hand grenade at a police mobile on Monday.")
    assert thrown is not None and thrown.sub_event_type == "Grenade"


def test_a_bandh_called_and_a_protest_not_yet_staged_are_not_held() -> None:
    for text in (
        "RANCHI - The banned CPI (Maoist) has called a 24-hour bandh across the Kolhan region "
        "on Saturday to protest against what it calls fake encounters in Saranda.",
        "KARACHI - Family members of one of the deceased gathered at the Edhi morgue on "
        "Monday and alleged that he had been taken from his home two days earlier; they "
        "have not yet staged any protest.",
    ):
        read = [m.modality for m in _read(text, "2025-09-12") if m.sub_event_type]
        assert set(read) <= {"hypothetical"}, text
    held = _read("RANCHI - Hundreds of traders staged a protest on Monday.", "2025-09-12")
    assert [m.modality for m in held if m.sub_event_type] == ["asserted"]


def test_a_province_known_by_its_title_is_found_by_its_name() -> None:
    from wiretally.geo.gazetteer import _admin2_variants

    assert _admin2_variants("Province of Basilan") == [
        "Basilan",
        "Basilan Province",
        "Basilan province",
    ]
    assert _admin2_variants("Departement du Loroum") == ["Loroum"]
    assert _admin2_variants("Sahiwal District") == ["Sahiwal"]
    assert _admin2_variants("Tamuin") == []
    text = (
        "ZAMBOANGA CITY - In Samar, four soldiers were wounded on Wednesday when a landmine "
        "exploded as their truck passed along a farm-to-market road in a village in "
        "Calbayog City, the army said."
    )
    (m,) = [m for m in _read(text, "2025-11-21") if m.sub_event_type]
    assert m.location is not None and m.location.name == "Calbayog City"


def test_where_seized_arms_were_bound_is_not_where_they_were_seized() -> None:
    text = (
        "WEEKLY MONITOR\n\n- Champhai: On 16 March, Assam Rifles intercepted a vehicle at "
        "Zokhawthar and seized four rifles and 30 kg of explosives, reportedly bound for "
        "Myanmar.\n"
    )
    (m,) = [m for m in _read(text, "2026-03-20") if m.sub_event_type]
    assert m.country == "IN"


def test_two_kinds_of_incident_on_two_days_in_one_town_stay_two(tmp_path: Path) -> None:
    events = _events(
        tmp_path,
        "MANTA, Ecuador, July 2, 2026 (Wire) - Three fishermen from Manta were shot dead on "
        "Tuesday by armed men who robbed their boat off the coast, relatives said.\n\n"
        "On Wednesday, a suspected gang member was killed and a police officer was wounded "
        "in an exchange of fire with police in Manta, police said.\n",
    )
    kinds = sorted((e["sub_event_type"], e["date_start"]) for e in events)
    assert kinds == [("Armed clash", "2026-07-01"), ("Attack", "2026-06-30")]


def test_kobo_is_the_north_wollo_town_and_tigray_forces_are_the_tplfs() -> None:
    text = (
        "BAHIR DAR - An exchange of fire was reported on Friday between Fano fighters and "
        "Tigray forces on the outskirts of Kobo town, near the boundary with Tigray."
    )
    (m,) = [m for m in _read(text, "2026-03-17") if m.sub_event_type]
    assert m.actor2 == "Tigray People's Liberation Front"
    assert m.location is not None and m.location.lat is not None and m.location.lat > 12.0


def test_a_frame_after_an_adverb_places_and_an_interim_administration_does_not() -> None:
    text = (
        "WOLDIA - Further east, in Kobo, several thousand residents marched peacefully on "
        "Wednesday to oppose plans to hand the Raya area back to the Tigray interim "
        "administration."
    )
    (m,) = [m for m in _read(text, "2026-05-21") if m.sub_event_type]
    assert m.location is not None and m.location.name == "Kobo"


def test_members_of_a_self_defence_group_who_clashed_fought_a_battle() -> None:
    from wiretally.extract.typing import classify

    armed = classify(
        "On Saturday, members of a local self-defence group from villages around Ouallam "
        "clashed with ISSP fighters they had pursued after a cattle raid."
    )
    assert armed is not None and armed.sub_event_type == "Armed clash"
    crowd = classify("Members of the two student unions clashed with sticks on campus.")
    assert crowd is not None and crowd.sub_event_type == "Mob violence"


def test_a_town_retaken_is_retaken_from_the_group_that_took_it() -> None:
    text = (
        "MAIDUGURI - On 4 January, fighters of the Islamic State West Africa Province (ISWAP) "
        "took control of Marte town after troops withdrew. Boko Haram was not involved.\n\n"
        "On 7 January, troops re-entered Marte and announced that the town was back under "
        "government control."
    )
    (m,) = [
        m for m in _read(text, "2026-01-10") if m.sub_event_type == "Government regains territory"
    ]
    assert m.actor2 == "Islamic State West Africa Province"


def test_a_state_strike_on_a_terrorist_camp_struck_the_countrys_insurgents() -> None:
    text = (
        "PEMBA - Col. Chitsungo reported that on Tuesday, helicopters of the Mozambican Air "
        "Force struck a terrorist camp in the forests of Muidumbe district, destroying "
        "shelters. Islamic State Mozambique fighters had attacked Mocimboa da Praia in March."
    )
    strikes = [m for m in _read(text, "2026-05-07") if m.sub_event_type == "Air/drone strike"]
    assert [m.actor2 for m in strikes] and all(m.actor2 is not None for m in strikes)
