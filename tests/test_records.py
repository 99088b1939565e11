"""Records read back from their dicts: nested records come back as records, not dicts."""

from __future__ import annotations

import json

from wiretally import records as r


def _roundtrip(record: object) -> object:
    return type(record).from_dict(json.loads(json.dumps(r.to_dict(record))))  # type: ignore[attr-defined]


def test_nested_records_come_back_as_records() -> None:
    where = r.Evidence("a1", 0, 4, 20, "A convoy was shelled.")
    mention = r.Mention(
        id="m1", article_id="a1", sentence=0, start=4, end=20, text=where.text,
        event_type="Battles", location=r.Location("Harbour town", 1.5, 2.5, 7, 1),
        fatalities=r.Figure(lower=2, text="at least two"), provenance={"location": where},
    )  # fmt: skip
    back = _roundtrip(mention)
    assert back == mention
    assert isinstance(back, r.Mention)
    assert isinstance(back.location, r.Location)
    assert isinstance(back.fatalities, r.Figure)
    assert isinstance(back.provenance["location"], r.Evidence)

    event = r.Event(
        id="e1", event_type="Battles", sub_event_type=None, plover=None, date_start="2024-01-02",
        date_end=None, date_precision=1, country="XX", admin1=None, admin2=None, location=None,
        actor1="Army", actor2=None, assoc_actors=[], weapon=None, fatalities=None,
        injuries=r.Figure(value=3), modality="asserted", historical=False, sources=[where],
        source_count=1, independent_source_count=1, notes=None,
    )  # fmt: skip
    back_event = _roundtrip(event)
    assert back_event == event
    assert isinstance(back_event, r.Event) and isinstance(back_event.sources[0], r.Evidence)


def test_lists_of_records_and_unknown_keys() -> None:
    story = r.Story(
        "s1", "a1", [r.StoryMember("a2", "reprint")], [r.Change("a2", "3", "4", "number")]
    )
    assert _roundtrip(story) == story
    article = r.Article(
        id="a1", source_path="x.txt", text="Body.", removed=[r.Removed(0, 2, "Ad", "x")]
    )
    assert _roundtrip(article) == article
    claim = r.Claim(
        id="c1", quantity="attacks", value=5, lower=None, upper=None, approximate=False,
        unit=None, place=None, window_start=None, window_end=None, as_of=None, claimant=None,
        article_id="a1", start=0, end=1, text="5", conflicts=[r.Conflict("c2", "value")],
    )  # fmt: skip
    assert _roundtrip(claim) == claim
    data = {**r.to_dict(article), "not_a_field": 1}
    assert r.Article.from_dict(data) == article
    # A null nested dict reads as empty.
    bare = r.Mention(
        id="m", article_id="a", sentence=0, start=0, end=1, text="x", event_type="Riots"
    )
    assert r.Mention.from_dict({**r.to_dict(bare), "provenance": None}).provenance == {}
