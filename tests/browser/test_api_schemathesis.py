"""Schemathesis over the published OpenAPI schema, against the running service, authenticated as the
admin (who may call every operation): nothing it generates makes the service answer 5xx."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from browser_support import LiveService
from hypothesis import HealthCheck, settings

from api.app import create_app
from api.settings import Settings

pytestmark = pytest.mark.slow

# The schema is read from the app object at import (one test per operation); the requests go to the
# real service started by the `live` fixture. Building the app touches neither database nor files.
SPEC = create_app(Settings(data_dir=Path("."), database_url="sqlite://")).openapi()
schema = schemathesis.openapi.from_dict(SPEC)


@pytest.fixture(scope="module")
def admin(live: LiveService) -> dict[str, str]:
    return live.token("admin")


@schema.parametrize()
@settings(max_examples=5, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_generated_request_causes_a_server_error(case: Any, live: LiveService, admin: dict[str, str]) -> None:
    # logging out revokes the token it is called with: that case gets a token of its own
    headers = live.token("admin") if case.path == "/api/auth/logout" else admin
    response = case.call(base_url=live.url, headers=headers, timeout=120)
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"


def test_the_served_schema_is_the_one_tested_and_documents_every_operation(live: LiveService) -> None:
    served = httpx.get(f"{live.url}/openapi.json").json()
    assert served["paths"].keys() == SPEC["paths"].keys()
    operations = [(path, op) for path, ops in served["paths"].items() for op in ops.values()]
    assert len(operations) >= 20
    for path, op in operations:
        assert op.get("summary"), path
    assert "Bearer" in str(served["components"]["securitySchemes"])
