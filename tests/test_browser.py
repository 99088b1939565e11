"""The web UI in real headless Chromium (Debian's ``chromium``, driven by Playwright).

The tests start the server themselves (uvicorn in a thread on a free port) on the sample
records, then click through the map page as an analyst would.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from wiretally.serve import create_app
from wiretally.serve.app import VENDOR
from wiretally.serve.sample import HOSTILE, fill_sample
from wiretally.store import Store, open_store

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update",
]  # fmt: skip


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerThread:
    """uvicorn serving an app on loopback in a background thread, stopped on exit."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    s = open_store("memory://")
    fill_sample(s)
    yield s
    s.close()


@pytest.fixture(scope="module")
def base_url(store: Store) -> Iterator[str]:
    with ServerThread(create_app(store, tile_url="")) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not shutil.which(CHROMIUM):
        pytest.skip("needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    problems: list[str] = []
    pg.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    pg.on("response", lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    pg.on("pageerror", lambda e: problems.append(str(e)))
    pg.on("dialog", lambda d: (problems.append("dialog: " + d.message), d.dismiss()))
    pg.problems = problems
    yield pg
    context.close()
    assert problems == [], problems  # no script error, no CSP violation, no alert()


def needs_map_assets() -> None:
    if not all(p.is_dir() for p in VENDOR.values()):
        pytest.skip("map assets not installed: run `npm ci` in web/")


def open_map(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-map-ready='1']")
    page.wait_for_selector("#timeline[data-ready='1']")


def test_map_shows_markers_and_a_click_shows_sources(page: Any, base_url: str) -> None:
    needs_map_assets()
    open_map(page, base_url + "/")
    page.wait_for_selector("#map path.country-outline", state="attached")
    markers = page.locator("#map path.event-marker")
    assert markers.count() == 2
    assert page.locator("#map path.precision-2").count() == 1  # style shows precision
    markers.first.click(force=True)
    page.wait_for_selector("#panel:not([hidden]) .sources li")
    assert "event=" in page.url


def test_clicking_a_listed_event_opens_its_sources(page: Any, base_url: str) -> None:
    open_map(page, base_url + "/")
    page.click("li.event[data-id='ev-harbor'] .meta")
    panel = page.locator("#panel")
    panel.locator(".sources li").first.wait_for()
    assert "Rockets struck the Harbor Base" in panel.inner_text()
    assert "event=ev-harbor" in page.url
    page.click("li.event[data-id='ev-harbor'] a.title")
    page.wait_for_url("**/events/ev-harbor")
    sources = page.locator("#sources blockquote.source")
    assert sources.count() == 2
    assert page.locator("#sources details.copies blockquote.source").count() == 1
    assert page.locator("#sources mark").first.inner_text().startswith("Rockets struck")


def test_dragging_the_timeline_filters_by_date(page: Any, base_url: str) -> None:
    open_map(page, base_url + "/")
    assert page.inner_text("#total") == "3"
    box = page.locator("#timeline svg").bounding_box()
    y = box["y"] + box["height"] / 3
    page.mouse.move(box["x"] + box["width"] * 0.02, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.3, y, steps=5)
    page.mouse.up()
    page.wait_for_url("**date_from=2024-03-11**")
    assert "date_to=2024-03-11" in page.url
    page.wait_for_selector("#timeline[data-ready='1']")
    assert page.inner_text("#total") == "1"
    assert page.locator("li.event").get_attribute("data-id") == "ev-harbor"
    assert page.input_value("input[name=date_from]") == "2024-03-11"
    assert float(page.locator("#timeline rect.brush").get_attribute("width")) > 0


def test_a_shared_url_restores_the_view(page: Any, base_url: str) -> None:
    open_map(page, base_url + "/?country=IQ&event=ev-depot&view=33.300,44.400,6")
    assert page.inner_text("#total") == "1"
    assert page.input_value("input[name=country]") == "IQ"
    page.locator("#panel .sources li").first.wait_for()
    assert "A drone hit a depot" in page.inner_text("#panel")
    if all(p.is_dir() for p in VENDOR.values()):
        zoom = page.evaluate("window.wiretallyMap.getZoom()")
        center = page.evaluate(
            "[window.wiretallyMap.getCenter().lat, window.wiretallyMap.getCenter().lng]"
        )
        assert zoom == 6 and abs(center[0] - 33.3) < 0.01 and abs(center[1] - 44.4) < 0.01
    assert "view=33.3" in page.url and "event=ev-depot" in page.url


def test_script_in_an_article_is_shown_as_text(page: Any, base_url: str) -> None:
    page.goto(base_url + "/articles/a3")
    assert HOSTILE in page.inner_text(".article-page .text")
    assert HOSTILE in page.title()
    assert page.locator(".article-page script").count() == 0
    open_map(page, base_url + "/?event=ev-depot")
    page.locator("#panel .sources li").nth(1).wait_for()
    assert HOSTILE in page.inner_text("#panel")
    page.goto(base_url + "/events/ev-depot")
    assert HOSTILE in page.inner_text("#sources")
    # the page fixture fails the test if an alert() ran or the CSP blocked anything


# --------------------------------------------------------------------------- the seed corpus


@pytest.fixture(scope="module")
def seeds_url(seeds_dir: Any) -> Iterator[tuple[str, Store]]:
    from wiretally.pipeline import IngestOptions, ingest

    store = open_store("memory://")
    ingest([str(seeds_dir)], store=store, options=IngestOptions(progress=False))
    with ServerThread(create_app(store, tile_url="")) as url:
        yield url, store
    store.close()


@pytest.mark.slow
def test_seed_pages_show_every_source_and_article_text_verbatim(
    page: Any, seeds_url: tuple[str, Store]
) -> None:
    base, store = seeds_url
    events = list(store.iter_events())
    assert events, "the pipeline found no event in the seeds"
    open_map(page, base + "/")
    assert page.inner_text("#total") == str(store.counts()["events"])
    first = page.locator("li.event").first
    first.locator(".meta").click()
    page.locator("#panel .sources li").first.wait_for()
    for event in events:
        page.goto(f"{base}/events/{event.id}")
        assert page.locator("#sources blockquote.source").count() == len(event.sources)
        marks = page.locator("#sources mark").all_text_contents()  # folded copies too
        assert sorted(marks) == sorted(s.text for s in event.sources)
    for article in store.iter_articles():
        page.goto(f"{base}/articles/{article.id}")
        shown = page.locator(".article-page .text").inner_text()
        assert shown.split() == article.text.split()  # every character shown, as text
