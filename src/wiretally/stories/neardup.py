"""Candidate pairs by MinHash/LSH (rensa, Rust): the cheap stage that sees every article.

Two sketches per article, both over lower-cased word tokens:

* ``shingles``: word 3-grams. Reprints share most of them even with site junk around the
  text; the pair is then verified exactly by shingle containment (a reprint may be a cut of
  the original, so containment, not Jaccard, is the test).
* ``terms``: the set of content words. A rewrite shares few 3-grams with its original but
  most of its names, numbers and content words, so a looser LSH over this set proposes the
  pairs that the sentence aligner (``align``) then checks. Only these pairs reach the
  semantic stage.

Incremental runs insert every article's sketch but query only the new articles, so the
work that grows with the old corpus is the (Rust) insertion, not the comparisons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import rensa

from wiretally.stories.embed import _STOP

_TOKEN = re.compile(r"[^\W_]+")
NUM_PERM = 128
SEED = 17


@dataclass(slots=True)
class Sketch:
    """What the cheap stage keeps of one article."""

    shingles: frozenset[str]
    terms: frozenset[str]


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def sketch(text: str) -> Sketch:
    words = tokens(text)
    shingles = frozenset(map(" ".join, zip(words, words[1:], words[2:], strict=False)))
    terms = frozenset(w for w in words if len(w) > 2 and w not in _STOP)
    return Sketch(shingles or frozenset(words), terms)


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def lsh_pairs(
    sets: Sequence[frozenset[str]],
    *,
    query: Sequence[int],
    threshold: float,
    num_bands: int,
) -> set[tuple[int, int]]:
    """Index pairs (i < j) proposed by LSH for the rows in ``query`` against all rows."""
    if not sets:
        return set()
    hashes = rensa.RMinHash.from_token_sets([list(s) or [""] for s in sets], NUM_PERM, SEED)
    lsh = rensa.RMinHashLSH(threshold, NUM_PERM, num_bands)
    lsh.insert_many(hashes)
    found = lsh.query_all([hashes[i] for i in query])
    pairs: set[tuple[int, int]] = set()
    for i, keys in zip(query, found, strict=True):
        for j in keys:
            if j != i:
                pairs.add((i, j) if i < j else (j, i))
    return pairs
