"""Benchmark of the places stage: gazetteer load, articles per second, memory.

Run: ``.venv/bin/python bench/bench_geo.py [--articles 300]``. Articles are generated
(about 800 words of conflict-news prose with place names, homonyms, people and
organisations); the seeds in ``../shared/corpus/seeds`` are timed too when present.
One process, one core: the issue's target is 50 articles/s for places and times together.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

PLACES = [
    "Boukamal", "Deir el-Zour", "al-Mayadin", "Erbil", "Baghdad", "the Ain al-Asad air base",
    "al-Tanf", "Khan Younis", "Gaza City", "Rafah", "Damascus", "Aleppo", "Homs", "Raqqa",
    "Mosul", "Kirkuk", "Basra", "Beirut", "Tyre", "Sanaa", "Hodeidah", "the Red Sea",
    "eastern Syria", "northern Iraq", "southern Lebanon", "the West Bank", "Jenin", "Tehran",
    "Amman", "Paris", "Washington", "London", "Moscow", "Kyiv", "Kharkiv", "Odesa",
]  # fmt: skip
PEOPLE = [
    "Gen. Pat Ryder", "Defense Secretary Lloyd Austin", "Prime Minister Mohammed Shia al-Sudani",
    "President Joe Biden", "John Kirby", "Ayatollah Ali Khamenei", "Hassan Nasrallah",
]  # fmt: skip
GROUPS = [
    "Kataeb Hezbollah", "the Islamic Resistance in Iraq", "the Syrian Democratic Forces",
    "the Pentagon", "the Houthis", "Hamas", "the Revolutionary Guard",
]  # fmt: skip
TEMPLATES = [
    "A drone struck a depot near {p} on {d}, according to {o}.",
    "{q} said the attack on {p} killed at least {n} people and wounded {m} others.",
    "Officials in {p} reported {n} rockets fired toward {p2} overnight.",
    "The strike in {p} followed weeks of raids by {o} across {p2} and {p3}.",
    "Residents of {p} described heavy shelling as families fled toward {p2}.",
    "In a statement, {o} claimed responsibility for the assault on {p}.",
    "Satellite images showed damage at {p}, some {n} kilometers from {p2}.",
    "{q} told reporters in {p} that talks with {o} would resume next week.",
    "Aid trucks waited at the crossing into {p} as fuel ran short in {p2}.",
    "The convoy left {p} on {d} and reached {p2} by nightfall, witnesses said.",
]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def make_article(rng: random.Random, words: int = 800) -> str:
    """An article of about ``words`` words, paragraphs of two or three sentences."""
    out: list[str] = []
    count = 0
    while count < words:
        para = []
        for _ in range(rng.randint(2, 3)):
            sentence = rng.choice(TEMPLATES).format(
                p=rng.choice(PLACES), p2=rng.choice(PLACES), p3=rng.choice(PLACES),
                o=rng.choice(GROUPS), q=rng.choice(PEOPLE), d=rng.choice(DAYS),
                n=rng.randint(2, 90), m=rng.randint(2, 200),
            )  # fmt: skip
            sentence = sentence[0].upper() + sentence[1:]
            para.append(sentence)
            count += len(sentence.split())
        out.append(" ".join(para))
    return "\n\n".join(out)


def load_time() -> tuple[float, float]:
    """Seconds to import and load the gazetteer in a fresh process, and its peak RSS (MB)."""
    code = (
        "import time, resource; t = time.perf_counter(); "
        "from wiretally.geo import get_gazetteer; get_gazetteer(); "
        "print(time.perf_counter() - t, "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)  # warm cache
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    seconds, rss = out.stdout.split()
    return float(seconds), float(rss)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args(argv)

    seconds, rss = load_time()
    print(f"gazetteer load (fresh process, cache built): {seconds:.2f} s, peak RSS {rss:.0f} MB")

    from wiretally.geo import geoparse, get_gazetteer

    gaz = get_gazetteer()
    rng = random.Random(5)
    articles = [make_article(rng) for _ in range(args.articles)]
    words = sum(len(a.split()) for a in articles) / len(articles)
    geoparse(articles[0], article_id="warm", gazetteer=gaz)
    t0 = time.perf_counter()
    places = 0
    for i, text in enumerate(articles):
        places += len(geoparse(text, article_id=str(i), gazetteer=gaz))
    elapsed = time.perf_counter() - t0
    print(
        f"generated articles: {len(articles)} of ~{words:.0f} words, "
        f"{len(articles) / elapsed:.0f} articles/s, {places / len(articles):.0f} places each"
    )
    seeds = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    if texts:
        t0 = time.perf_counter()
        rounds = 20
        for _ in range(rounds):
            for i, text in enumerate(texts):
                geoparse(text, article_id=str(i), gazetteer=gaz)
        elapsed = time.perf_counter() - t0
        words = sum(len(t.split()) for t in texts) / len(texts)
        print(f"seed articles (~{words:.0f} words): {rounds * len(texts) / elapsed:.0f} articles/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
