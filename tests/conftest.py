"""Shared fixtures.

``shared`` points at ``../shared`` (test and evaluation data that lives beside the
project, never inside it). Tests that need it skip with a clear reason in a user's
clone, where it is absent, and run in CI, where it is present.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED = Path(
    os.environ.get("WIRETALLY_SHARED", Path(__file__).resolve().parents[1].parent / "shared")
)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip(
            f"needs the shared test data at {SHARED} (present in CI, absent in a user's clone)"
        )
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared: Path) -> Path:
    return shared / "corpus" / "seeds"


@pytest.fixture(scope="session")
def seeds_gold(shared: Path) -> dict:
    import json

    return json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for root in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (root / name).exists():
            return str(root / name)
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A PostgreSQL server of our own on a Unix socket in a temporary folder."""
    pytest.importorskip("psycopg", reason="needs the [postgres] extra")
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("needs PostgreSQL server binaries (initdb, pg_ctl)")
    # Not under pytest's own temporary folder: that is private to root, and the server
    # runs as the postgres user when the tests run as root.
    root = Path(tempfile.mkdtemp(prefix="wiretally-pg-"))
    data, sock = root / "data", root / "sock"
    sock.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:  # the server refuses to run as root
        prefix = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
        shutil.chown(sock, "postgres")
    port = _free_port()
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", "postgres", "-A", "trust"],
                   check=True, capture_output=True)  # fmt: skip
    opts = f"-p {port} -k {sock} -c listen_addresses='' -c fsync=off"
    subprocess.run([*prefix, pg_ctl, "-D", str(data), "-o", opts, "-w", "start",
                    "-l", str(root / "log")], check=True, capture_output=True)  # fmt: skip
    try:
        import psycopg

        base = f"postgresql://postgres@/%s?host={sock}&port={port}"
        for _ in range(50):
            try:
                with psycopg.connect(base % "postgres", autocommit=True) as conn:
                    conn.execute("CREATE DATABASE wiretally_test")
                break
            except psycopg.OperationalError:
                time.sleep(0.1)
        yield base % "wiretally_test"
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)  # fmt: skip
        shutil.rmtree(root, ignore_errors=True)
