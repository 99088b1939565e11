"""Blind field test: whole articles we wrote, coded by hand by writers who never saw the code.

The seeds are one story about one war, and the dev sets each test one part (a snippet's
type, a headline, a count). This set tests the whole pipeline the way a user meets it:
wire copy, local news pages with their menus, NGO briefs, agency pieces and JSON records
about invented incidents in real places (the Sahel, Sudan, Ukraine, Yemen, Haiti ...),
each article reporting several incidents alongside history, threats, denials and tallies.

Data: ``eval/field/<split>/<writer>/`` holds a writer's articles and ``gold.json`` (the
seeds' gold shape: ``events`` with ACLED types, dates or date windows, places with
coordinates, actors, weapon, fatalities; ``not_events`` as notes). The writers followed a
brief and did not look at the code or run the tool. Splits:

* ``dev``: studied; extraction errors found here may be fixed (in general form);
* ``held``: written alongside it by other writers about other regions; scored, never
  studied (no error listing is printed for it).

Every writer's folder of a split is ingested into a fresh SQLite store of its own by the
real pipeline (the writers invented their incidents apart), its events are exported and
scored by :func:`wiretally.evaluate.events.score_events` (per-field accuracy
over gold events; unmatched exported incidents are spurious). Article publication dates are
scored too, since every event date is resolved against them.

Run: ``python -m wiretally.evaluate.field [--split dev|held] [--errors]``; on dev,
``--save run.json`` keeps a snapshot and ``--compare run.json`` lists what a change moved.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from wiretally.evaluate.events import FIELDS, score_events
from wiretally.extract.typing import CATEGORIES
from wiretally.pipeline import IngestOptions, ingest
from wiretally.store import open_store

ROOT = Path(__file__).resolve().parents[3] / "eval" / "field"
_ACLED_PARENT = {sub: kind for kind, sub, _ in CATEGORIES.values() if kind and sub}


def load_gold(folder: Path) -> tuple[list[Path], dict[str, Any]]:
    """Article files and the merged gold of every writer's folder under ``folder``."""
    files: list[Path] = []
    gold: dict[str, Any] = {"articles": [], "events": [], "not_events": []}
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        path = sub / "gold.json"
        if not path.is_file():
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for art in data.get("articles", []):
            gold["articles"].append({**art, "file": f"{sub.name}/{art['file']}"})
            files.append(sub / art["file"])
        for ev in data.get("events", []):
            ev = {**ev, "key": f"{sub.name}/{ev['key']}"}
            ev["files"] = [f"{sub.name}/{f}" for f in ev.get("files", [])]
            parent = _ACLED_PARENT.get(ev.get("sub_event_type") or "")
            if parent and parent != ev.get("event_type"):
                # A writer's slip against ACLED's taxonomy ("Non-state actor overtakes
                # territory" is a Battles sub-event): the sub-event decides, and it is counted.
                ev["event_type"] = parent
                gold["retyped"] = gold.get("retyped", 0) + 1
            gold["events"].append(ev)
        gold["not_events"].extend(f"{sub.name}/{n}" for n in data.get("not_events", []))
    return files, gold


def run_split(folder: Path) -> dict[str, Any]:
    """Ingest the split's articles into a temporary store; export and score its events."""
    files, gold = load_gold(folder)
    if not files:
        raise SystemExit(f"{folder}: no writer folder with a gold.json")
    # Each writer's folder is its own corpus, as an outside scorer would run it: writers
    # invented their incidents apart, so two folders' stories about the same camp in the
    # same week are no reports of one event, and must not merge into one.
    by_writer: dict[Path, list[Path]] = {}
    for f in files:
        by_writer.setdefault(f.parent, []).append(f)
    events: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, (writer, group) in enumerate(sorted(by_writer.items())):
            store = open_store(f"{tmp}/field-{n}.db")
            try:
                summary = ingest([str(f) for f in group], store=store,
                                 options=IngestOptions(progress=False))  # fmt: skip
                events += [{**e.export(), "id": f"{writer.name}:{e.id}"}
                           for e in store.iter_events()]  # fmt: skip
                articles += [a.export() for a in store.iter_articles()]
            finally:
                store.close()
            problems += [f"{p.path}: {p.reason}" for p in summary.problems]
    # An exported event can only be a gold event told in one of the same files.
    path_of = {a["id"]: "/".join(Path(str(a.get("source_path") or "")).parts[-2:])
               for a in articles}  # fmt: skip
    for e in events:
        e["_files"] = sorted({path_of.get(src["article_id"], "") for src in e["sources"]})
    scored = score_events(events, gold["events"])
    scored["problems"] = problems
    scored["articles"] = _score_articles(articles, gold["articles"])
    scored["events"] = events
    scored["retyped"] = gold.get("retyped", 0)
    return scored


def _score_articles(articles: list[dict[str, Any]], gold: list[dict[str, Any]]) -> dict[str, Any]:
    """How many gold articles were read with their publication day right."""
    by_file: dict[str, list[dict[str, Any]]] = {}
    for a in articles:
        name = Path(str(a.get("source_path") or "")).parts[-2:]
        by_file.setdefault("/".join(name), []).append(a)
    right = 0
    wrong: list[str] = []
    for g in gold:
        got = by_file.get(g["file"], [])
        days = {str(a.get("published") or "")[:10] for a in got}
        if g.get("published") in days:
            right += 1
        else:
            wrong.append(f"{g['file']}: gold {g.get('published')}, read {sorted(days)}")
    return {"gold": len(gold), "published_right": right, "wrong": wrong}


def _brief(event: dict[str, Any]) -> str:
    loc = event.get("location") or {}
    fat = (event.get("fatalities") or {}).get("text")
    src = (event.get("sources") or [{}])[0].get("text", "")
    return (f"{event.get('sub_event_type')} | {event.get('date_start')}..{event.get('date_end')}"
            f" | {loc.get('name')} | {event.get('actor1')} -> {event.get('actor2')}"
            f" | {event.get('modality')}{' historical' if event.get('historical') else ''}"
            f" | killed {fat} | {', '.join(event.get('_files') or [])}"
            f"\n      \"{src[:220]}\"")  # fmt: skip


def report(split: str, scored: dict[str, Any], errors: bool) -> str:
    acc = scored["accuracy"]
    arts = scored["articles"]
    lines = [
        f"field test, {split}: {scored['gold_events']} gold events, "
        f"{scored['exported_events']} exported, {scored['spurious']} spurious incidents",
        f"  articles with the publication day right: {arts['published_right']}/{arts['gold']}",
        f"  gold event types set from their ACLED sub-type: {scored['retyped']}",
    ]
    for f in FIELDS:
        value = acc.get(f)
        shown = "-" if value is None else f"{value:.3f}"
        lines.append(f"  {f:<15} {shown}  (of {scored['counted'][f]})")
    for p in scored["problems"]:
        lines.append(f"  input problem: {p}")
    if errors:
        by_id = {e["id"]: e for e in scored["events"]}
        for row in scored["per_gold"]:
            bad = [k for k in FIELDS if row.get(k) is False]
            if bad:
                ev = by_id.get(row["event_id"])
                lines.append(f"- {row['key']}: wrong {', '.join(bad)}")
                if ev:
                    lines.append("    got " + _brief(ev))
        for eid in scored["spurious_ids"]:
            lines.append("+ spurious " + _brief(by_id[eid]))
        lines.extend(f"  date: {w}" for w in arts["wrong"])
    return "\n".join(lines)


def snapshot(scored: dict[str, Any]) -> dict[str, Any]:
    """What a run got right, gold event by gold event, and its spurious incidents, in a form
    that :func:`compare` reads back (``--save``): a rule's effect on the whole split is then
    one diff away (dev only: the held split is never studied)."""
    by_id = {e["id"]: e for e in scored["events"]}
    rows = {}
    for row in scored["per_gold"]:
        ev = by_id.get(row["event_id"])
        rows[row["key"]] = {
            **{f: row.get(f) for f in FIELDS},
            "got": _brief(ev) if ev is not None else None,
        }
    return {
        "accuracy": scored["accuracy"],
        "spurious": scored["spurious"],
        "rows": rows,
        "spurious_events": sorted(_brief(by_id[i]) for i in scored["spurious_ids"]),
    }


def compare(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The gold events whose fields changed between two snapshots, the spurious incidents
    gained and lost, and each field's accuracy before and after."""
    lines: list[str] = []
    old_rows = before.get("rows", {})
    for key, row in after.get("rows", {}).items():
        was = old_rows.get(key, {})
        changed = [f"{f}:{was.get(f)}->{row.get(f)}" for f in FIELDS if was.get(f) != row.get(f)]
        if changed:
            lines.append(f"{key} {' '.join(changed)}")
            lines.append(f"    was {was.get('got')}")
            lines.append(f"    now {row.get('got')}")
    old_spur, new_spur = set(before.get("spurious_events", [])), set(after["spurious_events"])
    lines += [f"+ spurious {t}" for t in sorted(new_spur - old_spur)]
    lines += [f"- spurious {t}" for t in sorted(old_spur - new_spur)]
    for f in FIELDS:
        a, b = before.get("accuracy", {}).get(f), after["accuracy"].get(f)
        if a is not None and b is not None:
            lines.append(f"  {f:<15} {a:.3f} -> {b:.3f}")
    lines.append(f"  spurious        {before.get('spurious')} -> {after['spurious']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "held"], default="dev")
    parser.add_argument("--errors", action="store_true", help="list misses (dev split only)")
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--save", type=Path, help="write the run's snapshot here (dev only)")
    parser.add_argument(
        "--compare", type=Path, help="show what changed since a saved snapshot (dev only)"
    )
    args = parser.parse_args(argv)
    if (args.save or args.compare) and args.split != "dev":
        print("--save and --compare read the dev split only: the held split is never studied",
              file=sys.stderr)  # fmt: skip
        return 2
    folder = args.root / args.split
    if not folder.is_dir():
        print(f"{folder}: no such folder (the field test ships with the repository)",
              file=sys.stderr)  # fmt: skip
        return 2
    scored = run_split(folder)
    print(report(args.split, scored, errors=args.errors and args.split == "dev"))
    snap = snapshot(scored)
    if args.compare:
        try:
            before = json.loads(args.compare.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"{args.compare}: cannot read the snapshot ({exc}); write one with --save",
                  file=sys.stderr)  # fmt: skip
            return 2
        print(compare(before, snap))
    if args.save:
        args.save.write_text(json.dumps(snap, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
