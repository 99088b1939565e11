"""Letter case for text written all in capitals (old wire copy, telexes, some feeds).

The later stages read capitals as names: a place is a capitalised word the gazetteer
knows, a group a capitalised run ending in "Front". In "GUERRILLAS ATTACKED AN ARMY POST
IN SAN MIGUEL" every word looks like a name, so nothing is found. Such an article is
analysed through a cased view of its text:

* everything lower case, then capitals back on
* the first letter of each sentence and the pronoun "I";
* what the project's own tables name: actors' aliases (as the table writes them, so
  "FMLN"-style acronyms stay in capitals), demonyms, months and weekdays, and places of
  the gazetteer: a name of several words, or one word that is a country, a province, a
  curated place or a town of 20,000 people, and that the project's own typing snippets
  never write in lower case ("Post", "Mobile" and "Reading" are towns and words);
* a run of words from one the snippets never write in lower case to a group noun
  ("Farabundo Marti National Liberation Front");
* a word of two to six letters with no vowel, which is an acronym ("FMLN", "PLA").

The view has exactly the text's length, so every offset the stages return holds for the
original; :func:`restore_evidence` then reads each quoted span back from the original.
"""

from __future__ import annotations

import json
import re
from dataclasses import fields, is_dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from wiretally.text import FUNCTION_WORDS, wordset

_WORD = re.compile(r"[a-z][a-z'’.-]*[a-z]|[a-z]")
_SENTENCE_START = re.compile(
    r"(?:^|(?<![a-z]\.[a-z])(?<!\b(?:mr|dr|st|lt|ms))(?<!\bmrs|\bcol|\bgen)[.!?][\"'”’)]*\s+"
    r"|\n\s*\n\s*)[\"'“‘(]*([a-z])"
)
_CALENDAR = wordset(
    """january february march april june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug
    sep sept oct nov dec"""
)
_TITLES = {"mr": "Mr", "mrs": "Mrs", "ms": "Ms", "dr": "Dr", "st": "St", "lt": "Lt"}
_MAX_NAME_WORDS = 4
_GROUP_RUN = re.compile(
    r"\b((?:[a-z][a-z'’-]+ ){1,5}(?:front|army|movement|brigades?|forces|council|command|"
    r"party|commandos?|battalions?|militia|organi[sz]ation))\b"
)


def is_shouting(text: str) -> bool:
    """Whether a text is written (almost) all in capitals."""
    letters = [c for c in text[:5000] if c.isalpha()]
    if len(letters) < 20:
        return False
    return sum(c.isupper() for c in letters) >= 0.9 * len(letters)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words the project's own typing snippets write in lower case somewhere."""
    folder = resources.files("wiretally").joinpath("data/typing")
    out: set[str] = set()
    for path in folder.iterdir():
        if not path.name.endswith(".jsonl"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.update(w for w in re.findall(r"[a-z]+", json.loads(line)["text"]))
    return frozenset(out)


def _capitalise(chars: list[str], start: int, end: int, form: str | None = None) -> None:
    if form is not None and len(form) == end - start:
        chars[start:end] = list(form)
        return
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]?\.?", "".join(chars[start:end])):
        chars[start:end] = [c.upper() for c in chars[start:end]]  # "U.S.", "U.N."
        return
    word_start = True
    for k in range(start, end):
        if chars[k].isalpha():
            if word_start:
                chars[k] = chars[k].upper()
            word_start = False
        else:
            word_start = chars[k] in " -"


def cased_view(text: str) -> str | None:
    """The text with sentence case and the names the project knows capitalised.

    None when lower-casing would change the text's length (a few characters do), as the
    view must keep every offset.
    """
    from wiretally.extract.actors import actor_table
    from wiretally.geo import get_gazetteer
    from wiretally.geo.gazetteer import AREA_FEATURES
    from wiretally.geo.normalize import exact_key
    from wiretally.geo.parse import demonyms

    low = text.lower()
    if len(low) != len(text):
        return None
    chars = list(low)
    common = common_words()
    words = list(_WORD.finditer(low))
    gaz = get_gazetteer()
    i = 0
    while i < len(words):
        for n in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            a, b = words[i].start(), words[i + n - 1].end()
            span = low[a:b]
            if n > 1 and not re.fullmatch(r"[a-z'’.-]+(?: [a-z'’.-]+)*", span):
                continue  # a name's words are separated by single spaces
            if n > 1 and words[i].group(0) in FUNCTION_WORDS:
                continue
            found = gaz.exact.get(exact_key(span))  # an exact name only: no skeleton match
            if found is None:
                continue
            ids = [found] if isinstance(found, int) else list(found)
            if n == 1:
                if span in common:
                    continue
                strong = any(
                    gaz.feature[c] in AREA_FEATURES
                    or c in gaz.curated
                    or gaz.population[c] >= 20_000
                    for c in ids
                )
                if not strong:
                    continue
            elif all(w.group(0) in common for w in words[i : i + n]):
                continue  # "new town", "long island" read as words
            _capitalise(chars, a, b)
            i += n - 1
            break
        i += 1
    # A group the tables lack: a run from a word the project never writes in lower case
    # to a group noun ("farabundo marti national liberation front").
    for m in _GROUP_RUN.finditer(low):
        if m.group(1).split()[0] not in common:
            _capitalise(chars, m.start(1), m.end(1))
    table = actor_table()
    for hit in table.find(low, adjectives=True):
        form = next(
            (al for al in (*hit.entry.aliases, *hit.entry.adjectives) if al.lower() == hit.text),
            None,
        )
        _capitalise(chars, hit.start, hit.end, form)
    for alias in {al for e in table.entries.values() for al in e.aliases}:
        if alias.isupper() and len(alias) >= 3:
            for m in re.finditer(rf"\b{re.escape(alias)}\b", text):
                chars[m.start() : m.end()] = list(alias)
    names = demonyms()
    for w in words:
        word = w.group(0)
        if (
            word in _CALENDAR
            or exact_key(word) in names
            or (
                word == "may"
                and (
                    re.match(r"\s+\d", low[w.end() : w.end() + 3])
                    or re.search(r"\d\s+$", low[max(0, w.start() - 3) : w.start()])
                )
            )
        ):
            _capitalise(chars, w.start(), w.end())
        elif word in _TITLES:
            _capitalise(chars, w.start(), w.end(), _TITLES[word])
        elif word == "i" or (2 <= len(word) <= 6 and word.isalpha() and not re.search(
            r"[aeiouy]", word
        )):  # fmt: skip
            chars[w.start() : w.end()] = list(word.upper())
    for m in _SENTENCE_START.finditer(low):
        chars[m.start(1)] = chars[m.start(1)].upper()
    return "".join(chars)


def restore_evidence(records: list[Any], original: str) -> None:
    """Read every quoted span (a ``text`` with ``start`` and ``end``) back from the original.

    Values read from the view (a weapon, a figure's words) keep the view's case; the
    quotations that point into the article's text must match it exactly.
    """
    for record in records:
        _restore(record, original)


def _restore(obj: Any, original: str) -> None:
    if isinstance(obj, list):
        for item in obj:
            _restore(item, original)
        return
    if isinstance(obj, dict):
        for item in obj.values():
            _restore(item, original)
        return
    if not is_dataclass(obj) or isinstance(obj, type):
        return
    names = {f.name for f in fields(obj)}
    if {"start", "end", "text"} <= names:
        start, end, quoted = obj.start, obj.end, obj.text  # type: ignore[attr-defined]
        if (
            isinstance(start, int)
            and isinstance(end, int)
            and isinstance(quoted, str)
            and end - start == len(quoted)
            and original[start:end].lower() == quoted.lower()
        ):
            obj.text = original[start:end]  # type: ignore[attr-defined]
    for name in names:
        value = getattr(obj, name)
        if isinstance(value, list | dict) or is_dataclass(value):
            _restore(value, original)
