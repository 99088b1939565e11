"""The storage interface every backend implements (SQLite default, PostgreSQL, in-memory fake).

A backend stores each stage's records as JSON documents plus a few indexed columns used for
filtering. Writes happen inside ``transaction()``: the ingest of one input file is one
transaction, so a crash or Ctrl-C leaves the database as it was before that file.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from wiretally.records import Article, Claim, Event, Mention, Place, Story, Timex


@dataclass(slots=True, kw_only=True)
class EventQuery:
    """Filters for listing events (the API's query parameters map one to one)."""

    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # substring of actor1, actor2 or an associated actor (case-free)
    country: str | None = None  # ISO alpha-2
    date_from: str | None = None  # events ending on or after this day
    date_to: str | None = None  # events starting on or before this day
    modality: str | None = None
    min_sources: int | None = None  # minimum independent_source_count
    historical: bool | None = None
    q: str | None = None  # full-text search over actors, notes and source sentences
    story_id: str | None = None
    article_id: str | None = None


@dataclass(slots=True, kw_only=True)
class ClaimQuery:
    quantity: str | None = None
    series: str | None = None
    article_id: str | None = None
    claimant: str | None = None
    conflicted: bool | None = None


@dataclass(slots=True, kw_only=True)
class ArticleQuery:
    q: str | None = None  # full-text search over title and text
    outlet: str | None = None
    date_from: str | None = None
    date_to: str | None = None


T = TypeVar("T")


@dataclass(slots=True)
class Page(Generic[T]):
    items: list[T]
    total: int


class Store(abc.ABC):
    """One database. Methods named ``put_*``/``replace_*`` must run inside ``transaction()``."""

    url: str

    # -- lifecycle ----------------------------------------------------------
    @abc.abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """All writes inside commit together or not at all."""

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- inputs and articles -------------------------------------------------
    @abc.abstractmethod
    def input_seen(self, file_hash: str) -> bool:
        """True when a file with these bytes was ingested completely before."""

    @abc.abstractmethod
    def record_input(self, *, source_path: str, file_hash: str, articles: int) -> None: ...

    @abc.abstractmethod
    def has_article(self, article_id: str) -> bool: ...

    @abc.abstractmethod
    def put_article(self, article: Article) -> None:
        """Insert or replace the article with this id."""

    @abc.abstractmethod
    def get_article(self, article_id: str) -> Article | None: ...

    @abc.abstractmethod
    def iter_articles(self) -> Iterator[Article]: ...

    @abc.abstractmethod
    def query_articles(self, query: ArticleQuery, *, limit: int, offset: int) -> Page[Article]: ...

    # -- stories -------------------------------------------------------------
    @abc.abstractmethod
    def replace_stories(self, stories: Sequence[Story]) -> None: ...

    @abc.abstractmethod
    def iter_stories(self) -> Iterator[Story]: ...

    @abc.abstractmethod
    def get_story(self, story_id: str) -> Story | None: ...

    @abc.abstractmethod
    def query_stories(self, *, limit: int, offset: int) -> Page[Story]: ...

    # -- per-article analysis ------------------------------------------------
    @abc.abstractmethod
    def put_analysis(
        self,
        article_id: str,
        *,
        mentions: Sequence[Mention],
        claims: Sequence[Claim],
        places: Sequence[Place],
        times: Sequence[Timex],
    ) -> None:
        """Replace everything extracted from one article."""

    @abc.abstractmethod
    def analysed_article_ids(self) -> set[str]: ...

    @abc.abstractmethod
    def iter_mentions(self) -> Iterator[Mention]: ...

    @abc.abstractmethod
    def iter_raw_claims(self) -> Iterator[Claim]:
        """Claims as extracted per article, before linking (input to the claims linker)."""

    @abc.abstractmethod
    def iter_places(self) -> Iterator[Place]: ...

    @abc.abstractmethod
    def iter_times(self) -> Iterator[Timex]: ...

    # -- merged records ------------------------------------------------------
    @abc.abstractmethod
    def replace_events(self, events: Sequence[Event]) -> None: ...

    @abc.abstractmethod
    def replace_claims(self, claims: Sequence[Claim]) -> None:
        """Replace all claims (after linking series, parts and conflicts)."""

    @abc.abstractmethod
    def iter_events(self) -> Iterator[Event]: ...

    @abc.abstractmethod
    def get_event(self, event_id: str) -> Event | None: ...

    @abc.abstractmethod
    def query_events(self, query: EventQuery, *, limit: int, offset: int) -> Page[Event]: ...

    @abc.abstractmethod
    def iter_claims(self) -> Iterator[Claim]: ...

    @abc.abstractmethod
    def query_claims(self, query: ClaimQuery, *, limit: int, offset: int) -> Page[Claim]: ...

    def event_points(self, query: EventQuery, *, cap: int) -> tuple[list[list[Any]], int]:
        """Located events matching ``query``, newest first, at most ``cap``, as rows
        ``[id, lat, lon, precision, date_start, event_type]``; and how many events match."""
        page = self.query_events(query, limit=1_000_000, offset=0)
        rows = [
            [e.id, e.location.lat, e.location.lon, e.location.precision, e.date_start,
             e.event_type]
            for e in sorted(page.items, key=lambda e: e.date_start or "", reverse=True)
            if e.location is not None and e.location.lat is not None
            and e.location.lon is not None
        ]  # fmt: skip
        return rows[:cap], page.total

    def event_histogram(self, query: EventQuery) -> list[list[Any]]:
        """``[day, count]`` of dated events matching ``query``, in date order."""
        counts: dict[str, int] = {}
        for event in self.query_events(query, limit=1_000_000, offset=0).items:
            if event.date_start:
                counts[event.date_start[:10]] = counts.get(event.date_start[:10], 0) + 1
        return [[day, counts[day]] for day in sorted(counts)]

    # -- counts ----------------------------------------------------------------
    @abc.abstractmethod
    def counts(self) -> dict[str, int]:
        """Rows per kind: articles, stories, mentions, events, claims, places, times."""

    def put_articles(self, articles: Iterable[Article]) -> None:
        for article in articles:
            self.put_article(article)
