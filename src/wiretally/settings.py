"""Every setting declared once, with its default and help.

Layers, later wins: package default < config file (``wiretally.toml`` in the working
directory, or the file named by ``WIRETALLY_CONFIG``) < environment (``WIRETALLY_<NAME>``)
< a command-line flag (the CLI passes flags to :func:`Settings.override`).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


DECLARED: tuple[Setting, ...] = (
    Setting("db", "wiretally.db", "Database: a SQLite path, memory://, or a postgresql:// URL."),
    Setting("max_document_mb", 50, "Largest single-article file (txt, html) read, in MB."),
    Setting("embedder", "hashing.v1", "Sentence embedder for rewrites: hashing.v1 or minilm.v1."),
    Setting("progress", True, "Show a progress bar on runs of more than a few files."),
    Setting("gazetteer_extra", "", "Extra gazetteer files (paths separated by ':')."),
    Setting("actors_extra", "", "Extra actor alias tables (paths separated by ':')."),
    Setting("tile_url", "", "Map tile URL template for online use; empty draws outlines only."),
    Setting("page_size", 50, "Default page size of the JSON API."),
    Setting(
        "typer",
        "learned.v1",
        "Event typer: rules (trigger lexicon only) or learned.v1 (rules + trained classifier).",
    ),
    Setting("typing_extra", "", "Extra typing example files, JSONL (paths separated by ':')."),
    Setting(
        "cache_dir",
        "",
        "Folder for built caches (gazetteer, typing model); empty: ~/.cache/wiretally.",
    ),
)


def _coerce(value: Any, default: Any) -> Any:
    if isinstance(default, bool):
        if isinstance(value, str):
            return value.strip().lower() in ("1", "true", "yes", "on")
        return bool(value)
    if isinstance(default, int):
        return int(value)
    return str(value)


class Settings:
    """Resolved settings; attribute access by name (``SETTINGS.max_document_mb``)."""

    def __init__(self, environ: dict[str, str] | None = None, config: Path | None = None) -> None:
        env = dict(os.environ if environ is None else environ)
        values = {s.name: s.default for s in DECLARED}
        path = config or Path(env.get("WIRETALLY_CONFIG", "wiretally.toml"))
        if path.is_file():
            with path.open("rb") as handle:
                loaded = tomllib.load(handle)
            for key, value in loaded.items():
                if key in values:
                    values[key] = _coerce(value, values[key])
        for s in DECLARED:
            key = f"WIRETALLY_{s.name.upper()}"
            if key in env:
                values[s.name] = _coerce(env[key], s.default)
        self._values = values

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting named {name!r}") from None

    def override(self, **flags: Any) -> None:
        for key, value in flags.items():
            if value is not None:
                if key not in self._values:
                    raise AttributeError(f"no setting named {key!r}")
                self._values[key] = value

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)


SETTINGS = Settings()


def live(name: str) -> str:
    """A setting with its environment variable read now, not at start-up.

    For settings that name files a test or a long-lived caller may point elsewhere after
    import (``WIRETALLY_ACTORS_EXTRA``, ``WIRETALLY_TYPING_EXTRA``); otherwise the resolved
    value (config file, CLI flag).
    """
    value = os.environ.get(f"WIRETALLY_{name.upper()}")
    return str(getattr(SETTINGS, name) or "") if value is None else value
