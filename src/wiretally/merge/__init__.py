"""The merge stage: event mentions from many articles become one event per incident.

Reads: :class:`~wiretally.records.Mention` (from the extract stage), the story of each
article (from the stories stage) and each article's publication date.
Writes: :class:`~wiretally.records.Event`, one per incident, and ``Mention.story_id``.

Copies of one story repeat one report, so they never count as corroboration:
``source_count`` counts distinct articles, ``independent_source_count`` distinct
stories. Hypothetical and threatened reports stay apart from real ones, background
(historical) reports merge only with each other. Each event says why its members
joined (``merge_reasons``: the fields that agreed) and which mentions it holds.

Modules, in the order they run: :mod:`.compat` (is this mention the same incident as
that cluster?), :mod:`.cluster` (blocking by date and place, greedy clustering),
:mod:`.reconcile` (one event's fields from its members).
"""

from __future__ import annotations

from wiretally.merge.cluster import Cluster, cluster_items
from wiretally.merge.compat import MergeConfig, make_item
from wiretally.merge.reconcile import build_event, event_id
from wiretally.records import Event, Mention

__all__ = ["MergeConfig", "cluster_mentions", "event_id", "merge_mentions"]


def cluster_mentions(
    mentions: list[Mention],
    *,
    story_of: dict[str, str],
    published: dict[str, str | None],
    config: MergeConfig | None = None,
) -> list[Cluster]:
    """Clusters of mentions (one per incident) before their fields are reconciled.

    An article missing from ``story_of`` is its own story: without the stories stage
    every article counts as an independent source.
    """
    config = config or MergeConfig()
    items = []
    for mention in mentions:
        story = story_of.get(mention.article_id) or mention.story_id or mention.article_id
        mention.story_id = story
        items.append(
            make_item(
                mention, story=story, published=published.get(mention.article_id), config=config
            )
        )
    return cluster_items(items, config)


def merge_mentions(
    mentions: list[Mention],
    *,
    story_of: dict[str, str],
    published: dict[str, str | None],
    config: MergeConfig | None = None,
) -> list[Event]:
    """One event per incident, ordered by date then id (deterministic for a given input)."""
    clusters = cluster_mentions(mentions, story_of=story_of, published=published, config=config)
    events = [
        build_event(c.profile, c.reasons, irrealis=c.profile.irrealis)
        for c in clusters
        if c.profile.members
    ]
    events.sort(key=lambda e: (e.date_start or "9999", e.id))
    return events
