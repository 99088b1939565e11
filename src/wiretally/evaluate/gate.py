"""The accuracy gate: score what a store holds against a gold file, with pinned floors.

``wiretally evaluate --gold GOLD`` prints this report and exits 1 when a score falls below
its floor, so CI fails when a change makes the output worse. Floors are pinned at or a
little below what the pipeline measures today on the seeds (a development set); raise them
as the pipeline improves, never lower them to make a change pass.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wiretally.errors import WiretallyError
from wiretally.evaluate.seeds import score_articles, score_stories
from wiretally.store import Store

# name -> (path into the report, lowest acceptable value)
FLOORS: dict[str, tuple[tuple[str, ...], float]] = {
    "articles matched": (("articles", "matched_share"), 1.0),
    "article dates in window": (("articles", "dates_share"), 1.0),
    "story groups exact": (("stories", "exact_share"), 1.0),
}


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def evaluate_store(store: Store, gold_path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise WiretallyError(f"{gold_path}: cannot read the gold file ({exc})") from exc
    articles = [a.export() for a in store.iter_articles()]
    report: dict[str, Any] = {}
    arts = score_articles(articles, gold)
    keys = arts.pop("keys")
    arts["matched_share"] = _share(arts["matched"], arts["gold_articles"])
    arts["dates_share"] = _share(arts["dates_in_window"], arts["gold_articles"])
    report["articles"] = arts
    stories = score_stories([s.export() for s in store.iter_stories()], keys, gold)
    stories["exact_share"] = _share(stories["exact_groups"], stories["expected"])
    report["stories"] = stories
    report["floors"] = check_floors(report)
    report["passed"] = all(f["ok"] for f in report["floors"])
    return report


def _dig(report: dict[str, Any], path: tuple[str, ...]) -> float | None:
    node: Any = report
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return float(node) if isinstance(node, int | float) else None


def check_floors(report: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for name, (path, floor) in FLOORS.items():
        value = _dig(report, path)
        out.append({"name": name, "value": value, "floor": floor,
                    "ok": value is not None and value >= floor - 1e-9})  # fmt: skip
    return out


def format_report(report: dict[str, Any]) -> str:
    lines = []
    for section in ("articles", "stories", "events", "claims", "places"):
        part = report.get(section)
        if not isinstance(part, dict):
            continue
        lines.append(f"[{section}]")
        for key, value in part.items():
            if key == "problems" or isinstance(value, dict | list):
                continue
            shown = f"{value:.3f}" if isinstance(value, float) else value
            lines.append(f"  {key}: {shown}")
        for problem in part.get("problems", [])[:20]:
            lines.append(f"  - {problem}")
    lines.append("[gate]")
    for floor in report.get("floors", []):
        value = "missing" if floor["value"] is None else f"{floor['value']:.3f}"
        mark = "ok" if floor["ok"] else "BELOW FLOOR"
        lines.append(f"  {floor['name']}: {value} (floor {floor['floor']:.2f}) {mark}")
    lines.append("passed" if report.get("passed") else "FAILED: a score is below its floor")
    return "\n".join(lines)
