"""Shared fixtures.

``shared`` points at ``../shared`` (test and evaluation data that lives beside the
project, never inside it). Tests that need it skip with a clear reason in a user's
clone, where it is absent, and run in CI, where it is present.
"""

from __future__ import annotations

import os
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
