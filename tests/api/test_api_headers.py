"""Issue 12: security headers on every response, and /docs served from the service's own files."""

from __future__ import annotations

import re

import pytest

EXPECTED = {"x-frame-options": "DENY", "x-content-type-options": "nosniff", "referrer-policy": "same-origin"}


def assert_secure(res) -> None:
    for name, value in EXPECTED.items():
        assert res.headers.get(name) == value, (res.request.url, name, res.headers)
    csp = res.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "http" not in csp


@pytest.mark.parametrize("path", ["/", "/healthz", "/openapi.json", "/docs", "/static/app.js", "/filing",
                                  "/api/cases", "/api/cases/1", "/no-such-page", "/docs-assets/swagger-ui.css"])
def test_every_response_carries_the_security_headers(service, path):
    assert_secure(service.get(path))


def test_error_and_authenticated_responses_carry_them_too(service, as_user):
    assert_secure(service.get("/api/cases", headers=as_user("filing")))
    assert_secure(service.post("/api/cases", headers=as_user("filing"), content=b"{not json"))
    assert_secure(service.post("/api/dossiers", headers=as_user("archive"), content=b"x" * (3 << 20)))


def test_pages_use_no_inline_script_nor_style_attribute(service, as_user):
    """The policy allows the service's own files only: a page with inline code would break under it."""
    service.post("/login", data={"username": "filing", "password": "口令-for-tests-1"})
    for path in ("/", "/filing", "/filing?case_id=1"):
        html = service.get(path).text
        assert "<script>" not in html and not re.search(r"<script(?![^>]*\bsrc=)", html), path
        assert " style=" not in html and "<style" not in html, path
        assert not re.search(r"\son[a-z]+=", html), path


def test_docs_work_offline(service):
    """/docs loaded Swagger UI from a CDN: blank without internet. Now every asset is the service's own."""
    html = service.get("/docs").text
    assert "swagger-ui-bundle.js" in html and "swagger-ui.css" in html
    assert not re.search(r"(?:src|href)=\"(?:https?:)?//", html), html
    assert "https://" not in html and "http://" not in html
    for asset in re.findall(r"(?:src|href)=\"([^\"]+)\"", html):
        res = service.get(asset)
        assert res.status_code == 200 and len(res.content) > 100, asset
    assert service.get("/redoc").status_code == 404  # the CDN-only ReDoc page is off
    assert "SwaggerUIBundle" in service.get("/static/docs.js").text
