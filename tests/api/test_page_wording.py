"""Pages rendered from their templates (no database): the precheck wording follows what blocks, times
are shown in Beijing time."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from api.pages import CHECK_LABELS, DECISION_LABELS, _doc_label, templates
from dossier.reports.times import beijing_time
from dossier.reports.wording import PROBLEM_LABELS

MISFILED = {"kind": "wrong_case_number", "severity": "error", "pages": [7],
            "message": "第7页案号为（2026）豫0311执88号，不是本案"}
MISSING = {"code": "enforcement_ruling", "label": "执行裁定书", "alternatives": [], "reason": "未见此文书"}


def _render(check: dict[str, Any], *, can_decide: bool = False, decisions: list[Any] | None = None) -> str:
    job = SimpleNamespace(id=5, case_number="（2026）豫0311执5556号", status="done", status_label="已完成",
                          progress=1, total=1, error=None, kind="dossier_check")
    ctx = {"user": None, "nav": [], "active": "/precheck", "decision_labels": DECISION_LABELS,
           "problem_labels": PROBLEM_LABELS, "categories": {}, "doc_label": _doc_label, "title": "承办人预检",
           "base": "/precheck", "job": job, "check": check, "files": [], "thumbnails": {}, "bad_pages": set(),
           "can_decide": can_decide, "decisions": decisions or [], "corrections": [], "served_of": {},
           "type_choices": [], "served_choices": [], "check_labels": CHECK_LABELS, "role_labels": {},
           "version": 1}
    return templates.env.get_template("dossier_result.html").render(ctx)


def _check(missing: list[Any], problems: list[Any]) -> dict[str, Any]:
    return {"decision": "reject" if missing or problems else "approve", "stage": "archiving", "missing": missing,
            "problems": problems, "pages": [], "documents": []}


def test_a_misfiled_page_alone_is_not_called_missing_materials() -> None:
    html = _render(_check([], [MISFILED]))
    assert "请先补齐" not in html
    assert "材料齐全。" not in html
    assert "错放的页面" in html and "所需材料均已具备" in html


def test_missing_items_ask_for_the_items() -> None:
    html = _render(_check([MISSING], []))
    assert "请先补齐左侧所列材料，再重新扫描自查" in html


def test_missing_items_and_problems_ask_for_both() -> None:
    html = _render(_check([MISSING], [MISFILED]))
    assert "补齐左侧所列材料、改正所列问题" in html


def test_a_complete_dossier_may_be_submitted() -> None:
    html = _render(_check([], []))
    assert "可以提交卷宗管理中心" in html and "材料齐全。" in html


def test_decision_times_are_shown_in_beijing_time() -> None:
    decision = SimpleNamespace(decided_at=datetime(2026, 3, 1, 17, 30), result="approved", actor_username="张三",
                               reason=None)
    html = _render(_check([], []), decisions=[decision])
    assert "2026-03-02 01:30" in html and "（北京时间）" in html
    assert "UTC" not in html


def test_the_one_formatter_converts_stored_utc_to_asia_shanghai() -> None:
    assert beijing_time(datetime(2026, 12, 31, 16, 0)) == "2027-01-01 00:00"
    assert beijing_time(datetime(2026, 6, 1, 0, 0, tzinfo=UTC)) == "2026-06-01 08:00"
    assert beijing_time(None) == ""
    assert templates.env.filters["beijing"] is beijing_time


def test_no_page_template_shows_utc() -> None:
    from pathlib import Path

    import api.app
    folder = Path(api.app.__file__).parent / "templates"
    pages = list(folder.glob("*.html"))
    assert len(pages) > 5
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "UTC" not in text and ".strftime(" not in text, page.name


def test_a_refused_import_row_names_its_field_in_chinese() -> None:
    from api.pages import _row_error

    assert _row_error(2, "filed_on", "“2026-13-01”不是有效日期") == "第2个案件 立案日期：“2026-13-01”不是有效日期"
    assert "被执行人2证件号码" in _row_error(1, "respondents[1].id_number", "校验位错误")
    assert _row_error(3, "amount", "列“执行标的金额”：不是数字") == "第3个案件：列“执行标的金额”：不是数字"


def test_a_library_error_on_a_page_names_the_field_in_chinese() -> None:
    from api.pages import _message
    from dossier.errors import CaseDataError

    assert _message(CaseDataError("“2024-02-30”不是有效日期", field="filed_on")) == "立案日期：“2024-02-30”不是有效日期"
    text = _message(CaseDataError("校验位错误", field="respondents[0].id_number", file="cases.json"))
    assert text == "文件 cases.json，被执行人证件号码：校验位错误" and "id_number" not in text


def test_problem_kinds_are_shown_by_their_chinese_labels() -> None:
    problems = [{"kind": "invalid_amount", "severity": "error", "message": "金额“一万元”不是数字"},
                {"kind": "requests_unstated", "severity": "warning", "message": "执行申请书未载明申请事项"}]
    html = templates.env.get_template("_missing.html").render(
        result={"missing": [], "problems": problems}, good=False, verdict="退回", verdict_code="return",
        problem_labels=PROBLEM_LABELS, doc_label=_doc_label)
    assert "金额有误" in html and "申请事项未载明" in html
    assert "invalid_amount" not in html and "requests_unstated" not in html


def test_a_batch_row_error_names_its_field_in_chinese() -> None:
    job = SimpleNamespace(id=3, status="done", status_label="已完成", progress=1, total=1, error=None,
                          kind="batch_generate", case_number=None)
    result = {"files": [], "errors": [{"row": 2, "sheet_row": None, "field": "filed_on", "message": "“2024-02-30”不是有效日期"},
                                      {"row": 3, "sheet_row": 4, "field": "amount", "message": "列“执行标的金额”：不是数字"}]}
    html = templates.env.get_template("generation_job.html").render(
        user=None, nav=[], active="/generation", title="批量任务", job=job, result=result, document_count=0,
        formats="", beijing=beijing_time)
    assert "立案日期：“2024-02-30”不是有效日期" in html and "filed_on" not in html
    assert "列“执行标的金额”：不是数字" in html and "执行标的金额：列" not in html
