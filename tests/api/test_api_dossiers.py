"""The archive centre and the undertakers upload scanned dossiers: what is refused at once, and how."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from api_support import PASSWORD, blank_pdf, case_id
from fastapi.testclient import TestClient

pytestmark = pytest.mark.postgres
Headers = Callable[[str], dict[str, str]]
CASE = "（2024）豫0311执1234号"



def stored_files(tmp_path: Path) -> list[Path]:
    return [p for p in (tmp_path / "data" / "files").rglob("*") if p.is_file() and "tmp" not in p.parts]


def jobs(service: TestClient, headers: dict[str, str]) -> list[dict[str, object]]:
    res = service.get("/api/jobs", params={"kind": "dossier_check"}, headers=headers)
    assert res.status_code == 200, res.text
    listed: list[dict[str, object]] = res.json()
    return listed


def test_given_a_dossier_in_two_files_the_job_knows_its_pages_before_it_starts(service: TestClient,
                                                                                 as_user: Headers) -> None:
    headers = as_user("archive")
    cid = case_id(service, headers, CASE)
    files = [("files", ("卷宗（上）.pdf", blank_pdf(3), "application/pdf")),
             ("files", ("卷宗&<下>.pdf", blank_pdf(2), "application/pdf"))]
    res = service.post("/api/dossiers", data={"case_id": str(cid), "stage": "archive"}, files=files, headers=headers)
    assert res.status_code == 202, res.text
    job = res.json()
    assert (job["kind"], job["status"], job["progress"], job["total"]) == ("dossier_check", "queued", 0, 5)
    assert job["case_number"] == CASE


@pytest.mark.parametrize(("name", "content", "words"), [
    ("卷宗&<1>.pdf", b"%PDF-1.4\n1 0 obj garbage", "PDF 文件不完整"),
    ("卷宗.pdf", b"", "文件为空"),
    ("说明.docx", b"PK\x03\x04 a word file", "不支持的文件类型"),
    ("扫描.bmp", b"BM\x00\x00 a bitmap", "不支持的文件类型"),
])
def test_given_a_scan_the_check_cannot_read_the_clerk_is_told_at_once_which_file_and_no_job_is_queued(
        service: TestClient, as_user: Headers, name: str, content: bytes, words: str) -> None:
    headers = as_user("undertaker")
    cid = case_id(service, headers, CASE)
    files = [("files", ("完好.pdf", blank_pdf(1), "application/pdf")), ("files", (name, content, "application/pdf"))]
    res = service.post("/api/dossiers", data={"case_id": str(cid)}, files=files, headers=headers)
    assert res.status_code == 422, res.text
    body = res.json()
    assert body["file"] == name  # as uploaded, not the server's temp path
    assert words in body["message"]
    assert jobs(service, headers) == []


def test_given_no_scan_at_all_the_clerk_is_asked_for_one(service: TestClient, as_user: Headers) -> None:
    headers = as_user("archive")
    cid = case_id(service, headers, CASE)
    res = service.post("/api/dossiers", data={"case_id": str(cid)}, headers=headers)
    assert res.status_code == 422
    assert (res.json()["field"], res.json()["message"]) == ("files", "字段 files：缺少必填字段")
    assert jobs(service, headers) == []


def log_in(service: TestClient, username: str) -> None:
    res = service.post("/login", data={"username": username, "password": PASSWORD}, follow_redirects=False)
    assert res.status_code == 303


def test_on_the_page_submitting_without_choosing_a_scan_asks_for_one(service: TestClient) -> None:
    log_in(service, "undertaker")
    boundary = "b0undary"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="case_id"\r\n\r\n1\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename=""\r\n'
            f"Content-Type: application/octet-stream\r\n\r\n\r\n--{boundary}--\r\n").encode()
    page = service.post("/precheck", content=body, headers={"content-type": f"multipart/form-data; boundary={boundary}"})
    assert page.status_code == 422
    assert "请上传扫描卷宗（PDF 或图片）" in page.text


def test_on_the_page_a_refused_scan_is_named_safely(service: TestClient) -> None:
    log_in(service, "archive")
    page = service.post("/dossiers", data={"case_id": "1", "stage": "closing"},
                        files=[("files", ("卷宗&<b>1.pdf", b"%PDF-1.4 cut off", "application/pdf"))])
    assert page.status_code == 422
    assert "文件 卷宗&amp;&lt;b&gt;1.pdf：" in page.text and "<b>1" not in page.text
    assert "PDF 文件不完整" in page.text


def test_given_a_table_that_is_not_a_spreadsheet_the_batch_is_refused_before_anything_is_stored(
        service: TestClient, as_user: Headers, tmp_path: Path) -> None:
    headers = as_user("documents")
    before = stored_files(tmp_path)
    res = service.post("/api/batches", data={"types": "enforcement_notice"},
                       files={"file": ("案件&清单.docx", b"PK\x03\x04", "application/octet-stream")}, headers=headers)
    assert res.status_code == 422
    assert (res.json()["field"], res.json()["file"]) == ("file", "案件&清单.docx")
    assert stored_files(tmp_path) == before


@pytest.mark.parametrize(("data", "field", "words"), [
    ({"types": "enforcement_notice", "case_ids": "1,abc"}, "case_ids", "“abc”不是有效的编号"),
    ({"types": "enforcement_notice", "case_ids": ""}, "file", "请上传案件表格或选择案件"),
    ({"types": " , ", "case_ids": "1"}, "types", "请至少选择一种文书类型"),
    ({"types": "enforcement_notice", "formats": "docx,odt", "case_ids": "1"}, "formats", "不支持的格式“odt”"),
    ({"types": "enforcement_notice", "case_ids": "99999"}, "case_id", "案件 99999 不存在"),
])
def test_given_a_batch_request_that_cannot_be_run_the_document_group_is_told_what_to_fix(
        service: TestClient, as_user: Headers, data: dict[str, str], field: str, words: str) -> None:
    headers = as_user("documents")
    res = service.post("/api/batches", data=data, headers=headers)
    assert res.status_code in (404, 422), res.text
    assert res.json()["field"] == field
    assert words in res.json()["message"]
    assert service.get("/api/jobs", headers=headers).json() == []
