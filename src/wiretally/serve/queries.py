"""Aggregate queries the map and timeline need, built on the Store.

The Store offers record pages; the map needs every located event's coordinates and the
timeline needs counts per day, which would mean decoding every record. On the SQL backends
these run as SQL on the indexed columns (the filters mirror ``SQLStore.query_events`` and
use its dialect hooks); any other backend falls back to paging the records.
TODO(store): move ``event_points`` and ``event_histogram`` into the Store interface.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from wiretally.store.base import EventQuery, Store
from wiretally.store.sql import SQLStore
from wiretally.store.sqlite import SQLiteStore

MAX_POINTS = 5_000


def _where(store: SQLStore, query: EventQuery) -> tuple[str, list[Any]]:
    where: list[str] = ["1=1"]
    params: list[Any] = []
    for column, value in (
        ("event_type", query.event_type),
        ("sub_event_type", query.sub_event_type),
        ("country", query.country.upper() if query.country else None),
        ("modality", query.modality),
    ):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if query.actor:
        where.append(store._contains("actors"))
        params.append(query.actor.lower())
    if query.date_from:
        where.append("COALESCE(date_end, date_start) >= ?")
        params.append(query.date_from)
    if query.date_to:
        where.append("date_start <= ?")
        params.append(query.date_to)
    if query.min_sources:
        where.append("independent_source_count >= ?")
        params.append(query.min_sources)
    if query.historical is not None:
        where.append("historical = ?")
        params.append(int(query.historical))
    if query.q:
        where.append(store._fts_match("events_fts"))
        params.append(store._fts_param(query.q))
    if query.article_id:
        where.append("id IN (SELECT event_id FROM event_articles WHERE article_id = ?)")
        params.append(query.article_id)
    if query.story_id:
        where.append(
            "id IN (SELECT ea.event_id FROM event_articles ea JOIN story_members sm "
            "ON sm.article_id = ea.article_id WHERE sm.story_id = ?)"
        )
        params.append(query.story_id)
    return " AND ".join(where), params


def _paged(store: Store, query: EventQuery, cap: int) -> list[Any]:
    out: list[Any] = []
    offset = 0
    while len(out) < cap:
        page = store.query_events(query, limit=500, offset=offset)
        out.extend(page.items)
        offset += len(page.items)
        if not page.items or offset >= page.total:
            break
    return out[:cap]


def _point_row(event: dict[str, Any]) -> list[Any] | None:
    loc = event.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    return [event["id"], loc["lat"], loc["lon"], loc.get("precision"), event.get("date_start"),
            event.get("event_type")]  # fmt: skip


def event_points(store: Store, query: EventQuery, *, cap: int = MAX_POINTS) -> dict[str, Any]:
    """Located events as compact rows ``[id, lat, lon, precision, date_start, event_type]``.

    ``total`` counts every event matching ``query`` (located or not); ``truncated`` says that
    only the newest ``cap`` located events were returned.
    """
    if isinstance(store, SQLiteStore):
        cond, params = _where(store, query)
        total = store._rows(f"SELECT COUNT(*) FROM events WHERE {cond}", params)[0][0]
        # Ordering by date_start alone lets SQLite walk the date index newest first and stop
        # after ``cap`` located rows, so the JSON is read for those rows only.
        rows = store._rows(
            "SELECT id, json_extract(data, '$.location.lat') AS lat,"
            " json_extract(data, '$.location.lon') AS lon,"
            " json_extract(data, '$.location.precision'), date_start, event_type "
            f"FROM events WHERE {cond} AND lat IS NOT NULL AND lon IS NOT NULL "
            "ORDER BY date_start DESC LIMIT ?",
            [*params, cap],
        )
        return {"points": [list(r) for r in rows], "total": total,
                "truncated": len(rows) >= cap and total > cap}  # fmt: skip
    if isinstance(store, SQLStore):
        # Other SQL dialects: the newest matching rows, located ones picked in Python.
        cond, params = _where(store, query)
        total = store._rows(f"SELECT COUNT(*) FROM events WHERE {cond}", params)[0][0]
        points: list[list[Any]] = []
        offset = 0
        while len(points) < cap:
            rows = store._rows(
                f"SELECT data FROM events WHERE {cond} ORDER BY date_start DESC LIMIT ? OFFSET ?",
                [*params, 2000, offset],
            )
            for (data,) in rows:
                row = _point_row(json.loads(data))
                if row is not None:
                    points.append(row)
            offset += len(rows)
            if len(rows) < 2000:
                break
        return {"points": points[:cap], "total": total, "truncated": len(points) > cap}
    events = _paged(store, query, 10 * cap)
    located = [e for e in events if e.location and e.location.lat is not None
               and e.location.lon is not None]  # fmt: skip
    points = [
        [e.id, e.location.lat, e.location.lon, e.location.precision, e.date_start, e.event_type]
        for e in located[:cap]
        if e.location is not None
    ]
    return {"points": points, "total": len(events), "truncated": len(located) > cap}


def event_histogram(store: Store, query: EventQuery) -> list[list[Any]]:
    """``[day, count]`` for dated events matching ``query`` with its date range ignored.

    The range is dropped so the timeline shows the whole span while the brush marks the
    selected part of it.
    """
    undated = dataclasses.replace(query, date_from=None, date_to=None)
    if isinstance(store, SQLStore):
        cond, params = _where(store, undated)
        rows = store._rows(
            f"SELECT substr(date_start, 1, 10) AS d, COUNT(*) FROM events WHERE {cond} "
            "AND date_start IS NOT NULL GROUP BY d ORDER BY d",
            params,
        )
        return [list(r) for r in rows]
    counts: dict[str, int] = {}
    for event in _paged(store, undated, 100_000):
        if event.date_start:
            day = event.date_start[:10]
            counts[day] = counts.get(day, 0) + 1
    return [[d, counts[d]] for d in sorted(counts)]
