"""Normalisers: one function per pattern, from a regex match to a :class:`Norm`.

Each ``h_*`` function reads the named groups of its pattern (see ``patterns.py``) and
returns the TIMEX3 value and interval, or None to drop a match that only looks like a
time expression ("a 20-year-old", "the Russell 2000", "700 seats a week").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from wiretally.times import calendar as cal
from wiretally.times.lexicon import (
    HOLIDAYS,
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    SMALL_NUMBERS,
    UNITS,
    WEEKDAY_RE,
    WEEKDAYS,
)
from wiretally.times.resolve import (
    Context,
    Norm,
    about_quarter,
    count_of,
    day_norm,
    duration_value,
    month_norm,
    month_num,
    place_month,
    place_month_day,
    place_weekday,
    quarter_norm,
    reported_quarter,
    season_norm,
    shift_unit,
    unit_key,
    year_norm,
)

# --------------------------------------------------------------------------- normalisers
# Each takes the match and the context and returns a Norm, or None to drop the match.

Handler = Callable[[re.Match[str], Context], "Norm | None"]


def h_full_date(m: re.Match[str], ctx: Context) -> Norm | None:
    month = month_num(m["mon"])
    dom = int(m["day"])
    if m["year"]:
        d = cal.safe_date(int(m["year"]), month, dom)
        return day_norm(d) if d else None
    if dom < 1 or dom > 31:
        return None
    return place_month_day(ctx, month, dom, m.start(), m.end())


def h_day_range(m: re.Match[str], ctx: Context) -> Norm | None:
    conn = m["conn"].strip().lower()
    before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
    if conn not in ("-", "–", "/") and not re.search(r"\b(?:between|from)\s+$", before):
        return None
    m1 = month_num(m["mon"])
    m2 = month_num(m["mon2"]) if m["mon2"] else m1
    d1, d2 = int(m["d1"]), int(m["d2"])
    if m["year"]:
        y = int(m["year"])
        a, b = cal.safe_date(y, m1, d1), cal.safe_date(y, m2, d2)
    else:
        first = place_month_day(ctx, m1, d1, m.start(), m.end())
        if first is None or first.interval is None:
            return None
        a = first.interval[0]
        b = cal.safe_date(a.year + (1 if m2 < m1 else 0), m2, d2)
    if a is None or b is None or b <= a:
        return None
    return Norm("DATE", f"{a.isoformat()}/{b.isoformat()}", (a, b))


def h_month_year(m: re.Match[str], ctx: Context) -> Norm | None:
    return month_norm(int(m["year"]), month_num(m["mon"]))


_BARE_MONTH_OK = re.compile(
    r"(?i:\b(?:in|since|until|till|by|of|during|from|through|before|after|between|and|to"
    r"|early|late|mid|last|next|this|since|each|every|that|until)[\s-]+)$"
)


def h_bare_month(m: re.Match[str], ctx: Context) -> Norm | None:
    name = m["mon"]
    month = month_num(name)
    rel = (m["rel"] or "").lower()
    if name in ("May", "March") and not rel:
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if not _BARE_MONTH_OK.search(before):
            return None
    if ctx.dct is None:
        return Norm("DATE", f"XXXX-{month:02d}")
    dct = ctx.dct
    ry = (m["ry"] or "").lower().split(" ")[0]
    if ry:
        y = dct.year + {"last": -1, "this": 0, "next": 1}[ry]
        return month_norm(y, month)
    if rel == "last":
        # "last February" written in March is a year back; "last April" in October is not.
        y = dct.year if month < dct.month - 1 else dct.year - 1
        return month_norm(y, month)
    if rel in ("next", "coming"):
        y = dct.year if month > dct.month else dct.year + 1
        return month_norm(y, month)
    if rel == "this":
        return month_norm(dct.year, month)
    return place_month(ctx, month, m.start(), m.end())


# "hit the city centre on Palm Sunday", "on Bloody Sunday": a named day, not a weekday of
# the report's week.
_FEAST_BEFORE = re.compile(r"\b(?:Palm|Easter|Good|Bloody|Black|Holy|Ash|Maundy|Whit|Super)\s+$")


def h_weekday(m: re.Match[str], ctx: Context) -> Norm | None:
    if not m["rel"] and _FEAST_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    if m["plural"] or m["pplural"]:
        suffix = f"T{PARTS_OF_DAY[m['part'].lower()]}" if m["part"] else ""
        return Norm("SET", f"XXXX-WXX-{wd + 1}{suffix}")
    rel = " ".join((m["rel"] or "").lower().split())
    norm = place_weekday(ctx, wd, rel, m.start(), m.end())
    if m["part"]:
        code = PARTS_OF_DAY[m["part"].lower()]
        return Norm("TIME", f"{norm.value}T{code}", norm.interval)
    return norm


_NIGHT_NAMED = re.compile(
    r"\s+(?:(?:from|on|of|into|between|to)\s+)?(?:the\s+night\s+of\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:\s*/\s*\d{1,2})?\s+[A-Z][a-z]+|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)


def h_past_day(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.dct is None:
        return Norm("DATE", "PAST_REF")
    d = ctx.dct - timedelta(days=1)
    return Norm("DATE", d.isoformat(), (d, ctx.dct))


def h_dayword(m: re.Match[str], ctx: Context) -> Norm | None:
    word = (m["w"] or m["pre"] or "").lower()
    part = (m["part"] or m["part2"] or "").lower()
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    if word == "overnight":
        if _NIGHT_NAMED.match(ctx.text, m.end()):
            return None  # "overnight Sunday into Monday": the days that follow date it
        offset = -1
    if ctx.dct is None:
        base = {"yesterday": "PAST_REF", "tomorrow": "FUTURE_REF"}.get(word, "PRESENT_REF")
        if word in ("tonight", "overnight") or part:
            return Norm("TIME", base)
        return Norm("DATE", base)
    d = ctx.dct + timedelta(days=offset)
    if word in ("tonight", "overnight"):
        part = "night"
    if word == "last" and part != "night":
        return None  # "last morning" is not a time expression
    if word == "overnight":
        # The night before the report: the event falls on either day (a strike "overnight"
        # in a paper of the 12th is dated the 11th or the 12th by different sources).
        return Norm("TIME", f"{d.isoformat()}TNI", (d, ctx.dct))
    if part:
        return Norm("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", cal.day_interval(d))
    return day_norm(d)


REF_VALUES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "current": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "recent": "PAST_REF",
    "future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the time being": "PRESENT_REF",
}  # fmt: skip


def h_ref(m: re.Match[str], ctx: Context) -> Norm | None:
    word = " ".join(m.group(0).lower().split())
    if word == "soon" and ctx.text[m.end() : m.end() + 3].lower() == " as":
        return None
    value = REF_VALUES[word]
    if value == "PRESENT_REF" and ctx.dct is not None:
        return Norm("DATE", value, cal.day_interval(ctx.dct))
    return Norm("DATE", value)


_DET_BEFORE = re.compile(r"\b(?i:the|its|his|her|their|our|a|all)\s+$")


def h_ref_adj(m: re.Match[str], ctx: Context) -> Norm | None:
    word = m["w"].lower()
    if not _DET_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    nxt = ctx.text[m.end() : m.end() + 12].lower().split()
    if nxt and unit_key(nxt[0]) in UNITS:
        return None  # "recent years", "current quarter": the unit patterns own these
    return Norm("DATE", REF_VALUES[word])


_REL_SIGN = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "latest": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
    "this": 0, "current": 0, "same": 0, "": 0,
}  # fmt: skip


def h_rel_unit(m: re.Match[str], ctx: Context) -> Norm | None:
    rel_words = (m["rel"] or "").lower().split()
    if rel_words and rel_words[0] == "that":
        # "that year": anaphoric; the extent is certain, the value is not.
        return Norm("DATE", "PAST_REF")
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
            return season_norm(oy, code)
        if ctx.dct is None:
            return Norm("DATE", f"XXXX-{code}")
        _, cur_code = cal.season_of(ctx.dct)
        y = ctx.dct.year if code != "WI" or ctx.dct.month == 12 else ctx.dct.year - 1
        this_start = cal.season_interval(y, code)[0]
        sign = _REL_SIGN.get(rel, 0)
        if sign < 0:
            if cur_code == code or this_start > ctx.dct:
                y -= 1
        elif sign > 0 and this_start <= ctx.dct:
            y += 1
        return season_norm(y, code)
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
        return Norm("DURATION", "P1Y")  # "for the year": the span, not the calendar year
    if ctx.dct is None:
        sign = _REL_SIGN.get(rel, 0)
        return Norm("DATE", {-1: "PAST_REF", 0: "PRESENT_REF", 1: "FUTURE_REF"}[sign])
    sign = _REL_SIGN.get(rel, 0)
    if unit in ("quarter",) and sign <= 0 and rel in ("", "this", "current", "latest", "last"):
        y, q = reported_quarter(ctx.dct)
        if sign < 0 and rel == "last":
            y, mo = cal.add_months(y, 3 * (q - 1) + 1, -3)
            q = (mo - 1) // 3 + 1
        return quarter_norm(y, q)
    if unit == "year" and rel == "last" and about_quarter(ctx, m.start()):
        y, q = reported_quarter(ctx.dct)
        return quarter_norm(y - 1, q)
    if unit == "weekend" and sign == 0:
        # "this weekend"/"the weekend": the coming one late in the week or in future
        # clauses, otherwise the one just past.
        wd = ctx.dct.weekday()
        if wd < 4 and not ctx.direction(m.start(), m.end()):
            sign = -1
    norm = shift_unit(ctx.dct, unit, sign)
    if norm is not None and has_the and rel in ("following", "previous", "prior"):
        norm.shift = (sign, unit)  # "the following year": counted from the year named before
    return norm


def h_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    n = count_of(m["num"])
    unit = unit_key(m["unit"])
    direction = m["dir"].lower()
    sign = 1 if direction in ("later", "from now", "hence") else -1
    if ctx.dct is None or n is None or n != int(n):
        return Norm("DATE", "FUTURE_REF" if sign > 0 else "PAST_REF")
    if unit in ("decade", "century"):  # "a decade ago" names a year, not a decade
        n, unit = n * UNITS[unit][2], "year"
    if unit == "year" and n == 1 and sign < 0 and about_quarter(ctx, m.start()):
        y, q = reported_quarter(ctx.dct)
        return quarter_norm(y - 1, q)
    norm = shift_unit(ctx.dct, unit, sign * int(n))
    if norm is not None and direction in ("earlier", "later"):
        norm.shift = (sign * int(n), unit)
    return norm


def h_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    unit = unit_key(m["unit"])
    num_word = " ".join(m["num"].lower().split())
    n = count_of(num_word)
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
            return Norm("DATE", "FUTURE_REF")
    return Norm("DURATION", duration_value(n, unit))


_RATE_BEFORE = re.compile(r"(?:\d|[a-z]s)\s+$")
_BARE_PLURAL_BEFORE = re.compile(r"\b(?i:for|within|in|over|than|took|take|lasted|last)\s+$")


def h_vague_plural(m: re.Match[str], ctx: Context) -> Norm | None:
    adj = m["adj"].lower()
    unit = unit_key(m["unit"])
    if adj == "few" and not m["the"]:
        return None
    if adj == "recent":
        return Norm("DATE", "PAST_REF")
    if adj in ("coming", "next", "ensuing", "following") and not m["the"]:
        return Norm("DATE", "FUTURE_REF")
    return Norm("DURATION", duration_value(None, unit))


def h_bare_plural(m: re.Match[str], ctx: Context) -> Norm | None:
    if not _BARE_PLURAL_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return None
    return Norm("DURATION", duration_value(None, unit_key(m["unit"])))


def h_hyphen_duration(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["old"]:
        return None
    return Norm("DURATION", duration_value(count_of(m["num"]), unit_key(m["unit"])))


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


def h_year(m: re.Match[str], ctx: Context) -> Norm | None:
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
    return year_norm(y)


def h_decade(m: re.Match[str], ctx: Context) -> Norm | None:
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
    return Norm("DATE", f"{y // 10:03d}", interval)


_THE_DAY_BEFORE = re.compile(r"\b(?i:for|end|ended|ending)\s+$")


def h_next_day(m: re.Match[str], ctx: Context) -> Norm | None:
    """ "The next day", "the day before", "that night": a day counted from the last day
    named before (re-anchored after selection), the DCT until then."""
    if m["theday"] and not _THE_DAY_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "the day" counts only in "later in the day", "for the day", ...
    rel = (m["rel"] or "").lower()
    part = (m["part"] or m["part3"] or "day").lower()
    sign = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1,
            "prior": -1, "before": -1}.get(rel, 0)  # fmt: skip
    if ctx.dct is None:
        return Norm("DATE", "XXXX-XX-XX", None, day_level=True)
    d = ctx.dct + timedelta(days=sign)
    if part == "day":
        norm = day_norm(d)
    else:
        norm = Norm("TIME", f"{d.isoformat()}T{PARTS_OF_DAY[part]}", cal.day_interval(d))
    norm.shift = (sign, "day" if part == "day" else f"day:{PARTS_OF_DAY[part]}")
    return norm


def h_year_end(m: re.Match[str], ctx: Context) -> Norm | None:
    if ctx.dct is None:
        return Norm("DATE", "XXXX-12-31")
    y = ctx.dct.year
    if re.search(r"(?i:since)\s+$", ctx.text[max(0, m.start() - 7) : m.start()]):
        y -= 1
    if m.group(0).lower().startswith("around"):
        return Norm("DATE", f"{y:04d}-12", (date(y, 12, 1), date(y, 12, 31)))
    return Norm("DATE", f"{y:04d}-12-31", (date(y, 12, 1), date(y, 12, 31)))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                 "seventies": 7, "eighties": 8, "nineties": 9}  # fmt: skip


def h_decade_word(m: re.Match[str], ctx: Context) -> Norm | None:
    d = _DECADE_WORDS[m["dw"].lower()]
    y = 1900 + 10 * d
    return Norm("DATE", f"{y // 10:03d}", cal.decade_interval(y))


def h_century(m: re.Match[str], ctx: Context) -> Norm | None:
    words = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
    c = int(m["c"]) if m["c"] else words[m["cw"].lower()]
    if not 1 <= c <= 22:
        return None
    first = (c - 1) * 100
    return Norm("DATE", f"{c - 1:02d}", cal.century_interval(max(first, 1)))


def _year_from(m: re.Match[str], ctx: Context, *groups: str) -> int | None:
    for g in groups:
        if m[g]:
            word = m[g].lower()
            if word[0].isdigit():
                return int(word)
            if ctx.dct is None:
                return None
            return ctx.dct.year + {"last": -1, "this": 0, "next": 1}[word.split()[0]]
    return None


def h_quarter(m: re.Match[str], ctx: Context) -> Norm | None:
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
            return Norm("DATE", f"XXXX-H{half}")
        return Norm("DATE", f"{y:04d}-H{half}", cal.half_interval(y, half))
    if ordw == "last" and y is None:
        if ctx.dct is None:
            return Norm("DATE", "PAST_REF")
        return shift_unit(ctx.dct, "quarter", -1)
    q = 4 if ordw == "last" else ORDINALS.get(ordw)
    if q is None:
        return None
    if y is None:
        if ctx.dct is None:
            return Norm("DATE", f"XXXX-Q{q}")
        y = ctx.dct.year
        if cal.quarter_interval(y, q)[0] > ctx.dct and not ctx.direction(m.start(), m.end()):
            y -= 1  # "the fourth quarter" in January is the one just ended
    return quarter_norm(y, q)


def h_year_ago(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["py"]:
        if m["pnoun"].lower() != "season" and ctx.dct is not None:
            return quarter_norm(int(m["py"]), reported_quarter(ctx.dct)[1])
        return year_norm(int(m["py"]))
    if ctx.dct is None:
        return Norm("DATE", "PAST_REF")
    noun = (m["noun"] or "").lower()
    if noun.startswith(("quarter", "period")) or about_quarter(ctx, m.start()):
        y, q = reported_quarter(ctx.dct)
        return quarter_norm(y - 1, q)
    return year_norm(ctx.dct.year - 1)


def h_set(m: re.Match[str], ctx: Context) -> Norm | None:
    word = " ".join(m.group(0).lower().split())
    table = {
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
        "yearly": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P1Q",
    }  # fmt: skip
    if word in table:
        return Norm("SET", table[word])
    tail = word.split()[-1]
    if tail[:3] in MONTHS and len(tail) > 3 and tail not in ("decade", "quarter"):
        return Norm("SET", f"XXXX-{MONTHS[tail[:3]]:02d}")
    if tail.capitalize() in WEEKDAY_RE.split("|"):
        return Norm("SET", f"XXXX-WXX-{WEEKDAYS[tail] + 1}")
    key = unit_key(tail) if unit_key(tail) in UNITS else None
    if key is not None:
        return Norm("SET", duration_value(1, key))
    if tail in PARTS_OF_DAY:
        return Norm("SET", f"XXXX-XX-XXT{PARTS_OF_DAY[tail]}")
    return Norm("SET", "P1X")


def h_time(m: re.Match[str], ctx: Context) -> Norm | None:
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
    return Norm("TIME", f"{base}T{suffix}", cal.day_interval(ctx.dct) if ctx.dct else None)


def h_holiday(m: re.Match[str], ctx: Context) -> Norm | None:
    name = " ".join(m["hol"].lower().split())
    y = int(m["year"]) if m["year"] else None
    if name.startswith("thanksgiving"):
        if y is None:
            if ctx.dct is None:
                return Norm("DATE", "XXXX-11-XX")
            y = ctx.dct.year
        first = date(y, 11, 1)
        thursday = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
        return day_norm(thursday)
    month, dom = HOLIDAYS[name]
    if y is not None:
        return day_norm(date(y, month, dom))
    return place_month_day(ctx, month, dom, m.start(), m.end())


def h_iso(m: re.Match[str], ctx: Context) -> Norm | None:
    y = _full_year(int(m["y"]))
    d = cal.safe_date(y, int(m["m"]), int(m["d"]))
    return day_norm(d) if d else None


_SPOKEN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                "seventy": 70, "eighty": 80, "ninety": 90}  # fmt: skip


def h_spoken_year(m: re.Match[str], ctx: Context) -> Norm | None:
    words = re.split(r"[\s-]+", m.group(0).lower())
    if words[:2] == ["the", "year"]:
        words = words[2:]
    if words[:2] == ["two", "thousand"]:
        return year_norm(2000)
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
    return year_norm(century + total)


def h_season_year(m: re.Match[str], ctx: Context) -> Norm | None:
    return season_norm(int(m["year"]), SEASONS[m["season"].lower()])


def h_iso_any(m: re.Match[str], ctx: Context) -> Norm | None:
    if m["y"]:
        return h_iso(m, ctx)
    if m["y3"]:
        d = cal.safe_date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
        return day_norm(d) if d else None
    y = _full_year(int(m["y2"]))
    month, day = int(m["m2"]), int(m["d2"])
    if month > 12 >= day:
        month, day = day, month  # "17/02/2026": the first number is the day
    d = cal.safe_date(y, month, day)
    swapped = cal.safe_date(y, day, month) if month != day else None
    if d and swapped and _day_first(m, ctx, d, swapped):
        d = swapped
    return day_norm(d) if d else None


_WEEKDAY_BEFORE = re.compile(r"\b([A-Za-z]+day)\W{0,3}$")
_SLASHED = re.compile(r"(?<![\d/.-])([0-3]?\d)/([0-3]?\d)/((?:19|20)?\d\d)(?![\d/.-])")


def _full_year(y: int) -> int:
    """A two-digit year in full: "/25" is 2025, "/89" is 1989."""
    return y if y >= 100 else y + (1900 if y >= 50 else 2000)


def _named_weekday(text: str, start: int) -> int | None:
    named = _WEEKDAY_BEFORE.search(text, max(0, start - 14), start)
    return WEEKDAYS.get(named.group(1).lower()) if named else None


def _weekday_says(wd: int | None, month_first: date, day_first: date) -> bool | None:
    """True or False when exactly one reading falls on the weekday written before it."""
    if wd is None or (month_first.weekday() == wd) == (day_first.weekday() == wd):
        return None
    return day_first.weekday() == wd


@lru_cache(maxsize=64)
def _text_day_first(text: str) -> bool | None:
    """The convention a text's other slashed dates show: a first number over 12, or a
    weekday only the day-first reading fits, makes it day-first (and the reverse)."""
    votes = 0
    for m in _SLASHED.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(2)), _full_year(int(m.group(3)))
        if a > 12 >= b:
            votes += 1
        elif b > 12 >= a:
            votes -= 1
        elif a != b:
            mf, df = cal.safe_date(y, a, b), cal.safe_date(y, b, a)
            says = _weekday_says(_named_weekday(text, m.start()), mf, df) if mf and df else None
            votes += 0 if says is None else (1 if says else -1)
    return None if votes == 0 else votes > 0


def _day_first(m: re.Match[str], ctx: Context, month_first: date, day_first: date) -> bool:
    """Whether "2/7/2025" is read 2 July: the weekday written before it says so
    ("Wednesday (2/7/2025)"), or the text's other slashed dates do, or only that reading
    is not after the report."""
    says = _weekday_says(_named_weekday(ctx.text, m.start()), month_first, day_first)
    if says is not None:
        return says
    convention = _text_day_first(ctx.text)
    if convention is not None:
        return convention
    return ctx.dct is not None and month_first > ctx.dct >= day_first
