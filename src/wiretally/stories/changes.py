"""What a copy changed: figures, short wording edits and (for reprints) dropped sentences.

Changes come from aligned sentence pairs only, so a sentence a rewrite moved is compared
with its own counterpart. A figure that differs is a ``number`` change whatever else the
sentence changed (these become claim conflicts later); word edits of a few tokens are
``wording``; canonical sentences with no counterpart in a reprint are ``omission``.
"""

from __future__ import annotations

import difflib
import re

from wiretally.numbers import find_figures
from wiretally.records import Change, Figure, Relation
from wiretally.stories.align import Alignment

MAX_WORDING = 200  # per copy: a bound against pathological pairs, not a summary
# Aligned pairs this close are compared for changes. Lower than the threshold that decides
# a story (the story is already decided): a rewrite's heavily reworded sentence still has
# its counterpart, and the edits inside it are what an analyst wants to see.
CHANGE_SIMILARITY = {"hashing.v1": 0.35, "minilm.v1": 0.6, "fake.v1": 0.4}
MAX_OMISSIONS = 10
_MAX_EDIT_TOKENS = 4
_MAX_DIFF_TOKENS = 250
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’.]\w+)*|[^\w\s]")
_NEXT_WORD = re.compile(r"\s*([^\W\d_][\w-]*)")


def _key(figure: Figure) -> tuple[float | None, float | None, float | None]:
    return (figure.value, figure.lower, figure.upper)


def _with_noun(text: str, end: int) -> int:
    """Extend a figure's span over the word it counts ("61" -> "61 attacks")."""
    m = _NEXT_WORD.match(text, end)
    return m.end() if m else end


def number_changes(article_id: str, canon: str, member: str) -> tuple[list[Change], list[tuple]]:
    """Figures of ``canon`` with no equal figure in ``member``, paired in reading order."""
    figs_a = find_figures(canon)
    figs_b = find_figures(member)
    keys_b = [_key(f) for _, _, f in figs_b]
    keys_a = [_key(f) for _, _, f in figs_a]
    left_a = [f for f in figs_a if _key(f[2]) not in keys_b]
    left_b = [f for f in figs_b if _key(f[2]) not in keys_a]
    out: list[Change] = []
    spans: list[tuple] = []
    for (sa, ea, _), (sb, eb, _) in zip(left_a, left_b, strict=False):
        ea2, eb2 = _with_noun(canon, ea), _with_noun(member, eb)
        out.append(Change(article_id, canon[sa:ea2], member[sb:eb2], "number"))
        spans.append(((sa, ea2), (sb, eb2)))
    return out, spans


def _plain(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def wording_changes(article_id: str, canon: str, member: str, skip: list[tuple]) -> list[Change]:
    """Short replaced runs of words between shared words, with one word of context before."""
    ta, tb = _tokens(canon), _tokens(member)
    if len(ta) > _MAX_DIFF_TOKENS or len(tb) > _MAX_DIFF_TOKENS:
        return []  # a run-on "sentence" (a list, a table): diffing it is quadratic
    matcher = difflib.SequenceMatcher(
        a=[t.group(0).lower() for t in ta], b=[t.group(0).lower() for t in tb], autojunk=False
    )
    out: list[Change] = []
    ops = matcher.get_opcodes()
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op != "replace" or i2 - i1 > _MAX_EDIT_TOKENS or j2 - j1 > _MAX_EDIT_TOKENS:
            continue
        if not (0 < k < len(ops) - 1 and ops[k - 1][0] == "equal" and ops[k + 1][0] == "equal"):
            continue  # an edit counts only between words both sentences share
        ca, cb = max(0, i1 - 1), max(0, j1 - 1)
        sa, ea = ta[ca].start(), ta[i2 - 1].end()
        sb, eb = tb[cb].start(), tb[j2 - 1].end()
        if any(sa < e1 and s1 < ea for (s1, e1), _ in skip):
            continue  # inside a figure already reported as a number change
        if _plain(canon[ta[i1].start() : ea]) == _plain(member[tb[j1].start() : eb]):
            continue  # house style only: "U.S."/"US", curly/straight apostrophes
        out.append(Change(article_id, canon[sa:ea], member[sb:eb], "wording"))
    return out


def changes_for(
    article_id: str,
    canon_sentences: list[str],
    member_sentences: list[str],
    alignment: Alignment,
    *,
    threshold: float,
    relation: Relation,
) -> list[Change]:
    """Every change of one copy against its canonical, numbers first."""
    numbers: list[Change] = []
    wording: list[Change] = []
    aligned: set[int] = set()
    for i, j, sim in sorted(alignment.pairs):
        if sim < threshold:
            continue
        aligned.add(i)
        canon, member = canon_sentences[i], member_sentences[j]
        if canon == member:
            continue
        found, spans = number_changes(article_id, canon, member)
        numbers += found
        if relation != "translation":
            wording += wording_changes(article_id, canon, member, spans)
    out = numbers + wording[:MAX_WORDING]
    if relation == "reprint":
        missing = [s for i, s in enumerate(canon_sentences) if i not in aligned]
        out += [Change(article_id, s, "", "omission") for s in missing[:MAX_OMISSIONS]]
    return out
