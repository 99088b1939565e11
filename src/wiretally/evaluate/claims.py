"""Score exported claims against the seeds gold: claims, series and checks.

``score_claims(exported, gold, articles=...)`` reads claims as exported (INTERFACE.md
``claims`` records) and the gold of ``../shared/gold/seeds.json``:

* **claims**: a gold claim is found when a claim exported from one of its articles has
  its figure (value, or the same bound; a lower bound may be one off, as the gold's
  ``bounds`` note allows; "more than five dozen" finds a gold 61). Precision counts the
  exported claims that find some gold claim in their own article; recall counts gold
  claims found. Place, window_start and claimant are scored per field over found claims,
  only where the gold states the field, taking the best of the matching exported claims
  (the figure is reported right somewhere). A gold claim without ``articles`` belongs to
  its total's articles (a part) or to the articles whose date window holds its ``as_of``.
* **series**: a gold series is found when claims matching its points share a series id.
* **checks**: sums (parts linked to their total, no ``sum`` conflict), conflicts the gold
  names (``conflicts_with``), pairs the gold says are consistent, and every other
  exported conflict between distinct figures counted as spurious.

``main()`` runs the seeds end to end without the CLI: ingest into a memory store, group
stories when that stage is present, then the claims stage with whatever times and geo
stages exist.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from wiretally.text import fold

_SHARED = Path(
    os.environ.get("WIRETALLY_SHARED", Path(__file__).resolve().parents[3].parent / "shared")
)


# --------------------------------------------------------------------------- article keys


def article_keys(articles: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, str]:
    """Exported article id -> gold article key, by source file and title (or opening)."""
    out: dict[str, str] = {}
    for entry in gold.get("articles", []):
        same_file = [a for a in articles if Path(a.get("source_path") or "").name == entry["file"]]
        best: tuple[int, str] | None = None
        for a in same_file:
            score = 0
            if entry.get("title") and fold(a.get("title") or "") == fold(entry["title"]):
                score += 2
            if entry.get("starts") and fold(entry["starts"]) in fold((a.get("text") or "")[:400]):
                score += 1
            if score and (best is None or score > best[0]):
                best = (score, a["id"])
        if best is not None:
            out[best[1]] = entry["key"]
    return out


def _gold_articles(gold: dict[str, Any]) -> dict[str, set[str]]:
    by_key = {c["key"]: c for c in gold["claims"]}
    parent = {p: c["key"] for c in gold["claims"] for p in c.get("parts", [])}
    windows = {a["key"]: a.get("published_window") or [] for a in gold.get("articles", [])}
    # A reprint repeats its original word for word: it states the same figures.
    reprints: dict[str, set[str]] = defaultdict(set)
    for story in gold.get("stories", []):
        for member, relation in (story.get("relations") or {}).items():
            if relation == "reprint":
                reprints[story["canonical"]].add(member)
    out: dict[str, set[str]] = {}
    for c in gold["claims"]:
        if c.get("articles"):
            out[c["key"]] = set(c["articles"])
        elif c["key"] in parent and by_key[parent[c["key"]]].get("articles"):
            out[c["key"]] = set(by_key[parent[c["key"]]]["articles"])
        elif c.get("as_of"):
            out[c["key"]] = {
                k for k, w in windows.items() if len(w) == 2 and w[0] <= c["as_of"] <= w[1]
            }
        else:
            out[c["key"]] = set(windows)
        out[c["key"]] |= {r for a in out[c["key"]] for r in reprints.get(a, ())}
    return out


# --------------------------------------------------------------------------- matching


def _num(x: Any) -> float | None:
    return None if x is None else float(x)


def figure_matches(claim: dict[str, Any], gold_claim: dict[str, Any]) -> bool:
    """Whether an exported figure is the gold figure (see the module docstring)."""
    return match_strength(claim, gold_claim) > 0


def match_strength(claim: dict[str, Any], gold_claim: dict[str, Any]) -> int:
    """2 for the same figure stated the same way, 1 for a tolerated reading, 0 for none."""
    exact = all(_num(claim.get(k)) == _num(gold_claim.get(k)) for k in ("value", "lower", "upper"))
    return 2 if exact else int(_loose_match(claim, gold_claim))


def _loose_match(claim: dict[str, Any], gold_claim: dict[str, Any]) -> bool:
    gv, gl, gu = _num(gold_claim.get("value")), _num(gold_claim.get("lower")), None
    gu = _num(gold_claim.get("upper"))
    cv, cl, cu = _num(claim.get("value")), _num(claim.get("lower")), _num(claim.get("upper"))
    if gv is not None:
        if cv is not None:
            return cv == gv and (gu is None or cu == gu or cu is None)
        # "more than five dozen" states 61 as a lower bound
        return cl is not None and cu is None and abs(cl - gv) <= 1
    if gl is not None:
        # "killing 1,200 people" states the figure the gold bounds as "at least 1,200"
        return (cv is None and cl is not None and abs(cl - gl) <= 1) or cv == gl
    if gu is not None:
        return cv is None and cu is not None and cu == gu
    return False


def _overlap(a: str | None, b: str | None) -> int:
    """Words two quantity names share: breaks ties between figures of equal strength."""
    return len(set(fold(a or "").split()) & set(fold(b or "").split()))


def _norm_claimant(text: str | None) -> str:
    if not text:
        return ""
    s = fold(text).replace("u.s.", "us").replace("'s ", " ")
    s = re.sub(r"[^\w ]", " ", s)
    s = re.sub(r"^(?:the|an?)\s+", "", " ".join(s.split()))
    return s


def _field_ok(field: str, claim: dict[str, Any], gold_claim: dict[str, Any]) -> bool:
    want, got = gold_claim.get(field), claim.get(field)
    if field == "claimant":
        return _norm_claimant(want) == _norm_claimant(got)
    if field == "place":
        norm = lambda v: frozenset(fold(p) for p in v.split(" and ")) if v else None  # noqa: E731
        return norm(want) == norm(got)
    return want == got


FIELDS = ("place", "window_start", "claimant")


def _prf(tp_p: int, n_pred: int, tp_r: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def score_claims(
    exported: list[dict[str, Any]],
    gold: dict[str, Any],
    *,
    articles: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """P/R/F1 over claims, per-field accuracy, series found and checks.

    ``articles`` (exported article records) map article ids to the gold's article keys;
    without them the claims' ``article_id`` must already be gold keys.
    """
    keys = article_keys(articles, gold) if articles is not None else {}
    key_of = lambda c: keys.get(c["article_id"], c["article_id"])  # noqa: E731
    gold_articles = _gold_articles(gold)
    gold_claims = {c["key"]: c for c in gold["claims"]}
    matches: dict[str, list[dict[str, Any]]] = defaultdict(list)  # gold key -> exported
    matched_exported = 0
    unmatched: list[str] = []
    for claim in exported:
        # A figure that reads as several gold figures goes to those it states most exactly
        # ("at least 60" is the gold "at least 60", not the gold 61 one off).
        strength = {
            key: (match_strength(claim, g), _overlap(claim.get("quantity"), g.get("quantity")))
            for key, g in gold_claims.items()
            if key_of(claim) in gold_articles[key]
        }
        best = max(strength.values(), default=(0, 0))
        hit = best[0] > 0
        for key, value in strength.items():
            if hit and value == best:
                matches[key].append(claim)
        matched_exported += hit
        if not hit:
            unmatched.append(f"{key_of(claim)}: {claim.get('text')!r} {claim.get('quantity')}")
    found = [k for k in gold_claims if matches[k]]
    result: dict[str, Any] = {
        "claims": {
            **_prf(matched_exported, len(exported), len(found), len(gold_claims)),
            "gold": len(gold_claims),
            "exported": len(exported),
            "missed": [k for k in gold_claims if not matches[k]],
            "unmatched_exported": unmatched,
        }
    }
    fields: dict[str, Any] = {}
    for field in FIELDS:
        judged = [k for k in found if field in gold_claims[k]]
        right = [k for k in judged if any(_field_ok(field, c, gold_claims[k]) for c in matches[k])]
        fields[field] = {
            "accuracy": round(len(right) / len(judged), 3) if judged else None,
            "judged": len(judged),
            "wrong": sorted(set(judged) - set(right)),
        }
    result["fields"] = fields
    result["series"] = _score_series(gold, matches)
    result["checks"] = _score_checks(exported, gold, matches)
    return result


def _score_series(gold: dict[str, Any], matches: dict[str, list[dict[str, Any]]]) -> dict:
    found = 0
    details = []
    for s in gold.get("series", []):
        ids = [{c.get("series") for c in matches[p] if c.get("series")} for p in s["points"]]
        shared = set.intersection(*ids) if ids and all(ids) else set()
        ok = bool(shared)
        if ok:  # ordered in time: as_of of the points' matches must not go backwards
            firsts = [
                min((c.get("as_of") or "") for c in matches[p] if c.get("series") in shared)
                for p in s["points"]
            ]
            ok = firsts == sorted(firsts)
        found += ok
        details.append({"quantity": s["quantity"], "found": ok})
    # An exported series that holds points of two gold series merged what should be apart.
    owner = {p: i for i, s in enumerate(gold.get("series", [])) for p in s["points"]}
    members: dict[str, set[int]] = defaultdict(set)
    for key, claims in matches.items():
        for c in claims:
            if c.get("series") and key in owner:
                members[c["series"]].add(owner[key])
    merged = sum(len(v) > 1 for v in members.values())
    total = len(gold.get("series", []))
    return {"found": found, "gold": total, "recall": round(found / total, 3) if total else None,
            "merged": merged, "details": details}  # fmt: skip


def _conflict_pairs(exported: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    pairs = set()
    for c in exported:
        for conflict in c.get("conflicts") or []:
            a, b = sorted((c["id"], conflict["claim_id"]))
            pairs.add((a, b, conflict["reason"]))
    return pairs


def _score_checks(
    exported: list[dict[str, Any]], gold: dict[str, Any], matches: dict[str, list[dict]]
) -> dict[str, Any]:
    ids = {k: {c["id"] for c in v} for k, v in matches.items()}
    pairs = _conflict_pairs(exported)
    by_id = {c["id"]: c for c in exported}
    checks: list[dict[str, Any]] = []
    expected: set[tuple[str, str]] = set()
    for g in gold["claims"]:
        if g.get("parts"):
            totals = matches[g["key"]]
            ok = any(
                all(set(t.get("parts") or []) & ids[p] for p in g["parts"])
                and not any(x["reason"] == "sum" for x in t.get("conflicts") or [])
                for t in totals
            )
            checks.append({"check": f"parts of {g['key']} add up", "ok": ok})
        if g.get("conflicts_with"):
            other, reason = g["conflicts_with"], g.get("conflict_reason")
            ok = any(
                (min(a, b), max(a, b), reason) in pairs for a in ids[g["key"]] for b in ids[other]
            )
            for a in ids[g["key"]]:
                for b in ids[other]:
                    expected.add((min(a, b), max(a, b)))
            checks.append({"check": f"{g['key']} {reason} conflict with {other}", "ok": ok})
    for text in gold.get("checks", []):
        if "not flagged" in text:
            named = [k for k in matches if re.search(rf"\b{re.escape(k)}\b", text)]
            flagged = any(
                (min(a, b), max(a, b)) == (p[0], p[1])
                for p in pairs
                for k1 in named
                for k2 in named
                if k1 != k2
                for a in ids[k1]
                for b in ids[k2]
            )
            checks.append({"check": text, "ok": not flagged and len(named) >= 2})
    spurious = [
        f"{by_id.get(a, {}).get('text')!r} vs {by_id.get(b, {}).get('text')!r} ({reason})"
        for a, b, reason in sorted(pairs)
        if (a, b) not in expected
    ]
    return {
        "passed": sum(c["ok"] for c in checks),
        "total": len(checks),
        "details": checks,
        "spurious_conflicts": spurious,
    }


# --------------------------------------------------------------------------- seeds run


def run_seeds(shared: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Exported claims and articles for the seeds, stage by stage without the CLI."""
    from wiretally.analysis import apply_story_dates
    from wiretally.claims import extract_claims, link_claims
    from wiretally.pipeline import IngestOptions, ingest
    from wiretally.records import Story
    from wiretally.store.memory import MemoryStore
    from wiretally.text import split_sentences

    store = MemoryStore()
    ingest([str(shared / "corpus" / "seeds")], store=store, options=IngestOptions(process=False))
    stories: list[Story] = []
    try:
        from wiretally.stories import group_stories
    except ImportError:
        print("stories stage absent: no story links", file=sys.stderr)
    else:
        result = group_stories(list(store.iter_articles()))
        stories = result.stories
        apply_story_dates(store, stories, result.inferred_dates)
    articles = {a.id: a for a in store.iter_articles()}
    claims = []
    for article in articles.values():
        sentences = split_sentences(article.text)
        times = _times(article)
        places = _places(article, sentences)
        claims += extract_claims(article, sentences=sentences, times=times, places=places)
    linked = link_claims(claims, stories=stories, articles=articles)
    return [c.export() for c in linked], [a.export() for a in articles.values()]


def _times(article: Any) -> list[Any]:
    try:
        from wiretally.times import tag_times
    except ImportError:
        return []
    return list(tag_times(article.text, dct=article.published, article_id=article.id))


def _places(article: Any, sentences: list[Any]) -> list[Any]:
    try:
        from wiretally.geo import geoparse
    except ImportError:
        return []
    return list(geoparse(article.text, article_id=article.id, sentences=sentences))


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: list[str] | None = None) -> int:
    """Print the seeds scores (JSON).

    Without arguments it runs the seeds itself; ``--claims FILE --articles FILE`` scores
    what ``wiretally export --what claims`` / ``--what articles`` wrote (JSONL) instead.
    ``--verbose`` adds the exported claims that matched no gold claim.
    """
    import argparse

    parser = argparse.ArgumentParser(prog="python -m wiretally.evaluate.claims")
    parser.add_argument("--claims", help="exported claims (JSONL)")
    parser.add_argument("--articles", help="exported articles (JSONL), with --claims")
    parser.add_argument("--shared", default=str(_SHARED), help="the shared data folder")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "gold" / "seeds.json").is_file():
        print(f"needs the shared data at {shared} (gold/seeds.json)", file=sys.stderr)
        return 1
    if bool(args.claims) != bool(args.articles):
        parser.error("--claims and --articles go together")
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    if args.claims:
        exported, articles = _read_jsonl(args.claims), _read_jsonl(args.articles)
    else:
        exported, articles = run_seeds(shared)
    scores = score_claims(exported, gold, articles=articles)
    if not args.verbose:
        scores["claims"].pop("unmatched_exported")
    print(json.dumps(scores, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
