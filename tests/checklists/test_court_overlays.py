"""Each seed court's own rules change what its clerks see: the same dossier passes at one court and
not at another, exactly where the seeds differ."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from checklist_stories import CLOSING_COMMON, ENFORCEMENT_FILING, Check

from dossier.checklists import load_checklist
from dossier.model import Case

TERMINATED = ["consumption_restriction_order", "online_inquiry_result", "investigation_record", "interview_record",
              "termination_this_round_ruling", "service_receipt:termination_this_round_ruling"]
KYQQ = {"court": "科尔沁右翼前旗人民法院", "case_number": "（2023）蒙2221执12号"}


@pytest.mark.parametrize(
    ("court", "case_court", "overlays"),
    [
        (None, {"court": "科尔沁右翼前旗人民法院"}, ["seed002"]),
        (None, {"case_number": "（2024）蒙2221执5号", "court": "某法院"}, ["seed002"]),
        (None, {"court": "洛阳市中级人民法院", "case_number": "（2024）豫03执5号"}, ["seed003"]),
        ("seed004", {}, ["seed004"]),
        ("蒙2221", {}, ["seed002"]),
        (None, {}, []),
    ],
    ids=["by_name", "by_court_code", "intermediate_court", "by_overlay_id", "code_given", "national_only"],
)
def test_the_court_is_recognised_by_name_code_or_overlay_id(court: str | None, case_court: dict[str, str],
                                                            overlays: list[str],
                                                            make_case: Callable[..., Case]) -> None:
    assert load_checklist(court=court, case=make_case(**case_court)).overlays == overlays


def terminated_case(make_case: Callable[..., Case], filed: str, closed: str, **court: str) -> Case:
    return make_case(filed_on=filed, closing={"method": "terminated_this_round", "closed_on": closed},
                     facts={"dishonest_list": False}, **({"case_number": "（2023）豫0311执12号"} | court))


def test_kyqq_wants_more_than_90_days_where_three_months_are_already_over(make_case: Callable[..., Case],
                                                                          check: Check) -> None:
    # 2023-02-01 → 2023-05-02: more than three months, but only 90 days.
    dossier = [*ENFORCEMENT_FILING, *CLOSING_COMMON, *TERMINATED]
    elsewhere = terminated_case(make_case, "2023-02-01", "2023-05-02")
    kyqq = terminated_case(make_case, "2023-02-01", "2023-05-02", **KYQQ)
    assert check(elsewhere, dossier, stage="closing") == {}
    missing = check(kyqq, dossier, stage="closing")
    assert list(missing) == ["deadline:terminated_this_round_min_90_days"]
    assert "种子002" in (missing["deadline:terminated_this_round_min_90_days"].source or "")
    assert check(terminated_case(make_case, "2023-02-01", "2023-05-03", **KYQQ), dossier, stage="closing") == {}


def test_kyqq_archive_needs_the_dossier_handed_over_within_20_days(make_case: Callable[..., Case],
                                                                   check: Check) -> None:
    archive = [*ENFORCEMENT_FILING, *CLOSING_COMMON, "enforcement_ruling", "service_receipt:enforcement_ruling",
               "dossier_cover", "catalogue", "file_review_form", "remarks_sheet"]
    on_time = make_case(**KYQQ, closing={"method": "rejected", "closed_on": "2023-06-01"},
                        events={"handed_over_on": "2023-06-15", "archived_on": "2023-08-01"})
    late = make_case(**KYQQ, closing={"method": "rejected", "closed_on": "2023-06-01"},
                     events={"handed_over_on": "2023-06-30", "archived_on": "2023-08-01"})
    assert check(on_time, archive, stage="archive", today=date(2023, 8, 2)) == {}
    missing = check(late, archive, stage="archive", today=date(2023, 8, 2))
    assert list(missing) == ["deadline:dossier_handover_20_days"]
    assert "超过期限（2023年6月21日）" in missing["deadline:dossier_handover_20_days"].reason
    national = make_case(closing={"method": "rejected", "closed_on": "2023-06-01"},
                         events={"handed_over_on": "2023-06-30"})
    assert check(national, archive, stage="archive", today=date(2023, 8, 2)) == {}


def test_an_archive_still_within_its_time_limit_is_not_held_up(make_case: Callable[..., Case],
                                                               check: Check) -> None:
    archive = [*ENFORCEMENT_FILING, *CLOSING_COMMON, "enforcement_ruling", "service_receipt:enforcement_ruling",
               "dossier_cover", "catalogue", "file_review_form", "remarks_sheet"]
    case = make_case(**KYQQ, closing={"method": "rejected", "closed_on": "2023-06-01"})
    assert check(case, archive, stage="archive", today=date(2023, 6, 10)) == {}
    overdue = check(case, archive, stage="archive", today=date(2023, 6, 30))
    assert "deadline:dossier_handover_20_days" in overdue


def test_luoyang_intermediate_court_wants_the_declaration_form_served(make_case: Callable[..., Case],
                                                                      check: Check) -> None:
    dossier = [*ENFORCEMENT_FILING, *CLOSING_COMMON, "enforcement_ruling", "service_receipt:enforcement_ruling"]
    luoyang = make_case(court="洛阳市中级人民法院", case_number="（2024）豫03执88号",
                        closing={"method": "not_enforced", "closed_on": "2024-07-01"})
    assert check(make_case(closing={"method": "not_enforced"}), dossier, stage="closing") == {}
    assert list(check(luoyang, dossier, stage="closing")) == ["service_receipt:property_declaration_form"]
    served = [*dossier, "property_declaration_form", "service_receipt:property_declaration_form"]
    assert check(luoyang, served, stage="closing") == {}


def test_seed004_court_wants_both_parties_interviewed(make_case: Callable[..., Case], check: Check) -> None:
    dossier = [*ENFORCEMENT_FILING, *CLOSING_COMMON, *TERMINATED]
    case = terminated_case(make_case, "2024-01-02", "2024-06-01")
    assert check(case, dossier, stage="closing") == {}
    missing = check(case, dossier, stage="closing", court="seed004")
    assert list(missing) == ["interview_record"]
    assert "仅有1份谈话笔录，需要不少于2份" in missing["interview_record"].reason
    assert check(case, [*dossier, "interview_record"], stage="closing", court="seed004") == {}
    missing_respondent = make_case(filed_on="2024-01-02", case_number="（2024）豫0311执12号",
                                   closing={"method": "terminated_this_round", "closed_on": "2024-06-01"},
                                   facts={"respondent_missing": True})
    assert "interview_record" not in check(missing_respondent, [*dossier, "dishonest_list_decision"],
                                           stage="closing", court="seed004")


@pytest.mark.parametrize("seed", ["seed000", "seed001"])
def test_seed000_and_001_courts_want_the_first_reception_record(seed: str, make_case: Callable[..., Case],
                                                               check: Check) -> None:
    dossier = [*ENFORCEMENT_FILING, *CLOSING_COMMON, "payment_voucher", "closing_notice"]
    case = make_case(closing={"method": "fully_performed", "closed_on": "2024-07-01"})
    assert check(case, dossier, stage="closing") == {}
    missing = check(case, dossier, stage="closing", court=seed)
    assert missing["interview_record"].label == "初次接待笔录"
    assert seed.replace("seed", "种子") in (missing["interview_record"].source or "")


def test_seed000_archives_within_7_days_of_closing(make_case: Callable[..., Case], check: Check) -> None:
    archive = [*ENFORCEMENT_FILING, *CLOSING_COMMON, "enforcement_ruling", "service_receipt:enforcement_ruling",
               "dossier_cover", "catalogue", "file_review_form", "remarks_sheet", "interview_record"]
    case = make_case(closing={"method": "rejected", "closed_on": "2024-07-01"},
                     events={"handed_over_on": "2024-07-03", "archived_on": "2024-07-12"})
    missing = check(case, archive, stage="archive", court="seed000", today=date(2024, 7, 15))
    assert list(missing) == ["deadline:archive_7_days"]
