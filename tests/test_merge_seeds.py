"""The merge stage on the seeds' gold event fields (read from ../shared at test time).

The extraction stages are not finished, so this feeds the merge stage one mention per
(gold event, source article) carrying the gold fields, and checks that merging alone
reproduces the gold grouping: each gold event one event, with the gold number of
independent stories (the three US strikes: four copies, one story). It tests merging,
not extraction.
"""

from __future__ import annotations

from typing import Any

from wiretally.merge import merge_mentions
from wiretally.records import Location, Mention


def _mentions(gold: dict[str, Any]) -> tuple[list[Mention], dict[str, str]]:
    mentions: list[Mention] = []
    owner: dict[str, str] = {}
    for event in gold["events"]:
        window = event.get("date_window") or [event.get("date"), event.get("date")]
        location = None
        if event.get("lat") is not None:
            location = Location(
                event.get("place"), event["lat"], event["lon"], None, event.get("precision", 1)
            )
        for n, article in enumerate(event["sources"]):
            mention = Mention(
                id=f"{event['key']}#{n}",
                article_id=article,
                sentence=n,
                start=0,
                end=1,
                text=event.get("place") or "",
                event_type=event["event_type"],
                sub_event_type=event.get("sub_event_type"),
                date_start=window[0],
                date_end=window[1],
                country=event.get("country"),
                admin1=event.get("admin1"),
                location=location,
                actor1=event.get("actor1"),
                actor2=event.get("actor2"),
                modality=event.get("modality", "asserted"),
                historical=bool(event.get("historical")),
            )
            mentions.append(mention)
            owner[mention.id] = event["key"]
    return mentions, owner


def test_gold_fields_merge_into_the_gold_events(seeds_gold: dict[str, Any]) -> None:
    mentions, owner = _mentions(seeds_gold)
    story_of = {a: f"story{i}" for i, s in enumerate(seeds_gold["stories"]) for a in s["members"]}
    published = {a["key"]: a["published_window"][0] for a in seeds_gold["articles"]}
    events = merge_mentions(mentions, story_of=story_of, published=published)
    # Gold events that the gold itself says may be merged with others are left out.
    loose = {e["key"] for e in seeds_gold["events"] if "may be merged" in e.get("note", "")}
    for gold_event in seeds_gold["events"]:
        key = gold_event["key"]
        holding = [e for e in events if any(owner[m] == key for m in e.mention_ids)]
        assert len(holding) == 1, f"{key} split into {len(holding)} events"
        (event,) = holding
        others = {owner[m] for m in event.mention_ids} - {key}
        if key not in loose:
            assert not (others - loose), f"{key} merged with {others}"
        assert event.independent_source_count == gold_event["independent_sources"], key
        assert event.source_count == len(set(gold_event["sources"])), key


def test_the_three_us_strikes_stay_three(seeds_gold: dict[str, Any]) -> None:
    mentions, owner = _mentions(seeds_gold)
    story_of = {a: f"story{i}" for i, s in enumerate(seeds_gold["stories"]) for a in s["members"]}
    strikes = [m for m in mentions if owner[m.id].startswith("us-strike")]
    assert len({owner[m.id] for m in strikes}) == 3
    events = merge_mentions(strikes, story_of=story_of, published={})
    assert len(events) == 3
    assert all(e.independent_source_count == 1 and e.source_count == 4 for e in events)
