"""Response models of the JSON API: they document the export records in the OpenAPI file.

Handlers return ready JSON (the records' own ``export()``), so these models describe the
responses without re-validating them on every request; the schemathesis test checks that
what is served matches them. The record models are made from the record dataclasses (their
``EXPORT_FIELDS``), so a field added to a record shows in the OpenAPI file by itself.
"""

from __future__ import annotations

import dataclasses
import functools
import operator
import types
import typing
from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import BaseModel, Field, create_model

from wiretally import records


class ErrorDetail(BaseModel):
    code: str = Field(description="Machine-readable: not_found, bad_request, ...")
    message: str = Field(description="What went wrong and what to do next.")


class ErrorBody(BaseModel):
    error: ErrorDetail


def _out_type(hint: Any) -> Any:
    """A record field's type as the API documents it: nested records become their ``*Out``
    model and closed vocabularies (``Literal``) plain strings, as the models always said."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is Literal:
        return str
    if origin in (types.UnionType, typing.Union):
        return functools.reduce(operator.or_, [_out_type(a) for a in args])
    if origin is list:
        return list[_out_type(args[0])]  # type: ignore[misc]
    return _OUT.get(hint, hint)


def _out_model(
    name: str,
    record: type,
    fields: Sequence[str] | None = None,
    descriptions: Mapping[str, str] | None = None,
) -> type[BaseModel]:
    """The response model of a record type, made from the record itself so that the two
    cannot drift apart: ``fields`` (default: all) in the export's order, all required."""
    hints = typing.get_type_hints(record)
    names = fields or [f.name for f in dataclasses.fields(record)]
    model = create_model(
        name,
        **{n: (_out_type(hints[n]), Field(description=(descriptions or {}).get(n))) for n in names},
    )  # type: ignore[call-overload]
    _OUT[record] = model
    return model


#: Record type -> its response model; a nested record's model is made before its parent's.
_OUT: dict[Any, type[BaseModel]] = {}
LocationOut = _out_model(
    "LocationOut",
    records.Location,
    descriptions={"precision": "1 the place, 2 near it or part, 3 area centre"},
)
FigureOut = _out_model("FigureOut", records.Figure)
SourceOut = _out_model("SourceOut", records.Evidence)
EventOut = _out_model("EventOut", records.Event, records.Event.EXPORT_FIELDS)
ConflictOut = _out_model("ConflictOut", records.Conflict)
ClaimOut = _out_model("ClaimOut", records.Claim, records.Claim.EXPORT_FIELDS)
MemberOut = _out_model("MemberOut", records.StoryMember)
ChangeOut = _out_model("ChangeOut", records.Change)
StoryOut = _out_model("StoryOut", records.Story)
ArticleOut = _out_model("ArticleOut", records.Article, records.Article.EXPORT_FIELDS)


class _Page(BaseModel):
    next: str | None = Field(description="URL of the next page, or null on the last page")
    total: int = Field(description="Records matching the filters")


def _page_model(name: str, item: type[BaseModel], **extra: Any) -> type[BaseModel]:
    """A list response: ``items`` of one record model after ``next`` and ``total``."""
    return create_model(name, __base__=_Page, items=(list[item], ...), **extra)  # type: ignore[valid-type]


EventPage = _page_model(
    "EventPage",
    EventOut,
    total_capped=(
        bool,
        Field(
            default=False,
            description="True when counting stopped early: total is then a lower bound",
        ),
    ),
)
ClaimPage = _page_model("ClaimPage", ClaimOut)
StoryPage = _page_model("StoryPage", StoryOut)
ArticlePage = _page_model("ArticlePage", ArticleOut)


class MapPoints(BaseModel):
    points: list[list[str | float | None]] = Field(
        description="[id, lat, lon, precision, date_start, event_type] per located event"
    )
    total: int = Field(description="Events matching the filters, located or not")
    truncated: bool


class Timeline(BaseModel):
    bins: list[list[str | int]] = Field(description="[day, events] for dated events")
