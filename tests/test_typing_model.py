"""The learned typer: its training data, its training, its cache, and its use by classify."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from wiretally.extract import typing_model as tm
from wiretally.extract.typing import CATEGORIES, classify, snippet_code

# Illustrative snippets written for these tests.
_TOY = [
    ("Troops and rebels exchanged fire near the border post for two hours.", "ARMED_CLASH"),
    ("Rebels and soldiers fought a gun battle outside the town.", "ARMED_CLASH"),
    ("Militia fighters clashed with the army at a checkpoint.", "ARMED_CLASH"),
    ("Thousands marched peacefully through the capital to demand higher wages.", "PEACE_PROTEST"),
    ("Teachers held a sit-in outside the ministry over unpaid salaries.", "PEACE_PROTEST"),
    ("Students rallied on campus against tuition fees.", "PEACE_PROTEST"),
    ("A powerful earthquake shook the coastal province overnight.", "NATURAL_DISASTER"),
    ("Floods swept away homes after a week of heavy rain.", "NATURAL_DISASTER"),
    ("A cyclone made landfall and flattened fishing villages.", "NATURAL_DISASTER"),
]


def test_trained_model_separates_what_it_was_taught() -> None:
    model = tm.train(_TOY * 3, min_df=1)
    assert set(model.labels) == {"ARMED_CLASH", "PEACE_PROTEST", "NATURAL_DISASTER"}
    assert model.predict(["Hundreds marched to parliament demanding wages."]) == ["PEACE_PROTEST"]
    assert model.predict(["Soldiers clashed with rebels overnight."]) == ["ARMED_CLASH"]
    p = model.proba(["Heavy rain caused floods in the valley."])
    assert p.shape == (1, 3)
    assert abs(float(p.sum()) - 1.0) < 1e-9
    assert model.labels[int(p.argmax())] == "NATURAL_DISASTER"


def test_features_carry_the_rules_cues() -> None:
    f = tm.features("Warplanes bombed the market, killing 12.")
    assert f.get("rule:AIR_STRIKE") == 3.0
    assert "cue:AIR_STRIKE" in f
    assert tm.features("The committee met on Tuesday.").get("rule:none") == 3.0


def test_save_and_load_give_the_same_probabilities(tmp_path: Path) -> None:
    model = tm.train(_TOY, min_df=1)
    path = tmp_path / "m.npz"
    tm._save(model, path)
    loaded = tm._load(path)
    assert loaded is not None
    texts = ["Police and gunmen traded fire.", "Nurses went on strike."]
    assert np.allclose(model.proba(texts), loaded.proba(texts))
    path.write_bytes(b"not a zip")
    assert tm._load(path) is None  # a broken cache is retrained, not trusted


def test_an_embedding_half_is_trained_mixed_and_cached(tmp_path: Path) -> None:
    # fake.v1 is the shipped deterministic embedder (hashed words): no torch needed.
    model = tm.train(_TOY * 3, min_df=1, encoder="fake.v1", mix=0.5)
    assert model.encoder == "fake.v1" and model.dense_weights is not None
    words_only = tm.train(_TOY * 3, min_df=1)
    texts = ["Floods swept the valley after the rain.", "Students marched to the ministry."]
    mixed, plain = model.proba(texts), words_only.proba(texts)
    assert np.allclose(mixed.sum(axis=1), 1.0)
    assert not np.allclose(mixed, plain)  # the embedding half changes the probabilities
    assert model.predict(texts) == ["NATURAL_DISASTER", "PEACE_PROTEST"]
    ranked = dict(model.ranked(texts[0]))
    assert np.allclose([ranked[k] for k in model.labels], mixed[0])
    path = tmp_path / "m.npz"
    tm._save(model, path)
    loaded = tm._load(path)
    assert loaded is not None and loaded.encoder == "fake.v1"
    assert np.allclose(loaded.proba(texts), mixed)


def test_bad_example_files_name_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "mine.jsonl"
    bad.write_text('{"label": "ARMED_CLASH", "text": "ok"}\n{"text": "no label"}\n')
    with pytest.raises(ValueError, match=r"mine\.jsonl:2"):
        tm.read_examples([bad])
    bad.write_text('{"label": "PICNIC", "text": "a picnic"}\n')
    with pytest.raises(ValueError, match="unknown label 'PICNIC'"):
        tm.read_examples([bad])
    with pytest.raises(ValueError, match="no typing examples"):
        tm.train([])


def test_packaged_snippets_are_clean_and_cover_every_code() -> None:
    examples = tm.read_examples(tm.packaged_files())
    texts = [re.sub(r"\W+", " ", t.lower()).strip() for t, _ in examples]
    assert len(set(texts)) == len(texts), "duplicate training snippets"
    counts = Counter(label for _, label in examples)
    wanted = {k for k in CATEGORIES if k != "EXPLOSION"}
    assert wanted <= set(counts), f"codes without examples: {sorted(wanted - set(counts))}"
    assert min(counts[k] for k in wanted) >= 40, counts.most_common()[-5:]


def test_user_examples_extend_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        json.dumps({"label": "OTHER", "text": "The zeppelin parade was announced by the junta."})
        + "\n"
    )
    monkeypatch.setenv("WIRETALLY_TYPING_EXTRA", str(extra))
    assert tm.extra_files() == [extra]
    assert tm._digest([*tm.packaged_files(), extra]) != tm._digest(tm.packaged_files())


def test_classify_with_both_typers() -> None:
    text = "Police fired tear gas to disperse hundreds of protesters outside parliament."
    rules = classify(text, typer="rules")
    learned = classify(text, typer="learned.v1")
    assert rules is not None and learned is not None
    assert learned.key == "PROTEST_WITH_INTER"
    assert text[learned.trigger_start : learned.trigger_end] == learned.trigger
    assert classify("The committee met on Tuesday.", typer="learned.v1") is None
    # A snippet known to report an event always gets a code.
    assert snippet_code("The committee met on Tuesday.", typer="rules") == "OTHER"
    assert snippet_code("A magnitude 6 quake shook the hills.", typer="learned.v1") in CATEGORIES
    with pytest.raises(ValueError, match="unknown typer"):
        classify(text, typer="oracle")


def test_default_model_is_cached_on_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("wiretally.cache.cache_dir", lambda: tmp_path)
    monkeypatch.setattr(tm, "_MODELS", {})
    model = tm.default_model()
    cached = list(tmp_path.glob("typing-*.npz"))
    assert len(cached) == 1
    monkeypatch.setattr(tm, "_MODELS", {})
    again = tm.default_model()
    assert again.labels == model.labels
    assert np.allclose(again.weights, model.weights)


@pytest.mark.slow
def test_user_examples_change_what_the_model_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The wharf pickets unfurled banners at dawn."
    monkeypatch.setattr("wiretally.cache.cache_dir", lambda: tmp_path)
    monkeypatch.setattr(tm, "_MODELS", {})
    monkeypatch.setenv("WIRETALLY_TYPING_EXTRA", "")
    before = tm.default_model().ranked(text)[0][0]
    taught = "AGREEMENT" if before != "AGREEMENT" else "OTHER"
    extra = tmp_path / "mine.jsonl"
    lines = [f"The wharf pickets unfurled banners at dawn near pier {i}." for i in range(40)] + [
        f"Wharf pickets unfurled banners again on day {i}." for i in range(40)
    ]
    extra.write_text("".join(json.dumps({"label": taught, "text": t}) + "\n" for t in lines))
    monkeypatch.setenv("WIRETALLY_TYPING_EXTRA", str(extra))
    assert tm.default_model().ranked(text)[0][0] == taught
    assert len(list(tmp_path.glob("typing-*.npz"))) == 2  # one model per data set


@pytest.mark.slow
def test_no_training_snippet_comes_from_the_case_test_set(shared: Path) -> None:
    """A leak guard: no packaged snippet shares a 10-word run with a CASE test snippet.

    Shorter runs do recur in independent text ("two suicide bombers blew themselves up at
    a", "the Syrian Observatory for Human Rights said"): stock phrases, not copies.
    """
    test = shared / "dev/typing/case2021_task2/test_dataset/test_set_final_release_with_labels.tsv"
    if not test.is_file():
        pytest.skip(f"{test} is absent")

    def grams(text: str) -> set[tuple[str, ...]]:
        w = re.findall(r"[a-z0-9]+", text.lower())
        return {tuple(w[i : i + 10]) for i in range(len(w) - 9)}

    held: set[tuple[str, ...]] = set()
    for line in test.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) >= 2:
            held |= grams(parts[1])
    leaks = [t for t, _ in tm.read_examples(tm.packaged_files()) if grams(t) & held]
    assert not leaks, leaks[:3]


@pytest.mark.embed
def test_minilm_typer_types_a_snippet() -> None:
    code = snippet_code(
        "Fighter jets bombed a weapons depot outside the town overnight.",
        typer="learned-minilm.v1",
    )
    assert code == "AIR_STRIKE"


@pytest.mark.slow
def test_case2021_floors(shared: Path) -> None:
    """Regression floors on CASE 2021 task 2 (its test split: measured, never tuned on).

    Measured 2026-11-27 (sixth session): rules 0.530, learned.v1 0.735 weighted F1,
    macro 0.693 (learned-minilm.v1 0.755, scored by ``python -m wiretally.evaluate.typing``
    with the embed extra).
    """
    from wiretally.evaluate.typing import score_case

    test = shared / "dev/typing/case2021_task2/test_dataset/test_set_final_release_with_labels.tsv"
    if not test.is_file():
        pytest.skip(f"{test} is absent")
    assert score_case(test, "rules")["weighted_f1"] >= 0.49
    learned = score_case(test, "learned.v1")
    assert learned["weighted_f1"] >= 0.71
    assert learned["macro_f1"] >= 0.67


def test_the_fit_runs_to_the_minimum_not_to_where_the_path_flattens(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Weakly regularised, the loss is flat near its minimum: a loose stop left the weights
    # wherever the path was, so an unrelated cue edit flipped sentences it never touched.
    from scipy import optimize, sparse

    rng = np.random.default_rng(0)
    x = sparse.random(300, 400, density=0.03, random_state=1, format="csr")
    y = rng.integers(0, 4, 300)

    def probabilities() -> np.ndarray:
        w, b = tm._fit_softmax(x, y, 4, 1000.0, 2000)
        return np.exp(tm._log_softmax(np.asarray(x @ w + b)))

    fitted = probabilities()
    loose_minimize = optimize.minimize

    def tight(*args: object, **kwargs: object) -> object:
        kwargs["options"] = {"maxiter": 20000, "gtol": 1e-12, "ftol": 1e-20}
        return loose_minimize(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tm.optimize, "minimize", tight)
    assert float(abs(fitted - probabilities()).max()) < 1e-4
