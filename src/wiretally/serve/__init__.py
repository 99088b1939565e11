"""The web UI and JSON API (``wiretally serve``).

Pages are rendered on the server with autoescaping; every page has a JSON twin under
``/api/``. Browser code lives in static files (a strict Content-Security-Policy forbids
inline script) and the map draws bundled Natural Earth outlines, so nothing is fetched from
the internet unless a tile URL is configured.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from wiretally.store.base import Store

__all__ = ["create_app", "run_server"]


def create_app(store: Store, *, tile_url: str | None = None) -> FastAPI:
    """The FastAPI application serving ``store`` (the caller keeps ownership of the store)."""
    from wiretally.serve.app import build_app

    return build_app(store, tile_url=tile_url)


def run_server(db_url: str, *, host: str, port: int) -> None:
    """Open the database and serve it with uvicorn until interrupted."""
    import uvicorn

    from wiretally.store import open_store

    store = open_store(db_url)
    try:
        uvicorn.run(create_app(store), host=host, port=port, log_level="info")
    finally:
        store.close()
