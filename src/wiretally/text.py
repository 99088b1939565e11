"""Text units shared by the stages: sentences with offsets, normalised tokens.

``split_sentences`` is a fast rule-based splitter (no model): news prose is regular
enough that abbreviations (``Oct.``, ``U.S.``, ``Brig. Gen.``, ``D.C.``) are the main
trap, and a statistical parser costs ~100x more time per article.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from wiretally.records import Sentence

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "col", "lt", "maj", "capt", "sgt",
    "cpl", "pvt", "adm", "cmdr", "gov", "sen", "rep", "rev", "st", "mt", "ft", "no",
    "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "approx", "est", "dept",
    "u.s", "u.n", "u.k", "d.c", "e.g", "i.e", "a.m", "p.m", "al", "pres",
}  # fmt: skip

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+)")
# A list item's mark: a bullet or a number ("* Clashes near ...", "2. WANLAWEYN - ...",
# "[3] SONGKHLA - Saba Yoi district - ARSON", "b) Kaabong - 14 April: ..."), a number
# also in Markdown's bold or a heading's hashes ("**1. Makalondi (Tillaberi) - 4 May**").
_LIST_MARK = r"(?:[*•·▪–-]|(?:\*\*|__|#{1,6} )?(?:\d{1,2}[.)]|\[\d{1,2}\])|[a-h]\))\s"
LIST_ITEM = re.compile(r"\s*" + _LIST_MARK)
# A blank line, or a line break before a capital, a quote, a dash or a list item.
_PARA = re.compile(r"\n\s*\n|\n(?=[A-Z\"“‘'(—-]|" + _LIST_MARK + ")")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _is_abbreviation(text: str, dot_pos: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot_pos - 12), dot_pos)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREV:
        return True
    # Single capital initial ("J. Smith") or dotted acronym ("U.S.", "D.C.").
    return bool(len(word) == 1 and word.isalpha()) or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


_ITEM_NUMBER = re.compile(r"\s*(?:\*\*|__|#{1,6}[ \t]+)?\d{1,2}")


def _split_block(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct_start = m.start(1)
        nxt = m.end()
        if nxt >= end:
            break
        following = text[nxt]
        if not (following.isupper() or following.isdigit() or following in "\"“‘'(—-"):
            continue
        if m.group(1) == "." and _ITEM_NUMBER.fullmatch(text, pos, punct_start):
            continue  # "1. Roadside bomb kills four", "## 2. Tasil": a list number
        if m.group(1) == "." and _is_abbreviation(text, punct_start):
            # "U.S. officials" continues; "in the U.S. The next" is ambiguous: a following
            # capitalised function word is a strong sign of a new sentence.
            nword = re.match(r"[A-Z][a-z]+", text[nxt : nxt + 12])
            if not (nword and nword.group(0) in _SENTENCE_STARTERS):
                continue
        out.append((pos, m.end(2)))
        pos = nxt
    if pos < end:
        out.append((pos, end))


_SENTENCE_STARTERS = {
    "The", "A", "An", "But", "And", "In", "On", "At", "It", "He", "She", "They", "We",
    "This", "That", "These", "Those", "There", "Officials", "Since", "While", "Most",
    "Of", "After", "Before", "When", "As", "Though", "Although", "However", "Israel",
}  # fmt: skip


# A line a hard-wrapping writer broke mid-sentence: long, ending on a word or a comma.
_WRAP_LINE = re.compile(r"^[^\n]{58,100}[a-z0-9,;]$", re.M)
_LOWER_NEXT = re.compile(r"\n[a-z]")


def paragraph_break(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (the gap between two sentences) breaks the paragraph: a
    blank line, or a line break that is not a hard-wrapped paragraph's ("... told Levant
    Wire." / "Two soldiers were killed ..." inside a text wrapped at 90 columns)."""
    gap = text[start:end]
    if "\n" not in gap:
        return False
    if re.search(r"\n\s*\n", gap) or not _hard_wrapped(text):
        return True
    at = start + gap.index("\n")
    return at - (text.rfind("\n", 0, at) + 1) < 58


@lru_cache(maxsize=16)
def _hard_wrapped(text: str) -> bool:
    """Whether the writer broke lines inside paragraphs: three lines or more that run long
    and go on in lower case on the next line."""
    wraps = 0
    for m in _WRAP_LINE.finditer(text):
        if _LOWER_NEXT.match(text, m.end()):
            wraps += 1
            if wraps >= 3:
                return True
    return False


def _wraps_on(text: str, at: int) -> bool:
    """Whether the line break at ``at`` cuts a sentence: "a post of the Popular Mobilization"
    / "Forces in the Hamrin foothills" (a name that happens to open the next line)."""
    line = text.rfind("\n", 0, at) + 1
    if not _WRAP_LINE.fullmatch(text, line, at):
        return False
    quoted = text.startswith(('"', "“", "(", "—"), at + 1)
    return LIST_ITEM.match(text, at + 1) is None and not quoted


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with offsets into it; paragraphs and headings never join.

    In a hard-wrapped text a line break before a capital is a sentence's own wrap when the
    line it ends runs long and stops on a word."""
    spans: list[tuple[int, int]] = []
    pos = 0
    wrapped = _hard_wrapped(text)
    for m in _PARA.finditer(text):
        if wrapped and m.group() == "\n" and _wraps_on(text, m.start()):
            continue
        _split_block(text, pos, m.start(), spans)
        pos = m.end()
    _split_block(text, pos, len(text), spans)
    sentences: list[Sentence] = []
    for s, e in spans:
        # Trim whitespace so offsets point at the words.
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            sentences.append(Sentence(len(sentences), s, e, text[s:e]))
    return sentences


def fold(text: str) -> str:
    """Lower-case, accent-free, punctuation-light form for matching (not for display)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("`", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def wordset(text: str) -> frozenset[str]:
    """A word list written as prose (easier to read and extend than a list literal)."""
    return frozenset(text.split())


# Words that are never a name or a content word: articles, prepositions, conjunctions and
# the commonest verbs and pronouns.
FUNCTION_WORDS = wordset(
    """a an the of in on at to and or by for from with that this was is were are his her
    its their"""
)
