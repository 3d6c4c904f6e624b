"""Every page and every form behind it is guarded the same way: a visitor is sent to the login, another
role sees a Chinese 403 page, whatever the form holds (the guard runs before the form is read)."""

from __future__ import annotations

import pytest
from api_support import PASSWORD
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from api import pages

pytestmark = pytest.mark.postgres

OWNER = {"/filing": "filing", "/generation": "documents", "/dossiers": "archive", "/precheck": "undertaker",
         "/overview": "archive", "/admin": "admin", "/archive": "archive"}
ARCHIVE_PAGES = [("GET", "/archive"), ("POST", "/archive"), ("GET", "/archive/jobs/{job_id}")]  # api/routers/archive.py


def guarded_routes() -> list[tuple[str, str]]:
    """(method, path) of every page route but the front page and login, read from the router itself."""
    out = []
    for desk in (pages.filing, pages.generation, pages.dossiers, pages.overview, pages.admin):
        for route in desk.router.routes:
            assert isinstance(route, APIRoute)
            out += [(method, route.path) for method in sorted(route.methods)]
    return out + ARCHIVE_PAGES


def concrete(path: str) -> str:
    return path.replace("{job_id}", "1").replace("{page}", "1").replace("{username}", "filing")


def test_the_pages_of_each_desk_are_registered_under_their_own_addresses() -> None:
    paths = {p for _, p in guarded_routes()}
    assert {"/filing", "/generation", "/dossiers", "/dossiers/{job_id}/decision", "/precheck",
            "/precheck/{job_id}", "/overview", "/admin/users"} <= paths
    assert "/precheck/{job_id}/decision" not in paths  # undertakers check; the archive centre decides


@pytest.mark.parametrize(("method", "path"), guarded_routes())
def test_a_visitor_posting_an_empty_form_is_sent_to_the_login(service: TestClient, method: str, path: str) -> None:
    res = service.request(method, concrete(path), follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"] == "/"


@pytest.mark.parametrize(("method", "path"), [r for r in guarded_routes() if r[0] == "POST"])
def test_another_role_posting_a_form_gets_the_chinese_403_page(service: TestClient, method: str, path: str) -> None:
    owner = OWNER["/" + path.split("/")[1]]
    other = "documents" if owner != "documents" else "filing"
    res = service.post("/login", data={"username": other, "password": PASSWORD}, follow_redirects=False)
    assert res.status_code == 303
    res = service.request(method, concrete(path), follow_redirects=False)
    assert res.status_code == 403 and "无权访问" in res.text
