"""A 送达回证 that writes only 执行裁定书, in a dossier holding the freezing ruling and the 终本 ruling: the clerk
tells which one it served by the dates, and so does the check — only when the dates leave no doubt."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dossier.dossier_check.model import Document, Page
from dossier.dossier_check.receipts import (
    dates_wanted,
    month_may_have_served,
    served_by_date,
    with_served_by_date,
)
from dossier.dossier_check.run import check_pages, dated_where_asked
from dossier.model import Case
from dossier.ocr.dates import MonthOnly
from dossier.results import MissingItem

CASE = "（2024）豫0311执1234号"
TR = "termination_this_round_ruling"
FREEZE, ZHONGBEN = date(2024, 2, 13), date(2024, 6, 15)


def page(n: int, doc_type: str, **extra: object) -> Page:
    return Page.model_validate({"page": n, "doc_type": doc_type, "case_number": CASE, "confidence": 0.95, **extra})


def case() -> Case:
    return Case.model_validate({
        "case_number": CASE, "court": "洛阳市老城区人民法院", "category": "enforcement", "filed_on": "2024-01-14",
        "amount": "1000.00", "basis": {"kind": "judgment", "case_number": "（2023）豫0311民初567号",
                                       "court": "洛阳市老城区人民法院"},
        "applicants": [{"name": "张三", "kind": "person"}], "respondents": [{"name": "李四", "kind": "person"}]})


def zhongben_receipt_missing(_case: Case, documents: Sequence[Document], *_: object) -> list[MissingItem]:
    """The one checklist item these stories are about: the 终本 ruling's receipt."""
    if any(TR in d.served for d in documents if d.doc_type == "service_receipt"):
        return []
    return [MissingItem(code=f"service_receipt:{TR}", label="终结本次执行程序裁定书送达回证",
                        reason="终本裁定应送达当事人，卷中未见其送达回证。")]


def dossier(receipt_dated: date | None, *, freeze: date | None = FREEZE, zhongben: date | None = ZHONGBEN) -> list[Page]:
    """A freezing ruling (page 3), a two-page 终本 ruling signed on its page 8, and receipt page 12 naming 执行裁定书."""
    return [page(3, "enforcement_ruling", dated=freeze), page(7, TR), page(8, "continuation", dated=zhongben),
            page(12, "service_receipt", served_doc_types=["enforcement_ruling"], dated=receipt_dated),
            page(13, "service_receipt", served_doc_types=["enforcement_notice"])]


def decision(pages: list[Page]) -> tuple[str, list[str]]:
    result = check_pages(pages, case(), "closing", today=date(2024, 8, 1), files=["scan.pdf"],
                         missing_for=zhongben_receipt_missing)
    return result.decision, [m.code for m in result.missing]


def test_a_receipt_dated_two_days_after_the_zhongben_ruling_served_it_and_the_dossier_closes():
    assert decision(dossier(date(2024, 6, 17))) == ("approve", [])


def test_a_receipt_dated_in_february_served_the_freezing_ruling_and_the_zhongben_receipt_is_missing():
    assert decision(dossier(date(2024, 2, 15))) == ("reject", [f"service_receipt:{TR}"])


def test_without_the_receipts_date_nothing_is_inferred_and_the_clerk_is_asked():
    pages = dossier(None)
    assert decision(pages) == ("reject", [f"service_receipt:{TR}"])
    result = check_pages(pages, case(), "closing", today=date(2024, 8, 1), files=["scan.pdf"],
                         missing_for=zhongben_receipt_missing)
    assert "第12页的送达回证只写明“执行裁定书”" in result.missing[0].reason


def test_a_ruling_whose_date_was_not_read_is_never_ruled_out():
    """The freezing ruling's date lost under its seal: it may have been made in June, so the receipt of 17 June may
    have served it, and the clerk is asked."""
    pages = dossier(date(2024, 6, 17), freeze=None)
    assert decision(pages) == ("reject", [f"service_receipt:{TR}"])
    result = check_pages(pages, case(), "closing", today=date(2024, 8, 1), files=["scan.pdf"],
                         missing_for=zhongben_receipt_missing)
    assert "第12页的送达回证只写明“执行裁定书”" in result.missing[0].reason


def test_a_receipt_of_june_did_not_serve_the_february_ruling_so_it_served_the_other_whose_date_was_not_read():
    """The 终本 ruling's date lost under its seal (安顺西秀, 淮安清江浦): the freezing ruling of 13 February was served
    within a month of it, not on 17 June, so the receipt served the one ruling left, and the complete dossier closes."""
    assert decision(dossier(date(2024, 6, 17), zhongben=None)) == ("approve", [])


def test_two_rulings_made_within_a_month_of_each_other_leave_the_receipt_undecided():
    pages = dossier(date(2024, 6, 20), freeze=date(2024, 6, 1))
    assert decision(pages) == ("reject", [f"service_receipt:{TR}"])


def test_a_receipt_dated_before_both_rulings_serves_neither_by_date():
    receipt = Document(doc_type="service_receipt", pages=[12], served=["enforcement_ruling"], dated=date(2024, 1, 24))
    rulings = [Document(doc_type="enforcement_ruling", pages=[3], dated=FREEZE),
               Document(doc_type=TR, pages=[7, 8], dated=ZHONGBEN)]
    assert served_by_date(receipt, rulings) is None
    assert with_served_by_date([*rulings, receipt])[-1].served == ["enforcement_ruling"]


def test_the_check_asks_the_reader_only_for_the_receipt_and_each_rulings_last_page():
    pages = dossier(None, freeze=None, zhongben=None)
    asked: list[list[int]] = []

    def read(numbers: Sequence[int]) -> dict[int, date]:
        asked.append(list(numbers))
        return {3: FREEZE, 8: ZHONGBEN, 12: date(2024, 6, 17)}

    dated = dated_where_asked(pages, case(), read)
    assert asked == [[3, 8, 12]]
    assert decision(dated) == ("approve", [])


def test_a_receipt_that_names_the_zhongben_ruling_or_one_ruling_alone_needs_no_dates():
    named = [Document(doc_type="enforcement_ruling", pages=[3]), Document(doc_type=TR, pages=[7]),
             Document(doc_type="service_receipt", pages=[12], served=["enforcement_ruling", TR])]
    assert dates_wanted(named) == []
    alone = [Document(doc_type=TR, pages=[7]),
             Document(doc_type="service_receipt", pages=[12], served=["enforcement_ruling"])]
    assert dates_wanted(alone) == []

    def never(_: Sequence[int]) -> dict[int, date]:
        raise AssertionError("nothing to read")

    assert dated_where_asked([page(7, TR), page(12, "service_receipt", served_doc_types=["enforcement_ruling"])],
                             case(), never)


def test_a_date_misread_before_the_case_or_into_a_future_not_made_by_a_seal_is_no_date():
    """A ruling of this case is made after it was filed and before it is checked; a date outside that is unknown:
    it rules its ruling out of nothing. The freezing ruling's misread before the case was filed leaves it a
    candidate (the clerk is asked); the 终本 ruling's misread into next year, or into a September after the check,
    leaves it the one candidate the February freezing ruling does not rule out."""
    assert decision(dossier(date(2024, 6, 17), freeze=date(2023, 12, 20))) == ("reject", [f"service_receipt:{TR}"])
    for zhongben in (date(2025, 6, 15), date(2034, 9, 15)):  # 二〇二四年九月 would be after the check
        assert decision(dossier(date(2024, 6, 17), zhongben=zhongben)) == ("approve", [])


def test_a_year_the_seal_turned_into_the_2030s_is_read_as_the_2020s():
    """二〇二四 read 二〇三四 under the court's seal (court_cg_02, court_cb_02): the seal's ring added a stroke to the
    second 二. No ruling is made in a decade still to come, and 二〇二四年六月十五日 fits the case: the receipt dated
    two days after it served the 终本 ruling, and the complete dossier closes."""
    assert decision(dossier(date(2024, 6, 17), zhongben=date(2034, 6, 15))) == ("approve", [])
    assert decision(dossier(date(2034, 6, 17), zhongben=date(2034, 6, 15))) == ("approve", [])


def test_a_freezing_ruling_whose_seal_left_only_its_month_february_did_not_serve_a_june_receipt():
    """迎江 and 秦州 (court_dy_01, court_co_02): the seal over each ruling's date line left its month (二月, 六月) and
    took the year and the day. No February ruling of any year is served in late June, so the receipt of 24 June
    naming 执行裁定书 served the 终本 ruling, whose date was not read at all, and the complete dossier closes."""
    pages = dossier(date(2024, 6, 24), freeze=None, zhongben=None)
    pages[0] = pages[0].model_copy(update={"dated_month": 2})
    assert decision(pages) == ("approve", [])


def test_a_month_that_may_be_the_receipts_leaves_the_ruling_a_candidate():
    """Signed in June, its day and year lost: it may have been served on 24 June, and the clerk is asked."""
    pages = dossier(date(2024, 6, 24), freeze=None, zhongben=None)
    pages[0] = pages[0].model_copy(update={"dated_month": 6})
    assert decision(pages) == ("reject", [f"service_receipt:{TR}"])


def test_a_date_misread_before_the_case_keeps_its_month_when_the_case_ran_in_that_month():
    """丰泽 (court_dg_02): the freezing ruling's day read short under its seal, a date before the case was filed.
    Here 一月二十四日 read 一月四日, ten days before the filing of 14 January: the day is wrong, January is not — a
    January ruling was not served on 17 June, so the receipt served the 终本 ruling, whose date was not read."""
    assert decision(dossier(date(2024, 6, 17), freeze=date(2024, 1, 4), zhongben=None)) == ("approve", [])


def test_a_december_ruling_may_be_served_in_january_and_a_july_one_not_in_june():
    assert month_may_have_served(12, date(2025, 1, 10)) and month_may_have_served(5, date(2024, 6, 24))
    assert not month_may_have_served(7, date(2024, 6, 24)) and not month_may_have_served(2, date(2024, 6, 24))


def test_the_readers_month_alone_is_kept_beside_an_unread_date():
    pages = dossier(None, freeze=None, zhongben=None)

    def read(_: Sequence[int]) -> dict[int, date | MonthOnly]:
        return {3: MonthOnly(2), 12: date(2024, 6, 24)}

    dated = dated_where_asked(pages, case(), read)
    assert (dated[0].dated, dated[0].dated_month) == (None, 2)
    assert decision(dated) == ("approve", [])
