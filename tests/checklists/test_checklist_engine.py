"""The clerk's checklist stories, table-driven from DOMAIN.md's lists: given what a submission or a
closing dossier holds, these are the items the clerk sees missing, and why."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from checklist_stories import CLOSING_COMMON, ENFORCEMENT_FILING, Check
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.checklists import Present, decide, evaluate, load_checklist, missing_items
from dossier.doctypes import doctypes
from dossier.model import Case

PERSON = {"name": "张三", "kind": "person", "id_number": "410303198001011237"}
LAWYER = {"name": "李四", "kind": "lawyer", "firm": "河南某某律师事务所"}
ORGANISATION = {"name": "洛阳某某商贸有限公司", "kind": "organisation", "id_number": "91410300MA44XYBQ7E"}

# DOMAIN.md "Filing checklists": category → (case changes, exactly the codes an empty submission lacks)
FILING_LISTS: dict[str, tuple[dict[str, Any], set[str]]] = {
    "enforcement": ({}, set(ENFORCEMENT_FILING)),
    "objection": ({"category": "objection", "case_number": "（2024）豫0311执异12号"},
                  {"objection_application", "identity_proof", "evidence", "power_of_attorney", "law_firm_letter",
                   "lawyer_license"}),
    "resumption": ({"category": "resumption", "case_number": "（2024）豫0311执恢12号", "applicants": [PERSON]},
                   {"resumption_application", "enforcement_basis", "termination_this_round_ruling",
                    "resumption_ruling", "identity_proof", "payment_account_confirmation",
                    "service_address_confirmation"}),
    "transfer": ({"category": "transfer", "basis": {"kind": "criminal"}, "applicants": [PERSON]},
                 {"transfer_statement", "enforcement_basis", "property_status_statement"}),
}


@pytest.mark.parametrize("category", list(FILING_LISTS))
def test_an_empty_submission_lacks_exactly_the_category_list(category: str, make_case: Callable[..., Case],
                                                             check: Check) -> None:
    changes, expected = FILING_LISTS[category]
    assert set(check(make_case(**changes))) == expected


@pytest.mark.parametrize(("category", "code"),
                         [(c, code) for c, (_, codes) in FILING_LISTS.items() for code in sorted(codes)])
def test_leaving_out_one_material_is_exactly_what_the_clerk_sees(category: str, code: str,
                                                                  make_case: Callable[..., Case],
                                                                  check: Check) -> None:
    changes, expected = FILING_LISTS[category]
    if category == "resumption":
        changes = {**changes, "resumption": {"application_signed_by": "original_undertaker",
                                             "ruling_signed_by": "bureau_chief"}}
    case = make_case(**changes)
    declared = [c for c in expected if c != code]
    assert list(check(case, declared)) == [code]
    assert check(case, expected) == {}


@pytest.mark.parametrize(
    ("agent", "needed"),
    [
        ({"name": "李四", "kind": "lawyer"}, {"power_of_attorney", "law_firm_letter", "lawyer_license"}),
        ({"name": "张小三", "kind": "relative"}, {"power_of_attorney", "kinship_proof"}),
        ({"name": "王某", "kind": "other"}, {"power_of_attorney"}),
        (None, set()),
    ],
    ids=["lawyer", "relative", "other", "no_agent"],
)
def test_agent_papers_follow_the_agent_kind(agent: dict[str, str] | None, needed: set[str],
                                            make_case: Callable[..., Case], check: Check) -> None:
    applicant = {**PERSON, **({"agent": agent} if agent else {})}
    case = make_case(applicants=[applicant])
    base = [c for c in ENFORCEMENT_FILING if c not in {"power_of_attorney", "law_firm_letter", "lawyer_license"}]
    assert set(check(case, base)) == needed


@pytest.mark.parametrize(("basis_kind", "needs_certificate"),
                         [("judgment", False), ("mediation", False), ("arbitration", True), ("notarial", True),
                          ("criminal", False)])
def test_arbitral_and_notarial_bases_need_an_effectiveness_certificate(
        basis_kind: str, needs_certificate: bool, make_case: Callable[..., Case], check: Check) -> None:
    case = make_case(basis={"kind": basis_kind})
    missing = check(case, ENFORCEMENT_FILING)
    assert ("effectiveness_certificate" in missing) is needs_certificate
    if needs_certificate:
        assert "仲裁" in missing["effectiveness_certificate"].reason


@pytest.mark.parametrize(("party", "words"), [(PERSON, "居民身份证"), (ORGANISATION, "营业执照")],
                         ids=["person", "organisation"])
def test_identity_proof_asked_for_depends_on_the_party_kind(party: dict[str, Any], words: str,
                                                            make_case: Callable[..., Case], check: Check) -> None:
    case = make_case(applicants=[party])
    item = check(case, [])["identity_proof"]
    assert words in item.label


@pytest.mark.parametrize("alternative", ["service_address_confirmation", "whereabouts_unknown_proof"])
def test_either_alternative_satisfies_the_address_item_and_the_reason_says_which(
        alternative: str, make_case: Callable[..., Case]) -> None:
    case = make_case()
    declared = [c for c in ENFORCEMENT_FILING if c != "service_address_confirmation"] + [alternative]
    results = evaluate(case, Present.from_codes(declared), load_checklist(case=case), stage="filing")
    item = next(r for r in results if r.id == "service_address")
    assert item.status == "satisfied"
    assert item.satisfied_by == [alternative]
    assert doctypes()[alternative].label in item.reason


def test_with_neither_alternative_the_code_is_the_first_and_both_are_listed(make_case: Callable[..., Case],
                                                                         check: Check) -> None:
    item = check(make_case(), [])["service_address_confirmation"]
    assert item.alternatives == ["service_address_confirmation", "whereabouts_unknown_proof"]
    assert "送达地址确认书" in item.label and "下落不明证明" in item.label


RESUMED = {"category": "resumption", "case_number": "（2024）豫0311执恢12号", "applicants": [PERSON]}
RESUMPTION_FILING = ["resumption_application", "enforcement_basis", "termination_ruling", "resumption_ruling",
                     "identity_proof", "payment_account_confirmation", "whereabouts_unknown_proof"]


@pytest.mark.parametrize(
    ("signed", "missing"),
    [
        ({"application_signed_by": "original_undertaker", "ruling_signed_by": "original_undertaker"}, set()),
        ({"application_signed_by": "bureau_chief", "ruling_signed_by": "bureau_chief"}, set()),
        ({"application_signed_by": "none", "ruling_signed_by": "bureau_chief"}, {"resumption_application"}),
        ({"ruling_signed_by": "original_undertaker"}, {"resumption_application"}),
        (None, {"resumption_application", "resumption_ruling"}),
    ],
    ids=["original_undertaker", "bureau_chief", "unsigned", "application_unknown", "nothing_known"],
)
def test_resumption_papers_need_the_original_undertaker_or_the_bureau_chief(
        signed: dict[str, str] | None, missing: set[str], make_case: Callable[..., Case], check: Check) -> None:
    case = make_case(**RESUMED, resumption=signed)
    found = check(case, RESUMPTION_FILING)
    assert set(found) == missing
    for code in missing:
        assert "原承办人或执行局局长签字确认" in found[code].reason


def test_a_signature_seen_on_the_page_counts_like_the_case_field(make_case: Callable[..., Case],
                                                                 check: Check) -> None:
    case = make_case(**RESUMED, resumption=None)
    present = Present.from_codes(RESUMPTION_FILING).model_copy(update={"signatures": {
        "resumption_application": "bureau_chief", "resumption_ruling": "original_undertaker"}})
    assert check(case, present=present) == {}


def closing_case(make_case: Callable[..., Case], method: str, **facts: bool) -> Case:
    return make_case(closing={"method": method, "closed_on": "2024-07-01"},
                     facts={"respondent_missing": False, "obstruction": False, "dishonest_list": False, **facts})


# DOMAIN.md "Closing and archiving": method → codes a dossier with the filing papers and the common closing
# papers still lacks.
CLOSING_LISTS = {
    "fully_performed": {"settlement_agreement", "closing_notice"},
    "terminated_this_round": {"consumption_restriction_order", "online_inquiry_result", "investigation_record",
                              "interview_record", "termination_this_round_ruling",
                              "service_receipt:termination_this_round_ruling"},
    "terminated": {"termination_ruling", "service_receipt:termination_ruling", "evidence"},
    "not_enforced": {"enforcement_ruling", "service_receipt:enforcement_ruling"},
    "rejected": {"enforcement_ruling", "service_receipt:enforcement_ruling"},
}


@pytest.mark.parametrize("method", list(CLOSING_LISTS))
def test_each_closing_method_has_its_own_list(method: str, make_case: Callable[..., Case], check: Check) -> None:
    case = closing_case(make_case, method)
    declared = ENFORCEMENT_FILING + CLOSING_COMMON
    assert set(check(case, declared, stage="closing", today=date(2024, 7, 1))) == CLOSING_LISTS[method]
    complete = declared + [c for c in CLOSING_LISTS[method] if c != "settlement_agreement"]
    if method == "fully_performed":
        complete.append("payment_voucher")
    assert check(case, complete, stage="closing", today=date(2024, 7, 1)) == {}


def test_the_common_closing_papers_are_required_whatever_the_method(make_case: Callable[..., Case],
                                                                    check: Check) -> None:
    case = closing_case(make_case, "fully_performed")
    missing = check(case, [*ENFORCEMENT_FILING, "payment_voucher", "closing_notice"], stage="closing")
    assert set(missing) == {"acceptance_notice", "service_receipt:enforcement_notice",
                            "service_receipt:property_report_order", "closing_approval_form"}


@pytest.mark.parametrize(
    ("declared", "satisfied"),
    [(["payment_voucher"], True), (["settlement_agreement"], False),
     (["settlement_agreement", "interview_record"], True)],
    ids=["voucher", "agreement_alone", "agreement_and_record"],
)
def test_performance_is_proven_by_a_voucher_or_an_agreement_with_proof(
        declared: list[str], satisfied: bool, make_case: Callable[..., Case], check: Check) -> None:
    case = closing_case(make_case, "fully_performed")
    missing = check(case, [*ENFORCEMENT_FILING, *CLOSING_COMMON, "closing_notice", *declared], stage="closing")
    assert ("settlement_agreement" not in missing) is satisfied
    if not satisfied:
        assert missing["settlement_agreement"].alternatives == ["settlement_agreement", "payment_voucher"]


@pytest.mark.parametrize(
    ("fact", "code"),
    [("dishonest_list", "dishonest_list_decision"), ("obstruction", "fine_decision"),
     ("respondent_missing", "investigation_record")],
)
def test_facts_of_the_case_add_terminated_this_round_requirements(fact: str, code: str,
                                                                  make_case: Callable[..., Case],
                                                                  check: Check) -> None:
    done = [*ENFORCEMENT_FILING, *CLOSING_COMMON, *CLOSING_LISTS["terminated_this_round"]]
    without = closing_case(make_case, "terminated_this_round")
    with_fact = closing_case(make_case, "terminated_this_round", **{fact: True})
    assert check(without, done, stage="closing") == {}
    # investigation_record is already there (clue check); the search record is the same document type
    if code == "investigation_record":
        results = evaluate(with_fact, Present.from_codes(done), load_checklist(case=with_fact), stage="closing")
        search = next(r for r in results if r.id == "investigation_record.search")
        assert search.status == "satisfied" and "下落不明" in search.reason
    else:
        assert list(check(with_fact, done, stage="closing")) == [code]
    if code == "fine_decision":
        assert check(with_fact, [*done, "detention_decision"], stage="closing") == {}


def test_a_document_without_its_receipt_is_not_served(make_case: Callable[..., Case], check: Check) -> None:
    case = closing_case(make_case, "not_enforced")
    declared = [*ENFORCEMENT_FILING, "acceptance_notice", "enforcement_notice", "property_report_order",
                "service_receipt:property_report_order", "closing_approval_form", "enforcement_ruling",
                "service_receipt:enforcement_ruling"]
    missing = check(case, declared, stage="closing")
    assert list(missing) == ["service_receipt:enforcement_notice"]
    assert missing["service_receipt:enforcement_notice"].label == "执行通知书送达回证"
    assert "未见载明执行通知书的送达回证" in missing["service_receipt:enforcement_notice"].reason


def test_a_receipt_without_the_document_it_names_is_not_enough(make_case: Callable[..., Case],
                                                                check: Check) -> None:
    case = closing_case(make_case, "not_enforced")
    declared = [c for c in CLOSING_COMMON if c != "enforcement_notice"]
    missing = check(case, [*ENFORCEMENT_FILING, *declared, "enforcement_ruling",
                           "service_receipt:enforcement_ruling"], stage="closing")
    assert list(missing) == ["service_receipt:enforcement_notice"]
    assert "有载明执行通知书的送达回证，但缺少执行通知书本身" in missing["service_receipt:enforcement_notice"].reason


def test_neither_document_nor_receipt(make_case: Callable[..., Case], check: Check) -> None:
    case = closing_case(make_case, "not_enforced")
    declared = [c for c in CLOSING_COMMON if "enforcement_notice" not in c]
    missing = check(case, [*ENFORCEMENT_FILING, *declared, *CLOSING_LISTS["not_enforced"]], stage="closing")
    assert "缺少执行通知书及载明它的送达回证" in missing["service_receipt:enforcement_notice"].reason


def test_the_archive_stage_adds_cover_catalogue_review_form_and_remarks(make_case: Callable[..., Case],
                                                                       check: Check) -> None:
    case = closing_case(make_case, "not_enforced")
    closing_done = [*ENFORCEMENT_FILING, *CLOSING_COMMON, *CLOSING_LISTS["not_enforced"]]
    assert check(case, closing_done, stage="closing") == {}
    assert set(check(case, closing_done, stage="archive")) == {"dossier_cover", "catalogue", "file_review_form",
                                                               "remarks_sheet"}


TERMINATED_DONE = [*ENFORCEMENT_FILING, *CLOSING_COMMON, *CLOSING_LISTS["terminated_this_round"]]


@pytest.mark.parametrize(
    ("filed", "closed", "missing"),
    [("2023-02-01", "2023-05-02", False), ("2023-02-01", "2023-05-01", True), ("2023-02-01", "2023-03-15", True)],
    ids=["just_over_three_months", "exactly_three_months", "six_weeks"],
)
def test_terminated_this_round_only_after_three_months(filed: str, closed: str, missing: bool,
                                                       make_case: Callable[..., Case], check: Check) -> None:
    case = make_case(filed_on=filed, case_number="（2023）豫0311执12号",
                     closing={"method": "terminated_this_round", "closed_on": closed},
                     facts={"dishonest_list": False})
    found = check(case, TERMINATED_DONE, stage="closing")
    assert ("deadline:terminated_this_round_min_3_months" in found) is missing
    if missing:
        assert "最早可于2023年5月2日" in found["deadline:terminated_this_round_min_3_months"].reason


def test_a_closing_not_yet_dated_is_judged_on_today(make_case: Callable[..., Case], check: Check) -> None:
    case = make_case(closing={"method": "terminated_this_round"}, facts={"dishonest_list": False})
    early = check(case, TERMINATED_DONE, stage="closing", today=date(2024, 5, 1))
    assert "至今未超过3个月" in early["deadline:terminated_this_round_min_3_months"].reason
    assert check(case, TERMINATED_DONE, stage="closing", today=date(2024, 7, 1)) == {}
    unknown = check(case, TERMINATED_DONE, stage="closing", today=None)
    assert "缺少结案日期" in unknown["deadline:terminated_this_round_min_3_months"].reason


def test_every_result_says_which_condition_applied_or_why_not(make_case: Callable[..., Case]) -> None:
    case = make_case()
    results = evaluate(case, Present(), load_checklist(case=case), stage="filing")
    by_id = {r.id: r for r in results}
    assert by_id["law_firm_letter"].reason.startswith("缺少律师事务所函")
    assert by_id["law_firm_letter"].applies == "适用：案件类别为申请执行或执行异议；委托律师代理"
    assert by_id["kinship_proof"].status == "not_applicable"
    assert by_id["kinship_proof"].reason == "不适用：本案不满足“委托近亲属代理”"
    assert by_id["dossier_cover"].reason == "不适用：立案阶段不审查此项"


CODES = sorted(set(ENFORCEMENT_FILING + CLOSING_COMMON) | set().union(*CLOSING_LISTS.values())
               | {"payment_voucher", "whereabouts_unknown_proof", "kinship_proof"})


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(base=st.sets(st.sampled_from(CODES)), more=st.sets(st.sampled_from(CODES)),
       method=st.sampled_from(list(CLOSING_LISTS)))
def test_handing_in_more_never_makes_something_missing(base: set[str], more: set[str], method: str,
                                                        make_case: Callable[..., Case]) -> None:
    case = closing_case(make_case, method)
    checklist = load_checklist(case=case)
    before = evaluate(case, Present.from_codes(base), checklist, stage="closing", today=date(2024, 7, 1))
    after = evaluate(case, Present.from_codes(base | more), checklist, stage="closing", today=date(2024, 7, 1))
    for b, a in zip(before, after, strict=True):
        assert not (b.status == "satisfied" and a.status == "missing"), (b.id, b.reason, a.reason)
    missing = missing_items(after)
    assert (decide("closing", missing, []) == "approve") is (not missing)


@pytest.mark.parametrize(
    ("condition", "changes", "holds", "words"),
    [
        ({"respondent_kind": ["organisation"]}, {}, True, "被执行人为法人或其他组织"),
        ({"respondent_kind": ["person"]}, {}, False, "被执行人为自然人"),
        ({"applicant_kind": ["person"]}, {}, True, "申请人为自然人"),
        ({"case_type": ["执保"]}, {"case_number": "（2024）豫0311执保3号"}, True, "案号类型代字为“执保”"),
        ({"case_type": ["执保"]}, {}, False, "案号类型代字为“执保”"),
        ({"track": ["financial"]}, {"track": "financial"}, True, "分流类型为涉金融案件"),
        ({"facts": {"respondent_missing": False}}, {}, True, "非被执行人下落不明"),
        ({"category": ["enforcement"], "closing_method": ["terminated"]}, {}, False, "结案方式为终结执行"),
    ],
)
def test_each_kind_of_condition_reads_and_decides_in_chinese(condition: dict[str, Any], changes: dict[str, Any],
                                                             holds: bool, words: str,
                                                             make_case: Callable[..., Case]) -> None:
    from dossier.rules.conditions import Condition

    ok, reason = Condition.model_validate(condition).check(make_case(**changes))
    assert ok is holds
    assert words in reason


def test_a_statement_of_the_respondents_property_stands_for_the_clue_form(make_case: Callable[..., Case]) -> None:
    """荆门东宝 (court_eg_01, court_eg_02): the applicant filled the window's 被执行人财产状况表 — what the respondent
    owns and where, the clues the clue form asks for. The complete dossiers were sent back for lacking the
    财产线索表; the statement stands for it, and the reason says so."""
    case = make_case()
    declared = [c for c in ENFORCEMENT_FILING if c != "property_clue_form"] + ["property_status_statement"]
    results = evaluate(case, Present.from_codes(declared), load_checklist(case=case), stage="filing")
    item = next(r for r in results if r.id == "property_clue_form")
    assert (item.status, item.satisfied_by) == ("satisfied", ["property_status_statement"])
    neither = evaluate(case, Present.from_codes(declared[:-1]), load_checklist(case=case), stage="filing")
    assert next(r for r in neither if r.id == "property_clue_form").status != "satisfied"


def test_a_transfers_fine_paid_on_the_treasurys_bill_proves_performance_an_applicants_fee_bill_does_not(
        make_case: Callable[..., Case], check: Check) -> None:
    """A criminal fine transferred for enforcement (成华 court_hg_02) is paid on the finance bureau's 非税收入缴款书
    (罚没收入), which the reader calls a fee receipt by its title: a transfer carries no application fee, so the bill is
    the payment. In a case an applicant brought, the same bill is the fee and proves nothing paid out."""
    transfer = make_case(category="transfer", basis={"kind": "criminal"}, applicants=[PERSON],
                         closing={"method": "fully_performed", "closed_on": "2024-07-01"})
    filed = ["transfer_statement", "enforcement_basis", "property_status_statement", *CLOSING_COMMON,
             "closing_notice"]
    assert "payment_voucher" in check(transfer, filed, stage="closing")
    assert "payment_voucher" not in check(transfer, [*filed, "fee_receipt"], stage="closing")
    applied = closing_case(make_case, "fully_performed")
    missing = check(applied, [*ENFORCEMENT_FILING, *CLOSING_COMMON, "closing_notice"], stage="closing")
    assert "settlement_agreement" in missing and "fee_receipt" in ENFORCEMENT_FILING


def test_an_alternative_reported_as_no_option_is_refused_when_the_checklist_loads() -> None:
    from pydantic import ValidationError

    from dossier.checklists.schema import Item
    with pytest.raises(ValidationError, match="reported_as"):
        Item(id="x", any_of=["payment_voucher", "fee_receipt"], reported_as="closing_notice", stages=["closing"],
             why="为什么", source="种子")
