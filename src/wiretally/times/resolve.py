"""Resolution of underspecified dates against the DCT, shared by every normaliser.

A normaliser turns a match into a :class:`Norm` (TIMEX3 type and value, the interval of
days covered). Everything that depends on the publication date and the tense of the
clause lives here: which year "Oct. 17" or "in May" is, which Tuesday "Tuesday" is,
what "a year ago" names in an earnings story. The constants were tuned on the
TimeBank + AQUAINT dev set and on the project's conflict reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from wiretally.records import TimexType
from wiretally.times import calendar as cal
from wiretally.times.lexicon import (
    MONTHS,
    SMALL_NUMBERS,
    UNITS,
)

Interval = cal.Interval

# A day-and-month without a year in a clause with no future cue is the latest one on or
# before the DCT, unless it falls at most this many days after the DCT and the clause has
# no past cue.
AHEAD_DAYS = 45
PAST_CUE = re.compile(
    r"(?i:\b(?:was|were|had|did|ago|since|last|killed|attacked|attacks?|struck|began"
    r"|launched|came|anniversary|fell|fled|seized|captured|died|fought|destroyed|stormed"
    r"|bombed|shelled|invaded|erupted|happened|occurred|took\s+place)\b)"
)


@dataclass(slots=True)
class Norm:
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
    norm: Norm
    kind: str
    role: str | None = None


class Context:
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
# (a closing quote may follow the stop: '"We will not be silent again." Late Wednesday')
_SENT_STOP = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]")
_SENT_END = re.compile(r"[A-Z\"“]\s+[\"”’']?[.!?]")  # reversed '." A': a sentence end before
_FUTURE = re.compile(
    r"(?i:\bwill\b|\bwon't\b|'ll\b|\bshall\b|\bgoing to\b|\bplans? to\b"
    r"|\bscheduled\b|\bexpected to\b|\bdue to\b|\bset to\b|\bis to\b|\bare to\b|\bupcoming\b"
    r"|\bintends? to\b|\bnext\b(?!\s+(?:to|door)\b))"  # ("next to a minibus": a place)
)


# --------------------------------------------------------------------------- helpers


def month_num(word: str) -> int:
    return MONTHS[word[:3].lower()]


def count_of(word: str | None) -> float | None:
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


def unit_key(word: str) -> str:
    w = word.lower()
    if w.startswith("centur"):
        return "century"
    return w[:-1] if w.endswith("s") else w


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


_SPLIT_HALF = {"year": ("Y", 6, "M"), "hour": ("H", 30, "M"), "minute": ("M", 30, "S")}


def duration_value(n: float | None, unit: str) -> str:
    letter, is_time, mult = UNITS[unit]
    if n is not None and n != int(n) and n - int(n) == 0.5 and unit in _SPLIT_HALF:
        big, small, small_letter = _SPLIT_HALF[unit]
        whole = f"{int(n)}{big}" if int(n) else ""
        return f"{'PT' if is_time else 'P'}{whole}{small}{small_letter}"
    amount = "X" if n is None else _fmt_num(n * mult)
    return f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"


def day_norm(d: date) -> Norm:
    return Norm("DATE", d.isoformat(), cal.day_interval(d), day_level=True)


def month_norm(y: int, m: int) -> Norm:
    return Norm("DATE", f"{y:04d}-{m:02d}", cal.month_interval(y, m))


def year_norm(y: int) -> Norm:
    return Norm("DATE", f"{y:04d}", cal.year_interval(y))


_OF_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)
_A_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def that_year(ctx: Context, start: int, end: int) -> int | None:
    """The year "that year" points back at ("seized Ramadi in May 2015 ... retook the city
    in December of that year"): the last one written before, within a few sentences."""
    if not _OF_THAT_YEAR.match(ctx.text, end):
        return None
    years = _A_YEAR.findall(ctx.text, max(0, start - 600), start)
    return int(years[-1]) if years else None


def place_month_day(ctx: Context, month: int, dom: int, start: int, end: int) -> Norm | None:
    """A day of a month with no year: pick the year from the DCT and the tense."""
    if (y := that_year(ctx, start, end)) is not None and (d := cal.safe_date(y, month, dom)):
        return day_norm(d)
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{month:02d}-{dom:02d}", None, day_level=True)
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
            and not PAST_CUE.search(ctx.text, max(0, start - 60), min(len(ctx.text), end + 30))
        ):
            chosen = min(ahead)
        else:
            chosen = past
    return day_norm(chosen)


def place_month(ctx: Context, month: int, start: int, end: int) -> Norm:
    """A bare month ("in May"): the latest one up to the DCT's month, or the next one
    when the clause is about the future."""
    if (y := that_year(ctx, start, end)) is not None:
        return month_norm(y, month)
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{month:02d}")
    dct = ctx.dct
    ahead = (month - dct.month) % 12
    if ctx.direction(start, end) > 0:
        y = dct.year if month >= dct.month else dct.year + 1
    elif 0 < ahead <= MONTHS_AHEAD and not PAST_CUE.search(
        ctx.text, max(0, start - 60), min(len(ctx.text), end + 30)
    ):
        y = dct.year + (1 if month < dct.month else 0)  # "in January", written in November
    else:
        y = dct.year if month <= dct.month else dct.year - 1
    return month_norm(y, month)


MONTHS_AHEAD = 1  # a bare month at most this far ahead is the coming one (dev-tuned)


def place_weekday(ctx: Context, wd: int, rel: str, start: int, end: int) -> Norm:
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-WXX-{wd + 1}", None, day_level=True)
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
    return day_norm(d)


def shift_unit(dct: date, unit: str, n: int) -> Norm | None:
    """The calendar unit ``n`` units away from the DCT's (n<0 is the past)."""
    if unit in ("day", "night"):
        return day_norm(dct + timedelta(days=n))
    if unit == "week":
        d = dct + timedelta(weeks=n)
        return Norm("DATE", cal.week_value(d), cal.week_interval(d))
    if unit == "weekend":
        d = dct + timedelta(weeks=n)
        return Norm("DATE", cal.week_value(d) + "-WE", cal.weekend_interval(d))
    if unit == "month":
        y, m = cal.add_months(dct.year, dct.month, n)
        return month_norm(y, m)
    if unit == "quarter":
        y, m = cal.add_months(dct.year, dct.month, 3 * n)
        q = (m - 1) // 3 + 1
        return Norm("DATE", f"{y:04d}-Q{q}", cal.quarter_interval(y, q))
    if unit == "year":
        return year_norm(dct.year + n)
    if unit == "decade":
        dec = (dct.year // 10 + n) * 10
        return Norm("DATE", f"{dec // 10:03d}", cal.decade_interval(dec))
    if unit == "century":
        c = (dct.year // 100 + n) * 100
        return Norm("DATE", f"{c // 100:02d}", cal.century_interval(c))
    if unit in ("hour", "minute", "second"):
        return day_norm(dct)
    return None


def reported_quarter(dct: date) -> tuple[int, int]:
    """The quarter a business story is about: early in a quarter, the one just ended."""
    q = cal.quarter_of(dct)
    start = cal.quarter_interval(dct.year, q)[0]
    if (dct - start).days < 45:
        y, m = cal.add_months(dct.year, 3 * (q - 1) + 1, -3)
        return y, (m - 1) // 3 + 1
    return dct.year, q


def quarter_norm(y: int, q: int) -> Norm:
    return Norm("DATE", f"{y:04d}-Q{q}", cal.quarter_interval(y, q))


_QUARTER_NEAR = re.compile(r"(?i:quarter)")


def about_quarter(ctx: Context, start: int) -> bool:
    """A year-ago comparison in an earnings sentence compares quarters."""
    return bool(_QUARTER_NEAR.search(ctx.text, max(0, start - 120), start + 60))


def season_norm(y: int, code: str) -> Norm:
    return Norm("DATE", f"{y:04d}-{code}", cal.season_interval(y, code))
