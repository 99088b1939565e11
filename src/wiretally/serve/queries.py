"""Aggregate queries the map and timeline need: thin wrappers over the Store's own.

The Store answers them on its indexed columns (``Store.event_points``,
``Store.event_histogram``); this module shapes the answers for the JSON API.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wiretally.store.base import EventQuery, Store

MAX_POINTS = 5_000


def event_points(store: Store, query: EventQuery, *, cap: int = MAX_POINTS) -> dict[str, Any]:
    """Located events as compact rows ``[id, lat, lon, precision, date_start, event_type]``.

    ``total`` counts every event matching ``query`` (located or not); ``truncated`` says that
    only the newest ``cap`` located events were returned.
    """
    points, total = store.event_points(query, cap=cap)
    return {"points": points, "total": total, "truncated": len(points) >= cap and total > cap}


def event_histogram(store: Store, query: EventQuery) -> list[list[Any]]:
    """``[day, count]`` for dated events matching ``query`` with its date range ignored.

    The range is dropped so the timeline shows the whole span while the brush marks the
    selected part of it.
    """
    return store.event_histogram(dataclasses.replace(query, date_from=None, date_to=None))
