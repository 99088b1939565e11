"""Metadata read from the text itself when no container field gives it.

Title (a leading headline line), a leading ``date YYYY-MM-DD`` stamp, the wire dateline
("WASHINGTON (AP) —": place and outlet), a byline, a correction note's date, dates in
photo captions, and the language. Each finder returns what it found and, where the text
should lose it, the span to remove.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from wiretally.records import Removed
from wiretally.times.lexicon import WEEKDAYS

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}  # fmt: skip
_MONTH_RE = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # fmt: skip
FULL_DATE = re.compile(rf"\b{_MONTH_RE}\s+(\d{{1,2}}),?\s+(\d{{4}})\b")
FULL_DATE_DMY = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RE},?\s+(\d{{4}})\b"
)

OUTLETS = {
    "AP": "Associated Press",
    "Reuters": "Reuters",
    "AFP": "Agence France-Presse",
    "UPI": "United Press International",
    "dpa": "Deutsche Presse-Agentur",
}

_LEADING_DATE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
_PUBLISHED_LINE = re.compile(
    # "PSNI statement - Published: 2026-06-10": a short header may open the stamp's line;
    # "Issue 2026/099 | Published: 2026-04-10 | Coverage: ...": fields part it.
    r"[ \t]*(?:[^\n]{1,60}?\s[-|\u2013\u2014\u00b7]\s+)?"
    r"(?:dated|date of issue|date of publication|date|published|posted|publication date|"
    r"first published|updated|last updated|issued)"
    r"(?:\s+on)?\s*:?(?:\*\*|__)?\s*(?:[A-Z][a-z]+day,?\s+)?(?P<d>[^\n|]{6,60}?)[ \t]*(?:\||\n|$)",
    re.I,
)
_PUBLISHED_BARE = re.compile(
    r"[ \t]*(?:\*\*|__)?(?:dated|date of issue|date of publication|date|published|posted|"
    r"publication date|first published|issued)"
    r"(?:\s+on)?\s*:?(?:\*\*|__)?\s*(?:[A-Z][a-z]+day,?\s+)?(?P<d>[^\n|]{6,60}?)[ \t]*(?:\||\n|$)",
    re.I,
)
# A brief's heading field that is its date: "DAILY BRIEF No. 412 | Thursday, 5 February 2026",
# "Thursday, 21 May 2026 | Coverage: 17-20 May 2026", "DAILY SECURITY BRIEF - Friday, 13 March
# 2026".
_DATE_FIELD = re.compile(
    r"(?:^|\||(?<![\d.])[ \t][-\u2013\u2014])[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?"
    rf"(?P<d>\d{{1,2}}[ \t]+{_MONTH_RE}[ \t]+\d{{4}}|"
    rf"{_MONTH_RE}[ \t]+\d{{1,2}},[ \t]+\d{{4}})[ \t]*(?=\||\n|$)",
    re.M,
)
# A situation report's header: "Reporting period: 3 - 8 January 2026", "Period covered: 29
# November - 2 December 2025". It dates what the report tells without a day of its own.
PERIOD_LINE = re.compile(
    r"^[ \t]*(?:reporting period|period covered|period under review|coverage period|"
    # ("Covering the period 6 - 11 March 2026": no colon before the days)
    r"covering(?: the period)?)(?:\s*[:\-\u2013]\s*|\s+(?=(?:from\s+)?\d))[^\n]+$",
    re.I | re.M,
)
# Capitals and letters of the Latin alphabets a dateline is written in ("POPAYÁN", "NOUMÉA").
_UP = "A-ZÀ-ÖØ-Þ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
_PLACE_DATE_LINE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z.'\-]+(?:[ \t][A-Z][A-Za-z.'\-]+){0,2},[ \t]+(?:[A-Z][a-z]+day,?[ \t]+)?"
    rf"(?P<d>\d{{1,2}}[ \t]+{_MONTH_RE}[ \t]+\d{{4}}|{_MONTH_RE}[ \t]+\d{{1,2}},[ \t]+\d{{4}})"
    r"[ \t]*$",
    re.M,
)
_BARE_DATE_LINE = re.compile(
    r"^[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?(?P<d>\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2})"
    r"[ \t]*$",
    re.M,
)
_FOREIGN_MONTHS = {
    # Spanish, Portuguese, French (accents and their plain spellings)
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5,
    "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Filipino (Tagalog, Hiligaynon, Cebuano) and Indonesian or Malay
    "pebrero": 2, "marso": 3, "hunyo": 6, "hulyo": 7, "septiyembre": 9, "setyembre": 9,
    "oktubre": 10, "nobyembre": 11, "disyembre": 12, "januari": 1, "februari": 2,
    "maret": 3, "mei": 5, "juni": 6, "juli": 7, "agustus": 8, "oktober": 10,
    "desember": 12, "disember": 12,
}  # fmt: skip
# "15 septembre 2026", "12 de marzo de 2026", "3 de abril de 2026", and the month first
# as a Filipino paper writes it: "Septiyembre 27, 2025".
_FOREIGN_MONTH = r"|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
_FOREIGN_DAY = (
    r"\b(?:(?P<d>\d{1,2})(?:er|º|°)?\s+(?:de\s+)?(?P<m>" + _FOREIGN_MONTH + r")"
    r"\s+(?:de\s+)?(?P<y>(?:19|20)\d\d)"
    r"|(?P<m2>" + _FOREIGN_MONTH + r")\s+(?P<d2>\d{1,2}),\s*(?P<y2>(?:19|20)\d\d))"
)


def _foreign_day(m: re.Match[str]) -> date | None:
    """The day a match of ``_FOREIGN_DAY`` names, in either order."""
    if m.group("m"):
        return _mk(int(m.group("y")), _FOREIGN_MONTHS[m.group("m").lower()], int(m.group("d")))
    return _mk(int(m.group("y2")), _FOREIGN_MONTHS[m.group("m2").lower()], int(m.group("d2")))


# ("Esmeraldas, miércoles 4 de marzo de 2026 · Año XXXI · N.º 10.412": the issue's number
# may follow, or a price set apart by spaces: "Kalemie, mardi 17 mars 2026     Prix: 1 000 FC")
_FOREIGN_DATE_LINE = re.compile(
    r"^[^\n]{0,50}?" + _FOREIGN_DAY + r"(?:(?:[ \t]*[·|•–—]|[ \t]{2,})[^\n]{0,60})?[ \t]*$",
    re.I | re.M,
)
# A masthead's issue line: "N° 417 – Mardi 15 septembre 2026 – Prix : 300 FCFA", "Vol. 12
# No. 88 | Tuesday, 15 September 2026 | Price Rs 10", "Année 19 — No. 842 — Vendredi 8 août
# 2025 — 50 gourdes".
_ISSUE_LINE = re.compile(
    r"^[ \t]*(?:(?:Vol(?:ume)?\.?|Ann[ée]e|Año|Ano|Anno|Year)[ \t]*[\dIVXLC]+\W{1,4})?"
    r"(?:N[°ºo]\.?|No\.|Nr\.|Issue|Edition)"
    r"[ \t]*\d+[ \t]*[-–—|•·,](?P<rest>[^\n]{0,120})$",
    re.I | re.M,
)
_FOREIGN_DATE = re.compile(_FOREIGN_DAY + r"\b", re.I)
_BRACKET_NOTE = re.compile(r"\s*\[([^\]\n]{10,300})\]")
_DATE_TOKEN = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}\b|"
    rf"\b{_MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}|\b\d{{1,2}}\s+{_MONTH_RE}\s+\d{{4}}"
)
_DATELINE = re.compile(
    rf"^\s*([{_UP}][{_UP}.'\- ]{{1,40}}(?:,\s+[{_UP}][{_LETTER}.]+)?)"
    r"\s*\(([A-Z][A-Za-z.&' ]{1,40}?)\)\s*[—–-]+\s*"
)
_BYLINE = re.compile(r"^\s*By\s+([A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|and|de|al-\w+)){0,5})\s*$")
_CORRECTION = re.compile(rf"\b(?:Correction|Update|Updated|Clarification),?\s+{_MONTH_RE}\s+"
                         r"(\d{1,2}),\s+(\d{4})")  # fmt: skip
_YEAR_ON = re.compile(
    r"\b(?:a|one) year (?:on|into|after|since)\b|\b(?:first|1st) anniversary\b", re.I
)


def _mk(year: int, month: int, day: int) -> date | None:
    if 2500 <= year < 2600:
        year -= 543  # Thailand's Buddhist era: "Date: 15 September 2569" is 2026
    try:
        return date(year, month, day)
    except ValueError:
        return None


def full_dates(text: str) -> list[date]:
    """Every fully specified calendar date in ``text`` (``Nov. 8, 2023``, ``8 August 2024``)."""
    out = []
    for m in FULL_DATE.finditer(text):
        d = _mk(int(m.group(3)), MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)))
        if d:
            out.append(d)
    for m in FULL_DATE_DMY.finditer(text):
        d = _mk(int(m.group(3)), MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)))
        if d:
            out.append(d)
    return out


def _one_date(text: str) -> date | None:
    """The date a short field holds: ``2026-02-13``, ``Feb. 13, 2026``, ``13 February 2026``,
    or a numeric ``17/02/2026`` whose order its numbers settle (one above 12); an ambiguous
    ``02/03/2026`` is no date."""
    iso = re.match(r"(\d{4})-(\d{2})-(\d{2})\b", text)
    if iso:
        return _mk(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    num = re.match(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b", text)
    if num:
        a, b, year = int(num.group(1)), int(num.group(3)), int(num.group(4))
        if a > 12 >= b:
            return _mk(year, b, a)  # day first
        if b > 12 >= a:
            return _mk(year, a, b)  # month first
        # "08-10-2026 (Thursday)": the weekday a stamp names settles the order.
        named = re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
                          text[num.end() : num.end() + 16], re.I)  # fmt: skip
        if named is not None:
            weekday = WEEKDAYS[named.group(1).lower()]
            fits = [d for d in (_mk(year, b, a), _mk(year, a, b))
                    if d is not None and d.weekday() == weekday]  # fmt: skip
            if len(fits) == 1:
                return fits[0]
        if num.group(2) == ".":
            return _mk(year, b, a)  # "12.11.2025": dots are written day first
        return None
    if FULL_DATE.match(text) or FULL_DATE_DMY.match(text):
        found = full_dates(text[:30])
        return found[0] if found else None
    return None


def leading_date(text: str) -> tuple[str | None, Removed | None]:
    """A date stamp opening the text: ``date 2023-10-27`` before the body, or a first line
    such as ``Published: 2026-02-13`` or ``Posted on 13 February 2026, 09:14``."""
    m = _LEADING_DATE.match(text)
    if m and _mk(*map(int, m.group(1).split("-"))) is not None:
        return m.group(1), Removed(m.start(), m.end(), m.group(0), "date-stamp")
    # A stamp line among the first lines ("National News Agency - Lebanon\nUnofficial
    # translation\nDate: 17/02/2026").
    for line in re.finditer(r"^", text[:400], re.M):
        # "Published: 2026-05-21 | Last updated 16:05 GMT": without the header first, the
        # stamp's first date.
        for pattern in (_PUBLISHED_BARE, _PUBLISHED_LINE):
            m = pattern.match(text, line.start())
            d = _one_date(m.group("d")) if m else None
            if m and d is not None:
                if re.search(r"\bissued?\b|\*\*|__", m.group(0), re.I):
                    # "Issued: 22 November 2025" (or a bold "**Published:** 6 February 2026")
                    # under a report's title: the title stays.
                    return d.isoformat(), None
                # The lines above the stamp (an agency's header) go with it.
                return d.isoformat(), Removed(0, m.end(), text[: m.end()], "date-stamp")
    # A heading field that is the brief's date (the heading stays in the text).
    for field in _DATE_FIELD.finditer(text[:300]):
        heading = text[text.rfind("\n", 0, field.start()) + 1 : text.find("\n", field.end())]
        d = _one_date(field.group("d"))
        if d is not None and re.search(r"\||\s[-\u2013\u2014]\s", heading):
            return d.isoformat(), None
    # A statement's place-and-date line among its first lines: "Ranchi, 20 September 2025".
    for line in _PLACE_DATE_LINE.finditer(text[:400]):
        d = _one_date(line.group("d"))
        if d is not None:
            return d.isoformat(), None
    # A masthead's date on a line of its own: "20.11.2025", "2025-11-20".
    for line in _BARE_DATE_LINE.finditer(text[:300]):
        d = _one_date(line.group("d"))
        if d is not None:
            return d.isoformat(), None
    # A translated paper's masthead line in its own language: "Pichari, Cusco - jueves 12 de
    # marzo de 2026", "Niamey, le 15 septembre 2026", "sexta-feira, 3 de abril de 2026".
    for line in _FOREIGN_DATE_LINE.finditer(text[:400]):
        d = _foreign_day(line)
        if d is not None:
            return d.isoformat(), None
    # A masthead's issue line with the day between its number and its price.
    for line in _ISSUE_LINE.finditer(text[:500]):
        rest = line.group("rest")
        days = {d for m in _DATE_TOKEN.finditer(rest) if (d := _one_date(m.group()))}
        days |= {d for m in _FOREIGN_DATE.finditer(rest) if (d := _foreign_day(m))}
        if len(days) == 1:
            return days.pop().isoformat(), None
    # A bracketed note opening a translation: "[Unofficial translation from Turkish. Source:
    # state news agency bulletin, 22.07.2026, 14:10]". It stays in the text.
    note = _BRACKET_NOTE.match(text)
    if note is not None:
        days = {d for m in _DATE_TOKEN.finditer(note.group(1)) if (d := _one_date(m.group()))}
        if len(days) == 1:
            return days.pop().isoformat(), None
    # A report's heading that carries its date: "... GENERAL STAFF ... AS OF 08:00,
    # 12.11.2025". The heading stays in the text; only the date is read.
    first = text.lstrip()[:300].split("\n", 1)[0]
    as_of = _AS_OF.search(first)
    if as_of is not None and (d := _one_date(as_of.group("d"))) is not None:
        return d.isoformat(), None
    return None, None


_AS_OF = re.compile(
    r"\bas\s+of\s+(?:\d{1,2}[:.]\d{2}\s*(?:hrs?|h|GMT|UTC)?,?\s+(?:on\s+)?)?(?P<d>\d{1,2}[./]"
    r"\d{1,2}[./]\d{4}|\d{4}-\d{2}-\d{2}|"
    + _MONTH_RE
    + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+"
    + _MONTH_RE
    + r"\s+\d{4})",
    re.I,
)


def leading_title(text: str) -> tuple[str | None, Removed | None]:
    """A short first line with no closing punctuation, followed by a blank line and prose."""
    m = re.match(r"\s*([^\n]{8,220})\n\s*\n(?=\S)", text)
    if not m:
        return None, None
    line = m.group(1).strip()
    if line.endswith((".", ":", ";", ",")) or len(line.split()) < 3 or _DATELINE.match(line):
        return None, None
    rest = text[m.end() : m.end() + 400]
    if len(rest.split("\n", 1)[0]) < 60:
        return None, None  # a heading followed by another short line is not a headline
    return line, Removed(m.start(1), m.start(1) + len(m.group(1)), m.group(1), "title")


def dateline(text: str) -> tuple[str | None, str | None]:
    """``(place, outlet)`` from a wire dateline at the start of the text."""
    m = _DATELINE.match(text)
    if not m:
        return None, None
    return m.group(1).strip().title(), OUTLETS.get(m.group(2), m.group(2))


def byline(text: str) -> tuple[str | None, Removed | None]:
    for m in re.finditer(r"[^\n]+", text[:400]):
        b = _BYLINE.match(m.group(0))
        if b:
            return b.group(1), Removed(m.start(), m.end(), m.group(0), "byline")
    return None, None


_DATELINE_DATE = re.compile(
    rf"^\s*[{_UP}][{_UP}.'\- ]{{1,40}}(?:,\s+[{_UP}][{_LETTER}. \-]{{1,30}}?)?,\s+"
    rf"(?P<d>{_MONTH_RE}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_RE}\s+\d{{4}})"
    r"\s*(?:\([A-Za-z.&' ]{1,40}\))?\s*[—–-]"
)
# "Tulkarm, 11-9-2025 (WAFA) -": an agency's dateline with a numeric date, day first.
_AGENCY_DATELINE = re.compile(
    r"^[ \t]*[A-Z][\w'.\- ]{1,40},\s+(?P<d>\d{1,2}[-./]\d{1,2}[-./]\d{4})\s*"
    r"\([A-Za-z.&' ]{1,40}\)\s*[—–-]",
    re.M,
)


def dateline_date(text: str) -> str | None:
    """The date a wire dateline carries: "RAIPUR, India, January 22, 2026 (AFP) -", or an
    agency's numeric one among the first lines ("Tulkarm, 11-9-2025 (WAFA) -")."""
    m = _DATELINE_DATE.match(text)
    if m:
        found = full_dates(m.group("d"))
        return found[0].isoformat() if found else None
    n = _AGENCY_DATELINE.search(text[:800])
    if n:
        d = _one_date(n.group("d").replace("-", "."))  # day first, as dotted dates are
        return d.isoformat() if d else None
    return None


# A dateline's date need not carry the year ("SEMPORNA, 22 May --") to be the report's.
_DATELINE_DAY = re.compile(
    rf"^\s*[{_UP}][{_UP}.'\- ]{{1,40}}(?:,\s+[{_UP}][{_LETTER}. \-]{{1,30}}?)?,\s+"
    rf"(?:{_MONTH_RE}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH_RE}(?:\s+\d{{4}})?)"
    r"\s*(?:\([A-Za-z.&' ]{1,40}\))?\s*[—–-]",
    re.M,  # a dateline opens its line, after a headline too
)


# "Kinkala, 2 October 2026 (ACI) -": an agency's dateline with the town in title case (the
# agency in brackets vouches for it).
_AGENCY_DATELINE_DAY = re.compile(
    rf"^\s*[A-Z][\w'.\- ]{{1,40}},\s+"
    rf"(?:{_MONTH_RE}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH_RE}(?:\s+\d{{4}})?)"
    r"\s*\([A-Za-z.&' ]{1,40}\)\s*[—–-]",
    re.M,
)


# "Khagrachhari, 10 December - Fear has gripped the hill district": a local paper's
# dateline, the town in title case, no agency, the report opening on a capital.
_LOCAL_DATELINE_DAY = re.compile(
    rf"^[ \t]*[A-Z][\w'.\-]+(?:\s[A-Z][\w'.\-]+){{0,2}},\s+"
    rf"(?:{_MONTH_RE}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH_RE}(?:\s+\d{{4}})?)"
    r"\s*[—–-]\s+(?=[A-Z\"“])",
    re.M,
)


# "Imphal, May 20: A heavy exchange of fire took place ...": an Indian paper's dateline,
# read only where a report opens (a digest's "Moreh, 19 May: ..." item keeps its day).
_COLON_DATELINE_DAY = re.compile(
    r"^[ \t]*(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Updated?)\b)"
    rf"[A-Z][\w'.\-]+(?:\s[A-Z][\w'.\-]+){{0,2}},\s+"
    rf"(?:{_MONTH_RE}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH_RE}(?:\s+\d{{4}})?)"
    r":\s+(?=[A-Z\"“])",
    re.M,
)
_LEAD_WITHIN = 800


def dateline_span(text: str, start: int = 0, *, colon: bool = True) -> tuple[int, int] | None:
    """Where a dated wire dateline sits at ``start``: its date is the report's, not an
    event's. (``colon``: "Imphal, May 20:" too, the day a story was filed; its paper's
    masthead may carry the next day's date.)"""
    m = (
        _DATELINE_DAY.match(text, start)
        or _AGENCY_DATELINE_DAY.match(text, start)
        or _LOCAL_DATELINE_DAY.match(text, start)
        or (_COLON_DATELINE_DAY.match(text, start) if colon and start < _LEAD_WITHIN else None)
    )
    return (m.start(), m.end()) if m else None


def correction_date(text: str) -> str | None:
    m = _CORRECTION.search(text)
    if not m:
        return None
    d = _mk(int(m.group(3)), MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)))
    return d.isoformat() if d else None


_MONTH_DAY = re.compile(rf"{_MONTH_RE}\.?\s+(\d{{1,2}})\b|\b(\d{{1,2}})\s+{_MONTH_RE}")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


def yearless_dateline(text: str) -> tuple[int, int] | None:
    """The month and day of a dateline that gives no year ("BAGHDAD, Oct 14 (Wire) -")."""
    for start in (m.start() for m in re.finditer(r"^", text[:1500], re.M)):
        span = dateline_span(text, start, colon=False)
        if span is None:
            continue
        head = text[span[0] : span[1]]
        if _YEAR.search(head):
            return None
        m = _MONTH_DAY.search(head)
        if m is None:
            return None
        month = MONTHS[(m.group(1) or m.group(4)).lower().rstrip(".")]
        return month, int(m.group(2) or m.group(3))
    return None


# The day a wire lede says its news came out: "an army spokesman said on Wednesday".
_SAID_ON = re.compile(
    r"\b(?:said|announced|told \w+(?: \w+)?|reported|confirmed)(?: on)? "
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)


# A report that names its own year in the present: "so far in 2025", "2025 to date".
_STATED_YEAR = re.compile(
    r"\b(?:so far in|so far this year,?|thus far in|to date in|earlier this year,?) (20\d\d)\b"
    r"|\b(20\d\d) (?:so far|to date|thus far)\b",
    re.I,
)


def stated_year(text: str) -> int | None:
    """The year a report says it is written in ("60 killed so far in 2025"), or None."""
    years = {int(m.group(1) or m.group(2)) for m in _STATED_YEAR.finditer(text)}
    years = {y for y in years if y <= date.today().year}
    return max(years) if years else None


def _yearless_day(text: str, earliest: int, month: int, day: int) -> date | None:
    """The dateline's day in the year the report was filed. A wire copy is no older than the
    latest year it names; where its lede says on which weekday the news came out ("said on
    Wednesday"), the latest year from then to this one in which the dateline's day falls on
    that weekday is the year: a copy from "March 18" that recalls only 2019 and 2021 but
    says "on Wednesday" was filed on Wednesday 18 March 2026, not in 2021."""
    said = _SAID_ON.search(text[:2500])
    if said is not None:
        weekday = WEEKDAYS[said.group(1).lower()]
        for year in range(date.today().year, earliest - 1, -1):
            on_day = _mk(year, month, day)
            if on_day is not None and on_day <= date.today() and on_day.weekday() == weekday:
                return on_day
    return _mk(earliest, month, day)


_NAME_DATE = re.compile(r"(?<!\d)(20\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


def path_date(path: str | None, text: str = "") -> str | None:
    """The day a file's name carries ("wire_bichena_20260312.txt", "2025-11-03-brief.md"),
    for a copy whose text dates itself no better: an archive names its files by the day
    it took them in. A yearless dateline ("BAHIR DAR, March 12 (Wire) -") is read in the
    name's year (or the year before, when the name's day comes earlier in the year)."""
    if not path:
        return None
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    m = _NAME_DATE.search(name)
    on_name = _mk(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    if on_name is None:
        return None
    yearless = yearless_dateline(text) if text else None
    if yearless is not None:
        for year in (on_name.year, on_name.year - 1):
            day = _mk(year, *yearless)
            if day is not None and day <= on_name:
                return day.isoformat()
    return on_name.isoformat()


def nearest_year(month: int, day: int, guess: str | None, firm: list[date]) -> str | None:
    """The dateline's day in the year that puts it nearest the firmly dated reports beside
    it, for a yearless wire copy whose year was only guessed (``guess``, from the latest
    year its text names, so never later than the copy): the "UPDATE 1" of a story filed
    "BELFAST, July 13" among reports of July 2026 is of 2026, whatever old year its text
    recalls. None where no later year comes nearer them. A copy that names no year at all
    (``guess`` None) takes the nearest year outright."""
    if not firm:
        return None
    guessed = date.fromisoformat(guess[:10]) if guess else None

    def gap(on_day: date) -> int:
        return min(abs((on_day - d).days) for d in firm)

    best: tuple[int, date] | None = (gap(guessed), guessed) if guessed else None
    for year in sorted({d.year + step for d in firm for step in (-1, 0, 1)}):
        on_day = _mk(year, month, day)
        if on_day is None or on_day > date.today():
            continue  # (no copy is filed after today)
        if guessed is not None and on_day.year <= guessed.year:
            continue
        if best is None or gap(on_day) < best[0]:
            best = (gap(on_day), on_day)
    if best is None or best[1] == guessed:
        return None
    return best[1].isoformat()


def infer_published(text: str, captions: list[str]) -> str | None:
    """A publication date from indirect evidence, or None.

    A caption or a fully dated sentence shows the article is no older than that date.
    "A year on from" an anniversary moves it to a year after the most-cited date. A
    dateline's day without a year takes the latest year the report names: a wire copy
    that recalls "May 2015" and a deadline of "September 2025" was filed in 2025.
    """
    dates = full_dates(text) + [d for c in captions for d in full_dates(c)]
    yearless = yearless_dateline(text)
    if yearless is not None:
        stated = stated_year(text)
        if stated is not None and (on_day := _mk(stated, *yearless)) is not None:
            return on_day.isoformat()
        years = [int(y) for y in _YEAR.findall(text)] + [d.year for d in dates]
        years = [y for y in years if y <= date.today().year]
        if years and (on_day := _yearless_day(text, max(years), *yearless)) is not None:
            return on_day.isoformat()
    if not dates:
        return None
    best = max(dates)
    if _YEAR_ON.search(text):
        cited: dict[tuple[int, int], int] = {}
        for m in re.finditer(rf"\b{_MONTH_RE}\s+(\d{{1,2}})\b", text):
            key = (MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)))
            cited[key] = cited.get(key, 0) + 1
        if cited:
            (month, day), _ = max(cited.items(), key=lambda kv: kv[1])
            years = [d.year for d in dates if (d.month, d.day) == (month, day)]
            if years:
                anniversary = _mk(min(years) + 1, month, day)
                if anniversary and anniversary > best:
                    best = anniversary
    return best.isoformat()


# --------------------------------------------------------------------------- language

_EN_STOP = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "with",
        "as",
        "was",
        "by",
        "at",
        "from",
        "it",
        "have",
        "has",
        "are",
        "were",
        "be",
        "said",
        "this",
        "an",
        "not",
        "but",
        "they",
        "his",
        "their",
        "which",
        "had",
        "its",
        "after",
        "been",
        "who",
    ]
)
_LANGS = ("ENGLISH", "ARABIC", "FRENCH", "SPANISH", "GERMAN", "RUSSIAN", "UKRAINIAN",
          "HEBREW", "PERSIAN", "TURKISH", "PORTUGUESE", "ITALIAN")  # fmt: skip


@lru_cache(maxsize=1)
def _lingua() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return (
        LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in _LANGS))
        .with_low_accuracy_mode()
        .build()
    )


def detect_language(text: str) -> str | None:
    """ISO 639-1 code. English prose is recognised by its function words without a model."""
    sample = text[:2000]
    words = re.findall(r"[a-z]+", sample.lower())
    if len(words) >= 20 and sum(w in _EN_STOP for w in words) / len(words) > 0.18:
        return "en"
    if not sample.strip():
        return None
    found = _lingua().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None
