"""Whole-article readings found with the twenty-first field batch's styles (Angola's Cabinda
and Lundas, Iraq's Anbar, Libya's Fezzan and Kufra, Haiti's Artibonite and Centre,
Ecuador's coast, India's Manipur, Nigeria's Plateau and Benue; sentences written for these
tests)."""

from __future__ import annotations

from reading import read_news as _read
from reading import read_one as _one
from wiretally import meta
from wiretally.analysis import analyse_article
from wiretally.extract.casualties import find_casualties
from wiretally.records import Article


def _places(text: str, published: str) -> set[str | None]:
    article = Article(id="a", source_path="a.txt", text=text, published=published)
    return {p.name for p in analyse_article(article)[2]}


def test_a_town_the_article_names_again_and_again_is_kept_far_from_its_other_towns() -> None:
    # A weekly from Ubari names Sabha's prosecutors, Doha's old ceasefire and Ubari itself
    # many times; Ghat, far to the south-west, is named in the masthead, the headline and
    # the story of its bomb: one of the paper's subjects, not a stray homonym.
    text = (
        "THE FEZZAN WEEKLY\nUbari · Ghat · Sabha\nSaturday, 20 June 2026\n\n"
        "TRUCE IN UBARI; SOLDIER KILLED NEAR GHAT\n\n"
        "Elders in Ubari signed a truce on Friday. The accord was read out in Ubari's "
        "market, and the men accused of the shooting will be tried in Sabha. A Sabha lawyer "
        "said Ubari had not seen such anger since the war that ended with talks in Doha in "
        "2015. Officials in Tripoli and Benghazi welcomed the accord.\n\n"
        "In Ghat, a soldier was killed on Wednesday when a roadside bomb exploded under his "
        "vehicle on the road about 30 kilometres north of the town, a military source in "
        "Ghat said. The patrol was hunting a route used to smuggle fuel to Algeria and "
        "Niger.\n\n"
        "Young men from Ubari held a sit-in in Ubari on Tuesday.\n"
    )
    assert "Ghat" in _places(text, "2026-06-20")
    bomb = next(m for m in _read(text, "2026-06-20") if m.weapon == "roadside bomb")
    assert bomb.location is not None and bomb.location.name == "Ghat"


def test_the_shooting_told_by_its_day_is_one_incident_and_each_side_fired() -> None:
    text = (
        "UBARI - Elders met in Ubari on Friday.\n\n"
        "The shooting on Thursday evening began after a quarrel at a fuel station, when "
        "Tuareg gunmen and Tebu gunmen opened fire on each other with rifles. Two men, one "
        "from each community, were killed and five others were wounded, a doctor said."
    )
    m = next(m for m in _read(text, "2026-06-20") if m.sub_event_type == "Armed clash")
    assert m.date_start == "2026-06-18"
    assert m.actor1 is not None and m.actor1.startswith("Tuareg Ethnic Militia")
    assert m.actor2 is not None and m.actor2.startswith("Tebu Ethnic Militia")
    assert m.fatalities is not None and m.fatalities.value == 2


def test_an_apposition_that_says_one_from_each_side_is_no_count() -> None:
    fat, inj, _ = find_casualties(
        "Three herders, one from each clan, were killed and four others were wounded."
    )
    assert fat is not None and fat.value == 3
    assert inj is not None and inj.value == 4


def test_armed_men_who_seize_a_fuel_tanker_loot_it_where_the_district_names_the_town() -> None:
    m = _one(
        "SABHA, Libya - In Wadi al-Shati, armed men seized a fuel tanker carrying 30,000 "
        "litres of diesel on Sunday on the road near Brak al-Shati and drove it off to the "
        "south, the state fuel company said.",
        "2026-08-12",
    )
    assert m.sub_event_type == "Looting/property destruction"
    assert m.location is not None and m.location.name == "Brak"
    assert m.country == "LY"


def test_an_inquiry_into_the_attack_and_the_dead_remembered_are_no_new_incidents() -> None:
    text = (
        "IMPHAL, March 18 - Gunmen fired on Koutruk village on Monday, killing a farmer, "
        "police said.\n\n"
        "The state government said on Wednesday that an inquiry had been ordered into the "
        "Koutruk attack and that the families of those killed would be paid compensation.\n\n"
        "At a rally in Imphal, women remembered the villagers killed in the drone attacks on "
        "Koutruk in March, and in September 2024.\n"
    )
    got = _read(text, "2026-03-18")
    assert [m.sentence for m in got] == [0], [(m.sub_event_type, m.text) for m in got]
    assert got[0].location is not None and got[0].location.name == "Koutruk"


def test_a_masthead_issue_line_that_opens_with_the_papers_year_dates_the_copy() -> None:
    head = (
        "LE JOURNAL DU CENTRE\n"
        "      Année 12 — No. 507 — Jeudi 14 août 2025 — 40 gourdes\n\n"
        "CROWD MARCHES IN HINCHE\n\nSeveral hundred people marched on Wednesday.\n"
    )
    assert meta.leading_date(head)[0] == "2025-08-14"


def test_a_foreign_date_line_with_the_issue_number_after_it_dates_the_copy() -> None:
    head = (
        "EL CORREO DEL NORTE\n"
        "Esmeraldas, martes 3 de marzo de 2026 · Año XII · N.º 4.118\n\n"
        "RIOT AT THE PRISON\n\nInmates rioted on Monday.\n"
    )
    assert meta.leading_date(head)[0] == "2026-03-03"


def test_an_indian_papers_colon_dateline_is_the_reports_day_not_the_incidents() -> None:
    m = _one(
        "Imphal, May 20: A heavy exchange of fire took place near Moreh on Tuesday morning "
        "between the Assam Rifles and armed cadres, in which one attacker was killed, sources "
        "said.",
        "2026-05-21",
    )
    assert m.date_start == "2026-05-19"
    assert m.location is not None and m.location.name == "Moreh"


def test_a_digest_item_with_a_colon_keeps_its_day() -> None:
    # (only a report's opening is read as a dateline)
    lead = "WEEKLY DIGEST, 11-17 May 2026\n\n" + "Summary of the week's incidents. " * 30
    text = lead + "\n\nMoreh, 14 May: Gunmen shot dead a trader near the market on Thursday."
    m = next(m for m in _read(text, "2026-05-18") if m.fatalities is not None)
    assert m.date_start == "2026-05-14"


def test_the_clause_after_a_statements_day_is_not_dated_by_the_main_clause() -> None:
    m = next(
        m
        for m in _read(
            "IMPHAL, March 18 (Wire) - A second victim of Monday's bomb attack on Koutruk "
            "village has died, police said on Wednesday, as authorities arrested three members "
            "of the Arambai Tenggol in the state capital.",
            "2026-03-18",
        )
        if m.sub_event_type == "Arrests"
    )
    assert m.date_start is not None and m.date_end is not None
    assert m.date_start <= "2026-03-18" <= m.date_end
    assert m.date_end != "2026-03-16"


def test_the_day_a_wounded_boy_died_in_a_named_hospital_does_not_date_the_attack() -> None:
    got = _read(
        "A boy who was wounded when drones dropped explosives on the village in Imphal West "
        "district died at the Regional Institute of Medical Sciences late on Tuesday, a "
        "doctor said.",
        "2026-03-18",
    )
    assert all(m.date_start != "2026-03-17" for m in got), [(m.date_start, m.text) for m in got]


def test_a_place_a_few_kilometres_away_only_locates_the_scene() -> None:
    m = _one(
        "ANBAR - Militants attacked a checkpoint a few kilometres from Ain al-Asad air base in "
        "the al-Baghdadi area on Friday, killing a guard.",
        "2026-06-13",
    )
    assert m.location is not None and m.location.name == "Al-Baghdadi"


def test_the_supplement_knows_the_batchs_towns() -> None:
    text = (
        "Gunmen ambushed a convoy near Akashat and a bomb went off in Kubaisa, in Anbar "
        "province. In Libya, a clash near Jabal al-Uwaynat followed a raid on Germa. In "
        "Manipur, drones hit Koutruk and Sekmai, and a grenade was thrown in Singjamei. In "
        "Haiti, gunmen looted Desdunes. In Nigeria, herders attacked villages of Agatu and "
        "Guma in Benue State and a village near Miango in Plateau State."
    )
    names = _places(text, "2026-06-01")
    for town in ("Akashat", "Kubaisa", "Jabal al-Uwaynat", "Germa", "Koutruk", "Sekmai",
                 "Singjamei", "Desdunes", "Agatu", "Guma", "Miango"):  # fmt: skip
        assert town in names, (town, names)


def test_a_colon_dateline_under_a_dated_masthead_leaves_the_masthead_its_day() -> None:
    text = (
        "THE VALLEY DAILY\nImphal, Thursday, 21 May 2026 | Vol. XII No. 40 | Price Rs 5\n\n"
        "Imphal, May 20: Gunmen fired on a patrol near Moreh on Tuesday, sources said.\n"
    )
    assert meta.yearless_dateline(text) is None
    assert meta.infer_published(text, []) == "2026-05-21"


def test_a_long_headline_then_a_capitals_dateline_are_two_lines_not_one_name() -> None:
    text = (
        "Tribal fighters push back an attack west of Haditha; herders seized near Rutba\n"
        "HADITHA — Fighters of the Tribal Mobilization Forces killed two Islamic State "
        "militants in a clash in the desert west of Haditha on Sunday night, a commander said."
    )
    assert "Ḩadīthah" in _places(text, "2025-08-12")
    m = next(m for m in _read(text, "2025-08-12") if m.sub_event_type == "Armed clash")
    assert m.location is not None and m.location.name == "Ḩadīthah"
    assert "Tribal Mobilization Forces" in (m.actor1, m.actor2)


def test_charges_that_blow_up_a_pylon_west_of_the_city_of_hit_are_an_ied_there() -> None:
    text = (
        "RAMADI - Militants blew up a power pylon west of the city of Hit on Thursday night "
        "using explosive charges, the electricity directorate said. No one was hurt.\n\n"
        "Similar attacks were recorded in 2021, when militants tried to hit the power grid."
    )
    m = _one(text, "2025-11-16")
    assert m.sub_event_type == "Remote explosive/landmine/IED"
    assert m.weapon == "explosive charges"
    assert m.location is not None and m.location.name == "Hīt"


def test_an_outlets_name_ending_in_now_is_no_time() -> None:
    got = _read(
        "HADITHA - Tribal fighters killed two militants in a clash west of Haditha on Sunday, "
        "a commander said.\n\n"
        "Colonel Saad Ali told Anbar Now that about six militants on motorcycles approached a "
        "tribal post and exchanged fire with the guards for an hour.",
        "2025-08-12",
    )
    assert all(m.date_start != "2025-08-12" for m in got), [(m.date_start, m.text) for m in got]


def test_an_hour_in_an_item_yields_to_the_items_day() -> None:
    m = _one(
        "WEEKLY DIGEST, 12-25 January 2026\n\n"
        "**1. Milagro (Guayas) — Wednesday 14 January.** Unknown men on a motorcycle hurled "
        "a grenade at a hardware shop at around 8 p.m. Two employees were wounded.",
        "2026-01-28",
    )
    assert m.date_start == "2026-01-14"


def test_a_river_named_like_a_town_is_no_town_and_the_canton_is_esmeraldas() -> None:
    m = _one(
        "ESMERALDAS - The Armed Forces said that on Sunday troops took back control of an area "
        "along the Santiago river, in the canton of Eloy Alfaro, which had been held by a "
        "mining network linked to Los Lobos.",
        "2026-03-04",
    )
    assert m.sub_event_type == "Government regains territory"
    assert m.location is not None and m.location.name == "Eloy Alfaro canton"
    assert m.country == "EC"


def test_this_border_town_is_the_datelines_town() -> None:
    m = _one(
        "GUASDUALITO, Venezuela, Sept. 18, 2025 (AFP) - At least nine people were killed on "
        "Tuesday in fighting between ELN guerrillas and FARC dissidents in the countryside "
        "outside this Venezuelan border town, officials said, in a turf war along the Arauca "
        "river.",
        "2025-09-18",
    )
    assert m.location is not None and m.location.name == "Guasdualito"


def test_a_week_of_raids_and_shootings_is_no_incident() -> None:
    got = _read(
        "DARAA, Syria, Sept. 18, 2025 (AFP) - A drone strike on a car outside the town of Nawa "
        "killed two men on Tuesday, officials said, as residents of Daraa province described a "
        "week of raids and shootings that has left the countryside on edge.",
        "2025-09-18",
    )
    assert [m.sub_event_type for m in got] == ["Air/drone strike"], [m.text for m in got]


def test_rocket_propelled_grenades_fired_into_a_village_are_a_shelling() -> None:
    m = _one(
        "IMPHAL - Suspected militants fired rocket-propelled grenades from the hill ranges into "
        "Kwakta in Bishnupur district on Thursday night, damaging two houses, police said.",
        "2026-04-04",
    )
    assert m.sub_event_type == "Shelling/artillery/missile attack"
    assert m.date_start == "2026-04-02"
    assert m.location is not None and m.location.name == "Kwakta"


def test_vigilantes_who_repel_attackers_fight_them() -> None:
    m = _one(
        "MAKURDI - On Sunday, local vigilantes repelled another group of attackers who tried "
        "to enter Obagaji. Two vigilantes were killed in the exchange of fire.",
        "2026-04-20",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.actor1 is not None and m.actor1.startswith("Vigilantes")


def test_mob_killings_told_every_way_are_tolls() -> None:
    def dead(text: str) -> float | None:
        fat, _, _ = find_casualties(text)
        return None if fat is None else fat.value

    assert dead("Two young men were beaten and burned to death by a crowd on Tuesday.") == 2
    assert dead("An angry mob beat to death a man they accused of spying.") == 1
    assert dead("A man accused of being an informant for the gangs was beaten to death.") == 1


def test_a_toll_brought_to_a_number_and_a_corrected_count_are_read() -> None:
    fat, _, _ = find_casualties(
        "One of the wounded fighters died of his injuries overnight, a spokesman said, "
        "bringing the number of dead to five."
    )
    assert fat is not None and fat.value == 5
    fat, _, _ = find_casualties(
        "The army raised its toll, saying seven militants, not six as first reported, had "
        "been killed."
    )
    assert fat is not None and fat.value == 7


def test_armed_herders_in_nigeria_are_the_fulani_militia() -> None:
    m = _one(
        "MAKURDI, Nigeria - At least 15 people were killed when armed herders attacked a "
        "farming village in Agatu Local Government Area of Benue State on Saturday.",
        "2026-04-20",
    )
    assert m.actor1 == "Fulani Ethnic Militia (Nigeria)"


def test_an_acronym_the_article_defines_as_a_police_unit_is_no_rebel_group() -> None:
    m = _one(
        "ESMERALDAS, Ecuador - A car bomb blew up outside a Community Policing Unit (UPC) in "
        "the south of the city late on Monday, killing a police officer.",
        "2026-02-10",
    )
    assert m.actor1 != "Union for Peace in the Central African Republic"
    assert m.actor2 != "Union for Peace in the Central African Republic"
    got = _read(
        "BRIA - Fighters of the Union pour la Paix en Centrafrique (UPC) attacked a village "
        "on Sunday, killing three people. The UPC denied it.",
        "2026-03-02",
    )
    assert got[0].actor1 == "Union for Peace in the Central African Republic"


def test_the_victims_of_an_attack_and_a_quote_that_calls_it_cowardly_are_no_new_ones() -> None:
    text = (
        "QUEVEDO, Ecuador - Gunmen shot dead four police officers at a checkpoint outside "
        "Mocache on Tuesday, police said.\n\n"
        "Families of the victims of Tuesday's attack were burying their dead on Thursday in "
        "the town cemetery.\n\n"
        '"It was a cowardly attack against the men and women who patrol these streets," the '
        "police commander told reporters on Wednesday.\n\n"
        "Men believed to be relatives of the victims set fire to three houses on Wednesday."
    )
    got = _read(text, "2025-11-20")
    assert [m.sentence for m in got] == [0, 3], [(m.sentence, m.text) for m in got]


def test_people_seized_are_abducted_on_their_own_day() -> None:
    m = _one(
        "CABINDA - Separately, two employees of a timber concession were still missing on "
        "Monday after being seized by armed men near Belize last Thursday, a relative said.",
        "2026-03-10",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"
    assert m.date_start == "2026-03-05"
    m = _one(
        "JOS - The farmers were seized on Wednesday afternoon while working on their farms near "
        "Riyom, an official said.",
        "2026-04-24",
    )
    assert m.sub_event_type == "Abduction/forced disappearance"
    assert m.actor1 != m.actor2
    town = _one(
        "JOS - Rebels seized the town of Riyom on Wednesday, an official said.", "2026-04-24"
    )
    assert town.sub_event_type == "Non-state actor overtakes territory"


def test_the_attackers_told_again_with_no_place_of_their_own_are_the_same_attack() -> None:
    text = (
        "MAKURDI, Nigeria - At least 15 people were killed when armed herders attacked a "
        "farming village in Agatu Local Government Area of Benue State on Saturday.\n"
        "The attackers, said to number more than 50, stormed the community at about 4pm on "
        "Saturday, shooting sporadically and setting houses ablaze."
    )
    got = _read(text, "2026-04-20")
    assert [m.sentence for m in got] == [0], [(m.sub_event_type, m.text) for m in got]
