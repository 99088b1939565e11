"""Hand-made sample records and a generator of many events, for tests, demos and benchmarks.

The sentences are invented for illustration; no text here comes from a real report. One
article carries a ``<script>`` tag on purpose: the web UI and the HTML report must show it
as text.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from wiretally.records import (
    Article,
    Change,
    Claim,
    Conflict,
    Event,
    Evidence,
    Figure,
    Location,
    Modality,
    Place,
    Story,
    StoryMember,
    Timex,
)
from wiretally.store.base import Store

HOSTILE = '<script>alert("x")</script>'

_A1 = (
    "Rockets struck the Harbor Base near Eastville on Monday, officials said. "
    "Two guards were hurt in the attack. The Pentagon said there have been 12 attacks "
    "since March 3."
)
_A2 = (
    "Rockets struck the Harbor Base near Eastville on Monday, officials said. "
    "Three guards were hurt in the attack. The Pentagon said there have been 12 attacks "
    "since March 3."
)
_A3 = (
    f"A drone hit a depot in Westford on Tuesday. {HOSTILE} Witnesses said 4 people died. "
    "A spokesman said there have been 15 attacks since March 3."
)


def sample_articles() -> list[Article]:
    return [
        Article(id="a1", source_path="wire/a1.txt", text=_A1, title="Rockets hit Harbor Base",
                outlet="Wire One", published="2024-03-11", language="en"),
        Article(id="a2", source_path="paper/a2.txt", text=_A2, title="Rockets hit Harbor Base",
                outlet="Daily Two", published="2024-03-11", language="en"),
        Article(id="a3", source_path="blog/a3.html", text=_A3, title=f"Depot hit {HOSTILE}",
                outlet="Blog Three", published="2024-03-12", language="en"),
    ]  # fmt: skip


def _evidence(article: Article, sentence: int, needle: str) -> Evidence:
    start = article.text.index(needle)
    return Evidence(article.id, sentence, start, start + len(needle), needle)


def sample_events(articles: list[Article]) -> list[Event]:
    a1, a2, a3 = articles
    s1 = "Rockets struck the Harbor Base near Eastville on Monday, officials said."
    s3 = "A drone hit a depot in Westford on Tuesday."
    return [
        Event(
            id="ev-harbor", event_type="Explosions/Remote violence",
            sub_event_type="Shelling/artillery/missile attack", plover="ATTACK",
            date_start="2024-03-11", date_end="2024-03-11", date_precision=1, country="SY",
            admin1="Eastern Province", admin2=None,
            location=Location("Harbor Base", 34.5, 40.9, 123456, 2),
            actor1="Unidentified armed group", actor2="US forces", assoc_actors=["Guards"],
            weapon="rocket", fatalities=None,
            injuries=Figure(value=2, lower=2, upper=3, approximate=False, text="Two"),
            modality="asserted", historical=False,
            sources=[_evidence(a1, 0, s1), _evidence(a2, 0, s1)], source_count=2,
            independent_source_count=1, notes="Rockets struck the Harbor Base near Eastville.",
        ),
        Event(
            id="ev-depot", event_type="Explosions/Remote violence",
            sub_event_type="Air/drone strike", plover=None, date_start="2024-03-12",
            date_end="2024-03-12", date_precision=1, country="IQ", admin1=None, admin2=None,
            location=Location("Westford", 33.3, 44.4, None, 1), actor1=None,
            actor2=None, assoc_actors=[], weapon="drone",
            fatalities=Figure(value=4, lower=4, upper=4, approximate=False, text="4"),
            injuries=None, modality="claimed", historical=False,
            sources=[_evidence(a3, 0, s3), _evidence(a3, 1, HOSTILE)], source_count=1,
            independent_source_count=1, notes=f"A drone hit a depot {HOSTILE}.",
        ),
        Event(
            id="ev-nowhere", event_type="Battles", sub_event_type="Armed clash", plover=None,
            date_start=None, date_end=None, date_precision=None, country=None, admin1=None,
            admin2=None, location=None, actor1="Militia A", actor2="Militia B",
            assoc_actors=[], weapon=None, fatalities=None, injuries=None,
            modality="denied", historical=True, sources=[], source_count=0,
            independent_source_count=0, notes=None,
        ),
    ]  # fmt: skip


def sample_claims(articles: list[Article]) -> list[Claim]:
    a1, _a2, a3 = articles
    t1 = "there have been 12 attacks since March 3"
    t3 = "there have been 15 attacks since March 3"
    s1, s3 = a1.text.index(t1), a3.text.index(t3)
    return [
        Claim(id="c1", quantity="attacks on US forces", value=12, lower=12, upper=12,
              approximate=False, unit="attacks", place=None, window_start="2024-03-03",
              window_end="2024-03-11", as_of="2024-03-11", claimant="Pentagon",
              article_id="a1", start=s1, end=s1 + len(t1), text=t1, parts=[], series="s-att",
              conflicts=[Conflict("c3", "value")]),
        Claim(id="c3", quantity="attacks on US forces", value=15, lower=15, upper=15,
              approximate=False, unit="attacks", place=None, window_start="2024-03-03",
              window_end="2024-03-12", as_of="2024-03-12", claimant=HOSTILE,
              article_id="a3", start=s3, end=s3 + len(t3), text=t3, parts=["c1"],
              series="s-att", conflicts=[Conflict("c1", "value")]),
    ]  # fmt: skip


def sample_story() -> Story:
    return Story(
        id="st1",
        canonical_article_id="a1",
        members=[StoryMember("a1", "canonical"), StoryMember("a2", "reprint")],
        changes=[Change("a2", "Two guards were hurt", "Three guards were hurt", "number")],
    )


def fill_sample(store: Store) -> None:
    """Write the sample articles, story, events, claims, places and times into ``store``."""
    articles = sample_articles()
    a1, _a2, a3 = articles
    with store.transaction():
        store.put_articles(articles)
        store.replace_stories(
            [sample_story(), Story("st3", "a3", [StoryMember("a3", "canonical")])]
        )
        w = a3.text.index("Westford")
        e = a1.text.index("Eastville")
        store.put_analysis(
            "a1", mentions=[], claims=[],
            places=[Place("a1", e, e + 9, "Eastville", "Eastville", 34.4, 40.8, "SY",
                          feature="city")],
            times=[Timex("a1", 0, 0, "Monday", "DATE", "2024-03-11")],
        )  # fmt: skip
        store.put_analysis(
            "a3", mentions=[], claims=[],
            places=[Place("a3", w, w + 8, "Westford", "Westford", 33.3, 44.4, "IQ",
                          feature="city"),
                    Place("a3", 0, 1, "A", None)],
            times=[],
        )  # fmt: skip
        store.replace_events(sample_events(articles))
        store.replace_claims(sample_claims(articles))


# --------------------------------------------------------------------------- generated load

_TYPES = (
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
)
_COUNTRIES = (("SY", 35.0, 38.5), ("IQ", 33.2, 43.7), ("YE", 15.5, 47.5), ("SD", 15.5, 30.0))
_ACTORS = ("Militia A", "Army of X", "Rebels of Y", "US forces", "Police", "Civilians")
_MODALITIES: tuple[Modality, ...] = (
    "asserted",
    "asserted",
    "asserted",
    "claimed",
    "contested",
    "denied",
)


def generate_events(n: int, *, seed: int = 7) -> Iterator[Event]:
    """``n`` random but well-formed events (for load tests), dated across 2020-2024."""
    rng = random.Random(seed)
    for i in range(n):
        etype, sub = rng.choice(_TYPES)
        cc, lat, lon = rng.choice(_COUNTRIES)
        day = f"202{rng.randint(0, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        sentence = f"Report {i}: an incident of type {sub.lower()} near place {i % 997}."
        sources = [Evidence(f"gen-{i % 5000}-{k}", 0, 0, len(sentence), sentence)
                   for k in range(rng.randint(1, 3))]  # fmt: skip
        yield Event(
            id=f"gen-{i:06d}", event_type=etype, sub_event_type=sub, plover=None,
            date_start=day, date_end=day, date_precision=rng.choice((1, 1, 2, 3)), country=cc,
            admin1=None, admin2=None,
            location=Location(f"Place {i % 997}", lat + rng.uniform(-2, 2),
                              lon + rng.uniform(-2, 2), None, rng.choice((1, 2, 3))),
            actor1=rng.choice(_ACTORS), actor2=rng.choice(_ACTORS), assoc_actors=[],
            weapon=None, fatalities=Figure(value=rng.randint(0, 9)), injuries=None,
            modality=rng.choice(_MODALITIES), historical=False, sources=sources,
            source_count=len(sources), independent_source_count=rng.randint(1, len(sources)),
            notes=sentence,
        )  # fmt: skip
