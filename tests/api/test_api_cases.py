"""The filing window enters and imports cases; every role lists them with ID numbers masked."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.postgres

REPO = Path(__file__).resolve().parents[2]
Headers = Callable[[str], dict[str, str]]


def new_case(contract_case_dict: dict[str, Any], number: str = "（2025）豫0311执77号") -> dict[str, Any]:
    data = json.loads(json.dumps(contract_case_dict, default=str))
    data["case_number"] = number
    return data


def test_the_clerk_enters_a_case_and_reads_it_back(service: TestClient, as_user: Headers,
                                                   contract_case_dict: dict[str, Any]) -> None:
    res = service.post("/api/cases", json=new_case(contract_case_dict) | {"window_note": "现场收件"},
                       headers=as_user("filing"))
    assert res.status_code == 201, res.text
    created = res.json()
    assert created["data"]["window_note"] == "现场收件"  # unknown fields are kept
    again = service.get(f"/api/cases/{created['id']}", headers=as_user("filing")).json()
    assert again["data"]["applicants"][0]["id_number"] == "410303198001011237"
    assert again["applicants"][0]["id_number"] == "410303********1237"
    other = service.get(f"/api/cases/{created['id']}", headers=as_user("undertaker")).json()
    assert other["data"]["applicants"][0]["id_number"] == "410303********1237"  # issue 12: masked for others


def test_the_same_case_number_twice_is_refused(service: TestClient, as_user: Headers,
                                               contract_case_dict: dict[str, Any]) -> None:
    res = service.post("/api/cases", json=contract_case_dict, headers=as_user("filing"))  # a sample already
    assert res.status_code == 409
    assert res.json() == {"error": "Conflict", "message": "案号“（2024）豫0311执1234号”已存在", "field": "case_number"}


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"filed_on": "2024-02-30"}, "filed_on", "不是有效日期"),
    ({"category": "civil"}, "category", "不在允许范围内"),
    ({"applicants": []}, "applicants", "至少需要一项"),
])
def test_bad_case_data_is_refused_naming_the_field_and_nothing_is_stored(
        service: TestClient, as_user: Headers, contract_case_dict: dict[str, Any],
        change: dict[str, Any], field: str, words: str) -> None:
    before = service.get("/api/cases", headers=as_user("filing")).json()["total"]
    res = service.post("/api/cases", json=new_case(contract_case_dict) | change, headers=as_user("filing"))
    assert res.status_code == 422
    body = res.json()
    assert body["field"] == field
    assert words in body["message"]
    assert service.get("/api/cases", headers=as_user("filing")).json()["total"] == before


def test_malformed_json_is_answered_in_chinese(service: TestClient, as_user: Headers) -> None:
    res = service.post("/api/cases", content=b"{not json", headers=as_user("filing") | {
        "content-type": "application/json"})
    assert res.status_code == 422
    assert "JSON" in res.json()["message"]


def test_listings_never_show_a_whole_id_number(service: TestClient, as_user: Headers,
                                               caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    res = service.get("/api/cases", params={"limit": 500}, headers=as_user("documents"))
    assert res.status_code == 200
    listing = res.json()
    assert listing["total"] == 20
    samples = json.loads((REPO / "samples" / "cases.json").read_text(encoding="utf-8"))
    full_numbers = {p["id_number"] for c in samples for p in c["applicants"] + c["respondents"] if p.get("id_number")}
    assert full_numbers
    for number in full_numbers:
        assert number not in res.text
        assert number not in caplog.text


def test_the_sample_spreadsheet_imports_and_a_bad_row_is_reported_with_its_line(
        fresh_service: Callable[..., Any]) -> None:
    with fresh_service(load_samples=False) as (client, headers):
        csv_bytes = (REPO / "samples" / "cases_with_bad_row.csv").read_bytes()
        res = client.post("/api/cases/import", files={"file": ("立案表.csv", io.BytesIO(csv_bytes), "text/csv")},
                          headers=headers("filing"))
        assert res.status_code == 200, res.text
        out = res.json()
        assert len(out["created"]) == 3
        [error] = out["errors"]
        assert (error["row"], error["sheet_row"], error["field"]) == (2, 3, "filed_on")
        again = client.post("/api/cases/import", files={"file": ("立案表.csv", io.BytesIO(csv_bytes), "text/csv")},
                            headers=headers("documents")).json()
        assert again["created"] == [] and len(again["existing"]) == 3
        xlsx = (REPO / "samples" / "cases.xlsx").read_bytes()
        res = client.post("/api/cases/import", files={"file": ("cases.xlsx", io.BytesIO(xlsx))}, headers=headers("filing"))
        assert len(res.json()["created"]) == 17


def test_an_unreadable_spreadsheet_is_refused_naming_the_file(service: TestClient, as_user: Headers) -> None:
    res = service.post("/api/cases/import", files={"file": ("old.xls", io.BytesIO(b"\xd0\xcf\x11\xe0"))},
                       headers=as_user("filing"))
    assert res.status_code == 422
    assert ".xls" in res.json()["message"]


def test_an_upload_over_the_limit_is_refused_with_413_and_not_stored(service: TestClient, as_user: Headers,
                                                                     tmp_path: Path) -> None:
    big = io.BytesIO(b"0" * (3 << 20))
    res = service.post("/api/cases/import", files={"file": ("big.csv", big, "text/csv")}, headers=as_user("filing"))
    assert res.status_code == 413
    assert "上传内容过大" in res.json()["message"]
    stored = [p for p in (tmp_path / "data" / "files").rglob("*") if p.is_file() and p.parent.name != "tmp"]
    assert stored == []


def test_an_upload_streamed_without_a_length_is_cut_off_at_the_limit_and_not_stored(
        service: TestClient, as_user: Headers, tmp_path: Path) -> None:
    boundary = "dossierboundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
            "Content-Type: text/csv\r\n\r\n").encode()

    def body() -> Iterator[bytes]:
        yield head
        for _ in range(48):
            yield b"0" * 65536  # 3 MiB in all, over the 2 MiB limit
        yield f"\r\n--{boundary}--\r\n".encode()

    res = service.post("/api/cases/import", content=body(), headers=as_user("filing") | {
        "content-type": f"multipart/form-data; boundary={boundary}"})
    assert res.status_code == 413
    assert "上传内容过大" in res.json()["message"]
    stored = [p for p in (tmp_path / "data" / "files").rglob("*") if p.is_file() and p.parent.name != "tmp"]
    assert stored == []
