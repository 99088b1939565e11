"""Event arguments on MUC-4 (Latin American terrorism reports, 1989-92, all in capitals).

Data: ``../shared/dev/events/muc4/{train,dev,test}.json`` (the GRIT release: each document
with its role fillers, each filler a list of the ways the text names one entity).

Each document is analysed as one article (:func:`wiretally.analysis.analyse_article`; the
text is all capitals, so this also measures the cased view of :mod:`wiretally.casing`).
What the incident mentions quote for each field is compared, per document, with the
fillers of the matching MUC-4 role:

* perpetrator (``perp_individual_id`` and ``perp_organization_id``): actor1's quoted span;
* human target (``hum_tgt_name``): actor2's quoted span when it is a person or civilians;
* physical target (``phys_tgt_id``): the target;
* instrument (``incident_instrument_id``): the weapon.

A predicted string matches a gold entity when one of its names and the string share the
name's last word (its head: "THE ELECTRIC POWER SUBSTATION" and "A SUBSTATION") or either
holds the other. Precision is over the strings predicted, recall over the gold entities;
both are summed over documents (micro). Settings are studied on ``dev``; ``test`` is for
a final report.

Run: ``python -m wiretally.evaluate.muc4 [--split dev|test] [--errors N] [--shared PATH]``
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from wiretally.evaluate.gvdb import default_shared
from wiretally.records import Article, Mention
from wiretally.text import FUNCTION_WORDS

ROLES: dict[str, tuple[str, ...]] = {
    "perpetrator": ("perp_individual_id", "perp_organization_id"),
    "human target": ("hum_tgt_name",),
    "physical target": ("phys_tgt_id",),
    "instrument": ("incident_instrument_id",),
}


@dataclass(slots=True)
class MucDoc:
    id: str
    text: str
    gold: dict[str, list[list[str]]]  # role -> entities -> names


@dataclass(slots=True)
class RoleScore:
    predicted: int = 0
    right: int = 0  # predicted strings that match a gold entity
    gold: int = 0
    found: int = 0  # gold entities matched by some prediction

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class MucScore:
    docs: int = 0
    with_incident: int = 0
    roles: dict[str, RoleScore] = field(default_factory=lambda: {r: RoleScore() for r in ROLES})
    misses: list[tuple[str, str, list[str], list[list[str]]]] = field(default_factory=list)


def load(path: Path) -> list[MucDoc]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for doc_id, rec in data.items():
        roles = rec.get("roles") or {}
        gold = {
            role: [list(entity) for key in keys for entity in roles.get(key) or []]
            for role, keys in ROLES.items()
        }
        out.append(MucDoc(doc_id, rec.get("doc") or "", gold))
    return out


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in FUNCTION_WORDS]


def matches(predicted: str, names: list[str]) -> bool:
    """Whether a predicted string names the gold entity (see the module docstring)."""
    p = _words(predicted)
    if not p:
        return False
    for name in names:
        g = _words(name)
        if not g:
            continue
        if g[-1] in p or p[-1] in g:
            return True
        ps, gs = " ".join(p), " ".join(g)
        if ps in gs or gs in ps:
            return True
    return False


def predictions(mentions: list[Mention]) -> dict[str, list[str]]:
    """The strings the incident mentions quote for each role."""
    out: dict[str, list[str]] = {role: [] for role in ROLES}
    for m in mentions:
        if m.modality in ("threatened", "hypothetical") or m.historical:
            continue
        a1 = m.provenance.get("actor1")
        if a1 is not None:
            out["perpetrator"].append(a1.text)
        a2 = m.provenance.get("actor2")
        if a2 is not None and m.actor2_type in ("person", "civilians"):
            out["human target"].append(a2.text)
        if m.target:
            out["physical target"].append(m.target)
        if m.weapon:
            out["instrument"].append(m.weapon)
    return {role: sorted(set(values), key=values.index) for role, values in out.items()}


def score(docs: list[MucDoc], *, keep_misses: int = 0) -> MucScore:
    from wiretally.analysis import analyse_article

    result = MucScore()
    for doc in docs:
        article = Article(id=f"muc-{doc.id}", source_path="muc4", text=doc.text)
        mentions = analyse_article(article)[0]
        result.docs += 1
        pred = predictions(mentions)
        result.with_incident += any(pred.values()) or bool(mentions)
        for role, rs in result.roles.items():
            gold, got = doc.gold[role], pred[role]
            rs.predicted += len(got)
            rs.right += sum(any(matches(p, entity) for entity in gold) for p in got)
            rs.gold += len(gold)
            found = [any(matches(p, entity) for p in got) for entity in gold]
            rs.found += sum(found)
            wrong = [p for p in got if not any(matches(p, e) for e in gold)]
            missed = [e for e, ok in zip(gold, found, strict=True) if not ok]
            if (wrong or missed) and len(result.misses) < keep_misses:
                result.misses.append((doc.id, role, wrong, missed))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args(argv)
    path = (args.shared or default_shared()) / "dev" / "events" / "muc4" / f"{args.split}.json"
    result = score(load(path), keep_misses=args.errors)
    print(f"MUC-4 {args.split}: {result.docs} documents, "
          f"{result.with_incident / max(1, result.docs):.3f} with an incident read")  # fmt: skip
    total = RoleScore()
    for role, rs in result.roles.items():
        print(f"  {role:<16} P {rs.precision:.3f}  R {rs.recall:.3f}  F1 {rs.f1:.3f}  "
              f"({rs.predicted} predicted, {rs.gold} gold)")  # fmt: skip
        total.predicted += rs.predicted
        total.right += rs.right
        total.gold += rs.gold
        total.found += rs.found
    print(f"  {'all roles':<16} P {total.precision:.3f}  R {total.recall:.3f}  F1 {total.f1:.3f}")
    for doc_id, role, wrong, missed in result.misses:
        print(f"  [{role}] {doc_id}: wrong {wrong[:4]} missed {[e[0] for e in missed][:4]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
