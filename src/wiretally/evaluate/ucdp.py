"""Events read from UCDP GED source headlines, field by field, against the coded events.

Data: ``../shared/dev/events/ucdp_ged/ucdp_ged191_syria.csv`` (16,566 Syria events,
2016-2019) and ``ucdp_ged231_sample1000.csv`` (1,000 events worldwide). Each event has
``source_headline`` (the headlines of the reports coders used, ``;``-joined when there
are several), ``source_date``, the two sides, the type of violence, a point, a date range
and ``low``/``best``/``high`` deaths.

Each headline is analysed as a one-line article (its title and text) published on its
``source_date``
(:func:`wiretally.analysis.analyse_article`: times, places, event mentions). Of its
incident mentions (not threatened or hypothetical, not background), the one placed
nearest the coded point is compared with the coded event (a headline often reports
several incidents, one per place: "Warplanes bomb Idlib and clashes continue in Hama"):

* found: the share of headlines that yield an incident at all. Many do not state one
  ("Clashes on many fronts of Aleppo" does; "TS176" or "Daily toll" does not);
* type: UCDP's one-sided violence (type 3) is ACLED's violence against civilians; state-based
  and non-state conflict (types 1, 2) are battles or remote violence (any type but that);
* date: the mention's date interval overlaps the coded one, with a day of slack;
* place: within 50 km of the coded point (for events coded to a place, ``where_prec`` 1-3),
  or, for a mention placed at a province (precision 3: "shelling in Idlib province"), the
  coded point's province;
* sides: of the actors named (actor1, actor2), the share that is one of the coded sides
  (up to the alias table: "regime forces" is the Government of Syria's force; civilians
  named as the target are right when the event records civilian deaths, as UCDP codes
  them inside the armed parties' event), and of the coded sides, the share named;
* deaths: the headline's largest death figure (``;``-parts each read), against ``best``,
  ``low``, ``high`` and ``[low, high]``; reported over the headlines that state one.

One headline often covers several coded events (a daily toll split by place), so a
headline's figure or place can be right for the report and wrong for the event. The
*single-event* headlines (one source, headline used by no other event) are the fairer
measure and are reported apart.

Splits: no split ships with the data, so the project makes one. Rules were studied on
the Syria events of 2016-2017 (``--split dev``, the default); the Syria events of
2018-2019 and the worldwide sample (``--split heldout``) are for reporting only.

Run: ``python -m wiretally.evaluate.ucdp [--split dev|heldout] [--errors N] [--shared PATH]``
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from wiretally.evaluate.events import actor_ok, date_ok
from wiretally.evaluate.gvdb import default_shared
from wiretally.extract.casualties import find_casualties
from wiretally.geo.gazetteer import distance_km
from wiretally.geo.normalize import skeleton_key
from wiretally.records import Article, Figure, Mention

SYRIA = "ucdp_ged191_syria.csv"
WORLD = "ucdp_ged231_sample1000.csv"
FILES = (SYRIA, WORLD)
DEV_YEARS = ("2016", "2017")
PLACE_KM = 50.0


@dataclass(slots=True)
class UcdpEvent:
    id: str
    headline: str
    sources: int
    low: float
    best: float
    high: float
    year: str = ""
    published: str | None = None
    violence: str = ""  # 1 state-based, 2 non-state, 3 one-sided
    side_a: str = ""
    side_b: str = ""
    lat: float | None = None
    lon: float | None = None
    where_prec: int = 9
    date_start: str = ""
    date_end: str = ""
    admin1: str = ""
    civilian_deaths: float = 0.0


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


@dataclass(slots=True)
class FieldScore:
    """Per-field agreement of headline mentions with the coded events."""

    n: int = 0
    found: int = 0
    mentions: int = 0  # incident mentions read, all headlines
    counts: Counter[str] = field(default_factory=Counter)  # field -> right
    asked: Counter[str] = field(default_factory=Counter)  # field -> compared
    misses: list[tuple[str, UcdpEvent, Mention | None]] = field(default_factory=list)

    def add(self, name: str, ok: bool) -> None:
        self.asked[name] += 1
        self.counts[name] += ok

    def share(self, name: str) -> float:
        return self.counts[name] / max(1, self.asked[name])

    def lines(self, label: str) -> list[str]:
        out = [
            f"  {label}: {self.n} headlines, incident found {self.found / max(1, self.n):.3f}"
            f" ({self.mentions / max(1, self.n):.2f} incidents read per headline)"
        ]
        for name in ("type", "date", "place", "sides named right", "sides found"):
            out.append(f"    {name:<18} {self.share(name):.3f}  (of {self.asked[name]})")
        return out


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


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
            if not head:
                continue
            published = (row.get("source_date") or "").split(";")[0].strip()[:10] or None
            out.append(
                UcdpEvent(
                    row["id"], head, sources, low, best, high,
                    year=row.get("year", ""),
                    published=published,
                    violence=row.get("type_of_violence", ""),
                    side_a=row.get("side_a", ""),
                    side_b=row.get("side_b", ""),
                    lat=_float(row.get("latitude")),
                    lon=_float(row.get("longitude")),
                    where_prec=int(_float(row.get("where_prec")) or 9),
                    date_start=row.get("date_start", "")[:10],
                    date_end=row.get("date_end", "")[:10],
                    admin1=row.get("adm_1", ""),
                    civilian_deaths=_float(row.get("deaths_civilians")) or 0.0,
                )
            )  # fmt: skip
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


def headline_mentions(ev: UcdpEvent) -> list[Mention]:
    """The incident mentions read from the event's first headline."""
    from wiretally.analysis import analyse_article

    text = ev.headline.split(";")[0].strip()
    article = Article(
        id=f"ucdp-{ev.id}", source_path="ucdp", text=text, title=text, published=ev.published
    )
    mentions, _claims, _places, _times = analyse_article(article)
    return [
        m for m in mentions if m.modality not in ("threatened", "hypothetical") and not m.historical
    ]


def matching_mention(mentions: list[Mention], ev: UcdpEvent) -> Mention | None:
    """The mention that is this event: the one placed nearest the coded point (a headline
    often reports several incidents, one per place), else the first."""
    if not mentions:
        return None

    def km(m: Mention) -> float:
        loc = m.location
        if loc is None or loc.lat is None or loc.lon is None or ev.lat is None or ev.lon is None:
            return float("inf")
        return distance_km(loc.lat, loc.lon, ev.lat, ev.lon)

    return min(mentions, key=km)


def _province(name: str | None) -> str:
    return skeleton_key(re.sub(r"(?i)\b(?:governorate|province)\b", "", name or ""))


def place_ok(m: Mention, ev: UcdpEvent) -> bool | None:
    """Within 50 km of the coded point; a province read (precision 3) names its province.

    None when there is nothing to compare: no place read, or the event is coded to an
    area rather than a place (``where_prec`` above 3).
    """
    loc = m.location
    if loc is None or loc.lat is None or loc.lon is None or ev.where_prec > 3:
        return None
    if ev.lat is None or ev.lon is None:
        return None
    if distance_km(loc.lat, loc.lon, ev.lat, ev.lon) <= PLACE_KM:
        return True
    area = (loc.precision or 1) >= 3 and m.admin1 and ev.admin1
    return bool(area) and _province(m.admin1) == _province(ev.admin1)


def _overlaps(m: Mention, ev: UcdpEvent) -> bool:
    """The mention's dates overlap the coded range, a day of slack (as the seeds scorer)."""
    window = {"date_window": [ev.date_start, ev.date_end]}
    return date_ok({"date_start": m.date_start, "date_end": m.date_end}, window) is True


def field_scores(events: list[UcdpEvent], *, keep_misses: int = 0) -> FieldScore:
    s = FieldScore()
    for ev in events:
        s.n += 1
        read = headline_mentions(ev)
        s.mentions += len(read)
        m = matching_mention(read, ev)
        if m is None:
            if len(s.misses) < keep_misses:
                s.misses.append(("found", ev, None))
            continue
        s.found += 1
        wrong: list[str] = []
        type_ok = (m.event_type == "Violence against civilians") == (ev.violence == "3")
        s.add("type", type_ok)
        if m.date_start:
            s.add("date", _overlaps(m, ev))
        placed = place_ok(m, ev)
        if placed is not None:
            s.add("place", placed)
            if not placed:
                wrong.append("place")
        sides = [x for x in (ev.side_a, ev.side_b) if x]
        named = [a for a in (m.actor1, m.actor2) if a]
        for a in named:
            # Civilians killed in a battle are coded inside a state-based event (sides:
            # the two armed parties); naming them as the target is then right too.
            civilians = a.startswith("Civilians") and ev.civilian_deaths > 0
            ok = civilians or any(actor_ok(a, side) for side in sides)
            s.add("sides named right", ok)
            if not ok:
                wrong.append("sides named right")
        for side in sides:
            s.add("sides found", any(actor_ok(a, side) for a in named))
        if not type_ok:
            wrong.append("type")
        for name in wrong:
            if sum(1 for w in s.misses if w[0] == name) < keep_misses:
                s.misses.append((name, ev, m))
    return s


def split_events(shared: Path, split: str) -> list[tuple[str, list[UcdpEvent]]]:
    """(label, events) for a split: dev = Syria 2016-17; heldout = Syria 2018-19 + world."""
    base = shared / "dev" / "events" / "ucdp_ged"
    syria = load(base / SYRIA)
    if split == "dev":
        return [("Syria 2016-2017", [e for e in syria if e.year in DEV_YEARS])]
    return [
        ("Syria 2018-2019", [e for e in syria if e.year not in DEV_YEARS]),
        ("worldwide sample", load(base / WORLD)),
    ]


def single_event(events: list[UcdpEvent]) -> list[UcdpEvent]:
    """Events whose headline is theirs alone (one source, used by no other event)."""
    uses = Counter(ev.headline for ev in events)
    return [ev for ev in events if ev.sources == 1 and uses[ev.headline] == 1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--split", choices=("dev", "heldout"), default="dev")
    parser.add_argument(
        "--sample",
        type=int,
        default=3000,
        help="single-event headlines per set for the field scores (0: all)",
    )
    parser.add_argument("--errors", type=int, default=0, help="print N misses per field")
    args = parser.parse_args(argv)  # fmt: skip
    for label, events in split_events(args.shared or default_shared(), args.split):
        single = single_event(events)
        print(f"UCDP GED {label}: deaths from source headlines")
        print(score(events).line("all events"))
        print(score(single).line("single-event headlines"))
        pick = single
        if args.sample and len(single) > args.sample:
            pick = random.Random(0).sample(single, args.sample)
        fs = field_scores(pick, keep_misses=args.errors)
        print(f"UCDP GED {label}: fields of the incident read from each headline")
        print("\n".join(fs.lines("single-event headlines")))
        for name, ev, m in fs.misses:
            got = "-" if m is None else (
                f"{m.event_type} | {m.date_start} | "
                f"{m.location.name if m.location else None} | {m.actor1} -> {m.actor2}"
            )  # fmt: skip
            print(f"  [{name}] {ev.headline[:150]!r}\n      coded: v{ev.violence} "
                  f"{ev.date_start} {ev.side_a} / {ev.side_b}; read: {got}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
