"""Command-line interface: a thin layer over the library.

Each command builds the options the Python API takes and calls one library function.
Imports of the pipeline happen inside the commands so that ``wiretally --help`` stays fast
and loads no heavy library (a test pins it).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from wiretally import __version__
from wiretally.errors import WiretallyError
from wiretally.settings import SETTINGS

WHAT = ("articles", "stories", "events", "claims", "places", "times")
FORMATS = ("jsonl", "csv", "geojson", "html")

db_option = click.option(
    "--db",
    default=None,
    metavar="DB",
    help="Database: a SQLite path (default wiretally.db), memory://, or a postgresql:// URL.",
)


def _open(db: str | None) -> Any:
    from wiretally.store import open_store

    return open_store(db or str(SETTINGS.db))


def _fail(exc: WiretallyError) -> None:
    click.echo(f"error: {exc}", err=True)
    sys.exit(exc.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wiretally")
def cli() -> None:
    """Turn overlapping news reports about armed conflict into one sourced record of events."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--no-process", is_flag=True, help="Store clean articles only; skip the analysis.")
@click.option("--progress/--no-progress", default=None, help="Force the progress bar on or off.")
@click.option("--embedder", default=None, help="Sentence embedder: hashing.v1 or minilm.v1.")
def ingest(
    paths: tuple[str, ...],
    db: str | None,
    no_process: bool,
    progress: bool | None,
    embedder: str | None,
) -> None:
    """Ingest files, directories (recursive) or globs, then run the whole pipeline.

    Formats: .txt, .html/.htm, .json/.jsonl, .csv, RSS/Atom .xml, .warc/.warc.gz.
    A bad file is reported by path and reason and skipped; the exit status is 1 when
    any file had a problem.
    """
    from wiretally.pipeline import IngestOptions, Problem, write_summary
    from wiretally.pipeline import ingest as run_ingest

    def report(problem: Problem) -> None:
        click.echo(f"skipped {problem.path}: {problem.reason}", err=True)

    options = IngestOptions(process=not no_process, progress=progress)
    if embedder:
        options.embedder = embedder
    try:
        store = _open(db)
    except WiretallyError as exc:
        _fail(exc)
    try:
        summary = run_ingest(list(paths), store=store, options=options, report=report)
    except KeyboardInterrupt:
        click.echo(
            "interrupted: every file finished before the interruption is stored; "
            "the file in progress was rolled back. Run the same command again to go on.",
            err=True,
        )
        sys.exit(130)
    except WiretallyError as exc:
        _fail(exc)
    finally:
        store.close()
    write_summary(summary, sys.stderr)
    sys.exit(1 if summary.failed else 0)


@cli.command()
@db_option
@click.option("--what", type=click.Choice(WHAT), required=True, help="Which records to export.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Output file (default: standard output).",
)
@click.option("--type", "event_type", default=None, help="Events: ACLED event type.")
@click.option("--country", default=None, help="Events: ISO 3166-1 alpha-2 country code.")
@click.option("--actor", default=None, help="Events: part of an actor's name.")
@click.option("--date-from", default=None, help="Events: ending on or after this day.")
@click.option("--date-to", default=None, help="Events: starting on or before this day.")
@click.option("--min-sources", type=int, default=None,
              help="Events: at least this many independent stories.")  # fmt: skip
def export(
    db: str | None,
    what: str,
    fmt: str,
    output: Path | None,
    event_type: str | None,
    country: str | None,
    actor: str | None,
    date_from: str | None,
    date_to: str | None,
    min_sources: int | None,
) -> None:
    """Export records as JSONL, CSV, GeoJSON or a static HTML report.

    The event filters narrow an events export to the same view the web UI's filters show.
    """
    from wiretally.exports import ALLOWED, allowed_text, export_records
    from wiretally.store import EventQuery

    if fmt not in ALLOWED[what]:
        raise click.UsageError(f"{what} cannot be exported as {fmt}; allowed: {allowed_text()}")
    query: EventQuery | None = EventQuery(
        event_type=event_type, country=country, actor=actor, date_from=date_from,
        date_to=date_to, min_sources=min_sources,
    )  # fmt: skip
    if query == EventQuery():
        query = None
    if query is not None and what != "events":
        raise click.UsageError("the event filters (--type, --country, ...) apply to --what events")
    try:
        store = _open(db)
        try:
            if output is None:
                export_records(store, what=what, fmt=fmt, out=sys.stdout, query=query)
            else:
                with output.open("w", encoding="utf-8", newline="") as handle:
                    export_records(store, what=what, fmt=fmt, out=handle, query=query)
        finally:
            store.close()
    except WiretallyError as exc:
        _fail(exc)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def serve(db: str | None, host: str, port: int) -> None:
    """Web UI (map, timeline, evidence) and JSON API on the database."""
    from wiretally.serve import run_server

    try:
        run_server(db or str(SETTINGS.db), host=host, port=port)
    except WiretallyError as exc:
        _fail(exc)


@cli.command()
@db_option
@click.option("--gold", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              required=True, help="Gold file (seeds.json format).")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
def evaluate(db: str | None, gold: Path, as_json: bool) -> None:
    """Score the stored events and claims against a gold file, per field."""
    from wiretally.evaluate.gate import evaluate_store, format_report

    try:
        store = _open(db)
        try:
            report = evaluate_store(store, gold)
        finally:
            store.close()
    except WiretallyError as exc:
        _fail(exc)
    if as_json:
        import json

        click.echo(json.dumps(report, indent=2, default=str))
    else:
        click.echo(format_report(report))
    if not report.get("passed", False):
        sys.exit(1)


@cli.command()
@db_option
def stats(db: str | None) -> None:
    """How many records of each kind the database holds."""
    try:
        store = _open(db)
    except WiretallyError as exc:
        _fail(exc)
    with store:
        for kind, n in store.counts().items():
            click.echo(f"{kind}\t{n}")


def main() -> None:
    cli.main(prog_name="wiretally")
