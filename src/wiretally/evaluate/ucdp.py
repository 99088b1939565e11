"""Deaths read from UCDP GED source headlines, against the coded fatality estimates.

Data: ``../shared/dev/events/ucdp_ged/ucdp_ged191_syria.csv`` (16,566 Syria events,
2016-2019) and ``ucdp_ged231_sample1000.csv`` (1,000 events worldwide). Each event has
``source_headline`` (the headlines of the reports coders used, ``;``-joined when there
are several) and ``low``/``best``/``high`` deaths.

This is a hard, partial check and is reported as such:

* many headlines state no figure at all ("Clashes on many fronts of Aleppo"): the share
  of events where :func:`~wiretally.extract.casualties.find_casualties` reads a death
  count from the headline is reported as *coverage*;
* one headline often covers several coded events (a daily toll split by place), so a
  headline's figure can be right for the report and wrong for the event. The subset of
  *single-event* headlines (one source, headline used by no other event) is the fairer
  measure and is reported apart.

Per field, over the events with a figure: the share where the figure equals ``best``,
``low`` and ``high``, and where it lies within ``[low, high]``. No tuning is done on
this set (it has no split); it is a report, not a target.

Run: ``python -m wiretally.evaluate.ucdp [--shared PATH]``
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from wiretally.evaluate.gvdb import default_shared
from wiretally.extract.casualties import find_casualties
from wiretally.records import Figure

FILES = ("ucdp_ged191_syria.csv", "ucdp_ged231_sample1000.csv")


@dataclass(slots=True)
class UcdpEvent:
    id: str
    headline: str
    sources: int
    low: float
    best: float
    high: float


@dataclass(slots=True)
class UcdpScore:
    n: int
    covered: int  # events whose headline gave a death figure
    best: int  # of the covered: figure == best
    low: int
    high: int
    within: int  # low <= figure <= high

    def line(self, name: str) -> str:
        c = max(1, self.covered)
        return (
            f"  {name:<22} events {self.n:>6}  coverage {self.covered / max(1, self.n):.3f}"
            f"  best {self.best / c:.3f}  low {self.low / c:.3f}  high {self.high / c:.3f}"
            f"  within [low,high] {self.within / c:.3f}"
        )


def load(path: Path) -> list[UcdpEvent]:
    """Events with a headline and numeric low/best/high."""
    out: list[UcdpEvent] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            head = (row.get("source_headline") or "").strip()
            try:
                low, best, high = (float(row[k]) for k in ("low", "best", "high"))
                sources = int(float(row.get("number_of_sources") or 1))
            except ValueError:
                continue
            if head:
                out.append(UcdpEvent(row["id"], head, sources, low, best, high))
    return out


def _count(fig: Figure) -> float | None:
    for v in (fig.value, fig.lower, fig.upper):
        if v is not None:
            return v
    return None


def headline_deaths(headline: str) -> float | None:
    """The largest death count among the ``;``-joined headlines, or None."""
    best: float | None = None
    for part in headline.split(";"):
        dead, _hurt, _spans = find_casualties(part)
        n = _count(dead) if dead is not None else None
        if n is not None and (best is None or n > best):
            best = n
    return best


def score(events: list[UcdpEvent]) -> UcdpScore:
    s = UcdpScore(len(events), 0, 0, 0, 0, 0)
    for ev in events:
        n = headline_deaths(ev.headline)
        if n is None:
            continue
        s.covered += 1
        s.best += n == ev.best
        s.low += n == ev.low
        s.high += n == ev.high
        s.within += ev.low <= n <= ev.high
    return s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args(argv)
    base = (args.shared or default_shared()) / "dev" / "events" / "ucdp_ged"
    for name in FILES:
        events = load(base / name)
        uses = Counter(ev.headline for ev in events)
        single = [ev for ev in events if ev.sources == 1 and uses[ev.headline] == 1]
        print(f"UCDP GED {name}: deaths from source headlines")
        print(score(events).line("all events"))
        print(score(single).line("single-event headlines"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
