"""Grouping mentions into clusters without comparing all pairs.

Blocking has two levels. Mentions are first split by modality class (hypothetical and
threatened reports apart from the rest), by whether they are background (historical)
and by type key; inside a block, clusters are
indexed by week number and country, so a mention is compared only with clusters whose
date range touches its own and whose country is its own or unknown. Mentions are
visited from the most specific (an exact day, a precise place) to the vaguest, so
precise reports found the clusters and vague ones join the best one that fits.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from wiretally.merge.compat import Item, MergeConfig, Profile, compare

# A block this small is scanned whole for mentions that carry no date at all.
_SCAN_ALL = 2000
_WEEK = 7


@dataclass(slots=True)
class Cluster:
    profile: Profile
    # Why each member after the first joined: "m2: type, date, place (3 km)".
    reasons: list[str] = field(default_factory=list)
    keys: set[tuple[int, str]] = field(default_factory=set)
    undated_listed: bool = False


@dataclass(slots=True)
class _Block:
    clusters: list[int] = field(default_factory=list)
    by_week: dict[int, dict[str, list[int]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(list))
    )
    undated: list[int] = field(default_factory=list)
    by_story: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))


def _weeks(start: int, end: int) -> range:
    return range((start - 1) // _WEEK, (end + 1) // _WEEK + 1)


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
    for week in _weeks(prof.start, prof.end):
        if (week, country) not in cluster.keys:
            cluster.keys.add((week, country))
            block.by_week[week][country].append(index)


def _candidates(block: _Block, item: Item) -> list[int]:
    found: list[int] = []
    if item.start is not None and item.end is not None:
        for week in _weeks(item.start, item.end):
            by_country = block.by_week.get(week)
            if not by_country:
                continue
            if item.country:
                found.extend(by_country.get(item.country, ()))
                found.extend(by_country.get("", ()))
            else:
                for lst in by_country.values():
                    found.extend(lst)
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
