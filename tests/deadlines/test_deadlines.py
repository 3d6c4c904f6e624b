"""The command centre watches time limits: each deadline of a case with its due date and status, per
court, in calendar or working days after the official holiday calendar."""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import chinese_calendar
import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from dossier.cli.main import cli
from dossier.deadlines import DeadlineRule, case_deadlines, evaluate_rule, load_deadlines
from dossier.deadlines.workdays import add_months, add_working_days, is_workday
from dossier.errors import CaseDataError, InputError
from dossier.intake.case_file import case_from_dict
from dossier.model import Case


def build(base: dict[str, Any], **fields: Any) -> Case:
    data = copy.deepcopy(base)
    data.update(fields)
    return case_from_dict(data)


def statuses(case: Case, today: date, court: str | None = None) -> dict[str, Any]:
    return {d.name: d for d in case_deadlines(case, load_deadlines(court=court, case=case), today)}


# ------------------------------------------------------------------ calendar arithmetic
@pytest.mark.parametrize(
    ("start", "count", "due"),
    [
        (date(2024, 9, 27), 5, date(2024, 10, 10)),   # Sunday 29 Sep is a make-up working day; 1–7 Oct off
        (date(2024, 9, 30), 1, date(2024, 10, 8)),    # the National Day week is skipped
        (date(2024, 10, 11), 1, date(2024, 10, 12)),  # Saturday 12 Oct is a make-up working day
        (date(2025, 1, 27), 1, date(2025, 2, 5)),     # Spring Festival 2025
        (date(2024, 3, 14), 0, date(2024, 3, 14)),
    ],
)
def test_working_days_follow_the_official_calendar_with_make_up_days(start: date, count: int, due: date) -> None:
    assert add_working_days(start, count) == due


@given(st.dates(min_value=date(2005, 1, 1), max_value=date(2025, 12, 1)), st.integers(min_value=1, max_value=15))
def test_n_working_days_later_is_a_working_day_with_exactly_n_between(start: date, count: int) -> None:
    due = add_working_days(start, count)
    assert chinese_calendar.is_workday(due)
    days = [start + timedelta(days=i) for i in range(1, (due - start).days + 1)]
    assert sum(chinese_calendar.is_workday(d) for d in days) == count


def test_a_year_the_holiday_calendar_does_not_cover_is_a_clear_chinese_error() -> None:
    with pytest.raises(InputError) as info:
        is_workday(date(2099, 3, 2))
    assert "节假日数据不含2099年" in str(info.value)
    assert "chinese-calendar" in str(info.value)


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [(date(2024, 3, 14), 3, date(2024, 6, 14)), (date(2024, 11, 30), 3, date(2025, 2, 28)),
     (date(2023, 5, 31), 3, date(2023, 8, 31)), (date(2024, 8, 31), 6, date(2025, 2, 28))],
)
def test_months_end_on_the_same_day_or_the_last_day_of_a_short_month(start: date, months: int, end: date) -> None:
    assert add_months(start, months) == end


# ------------------------------------------------------------------ statuses
RULE = DeadlineRule(name="online_inquiry_x", label="网络查控", start=["filed_on"], end="online_inquiry_on",
                    period={"days": 10}, warn_days=3, source="种子003")  # type: ignore[arg-type]
NOT_BEFORE = DeadlineRule(name="min_x", label="终本", kind="not_before", start=["filed_on"], end="closed_on",
                          period={"days": 90}, source="种子002")  # type: ignore[arg-type]
FILED = date(2024, 3, 1)


@pytest.mark.parametrize(
    ("rule", "events", "today", "status"),
    [
        (RULE, {}, date(2024, 3, 5), "ok"),
        (RULE, {}, date(2024, 3, 8), "due_soon"),
        (RULE, {}, date(2024, 3, 11), "due_soon"),
        (RULE, {}, date(2024, 3, 12), "overdue"),
        (RULE, {"online_inquiry_on": date(2024, 3, 11)}, date(2024, 4, 1), "met"),
        (RULE, {"online_inquiry_on": date(2024, 3, 12)}, date(2024, 4, 1), "late"),
        (RULE, {"closed_on": date(2024, 3, 20)}, date(2024, 4, 1), "unrecorded"),
        (NOT_BEFORE, {}, date(2024, 5, 30), "not_yet"),
        (NOT_BEFORE, {}, date(2024, 5, 31), "ok"),
        (NOT_BEFORE, {"closed_on": date(2024, 5, 30)}, date(2024, 6, 1), "too_early"),
        (NOT_BEFORE, {"closed_on": date(2024, 5, 31)}, date(2024, 6, 1), "met"),
    ],
)
def test_status_of_a_deadline(rule: DeadlineRule, events: dict[str, date], today: date, status: str) -> None:
    result = evaluate_rule(rule, {"filed_on": FILED, **events}, today)
    assert result is not None and result.status == status


def test_a_deadline_whose_start_event_has_not_happened_is_not_listed() -> None:
    assert evaluate_rule(RULE.model_copy(update={"start": ["assigned_on"]}), {"filed_on": FILED}, FILED) is None


# ------------------------------------------------------------------ per court
def test_online_inquiry_is_due_in_2_days_at_kyqq_and_10_days_in_luoyang(contract_case_dict: dict[str, Any]) -> None:
    kyqq = build(contract_case_dict, court="科尔沁右翼前旗人民法院", case_number="（2024）蒙2221执7号", closing=None)
    luoyang = build(contract_case_dict, court="洛阳市中级人民法院", case_number="（2024）豫03执7号", closing=None)
    today = date(2024, 3, 20)
    a, b = statuses(kyqq, today), statuses(luoyang, today)
    assert a["online_inquiry_2_days"].due_on == date(2024, 3, 16) and a["online_inquiry_2_days"].status == "overdue"
    assert b["online_inquiry_10_days"].due_on == date(2024, 3, 24) and b["online_inquiry_10_days"].status == "ok"
    assert "online_inquiry_10_days" not in a and "online_inquiry_2_days" not in b


@pytest.mark.parametrize(
    ("court", "track", "name", "days"),
    [("seed004", "county_fast_track", "county_fast_track_30_days", 30),
     ("seed001", "full_deduction", "full_deduction_7_days", 7),
     ("seed001", "business_environment", "business_environment_45_days", 45),
     ("seed001", "simple", "simple_case_60_days", 60),
     ("seed001", "government", "government_case_90_days", 90),
     ("seed001", "financial", "financial_case_75_days", 75)],
)
def test_fast_track_limits_follow_the_streaming_result(contract_case_dict: dict[str, Any], court: str, track: str,
                                                       name: str, days: int) -> None:
    case = build(contract_case_dict, closing=None, track=track)
    found = statuses(case, date(2024, 3, 15), court)
    assert found[name].due_on == date(2024, 3, 14) + timedelta(days=days)
    assert name not in statuses(build(contract_case_dict, closing=None), date(2024, 3, 15), court)


def test_entrusted_matters_are_answered_in_5_working_days(contract_case_dict: dict[str, Any]) -> None:
    case = build(contract_case_dict, closing=None, events={"entrusted_on": "2024-09-27"})
    found = statuses(case, date(2024, 10, 9), "seed000")["entrusted_reply_5_working_days"]
    assert found.due_on == date(2024, 10, 10)
    assert found.status == "due_soon" and found.period == "5个工作日"


def test_case_money_is_notified_the_same_day(contract_case_dict: dict[str, Any]) -> None:
    case = build(contract_case_dict, events={"money_received_on": "2024-05-06", "money_notified_on": "2024-05-07"})
    found = statuses(case, date(2024, 5, 20), "seed001")
    assert found["money_notice_same_day"].status == "late"
    assert found["money_report_7_days"].due_on == date(2024, 5, 13)


# ------------------------------------------------------------------ the case's event fields
@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [({"events": {"lunch_on": "2024-03-15"}}, "events.lunch_on", "未知的事件名"),
     ({"events": {"online_inquiry_on": "2024-02-30"}}, "events.online_inquiry_on", "不是有效日期"),
     ({"track": "very_fast"}, "track", "不在允许范围内")],
)
def test_a_wrong_event_or_track_is_refused_naming_the_field(contract_case_dict: dict[str, Any],
                                                            fields: dict[str, Any], field: str, words: str) -> None:
    case = build(contract_case_dict, **fields)
    with pytest.raises(CaseDataError) as info:
        statuses(case, date(2024, 3, 15))
    assert info.value.field is not None and info.value.field.startswith(field)
    assert words in str(info.value)


# ------------------------------------------------------------------ the command
def write_case(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    return path


def test_the_deadlines_command_lists_due_dates_and_statuses(tmp_path: Path, contract_case_dict: dict[str, Any]) -> None:
    data = {**contract_case_dict, "closing": None, "events": {"received_on": "2024-03-12"}}
    path = write_case(tmp_path, data)
    out = CliRunner().invoke(cli, ["deadlines", "--case", str(path), "--today", "2024-03-21", "--json"])
    assert out.exit_code == 0, out.output
    listed = {d["name"]: d for d in json.loads(out.stdout)["deadlines"]}
    notice = listed["enforcement_notice_10_days"]
    assert (notice["start_event"], notice["due_on"], notice["status"]) == ("received_on", "2024-03-22", "due_soon")
    assert listed["filing_decision_7_days"]["status"] == "met"
    text = CliRunner().invoke(cli, ["deadlines", "--case", str(path), "--today", "2024-03-21"])
    assert "【即将到期】收到申请执行书后十日内发出执行通知" in text.stdout
    assert "到期日2024年3月22日" in text.stdout


@pytest.mark.parametrize(("args", "words"), [(["--today", "2024-13-01"], "不是有效日期"),
                                             (["--court", "seed000", "--today", "2099-01-01"], "节假日数据不含")])
def test_bad_input_to_the_deadlines_command_exits_2(tmp_path: Path, contract_case_dict: dict[str, Any],
                                                    args: list[str], words: str) -> None:
    data = {**contract_case_dict, "closing": None, "events": {"entrusted_on": "2098-12-30"}}
    out = CliRunner().invoke(cli, ["deadlines", "--case", str(write_case(tmp_path, data)), *args])
    assert out.exit_code == 2
    assert words in out.stderr
    assert out.stdout == ""


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [({"events": {"lunch_on": "2024-03-15"}}, "events.lunch_on", "未知的事件名"),
     ({"track": "very_fast"}, "track", "不在允许范围内"),
     ({"events": ["2024-03-15"]}, "events", "")],
    ids=["unknown_event", "unknown_track", "events_not_a_mapping"],
)
def test_the_command_centre_given_a_wrong_event_or_track_is_told_the_field(
        tmp_path: Path, contract_case_dict: dict[str, Any], fields: dict[str, Any], field: str, words: str) -> None:
    path = write_case(tmp_path, {**contract_case_dict, **fields})
    out = CliRunner().invoke(cli, ["deadlines", "--case", str(path), "--today", "2024-03-21", "--json"])
    assert out.exit_code == 2
    assert f"字段 {field}" in out.stderr and words in out.stderr
    assert out.stdout == ""


def test_the_command_centre_given_a_malformed_case_file_is_told_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"case_number": "x",\n "court": }', encoding="utf-8")
    out = CliRunner().invoke(cli, ["deadlines", "--case", str(path), "--json"])
    assert out.exit_code == 2
    assert "JSON 格式错误（第2行" in out.stderr
    assert out.stdout == ""


# ------------------------------------------------------------------ a court's deadline file
DEADLINE_OVERLAY = """\
version: 1
id: test_court
title: 测试法院
source: 测试
add:
  - name: lunch_2_days
    label: 两日内吃饭
    start: [filed_on]
    end: lunch_on
    period: {days: 2}
    source: 测试
"""


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [(DEADLINE_OVERLAY, 6, "未知的事件名“lunch_on”"),
     (DEADLINE_OVERLAY.replace("end: lunch_on", "end: online_inquiry_on").replace("id: test_court", "id: Test"),
      2, "只能使用小写英文字母、数字和下划线")],
    ids=["unknown_event", "bad_id"],
)
def test_a_mistaken_deadline_overlay_names_the_file_and_line(tmp_path: Path, text: str, line: int,
                                                             words: str) -> None:
    """A court's deadline file is read like its checklist file: a mistake names the file and the line."""
    from dossier.deadlines.rules import DeadlineOverlay
    from dossier.errors import ChecklistDataError
    from dossier.rules.yamldata import load_model

    path = tmp_path / "test_court.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ChecklistDataError) as info:
        load_model(DeadlineOverlay, path, label="dossier/deadlines/courts/test_court.yaml")
    assert "dossier/deadlines/courts/test_court.yaml" in str(info.value)
    assert f"第{line}行" in str(info.value) and words in str(info.value)


def test_a_deadline_overlay_adds_a_rule_the_case_then_shows(tmp_path: Path, contract_case_dict: dict[str, Any]) -> None:
    from dossier.deadlines.rules import DeadlineOverlay, DeadlineSet
    from dossier.rules.overlays import LoadedOverlay, apply_overlay
    from dossier.rules.yamldata import load_model

    path = tmp_path / "test_court.yaml"
    path.write_text(DEADLINE_OVERLAY.replace("end: lunch_on", "end: online_inquiry_on"), encoding="utf-8")
    model, lines = load_model(DeadlineOverlay, path)
    rules = apply_overlay(load_deadlines().rules, LoadedOverlay(model, lines, str(path)), DeadlineRule,
                          lambda r: r.name)
    case = build(contract_case_dict, closing=None)
    found = {d.name: d for d in case_deadlines(case, DeadlineSet(rules=rules, overlays=[model.id]), date(2024, 3, 15))}
    assert found["lunch_2_days"].due_on == date(2024, 3, 16) and found["lunch_2_days"].status == "due_soon"
