"""How merging scales: 25k, 50k and 100k generated event mentions.

The generator draws incidents (type, day, place, actors) over a year in a dozen
countries, then writes each one up 1 to 8 times: some reports in stories with copies,
some vague (a week's range, no coordinates, only a province), a few undated. Because
the truth is known, it also prints how many events come out per real incident and
how many events mix two incidents.

Run: ``.venv/bin/python bench/bench_merge.py [--sizes 25000 50000 100000]``
Target (issue 6): 100,000 mentions in under 2 minutes on 2 cores. ``seconds`` is wall
time, ``cpu s`` the process's own CPU time (steadier on a shared machine). Merging runs
on one core.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter, defaultdict
from datetime import date, timedelta

from wiretally.merge import merge_mentions
from wiretally.records import Figure, Location, Mention

TYPES = [
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Battles", "Armed clash"),
    ("Violence against civilians", "Attack"),
    ("Violence against civilians", "Abduction/forced disappearance"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Violent demonstration"),
]
COUNTRIES = {  # rough centre of a box the generated places fall in
    "SY": (35.0, 38.5), "IQ": (33.0, 43.5), "YE": (15.5, 47.5), "SD": (14.0, 30.0),
    "UA": (48.5, 33.0), "ML": (16.0, -2.0), "NG": (10.0, 8.0), "SO": (5.0, 46.0),
    "CD": (-2.0, 27.0), "MM": (20.0, 96.0), "AF": (34.0, 66.0), "PS": (31.4, 34.4),
}  # fmt: skip
START = date(2023, 1, 1)


def generate(
    n_mentions: int, seed: int = 7, countries: int = len(COUNTRIES)
) -> tuple[list[Mention], dict[str, str], dict]:
    """Mentions, their story map and publication dates, and the true incident of each."""
    rng = random.Random(seed)
    mentions: list[Mention] = []
    story_of: dict[str, str] = {}
    published: dict[str, str | None] = {}
    truth: dict[str, int] = {}
    incident = 0
    article = 0
    actors = [f"group {i}" for i in range(400)]
    while len(mentions) < n_mentions:
        incident += 1
        event_type, sub = rng.choice(TYPES)
        country = rng.choice(list(COUNTRIES)[:countries])
        clat, clon = COUNTRIES[country]
        lat, lon = clat + rng.uniform(-3, 3), clon + rng.uniform(-3, 3)
        day = START + timedelta(days=rng.randrange(365))
        a1, a2 = rng.sample(actors, 2)
        admin1 = f"{country}-province-{int(lat * 2) % 9}"
        fatal = rng.choice([None, 0, 1, 2, 3, 5, 12])
        for _ in range(rng.choice([1, 1, 1, 2, 2, 3, 4, 8])):  # stories
            story = f"s{article}"
            for copy in range(rng.choice([1, 1, 1, 2, 4])):  # copies of one story
                article += 1
                aid = f"a{article}"
                story_of[aid] = story
                published[aid] = (day + timedelta(days=rng.choice([0, 1, 1, 2, 5]))).isoformat()
                kind = rng.random()
                start = end = day.isoformat()
                loc: Location | None = Location(
                    f"town {int(lat * 40)}:{int(lon * 40)}",
                    lat + rng.uniform(-0.05, 0.05),
                    lon + rng.uniform(-0.05, 0.05),
                    None,
                    1,
                )
                if kind < 0.15:  # vague: a week's range, only the province
                    start = (day - timedelta(days=3)).isoformat()
                    end = (day + timedelta(days=3)).isoformat()
                    loc = None
                elif kind < 0.2:  # undated: the publication date stands in
                    start = end = None  # type: ignore[assignment]
                elif kind < 0.25:  # dated a day off (local time vs UTC)
                    start = end = (day + timedelta(days=1)).isoformat()
                m = Mention(
                    id=f"m{len(mentions)}",
                    article_id=aid,
                    sentence=copy,
                    start=0,
                    end=40,
                    text=f"{a1} attacked {a2} in the town, killing people.",
                    event_type=event_type,
                    sub_event_type=sub,
                    date_start=start,
                    date_end=end,
                    country=country,
                    admin1=admin1,
                    location=loc,
                    actor1=a1 if rng.random() > 0.2 else None,
                    actor2=a2 if rng.random() > 0.3 else None,
                    fatalities=None if fatal is None else Figure(value=fatal + rng.choice([0, 1])),
                )
                mentions.append(m)
                truth[m.id] = incident
                if len(mentions) >= n_mentions:
                    break
            if len(mentions) >= n_mentions:
                break
    return mentions, story_of, {"published": published, "truth": truth, "incidents": incident}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    parser.add_argument(
        "--countries", type=int, default=len(COUNTRIES),
        help="spread incidents over this many countries (1: the densest case)",
    )  # fmt: skip
    args = parser.parse_args()
    print(f"{'mentions':>9} {'seconds':>8} {'cpu s':>6} {'events':>7} {'incidents':>9} "
          f"{'ev/inc':>6} {'mixed':>6}")  # fmt: skip
    for size in args.sizes:
        mentions, story_of, extra = generate(size, countries=args.countries)
        began, cpu = time.perf_counter(), time.process_time()
        events = merge_mentions(mentions, story_of=story_of, published=extra["published"])
        took, cpu = time.perf_counter() - began, time.process_time() - cpu
        truth = extra["truth"]
        mixed = sum(1 for e in events if len({truth[i] for i in e.mention_ids}) > 1)
        per_incident: dict[int, set[str]] = defaultdict(set)
        for e in events:
            for i in e.mention_ids:
                per_incident[truth[i]].add(e.id)
        split = Counter(len(v) for v in per_incident.values())
        print(
            f"{size:>9,} {took:>8.1f} {cpu:>6.1f} {len(events):>7,} "
            f"{extra['incidents']:>9,} {len(events) / extra['incidents']:>6.2f} {mixed:>6,}"
            f"   incidents split into k events: {dict(sorted(split.items()))}"
        )


if __name__ == "__main__":
    main()
