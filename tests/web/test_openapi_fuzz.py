"""Schemathesis against the app's own OpenAPI schema: generated requests find no server errors.

Kept quick (a few examples per operation); DNS is faked so URL fetches are refused without network.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from newssift.errors import InputError
from newssift.settings import Settings
from newssift.web import fetch
from newssift.web.app import create_app


def no_dns(host: str, port: int) -> list[str]:
    raise InputError(f"cannot resolve host {host!r} (tests run without DNS)")


@pytest.fixture
def api_schema(web_pipeline: Any, seeded_store_url: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(fetch, "system_resolve", no_dns)
    app = create_app(Settings(max_bytes=20_000), seeded_store_url, web_pipeline, token="s3cret")
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


def test_generated_requests_cause_no_server_errors(api_schema: Any) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        fuzz(operation)


def fuzz(operation: Any) -> None:
    @given(case=operation.as_strategy())
    @settings(max_examples=6, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: Any) -> None:
        case.call_and_validate(headers={"Authorization": "Bearer s3cret"},
                               checks=[not_a_server_error])

    run()
