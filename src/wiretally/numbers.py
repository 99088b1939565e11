"""Numbers as news reports write them: digits, number words, qualifiers and vague amounts.

Three levels, each built on the one before:

* :func:`parse_number` reads an exact amount (``"1,205"``, ``"twenty-nine"``,
  ``"five dozen"``, ``"2.4 million"``) and returns ``None`` for anything vague.
* :func:`parse_figure` reads a whole figure phrase into a :class:`~wiretally.records.Figure`
  with bounds: ``"at least 1,200"`` is ``lower=1200``, ``"more than 15"`` is ``lower=16``,
  ``"nearly a dozen"`` is ``value=upper=12`` approximate, ``"hundreds"`` is ``lower=200``
  approximate.
* :func:`find_figures` finds figure phrases in running text and skips what only looks like
  a count: dates (``Oct. 17``, ``17 October``), years, ordinals (``17th``), compound
  adjectives (``one-way``, ``29-year-old``), fractions (``two-thirds``), ``one of the``.

Bounds follow the seeds gold's convention: a strict bound on an integer is moved to the
nearest integer inside it (``more than 10`` -> ``lower=11``, ``fewer than 10`` -> ``upper=9``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from wiretally.records import Figure

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORDS = {*_UNITS, *_TEENS, *_TENS, *_SCALES, "hundred", "dozen"}

# Vague amounts: the smallest amount the plural can mean, per the project's convention
# ("dozens" is at least two dozen). Always approximate.
_VAGUE: dict[str, tuple[float | None, float | None]] = {
    "dozens": (24, None),
    "scores": (40, None),
    "hundreds": (200, None),
    "thousands": (2_000, None),
    "tens of thousands": (20_000, None),
    "hundreds of thousands": (200_000, None),
    "millions": (2_000_000, None),
    "tens of millions": (20_000_000, None),
    "a handful": (2, 5),
    "a few": (2, None),
    "several": (3, None),
    "several dozen": (36, None),
    "several hundred": (300, None),
    "several thousand": (3_000, None),
    "a few dozen": (24, None),
    "a few hundred": (200, None),
    "a few thousand": (2_000, None),
}

# Qualifier -> how it bounds the number after it. Longest phrases are tried first.
_QUALIFIERS: dict[str, str] = {
    "more than": "gt", "over": "gt", "upwards of": "gt", "in excess of": "gt",
    "greater than": "gt", "just over": "gt", "well over": "gt", "above": "gt",
    "at least": "ge", "no fewer than": "ge", "no less than": "ge", "not less than": "ge",
    "not fewer than": "ge", "a minimum of": "ge",
    "almost": "near", "nearly": "near", "close to": "near", "just under": "near",
    "just shy of": "near", "approaching": "near",
    "fewer than": "lt", "less than": "lt", "under": "lt", "below": "lt",
    "up to": "le", "as many as": "le_approx", "at most": "le", "no more than": "le",
    "not more than": "le", "a maximum of": "le",
    "about": "approx", "around": "approx", "roughly": "approx", "some": "approx",
    "approximately": "approx", "an estimated": "approx", "estimated": "approx",
    "circa": "approx", "approx.": "approx", "an approximate": "approx",
}  # fmt: skip
_QUAL_ORDER = sorted(_QUALIFIERS, key=len, reverse=True)
_QUAL_PREFIX = re.compile(r"^(" + "|".join(re.escape(q) for q in _QUAL_ORDER) + r") ")
_QUAL_RE = re.compile(
    r"(?:^|(?<=[^\w.]))(" + "|".join(re.escape(q) for q in _QUAL_ORDER) + r")\s+$", re.IGNORECASE
)

_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
_RANGE_SEP = re.compile(r"^(.+?)\s*(?:\band\b|\bto\b|-|–|—)\s*(.+)$")

_MONTHS = {
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
    "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
    "nov", "november", "dec", "december",
}  # fmt: skip
_TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[A-Za-z]+|[%\-–]")
_START_WORDS = {*_NUMBER_WORDS, "a", "an", "half", "several"} | {
    k.split()[0] for k in _VAGUE
}  # words that can begin a number
# Counted nouns that make a bare four-digit number a count rather than a year.
_PLURAL_EXCEPTIONS = {"people", "personnel", "police", "children", "men", "women", "troops"}


# --------------------------------------------------------------------------- exact numbers


def _words_to_number(words: list[str]) -> float | None:
    """Value of a sequence of number words, or None when it is not well formed."""
    if not words:
        return None
    total = 0.0
    current = 0.0
    last: str | None = None  # kind of the previous word
    last_scale = float("inf")
    for i, w in enumerate(words):
        if w in ("a", "an"):
            # "a dozen", "a hundred", "a million": only as the first word of a phrase.
            if i != 0 or len(words) == 1 or words[1] not in (*_SCALES, "hundred", "dozen"):
                return None
            current, last = 1, "unit"
        elif w in _UNITS:
            if not (last in (None, "hundred", "scale") or (last == "tens" and _UNITS[w] > 0)):
                return None
            current += _UNITS[w]
            last = "unit"
        elif w in _TEENS:
            if last not in (None, "hundred", "scale"):
                return None
            current += _TEENS[w]
            last = "teen"
        elif w in _TENS:
            if last not in (None, "hundred", "scale"):
                return None
            current += _TENS[w]
            last = "tens"
        elif w == "hundred":
            # "two hundred", "fifteen hundred"; never "hundred" on its own or twice.
            if last not in ("unit", "teen", "tens") or current >= 100:
                return None
            current *= 100
            last = "hundred"
        elif w == "dozen":
            if last not in ("unit", "teen", "tens") or i != len(words) - 1:
                return None
            current *= 12
            last = "dozen"
        elif w in _SCALES:
            scale = _SCALES[w]
            if current == 0 or scale >= last_scale or last in (None, "scale", "dozen"):
                return None
            total += current * scale
            current = 0
            last_scale = scale
            last = "scale"
        else:
            return None
    return total + current


def _tokens(text: str) -> list[str]:
    words = re.split(r"[\s\-–]+", text.strip().lower())
    # "one hundred and five": "and" joins only after a hundred or a scale word.
    out: list[str] = []
    for i, w in enumerate(words):
        if w == "and":
            if not out or out[-1] not in ("hundred", *_SCALES) or i == len(words) - 1:
                return []
            continue
        if w:
            out.append(w)
    return out


def parse_number(text: str) -> float | None:
    """An exact amount written in digits, words or both; None for vague or non-numbers.

    >>> parse_number("1,205"), parse_number("five dozen"), parse_number("2.4 million")
    (1205.0, 60.0, 2400000.0)
    >>> parse_number("hundreds") is None
    True
    """
    s = " ".join(text.strip().lower().split())
    if not s:
        return None
    if s == "half a dozen":
        return 6.0
    m = _DIGITS.match(s)
    if m:
        base = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        rest = s[m.end() :].strip()
        if not rest:
            return base
        # "2.4 million", "41 thousand", "3 dozen": digits times scale words.
        factor = 1.0
        for w in rest.split():
            if w in _SCALES:
                factor *= _SCALES[w]
            elif w == "hundred":
                factor *= 100
            elif w == "dozen":
                factor *= 12
            else:
                return None
        return base * factor
    if any(ch.isdigit() for ch in s):
        return None
    return _words_to_number(_tokens(s))


_BELOW_20 = [*_UNITS, *_TEENS]
_TENS_WORDS = list(_TENS)


def number_to_words(n: int) -> str:
    """English words for a non-negative integer below 10**12 ("twenty-nine", "one thousand
    two hundred five"): the inverse of :func:`parse_number`, used by its round-trip tests."""
    if n < 0 or n >= 10**12:
        raise ValueError(f"number_to_words takes 0 <= n < 10**12, got {n}")
    if n < 20:
        return _BELOW_20[n]
    parts: list[str] = []
    for name, scale in (("billion", 10**9), ("million", 10**6), ("thousand", 10**3)):
        if n >= scale:
            parts.append(number_to_words(n // scale) + " " + name)
            n %= scale
    if n >= 100:
        parts.append(_BELOW_20[n // 100] + " hundred")
        n %= 100
    if n >= 20:
        word = _TENS_WORDS[n // 10 - 2]
        parts.append(word + ("-" + _BELOW_20[n % 10] if n % 10 else ""))
    elif n > 0:
        parts.append(_BELOW_20[n])
    return " ".join(parts)


# --------------------------------------------------------------------------- figures


def _strict(n: float, step: int) -> float:
    # "more than 15" is at least 16; "more than 2.5" stays 2.5 (no integer step for decimals).
    return n + step if float(n).is_integer() else n


def _bounded(n: float, kind: str | None, text: str) -> Figure:
    if kind == "gt":
        return Figure(lower=_strict(n, 1), text=text)
    if kind == "ge":
        return Figure(lower=n, text=text)
    if kind == "near":
        return Figure(value=n, upper=n, approximate=True, text=text)
    if kind == "lt":
        return Figure(upper=_strict(n, -1), text=text)
    if kind == "le":
        return Figure(upper=n, text=text)
    if kind == "le_approx":
        return Figure(value=n, upper=n, approximate=True, text=text)
    if kind == "approx":
        return Figure(value=n, approximate=True, text=text)
    return Figure(value=n, text=text)


def parse_figure(text: str) -> Figure | None:
    """A figure phrase (qualifier, number or vague amount, optional percent) with bounds.

    ``text`` is kept as the figure's ``text``; a percent sign or word is accepted and
    dropped (the caller records the unit).

    >>> parse_figure("more than five dozen").lower
    61.0
    >>> f = parse_figure("nearly a dozen"); (f.value, f.upper, f.approximate)
    (12.0, 12.0, True)
    """
    parsed = _parse_normalised(" ".join(text.strip().lower().split()))
    if parsed is None:
        return None
    value, lower, upper, approximate = parsed
    return Figure(value=value, lower=lower, upper=upper, approximate=approximate, text=text)


_Parsed = tuple[float | None, float | None, float | None, bool]


@lru_cache(maxsize=8192)
def _parse_normalised(s: str) -> _Parsed | None:
    """:func:`parse_figure` on lower-cased, space-normalised text, cached: ``find_figures``
    tries the same candidate spans many times over in number-heavy text."""
    s = _PERCENT.sub("", s).strip() if _PERCENT.search(s) else s
    kind: str | None = None
    m = _QUAL_PREFIX.match(s)
    if m:
        kind = _QUALIFIERS[m.group(1)]
        s = s[m.end() :].strip()
    if not s:
        return None
    figure: Figure | None = None
    if s in _VAGUE:
        lower, upper = _VAGUE[s]
        figure = Figure(
            lower=float(lower) if lower is not None else None,
            upper=float(upper) if upper is not None else None,
            approximate=True,
        )
    elif s in ("a", "an", "one", "single", "a single", "lone", "a lone"):
        figure = _bounded(1.0, kind, s)
    elif (n := parse_number(s)) is not None:
        figure = _bounded(n, kind, s)
    elif kind is None:
        # Ranges: "between 10 and 20", "10 to 20", "10-20".
        body = s[len("between ") :] if s.startswith("between ") else s
        m = _RANGE_SEP.match(body)
        if m and (s.startswith("between ") or " and " not in body):
            lo, hi = parse_number(m.group(1)), parse_number(m.group(2))
            if lo is not None and hi is not None and lo < hi:
                figure = Figure(lower=lo, upper=hi)
    if figure is None:
        return None
    return figure.value, figure.lower, figure.upper, figure.approximate


# --------------------------------------------------------------------------- finding figures


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z]+)\W{0,2}$", text[max(0, pos - 20) : pos])
    return m.group(1).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\W{0,2}?\s*([A-Za-z]+)", text[pos : pos + 20])
    return m.group(1).lower() if m else ""


def _is_start(tokens: list[re.Match[str]], i: int) -> bool:
    tok = tokens[i].group(0)
    if tok[0].isdigit():
        return True
    low = tok.lower()
    if low not in _START_WORDS:
        return False
    if low in ("a", "an"):
        nxt = tokens[i + 1].group(0).lower() if i + 1 < len(tokens) else ""
        return nxt in ("dozen", "hundred", "thousand", "million", "billion", "handful", "few")
    return True


def _core_end(text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, Figure] | None:
    """The longest run of tokens from ``i`` that reads as a number or vague amount."""
    best: tuple[int, Figure] | None = None
    for j in range(min(len(tokens), i + 9) - 1, i - 1, -1):
        span = text[tokens[i].start() : tokens[j].end()]
        if "\n" in span or not re.fullmatch(r"[\w\s,.\-–]+", span):
            continue
        if tokens[j].group(0) in "-–" or tokens[j].group(0).lower() == "and":
            continue
        fig = parse_figure(span)
        if fig is not None:
            best = (tokens[j].end(), fig)
            break
    return best


def _excluded(text: str, start: int, end: int, fig: Figure) -> bool:
    """True when a number-looking span is a date, year, ordinal, compound or idiom."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in "$€£#" or after.isalnum():
        return True  # "F16", "$100", "17th", "2G"
    if before in "-–" and start > 1 and text[start - 2].isalnum():
        return True  # "post-2003", "2023-11-17"
    if after in "-–" and end + 1 < len(text) and text[end + 1].isalpha():
        # "one-way", "two-thirds", "29-year-old"; "twenty-nine" never reaches here whole.
        return True
    if before in "/" or after in "/" or (after == ":" and text[end + 1 : end + 2].isdigit()):
        return True  # "10/7", "10:30"
    prev, nxt = _prev_word(text, start), _next_word(text, end)
    if (prev in _MONTHS or nxt in _MONTHS) and text[start:end][:1].isdigit():
        return True  # "August 1", "1 August"; not "On 1 August, two children were killed"
    # "17 and 21 October": a number joined to a date.
    m = re.match(r"\s*(?:and|to|-|–)\s*\d+\s+([A-Za-z]+)", text[end : end + 30])
    if m and m.group(1).lower() in _MONTHS:
        return True
    # "Oct. 17 and 21": the second day of a date range.
    m = re.search(
        r"([A-Za-z]+)\.?\s+\d{1,2}\s*(?:and|to|-|–)\s*$", text[max(0, start - 30) : start]
    )
    if m and m.group(1).lower() in _MONTHS:
        return True
    if re.match(r"\s*[ap]\.?m\b", text[end : end + 6], re.IGNORECASE):
        return True
    span = text[start:end].lower()
    value = fig.value if fig.value is not None else fig.lower
    if re.fullmatch(r"\d{4}", span) and value is not None and 1800 <= value <= 2100:
        # A bare four-digit number is a year unless a plural count noun follows it.
        raw = re.match(r"\s+([a-z]+)\b", text[end : end + 20])  # lower case: not "U.S."
        if not (raw and (nxt.endswith("s") or nxt in _PLURAL_EXCEPTIONS)):
            return True
    if prev in ("no", "number") or (prev == "the" and span == "one"):
        return True  # "no one", "number one target", "the one"
    # "one of the attacks", "one another"
    return span in ("one", "a", "an") and nxt in ("of", "another", "day", "time", "way")


def find_figures(text: str) -> list[tuple[int, int, Figure]]:
    """Figure phrases in ``text`` as ``(start, end, figure)``, in order, not overlapping.

    The span covers the qualifier (``more than``), the number and a percent sign or word;
    it does not cover the counted noun.
    """
    tokens = list(_TOKEN.finditer(text))
    out: list[tuple[int, int, Figure]] = []
    i = 0
    while i < len(tokens):
        if not _is_start(tokens, i):
            i += 1
            continue
        core = _core_end(text, tokens, i)
        if core is None:
            i += 1
            continue
        start, end = tokens[i].start(), core[0]
        # "between 17 and 21", "10 to 20": extend a plain number to a range.
        rng = re.match(r"\s*(?:and|to|-|–)\s*(\d[\d,]*(?:\.\d+)?)", text[end : end + 30])
        prefix = re.search(r"(?:^|\W)(between|from)\s+$", text[max(0, start - 10) : start], re.I)
        if rng and (prefix or not rng.group(0).strip().startswith("and")):
            fig = parse_figure(text[start : end + rng.end()])
            if fig is not None:
                end += rng.end()
                if prefix and prefix.group(1).lower() == "between":
                    start = max(0, start - 10) + prefix.start(1)
        pct = _PERCENT.match(text, end)
        if pct:
            end = pct.end()
        qual = _QUAL_RE.search(text[max(0, start - 30) : start])
        if qual:
            start = max(0, start - 30) + qual.start(1)
        fig = parse_figure(text[start:end])
        core_start = tokens[i].start()
        # Resume after the span: tokens inside it are consumed.
        while i < len(tokens) and tokens[i].start() < end:
            i += 1
        if fig is None or _excluded(text, core_start, core[0], fig):
            continue
        fig.text = text[start:end]
        out.append((start, end, fig))
    return out
