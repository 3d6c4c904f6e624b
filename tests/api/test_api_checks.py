"""The filing window's check and decision, the undertaker's closing check, deadlines and the overview."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from api_support import case_id
from fastapi.testclient import TestClient

pytestmark = pytest.mark.postgres
Headers = Callable[[str], dict[str, str]]
CONTRACT_CASE = "（2024）豫0311执1234号"


def checklist_codes(client: TestClient, headers: dict[str, str], category: str = "enforcement") -> list[str]:
    res = client.get(f"/api/checklists/{category}", params={"stage": "filing"}, headers=headers)
    assert res.status_code == 200, res.text
    return [i["code"] for i in res.json()["items"] if i.get("kind", "document") == "document"]


def test_given_only_the_application_the_clerk_sees_every_other_missing_material(
        service: TestClient, as_user: Headers) -> None:
    headers = as_user("filing")
    cid = case_id(service, headers, CONTRACT_CASE)
    res = service.post("/api/filing/check", json={"case_id": cid, "declared": ["enforcement_application"]},
                       headers=headers)
    assert res.status_code == 200, res.text
    result = res.json()
    assert result["decision"] == "return"
    missing = {m["code"] for m in result["missing"]}
    assert "enforcement_application" not in missing
    assert {"enforcement_basis", "property_clue_form", "fee_receipt"} <= missing
    assert all(m["label"] and m["reason"] for m in result["missing"])


def test_a_complete_submission_is_accepted_and_the_decision_is_audited(service: TestClient,
                                                                       as_user: Headers) -> None:
    headers = as_user("filing")
    cid = case_id(service, headers, CONTRACT_CASE)
    everything = checklist_codes(service, headers)
    check = service.post("/api/filing/check", json={"case_id": cid, "declared": everything}, headers=headers).json()
    assert check["decision"] == "accept", check
    res = service.post("/api/filing/decisions", json={"case_id": cid, "declared": everything, "result": "accepted"},
                       headers=headers)
    assert res.status_code == 201, res.text
    d = res.json()
    assert (d["kind"], d["result"], d["actor_username"], d["actor_role"]) == ("filing", "accepted", "filing", "filing")
    canonical = json.dumps(d["inputs"], ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert d["inputs_sha256"] == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    assert d["inputs"][0]["kind"] == "case" and len(d["inputs"][0]["sha256"]) == 64
    assert "410303198001011237" not in json.dumps(d, ensure_ascii=False)
    listed = service.get("/api/decisions", params={"case_number": CONTRACT_CASE}, headers=as_user("archive")).json()
    assert [x["id"] for x in listed] == [d["id"]]


def test_an_incomplete_submission_cannot_be_accepted_only_returned(service: TestClient, as_user: Headers) -> None:
    headers = as_user("filing")
    cid = case_id(service, headers, CONTRACT_CASE)
    res = service.post("/api/filing/decisions", json={"case_id": cid, "result": "accepted"}, headers=headers)
    assert res.status_code == 409
    assert "不能受理" in res.json()["message"]
    assert service.get("/api/decisions", headers=headers).json() == []
    returned = service.post("/api/filing/decisions", json={"case_id": cid, "result": "returned", "reason": "缺申请书"},
                            headers=headers)
    assert returned.status_code == 201
    assert returned.json()["check"]["decision"] == "return"


def test_an_unknown_case_is_a_chinese_404(service: TestClient, as_user: Headers) -> None:
    res = service.post("/api/filing/check", json={"case_id": 9999}, headers=as_user("filing"))
    assert res.status_code == 404
    assert res.json()["message"] == "案件 9999 不存在"


def test_the_undertaker_sees_what_a_closing_dossier_still_lacks(service: TestClient, as_user: Headers) -> None:
    headers = as_user("undertaker")
    cid = case_id(service, headers, CONTRACT_CASE)
    res = service.post("/api/closing/check", json={"case_id": cid, "declared": ["acceptance_notice"],
                                                   "stage": "closing"}, headers=headers)
    assert res.status_code == 200, res.text
    result = res.json()
    assert result["decision"] == "reject"
    codes = {m["code"] for m in result["missing"]}
    assert "termination_this_round_ruling" in codes
    assert "acceptance_notice" not in codes


def test_an_open_case_past_six_months_shows_as_overdue_in_the_overview(
        service: TestClient, as_user: Headers, contract_case_dict: dict[str, Any]) -> None:
    open_case = json.loads(json.dumps(contract_case_dict, default=str))
    open_case.pop("closing")
    open_case |= {"case_number": "（2025）豫0311执9号", "filed_on": "2025-01-06"}
    cid = service.post("/api/cases", json=open_case, headers=as_user("filing")).json()["id"]
    res = service.get(f"/api/cases/{cid}/deadlines", params={"today": "2025-12-31"}, headers=as_user("undertaker"))
    assert res.status_code == 200, res.text
    deadlines = {d["name"]: d for d in res.json()}
    assert deadlines["closing_within_6_months"]["status"] == "overdue"
    assert deadlines["closing_within_6_months"]["status_label"] == "已逾期"
    overview = service.get("/api/overview", params={"today": "2025-12-31"}, headers=as_user("admin")).json()
    assert overview["blocked"] == []
    overdue = [d for d in overview["deadlines"] if d["case_number"] == "（2025）豫0311执9号"]
    assert any(d["name"] == "closing_within_6_months" and d["status"] == "overdue" for d in overdue)


def test_the_document_group_lists_templates_and_gets_one_notice_as_docx(service: TestClient,
                                                                         as_user: Headers) -> None:
    headers = as_user("documents")
    templates = service.get("/api/templates", headers=headers).json()
    codes = {t["code"] for t in templates}
    assert {"enforcement_notice", "property_report_order"} <= codes
    one = service.get("/api/templates/enforcement_notice", headers=headers).json()
    assert one["label"] == "执行通知书" and one["fields"]
    cid = case_id(service, headers, CONTRACT_CASE)
    res = service.post(f"/api/cases/{cid}/documents/enforcement_notice", params={"format": "docx"}, headers=headers)
    assert res.status_code == 200, res.text
    with zipfile.ZipFile(io.BytesIO(res.content)) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "执行通知书" in body


def test_a_batch_is_queued_as_a_job_with_its_progress_visible(service: TestClient, as_user: Headers) -> None:
    headers = as_user("documents")
    res = service.post("/api/batches", data={"types": "enforcement_notice", "formats": "docx", "case_ids": "1,2"},
                       headers=headers)
    assert res.status_code == 202, res.text
    job: dict[str, Any] = res.json()
    assert (job["kind"], job["status"], job["status_label"], job["total"]) == ("batch_generate", "queued", "排队中", 2)
    assert service.get(f"/api/jobs/{job['id']}", headers=headers).json()["status"] == "queued"
    assert service.get(f"/api/jobs/{job['id']}", headers=as_user("filing")).status_code == 403
    bad = service.post("/api/batches", data={"types": "no_such_notice", "case_ids": "1"}, headers=headers)
    assert bad.status_code == 422 and bad.json()["field"] == "types"


@pytest.mark.slow
def test_uploaded_materials_are_recognised_and_count_as_present(service: TestClient, as_user: Headers,
                                                                tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    scan = Path(__file__).resolve().parents[2] / "samples" / "dossiers" / "03_missing_termination_receipt" / "scan.pdf"
    writer = PdfWriter()
    writer.add_page(PdfReader(scan).pages[0])  # the 执行申请书
    materials = tmp_path / "申请书.pdf"
    with materials.open("wb") as fh:
        writer.write(fh)
    headers = as_user("filing")
    cid = case_id(service, headers, "（2024）豫0303执2031号")
    with materials.open("rb") as fh:
        res = service.post("/api/filing/check-files", data={"case_id": str(cid), "declared": "fee_receipt"},
                           files={"files": ("申请书.pdf", fh, "application/pdf")}, headers=headers)
    assert res.status_code == 200, res.text
    missing = {m["code"] for m in res.json()["missing"]}
    assert "enforcement_application" not in missing
    assert "fee_receipt" not in missing
    assert "enforcement_basis" in missing


def test_a_closing_dossier_whose_case_data_is_wrong_is_not_approved_by_the_api_either(
        service: TestClient, as_user: Headers, contract_case_dict: dict[str, Any]) -> None:
    """The API judges a ticked closing dossier as `dossier check-closing` does: data errors block."""
    from dossier.checklists.closing import closing_check
    from dossier.intake.case_file import case_from_dict

    wrong = json.loads(json.dumps(contract_case_dict, default=str))
    wrong["case_number"] = "（2024）豫0311执1299号"
    wrong["respondents"][0]["id_number"] = "91410300MA44XYBQ7X"  # check digit wrong
    # the entry form refuses a wrong check digit (issue 12); a case imported from a sheet still carries one
    imported = service.post("/api/cases/import", headers=as_user("filing"),
                            files={"file": ("cases.json", json.dumps([wrong], ensure_ascii=False).encode(),
                                            "application/json")})
    assert imported.status_code == 200, imported.text
    cid = imported.json()["created"][0]["id"]
    case = case_from_dict(wrong)
    everything: list[str] = []
    for _ in range(3):  # a 送达回证 asks for the document it names too
        lacking = [m.code for m in closing_check(case, everything, "closing", date.today())[1]]
        everything += lacking + [c.split(":", 1)[1] for c in lacking if ":" in c]
    decision, missing, problems = closing_check(case, everything, "closing", date.today())
    assert (decision, missing) == ("reject", []) and problems
    res = service.post("/api/closing/check", json={"case_id": cid, "declared": everything, "stage": "closing"},
                       headers=as_user("undertaker"))
    assert res.status_code == 200, res.text
    result = res.json()
    assert result["decision"] == "reject"
    assert result["missing"] == []
    assert any(p["field"].startswith("respondents[0].id_number") for p in result["problems"])


def test_a_closing_check_of_a_case_not_yet_closed_asks_for_the_closing_method(
        service: TestClient, as_user: Headers, contract_case_dict: dict[str, Any]) -> None:
    open_case = json.loads(json.dumps(contract_case_dict, default=str))
    open_case.pop("closing")
    open_case["case_number"] = "（2025）豫0311执12号"
    cid = service.post("/api/cases", json=open_case, headers=as_user("filing")).json()["id"]
    res = service.post("/api/closing/check", json={"case_id": cid, "declared": ["acceptance_notice"]},
                       headers=as_user("undertaker"))
    assert res.status_code == 422
    assert res.json()["field"] == "closing.method"
    assert "结案方式" in res.json()["message"]
