"""Helpers shared by the API tests."""

from __future__ import annotations

from fastapi.testclient import TestClient


def case_id(client: TestClient, headers: dict[str, str], case_number: str) -> int:
    res = client.get("/api/cases", params={"q": case_number}, headers=headers)
    assert res.status_code == 200, res.text
    return int(res.json()["items"][0]["id"])
