"""Event extraction on the seeds, scored per field against the hand gold, without the merge.

The project's gate scores merged, exported events (:mod:`wiretally.evaluate.events`); this
script isolates the extraction stage: each article goes through sentences -> times ->
places -> mentions (the pipeline's per-article analysis), each mention
becomes an event-shaped record, and mentions that repeat one another (same type, date,
actors) are collapsed the way any merge would, so that "spurious" counts distinct
incidents the stage reported, not copies of a reprint.

Run: ``python -m wiretally.evaluate.seeds_events [--shared ../shared] [-v]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from wiretally.analysis import analyse_article
from wiretally.records import Article, Mention, to_dict


def mentions_for(article: Article) -> list[Mention]:
    """All per-article stages this stage depends on, then the mentions: the pipeline's own
    per-article analysis, so that this score reads what the pipeline reads."""
    return analyse_article(article)[0]


def as_event(m: Mention) -> dict[str, Any]:
    """A mention in the public ``events`` shape (one source)."""
    data = to_dict(m)
    data["sources"] = [to_dict(m.evidence())]
    return data


def collapse(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of one incident (same type, date, actors, place) kept once."""
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for e in events:
        place = (e.get("location") or {}).get("name")
        key = (e["event_type"], e["date_start"], e["actor1"], e["actor2"], place)
        if key in seen and e["date_start"] is not None:
            seen[key]["sources"].extend(e["sources"])
            continue
        seen[key if e["date_start"] is not None else (id(e),)] = e
    return list(seen.values())


def load_articles(seeds: Path) -> list[Article]:
    from wiretally.pipeline import IngestOptions, ingest
    from wiretally.store import open_store

    store = open_store("memory://")
    ingest([str(seeds)], store=store, options=IngestOptions(process=False, progress=False))
    return list(store.iter_articles())


def main(argv: list[str] | None = None) -> int:
    from wiretally.evaluate.events import FIELDS, score_events

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    seeds = args.shared / "corpus" / "seeds"
    gold_path = args.shared / "gold" / "seeds.json"
    if not seeds.is_dir() or not gold_path.is_file():
        print(f"no seeds at {seeds}: pass --shared PATH", file=sys.stderr)
        return 1
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    events = collapse([as_event(m) for a in load_articles(seeds) for m in mentions_for(a)])
    result = score_events(events, gold["events"])
    print(
        f"mentions collapsed to {len(events)} events; spurious {result['spurious']}; "
        f"not incidents {result['not_incidents']}"
    )
    for k in FIELDS:
        v = result["accuracy"][k]
        print(f"  {k:15s} {'-' if v is None else f'{v:.3f}'} (n={result['counted'][k]})")
    for row in result["per_gold"]:
        bad = [k for k in FIELDS if row.get(k) is False]
        print(f"  {row['key']:24s} {'ok' if not bad else 'wrong: ' + ', '.join(bad)}")
    if args.verbose:
        by_id = {e["id"]: e for e in events}
        for eid in result["spurious_ids"]:
            e = by_id[eid]
            print(
                f"  spurious: {e['event_type']}/{e['sub_event_type']} {e['date_start']} "
                f"{e['actor1']} -> {e['actor2']}: {e['text'][:120]}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
