"""Time tagger: extents, TIMEX3 values, intervals, roles and year inference.

Sentences are written for these tests. The DCT is Friday 2023-11-17 unless a test says
otherwise, so every expected value below can be checked on a calendar.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wiretally.records import Timex
from wiretally.times import calendar as cal
from wiretally.times import tag_times

DCT = "2023-11-17"  # a Friday


def one(text: str, phrase: str, dct: str | None = DCT) -> Timex:
    """The timex whose text is ``phrase``; its offsets must point at that text."""
    found = [t for t in tag_times(text, dct=dct, article_id="a1") if t.text == phrase]
    assert found, f"{phrase!r} not tagged in {text!r}: {tag_times(text, dct=dct)}"
    t = found[0]
    assert text[t.start : t.end] == phrase
    assert t.start == text.index(phrase)
    assert t.article_id == "a1"
    return t


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value", "start", "end"),
    [
        ("Rockets hit the base on Oct. 17.", "Oct. 17", "DATE", "2023-10-17", "2023-10-17",
         "2023-10-17"),
        ("The convoy left on October 17, 2021, at dawn.", "October 17, 2021", "DATE",
         "2021-10-17", "2021-10-17", "2021-10-17"),
        ("A drone was downed Tuesday near the border.", "Tuesday", "DATE", "2023-11-14",
         "2023-11-14", "2023-11-14"),
        ("The opening salvo came last Thursday, officials said.", "last Thursday", "DATE",
         "2023-11-16", "2023-11-16", "2023-11-16"),
        ("Casualties rose sharply this month.", "this month", "DATE", "2023-11", "2023-11-01",
         "2023-11-30"),
        ("Talks collapsed last month.", "last month", "DATE", "2023-10", "2023-10-01",
         "2023-10-31"),
        ("The ceasefire held until early January 2020.", "early January 2020", "DATE",
         "2020-01", "2020-01-01", "2020-01-10"),
        ("The militia was founded a year ago.", "a year ago", "DATE", "2022", "2022-01-01",
         "2022-12-31"),
        ("Shelling resumed last week.", "last week", "DATE", "2023-W45", "2023-11-06",
         "2023-11-12"),
        ("The town was first captured in 2003.", "2003", "DATE", "2003", "2003-01-01",
         "2003-12-31"),
        ("The group grew out of the 1980s insurgency.", "the 1980s", "DATE", "198",
         "1980-01-01", "1989-12-31"),
        ("A second strike followed on Nov. 12.", "Nov. 12", "DATE", "2023-11-12", "2023-11-12",
         "2023-11-12"),
        ("Two bases were shelled on Sunday.", "Sunday", "DATE", "2023-11-12", "2023-11-12",
         "2023-11-12"),
        ("Patrols were attacked yesterday.", "yesterday", "DATE", "2023-11-16", "2023-11-16",
         "2023-11-16"),
        ("The border is closed today.", "today", "DATE", "2023-11-17", "2023-11-17",
         "2023-11-17"),
        ("The pass is now under army control.", "now", "DATE", "PRESENT_REF", "2023-11-17",
         "2023-11-17"),
        ("Gunfire was heard Friday night in the old city.", "Friday night", "TIME",
         "2023-11-17TNI", "2023-11-17", "2023-11-17"),
        ("Aid lorries were stopped the third quarter running.", "the third quarter", "DATE",
         "2023-Q3", "2023-07-01", "2023-09-30"),
    ],
)  # fmt: skip
def test_dates_resolve_against_the_dct(
    text: str, phrase: str, type_: str, value: str, start: str, end: str
) -> None:
    t = one(text, phrase)
    assert (t.type, t.value, t.date_start, t.date_end) == (type_, value, start, end)


@pytest.mark.parametrize(
    ("text", "phrase", "type_", "value"),
    [
        ("The siege lasted three days.", "three days", "DURATION", "P3D"),
        ("Convoys run daily between the two towns.", "daily", "SET", "P1D"),
        ("He served a 20-year sentence.", "20-year", "DURATION", "P20Y"),
        ("Fighting went on for about three hours.", "about three hours", "DURATION", "PT3H"),
        ("The talks took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("The markets open every Monday.", "every Monday", "SET", "XXXX-WXX-1"),
    ],
)
def test_durations_and_sets(text: str, phrase: str, type_: str, value: str) -> None:
    t = one(text, phrase)
    assert (t.type, t.value, t.date_start, t.precision) == (type_, value, None, None)


def test_between_days_is_one_range() -> None:
    text = "Between Oct. 17 and 21, the base came under fire five times."
    t = one(text, "Oct. 17 and 21")
    assert t.role == "range"
    assert (t.date_start, t.date_end, t.precision) == ("2023-10-17", "2023-10-21", 2)
    assert t.value == "2023-10-17/2023-10-21"
    assert len(tag_times(text, dct=DCT)) == 1


def test_range_across_months_and_dash_form() -> None:
    t = one("From Oct. 30 to Nov. 2 the road was shut.", "Oct. 30 to Nov. 2")
    assert (t.date_start, t.date_end, t.role) == ("2023-10-30", "2023-11-02", "range")
    t = one("Strikes on Oct. 17-21 hit three towns.", "Oct. 17-21")
    assert (t.date_start, t.date_end) == ("2023-10-17", "2023-10-21")


def test_ranges_can_be_split_the_timeml_way() -> None:
    text = "Between Oct. 17 and 21, the base came under fire."
    found = tag_times(text, dct=DCT, ranges=False)
    assert [(t.text, t.value) for t in found] == [("Oct. 17", "2023-10-17")]


def test_since_opens_a_window_and_by_closes_one() -> None:
    text = "Since Oct. 17 there have been 40 attacks; by Tuesday the count reached 46."
    since = one(text, "Oct. 17")
    by = one(text, "Tuesday")
    assert (since.role, since.value) == ("window_start", "2023-10-17")
    assert (by.role, by.value) == ("window_end", "2023-11-14")


def test_dispatch_style_weekdays_against_a_wednesday() -> None:
    text = "The salvo came last Thursday. By Tuesday, 13 attacks had been logged."
    dct = "2023-10-25"  # a Wednesday
    assert one(text, "last Thursday", dct).value == "2023-10-19"
    assert one(text, "Tuesday", dct).value == "2023-10-24"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fighting broke out in May.", "2023-05"),  # latest past May
        ("The town fell in December.", "2022-12"),  # December 2023 is still ahead
        ("Elections will be held in December.", "2023-12"),  # the future says otherwise
        ("The offensive began last February.", "2023-02"),
    ],
)
def test_bare_month_year_inference(text: str, value: str) -> None:
    found = [t for t in tag_times(text, dct=DCT) if t.type == "DATE"]
    assert [t.value for t in found] == [value]


def test_weekday_in_future_clause_looks_ahead() -> None:
    assert one("Envoys will meet Tuesday in Doha.", "Tuesday").value == "2023-11-21"


def test_month_day_without_year_takes_the_nearest_year() -> None:
    # Written in January: "Dec. 28" is the one a few days back, not eleven months ahead.
    assert one("The raid on Dec. 28 killed four.", "Dec. 28", "2024-01-03").value == "2023-12-28"


def test_no_dct_leaves_relative_values_open() -> None:
    text = "Rockets fell on Oct. 17 and again on Tuesday; the port is now shut."
    assert one(text, "Oct. 17", None).value == "XXXX-10-17"
    assert one(text, "Tuesday", None).value == "XXXX-WXX-2"
    assert one(text, "now", None).value == "PRESENT_REF"
    assert one(text, "Oct. 17", None).date_start is None


def test_anaphoric_later_counts_from_the_last_explicit_year() -> None:
    text = "The army withdrew in 2003. A decade later it returned."
    assert one(text, "A decade later").value == "2013"


def test_modifiers_inside_extent_prepositions_outside() -> None:
    t = one("Clashes erupted in mid-2019 near the dam.", "mid-2019")
    assert (t.date_start, t.date_end) == ("2019-05-01", "2019-08-31")
    t = one("Clashes erupted late last year.", "late last year")
    assert t.value == "2022" and t.date_start == "2022-09-01"


def test_precision_levels() -> None:
    text = "On Nov. 8 jets struck; last week more followed; in March a truce began."
    assert one(text, "Nov. 8").precision == 1
    assert one(text, "last week").precision == 2
    assert one(text, "March").precision == 3


def test_not_time_expressions() -> None:
    text = (
        "A 20-year-old man and 2000 people fled; the Russell 2000 fell 3.5%. "
        "Shares hit 1462.93 as 700 seats a week were sold. May I ask why?"
    )
    assert [t.text for t in tag_times(text, dct=DCT)] == []


def test_time_of_day_joins_its_day() -> None:
    t = one("The blast came at 10 p.m. Wednesday, police said.", "10 p.m. Wednesday")
    assert (t.type, t.value) == ("TIME", "2023-11-15T22:00")


def test_offsets_never_overlap_and_match_text() -> None:
    text = (
        "Since early October, and especially between Oct. 17 and 21, militias fired "
        "rockets daily; a year ago the same bases were quiet. By Nov. 12, 2023, officials "
        "counted 61 attacks over the past four weeks, three of them last Thursday night."
    )
    found = tag_times(text, dct=DCT)
    assert len(found) >= 7
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start
    for t in found:
        assert text[t.start : t.end] == t.text


def test_hostile_input_is_harmless() -> None:
    assert tag_times("", dct=DCT) == []
    found = tag_times("Oct. 99 and Feb. 30, 2023 and 31/31/2023", dct="not a date")
    assert [t.value for t in found] == ["2023"]  # no impossible day, the year stands
    junk = ("Oct. " * 2000) + ("1999-" * 2000) + "2023 years ago, 9999 years later. " * 50
    assert all(t.start < t.end for t in tag_times(junk, dct=DCT))
    assert tag_times("In 1995, and 1200 years later.", dct="0001-01-01")[0].value == "1995"


def test_calendar_parts_of_a_month() -> None:
    jan = cal.month_interval(2020, 1)
    assert [d.isoformat() for d in cal.part(jan, "START")] == ["2020-01-01", "2020-01-10"]
    assert [d.isoformat() for d in cal.part(jan, "END")] == ["2020-01-21", "2020-01-31"]
    assert cal.precision(cal.day_interval(jan[0])) == 1


def test_next_day_counts_from_the_day_named_before() -> None:
    text = "Militants struck on Tuesday. The next day, drones hit the base. That night, calm."
    assert one(text, "The next day").value == "2023-11-15"
    assert one(text, "That night").value == "2023-11-15TNI"


def test_a_day_later_counts_from_the_day_told_a_paragraph_before() -> None:
    text = (
        "On Tuesday, hundreds of residents marched peacefully to the state government "
        "headquarters to protest power cuts that have left parts of the city without "
        "electricity for up to 18 hours a day. The march ended without incident after an "
        "official received a memorandum from the organisers and promised a new timetable.\n"
        "A day later in the next town, police fired tear gas at students."
    )
    assert one(text, "A day later").value == "2023-11-15"


def test_next_to_a_bus_is_a_place_and_not_the_coming_week() -> None:
    text = "A bomb detonated on Wednesday afternoon next to a minibus at the border post."
    assert one(text, "Wednesday afternoon", dct="2025-11-20").value == "2025-11-19TAF"


def test_following_year_counts_from_the_year_named_before() -> None:
    text = "The plant opened in 1995 and was shelled the following year."
    assert one(text, "the following year").value == "1996"


def test_day_month_range() -> None:
    t = one("Attacks took place between 17 and 21 October at two bases.", "17 and 21 October")
    assert (t.role, t.date_start, t.date_end) == ("range", "2023-10-17", "2023-10-21")


def test_anniversary_reference_stays_in_the_past() -> None:
    # Written on 2024-09-25: the attack is the one of 2023, not the anniversary ahead.
    t = one("The war after the October 7 attack has weakened Hamas.", "October 7", "2024-09-25")
    assert t.value == "2023-10-07"
    # A date a little ahead with no past cue is the upcoming one.
    assert one("The dividend is payable Oct. 10.", "Oct. 10", "2024-09-25").value == "2024-10-10"


def test_bare_month_just_ahead_is_the_coming_one() -> None:
    # Written in mid-November with no past cue: "in December" is next month.
    assert one("Voting is in December.", "December").value == "2023-12"


def test_twenty_four_hour_clock_needs_a_zone() -> None:
    t = one("The jet took off at 18:00 UTC from the base.", "18:00 UTC")
    assert (t.type, t.value) == ("TIME", "2023-11-17T18:00Z")
    assert one("Sirens sounded at 0800 GMT.", "0800 GMT").value == "2023-11-17T08:00Z"
    assert tag_times("The score was 3:2 and the ratio 18:00.", dct=DCT) == []


_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
         "Nov.", "Dec."]  # fmt: skip
_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]  # fmt: skip


@given(
    d=st.dates(min_value=date(1950, 1, 1), max_value=date(2049, 12, 31)),
    style=st.sampled_from(["ap", "full", "dmy", "iso"]),
    dct=st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
)
@settings(max_examples=300, deadline=None)
def test_explicit_dates_round_trip(d: date, style: str, dct: date) -> None:
    """Any explicit calendar date, in any of the usual spellings, comes back exactly."""
    phrase = {
        "ap": f"{_ABBR[d.month - 1]} {d.day}, {d.year}",
        "full": f"{_FULL[d.month - 1]} {d.day}, {d.year}",
        "dmy": f"{d.day} {_FULL[d.month - 1]} {d.year}",
        "iso": d.isoformat(),
    }[style]
    text = f"Officials said the strike on {phrase} killed four people."
    found = tag_times(text, dct=dct.isoformat())
    assert [(t.text, t.value, t.date_start, t.precision) for t in found] == [
        (phrase, d.isoformat(), d.isoformat(), 1)
    ]


@given(
    d=st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
    wd=st.integers(min_value=0, max_value=6),
)
@settings(max_examples=200, deadline=None)
def test_weekday_is_within_the_last_week(d: date, wd: int) -> None:
    """A bare weekday in a past-tense report is the latest such day on or before the DCT."""
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd]
    t = one(f"Rockets were fired {name}, officials said.", name, d.isoformat())
    got = date.fromisoformat(t.value)
    assert got.weekday() == wd
    assert 0 <= (d - got).days <= 6


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("On 12.11.2025, troops", "2025-11-12"),
        ("On 13-10-2025, a team", "2025-10-13"),
        ("On 17/02/2026, troops", "2026-02-17"),
        ("On 02/03/2026, troops", "2026-02-03"),
    ],
)
def test_numeric_dates_with_dots_and_dashes_are_day_first(text: str, value: str) -> None:
    assert [t.value for t in tag_times(text, dct="2026-03-01")] == [value]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # the weekday written before a slashed date says which number is the day
        ("on Wednesday (2/7/2025), the team", "2025-07-20", "2025-07-02"),
        ("on Friday, 2/7/2025, the team", "2025-07-20", "2025-02-07"),
        # Tuesday fits both 1 July and 7 January 2025: the text's other date decides
        ("On Tuesday (1/7/2025) ... on Wednesday (2/7/2025)", "2025-07-03", "2025-07-01"),
        ("On 1/7/2025 ... and on 25/6/2025", "2025-07-03", "2025-07-01"),
        ("On 1/7/2025 ... and on 6/25/2025", "2025-07-03", "2025-01-07"),
        # nothing else: the month-first reading yields only when it is after the report
        ("On 1/7/2025 police said", "2025-07-03", "2025-01-07"),
        ("On 7/5/2025 police said", "2025-07-03", "2025-05-07"),
    ],
)
def test_slashed_dates_read_by_weekday_and_report_date(text: str, dct: str, value: str) -> None:
    tags = [t for t in tag_times(text, dct=dct) if "/" in t.text]
    assert tags[0].value == value


@pytest.mark.parametrize(
    "text", ["liberated it over the past day", "shelled it 14 times in the last 24 hours"]
)
def test_a_bulletins_past_day_is_the_day_before_and_the_day_of_the_report(text: str) -> None:
    (t,) = tag_times(text, dct="2026-02-19")
    assert (t.type, t.date_start, t.date_end) == ("DATE", "2026-02-18", "2026-02-19")


def test_a_quoted_future_before_a_closing_quote_does_not_date_the_next_sentence() -> None:
    for text in (
        'Police said. "We will not be silent again."\n\nLate Wednesday, protesters set fire.',
        'He said: "They will return." On Wednesday, protesters set fire to a post.',
    ):
        (t,) = tag_times(text, dct="2026-03-12")
        assert t.value == "2026-03-11", text
