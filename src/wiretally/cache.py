"""Built caches (the gazetteer, the typing model): where they live and how they are written.

A cache is rebuilt whenever it is missing or unreadable, so writing one is best effort: a
read-only home only costs a rebuild next time. Files are written to a temporary name and
renamed, so that a concurrent reader never sees half a file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO


def cache_dir() -> Path:
    """The ``cache_dir`` setting, else ``$XDG_CACHE_HOME/wiretally`` or ``~/.cache/wiretally``."""
    from wiretally.settings import SETTINGS

    if SETTINGS.cache_dir:
        return Path(SETTINGS.cache_dir)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wiretally"


def write_atomic(path: Path, write: Callable[[IO[bytes]], None], suffix: str = ".tmp") -> None:
    """Write ``path`` through ``write(handle)``; an OSError leaves no cache, not a crash."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=suffix) as tmp:
            write(tmp)
        os.replace(tmp.name, path)
    except OSError:
        pass  # a read-only cache folder only costs a rebuild next time
