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
from wiretally.evaluate.claims import score_claims
from wiretally.evaluate.events import SUGGESTED_FLOORS as EVENT_FLOORS
from wiretally.evaluate.events import gate_section as events_section
from wiretally.evaluate.seeds import score_articles, score_stories
from wiretally.store import Store

# name -> (path into the report, lowest acceptable value). Measured on the seeds on
# 2026-11-26: every value below is at or under what the pipeline scored that day.
FLOORS: dict[str, tuple[tuple[str, ...], float]] = {
    "articles matched": (("articles", "matched_share"), 1.0),
    "article dates in window": (("articles", "dates_share"), 1.0),
    "story groups exact": (("stories", "exact_share"), 1.0),
    "story canonicals": (("stories", "canonical_share"), 1.0),
    "story changes listed": (("stories", "changes_share"), 1.0),
    **EVENT_FLOORS,
    "event spurious at most 3": (("events", "spurious_ok"), 1.0),
    "claims F1": (("claims", "f1"), 0.95),
    "claim series found": (("claims", "series_share"), 1.0),
    "claim checks pass": (("claims", "checks_share"), 1.0),
    "no spurious claim conflicts": (("claims", "no_spurious_conflicts"), 1.0),
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
    stories["canonical_share"] = _share(stories["canonical_right"], stories["expected"])
    stories["changes_share"] = _share(stories["changes_found"], stories["changes_total"])
    report["stories"] = stories
    if gold.get("events"):
        events = events_section([e.export() for e in store.iter_events()], gold)
        events["spurious_ok"] = float(events["spurious"] <= 3)
        report["events"] = events
    if gold.get("claims"):
        claims = [c.export() for c in store.iter_claims()]
        report["claims"] = _claims_section(claims, gold, articles)
    report["floors"] = check_floors(report)
    report["passed"] = all(f["ok"] for f in report["floors"])
    return report


def _claims_section(
    exported: list[dict[str, Any]], gold: dict[str, Any], articles: list[dict[str, Any]]
) -> dict[str, Any]:
    scored = score_claims(exported, gold, articles=articles)
    series, checks = scored["series"], scored["checks"]
    section: dict[str, Any] = {
        k: scored["claims"][k] for k in ("precision", "recall", "f1", "gold", "exported")
    }
    for field, value in scored["fields"].items():
        section[f"{field}_share"] = 1.0 if value["accuracy"] is None else value["accuracy"]
    section["series_share"] = _share(series.get("found", 0), series.get("gold", 0))
    section["checks_share"] = _share(checks["passed"], checks["total"])
    section["no_spurious_conflicts"] = float(not checks["spurious_conflicts"])
    section["problems"] = (
        [f"missed: {k}" for k in scored["claims"]["missed"]]
        + [f"check failed: {c['check']}" for c in checks["details"] if not c["ok"]]
        + [f"spurious conflict: {c}" for c in checks["spurious_conflicts"]]
    )
    return section


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
