"""Places stage on sentences written for these tests (no shared data, no package cache).

The gazetteer here is the curated supplement plus a few decoy towns written below, so
that the tests run in milliseconds and show what each rule protects against.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wiretally.geo import GazetteerError, geoparse, resolve_name, supplement_gazetteer
from wiretally.geo.gazetteer import Gazetteer, distance_km, read_tsv
from wiretally.geo.normalize import exact_key, skeleton_key

# Decoys: real-looking towns named like people or groups, to prove they are not taken.
# (Added as plain gazetteer entries, as the package data would be, not as curated rows.)
DECOYS = [
    ("Sudani", 30.1, 45.1, "IQ", 4000),
    ("Qassem", 31.0, 35.0, "PS", 6000),
    ("Kataeb", 34.0, 35.6, "LB", 3000),
    ("Kirby", 53.4, -2.9, "GB", 40000),
    ("Paris", 48.8566, 2.3522, "FR", 2138551),
    ("Paris", 33.6609, -95.5555, "US", 24782),
    ("Dallas", 32.7831, -96.8067, "US", 1300092),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    gaz = supplement_gazetteer()
    for name, lat, lon, country, population in DECOYS:
        gaz.add(name, lat, lon, country=country, population=population)
    # A town abroad listing a country's name among its alternates.
    gaz.add("Arak", 34.09, 49.69, country="IR", population=500000, alternates=["Iraq"])
    return gaz


def _places(text: str, gaz: Gazetteer) -> dict[str, object]:
    return {p.text: p for p in geoparse(text, article_id="t", gazetteer=gaz)}


@pytest.mark.parametrize(
    "spelling",
    ["Boukamal", "Abu Kamal", "al-Bukamal", "Albukamal", "Al Boukamal", "Abou Kamal"],
)
def test_abu_kamal_spellings_resolve_to_one_place(spelling: str, gaz: Gazetteer) -> None:
    place = resolve_name(spelling, gazetteer=gaz)
    assert place is not None and place.geonames_id == 174448
    assert place.country == "SY" and place.admin1 == "Deir ez-Zor"


@pytest.mark.parametrize(
    "spelling",
    ["Deir ez-Zor", "Deir el-Zour", "Dayr az Zawr", "Deir Ezzor", "Deir al-Zor", "DEIR EZ-ZOR"],
)
def test_deir_ez_zor_spellings_resolve_to_one_place(spelling: str, gaz: Gazetteer) -> None:
    place = resolve_name(spelling, gazetteer=gaz)
    assert place is not None and place.geonames_id == 170794 and place.feature == "city"


def test_skeleton_keys_merge_transliterations_only() -> None:
    assert skeleton_key("Mayadeen") == skeleton_key("al-Mayadin") == skeleton_key("Meyadin")
    assert skeleton_key("Khan Younis") == skeleton_key("Khan Yunis")
    assert skeleton_key("Ain al-Asad") == skeleton_key("Ayn al Asad")
    assert skeleton_key("Raqqa") == skeleton_key("Ar-Raqqah")
    assert skeleton_key("Mosul") != skeleton_key("Basra")
    assert exact_key("Mayādīn") == "mayadin"


@given(st.text(max_size=40))
def test_keys_never_fail_and_are_idempotent_on_hostile_text(text: str) -> None:
    key = exact_key(text)
    assert exact_key(key) == key
    assert isinstance(skeleton_key(text), str)


def test_near_a_town_is_precision_two(gaz: Gazetteer) -> None:
    places = _places("Jets struck a depot near Boukamal on the Iraqi border overnight.", gaz)
    assert places["Boukamal"].precision == 2  # type: ignore[attr-defined]


def test_a_town_itself_is_precision_one(gaz: Gazetteer) -> None:
    places = _places("Shells fell on Deir el-Zour at dawn, residents said.", gaz)
    assert places["Deir el-Zour"].precision == 1  # type: ignore[attr-defined]


def test_a_country_is_an_area_never_a_point(gaz: Gazetteer) -> None:
    places = _places("Aid convoys crossed into Syria from Jordan on Monday.", gaz)
    syria = places["Syria"]
    assert syria.precision == 3 and syria.feature == "country"  # type: ignore[attr-defined]
    assert places["Jordan"].country == "JO"  # type: ignore[attr-defined]


def test_region_of_a_country_is_precision_three_and_lies_on_that_side(gaz: Gazetteer) -> None:
    places = _places("A drone hit a convoy in eastern Syria late on Friday.", gaz)
    region = places["eastern Syria"]
    assert region.precision == 3 and region.country == "SY"  # type: ignore[attr-defined]
    syria = resolve_name("Syria", gazetteer=gaz)
    assert syria is not None and region.lon > syria.lon  # type: ignore[attr-defined]


def test_district_of_a_town_is_part_of_it(gaz: Gazetteer) -> None:
    text = "Warplanes hit a weapons store in the Bulbul district of Mayadin, a monitor said."
    places = _places(text, gaz)
    bulbul = next(p for t, p in places.items() if t.startswith("Bulbul"))
    assert bulbul.precision == 2  # type: ignore[attr-defined]
    mayadin = places["Mayadin"]
    assert distance_km(bulbul.lat, bulbul.lon, mayadin.lat, mayadin.lon) < 5  # type: ignore[attr-defined]


def test_unknown_district_of_a_known_town_is_placed_at_the_town(gaz: Gazetteer) -> None:
    text = "Clashes broke out in the Hamidiya district of Deir el-Zour on Sunday."
    places = _places(text, gaz)
    part = places["Hamidiya district"]
    town = places["Deir el-Zour"]
    assert part.precision == 2 and part.feature == "district"  # type: ignore[attr-defined]
    assert (part.lat, part.lon) == (town.lat, town.lon)  # type: ignore[attr-defined]


def test_hostile_text_does_not_break_the_parser(gaz: Gazetteer) -> None:
    for text in [
        "",
        " ",
        "A" * 5000,
        "Al-" * 300,
        "Deir " * 2000,
        "\x00\ud7ff Syria ÿ",
        "of of Of",
    ]:
        for place in geoparse(text, article_id="t", gazetteer=gaz):
            assert text[place.start : place.end] == place.text


def test_the_air_base_is_one_mention_with_its_feature(gaz: Gazetteer) -> None:
    places = _places("Rockets landed inside the Ain al-Asad air base in western Iraq.", gaz)
    base = next(p for t, p in places.items() if "Asad" in t)
    assert base.feature == "airbase" and base.country == "IQ"  # type: ignore[attr-defined]
    assert base.text.endswith("air base")  # type: ignore[attr-defined]


def test_people_and_groups_are_not_places(gaz: Gazetteer) -> None:
    text = (
        "Gen. Qassem Soleimani was killed in 2020. Prime Minister Mohammed Shia al-Sudani "
        "condemned the strike. Kataeb Hezbollah denied involvement, and Kirby said the "
        "Pentagon would respond. Qassem later appeared in a mural."
    )
    names = {p.text for p in geoparse(text, article_id="t", gazetteer=gaz)}
    assert not names & {"Qassem", "al-Sudani", "Sudani", "Kataeb", "Kirby"}


def test_a_list_of_countries_is_not_a_town_and_its_qualifier(gaz: Gazetteer) -> None:
    text = "Militias could open fronts from Lebanon, Syria, Iraq, Iran, or elsewhere."
    countries = [p.country for p in geoparse(text, article_id="t", gazetteer=gaz)]
    assert countries == ["LB", "SY", "IQ", "IR"]


def test_an_english_word_before_a_name_is_not_an_arabic_article(gaz: Gazetteer) -> None:
    places = geoparse("As Israel pressed south, aid stalled.", article_id="t", gazetteer=gaz)
    assert [p.text for p in places] == ["Israel"]


def test_months_and_weekdays_are_not_places(gaz: Gazetteer) -> None:
    assert (
        geoparse("On Monday, in March and May, nothing moved.", article_id="t", gazetteer=gaz) == []
    )


def test_context_picks_the_homonym_in_the_articles_country(gaz: Gazetteer) -> None:
    local = "Storms closed roads between Dallas and Paris, Texas officials said on Sunday."
    paris = next(p for p in geoparse(local, article_id="t", gazetteer=gaz) if p.text == "Paris")
    assert paris.country == "US"
    world = "Talks on the ceasefire resumed in Paris on Tuesday."
    paris = next(p for p in geoparse(world, article_id="t", gazetteer=gaz) if p.text == "Paris")
    assert paris.country == "FR"


def test_offsets_point_at_the_text(gaz: Gazetteer) -> None:
    text = "From Erbil air base to al-Tanf, and in the Red Sea, attacks went on."
    for place in geoparse(text, article_id="a1", gazetteer=gaz):
        assert text[place.start : place.end] == place.text
        assert place.article_id == "a1" and place.lat is not None


def test_given_spans_come_back_one_each_in_order(gaz: Gazetteer) -> None:
    text = "Israeli troops entered Khan Younis; the Gaza Strip was sealed."
    spans = [(text.index("Gaza Strip"), text.index("Gaza Strip") + 10), (0, 7)]
    places = geoparse(text, article_id="t", gazetteer=gaz, spans=spans)
    assert [p.text for p in places] == ["Gaza Strip", "Israeli"]
    assert places[1].country == "IL" and places[1].precision == 3


def test_user_extra_file_adds_places(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text(
        "name\talternates\tlat\tlon\tcountry\tfeature\tsource\n"
        "Outpost Zulu\tZulu outpost\t34.1\t41.2\tIQ\tbase\tmy notes\n",
        encoding="utf-8",
    )
    gaz = supplement_gazetteer(path)
    place = resolve_name("Zulu outpost", gazetteer=gaz)
    assert place is not None and place.name == "Outpost Zulu" and place.feature == "base"


def test_bad_extra_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("name\tlat\tlon\nSomewhere\tnorth\t12\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad\.tsv:2"):
        list(read_tsv(path))


def test_supplement_rows_all_cite_a_source() -> None:
    from wiretally.geo.gazetteer import SUPPLEMENT

    rows = list(read_tsv(SUPPLEMENT))
    assert len(rows) > 100
    lines = [
        line.split("\t")
        for line in SUPPLEMENT.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    header, body = lines[0], lines[1:]
    source = header.index("source")
    assert all(len(cells) > source and cells[source].strip() for cells in body)


def test_a_title_word_ending_a_sentence_does_not_make_the_next_place_a_person() -> None:
    # Regression: "... as its new leader. On the Gaza battlefield" lost Gaza, because
    # "leader." was read like the abbreviated title "Gen.".
    places = geoparse("They chose a new leader. In Gaza, fighting went on.", article_id="t")
    assert [p.text for p in places] == ["Gaza"]
    titled = geoparse("Gen. Soleimani was killed in Baghdad.", article_id="t")
    assert [p.text for p in titled] == ["Baghdad"]


def test_a_bare_name_shared_by_a_province_and_its_capital_is_the_town() -> None:
    text = (
        "Fighting continued in the Kidal region of northern Mali. On Tuesday, rebels "
        "attacked an army post in Kidal, killing four soldiers."
    )
    places = [(p.text, p.precision) for p in geoparse(text, article_id="t")]
    assert places[0] == ("Kidal", 3)  # "the Kidal region"
    assert places[-1] == ("Kidal", 1)  # "an army post in Kidal": the town
    town = geoparse("Militants attacked a checkpoint in Idlib, Syria.", article_id="t")
    assert (town[0].text, town[0].precision) == ("Idlib", 1)
    area = geoparse("Airstrikes hit villages in the province of Idlib.", article_id="t")
    assert (area[0].text, area[0].precision) == ("Idlib", 3)


def test_a_rank_before_a_town_name_makes_it_a_person_but_a_saint_keeps_the_place() -> None:
    # Johnson and Smith are also US towns; after "Sgt." they are soldiers.
    text = "Sgt. Smith said the patrol came under fire near Gao. Staff Sgt. Johnson was hurt."
    assert [p.text for p in geoparse(text, article_id="t")] == ["Gao"]
    saint = geoparse("Hundreds marched in St. Louis on Sunday.", article_id="t")
    assert [(p.text, p.country) for p in saint] == [("St. Louis", "US")]


# --------------------------------------------------------------------------- US homonyms
# A hand-made gazetteer: towns, counties and states named alike, with made-up populations.


@pytest.fixture(scope="module")
def us_gaz() -> Gazetteer:
    g = Gazetteer()
    for state, lat, lon in [
        ("Ohio", 40.4, -82.7), ("New York", 43.0, -75.5), ("Texas", 31.0, -99.0),
        ("Minnesota", 46.0, -94.0), ("Alabama", 32.8, -86.8),
    ]:  # fmt: skip
        g.add(state, lat, lon, country="US", admin1=state, feature="admin1")
    g.add("New York City", 40.71, -74.01, country="US", admin1="New York",
          population=8_000_000, alternates=["New York"])  # fmt: skip
    g.add("Rego Park", 40.73, -73.86, country="US", admin1="New York", population=40_000)
    g.add("Clay", 33.70, -86.60, country="US", admin1="Alabama", population=9_000)
    for county, lat, lon in [("Clay County", 46.9, -96.5), ("Becker County", 46.9, -95.7),
                             ("Wilkin County", 46.4, -96.5)]:  # fmt: skip
        g.add(county, lat, lon, country="US", admin1="Minnesota", admin2=county,
              feature="admin2")  # fmt: skip
    g.add("West Columbia", 33.99, -81.07, country="US", admin1="South Carolina")
    g.add("Neches", 31.87, -95.50, country="US", admin1="Texas", population=700)
    # Many small homonyms indexed before the big one.
    for k in range(80):
        g.add("Springvale", 10.0 + k / 10, 20.0, country="ZZ", population=600)
    g.add("Springvale", 40.0, -80.0, country="US", admin1="Ohio", population=900_000)
    return g


def _resolve_span(text: str, name: str, g: Gazetteer) -> object:
    start = text.index(name)
    (place,) = geoparse(text, article_id="t", gazetteer=g, spans=[(start, start + len(name))])
    return place


def test_names_listed_before_counties_are_counties(us_gaz: Gazetteer) -> None:
    text = "Roads are under water in Becker, Clay and Wilkin counties this week."
    place = _resolve_span(text, "Clay", us_gaz)
    assert place.feature == "admin2" and place.admin1 == "Minnesota"  # type: ignore[attr-defined]


def test_a_name_in_a_list_of_states_is_the_state(us_gaz: Gazetteer) -> None:
    text = "Cases were reported in Ohio, New York and Texas."
    place = _resolve_span(text, "New York", us_gaz)
    assert place.feature == "admin1"  # type: ignore[attr-defined]
    alone = _resolve_span("She flew to New York on Monday.", "New York", us_gaz)
    assert alone.name == "New York City"  # type: ignore[attr-defined]


def test_the_qualifier_after_a_town_is_the_state(us_gaz: Gazetteer) -> None:
    text = "The airline, based in Rego Park, New York, starts flights next year."
    place = _resolve_span(text, "New York", us_gaz)
    assert place.feature == "admin1" and place.precision == 3  # type: ignore[attr-defined]


def test_a_feature_or_people_named_after_a_place_fall_back_on_it(us_gaz: Gazetteer) -> None:
    river = _resolve_span("Anglers waded into the Neches River at dawn.", "Neches River", us_gaz)
    assert river.name == "Neches" and river.precision == 2  # type: ignore[attr-defined]
    people = _resolve_span("Ohioans voted on Tuesday.", "Ohioans", us_gaz)
    assert people.feature == "admin1" and people.admin1 == "Ohio"  # type: ignore[attr-defined]
    abbreviated = _resolve_span("He moved to W. Columbia last year.", "W. Columbia", us_gaz)
    assert abbreviated.name == "West Columbia"  # type: ignore[attr-defined]


def test_the_candidate_cut_keeps_the_big_homonym(us_gaz: Gazetteer) -> None:
    place = _resolve_span("Storms hit Springvale overnight.", "Springvale", us_gaz)
    assert place.country == "US"  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def full_gaz() -> Gazetteer:
    from wiretally.geo import get_gazetteer

    return get_gazetteer()  # the packaged towns too (built once, cached on disk)


def test_a_demonym_is_never_a_town(full_gaz: Gazetteer) -> None:
    # "Syrian" read loosely is the Malaysian town Serian; as a word it is a people.
    found = _places("Gunmen shot a Syrian officer in Raqqa on Monday.", full_gaz)
    assert "Syrian" not in found and "Raqqa" in found


def test_a_violence_word_opening_a_headline_is_not_a_place(full_gaz: Gazetteer) -> None:
    found = _places("Massacre at a river crossing in Deir Ezzor", full_gaz)
    assert "Massacre" not in found and "Deir Ezzor" in found


def test_the_countryside_of_a_capital_is_its_province_of_a_town_near_it(
    full_gaz: Gazetteer,
) -> None:
    homs = _places("Clashes continue in Homs countryside.", full_gaz)["Homs"]
    assert (homs.feature, homs.precision) == ("admin1", 3)  # type: ignore[attr-defined]
    manbij = _places("Clashes continue in the countryside of Manbij.", full_gaz)["Manbij"]
    assert manbij.precision == 2  # type: ignore[attr-defined]


def test_a_town_qualified_by_an_area_is_looked_for_inside_it() -> None:
    # The Sudanese Bara ranks low among a dozen homonyms: the qualifier brings it back.
    places = {p.text: p for p in geoparse(
        "The army retook the town of Bara in North Kordofan State on Wednesday.",
        article_id="t",
    )}  # fmt: skip
    assert places["Bara"].country == "SD"
    assert places["North Kordofan State"].feature == "admin1"


def test_a_small_town_abroad_is_left_unknown_when_the_article_is_elsewhere() -> None:
    text = (
        "Fighting broke out near Goma and Sake in North Kivu on Monday. Residents of Rutshuru "
        "fled as shells fell around Karera."
    )
    places = {p.text: p for p in geoparse(text, article_id="t")}
    assert places["Goma"].country == "CD"
    assert "Karera" not in places  # a town in India by that name is not this one


def test_a_two_word_alternate_name_is_specific_and_an_agency_name_is_no_place() -> None:
    places = {p.text: p for p in geoparse(
        "An Israeli drone targeted a car in the city of Bint Jbeil yesterday, the Syria Civil "
        "Defence said.",
        article_id="t",
    )}  # fmt: skip
    assert places["Bint Jbeil"].country == "LB"  # GeoNames' Bent Jbaïl, no population listed
    assert "Syria" not in places  # inside an organisation's name


def test_a_village_listed_without_people_counts_in_the_province_the_article_names(
    gaz: Gazetteer,
) -> None:
    # A village as GeoNames lists many: its main name, its province, no population.
    gaz.add("Panjgur", 26.97, 64.09, country="PK", admin1="Balochistan", population=0)
    named = _places(
        "Militants attacked a camp in Panjgur on Saturday. The Chief Minister of Balochistan "
        "ordered an inquiry.",
        gaz,
    )
    assert "Panjgur" in named
    bare = _places("Militants attacked a camp in Panjgur on Saturday.", gaz)
    assert "Panjgur" not in bare  # no population, no province: too likely a word or a name
    aside = _places("The Chief Minister of Balochistan met Panjgur on Saturday.", gaz)
    assert "Panjgur" not in aside  # named, but not where anything is


def test_a_town_in_a_facilitys_name_is_no_surname(gaz: Gazetteer) -> None:
    gaz.add("Turbat", 26.0, 63.05, country="PK", admin1="Balochistan", population=75694)
    text = (
        "Meanwhile, in Turbat, gunmen opened fire on labourers on Sunday. The bodies were "
        "shifted to the Teaching Hospital Turbat."
    )
    assert "Turbat" in _places(text, gaz)


def test_a_spelling_of_a_small_town_counts_in_the_province_the_article_names(
    gaz: Gazetteer,
) -> None:
    gaz.add("Miran Shah", 33.0, 70.07, country="PK", admin1="Khyber Pakhtunkhwa", population=4131)
    text = (
        "Troops killed six militants near Miranshah on Wednesday, Khyber Pakhtunkhwa police said."
    )
    assert "Miranshah" in _places(text, gaz)
    assert "Miranshah" not in _places("Troops killed six militants near Miranshah.", gaz)


def test_a_word_of_a_longer_name_is_no_loose_spelling_of_a_country(gaz: Gazetteer) -> None:
    places = _places("Forces exchanged fire at the Spin Boldak-Chaman crossing.", gaz)
    assert all(getattr(p, "name", None) != "Spain" for p in places.values())
    assert "Spain" in _places("He flew to Spain on Monday.", gaz)


def test_the_red_cross_is_a_relief_body_not_a_town(gaz: Gazetteer) -> None:
    gaz.add("Red Cross", 35.26, -80.48, country="US", population=742)
    text = "Clashes near Riad al-Solh Square.\n\n17:20 - The Red Cross now says 27 were injured."
    assert "Red Cross" not in _places(text, gaz)
    assert "Red Cross" not in _places("The Lebanese Red Cross said so.", gaz)


def test_a_briefs_heading_names_a_town_of_its_province(gaz: Gazetteer) -> None:
    gaz.add("Al Hawijah", 35.32, 43.77, country="IQ", admin1="Kirkuk", population=0)
    text = "INCIDENTS\n\n5. KIRKUK / Hawija - Arrests (Monday, 19 Jan)\nPolice arrested four men."
    assert "Hawija" in _places(text, gaz)


def test_a_town_opening_a_teaching_hospitals_name_is_where(full_gaz: Gazetteer) -> None:
    text = "A drone struck a street beside the Wad Madani Teaching Hospital late on Sunday."
    assert "Wad Madani" in _places(text, full_gaz)


def test_a_town_naming_its_local_government_area_is_where(full_gaz: Gazetteer) -> None:
    text = (
        "Bandits stormed a village in Faskari Local Government Area of Katsina State on "
        "Saturday night. The Supreme Court of Justice in Abuja did not sit."
    )
    found = _places(text, full_gaz)
    assert "Faskari" in found and "Katsina" in found
    assert "Supreme" not in found  # a court's name, not a town's court


def test_a_disease_named_after_a_place_is_no_place(full_gaz: Gazetteer) -> None:
    found = _places("Two West Nile virus cases were confirmed in Omdurman.", full_gaz)
    assert "Nile" not in found and "West Nile" not in found and "Omdurman" in found


def test_quarters_named_after_far_cities_are_no_places(full_gaz: Gazetteer) -> None:
    text = (
        "In Port-au-Prince, units of the Gang Suppression Force fought gunmen in Cite Soleil "
        "for most of the day in the Brooklyn and Boston neighbourhoods. Police in Haiti said "
        "seven were killed."
    )
    found = _places(text, full_gaz)
    assert "Brooklyn" not in found and "Boston" not in found and "Cite Soleil" in found
    at_home = _places(
        "Shots were fired in the Brooklyn and Queens neighbourhoods of New York.", full_gaz
    )
    assert "Brooklyn" in at_home


def test_a_place_word_vouches_for_a_town_listed_without_people(full_gaz: Gazetteer) -> None:
    town = _places(
        "In a separate operation near the town of Amadiya in Duhok province, an armed drone "
        "struck a vehicle on Tuesday.",
        full_gaz,
    )
    assert "Amadiya" in town
    front = _places(
        "The army thwarted an infiltration towards its positions on the Kirsh front, north "
        "of Lahj governorate.",
        full_gaz,
    )
    assert "Kirsh" in front


def test_a_name_vouched_for_once_is_that_place_at_its_bare_mentions(full_gaz: Gazetteer) -> None:
    # GeoNames lists Parachinar with no population: the dateline vouches for it, and the
    # same name later in the report is the same town.
    text = (
        "PARACHINAR: Two shepherds were killed by a landmine on Monday.\n\n"
        "Traders held a protest at Shaheed Park in Parachinar against the shortage of "
        "medicines."
    )
    found = _places(text, full_gaz)
    assert "Parachinar" in found
    bare = _places(
        "Traders held a protest at Shaheed Park in Parachinar against the shortage.", full_gaz
    )
    assert "Parachinar" not in bare  # unvouched, a village with no people listed stays out


def test_a_territory_and_the_state_that_holds_it_are_one_land(full_gaz: Gazetteer) -> None:
    # GeoNames files Smara under Morocco and Tifariti under Western Sahara: neither makes
    # the other look foreign.
    found = _places(
        "SMARA - A projectile landed on the outskirts of Smara on Thursday night, while a "
        "drone strike near Tifariti on Friday killed two men.\n\nOn Friday afternoon, a drone "
        "hit a vehicle about 10 kilometres north of Tifariti.",
        full_gaz,
    )
    assert "Smara" in found and "Tifariti" in found


def test_zaporizhzhia_is_the_city_not_the_village_that_holds_the_spelling(
    full_gaz: Gazetteer,
) -> None:
    # GeoNames gives the spelling "Zaporizhzhia" to a village of 656 people; the city of
    # 700,000 holds it only as an alternate.
    found = _places(
        "ZAPORIZHZHIA, Ukraine - The toll from a Russian drone attack on the Ukrainian city "
        "of Zaporizhzhia rose to three.",
        full_gaz,
    )
    city = found["Zaporizhzhia"]
    assert distance_km(city.lat, city.lon, 47.85, 35.12) < 10  # type: ignore[attr-defined]


def test_a_spanish_group_name_hides_its_country(full_gaz: Gazetteer) -> None:
    found = _places(
        "Fighting broke out between the ELN and the Clan del Golfo (Ejército Gaitanista de "
        "Colombia, EGC) in rural Bojayá on Sunday.",
        full_gaz,
    )
    assert "Colombia" not in found
    assert "Bojayá" in found


def test_a_hospital_general_is_no_generals_name(full_gaz: Gazetteer) -> None:
    # "General" before "de" is part of a facility's Spanish name, not a rank before a
    # surname: the town stays a place at every mention.
    found = _places(
        "Two gunmen died south of Matehuala on Wednesday. The wounded officer was taken to "
        "the Hospital General de Matehuala.",
        full_gaz,
    )
    assert "Matehuala" in found


def test_a_street_named_for_a_state_is_no_place(full_gaz: Gazetteer) -> None:
    found = _places(
        "The attackers walked into a bar on Calle Hidalgo in Ciudad Valles and opened fire.",
        full_gaz,
    )
    assert "Hidalgo" not in found
    assert "Ciudad Valles" in found


def test_a_towns_quarter_is_no_namesake_far_away(full_gaz: Gazetteer) -> None:
    # "the Al-Shati area of Abu Zabad" is no Gaza camp: the part lies by its town, and with
    # no namesake near it the town says where
    found = _places(
        "Armed men abducted five civilians from their homes in the Al-Shati area of Abu "
        "Zabad town on Tuesday.",
        full_gaz,
    )
    assert "Al-Shati" not in found
    assert found["Abu Zabad"].country == "SD"  # type: ignore[attr-defined]
