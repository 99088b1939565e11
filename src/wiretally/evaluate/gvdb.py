"""Killed and injured counts on the Gun Violence Database (GVDB) articles.

Data: ``../shared/dev/events/gvdb/splits/{dev,test}.tsv`` (Pavlick et al. 2016, splits of
Ebner et al. 2020): full article text with crowd-annotated victims, each marked
``killed``, ``injured`` and/or ``hospitalized``.

Gold counts per article, derived from the victim list:

* killed: victims marked ``killed``;
* injured: victims marked ``injured`` or ``hospitalized`` and not ``killed`` (a victim
  who died of the wounds is a death, not also an injury; one taken to hospital was hurt).

Each entry of ``victim-section`` is one victim (``conversion_scripts/readme.txt``), so an
entry repeated is one victim, counted once: a list that is its first half twice over with
a named victim in it (the annotator's form submitted twice: ``[A, B, A, B]``; two unnamed
victims alike are two people), or two entries naming the same span of the text (a name
has character offsets, so one mention is one person). Victims with no outcome ticked
count as neither (the readme lists no default outcome).

The prediction is :func:`wiretally.extract.casualties.article_casualties` on the full
text; no figure counts as 0, and a bounded figure compares by its best number (value,
else lower bound). An article is correct when both counts are exact. Tune on ``dev``
only; ``--split test`` is for the one final report.

Run: ``python -m wiretally.evaluate.gvdb [--split dev|test] [--errors N] [--shared PATH]``
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from wiretally.extract.casualties import article_casualties, find_casualties
from wiretally.records import Figure
from wiretally.text import split_sentences


@dataclass(slots=True)
class GvdbArticle:
    id: str
    title: str
    text: str
    killed: int
    injured: int
    annotated: bool = True  # False: the annotator listed no victim at all


@dataclass(slots=True)
class GvdbScore:
    n: int
    killed: float  # share of articles with the killed count exact
    injured: float
    both: float  # share with both exact: the target
    errors: list[tuple[GvdbArticle, int, int]]


def default_shared() -> Path:
    """``../shared`` beside the checkout, or ``$WIRETALLY_SHARED``."""
    env = os.environ.get("WIRETALLY_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared"


def distinct_victims(victims: list[dict]) -> list[dict]:
    """The victim list with repeated entries dropped (see the module docstring)."""
    half = len(victims) // 2
    if (
        half
        and len(victims) % 2 == 0
        and victims[:half] == victims[half:]
        and any(_name_span(v) for v in victims[:half])
    ):
        # Two unnamed victims alike are two people; a named list repeated is one list.
        victims = victims[:half]
    out: list[dict] = []
    seen: set[tuple[int, int]] = set()
    for victim in victims:
        span = _name_span(victim)
        if span is not None:
            if span in seen:
                continue
            seen.add(span)
        out.append(victim)
    return out


def _name_span(victim: dict) -> tuple[int, int] | None:
    """Where the victim's name sits in the text, or None for an unnamed victim."""
    name = victim.get("name")
    if not isinstance(name, dict) or not (name.get("value") or "").strip():
        return None
    start, end = name.get("startIndex"), name.get("endIndex")
    if not isinstance(start, int) or not isinstance(end, int) or start < 0:
        return None
    return (start, end)


def load_split(shared: Path, split: str = "dev") -> list[GvdbArticle]:
    """Articles of one GVDB split with gold counts (see the module docstring)."""
    path = shared / "dev" / "events" / "gvdb" / "splits" / f"{split}.tsv"
    csv.field_size_limit(sys.maxsize)
    out: list[GvdbArticle] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            gold = json.loads(row["Json"])
            killed = injured = 0
            victims = distinct_victims(gold.get("victim-section") or [])
            for victim in victims:
                was = set(victim.get("victim-was") or [])
                if "killed" in was:
                    killed += 1
                elif was & {"injured", "hospitalized"}:
                    injured += 1
            title, text = row["Article title"], row["Full text"]
            if title and text.startswith(title):
                # The file glues the title onto the first sentence ("...| abc7.comTwo people
                # were"): put the line break back that the page had.
                text = title + "\n" + text[len(title) :]
            out.append(GvdbArticle(row["Article id"], title, text, killed, injured, bool(victims)))
    return out


def _count(fig: Figure | None) -> int:
    if fig is None:
        return 0
    for v in (fig.value, fig.lower, fig.upper):
        if v is not None:
            return int(v)
    return 0


def score(articles: list[GvdbArticle]) -> GvdbScore:
    """Exact-match accuracy of the killed and injured counts, per field and together."""
    k_ok = i_ok = both = 0
    errors: list[tuple[GvdbArticle, int, int]] = []
    for art in articles:
        dead, hurt = article_casualties(art.text)
        k, i = _count(dead), _count(hurt)
        k_ok += k == art.killed
        i_ok += i == art.injured
        if k == art.killed and i == art.injured:
            both += 1
        else:
            errors.append((art, k, i))
    n = max(1, len(articles))
    return GvdbScore(len(articles), k_ok / n, i_ok / n, both / n, errors)


def sentences_per_second(articles: list[GvdbArticle]) -> tuple[int, float]:
    """Throughput of :func:`find_casualties` over every sentence of the articles."""
    sentences = [s.text for art in articles for s in split_sentences(art.text)]
    t0 = time.perf_counter()
    for text in sentences:
        find_casualties(text)
    elapsed = time.perf_counter() - t0
    return len(sentences), len(sentences) / max(elapsed, 1e-9)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong articles")
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args(argv)
    shared = args.shared or default_shared()
    articles = load_split(shared, args.split)
    result = score(articles)
    print(f"GVDB {args.split}: {result.n} articles")
    print(f"  killed exact   {result.killed:.3f}")
    print(f"  injured exact  {result.injured:.3f}")
    print(f"  both exact     {result.both:.3f}")
    annotated = score([a for a in articles if a.annotated])
    print(
        f"  articles with at least one annotated victim ({annotated.n}): killed "
        f"{annotated.killed:.3f}, injured {annotated.injured:.3f}, both {annotated.both:.3f}"
    )
    print(
        f"  ({result.n - annotated.n} articles list no victim; many of them do report a "
        "death or injury, so their gold 0/0 is an annotation gap)"
    )
    n_sent, rate = sentences_per_second(articles)
    print(f"  speed          {rate:,.0f} sentences/s (find_casualties, {n_sent} sentences)")
    for art, k, i in result.errors[: args.errors]:
        print(f"--- {art.id} gold killed={art.killed} injured={art.injured} pred {k}/{i}")
        print("   ", art.text[:600].replace("\n", " "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
