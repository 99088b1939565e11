"""Score stored articles and stories against a gold file in the ``seeds.json`` format.

The gold names articles by key and identifies each by its source file, title and the
words its text starts with; this module finds which stored article is which, then checks
what issue 2 and issue 3 promise: the article count, titles, dates inside the gold's
windows, no boilerplate left, and the story groups, canonicals, relations and changes.

Run ``python -m wiretally.evaluate.seeds [GOLD] [SEEDS_DIR]`` to ingest the seeds into a
fresh in-memory store (no analysis) and print the article scores.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from wiretally.text import fold


def _norm(text: str | None) -> str:
    return " ".join(fold(text or "").split())


def match_articles(articles: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, str]:
    """Gold article key -> stored article id (by file, then title or opening words)."""
    found: dict[str, str] = {}
    used: set[str] = set()
    for entry in gold.get("articles", []):
        starts = _norm(entry.get("starts"))[:60]
        title = _norm(entry.get("title"))
        best: str | None = None
        for art in articles:
            if art["id"] in used:
                continue
            if entry.get("file") and Path(art.get("source_path") or "").name != entry["file"]:
                continue
            text = _norm(art.get("text"))
            if (starts and starts in text[:600]) or (title and _norm(art.get("title")) == title):
                best = art["id"]
                break
        if best is not None:
            found[entry["key"]] = best
            used.add(best)
    return found


def score_articles(articles: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, Any]:
    keys = match_articles(articles, gold)
    by_id = {a["id"]: a for a in articles}
    titles = dates = 0
    wrong: list[str] = []
    for entry in gold.get("articles", []):
        art = by_id.get(keys.get(entry["key"], ""))
        if art is None:
            wrong.append(f"{entry['key']}: not found")
            continue
        if _norm(art.get("title")) == _norm(entry.get("title")):
            titles += 1
        else:
            wrong.append(f"{entry['key']}: title {art.get('title')!r}")
        low, high = entry.get("published_window") or [None, None]
        day = art.get("published")
        if day and low and high and low <= day <= high:
            dates += 1
        else:
            wrong.append(f"{entry['key']}: published {day} outside {low}..{high}")
    left = [
        line
        for line in gold.get("boilerplate_absent", [])
        if any(_norm(line) in _norm(a.get("text")) for a in articles)
    ]
    n = len(gold.get("articles", []))
    return {
        "expected": gold.get("article_count", n),
        "found": len(articles),
        "matched": len(keys),
        "titles_right": titles,
        "dates_in_window": dates,
        "gold_articles": n,
        "boilerplate_left": left,
        "problems": wrong,
        "keys": keys,
    }


def score_stories(
    stories: list[dict[str, Any]], keys: dict[str, str], gold: dict[str, Any]
) -> dict[str, Any]:
    """Exact story groups, canonical and relations, and the listed changes."""
    story_of = {m["article_id"]: s for s in stories for m in s.get("members", [])}
    exact = canonical = relations = total_rel = 0
    problems: list[str] = []
    for entry in gold.get("stories", []):
        ids = {keys[k] for k in entry["members"] if k in keys}
        name = entry.get("canonical") or entry["members"][0]
        found = {story_of[i]["id"] for i in ids if i in story_of}
        if len(found) == 1:
            story = story_of[next(iter(ids))]
            members = {m["article_id"]: m["relation"] for m in story["members"]}
            if set(members) == ids:
                exact += 1
            else:
                problems.append(f"story of {name}: members differ")
            if story.get("canonical_article_id") == keys.get(name):
                canonical += 1
            else:
                problems.append(f"story of {name}: wrong canonical")
            for key, rel in (entry.get("relations") or {}).items():
                total_rel += 1
                if members.get(keys.get(key, "")) == rel:
                    relations += 1
                else:
                    problems.append(f"{key}: relation {members.get(keys.get(key, ''))} != {rel}")
        else:
            problems.append(f"story of {name}: split over {len(found)} stories")
            total_rel += len(entry.get("relations") or {})
    changes_found = 0
    for change in gold.get("story_changes", []):
        member = keys.get(change["member"])
        holder = story_of.get(member or "")
        listed = holder.get("changes", []) if holder else []
        if any(
            c.get("article_id") == member
            and c.get("kind") == change["kind"]
            and _norm(change["canonical_text"]) in _norm(c.get("canonical_text"))
            and _norm(change["member_text"]) in _norm(c.get("member_text"))
            for c in listed
        ):
            changes_found += 1
        else:
            problems.append(f"change not listed: {change['canonical_text']!r} -> "
                            f"{change['member_text']!r}")  # fmt: skip
    return {
        "expected": len(gold.get("stories", [])),
        "found": len(stories),
        "exact_groups": exact,
        "canonical_right": canonical,
        "relations_right": relations,
        "relations_total": total_rel,
        "changes_found": changes_found,
        "changes_total": len(gold.get("story_changes", [])),
        "problems": problems,
    }


def main(argv: list[str] | None = None) -> int:
    from wiretally.pipeline import IngestOptions, ingest
    from wiretally.store import open_store

    args = argv if argv is not None else sys.argv[1:]
    here = Path(__file__).resolve().parents[3].parent / "shared"
    gold_path = Path(args[0]) if args else here / "gold" / "seeds.json"
    seeds = Path(args[1]) if len(args) > 1 else here / "corpus" / "seeds"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    store = open_store("memory://")
    ingest([str(seeds)], store=store, options=IngestOptions(process=False, progress=False))
    report = score_articles([a.export() for a in store.iter_articles()], gold)
    report.pop("keys")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
