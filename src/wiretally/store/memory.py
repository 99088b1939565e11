"""An in-memory store for tests and one-off runs: nothing touches the disk."""

from __future__ import annotations

from wiretally.store.sqlite import SQLiteStore


class MemoryStore(SQLiteStore):
    """The SQLite backend on a private in-memory database (same behaviour, no file)."""

    def __init__(self) -> None:
        super().__init__(":memory:")
        self.url = "memory://"
