"""The tagger's patterns and the trigger words that say where each is worth running.

Patterns are compiled on first use (importing stays cheap). Each pattern runs only in
windows around its own trigger words, which skips most prose: a scan of every pattern
over the whole text costs about four times as much.
"""

from __future__ import annotations

import re
from functools import cache

from wiretally.times.handlers import (
    Handler,
    h_ago,
    h_bare_month,
    h_bare_plural,
    h_century,
    h_day_range,
    h_dayword,
    h_decade,
    h_decade_word,
    h_duration,
    h_full_date,
    h_holiday,
    h_hyphen_duration,
    h_iso_any,
    h_month_year,
    h_next_day,
    h_past_day,
    h_quarter,
    h_ref,
    h_ref_adj,
    h_rel_unit,
    h_season_year,
    h_set,
    h_spoken_year,
    h_time,
    h_vague_plural,
    h_weekday,
    h_year,
    h_year_ago,
    h_year_end,
)
from wiretally.times.lexicon import (
    HYPHEN_NUM_RE,
    NUM_RE,
    UNIT_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    day,
    mon,
    weekday,
    year,
)

# --------------------------------------------------------------------------- patterns

_WD = WEEKDAY_RE
_PART = r"(?i:morning|afternoon|evening|night)"


def _patterns() -> list[tuple[str, str, Handler]]:
    y = year
    return [
        (
            "full_date",
            rf"(?:{weekday('wd')},?\s+)?{mon('mon')}\s*{day('day')}(?:,?\s*{y('year')})?",
            h_full_date,
        ),
        (
            "dmy",
            rf"(?:{weekday('wd')},?\s+)?(?<![\d.,])\b{day('day')}\s+(?:(?i:of)\s+)?"
            rf"{mon('mon')}(?:,?\s+{y('year')})?",
            h_full_date,
        ),
        (
            "day_range",
            rf"{mon('mon')}\s*{day('d1')}(?P<conn>\s*[-–]\s*|\s+(?i:and|to|through|until|till)\s+)"
            rf"(?:{mon('mon2')}\s*)?{day('d2')}(?!\s*(?:[ap]\.?m\b|%))(?:,?\s*{y('year')})?",
            h_day_range,
        ),
        (
            "dmy_range",
            # ("Overnight 09/10 Mar.": a night across two days)
            rf"(?<![\d.,/])\b{day('d1')}(?P<conn>\s*[-–/]\s*|\s+(?i:and|to|through|until|till)\s+)"
            rf"{day('d2')}\s+(?:(?i:of)\s+)?{mon('mon')}(?P<mon2>(?!))?(?:,?\s+{y('year')})?",
            h_day_range,
        ),
        ("month_year", rf"{mon('mon')},?\s+(?:(?i:of)\s+)?{y('year')}", h_month_year),
        (
            "bare_month",
            rf"(?:(?P<rel>(?i:last|next|this|coming))\s+)?{mon('mon', full=True)}"
            rf"(?!\s*\d)(?:\s+(?P<ry>(?i:last|this|next)\s+year))?",
            h_bare_month,
        ),
        (
            "weekday",
            rf"(?:(?P<rel>(?i:this\s+past|this\s+coming|the\s+previous|the\s+following"
            rf"|the\s+next|last|next|this|past|coming))\s+)?{weekday('wd')}(?P<plural>s)?"
            rf"(?:\s+(?P<part>{_PART})(?P<pplural>s)?)?\b",
            h_weekday,
        ),
        (
            # "as a result of decisive actions over the past day", "in the last 24 hours":
            # a daily bulletin's window, the day before the report and the report's day
            "past_day",
            r"\b(?i:over|in|during|within|for)\s+the\s+(?i:past|last|previous)\s+"
            r"(?i:day|24\s+hours|twenty-four\s+hours)\b",
            h_past_day,
        ),
        (
            "dayword",
            rf"\b(?:(?P<w>(?i:today|yesterday|tomorrow|tonight|overnight))"
            rf"(?:\s+(?P<part>{_PART}))?|(?P<pre>(?i:this|last))\s+(?P<part2>{_PART}))\b",
            h_dayword,
        ),
        (
            "ref",
            # ("told Anbar Now", an outlet's name: a capitalised "Now" after a word is no time)
            r"\b(?:now|NOW|(?<![A-Za-z] )Now|"
            r"(?i:currently|nowadays|these\s+days|at\s+present|presently|recently"
            r"|lately|the\s+past|formerly|the\s+future|the\s+near\s+(?:future|term)"
            r"|the\s+short\s+term|the\s+long\s+term|the\s+time\s+being))\b(?!-)",
            h_ref,
        ),
        (
            "ref_adj",
            r"\b(?P<w>(?i:current|future))"
            r"(?=\s+[a-z])(?!\s+(?:account|accounts|affairs|events|flows?|density)\b)",
            h_ref_adj,
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
            h_rel_unit,
        ),
        (
            "ago",
            rf"\b(?P<num>{NUM_RE})\s+(?:(?i:more|full|long)\s+)?(?P<unit>(?i:{UNIT_RE}))\s+"
            r"(?P<dir>(?i:ago|earlier|later|from\s+now|hence))\b",
            h_ago,
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
            h_duration,
        ),
        (
            "vague_plural",
            r"\b(?:(?P<the>(?i:the|these|those))\s+)?(?P<adj>(?i:recent|coming|past|last|next"
            r"|first|previous|ensuing|following|early|final|few))\s+"
            r"(?P<unit>(?i:hours|days|weeks|months|quarters|years|decades|centuries))\b",
            h_vague_plural,
        ),
        (
            "bare_plural",
            r"\b(?P<unit>(?i:hours|days|weeks|months|years|decades|centuries))\b(?![-'’]\w)",
            h_bare_plural,
        ),
        (
            "hyphen_duration",
            rf"\b(?P<num>{HYPHEN_NUM_RE})-(?P<unit>(?i:second|minute|hour|day|week|month|year"
            r"|decade|century))(?P<old>-(?i:old|olds))?\b(?!-)",
            h_hyphen_duration,
        ),
        (
            "year",
            r"(?<![\w$£€.,/:#])(?<!\d-)(?:(?i:fiscal|calendar)\s+)?"
            + year("year")
            + r"(?!s\b|-\d|\.\d|,\d|%|\w)",
            h_year,
        ),
        (
            "decade",
            r"(?:(?i:the)\s+)?(?:(?P<dm>(?i:early|mid-?|late))\s*)?"
            r"(?:(?P<dec>(?:1[0-9]|20)\d0)|['’](?P<short>\d0))s\b",
            h_decade,
        ),
        (
            "next_day",
            r"\b(?i:the\s+(?P<rel>next|following|previous|preceding|same|prior)\s+"
            r"(?P<part>day|morning|night|evening|afternoon)|(?P<theday>the\s+day)"
            r"|(?P<that>that)\s+(?:same\s+)?(?P<part3>day|night|morning"
            r"|evening|afternoon))\b(?!-)",
            h_next_day,
        ),
        (
            "year_end",
            r"\b(?i:(?:around\s+)?year[-\s]end|year['’]s\s+end)\b(?!-)",
            h_year_end,
        ),
        (
            "decade_word",
            r"\b(?i:the)\s+(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies"
            r"|eighties|nineties))\b",
            h_decade_word,
        ),
        (
            "century",
            r"(?:(?i:the)\s+)?(?:(?P<c>\d{1,2})(?:st|nd|rd|th)|(?P<cw>(?i:eighteenth"
            r"|nineteenth|twentieth|twenty-first)))\s+(?i:century)\b",
            h_century,
        ),
        (
            "quarter",
            r"(?:(?i:the)\s+(?!\w+-(?i:quarter|half)))?"
            r"(?:(?P<ypre>(?:1[0-9]|20)\d\d|(?i:this|last|next)\s+year['’]s)"
            r"\s+)?(?:(?i:fiscal|calendar)\s+)?(?P<ord>(?i:first|second|third|fourth|final"
            r"|1st|2nd|3rd|4th|last))(?:-|\s+)(?:(?i:fiscal)\s+)?(?P<unit>(?i:quarter|half))"
            r"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:" + year("y1") + r"|(?P<y2>(?i:this|last"
            r"|next)\s+year)))?\b(?![-'’]\w)",
            h_quarter,
        ),
        (
            "year_ago",
            r"(?:(?i:the)\s+year-(?i:earlier|ago)\s+(?P<noun>(?i:quarter|period|month|week"
            r"|year|level))s?|(?i:year-(?:earlier|ago))|(?i:the)\s+(?P<py>(?:1[0-9]|20)\d\d)"
            r"\s+(?P<pnoun>(?i:period|season|quarter)))\b",
            h_year_ago,
        ),
        (
            "set",
            rf"\b(?i:daily|weekly|monthly|yearly|hourly|nightly"
            rf"|(?:every|each)\s+(?:other\s+|single\s+)?(?:day|week|month|year|morning|night"
            rf"|evening|afternoon|weekend|hour|minute|quarter|decade|{_WD.lower()}|january"
            rf"|february|march|april|may|june|july|august|september|october|november|december)"
            rf"|(?:once|twice|three\s+times|\d+\s+times|several\s+times)\s+(?:a|per|each"
            rf"|every)\s+(?:day|week|month|year|decade))\b",
            h_set,
        ),
        (
            "time",
            r"(?:(?P<h>\d{1,2})(?::(?P<mi>[0-5]\d))?\s*(?P<ap>(?i:a\.m\.|p\.m\.|a\.m|p\.m"
            r"|am|pm))(?![A-Za-z])|\b(?P<named>(?i:noon|midnight|midday|mid[-\s]?afternoon"
            r"|mid[-\s]?morning))\b|(?<![\d:.,])(?P<h24>[01]?\d|2[0-3]):?(?P<m24>[0-5]\d)"
            r"(?![\d:.,]\d|\d)(?=\s*(?:GMT|UTC|Z\b|(?i:local\s+time|hours?\b|hrs\b))))"
            r"(?:\s+(?P<tz>EST|EDT|CST|CDT|PST|PDT|GMT|UTC|BST|CET|(?i:local\s+time))\b)?",
            h_time,
        ),
        (
            "holiday",
            r"\b(?P<hol>Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s(?:\s+Day|\s+Eve)?"
            r"|Thanksgiving(?:\s+Day)?|Independence\s+Day|Halloween|Valentine['’]s\s+Day)"
            r"(?:,?\s+" + year("year") + ")?",
            h_holiday,
        ),
        (
            "iso",
            r"(?<![\d/.-])(?:(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
            r"|(?P<m2>[01]?\d)/(?P<d2>[0-3]?\d)/(?P<y2>(?:19|20)?\d\d)"
            # "13-10-2025", "12.11.2025": written day first
            r"|(?P<d3>[0-3]?\d)(?P<sep>[.-])(?P<m3>[01]?\d)(?P=sep)(?P<y3>(?:19|20)\d\d))"
            r"(?![\d/.-]|\.\d)",
            h_iso_any,
        ),
        (
            "spoken_year",
            r"\b(?i:(?:the\s+year\s+)?(?:nineteen|twenty)[\s-](?:hundred|oh[\s-](?:one|two"
            r"|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen"
            r"|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty"
            r"|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight"
            r"|nine))?)|the\s+year\s+two\s+thousand)\b",
            h_spoken_year,
        ),
        (
            "season_year",
            r"\b(?P<season>(?i:spring|summer|fall|autumn|winter))\s+" + year("year"),
            h_season_year,
        ),
    ]


@cache
def compiled() -> list[tuple[str, re.Pattern[str], Handler]]:
    """Compiled once, on first use, so importing the package stays cheap."""
    return [(name, re.compile(p), h) for name, p, h in _patterns()]


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
    add("day hours", ("past_day",))
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


def windows(text: str) -> dict[str, list[tuple[int, int]]]:
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
