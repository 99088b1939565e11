"""Exports: the store's records written as JSONL, CSV, GeoJSON or a static HTML report.

Records are written exactly as INTERFACE.md states them (each record type's ``export()``);
CSV and GeoJSON flatten them for spreadsheets and GIS tools, and the events CSV uses ACLED's
column names where a column means the same thing, so an ACLED-shaped pipeline can read it.
Everything streams: a record is formatted and written before the next is read.
"""

from __future__ import annotations

import csv
import dataclasses
import html
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, TextIO

from wiretally.errors import UsageError
from wiretally.records import Event, Figure
from wiretally.store.base import EventQuery, Store

#: Formats each kind of record can be written in.
ALLOWED: dict[str, tuple[str, ...]] = {
    "articles": ("jsonl", "csv"),
    "stories": ("jsonl",),
    "events": ("jsonl", "csv", "geojson", "html"),
    "claims": ("jsonl", "csv"),
    "places": ("jsonl", "geojson"),
    "times": ("jsonl",),
}

#: Events CSV columns: ACLED's names first (same meaning), then wiretally's own.
EVENT_CSV_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "country", "iso", "admin1", "admin2",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    # wiretally's own columns
    "id", "date_start", "date_end", "date_precision", "country_code", "plover", "weapon",
    "geonames_id", "fatalities_lower", "fatalities_upper", "fatalities_approximate",
    "fatalities_text", "injuries", "injuries_lower", "injuries_upper", "injuries_text",
    "modality", "historical", "source_count", "independent_source_count", "article_ids",
)  # fmt: skip

ARTICLE_CSV_COLUMNS = (
    "id", "source_path", "title", "outlet", "url", "published", "published_inferred",
    "language", "text", "parent_id",
)  # fmt: skip

CLAIM_CSV_COLUMNS = (
    "id", "quantity", "value", "lower", "upper", "approximate", "unit", "place",
    "window_start", "window_end", "as_of", "claimant", "article_id", "start", "end", "text",
    "parts", "series", "conflicts",
)  # fmt: skip


def allowed_text() -> str:
    """The allowed what/format pairs, for error messages."""
    return "; ".join(f"{what}: {', '.join(fmts)}" for what, fmts in ALLOWED.items())


def export_records(
    store: Store,
    *,
    what: str,
    fmt: str,
    out: TextIO,
    query: EventQuery | None = None,
) -> int:
    """Write every ``what`` record of ``store`` to ``out`` in ``fmt``; return how many.

    ``query`` narrows events (any format) to a filtered view, as the web UI's filters do.
    Raises :class:`UsageError` for a combination that is not offered.
    """
    if what not in ALLOWED:
        raise UsageError(f"cannot export {what!r}; choose one of: {allowed_text()}")
    if fmt not in ALLOWED[what]:
        raise UsageError(
            f"{what} cannot be exported as {fmt!r}; allowed formats are: {allowed_text()}"
        )
    if fmt == "jsonl":
        return _write_jsonl(_exports(store, what, query), out)
    if fmt == "csv":
        return _write_csv(store, what, out, query)
    if fmt == "geojson":
        return _write_geojson(store, what, out, query)
    return write_html_report(store, out, query=query)


# --------------------------------------------------------------------------- fast records

_FIELDS: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies (several times faster on events)."""
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    cls = type(value)
    names = _FIELDS.get(cls)
    if names is None:
        if not dataclasses.is_dataclass(value):
            return value
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(value))
    return {name: _plain(getattr(value, name)) for name in names}


def export_event(event: Event) -> dict[str, Any]:
    """The same record as ``event.export()``, built faster: the list API's hot path."""
    return {name: _plain(getattr(event, name)) for name in Event.EXPORT_FIELDS}


# --------------------------------------------------------------------------- sources


def iter_events(store: Store, query: EventQuery | None, *, page: int = 500) -> Iterator[Event]:
    """Every event, or every event matching ``query``, in the store's order."""
    if query is None:
        yield from store.iter_events()
        return
    offset = 0
    while True:
        result = store.query_events(query, limit=page, offset=offset)
        yield from result.items
        offset += len(result.items)
        if not result.items or offset >= result.total:
            return


def _exports(store: Store, what: str, query: EventQuery | None) -> Iterator[dict[str, Any]]:
    records: Iterable[Any]
    if what == "articles":
        records = store.iter_articles()
    elif what == "stories":
        records = store.iter_stories()
    elif what == "events":
        records = iter_events(store, query)
    elif what == "claims":
        records = store.iter_claims()
    elif what == "places":
        records = store.iter_places()
    else:
        records = store.iter_times()
    for record in records:
        yield export_event(record) if isinstance(record, Event) else record.export()


# --------------------------------------------------------------------------- JSONL


def _write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
        count += 1
    return count


# --------------------------------------------------------------------------- CSV


def _cell(value: Any) -> Any:
    """A CSV cell: empty for null, lowercase booleans, numbers without a spurious ``.0``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _write_csv(store: Store, what: str, out: TextIO, query: EventQuery | None) -> int:
    columns: tuple[str, ...]
    rows: Iterator[dict[str, Any]]
    if what == "events":
        columns = EVENT_CSV_COLUMNS
        rows = (event_csv_row(e, outlet_of(store)) for e in iter_events(store, query))
    elif what == "articles":
        columns = ARTICLE_CSV_COLUMNS
        rows = (a.export() for a in store.iter_articles())
    else:
        columns = CLAIM_CSV_COLUMNS
        rows = (claim_csv_row(c.export()) for c in store.iter_claims())
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
        count += 1
    return count


def outlet_of(store: Store) -> Callable[[str], str | None]:
    """Article id -> outlet name, cached (an event's sources repeat the same articles)."""

    @lru_cache(maxsize=4096)
    def lookup(article_id: str) -> str | None:
        article = store.get_article(article_id)
        return article.outlet if article else None

    return lookup


@lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    """ISO alpha-2 -> the English short name ACLED's ``country`` column holds."""
    if not code:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper())
    return getattr(country, "common_name", None) or (country.name if country else code)


@lru_cache(maxsize=512)
def country_numeric(code: str | None) -> int | None:
    """ISO alpha-2 -> ISO 3166-1 numeric, ACLED's ``iso`` column."""
    if not code:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper())
    return int(country.numeric) if country else None


def _best(figure: Figure | None) -> float | None:
    """One number for a figure: the value, else the lower bound (ACLED's conservative habit)."""
    if figure is None:
        return None
    return figure.value if figure.value is not None else figure.lower


def event_columns(event: Event) -> dict[str, Any]:
    """An event flattened to scalar columns under wiretally's own names.

    The events CSV writes them after ACLED's columns and the GeoJSON export uses them as a
    feature's properties (all but the bounds of the figures); one flattening serves both.
    """
    loc, fat, inj = event.location, event.fatalities, event.injuries
    return {
        "id": event.id,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "plover": event.plover,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "date_precision": event.date_precision,
        "country": event.country,
        "admin1": event.admin1,
        "admin2": event.admin2,
        "location_name": loc.name if loc else None,
        "location_precision": loc.precision if loc else None,
        "geonames_id": loc.geonames_id if loc else None,
        "actor1": event.actor1,
        "actor2": event.actor2,
        "assoc_actors": "; ".join(event.assoc_actors) or None,
        "weapon": event.weapon,
        "fatalities": _best(fat),
        "fatalities_lower": fat.lower if fat else None,
        "fatalities_upper": fat.upper if fat else None,
        "fatalities_approximate": fat.approximate if fat else None,
        "fatalities_text": fat.text if fat else None,
        "injuries": _best(inj),
        "injuries_lower": inj.lower if inj else None,
        "injuries_upper": inj.upper if inj else None,
        "injuries_text": inj.text if inj else None,
        "modality": event.modality,
        "historical": event.historical,
        "source_count": event.source_count,
        "independent_source_count": event.independent_source_count,
        "article_ids": "; ".join(dict.fromkeys(s.article_id for s in event.sources)),
        "notes": event.notes,
    }


#: Columns of :func:`event_columns` that GeoJSON properties leave out.
_CSV_ONLY = frozenset(
    {"fatalities_lower", "fatalities_upper", "fatalities_approximate", "injuries_lower",
     "injuries_upper"}
)  # fmt: skip


def event_csv_row(event: Event, outlet: Callable[[str], str | None]) -> dict[str, Any]:
    """An event as one ACLED-shaped CSV row (plus wiretally's own columns)."""
    own = event_columns(event)
    loc = event.location
    outlets = [o for o in dict.fromkeys(outlet(s.article_id) for s in event.sources) if o]
    return {
        **own,
        "event_id_cnty": event.id,
        "event_date": event.date_start,
        "year": event.date_start[:4] if event.date_start else None,
        "time_precision": event.date_precision,
        # Associated actors are not split by side in wiretally's record: all go with actor1.
        "assoc_actor_1": own["assoc_actors"],
        "assoc_actor_2": None,
        "country": country_name(event.country),
        "iso": country_numeric(event.country),
        "location": own["location_name"],
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": own["location_precision"],
        "source": "; ".join(outlets) or None,
        "country_code": event.country,
    }


def claim_csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """A claims record with its lists flattened: parts ``a; b``, conflicts ``id:reason; ...``."""
    row = dict(record)
    row["parts"] = "; ".join(record["parts"])
    row["conflicts"] = "; ".join(f"{c['claim_id']}:{c['reason']}" for c in record["conflicts"])
    return row


# --------------------------------------------------------------------------- GeoJSON


def _point(lat: float | None, lon: float | None) -> dict[str, Any] | None:
    # RFC 7946: a feature with no known position keeps a null geometry (it is not dropped,
    # so counts agree with the other formats); positions are [longitude, latitude].
    if lat is None or lon is None:
        return None
    return {"type": "Point", "coordinates": [lon, lat]}


def event_feature(event: Event) -> dict[str, Any]:
    """An event as a GeoJSON feature with flat properties (GIS tools read scalars best)."""
    loc = event.location
    props = {k: v for k, v in event_columns(event).items() if k not in _CSV_ONLY}
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": _point(loc.lat, loc.lon) if loc else None,
        "properties": props,
    }


def _write_geojson(store: Store, what: str, out: TextIO, query: EventQuery | None) -> int:
    features: Iterator[dict[str, Any]]
    if what == "events":
        features = (event_feature(e) for e in iter_events(store, query))
    else:
        features = (
            {
                "type": "Feature",
                "geometry": _point(p.lat, p.lon),
                "properties": {k: v for k, v in p.export().items() if k not in ("lat", "lon")},
            }
            for p in store.iter_places()
        )
    out.write('{"type":"FeatureCollection","features":[\n')
    count = 0
    for feature in features:
        if count:
            out.write(",\n")
        out.write(json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
        count += 1
    out.write("\n]}\n")
    return count


# --------------------------------------------------------------------------- HTML report

_REPORT_CSS = """
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;
vertical-align:top;text-align:left}th{background:#eee}blockquote{margin:.3em 0 .3em 1em;
color:#444;font-size:13px}.m{color:#666;font-size:12px}
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _figure_text(figure: Figure | None) -> str:
    if figure is None:
        return ""
    if figure.text:
        return figure.text
    best = _best(figure)
    return "" if best is None else f"{best:g}"


def write_html_report(store: Store, out: TextIO, *, query: EventQuery | None = None) -> int:
    """A self-contained HTML page (no script, no outside resource) listing the events.

    Meant to be mailed: every value from the database is escaped, so article text cannot
    inject markup or script into the reader's mail client or browser.
    """
    filters = ""
    if query is not None:
        shown = {k: getattr(query, k) for k in query.__slots__ if getattr(query, k) is not None}
        filters = ", ".join(f"{k}={v}" for k, v in shown.items())
    out.write(
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">"
        f"<title>wiretally events report</title><style>{_REPORT_CSS}</style></head><body>\n"
        f'<h1>Events</h1><p class="m">Generated {_e(datetime.now(UTC).isoformat()[:19])} UTC'
        f"{' — filters: ' + _e(filters) if filters else ''}</p>\n"
        "<table><thead><tr><th>Date</th><th>Type</th><th>Place</th><th>Actors</th>"
        "<th>Fatalities</th><th>Modality</th><th>Sources</th></tr></thead><tbody>\n"
    )
    count = 0
    for event in iter_events(store, query):
        date = event.date_start or ""
        if event.date_end and event.date_end != event.date_start:
            date = f"{date} – {event.date_end}"
        place = ", ".join(
            x for x in ((event.location.name if event.location else None), event.admin1,
                        event.country) if x
        )  # fmt: skip
        actors = " vs ".join(a for a in (event.actor1, event.actor2) if a)
        sources = "".join(
            f'<blockquote>{_e(s.text)} <span class="m">[{_e(s.article_id)}]</span></blockquote>'
            for s in event.sources
        )
        out.write(
            f'<tr><td>{_e(date)}</td><td>{_e(event.event_type)}<br><span class="m">'
            f"{_e(event.sub_event_type)}</span></td><td>{_e(place)}</td><td>{_e(actors)}</td>"
            f"<td>{_e(_figure_text(event.fatalities))}</td><td>{_e(event.modality)}</td>"
            f'<td>{_e(event.notes)}{sources}<span class="m">{event.source_count} reports, '
            f"{event.independent_source_count} independent</span></td></tr>\n"
        )
        count += 1
    out.write(f'</tbody></table><p class="m">{count} events.</p></body></html>\n')
    return count
