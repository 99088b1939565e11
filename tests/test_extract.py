"""Event extraction on sentences written for these tests (no shared data needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wiretally.evaluate.events import actor_ok, gate_section, score_events, weapon_ok
from wiretally.extract import extract_mentions, mention_id
from wiretally.extract.actors import _table, actor_table, normalise_actor
from wiretally.extract.typing import classify
from wiretally.records import Article, Place, Timex
from wiretally.text import split_sentences


def _run(
    text: str,
    *,
    published: str = "2024-03-10",
    times: list[Timex] | None = None,
    places: list[Place] | None = None,
):
    article = Article(id="art1", source_path="x.txt", text=text, published=published)
    return extract_mentions(
        article, sentences=split_sentences(text), places=places or [], times=times or []
    )


@pytest.mark.parametrize(
    ("sentence", "event_type", "sub_type"),
    [
        (
            "Warplanes bombed a fuel depot outside the town on Monday.",
            "Explosions/Remote violence",
            "Air/drone strike",
        ),
        (
            "Artillery shells landed on the market on Tuesday, wounding four.",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
        ),
        (
            "A roadside bomb struck an army truck on the highway on Friday.",
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
        ),
        (
            "A suicide bomber blew himself up at a checkpoint on Sunday.",
            "Explosions/Remote violence",
            "Suicide bomb",
        ),
        (
            "Unknown men threw a grenade into a cafe late on Saturday.",
            "Explosions/Remote violence",
            "Grenade",
        ),
        (
            "Rebels and army troops clashed for hours near the border crossing on Sunday.",
            "Battles",
            "Armed clash",
        ),
        (
            "Gunmen kidnapped three aid workers on the road to the camp on Monday.",
            "Violence against civilians",
            "Abduction/forced disappearance",
        ),
        (
            "Gunmen shot dead two farmers in their fields on Wednesday.",
            "Violence against civilians",
            "Attack",
        ),
        (
            "Thousands of protesters marched peacefully through the capital on Friday.",
            "Protests",
            "Peaceful protest",
        ),
        (
            "Rioters torched cars and pelted police with stones on Thursday.",
            "Riots",
            "Violent demonstration",
        ),
    ],
)
def test_typing_of_illustrative_sentences(sentence: str, event_type: str, sub_type: str) -> None:
    t = classify(sentence)
    assert t is not None
    assert (t.event_type, t.sub_event_type) == (event_type, sub_type)


def test_suicide_drone_is_not_a_suicide_bombing() -> None:
    t = classify("Militants launched one-way suicide drones at the air base on Friday.")
    assert t is not None and t.sub_event_type == "Air/drone strike"


def test_actor_aliases_resolve_to_one_actor() -> None:
    assert normalise_actor("Revolutionary Guard") == "Islamic Revolutionary Guard Corps"
    assert normalise_actor("IRGC") == "Islamic Revolutionary Guard Corps"
    assert normalise_actor("Hezbollah Brigades") == normalise_actor("Kataeb Hezbollah")
    assert normalise_actor("Ansar Allah") == normalise_actor("Houthis")
    assert normalise_actor("Qassim Soleimani") == normalise_actor("Qassem Soleimani")
    assert normalise_actor("Sudani") == normalise_actor("al-Sudani")
    assert normalise_actor("IDF") == "Israeli military"
    assert normalise_actor("Some Unknown Brigade") == "Some Unknown Brigade"


def test_all_caps_alias_is_case_sensitive() -> None:
    hits = actor_table().find("This is what it is.")
    assert hits == []


def test_extra_actor_table_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = tmp_path / "extra.tsv"
    extra.write_text(
        "Northern Hawks Brigade\tHawks Brigade|NHB\tmilitia\t\tXX\t\t\n", encoding="utf-8"
    )
    monkeypatch.setenv("WIRETALLY_ACTORS_EXTRA", str(extra))
    _table.cache_clear()
    assert normalise_actor("NHB") == "Northern Hawks Brigade"
    monkeypatch.delenv("WIRETALLY_ACTORS_EXTRA")
    assert normalise_actor("NHB") == "NHB"


def test_roles_weapon_target_and_provenance_offsets() -> None:
    text = (
        "Officials met in the capital. On Monday, IDF warplanes struck a Hamas weapons "
        "depot in the north, the army said."
    )
    day = text.index("On Monday") + 3
    times = [
        Timex("art1", day, day + 6, "Monday", "DATE", "2024-03-04", "2024-03-04", "2024-03-04", 1)
    ]
    (m,) = _run(text, times=times)
    assert m.event_type == "Explosions/Remote violence"
    assert m.actor1 == "Israeli military" and m.actor2 == "Hamas"
    assert m.weapon is not None and "warplanes" in m.weapon
    assert m.target is not None and m.target.endswith("weapons depot")
    assert m.date_start == "2024-03-04" and m.date_precision == 1
    assert m.text == text[m.start : m.end] and m.sentence == 1
    for field, ev in m.provenance.items():
        assert ev.text == text[ev.start : ev.end], field
        assert ev.sentence == 1 or field == "date"
    assert m.provenance["actor2"].text == "Hamas"
    assert m.id == mention_id("art1", 1, m.provenance["event_type"].start)
    assert _run(text, times=times)[0].id == m.id


def test_passive_voice_roles() -> None:
    (m,) = _run(
        "On Tuesday, US forces were attacked by Kataib Hezbollah with rockets near the base."
    )
    assert m.actor1 == "Kataeb Hezbollah" and m.actor2 == "United States military"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("On Friday the Houthis claimed responsibility for a drone attack on a tanker.", "claimed"),
        ("On Friday a rocket hit the port; the Houthis denied firing it.", "denied"),
        (
            "Israel blamed Hamas for a blast at a school on Monday, and Hamas blamed Israel.",
            "contested",
        ),
        ("On Sunday Hezbollah threatened to attack the bases with drones.", "threatened"),
        (
            "Officials said on Monday that the Houthis could launch drone attacks on the port.",
            "hypothetical",
        ),
        ("A drone strike hit a car near the border on Monday.", "asserted"),
    ],
)
def test_modality(text: str, modality: str) -> None:
    mentions = _run(text)
    assert mentions and mentions[0].modality == modality


def test_counts_and_negations_are_not_incidents() -> None:
    assert _run("Militias have launched 40 attacks on bases in Iraq since Jan. 5.") == []
    assert _run("In most cases there were no attacks on Monday in the city.") == []
    assert _run("The war has killed thousands of people.") == []


def test_background_event_is_historical() -> None:
    text = "In early January 2020, the US launched an airstrike in Baghdad, killing a general."
    t0 = text.index("early")
    times = [
        Timex(
            "art1",
            t0,
            t0 + 18,
            "early January 2020",
            "DATE",
            "2020-01",
            "2020-01-01",
            "2020-01-10",
            2,
        )
    ]
    (m,) = _run(text, published="2023-11-17", times=times)
    assert m.historical and m.actor1 == "United States military"


def test_scorer_matches_and_counts_spurious() -> None:
    gold = [
        {
            "key": "g1",
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "date": "2024-01-02",
            "lat": 10.0,
            "lon": 10.0,
            "actor1": "IDF",
            "actor2": "Hamas (fighters)",
            "weapon": "rockets",
            "fatalities": {"lower": 3},
        }
    ]
    exported = [
        {
            "id": "e1",
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "date_start": "2024-01-02",
            "date_end": "2024-01-02",
            "location": {"lat": 10.05, "lon": 10.0},
            "actor1": "Israeli military",
            "actor2": "Hamas",
            "weapon": "rocket",
            "fatalities": {"lower": 4},
            "modality": "asserted",
            "historical": False,
        },
        {
            "id": "e2",
            "event_type": "Riots",
            "date_start": "2024-05-01",
            "modality": "asserted",
            "historical": False,
        },
    ]
    r = score_events(exported, gold)
    assert r["accuracy"]["found"] == 1.0 and r["accuracy"]["place"] == 1.0
    assert r["accuracy"]["actor1"] == 1.0 and r["accuracy"]["fatalities"] == 1.0
    assert r["spurious"] == 1
    assert actor_ok("Government of Israel", "Israel (accused)") is True
    section = gate_section(exported, {"events": gold})
    assert section["found_share"] == 1.0 and section["spurious"] == 1
    assert section["problems"] == []
    assert actor_ok("Hamas", "United States military") is False
    # a gold name whose brackets belong to an alias ("CPI (Maoist)") is looked up whole
    assert actor_ok("Communist Party of India (Maoist)", "CPI (Maoist)") is True
    assert actor_ok("Communist Party of India (Maoist)", "CPI (Marxist)") is False


@pytest.mark.parametrize(
    ("predicted", "gold", "ok"),
    [
        ("gunfire", "firearms", True),  # one class of means, other words
        ("roadside bomb", "improvised explosive device", True),
        ("knives", "guns and bush knives", True),
        ("artillery", "mortar rounds", True),
        ("rubber bullets", "live bullets", False),  # a word shared, the classes differ
        ("drones", "aircraft", False),
        ("gunfire", "mortar rounds", False),
        ("canoes", "canoes", True),  # no class: shared words
        (None, "rifles", False),
    ],
)
def test_weapons_match_by_class_of_means(predicted: str | None, gold: str, ok: bool) -> None:
    assert weapon_ok(predicted, gold) is ok


def test_hostile_run_on_text_is_bounded() -> None:
    text = "On Monday, an Israeli strike hit " + "the and of " * 30000
    mentions = _run(text)
    assert all(m.end - m.start <= 1500 for m in mentions)
    assert _run("attack " * 20000) == []


def test_unknown_named_group_and_unidentified_gunmen() -> None:
    (m,) = _run(
        "On Monday the Northern Valley Liberation Front attacked an army checkpoint near the river."
    )
    assert m.actor1 == "Northern Valley Liberation Front"
    (m,) = _run("Unknown gunmen shot dead two farmers in a village on Tuesday.")
    assert m.actor1 == "Unidentified armed group" and m.actor2_type == "civilians"


def test_yearless_date_after_publication_is_last_year() -> None:
    text = "Militants attacked a village in the north on Oct. 7, killing 12 civilians."
    t0 = text.index("Oct. 7")
    times = [
        Timex("art1", t0, t0 + 6, "Oct. 7", "DATE", "2024-10-07", "2024-10-07", "2024-10-07", 1)
    ]
    (m,) = _run(text, published="2024-08-08", times=times)
    assert m.date_start == "2023-10-07" and m.historical


# Sentences written for this test, one or two per CASE 2021 / ACLED category.
_CATEGORY_SENTENCES = [
    ("Police arrested four members of the opposition party at their homes overnight.", "ARREST"),
    ("Security forces detained a journalist at the airport on Tuesday.", "ARREST"),
    ("The two rebel factions signed a ceasefire agreement in the capital.", "AGREEMENT"),
    ("Government and insurgent negotiators agreed to exchange prisoners next week.", "AGREEMENT"),
    ("Army engineers defused a roadside bomb planted near the market.", "DISR_WEAP"),
    ("Police seized a cache of weapons and explosives in a raid on a warehouse.", "DISR_WEAP"),
    ("The militia established a new headquarters in the abandoned school.", "HQ_ESTABLISHED"),
    ("Rebels set up a base in the hills above the town.", "HQ_ESTABLISHED"),
    ("Militiamen looted shops and burned several houses in the village.", "PROPERTY_DISTRUCT"),
    ("Unknown men destroyed the crops and property of local farmers.", "PROPERTY_DISTRUCT"),
    (
        "Government troops withdrew from the town and handed control to the local council.",
        "NON_VIOL_TERRIT_TRANSFER",
    ),
    ("The army recaptured the village from insurgents after two days.", "GOV_REGAINS_TERIT"),
    (
        "Insurgents seized control of the district headquarters after government forces fled.",
        "NON_STATE_ACTOR_OVERTAKES_TER",
    ),
    (
        "The armed group announced it had appointed a new commander and recruited fighters.",
        "CHANGE_TO_GROUP_ACT",
    ),
    ("Soldiers raped two women in a village during a patrol.", "SEX_VIOL"),
    ("Residents reported a chlorine gas attack on the neighbourhood.", "CHEM_WEAP"),
    ("A mob lynched a man accused of theft in the market.", "MOB_VIOL"),
    ("Police fired tear gas to disperse students protesting fee increases.", "PROTEST_WITH_INTER"),
    (
        "Security forces shot dead three protesters during a rally against the government.",
        "FORCE_AGAINST_PROTEST",
    ),
    (
        "Protesters threw stones at police and set tyres on fire in the city centre.",
        "VIOL_DEMONSTR",
    ),
    (
        "Teachers held a peaceful sit-in outside the ministry demanding unpaid salaries.",
        "PEACE_PROTEST",
    ),
    ("A 6.1-magnitude earthquake struck the region, killing dozens.", "NATURAL_DISASTER"),
    ("Floods swept through villages after days of heavy rain.", "NATURAL_DISASTER"),
    ("A fire broke out at a garment factory, killing twelve workers.", "MAN_MADE_DISASTER"),
    (
        "A building collapsed in the old city, trapping residents under the rubble.",
        "MAN_MADE_DISASTER",
    ),
    ("Police dismantled a drug trafficking ring and seized two tonnes of cocaine.", "ORG_CRIME"),
    ("Gang members robbed a bank and fled with the money.", "ORG_CRIME"),
    ("The foreign minister met his counterpart for talks on trade and security.", "DIPLO"),
    ("The president visited the neighbouring country to sign trade deals.", "DIPLO"),
    ("Gunmen ambushed an army convoy, killing five soldiers.", "ARMED_CLASH"),
    ("Fighters of the two armed groups exchanged fire for hours near the border.", "ARMED_CLASH"),
    ("Gunmen abducted a local chief from his home.", "ABDUCT_DISSAP"),
    ("Militants killed four villagers in an overnight raid.", "ATTACK"),
    ("A suicide bomber detonated his vest at a checkpoint.", "SUIC_BOMB"),
    ("A grenade was hurled into a bar, wounding six.", "GRENADE"),
    ("An improvised explosive device exploded under a police vehicle.", "REM_EXPLOS"),
    ("Rebels shelled government positions with mortars.", "ART_MISS_ATTACK"),
    ("Warplanes bombed a rebel-held town, killing nine.", "AIR_STRIKE"),
]


@pytest.mark.parametrize(("sentence", "key"), _CATEGORY_SENTENCES)
def test_category_of_illustrative_sentences(sentence: str, key: str) -> None:
    t = classify(sentence)
    assert t is not None
    assert (t.key if t.key != "EXPLOSION" else "REM_EXPLOS") == key


def test_claimed_kill_of_fighters_is_a_claimed_battle() -> None:
    (m,) = _run("The army said it killed 15 militants near the border on Monday.")
    assert (m.event_type, m.modality) == ("Battles", "claimed")


def test_claim_answered_by_the_other_side_is_contested() -> None:
    text = (
        "On Monday the army said it killed Mohammed Deif in an air strike. "
        "Hamas says Deif is still alive."
    )
    (m,) = _run(text)
    assert m.modality == "contested" and m.actor2 == "Mohammed Deif"
    assert m.provenance["modality"].sentence == 1


@pytest.mark.parametrize(
    "text",
    [
        "Herders said gunmen shot at a cattle market in Segou on Monday, killing five "
        "villagers. No group claimed the killing.",
        "Herders said gunmen shot at a cattle market in Segou on Monday, killing five "
        "villagers. Nobody has yet claimed responsibility for the attack.",
        "Gunmen shot at a cattle market in Segou on Monday, killing five villagers; there was "
        "no immediate claim of responsibility.",
    ],
)
def test_negated_claim_of_responsibility_is_no_claim(text: str) -> None:
    mentions = _run(text, published="2024-06-20")
    assert mentions and mentions[0].modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Monitors recorded 31 attacks on police posts in Segou province between May 2 and June 9.",
        "There have been 17 attacks on police posts in Segou province, a spokesman said on Monday.",
        "Militants carried out 12 raids on villages in Segou province from May 2 to May 30.",
    ],
)
def test_running_counts_are_claims_not_incidents(text: str) -> None:
    assert _run(text, published="2024-06-20") == []


def test_person_nouns_count_as_fatalities_and_injuries() -> None:
    text = (
        "Gunmen on foot opened fire at a bus station in Segou on Monday, killing four "
        "passengers and injuring 9 people, a nurse said."
    )
    (m,) = _run(text, published="2024-06-20")
    assert m.fatalities is not None and m.fatalities.value == 4
    assert m.injuries is not None and m.injuries.value == 9
    assert m.modality == "asserted"


def _at(text: str, name: str, country: str) -> list[Place]:
    start = text.index(name)
    return [Place("art1", start, start + len(name), name, name=name, country=country)]


def test_unnamed_army_is_the_host_countrys_force() -> None:
    text = (
        "A drone hit a fuel truck outside Nioro on Sunday, killing two fighters. "
        "The army said its helicopters targeted a supply line used by the insurgents."
    )
    (m, *_) = _run(text, published="2024-06-20", places=_at(text, "Nioro", "ML"))
    assert m.actor1 == "Malian military"
    assert (m.provenance["actor1"].sentence, m.provenance["actor1"].text) == (1, "army")
    text = "An army drone struck a camp near Nioro on Sunday."
    (m,) = _run(text, published="2024-06-20", places=_at(text, "Nioro", "ML"))
    assert m.actor1 == "Malian military"


def test_unnamed_army_without_a_table_row_is_named_by_country() -> None:
    text = "The army shelled a rebel camp near Abeche on Sunday, killing six fighters."
    (m,) = _run(text, published="2024-06-20", places=_at(text, "Abeche", "TD"))
    assert m.actor1 == "Military Forces of Chad"


def test_someone_elses_troops_are_not_the_host_force() -> None:
    text = "Rebels ambushed Chadian troops near Nioro on Sunday, killing six soldiers."
    (m,) = _run(text, published="2024-06-20", places=_at(text, "Nioro", "ML"))
    assert m.actor2 != "Malian military"
    assert _run("The army could launch strikes on the camps near Nioro on Sunday.") == []


def test_definite_class_noun_takes_the_group_named_before() -> None:
    text = (
        "Officials said the Houthis had stepped up their campaign in the Red Sea. "
        "The rebels' latest barrage came on Monday, with two drones targeting a tanker "
        "near Hodeidah."
    )
    mentions = _run(text, published="2024-06-20")
    salvo = next(m for m in mentions if m.sentence == 1)
    assert salvo.actor1 == "Houthis"
    assert salvo.provenance["actor1"].sentence == 0


def test_a_country_that_speaks_is_not_the_place() -> None:
    text = "Rebel chief Ali Touré, whom Mali says it killed in an air strike, was seen on Monday."
    start = text.index("Mali")
    places = [Place("art1", start, start + 4, "Mali", name="Mali", country="ML")]
    mentions = _run(text, published="2024-06-20", places=places)
    assert mentions and all(m.location is None for m in mentions)


def test_unnamed_army_is_the_last_force_named_when_there_are_several() -> None:
    text = (
        "Malian soldiers held the garrison near Nioro last week. "
        "Nigerian troops later took over the garrison. "
        "On Sunday the army shelled a rebel camp near Nioro, killing six fighters."
    )
    mentions = _run(text, published="2024-06-20", places=_at(text, "Nioro", "ML"))
    shelling = next(m for m in mentions if m.sentence == 2)
    assert shelling.actor1 == "Nigerian military"


def test_two_attacks_on_a_day_are_still_an_incident_report() -> None:
    text = "Gunmen carried out two attacks on villages near Segou between Monday and Tuesday."
    assert _run(text, published="2024-06-20", places=_at(text, "Segou", "ML"))


def _analysed(text: str, *, title: str | None = None, published: str = "2024-03-10"):
    from wiretally.analysis import analyse_article

    article = Article(id="h1", source_path="x", text=text, title=title, published=published)
    return analyse_article(article)[0]


def test_a_headline_reports_the_days_news_without_a_verb() -> None:
    # A headline-only record: its text is its title.
    head = "Renewed clashes in the Eastern Ghouta"
    (m,) = _analysed(head, title=head)[:1]
    assert m.event_type == "Battles"
    assert (m.date_start, m.date_end, m.date_precision) == ("2024-03-09", "2024-03-10", 2)
    # The same words as a sentence of an article's body name no incident by themselves.
    assert _analysed(head + ".", title="Another day in the war") == []


@pytest.mark.parametrize(
    ("sentence", "sub_type"),
    [
        ("Regime forces shell the southern countryside of Idlib.",
         "Shelling/artillery/missile attack"),
        ("Islamic State militants execute a man in Raqqa countryside.", "Attack"),
        ("Warplanes commit a massacre in Aleppo city and kill 20 civilians.",
         "Air/drone strike"),
    ],
)  # fmt: skip
def test_agency_present_tense_reports_an_incident(sentence: str, sub_type: str) -> None:
    ms = _analysed(sentence)
    assert [m.sub_event_type for m in ms][:1] == [sub_type]
    assert ms[0].date_precision == 2 and ms[0].date_end == "2024-03-10"


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran-backed militias regularly attack US bases in Iraq.",  # habitual
        "US strikes on militia sites in Syria are a message to Tehran.",  # "strikes": a noun
        "Militants could attack the bases in Syria.",  # hypothetical
    ],
)
def test_present_tense_that_reports_no_incident(sentence: str) -> None:
    assert [m for m in _analysed(sentence) if m.modality == "asserted"] == []


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("Islamic State militants attacked an army checkpoint near Raqqa on Monday.", "Battles"),
        ("SDF fighters carry out a violent attack at the walls of Raqqa.", "Battles"),
        ("Gunmen attacked a village near Raqqa on Monday, killing five civilians.",
         "Violence against civilians"),
    ],
)  # fmt: skip
def test_an_attack_on_armed_men_is_a_battle(sentence: str, event_type: str) -> None:
    assert [m.event_type for m in _analysed(sentence)][:1] == [event_type]


def test_a_running_barrage_in_the_present_is_no_incident() -> None:
    sentence = "While militia rockets continue to rain on Sderot daily, soldiers come under fire."
    assert [m for m in _analysed(sentence) if m.modality == "asserted"] == []


def test_a_sentence_with_incidents_in_two_places_gives_two_mentions() -> None:
    ms = _analysed("Warplanes bombed Douma on Monday, while rebels shelled Damascus.")
    got = [(m.sub_event_type, m.location.name if m.location else None, m.date_start) for m in ms]
    assert got == [
        ("Air/drone strike", "Dūmā", "2024-03-04"),
        ("Shelling/artillery/missile attack", "Damascus", "2024-03-04"),  # its sentence's day
    ]
    assert ms[1].text == "rebels shelled Damascus."  # the clause is the evidence
    # One trigger over two places, or one place, stays one mention.
    assert len(_analysed("Shelling hit Idlib and Hama on Monday.")) == 1
    assert len(_analysed("Clashes between the army and rebels in Daraa on Monday.")) == 1


@pytest.mark.parametrize(
    ("headline", "event_type"),
    [
        ("An Islamic State member killed in Deir Ezzor", "Battles"),
        ("Two Turkish soldiers killed in Al-Bab attack", "Battles"),
        ("A shepherd killed in Deir Ezzor", "Violence against civilians"),
        ("Raids target the countryside of Aleppo", "Explosions/Remote violence"),
    ],
)
def test_headline_victims_and_raids(headline: str, event_type: str) -> None:
    assert [m.event_type for m in _analysed(headline, title=headline)][:1] == [event_type]


def test_one_victim_after_the_verb_makes_an_undated_sentence_an_incident() -> None:
    ms = _analysed("He said that guerrillas killed a farmer in the town of Flores, Guatemala.")
    assert [(m.event_type, m.location.name if m.location else None) for m in ms] == [
        ("Violence against civilians", "Flores")
    ]
    assert _analysed("Guerrillas often kill farmers in the town of Flores, Guatemala.") == []


@pytest.mark.parametrize(
    ("sentence", "sub_types"),
    [
        ("Gunmen killed three traders at a market near Kidal on Monday.", ["Attack"]),
        ("Gunmen killed three soldiers at a checkpoint near Kidal on Monday.", ["Armed clash"]),
    ],
)
def test_who_was_killed_decides_attack_or_battle(sentence: str, sub_types: list[str]) -> None:
    assert [m.sub_event_type for m in _analysed(sentence)] == sub_types


def test_a_clause_opening_on_its_verb_shares_the_sentence_subject() -> None:
    ms = _analysed(
        "Regime forces shell the southern countryside of Idlib and renew clashes in the "
        "northeastern countryside of Hama."
    )
    assert [(m.sub_event_type, m.actor1) for m in ms] == [
        ("Shelling/artillery/missile attack", "Syrian military"),
        ("Armed clash", "Syrian military"),
    ]


@pytest.mark.parametrize(
    ("headline", "sub_type", "actor1", "actor2"),
    [
        ("Taliban kill 12 Afghan soldiers in Helmand", "Armed clash", "Taliban",
         "Military Forces of Afghanistan"),
        ("Police kill three protesters in Nairobi", "Excessive force against protesters",
         "Police", "Protesters"),
        ("Cartel gunmen kill eight in Guerrero bar", "Attack", "Unidentified armed group",
         None),
        # (security forces in a gunfight are the host's military, as ACLED codes Kashmir)
        ("Security forces kill two militants in Kashmir encounter", "Armed clash",
         "Military Forces of India", "Unidentified armed group"),
    ],
)  # fmt: skip
def test_headlines_from_other_wars(
    headline: str, sub_type: str, actor1: str, actor2: str | None
) -> None:
    (m,) = _analysed(headline, title=headline)
    assert (m.sub_event_type, m.actor1, m.actor2) == (sub_type, actor1, actor2)


def test_blowing_up_a_building_is_an_explosion() -> None:
    head = "Rebels blow up a school building in Kidal"
    assert [m.event_type for m in _analysed(head, title=head)] == ["Explosions/Remote violence"]


@pytest.mark.parametrize(
    ("sentence", "actor1", "actor2"),
    [
        ("An Indian army soldier was killed when militants opened fire on a patrol in "
         "Kupwara district on Tuesday.", "Unidentified armed group", "Military Forces of India"),
        ("Israeli troops shot dead a Palestinian man near Jenin on Thursday.",
         "Israeli military", "Civilians (Palestine)"),
        ("Armed men abducted a priest from his parish in Enugu state on Monday night.",
         "Unidentified armed group", "Civilians (Nigeria)"),
    ],
)  # fmt: skip
def test_agents_and_single_victims(sentence: str, actor1: str, actor2: str) -> None:
    (m,) = _analysed(sentence, published="2023-08-10")
    assert (m.actor1, m.actor2) == (actor1, actor2)


def test_dates_from_a_statement_and_from_the_events_name() -> None:
    (m,) = _analysed(
        "A roadside bomb wounded three soldiers near Maiduguri, the army said on Friday."
    )
    assert (m.date_start, m.date_end, m.date_precision) == ("2024-03-06", "2024-03-08", 2)
    (m,) = _analysed(
        "The 2014 massacre of Yazidis in Sinjar by Islamic State fighters was recognised as "
        "genocide by the parliament on Thursday."
    )
    assert m.date_start == "2014-01-01" and m.historical


def test_a_country_as_a_modifier_is_not_where_it_happened() -> None:
    (m,) = _analysed("Militias fired rockets at US bases in Iraq on Monday.")
    assert m.country == "IQ"


@pytest.mark.parametrize(
    ("sentence", "sub_types"),
    [
        ("Police arrested 45 opposition supporters in Dhaka on Monday ahead of the general "
         "strike.", ["Arrests"]),
        ("Protesters stormed the parliament building in Baghdad on Saturday and staged a "
         "sit-in.", ["Violent demonstration"]),
    ],
)  # fmt: skip
def test_protests_not_yet_held_and_protests_that_broke_in(
    sentence: str, sub_types: list[str]
) -> None:
    assert [m.sub_event_type for m in _analysed(sentence)] == sub_types


def test_those_killed_after_the_verb_are_the_target_not_the_agent() -> None:
    (m,) = _analysed(
        "The army said it had killed 30 militants in air strikes near Kidal on Sunday."
    )
    assert (m.actor1, m.actor2) == ("Malian military", "Unidentified armed group")


def test_strategic_developments_that_are_incidents() -> None:
    (m,) = _analysed(
        "Fighters loyal to the Rapid Support Forces looted homes and burned a market in "
        "El Geneina on Wednesday, residents said."
    )
    assert (m.sub_event_type, m.actor1) == ("Looting/property destruction", "Rapid Support Forces")
    # Talk about an agreement is no incident.
    assert _analysed("The two sides agreed on Monday to hold talks in Doha next month.") == []


@pytest.mark.parametrize(
    ("sentence", "actor1", "actor2"),
    [
        ("Government troops and RSF fighters clashed in the Bahri district of Khartoum on "
         "Sunday.", "Sudanese Armed Forces", "Rapid Support Forces"),
        ("Israel said its jets struck Hezbollah targets in southern Lebanon on Wednesday.",
         "Israeli military", "Hezbollah"),
    ],
)  # fmt: skip
def test_both_sides_of_a_clash_and_a_state_striking_through_its_military(
    sentence: str, actor1: str, actor2: str
) -> None:
    (m,) = _analysed(sentence, published="2024-06-14")
    assert (m.actor1, m.actor2) == (actor1, actor2)


def test_a_rescue_is_no_abduction() -> None:
    assert _analysed("Troops rescued 14 kidnapped schoolchildren in Zamfara on Thursday.") == []


def test_the_verb_not_the_gunmen_is_the_trigger_and_civilians_carry_the_country_name() -> None:
    (m,) = _analysed(
        "Gunmen attacked a bus carrying pilgrims in Reasi district, killing nine people and "
        "wounding 33, police said."
    )
    assert (m.trigger, m.actor2) == ("attacked", "Civilians (India)")


def test_a_strike_a_military_conducted_is_from_the_air() -> None:
    (m,) = _analysed(
        "US forces conducted a strike in Somalia on Saturday that killed 12 al-Shabaab fighters."
    )
    assert (m.sub_event_type, m.actor1, m.actor2) == (
        "Air/drone strike",
        "United States military",
        "Al-Shabaab",
    )


def test_a_suspected_perpetrator_is_no_disputed_blame() -> None:
    (m,) = _analysed(
        "A police officer was shot dead in an ambush by suspected separatist fighters in "
        "Bamenda on Saturday."
    )
    assert m.modality == "asserted"
    (m,) = _analysed(
        "A blast hit a market in Gaza City on Tuesday; Hamas blamed Israel, which denied it."
    )
    assert m.modality == "contested"


@pytest.mark.parametrize(
    ("headline", "sub_type", "actor1", "assoc"),
    [
        ("Rebels backed by Turkish forces advance over IS in Aleppo countryside",
         "Armed clash", "Unidentified rebel group", ["Turkish military"]),
        ("IS lashes a man for breaking the fast in Deir Ezzor", "Attack", "Islamic State", []),
        ("Raids by warplanes in the Eastern Ghouta, Friday prayers canceled",
         "Air/drone strike", None, []),
    ],
)  # fmt: skip
def test_more_headline_reports(
    headline: str, sub_type: str, actor1: str | None, assoc: list[str]
) -> None:
    (m,) = _analysed(headline, title=headline, published="2017-05-01")
    assert (m.sub_event_type, m.actor1, m.assoc_actors) == (sub_type, actor1, assoc)


def test_a_named_group_with_its_generic_noun_and_a_possessive_place() -> None:
    (m,) = _analysed(
        "Al-Shabaab militants attacked a military base in Mogadishu's Dayniile district on "
        "Friday, sparking a gun battle."
    )
    assert (m.actor1, m.location.name if m.location else None) == ("Al-Shabaab", "Mogadishu")
