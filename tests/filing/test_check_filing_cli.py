"""At the filing window: the clerk ticks what the applicant handed in (or scans it), and `dossier
check-filing` says accept or return, with every missing item and every data problem (CONTRACT.md)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from dossier.doctypes import doctypes

COMPLETE = ("enforcement_application,enforcement_basis,property_clue_form,fee_receipt,identity_proof,"
            "power_of_attorney,law_firm_letter,lawyer_license,payment_account_confirmation,"
            "service_address_confirmation")
EVERYTHING = ",".join(doctypes())
REQUESTS = {"consumption_restriction": True, "dishonest_list": False}
HEAD_DOCUMENT = {"enforcement": "enforcement_application", "resumption": "resumption_application",
                 "objection": "objection_application", "transfer": "transfer_statement"}

Run = Callable[..., Result]
CaseFile = Callable[[dict[str, Any]], Path]


def with_requests(case: dict[str, Any]) -> dict[str, Any]:
    return {**copy.deepcopy(case), "requests": dict(REQUESTS)}


def test_a_complete_submission_is_accepted(dossier: Run, case_file: CaseFile,
                                           contract_case_dict: dict[str, Any]) -> None:
    out = dossier("check-filing", "--case", str(case_file(with_requests(contract_case_dict))),
                  "--declared", COMPLETE, "--json")
    assert out.exit_code == 0, out.stderr
    body = json.loads(out.stdout)
    assert (body["decision"], body["missing"], body["problems"]) == ("accept", [], [])


def test_an_incomplete_submission_is_returned_with_every_missing_item(dossier: Run, case_file: CaseFile,
                                                                      contract_case_dict: dict[str, Any]) -> None:
    out = dossier("check-filing", "--case", str(case_file(with_requests(contract_case_dict))),
                  "--declared", "enforcement_application,enforcement_basis", "--json")
    assert out.exit_code == 1
    body = json.loads(out.stdout)
    assert body["decision"] == "return"
    assert [m["code"] for m in body["missing"]] == [
        "property_clue_form", "fee_receipt", "identity_proof", "power_of_attorney", "law_firm_letter",
        "lawyer_license", "payment_account_confirmation", "service_address_confirmation"]
    address = body["missing"][-1]
    assert address["alternatives"] == ["service_address_confirmation", "whereabouts_unknown_proof"]
    for item in body["missing"]:
        assert item["label"] and item["reason"] and item["source"]


def test_declared_codes_may_be_repeated_and_given_in_several_options(dossier: Run, case_file: CaseFile,
                                                                      contract_case_dict: dict[str, Any]) -> None:
    first, second = COMPLETE.split(",", 5)[:5], COMPLETE.split(",", 5)[5]
    out = dossier("check-filing", "--case", str(case_file(with_requests(contract_case_dict))),
                  "--declared", ",".join(first), "--declared", second.replace(",", "，"), "--json")
    assert out.exit_code == 0, out.stdout


def test_every_sample_case_is_returned_empty_and_judged_on_its_data_when_complete(
        dossier: Run, case_file: CaseFile, sample_cases: list[dict[str, Any]]) -> None:
    for case in sample_cases:
        path = str(case_file(case))
        empty = json.loads(dossier("check-filing", "--case", path, "--json").stdout)
        assert empty["decision"] == "return"
        assert HEAD_DOCUMENT[case["category"]] in [m["code"] for m in empty["missing"]]
        full = dossier("check-filing", "--case", path, "--declared", EVERYTHING, "--json")
        body = json.loads(full.stdout)
        assert body["missing"] == [], case["case_number"]
        errors = [p for p in body["problems"] if p["severity"] == "error"]
        assert body["decision"] == ("return" if errors else "accept")
        assert full.exit_code == (1 if errors else 0)
        assert "requests_unstated" not in [p["kind"] for p in errors]  # an unstated request is unknown, not an error


def mutate(case: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    data = with_requests(case)
    target: Any = data
    keys = path.replace("[", ".").replace("]", "").split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if value is None:
        target.pop(last, None)
    else:
        target[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "kind", "words"),
    [
        ("applicants[0].id_number", "410303198001011238", "invalid_id_number", "张三"),
        ("respondents[0].id_number", "91410300MA44XYBQ7F", "invalid_credit_code", "洛阳某某商贸有限公司"),
        ("case_number", "（2024）豫0311民1234号", "malformed_case_number", "执行类型代字"),
        ("amount", "十二万元", "invalid_amount", "不是数字"),
    ],
    ids=["id_check_digit", "credit_code", "case_number", "amount"],
)
def test_data_problems_return_the_submission_and_name_the_field(
        dossier: Run, case_file: CaseFile, contract_case_dict: dict[str, Any], path: str, value: Any,
        kind: str, words: str) -> None:
    out = dossier("check-filing", "--case", str(case_file(mutate(contract_case_dict, path, value))),
                  "--declared", COMPLETE, "--json")
    assert out.exit_code == 1
    body = json.loads(out.stdout)
    assert body["decision"] == "return" and body["missing"] == []
    problem = next(p for p in body["problems"] if p["kind"] == kind)
    assert problem["field"] == path
    assert words in problem["message"]


def test_a_name_that_differs_on_a_document_is_a_problem(dossier: Run, case_file: CaseFile,
                                                        contract_case_dict: dict[str, Any]) -> None:
    path = str(case_file(with_requests(contract_case_dict)))
    same = dossier("check-filing", "--case", path, "--declared", COMPLETE, "--party-name",
                   "identity_proof=张 三", "--party-name", "power_of_attorney=李四", "--json")
    assert same.exit_code == 0, same.stdout
    out = dossier("check-filing", "--case", path, "--declared", COMPLETE,
                  "--party-name", "enforcement_application=洛阳某某商贸公司", "--json")
    assert out.exit_code == 1
    [problem] = json.loads(out.stdout)["problems"]
    assert problem["kind"] == "name_mismatch"
    assert problem["field"] == "respondents[0].name"
    assert problem["message"] == "执行申请书上的当事人名称“洛阳某某商贸公司”与案件数据中的“洛阳某某商贸有限公司”不一致"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--declared", "enforcement_aplication"], "未知的材料代码“enforcement_aplication”"),
        (["--party-name", "张三"], "材料代码=名称"),
    ],
)
def test_a_wrong_option_is_bad_input(dossier: Run, case_file: CaseFile, contract_case_dict: dict[str, Any],
                                     args: list[str], words: str) -> None:
    out = dossier("check-filing", "--case", str(case_file(contract_case_dict)), *args, "--json")
    assert out.exit_code == 2
    assert out.stdout == ""
    assert words in out.stderr


@pytest.mark.parametrize(
    ("edit", "field"),
    [(lambda d: d.update(category="divorce"), "category"),
     (lambda d: d.update(filed_on="2024-02-30"), "filed_on"),
     (lambda d: d["applicants"][0].update(kind="robot"), "applicants[0].kind")],
)
def test_a_bad_case_file_exits_2_naming_the_field(dossier: Run, case_file: CaseFile,
                                                  contract_case_dict: dict[str, Any],
                                                  edit: Callable[[dict[str, Any]], None], field: str) -> None:
    edit(contract_case_dict)
    out = dossier("check-filing", "--case", str(case_file(contract_case_dict)), "--declared", COMPLETE, "--json")
    assert out.exit_code == 2
    assert f"字段 {field}" in out.stderr
    assert out.stdout == ""


def test_malformed_json_exits_2_with_the_line(dossier: Run, tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text('{"case_number": "x",\n "court": }', encoding="utf-8")
    out = dossier("check-filing", "--case", str(path), "--json")
    assert out.exit_code == 2
    assert "JSON 格式错误（第2行" in out.stderr


def test_without_json_the_clerk_reads_a_chinese_summary(dossier: Run, case_file: CaseFile,
                                                        contract_case_dict: dict[str, Any]) -> None:
    out = dossier("check-filing", "--case", str(case_file(with_requests(contract_case_dict))),
                  "--declared", "enforcement_application")
    assert out.exit_code == 1
    assert "审查结论：退回补正" in out.stdout
    assert "缺少材料（9项）" in out.stdout
    assert "送达地址确认书或下落不明证明" in out.stdout


class FakePage:
    """What the OCR pipeline yields per page (the fields the filing check reads)."""

    def __init__(self, page: int, doc_type: str, parties: list[str] | None = None, readable: bool = True) -> None:
        self.page, self.doc_type, self.readable = page, doc_type, readable
        self.parties = parties or []
        self.case_number = None
        self.confidence = 0.95 if readable else 0.2
        self.served_doc_types: list[str] = []


def test_scanned_materials_are_classified_grouped_and_checked(dossier: Run, case_file: CaseFile,
                                                             contract_case_dict: dict[str, Any],
                                                             tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [FakePage(1, "enforcement_application", ["张三", "洛阳某某商贸有限公司"]), FakePage(2, "continuation"),
             FakePage(3, "enforcement_basis"), FakePage(4, "identity_proof", ["张叁"]),
             FakePage(5, "unknown", readable=False)]
    seen: dict[str, Any] = {}

    def fake_analyse(paths: list[Path], **kwargs: Any) -> Iterator[FakePage]:
        seen.update(paths=paths, **kwargs)
        yield from pages

    monkeypatch.setattr("dossier.filing.materials.default_analyse", lambda: fake_analyse)
    scans = [tmp_path / "a.pdf", tmp_path / "b.jpg"]
    for scan in scans:
        scan.write_bytes(b"scan")
    out = dossier("check-filing", "--case", str(case_file(with_requests(contract_case_dict))),
                  "--materials", *map(str, scans), "--declared", "property_clue_form", "--json")
    assert out.exit_code == 1
    assert seen["paths"] == scans and seen["expected_case_number"] == contract_case_dict["case_number"]
    body = json.loads(out.stdout)
    missing = [m["code"] for m in body["missing"]]
    assert "enforcement_application" not in missing and "property_clue_form" not in missing
    assert "fee_receipt" in missing
    kinds = {p["kind"]: p for p in body["problems"]}
    assert kinds["name_mismatch"]["pages"] == [4]
    assert kinds["unreadable_page"]["pages"] == [5]


def test_materials_that_do_not_exist_are_bad_input(dossier: Run, case_file: CaseFile,
                                                   contract_case_dict: dict[str, Any], tmp_path: Path) -> None:
    out = dossier("check-filing", "--case", str(case_file(contract_case_dict)),
                  "--materials", str(tmp_path / "missing.pdf"), "--json")
    assert out.exit_code == 2
    assert "材料文件不存在" in out.stderr


def test_a_born_digital_application_is_read_by_the_ocr_pipeline(dossier: Run, case_file: CaseFile,
                                                               contract_case_dict: dict[str, Any],
                                                               tmp_path: Path) -> None:
    pytest.importorskip("dossier.ocr.pipeline")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from dossier.reports.fonts import register_cjk_fonts

    fonts = register_cjk_fonts()
    scan = tmp_path / "application.pdf"
    pdf = canvas.Canvas(str(scan), pagesize=A4)
    pdf.setFont(fonts.sans, 22)
    pdf.drawCentredString(300, 780, "执行申请书")
    pdf.setFont(fonts.serif, 12)
    pdf.drawString(60, 740, "申请执行人：张叁")
    pdf.drawString(60, 720, "被执行人：洛阳某某商贸有限公司")
    pdf.save()
    out = dossier("check-filing", "--case", str(case_file(with_requests(contract_case_dict))),
                  "--materials", str(scan), "--ocr-engine", "null", "--json")
    body = json.loads(out.stdout)
    assert "enforcement_application" not in [m["code"] for m in body["missing"]]
    assert [(p["kind"], p["field"], p["pages"]) for p in body["problems"]] == [
        ("name_mismatch", "applicants[0].name", [1])]


AMPERSAND_FIRM = "A&B<商贸>有限公司"


def test_names_with_ampersand_and_angle_brackets_are_compared_and_shown_as_written(
        dossier: Run, case_file: CaseFile, contract_case_dict: dict[str, Any]) -> None:
    """Given a respondent called A&B<商贸>有限公司, the clerk sees the name exactly as written, never escaped."""
    data = with_requests(contract_case_dict)
    data["respondents"][0]["name"] = AMPERSAND_FIRM
    path = str(case_file(data))
    same = dossier("check-filing", "--case", path, "--declared", COMPLETE,
                   "--party-name", f"enforcement_application={AMPERSAND_FIRM}", "--json")
    assert same.exit_code == 0, same.stdout
    differs = ["--party-name", "enforcement_application=A&B<商贸>公司"]
    out = dossier("check-filing", "--case", path, "--declared", COMPLETE, *differs, "--json")
    assert out.exit_code == 1
    [problem] = json.loads(out.stdout)["problems"]
    assert (problem["kind"], problem["field"]) == ("name_mismatch", "respondents[0].name")
    assert problem["message"] == f"执行申请书上的当事人名称“A&B<商贸>公司”与案件数据中的“{AMPERSAND_FIRM}”不一致"
    text = dossier("check-filing", "--case", path, "--declared", COMPLETE, *differs)
    assert f"与案件数据中的“{AMPERSAND_FIRM}”不一致" in text.stdout and "&amp;" not in text.stdout


@pytest.mark.parametrize(
    ("case_text", "args", "words"),
    [
        ('{"case_number": "x",\n "court": }', [], "JSON 格式错误（第2行"),
        (None, ["--declared", "enforcement_application,fee_reciept"], "未知的材料代码“fee_reciept”"),
        ("filed_on=2024-02-30", [], "字段 filed_on"),
    ],
    ids=["malformed_json", "unknown_code", "impossible_date"],
)
def test_bad_input_with_a_notice_folder_writes_no_notice(dossier: Run, case_file: CaseFile,
                                                         contract_case_dict: dict[str, Any], tmp_path: Path,
                                                         case_text: str | None, args: list[str], words: str) -> None:
    """Given a broken submission and --notice, the clerk sees what is wrong, and no notice folder appears."""
    if case_text is None:
        path = case_file(contract_case_dict)
    elif case_text.startswith("filed_on="):
        path = case_file({**contract_case_dict, "filed_on": case_text.split("=", 1)[1]})
    else:
        path = tmp_path / "broken.json"
        path.write_text(case_text, encoding="utf-8")
    notice_dir = tmp_path / "告知书"
    out = dossier("check-filing", "--case", str(path), *args, "--notice", str(notice_dir), "--json")
    assert out.exit_code == 2
    assert words in out.stderr
    assert out.stdout == ""
    assert not notice_dir.exists()


def test_a_notice_folder_that_cannot_be_made_is_bad_input(dossier: Run, case_file: CaseFile,
                                                          contract_case_dict: dict[str, Any], tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Given --notice pointing inside a file, the clerk is told the folder cannot be written (no traceback)."""
    monkeypatch.setattr("dossier.filing.notice.render_notice", lambda *a, **k: (b"docx", b"pdf"))
    blocker = tmp_path / "not_a_folder"
    blocker.write_text("x", encoding="utf-8")
    out = dossier("check-filing", "--case", str(case_file(contract_case_dict)), "--declared",
                  "enforcement_application", "--notice", str(blocker / "告知书"), "--json")
    assert out.exit_code == 2
    assert f"文件 {blocker / '告知书'}：无法写出补正材料一次性告知书" in out.stderr
    assert "内部错误" not in out.stderr and out.stdout == ""


SEED002 = {"court": "科尔沁右翼前旗人民法院", "case_number": "（2024）蒙2221执402号"}


def test_a_complete_filing_of_a_court_without_the_requests_rule_is_accepted_without_requests(
        dossier: Run, case_file: CaseFile, contract_case_dict: dict[str, Any]) -> None:
    data = copy.deepcopy(contract_case_dict)
    data.pop("requests", None)
    out = dossier("check-filing", "--case", str(case_file(data)), "--declared", COMPLETE, "--json")
    assert out.exit_code == 0, out.stdout
    body = json.loads(out.stdout)
    assert (body["decision"], body["missing"], body["problems"]) == ("accept", [], [])


@pytest.mark.parametrize(("requests", "unknown"), [
    (None, ["限制高消费", "纳入失信被执行人名单"]),
    ({"consumption_restriction": True}, ["纳入失信被执行人名单"]),
])
def test_seed_002_asks_the_clerk_to_confirm_requests_the_case_data_does_not_give(
        dossier: Run, case_file: CaseFile, contract_case_dict: dict[str, Any], requests: dict[str, bool] | None,
        unknown: list[str]) -> None:
    data = {**copy.deepcopy(contract_case_dict), **SEED002}
    data.pop("requests", None)
    if requests is not None:
        data["requests"] = requests
    out = dossier("check-filing", "--case", str(case_file(data)), "--declared", COMPLETE, "--json")
    assert out.exit_code == 0, out.stdout  # unknown is not false: the filing is not returned
    body = json.loads(out.stdout)
    assert body["decision"] == "accept" and body["missing"] == []
    [problem] = body["problems"]
    assert (problem["kind"], problem["severity"], problem["item"]) == ("to_confirm", "warning",
                                                                       "application_states_requests")
    assert "请立案人员核对执行申请书后确认" in problem["message"]
    said = problem["message"].split("未载明是否申请", 1)[1]
    assert [label for label in ("限制高消费", "纳入失信被执行人名单") if label in said] == unknown
    assert "种子002" in problem["source"]
    assert "seed002" in body["court_rules"]


def test_seed_002_with_both_requests_stated_has_nothing_to_confirm(
        dossier: Run, case_file: CaseFile, contract_case_dict: dict[str, Any]) -> None:
    data = {**with_requests(contract_case_dict), **SEED002}
    out = dossier("check-filing", "--case", str(case_file(data)), "--declared", COMPLETE, "--json")
    assert out.exit_code == 0, out.stdout
    assert json.loads(out.stdout)["problems"] == []
