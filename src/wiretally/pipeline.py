"""The whole pipeline: ingest -> clean -> split -> stories -> extract -> places/times -> merge.

``ingest()`` stores clean articles, one transaction per input file, so a crash or Ctrl-C
leaves the database as it was before the file in progress. ``process()`` then runs the
analysis stages over what is stored: stories over all articles, extraction for articles not
analysed yet (or whose date changed), and the global merge of events and claims.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from wiretally.articles import prepare
from wiretally.errors import InputError
from wiretally.ingest import PartialInput, discover, read_file
from wiretally.records import Article
from wiretally.settings import SETTINGS
from wiretally.store import Store


@dataclass(slots=True, kw_only=True)
class IngestOptions:
    """The options the CLI and the Python API share."""

    process: bool = True
    progress: bool | None = None  # None: a bar when stderr is a terminal and the run is long
    embedder: str = field(default_factory=lambda: str(SETTINGS.embedder))


@dataclass(slots=True)
class Problem:
    path: str
    reason: str


@dataclass(slots=True)
class IngestSummary:
    files: int = 0
    files_unchanged: int = 0
    articles_read: int = 0
    articles_stored: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)
    dropped: list[Problem] = field(default_factory=list)
    processed: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def failed(self) -> bool:
        return bool(self.problems)

    def lines(self) -> list[str]:
        out = [
            f"files: {self.files} read, {self.files_unchanged} unchanged since an earlier run, "
            f"{len(self.problems)} with problems",
            f"articles: {self.articles_read} read, {self.articles_stored} stored, "
            f"{self.duplicates} duplicates of stored articles, {len(self.dropped)} dropped",
        ]
        if self.processed:
            out.append("processed: " + ", ".join(f"{v} {k}" for k, v in self.processed.items()))
        out.append(f"time: {self.seconds:.1f} s")
        return out


def file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _progress(items: list[Path], enabled: bool | None) -> Iterable[Path]:
    show = enabled if enabled is not None else (sys.stderr.isatty() and len(items) > 20)
    if not show:
        return items
    from tqdm import tqdm

    return tqdm(items, unit="file", file=sys.stderr, dynamic_ncols=True)


def ingest_file(path: Path, store: Store, summary: IngestSummary) -> None:
    """Read, clean, split and store one file in one transaction."""
    try:
        digest = file_digest(path)
    except OSError as exc:
        summary.problems.append(Problem(str(path), f"cannot read the file: {exc.strerror}"))
        return
    if store.input_seen(digest):
        summary.files_unchanged += 1
        return
    partial: PartialInput | None = None
    try:
        raws = read_file(path)
    except PartialInput as exc:
        raws, partial = exc.documents, exc
    except InputError as exc:
        summary.problems.append(Problem(exc.path, exc.reason))
        return
    articles: list[Article] = []
    for raw in raws:
        prepared = prepare(raw)
        articles += prepared.articles
        summary.dropped += [Problem(str(path), reason) for reason in prepared.dropped]
    summary.articles_read += len(articles)
    with store.transaction():
        for article in articles:
            if store.has_article(article.id):
                summary.duplicates += 1
                continue
            store.put_article(article)
            summary.articles_stored += 1
        if partial is None:
            store.record_input(source_path=str(path), file_hash=digest, articles=len(articles))
    if partial is not None:
        summary.problems.append(Problem(partial.path, partial.reason))


def ingest(
    paths: list[str],
    *,
    store: Store,
    options: IngestOptions | None = None,
    report: Callable[[Problem], None] | None = None,
) -> IngestSummary:
    """Ingest files, directories or globs; then run the analysis stages unless told not to."""
    options = options or IngestOptions()
    started = time.perf_counter()
    summary = IngestSummary()
    files: list[Path] = []
    for item in discover(paths):
        if isinstance(item, InputError):
            problem = Problem(item.path, item.reason)
            summary.problems.append(problem)
            if report:
                report(problem)
        else:
            files.append(item)
    for path in _progress(files, options.progress):
        before = len(summary.problems)
        ingest_file(path, store, summary)
        summary.files += 1
        if report:
            for problem in summary.problems[before:]:
                report(problem)
    if options.process:
        summary.processed = process(store, options=options)
    summary.seconds = time.perf_counter() - started
    return summary


def process(store: Store, *, options: IngestOptions | None = None) -> dict[str, int]:
    """Run stories, extraction, places, times and merging over the stored articles."""
    from wiretally import analysis

    options = options or IngestOptions()
    return analysis.run(store, embedder=options.embedder, progress=options.progress)


def write_summary(summary: IngestSummary, out: TextIO) -> None:
    for line in summary.lines():
        print(line, file=out)
