"""Per-field accuracy of exported events against a hand gold file (the accuracy gate).

Each gold event is matched to at most one exported event (INTERFACE.md ``events`` shape):
candidates must agree on the date (gold ``date`` or ``date_window``, one day of slack) and,
when both sides have coordinates, lie within 100 km; where the gold lists its ``files`` and
the caller marks each event's source files (``_files``, as the field test does), they must
share one; among them the one agreeing on most fields wins (type, place, actors). Field
accuracy is then counted over ALL gold events, an unmatched gold event counting wrong on
every field, so a missed event lowers every score.

Actors are compared up to normalisation: both sides go through the actor alias table, a
gold "Quds Force (Qassem Soleimani) and Abu Mahdi al-Muhandis" is matched by any actor it
names, and a government and its own state force count as the same side ("Israel" /
"Israeli military"). Exported events that match no gold event and are reported as
incidents (modality asserted, claimed or contested; not historical) are ``spurious``.

Run: ``python -m wiretally.evaluate.events EXPORT.jsonl GOLD.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from wiretally.extract.actors import actor_table
from wiretally.extract.names import acled_force
from wiretally.geo.gazetteer import distance_km
from wiretally.text import fold

FIELDS = ("found", "event_type", "sub_event_type", "date", "place", "actor1", "actor2",
          "weapon", "fatalities")  # fmt: skip
_INCIDENT = ("asserted", "claimed", "contested")
_SLACK = timedelta(days=1)


def _day(value: Any) -> date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _gold_window(gold: dict[str, Any]) -> tuple[date, date] | None:
    if gold.get("date_window"):
        a, b = (_day(x) for x in gold["date_window"])
        return (a, b) if a and b else None
    d = _day(gold.get("date"))
    return (d, d) if d else None


def date_ok(event: dict[str, Any], gold: dict[str, Any]) -> bool | None:
    """True/False when both sides are dated; None when the gold has no date."""
    window = _gold_window(gold)
    if window is None:
        return None
    start, end = (
        _day(event.get("date_start")),
        _day(event.get("date_end")) or _day(event.get("date_start")),
    )
    if start is None or end is None:
        return False
    # The exported interval must overlap the gold window (with a day of slack).
    return start <= window[1] + _SLACK and end >= window[0] - _SLACK


def place_distance(event: dict[str, Any], gold: dict[str, Any]) -> float | None:
    loc = event.get("location") or {}
    if gold.get("lat") is None or loc.get("lat") is None or loc.get("lon") is None:
        return None
    return distance_km(float(loc["lat"]), float(loc["lon"]), float(gold["lat"]), float(gold["lon"]))


def place_ok(event: dict[str, Any], gold: dict[str, Any]) -> bool | None:
    """Within the gold tolerance (25 km unless stated); country when gold has no point."""
    d = place_distance(event, gold)
    if d is not None:
        return d <= float(gold.get("location_tolerance_km") or 25)
    if gold.get("lat") is not None:
        return False
    if gold.get("country"):
        return event.get("country") == gold["country"]
    return None


def _canon(name: str) -> tuple[str, str | None, str | None, str | None]:
    entry = actor_table().get(name.strip())
    if entry is None:
        force = acled_force(name, fuzzy=True)
        if force is not None:
            # A gold file in ACLED's naming: a state's force, named by its country.
            kind = "police" if force[0] == "Police" else None
            return kind or fold(name), "state force", force[1], None
        return fold(name), None, None, None
    return fold(entry.name), entry.type, entry.country, entry.parent and fold(entry.parent)


def _gold_parts(text: str) -> list[str]:
    parts = re.split(r"[();,:]|\band\b|\bor\b", text)  # "VDP: Volunteers for ..."
    out = []
    for p in parts:
        p = re.sub(r"^\s*(?:the|suspected|accused by)\s+", "", p.strip(), flags=re.I).strip()
        if p:
            out.append(p)
    return out


def actor_ok(predicted: str | None, gold: str | None) -> bool | None:
    """Whether the exported actor names the gold actor, up to normalisation."""
    if gold is None:
        return None
    if not predicted:
        return False
    p_name, p_type, p_country, p_parent = _canon(predicted)
    if fold(predicted).split(" (")[0] == fold(gold).split(" (")[0]:
        return True
    # (the gold's whole name first: "CPI (Maoist)" is an alias, whose brackets belong to it)
    for part in [gold.strip(), *_gold_parts(gold)]:
        g_name, g_type, g_country, g_parent = _canon(part)
        if p_name == g_name or p_parent == g_name or g_parent == p_name:
            return True
        state = ("government", "state force")
        if p_country and p_country == g_country and p_type in state and g_type in state:
            return True
    return False


# Means named in different words: "gunfire" and "firearms", "IED" and "roadside bomb". Each
# class lists phrases (longest first within the text) and the words that stand for it.
_WEAPON_CLASSES: tuple[tuple[str, str], ...] = (
    (
        "crowd control",
        r"rubber bullets?|tear ?gas|water cannons?|batons?|pepper spray|"
        r"stun grenades?|plastic bullets?|pellets",
    ),
    (
        "firearms",
        r"guns?|gunfire|gunmen|firearms?|rifles?|pistols?|gunshots?|shots?|shooting|"
        r"bullets?|live (?:ammunition|rounds)|machine[- ]guns?|small arms|"
        r"automatic weapons|ak-?47s?|akms?|m16s?|kalashnikovs?|opened fire|fired",
    ),
    (
        "explosive",
        r"ieds?|improvised explosive devices?|explosive devices?|roadside bombs?|"
        r"(?:land)?mines?|car bombs?|vbieds?|dynamite|explosives?|bombs?|"
        r"unexploded ordnance",
    ),
    (
        "aircraft",
        r"aircraft|warplanes?|(?:fighter )?jets?|air ?strikes?|bombers?|f-16s?|"
        r"helicopters?|aerial bombardment",
    ),
    ("drone", r"drones?|uavs?|unmanned aerial vehicles?|quadcopters?"),
    (
        "artillery",
        r"artillery|shells?|shelling|mortars?|rockets?|missiles?|howitzers?|"
        r"bombardment|barrage",
    ),
    ("blade", r"machetes?|knives|knife|axes?|bush knives"),
    ("fire", r"arson|fire|set (?:on )?fire|torched|burn(?:ed|t|ing)?|petrol"),
    ("thrown", r"stones?|rocks?|bricks?|bottles?|petrol bombs?|molotov(?: cocktails?)?"),
    ("grenade", r"grenades?"),
)
_WEAPON_RES = tuple(
    (name, re.compile(rf"\b(?:{words})\b", re.I)) for name, words in _WEAPON_CLASSES
)


def weapon_classes(text: str) -> set[str]:
    """The classes of means a weapon text names ("machetes and rifles": blade, firearms)."""
    out: set[str] = set()
    rest = fold(text)
    for name, pattern in _WEAPON_RES:
        if pattern.search(rest):
            out.add(name)
            rest = pattern.sub(" ", rest)  # "rubber bullets" are not bullets any more
    return out


def weapon_ok(predicted: str | None, gold: str | None) -> bool | None:
    """Shared content words, or one class of means ("gunfire" for "firearms")."""
    if gold is None:
        return None
    if not predicted:
        return False
    p_classes, g_classes = weapon_classes(predicted), weapon_classes(gold)
    if p_classes and g_classes:
        return bool(p_classes & g_classes)  # ("rubber bullets" are no "live bullets")
    stem = lambda w: re.sub(r"s$", "", w)  # noqa: E731
    g = {stem(w) for w in re.findall(r"[a-z]+", fold(gold).replace("air strike", "airstrike"))}
    p = {stem(w) for w in re.findall(r"[a-z]+", fold(predicted).replace("air strike", "airstrike"))}
    content = {
        "drone",
        "rocket",
        "missile",
        "jet",
        "airstrike",
        "bomb",
        "mortar",
        "artillery",
        "grenade",
        "shell",
        "ied",
        "gun",
        "gunfire",
        "barrage",
        "warplane",
    }
    return bool((g & p) & content) or (bool(g & p) and not (g & content))


def figure_ok(predicted: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool | None:
    """Exact value, or the gold lower bound (one off accepted), or one of its alternatives."""
    if gold is None:
        return None
    wanted = [gold.get("value"), gold.get("lower"), *(gold.get("alternatives") or [])]
    wanted = [float(w) for w in wanted if w is not None]
    if not wanted:
        return None  # "hundreds of civilians": no number to check
    if not predicted:
        return False
    got = [predicted.get("value"), predicted.get("lower")]
    return any(g is not None and abs(float(g) - w) <= 1 for g in got for w in wanted)


def _field_results(event: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool | None]:
    return {
        "event_type": event.get("event_type") == gold.get("event_type"),
        "sub_event_type": (
            None
            if gold.get("sub_event_type") is None
            else event.get("sub_event_type") == gold["sub_event_type"]
        ),
        "date": date_ok(event, gold),
        "place": place_ok(event, gold),
        "actor1": actor_ok(event.get("actor1"), gold.get("actor1")),
        "actor2": actor_ok(event.get("actor2"), gold.get("actor2")),
        "weapon": weapon_ok(event.get("weapon"), gold.get("weapon")),
        "fatalities": figure_ok(event.get("fatalities"), gold.get("fatalities")),
    }


def _candidate_score(event: dict[str, Any], gold: dict[str, Any]) -> float | None:
    if event.get("_files") and gold.get("files") and not set(event["_files"]) & set(gold["files"]):
        return None  # told in other articles: another incident, whatever its fields
    d = date_ok(event, gold)
    if d is False:
        return None
    dist = place_distance(event, gold)
    if dist is not None and dist > 100:
        return None
    r = _field_results(event, gold)
    score = 2.0 * bool(r["event_type"]) + 2.0 * bool(r["date"]) + 2.0 * bool(r["place"])
    score += 1.0 * bool(r["actor1"]) + 1.0 * bool(r["actor2"]) + 0.5 * bool(r["weapon"])
    score += 0.5 * bool(r["sub_event_type"]) + 0.5 * bool(r["fatalities"])
    return score if score >= 3.0 else None


def score_events(
    exported: list[dict[str, Any]], gold_events: list[dict[str, Any]]
) -> dict[str, Any]:
    """Per-field accuracy over gold events, spurious incidents, and each gold's match."""
    pairs: list[tuple[float, int, int]] = []
    for gi, gold in enumerate(gold_events):
        for ei, event in enumerate(exported):
            s = _candidate_score(event, gold)
            if s is not None:
                pairs.append((s, gi, ei))
    pairs.sort(key=lambda p: -p[0])
    match: dict[int, int] = {}
    used: set[int] = set()
    for _, g_index, e_index in pairs:
        if g_index not in match and e_index not in used:
            match[g_index] = e_index
            used.add(e_index)
    correct = dict.fromkeys(FIELDS, 0)
    counted = dict.fromkeys(FIELDS, 0)
    per_gold: list[dict[str, Any]] = []
    for gi, gold in enumerate(gold_events):
        found = match.get(gi)
        results: dict[str, bool | None] = {"found": found is not None}
        if found is not None:
            results.update(_field_results(exported[found], gold))
        else:
            empty = _field_results({}, gold)
            results.update({k: (None if v is None else False) for k, v in empty.items()})
        for k, v in results.items():
            if v is not None:
                counted[k] += 1
                correct[k] += bool(v)
        per_gold.append(
            {
                "key": gold.get("key", str(gi)),
                "event_id": exported[found].get("id") if found is not None else None,
                **results,
            }
        )
    spurious = [
        e.get("id") for ei, e in enumerate(exported)
        if ei not in used and e.get("modality", "asserted") in _INCIDENT
        and not e.get("historical")
    ]  # fmt: skip
    accuracy = {k: (correct[k] / counted[k] if counted[k] else None) for k in FIELDS}
    return {
        "gold_events": len(gold_events),
        "exported_events": len(exported),
        "accuracy": accuracy,
        "counted": counted,
        "spurious": len(spurious),
        "spurious_ids": spurious,
        "not_incidents": sum(
            1 for e in exported if e.get("modality") in ("hypothetical", "threatened", "denied")
        ),
        "per_gold": per_gold,
    }


def gate_section(exported: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, Any]:
    """The ``events`` section of the accuracy gate: flat numbers, then the per-gold rows.

    Keys are ``<field>_share`` (accuracy over gold events), ``spurious`` and counts, so that
    the gate can pin floors on them (see :data:`SUGGESTED_FLOORS`).
    """
    result = score_events(exported, gold.get("events", []))
    section: dict[str, Any] = {
        "gold_events": result["gold_events"],
        "exported_events": result["exported_events"],
        "spurious": result["spurious"],
        "not_incidents": result["not_incidents"],
    }
    for k, v in result["accuracy"].items():
        section[f"{k}_share"] = v if v is not None else 1.0
    section["problems"] = [
        f"{row['key']}: "
        + (
            "not found"
            if not row["found"]
            else "wrong " + ", ".join(k for k in FIELDS if row.get(k) is False)
        )
        for row in result["per_gold"]
        if any(row.get(k) is False for k in FIELDS)
    ]
    return section


# Floors a little below what the pipeline scores on the seeds today (2026-11-26: found 1.0,
# type 0.93, date 1.0, place 1.0, actor1 1.0, actor2 0.92, weapon 1.0, fatalities 1.0,
# spurious 0).
SUGGESTED_FLOORS: dict[str, tuple[tuple[str, ...], float]] = {
    "events found": (("events", "found_share"), 1.0),
    "event types": (("events", "event_type_share"), 0.9),
    "event dates": (("events", "date_share"), 0.92),
    "event places within 25 km": (("events", "place_share"), 0.92),
    "event actor1": (("events", "actor1_share"), 0.92),
    "event actor2": (("events", "actor2_share"), 0.9),
    "event weapons": (("events", "weapon_share"), 0.9),
    "event fatalities": (("events", "fatalities_share"), 0.9),
}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="events export (JSONL)")
    parser.add_argument("gold", type=Path, help="gold JSON with an 'events' list")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = parser.parse_args(argv)
    if not args.export.is_file() or not args.gold.is_file():
        print(
            "export or gold file not found: give an events JSONL and a gold JSON path",
            file=sys.stderr,
        )
        return 1
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    result = score_events(read_jsonl(args.export), gold.get("events", []))
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    print(
        f"gold events {result['gold_events']}, exported {result['exported_events']}, "
        f"spurious {result['spurious']}, not incidents {result['not_incidents']}"
    )
    for k, v in result["accuracy"].items():
        n = result["counted"][k]
        print(f"  {k:15s} {'-' if v is None else f'{v:.3f}'} (n={n})")
    for row in result["per_gold"]:
        bad = [k for k in FIELDS if row.get(k) is False]
        print(f"  {row['key']:24s} {'ok' if not bad else 'wrong: ' + ', '.join(bad)}")
    for note in gold.get("not_events", []):
        print(f"  not an incident (check by hand): {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
