"""Claims stage: figures with their bounds, quantity, place, window and claimant; series,
parts and conflicts across reports. Sentences are written for these tests."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wiretally.claims import compatible, extract_claims, link_claims
from wiretally.records import Article, Change, Claim, Story, StoryMember
from wiretally.text import split_sentences


def _article(text: str, *, published: str | None = "2024-04-10", aid: str = "a1") -> Article:
    return Article(id=aid, source_path=f"{aid}.txt", text=text, published=published)


def _claims(text: str, **kwargs: str | None) -> list[Claim]:
    article = _article(text, **kwargs)  # type: ignore[arg-type]
    return extract_claims(article, sentences=split_sentences(text), times=[], places=[])


def _one(text: str, **kwargs: str | None) -> Claim:
    claims = _claims(text, **kwargs)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def test_attack_tally_with_window_place_and_claimant() -> None:
    claim = _one(
        "According to the Pentagon, militias have launched 45 attacks on US forces in Jordan "
        "and Kuwait since March 3."
    )
    assert (claim.value, claim.lower, claim.upper) == (45, None, None)
    assert claim.quantity == "attacks on US forces"
    assert claim.place == "Jordan and Kuwait"
    assert claim.window_start == "2024-03-03"
    assert claim.claimant == "Pentagon"
    assert claim.as_of == "2024-04-10"
    assert claim.text == "45"


def test_qualifiers_and_number_words() -> None:
    text = (
        "More than four dozen rockets were fired at the border town, the army said. "
        "Nearly a dozen soldiers were wounded in the barrage. "
        "Almost 3,000 people have been killed in Sudan, Sudan's Health Ministry says."
    )
    rockets, soldiers, people = _claims(text)
    assert rockets.lower == 49 and rockets.value is None
    assert rockets.quantity == "rockets" and rockets.claimant == "army"
    assert (soldiers.value, soldiers.upper, soldiers.approximate) == (12, 12, True)
    assert soldiers.quantity == "troops injured"
    assert (people.value, people.upper, people.approximate) == (3000, 3000, True)
    assert people.quantity == "people killed"
    assert people.place == "Sudan"
    assert people.claimant == "Sudan Health Ministry"


def test_claimant_from_of_phrase_and_run_by() -> None:
    claim = _one(
        "According to figures from the health ministry of rebel-held Darfur, the fighting has "
        "killed at least 14 civilians."
    )
    assert claim.lower == 14
    assert claim.quantity == "civilians killed"
    assert claim.claimant == "Darfur health ministry"


@pytest.mark.parametrize(
    "text",
    [
        "A 29-year-old man was arrested in 2023 after the blast.",
        "The donors pledged $5 million in aid on Oct. 12.",
        "Hundreds of civilians fled the shelling.",
        "One soldier died when the convoy was hit.",
        "The 3rd brigade moved north over two days.",
        "Critics compared the response with the 60 attacks of last year.",
        "Jets struck two ammunition depots near the river.",
    ],
)
def test_not_claims(text: str) -> None:
    assert _claims(text) == []


def test_weekday_as_of_and_event_date() -> None:
    text = (
        "By Tuesday, according to defense officials, 13 drone attacks had targeted US troops "
        "in Jordan. The Oct. 7 raid on the village killed at least 40 people."
    )
    attacks, killed = _claims(text, published="2023-10-26")
    assert attacks.as_of == "2023-10-24"
    assert attacks.claimant == "defense officials"
    assert killed.quantity == "people killed"
    assert (killed.window_start, killed.window_end) == ("2023-10-07", "2023-10-07")


def _linked(*articles: Article, stories: list[Story] | None = None) -> list[Claim]:
    claims: list[Claim] = []
    for a in articles:
        claims += extract_claims(a, sentences=split_sentences(a.text), times=[], places=[])
    return link_claims(claims, stories=stories or [], articles={a.id: a for a in articles})


def test_parts_add_up() -> None:
    article = _article(
        "Insurgents have launched 40 attacks on US forces in Jordan and Kuwait since Feb. 1. "
        "Of those, 25 were in Jordan and 15 in Kuwait."
    )
    total, jordan, kuwait = _linked(article)
    assert (jordan.place, kuwait.place) == ("Jordan", "Kuwait")
    assert jordan.quantity == total.quantity and jordan.window_start == "2024-02-01"
    assert total.parts == [jordan.id, kuwait.id]
    assert total.conflicts == []


def test_parts_that_do_not_add_up_are_a_sum_conflict() -> None:
    article = _article(
        "Insurgents have launched 40 attacks on US forces in Jordan and Kuwait since Feb. 1. "
        "Of those, 25 were in Jordan and 20 in Kuwait."
    )
    total, jordan, kuwait = _linked(article)
    assert total.parts == [jordan.id, kuwait.id]
    assert {(c.claim_id, c.reason) for c in total.conflicts} == {
        (jordan.id, "sum"),
        (kuwait.id, "sum"),
    }


def test_growth_is_a_series_not_a_conflict() -> None:
    early = _article(
        "Officials said 12 attacks on US forces had been recorded in Jordan since Feb. 1.",
        published="2024-02-10",
        aid="early",
    )
    late = _article(
        "Officials said 30 attacks on US forces have been recorded in Jordan since Feb. 1.",
        published="2024-03-01",
        aid="late",
    )
    a, b = _linked(early, late)
    assert a.series is not None and a.series == b.series
    assert a.conflicts == [] and b.conflicts == []


def test_a_window_that_ends_at_the_report_is_the_running_count() -> None:
    # "between Feb. 1 and March 20", reported on March 21, is the count since Feb. 1.
    early = _article(
        "Officials said 23 attacks on US forces had been recorded in Jordan since Feb. 1.",
        published="2024-03-02",
        aid="early",
    )
    late = _article(
        "Officials said 27 attacks on US forces were recorded in Jordan between Feb. 1 and "
        "March 20.",
        published="2024-03-21",
        aid="late",
    )
    past = _article(
        "Officials said 9 attacks on US forces were recorded in Jordan between Feb. 1 and Feb. 10.",
        published="2024-03-21",
        aid="past",
    )
    a, b, c = _linked(early, late, past)
    assert b.window_end == "2024-03-20"
    assert a.series is not None and a.series == b.series
    assert a.conflicts == [] and b.conflicts == []
    assert c.series != a.series  # a closed period well before the report is its own count


def test_claim_without_place_joins_the_widest_series() -> None:
    first = _article(
        "Militias carried out 20 attacks on US forces in Jordan and Kuwait since Feb. 1.",
        published="2024-02-20",
        aid="first",
    )
    second = _article(
        "Pentagon officials said more than 25 attacks on US forces had been recorded.",
        published="2024-03-02",
        aid="second",
    )
    a, b = _linked(first, second)
    assert b.place is None
    assert a.series == b.series


def test_bounds_compatible_figures_do_not_conflict() -> None:
    one = _article("The attack killed at least 500 people in Sudan.", aid="one")
    two = _article("The attack killed 502 people in Sudan, officials said.", aid="two")
    a, b = _linked(one, two)
    assert compatible(a, b)
    assert a.series == b.series
    assert a.conflicts == [] and b.conflicts == []


def test_same_day_different_figures_conflict() -> None:
    one = _article("The attack killed 500 people in Sudan.", aid="one")
    two = _article("The attack killed 800 people in Sudan, medics said.", aid="two")
    a, b = _linked(one, two)
    assert [(c.claim_id, c.reason) for c in a.conflicts] == [(b.id, "value")]


def test_different_windows_same_day_conflict() -> None:
    one = _article("Militants launched 20 attacks on US forces in Jordan since Jan. 5.", aid="one")
    two = _article("Militants launched 12 attacks on US forces in Jordan since Jan. 15.", aid="two")
    a, b = _linked(one, two)
    assert a.series != b.series
    assert [(c.claim_id, c.reason) for c in a.conflicts] == [(b.id, "window")]


def test_copy_that_changed_a_figure_links_to_canonical() -> None:
    original = _article(
        "Since March 3, militias have launched more than four dozen attacks on US forces in "
        "Jordan. Officials said 12 US personnel were injured.",
        aid="orig",
    )
    rewrite = _article(
        "Since March 3, militias have carried out more than 8 strikes. Officials said 12 US "
        "personnel were injured.",
        aid="copy",
    )
    reprint = _article(original.text, aid="reprint")
    story = Story(
        id="s1",
        canonical_article_id="orig",
        members=[
            StoryMember("orig", "canonical"),
            StoryMember("copy", "rewrite"),
            StoryMember("reprint", "reprint"),
        ],
        changes=[Change("copy", "more than four dozen attacks", "more than 8 strikes", "number")],
    )
    claims = _linked(original, rewrite, reprint, stories=[story])
    by = {(c.article_id, c.text): c for c in claims}
    canonical = by[("orig", "more than four dozen")]
    changed = by[("copy", "more than 8")]
    assert changed.canonical_claim_id == canonical.id
    assert changed.quantity == canonical.quantity == "attacks on US forces"
    assert [(c.claim_id, c.reason) for c in changed.conflicts] == [(canonical.id, "value")]
    # The reprint repeats the figures: same claims, never a conflict.
    reprinted = by[("reprint", "more than four dozen")]
    assert reprinted.conflicts == [] and reprinted.series == canonical.series
    assert by[("reprint", "12")].conflicts == []


def test_claim_ids_are_stable() -> None:
    text = "Militants launched 20 attacks on US forces in Jordan."
    assert _one(text).id == _one(text).id
    assert _one(text, aid="other").id != _one(text).id


_PIECES = [
    "more than", " 12 ", "attacks", " on US forces", " in Iraq", " since Oct. 7", ", ",
    ". ", "according to", " the Pentagon", " killed", " people", " Of those,", " 3 in Syria",
    "\n\n", "’s ", "—", "$", "%", " the ", "five dozen", " times", " said", "\u00a0", "…",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=8), max_size=40))
def test_any_text_gives_claims_whose_spans_hold(pieces: list[str]) -> None:
    text = "".join(pieces)
    article = _article(text)
    claims = extract_claims(article, sentences=split_sentences(text), times=[], places=[])
    for claim in claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.quantity
    link_claims(claims, stories=[], articles={article.id: article})


def test_long_article_stays_fast() -> None:
    sentence = (
        "Since Oct. 7, militants have launched 61 attacks on US forces in Iraq and Syria, "
        "according to the Pentagon, and at least 60 US personnel were injured. "
    )
    text = sentence * 400 + "12 " * 3000  # a run-on tail with numbers and no full stop
    article = _article(text)
    started = time.perf_counter()
    claims = extract_claims(article, sentences=split_sentences(text), times=[], places=[])
    linked = link_claims(claims, stories=[], articles={article.id: article})
    assert len(claims) == 800
    assert all(c.conflicts == [] for c in linked)  # one article never conflicts with itself
    assert time.perf_counter() - started < 5


def test_running_count_that_falls_is_a_value_conflict() -> None:
    early = _article(
        "Officials said 30 attacks on US forces had been recorded in Jordan since Feb. 1.",
        published="2024-02-20",
        aid="early",
    )
    late = _article(
        "Officials said 12 attacks on US forces have been recorded in Jordan since Feb. 1.",
        published="2024-03-01",
        aid="late",
    )
    a, b = _linked(early, late)
    assert a.series == b.series
    assert [(c.claim_id, c.reason) for c in b.conflicts] == [(a.id, "value")]


def test_attacks_counted_differently_are_a_definition_conflict() -> None:
    tally = _article("Militants have carried out 30 attacks on US forces in Jordan.", aid="t")
    claimed = _article("A militia claimed responsibility for 10 attacks in Jordan.", aid="c")
    a, b = _linked(tally, claimed)
    assert (a.quantity, b.quantity) == ("attacks on US forces", "attacks claimed")
    assert [(c.claim_id, c.reason) for c in a.conflicts] == [(b.id, "definition")]


def test_place_inside_a_name_is_not_where() -> None:
    claim = _one("Fighters of the Islamic Front in Chad killed at least 30 people.")
    assert claim.quantity == "people killed" and claim.place is None
    claim = _one("Fighting in Sudan has killed at least 300 people, medics said.")
    assert claim.place == "Sudan"
    assert claim.claimant == "medics"


def test_range_window_and_first_person_source() -> None:
    text = (
        "Our field teams logged 31 raids on police posts in Segou province between May 2 and "
        "June 9, and we counted 12 raids on farms in Mopti province from 3 June to 15 June."
    )
    article = Article(
        id="a1", source_path="a1.txt", text=text, published="2024-06-20", outlet="Sahel Ledger"
    )
    segou, mopti = extract_claims(article, sentences=split_sentences(text), times=[], places=[])
    assert (segou.value, segou.quantity) == (31, "attacks")
    assert (segou.window_start, segou.window_end) == ("2024-05-02", "2024-06-09")
    assert (mopti.window_start, mopti.window_end) == ("2024-06-03", "2024-06-15")
    assert segou.claimant == mopti.claimant == "Sahel Ledger"


def test_first_person_without_an_outlet_has_no_claimant() -> None:
    claim = _one(
        "We counted 31 raids on police posts between May 2 and June 9.", published="2024-06-20"
    )
    assert claim.claimant is None
    assert (claim.window_start, claim.window_end) == ("2024-05-02", "2024-06-09")


def test_stated_breakdown_is_parts_of_the_total() -> None:
    text = (
        "Since May 2 there have been 31 raids on police posts in Segou province, 19 of them "
        "near the river crossing and 12 along the northern highway, the prefect said."
    )
    total, near, along = _linked(_article(text, published="2024-06-20"))
    assert (total.value, near.value, along.value) == (31, 19, 12)
    assert near.quantity == along.quantity == total.quantity == "attacks"
    assert near.window_start == along.window_start == "2024-05-02"
    assert total.parts == [near.id, along.id]
    assert total.conflicts == [] and near.series != total.series


def test_stated_breakdown_that_overshoots_is_a_sum_conflict() -> None:
    text = (
        "Since May 2 there have been 31 raids on police posts in Segou province, 25 of them "
        "near the river crossing and 12 along the northern highway, the prefect said."
    )
    total, near, along = _linked(_article(text, published="2024-06-20"))
    assert total.parts == [near.id, along.id]
    assert {c.reason for c in total.conflicts} == {"sum"}


def test_breakdown_part_does_not_clash_with_another_reports_total() -> None:
    first = _article(
        "Since May 2 there have been 31 raids on police posts in Segou province, 19 of them "
        "near the river crossing and 12 along the northern highway, the prefect said.",
        published="2024-06-20",
    )
    second = _article(
        "Since May 2 there have been 31 raids on police posts in Segou province, officials said.",
        published="2024-06-20",
        aid="a2",
    )
    claims = _linked(first, second)
    assert all(c.conflicts == [] for c in claims)


def test_people_named_by_occupation_are_counted_with_what_happened() -> None:
    text = "Gunmen raided a bus depot on Monday, killing four passengers and six herders."
    passengers, herders = _claims(text, published="2024-06-20")
    assert (passengers.quantity, passengers.value) == ("passengers killed", 4)
    assert (herders.quantity, herders.value) == ("herders killed", 6)
    assert _claims("Two officers said the passengers waited.", published="2024-06-20") == []


def test_range_dates_only_its_own_figure() -> None:
    text = "We counted 52 raids in Segou province from May 2 to June 10, and 11 raids since then."
    first, later = _claims(text, published="2024-06-20")
    assert (first.window_start, first.window_end) == ("2024-05-02", "2024-06-10")
    assert later.window_end is None
