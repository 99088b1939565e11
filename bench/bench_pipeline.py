"""The whole pipeline end to end: ingest, stories, times, places, events, claims, merge.

Builds N articles from the illustrative demo corpus (examples/demo), each a copy with its
towns, days and figures changed so that most are distinct stories and some are reprints,
writes them as one JSONL file, and times ``ingest`` with processing, with one worker and
with one per core.

    .venv/bin/python bench/bench_pipeline.py [N]    # default 400
"""

from __future__ import annotations

import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from wiretally.analysis import run
from wiretally.pipeline import IngestOptions, ingest
from wiretally.store import open_store

DEMO = Path(__file__).resolve().parents[1] / "examples" / "demo"
TOWNS = ["Kidal", "Gao", "Mopti", "Timbuktu", "Menaka", "Bourem", "Anefis", "Tessalit"]


def demo_texts() -> list[str]:
    store = open_store("memory://")
    ingest([str(DEMO)], store=store, options=IngestOptions(process=False, progress=False))
    return [a.text for a in store.iter_articles()]


def corpus(n: int, seed: int = 3) -> list[dict[str, str]]:
    rng = random.Random(seed)
    texts = demo_texts()
    out: list[dict[str, str]] = []
    for i in range(n):
        if out and rng.random() < 0.1:  # a reprint of an earlier one
            again = dict(rng.choice(out))
            again["id"] = f"bench-{i}"
            again["source"] = "Reprint Site"
            out.append(again)
            continue
        text = rng.choice(texts)
        for town in TOWNS:
            text = text.replace(town, rng.choice(TOWNS))
        for number in ("four", "six", "23", "14", "three", "11", "27", "two"):
            text = text.replace(f" {number} ", f" {rng.randint(2, 40)} ")
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append({"id": f"bench-{i}", "text": text, "published": day, "source": "Bench Wire"})
    return out


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 400
    records = corpus(n)
    words = sum(len(r["text"].split()) for r in records) / len(records)
    print(f"{n} articles of {words:.0f} words on average (built from the demo corpus)")
    with tempfile.TemporaryDirectory(prefix="wt-pipe-") as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        for workers in sorted({1, os.cpu_count() or 1}):
            store = open_store(str(Path(tmp) / f"w{workers}.db"))
            started = time.perf_counter()
            ingest([str(path)], store=store, options=IngestOptions(process=False, progress=False))
            read = time.perf_counter() - started
            counts = run(store, progress=False, workers=workers)
            total = time.perf_counter() - started
            print(f"workers={workers}: {total:.1f} s, {n / total:.1f} articles/s "
                  f"(ingest {read:.1f} s); {counts}")  # fmt: skip
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
