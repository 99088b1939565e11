"""Ingest: find input files and read each into ``RawDocument`` records.

Contract: ``discover(paths)`` yields files (recursing into directories, expanding globs);
``read_file(path)`` returns the documents in one file or raises an ``InputError`` naming the
file and the reason. A container (JSONL, CSV, WARC, feed) whose damage is partial raises
``PartialInput`` carrying the documents read before the damage, so that they can be kept.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from pathlib import Path

from wiretally.errors import InputError
from wiretally.ingest.readers import READERS, PartialInput, detect_format, read_file

__all__ = ["READERS", "PartialInput", "detect_format", "discover", "read_file"]


def discover(paths: list[str]) -> Iterator[Path | InputError]:
    """Input files under ``paths`` in a stable order; a path that matches nothing is an error."""
    for raw in paths:
        candidates: list[str]
        if any(ch in raw for ch in "*?["):
            candidates = sorted(glob.glob(raw, recursive=True))
            if not candidates:
                yield InputError(raw, "the pattern matches no file")
                continue
        else:
            candidates = [raw]
        for candidate in candidates:
            path = Path(candidate)
            if path.is_dir():
                for root, dirs, files in os.walk(path, onerror=None):
                    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                    for name in sorted(files):
                        if name.startswith("."):
                            continue
                        yield Path(root) / name
            elif path.exists():
                yield path
            else:
                yield InputError(str(path), "no such file or directory")
