"""Word tables and regex building blocks for the time tagger.

Month and weekday names must be capitalised ("may", "march" and "august" are common
words); function words around them ("last", "since", "early") match in any case through
scoped ``(?i:...)`` groups. Everything here is data: no regex is compiled at import.
"""

from __future__ import annotations

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    "a hundred": 100, "dozen": 12, "a dozen": 12, "half a": 0.5, "half an": 0.5,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
VAGUE_NUMBERS = {"several", "a few", "few", "many", "some", "the", "these", "those"}

ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "final": 4,
}  # fmt: skip

# Unit word -> (TIMEX3 duration letter, is a time-of-day unit, multiplier)
UNITS = {
    "second": ("S", True, 1), "minute": ("M", True, 1), "hour": ("H", True, 1),
    "day": ("D", False, 1), "night": ("D", False, 1), "week": ("W", False, 1),
    "weekend": ("WE", False, 1), "month": ("M", False, 1), "quarter": ("Q", False, 1),
    "year": ("Y", False, 1), "decade": ("Y", False, 10), "century": ("Y", False, 100),
}  # fmt: skip

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# (month, day) of fixed-date holidays.
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
}  # fmt: skip

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "midday": "MI", "mid-afternoon": "AF", "midafternoon": "AF",
    "mid-morning": "MO", "midmorning": "MO",
}  # fmt: skip

# ----------------------------------------------------------------- regex fragments

_MON_ABBR = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?"
    r"|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?"
    r"|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
_MON_FULL = (
    r"January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\."
)
WEEKDAY_RE = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
UNIT_RE = (
    r"seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?"
    r"|decades?|centur(?:y|ies)"
)
_NUM_WORD = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety"
)
NUM_RE = (
    r"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?i:(?:" + _NUM_WORD + r")(?:[-\s](?:one|two|three|four|five"
    r"|six|seven|eight|nine)(?![\w-]))?|a\s+hundred|a\s+dozen|a\s+couple\s+of|a\s+couple"
    r"|couple\s+of|half\s+an?|several|a\s+few|few|many|an?))"
)
HYPHEN_NUM_RE = (
    r"(?:\d+|(?i:" + _NUM_WORD + r")(?:-(?i:one|two|three|four|five|six|seven|eight|nine))?)"
)


def mon(group: str, *, full: bool = False) -> str:
    """A month name (abbreviations allowed unless ``full``) in a named group."""
    body = _MON_FULL if full else _MON_ABBR
    return rf"(?P<{group}>{body})(?![A-Za-z])"


def day(group: str) -> str:
    return rf"(?P<{group}>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:,.]\d|\d)"


def year(group: str) -> str:
    return rf"(?P<{group}>(?:1[0-9]|20)\d\d)(?![\d])"


def weekday(group: str) -> str:
    return rf"(?P<{group}>{WEEKDAY_RE})"
