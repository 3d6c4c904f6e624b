"""What a template is given: parties, money, basis and statutes written the way court documents are."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from template_cases import AMP_PERSON, LONG_ORG, complex_case_dict

from dossier.errors import CaseDataError, TemplateError
from dossier.intake.case_file import case_from_dict
from dossier.model import Case
from dossier.render.context import BLANK, build_context, context_fields
from dossier.statutes import application_fee

ON = date(2024, 3, 20)


def ctx(case: Case, doc_type: str = "enforcement_notice", **extra: Any) -> dict[str, Any]:
    return build_context(case, doc_type, doc_id="T-1", issued_on=ON, extra=extra)


def strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def test_a_person_reads_with_sex_and_birth_date_taken_from_the_id_number(complex_case: Case) -> None:
    applicants = ctx(complex_case)["applicants"]
    assert applicants[0]["line"] == ("申请执行人：张三，男，1980年1月1日出生，住河南省洛阳市老城区中州东路12号，"
                                     "公民身份号码410303198001011237。")
    assert applicants[1]["line"].startswith("申请执行人：周秀兰，女，1956年7月12日出生，")


def test_an_invalid_id_number_gives_no_invented_sex_or_birth_date() -> None:
    d = complex_case_dict()
    d["applicants"][0]["id_number"] = "410303198001011230"
    line = ctx(case_from_dict(d))["applicants"][0]["line"]
    assert "男" not in line and "出生" not in line
    assert "公民身份号码410303198001011230" in line


def test_an_organisation_reads_with_address_credit_code_and_legal_representative(complex_case: Case) -> None:
    r = ctx(complex_case)["respondents"][0]
    assert r["lines"][0] == f"被执行人：{LONG_ORG}，住所地河南省洛阳市老城区民主街8号，统一社会信用代码91410300MA44XYBQ7E。"
    assert r["lines"][1] == "法定代表人：王五。"
    assert r["you"] == "你单位"


def test_agents_are_described_by_kind(complex_case: Case) -> None:
    c = ctx(complex_case)
    assert c["applicants"][0]["lines"][-1] == "委托代理人：李四，河南某某律师事务所律师。"
    assert c["applicants"][1]["lines"][-1] == "委托代理人：周建国，系申请执行人周秀兰的近亲属。"
    assert c["respondents"][2]["lines"][-1] == "委托代理人：钱七。"


def test_several_respondents_are_addressed_together(complex_case: Case) -> None:
    c = ctx(complex_case)
    assert c["respondent_names"].split("、")[0] == LONG_ORG
    assert c["respondent_names"].endswith(AMP_PERSON)
    assert c["respondents_you"] == "你们"


@pytest.mark.parametrize(("kind", "court", "number", "expected"), [
    ("judgment", "洛阳市老城区人民法院", "（2023）豫0311民初567号", "洛阳市老城区人民法院（2023）豫0311民初567号民事判决书"),
    ("mediation", "洛阳市老城区人民法院", "（2024）豫0311民初88号", "洛阳市老城区人民法院（2024）豫0311民初88号民事调解书"),
    ("arbitration", "洛阳仲裁委员会", "（2023）洛仲字第12号", "洛阳仲裁委员会（2023）洛仲字第12号裁决书"),
    ("notarial", "河南省洛阳市某某公证处", "（2023）豫洛证字第1号", "河南省洛阳市某某公证处（2023）豫洛证字第1号公证债权文书"),
    ("criminal", "洛阳市中级人民法院", "（2022）豫03刑初5号", "洛阳市中级人民法院（2022）豫03刑初5号刑事判决书"),
])
def test_the_basis_is_named_by_its_kind(kind: str, court: str, number: str, expected: str) -> None:
    d = complex_case_dict()
    d["basis"] = {"kind": kind, "court": court, "case_number": number}
    assert ctx(case_from_dict(d))["basis_desc"] == expected


def test_money_is_written_in_figures_and_capitals(complex_case: Case) -> None:
    c = ctx(complex_case)
    assert c["amount_full"] == "人民币123,456.78元（大写：壹拾贰万叁仟肆佰伍拾陆元柒角捌分）"
    assert c["fee_full"] == "人民币1,751.85元（大写：壹仟柒佰伍拾壹元捌角伍分）"


def test_an_amount_that_is_not_a_number_is_an_error_naming_the_field() -> None:
    d = complex_case_dict()
    d["amount"] = "十二万"
    with pytest.raises(CaseDataError) as err:
        ctx(case_from_dict(d))
    assert err.value.field == "amount"


def test_missing_staff_are_blank_lines_never_none() -> None:
    d = complex_case_dict()
    del d["staff"]
    d.pop("resumption")
    d.pop("amount")
    c = ctx(case_from_dict(d), "payment_notice")
    assert c["staff"]["judge"] == BLANK and c["staff"]["clerk"] == BLANK
    assert all("None" not in s for s in strings(c))


def test_the_date_is_in_chinese_numerals(complex_case: Case) -> None:
    c = ctx(complex_case)
    assert c["date_cn"] == "二〇二四年三月二十日"
    assert c["filed_on_cn"] == "二〇二四年三月十四日"


def test_legal_basis_follows_the_issue_date(complex_case: Case) -> None:
    before = build_context(complex_case, "property_report_order", doc_id="x", issued_on=date(2023, 12, 31), extra=None)
    after = build_context(complex_case, "property_report_order", doc_id="x", issued_on=date(2024, 1, 2), extra=None)
    assert "第二百四十八条" in before["legal_basis"] and "第二百五十二条" in after["legal_basis"]


def test_the_default_ruling_authorises_freezing_deducting_and_sealing_up_to_the_amount(complex_case: Case) -> None:
    c = ctx(complex_case, "enforcement_ruling")
    assert len(c["measures"]) == 1
    assert c["measures"][0].startswith("一、冻结、划拨被执行人")
    assert "以人民币123,456.78元" in c["measures"][0]
    assert c["legal_basis"] == "《中华人民共和国民事诉讼法》第一百五十七条第一款第十一项、第二百五十三条、第二百五十四条、第二百五十五条"


def test_measures_from_the_case_drive_the_ruling_and_its_basis() -> None:
    d = complex_case_dict()
    d["measures"] = [
        {"action": "freeze", "property": "在中国工商银行股份有限公司洛阳分行账户内的存款", "limit": "50000",
         "respondent": AMP_PERSON},
        "查封被执行人名下位于洛阳市老城区的房产一套",
    ]
    c = ctx(case_from_dict(d), "enforcement_ruling")
    assert c["measures"][0] == (f"一、冻结被执行人{AMP_PERSON}在中国工商银行股份有限公司洛阳分行账户内的存款，"
                                "以人民币50,000.00元（大写：伍万元整）为限。")
    assert c["measures"][1] == "二、查封被执行人名下位于洛阳市老城区的房产一套。"
    assert "第二百五十三条、第二百五十五条" in c["legal_basis"] and "第二百五十四条" not in c["legal_basis"]


def test_a_long_list_of_measures_is_numbered_as_courts_number_items() -> None:
    """Given a ruling with 21 seized items, each line carries its Chinese number: 十、十一、二十一."""
    d = complex_case_dict()
    d["measures"] = [f"查封被执行人名下第{n}号车位" for n in range(1, 22)]
    numbers = [line.split("、", 1)[0] for line in ctx(case_from_dict(d), "enforcement_ruling")["measures"]]
    assert numbers[:3] == ["一", "二", "三"]
    assert numbers[9:12] == ["十", "十一", "十二"]
    assert numbers[19:] == ["二十", "二十一"]


def test_an_unknown_measure_is_named() -> None:
    d = complex_case_dict()
    d["measures"] = [{"action": "confiscate", "property": "车辆"}]
    with pytest.raises(TemplateError) as err:
        ctx(case_from_dict(d), "enforcement_ruling")
    assert err.value.field == "measures[0].action"


def test_a_dishonest_list_decision_cites_the_ground(complex_case: Case) -> None:
    c = ctx(complex_case, "dishonest_list_decision", dishonest_ground=4)
    assert c["dishonest_ground"] == "违反财产报告制度"
    assert "第一条第四项、第五条" in c["legal_basis"]


def test_one_receipt_per_served_document_and_respondent(complex_case: Case) -> None:
    receipts = ctx(complex_case, "service_receipt", served=["enforcement_notice", "property_report_order"])["receipts"]
    assert len(receipts) == 2 * 3
    assert {r["document"] for r in receipts} == {"执行通知书", "报告财产令"}
    assert receipts[0]["recipient"] == LONG_ORG


def test_an_acceptance_notice_is_served_on_the_applicants(complex_case: Case) -> None:
    receipts = ctx(complex_case, "service_receipt", served="acceptance_notice")["receipts"]
    assert [r["recipient"] for r in receipts] == ["张三", "周秀兰"]


def test_the_supplement_notice_lists_each_missing_item(complex_case: Case) -> None:
    c = ctx(complex_case, "supplement_notice",
            missing_items=[{"label": "授权委托书", "reason": "由代理人申请", "source": "申请执行人出具"},
                           {"label": "生效证明书", "reason": None, "source": "作出裁决的仲裁机构"}],
            problems=[{"message": "被执行人身份证号码校验码错误"}], deadline_days=3)
    assert [i["label"] for i in c["missing_items"]] == ["授权委托书", "生效证明书"]
    assert c["missing_items"][1]["reason"] == BLANK
    assert c["problems"] == ["被执行人身份证号码校验码错误"]
    assert c["supplement_deadline"] == "自收到本告知书之日起三日内"


def test_a_missing_item_without_a_label_is_named(complex_case: Case) -> None:
    with pytest.raises(TemplateError) as err:
        ctx(complex_case, "supplement_notice", missing_items=[{"reason": "x"}])
    assert err.value.field == "extra.missing_items[0].label"


@pytest.mark.parametrize(("amount", "fee"), [
    ("5000", "50.00"), ("10000", "50.00"), ("123456.78", "1751.85"), ("500000", "7400.00"),
    ("600000", "8400.00"), ("20000000", "87400.00"),
])
def test_application_fee_follows_the_brackets(amount: str, fee: str) -> None:
    assert application_fee(Decimal(amount)) == Decimal(fee)


@given(st.decimals(min_value=0, max_value=10**9, places=2), st.decimals(min_value=0, max_value=10**6, places=2))
def test_application_fee_never_falls_as_the_amount_grows(amount: Decimal, more: Decimal) -> None:
    assert Decimal(50) <= application_fee(amount) <= application_fee(amount + more)


def test_each_document_gets_the_common_part_and_only_its_own_part(complex_case: Case) -> None:
    """The catalogue declares each document's typed context: the ruling has measures, the notice none."""
    ruling = ctx(complex_case, "enforcement_ruling")
    notice = ctx(complex_case, "enforcement_notice")
    assert "measures" in ruling and "measures" not in notice
    assert set(notice) == context_fields("enforcement_notice")
    assert set(ruling) == context_fields("enforcement_ruling")
    assert "measure_provisions" not in ruling  # what the ruling cites shows in legal_basis, not as a field
    assert {k: v for k, v in ruling.items() if k in notice and k not in ("doc_type", "title", "legal_basis",
                                                                         "citations")} == \
        {k: v for k, v in notice.items() if k not in ("doc_type", "title", "legal_basis", "citations")}


def test_a_bad_measure_stops_the_ruling_but_not_a_notice_that_does_not_list_measures() -> None:
    d = complex_case_dict()
    d["measures"] = [{"action": "confiscate", "property": "车辆"}]
    case = case_from_dict(d)
    with pytest.raises(TemplateError, match="confiscate"):
        ctx(case, "enforcement_ruling")
    assert ctx(case, "enforcement_notice")["court"] == case.court


def test_a_type_without_a_template_is_refused_by_name(complex_case: Case) -> None:
    with pytest.raises(TemplateError, match="detention_order"):
        ctx(complex_case, "detention_order")
