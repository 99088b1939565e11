"""Storage backends behind one interface: SQLite (default), PostgreSQL, in-memory."""

from __future__ import annotations

from wiretally.errors import MissingExtra
from wiretally.store.base import ArticleQuery, ClaimQuery, EventQuery, Page, Store

__all__ = ["ArticleQuery", "ClaimQuery", "EventQuery", "Page", "Store", "open_store"]


def open_store(url: str) -> Store:
    """``memory://`` (fake), ``postgresql://...`` ([postgres] extra), else a SQLite path."""
    if url in ("memory://", ":memory:"):
        from wiretally.store.memory import MemoryStore

        return MemoryStore()
    if url.startswith(("postgresql://", "postgres://")):
        try:
            from wiretally.store.postgres import PostgresStore
        except ImportError as exc:
            raise MissingExtra("PostgreSQL storage", "postgres") from exc
        return PostgresStore(url)
    from wiretally.store.sqlite import SQLiteStore

    return SQLiteStore(url.removeprefix("sqlite:///"))
