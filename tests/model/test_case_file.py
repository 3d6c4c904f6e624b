"""A clerk hands over a case file: what is accepted, what is refused, and how the refusal reads."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from dossier.errors import CaseDataError, InputError
from dossier.intake.case_file import case_from_dict, load_case


def test_contract_example_is_accepted(contract_case_dict: dict[str, Any]) -> None:
    case = case_from_dict(contract_case_dict)
    assert case.case_number == "（2024）豫0311执1234号"
    assert case.amount_value == Decimal("123456.78")
    assert case.closing_method == "terminated_this_round"
    assert case.facts.dishonest_list is True
    assert case.applicants[0].agent is not None and case.applicants[0].agent.kind == "lawyer"


def test_unknown_fields_are_kept_not_refused(contract_case_dict: dict[str, Any]) -> None:
    contract_case_dict["undertaker_note"] = "申请人催办"
    contract_case_dict["respondents"][0]["branch"] = "西工分店"
    case = case_from_dict(contract_case_dict)
    dumped = case.model_dump()
    assert dumped["undertaker_note"] == "申请人催办"
    assert dumped["respondents"][0]["branch"] == "西工分店"


@pytest.mark.parametrize(
    ("mutate", "field", "words"),
    [
        (lambda d: d.update(category="divorce"), "category", "不在允许范围内"),
        (lambda d: d.update(filed_on="2024-02-30"), "filed_on", "不是有效日期"),
        (lambda d: d["applicants"][0].update(kind="robot"), "applicants[0].kind", "不在允许范围内"),
        (lambda d: d["applicants"][0]["agent"].update(kind="friend"), "applicants[0].agent.kind", "不在允许范围内"),
        (lambda d: d.pop("court"), "court", "缺少必填字段"),
        (lambda d: d.update(respondents=[]), "respondents", "至少需要一项"),
        (lambda d: d["closing"].update(method="gave_up"), "closing.method", "不在允许范围内"),
        (lambda d: d["basis"].update(kind="letter"), "basis.kind", "不在允许范围内"),
    ],
)
def test_bad_input_is_refused_naming_the_field(contract_case_dict: dict[str, Any], mutate: Any,
                                               field: str, words: str) -> None:
    mutate(contract_case_dict)
    with pytest.raises(CaseDataError) as info:
        case_from_dict(contract_case_dict)
    assert info.value.field == field
    assert words in info.value.message
    assert info.value.exit_code == 2


def test_malformed_json_names_the_file_and_line(tmp_path: Path) -> None:
    p = tmp_path / "case.json"
    p.write_text('{"case_number": "（2024）豫0311执1234号",\n "court": }', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_case(p)
    assert info.value.file == str(p)
    assert "第2行" in info.value.message


def test_amount_written_as_json_number_never_passes_through_float(tmp_path: Path,
                                                                  contract_case_dict: dict[str, Any]) -> None:
    text = json.dumps(contract_case_dict, ensure_ascii=False).replace('"123456.78"', "0.1")
    p = tmp_path / "case.json"
    p.write_text(text, encoding="utf-8")
    assert load_case(p).amount_value == Decimal("0.10")


def test_amount_that_is_not_a_number_is_kept_for_the_clerk_to_see(contract_case_dict: dict[str, Any]) -> None:
    contract_case_dict["amount"] = "十二万"
    case = case_from_dict(contract_case_dict)
    with pytest.raises(ValueError, match="不是数字"):
        case.amount_value  # noqa: B018
