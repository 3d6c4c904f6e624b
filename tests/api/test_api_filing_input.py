"""The filing window's awkward input: names with '&' and '<', a corrupt material scan, a broken table."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from api_support import PASSWORD, case_id
from fastapi.testclient import TestClient

pytestmark = pytest.mark.postgres
Headers = Callable[[str], dict[str, str]]
CASE = "（2024）豫0311执1234号"


def log_in(service: TestClient, username: str) -> None:
    res = service.post("/login", data={"username": username, "password": PASSWORD}, follow_redirects=False)
    assert res.status_code == 303


FORM = {"case_number": "（2025）豫0311执501号", "court": "洛阳市老城区人民法院", "category": "enforcement",
        "filed_on": "2025-03-03", "basis_kind": "judgment", "applicant_name": "张三&<i>李四</i>",
        "applicant_kind": "person", "respondent_name": "洛阳“某某”商贸有限公司 & 分公司",
        "respondent_kind": "organisation"}


def test_a_case_entered_with_ampersands_and_angle_brackets_is_shown_as_typed(service: TestClient) -> None:
    log_in(service, "filing")
    res = service.post("/filing/case", data=FORM, follow_redirects=False)
    assert res.status_code == 303, res.text
    page = service.get(res.headers["location"]).text
    assert "张三&amp;&lt;i&gt;李四&lt;/i&gt;" in page and "<i>李四</i>" not in page
    assert "洛阳“某某”商贸有限公司 &amp; 分公司" in page


def test_a_case_the_model_refuses_keeps_what_the_clerk_typed_and_names_the_field(service: TestClient) -> None:
    log_in(service, "filing")
    page = service.post("/filing/case", data=FORM | {"filed_on": "2025-02-30"})
    assert page.status_code == 422
    assert "案件未保存" in page.text and "filed_on" in page.text
    assert 'value="张三&amp;&lt;i&gt;李四&lt;/i&gt;"' in page.text


def test_the_same_case_number_entered_twice_on_the_page_is_a_conflict(service: TestClient) -> None:
    log_in(service, "filing")
    page = service.post("/filing/case", data=FORM | {"case_number": CASE})
    assert page.status_code == 409
    assert f"案号“{CASE}”已存在" in page.text


def test_a_corrupt_material_scan_is_refused_naming_the_file_as_uploaded(service: TestClient,
                                                                         as_user: Headers) -> None:
    headers = as_user("filing")
    cid = case_id(service, headers, CASE)
    res = service.post("/api/filing/check-files", data={"case_id": str(cid)},
                       files={"files": ("申请书&<1>.pdf", io.BytesIO(b"%PDF-1.4 half a file"), "application/pdf")},
                       headers=headers)
    assert res.status_code == 422, res.text
    assert res.json()["file"] == "申请书&<1>.pdf"
    assert "PDF 文件不完整" in res.json()["message"]


def test_a_broken_spreadsheet_on_the_page_is_reported_by_its_own_name(service: TestClient) -> None:
    log_in(service, "filing")
    page = service.post("/filing/import", files={"file": ("立案&登记.xlsx", io.BytesIO(b"not a zip"), "application/octet-stream")})
    assert page.status_code == 422
    assert "导入失败" in page.text
    assert "立案&amp;登记.xlsx" in page.text and "/tmp" not in page.text and "named." not in page.text
