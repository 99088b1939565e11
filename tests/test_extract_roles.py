"""Actor roles around the trigger: who acted, who was hit, and who only reported it.

Sentences written for these tests (no shared data needed). Each names a role mistake that
an unnamed "the army"/"troops" fallback, a speaker or a later clause used to cause.
"""

from __future__ import annotations

import pytest

from wiretally.extract import extract_mentions
from wiretally.extract.actors import actor_table
from wiretally.extract.typing import classify
from wiretally.records import Article, Mention, Place
from wiretally.text import split_sentences
from wiretally.times import tag_times


def _run(text: str, town: str = "Nioro", country: str = "ML") -> list[Mention]:
    article = Article(id="art1", source_path="x.txt", text=text, published="2024-06-20")
    start = text.index(town)
    places = [Place("art1", start, start + len(town), town, name=town, country=country)]
    return extract_mentions(article, sentences=split_sentences(text), places=places, times=[])


def _one(text: str, town: str = "Nioro") -> Mention:
    mentions = _run(text, town)
    assert len(mentions) == 1, [m.trigger for m in mentions]
    return mentions[0]


def test_unnamed_rebels_are_the_agent_and_a_later_clause_takes_no_role() -> None:
    m = _one(
        "On Saturday, insurgents overran Menaka and kept it for weeks until Nigerien and "
        "Malian soldiers came back.",
        "Menaka",
    )
    assert (m.actor1, m.actor1_type) == ("Unidentified rebel group", "rebel group")
    assert m.provenance["actor1"].text == "insurgents"
    assert m.actor2 is None and m.assoc_actors == []
    # A definite "the rebels" still points back at the group named before.
    text = (
        "Officials said the Houthis had stepped up their campaign in the Red Sea. "
        "The rebels' latest barrage came on Monday, with two drones targeting a tanker "
        "near Hodeidah."
    )
    salvo = next(m for m in _run(text, "Hodeidah", "YE") if m.sentence == 1)
    assert salvo.actor1 == "Houthis"


def test_a_force_named_in_an_earlier_clause_is_not_the_agent() -> None:
    m = _one(
        "After the army withdrew from Nioro, a car bomb exploded in the town's market on "
        "Sunday, killing five people."
    )
    assert m.actor1 is None  # no one named (the merged event says "unidentified")
    assert m.actor2 == "Civilians (Mali)"


def test_a_force_whose_vehicle_hit_a_mine_is_the_target() -> None:
    m = _one("On Sunday an army truck struck a landmine near Nioro, the military said.")
    assert m.actor1 is None
    assert m.actor2 == "Malian military"
    assert m.provenance["actor2"].text == "army"


def test_a_police_post_is_the_target_and_the_speaker_no_actor() -> None:
    m = _one("Gunmen attacked a police post near Nioro on Sunday, the army said.")
    assert (m.actor1, m.actor2) == ("Unidentified armed group", "Police")


def test_a_trailing_speaker_is_not_the_target() -> None:
    m = _one("On Sunday gunmen ambushed a convoy near Nioro, killing four people, the army said.")
    assert m.actor1 == "Unidentified armed group"
    assert m.actor2 != "Malian military"
    # A force that claims its own strike stays its agent.
    m = _one(
        "The army said its helicopters bombed a rebel camp near Nioro on Sunday, killing six "
        "fighters."
    )
    assert m.actor1 == "Malian military"


def test_wounded_soldiers_make_the_host_force_the_target() -> None:
    m = _one("On Sunday two soldiers were wounded when a bomb exploded near Nioro.")
    assert (m.actor1, m.actor2) == (None, "Malian military")
    assert m.provenance["actor2"].text == "soldiers"


def test_someone_elses_soldiers_do_not_make_the_host_force_the_target() -> None:
    m = _one("Rebels ambushed Chadian troops near Nioro on Sunday, killing six soldiers.")
    assert m.actor1 == "Unidentified rebel group"
    assert m.actor2 != "Malian military"


def test_speaker_cues() -> None:
    from wiretally.extract.arguments import is_speaker

    text = "The police said the Houthis fired it, according to Hezbollah; the IDF said it fired."
    hits = {h.text: h for h in actor_table().find(text)}
    assert is_speaker(text, hits["police"])
    assert is_speaker(text, hits["Hezbollah"])
    assert not is_speaker(text, hits["Houthis"])
    assert not is_speaker(text, hits["IDF"])  # "said it fired": its own act
    text = "On Sunday JNIM claimed an attack on a police post near Nioro, police said."
    hits = {h.text: h for h in actor_table().find(text)}
    assert not is_speaker(text, hits["JNIM"])  # a claim of responsibility, not a report
    assert is_speaker(text, hits["police"])


def test_clause_bounds_and_roles_from_hits() -> None:
    from wiretally.extract.arguments import assign_roles, clause_bounds

    text = "Gunmen raided the village before the police arrived, the Houthis said."
    t0 = text.index("raided")
    t1 = t0 + len("raided")
    lo, hi = clause_bounds(text, t0, t1)
    assert lo == 0 and text[hi:].startswith("before")
    roles = assign_roles(text, actor_table().find(text), t0, t1)
    assert roles.actor1 is not None and roles.actor1.entry.name == "Unidentified armed group"
    assert roles.actor2 is None and roles.assoc == []


def test_unnamed_jihadists_attack_a_military_post() -> None:
    m = _one("On Sunday, jihadists attacked a military post near Nioro, a security source said.")
    assert (m.actor1, m.actor2) == ("Unidentified armed group", "Malian military")


def test_a_victim_inside_the_trigger_is_the_target() -> None:
    m = _one("On Sunday, soldiers shot dead two protesters in Nioro, witnesses said.")
    assert (m.actor1, m.actor2) == ("Malian military", "Protesters")


def test_a_spokesman_for_the_army_is_a_source() -> None:
    m = _one("An army spokesman said a drone struck a rebel convoy near Nioro on Sunday.")
    assert m.actor1 is None


def test_troops_that_fired_on_protesters_are_the_agent_even_when_denied() -> None:
    m = _one(
        "Separately, the army denied reports that its troops had fired on marchers in Nioro "
        "on Tuesday."
    )
    assert m.sub_event_type == "Excessive force against protesters"
    assert (m.actor1, m.actor2, m.modality) == ("Malian military", "Protesters", "denied")


def test_a_speaking_army_whose_helicopters_struck_is_the_agent_of_an_air_strike() -> None:
    m = _one("The army said its helicopters struck a rebel base near Nioro on Monday.")
    assert m.sub_event_type == "Air/drone strike"
    assert m.trigger == "helicopters struck"
    assert m.actor1 == "Malian military"  # "its helicopters": the speaker's own aircraft


def _run_dated(text: str, published: str = "2025-03-13") -> list[Mention]:
    article = Article(id="art1", source_path="x.txt", text=text, published=published)
    start = text.index("Nioro")
    places = [Place("art1", start, start + 5, "Nioro", name="Nioro", country="ML")]
    times = tag_times(text, dct=published, article_id="art1")
    return extract_mentions(article, sentences=split_sentences(text), places=places, times=times)


def test_a_town_seized_by_rebels_stays_a_takeover_whatever_follows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = (
        "In 2012, rebels seized Kidal and held it for months before French and Malian "
        "troops returned."
    )
    t = classify(text, typer="learned.v1")
    assert t is not None and t.key == "NON_STATE_ACTOR_OVERTAKES_TER"

    class Stub:  # a classifier that reads a weapons seizure, as an earlier model did
        def __init__(self, ranked: list[tuple[str, float]]) -> None:
            self._ranked = ranked

        def ranked(self, *_args: object) -> list[tuple[str, float]]:
            return self._ranked

    elsewhere = [("DISR_WEAP", 0.9), ("GOV_REGAINS_TERIT", 0.06), ("ARMED_CLASH", 0.04)]
    monkeypatch.setattr("wiretally.extract.typing._model", lambda _t: Stub(elsewhere))
    kept = classify(text, typer="learned.v1")
    assert kept is not None and kept.key == "NON_STATE_ACTOR_OVERTAKES_TER"  # the trigger's
    inside = [("GOV_REGAINS_TERIT", 0.7), ("NON_STATE_ACTOR_OVERTAKES_TER", 0.3)]
    monkeypatch.setattr("wiretally.extract.typing._model", lambda _t: Stub(inside))
    refined = classify(text, typer="learned.v1")
    # the classifier may not move a town's change of hands to another no word tells
    assert refined is not None and refined.key == "NON_STATE_ACTOR_OVERTAKES_TER"
    fight = [("ARMED_CLASH", 0.7), ("NON_STATE_ACTOR_OVERTAKES_TER", 0.3)]
    monkeypatch.setattr("wiretally.extract.typing._model", lambda _t: Stub(fight))
    battle = classify(text, typer="learned.v1")
    assert battle is not None and battle.key == "ARMED_CLASH"  # inside the family: its choice


def test_a_date_in_a_relative_clause_dates_that_clause_not_the_strike() -> None:
    mentions = _run_dated(
        "On Wednesday, the army said its aircraft targeted a depot used by the group that "
        "attacked an army post near Nioro on March 9."
    )
    strike = next(m for m in mentions if m.sub_event_type == "Air/drone strike")
    assert strike.date_start == "2025-03-12"  # Wednesday, not March 9


@pytest.mark.parametrize(
    ("headline", "actor1", "actor2"),
    [
        ("An Islamic State member killed in Deir Ezzor", None, "Islamic State"),
        ("Three Hamas fighters killed by Israeli strike in Gaza", "Israeli military", "Hamas"),
    ],
)
def test_a_passive_without_its_auxiliary_names_the_victim(
    headline: str, actor1: str | None, actor2: str
) -> None:
    from wiretally.analysis import analyse_article

    article = Article(id="h", source_path="x", text=headline, title=headline)
    (m,) = analyse_article(article)[0]
    assert (m.actor1, m.actor2) == (actor1, actor2)
