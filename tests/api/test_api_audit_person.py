"""Issue 12: the audit named `archive`, not a person. With one account per person, a decision and a page
correction name who acted (display name), in the API and on the dossier page."""

from __future__ import annotations

from fastapi.testclient import TestClient
from test_api_corrections import checked, correct  # noqa: F401 - the fixture: a finished check of sample 03

from api.services.users import add_user

PASSWORD = "张三的口令-2026"


def test_a_correction_and_a_decision_name_the_person(service: TestClient, checked: int) -> None:  # noqa: F811
    svc = service.app.state.services  # type: ignore[attr-defined]
    add_user(svc.db, "zhangsan", "archive", PASSWORD, display_name="张三", fast_hashing=True)
    token = service.post("/api/auth/token", json={"username": "zhangsan", "password": PASSWORD}).json()
    headers = {"Authorization": f"Bearer {token['access_token']}"}

    fixed = correct(service, headers, checked)
    assert fixed.status_code == 200, fixed.text
    rows = service.get(f"/api/dossiers/{checked}/corrections", headers=headers).json()
    assert (rows[-1]["actor_name"], rows[-1]["actor_username"]) == ("张三", "zhangsan")

    res = service.post(f"/api/dossiers/{checked}/decision", json={"result": "approved", "version": 2}, headers=headers)
    assert res.status_code == 201, res.text
    assert (res.json()["actor_name"], res.json()["actor_username"], res.json()["actor_role"]) == (
        "张三", "zhangsan", "archive")
    again = service.post(f"/api/dossiers/{checked}/decision", json={"result": "approved", "version": 2}, headers=headers)
    assert again.status_code == 409 and "由张三作出决定" in again.json()["message"]

    service.post("/login", data={"username": "zhangsan", "password": PASSWORD})
    page = service.get(f"/dossiers/{checked}")
    assert page.status_code == 200 and page.text.count("张三") >= 3  # the header, the correction and the decision rows
