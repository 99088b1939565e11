"""Event extraction speed on generated 800-word conflict articles, and where the time goes.

The articles are assembled from template sentences (attacks, strikes, clashes, protests,
quotes and background), so the share of sentences with a trigger is about what wire copy
has. Reports articles/s for the whole per-article extraction (sentences, times, places,
mentions; times and places only when those stages are installed) and for the mention step
alone, then the top functions by cumulative time.

Run: ``.venv/bin/python bench/bench_extract.py [--articles 200] [--profile]``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import time
from collections.abc import Callable
from typing import Any

from wiretally.extract import extract_mentions
from wiretally.records import Article
from wiretally.text import split_sentences

_TEMPLATES = [
    "On {day}, {actor} {verb} a {target} near {place}, killing {n} people, officials said.",
    "{actor} said it had launched {n} drones at a {target} in {place} on {day}.",
    "Witnesses said {n} rockets landed on a {target} in {place} late on {day}.",
    "A roadside bomb struck a {target} outside {place} on {day}, wounding {n} soldiers.",
    "Clashes between {actor} and government troops broke out in {place} on {day}.",
    "Hundreds of protesters marched through {place} on {day} demanding the release of detainees.",
    "\u201cWe will respond at a time of our choosing,\u201d a spokesman told reporters.",
    "The ministry said the situation in {place} remained tense but under control.",
    "Analysts said the fighting could escalate if talks in {place} collapse.",
    "The group has carried out {n} attacks since the start of the year, according to a "
    "monitoring group.",
    "Residents described hearing loud explosions and seeing smoke rise over the city.",
    "The United Nations called for restraint and urged all sides to protect civilians.",
    "Aid agencies said they had suspended operations in the area for the time being.",
    "{actor} denied any involvement and blamed a rival faction for the violence.",
    "Local officials said schools and markets in {place} would stay closed on {day}.",
]
_ACTORS = [
    "Israeli forces",
    "the Houthis",
    "Hamas",
    "US forces",
    "Kataeb Hezbollah",
    "the IRGC",
    "Islamic State militants",
    "Syrian government forces",
    "Hezbollah",
]
_VERBS = ["struck", "bombed", "attacked", "shelled", "targeted"]
_TARGETS = [
    "weapons depot",
    "military convoy",
    "checkpoint",
    "school",
    "market",
    "air base",
    "house",
    "police station",
]
_PLACES = [
    "Khan Younis",
    "Deir ez-Zor",
    "Mayadin",
    "Sanaa",
    "Baghdad",
    "Erbil",
    "Idlib",
    "Aleppo",
    "Hodeidah",
    "Rafah",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def make_article(i: int, rng: random.Random, words: int = 800) -> Article:
    """A generated article of about ``words`` words, split into paragraphs."""
    parts: list[str] = []
    count = 0
    while count < words:
        s = rng.choice(_TEMPLATES).format(
            day=rng.choice(_DAYS),
            actor=rng.choice(_ACTORS),
            verb=rng.choice(_VERBS),
            target=rng.choice(_TARGETS),
            place=rng.choice(_PLACES),
            n=rng.randint(2, 40),
        )
        s = s[0].upper() + s[1:]
        parts.append(s)
        count += len(s.split())
    paras = [" ".join(parts[k : k + 4]) for k in range(0, len(parts), 4)]
    return Article(
        id=f"bench{i}", source_path="bench", text="\n\n".join(paras), published="2024-03-10"
    )


def _stages() -> tuple[Callable[..., Any] | None, Callable[..., Any] | None]:
    try:
        from wiretally.times import tag_times
    except ImportError:
        tag_times = None  # type: ignore[assignment]
    try:
        from wiretally.geo import geoparse
    except ImportError:
        geoparse = None  # type: ignore[assignment]
    return tag_times, geoparse


def run(articles: list[Article]) -> dict[str, float]:
    tag_times, geoparse = _stages()
    spent = {"sentences": 0.0, "times": 0.0, "places": 0.0, "mentions": 0.0}
    mentions = 0
    for a in articles:
        t = time.perf_counter()
        sentences = split_sentences(a.text)
        t1 = time.perf_counter()
        times = tag_times(a.text, dct=a.published, article_id=a.id) if tag_times else []
        t2 = time.perf_counter()
        places = geoparse(a.text, article_id=a.id, sentences=sentences) if geoparse else []
        t3 = time.perf_counter()
        mentions += len(extract_mentions(a, sentences=sentences, places=places, times=times))
        t4 = time.perf_counter()
        spent["sentences"] += t1 - t
        spent["times"] += t2 - t1
        spent["places"] += t3 - t2
        spent["mentions"] += t4 - t3
    spent["mentions_found"] = float(mentions)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--profile", action="store_true", help="print the top functions")
    args = parser.parse_args()
    rng = random.Random(7)
    articles = [make_article(i, rng) for i in range(args.articles)]
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    run(articles[:5])  # warm caches (actor table, gazetteer)
    spent = run(articles)
    total = sum(v for k, v in spent.items() if k != "mentions_found")
    tag_times, geoparse = _stages()
    print(f"{len(articles)} articles of ~{words:.0f} words, one process")
    print(
        f"  whole per-article extraction: {len(articles) / total:.1f} articles/s"
        f" (times stage {'on' if tag_times else 'absent'}, places stage "
        f"{'on' if geoparse else 'absent'})"
    )
    print(
        f"  mention step alone: {len(articles) / spent['mentions']:.1f} articles/s, "
        f"{spent['mentions_found'] / len(articles):.1f} mentions/article"
    )
    for k in ("sentences", "times", "places", "mentions"):
        print(
            f"  {k:10s} {spent[k] / len(articles) * 1000:7.2f} ms/article ({spent[k] / total:5.1%})"
        )
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        run(articles[: min(50, len(articles))])
        prof.disable()
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(18)
        print(out.getvalue())


if __name__ == "__main__":
    main()
