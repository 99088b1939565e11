"""A learned event typer: rules' cues plus words, weighed by a classifier we train ourselves.

The rule typer (:mod:`wiretally.extract.typing`) finds triggers and names a category, but
its hand weights cannot weigh a whole snippet: "police fired tear gas at stone-throwing
youths" has cues for four categories. This module trains a multinomial logistic regression
whose features are the snippet's words and word pairs (tf-idf) and the rules' own output
(which categories' triggers fired, how strongly, and which one won), so that the rules'
knowledge carries over and the words decide between close sub-types.

Training data: ``wiretally/data/typing/*.jsonl`` (``{"label": CODE, "text": ...}``),
snippets the project wrote itself in the styles the typer meets (ACLED-style notes,
wire-copy sentences, short descriptions), invented incidents in real places. No benchmark
text is in it. Users may add their own files with the ``typing_extra`` setting.

Training takes a few seconds; the trained model is cached under the cache folder, keyed by
a digest of the training data and this module's feature version, and loaded once per
process. Everything is numpy/scipy (already core dependencies), so the core install stays
light.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import os
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from scipy import optimize, sparse

from wiretally import cache
from wiretally.extract.typing import CATEGORIES, _adjust, scores
from wiretally.text import fold

# Bump when features or training change: the cache key includes it.
FEATURE_VERSION = "4"
CHAR_NGRAMS = (4, 5)
# Projected-gradient tolerance of the fit (see _fit_softmax).
_GTOL = 1e-7

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+")
_STOP = frozenset(
    ("the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "was", "were", "is", "are",
     "by", "for", "with", "from", "as", "its")
)  # fmt: skip


def _tokens(text: str) -> list[str]:
    return ["<num>" if t[0].isdigit() else t for t in _TOKEN.findall(fold(text).lower())]


def features(
    text: str,
    sc: dict[str, tuple[float, int, int]] | None = None,
    adjusted: dict[str, float] | None = None,
) -> dict[str, float]:
    """Raw feature counts of a snippet (before tf-idf): words, word pairs, rule cues.

    ``sc`` and ``adjusted`` are the rules' scores when the caller has them already.
    """
    toks = _tokens(text)
    out: dict[str, float] = {}
    for t in toks:
        if t not in _STOP:
            out["w:" + t] = out.get("w:" + t, 0.0) + 1.0
    for a, b in itertools.pairwise(toks):
        key = f"b:{a}_{b}"
        out[key] = out.get(key, 0.0) + 1.0
    # Character n-grams inside words carry a word's stem to its other forms ("shelled",
    # "shelling") and to spellings the training snippets never used.
    for tok in set(toks):
        w = f"<{tok}>"
        for n in CHAR_NGRAMS:
            for i in range(len(w) - n + 1):
                key = "c:" + w[i : i + n]
                out[key] = out.get(key, 0.0) + 1.0
    if sc is None:
        sc = scores(text)
    if sc:
        if adjusted is None:
            adjusted = _adjust(text, sc)
        for cat, weight in adjusted.items():
            if weight > 0:
                out["cue:" + cat] = min(weight, 8.0)
        best = max(adjusted, key=lambda k: adjusted[k], default=None)
        if best is not None and adjusted[best] > 0:
            out["rule:" + best] = 3.0
    else:
        out["rule:none"] = 3.0
    return out


@dataclass(slots=True)
class TypingModel:
    """A trained typer: vocabulary, idf, weights (features x classes) and class names.

    With an ``encoder`` (a sentence embedder of :mod:`wiretally.stories.embed`) a second
    softmax over the snippet's embedding is trained beside the word model, and the two
    are mixed in log space: ``mix`` is the word model's share.
    """

    labels: list[str]
    vocab: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray
    bias: np.ndarray
    encoder: str | None = None
    dense_weights: np.ndarray | None = None
    dense_bias: np.ndarray | None = None
    mix: float = 0.5

    def vectorise(self, texts: Sequence[str]) -> sparse.csr_matrix:
        return _vectorise([features(t) for t in texts], self.vocab, self.idf)

    def proba(self, texts: Sequence[str]) -> np.ndarray:
        """Class probabilities, one row per text, columns in ``labels`` order."""
        z = np.asarray(self.vectorise(texts) @ self.weights + self.bias)
        return self._mixed(z, texts)

    def predict(self, texts: Sequence[str]) -> list[str]:
        return [self.labels[i] for i in self.proba(texts).argmax(axis=1)]

    def ranked(
        self,
        text: str,
        sc: dict[str, tuple[float, int, int]] | None = None,
        adjusted: dict[str, float] | None = None,
    ) -> list[tuple[str, float]]:
        """Every class with its probability, most likely first.

        One text at a time is the extraction's case: a dense gather of the few weight rows
        the text has is much faster than building a sparse matrix for it.
        """
        rows, values = _row(features(text, sc, adjusted), self.vocab, self.idf)
        z = self.bias.copy()
        if rows:
            v = np.asarray(values)
            z += (v / np.sqrt(v @ v)) @ self.weights[rows]
        p = self._mixed(z[None, :], [text])[0]
        return sorted(zip(self.labels, p.tolist(), strict=True), key=lambda x: -x[1])

    def _mixed(self, word_logits: np.ndarray, texts: Sequence[str]) -> np.ndarray:
        logp = _log_softmax(word_logits)
        if self.encoder is not None and self.dense_weights is not None:
            from wiretally.stories.embed import get_embedder

            e = get_embedder(self.encoder).embed(list(texts))
            dense = _log_softmax(e @ self.dense_weights + self.dense_bias)
            logp = self.mix * logp + (1.0 - self.mix) * dense
        return np.exp(_log_softmax(logp))


def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return np.asarray(z - np.log(np.exp(z).sum(axis=1, keepdims=True)))


def _tf(name: str, count: float) -> float:
    """Rule features keep their strength; word counts are damped (1 + log)."""
    return count if name.startswith(("cue:", "rule:")) else 1.0 + math.log(count)


def _row(
    feats: dict[str, float], vocab: dict[str, int], idf: np.ndarray
) -> tuple[list[int], list[float]]:
    """Column indices and tf-idf values of one snippet's known features (not normalised)."""
    cols: list[int] = []
    values: list[float] = []
    for name, count in feats.items():
        j = vocab.get(name)
        if j is not None:
            cols.append(j)
            values.append(_tf(name, count) * float(idf[j]))
    return cols, values


def _vectorise(
    rows: list[dict[str, float]], vocab: dict[str, int], idf: np.ndarray
) -> sparse.csr_matrix:
    indptr: list[int] = [0]
    indices: list[int] = []
    data: list[float] = []
    for feats in rows:
        cols, values = _row(feats, vocab, idf)
        indices += cols
        data += values
        indptr.append(len(indices))
    m = sparse.csr_matrix(
        (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64), indptr),
        shape=(len(rows), len(vocab)),
    )
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ m)


def train(
    examples: Sequence[tuple[str, str]],
    *,
    c: float = 1000.0,
    min_df: int = 2,
    max_iter: int = 2000,
    encoder: str | None = None,
    dense_c: float = 10.0,
    mix: float = 0.5,
) -> TypingModel:
    """Fit the classifier on (text, label) pairs (L2-regularised softmax, L-BFGS).

    ``c`` is the inverse regularisation strength (as in scikit-learn); ``min_df`` drops
    words and pairs seen in fewer snippets (rule features are always kept). With an
    ``encoder``, a second softmax (strength ``dense_c``) is fitted on the snippets'
    embeddings and mixed in with share ``1 - mix``.
    """
    if not examples:
        raise ValueError("no typing examples to train on")
    labels = sorted({label for _, label in examples})
    rows = [features(text) for text, _ in examples]
    df: dict[str, int] = {}
    for feats in rows:
        for name in feats:
            df[name] = df.get(name, 0) + 1
    names = sorted(n for n, k in df.items() if k >= min_df or n.startswith(("cue:", "rule:")))
    vocab = {n: i for i, n in enumerate(names)}
    n = len(rows)
    idf = np.array([math.log((1 + n) / (1 + df[name])) + 1.0 for name in names])
    y = np.array([labels.index(label) for _, label in examples])
    w, b = _fit_softmax(_vectorise(rows, vocab, idf), y, len(labels), c, max_iter)
    model = TypingModel(labels, vocab, idf, w, b, mix=mix)
    if encoder is not None:
        from wiretally.stories.embed import get_embedder

        e = get_embedder(encoder).embed([text for text, _ in examples])
        model.encoder = encoder
        model.dense_weights, model.dense_bias = _fit_softmax(
            e.astype(np.float64), y, len(labels), dense_c, max_iter * 3
        )
    return model


def _fit_softmax(
    x: sparse.csr_matrix | np.ndarray, y: np.ndarray, k: int, c: float, max_iter: int
) -> tuple[np.ndarray, np.ndarray]:
    """Weights and bias of a multinomial logistic regression (mean loss + L2 / (2 c n))."""
    n, f = x.shape
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    lam = 1.0 / (c * n)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: f * k].reshape(f, k)
        logp = _log_softmax(np.asarray(x @ w) + theta[f * k :])
        value = -(onehot * logp).sum() / n + 0.5 * lam * float((w * w).sum())
        g = (np.exp(logp) - onehot) / n
        gw = np.asarray(x.T @ g) + lam * w
        return value, np.concatenate([gw.ravel(), g.sum(axis=0)])

    # Weakly regularised and nearly separable, the loss is flat near its minimum: with
    # L-BFGS-B's default tolerance the fit stopped where the path happened to flatten, so an
    # edit to an unrelated cue (which changes a few training rows' features) moved the
    # stopping point and flipped sentences that cue never touches. Run to a tight gradient
    # tolerance so the weights are the minimum's, whatever the path.
    result = optimize.minimize(
        loss,
        np.zeros(f * k + k),
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": max_iter, "gtol": _GTOL, "ftol": 1e-15},
    )
    return result.x[: f * k].reshape(f, k), result.x[f * k :]


# ---------------------------------------------------------------------- data


def packaged_files() -> list[Path]:
    folder = resources.files("wiretally").joinpath("data/typing")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".jsonl"))


def _extra_setting() -> str:
    from wiretally.settings import live

    return live("typing_extra")


def extra_files() -> list[Path]:
    return [Path(p) for p in _extra_setting().split(os.pathsep) if p.strip()]


def read_examples(paths: Iterable[Path]) -> list[tuple[str, str]]:
    """(text, label) pairs from JSONL files; a bad line names its file and line."""
    out: list[tuple[str, str]] = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text, label = str(rec["text"]), str(rec["label"])
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(
                    f"{path}:{n}: a typing example needs a JSON object with 'text' and "
                    f"'label' ({exc})"
                ) from exc
            if label not in CATEGORIES:
                raise ValueError(
                    f"{path}:{n}: unknown label {label!r}; use one of {', '.join(CATEGORIES)}"
                )
            out.append((text, label))
    return out


# ---------------------------------------------------------------------- cache

_LOCK = threading.Lock()
_MODELS: dict[tuple[str, str | None], TypingModel] = {}


def _digest(paths: list[Path]) -> str:
    """Training files, feature version and the rules' source (their cues and context
    adjustments are features: a change to either retrains)."""
    from wiretally.extract import typing as rules

    h = hashlib.sha256(FEATURE_VERSION.encode())
    h.update(Path(rules.__file__).read_bytes())
    for p in paths:
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def default_model(encoder: str | None = None) -> TypingModel:
    """The model trained on the packaged (and the user's extra) snippets; cached on disk.

    ``encoder`` adds the sentence-embedding half (e.g. ``minilm.v1``, extra ``embed``).
    Loaded once per process, encoder and ``typing_extra`` value: the packaged files do not
    change while a process runs, and hashing them for every sentence would cost more than
    typing it.
    """
    memo = (_extra_setting(), encoder)
    model = _MODELS.get(memo)
    if model is not None:
        return model
    paths = packaged_files() + extra_files()
    key = _digest(paths) + (f"-{encoder}" if encoder else "")
    with _LOCK:
        model = _MODELS.get(memo)
        if model is not None:
            return model
        path = cache.cache_dir() / f"typing-{key}.npz"
        model = _load(path)
        if model is None:
            model = train(read_examples(paths), encoder=encoder)
            _save(model, path)
        _MODELS[memo] = model
        return model


def _save(model: TypingModel, path: Path) -> None:
    arrays: dict[str, Any] = {
        "labels": np.array(model.labels),
        "names": np.array(sorted(model.vocab, key=model.vocab.__getitem__)),
        "idf": model.idf,
        "weights": model.weights,
        "bias": model.bias,
        "mix": np.array(model.mix),
    }
    if model.encoder is not None and model.dense_weights is not None:
        arrays.update(
            encoder=np.array(model.encoder),
            dense_weights=model.dense_weights,
            dense_bias=model.dense_bias,
        )
    cache.write_atomic(path, lambda handle: np.savez(handle, **arrays), suffix=".npz")


def _load(path: Path) -> TypingModel | None:
    if not path.is_file():
        return None
    try:
        with np.load(path, allow_pickle=False) as z:
            names = [str(s) for s in z["names"]]
            model = TypingModel(
                [str(s) for s in z["labels"]],
                {n: i for i, n in enumerate(names)},
                z["idf"],
                z["weights"],
                z["bias"],
                mix=float(z["mix"]),
            )
            if "encoder" in z.files:
                model.encoder = str(z["encoder"])
                model.dense_weights, model.dense_bias = z["dense_weights"], z["dense_bias"]
            return model
    except (OSError, ValueError, KeyError):
        return None  # a broken cache is retrained
