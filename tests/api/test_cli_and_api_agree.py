"""The clerk at the window and the clerk at the terminal get the same answer: `dossier check-filing` and
`POST /api/filing/check-files` (files and ticked codes), `dossier check-closing` and `POST /api/closing/check`
run the one function of `dossier.usecases` on the same inputs and give identical results."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from api_support import blank_pdf
from click.testing import CliRunner
from fastapi.testclient import TestClient

from dossier.cli.main import cli
from dossier.usecases import closing as closing_usecase
from dossier.usecases import filing as filing_usecase

pytestmark = pytest.mark.postgres
Headers = Callable[[str], dict[str, str]]
CASE_NUMBER = "（2024）豫0311执1288号"


class ReadPage:
    """A page as the scan reader reports it (the reading itself is tested in tests/ocr)."""

    def __init__(self, page: int, doc_type: str, parties: list[str] | None = None, readable: bool = True) -> None:
        self.page, self.doc_type, self.readable = page, doc_type, readable
        self.parties = parties or []
        self.case_number = None
        self.confidence = 0.95 if readable else 0.2
        self.served_doc_types: list[str] = []


@pytest.fixture
def scans_read(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The two scans read as an application, its continuation, the basis, an ID with a misspelt name and
    a page nobody can read; returns the file names each reading was given."""
    pages = [ReadPage(1, "enforcement_application", ["张三", "洛阳某某商贸有限公司"]), ReadPage(2, "continuation"),
             ReadPage(3, "enforcement_basis"), ReadPage(4, "identity_proof", ["张叁"]),
             ReadPage(5, "unknown", readable=False)]
    seen: list[list[str]] = []

    def analyse(paths: list[Path], **_: Any) -> Iterator[ReadPage]:
        seen.append([p.name for p in paths])
        yield from pages

    monkeypatch.setattr("dossier.filing.materials.default_analyse", lambda: analyse)
    return seen


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Which use-case functions ran (each still does its work)."""
    ran: list[str] = []
    for module, name in ((filing_usecase, "check_submission"), (closing_usecase, "check_closing")):
        real = getattr(module, name)

        def spy(*args: Any, _real: Any = real, _name: str = name, **kwargs: Any) -> Any:
            ran.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, spy)
    return ran


def stored_case(service: TestClient, headers: dict[str, str], data: dict[str, Any], tmp_path: Path) -> tuple[int, Path]:
    """The same case in the service (imported from a sheet) and on disk for the command."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    res = service.post("/api/cases/import", headers=headers,
                       files={"file": ("cases.json", f"[{text}]".encode(), "application/json")})
    assert res.status_code == 200, res.text
    path = tmp_path / "case.json"
    path.write_text(text, encoding="utf-8")
    return int(res.json()["created"][0]["id"]), path


def verdict(body: dict[str, Any]) -> dict[str, Any]:
    return {k: body[k] for k in ("decision", "case_number", "missing", "problems")}


def test_a_submission_of_scans_and_ticks_is_judged_alike_by_the_command_and_the_service(
        service: TestClient, as_user: Headers, contract_case_dict: dict[str, Any], tmp_path: Path,
        scans_read: list[list[str]], calls: list[str]) -> None:
    headers = as_user("filing")
    cid, case_path = stored_case(service, headers, {**contract_case_dict, "case_number": CASE_NUMBER}, tmp_path)
    scans = {"申请书.pdf": blank_pdf(3), "身份证明.pdf": blank_pdf(2)}
    for name, data in scans.items():
        (tmp_path / name).write_bytes(data)

    out = CliRunner().invoke(cli, ["check-filing", "--case", str(case_path), "--materials",
                                   *(str(tmp_path / n) for n in scans), "--declared", "property_clue_form",
                                   "--json"], catch_exceptions=False)
    res = service.post("/api/filing/check-files", headers=headers,
                       data={"case_id": str(cid), "declared": "property_clue_form"},
                       files=[("files", (n, d, "application/pdf")) for n, d in scans.items()])

    assert out.exit_code == 1, out.stderr
    assert res.status_code == 200, res.text
    assert calls == ["check_submission", "check_submission"]
    assert scans_read == [list(scans), list(scans)]  # both read the files under the names the clerk gave
    by_cli, by_api = json.loads(out.stdout), res.json()
    assert verdict(by_api) == verdict(by_cli)
    missing = [m["code"] for m in by_cli["missing"]]
    assert "enforcement_application" not in missing and "property_clue_form" not in missing  # files + ticks
    assert {"name_mismatch", "unreadable_page"} <= {p["kind"] for p in by_cli["problems"]}


def test_the_services_notice_lists_what_the_check_of_the_uploaded_files_found(
        service: TestClient, as_user: Headers, contract_case_dict: dict[str, Any], tmp_path: Path,
        scans_read: list[list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    """The 一次性告知书 comes from the check of the files, not from the ticked codes alone (which would
    ask again for the application the clerk has just scanned)."""
    import dossier.filing.notice as notice
    from api.deps import Services

    made: list[dict[str, Any]] = []
    real = notice.notice_docx

    def notice_docx(case: Any, result: Any, issued_on: Any) -> bytes:
        made.append(result.to_json())
        return real(case, result, issued_on)

    monkeypatch.setattr(notice, "notice_docx", notice_docx)
    monkeypatch.setattr(Services, "to_pdf", lambda self, docx: b"%PDF-1.7 " + docx[:4])  # LibreOffice: tests/render
    headers = as_user("filing")
    cid, case_path = stored_case(service, headers, {**contract_case_dict, "case_number": CASE_NUMBER}, tmp_path)
    scan = blank_pdf(5)
    (tmp_path / "材料.pdf").write_bytes(scan)

    res = service.post("/api/filing/notice-files", headers=headers, data={"case_id": str(cid)},
                       files=[("files", ("材料.pdf", scan, "application/pdf"))])
    out = CliRunner().invoke(cli, ["check-filing", "--case", str(case_path), "--materials",
                                   str(tmp_path / "材料.pdf"), "--json"], catch_exceptions=False)

    assert res.status_code == 200, res.text
    assert res.headers["content-type"] == "application/pdf"
    [noticed] = made
    assert verdict(noticed) == verdict(json.loads(out.stdout))
    assert "enforcement_application" not in [m["code"] for m in noticed["missing"]]


def test_a_ticked_closing_dossier_is_judged_alike_by_the_command_and_the_service(
        service: TestClient, as_user: Headers, contract_case_dict: dict[str, Any], tmp_path: Path,
        calls: list[str]) -> None:
    cid, case_path = stored_case(service, as_user("filing"), {**contract_case_dict, "case_number": CASE_NUMBER},
                                 tmp_path)
    ticked = ["acceptance_notice", "enforcement_notice", "service_receipt:enforcement_notice"]

    out = CliRunner().invoke(cli, ["check-closing", "--case", str(case_path), "--declared", ",".join(ticked),
                                   "--json"], catch_exceptions=False)
    res = service.post("/api/closing/check", json={"case_id": cid, "declared": ticked, "stage": "closing"},
                       headers=as_user("undertaker"))

    assert out.exit_code == 1, out.stderr
    assert res.status_code == 200, res.text
    assert calls == ["check_closing", "check_closing"]
    by_cli, by_api = json.loads(out.stdout), res.json()
    assert verdict(by_api) == verdict(by_cli)
    assert by_cli["decision"] == "reject" and by_cli["missing"]


def test_the_filing_pages_notice_and_decision_judge_the_files_its_check_read(
        service: TestClient, as_user: Headers, contract_case_dict: dict[str, Any], tmp_path: Path,
        scans_read: list[list[str]], monkeypatch: pytest.MonkeyPatch) -> None:
    """The clerk scans the application on the page, then prints the notice: it does not ask for the
    application again; the return she records keeps the files among its inputs."""
    import re

    from api_support import PASSWORD

    import dossier.filing.notice as notice
    from api.deps import Services

    made: list[dict[str, Any]] = []
    real = notice.notice_docx
    monkeypatch.setattr(notice, "notice_docx", lambda case, result, day: made.append(result.to_json()) or real(
        case, result, day))
    monkeypatch.setattr(Services, "to_pdf", lambda self, docx: b"%PDF-1.7 " + docx[:4])  # LibreOffice: tests/render
    cid, _ = stored_case(service, as_user("filing"), {**contract_case_dict, "case_number": CASE_NUMBER}, tmp_path)
    assert service.post("/login", data={"username": "filing", "password": PASSWORD},
                        follow_redirects=False).status_code == 303

    page = service.post("/filing/check", data={"case_id": str(cid)},
                        files=[("files", ("申请书.pdf", blank_pdf(5), "application/pdf"))])
    assert page.status_code == 200, page.text
    carried = re.findall(r'name="materials" value="([0-9a-f]{64})"', page.text)
    assert len(carried) == 2 and len(set(carried)) == 1  # the notice form and the decision form

    pdf = service.post("/filing/notice", data={"case_id": str(cid), "materials": carried[0]})
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    [noticed] = made
    assert "enforcement_application" not in [m["code"] for m in noticed["missing"]]
    assert scans_read == [["申请书.pdf"], ["申请书.pdf"]]

    returned = service.post("/filing/decision", data={"case_id": str(cid), "materials": carried[0],
                                                      "result": "returned", "reason": "材料不全"})
    assert returned.status_code == 200 and "已记录" in returned.text
    [decision] = service.get("/api/decisions", params={"case_number": CASE_NUMBER},
                             headers=as_user("filing")).json()
    assert any(i.get("kind") == "file" and i.get("name") == "申请书.pdf" for i in decision["inputs"])
    assert verdict(decision["check"]) == verdict(noticed)

    forged = service.post("/filing/notice", data={"case_id": str(cid), "materials": "0" * 64})
    assert forged.status_code == 422 and "请重新上传" in forged.text


def test_a_cases_deadlines_are_the_same_on_the_command_line_and_in_the_service(
        service: TestClient, as_user: Headers, contract_case_dict: dict[str, Any], tmp_path: Path) -> None:
    headers = as_user("undertaker")
    cid, case_path = stored_case(service, as_user("filing"), {**contract_case_dict, "case_number": CASE_NUMBER},
                                 tmp_path)

    out = CliRunner().invoke(cli, ["deadlines", "--case", str(case_path), "--today", "2024-09-02", "--json"],
                             catch_exceptions=False)
    res = service.get(f"/api/cases/{cid}/deadlines", params={"today": "2024-09-02"}, headers=headers)

    assert out.exit_code == 0, out.stderr
    assert res.status_code == 200, res.text
    by_cli = [(d["name"], d["due_on"], d["status"]) for d in json.loads(out.stdout)["deadlines"]]
    assert by_cli and by_cli == [(d["name"], d["due_on"], d["status"]) for d in res.json()]
    assert [d["detail"] for d in res.json()] == json.loads(out.stdout)["deadlines"]


@pytest.mark.parametrize("types", ["enforcement_notise", "service_receipt"])
def test_a_batch_of_a_document_type_that_cannot_be_made_is_refused_alike_by_the_command_and_the_service(
        service: TestClient, as_user: Headers, contract_case_dict: dict[str, Any], tmp_path: Path,
        types: str) -> None:
    """The document group gets the same refusal at the terminal and in the browser: an unknown type, or a
    送达回证 asked for without the document it serves."""
    cid, case_path = stored_case(service, as_user("filing"), {**contract_case_dict, "case_number": CASE_NUMBER},
                                 tmp_path)
    out = CliRunner().invoke(cli, ["generate", "--cases", str(case_path), "--types", types,
                                   "--out", str(tmp_path / "out")])
    res = service.post("/api/batches", data={"types": types, "formats": "docx", "case_ids": str(cid)},
                       headers=as_user("documents"))
    assert out.exit_code == 2 and res.status_code == 422
    assert res.json()["field"] == "types" and res.json()["message"] in out.output
    assert not (tmp_path / "out").exists()
