"""Whole-article readings found with the fourteenth and fifteenth field batches' styles
(north-eastern Ukraine, Ecuador's coast, Sindh, the Central African Republic with southern
Chad, south-eastern Myanmar, India's Maoist belt, the Tajik-Afghan border, South Sudan's
Equatoria; sentences written for these tests)."""

from __future__ import annotations

from reading import read_mentions
from wiretally import meta
from wiretally.geo.parse import geoparse
from wiretally.records import Mention


def _read(text: str, published: str = "2026-03-20") -> list[Mention]:
    return read_mentions(text, published)


def test_a_yearless_dateline_takes_the_year_its_lede_weekday_fits() -> None:
    # The copy names only background years (2018, 2021); its lede says the news came out
    # on a Wednesday, and 18 March fell on a Wednesday in 2026, not in 2021.
    text = (
        "Rebels kill four soldiers near Bocaranga\n\n"
        "BANGUI, March 18 (Wire) - Rebels attacked an army position outside Bocaranga on\n"
        "Monday, killing four soldiers, an army spokesman said on Wednesday.\n\n"
        "The group signed a peace deal in 2018 and its founder died in 2021.\n"
    )
    assert meta.infer_published(text, []) == "2026-03-18"
    # No weekday in the lede: the latest year it names stands.
    plain = text.replace("said on Wednesday", "said")
    assert meta.infer_published(plain, []) == "2021-03-18"


def test_a_numeric_stamp_is_ordered_by_the_weekday_it_names() -> None:
    # 8 October 2026 was a Thursday; 10 August 2026 a Monday.
    text = "DISTRICT POLICE\nPRESS RELEASE No. 318\nDated: 08-10-2026 (Thursday)\n\nPolice said.\n"
    assert meta.leading_date(text)[0] == "2026-10-08"
    assert meta.leading_date(text.replace("Thursday", "Monday"))[0] == "2026-08-10"


def test_a_bold_published_field_dates_a_digest_and_keeps_its_heading() -> None:
    text = (
        "# Access Digest - Week 5\n\n**Coverage:** 29 January - 4 February 2026\n"
        "**Published:** 6 February 2026\n\nPartners reported nine incidents.\n"
    )
    day, removed = meta.leading_date(text)
    assert day == "2026-02-06"
    assert removed is None


def test_a_statements_place_and_date_line_is_its_date() -> None:
    text = (
        "ADIVASI RIGHTS FORUM\nPress Statement\nRanchi, 20 September 2025\n\n"
        "A fact-finding team visited the village on 18 and 19 September 2025. The forum will\n"
        "hold a sit-in on 2 October 2025.\n"
    )
    assert meta.leading_date(text)[0] == "2025-09-20"


def _places(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[p.start : p.end], p.name, p.country) for p in geoparse(text, article_id="t")]


def test_a_town_named_after_its_districts_prefix_is_still_a_place() -> None:
    # "Bhadradri Kothagudem" looks like a person's name, but the text also says "in
    # Kothagudem": the town stays a place wherever it is named.
    text = (
        "Eleven cadres surrendered at the district police office in Kothagudem on Monday. "
        "Bhadradri Kothagudem and Mulugu were once the heart of the Maoist movement."
    )
    assert ("Kothagudem", "Kottagūdem", "IN") in _places(text)


def test_a_small_namesake_in_a_far_province_is_left_unknown() -> None:
    # The only Venkatapuram GeoNames lists is a Tamil Nadu village, 600 km from the Telangana
    # districts the report is about.
    text = (
        "KOTHAGUDEM: Cadres surrendered in Kothagudem on Monday, police in Telangana said. In "
        "neighbouring Mulugu district, police defused three IEDs near Venkatapuram on "
        "Saturday. Mulugu police said Telangana had seen 142 surrenders. Hyderabad and "
        "Telangana officials welcomed them; Mulugu and Kothagudem border Chhattisgarh."
    )
    names = [name for name, _, _ in _places(text)]
    assert "Venkatapuram" not in names
    assert "Mulugu" in names


def test_the_province_a_release_is_headed_by_outweighs_namesakes_near_each_other() -> None:
    # Shikarpur and Khanpur each have a namesake in Uttar Pradesh 30 km from the other; the
    # release names Sindh, and the men it names are no places.
    text = (
        "SINDH POLICE - DISTRICT SHIKARPUR\n\n"
        "Shikarpur police conducted an operation in the kacha area of Khanpur on Wednesday. "
        "Three dacoits, Ali Gul Teghani, Seth Mohan Lal and Rasool Bux Teghani, were named. "
        "Shikarpur police said the Khanpur operation would go on. The Sindh Government has "
        "announced head money for the gang."
    )
    readings = {name: country for name, _, country in _places(text)}
    assert readings["Shikarpur"] == "PK"
    assert readings["Khanpur"] == "PK"


def test_a_town_near_a_misread_province_is_judged_after_it() -> None:
    # "Samar" alone reads as a Ukrainian town; dropped from a report on the Philippines, it
    # must not take Calbiga down with it.
    text = (
        "CATBALOGAN, Philippines - Fighting in the forested uplands of Northern Samar left "
        "two rebels dead, the army said. Separately, a roadside bomb struck an army truck "
        "in Calbiga town in Samar province on Sunday. Catbalogan and Catarman officials in "
        "Eastern Visayas said the Samar interior remained tense."
    )
    assert ("Calbiga", "Calbiga", "PH") in _places(text)


def test_a_loose_spelling_in_a_country_named_in_passing_is_no_place() -> None:
    text = (
        "BISSAU - Police dispersed supporters in Bissau on Thursday. Two officers have been "
        "held at the Amura military headquarters since Tuesday. Bissau residents said the "
        "capital was calm; Guinea-Bissau's government, in a statement read in Bissau, "
        "thanked Portugal for its support."
    )
    assert "Amura" not in [name for name, _, _ in _places(text)]


def test_a_governor_names_his_province() -> None:
    text = (
        "Russian shelling hit Nikopol on Tuesday, killing a man and a woman, Dnipropetrovsk "
        "governor Serhiy Lysak said. Nikopol sits across the river from the occupied plant."
    )
    features = {text[p.start : p.end]: p.feature for p in geoparse(text, article_id="t")}
    assert features["Dnipropetrovsk"] == "admin1"


def test_palm_sunday_is_no_weekday_of_the_reports_week() -> None:
    (m,) = [
        m
        for m in _read(
            "In Sumy, residents bring flowers to the memorial on Pokrovska Street, where on 13 "
            "April two Russian Iskander ballistic missiles hit the city centre on Palm Sunday, "
            "killing 35 people.",
            "2025-09-03",
        )
        if m.sub_event_type
    ]
    assert m.date_start == "2025-04-13"


def test_where_the_arrested_are_tried_and_where_fighters_fled_are_not_where() -> None:
    (arrest,) = [
        m
        for m in _read(
            "Police arrested 14 men in Lokichogio on Tuesday. Those arrested will be "
            "arraigned in court in Lodwar and charged with possession of firearms, he said.",
            "2025-11-06",
        )
        if m.sub_event_type == "Arrests"
    ]
    assert arrest.location is not None and arrest.location.name == "Lokichokio"
    (clash,) = [
        m
        for m in _read(
            "Greyhounds commandos exchanged fire with Maoists in the forest near Pusuguppa "
            "in Mulugu district, close to the Chhattisgarh border, on Sunday. The Maoists "
            "fled into Chhattisgarh after a brief exchange of fire.",
            "2026-08-03",
        )
        if m.sub_event_type == "Armed clash"
    ]
    assert clash.location is not None and clash.location.name == "Mulugu"


def test_a_name_dropped_as_foreign_keeps_the_reading_its_other_mentions_have() -> None:
    # Bare "Bara" reads as the Nigerian town, dropped in a report on Sudan; "the town of
    # Bara, some 60 kilometres north of El Obeid" is Sudan's Barah, and so is every Bara.
    text = (
        "RSF seizes Bara as drones hit El Obeid\n\n"
        "The paramilitaries took control of the town of Bara, some 60 kilometres north of El "
        "Obeid, the capital of North Kordofan, on Friday. Families from Bara reached El "
        "Obeid on Saturday. Khartoum and Darfur were quiet."
    )
    bara = {country for name, _, country in _places(text) if name == "Bara"}
    assert bara == {"SD"}


def test_a_province_called_division_is_no_armed_group() -> None:
    (m,) = _read(
        "A mob attacked a Border Guard Bangladesh post on the highway near Gopalganj in "
        "Dhaka Division on Sunday, killing two guards.",
        "2026-02-10",
    )
    assert m.actor2 != "Dhaka Division"


def test_a_weapon_only_one_side_fields_names_the_striker() -> None:
    (m,) = _read(
        "Sloviansk: Overnight, Geran-2 (Shahed-type) drones struck the city's eastern part. "
        "Two women were injured by glass.",
        "2025-10-22",
    )
    assert m.location is not None and m.location.name == "Slovyansk"
    assert m.actor1 == "Russian military"


def test_a_dacoit_gang_named_by_its_clan_is_the_other_side() -> None:
    (m,) = _read(
        "On 13 May, police and members of the Teghani gang exchanged fire in the riverine "
        "area of Khanpur tehsil in Sindh.",
        "2026-05-14",
    )
    assert m.actor2 == "Teghani gang"


def test_the_karenni_defence_force_is_a_known_rebel_group() -> None:
    (m,) = _read(
        "Fighters from the Karenni Nationalities Defence Force (KNDF) clashed with junta "
        "troops in the eastern part of Loikaw on Monday.",
        "2026-06-09",
    )
    assert m.actor1 == "Karenni Nationalities Defence Force"


def _protests(text: str, published: str) -> list[Mention]:
    return [
        m
        for m in _read(text, published)
        if m.event_type == "Protests" and m.modality in ("asserted", "claimed", "contested")
    ]


def test_a_protest_said_to_be_caused_by_a_killing_is_the_one_told_above() -> None:
    ms = _protests(
        "GUAYAQUIL - Police fired tear gas on Monday to break up a protest by hundreds of bus "
        "drivers who blocked the Avenida de las Americas in Guayaquil. The protest was "
        "triggered by the killing of a bus driver last Thursday in Monte Sinai, in the west "
        "of Guayaquil.",
        "2026-03-24",
    )
    assert [m.date_start for m in ms] == ["2026-03-23"]


def test_kin_gathered_for_news_and_a_gathering_still_planned_are_no_protests() -> None:
    assert not _protests(
        "Rival gangs fought with rifles inside the Litoral penitentiary in Guayaquil on "
        "Monday, officials said on Tuesday.\n\nThe fighting broke out shortly after noon in "
        "a pavilion of the complex on the road to Daule, where inmates loyal to one gang "
        "attacked a wing held by another, the prisons agency said. Relatives gathered "
        "outside the gates said they heard explosions and long bursts of gunfire until dusk.",
        "2026-03-10",
    )
    assert not _protests(
        "Organisers of today's rally in Sumy say a similar gathering of POW families is "
        "planned in Kharkiv's Freedom Square next Saturday.",
        "2025-10-21",
    )


def test_a_town_named_before_the_trigger_is_more_precise_than_its_region_after() -> None:
    (m,) = _read(
        "Last week, FSB officers in Sevastopol detained a 29-year-old woman accused of "
        "passing the coordinates of air defence positions in occupied Crimea to Ukraine's "
        "security service, Russian state media reported.",
        "2026-09-24",
    )
    assert m.location is not None and m.location.name == "Sevastopol"


def test_an_apposition_between_the_count_and_its_verb_holds_ages_not_counts() -> None:
    (m,) = _read(
        "Druzhkivka: On 21 October, Russian forces shelled the city with Uragan multiple-launch "
        "rockets. Two civilians, a married couple aged 67 and 70, were killed in their yard "
        "on the southern outskirts.",
        "2025-10-22",
    )
    assert m.fatalities is not None and m.fatalities.value == 2


def test_captured_ammunition_is_no_territory_and_the_toll_goes_to_the_attack() -> None:
    (m,) = _read(
        "The Karen National Liberation Army (KNLA) said its fighters attacked an army outpost "
        "at Kamamaung on Monday. Later on Tuesday, a KNLA commander in the area said three "
        "government soldiers had been killed in the attack and that his forces had captured "
        "a quantity of ammunition before withdrawing.",
        "2025-09-16",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.fatalities is not None and m.fatalities.value == 3


def test_an_official_a_force_appointed_is_a_civilian() -> None:
    (m,) = _read(
        "Myanmar's junta has lost ground across the south. On 10 March, unidentified gunmen "
        "on a motorcycle shot dead a junta-appointed ward administrator in Dawei town.",
        "2026-03-15",
    )
    # (the export names the civilians by the country of the place)
    assert m.sub_event_type == "Attack"
    assert m.actor2 is None or m.actor2.startswith("Civilians")


def test_teargas_in_one_word_and_a_crowds_blockade_day() -> None:
    (m,) = _read(
        "Police fired teargas to disperse hundreds of youths who blocked the road in Torit on "
        "Monday.",
        "2026-03-10",
    )
    assert m.weapon is not None and "teargas" in m.weapon.lower()
    assert m.date_start == "2026-03-09"


def test_fire_on_a_peacekeeping_patrol_is_a_battle_placed_off_the_road_it_heads_along() -> None:
    (m,) = _read(
        "On 29 January, 3R elements fired on a MINUSCA patrol about 20 km east of Baboua on "
        "the RN3 towards Bouar. The peacekeepers returned fire.",
        "2026-02-06",
    )
    assert (m.sub_event_type, m.actor2) == ("Armed clash", "MINUSCA")
    assert m.location is not None and m.location.name == "Baboua"


def test_relatives_of_a_rally_organiser_detained_are_arrested() -> None:
    (m,) = _read(
        "On Saturday, police in Ishkashim district detained three relatives of a rally "
        "organiser who lives in Russia.",
        "2026-05-25",
    )
    assert m.sub_event_type == "Arrests"


def test_the_taliban_detaining_protest_organisers_is_an_arrest_by_the_state() -> None:
    (m,) = _read(
        "On Tuesday, however, Taliban forces detained eight elders from Darayim who had "
        "organised the protest, according to relatives of the men.",
        "2025-07-10",
    )
    assert (m.sub_event_type, m.actor1, m.actor1_type) == ("Arrests", "Taliban", "state force")


def test_a_days_strike_said_to_be_among_the_deadliest_is_the_one_told_above() -> None:
    ms = _read(
        "A junta air strike killed twelve people in Kyauktaw on Tuesday. Tuesday's strike on "
        "Kyauktaw was among the deadliest single attacks on civilians in Rakhine this year, "
        "according to a tally kept by a local rights group.",
        "2026-03-12",
    )
    assert [m.sentence for m in ms] == [0]


def test_a_translated_papers_masthead_date_in_its_own_language_or_in_figures() -> None:
    head = "\n\nSoldiers ambushed\n\nFour soldiers were killed in an ambush on Wednesday.\n"
    assert meta.leading_date("LA VOZ\nPichari, Cusco - jueves 12 de marzo de 2026" + head)[0] == (
        "2026-03-12"
    )
    assert meta.leading_date("LE REPUBLICAIN\nNiamey, le 15 septembre 2026" + head)[0] == (
        "2026-09-15"
    )
    assert meta.leading_date("SAHEL WEEKLY - Edition 412\n20.11.2025" + head)[0] == "2025-11-20"
