"""The pages: a Chinese login on the front page, each role's pages only, a session cookie that the
API also accepts (the pages' progress polling uses it)."""

from __future__ import annotations

import pytest
from api_support import PASSWORD
from fastapi.testclient import TestClient

pytestmark = pytest.mark.postgres

PAGES = {"/filing": "filing", "/generation": "documents", "/dossiers": "archive", "/precheck": "undertaker",
         "/overview": "admin"}
# the overview (blocked dossiers, deadlines due) is also the archive centre's and the undertakers' view
SHARED = {"/overview": {"archive", "undertaker"}}


def log_in(client: TestClient, username: str) -> None:
    res = client.post("/login", data={"username": username, "password": PASSWORD}, follow_redirects=False)
    assert res.status_code == 303


def test_the_front_page_is_a_chinese_login_form(service: TestClient) -> None:
    res = service.get("/")
    assert res.status_code == 200
    assert 'lang="zh-CN"' in res.text and "登录" in res.text and 'name="password"' in res.text


@pytest.mark.parametrize("path", sorted(PAGES))
def test_a_visitor_who_is_not_logged_in_is_sent_to_the_login(service: TestClient, path: str) -> None:
    res = service.get(path, follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"] == "/"


@pytest.mark.parametrize(("path", "role"), sorted(PAGES.items()))
def test_each_role_opens_its_own_page_and_no_other(service: TestClient, path: str, role: str) -> None:
    log_in(service, role)
    assert service.get(path).status_code == 200
    for other_path, other_role in PAGES.items():
        if other_role != role and role != "admin" and role not in SHARED.get(other_path, set()):
            res = service.get(other_path)
            assert res.status_code == 403 and "无权访问" in res.text


@pytest.mark.parametrize("role", ["archive", "undertaker"])
def test_the_archive_centre_and_the_undertakers_see_the_overview(service: TestClient, role: str) -> None:
    log_in(service, role)
    page = service.get("/overview")
    assert page.status_code == 200 and "受阻" in page.text


def test_the_session_cookie_works_for_the_api_and_logging_out_ends_it(service: TestClient) -> None:
    log_in(service, "documents")
    assert service.get("/api/auth/me").json()["role_label"] == "文书制作"
    service.post("/logout")
    assert service.get("/api/auth/me").status_code == 401


def test_the_filing_page_lists_cases_with_masked_id_numbers(service: TestClient) -> None:
    log_in(service, "filing")
    page = service.get("/filing", params={"case_id": 1}).text
    assert "410303********1237" in page
    assert "410303198001011237" not in page
