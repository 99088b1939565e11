"""What surrounds a figure: dates and windows, who says it, where it is.

The claims stage reads these from the figure's sentence (and, for anaphora such as
"the attack" or "the two countries", the sentence before). The times and geo stages
give richer answers when they ran; these helpers are the fallback that keeps the claims
stage working on its own, and they resolve dates against the article's publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from wiretally.records import Place, Timex

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "Oct. 17", "October 17, 2023", "17 October 2023"
_DAY_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE})(?:,?\s+(?P<y2>\d{{4}}))?)\b",
    re.IGNORECASE,
)
# "In May", "in August 2024": a month-level anchor.
_MONTH_DATE = re.compile(rf"\b[Ii]n\s+(?P<m>{_MONTH_RE})\b(?:\s+(?P<y>\d{{4}}))?")
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_AS_OF = re.compile(
    r"\b(?:[Bb]y|as of|said|says|reported|told\s+\w+)\s+(?:on\s+)?("
    + "|".join(w.capitalize() for w in _WEEKDAYS)
    + r")\b"
)


@dataclass(slots=True)
class Anchor:
    """A date range read from the text: ``since`` dates start a window, others anchor."""

    start: int
    end: int
    date_start: str
    date_end: str
    since: bool
    # One expression (or a pair joined by "and"/"to") that covers the whole window:
    # "between Feb. 3 and April 9" counts from the first day to the last.
    range: bool = False


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve(month: int, day: int, year: int | None, dct: dt.date | None) -> dt.date | None:
    """A day without a year is the latest such day not after the report's date."""
    if year is not None:
        return _day(year, month, day)
    if dct is None:
        return None
    found = _day(dct.year, month, day)
    if found is not None and found > dct:
        found = _day(dct.year - 1, month, day)
    return found


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def anchors(text: str, start: int, end: int, dct: str | None, times: list[Timex]) -> list[Anchor]:
    """Dates inside ``text[start:end]``, from the times stage when it ran, else read here."""
    out: list[Anchor] = []
    base = parse_iso(dct)
    for t in times:
        if start <= t.start and t.end <= end and t.type == "DATE" and t.date_start:
            if _REPORTING.search(text[max(0, t.start - 20) : t.start]):
                continue  # "said Wednesday", "by Tuesday": when it was said, not what happened
            t_start, t_end = (
                _not_after(t.date_start, base, t.text),
                _not_after(t.date_end or t.date_start, base, t.text),
            )
            since = t.role == "window_start" or bool(
                _SINCE.search(text[max(0, t.start - 12) : t.start])
            )
            if (t.precision or 1) <= 3:
                out.append(Anchor(t.start, t.end, t_start, t_end, since, t.role == "range"))
    if out:
        return _pair_ranges(text, out)
    for m in _DAY_DATE.finditer(text, start, end):
        month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
        day = int(m.group("d1") or m.group("d2"))
        year_text = m.group("y1") or m.group("y2")
        found = _resolve(month, day, int(year_text) if year_text else None, base)
        if found is None:
            continue
        since = bool(_SINCE.search(text[max(0, m.start() - 12) : m.start()]))
        out.append(Anchor(m.start(), m.end(), found.isoformat(), found.isoformat(), since))
    for m in _MONTH_DATE.finditer(text, start, end):
        month = _MONTHS[m.group("m").lower()]
        year = int(m.group("y")) if m.group("y") else None
        if year is None and base is not None:
            year = base.year if month <= base.month else base.year - 1
        if year is None:
            continue
        first = dt.date(year, month, 1)
        last = (dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)
        out.append(Anchor(m.start(), m.end(), first.isoformat(), last.isoformat(), False))
    return _pair_ranges(text, sorted(out, key=lambda a: a.start))


_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*(?:the\s+)?", re.I)


def _pair_ranges(text: str, found: list[Anchor]) -> list[Anchor]:
    """Two dates read as "between X and Y" / "from X to Y" become one range anchor."""
    out: list[Anchor] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if (
            b is not None
            and not a.range
            and not b.range
            and _RANGE_OPEN.search(text[max(0, a.start - 15) : a.start])
            and _RANGE_JOIN.fullmatch(text[a.end : b.start])
            and a.date_start <= b.date_end
        ):
            out.append(Anchor(a.start, b.end, a.date_start, b.date_end, False, True))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_REPORTING = re.compile(r"\b(?:said|says|told|reported|announced|[Bb]y|as of)\s+(?:on\s+)?$")


def _not_after(day: str, base: dt.date | None, surface: str) -> str:
    """A day the text gave without a year is not after the report ("since Oct. 7" in an
    August 2024 report is 2023-10-07): the times stage may resolve it forward."""
    found = parse_iso(day)
    if found is None or base is None or found <= base or re.search(r"\d{4}", surface):
        return day
    back = _day(found.year - 1, found.month, found.day)
    return back.isoformat() if back else day


def as_of_weekday(sentence: str, dct: str | None) -> str | None:
    """ "By Tuesday", "said Wednesday": the latest such weekday on or before the report."""
    base = parse_iso(dct)
    m = _AS_OF.search(sentence)
    if base is None or m is None:
        return None
    target = _WEEKDAYS.index(m.group(1).lower())
    back = (base.weekday() - target) % 7
    return (base - dt.timedelta(days=back)).isoformat()


# --------------------------------------------------------------------------- claimants

_VERBS = r"(?:said|says|say|told|reported|reports|announced|estimated|stated|counted)"
_ACCORDING = re.compile(
    r"\b(?:according to|citing)\s+(?P<who>(?:(?:[A-Z]\.)+|[^,.;:()\"“”]){2,90})", re.I
)
_SAID_AFTER = re.compile(
    rf",\s*(?P<who>(?:the\s+)?[A-Za-z][\w.’'\- ]{{1,80}}?)\s+{_VERBS}\b(?:\s+\w+day)?\s*[.,]"
)
_SAID_BEFORE = re.compile(
    rf"(?P<who>[A-Z][\w.’'\- ,]{{1,90}}?)\s+(?:had\s+|has\s+|have\s+)?{_VERBS}\b"
)
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "this", "that", "there", "what"}
_CUT = re.compile(r"\s+(?:which|who|that|and\s+(?:the\s+)?(?:majority|most))\b.*$", re.I)
_LEAD = re.compile(
    r"^(?:data|figures|numbers|a\s+tally|an?\s+\w+\s+tally\s+by|a\s+count|a\s+report)"
    r"\s+(?:provided\s+by|from|by|of|released\s+by)\s+",
    re.I,
)
_RUN_BY = re.compile(r"\b\w+-(?:run|led|controlled|held)\s+")


def normalise_claimant(raw: str) -> str | None:
    """A short name for who reports a figure: "the health ministry of Hamas-run Gaza" ->
    "Gaza health ministry", "Gaza's health authorities" -> "Gaza health authorities"."""
    who = " ".join(raw.replace("’", "'").split()).strip(" ,.;:")
    who = _CUT.sub("", who)
    who = _LEAD.sub("", who)
    who = re.sub(r"^(?:the|an?)\s+", "", who, flags=re.I)
    who = _RUN_BY.sub("", who)
    m = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?([A-Z][\w\- ]+)", who)
    if m and len(m.group(2).split()) <= 3:
        who = f"{m.group(2)} {m.group(1)}"  # "health ministry of Gaza" -> "Gaza health ministry"
    # A one-word possessor is a place or body ("Gaza's"): drop the 's; keep longer names
    # ("Washington Institute's Militia Spotlight").
    who = re.sub(r"^([A-Z][\w\-]+)'s\s+", r"\1 ", who)
    who = re.sub(r"\bU\.S\.(?=\s|$)", "US", who)
    who = who.strip(" ,.;:")
    if not who or who.lower() in _PRONOUNS or len(who.split()) > 9:
        return None
    if who.split()[0].lower() in _PRONOUNS or who.split()[-1].lower() in ("did", "does"):
        return None  # "It's safe to say", "sources did": not a source's name
    return who


_FIRST_PERSON = re.compile(
    r"(?:^|[,;]\s*)(?P<who>(?:[Oo]ur\s+(?:own\s+)?[a-z]+(?:\s+[a-z]+)?|[Ww]e))\s+"
    r"(?:have\s+|had\s+|also\s+)?(?:recorded|counted|documented|registered|logged|tallied|"
    r"verified|tracked|confirmed|estimated?|found|reported|said|say|count|record)\b"
)


def first_person(sentence: str) -> tuple[int, int] | None:
    """Where "our monitors recorded" / "we counted" puts the publisher itself as the source
    (sentence offsets of the speaker), or None."""
    m = _FIRST_PERSON.search(sentence)
    return (m.start("who"), m.end("who")) if m else None


def claimant(sentence: str) -> tuple[str | None, tuple[int, int] | None]:
    """Who the sentence attributes its figures to, and where that is (sentence offsets)."""
    m = _ACCORDING.search(sentence)
    if m:
        return normalise_claimant(m.group("who")), (m.start(), m.end())
    m = _SAID_AFTER.search(sentence)
    if m:
        who = m.group("who")
        return normalise_claimant(who), (m.start("who"), m.end())
    m = _SAID_BEFORE.search(sentence)
    if m:
        # The subject is the last comma chunk before the verb: "By February, the enclave's
        # largest telecoms provider, Paltel, had reported" -> "Paltel".
        chunks = [c for c in m.group("who").split(",") if c.strip()]
        last = chunks[-1].strip() if chunks else ""
        if last and not re.search(r"\d", last) and (last[0].isupper() or last.startswith("the ")):
            who = chunks[-1]
            offset = m.start("who") + m.group("who").rfind(who)
            # The subject opens its clause: "U.S. personnel have reported injuries" after a
            # figure is what is counted, not who counts it.
            if sentence[:offset].rstrip() in ("",) or sentence[:offset].rstrip().endswith(","):
                return normalise_claimant(who), (offset, m.end())
    return None, None


# --------------------------------------------------------------------------- places

_TERRITORIES = [
    "Gaza City", "Gaza Strip", "Gaza", "West Bank", "Golan Heights", "East Jerusalem",
    "Jerusalem", "Khan Younis", "Rafah", "Baghdad", "Damascus", "Beirut", "Tehran",
    "Kyiv", "Crimea", "Donbas", "Darfur", "Khartoum", "Red Sea",
]  # fmt: skip


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    import pycountry

    names = set(_TERRITORIES)
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(c, attr, None)
            if name and "," not in name and "(" not in name:
                names.add(name)
    names |= {"Syria", "Iran", "Russia", "United States", "Palestine", "Israel", "Lebanon"}
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])")


def fallback_places(text: str, article_id: str) -> list[Place]:
    """Country and territory names, for when the geo stage did not run: enough to say
    where a figure is ("29 in Iraq"), nothing more (no coordinates)."""
    return [
        Place(article_id, m.start(), m.end(), m.group(0), name=m.group(0))
        for m in _place_pattern().finditer(text)
    ]
