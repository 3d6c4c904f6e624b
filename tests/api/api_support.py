"""Helpers shared by the API tests."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from pypdf import PdfWriter

from api.settings import Settings


def case_id(client: TestClient, headers: dict[str, str], case_number: str) -> int:
    res = client.get("/api/cases", params={"q": case_number}, headers=headers)
    assert res.status_code == 200, res.text
    return int(res.json()["items"][0]["id"])


PASSWORD = "口令-for-tests-1"
ROLES = ("admin", "filing", "documents", "archive", "undertaker")


def make_settings(data_dir: Path, db_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {"data_dir": data_dir, "database_url": db_url,
                              "seed_password": PASSWORD, "run_worker": False, "load_samples": True,
                              "max_upload_bytes": 2 << 20, "fast_password_hashing": True}
    values.update(overrides)
    data_dir.mkdir(parents=True, exist_ok=True)
    return Settings(**values)


def login(client: TestClient, username: str) -> dict[str, str]:
    res = client.post("/api/auth/token", json={"username": username, "password": PASSWORD})
    assert res.status_code == 200, res.text
    return {"Authorization": f"Bearer {res.json()['access_token']}"}


def blank_pdf(pages: int = 1) -> bytes:
    """A PDF of blank A4 pages (an upload the scan check accepts; its reading is stubbed in these tests)."""
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=595, height=842)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
