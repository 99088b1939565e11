"""Rule-based TIMEX3 tagger and normaliser: ``tag_times(text, dct=...)``.

Why rules: news dates come in a few dozen shapes ("Oct. 17", "last Thursday", "a year
ago", "the third quarter"), and a handful of compiled regexes find them in about a
millisecond per article, where HeidelTime needs a second and a JVM. Each pattern yields
candidates with a normaliser; the longest non-overlapping candidates win, then modifiers
("early", "about") are pulled into the extent, prepositions outside it set the role
("since" opens a window, "between ... and" makes a range), and a time of day joins the
day it names ("10 p.m. Wednesday").

Extents follow TimeML (TempEval-3): determiners and modifiers are inside, prepositions
outside. Underspecified dates are resolved against ``dct`` (the publication date): a
weekday or bare month is the most recent one unless the clause speaks of the future.

Layout: ``lexicon`` (words, regex fragments) -> ``patterns`` (regexes, trigger words)
-> ``handlers`` (match to TIMEX3 value) -> ``resolve`` (the DCT and tense rules they
share) -> ``calendar`` (interval arithmetic); this module selects and assembles.
"""

from __future__ import annotations

import bisect
import itertools
import re
from datetime import date, timedelta

from wiretally.records import Timex
from wiretally.times import calendar as cal
from wiretally.times.patterns import (
    compiled,
    windows,
)
from wiretally.times.resolve import (
    Context,
    Norm,
    _Cand,
    day_norm,
    shift_unit,
)

# Prefixes pulled into the extent.
_DATE_MOD = re.compile(
    r"(?:\b(?P<m>(?i:early|late|earlier|later|the\s+(?:beginning|start|end|middle|turn"
    r"|close|rest|remainder|first\s+half|second\s+half|latter\s+part|early\s+part"
    r"|last\s+half|first\s+part)\s+of))\s+|\b(?P<mid>(?i:mid))-?\s?)$"
)
_QUANT_MOD = re.compile(
    r"\b(?i:about|around|approximately|roughly|nearly|almost|at\s+least|at\s+most"
    r"|more\s+than|less\s+than|fewer\s+than|up\s+to|no\s+more\s+than|no\s+less\s+than"
    r"|upwards\s+of|close\s+to|well\s+over|over|under|some)\s+$"
)
_REF_MOD = re.compile(r"\b(?i:more|most|very|right|just|until\s+very)\s+$")
_ROLE = re.compile(r"\b(?P<p>(?i:since|between|from|by|until|till|through|as\s+of))\s+$")
_RANGE_GAP = re.compile(r"\s*(?:-|–|\s(?i:and|to|through|until|till)\s)\s*")
_TIME_GAP = re.compile(r",?\s+")

_MOD_PART = {
    "early": "START", "late": "END", "mid": "MID", "the beginning of": "START",
    "the start of": "START", "the end of": "END", "the middle of": "MID",
    "the close of": "END", "the turn of": "START", "the first half of": "FIRST_HALF",
    "the second half of": "SECOND_HALF", "the latter part of": "SECOND_HALF",
    "the early part of": "START", "the last half of": "SECOND_HALF",
    "the first part of": "START",
}  # fmt: skip


def _candidates(ctx: Context) -> list[_Cand]:
    """Every pattern's matches, each with its normalisation, overlapping freely."""
    out: list[_Cand] = []
    text = ctx.text
    spans = windows(text)
    for name, pattern, handler in compiled():
        for lo, hi in spans.get(name, ()):
            # Widen to blanks so that no window cuts a word.
            while lo > 0 and not text[lo - 1].isspace():
                lo -= 1
            while hi < len(text) and not text[hi].isspace():
                hi += 1
            for m in pattern.finditer(text, lo, hi):
                try:
                    norm = handler(m, ctx)
                except (ValueError, OverflowError):
                    continue  # "2023 years ago" and the like: no calendar date exists
                if norm is None:
                    continue
                start, end = m.span()
                # Trailing blanks of optional groups never belong to the extent.
                while end > start and text[end - 1].isspace():
                    end -= 1
                out.append(_Cand(start, end, norm, name))
    return out


def _select(cands: list[_Cand]) -> list[_Cand]:
    """Longest candidates first; a shorter one survives only where nothing overlaps it."""
    chosen: list[_Cand] = []
    starts: list[int] = []  # starts of ``chosen``, kept sorted (chosen never overlap)
    for c in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and chosen[i - 1].end > c.start:
            continue
        if i < len(chosen) and chosen[i].start < c.end:
            continue
        starts.insert(i, c.start)
        chosen.insert(i, c)
    return chosen


def _extend(c: _Cand, ctx: Context) -> None:
    """Pull "early", "the end of", "about" and the like into the extent."""
    text = ctx.text
    before = text[max(0, c.start - 40) : c.start]
    if c.norm.type in ("DATE", "TIME"):
        m = _DATE_MOD.search(before)
        if m:
            word = " ".join((m["m"] or m["mid"] or "").lower().split())
            c.start -= len(before) - m.start()
            which = {"earlier": "BEFORE", "later": "AFTER"}.get(word) or _MOD_PART.get(word)
            iv = c.norm.interval
            if iv is not None and which is not None:
                if which in ("BEFORE", "AFTER") and ctx.dct is not None:
                    if iv[0] <= ctx.dct <= iv[1]:
                        iv = (iv[0], ctx.dct) if which == "BEFORE" else (ctx.dct, iv[1])
                elif which not in ("BEFORE", "AFTER"):
                    iv = cal.part(iv, which)
                c.norm.interval = iv
            c.norm.day_level = False
            return
    if c.kind == "ref":
        m = _REF_MOD.search(before)
        if m:
            c.start -= len(before) - m.start()
        return
    if c.norm.type in ("DURATION", "TIME") or c.kind == "ago":
        m = _QUANT_MOD.search(before)
        if m:
            word = m.group(0).strip().lower()
            if word in ("over", "under", "some") and not text[c.start].isdigit():
                return
            c.start -= len(before) - m.start()


def _merge_time_day(chosen: list[_Cand], ctx: Context) -> list[_Cand]:
    """ "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST, Nov. 6": one TIME."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        if c.kind == "time" and i + 1 < len(chosen):
            nxt = chosen[i + 1]
            gap = ctx.text[c.end : nxt.start]
            if nxt.norm.day_level and _TIME_GAP.fullmatch(gap) and nxt.norm.interval:
                clock = c.norm.value.partition("T")[2]
                value = f"{nxt.norm.value}T{clock}"
                out.append(_Cand(c.start, nxt.end, Norm("TIME", value, nxt.norm.interval), "time"))
                i += 2
                continue
        if c.norm.day_level and i + 1 < len(chosen) and chosen[i + 1].kind == "time":
            nxt = chosen[i + 1]
            gap = ctx.text[c.end : nxt.start]
            if _TIME_GAP.fullmatch(gap) and c.kind in ("dayword",):
                clock = nxt.norm.value.partition("T")[2]
                merged = Norm("TIME", f"{c.norm.value}T{clock}", c.norm.interval)
                out.append(_Cand(c.start, nxt.end, merged, "time"))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


_CLOCK_GAP = re.compile(r"[,;]?\s+(?:at\s+|from\s+|by\s+|shortly\s+(?:before|after)\s+)?")


def _clock_on_day(kept: list[_Cand], ctx: Context) -> None:
    """A clock time just after a named day is on that day: "On Tuesday 17 March 2026, at
    around 10 a.m." is 10:00 on the 17th, not on the day of the report."""
    for prev, c in itertools.pairwise(kept):
        if c.kind != "time" or not prev.norm.day_level or prev.norm.interval is None:
            continue
        if prev.kind not in _DAY_ANCHORS or not _CLOCK_GAP.fullmatch(ctx.text[prev.end : c.start]):
            continue
        clock = c.norm.value.partition("T")[2]
        if clock:
            c.norm = Norm("TIME", f"{prev.norm.value}T{clock}", prev.norm.interval)


def _merge_ranges(chosen: list[_Cand], ctx: Context) -> list[_Cand]:
    """ "between Oct. 17 and Nov. 2", "from 2003 to 2005": one range."""
    out: list[_Cand] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        if i + 1 < len(chosen) and c.norm.type == "DATE" and chosen[i + 1].norm.type == "DATE":
            nxt = chosen[i + 1]
            gap = ctx.text[c.end : nxt.start]
            before = ctx.text[max(0, c.start - 10) : c.start]
            intro = re.search(r"\b(?i:between|from)\s+$", before)
            dash = gap.strip() in ("-", "–")
            a, b = c.norm.interval, nxt.norm.interval
            if (
                a is not None
                and b is not None
                and _RANGE_GAP.fullmatch(gap)
                and (intro or dash)
                and a[0] < b[1]
            ):
                value = f"{c.norm.value}/{nxt.norm.value}"
                merged = _Cand(c.start, nxt.end, Norm("DATE", value, (a[0], b[1])), "range")
                merged.role = "range"
                out.append(merged)
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _set_role(c: _Cand, ctx: Context) -> None:
    if c.kind in ("range", "day_range", "dmy_range"):
        c.role = "range"
        return
    if c.norm.type != "DATE":
        return
    m = _ROLE.search(ctx.text[max(0, c.start - 12) : c.start])
    if not m:
        return
    p = m["p"].lower()
    if p == "from" and re.match(r"['’]s?\s", ctx.text[c.end : c.end + 3]):
        return  # "the death toll from Sunday's attack": the attack's day, no window
    if p in ("since", "from"):
        c.role = "window_start"
    elif p in ("by", "until", "till", "through"):
        c.role = "window_end"


_EXPLICIT = {"full_date", "dmy", "month_year", "year", "iso", "day_range"}
_DAY_ANCHORS = {"full_date", "dmy", "iso", "weekday", "dayword", "holiday"}
_ANCHOR_REACH = 300  # characters: "in 2003 ... A decade later" within a few sentences
_DAY_REACH = 700  # "the next day", "the same day": told about the day just described


def _reanchor(kept: list[_Cand], ctx: Context) -> None:
    """ "A decade later", "two days earlier": counted from the last explicit date shortly
    before, when there is one (TimeML's anchorTimeID), else from the DCT."""
    anchor: _Cand | None = None
    day_anchor: _Cand | None = None
    for c in kept:
        if c.norm.interval is not None and c.norm.shift is None:
            if c.kind in _EXPLICIT:
                anchor = c
            if c.kind in _DAY_ANCHORS and c.norm.day_level:
                day_anchor = c
        shift = c.norm.shift
        if shift is None:
            continue
        n, unit = shift
        # "A day later", like "the next day", counts from the day just told ("On Monday,
        # hundreds marched ... A day later in Rufa'a, police fired tear gas").
        by_day = c.kind == "next_day" or unit == "day"
        base = day_anchor if by_day else anchor
        # "On the same day" opening a brief's next item looks back over a long paragraph.
        reach = _DAY_REACH if by_day else _ANCHOR_REACH
        if base is None or base.norm.interval is None or c.start - base.end > reach:
            continue
        try:
            if unit.startswith("day:"):
                d = base.norm.interval[0] + timedelta(days=n)
                c.norm = Norm("TIME", f"{d.isoformat()}T{unit[4:]}", cal.day_interval(d))
            else:
                norm = shift_unit(base.norm.interval[0], unit, n)
                if norm is not None:
                    c.norm = norm
        except (ValueError, OverflowError):
            continue  # out of the calendar: keep the DCT-based value
        if c.kind == "next_day":
            day_anchor = c  # "The next day ... that night": a chain of days


def _parse_dct(dct: str | None) -> date | None:
    if not dct:
        return None
    try:
        parsed = date.fromisoformat(dct[:10])
    except ValueError:
        return None
    return parsed if 1000 <= parsed.year <= 9000 else None  # room for +-100 years


# Thailand's official calendar counts years of the Buddhist era, 543 ahead of ours ("On 14
# September 2569" in a translated ISOC release is 14 September 2026).
_BUDDHIST_ERA = 543
# (only after a month, "14 September 2569", "September 14, 2569", or marked "2569 BE")
_BE_YEAR = re.compile(
    r"(?P<pre>\b(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)(?P<y>25\d\d)\b|\b(?P<be>25\d\d)(?=\s*B\.?E\.?\b)"
)


def _common_era(text: str, dct: date | None) -> str:
    """``text`` with Buddhist-era years near the publication year written as ours (same
    length, so offsets hold)."""
    if dct is None or "25" not in text:
        return text

    def ours(m: re.Match[str]) -> str:
        written = m["y"] or m["be"]
        year = int(written) - _BUDDHIST_ERA
        return (m["pre"] or "") + (str(year) if abs(year - dct.year) <= 30 else written)

    return _BE_YEAR.sub(ours, text)


def tag_times(
    text: str, *, dct: str | None, article_id: str = "", ranges: bool = True
) -> list[Timex]:
    """Every time expression in ``text``, normalised against ``dct`` (an ISO date).

    Offsets are character offsets into ``text``, end exclusive, never overlapping.
    ``ranges=False`` leaves "between Oct. 17 and Nov. 2" as two timexes, as TimeML
    annotates them (the TempEval scorer asks for that).
    """
    dct_day = _parse_dct(dct)
    ctx = Context(_common_era(text, dct_day), dct_day)
    chosen = _select(_candidates(ctx))
    for c in chosen:
        _extend(c, ctx)
    # Extending can reach into a neighbour ("Oct. 17 - early Nov."): drop the later one.
    kept: list[_Cand] = []
    for c in chosen:
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    kept = _merge_time_day(kept, ctx)
    _clock_on_day(kept, ctx)
    _reanchor(kept, ctx)
    if ranges:
        kept = _merge_ranges(kept, ctx)
    else:
        kept = [c for c in kept if c.kind not in _DAY_RANGES] + _split_day_ranges(kept, ctx)
        kept.sort(key=lambda c: c.start)
    out: list[Timex] = []
    for c in kept:
        _set_role(c, ctx)
        iv = c.norm.interval
        out.append(
            Timex(
                article_id=article_id,
                start=c.start,
                end=c.end,
                text=text[c.start : c.end],
                type=c.norm.type,
                value=c.norm.value,
                date_start=iv[0].isoformat() if iv else None,
                date_end=iv[1].isoformat() if iv else None,
                precision=cal.precision(iv, stated_range=c.role == "range")
                if c.norm.type in ("DATE", "TIME")
                else None,
                role=c.role,
            )
        )
    return out


_DAY_RANGES = ("day_range", "dmy_range")


def _split_day_ranges(kept: list[_Cand], ctx: Context) -> list[_Cand]:
    """A "Oct. 17 to 21" range as TimeML has it: the first date alone (and the second
    when it names its month)."""
    out: list[_Cand] = []
    for c in kept:
        if c.kind not in _DAY_RANGES or c.norm.interval is None:
            continue
        if c.kind == "dmy_range":  # "17 and 21 October": the second date carries the month
            m2 = re.search(r"\d+(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z].*$", ctx.text[c.start : c.end])
            if m2:
                last = c.norm.interval[1]
                out.append(_Cand(c.start + m2.start(), c.end, day_norm(last), "dmy"))
            continue
        span = ctx.text[c.start : c.end]
        m = re.match(r"\S+\s*\d+", span)
        if m:
            first = c.norm.interval[0]
            out.append(_Cand(c.start, c.start + m.end(), day_norm(first), "full_date"))
        # "Aug. 26 to Oct. 20": the second end names its month, so it is a timex too.
        m2 = re.search(r"(?<=\s)[A-Z][a-z]+\.?\s*\d+(?:st|nd|rd|th)?(?:,?\s*\d{4})?$", span)
        if m and m2 and m2.start() >= m.end():
            last = c.norm.interval[1]
            out.append(_Cand(c.start + m2.start(), c.end, day_norm(last), "full_date"))
    return out
