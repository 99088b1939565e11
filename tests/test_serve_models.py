"""The API's response models are made from the records: each names what ``export()`` gives."""

from __future__ import annotations

from typing import Any

from wiretally.serve import schemas
from wiretally.serve.sample import fill_sample
from wiretally.store import open_store


def _check(model: Any, record: dict[str, Any]) -> None:
    assert list(model.model_fields) == list(record)
    assert model.model_validate(record).model_dump() == record


def test_models_match_the_exported_records() -> None:
    store = open_store("memory://")
    fill_sample(store)
    events = list(store.iter_events())
    claims = list(store.iter_claims())
    stories = list(store.iter_stories())
    assert events and claims and stories
    for event in events:
        _check(schemas.EventOut, event.export())
    for claim in claims:
        _check(schemas.ClaimOut, claim.export())
    for story in stories:
        _check(schemas.StoryOut, story.export())
    for article in store.iter_articles():
        _check(schemas.ArticleOut, article.export())
    store.close()


def test_vocabularies_are_documented_as_strings() -> None:
    fields = schemas.EventOut.model_json_schema()["properties"]
    assert fields["modality"] == {"title": "Modality", "type": "string"}
    assert schemas.LocationOut.model_fields["precision"].description
