"""Score event typing on CASE 2021 task 2 (ACLED sub-event types on news snippets).

Each snippet goes through :func:`wiretally.extract.typing.snippet_code` with each typer:
the rules alone, ``learned.v1`` (rules + a classifier trained on the project's own
snippets in ``wiretally/data/typing``) and ``learned-minilm.v1`` (the same plus a
sentence-embedding half; skipped without the ``embed`` extra). Reports accuracy, weighted
F1 and macro F1 (the task's measures).

The labelled CASE file is the task's TEST split and nothing was tuned on it: the rules were
written from ACLED's codebook and the five sample snippets, the training snippets were
written by us without reading it, and the classifier's settings are chosen by
cross-validation on our own snippets (``--cv``). Its score is an honest estimate of how the
typer does on text it has never seen.

Also scores PLOVER on ``plover_gsr`` when that file is present (event name of the first
coded event of each sentence).

Run: ``python -m wiretally.evaluate.typing [--shared ../shared] [--cv]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from pathlib import Path

from wiretally.errors import MissingExtra
from wiretally.extract.typing import TYPERS, classify, snippet_code


def f1_scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    """Accuracy, weighted F1 (by gold support) and macro F1 over gold labels."""
    labels = sorted(set(gold))
    support = Counter(gold)
    tp = Counter(g for g, p in zip(gold, pred, strict=True) if g == p)
    pc = Counter(pred)
    f1: dict[str, float] = {}
    for lab in labels:
        p = tp[lab] / pc[lab] if pc[lab] else 0.0
        r = tp[lab] / support[lab]
        f1[lab] = 2 * p * r / (p + r) if p + r else 0.0
    n = len(gold)
    return {
        "n": float(n),
        "accuracy": sum(tp.values()) / n if n else 0.0,
        "weighted_f1": sum(f1[lab] * support[lab] for lab in labels) / n if n else 0.0,
        "macro_f1": sum(f1.values()) / len(labels) if labels else 0.0,
        **{f"f1.{lab}": f1[lab] for lab in labels},
    }


def score_case(path: Path, typer: str = "rules") -> dict[str, float]:
    """Scores on a CASE task-2 TSV with columns id, EventSnippet, SubType."""
    gold: list[str] = []
    pred: list[str] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            label = (row.get("SubType") or "").strip()
            if not label:
                continue
            gold.append(label)
            pred.append(snippet_code(row.get("EventSnippet") or "", typer=typer))
    return f1_scores(gold, pred)


def score_sample(folder: Path, typer: str = "rules") -> dict[str, float]:
    """Scores on the five-snippet sample (input and output in two files)."""
    texts = dict(
        line.rstrip("\n").split("\t", 1)
        for line in (folder / "sample_input.txt").read_text(encoding="utf-8").splitlines()
        if "\t" in line
    )
    labels = dict(
        line.split("\t", 1)
        for line in (folder / "sample_output.txt").read_text(encoding="utf-8").splitlines()
        if "\t" in line
    )
    ids = [i for i in labels if i in texts]
    return f1_scores(
        [labels[i].strip() for i in ids], [snippet_code(texts[i], typer=typer) for i in ids]
    )


def score_plover(path: Path) -> dict[str, float]:
    """PLOVER accuracy on plover_gsr (a JSON list of coded sentences).

    The typing covers PLOVER's material-conflict classes (FIGHT, ASSAULT, PROTEST, COERCE)
    and a few others; verbal classes (DEMAND, REJECT, DISAPPROVE...) have no trigger and
    count as misses. ``conflict_accuracy`` is the accuracy on the four conflict classes.
    """
    records = json.loads(path.read_text(encoding="utf-8", errors="replace"))
    gold: list[str] = []
    pred: list[str] = []
    for rec in records:
        event, text = rec.get("event"), rec.get("text")
        if not event or not text or event == "DOCUMENT":
            continue
        t = classify(text, typer="rules")
        gold.append(str(event).upper())
        pred.append((t.plover if t is not None and t.plover else "NONE").upper())
    result = f1_scores(gold, pred)
    conflict = [(g, p) for g, p in zip(gold, pred, strict=True) if g in _CONFLICT]
    result["conflict_n"] = float(len(conflict))
    result["conflict_accuracy"] = (
        sum(g == p for g, p in conflict) / len(conflict) if conflict else 0.0
    )
    return result


_CONFLICT = frozenset({"FIGHT", "ASSAULT", "PROTEST", "COERCE"})


def _print(name: str, result: dict[str, float]) -> None:
    head = {k: v for k, v in result.items() if not k.startswith("f1.")}
    print(
        name,
        " ".join(
            f"{k}={v:.3f}" if not k.endswith("n") else f"{k}={int(v)}" for k, v in head.items()
        ),
    )
    for k, v in sorted(result.items()):
        if k.startswith("f1."):
            print(f"  {k[3:]:32s} {v:.3f}")


def cross_validate(folds: int = 5, seed: int = 13, c: float = 1000.0) -> dict[str, float]:
    """K-fold scores of the learned typer on the project's own snippets (the dev estimate).

    Files are split by snippet; near-identical snippets written from one template would
    flatter this number, which is why the CASE test score is reported beside it.
    """
    from wiretally.extract.typing_model import packaged_files, read_examples, train

    examples = read_examples(packaged_files())
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    gold: list[str] = []
    pred: list[str] = []
    for k in range(folds):
        held = set(order[k::folds])
        model = train([e for i, e in enumerate(examples) if i not in held], c=c)
        test = [examples[i] for i in sorted(held)]
        gold += [label for _, label in test]
        pred += model.predict([text for text, _ in test])
    return f1_scores(gold, pred)


def _round(path: Path) -> int:
    """A data file's writing round: ``battles_3.jsonl`` is round 3, ``battles.jsonl`` 1."""
    tail = path.stem.rsplit("_", 1)[-1]
    return int(tail) if tail.isdigit() else 1


def by_round(encoder: str | None = None) -> dict[int, dict[str, float]]:
    """Train on the rounds before each later round and score that round.

    Each round was written apart (other regions, styles, writers), so this estimates how
    the typer carries to text unlike what it learnt from, better than shuffled folds.
    """
    from wiretally.extract.typing_model import packaged_files, read_examples, train

    files = packaged_files()
    out: dict[int, dict[str, float]] = {}
    for k in sorted({_round(p) for p in files} - {1}):
        model = train(read_examples([p for p in files if _round(p) < k]), encoder=encoder)
        held = read_examples([p for p in files if _round(p) == k])
        out[k] = f1_scores([lab for _, lab in held], model.predict([t for t, _ in held]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--cv",
        action="store_true",
        help="also cross-validate on the packaged snippets, and score each round on the earlier",
    )
    parser.add_argument("--c", type=float, default=None, help="with --cv: inverse regularisation")
    parser.add_argument(
        "--typer", action="append", choices=list(TYPERS), help="score only this typer (repeatable)"
    )
    args = parser.parse_args(argv)
    if args.cv:
        _print("own snippets, 5-fold", cross_validate(c=args.c or 1000.0))
        for encoder in (None, "minilm.v1"):
            try:
                for k, result in by_round(encoder).items():
                    _print(
                        f"own snippets, rounds < {k} -> round {k} [{encoder or 'words'}]", result
                    )
            except MissingExtra as exc:
                print(f"rounds with {encoder} skipped: {exc}")
    base = args.shared / "dev" / "typing"
    case = base / "case2021_task2"
    if not case.is_dir():
        print(f"no CASE data at {case}: pass --shared PATH", file=sys.stderr)
        return 0 if args.cv else 1
    for typer in args.typer or list(TYPERS):
        try:
            _print(f"case2021 sample [{typer}]", score_sample(case / "sample_data", typer))
        except MissingExtra as exc:
            print(f"case2021 [{typer}] skipped: {exc}")
            continue
        test = case / "test_dataset" / "test_set_final_release_with_labels.tsv"
        if test.is_file():
            _print(f"case2021 test [{typer}]", score_case(test, typer))
    gsr = base / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
    if gsr.is_file():
        _print("plover_gsr", score_plover(gsr))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
