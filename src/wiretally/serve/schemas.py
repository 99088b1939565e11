"""Response models of the JSON API: they document the export records in the OpenAPI file.

Handlers return ready JSON (the records' own ``export()``), so these models describe the
responses without re-validating them on every request; the schemathesis test checks that
what is served matches them.
"""

from __future__ import annotations

from pydantic import BaseModel, Field


class ErrorDetail(BaseModel):
    code: str = Field(description="Machine-readable: not_found, bad_request, ...")
    message: str = Field(description="What went wrong and what to do next.")


class ErrorBody(BaseModel):
    error: ErrorDetail


class LocationOut(BaseModel):
    name: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    precision: int | None = Field(description="1 the place, 2 near it or part, 3 area centre")


class FigureOut(BaseModel):
    value: float | None
    lower: float | None
    upper: float | None
    approximate: bool
    text: str | None


class SourceOut(BaseModel):
    article_id: str
    sentence: int
    start: int
    end: int
    text: str


class EventOut(BaseModel):
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
    location: LocationOut | None
    actor1: str | None
    actor2: str | None
    assoc_actors: list[str]
    weapon: str | None
    fatalities: FigureOut | None
    injuries: FigureOut | None
    modality: str
    historical: bool
    sources: list[SourceOut]
    source_count: int
    independent_source_count: int
    notes: str | None


class ConflictOut(BaseModel):
    claim_id: str
    reason: str


class ClaimOut(BaseModel):
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
    parts: list[str]
    series: str | None
    conflicts: list[ConflictOut]


class MemberOut(BaseModel):
    article_id: str
    relation: str


class ChangeOut(BaseModel):
    article_id: str
    canonical_text: str
    member_text: str
    kind: str


class StoryOut(BaseModel):
    id: str
    canonical_article_id: str
    members: list[MemberOut]
    changes: list[ChangeOut]


class ArticleOut(BaseModel):
    id: str
    source_path: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    published_inferred: bool
    language: str | None
    text: str
    parent_id: str | None


class _Page(BaseModel):
    next: str | None = Field(description="URL of the next page, or null on the last page")
    total: int = Field(description="Records matching the filters")


class EventPage(_Page):
    items: list[EventOut]
    total_capped: bool = Field(
        default=False,
        description="True when counting stopped early: total is then a lower bound",
    )


class ClaimPage(_Page):
    items: list[ClaimOut]


class StoryPage(_Page):
    items: list[StoryOut]


class ArticlePage(_Page):
    items: list[ArticleOut]


class MapPoints(BaseModel):
    points: list[list[str | float | None]] = Field(
        description="[id, lat, lon, precision, date_start, event_type] per located event"
    )
    total: int = Field(description="Events matching the filters, located or not")
    truncated: bool


class Timeline(BaseModel):
    bins: list[list[str | int]] = Field(description="[day, events] for dated events")
