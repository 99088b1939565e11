"""Text units shared by the stages: sentences with offsets, normalised tokens.

``split_sentences`` is a fast rule-based splitter (no model): news prose is regular
enough that abbreviations (``Oct.``, ``U.S.``, ``Brig. Gen.``, ``D.C.``) are the main
trap, and a statistical parser costs ~100x more time per article.
"""

from __future__ import annotations

import re
import unicodedata

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
# "[3] SONGKHLA - Saba Yoi district - ARSON", "b) Kaabong - 14 April: ...").
_LIST_MARK = r"(?:[*•·▪–-]|\d{1,2}[.)]|\[\d{1,2}\]|[a-h]\))\s"
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
        if m.group(1) == "." and re.fullmatch(r"\s*\d{1,2}", text[pos:punct_start]):
            continue  # "1. Roadside bomb kills four": a list number, not a sentence
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


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with offsets into it; paragraphs and headings never join."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
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
