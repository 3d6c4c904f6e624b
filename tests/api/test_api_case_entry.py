"""A case typed in at the window (entry form, POST /api/cases) is refused, field named in Chinese, when its
case number is malformed, its amount is not a number or an ID number's check digit is wrong; nothing is
saved. A case number with ASCII brackets is saved in its canonical form."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from api_support import PASSWORD
from fastapi.testclient import TestClient

pytestmark = pytest.mark.postgres

Headers = Callable[[str], dict[str, str]]
BAD_ID = "410303198001011238"  # 410303198001011237 with the wrong check digit


def new_case(contract_case_dict: dict[str, Any], number: str = "（2026）豫0311执5556号") -> dict[str, Any]:
    data = json.loads(json.dumps(contract_case_dict, default=str))
    data["case_number"] = number
    data["filed_on"] = "2026-03-02"
    data.pop("closing", None)
    return data


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"case_number": "2026豫0311执5556"}, "case_number", "案号："),
    ({"case_number": "（2026）豫0311执5556"}, "case_number", "应以“号”结尾"),
    ({"amount": "一万元"}, "amount", "执行标的金额："),
    ({"applicants": [{"name": "张三", "kind": "person", "id_number": BAD_ID}]}, "applicants[0].id_number",
     "申请执行人证件号码："),
])
def test_the_api_refuses_what_the_filing_check_would_flag_and_saves_nothing(
        service: TestClient, as_user: Headers, contract_case_dict: dict[str, Any],
        change: dict[str, Any], field: str, words: str) -> None:
    before = service.get("/api/cases", headers=as_user("filing")).json()["total"]
    res = service.post("/api/cases", json=new_case(contract_case_dict) | change, headers=as_user("filing"))
    assert res.status_code == 422, res.text
    body = res.json()
    assert body["field"] == field and words in body["message"] and body["message"].startswith("案件未保存")
    assert service.get("/api/cases", headers=as_user("filing")).json()["total"] == before


def test_ascii_brackets_are_saved_in_the_canonical_form(service: TestClient, as_user: Headers,
                                                        contract_case_dict: dict[str, Any]) -> None:
    res = service.post("/api/cases", json=new_case(contract_case_dict, "(2026)豫0311执5557号"),
                       headers=as_user("filing"))
    assert res.status_code == 201, res.text
    assert res.json()["case_number"] == "（2026）豫0311执5557号"


def test_the_entry_form_refuses_them_in_chinese_and_keeps_what_was_typed(service: TestClient) -> None:
    assert service.post("/login", data={"username": "filing", "password": PASSWORD},
                        follow_redirects=False).status_code == 303
    before = service.get("/api/cases").json()["total"]
    form = {"case_number": "2026豫0311执5556", "court": "洛阳市老城区人民法院", "category": "enforcement",
            "filed_on": "2026-03-02", "amount": "一万元", "basis_kind": "judgment", "applicant_name": "张三",
            "applicant_kind": "person", "applicant_id": BAD_ID, "respondent_name": "某某公司",
            "respondent_kind": "organisation"}
    res = service.post("/filing/case", data=form, follow_redirects=False)
    assert res.status_code == 422
    assert "案件未保存：案号：" in res.text and "执行标的金额：" in res.text and "申请执行人证件号码：" in res.text
    assert "案件未保存：案件未保存" not in res.text
    assert "2026豫0311执5556" in res.text  # the clerk corrects what was typed
    assert service.get("/api/cases").json()["total"] == before


def test_the_entry_form_saves_ascii_brackets_canonically_and_says_so(service: TestClient) -> None:
    assert service.post("/login", data={"username": "filing", "password": PASSWORD},
                        follow_redirects=False).status_code == 303
    form = {"case_number": "(2026)豫0311执5558号", "court": "洛阳市老城区人民法院", "category": "enforcement",
            "filed_on": "2026-03-02", "amount": "10000", "basis_kind": "judgment", "applicant_name": "张三",
            "applicant_kind": "person", "applicant_id": "410303198001011237", "respondent_name": "某某公司",
            "respondent_kind": "organisation"}
    res = service.post("/filing/case", data=form, follow_redirects=False)
    assert res.status_code == 303 and "normalised=1" in res.headers["location"]
    page = service.get(res.headers["location"])
    assert "括号已按规范写作全角" in page.text and "（2026）豫0311执5558号" in page.text
