"""What the pages show, computed from records: evidence groups, highlights, charts, diffs.

Everything returned here is plain data (strings and numbers); the templates escape it, so
article text never reaches the page as markup.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import Any

from wiretally.records import Article, Claim, Event, Evidence, Story
from wiretally.store.base import Store

EVENT_TYPES = (
    "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
    "Riots", "Strategic developments",
)  # fmt: skip
MODALITIES = ("asserted", "claimed", "contested", "denied", "hypothetical", "threatened")
CONFLICT_REASONS = {
    "value": "gives a different number for the same quantity, place and time window",
    "window": "counts over a different time window, so the numbers are not comparable",
    "definition": "counts something defined differently (e.g. attacks vs. incidents)",
    "sum": "its parts do not add up to it",
}
CONTEXT = 160  # characters of article text shown around a source sentence


# --------------------------------------------------------------------------- event sources


@dataclass(slots=True)
class SourceView:
    evidence: Evidence
    article: Article | None
    relation: str
    before: str = ""
    after: str = ""


@dataclass(slots=True)
class SourceGroup:
    """The reports of one story: the original's sentences first, copies folded under them."""

    story_id: str | None
    originals: list[SourceView] = field(default_factory=list)
    copies: list[SourceView] = field(default_factory=list)


def _story_index(store: Store, article_ids: set[str]) -> dict[str, tuple[str, str]]:
    # TODO(store): a story-by-article lookup; until then scan the stories once per page.
    index: dict[str, tuple[str, str]] = {}
    for story in store.iter_stories():
        for member in story.members:
            if member.article_id in article_ids:
                index[member.article_id] = (story.id, member.relation)
    return index


def source_groups(store: Store, event: Event) -> list[SourceGroup]:
    """An event's sources grouped by story, each with a little surrounding text."""
    ids = {s.article_id for s in event.sources}
    stories = _story_index(store, ids)
    articles = {a: store.get_article(a) for a in ids}
    groups: dict[str, SourceGroup] = {}
    for evidence in event.sources:
        story_id, relation = stories.get(evidence.article_id, (None, "canonical"))
        key = story_id or f"article:{evidence.article_id}"
        group = groups.setdefault(key, SourceGroup(story_id))
        article = articles.get(evidence.article_id)
        view = SourceView(evidence, article, relation)
        if article is not None and 0 <= evidence.start <= evidence.end <= len(article.text):
            view.before = article.text[max(0, evidence.start - CONTEXT) : evidence.start]
            view.after = article.text[evidence.end : evidence.end + CONTEXT]
        (group.originals if relation == "canonical" else group.copies).append(view)
    for group in groups.values():
        if not group.originals and group.copies:
            group.originals.append(group.copies.pop(0))
    return list(groups.values())


# --------------------------------------------------------------------------- article highlight


@dataclass(slots=True)
class Segment:
    text: str
    kind: str | None = None  # None plain, "event" or "claim"
    ref: str | None = None  # the event or claim id


def highlight(article: Article, events: list[Event], claims: list[Claim]) -> list[Segment]:
    """The article text cut into plain and highlighted segments (overlaps: first one wins)."""
    spans: list[tuple[int, int, str, str]] = []
    for event in events:
        for s in event.sources:
            if s.article_id == article.id:
                spans.append((s.start, s.end, "event", event.id))
    for claim in claims:
        spans.append((claim.start, claim.end, "claim", claim.id))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    text = article.text
    out: list[Segment] = []
    pos = 0
    for start, end, kind, ref in spans:
        if start < pos or end > len(text) or start >= end:
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], kind, ref))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


# --------------------------------------------------------------------------- claim charts

W, H, PAD = 520, 180, 36


@dataclass(slots=True)
class Mark:
    claim: Claim
    x: float
    y: float | None
    y_low: float | None
    y_high: float | None
    label: str


@dataclass(slots=True)
class Series:
    key: str
    quantity: str
    claims: list[Claim]
    marks: list[Mark]
    axis: dict[str, Any]


def _day_number(date: str | None) -> int | None:
    m = re.match(r"^(\d{4})-(\d{2})(?:-(\d{2}))?", date or "")
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3) or 15)
    return y * 372 + mo * 31 + d  # monotone, good enough for placing dots on an axis


def claim_series(claims: list[Claim]) -> list[Series]:
    """Claims grouped by series, each with chart marks placed in a W x H box."""
    groups: dict[str, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.series or f"claim:{claim.id}", []).append(claim)
    out = []
    for key, members in groups.items():
        members.sort(key=lambda c: (c.as_of or c.window_end or "", c.id))
        days = [_day_number(c.as_of or c.window_end) for c in members]
        numbers = [v for c in members for v in (c.value, c.lower, c.upper) if v is not None]
        known = [d for d in days if d is not None]
        d0, d1 = (min(known), max(known)) if known else (0, 1)
        v1 = max(numbers) if numbers else 1.0
        v1 = v1 if v1 > 0 else 1.0

        def xy(day: int | None, i: int, n: int, d0: int = d0, d1: int = d1) -> float:
            if day is None or d1 == d0:
                return PAD + (W - 2 * PAD) * ((i + 0.5) / n)
            return PAD + (W - 2 * PAD) * (day - d0) / (d1 - d0)

        def yv(value: float | None, v1: float = v1) -> float | None:
            return None if value is None else H - PAD - (H - 2 * PAD) * value / v1

        marks = []
        for i, (claim, day) in enumerate(zip(members, days, strict=True)):
            value = claim.value if claim.value is not None else claim.lower
            label = "?" if value is None else f"{value:g}"
            if claim.approximate:
                label = "~" + label
            marks.append(Mark(claim, round(xy(day, i, len(members)), 1), yv(value),
                              yv(claim.lower), yv(claim.upper), label))  # fmt: skip
        first = members[0]
        axis = {
            "w": W, "h": H, "pad": PAD, "top": f"{v1:g}", "base": H - PAD,
            "from": first.as_of or first.window_end or "",
            "to": members[-1].as_of or members[-1].window_end or "",
        }  # fmt: skip
        out.append(Series(key, first.quantity, members, marks, axis))
    # Series with the most claims first: a chart of one dot says little.
    out.sort(key=lambda s: (-len(s.claims), s.quantity, s.key))
    return out


def claim_contexts(
    store: Store, claims: list[Claim], width: int = 90
) -> dict[str, tuple[str, str]]:
    """Claim id -> (text before, text after) the figure in its article, for reading it in place."""
    articles: dict[str, Article | None] = {}
    out: dict[str, tuple[str, str]] = {}
    for claim in claims:
        if claim.article_id not in articles:
            articles[claim.article_id] = store.get_article(claim.article_id)
        article = articles[claim.article_id]
        if article is not None and 0 <= claim.start <= claim.end <= len(article.text):
            out[claim.id] = (
                article.text[max(0, claim.start - width) : claim.start],
                article.text[claim.end : claim.end + width],
            )
    return out


# --------------------------------------------------------------------------- story changes


@dataclass(slots=True)
class ChangeView:
    article_id: str
    kind: str
    canonical: list[tuple[str, bool]]  # (words, changed?)
    member: list[tuple[str, bool]]


def _diff(a: str, b: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    wa, wb = re.findall(r"\S+\s*", a), re.findall(r"\S+\s*", b)
    left: list[tuple[str, bool]] = []
    right: list[tuple[str, bool]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if i2 > i1:
            left.append(("".join(wa[i1:i2]), op != "equal"))
        if j2 > j1:
            right.append(("".join(wb[j1:j2]), op != "equal"))
    return left, right


def story_changes(story: Story) -> list[ChangeView]:
    """Each change with the words that differ marked on both sides."""
    views = []
    for change in story.changes:
        left, right = _diff(change.canonical_text, change.member_text)
        views.append(ChangeView(change.article_id, change.kind, left, right))
    return views
