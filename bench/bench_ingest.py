"""Ingest + clean + split throughput, no NLP (issue 2).

Generates N illustrative 800-word articles as .txt files (with captions, site junk and a
few two-article files), ingests them into a fresh SQLite database in a child process, and
reports articles/s, peak memory (max RSS of the child) and the growth from N to 2N.

    .venv/bin/python bench/bench_ingest.py            # 10,000 and 20,000
    .venv/bin/python bench/bench_ingest.py 2000 4000  # any sizes

Targets (issue 2): >= 300 articles/s on 2 cores, peak < 500 MB, 2N <= 2.2x the time of N.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (  # noqa: SIM905
    "the of and to in a on for with said officials forces attack strike village province "
    "government militia drone rocket soldiers base convoy district ministry report town "
    "civilians killed wounded near after before week month army police group fighters city "
    "road border spokesman statement local residents market hospital early late between "
    "border crossing council aid agency talks ceasefire troops fire artillery shelling"
).split()
NAMES = ["Avendra", "Belhollow", "Corvane", "Dunmere", "Estwick", "Farrowgate", "Glenmarsh"]


def article(rng: random.Random, n: int) -> str:
    title = f"{rng.choice(NAMES)} {rng.choice(['clashes', 'strike', 'protest', 'talks'])} {n}"
    paras = []
    words = 0
    while words < 800:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 28)))
        para = f"{sentence.capitalize()} in {rng.choice(NAMES)} on day {rng.randint(1, 28)}."
        words += len(para.split())
        paras.append(para)
    caption = f"Smoke rises over {rng.choice(NAMES)}, March {rng.randint(1, 28)}, 2024. (Photo)"
    return "\n\n".join([title, caption, *paras, "Source link", "Leave a Comment"])


def generate(root: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    n = 0
    while n < count:
        folder = root / f"d{n // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        if n % 50 == 49 and n + 1 < count:  # now and then a file holding two articles
            text = article(rng, n) + "\n\n" + article(rng, n + 1)
            (folder / f"{n:06d}.txt").write_text(text, encoding="utf-8")
            n += 2
            continue
        (folder / f"{n:06d}.txt").write_text(article(rng, n), encoding="utf-8")
        n += 1


CHILD = """
import json, resource, sys, time
from wiretally.pipeline import IngestOptions, ingest
from wiretally.store import open_store
store = open_store(sys.argv[2])
start = time.perf_counter()
summary = ingest([sys.argv[1]], store=store, options=IngestOptions(process=False, progress=False))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "stored": summary.articles_stored,
                  "problems": len(summary.problems), "peak_mb": peak}))
"""


def run(count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="wt-bench-") as tmp:
        root = Path(tmp) / "in"
        generate(root, count)
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(root), str(Path(tmp) / "b.db")],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        result = json.loads(out.stdout.strip().splitlines()[-1])
    result["count"] = count
    result["rate"] = result["stored"] / result["seconds"]
    return result


def main(argv: list[str]) -> int:
    sizes = [int(a) for a in argv] or [10_000, 20_000]
    print(f"{'articles':>9} {'seconds':>8} {'art/s':>8} {'peak MB':>8}")
    rows = []
    for size in sizes:
        started = time.perf_counter()
        row = run(size)
        rows.append(row)
        print(
            f"{row['count']:>9} {row['seconds']:>8.1f} {row['rate']:>8.0f} {row['peak_mb']:>8.0f}"
            f"   (with generation {time.perf_counter() - started:.0f} s)"
        )
    if len(rows) >= 2:
        a, b = rows[0], rows[-1]
        print(f"time ratio {b['count']}/{a['count']}: {b['seconds'] / a['seconds']:.2f}x "
              f"for {b['count'] / a['count']:.1f}x the articles")  # fmt: skip
    print(f"machine: {resource.getpagesize()} B pages, python {sys.version.split()[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
