"""Who may do what: no credentials → 401, another role's work → 403, the audit trail read-only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.postgres


def api_operations(client: TestClient) -> dict[str, set[str]]:
    """Path → methods, as the OpenAPI schema publishes them."""
    paths = client.get("/openapi.json").json()["paths"]
    return {path: {m.upper() for m in ops} for path, ops in paths.items()}


def api_routes(client: TestClient) -> list[tuple[str, str]]:
    out = []
    for template, methods in api_operations(client).items():
        if not template.startswith("/api/"):
            continue
        path = template
        for name in ("case_id", "job_id", "decision_id", "page"):
            path = path.replace("{" + name + "}", "1")
        path = path.replace("{doc_type}", "enforcement_notice").replace("{code}", "enforcement_notice")
        path = path.replace("{category}", "enforcement").replace("{name}", "report.pdf")
        out.extend((method, path) for method in sorted(methods))
    return out


def test_every_api_call_without_credentials_is_answered_401_in_chinese(service: TestClient) -> None:
    routes = api_routes(service)
    assert len(routes) > 20
    for method, path in routes:
        res = service.request(method, path)
        assert res.status_code == 401, (method, path, res.status_code, res.text)
        assert "登录" in res.json()["message"] or path == "/api/auth/token"
    assert service.get("/healthz").status_code == 200


def test_a_forged_or_cookie_shaped_token_is_not_a_credential(service: TestClient) -> None:
    assert service.get("/api/cases", headers={"Authorization": "Bearer forged"}).status_code == 401
    cookie = service.post("/login", data={"username": "filing", "password": "wrong"})
    assert cookie.status_code == 401
    assert "用户名或密码错误" in cookie.text


@pytest.mark.parametrize("attempt", [{"username": "admin", "password": "guess"}, {"username": "admin"}, {}, None])
def test_a_wrong_or_missing_password_gets_no_token_but_a_401(service: TestClient, attempt: object) -> None:
    res = service.post("/api/auth/token", json=attempt)
    assert res.status_code == 401
    assert res.json()["message"] == "用户名或密码错误"


@pytest.mark.parametrize(("role", "method", "path", "body"), [
    ("documents", "POST", "/api/filing/check", {"case_id": 1, "declared": []}),
    ("documents", "POST", "/api/cases", {"case_number": "x"}),
    ("archive", "POST", "/api/filing/decisions", {"case_id": 1, "result": "accepted"}),
    ("filing", "GET", "/api/templates", None),
    ("undertaker", "POST", "/api/dossiers/1/decision", {"result": "approved"}),
    ("filing", "GET", "/api/overview", None),
    ("archive", "POST", "/api/closing/check", None),
])
def test_each_role_is_kept_to_its_own_work(service: TestClient, as_user: Callable[[str], dict[str, str]],
                                           role: str, method: str, path: str, body: object) -> None:
    if path == "/api/closing/check":
        role = "documents"
        body = {"case_id": 1}
    res = service.request(method, path, json=body, headers=as_user(role))
    assert res.status_code == 403, res.text
    assert "无权" in res.json()["message"]


def test_the_admin_may_do_everything(service: TestClient, as_user: Callable[[str], dict[str, str]]) -> None:
    assert service.get("/api/overview", headers=as_user("admin")).status_code in (200, 503)
    assert service.post("/api/filing/check", json={"case_id": 1}, headers=as_user("admin")).status_code == 200


def test_decisions_cannot_be_edited_or_deleted_through_the_api(service: TestClient,
                                                                as_user: Callable[[str], dict[str, str]]) -> None:
    for path, methods in api_operations(service).items():
        assert not methods & {"PUT", "PATCH", "DELETE"}, path
    headers = as_user("filing")
    made = service.post("/api/filing/decisions", json={"case_id": 1, "result": "returned", "reason": "材料不全"},
                        headers=headers)
    assert made.status_code == 201, made.text
    decision_id = made.json()["id"]
    for method in ("PUT", "PATCH", "DELETE"):
        res = service.request(method, f"/api/decisions/{decision_id}", json={"result": "accepted"}, headers=headers)
        assert res.status_code == 405
    assert service.get(f"/api/decisions/{decision_id}", headers=headers).json()["result"] == "returned"
