"""The reader called a page 未识别 that is in fact the 终本裁定书's 送达回证. The archive centre corrects
the page over the API (or on the page): the check is decided again at once from the stored reading,
the correction is audited, and the dossier can now be approved."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from api_support import PASSWORD, blank_pdf, case_id
from fastapi.testclient import TestClient
from sqlalchemy import select

from dossier.dossier_check.model import Page
from dossier.jobs.handlers import make_handlers
from dossier.jobs.worker import Worker
from dossier.samples.truth import GroundTruth
from dossier.store.models import AuditRecordImmutable, PageCorrection

pytestmark = pytest.mark.postgres
Headers = Callable[[str], dict[str, str]]
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "dossiers" / "03_missing_termination_receipt"
CASE = "（2024）豫0303执2031号"
RECEIPT_PAGE = 41



def read_pages() -> list[Page]:
    """Sample 03 as the reader saw it: all read right, plus its last page, the 终本裁定书 receipt, misread."""
    truth = GroundTruth.load(SAMPLE)
    served = {n: d.served for d in truth.documents for n in d.pages}
    pages = [Page(page=p.page, doc_type=p.doc_type, case_number=p.case_number, readable=p.readable,
                  blank=p.doc_type == "blank", confidence=0.97, file="卷宗.pdf", file_page=p.page, source="ocr",
                  served_doc_types=served.get(p.page, [])) for p in truth.pages]
    pages.append(Page(page=RECEIPT_PAGE, doc_type="unknown", case_number=CASE, confidence=0.3, file="卷宗.pdf",
                      file_page=RECEIPT_PAGE, source="ocr"))
    return pages


@pytest.fixture
def checked(service: TestClient, as_user: Headers, monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A dossier check of case 03 run to its end by the job handler, the reading stubbed (no OCR)."""
    import dossier.dossier_check.run as run

    def analyse(paths: list[Path], **_: Any) -> Iterator[Page]:
        yield from read_pages()

    monkeypatch.setattr(run, "default_analyse", lambda: analyse)
    headers = as_user("archive")
    res = service.post("/api/dossiers", data={"case_id": str(case_id(service, headers, CASE)), "stage": "closing"},
                       files=[("files", ("卷宗.pdf", blank_pdf(2), "application/pdf"))], headers=headers)
    assert res.status_code == 202, res.text
    svc = service.app.state.services  # type: ignore[attr-defined]
    assert Worker(svc.db, make_handlers(svc.files, svc.db)).run_once()
    yield int(res.json()["id"])


def correct(service: TestClient, headers: dict[str, str], job_id: int, page: int = RECEIPT_PAGE,
            **body: Any) -> Any:
    body = body or {"doc_type": "service_receipt", "served": ["termination_this_round_ruling"]}
    return service.post(f"/api/dossiers/{job_id}/pages/{page}/correction", json=body, headers=headers)


def test_correcting_the_misread_receipt_decides_again_at_once_and_the_dossier_can_be_approved(
        service: TestClient, as_user: Headers, checked: int) -> None:
    headers = as_user("archive")
    before = service.get(f"/api/dossiers/{checked}", headers=headers).json()
    assert before["check"]["decision"] == "reject"
    assert [m["code"] for m in before["check"]["missing"]] == ["service_receipt:termination_this_round_ruling"]
    refused = service.post(f"/api/dossiers/{checked}/decision", json={"result": "approved"}, headers=headers)
    assert refused.status_code == 409
    overview = service.get("/api/overview", headers=headers).json()
    assert CASE in [b["case_number"] for b in overview["blocked"]]

    res = correct(service, headers, checked)
    assert res.status_code == 200, res.text
    body = res.json()
    assert (body["decision"], body["missing"], body["case_number"], body["stage"]) == ("approve", [], CASE, "closing")
    page = body["pages"][RECEIPT_PAGE - 1]
    assert (page["doc_type"], page["confidence"], page["readable"], page["corrected_by"]) == (
        "service_receipt", 1.0, True, "archive")
    assert {"doc_type": "service_receipt", "pages": [RECEIPT_PAGE], "served": ["termination_this_round_ruling"]} \
        in body["documents"]
    [fix] = body["corrections"]
    assert (fix["from_label"], fix["to_label"], fix["decision_before"], fix["decision_after"]) == (
        "未识别", "送达回证", "reject", "approve")

    # what the result page, the decision route and the overview read is the corrected check
    now = service.get(f"/api/dossiers/{checked}", headers=headers).json()
    assert now["check"]["decision"] == "approve" and len(now["corrections"]) == 1
    assert {f["name"] for f in now["files"]} >= {"report.pdf", "catalogue.pdf"}
    overview = service.get("/api/overview", headers=headers).json()
    assert CASE not in [b["case_number"] for b in overview["blocked"]]
    decided = service.post(f"/api/dossiers/{checked}/decision", json={"result": "approved"}, headers=headers)
    assert decided.status_code == 201, decided.text
    assert decided.json()["check"]["decision"] == "approve"
    assert [i["page"] for i in decided.json()["inputs"] if i["kind"] == "correction"] == [RECEIPT_PAGE]


def test_each_correction_is_an_audit_row_that_cannot_be_changed_and_is_listed(
        service: TestClient, as_user: Headers, checked: int) -> None:
    correct(service, as_user("archive"), checked, doc_type="fine_decision")
    res = correct(service, as_user("archive"), checked)
    assert res.status_code == 200
    listed = service.get(f"/api/dossiers/{checked}/corrections", headers=as_user("archive")).json()
    assert [(c["page"], c["from_doc_type"], c["to_doc_type"], c["actor_username"], c["actor_role"])
            for c in listed] == [(RECEIPT_PAGE, "unknown", "fine_decision", "archive", "archive"),
                                 (RECEIPT_PAGE, "fine_decision", "service_receipt", "archive", "archive")]
    assert [(c["decision_before"], c["decision_after"]) for c in listed] == [("reject", "reject"),
                                                                              ("reject", "approve")]
    assert listed[1]["served"] == ["termination_this_round_ruling"] and listed[1]["corrected_at"]
    one_page = service.get(f"/api/dossiers/{checked}/pages/{RECEIPT_PAGE}/correction", headers=as_user("archive"))
    assert one_page.json() == listed
    assert service.get(f"/api/dossiers/{checked}/pages/1/correction", headers=as_user("archive")).json() == []
    db = service.app.state.services.db  # type: ignore[attr-defined]
    with pytest.raises(AuditRecordImmutable), db.session() as s:
        row = s.execute(select(PageCorrection)).scalars().first()
        assert row is not None
        row.to_doc_type = "blank"
    with pytest.raises(AuditRecordImmutable), db.session() as s:
        s.delete(s.execute(select(PageCorrection)).scalars().first())
    with db.session() as s:
        assert len(s.execute(select(PageCorrection)).scalars().all()) == 2


def test_only_the_archive_centre_and_undertakers_may_correct(service: TestClient, as_user: Headers,
                                                             checked: int) -> None:
    for role in ("filing", "documents"):
        res = correct(service, as_user(role), checked)
        assert res.status_code == 403, role
        assert "无权" in res.json()["message"]
        assert service.get(f"/api/dossiers/{checked}/corrections", headers=as_user(role)).status_code == 403
    # an undertaker corrects only his own prechecks; this one the archive centre ran
    assert correct(service, as_user("undertaker"), checked).status_code == 403
    assert service.post(f"/api/dossiers/{checked}/pages/1/correction", json={"doc_type": "blank"}).status_code == 401
    listed = service.get(f"/api/dossiers/{checked}/corrections", headers=as_user("archive")).json()
    assert listed == []


@pytest.mark.parametrize(("body", "field", "words"), [
    ({"doc_type": "receipt_of_service"}, "doc_type", "文书类型代码“receipt_of_service”不在文书类型词表中"),
    ({"doc_type": "service_receipt", "served": ["termination_this_round_ruling", "nope"]}, "served",
     "“nope”不在文书类型词表中"),
    ({"doc_type": "fine_decision", "served": ["fine_decision"]}, "served", "不是送达回证"),
    ({"served": []}, "doc_type", "缺少必填字段"),
])
def test_a_bad_code_is_refused_in_chinese_naming_the_field_and_nothing_is_recorded(
        service: TestClient, as_user: Headers, checked: int, body: dict[str, Any], field: str, words: str) -> None:
    headers = as_user("archive")
    res = correct(service, headers, checked, **body)
    assert res.status_code == 422, res.text
    assert res.json()["field"] == field
    assert words in res.json()["message"] and f"字段 {field}" in res.json()["message"]
    assert service.get(f"/api/dossiers/{checked}/corrections", headers=headers).json() == []
    assert service.get(f"/api/dossiers/{checked}", headers=headers).json()["check"]["decision"] == "reject"


def test_a_page_the_dossier_does_not_have_is_not_found(service: TestClient, as_user: Headers, checked: int) -> None:
    headers = as_user("archive")
    res = correct(service, headers, checked, page=42, doc_type="blank")
    assert res.status_code == 404
    assert (res.json()["page"], res.json()["message"]) == (42, "卷宗共41页，没有第42页")
    assert correct(service, headers, 99999, doc_type="blank").status_code == 404


def test_a_check_still_running_cannot_be_corrected(service: TestClient, as_user: Headers) -> None:
    headers = as_user("undertaker")
    res = service.post("/api/dossiers", data={"case_id": str(case_id(service, headers, CASE))},
                       files=[("files", ("卷宗.pdf", blank_pdf(1), "application/pdf"))], headers=headers)
    res = correct(service, headers, int(res.json()["id"]), page=1, doc_type="blank")
    assert res.status_code == 409 and "尚未完成" in res.json()["message"]


def test_on_the_result_page_the_archive_centre_corrects_a_page_and_sees_the_new_decision_and_history(
        service: TestClient, checked: int) -> None:
    res = service.post("/login", data={"username": "archive", "password": PASSWORD}, follow_redirects=False)
    assert res.status_code == 303
    page = service.get(f"/dossiers/{checked}")
    assert 'data-verdict="reject"' in page.text
    assert f'action="/dossiers/{checked}/pages/{RECEIPT_PAGE}/correction"' in page.text
    assert '<option value="service_receipt"' in page.text and "人工更正记录" not in page.text
    page = service.post(f"/dossiers/{checked}/pages/{RECEIPT_PAGE}/correction",
                        data={"doc_type": "service_receipt", "served": ["termination_this_round_ruling"]})
    assert page.status_code == 200
    assert 'data-verdict="approve"' in page.text and "卷宗齐全，可以批准结案" in page.text
    assert f"已将第{RECEIPT_PAGE}页更正为送达回证（送达：终结本次执行程序裁定书）" in page.text
    assert "人工更正记录" in page.text and "未识别" in page.text and "卷宗管理" in page.text
    assert "不齐全 → 齐全" in page.text
    # a bad code on the page: said in Chinese, escaped, nothing recorded
    page = service.post(f"/dossiers/{checked}/pages/3/correction", data={"doc_type": "<b>x</b>"})
    assert page.status_code == 422
    assert "&lt;b&gt;x&lt;/b&gt;" in page.text and "<b>x</b>" not in page.text and "未更正" in page.text
    assert len(service.get(f"/api/dossiers/{checked}/corrections").json()) == 1
