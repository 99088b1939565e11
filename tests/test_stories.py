"""The stories stage on small hand-written articles (no shared data needed)."""

from __future__ import annotations

import importlib.util

import pytest

from wiretally.errors import MissingExtra, UsageError
from wiretally.records import Article, Story, StoryMember
from wiretally.stories import group_stories, story_id
from wiretally.stories.changes import number_changes
from wiretally.stories.embed import get_embedder

ORIGINAL = (
    "RIVERTON (Northwire) — A drone struck a fuel depot outside the river town of Kelvar on "
    "Tuesday, killing four guards and wounding nine workers, the provincial governor said.\n\n"
    "Governor Amina Dorsett told reporters that the attack began shortly before dawn and that "
    "fires burned for more than six hours.\n\n"
    "No group has claimed responsibility, but the Highland Front has carried out more than two "
    "dozen attacks on fuel sites in the province since March.\n\n"
    "The depot supplies diesel to hospitals and water pumps across the southern districts, and "
    "officials warned of shortages within a week.\n\n"
    "Emergency crews from the neighbouring town of Ostrel helped to contain the blaze, "
    "according to the regional fire service."
)

REPRINT = (
    "Share this story on social media\n\n"
    + ORIGINAL.split("— ", 1)[1]
    + "\n\nSubscribe to our newsletter for the latest headlines.\nAdvertisement"
)

REWRITE = (
    "A drone hit a fuel depot near the riverside town of Kelvar on Tuesday, killing four "
    "guards and injuring nine workers, according to the provincial governor.\n\n"
    "Governor Amina Dorsett said the strike started just before dawn and the fires burned "
    "for over six hours.\n\n"
    "Nobody has claimed the attack, although the Highland Front has staged more than 12 "
    "raids on fuel facilities in the province since March.\n\n"
    "The depot provides diesel for hospitals and water pumps in the southern districts, and "
    "officials cautioned that shortages could come within a week.\n\n"
    "Firefighters from nearby Ostrel helped bring the blaze under control, the regional fire "
    "service said."
)

# Same kind of incident, same province, another day and place: must stay apart.
OTHER_INCIDENT = (
    "A drone struck a grain warehouse in the hill village of Marrow on Friday, killing two "
    "farmers, local officials said.\n\n"
    "The provincial governor, Amina Dorsett, said the warehouse had been empty of troops and "
    "called the attack a crime against civilians.\n\n"
    "It was the third drone attack in the province this month, after strikes on a bridge and "
    "a power station near the border.\n\n"
    "Residents said they heard the engine of the aircraft for several minutes before the "
    "explosion shook their homes."
)

UNRELATED = (
    "The national football team beat its rivals three goals to one on Sunday evening in front "
    "of a sold-out stadium.\n\n"
    "The coach praised the young striker who scored twice in the second half and said the "
    "team would rest before the cup final."
)


def article(aid: str, text: str, **kw: object) -> Article:
    return Article(id=aid, source_path=f"{aid}.txt", text=text, language="en", **kw)  # type: ignore[arg-type]


def corpus() -> list[Article]:
    return [
        article("orig", ORIGINAL, published="2025-03-04", outlet="Northwire", dateline="Riverton"),
        article("copy", REPRINT, published="2025-03-01", published_inferred=True),
        article("para", REWRITE),
        article("other", OTHER_INCIDENT, published="2025-03-07"),
        article("sport", UNRELATED, published="2025-03-09"),
    ]


def by_member(result_stories: list) -> dict[str, str]:
    return {m.article_id: s.id for s in result_stories for m in s.members}


def test_every_article_in_exactly_one_story() -> None:
    result = group_stories(corpus())
    members = [m.article_id for s in result.stories for m in s.members]
    assert sorted(members) == sorted(a.id for a in corpus())


def test_reprint_with_junk_and_rewrite_join_the_original() -> None:
    result = group_stories(corpus())
    story_of = by_member(result.stories)
    assert story_of["orig"] == story_of["copy"] == story_of["para"]
    story = next(s for s in result.stories if s.id == story_of["orig"])
    # The reprint's inferred date is earlier, but only a date the record gave counts.
    assert story.canonical_article_id == "orig"
    relations = {m.article_id: m.relation for m in story.members}
    assert relations == {"orig": "canonical", "copy": "reprint", "para": "rewrite"}
    assert story.id == story_id("orig")


def test_different_incident_of_same_kind_stays_apart() -> None:
    story_of = by_member(group_stories(corpus()).stories)
    assert story_of["other"] != story_of["orig"]
    assert story_of["sport"] not in {story_of["orig"], story_of["other"]}


def test_number_change_listed_for_rewrite() -> None:
    result = group_stories(corpus())
    numbers = [c for s in result.stories for c in s.changes if c.kind == "number"]
    assert [(c.article_id, c.canonical_text, c.member_text) for c in numbers] == [
        ("para", "more than two dozen attacks", "more than 12 raids")
    ]


def test_site_junk_and_dropped_dateline_are_not_changes() -> None:
    result = group_stories(corpus())
    assert not [c for s in result.stories for c in s.changes if c.article_id == "copy"]


def test_reprint_missing_a_paragraph_lists_the_omission() -> None:
    cut = ORIGINAL.rsplit("\n\n", 1)[0]
    arts = [article("orig", ORIGINAL, published="2025-03-04"), article("cut", cut)]
    changes = [c for s in group_stories(arts).stories for c in s.changes]
    assert [(c.kind, c.member_text) for c in changes] == [("omission", "")]
    assert changes[0].canonical_text.startswith("Emergency crews")


def test_rewrite_wording_edits_listed_with_context() -> None:
    result = group_stories(corpus())
    wording = {(c.canonical_text, c.member_text) for s in result.stories for c in s.changes}
    assert ("drone struck", "drone hit") in wording


def test_copies_inherit_canonical_date() -> None:
    result = group_stories(corpus())
    assert result.inferred_dates == {"copy": "2025-03-04", "para": "2025-03-04"}


def test_ids_are_stable_across_runs_and_orders() -> None:
    first = group_stories(corpus())
    second = group_stories(list(reversed(corpus())))
    assert [s.id for s in first.stories] == [s.id for s in second.stories]


def test_incremental_join_keeps_existing_stories() -> None:
    base = [a for a in corpus() if a.id != "para"]
    first = group_stories(base)
    result = group_stories(corpus(), previous=first.stories)
    assert result.stats["new_articles"] == 1
    story_of = by_member(result.stories)
    before = by_member(first.stories)
    assert all(story_of[aid] == sid for aid, sid in before.items())
    assert story_of["para"] == before["orig"]
    untouched = [s for s in first.stories if s.canonical_article_id == "sport"]
    assert untouched[0] in result.stories


def test_incremental_new_original_becomes_canonical_but_keeps_story_id() -> None:
    first = group_stories([a for a in corpus() if a.id != "orig"])
    old_id = by_member(first.stories)["copy"]
    result = group_stories(corpus(), previous=first.stories)
    story = next(s for s in result.stories if s.id == old_id)
    assert story.canonical_article_id == "orig"


FRENCH = (
    "RIVERTON (Northwire) — Un drone a frappé mardi un dépôt de carburant près de Kelvar, "
    "tuant quatre gardes et blessant neuf ouvriers, selon le gouverneur.\n\n"
    "La gouverneure Amina Dorsett a déclaré que l'attaque avait commencé avant l'aube et que "
    "le feu avait duré plus de six heures.\n\n"
    "Personne n'a revendiqué l'attaque, mais le Highland Front a mené plus de deux douzaines "
    "d'attaques contre des sites de carburant dans la province depuis mars.\n\n"
    "Des pompiers de la ville voisine d'Ostrel ont aidé à maîtriser l'incendie."
)

# Another incident told in French, naming the same governor and group.
FRENCH_OTHER = (
    "Un drone a touché vendredi un entrepôt de céréales dans le village de Marrow, tuant deux "
    "agriculteurs.\n\n"
    "La gouverneure Amina Dorsett a qualifié l'attaque de crime contre des civils.\n\n"
    "Les habitants accusent le Highland Front, qui nie toute implication.\n\n"
    "C'est la troisième attaque de drone dans la province ce mois-ci."
)


def test_translation_found_by_names_and_numbers() -> None:
    arts = [
        *corpus(),
        Article(id="fr", source_path="fr.txt", text=FRENCH, language="fr"),
        Article(id="fr-other", source_path="fr2.txt", text=FRENCH_OTHER, language="fr"),
    ]
    result = group_stories(arts)
    story_of = by_member(result.stories)
    relations = {m.article_id: m.relation for s in result.stories for m in s.members}
    assert story_of["fr"] == story_of["orig"] and relations["fr"] == "translation"
    assert story_of["fr-other"] not in {story_of["orig"], story_of["other"]}


def test_translation_labelled_when_languages_differ() -> None:
    arts = corpus()
    arts[2].language = "fr"
    result = group_stories(arts, embedder="fake.v1")
    relations = {m.article_id: m.relation for s in result.stories for m in s.members}
    assert relations["para"] == "translation"
    assert by_member(result.stories)["para"] == by_member(result.stories)["orig"]


def test_number_changes_pair_figures_in_reading_order() -> None:
    found, _ = number_changes(
        "x",
        "Police said 14 people died and 30 were hurt.",
        "Police said 16 people died and 30 were hurt.",
    )
    assert [(c.canonical_text, c.member_text) for c in found] == [("14 people", "16 people")]


def test_unknown_embedder_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match=r"hashing\.v1"):
        get_embedder("nope.v9")


@pytest.mark.skipif(
    importlib.util.find_spec("sentence_transformers") is not None, reason="extra installed"
)
def test_minilm_without_extra_says_what_to_install() -> None:
    with pytest.raises(MissingExtra, match=r"\[embed\]"):
        get_embedder("minilm.v1")


def test_hostile_and_tiny_inputs_each_get_a_story() -> None:
    run_on = " ".join(f"word{i % 997} and" for i in range(20000))  # no sentence ends
    arts = [
        article("empty", ""),
        article("one", "Headline"),
        article("runon", run_on),
        article("runon-copy", "Advertisement\n\n" + run_on),
        article("lines", "\n".join(f"Breaking: item number {i} of the list." for i in range(3000))),
    ]
    result = group_stories(arts)
    story_of = by_member(result.stories)
    assert sorted(story_of) == sorted(a.id for a in arts)
    assert story_of["runon"] == story_of["runon-copy"]
    assert story_of["empty"] != story_of["one"]


BACKGROUND = (
    "The Highland Front has fought the provincial government since a disputed election "
    "three years ago, and its drone units have grown from a handful of fighters to several "
    "hundred.\n\n"
    "Aid groups say more than forty thousand people have left the southern districts since "
    "the fighting spread to the river valley last spring.\n\n"
    "The provincial government has asked the capital for air defence systems, but officials "
    "there say none can be spared before the winter.\n\n"
    "Talks between the two sides collapsed in the autumn after a ceasefire in the valley was "
    "broken within a week."
)


def test_updates_sharing_background_but_not_news_stay_apart() -> None:
    first = (
        "A drone hit a fuel depot outside Kelvar on Tuesday, killing four guards.\n\n"
        "The governor said the fires burned for six hours before crews from Ostrel put them out."
        "\n\n" + BACKGROUND
    )
    second = (
        "A drone struck a grain store in the village of Marrow on Friday, killing two farmers."
        "\n\nResidents said they heard the aircraft circling for several minutes before the "
        "blast.\n\n" + BACKGROUND
    )
    arts = [article("tue", first, published="2025-03-04"), article("fri", second)]
    story_of = by_member(group_stories(arts).stories)
    assert story_of["tue"] != story_of["fri"]
    # The same update reprinted with a junk line first is still a reprint.
    arts.append(article("tue-copy", "Share this story\n\n" + first))
    result = group_stories(arts)
    assert by_member(result.stories)["tue-copy"] == by_member(result.stories)["tue"]


def test_new_article_never_merges_two_earlier_stories() -> None:
    arts = corpus()
    # An earlier run (or a person) kept the original and its reprint apart.
    first = group_stories([a for a in arts if a.id != "para"])
    story_of = by_member(first.stories)
    split = [s for s in first.stories if s.id != story_of["orig"]]
    orig_story = next(s for s in first.stories if s.id == story_of["orig"])
    apart = [
        Story(story_id("orig"), "orig", [StoryMember("orig", "canonical")]),
        Story(story_id("copy"), "copy", [StoryMember("copy", "canonical")]),
    ]
    previous = [s for s in split if s is not orig_story] + apart
    result = group_stories(arts, previous=previous)
    after = by_member(result.stories)
    assert after["orig"] != after["copy"]
    assert after["para"] in {after["orig"], after["copy"]}


@pytest.mark.embed
def test_minilm_groups_the_rewrite_and_keeps_the_other_incident_apart() -> None:
    result = group_stories(corpus(), embedder="minilm.v1")
    story_of = by_member(result.stories)
    assert story_of["para"] == story_of["orig"] != story_of["other"]
