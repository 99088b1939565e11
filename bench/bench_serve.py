"""Benchmark the web app on 100,000 events: API latency under load and map page load time.

Fills a SQLite database with generated events, starts ``wiretally serve``'s server in its own
process on loopback, loads the list API with concurrent clients (httpx, asyncio), then times
the map page in headless Chromium until its markers and timeline are drawn. Also times each
store query alone, so a slow percentile can be traced to the query (and index) behind it.

    .venv/bin/python bench/bench_serve.py [--events 100000] [--clients 20] [--seconds 15]
        [--workers N] [--server-nice 10] [--no-browser] [--db keep.db]

Targets (issue 7): list API p95 < 100 ms with 20 clients; map page interactive < 2 s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from wiretally.serve.queries import event_histogram, event_points
from wiretally.serve.sample import generate_events
from wiretally.store import EventQuery, open_store

CHROMIUM = "/usr/bin/chromium"

# What an analyst's browser asks for: first pages, filters, search, later pages.
QUERIES: dict[str, str] = {
    "first page": "/api/events",
    "country": "/api/events?country=SY",
    "type+date": "/api/events?type=Battles&date_from=2022-01-01&date_to=2022-06-30",
    "actor": "/api/events?actor=militia",
    "search": "/api/events?q=shelling",
    "min_sources": "/api/events?min_sources=2&modality=claimed",
    "page 50": "/api/events?offset=2500",
}

STORE_QUERIES: dict[str, EventQuery] = {
    "no filter": EventQuery(),
    "country": EventQuery(country="SY"),
    "type+date": EventQuery(event_type="Battles", date_from="2022-01-01", date_to="2022-06-30"),
    "actor": EventQuery(actor="militia"),
    "search": EventQuery(q="shelling"),
    "min_sources+modality": EventQuery(min_sources=2, modality="claimed"),
}


def fill(path: Path, n: int) -> float:
    t = time.perf_counter()
    store = open_store(str(path))
    with store.transaction():
        store.replace_events(list(generate_events(n)))
    store.close()
    return time.perf_counter() - t


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def time_store_queries(path: Path) -> None:
    store = open_store(str(path))
    print("\nstore queries alone (median of 5, one thread; the API uses query_events_json):")
    fast = getattr(store, "query_events_json", None)  # absent before the list API's fast path
    for name, query in STORE_QUERIES.items():
        line = f"  query_events {name:22s}"
        for fn in (store.query_events, fast):
            if fn is None:
                continue
            times = []
            for _ in range(5):
                t = time.perf_counter()
                fn(query, limit=50, offset=0)
                times.append(time.perf_counter() - t)
            line += f" {ms(statistics.median(times))}"
        print(line + ("  (exact count; json, capped count)" if fast else ""))
    for name, fn in (("event_points (map)", event_points), ("event_histogram", event_histogram)):
        times = []
        for _ in range(3):
            t = time.perf_counter()
            fn(store, EventQuery())
            times.append(time.perf_counter() - t)
        print(f"  {name:35s} {ms(statistics.median(times))}")
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    path: Path, port: int, workers: int | None = None, nice: int = 0
) -> subprocess.Popen[bytes]:
    """The server in its own process; ``nice`` > 0 lowers its priority so that the Python
    load client, which shares the cores, is not the one kept waiting for a CPU."""
    code = (
        "from wiretally.serve import run_server; "
        f"run_server({str(path)!r}, host='127.0.0.1', port={port}, workers={workers})"
    )
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-c", code]
    if nice:
        command = ["nice", "-n", str(nice), *command]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=2).is_success:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the server did not start within 60 s")


async def load(base: str, clients: int, seconds: float) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {name: [] for name in QUERIES}
    errors = 0
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def worker(client: httpx.AsyncClient, rng: random.Random) -> None:
        nonlocal errors
        while time.monotonic() < stop:
            name = rng.choice(list(QUERIES))
            t = time.perf_counter()
            response = await client.get(base + QUERIES[name])
            elapsed = time.perf_counter() - t
            if response.status_code != 200:
                errors += 1
            results[name].append(elapsed)

    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        await asyncio.gather(*(worker(client, random.Random(i)) for i in range(clients)))
    if errors:
        print(f"  {errors} requests failed")
    return results


WRK_SCRIPT = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WRK %%d %%d %%d %%d %%d\\n", latency:percentile(50),
    latency:percentile(95), latency:percentile(99), summary.requests,
    e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def load_wrk(base: str, clients: int, seconds: float) -> tuple[float, float, float, int, int]:
    """p50, p95, p99 (seconds), requests, errors measured by wrk (C, cheap on the CPU)."""
    paths = ", ".join(f'"{p}"' for p in QUERIES.values())
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(WRK_SCRIPT % paths)
    try:
        out = subprocess.run(
            ["wrk", "-t2", f"-c{clients}", f"-d{int(seconds)}s", "--timeout", "30s",
             "-s", handle.name, base],
            capture_output=True, text=True, check=True, timeout=seconds + 60,
        ).stdout  # fmt: skip
    finally:
        os.unlink(handle.name)
    line = next(x for x in out.splitlines() if x.startswith("WRK "))
    p50, p95, p99, n, errors = (int(x) for x in line.split()[1:])
    return p50 / 1e6, p95 / 1e6, p99 / 1e6, n, errors


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def map_page_time(base: str, runs: int = 3) -> list[float]:
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update"]  # fmt: skip
    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            page = context.new_page()
            t = time.perf_counter()
            page.goto(base + "/", wait_until="commit")
            page.wait_for_selector("body[data-map-ready='1']", timeout=60_000)
            page.wait_for_selector("#timeline[data-ready='1']", timeout=60_000)
            times.append(time.perf_counter() - t)
            context.close()
        browser.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=15.0)
    parser.add_argument("--db", type=Path, default=None, help="reuse/keep this database file")
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="server worker processes (default: the server's own choice)",
    )
    parser.add_argument("--no-browser", action="store_true", help="skip the map page timing")
    parser.add_argument(
        "--server-nice",
        type=int,
        default=0,
        help="run the server at this nice level (e.g. 10: the httpx client then gets the CPU "
        "first, as a client on another machine would)",
    )
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="wiretally-bench-"))
    path = args.db or tmp / "bench.db"
    try:
        if not path.exists():
            print(f"filling {path} with {args.events:,} events: {fill(path, args.events):.1f} s")
        time_store_queries(path)
        port = free_port()
        server = start_server(path, port, args.workers, args.server_nice)
        base = f"http://127.0.0.1:{port}"
        try:
            asyncio.run(load(base, args.clients, 2.0))  # warm-up
            print(f"\nload: {args.clients} concurrent clients for {args.seconds:.0f} s "
                  f"({os.cpu_count()} CPUs, server nice {args.server_nice})")  # fmt: skip
            cpu = time.process_time()
            results = asyncio.run(load(base, args.clients, args.seconds))
            # The Python client shares the cores with the server: say how much it took.
            client_share = (time.process_time() - cpu) / args.seconds
            every = [v for vs in results.values() for v in vs]
            for name, values in results.items():
                if values:
                    print(f"  {name:12s} n={len(values):5d}  p50 {ms(pct(values, 50))}  "
                          f"p95 {ms(pct(values, 95))}")  # fmt: skip
            p95 = pct(every, 95)
            print(f"  {'all':12s} n={len(every):5d}  p50 {ms(pct(every, 50))}  p95 {ms(p95)}  "
                  f"{len(every) / args.seconds:.0f} req/s  target p95 < 100 ms: "
                  f"{'met' if p95 < 0.1 else 'NOT met'}")  # fmt: skip
            print(
                f"  (the httpx client itself used {client_share:.0%} of one core; wrk, "
                "below, is a C load tool and takes little CPU from the server)"
            )
            if shutil.which("wrk"):
                p50, p95, p99, n, errors = load_wrk(base, args.clients, args.seconds)
                print(f"  {'wrk, all':12s} n={n:5d}  p50 {ms(p50)}  p95 {ms(p95)}  p99 {ms(p99)}  "
                      f"{n / args.seconds:.0f} req/s  {errors} errors  target p95 < 100 ms: "
                      f"{'met' if p95 < 0.1 else 'NOT met'}")  # fmt: skip
            if args.no_browser:
                print("\nmap page: skipped (--no-browser)")
            elif shutil.which(CHROMIUM):
                times = map_page_time(base)
                best = statistics.median(times)
                print(f"\nmap page interactive (markers + timeline drawn), headless Chromium: "
                      f"median {best:.2f} s of {[round(t, 2) for t in times]}; target < 2 s: "
                      f"{'met' if best < 2 else 'NOT met'}")  # fmt: skip
            else:
                print("\nmap page: skipped (no /usr/bin/chromium)")
        finally:
            server.terminate()
            server.wait(timeout=10)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
