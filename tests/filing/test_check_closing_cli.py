"""Before scanning, the undertaker ticks what the dossier holds; `dossier check-closing` answers like
check-dossier (without pages): approve or reject, and what is still missing."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result

from dossier.doctypes import doctypes

Run = Callable[..., Result]
CaseFile = Callable[[dict[str, Any]], Path]
EVERYTHING = ",".join([*doctypes(), *(f"service_receipt:{c}" for c in doctypes())])
SHAPE = {"decision", "stage", "case_number", "pages", "documents", "missing", "problems"}


def test_every_closed_sample_with_a_full_dossier_is_approved(dossier: Run, case_file: CaseFile,
                                                             sample_cases: list[dict[str, Any]]) -> None:
    closed = [c for c in sample_cases if c.get("closing")]
    assert closed
    for case in closed:
        closed_on = date.fromisoformat(str(case["closing"].get("closed_on") or case["filed_on"]))
        for stage in ("closing", "archive"):
            out = dossier("check-closing", "--case", str(case_file(case)), "--declared", EVERYTHING,
                          "--stage", stage, "--today", str(closed_on + timedelta(days=5)), "--json")
            body = json.loads(out.stdout)
            assert set(body) >= SHAPE
            assert body["missing"] == [], (case["case_number"], stage, body["missing"])
            assert (body["decision"], out.exit_code) == ("approve", 0)
            assert body["pages"] == [] and body["stage"] == stage


def test_the_contract_example_lacks_the_receipt_of_the_enforcement_notice(
        dossier: Run, case_file: CaseFile, contract_case_dict: dict[str, Any]) -> None:
    declared = EVERYTHING.replace("service_receipt:enforcement_notice,", "")
    out = dossier("check-closing", "--case", str(case_file(contract_case_dict)), "--declared", declared, "--json")
    assert out.exit_code == 1
    body = json.loads(out.stdout)
    assert body["decision"] == "reject" and body["case_number"] == contract_case_dict["case_number"]
    [item] = body["missing"]
    assert (item["code"], item["label"]) == ("service_receipt:enforcement_notice", "执行通知书送达回证")
    receipts = [d for d in body["documents"] if d["doc_type"] == "service_receipt"]
    assert {"doc_type": "service_receipt", "pages": [], "served": ["property_report_order"]} in receipts


def test_the_archive_stage_asks_for_the_archive_papers(dossier: Run, case_file: CaseFile,
                                                       contract_case_dict: dict[str, Any]) -> None:
    declared = ",".join(c for c in EVERYTHING.split(",")
                        if c not in {"dossier_cover", "catalogue", "file_review_form", "remarks_sheet"})
    path = str(case_file(contract_case_dict))
    assert dossier("check-closing", "--case", path, "--declared", declared).exit_code == 0
    out = dossier("check-closing", "--case", path, "--declared", declared, "--stage", "archive", "--json")
    assert out.exit_code == 1
    assert [m["code"] for m in json.loads(out.stdout)["missing"]] == [
        "dossier_cover", "catalogue", "file_review_form", "remarks_sheet"]


def test_kyqq_rejects_a_terminated_this_round_closing_within_90_days(dossier: Run, case_file: CaseFile,
                                                                     contract_case_dict: dict[str, Any]) -> None:
    contract_case_dict.update(court="科尔沁右翼前旗人民法院", case_number="（2023）蒙2221执3号", filed_on="2023-02-01",
                              closing={"method": "terminated_this_round", "closed_on": "2023-05-02"})
    out = dossier("check-closing", "--case", str(case_file(contract_case_dict)), "--declared", EVERYTHING,
                  "--json")
    assert [m["code"] for m in json.loads(out.stdout)["missing"]] == ["deadline:terminated_this_round_min_90_days"]
    out = dossier("check-closing", "--case", str(case_file(contract_case_dict)), "--declared", EVERYTHING)
    assert "不予结案" in out.stdout and "终本距立案已超过90天" in out.stdout


@pytest.mark.parametrize(
    ("edit", "args", "words"),
    [
        (lambda d: d.pop("closing"), [], "字段 closing.method"),
        (lambda d: None, ["--today", "2024/07/01"], "不是有效日期"),
        (lambda d: None, ["--stage", "filing"], "filing"),
    ],
    ids=["no_closing", "bad_today", "wrong_stage"],
)
def test_bad_input_exits_2(dossier: Run, case_file: CaseFile, contract_case_dict: dict[str, Any],
                           edit: Callable[[dict[str, Any]], None], args: list[str], words: str) -> None:
    edit(contract_case_dict)
    out = dossier("check-closing", "--case", str(case_file(contract_case_dict)), "--declared", "acceptance_notice",
                  *args, "--json")
    assert out.exit_code == 2
    assert words in out.stderr
    assert out.stdout == ""


@pytest.mark.parametrize(
    ("case_text", "declared", "words"),
    [
        ('{"case_number": "x",\n "court": }', "acceptance_notice", "JSON 格式错误（第2行"),
        (None, "acceptance_notice,closing_aproval_form", "字段 --declared：未知的材料代码“closing_aproval_form”"),
        (None, "service_receipt:enforcement_notise", "未知的材料代码“service_receipt:enforcement_notise”"),
        ("closing.method=finished", "acceptance_notice", "字段 closing.method"),
    ],
    ids=["malformed_json", "unknown_code", "unknown_served_code", "wrong_method"],
)
def test_the_undertaker_who_ticks_a_wrong_code_or_hands_in_a_broken_case_file_is_told_what_and_where(
        dossier: Run, case_file: CaseFile, contract_case_dict: dict[str, Any], tmp_path: Path,
        case_text: str | None, declared: str, words: str) -> None:
    if case_text is None:
        path = case_file(contract_case_dict)
    elif case_text.startswith("closing.method="):
        contract_case_dict["closing"]["method"] = case_text.split("=", 1)[1]
        path = case_file(contract_case_dict)
    else:
        path = tmp_path / "broken.json"
        path.write_text(case_text, encoding="utf-8")
    out = dossier("check-closing", "--case", str(path), "--declared", declared, "--json")
    assert out.exit_code == 2
    assert words in out.stderr
    assert out.stdout == ""
    assert "Traceback" not in out.stderr


def test_a_mistyped_court_is_said_on_stderr_and_the_case_is_judged_by_its_own_court(
        dossier: Run, case_file: CaseFile, contract_case_dict: dict[str, Any]) -> None:
    out = dossier("check-closing", "--case", str(case_file(contract_case_dict)), "--declared", EVERYTHING,
                  "--court", "seed02", "--today", "2024-12-01", "--json")
    assert "未找到“seed02”的本院规定" in out.stderr
    assert json.loads(out.stdout)["decision"] == "approve" and out.exit_code == 0
    known = dossier("check-closing", "--case", str(case_file(contract_case_dict)), "--declared", EVERYTHING,
                    "--court", "seed002", "--today", "2024-12-01", "--json")
    assert "未找到" not in known.stderr
