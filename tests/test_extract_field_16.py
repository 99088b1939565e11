"""Whole-article readings found with the twenty-fourth field batch's styles (Borno and
Yobe, the Kordofans, Haiti's Artibonite and Centre, northern Iraq, Tamaulipas and Nuevo
León, Sulu and Basilan, Kenya's Lamu and north-east, Burundi's north-west; sentences,
pages and wire notes written for these tests)."""

from __future__ import annotations

from reading import read_mentions as _read_all
from reading import read_one as _one
from wiretally.clean import classify, clean_block


def test_a_bare_toll_after_its_incident_is_that_incidents_toll_not_a_second_one() -> None:
    got = _read_all(
        "Unidentified assailants threw a grenade into a bar in Kiremba town on the night of "
        "Saturday 8 August. Two people were killed, one of whom died in hospital on 9 "
        "August, and four others injured. Police said an investigation was under way.",
        "2026-08-14",
    )
    assert len(got) == 1
    assert got[0].sub_event_type == "Grenade"
    assert got[0].fatalities is not None and got[0].fatalities.value == 2


def test_the_wounded_of_an_earlier_attack_dying_in_hospital_is_no_new_incident() -> None:
    for sentence in (
        "Three of the soldiers wounded in Tuesday night's attack died in hospital in Yola, "
        "one of the sources said.",
        "A policeman wounded in the blast, which hit a patrol on the Tikrit road, died of "
        "his wounds in Samarra's main hospital on Thursday night, a medical source said.",
        "The prosecutor's office said the sixth man, detained with gunshot wounds after the "
        "firefight, died in hospital late on Friday.",
        "Private Amos Kiprono, 23, died at the military hospital in Nairobi late on Monday, "
        "the army said, bringing the death toll from the ambush to four soldiers.",
    ):
        assert _read_all(sentence, "2026-03-13") == [], sentence


def test_a_fresh_killing_that_raises_a_toll_is_still_an_incident() -> None:
    got = _read_all(
        "On Sunday, a drone strike on a lorry outside Qusayr killed two people; one of the "
        "injured later died in hospital in Homs, bringing the toll to three.",
        "2026-03-16",
    )
    assert [m.sub_event_type for m in got] == ["Air/drone strike"]


def test_a_wire_desks_note_and_a_pages_teaser_line_are_no_article_text() -> None:
    assert classify("(Adds arrests in Hit, revised death toll, air strike figures)") == (
        "desk-note"
    )
    assert classify("(Updates with police statement, paragraphs 4-6)") == "desk-note"
    assert classify(
        "OTHER NEWS INSIDE: Page 2 - Fish prices | Page 5 - Editorial: A grenade is no answer"
    ) == ("teaser")
    assert classify("INSIDE: Teff prices (p.3) - Letters (p.6)") == "teaser"
    # a sentence that opens with a bracket, and one that says "inside", stay
    assert classify("(The attack came a day after the talks.) Police said more.") is None
    assert classify("Inside the camp, residents said the shelling went on all night.") is None
    cleaned = clean_block(
        "UPDATE 1-Gunmen kill four\n\n(Adds toll, arrests)\n\nGunmen killed four people on "
        "Monday.\n"
    )
    assert "(Adds" not in cleaned.text
    assert [r.reason for r in cleaned.removed] == ["desk-note"]


def test_reports_of_an_imminent_attack_are_no_attack() -> None:
    assert [
        m.modality
        for m in _read_all(
            "Reports circulated on 14 July of an imminent attack on Dikwa; no attack had "
            "occurred by the end of the reporting period.",
            "2026-07-20",
        )
        if m.modality == "asserted"
    ] == []


def test_a_crowd_that_beats_a_man_is_a_mob_and_he_a_civilian() -> None:
    m = _one(
        "On Friday afternoon, a crowd beat and then burned a man near the bus station in "
        "Gonaïves, accusing him of being an informant for the gang.",
        "2026-08-16",
    )
    assert m.sub_event_type == "Mob violence"
    assert m.actor1 == "Rioters (Haiti)"
    assert m.actor2 == "Civilians (Haiti)"


def test_whom_a_victim_was_said_to_inform_is_no_side() -> None:
    m = _one(
        "In Potiskum, a mob on Friday beat to death a young man accused of passing "
        "information to insurgents and set his body alight near the motor park.",
        "2026-09-28",
    )
    assert m.sub_event_type == "Mob violence"
    assert m.actor1 == "Rioters (Nigeria)"
    assert m.actor2 == "Civilians (Nigeria)"


def test_a_bomb_found_and_made_safe_is_a_disrupted_weapon() -> None:
    m = _one(
        "A police explosive ordnance disposal team safely detonated an improvised explosive "
        "device found in a sack near the gate of a high school in Jolo on Tuesday.",
        "2026-04-30",
    )
    assert m.sub_event_type == "Disrupted weapons use"
    assert m.weapon == "improvised explosive device"


def test_towns_the_field_batch_named_are_in_the_gazetteer() -> None:
    for text, town, country in (
        ("Gunmen of the Gran Grif gang abducted six farmers in Liancourt in Haiti's "
         "Artibonite department on Tuesday, local officials said.", "Liancourt", "HT"),
        ("Mortar rounds fired by insurgents landed near the camp in Pulka, Borno state, on "
         "Tuesday evening, killing two people.", "Pulka", "NG"),
        ("Suspected Al-Shabaab militants abducted two engineers near Liboi in Garissa County "
         "on Monday, police said.", "Liboi", "KE"),
        ("A drone strike hit a pickup truck near Sinuni in Iraq's Sinjar district on "
         "Friday, killing two fighters.", "Sinuni", "IQ"),
    ):  # fmt: skip
        m = _one(text, "2026-08-14")
        assert m.location is not None and m.location.name == town, text
        assert m.country == country, text


def test_a_toll_with_an_of_them_aside_counts_all_its_dead() -> None:
    from wiretally.extract.casualties import find_casualties

    fat, _, _ = find_casualties(
        "Five people, three of them children, were killed on Tuesday when shells hit the "
        "market in Dilling."
    )
    assert fat is not None and fat.value == 5
    fat, _, _ = find_casualties("Two of them were killed on Tuesday.")
    assert fat is not None and fat.value == 2


def test_a_towns_police_officers_are_a_count_of_people() -> None:
    from wiretally.extract.casualties import find_casualties

    fat, _, _ = find_casualties(
        "Three Allende municipal police officers were killed on Friday when gunmen "
        "ambushed their patrol."
    )
    assert fat is not None and fat.value == 3


def test_nigerias_civilian_joint_task_force_is_a_side() -> None:
    m = _one(
        "MAIDUGURI - Members of the Civilian Joint Task Force (CJTF) and local hunters on "
        "Sunday repelled an attack by Boko Haram fighters on Konduga, killing five of the "
        "attackers.",
        "2026-08-17",
    )
    assert m.event_type == "Battles"
    assert {m.actor1, m.actor2} == {"Boko Haram", "Civilian Joint Task Force"}


def test_haitis_police_units_are_the_police() -> None:
    m = _one(
        "On Thursday, units of the Departmental Intervention Unit (UDI) and of the Temporary "
        "Anti-Gang Unit (UTAG) engaged members of the Gran Grif gang near the market of "
        "Saint-Marc, Haiti.",
        "2026-06-13",
    )
    assert m.actor1 is not None and m.actor1.startswith("Police")  # (the merge names its land)


def test_a_group_of_about_six_named_men_is_who_acted() -> None:
    m = _one(
        "A member of the opposition CNL was beaten by a group of about six Imbonerakure, the "
        "youth league of the ruling CNDD-FDD, on Monday 3 August in Rugombo.",
        "2026-08-06",
    )
    assert m.actor1 == "Imbonerakure"


def test_police_and_residents_who_said_it_are_no_target() -> None:
    m = _one(
        "Two men were killed when suspected Al-Shabaab militants raided a village near "
        "Mpeketoni in Lamu West on Tuesday night, police and residents said.",
        "2026-05-21",
    )
    assert m.actor1 == "Al-Shabaab"
    assert m.actor2 == "Civilians (Kenya)"


def test_a_group_named_then_abbreviated_before_its_fighters_is_who_acted() -> None:
    m = _one(
        "Four soldiers were killed when suspected Islamic State West Africa Province (ISWAP) "
        "fighters attacked Goniri on Sunday night.",
        "2026-05-19",
    )
    assert m.actor1 == "Islamic State West Africa Province"


def test_fighting_between_two_peoples_herders_is_a_clash_of_their_militias() -> None:
    m = _one(
        "Fighting between Hamar and Kababish herders over a disputed well north of El Obeid on "
        "Saturday killed nine people and injured four.",
        "2026-05-20",
    )
    assert m.sub_event_type == "Armed clash"
    assert {m.actor1, m.actor2} == {
        "Hamar Ethnic Militia (Sudan)",
        "Kababish Ethnic Militia (Sudan)",
    }


def test_the_nth_of_its_kind_this_year_is_a_count() -> None:
    got = _read_all(
        "On Friday afternoon, a crowd beat and then burned a man near the market in "
        "Gonaïves, Haiti. It is at least the fifth lynching of its kind in the city this "
        "year, according to a local rights group.",
        "2026-08-16",
    )
    assert [m.sub_event_type for m in got] == ["Mob violence"]
    assert got[0].date_start == "2026-08-14"


def test_a_deal_said_unsigned_is_no_agreement() -> None:
    got = _read_all(
        "Fighting broke out near Babanusa. Elders of both communities met on 18 May and "
        "agreed to keep the herds apart, but no formal agreement has been signed.",
        "2026-05-21",
    )
    assert [m for m in got if m.event_type == "Strategic developments"] == []


def test_attacks_a_statement_gave_no_details_of_are_none_told() -> None:
    got = _read_all(
        "A radio station aligned with the group said on Tuesday that its fighters would "
        '"continue to strike the Kenyan invaders" until Kenya withdraws its troops from '
        "Somalia, though it gave no details "
        "of the latest attacks.",
        "2026-03-18",
    )
    assert [m for m in got if m.modality == "asserted"] == []


def test_how_a_fight_already_told_may_grow_is_no_new_fight() -> None:
    got = _read_all(
        "Security analysts warn that the fighting in Matamoros could widen if rival Gulf "
        "Cartel cells try to exploit losses suffered on Monday.",
        "2026-03-18",
    )
    assert got == []


def test_soldiers_who_killed_members_of_a_cartel_in_a_gunfight_acted() -> None:
    m = _one(
        "Mexican soldiers killed three suspected members of the Gulf Cartel in a gunfight "
        "that lasted an hour in the border city of Matamoros on Monday.",
        "2026-03-17",
    )
    assert m.sub_event_type == "Armed clash"
    assert m.actor1 == "Mexican military"
    assert m.actor2 == "Gulf Cartel"


def test_a_toll_in_an_attack_told_before_is_that_attacks() -> None:
    got = _read_all(
        "On Sunday, an explosive-laden drone struck a National Guard convoy on a rural road "
        "outside Nuevo Laredo. One guardsman was killed and three were wounded in Sunday's "
        "attack, a federal security official said.",
        "2026-03-17",
    )
    assert [m.sub_event_type for m in got] == ["Air/drone strike"]
    assert got[0].injuries is not None and got[0].injuries.value == 3


def test_a_bomb_that_went_off_as_an_army_truck_passed_hit_the_army() -> None:
    m = _one(
        "Late on Monday, a roadside bomb exploded as a military truck passed along a road in "
        "Indanan town, Sulu, damaging the vehicle, police said.",
        "2026-04-14",
    )
    assert m.sub_event_type == "Remote explosive/landmine/IED"
    assert m.actor2 == "Military Forces of the Philippines"


def test_a_guardsman_killed_last_sunday_by_a_drone_was_hit() -> None:
    m = _one(
        "The National Guard member killed last Sunday by an explosive dropped from a drone "
        "outside Nuevo Laredo was identified on Thursday, federal authorities said.",
        "2026-03-19",
    )
    assert m.sub_event_type == "Air/drone strike"
    assert m.actor1 is None or "National Guard" not in m.actor1


def test_an_arrest_sought_or_rewarded_is_none_made() -> None:
    for sentence in (
        "The state government on Wednesday announced a reward for information leading to "
        "the arrest of those behind the Owerri arson.",
        "Officers were trying to serve an arrest warrant at a house in Guayaquil on Monday "
        "when they were received with gunfire.",
    ):
        got = _read_all(sentence, "2026-05-21")
        assert [m for m in got if m.sub_event_type == "Arrests"] == [], sentence


def test_a_protest_that_comes_as_or_after_news_is_no_new_protest() -> None:
    assert (
        _read_all(
            "The protest comes as the death toll from Monday's roadside bombing near Tuz "
            "Khurmatu rose to four.",
            "2026-03-11",
        )
        == []
    )
    got = _read_all(
        "Tonight's rally in Batumi comes a day after police arrested a leader of the "
        "opposition United National Movement at his home in Batumi on Friday.",
        "2026-06-14",
    )
    assert [m.sub_event_type for m in got] == ["Arrests"]


def test_weekly_protests_that_have_continued_are_a_habit_not_a_protest() -> None:
    got = _read_all(
        "Security forces fired on worshippers in Zahedan on Sept. 30, 2022, killing dozens. "
        "Weekly protests after Friday prayers in the city have continued intermittently since.",
        "2026-09-12",
    )
    assert [m for m in got if m.event_type == "Protests"] == []
    got = _read_all(
        "Tens of thousands of people gathered in Sanaa's al-Sabeen Square after Friday "
        "prayers on Friday for the weekly rally called by the Houthis.",
        "2026-01-24",
    )
    assert [m.sub_event_type for m in got] == ["Peaceful protest"]


def test_people_now_arrested_over_a_disorder_are_a_tally() -> None:
    got = _read_all(
        "Six people have now been arrested in Belfast in connection with that disorder, two "
        "more than previously announced.",
        "2026-07-14",
    )
    assert [m for m in got if m.sub_event_type == "Arrests"] == []


def test_weapons_seized_in_a_claimed_attack_are_no_seizure_of_their_own() -> None:
    got = _read_all(
        "ISWAP claimed the attack on Damboa in a statement on Wednesday, saying its fighters "
        'had killed "dozens of apostate soldiers" and seized weapons.',
        "2026-03-12",
    )
    assert [m for m in got if m.sub_event_type == "Disrupted weapons use"] == []


def test_elders_who_defuse_tensions_defuse_no_bomb() -> None:
    got = _read_all(
        "Elders from Kanaker met officials in Qatana on Tuesday to defuse tensions.",
        "2026-07-22",
    )
    assert [m for m in got if m.sub_event_type == "Disrupted weapons use"] == []


def test_a_trend_or_a_practice_is_no_incident() -> None:
    for sentence, pub in (
        ("It said the state's security outfit had helped reduce kidnappings on major roads "
         "in Abia by about 40 per cent this year.", "2026-06-10"),
        ("Although large-scale fighting has declined, small armed groups continue to tax and "
         "abduct civilians near Moba, especially on Lake Tanganyika, on 15 March.",
         "2026-03-17"),
    ):  # fmt: skip
        got = _read_all(sentence, pub)
        assert [m for m in got if m.sub_event_type == "Abduction/forced disappearance"] == [], (
            sentence
        )
