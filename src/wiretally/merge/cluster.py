"""Grouping mentions into clusters without comparing all pairs.

Blocking has two levels. Mentions are first split by modality class (hypothetical and
threatened reports apart from the rest), by whether they are background (historical)
and by type key; inside a block, clusters are indexed by week number, country and a
one-degree grid cell, so a mention is compared only with clusters whose date range
touches its own, whose country is its own or unknown, and whose precise place (if both
have one) lies in its own or a neighbouring cell. A cell (about 111 km) is wider than
the largest merge radius, so the grid never hides a cluster that could match; places
of a larger area's precision are not in the grid and are always compared. Mentions are
visited from the most specific (an exact day, a precise place) to the vaguest, so
precise reports found the clusters and vague ones join the best one that fits.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from wiretally.merge.compat import Item, MergeConfig, Profile, compare

_Cell = tuple[int, int] | None
# A block this small is scanned whole for mentions that carry no date at all.
_SCAN_ALL = 2000
_WEEK = 7


@dataclass(slots=True)
class Cluster:
    profile: Profile
    # Why each member after the first joined: "m2: type, date, place (3 km)".
    reasons: list[str] = field(default_factory=list)
    keys: set[tuple[int, str, _Cell]] = field(default_factory=set)
    undated_listed: bool = False


@dataclass(slots=True)
class _Block:
    clusters: list[int] = field(default_factory=list)
    # week -> country ("" unknown) -> grid cell (None: no precise place) -> clusters
    by_week: dict[int, dict[str, dict[_Cell, list[int]]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    )
    # week -> one-degree cell of any located cluster, whatever its country: a region's
    # centre and a town across a border from it can still meet (see compat.coarse_km).
    by_area: dict[int, dict[tuple[int, int], list[int]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    undated: list[int] = field(default_factory=list)
    by_story: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))


def _weeks(start: int, end: int) -> range:
    return range((start - 1) // _WEEK, (end + 1) // _WEEK + 1)


def _cell(lat: float | None, lon: float | None, precision: int | None) -> _Cell:
    """The grid cell of a precise place; None for no place or a larger area's centre."""
    if lat is None or lon is None or (precision or 1) > 2:
        return None
    return (math.floor(lat), math.floor(lon))


def _register(block: _Block, index: int, cluster: Cluster, item: Item) -> None:
    prof = cluster.profile
    if index not in block.by_story[item.story]:
        block.by_story[item.story].append(index)
    if prof.start is None or prof.end is None:
        if not cluster.undated_listed:
            block.undated.append(index)
            cluster.undated_listed = True
        return
    country = prof.country or ""
    cell = _cell(prof.lat, prof.lon, prof.precision)
    area = _cell(prof.lat, prof.lon, 1)
    for week in _weeks(prof.start, prof.end):
        if (week, country, cell) not in cluster.keys:
            cluster.keys.add((week, country, cell))
            block.by_week[week][country][cell].append(index)
        if area is not None and (week, "*", area) not in cluster.keys:
            cluster.keys.add((week, "*", area))
            block.by_area[week][area].append(index)


def _from_cells(by_cell: dict[_Cell, list[int]], cell: _Cell, found: list[int]) -> None:
    if cell is None:
        for lst in by_cell.values():
            found.extend(lst)
        return
    found.extend(by_cell.get(None, ()))
    lat, lon = cell
    for dlat in (-1, 0, 1):
        for dlon in (-1, 0, 1):
            # Longitude wraps at the antimeridian.
            found.extend(by_cell.get((lat + dlat, (lon + dlon + 180) % 360 - 180), ()))


def _candidates(block: _Block, item: Item) -> list[int]:
    found: list[int] = []
    cell = _cell(item.lat, item.lon, item.precision)
    area = _cell(item.lat, item.lon, 1)
    if item.start is not None and item.end is not None:
        for week in _weeks(item.start, item.end):
            if area is not None and item.country and week in block.by_area:
                _from_cells(block.by_area[week], area, found)  # type: ignore[arg-type]
            by_country = block.by_week.get(week)
            if not by_country:
                continue
            if item.country:
                for key in (item.country, ""):
                    if key in by_country:
                        _from_cells(by_country[key], cell, found)
            else:
                for by_cell in by_country.values():
                    _from_cells(by_cell, cell, found)
        if len(block.undated) <= _SCAN_ALL:
            found.extend(block.undated)
        else:
            found.extend(block.by_story.get(item.story, ()))
    elif len(block.clusters) <= _SCAN_ALL:
        found.extend(block.clusters)
    else:
        found.extend(block.by_story.get(item.story, ()))
        found.extend(block.undated[:_SCAN_ALL])
    return sorted(set(found))


def cluster_items(items: list[Item], config: MergeConfig) -> list[Cluster]:
    """Clusters of items, each one incident; deterministic for a given input set."""
    order = sorted(
        items,
        key=lambda it: (it.specificity, it.start or 0, it.mention.article_id, it.mention.id),
    )
    blocks: dict[tuple[bool, bool, str], _Block] = defaultdict(_Block)
    clusters: list[Cluster] = []
    for item in order:
        block = blocks[(item.irrealis, item.historical, item.key)]
        best: tuple[float, int, int] | None = None
        best_reasons: list[str] = []
        for index in _candidates(block, item):
            cluster = clusters[index]
            verdict = compare(item, cluster.profile, config)
            if verdict.veto is not None:
                continue
            need = config.threshold if verdict.place_known else config.unknown_place_threshold
            if verdict.score < need:
                continue
            rank = (verdict.score, len(cluster.profile.members), -index)
            if best is None or rank > best:
                best, best_reasons = rank, verdict.reasons
        if best is None:
            index = len(clusters)
            cluster = Cluster(Profile(key=item.key, irrealis=item.irrealis))
            clusters.append(cluster)
            block.clusters.append(index)
        else:
            index = -best[2]
            cluster = clusters[index]
            cluster.reasons.append(
                f"{item.mention.id}: {', '.join(best_reasons)} (score {best[0]:g})"
            )
        cluster.profile.add(item)
        _register(block, index, cluster, item)
    return clusters
