"""Schemathesis over the published OpenAPI schema, authenticated as the admin: no input it generates
makes the service answer with a server error (5xx)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from sqlalchemy import select

from api.app import create_app, start_services, stop_services
from api.settings import Settings
from dossier.store.models import User

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def api_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    data = tmp_path_factory.mktemp("schemathesis")
    settings_ = Settings(data_dir=data, database_url=f"sqlite:///{data / 'db.sqlite3'}", secret_key="st",
                         seed_password="pw-st", run_worker=False, fast_password_hashing=True,
                         max_upload_bytes=1 << 20)
    app = create_app(settings_)
    app.state.services = start_services(settings_)  # what the lifespan does, kept for the module
    yield app
    stop_services(app.state.services)


@pytest.fixture(scope="module")
def admin_headers(api_app: Any) -> dict[str, str]:
    svc = api_app.state.services
    with svc.db.session() as s:
        admin_id = s.execute(select(User.id).where(User.username == "admin")).scalar_one()
    return {"Authorization": f"Bearer {svc.signer.api_token(admin_id)}"}


@pytest.fixture(scope="module")
def api_schema(api_app: Any) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", api_app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=6, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_no_generated_request_causes_a_server_error(case: Any, admin_headers: dict[str, str]) -> None:
    response = case.call(headers=admin_headers)
    assert response.status_code < 500, f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:300]}"


def test_the_schema_documents_every_operation_with_a_summary(api_app: Any) -> None:
    from fastapi.testclient import TestClient

    spec = TestClient(api_app).get("/openapi.json").json()
    operations = [(path, op) for path, ops in spec["paths"].items() for op in ops.values()]
    assert len(operations) >= 20
    for path, op in operations:
        assert op.get("summary"), path
    assert "Bearer" in str(spec["components"]["securitySchemes"])
    assert Path(__file__).name  # the module ran against the schema above
