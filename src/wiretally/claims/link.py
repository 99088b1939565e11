"""Claims across reports: series over time, totals and their parts, conflicts.

Reads every stored claim with the stories (which articles are copies of one piece and
which figures a copy changed) and the articles (their dates); returns copies of the
claims with ``series``, ``parts``, ``conflicts`` and ``canonical_claim_id`` filled.

* A **series** is one quantity, at one place, over one window, in time order. A later,
  larger figure is growth, never a conflict (13 attacks by 24 October, 61 by 17 November).
  A window that closes when it is reported ("between Feb. 1 and March 20", reported on
  March 21) is the running count since its start.
  A claim that does not say where (or since when) joins the series that covers the widest
  place (or the only window) of its quantity.
* **Parts**: a total over several places followed by one figure per place ("61 ... in Iraq
  and Syria. Of those, 29 have been in Iraq and 32 in Syria") links the figures as parts;
  when they do not add up the total gets a ``sum`` conflict.
* **Conflicts** say why two figures disagree: ``value`` (a story copy changed the figure,
  two reports of the same date give incompatible figures, or a running count "since X"
  falls below what an earlier report counted), ``window`` (same count from
  different start dates), ``definition`` (attacks counted differently), ``sum``. Bounds
  that overlap never conflict ("at least 1,200" and "1,205"), and copies that repeat the
  canonical's figure are the same claim stated again, never a conflict.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from wiretally.records import Article, Claim, Conflict, ConflictReason, Story

_APPROX = 0.1  # "about 2,000" covers 1,800..2,200


def interval(claim: Claim) -> tuple[float, float]:
    """The range of true values a reported figure allows."""
    lo, hi = -math.inf, math.inf
    if claim.value is not None:
        lo = hi = claim.value
        if claim.approximate:
            lo, hi = claim.value * (1 - _APPROX), claim.value * (1 + _APPROX)
    if claim.lower is not None:
        lo = claim.lower if claim.value is None else max(lo, min(claim.lower, lo))
    if claim.upper is not None:
        hi = claim.upper
    return lo, hi


def compatible(a: Claim, b: Claim) -> bool:
    """Whether two figures can both be true ("at least 1,200" and "1,205" can)."""
    alo, ahi = interval(a)
    blo, bhi = interval(b)
    return alo <= bhi and blo <= ahi


def _same_figure(a: Claim, b: Claim) -> bool:
    return (a.value, a.lower, a.upper, a.approximate) == (b.value, b.lower, b.upper, b.approximate)


def _names(place: str | None) -> frozenset[str]:
    return frozenset(place.split(" and ")) if place else frozenset()


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _conflict(a: Claim, b: Claim, reason: ConflictReason) -> None:
    if not any(c.claim_id == b.id for c in a.conflicts):
        a.conflicts.append(Conflict(b.id, reason))
    if not any(c.claim_id == a.id for c in b.conflicts):
        b.conflicts.append(Conflict(a.id, reason))


def _overlapping(claims: Iterable[Claim], text: str, snippet: str) -> list[Claim]:
    spans = []
    pos = text.find(snippet) if snippet else -1
    while pos >= 0:
        spans.append((pos, pos + len(snippet)))
        pos = text.find(snippet, pos + 1)
    return [c for c in claims if any(s < c.end and c.start < e for s, e in spans)]


def _story_changes(claims: list[Claim], stories: list[Story], articles: dict[str, Article]) -> None:
    """A copy that changed a figure: link its claim to the canonical's and flag ``value``."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.article_id].append(c)
    for story in stories:
        canonical = articles.get(story.canonical_article_id)
        if canonical is None:
            continue
        for change in story.changes:
            member = articles.get(change.article_id)
            if change.kind != "number" or member is None:
                continue
            copies = _overlapping(by_article[member.id], member.text, change.member_text)
            originals = _overlapping(by_article[canonical.id], canonical.text,
                                     change.canonical_text)  # fmt: skip
            for copy, original in zip(copies, originals, strict=False):
                copy.canonical_claim_id = original.id
                copy.quantity = original.quantity
                copy.place = copy.place or original.place
                copy.window_start = copy.window_start or original.window_start
                if not _same_figure(copy, original):
                    _conflict(copy, original, "value")


def _unify(values: list[str | None], widest: bool) -> dict[str | None, str | None]:
    """Where claims that leave a field out go: to the widest place, or the only window."""
    known = sorted({v for v in values if v is not None})
    target: str | None = None
    if len(known) == 1:
        target = known[0]
    elif widest and known:
        sets = {k: _names(k) for k in known}
        for k, names in sets.items():
            if all(other <= names for other in sets.values()):
                target = k
    return {None: target, **{k: k for k in known}}


_RUNNING_DAYS = 3  # "between Feb. 1 and March 20" reported by March 23 is a running count


def _running(c: Claim) -> bool:
    """Whether a count over a closed window is the running count since its start.

    "27 attacks between Feb. 1 and March 20", reported on March 21, counts the same thing
    as "23 attacks since Feb. 1" did three weeks earlier: one series. A window that closed
    well before the report ("between Feb. 1 and Feb. 10") is a period of its own.
    """
    if not c.window_end or not c.as_of:
        return False
    try:
        gap = (date.fromisoformat(c.as_of[:10]) - date.fromisoformat(c.window_end[:10])).days
    except ValueError:
        return False
    return 0 <= gap <= _RUNNING_DAYS


def _series(claims: list[Claim]) -> dict[str, list[Claim]]:
    cores: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        event = (c.window_start, c.window_end) if c.window_end and not _running(c) else None
        cores[(c.quantity, c.unit, event)].append(c)
    series: dict[str, list[Claim]] = defaultdict(list)
    for core, members in cores.items():
        place_of = _unify([c.place for c in members], widest=True)
        by_place: dict[str | None, list[Claim]] = defaultdict(list)
        for c in members:
            by_place[place_of[c.place]].append(c)
        for place, group in by_place.items():
            window_of = _unify([c.window_start for c in group], widest=False)
            for c in group:
                window = core[2] if core[2] is not None else window_of[c.window_start]
                sid = _hash(core[0], core[1], place, window)
                c.series = sid
                series[sid].append(c)
    for members in series.values():
        members.sort(key=lambda c: (c.as_of or "", c.article_id, c.start))
    return series


def _copies(a: Claim, b: Claim) -> bool:
    return a.story_id is not None and a.story_id == b.story_id and _same_figure(a, b)


def _conflicts(claims: list[Claim], series: dict[str, list[Claim]]) -> None:
    # Only claims of one day or one story can clash: compare within those buckets, so a
    # long series costs about its length, not its square.
    for members in series.values():
        buckets: dict[tuple[str, str], list[Claim]] = defaultdict(list)
        for c in members:
            if c.as_of:
                buckets[("day", c.as_of)].append(c)
            if c.story_id:
                buckets[("story", c.story_id)].append(c)
        for bucket in buckets.values():
            for i, a in enumerate(bucket):
                for b in bucket[i + 1 :]:
                    if a.article_id == b.article_id or _copies(a, b) or compatible(a, b):
                        continue
                    # Copies of one story are one report: a different figure there is a
                    # change (the stories stage may have missed it); else same-day clashes.
                    _conflict(a, b, "value")
    for members in series.values():
        _decreases(members)
    by_day: dict[tuple[object, ...], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.as_of and not c.window_end:
            family = c.quantity.split()[0] if c.quantity.startswith("attacks") else c.quantity
            by_day[(family, c.unit, c.place, c.as_of)].append(c)
    for members in by_day.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.article_id == b.article_id or compatible(a, b) or _copies(a, b):
                    continue
                if a.quantity != b.quantity:
                    _conflict(a, b, "definition")
                elif a.window_start and b.window_start and a.window_start != b.window_start:
                    _conflict(a, b, "window")


def _decreases(members: list[Claim]) -> None:
    """A running count "since X" cannot fall: a later report whose figure is below what an
    earlier one already counted disagrees with it (``value``), whatever the dates."""
    running = [
        c for c in members if c.window_start and c.as_of and (not c.window_end or _running(c))
    ]
    running.sort(key=lambda c: c.as_of or "")
    highest: Claim | None = None  # the earlier claim with the largest lower bound
    for c in running:
        earlier = highest is not None and highest.as_of != c.as_of
        if (
            earlier
            and highest
            and not _copies(highest, c)
            and interval(c)[1] < interval(highest)[0]
        ):
            _conflict(c, highest, "value")
        if highest is None or interval(c)[0] > interval(highest)[0]:
            highest = c


def _check_sum(total: Claim, parts: list[Claim]) -> None:
    total.parts = [p.id for p in parts]
    lo = sum(interval(p)[0] for p in parts)
    hi = sum(interval(p)[1] for p in parts)
    tlo, thi = interval(total)
    if not (lo <= thi and tlo <= hi):
        for p in parts:
            total.conflicts.append(Conflict(p.id, "sum"))


def _parts(claims: list[Claim], stated: dict[str, list[Claim]]) -> None:
    """Parts of a total: those the text states, else figures for each place it names."""
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_article[c.article_id].append(c)
    for members in by_article.values():
        members.sort(key=lambda c: c.start)
        for k, total in enumerate(members):
            given = stated.get(total.id)
            if given and len(given) >= 2:
                _check_sum(total, sorted(given, key=lambda c: c.start))
                continue
            names = _names(total.place)
            if len(names) < 2:
                continue
            found: dict[str, Claim] = {}
            for c in members[k + 1 :]:
                if (c.sentence or 0) - (total.sentence or 0) > 2:
                    break  # parts follow their total closely
                if (
                    c.start > total.start
                    and c.quantity == total.quantity
                    and c.unit == total.unit
                    and c.place in names
                    and c.place not in found
                    and (c.sentence or 0) - (total.sentence or 0) <= 2
                ):
                    found[c.place] = c
            if set(found) != names:
                continue
            _check_sum(total, sorted(found.values(), key=lambda c: c.start))


def link_claims(
    claims: list[Claim], *, stories: list[Story], articles: dict[str, Article]
) -> list[Claim]:
    """Claims with series, parts, conflicts and canonical links (see the module docstring)."""
    story_of = {m.article_id: s.id for s in stories for m in s.members}
    out: list[Claim] = []
    # Parts the text states ("23 attacks, 14 of them in X and 9 in Y"), read at extraction.
    stated = {claim.id: list(claim.parts) for claim in claims if claim.parts}
    for claim in claims:
        c = dataclasses.replace(claim, parts=[], conflicts=[], series=None)
        c.canonical_claim_id = None
        c.story_id = story_of.get(c.article_id)
        article = articles.get(c.article_id)
        if c.as_of is None and article is not None:
            c.as_of = article.published
        out.append(c)
    _story_changes(out, stories, articles)
    by_id = {c.id: c for c in out}
    part_of = {p: t for t, ps in stated.items() for p in ps if t in by_id and p in by_id}
    # A part the text places nowhere would join its total's series as a smaller figure and
    # read as a clash: it forms a series of its own under its total's.
    loose = {p for p in part_of if by_id[p].place is None}
    series = _series([c for c in out if c.id not in loose])
    for p in sorted(loose, key=lambda i: (by_id[i].article_id, by_id[i].start)):
        c = by_id[p]
        c.series = _hash(c.quantity, c.unit, "part of", by_id[part_of[p]].series, c.value)
        series[c.series].append(c)
    _conflicts(out, series)
    _parts(out, {t: [by_id[p] for p in ps if p in by_id] for t, ps in stated.items()})
    return out
