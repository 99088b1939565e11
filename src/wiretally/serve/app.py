"""The FastAPI application: JSON API under ``/api/``, server-rendered pages, static files.

Each page reads the same query parameters as its JSON twin, so a page's URL is its whole
state and can be sent to a colleague. Errors have one shape on the API
(``{"error": {"code", "message"}}``) and a plain page elsewhere.
"""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import Mapping
from pathlib import Path as FilePath
from typing import Annotated, Any, TypeVar
from urllib.parse import urlencode, urlsplit

from fastapi import Depends, FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from wiretally.exports import export_event, export_records
from wiretally.serve import pages, schemas
from wiretally.serve.queries import event_histogram, event_points
from wiretally.store.base import ArticleQuery, ClaimQuery, EventQuery, Page, Store
from wiretally.store.sql import SQLStore

HERE = FilePath(__file__).resolve().parent
#: npm packages installed by ``npm ci`` in the repository's ``web/`` folder.
WEB_MODULES = HERE.parents[2] / "web" / "node_modules"
VENDOR = {
    "leaflet": WEB_MODULES / "leaflet" / "dist",
    "topojson": WEB_MODULES / "topojson-client" / "dist",
    "world-atlas": WEB_MODULES / "world-atlas",
}
MAX_LIMIT = 500
DOWNLOAD_TYPES = {
    "jsonl": "application/x-ndjson; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
    "html": "text/html; charset=utf-8",
}
R = TypeVar("R")
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": schemas.ErrorBody, "description": "A bad query parameter"},
    404: {"model": schemas.ErrorBody, "description": "No such record"},
}


class ApiError(HTTPException):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(status, message)
        self.code = code


class SecurityHeaders:
    """Adds a strict Content-Security-Policy (no inline script) and related headers.

    Plain ASGI rather than ``BaseHTTPMiddleware``: it costs nothing per request.
    """

    def __init__(self, app: ASGIApp, *, img_extra: str = "") -> None:
        self.app = app
        csp = (
            "default-src 'self'; script-src 'self'; style-src 'self'; "
            f"img-src 'self' data:{img_extra}; connect-src 'self'; object-src 'none'; "
            "base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
        )
        self.headers = [
            (b"content-security-policy", csp.encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"referrer-policy", b"no-referrer"),
            (b"x-frame-options", b"DENY"),
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *self.headers]
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --------------------------------------------------------------------------- parameters


async def single_valued_query(request: Request) -> None:
    """Refuses a query that gives one parameter twice: every parameter takes one value, and
    silently keeping the last of ``?min_sources=1&min_sources=9`` would hide the mistake."""
    keys = [key for key, _ in request.query_params.multi_items()]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        names = ", ".join(repr(key) for key in repeated)
        raise ApiError(400, "bad_request", f"query parameter {names} is given more than once; "
                       "give each parameter once")  # fmt: skip


async def event_query(
    type: Annotated[str | None, Query(description="ACLED event type")] = None,
    sub_type: Annotated[str | None, Query(description="ACLED sub-event type")] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's name")] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO 3166-1 alpha-2")
    ] = None,
    date_from: Annotated[str | None, Query(pattern=DATE, description="Ends on/after")] = None,
    date_to: Annotated[str | None, Query(pattern=DATE, description="Starts on/before")] = None,
    modality: Annotated[str | None, Query(description="asserted, claimed, ...")] = None,
    min_sources: Annotated[
        int | None, Query(ge=0, le=1_000_000, description="Minimum independent sources")
    ] = None,
    historical: Annotated[bool | None, Query()] = None,
    q: Annotated[str | None, Query(max_length=500, description="Full-text search")] = None,
    story: Annotated[str | None, Query(description="Events reported by this story")] = None,
    article: Annotated[str | None, Query(description="Events reported in this article")] = None,
) -> EventQuery:
    """The event filters, shared by the map page and ``/api/events`` (empty means unset)."""
    return EventQuery(
        event_type=type or None, sub_event_type=sub_type or None, actor=actor or None,
        country=country or None, date_from=date_from or None, date_to=date_to or None,
        modality=modality or None, min_sources=min_sources or None, historical=historical,
        q=q or None, story_id=story or None, article_id=article or None,
    )  # fmt: skip


async def claim_query(
    quantity: str | None = None,
    series: str | None = None,
    claimant: str | None = None,
    article: str | None = None,
    conflicted: bool | None = None,
) -> ClaimQuery:
    return ClaimQuery(
        quantity=quantity or None, series=series or None, claimant=claimant or None,
        article_id=article or None, conflicted=conflicted,
    )  # fmt: skip


async def article_query(
    q: Annotated[str | None, Query(max_length=500)] = None,
    outlet: str | None = None,
    date_from: Annotated[str | None, Query(pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(pattern=DATE)] = None,
) -> ArticleQuery:
    return ArticleQuery(
        q=q or None, outlet=outlet or None, date_from=date_from or None, date_to=date_to or None
    )


Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Records per page")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Records to skip")]


def _next_url(request: Request, shown: int, total: int, *, limit: int, offset: int) -> str | None:
    """The URL of the page after this one, or None when this page shows the last records."""
    more = offset + shown < total and shown > 0
    return str(request.url.include_query_params(offset=offset + limit)) if more else None


def _page(request: Request, page: Page[Any], *, limit: int, offset: int) -> JSONResponse:
    """A page of records as the list API's JSON (each record's public ``export()``)."""
    items = [record.export() for record in page.items]
    nxt = _next_url(request, len(items), page.total, limit=limit, offset=offset)
    return JSONResponse({"items": items, "next": nxt, "total": page.total})


def _json_page(request: Request, items: list[str], total: int, capped: bool, *, limit: int,
               offset: int) -> Response:  # fmt: skip
    """An event page from records that are JSON text already: joined, not re-encoded."""
    nxt = _next_url(request, len(items), total, limit=limit, offset=offset)
    body = (
        f'{{"items":[{",".join(items)}],"next":{json.dumps(nxt)},"total":{total},'
        f'"total_capped":{"true" if capped else "false"}}}'
    )
    return Response(body.encode(), media_type="application/json")


# --------------------------------------------------------------------------- application


def build_app(store: Store, *, tile_url: str | None = None) -> FastAPI:
    """The application on ``store``; see :func:`wiretally.serve.create_app`."""
    if tile_url is None:
        from wiretally.settings import SETTINGS

        tile_url = str(SETTINGS.tile_url or "")
    app = FastAPI(
        title="wiretally",
        summary="Events, claims, stories and articles extracted from news reports.",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(single_valued_query)],
    )
    env = Environment(
        loader=PackageLoader("wiretally.serve", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    vendor_ready = all(p.is_dir() for p in VENDOR.values())
    env.globals.update(vendor_ready=vendor_ready, tile_url=tile_url)

    def render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**context), status_code=status_code)

    # -- errors ---------------------------------------------------------------------------
    def error(
        request: Request,
        status: int,
        code: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        response: Response
        if request.url.path.startswith("/api/"):
            response = JSONResponse(
                {"error": {"code": code, "message": message}}, status_code=status
            )
        else:
            response = render("error.html", status, code=code, message=message, status=status)
        response.headers.update(headers or {})  # e.g. ``Allow`` on 405
        return response

    @app.exception_handler(HTTPException)
    async def on_http_error(request: Request, exc: HTTPException) -> Response:
        code = getattr(exc, "code", None) or {404: "not_found", 405: "method_not_allowed"}.get(
            exc.status_code, "error"
        )
        message = str(exc.detail) if exc.status_code != 404 or hasattr(exc, "code") else (
            f"nothing at {request.url.path}; the API's paths are listed at /api/openapi.json"
        )  # fmt: skip
        return error(request, exc.status_code, code, message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def on_bad_request(request: Request, exc: RequestValidationError) -> Response:
        parts = []
        for item in exc.errors():
            where = ".".join(str(x) for x in item.get("loc", ()) if x != "query")
            parts.append(f"{where}: {item.get('msg', 'invalid')}")
        return error(request, 400, "bad_request", "; ".join(parts) or "invalid request")

    def found(record: R | None, kind: str, record_id: str) -> R:
        """The record a URL names; a 404 (in the API's or the pages' shape) when there is none."""
        if record is None:
            raise ApiError(404, "not_found", f"no {kind} with id {record_id!r}")
        return record

    # -- JSON API ------------------------------------------------------------------------
    @app.get("/api/events", response_model=schemas.EventPage, responses=ERRORS, tags=["api"])
    def api_events(
        request: Request,
        query: Annotated[EventQuery, Depends(event_query)],
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Response:
        """Events matching the filters, in date order (the map page's twin).

        ``total`` counts up to 1,000 matching events (or one past this page); beyond that
        ``total_capped`` is true and ``total`` is a lower bound.
        """
        if isinstance(store, SQLStore):
            items, total, capped = store.query_events_json(query, limit=limit, offset=offset)
            return _json_page(request, items, total, capped, limit=limit, offset=offset)
        page = store.query_events(query, limit=limit, offset=offset)
        records = [json.dumps(export_event(e), ensure_ascii=False, allow_nan=False)
                   for e in page.items]  # fmt: skip
        return _json_page(request, records, page.total, False, limit=limit, offset=offset)

    @app.get("/api/events/{event_id}", response_model=schemas.EventOut, responses=ERRORS,
             tags=["api"])  # fmt: skip
    def api_event(event_id: str) -> Response:
        """One event with its sources (the event page's twin)."""
        event = found(store.get_event(event_id), "event", event_id)
        return JSONResponse(export_event(event))

    @app.get("/api/map", response_model=schemas.MapPoints, responses=ERRORS, tags=["api"])
    def api_map(query: Annotated[EventQuery, Depends(event_query)]) -> Response:
        """Located events as compact rows for the map (at most 5,000, newest first)."""
        return JSONResponse(event_points(store, query))

    @app.get("/api/timeline", response_model=schemas.Timeline, responses=ERRORS, tags=["api"])
    def api_timeline(query: Annotated[EventQuery, Depends(event_query)]) -> Response:
        """Events per day for the timeline (the date range filter is ignored)."""
        return JSONResponse({"bins": event_histogram(store, query)})

    @app.get("/api/claims", response_model=schemas.ClaimPage, responses=ERRORS, tags=["api"])
    def api_claims(
        request: Request,
        query: Annotated[ClaimQuery, Depends(claim_query)],
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Response:
        """Claims matching the filters, grouped by quantity and series (the claims page's twin)."""
        page = store.query_claims(query, limit=limit, offset=offset)
        return _page(request, page, limit=limit, offset=offset)

    @app.get("/api/stories", response_model=schemas.StoryPage, responses=ERRORS, tags=["api"])
    def api_stories(request: Request, limit: Limit = 50, offset: Offset = 0) -> Response:
        """Stories: one original piece and its copies."""
        page = store.query_stories(limit=limit, offset=offset)
        return _page(request, page, limit=limit, offset=offset)

    @app.get("/api/stories/{story_id}", response_model=schemas.StoryOut, responses=ERRORS,
             tags=["api"])  # fmt: skip
    def api_story(story_id: str) -> Response:
        """One story with what each copy changed (the story page's twin)."""
        story = found(store.get_story(story_id), "story", story_id)
        return JSONResponse(story.export())

    @app.get("/api/articles", response_model=schemas.ArticlePage, responses=ERRORS,
             tags=["api"])  # fmt: skip
    def api_articles(
        request: Request,
        query: Annotated[ArticleQuery, Depends(article_query)],
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Response:
        """Articles matching a full-text search, an outlet or a publication date range."""
        page = store.query_articles(query, limit=limit, offset=offset)
        return _page(request, page, limit=limit, offset=offset)

    @app.get("/api/articles/{article_id}", response_model=schemas.ArticleOut, responses=ERRORS,
             tags=["api"])  # fmt: skip
    def api_article(article_id: str) -> Response:
        """One cleaned article (the article page's twin)."""
        article = found(store.get_article(article_id), "article", article_id)
        return JSONResponse(article.export())

    # -- downloads of a filtered view -------------------------------------------------
    @app.get("/export/events.{fmt}", include_in_schema=False)
    def export_events(
        fmt: Annotated[str, Path(pattern="^(jsonl|csv|geojson|html)$")],
        query: Annotated[EventQuery, Depends(event_query)],
    ) -> Response:
        """The events of a filtered view as a file (the HTML report can be mailed)."""
        out = io.StringIO()
        export_records(store, what="events", fmt=fmt, out=out, query=query)
        return Response(
            out.getvalue(),
            media_type=DOWNLOAD_TYPES[fmt],
            headers={"content-disposition": f'attachment; filename="events.{fmt}"'},
        )

    # -- pages ---------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index_page(
        request: Request,
        query: Annotated[EventQuery, Depends(event_query)],
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Response:
        page = store.query_events(query, limit=limit, offset=offset)
        params = {k: v for k, v in request.query_params.items() if v}
        api_params = {k: v for k, v in params.items() if k not in ("offset", "limit", "event",
                                                                       "view")}  # fmt: skip
        return render(
            "index.html",
            events=page.items,
            total=page.total,
            offset=offset,
            limit=limit,
            params=params,
            api_qs=urlencode(api_params),
            prev_url=_with(request, offset=max(0, offset - limit)) if offset > 0 else None,
            next_url=_with(request, offset=offset + limit)
            if offset + len(page.items) < page.total
            else None,
            query=dataclasses.asdict(query),
            event_types=pages.EVENT_TYPES,
            modalities=pages.MODALITIES,
        )

    @app.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(event_id: str) -> Response:
        event = found(store.get_event(event_id), "event", event_id)
        return render("event.html", event=event, groups=pages.source_groups(store, event))

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str) -> Response:
        article = found(store.get_article(article_id), "article", article_id)
        events = store.query_events(EventQuery(article_id=article_id), limit=200, offset=0).items
        claims = store.query_claims(ClaimQuery(article_id=article_id), limit=500, offset=0).items
        return render(
            "article.html",
            article=article,
            segments=pages.highlight(article, events, claims),
            events=events,
            claims=claims,
        )

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims_page(query: Annotated[ClaimQuery, Depends(claim_query)]) -> Response:
        claims = store.query_claims(query, limit=MAX_LIMIT * 4, offset=0)
        return render(
            "claims.html",
            series=pages.claim_series(claims.items),
            contexts=pages.claim_contexts(store, claims.items),
            total=claims.total,
            query=dataclasses.asdict(query),
            explain=pages.CONFLICT_REASONS,
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> Response:
        story = found(store.get_story(story_id), "story", story_id)
        articles = {m.article_id: store.get_article(m.article_id) for m in story.members}
        return render("story.html", story=story, articles=articles,
                      changes=pages.story_changes(story))  # fmt: skip

    # -- static files --------------------------------------------------------------------
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for name, path in VENDOR.items():
        if path.is_dir():
            app.mount(f"/vendor/{name}", StaticFiles(directory=path), name=f"vendor-{name}")

    img_extra = ""
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))
        if parts.scheme in ("http", "https") and parts.netloc:
            host = parts.netloc.replace("a.", "*.", 1) if "{s}" in tile_url else parts.netloc
            img_extra = f" {parts.scheme}://{host}"
    app.add_middleware(SecurityHeaders, img_extra=img_extra)
    return app


def _with(request: Request, **params: Any) -> str:
    """This page's URL (path and query only) with some parameters replaced."""
    url = request.url.include_query_params(**params)
    return f"{url.path}?{url.query}"
