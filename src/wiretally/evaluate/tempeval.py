"""Score ``wiretally.times.tag_times`` on TempEval-3 TimeML files (and MEANTIME).

Reads ``<root>/TimeBank/*.tml`` and ``<root>/AQUAINT/*.tml`` (the TempEval-3 TBAQ
release; the DCT is the TIMEX3 with ``functionInDocument="CREATION_TIME"``), tags the
``TEXT`` element's plain text and compares with its TIMEX3 elements:

- strict extent P/R/F1: same character span;
- relaxed extent P/R/F1: spans overlap (TempEval-3's "relaxed match");
- value accuracy and type accuracy over strictly matched extents, and value F1 over
  relaxed matches (TempEval-3's headline "value" score).

Run: ``python -m wiretally.evaluate.tempeval [ROOT] [--meantime] [--errors N]``;
ROOT defaults to ``$WIRETALLY_SHARED/dev/time`` or ``../shared/dev/time``. Ranges are
split as TimeML annotates them.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from wiretally.records import Timex
from wiretally.times import tag_times

SHARED = Path(
    os.environ.get("WIRETALLY_SHARED", Path(__file__).resolve().parents[3].parent / "shared")
)
DEFAULT_ROOT = SHARED / "dev" / "time"


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(slots=True)
class GoldDoc:
    name: str
    text: str
    dct: str | None
    timexes: list[GoldTimex] = field(default_factory=list)
    exclude: list[tuple[int, int]] = field(default_factory=list)  # spans not scored (DCT)


def read_tml(path: Path) -> GoldDoc:
    """A TimeML file's TEXT element as plain text with its TIMEX3 spans."""
    root = ET.parse(path).getroot()
    dct = None
    for tx in root.iter("TIMEX3"):
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = (tx.get("value") or "")[:10] or None
            break
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no TEXT element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3":
            span = "".join(parts)[start:pos]
            timexes.append(GoldTimex(start, pos, span, el.get("type") or "", el.get("value") or ""))

    walk(text_el)
    return GoldDoc(path.name, "".join(parts), dct, timexes)


MEANTIME_SENTENCES = 6  # sentences 0-5 carry annotation (checked: none after)
_NO_SPACE_BEFORE = {",", ".", ":", ";", "'s", "n't", ")", "%", "?", "!", "'", "''", "'re"}


def read_meantime(path: Path) -> GoldDoc:
    """A MEANTIME (NAF-like) file: tokens joined back into text, TIMEX3 token spans.

    MEANTIME annotates the title, the dateline and the first sentences only, so the
    text stops after the last annotated sentence (``MEANTIME_SENTENCES``), and the
    dateline sentence, which holds the DCT, is not scored.
    """
    root = ET.parse(path).getroot()
    sentence_of: dict[str, str] = {}
    spans: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos = 0
    prev_sentence = None
    prev_tok = ""
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = tok.get("sentence")
        if int(sentence or 0) >= MEANTIME_SENTENCES:
            break
        sentence_of[tok.get("t_id") or ""] = sentence or ""
        if parts:
            sep = "\n" if sentence != prev_sentence else " "
            if sep == " " and (word in _NO_SPACE_BEFORE or prev_tok in ("(", "$", "``")):
                sep = ""
            parts.append(sep)
            pos += len(sep)
        spans[tok.get("t_id") or ""] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        prev_sentence, prev_tok = sentence, word
    text = "".join(parts)
    dct = None
    timexes: list[GoldTimex] = []
    exclude: list[tuple[int, int]] = []
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id") or "" for a in tx.iter("token_anchor")]
        if any(i not in spans for i in ids):
            continue
        anchors = [spans[i] for i in ids]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = (tx.get("value") or "")[:10] or None
            if ids:
                line = sentence_of[ids[0]]
                toks = [spans[t] for t, sn in sentence_of.items() if sn == line]
                exclude.append((min(a for a, _ in toks), max(b for _, b in toks)))
            continue
        if not anchors:
            continue
        s, e = min(a[0] for a in anchors), max(a[1] for a in anchors)
        timexes.append(GoldTimex(s, e, text[s:e], tx.get("type") or "", tx.get("value") or ""))
    return GoldDoc(path.name, text, dct, timexes, exclude)


def load_docs(root: Path, *, meantime: bool = False) -> list[GoldDoc]:
    if meantime:
        files = sorted((root / "meantime").rglob("*.xml"))
        return [read_meantime(p) for p in files]
    files = sorted((root / "TimeBank").glob("*.tml")) + sorted((root / "AQUAINT").glob("*.tml"))
    return [read_tml(p) for p in files]


def _prf(tp_p: int, n_sys: int, tp_r: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def score_docs(docs: list[GoldDoc], *, errors: list[str] | None = None) -> dict[str, object]:
    """Extent, value and type scores of ``tag_times`` over ``docs``."""
    n_gold = n_sys = strict = 0
    relaxed_sys = relaxed_gold = 0
    value_ok = type_ok = 0
    value_relaxed_sys = value_relaxed_gold = 0
    t0 = time.perf_counter()
    for doc in docs:
        found = tag_times(doc.text, dct=doc.dct, article_id=doc.name, ranges=False)
        found = [t for t in found if not any(t.start < e and s < t.end for s, e in doc.exclude)]
        n_gold += len(doc.timexes)
        n_sys += len(found)
        gold_by_span = {(g.start, g.end): g for g in doc.timexes}
        for t in found:
            g = gold_by_span.get((t.start, t.end))
            if g is not None:
                strict += 1
                value_ok += t.value == g.value
                type_ok += t.type == g.type
                if errors is not None and t.value != g.value:
                    errors.append(f"VALUE {doc.name} {g.text!r} gold={g.value} ours={t.value}")
            hits = [g for g in doc.timexes if t.start < g.end and g.start < t.end]
            if hits:
                relaxed_sys += 1
                value_relaxed_sys += any(g.value == t.value for g in hits)
            elif errors is not None:
                errors.append(f"FP {doc.name} {t.text!r} ({t.value}) ...{_ctx(doc.text, t)}")
        for g in doc.timexes:
            overlaps = [t for t in found if t.start < g.end and g.start < t.end]
            if overlaps:
                relaxed_gold += 1
                value_relaxed_gold += any(t.value == g.value for t in overlaps)
                if errors is not None and not any(
                    (t.start, t.end) == (g.start, g.end) for t in overlaps
                ):
                    errors.append(
                        f"SPAN {doc.name} gold={g.text!r} ours={[t.text for t in overlaps]}"
                    )
            elif errors is not None:
                errors.append(
                    f"FN {doc.name} {g.text!r} ({g.type} {g.value}) ...{_ctx(doc.text, g)}"
                )
    seconds = time.perf_counter() - t0
    return {
        "documents": len(docs),
        "gold": n_gold,
        "system": n_sys,
        "strict": _prf(strict, n_sys, strict, n_gold),
        "relaxed": _prf(relaxed_sys, n_sys, relaxed_gold, n_gold),
        "value_accuracy": round(value_ok / strict, 4) if strict else 0.0,
        "type_accuracy": round(type_ok / strict, 4) if strict else 0.0,
        "value_f1": _prf(value_relaxed_sys, n_sys, value_relaxed_gold, n_gold)["f1"],
        "docs_per_second": round(len(docs) / seconds, 1) if seconds else 0.0,
    }


def _ctx(text: str, span: GoldTimex | Timex) -> str:
    start, end = span.start, span.end
    return " ".join(text[max(0, start - 40) : end + 30].split())


def score_tempeval(root: Path | str = DEFAULT_ROOT, *, meantime: bool = False) -> dict[str, object]:
    """Scores on TimeBank+AQUAINT under ``root`` (or on MEANTIME with ``meantime``)."""
    return score_docs(load_docs(Path(root), meantime=meantime))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", nargs="?", default=str(DEFAULT_ROOT))
    parser.add_argument("--meantime", action="store_true", help="also score MEANTIME")
    parser.add_argument("--errors", type=int, default=0, help="print N errors of each kind")
    args = parser.parse_args(argv)
    root = Path(args.root)
    if not (root / "TimeBank").is_dir():
        print(f"no TimeBank/ under {root}: pass the folder that holds TimeBank/ and AQUAINT/",
              file=sys.stderr)  # fmt: skip
        return 1
    sets = [("TimeBank+AQUAINT", False)] + ([("MEANTIME", True)] if args.meantime else [])
    for label, is_meantime in sets:
        errs: list[str] | None = [] if args.errors else None
        scores = score_docs(load_docs(root, meantime=is_meantime), errors=errs)
        print(f"== {label}: {scores['documents']} docs, {scores['gold']} gold timexes, "
              f"{scores['system']} found, {scores['docs_per_second']} docs/s")  # fmt: skip
        for key in ("strict", "relaxed"):
            s = scores[key]
            assert isinstance(s, dict)
            print(f"{key:8s} extent  P {s['precision']:.3f}  R {s['recall']:.3f}  "
                  f"F1 {s['f1']:.3f}")  # fmt: skip
        print(f"value accuracy (strict matches) {scores['value_accuracy']:.3f}   "
              f"type accuracy {scores['type_accuracy']:.3f}   "
              f"value F1 (relaxed) {scores['value_f1']:.3f}")  # fmt: skip
        if errs:
            for kind in ("FP", "FN", "SPAN", "VALUE"):
                chosen = [e for e in errs if e.startswith(kind)][: args.errors]
                print(*chosen, sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
