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
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from wiretally.records import Timex, TimexType
from wiretally.times import calendar as cal
from wiretally.times.lexicon import (
    HOLIDAYS,
    HYPHEN_NUM_RE,
    MONTHS,
    NUM_RE,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    SMALL_NUMBERS,
    UNIT_RE,
    UNITS,
    WEEKDAY_RE,
    WEEKDAYS,
    day,
    mon,
    weekday,
    year,
)

Interval = cal.Interval

# A day-and-month without a year in a clause with no future cue is the latest one on or
# before the DCT, unless it falls at most this many days after the DCT and the clause has
# no past cue.
AHEAD_DAYS = 45
_PAST_CUE = re.compile(
    r"(?i:\b(?:was|were|had|did|ago|since|last|killed|attacked|attacks?|struck|began"
    r"|launched|came|anniversary|fell|fled|seized|captured|died|fought|destroyed|stormed"
    r"|bombed|shelled|invaded|erupted|happened|occurred|took\s+place)\b)"
)


@dataclass(slots=True)
class _Norm:
    type: TimexType
    value: str
    interval: Interval | None = None
    day_level: bool = False  # a single named day that a time of day can attach to
    # "a decade later": (signed count, unit) to re-anchor on an earlier explicit date
    shift: tuple[int, str] | None = None


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    norm: _Norm
    kind: str
    role: str | None = None


class _Ctx:
    """The text and its anchor, with the tense cue computed on demand."""

    __slots__ = ("dct", "text")

    def __init__(self, text: str, dct: date | None) -> None:
        self.text = text
        self.dct = dct

    def direction(self, start: int, end: int) -> int:
        """+1 when the clause around [start, end) speaks of the future, else 0."""
        lo = max(0, start - BACK)
        hi = min(len(self.text), end + AHEAD)
        cut = _SENT_END.search(self.text[lo:start][::-1])
        if cut:  # the reversed match starts at the capital that opens this sentence
            lo = start - 1 - cut.start()
        stop = _SENT_STOP.search(self.text, end, hi)
        if stop:
            hi = stop.start()
        return 1 if _FUTURE.search(self.text, lo, hi) else 0


BACK, AHEAD = 40, 20  # tuned on TimeBank+AQUAINT (dev): value accuracy 0.845 -> 0.847
_SENT_STOP = re.compile(r"[.!?]\s+[A-Z\"“]")
_SENT_END = re.compile(r"[A-Z\"“]\s+[.!?]")  # reversed ". A": a sentence end before start
_FUTURE = re.compile(
    r"(?i:\bwill\b|\bwon't\b|'ll\b|\bshall\b|\bgoing to\b|\bplans? to\b"
    r"|\bscheduled\b|\bexpected to\b|\bdue to\b|\bset to\b|\bis to\b|\bare to\b|\bupcoming\b"
    r"|\bintends? to\b|\bnext\b)"
)


# --------------------------------------------------------------------------- helpers


def _month_num(word: str) -> int:
    return MONTHS[word[:3].lower()]


def _num(word: str | None) -> float | None:
    """A small count in digits or words; None for vague amounts ("several", "a few")."""
    if word is None:
        return None
    w = " ".join(word.lower().split())
    if w in SMALL_NUMBERS:
        return float(SMALL_NUMBERS[w])
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+1/2)?", w)
    if m:
        return float(m.group(1)) + (0.5 if "1/2" in w else 0.0)
    if "-" in w:
        a, _, b = w.partition("-")
        if a in SMALL_NUMBERS and b in SMALL_NUMBERS:
            return float(SMALL_NUMBERS[a] + SMALL_NUMBERS[b])
    return None


def _unit_key(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") else w


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


_SPLIT_HALF = {"year": ("Y", 6, "M"), "hour": ("H", 30, "M"), "minute": ("M", 30, "S")}


def _duration_value(n: float | None, unit: str) -> str:
    letter, is_time, mult = UNITS[unit]
    if n is not None and n != int(n) and n - int(n) == 0.5 and unit in _SPLIT_HALF:
        big, small, small_letter = _SPLIT_HALF[unit]
        whole = f"{int(n)}{big}" if int(n) else ""
        return f"{'PT' if is_time else 'P'}{whole}{small}{small_letter}"
    amount = "X" if n is None else _fmt_num(n * mult)
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def _day_norm(d: date) -> _Norm:
    return _Norm("DATE", d.isoformat(), cal.day_interval(d), day_level=True)


def _month_norm(y: int, m: int) -> _Norm:
    return _Norm("DATE", f"{y:04d}-{m:02d}", cal.month_interval(y, m))


def _year_norm(y: int) -> _Norm:
    return _Norm("DATE", f"{y:04d}", cal.year_interval(y))


def _place_month_day(ctx: _Ctx, month: int, dom: int, start: int, end: int) -> _Norm | None:
    """A day of a month with no year: pick the year from the DCT and the tense."""
    if ctx.dct is None:
        return _Norm("DATE", f"XXXX-{month:02d}-{dom:02d}", None, day_level=True)
    dct = ctx.dct
    options = [cal.safe_date(y, month, dom) for y in (dct.year - 1, dct.year, dct.year + 1)]
    cands = [d for d in options if d is not None]
    if not cands:
        return None
    if ctx.direction(start, end) > 0:
        future = [d for d in cands if d >= dct]
        chosen = min(future) if future else cands[-1]
    else:
        past = max(d for d in cands if d <= dct) if any(d <= dct for d in cands) else cands[0]
        ahead = [d for d in cands if d > dct]
        # A date a little ahead of the DCT is usually an upcoming one ("talks on Nov. 20");
        # further ahead, the text is reporting the past.
        if (
            ahead
            and (min(ahead) - dct).days <= AHEAD_DAYS
            and not _PAST_CUE.search(ctx.text, max(0, start - 60), min(len(ctx.text), end + 30))
        ):
            chosen = min(ahead)
        else:
            chosen = past
    return _day_norm(chosen)


def _place_month(ctx: _Ctx, month: int, start: int, end: int) -> _Norm:
    """A bare month ("in May"): the latest one up to the DCT's month, or the next one
    when the clause is about the future."""
    if ctx.dct is None:
        return _Norm("DATE", f"XXXX-{month:02d}")
    dct = ctx.dct
    ahead = (month - dct.month) % 12
    if ctx.direction(start, end) > 0:
        y = dct.year if month >= dct.month else dct.year + 1
    elif 0 < ahead <= MONTHS_AHEAD and not _PAST_CUE.search(
        ctx.text, max(0, start - 60), min(len(ctx.text), end + 30)
    ):
        y = dct.year + (1 if month < dct.month else 0)  # "in January", written in November
    else:
        y = dct.year if month <= dct.month else dct.year - 1
    return _month_norm(y, month)


MONTHS_AHEAD = 1  # a bare month at most this far ahead is the coming one (dev-tuned)


def _place_weekday(ctx: _Ctx, wd: int, rel: str, start: int, end: int) -> _Norm:
    if ctx.dct is None:
        return _Norm("DATE", f"XXXX-WXX-{wd + 1}", None, day_level=True)
    dct = ctx.dct
    back = (dct.weekday() - wd) % 7
    ahead = (wd - dct.weekday()) % 7
    if rel in ("last", "past", "this past", "the previous"):
        d = dct - timedelta(days=back or 7)
    elif rel in ("next", "coming", "this coming", "the following", "the next"):
        d = dct + timedelta(days=ahead or 7)
    elif rel == "this":
        d = dct - timedelta(days=dct.weekday()) + timedelta(days=wd)
    elif ctx.direction(start, end) > 0:
        d = dct + timedelta(days=ahead)
    else:
        d = dct - timedelta(days=back)
    return _day_norm(d)


def _shift_unit(dct: date, unit: str, n: int) -> _Norm | None:
    """The calendar unit ``n`` units away from the DCT's (n<0 is the past)."""
    if unit in ("day", "night"):
        return _day_norm(dct + timedelta(days=n))
    if unit == "week":
        d = dct + timedelta(weeks=n)
        return _Norm("DATE", cal.week_value(d), cal.week_interval(d))
    if unit == "weekend":
        d = dct + timedelta(weeks=n)
        return _Norm("DATE", cal.week_value(d) + "-WE", cal.weekend_interval(d))
    if unit == "month":
        y, m = cal.add_months(dct.year, dct.month, n)
        return _month_norm(y, m)
    if unit == "quarter":
        y, m = cal.add_months(dct.year, dct.month, 3 * n)
        q = (m - 1) // 3 + 1
        return _Norm("DATE", f"{y:04d}-Q{q}", cal.quarter_interval(y, q))
    if unit == "year":
        return _year_norm(dct.year + n)
    if unit == "decade":
        dec = (dct.year // 10 + n) * 10
        return _Norm("DATE", f"{dec // 10:03d}", cal.decade_interval(dec))
    if unit == "century":
        c = (dct.year // 100 + n) * 100
        return _Norm("DATE", f"{c // 100:02d}", cal.century_interval(c))
    if unit in ("hour", "minute", "second"):
        return _day_norm(dct)
    return None


def _reported_quarter(dct: date) -> tuple[int, int]:
    """The quarter a business story is about: early in a quarter, the one just ended."""
    q = cal.quarter_of(dct)
    start = cal.quarter_interval(dct.year, q)[0]
    if (dct - start).days < 45:
        y, m = cal.add_months(dct.year, 3 * (q - 1) + 1, -3)
        return y, (m - 1) // 3 + 1
    return dct.year, q


def _quarter_norm(y: int, q: int) -> _Norm:
    return _Norm("DATE", f"{y:04d}-Q{q}", cal.quarter_interval(y, q))


_QUARTER_NEAR = re.compile(r"(?i:quarter)")


def _about_quarter(ctx: _Ctx, start: int) -> bool:
    """A year-ago comparison in an earnings sentence compares quarters."""
    return bool(_QUARTER_NEAR.search(ctx.text, max(0, start - 120), start + 60))


def _season_norm(y: int, code: str) -> _Norm:
    return _Norm("DATE", f"{y:04d}-{code}", cal.season_interval(y, code))


# --------------------------------------------------------------------------- normalisers
# Each takes the match and the context and returns a _Norm, or None to drop the match.

Handler = Callable[[re.Match[str], _Ctx], "_Norm | None"]


def _h_full_date(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    month = _month_num(m["mon"])
    dom = int(m["day"])
    if m["year"]:
        d = cal.safe_date(int(m["year"]), month, dom)
        return _day_norm(d) if d else None
    if dom < 1 or dom > 31:
        return None
    return _place_month_day(ctx, month, dom, m.start(), m.end())


def _h_day_range(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    conn = m["conn"].strip().lower()
    before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
    if conn not in ("-", "–") and not re.search(r"\b(?:between|from)\s+$", before):
        return None
    m1 = _month_num(m["mon"])
    m2 = _month_num(m["mon2"]) if m["mon2"] else m1
    d1, d2 = int(m["d1"]), int(m["d2"])
    if m["year"]:
        y = int(m["year"])
        a, b = cal.safe_date(y, m1, d1), cal.safe_date(y, m2, d2)
    else:
        first = _place_month_day(ctx, m1, d1, m.start(), m.end())
        if first is None or first.interval is None:
            return None
        a = first.interval[0]
        b = cal.safe_date(a.year + (1 if m2 < m1 else 0), m2, d2)
    if a is None or b is None or b <= a:
        return None
    return _Norm("DATE", f"{a.isoformat()}/{b.isoformat()}", (a, b))


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    return _month_norm(int(m["year"]), _month_num(m["mon"]))


_BARE_MONTH_OK = re.compile(
    r"(?i:\b(?:in|since|until|till|by|of|during|from|through|before|after|between|and|to"
    r"|early|late|mid|last|next|this|since|each|every|that|until)[\s-]+)$"
)


def _h_bare_month(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    name = m["mon"]
    month = _month_num(name)
    rel = (m["rel"] or "").lower()
    if name in ("May", "March") and not rel:
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if not _BARE_MONTH_OK.search(before):
            return None
    if ctx.dct is None:
        return _Norm("DATE", f"XXXX-{month:02d}")
    dct = ctx.dct
    ry = (m["ry"] or "").lower().split(" ")[0]
    if ry:
        y = dct.year + {"last": -1, "this": 0, "next": 1}[ry]
        return _month_norm(y, month)
    if rel == "last":
        # "last February" written in March is a year back; "last April" in October is not.
        y = dct.year if month < dct.month - 1 else dct.year - 1
        return _month_norm(y, month)
    if rel in ("next", "coming"):
        y = dct.year if month > dct.month else dct.year + 1
        return _month_norm(y, month)
    if rel == "this":
        return _month_norm(dct.year, month)
    return _place_month(ctx, month, m.start(), m.end())


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    wd = WEEKDAYS[m["wd"].lower()]
    if m["plural"] or m["pplural"]:
        suffix = f"T{PARTS_OF_DAY[m['part'].lower()]}" if m["part"] else ""
        return _Norm("SET", f"XXXX-WXX-{wd + 1}{suffix}")
    rel = " ".join((m["rel"] or "").lower().split())
    norm = _place_weekday(ctx, wd, rel, m.start(), m.end())
    if m["part"]:
        code = PARTS_OF_DAY[m["part"].lower()]
        return _Norm("TIME", f"{norm.value}T{code}", norm.interval)
    return norm


def _h_dayword(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    word = (m["w"] or m["pre"] or "").lower()
    part = (m["part"] or m["part2"] or "").lower()
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    if word == "overnight":
        offset = -1
    if ctx.dct is None:
        base = {"yesterday": "PAST_REF", "tomorrow": "FUTURE_REF"}.get(word, "PRESENT_REF")
        if word in ("tonight", "overnight") or part:
            return _Norm("TIME", base)
        return _Norm("DATE", base)
    d = ctx.dct + timedelta(days=offset)
    if word in ("tonight", "overnight"):
        part = "night"
    if word == "last" and part != "night":
        return None  # "last morning" is not a time expression
    if part:
        return _Norm("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", cal.day_interval(d))
    return _day_norm(d)


_REF_VALUES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "current": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "recent": "PAST_REF",
    "future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the time being": "PRESENT_REF",
}  # fmt: skip


def _h_ref(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    word = " ".join(m.group(0).lower().split())
    if word == "soon" and ctx.text[m.end() : m.end() + 3].lower() == " as":
        return None
    value = _REF_VALUES[word]
    if value == "PRESENT_REF" and ctx.dct is not None:
        return _Norm("DATE", value, cal.day_interval(ctx.dct))
    return _Norm("DATE", value)


_DET_BEFORE = re.compile(r"\b(?i:the|its|his|her|their|our|a|all)\s+$")


def _h_ref_adj(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    word = m["w"].lower()
    if not _DET_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    nxt = ctx.text[m.end() : m.end() + 12].lower().split()
    if nxt and _unit_key(nxt[0]) in UNITS:
        return None  # "recent years", "current quarter": the unit patterns own these
    return _Norm("DATE", _REF_VALUES[word])


_REL_SIGN = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "latest": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
    "this": 0, "current": 0, "same": 0, "": 0,
}  # fmt: skip


def _h_rel_unit(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    rel_words = (m["rel"] or "").lower().split()
    if rel_words and rel_words[0] == "that":
        # "that year": anaphoric; the extent is certain, the value is not.
        return _Norm("DATE", "PAST_REF")
    if rel_words[-1:] in (["full"], ["entire"]):
        rel_words = ["the"]
    has_the = bool(rel_words) and rel_words[0] == "the"
    rel = (
        rel_words[-1]
        if rel_words and rel_words[-1] not in ("the", "this")
        else ("this" if rel_words and rel_words[-1] == "this" else "")
    )
    if len(rel_words) >= 2 and rel_words[0] == "this" and rel_words[1] in ("past", "coming"):
        rel = rel_words[1]
    unit_word = " ".join(m["unit"].lower().split())
    oy = int(m["oy"]) if m["oy"] else None
    if unit_word in SEASONS:
        code = SEASONS[unit_word]
        if oy is not None:
            return _season_norm(oy, code)
        if ctx.dct is None:
            return _Norm("DATE", f"XXXX-{code}")
        _, cur_code = cal.season_of(ctx.dct)
        y = ctx.dct.year if code != "WI" or ctx.dct.month == 12 else ctx.dct.year - 1
        this_start = cal.season_interval(y, code)[0]
        sign = _REL_SIGN.get(rel, 0)
        if sign < 0:
            if cur_code == code or this_start > ctx.dct:
                y -= 1
        elif sign > 0 and this_start <= ctx.dct:
            y += 1
        return _season_norm(y, code)
    if oy is not None:
        return None  # "the year of 1998" and the like are not worth a guess
    unit = "year" if unit_word == "fiscal year" else unit_word
    if unit == "period":
        unit = "quarter"
        if not rel or rel == "this":
            return None
    if has_the and not rel and unit not in ("year", "quarter", "week", "month", "weekend"):
        return None
    if (has_the and not rel and unit == "year") or (unit_word == "fiscal year" and has_the):
        return _Norm("DURATION", "P1Y")  # "for the year": the span, not the calendar year
    if ctx.dct is None:
        sign = _REL_SIGN.get(rel, 0)
        return _Norm("DATE", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[sign])
    sign = _REL_SIGN.get(rel, 0)
    if unit in ("quarter",) and sign <= 0 and rel in ("", "this", "current", "latest", "last"):
        y, q = _reported_quarter(ctx.dct)
        if sign < 0 and rel == "last":
            y, mo = cal.add_months(y, 3 * (q - 1) + 1, -3)
            q = (mo - 1) // 3 + 1
        return _quarter_norm(y, q)
    if unit == "year" and rel == "last" and _about_quarter(ctx, m.start()):
        y, q = _reported_quarter(ctx.dct)
        return _quarter_norm(y - 1, q)
    if unit == "weekend" and sign == 0:
        # "this weekend"/"the weekend": the coming one late in the week or in future
        # clauses, otherwise the one just past.
        wd = ctx.dct.weekday()
        if wd < 4 and not ctx.direction(m.start(), m.end()):
            sign = -1
    norm = _shift_unit(ctx.dct, unit, sign)
    if norm is not None and has_the and rel in ("following", "previous", "prior"):
        norm.shift = (sign, unit)  # "the following year": counted from the year named before
    return norm


def _h_ago(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    n = _num(m["num"])
    unit = _unit_key(m["unit"])
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if ctx.dct is None or n is None or n != int(n):
        return _Norm("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    if unit in ("decade", "century"):  # "a decade ago" names a year, not a decade
        n, unit = n * UNITS[unit][2], "year"
    if unit == "year" and n == 1 and sign < 0 and _about_quarter(ctx, m.start()):
        y, q = _reported_quarter(ctx.dct)
        return _quarter_norm(y - 1, q)
    norm = _shift_unit(ctx.dct, unit, sign * int(n))
    if norm is not None and direction in ("earlier", "later"):
        norm.shift = (sign * int(n), unit)
    return norm


def _h_duration(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    unit = _unit_key(m["unit"])
    num_word = " ".join(m["num"].lower().split())
    n = _num(num_word)
    plural = m["unit"].lower().endswith(("s", "ies"))
    if num_word in ("a", "an") and (plural or unit in ("second", "quarter")):
        return None
    if num_word in ("a", "an") and _RATE_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "700 seats a week", "$1.76 a year": a rate, not a duration
    if m["tail"] and "half" in m["tail"].lower() and n is not None:
        n += 0.5
    if n is not None and n >= 1000 and unit in ("quarter", "period"):
        return None
    if n is not None and n == 1 and num_word == "one" and unit == "day":
        # "one day" alone usually means "some day" (FUTURE_REF) in news prose.
        before = ctx.text[max(0, m.start() - 6) : m.start()].lower()
        if not re.search(r"(?:for|in|of|than|after|only|just)\s+$", before):
            return _Norm("DATE", "FUTURE_REF")
    return _Norm("DURATION", _duration_value(n, unit))


_RATE_BEFORE = re.compile(r"(?:\d|[a-z]s)\s+$")
_BARE_PLURAL_BEFORE = re.compile(r"\b(?i:for|within|in|over|than|took|take|lasted|last)\s+$")


def _h_vague_plural(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    adj = m["adj"].lower()
    unit = _unit_key(m["unit"])
    if adj == "few" and not m["the"]:
        return None
    if adj == "recent":
        return _Norm("DATE", "PAST_REF")
    if adj in ("coming", "next", "ensuing", "following") and not m["the"]:
        return _Norm("DATE", "FUTURE_REF")
    return _Norm("DURATION", _duration_value(None, unit))


def _h_bare_plural(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    if not _BARE_PLURAL_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return None
    return _Norm("DURATION", _duration_value(None, _unit_key(m["unit"])))


def _h_hyphen_duration(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    if m["old"]:
        return None
    return _Norm("DURATION", _duration_value(_num(m["num"]), _unit_key(m["unit"])))


_NOT_YEAR_NEXT = re.compile(
    r"\s+(?:people|persons|troops|soldiers|civilians|fighters|militants|men|women|children"
    r"|police|personnel|residents|refugees|homes|houses|families|[a-z]+ers|[a-z]+ians)\b"
)


_PREV_WORD = re.compile(r"\b([A-Za-z]+)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\"“]\s*|\n)\s*\S$")
_YEAR_LEADS = {
    "in", "since", "by", "until", "from", "before", "after", "during", "through", "of",
    "and", "or", "the", "early", "late", "mid", "fiscal", "calendar", "spring", "summer",
    "fall", "autumn", "winter", "christmas", "easter", "year",
}  # fmt: skip


def _h_year(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    y = int(m["year"])
    if y < 1000 or y > 2100:
        return None
    if _NOT_YEAR_NEXT.match(ctx.text, m.end()):
        return None
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if re.search(r"(?:\bno\.|\bnumber|#|\bpage|\broute|\bflight|\bresolution)\s*$", before):
        return None
    prev = _PREV_WORD.search(ctx.text, max(0, m.start() - 20), m.start())
    if (
        prev
        and prev.group(1)[0].isupper()
        and prev.group(1).lower() not in _YEAR_LEADS
        and prev.group(1)[:3].lower() not in MONTHS
        and not _SENTENCE_START.search(ctx.text, max(0, prev.start() - 3), prev.start() + 1)
    ):
        return None  # "the Russell 2000", "Orion 1980": a name, not a year
    return _year_norm(y)


def _h_decade(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    if m["dec"]:
        y = int(m["dec"])
    else:
        short = int(m["short"])
        y = (1900 if short >= 30 else 2000) + short
    if y % 10:
        return None
    interval = cal.decade_interval(y)
    mod = (m["dm"] or "").lower().rstrip("-")
    if mod:
        interval = cal.part(interval, {"early": "START", "mid": "MID", "late": "END"}[mod])
    return _Norm("DATE", f"{y // 10:03d}", interval)


_THE_DAY_BEFORE = re.compile(r"\b(?i:for|end|ended|ending)\s+$")


def _h_next_day(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    """ "The next day", "the day before", "that night": a day counted from the last day
    named before (re-anchored after selection), the DCT until then."""
    if m["theday"] and not _THE_DAY_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "the day" counts only in "later in the day", "for the day", ...
    rel = (m["rel"] or "").lower()
    part = (m["part"] or m["part3"] or "day").lower()
    sign = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1,
            "prior": -1, "before": -1}.get(rel, 0)  # fmt: skip
    if ctx.dct is None:
        return _Norm("DATE", "XXXX-XX-XX", None, day_level=True)
    d = ctx.dct + timedelta(days=sign)
    if part == "day":
        norm = _day_norm(d)
    else:
        norm = _Norm("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", cal.day_interval(d))
    norm.shift = (sign, "day" if part == "day" else f"day:{PARTS_OF_DAY[part]}")
    return norm


def _h_year_end(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    if ctx.dct is None:
        return _Norm("DATE", "XXXX-12-31")
    y = ctx.dct.year
    if re.search(r"(?i:since)\s+$", ctx.text[max(0, m.start() - 7) : m.start()]):
        y -= 1
    if m.group(0).lower().startswith("around"):
        return _Norm("DATE", f"{y:04d}-12", (date(y, 12, 1), date(y, 12, 31)))
    return _Norm("DATE", f"{y:04d}-12-31", (date(y, 12, 1), date(y, 12, 31)))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip


def _h_decade_word(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    d = _DECADE_WORDS[m["dw"].lower()]
    y = 1900 + 10 * d
    return _Norm("DATE", f"{y // 10:03d}", cal.decade_interval(y))


def _h_century(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
    c = int(m["c"]) if m["c"] else words[m["cw"].lower()]
    if not 1 <= c <= 22:
        return None
    first = (c - 1) * 100
    return _Norm("DATE", f"{c - 1:02d}", cal.century_interval(max(first, 1)))


def _year_from(m: re.Match[str], ctx: _Ctx, *groups: str) -> int | None:
    for g in groups:
        if m[g]:
            word = m[g].lower()
            if word[0].isdigit():
                return int(word)
            if ctx.dct is None:
                return None
            return ctx.dct.year + {"last": -1, "this": 0, "next": 1}[word.split()[0]]
    return None


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    ordw = m["ord"].lower()
    unit = m["unit"].lower()
    y = _year_from(m, ctx, "y1", "y2", "ypre")
    if m["ypre"] and not m["ypre"][0].isdigit() and ctx.dct is None:
        y = None
    if unit == "half":
        half = 2 if ordw in ("second", "2nd", "last", "final") else 1
        if ordw not in ("first", "1st", "second", "2nd", "last", "final"):
            return None
        if y is None and ctx.dct is not None:
            y = ctx.dct.year
        if y is None:
            return _Norm("DATE", f"XXXX-H{half}")
        return _Norm("DATE", f"{y:04d}-H{half}", cal.half_interval(y, half))
    if ordw == "last" and y is None:
        if ctx.dct is None:
            return _Norm("DATE", "PAST_REF")
        return _shift_unit(ctx.dct, "quarter", -1)
    q = 4 if ordw == "last" else ORDINALS.get(ordw)
    if q is None:
        return None
    if y is None:
        if ctx.dct is None:
            return _Norm("DATE", f"XXXX-Q{q}")
        y = ctx.dct.year
        if cal.quarter_interval(y, q)[0] > ctx.dct and not ctx.direction(m.start(), m.end()):
            y -= 1  # "the fourth quarter" in January is the one just ended
    return _quarter_norm(y, q)


def _h_year_ago(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    if m["py"]:
        if m["pnoun"].lower() != "season" and ctx.dct is not None:
            return _quarter_norm(int(m["py"]), _reported_quarter(ctx.dct)[1])
        return _year_norm(int(m["py"]))
    if ctx.dct is None:
        return _Norm("DATE", "PAST_REF")
    noun = (m["noun"] or "").lower()
    if noun.startswith(("quarter", "period")) or _about_quarter(ctx, m.start()):
        y, q = _reported_quarter(ctx.dct)
        return _quarter_norm(y - 1, q)
    return _year_norm(ctx.dct.year - 1)


def _h_set(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    word = " ".join(m.group(0).lower().split())
    table = {
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
        "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q",
    }  # fmt: skip
    if word in table:
        return _Norm("SET", table[word])
    tail = word.split()[-1]
    if tail[:3] in MONTHS and len(tail) > 3 and tail not in ("decade", "quarter"):
        return _Norm("SET", f"XXXX-{MONTHS[tail[:3]]:02d}")
    if tail.capitalize() in WEEKDAY_RE.split("|"):
        return _Norm("SET", f"XXXX-WXX-{WEEKDAYS[tail] + 1}")
    key = _unit_key(tail) if _unit_key(tail) in UNITS else None
    if key is not None:
        return _Norm("SET", _duration_value(1, key))
    if tail in PARTS_OF_DAY:
        return _Norm("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[tail]}")
    return _Norm("SET", "P1X")


def _h_time(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    if m["named"]:
        word = m["named"].lower()
        clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}.get(word)
        suffix = clock or PARTS_OF_DAY.get(word.replace(" ", "-"), "MI")
    elif m["h24"]:
        h, mi = int(m["h24"]), int(m["m24"])
        zulu = "Z" if (m["tz"] or "") in ("GMT", "UTC") else ""
        suffix = f"{h:02d}:{mi:02d}{zulu}"
    else:
        h = int(m["h"])
        mi = int(m["mi"]) if m["mi"] else 0
        if not (1 <= h <= 12 and 0 <= mi < 60):
            return None
        if m["ap"].lower().startswith("p") and h != 12:
            h += 12
        elif m["ap"].lower().startswith("a") and h == 12:
            h = 0
        suffix = f"{h:02d}:{mi:02d}"
    base = ctx.dct.isoformat() if ctx.dct else "XXXX-XX-XX"
    return _Norm("TIME", f"{base}T{suffix}", cal.day_interval(ctx.dct) if ctx.dct else None)


def _h_holiday(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    name = " ".join(m["hol"].lower().split())
    y = int(m["year"]) if m["year"] else None
    if name.startswith("thanksgiving"):
        if y is None:
            if ctx.dct is None:
                return _Norm("DATE", "XXXX-11-XX")
            y = ctx.dct.year
        first = date(y, 11, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return _day_norm(thursday)
    month, dom = HOLIDAYS[name]
    if y is not None:
        return _day_norm(date(y, month, dom))
    return _place_month_day(ctx, month, dom, m.start(), m.end())


def _h_iso(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    y = int(m["y"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    d = cal.safe_date(y, int(m["m"]), int(m["d"]))
    return _day_norm(d) if d else None


_SPOKEN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip


def _h_spoken_year(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    words = re.split(r"[\s-]+", m.group(0).lower())
    if words[:2] == ["the", "year"]:
        words = words[2:]
    if words[:2] == ["two", "thousand"]:
        return _year_norm(2000)
    century = {"nineteen": 1900, "twenty": 2000}[words[0]]
    rest = words[1:]
    total = 0
    for w in rest:
        if w in _SPOKEN_TENS:
            total += _SPOKEN_TENS[w]
        elif w in SMALL_NUMBERS and w not in ("a", "an"):
            total += int(SMALL_NUMBERS[w])
        elif w in ("oh", "hundred"):
            continue
        else:
            return None
    return _year_norm(century + total)


def _h_season_year(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    return _season_norm(int(m["year"]), SEASONS[m["season"].lower()])


# --------------------------------------------------------------------------- patterns

_WD = WEEKDAY_RE
_PART = r"(?i:morning|afternoon|evening|night)"


def _patterns() -> list[tuple[str, str, Handler]]:
    y = year
    return [
        (
            "full_date",
            rf"(?:{weekday('wd')},?\s+)?{mon('mon')}\s*{day('day')}(?:,?\s*{y('year')})?",
            _h_full_date,
        ),
        (
            "dmy",
            rf"(?:{weekday('wd')},?\s+)?(?<![\d.,])\b{day('day')}\s+(?:(?i:of)\s+)?"
            rf"{mon('mon')}(?:,?\s+{y('year')})?",
            _h_full_date,
        ),
        (
            "day_range",
            rf"{mon('mon')}\s*{day('d1')}(?P<conn>\s*[-–]\s*|\s+(?i:and|to|through|until|till)\s+)"
            rf"(?:{mon('mon2')}\s*)?{day('d2')}(?!\s*(?:[ap]\.?m\b|%))(?:,?\s*{y('year')})?",
            _h_day_range,
        ),
        (
            "dmy_range",
            rf"(?<![\d.,])\b{day('d1')}(?P<conn>\s*[-–]\s*|\s+(?i:and|to|through|until|till)\s+)"
            rf"{day('d2')}\s+(?:(?i:of)\s+)?{mon('mon')}(?P<mon2>(?!))?(?:,?\s+{y('year')})?",
            _h_day_range,
        ),
        ("month_year", rf"{mon('mon')},?\s+(?:(?i:of)\s+)?{y('year')}", _h_month_year),
        (
            "bare_month",
            rf"(?:(?P<rel>(?i:last|next|this|coming))\s+)?{mon('mon', full=True)}"
            rf"(?!\s*\d)(?:\s+(?P<ry>(?i:last|this|next)\s+year))?",
            _h_bare_month,
        ),
        (
            "weekday",
            rf"(?:(?P<rel>(?i:this\s+past|this\s+coming|the\s+previous|the\s+following"
            rf"|the\s+next|last|next|this|past|coming))\s+)?{weekday('wd')}(?P<plural>s)?"
            rf"(?:\s+(?P<part>{_PART})(?P<pplural>s)?)?\b",
            _h_weekday,
        ),
        (
            "dayword",
            rf"\b(?:(?P<w>(?i:today|yesterday|tomorrow|tonight|overnight))"
            rf"(?:\s+(?P<part>{_PART}))?|(?P<pre>(?i:this|last))\s+(?P<part2>{_PART}))\b",
            _h_dayword,
        ),
        (
            "ref",
            r"\b(?i:now|currently|nowadays|these\s+days|at\s+present|presently|recently"
            r"|lately|the\s+past|formerly|the\s+future|the\s+near\s+(?:future|term)"
            r"|the\s+short\s+term|the\s+long\s+term|the\s+time\s+being)\b(?!-)",
            _h_ref,
        ),
        (
            "ref_adj",
            r"\b(?P<w>(?i:current|future))"
            r"(?=\s+[a-z])(?!\s+(?:account|accounts|affairs|events|flows?|density)\b)",
            _h_ref_adj,
        ),
        (
            "rel_unit",
            r"\b(?P<rel>(?i:this\s+past|this\s+coming|the\s+past|the\s+last|the\s+next"
            r"|the\s+coming|the\s+previous|the\s+current|the\s+following|the\s+latest"
            r"|the\s+prior|the\s+same|the\s+upcoming|the\s+full|the\s+entire|that(?:\s+same)?"
            r"|last|next|this|past|coming|previous"
            r"|current|following|latest|prior|upcoming|the))\s+"
            r"(?P<unit>(?i:week|month|year|quarter|decade|century|weekend|spring|summer"
            r"|fall|autumn|winter|fiscal\s+year|period))\b(?!-\w)"
            r"(?:\s+(?i:of)\s+" + year("oy") + ")?",
            _h_rel_unit,
        ),
        (
            "ago",
            rf"\b(?P<num>{NUM_RE})\s+(?:(?i:more|full|long)\s+)?(?P<unit>(?i:{UNIT_RE}))\s+"
            r"(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b",
            _h_ago,
        ),
        (
            "duration",
            r"\b(?:(?i:the|these|those)\s+"
            r"(?:(?i:past|last|next|first|previous|coming|following|final|remaining|latest"
            r"|initial|preceding|ensuing|other|same|entire|whole|full)\s+)?)?"
            rf"(?P<num>{NUM_RE})\s+(?:(?i:more|full|straight|consecutive|trading|business"
            rf"|working|long|additional|calendar|whole|successive)\s+)?"
            rf"(?P<unit>(?i:{UNIT_RE}))\b(?![-'’]\w)"
            r"(?P<tail>\s+(?i:and\s+a\s+half|or\s+so|or\s+two|or\s+more))?(?!\s+old\b)",
            _h_duration,
        ),
        (
            "vague_plural",
            r"\b(?:(?P<the>(?i:the|these|those))\s+)?(?P<adj>(?i:recent|coming|past|last|next"
            r"|first|previous|ensuing|following|early|final|few))\s+"
            r"(?P<unit>(?i:hours|days|weeks|months|quarters|years|decades|centuries))\b",
            _h_vague_plural,
        ),
        (
            "bare_plural",
            r"\b(?P<unit>(?i:hours|days|weeks|months|years|decades|centuries))\b(?![-'’]\w)",
            _h_bare_plural,
        ),
        (
            "hyphen_duration",
            rf"\b(?P<num>{HYPHEN_NUM_RE})-(?P<unit>(?i:second|minute|hour|day|week|month|year"
            r"|decade|century))(?P<old>-(?i:old|olds))?\b(?!-)",
            _h_hyphen_duration,
        ),
        (
            "year",
            r"(?<![\w$£€.,/:#])(?<!\d-)(?:(?i:fiscal|calendar)\s+)?"
            + year("year")
            + r"(?!s\b|-\d|\.\d|,\d|%|\w)",
            _h_year,
        ),
        (
            "decade",
            r"(?:(?i:the)\s+)?(?:(?P<dm>(?i:early|mid-?|late))\s*)?"
            r"(?:(?P<dec>(?:1[0-9]|20)\d0)|['’](?P<short>\d0))s\b",
            _h_decade,
        ),
        (
            "next_day",
            r"\b(?i:the\s+(?P<rel>next|following|previous|preceding|same|prior)\s+"
            r"(?P<part>day|morning|night|evening|afternoon)|(?P<theday>the\s+day)"
            r"|(?P<that>that)\s+(?:same\s+)?(?P<part3>day|night|morning"
            r"|evening|afternoon))\b(?!-)",
            _h_next_day,
        ),
        (
            "year_end",
            r"\b(?i:(?:around\s+)?year[-\s]end|year['’]s\s+end)\b(?!-)",
            _h_year_end,
        ),
        (
            "decade_word",
            r"\b(?i:the)\s+(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies"
            r"|eighties|nineties))\b",
            _h_decade_word,
        ),
        (
            "century",
            r"(?:(?i:the)\s+)?(?:(?P<c>\d{1,2})(?:st|nd|rd|th)|(?P<cw>(?i:eighteenth"
            r"|nineteenth|twentieth|twenty-first)))\s+(?i:century)\b",
            _h_century,
        ),
        (
            "quarter",
            r"(?:(?i:the)\s+(?!\w+-(?i:quarter|half)))?"
            r"(?:(?P<ypre>(?:1[0-9]|20)\d\d|(?i:this|last|next)\s+year['’]s)"
            r"\s+)?(?:(?i:fiscal|calendar)\s+)?(?P<ord>(?i:first|second|third|fourth|final"
            r"|1st|2nd|3rd|4th|last))(?:-|\s+)(?:(?i:fiscal)\s+)?(?P<unit>(?i:quarter|half))"
            r"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:" + year("y1") + r"|(?P<y2>(?i:this|last"
            r"|next)\s+year)))?\b(?![-'’]\w)",
            _h_quarter,
        ),
        (
            "year_ago",
            r"(?:(?i:the)\s+year-(?i:earlier|ago)\s+(?P<noun>(?i:quarter|period|month|week"
            r"|year|level))s?|(?i:year-(?:earlier|ago))|(?i:the)\s+(?P<py>(?:1[0-9]|20)\d\d)"
            r"\s+(?P<pnoun>(?i:period|season|quarter)))\b",
            _h_year_ago,
        ),
        (
            "set",
            rf"\b(?i:daily|weekly|monthly|yearly|hourly|nightly"
            rf"|(?:every|each)\s+(?:other\s+|single\s+)?(?:day|week|month|year|morning|night"
            rf"|evening|afternoon|weekend|hour|minute|quarter|decade|{_WD.lower()}|january"
            rf"|february|march|april|may|june|july|august|september|october|november|december)"
            rf"|(?:once|twice|three\s+times|\d+\s+times|several\s+times)\s+(?:a|per|each"
            rf"|every)\s+(?:day|week|month|year|decade))\b",
            _h_set,
        ),
        (
            "time",
            r"(?:(?P<h>\d{1,2})(?::(?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.|p\.m\.|a\.m|p\.m"
            r"|am|pm))(?![A-Za-z])|\b(?P<named>(?i:noon|midnight|midday|mid[-\s]?afternoon"
            r"|mid[-\s]?morning))\b|(?<![\d:.,])(?P<h24>[01]?\d|2[0-3]):?(?P<m24>[0-5]\d)"
            r"(?![\d:.,]\d|\d)(?=\s*(?:GMT|UTC|Z\b|(?i:local\s+time|hours?\b|hrs\b))))"
            r"(?:\s+(?P<tz>EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET|(?i:local\s+time))\b)?",
            _h_time,
        ),
        (
            "holiday",
            r"\b(?P<hol>Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s(?:\s+Day|\s+Eve)?"
            r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine['’]s\s+Day)"
            r"(?:,?\s+" + year("year") + ")?",
            _h_holiday,
        ),
        (
            "iso",
            r"(?<![\d/.-])(?:(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
            r"|(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d)/(?P<y2>(?:19|20)?\d\d))(?![\d/.-])",
            _h_iso_any,
        ),
        (
            "spoken_year",
            r"\b(?i:(?:the\s+year\s+)?(?:nineteen|twenty)[\s-](?:hundred|oh[\s-](?:one|two"
            r"|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen"
            r"|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty"
            r"|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight"
            r"|nine))?)|the\s+year\s+two\s+thousand)\b",
            _h_spoken_year,
        ),
        (
            "season_year",
            r"\b(?P<season>(?i:spring|summer|fall|autumn|winter))\s+" + year("year"),
            _h_season_year,
        ),
    ]


def _h_iso_any(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    if m["y"]:
        return _h_iso(m, ctx)
    y = int(m["y2"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    d = cal.safe_date(y, int(m["m2"]), int(m["d2"]))
    return _day_norm(d) if d else None


@cache
def _compiled() -> list[tuple[str, re.Pattern[str], Handler]]:
    """Compiled once, on first use, so importing the package stays cheap."""
    return [(name, re.compile(p), h) for name, p, h in _patterns()]


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


# Every time expression holds a trigger word (or a year-like number) near its start and
# end; each pattern runs only in windows around its own triggers, which skips most prose
# (a scan of every pattern over the whole text costs four times as much).
_DATE_PATS = (
    "full_date", "dmy", "day_range", "dmy_range", "month_year", "bare_month", "holiday",
)  # fmt: skip
_UNIT_PATS = ("rel_unit", "ago", "duration", "hyphen_duration", "set", "year_ago", "quarter")
_YEAR_PATS = ("year", "decade", "quarter", "year_ago", "iso", "month_year", "season_year")
_PART_PATS = ("dayword", "weekday", "time", "set")


def _trigger_table() -> dict[str, tuple[str, ...]]:
    table: dict[str, set[str]] = {}

    def add(words: str, pats: tuple[str, ...]) -> None:
        for w in words.split():
            table.setdefault(w, set()).update(pats)

    add(
        "january february march april may june july august september october november"
        " december jan feb mar apr jun jul aug sep sept oct nov dec",
        (*_DATE_PATS, "set"),
    )
    add(" ".join(WEEKDAYS), ("weekday", "full_date", "dmy", "set"))
    add(" ".join(w + "s" for w in WEEKDAYS), ("weekday",))
    add("today yesterday tomorrow tonight overnight", ("dayword", "time"))
    add("morning afternoon evening night midafternoon midmorning", _PART_PATS)
    add("noon midnight midday", ("time",))
    add(
        "now nowadays currently present presently recently lately past previously"
        " formerly future soon days near short long being current recent",
        ("ref", "ref_adj"),
    )
    add(
        "second seconds minute minutes hour hours day days night nights week weeks"
        " weekend weekends month months quarter quarters year years decade decades century"
        " centuries",
        _UNIT_PATS,
    )
    add(
        "hours days weeks months quarters years decades centuries",
        ("vague_plural", "bare_plural"),
    )
    add("half quarter quarterly", ("quarter", "set"))
    add("spring summer fall autumn winter", ("rel_unit", "season_year"))
    add("period season", ("rel_unit", "year_ago"))
    add("fiscal", ("rel_unit", "year", "quarter"))
    add("daily weekly monthly annually yearly hourly nightly every each once twice", ("set",))
    add("christmas thanksgiving new halloween independence valentine", ("holiday",))
    add("nineteen twenty thousand", ("spoken_year",))
    add("end", ("year_end",))
    add("day night morning evening afternoon", ("next_day",))
    add("twenties thirties forties fifties sixties seventies eighties nineties", ("decade_word",))
    add("century centuries eighteenth nineteenth twentieth", ("century",))
    add("s", ("decade",))
    return {w: tuple(sorted(p)) for w, p in table.items()}


_TRIGGERS = _trigger_table()
_CAPITALISED = {"may", "march", "august", "sun", "sat", "wed", "mar", "jan", "dec", "sept"}
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC|Z\b|(?i:local\s+time|hours\b|hrs\b))")
_TIME_AFTER = re.compile(r"\s*[aApP]\.?[mM]\b")
_WINDOW = 40  # characters kept around a trigger; longer than any gap inside a timex


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per pattern name, the merged spans of text worth scanning."""
    raw: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in _TOKEN.finditer(text):
        tok = m.group()
        lo, hi = m.span()
        if tok[0].isdigit():
            pats: tuple[str, ...] = ()
            if len(tok) == 4 and _ZONE_AFTER.match(text, hi):
                pats = ("time",)
            elif len(tok) == 4 and tok[:2] in _CENTURY_PREFIXES:
                pats = _YEAR_PATS
            elif _TIME_AFTER.match(text, hi) or text[hi : hi + 1] == ":":
                pats = ("time",)
            elif hi < n and text[hi] in "/-" and len(tok) <= 2:
                pats = ("iso",)
            elif len(tok) == 2 and lo > 0 and text[lo - 1] in "'’":
                pats = ("decade",)
            elif hi < n and text[hi : hi + 2] in ("th", "st", "nd", "rd"):
                pats = ("century",)
            if not pats:
                continue
        else:
            low = tok.lower()
            found = _TRIGGERS.get(low)
            if found is None or (low in _CAPITALISED and not tok[0].isupper()):
                continue
            pats = found
        for p in pats:
            spans = raw.setdefault(p, [])
            a, b = max(0, lo - _WINDOW), min(n, hi + _WINDOW)
            if spans and a <= spans[-1][1]:
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
    return raw


_CENTURY_PREFIXES = {"10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}


def _candidates(ctx: _Ctx) -> list[_Cand]:
    out: list[_Cand] = []
    text = ctx.text
    windows = _windows(text)
    for name, pattern, handler in _compiled():
        for lo, hi in windows.get(name, ()):
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


def _extend(c: _Cand, ctx: _Ctx) -> None:
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


def _merge_time_day(chosen: list[_Cand], ctx: _Ctx) -> list[_Cand]:
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
                out.append(_Cand(c.start, nxt.end, _Norm("TIME", value, nxt.norm.interval), "time"))
                i += 2
                continue
        if c.norm.day_level and i + 1 < len(chosen) and chosen[i + 1].kind == "time":
            nxt = chosen[i + 1]
            gap = ctx.text[c.end : nxt.start]
            if _TIME_GAP.fullmatch(gap) and c.kind in ("dayword",):
                clock = nxt.norm.value.partition("T")[2]
                merged = _Norm("TIME", f"{c.norm.value}T{clock}", c.norm.interval)
                out.append(_Cand(c.start, nxt.end, merged, "time"))
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _merge_ranges(chosen: list[_Cand], ctx: _Ctx) -> list[_Cand]:
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
                merged = _Cand(c.start, nxt.end, _Norm("DATE", value, (a[0], b[1])), "range")
                merged.role = "range"
                out.append(merged)
                i += 2
                continue
        out.append(c)
        i += 1
    return out


def _set_role(c: _Cand, ctx: _Ctx) -> None:
    if c.kind in ("range", "day_range", "dmy_range"):
        c.role = "range"
        return
    if c.norm.type != "DATE":
        return
    m = _ROLE.search(ctx.text[max(0, c.start - 12) : c.start])
    if not m:
        return
    p = m["p"].lower()
    if p in ("since", "from"):
        c.role = "window_start"
    elif p in ("by", "until", "till", "through"):
        c.role = "window_end"


_EXPLICIT = {"full_date", "dmy", "month_year", "year", "iso", "day_range"}
_DAY_ANCHORS = {"full_date", "dmy", "iso", "weekday", "dayword", "holiday"}
_ANCHOR_REACH = 300  # characters: "in 2003 ... A decade later" within a few sentences


def _reanchor(kept: list[_Cand], ctx: _Ctx) -> None:
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
        base = day_anchor if c.kind == "next_day" else anchor
        if base is None or base.norm.interval is None or c.start - base.end > _ANCHOR_REACH:
            continue
        try:
            if unit.startswith("day:"):
                d = base.norm.interval[0] + timedelta(days=n)
                c.norm = _Norm("TIME", f"{d.isoformat()}T{unit[4:]}", cal.day_interval(d))
            else:
                norm = _shift_unit(base.norm.interval[0], unit, n)
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


def tag_times(
    text: str, *, dct: str | None, article_id: str = "", ranges: bool = True
) -> list[Timex]:
    """Every time expression in ``text``, normalised against ``dct`` (an ISO date).

    Offsets are character offsets into ``text``, end exclusive, never overlapping.
    ``ranges=False`` leaves "between Oct. 17 and Nov. 2" as two timexes, as TimeML
    annotates them (the TempEval scorer asks for that).
    """
    ctx = _Ctx(text, _parse_dct(dct))
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


def _split_day_ranges(kept: list[_Cand], ctx: _Ctx) -> list[_Cand]:
    """A "Oct. 17 to 21" range as TimeML has it: the first date alone."""
    out: list[_Cand] = []
    for c in kept:
        if c.kind not in _DAY_RANGES or c.norm.interval is None:
            continue
        if c.kind == "dmy_range":  # "17 and 21 October": the second date carries the month
            m2 = re.search(r"\d+(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z].*$", ctx.text[c.start : c.end])
            if m2:
                last = c.norm.interval[1]
                out.append(_Cand(c.start + m2.start(), c.end, _day_norm(last), "dmy"))
            continue
        m = re.match(r"\S+\s*\d+", ctx.text[c.start : c.end])
        if m:
            first = c.norm.interval[0]
            out.append(_Cand(c.start, c.start + m.end(), _day_norm(first), "full_date"))
    return out
