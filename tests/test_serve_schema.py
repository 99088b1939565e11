"""API tests generated from the OpenAPI description (schemathesis): every documented
parameter combination answers with a documented status and a body matching its schema."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from wiretally.serve import create_app
from wiretally.serve.sample import fill_sample
from wiretally.store import open_store

_store = open_store("memory://")
fill_sample(_store)
schema = schemathesis.openapi.from_asgi("/api/openapi.json", create_app(_store, tile_url=""))


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi(case: schemathesis.Case) -> None:
    case.call_and_validate()
