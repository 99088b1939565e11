"""Calendar arithmetic for time normalisation: intervals, ISO weeks, quarters, seasons.

Every resolved expression becomes a TIMEX3 value plus the inclusive interval of days it
covers, because the event stage compares intervals (is this mention's date inside that
event's window?) while exports keep the TIMEX3 string. Kept apart from the tagger so the
arithmetic can be tested without any regex.
"""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

Interval = tuple[date, date]

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def month_end(year: int, month: int) -> date:
    return date(year, month, _cal.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def day_interval(d: date) -> Interval:
    return d, d


def month_interval(year: int, month: int) -> Interval:
    return date(year, month, 1), month_end(year, month)


def year_interval(year: int) -> Interval:
    return date(year, 1, 1), date(year, 12, 31)


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def week_interval(d: date) -> Interval:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def weekend_interval(d: date) -> Interval:
    saturday = d - timedelta(days=d.weekday()) + timedelta(days=5)
    return saturday, saturday + timedelta(days=1)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def quarter_interval(year: int, quarter: int) -> Interval:
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), month_end(year, first + 2)


def half_interval(year: int, half: int) -> Interval:
    return (
        (date(year, 1, 1), date(year, 6, 30))
        if half == 1
        else (
            date(year, 7, 1),
            date(year, 12, 31),
        )
    )


def season_of(d: date) -> tuple[int, str]:
    """The (year, season code) a day falls in; December belongs to the next year's winter
    start but is labelled with its own year, as TimeBank does ("winter 1998" = Dec 1998-)."""
    m = d.month
    if m in (3, 4, 5):
        return d.year, "SP"
    if m in (6, 7, 8):
        return d.year, "SU"
    if m in (9, 10, 11):
        return d.year, "FA"
    return (d.year if m == 12 else d.year - 1), "WI"


def season_interval(year: int, code: str) -> Interval:
    first, last = SEASON_MONTHS[code]
    if code == "WI":
        return date(year, 12, 1), month_end(year + 1, 2)
    return date(year, first, 1), month_end(year, last)


def decade_interval(decade: int) -> Interval:
    """``decade`` is the first year (1980 for the 1980s)."""
    return date(decade, 1, 1), date(decade + 9, 12, 31)


def century_interval(first_year: int) -> Interval:
    return date(first_year, 1, 1), date(first_year + 99, 12, 31)


def part(interval: Interval, which: str) -> Interval:
    """The early/mid/late third or first/second half of an interval ("early January 2020"
    is 1-10 January: the three thirds of a month are 10, 10 and the rest days)."""
    start, end = interval
    days = (end - start).days + 1
    if days <= 1:
        return interval
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        # A year's thirds follow months: early = Jan-Apr, mid = May-Aug, late = Sep-Dec.
        y = start.year
        thirds = {"START": (1, 4), "MID": (5, 8), "END": (9, 12)}
        if which in thirds:
            a, b = thirds[which]
            return date(y, a, 1), month_end(y, b)
    third = max(1, round(days / 3))
    if days >= 28 and days <= 31:
        third = 10
    if which == "START":
        return start, start + timedelta(days=third - 1)
    if which == "MID":
        return start + timedelta(days=third), min(end, start + timedelta(days=2 * third - 1))
    if which == "END":
        return start + timedelta(days=2 * third), end
    if which == "FIRST_HALF":
        return start, start + timedelta(days=days // 2 - 1)
    if which == "SECOND_HALF":
        return start + timedelta(days=days // 2), end
    return interval


def precision(interval: Interval | None, *, stated_range: bool = False) -> int | None:
    """1 a day, 2 a week or shorter span (or a range the text states), 3 anything vaguer."""
    if interval is None:
        return None
    days = (interval[1] - interval[0]).days + 1
    if days <= 1:
        return 1
    if stated_range or days <= 11:
        return 2
    return 3


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the day does not exist (31 June, 29 Feb in a common year)."""
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= year <= 9999):
        return None
    if day > _cal.monthrange(year, month)[1]:
        return None
    return date(year, month, day)
