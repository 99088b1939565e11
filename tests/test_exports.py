"""Exports: every what/format pair, records exactly as INTERFACE.md, ACLED-shaped CSV, GeoJSON."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from wiretally.cli import cli
from wiretally.errors import UsageError
from wiretally.exports import ALLOWED, EVENT_CSV_COLUMNS, export_records
from wiretally.serve.sample import HOSTILE, fill_sample
from wiretally.store import EventQuery, Store, open_store

# The public record fields, as listed in INTERFACE.md (the contract these tests pin).
FIELDS = {
    "articles": ["id", "source_path", "title", "outlet", "url", "published",
                 "published_inferred", "language", "text", "parent_id"],
    "stories": ["id", "canonical_article_id", "members", "changes"],
    "events": ["id", "event_type", "sub_event_type", "plover", "date_start", "date_end",
               "date_precision", "country", "admin1", "admin2", "location", "actor1", "actor2",
               "assoc_actors", "weapon", "fatalities", "injuries", "modality", "historical",
               "sources", "source_count", "independent_source_count", "notes"],
    "claims": ["id", "quantity", "value", "lower", "upper", "approximate", "unit", "place",
               "window_start", "window_end", "as_of", "claimant", "article_id", "start", "end",
               "text", "parts", "series", "conflicts"],
    "places": ["article_id", "start", "end", "text", "name", "lat", "lon", "country", "admin1",
               "geonames_id", "feature"],
    "times": ["article_id", "start", "end", "text", "type", "value"],
}  # fmt: skip
COUNTS = {"articles": 3, "stories": 2, "events": 3, "claims": 2, "places": 3, "times": 1}


@pytest.fixture()
def store() -> Store:
    s = open_store("memory://")
    fill_sample(s)
    return s


def _export(store: Store, what: str, fmt: str, **kw: object) -> tuple[int, str]:
    out = io.StringIO()
    n = export_records(store, what=what, fmt=fmt, out=out, **kw)  # type: ignore[arg-type]
    return n, out.getvalue()


@pytest.mark.parametrize("what", sorted(FIELDS))
def test_jsonl_records_have_exactly_the_interface_fields(store: Store, what: str) -> None:
    n, text = _export(store, what, "jsonl")
    records = [json.loads(line) for line in text.splitlines()]
    assert n == len(records) == COUNTS[what]
    for record in records:
        assert list(record) == FIELDS[what]


def test_jsonl_nested_shapes(store: Store) -> None:
    _, text = _export(store, "events", "jsonl")
    events = {e["id"]: e for e in map(json.loads, text.splitlines())}
    harbor = events["ev-harbor"]
    assert harbor["location"] == {"name": "Harbor Base", "lat": 34.5, "lon": 40.9,
                                  "geonames_id": 123456, "precision": 2}  # fmt: skip
    assert set(harbor["injuries"]) == {"value", "lower", "upper", "approximate", "text"}
    assert harbor["fatalities"] is None
    assert list(harbor["sources"][0]) == ["article_id", "sentence", "start", "end", "text"]
    assert events["ev-nowhere"]["location"] is None
    _, text = _export(store, "stories", "jsonl")
    story = json.loads(text.splitlines()[0])
    assert list(story["members"][0]) == ["article_id", "relation"]
    assert list(story["changes"][0]) == ["article_id", "canonical_text", "member_text", "kind"]
    _, text = _export(store, "claims", "jsonl")
    claim = json.loads(text.splitlines()[0])
    assert claim["conflicts"] == [{"claim_id": "c3", "reason": "value"}]


def test_every_allowed_pair_writes_and_counts(store: Store) -> None:
    for what, formats in ALLOWED.items():
        for fmt in formats:
            n, text = _export(store, what, fmt)
            assert n == COUNTS[what], (what, fmt)
            assert text


@pytest.mark.parametrize(("what", "fmt"), [("stories", "csv"), ("times", "geojson"),
                                           ("articles", "html"), ("nothing", "jsonl")])  # fmt: skip
def test_unknown_combination_is_a_usage_error_listing_what_is_allowed(
    store: Store, what: str, fmt: str
) -> None:
    with pytest.raises(UsageError) as info:
        _export(store, what, fmt)
    assert "events: jsonl, csv, geojson, html" in str(info.value)
    assert info.value.exit_code == 2


def test_events_csv_uses_acled_columns(store: Store) -> None:
    n, text = _export(store, "events", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert n == len(rows) == 3
    header = text.splitlines()[0].split(",")
    assert header == list(EVENT_CSV_COLUMNS)
    for acled in ("event_date", "event_type", "sub_event_type", "actor1", "actor2",
                  "assoc_actor_1", "country", "admin1", "admin2", "location", "latitude",
                  "longitude", "geo_precision", "time_precision", "fatalities", "notes",
                  "source"):  # fmt: skip
        assert acled in header
    row = {r["id"]: r for r in rows}["ev-harbor"]
    assert row["event_date"] == "2024-03-11" and row["year"] == "2024"
    assert row["country"] == "Syria" and row["country_code"] == "SY" and row["iso"] == "760"
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("34.5", "40.9", "2")
    assert row["source"] == "Wire One; Daily Two"
    assert row["assoc_actor_1"] == "Guards"
    assert row["injuries"] == "2" and row["fatalities"] == ""
    assert row["historical"] == "false"
    unlocated = {r["id"]: r for r in rows}["ev-nowhere"]
    assert unlocated["latitude"] == "" and unlocated["event_date"] == ""


def test_claims_and_articles_csv(store: Store) -> None:
    _, text = _export(store, "claims", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == FIELDS["claims"]
    c3 = {r["id"]: r for r in rows}["c3"]
    assert c3["parts"] == "c1" and c3["conflicts"] == "c1:value" and c3["value"] == "15"
    _, text = _export(store, "articles", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == FIELDS["articles"]
    assert HOSTILE in {r["id"]: r for r in rows}["a3"]["text"]  # CSV keeps text as data


def test_events_geojson(store: Store) -> None:
    n, text = _export(store, "events", "geojson")
    data = json.loads(text)
    assert data["type"] == "FeatureCollection" and n == len(data["features"]) == 3
    by_id = {f["properties"]["id"]: f for f in data["features"]}
    assert by_id["ev-harbor"]["geometry"] == {"type": "Point", "coordinates": [40.9, 34.5]}
    assert by_id["ev-nowhere"]["geometry"] is None  # RFC 7946: unlocated, null geometry
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert all(not isinstance(v, dict | list) for v in feature["properties"].values())


def test_places_geojson(store: Store) -> None:
    _, text = _export(store, "places", "geojson")
    features = json.loads(text)["features"]
    located = [f for f in features if f["geometry"]]
    assert len(located) == 2 and len(features) == 3
    assert located[0]["geometry"]["coordinates"] == [40.8, 34.4]
    assert "lat" not in located[0]["properties"]
    assert located[0]["properties"]["feature"] == "city"


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="needs GDAL's ogrinfo (gdal-bin)")
@pytest.mark.parametrize("what", ["events", "places"])
def test_gdal_reads_geojson(store: Store, tmp_path: Path, what: str) -> None:
    path = tmp_path / f"{what}.geojson"
    with path.open("w", encoding="utf-8") as handle:
        n = export_records(store, what=what, fmt="geojson", out=handle)
    result = subprocess.run(
        ["ogrinfo", "-ro", "-al", "-so", str(path)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert f"Feature Count: {n}" in result.stdout


def test_html_report_escapes_article_text(store: Store) -> None:
    n, text = _export(store, "events", "html")
    assert n == 3
    assert "<script" not in text.lower()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in text
    assert "Harbor Base" in text and "3 events." in text


def test_query_narrows_events_in_every_format(store: Store) -> None:
    query = EventQuery(country="IQ")
    for fmt in ALLOWED["events"]:
        n, text = _export(store, "events", fmt, query=query)
        assert n == 1, fmt
        assert "ev-depot" in text or "Westford" in text


def test_cli_export_writes_file_and_reports_bad_combination(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    s = open_store(str(db))
    fill_sample(s)
    s.close()
    out = tmp_path / "events.csv"
    runner = CliRunner()
    result = runner.invoke(
        cli, ["export", "--db", str(db), "--what", "events", "--format", "csv", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,")
    result = runner.invoke(cli, ["export", "--db", str(db), "--what", "stories", "--format", "csv"])
    assert result.exit_code == 2
    assert "stories cannot be exported as csv" in result.output


def test_fast_event_record_equals_the_records_own_export() -> None:
    from wiretally.exports import export_event
    from wiretally.serve.sample import generate_events, sample_articles, sample_events

    events = [*sample_events(sample_articles()), *generate_events(200)]
    for event in events:
        assert export_event(event) == event.export()
        assert list(export_event(event)) == FIELDS["events"]
