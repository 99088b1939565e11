"""One record type per pipeline stage.

Data flows through these types in order::

    RawDocument  (ingest: one input record, text + whatever metadata the container gave)
      -> Article (clean + split: cleaned text, metadata, removed spans)
      -> Story   (stories: copies of one piece grouped, with what each copy changed)
      -> Sentence, Timex, Place, Mention, Claim   (extract, geo, time: per article)
      -> Event   (merge: one real incident from many mentions)

Offsets (``start``, ``end``) are character offsets into ``Article.text``, end exclusive.
Dates are ISO 8601 strings (``YYYY-MM-DD``) so that records serialise without loss.
Records become dicts only at the edges (JSON export, the database, the API) through
:func:`to_dict` and each type's ``from_dict``.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Self, TypeVar

Relation = Literal["canonical", "reprint", "rewrite", "translation"]
ChangeKind = Literal["number", "wording", "omission"]
Modality = Literal["asserted", "claimed", "contested", "denied", "hypothetical", "threatened"]
ConflictReason = Literal["value", "window", "definition", "sum"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

T = TypeVar("T")


def to_dict(record: Any) -> dict[str, Any]:
    """A record as plain JSON-ready data (nested records become dicts)."""
    return dataclasses.asdict(record)


Convert = Callable[[Any], Any]
#: Per record type: field name -> how a stored value becomes the field's value (None: as is).
_PLANS: dict[type, dict[str, Convert | None]] = {}


def _build(cls: type[T], data: dict[str, Any]) -> T:
    """A record from its dict: unknown keys are ignored, nested records are rebuilt.

    The field types say what is nested (a record, a list of records, a dict of records), so
    every record type reads its dict the same way instead of each spelling out its fields.
    """
    plan = _PLANS.get(cls)
    if plan is None:
        hints = typing.get_type_hints(cls)
        fields = dataclasses.fields(cls)  # type: ignore[arg-type]
        plan = _PLANS[cls] = {f.name: _converter(hints[f.name]) for f in fields}
    kwargs = {}
    for key, value in data.items():
        if key in plan:
            convert = plan[key]
            kwargs[key] = value if convert is None else convert(value)
    return cls(**kwargs)


def _converter(hint: Any) -> Convert | None:
    """How a value of type ``hint`` is rebuilt from JSON data; None when it needs nothing."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        inner = [a for a in args if a is not type(None)]
        return _converter(inner[0]) if len(inner) == 1 else None
    if origin is list and args and _is_record(args[0]):
        return lambda v: [_rebuilt(args[0], x) for x in v or ()]
    if origin is dict and len(args) == 2 and _is_record(args[1]):
        return lambda v: {k: _rebuilt(args[1], x) for k, x in (v or {}).items()}
    if _is_record(hint):
        return lambda v: _build(hint, v) if isinstance(v, dict) else v
    return None


def _is_record(hint: Any) -> bool:
    return isinstance(hint, type) and dataclasses.is_dataclass(hint)


def _rebuilt(cls: type[T], value: T | dict[str, Any]) -> T:
    return value if isinstance(value, cls) else _build(cls, value)  # type: ignore[arg-type]


class _Record:
    """What every stored record type shares: reading it back from its dict."""

    __slots__ = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        return _build(cls, data)


# --------------------------------------------------------------------------- ingest


@dataclass(slots=True)
class RawDocument:
    """One input record as read from a file, before cleaning.

    ``text`` is plain text (HTML already reduced to text by the reader). Metadata
    fields hold what the container said (a JSON field, an HTML meta tag, a WARC
    header); the clean stage may fill the gaps from the text itself.
    """

    source_path: str
    text: str
    input_id: str | None = None  # the caller's own id, kept as the article id
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    outlet: str | None = None
    author: str | None = None
    language: str | None = None
    fmt: str = "txt"  # txt, html, json, jsonl, csv, rss, warc
    record_index: int = 0  # position of this record inside its file


@dataclass(slots=True)
class Removed:
    """A span that cleaning removed, with offsets into the text it was cut from."""

    start: int
    end: int
    text: str
    # caption, site-artefact, footer, desk-note, teaser, photo-credit, repeated-title, ...
    reason: str


@dataclass(slots=True)
class Article(_Record):
    """A cleaned article: the unit every later stage works on."""

    id: str
    source_path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_inferred: bool = False
    language: str | None = None
    parent_id: str | None = None
    author: str | None = None
    dateline: str | None = None
    input_id: str | None = None
    content_hash: str = ""
    removed: list[Removed] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)

    EXPORT_FIELDS = (
        "id", "source_path", "title", "outlet", "url", "published", "published_inferred",
        "language", "text", "parent_id",
    )  # fmt: skip

    def export(self) -> dict[str, Any]:
        """The public ``articles`` record (INTERFACE.md)."""
        return {k: getattr(self, k) for k in self.EXPORT_FIELDS}


# --------------------------------------------------------------------------- stories


@dataclass(slots=True)
class StoryMember:
    article_id: str
    relation: Relation


@dataclass(slots=True)
class Change:
    """A difference between a copy and its story's canonical article."""

    article_id: str
    canonical_text: str
    member_text: str
    kind: ChangeKind


@dataclass(slots=True)
class Story(_Record):
    """One original piece and its copies (reprints, rewrites, translations)."""

    id: str
    canonical_article_id: str
    members: list[StoryMember] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)

    def export(self) -> dict[str, Any]:
        return to_dict(self)


# --------------------------------------------------------------------------- text units


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Evidence:
    """Where a field or a whole mention comes from: the public ``sources`` item."""

    article_id: str
    sentence: int
    start: int
    end: int
    text: str


# --------------------------------------------------------------------------- times and places


@dataclass(slots=True)
class Timex(_Record):
    """A normalised time expression (TIMEX3 style value)."""

    article_id: str
    start: int
    end: int
    text: str
    type: TimexType
    value: str  # 2023-10-17, 2023-11, 2023-W46, PRESENT_REF, P3D, ...
    # Calendar interval the expression covers (for DATE), inclusive, when it can be said.
    date_start: str | None = None
    date_end: str | None = None
    precision: int | None = None  # 1 day, 2 week/range, 3 month or vaguer
    # "window_start" for "since X", "window_end" for "by/until X", "range" for "between X and Y"
    role: str | None = None

    def export(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
        }


@dataclass(slots=True)
class Place(_Record):
    """A place mention resolved against the gazetteer."""

    article_id: str
    start: int
    end: int
    text: str
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    geonames_id: int | None = None
    feature: str | None = None  # city, airbase, district, country, region, sea, ...
    precision: int | None = None  # 1 the place, 2 near/part of it, 3 a larger area's centre

    def export(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "admin1": self.admin1,
            "geonames_id": self.geonames_id,
            "feature": self.feature,
        }


@dataclass(slots=True)
class Location:
    """An event's location: the public ``location`` object."""

    name: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    precision: int | None


# --------------------------------------------------------------------------- figures


@dataclass(slots=True)
class Figure:
    """A number as reported: ``at least 3`` is lower=3, ``about 2,000`` value=2000 approx."""

    value: float | None = None
    lower: float | None = None
    upper: float | None = None
    approximate: bool = False
    text: str | None = None


# --------------------------------------------------------------------------- events


@dataclass(slots=True)
class Actor:
    """A normalised actor."""

    name: str  # canonical name from the alias table, or the surface text
    type: str | None = None  # state force, militia, rebel group, political party, civilians, ...
    wikidata: str | None = None
    country: str | None = None


@dataclass(slots=True)
class Mention(_Record):
    """One report of an event in one sentence of one article."""

    id: str
    article_id: str
    sentence: int
    start: int
    end: int
    text: str
    event_type: str
    sub_event_type: str | None = None
    plover: str | None = None
    trigger: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: Location | None = None
    actor1: str | None = None
    actor2: str | None = None
    actor1_type: str | None = None
    actor2_type: str | None = None
    assoc_actors: list[str] = field(default_factory=list)
    weapon: str | None = None
    target: str | None = None
    fatalities: Figure | None = None
    injuries: Figure | None = None
    modality: Modality = "asserted"
    historical: bool = False
    # field name -> where its value was read (sentence-level provenance per field)
    provenance: dict[str, Evidence] = field(default_factory=dict)
    story_id: str | None = None  # filled by the merge stage from the stories stage

    def evidence(self) -> Evidence:
        return Evidence(self.article_id, self.sentence, self.start, self.end, self.text)


@dataclass(slots=True)
class Event(_Record):
    """One real-world incident merged from one or more mentions: the public ``events`` record."""

    id: str
    event_type: str
    sub_event_type: str | None
    plover: str | None
    date_start: str | None
    date_end: str | None
    date_precision: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    location: Location | None
    actor1: str | None
    actor2: str | None
    assoc_actors: list[str]
    weapon: str | None
    fatalities: Figure | None
    injuries: Figure | None
    modality: Modality
    historical: bool
    sources: list[Evidence]
    source_count: int
    independent_source_count: int
    notes: str | None
    # Not in the public record: how the merge decided (for the UI and for debugging).
    mention_ids: list[str] = field(default_factory=list)
    merge_reasons: list[str] = field(default_factory=list)
    target: str | None = None

    EXPORT_FIELDS = (
        "id", "event_type", "sub_event_type", "plover", "date_start", "date_end",
        "date_precision", "country", "admin1", "admin2", "location", "actor1", "actor2",
        "assoc_actors", "weapon", "fatalities", "injuries", "modality", "historical",
        "sources", "source_count", "independent_source_count", "notes",
    )  # fmt: skip

    def export(self) -> dict[str, Any]:
        data = to_dict(self)
        return {k: data[k] for k in self.EXPORT_FIELDS}


# --------------------------------------------------------------------------- claims


@dataclass(slots=True)
class Conflict:
    claim_id: str
    reason: ConflictReason


@dataclass(slots=True)
class Claim(_Record):
    """A figure someone reports: the public ``claims`` record."""

    id: str
    quantity: str
    value: float | None
    lower: float | None
    upper: float | None
    approximate: bool
    unit: str | None
    place: str | None
    window_start: str | None
    window_end: str | None
    as_of: str | None
    claimant: str | None
    article_id: str
    start: int
    end: int
    text: str
    parts: list[str] = field(default_factory=list)
    series: str | None = None
    conflicts: list[Conflict] = field(default_factory=list)
    # Not in the public record.
    sentence: int | None = None
    story_id: str | None = None
    canonical_claim_id: str | None = None  # set when a story copy changed this figure

    EXPORT_FIELDS = (
        "id", "quantity", "value", "lower", "upper", "approximate", "unit", "place",
        "window_start", "window_end", "as_of", "claimant", "article_id", "start", "end",
        "text", "parts", "series", "conflicts",
    )  # fmt: skip

    def export(self) -> dict[str, Any]:
        data = to_dict(self)
        return {k: data[k] for k in self.EXPORT_FIELDS}
