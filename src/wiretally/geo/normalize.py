"""Name keys that survive transliteration.

Arabic and Persian place names reach English news in many spellings: Deir ez-Zor,
Deir el-Zour, Dayr az Zawr, Deir Ezzor; Boukamal, Bukamal; Mayadeen, Mayadin. A
plain lower-case lookup misses most of them, so the gazetteer indexes two keys:

* :func:`exact_key` -- case, accents, punctuation and spacing removed. Two names with
  the same exact key are the same string for a reader.
* :func:`skeleton_key` -- the exact key with the variation of romanisation removed:
  article prefixes (al-, el-, ez-, ad-, as-, ash- ...) dropped, ``ou``/``oo``/``aw``
  folded to ``u``, ``ei``/``ey``/``ay``/``ai`` to ``e``, ``dh`` to ``z``, ``q`` to
  ``k``, ``kh`` to ``k``, ``e`` to ``i``, ``o`` to ``u``, doubled letters single, a
  word-final ``h`` after a vowel dropped, and the words joined.

Both sides (gazetteer names and text spans) go through the same function, so a rule
can only merge spellings, never make a lookup miss; the price is some extra ambiguity,
which the resolver settles with population and context.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Arabic definite-article forms as romanised (with sun-letter assimilation).
ARTICLES = frozenset(
    {"al", "el", "ul", "il", "ad", "ed", "ud", "az", "ez", "uz", "as", "es", "us",
     "ash", "esh", "ush", "an", "en", "ar", "er", "at", "et", "ath", "adh"}
)  # fmt: skip

_APOSTROPHES = str.maketrans({c: "" for c in "'’‘`´ʿʾʼ′\u02bb\u02bc\u02bd"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# A glued article: "Ezzor", "Arraqqah", "Assuwayda" -> the letter after the article
# doubles the article's consonant (sun-letter assimilation).
_GLUED = re.compile(r"^[ae](l|z|d|s|sh|n|r|t|th|dh)(?=\1)")
_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"kh", "k"),
        (r"dh", "z"),
        (r"q", "k"),
        (r"ck", "k"),
        (r"ph", "f"),
        (r"(?<=[aeiou])h\b", ""),
        (r"ou|oo|aw|ow", "u"),
        (r"ei|ey|ay|ai|ee", "e"),
        (r"e", "i"),
        (r"o", "u"),
        (r"y(?=[^aeiou]|\b)", "i"),
        (r"(.)\1+", r"\1"),
    )
)


def strip_accents(text: str) -> str:
    """Text without combining marks (``Mayādīn`` -> ``Mayadin``)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """Lower-case ASCII words of a name: accents, apostrophes and hyphens removed."""
    folded = strip_accents(text).translate(_APOSTROPHES).casefold()
    return [w for w in _NON_ALNUM.split(folded) if w]


@lru_cache(maxsize=200_000)
def exact_key(text: str) -> str:
    """The name as a reader sees it: case, accents, punctuation and spaces removed."""
    return " ".join(words(text))


@lru_cache(maxsize=200_000)
def skeleton_key(text: str) -> str:
    """A spelling-independent key for transliterated names (see the module docstring)."""
    tokens = words(text)
    kept: list[str] = []
    for i, tok in enumerate(tokens):
        # An article is dropped when another word follows it ("al Asad", "Deir ez Zor").
        if tok in ARTICLES and i + 1 < len(tokens):
            continue
        if i > 0 or len(tokens) == 1:
            glued = _GLUED.match(tok)
            if glued and len(tok) > 4:
                tok = tok[glued.end() :]
        kept.append(tok)
    key = " ".join(kept)
    for pattern, repl in _RULES:
        key = pattern.sub(repl, key)
    return key.replace(" ", "")


def is_latin_name(text: str) -> bool:
    """Whether a name is written in Latin script (others cannot occur in English text)."""
    base = strip_accents(text)
    letters = [c for c in base if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)
