"""Candidate pairs by MinHash/LSH: the cheap stage that sees every article.

Two MinHash signatures per article (computed by rensa, in Rust, from 64-bit token hashes):

* over word 3-gram ``shingles``. Reprints share most of them even with site junk around the
  text; a proposed pair is then verified exactly by shingle containment (a reprint may be a
  cut of the original, so containment, not Jaccard, is the test).
* over the set of content words (``terms``). A rewrite shares few 3-grams with its original
  but most of its names, numbers and content words, so this signature proposes the pairs
  that the sentence aligner then checks. Only these pairs reach the semantic stage.

Banding is done here with numpy over the signature matrix (rensa's index answers "is this a
duplicate" in bulk but not "of which keys"): 32 bands of 4 rows, so a pair near Jaccard 0.42
has an even chance to be proposed, one near 0.7 almost surely. Word hashes are CRC32 of the
word (deterministic across runs and processes, unlike ``hash()``); token lists are dropped
once hashed, so memory holds 2 x 128 integers per article, not its text's n-grams.
Incremental runs hash every article but query only the new ones.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import zlib
from collections.abc import Sequence

import numpy as np
import rensa

from wiretally.stories.embed import _STOP

_TOKEN = re.compile(r"[^\W_]+")
NUM_PERM = 128
SEED = 17
BANDS = 32
ROWS = NUM_PERM // BANDS
MIN_WORDS = 12  # shorter texts (headlines, captions) are not compared as copies
MAX_BUCKET = 64  # a band value shared by more articles than this is boilerplate, skipped
_BATCH = 8192
_M1 = np.uint64(0x9E3779B97F4A7C15)
_M2 = np.uint64(0xC2B2AE3D27D4EB4F)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def shingles(words: list[str]) -> set[str]:
    return set(map(" ".join, zip(words, words[1:], words[2:], strict=False))) or set(words)


def terms(words: list[str]) -> set[str]:
    return {w for w in words if len(w) > 2 and w not in _STOP}


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the larger one."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


class _WordHashes(dict[str, int]):
    """word -> CRC32 << 1 | content-word bit, computed once per distinct word."""

    def __missing__(self, word: str) -> int:
        content = len(word) > 2 and word not in _STOP
        value = self[word] = zlib.crc32(word.encode()) << 1 | content
        return value


_SHARED: Sequence[str] = ()
PARALLEL_FROM = 20_000  # below this, starting workers costs more than it saves


def _sign_range(bounds: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return _signatures(_SHARED[bounds[0] : bounds[1]])


def signatures(
    texts: Sequence[str], *, workers: int | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Shingle and term signatures (n x 128 uint32 each) and which texts are long enough.

    Large corpora are split over forked worker processes (the texts reach them by fork, not
    by pickling; only the signatures come back).
    """
    global _SHARED
    n = len(texts)
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if n >= PARALLEL_FROM else 1
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return _signatures(texts)
    step = -(-n // (workers * 4))
    _SHARED = texts
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.map(_sign_range, [(s, min(n, s + step)) for s in range(0, n, step)])
    finally:
        _SHARED = ()
    return (
        np.concatenate([p[0] for p in parts]),
        np.concatenate([p[1] for p in parts]),
        np.concatenate([p[2] for p in parts]),
    )


def _signatures(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    vocab = _WordHashes()
    lookup = vocab.__getitem__
    n = len(texts)
    shingle_sig = np.zeros((n, NUM_PERM), dtype=np.uint32)
    term_sig = np.zeros((n, NUM_PERM), dtype=np.uint32)
    usable = np.zeros(n, dtype=bool)
    for start in range(0, n, _BATCH):
        sh_parts: list[np.ndarray] = []
        te_parts: list[np.ndarray] = []
        for k, text in enumerate(texts[start : start + _BATCH]):
            words = np.fromiter(map(lookup, tokens(text)), dtype=np.uint64)
            usable[start + k] = len(words) >= MIN_WORDS
            if len(words) < 3:
                words = np.concatenate([words, np.zeros(3 - len(words), dtype=np.uint64)])
            sh_parts.append((words[:-2] * _M1 ^ words[1:-1]) * _M2 ^ words[2:])
            te_parts.append(words[(words & np.uint64(1)) == 1])
        for parts, out in ((sh_parts, shingle_sig), (te_parts, term_sig)):
            offsets = np.zeros(len(parts) + 1, dtype=np.uint64)
            np.cumsum([len(p) for p in parts], out=offsets[1:])
            flat = np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)
            matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
                flat, offsets, NUM_PERM, SEED
            )
            out[start : start + len(parts)] = np.asarray(matrix.to_rows(), dtype=np.uint32)
    return shingle_sig, term_sig, usable


def band_pairs(
    signature: np.ndarray, usable: np.ndarray, query: np.ndarray
) -> set[tuple[int, int]]:
    """Pairs (i < j) sharing a band, at least one of them queried (``query``: bool mask)."""
    n = len(signature)
    if n < 2:
        return set()
    wide = signature.astype(np.uint64).reshape(n, BANDS, ROWS)
    keys = wide[:, :, 0]
    for r in range(1, ROWS):
        keys = keys * _M1 ^ wide[:, :, r]
    ids = np.flatnonzero(usable)
    pairs: set[tuple[int, int]] = set()
    for band in range(BANDS):
        column = keys[ids, band]
        order = np.argsort(column, kind="stable")
        sorted_keys = column[order]
        starts = np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])
        sizes = np.diff(np.r_[starts, len(sorted_keys)])
        for s, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist(), strict=True):
            if size > MAX_BUCKET:
                continue
            members = ids[order[s : s + size]].tolist()
            for x in range(size):
                for y in range(x + 1, size):
                    i, j = members[x], members[y]
                    if query[i] or query[j]:
                        pairs.add((i, j) if i < j else (j, i))
    return pairs


def candidate_pairs(
    texts: Sequence[str], query: Sequence[int]
) -> list[tuple[int, int, float, float]]:
    """Pairs (i < j, i or j in ``query``) that either signature proposes, with their
    estimated shingle and term Jaccard (share of equal signature values)."""
    shingle_sig, term_sig, usable = signatures(texts)
    wanted = np.zeros(len(texts), dtype=bool)
    wanted[list(query)] = True
    found = band_pairs(shingle_sig, usable, wanted) | band_pairs(term_sig, usable, wanted)
    if not found:
        return []
    pairs = np.array(sorted(found), dtype=np.intp)
    left, right = pairs[:, 0], pairs[:, 1]
    est_shingles = (shingle_sig[left] == shingle_sig[right]).mean(axis=1)
    est_terms = (term_sig[left] == term_sig[right]).mean(axis=1)
    return list(
        zip(left.tolist(), right.tolist(), est_shingles.tolist(), est_terms.tolist(), strict=True)
    )
