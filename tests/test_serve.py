"""The JSON API and the server-rendered pages, on hand-built records in an in-memory store."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

from wiretally.serve import create_app
from wiretally.serve.sample import HOSTILE, fill_sample
from wiretally.store import open_store

with warnings.catch_warnings():
    # Starlette asks for httpx2 instead of httpx; the warning is about the test client only.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

EVENT_FIELDS = {
    "id", "event_type", "sub_event_type", "plover", "date_start", "date_end", "date_precision",
    "country", "admin1", "admin2", "location", "actor1", "actor2", "assoc_actors", "weapon",
    "fatalities", "injuries", "modality", "historical", "sources", "source_count",
    "independent_source_count", "notes",
}  # fmt: skip


@pytest.fixture()
def client() -> Iterator[TestClient]:
    store = open_store("memory://")
    fill_sample(store)
    with TestClient(create_app(store, tile_url="")) as c:
        yield c
    store.close()


def ids(body: dict[str, Any]) -> list[str]:
    return [item["id"] for item in body["items"]]


def test_events_list_shape_and_pagination(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert set(body) >= {"items", "next"}
    assert ids(body) == ["ev-harbor", "ev-depot", "ev-nowhere"]
    assert set(body["items"][0]) == EVENT_FIELDS
    assert body["next"] is None
    first = client.get("/api/events?limit=2").json()
    assert ids(first) == ["ev-harbor", "ev-depot"]
    assert first["next"].startswith("http") and "offset=2" in first["next"]
    second = client.get(first["next"]).json()
    assert ids(second) == ["ev-nowhere"] and second["next"] is None


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ("type=Battles", ["ev-nowhere"]),
        ("sub_type=Air/drone strike", ["ev-depot"]),
        ("actor=us forces", ["ev-harbor"]),
        ("country=iq", ["ev-depot"]),
        ("date_from=2024-03-12", ["ev-depot"]),
        ("date_to=2024-03-11", ["ev-harbor"]),
        ("modality=denied", ["ev-nowhere"]),
        ("min_sources=1", ["ev-harbor", "ev-depot"]),
        ("q=drone depot", ["ev-depot"]),
        ('q="OR*(', []),
        ("historical=true", ["ev-nowhere"]),
        ("article=a2", ["ev-harbor"]),
        ("story=st1", ["ev-harbor"]),
        ("type=", ["ev-harbor", "ev-depot", "ev-nowhere"]),
    ],
)
def test_event_filters(client: TestClient, params: str, expected: list[str]) -> None:
    response = client.get(f"/api/events?{params}")
    assert response.status_code == 200, response.text
    assert ids(response.json()) == expected


def test_one_error_shape(client: TestClient) -> None:
    for url, status, code in [
        ("/api/events/none", 404, "not_found"),
        ("/api/articles/none", 404, "not_found"),
        ("/api/stories/none", 404, "not_found"),
        ("/api/events?limit=0", 400, "bad_request"),
        ("/api/events?country=Syria", 400, "bad_request"),
        ("/api/events?date_from=yesterday", 400, "bad_request"),
        ("/api/map?min_sources=x&min_sources=0", 400, "bad_request"),
        ("/api/nothing", 404, "not_found"),
    ]:
        response = client.get(url)
        assert response.status_code == status, url
        body = response.json()
        assert list(body) == ["error"] and set(body["error"]) == {"code", "message"}
        assert body["error"]["code"] == code
        assert body["error"]["message"]
    assert "limit" in client.get("/api/events?limit=0").json()["error"]["message"]
    twice = client.get("/api/timeline?min_sources=2&min_sources=0").json()["error"]["message"]
    assert "'min_sources' is given more than once" in twice


def test_detail_endpoints_return_export_records(client: TestClient) -> None:
    event = client.get("/api/events/ev-harbor").json()
    assert set(event) == EVENT_FIELDS and event["location"]["precision"] == 2
    article = client.get("/api/articles/a3").json()
    assert article["text"].count(HOSTILE) == 1 and article["published_inferred"] is False
    story = client.get("/api/stories/st1").json()
    assert story["changes"][0]["kind"] == "number"


def test_claims_stories_articles_lists(client: TestClient) -> None:
    assert ids(client.get("/api/claims").json()) == ["c1", "c3"]
    assert ids(client.get("/api/claims?conflicted=true&article=a3").json()) == ["c3"]
    assert ids(client.get("/api/stories").json()) == ["st1", "st3"]
    assert ids(client.get("/api/articles?q=guards").json()) == ["a1", "a2"]
    assert ids(client.get("/api/articles?outlet=Blog Three").json()) == ["a3"]


def test_map_and_timeline_feeds(client: TestClient) -> None:
    body = client.get("/api/map").json()
    assert body["total"] == 3 and len(body["points"]) == 2 and not body["truncated"]
    assert ["ev-harbor", 34.5, 40.9, 2, "2024-03-11", "Explosions/Remote violence"] in body[
        "points"
    ]
    assert len(client.get("/api/map?country=IQ").json()["points"]) == 1
    bins = client.get("/api/timeline?date_from=2024-03-12").json()["bins"]
    assert bins == [["2024-03-11", 1], ["2024-03-12", 1]]  # the range does not cut the timeline


def test_openapi_describes_the_api(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    paths = spec["paths"]
    for path in (
        "/api/events", "/api/events/{event_id}", "/api/claims", "/api/stories",
        "/api/articles", "/api/articles/{article_id}", "/api/stories/{story_id}",
    ):  # fmt: skip
        assert "get" in paths[path], path
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert names >= {"type", "actor", "country", "date_from", "date_to", "modality",
                     "min_sources", "q", "limit", "offset"}  # fmt: skip
    assert "/" not in paths  # pages are not part of the API description


def test_security_headers_on_pages_and_api(client: TestClient) -> None:
    for url in ("/", "/api/events", "/static/map.js"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "object-src 'none'" in csp


def test_tile_host_is_allowed_for_images_only_when_configured() -> None:
    store = open_store("memory://")
    tiles = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    with TestClient(create_app(store, tile_url=tiles)) as c:
        csp = c.get("/").headers["content-security-policy"]
    assert "img-src 'self' data: https://*.tiles.example.org;" in csp
    assert "connect-src 'self';" in csp
    store.close()


def _no_inline_script(html: str) -> None:
    for tag in re.findall(r"<script\b[^>]*>", html, flags=re.I):
        assert re.search(r"\bsrc=\"/(static|vendor)/", tag), tag
    assert not re.search(r"\son\w+=", html), "inline event handler"


@pytest.mark.parametrize(
    "url",
    ["/", "/?q=depot", "/events/ev-depot", "/articles/a3", "/claims", "/stories/st1",
     "/events/ev-nowhere", "/stories/st3"],
)  # fmt: skip
def test_pages_escape_article_text(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert HOSTILE not in response.text
    _no_inline_script(response.text)


def test_event_page_groups_sources_by_story_and_folds_copies(client: TestClient) -> None:
    html = client.get("/events/ev-harbor").text
    assert 'href="/stories/st1"' in html
    original, copies = html.split('<details class="copies">', 1)
    assert 'data-article="a1"' in original and 'data-article="a2"' not in original
    assert 'data-article="a2"' in copies and "1 copy of this story" in copies
    sentence = "Rockets struck the Harbor Base near Eastville on Monday, officials said."
    assert f"<mark>{sentence}</mark>" in html


def test_article_page_highlights_sources_and_claims(client: TestClient) -> None:
    html = client.get("/articles/a3").text
    assert '<mark class="event" data-ref="ev-depot"' in html
    assert '<mark class="claim" data-ref="c3"' in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_claims_page_charts_series_and_explains_conflicts(client: TestClient) -> None:
    html = client.get("/claims").text
    assert html.count('<svg class="chart"') == 1  # one series
    assert html.count('<circle class="dot conflict"') == 2
    assert "gives a different number" in html and 'href="#claim-c1"' in html
    assert "Made of:" in html
    filtered = client.get("/claims?claimant=Pentagon").text
    assert "2 claims" not in filtered and "1 claims" in filtered


def test_story_page_marks_changed_words(client: TestClient) -> None:
    html = client.get("/stories/st1").text
    assert "<del>Two </del>" in html and "<ins>Three </ins>" in html
    assert "(original)" in html


def test_index_state_lives_in_the_url(client: TestClient) -> None:
    html = client.get("/?country=IQ&view=33,44,5&event=ev-depot").text
    assert 'data-points-url="/api/map?country=IQ"' in html
    assert 'data-view="33,44,5"' in html and 'data-selected="ev-depot"' in html
    assert 'name="country" value="IQ"' in html
    assert '<span id="total">1</span>' in html
    page = client.get("/?limit=1&offset=1").text
    assert 'href="/?limit=1&amp;offset=0"' in page and 'href="/?limit=1&amp;offset=2"' in page


def test_page_errors_are_pages(client: TestClient) -> None:
    response = client.get("/events/%3Cscript%3E")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "<script>'" not in response.text and "&lt;script&gt;" in response.text


@pytest.mark.parametrize("fmt", ["csv", "geojson", "jsonl", "html"])
def test_filtered_view_downloads(client: TestClient, fmt: str) -> None:
    response = client.get(f"/export/events.{fmt}?country=IQ")
    assert response.status_code == 200
    assert response.headers["content-disposition"] == f'attachment; filename="events.{fmt}"'
    assert "ev-depot" in response.text or "Westford" in response.text
    assert "ev-harbor" not in response.text and "Harbor Base" not in response.text
    if fmt == "html":
        assert HOSTILE not in response.text and "&lt;script&gt;" in response.text


def test_download_of_an_unknown_format_says_which_exist(client: TestClient) -> None:
    response = client.get("/export/events.xlsx")
    assert response.status_code == 400
    assert "jsonl|csv|geojson|html" in response.text
