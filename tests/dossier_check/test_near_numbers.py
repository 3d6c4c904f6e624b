"""A page whose case number reads a digit or two off this case's: the archive centre must not return a complete
dossier for a misread number, nor keep another case's page because its number looks alike. The page's own text
decides: naming this case's party, it is this case's page, and the clerk is told which number was read."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dossier.dossier_check.model import Page
from dossier.dossier_check.near_numbers import confirmed_numbers, near_number, pages_to_confirm, party_named
from dossier.dossier_check.run import check_pages, looked_again
from dossier.model import Case
from dossier.results import MissingItem

CASE = "（2024）蒙0203执99418号"


def case() -> Case:
    return Case.model_validate({
        "case_number": CASE, "court": "内蒙古自治区包头市昆都仑区人民法院", "category": "enforcement",
        "filed_on": "2024-03-14", "amount": "1000.00",
        "basis": {"kind": "mediation", "case_number": "（2023）蒙0203民初567号", "court": "内蒙古自治区包头市昆都仑区人民法院"},
        "applicants": [{"name": "包头市鹿城小额贷款有限公司", "kind": "organisation"}],
        "respondents": [{"name": "乌日娜", "kind": "person"}]})


def page(n: int, doc_type: str, number: str = CASE) -> Page:
    return Page.model_validate({"page": n, "doc_type": doc_type, "case_number": number, "confidence": 0.95})


def nothing_missing(*_: object) -> list[MissingItem]:
    return []


class Look:
    def __init__(self, texts: dict[int, str]) -> None:
        self.given = texts
        self.asked: list[list[int]] = []

    def texts(self, pages: Sequence[int]) -> dict[int, str]:
        self.asked.append(list(pages))
        return {n: self.given[n] for n in pages if n in self.given}

    def dates(self, pages: Sequence[int]) -> dict[int, date]:
        return {}


def checked(pages: list[Page], look: Look):
    pages = looked_again(pages, case(), look)
    return check_pages(pages, case(), "closing", today=date(2024, 8, 1), files=["scan.pdf"],
                       missing_for=nothing_missing)


def dossier(read_as: str) -> list[Page]:
    return [page(15, "enforcement_notice"), page(16, "property_report_order", read_as), page(17, "summons")]


def test_a_report_order_whose_number_read_two_digits_off_but_names_the_respondent_is_this_cases_page():
    look = Look({16: "报告财产令\n（2024）蒙0203执99113号\n乌日娜：\n本院受理申请执行人包头市鹿城小额贷款有限公司与你…"})
    result = checked(dossier("（2024）蒙0203执99113号"), look)
    assert look.asked == [[16]]
    assert result.decision == "approve"
    [warning] = [p for p in result.problems if p.kind == "case_number_misread"]
    assert warning.pages == [16] and warning.severity == "warning"
    assert "第16页案号识别为（2024）蒙0203执99113号" in warning.message and "包头市鹿城小额贷款有限公司" in warning.message


def test_a_neighbouring_cases_page_that_names_other_parties_stays_misfiled():
    look = Look({16: "报告财产令\n（2024）蒙0203执99413号\n张建国：\n本院受理申请执行人王丽与你民间借贷纠纷一案…"})
    result = checked(dossier("（2024）蒙0203执99413号"), look)
    assert result.decision == "reject"
    assert [p.pages for p in result.problems if p.kind == "misfiled_page"] == [[16]]


def test_a_page_the_reader_cannot_read_again_stays_misfiled():
    result = checked(dossier("（2024）蒙0203执99413号"), Look({}))
    assert result.decision == "reject"


def test_only_a_number_one_or_two_digits_off_in_its_serial_is_asked_about():
    assert near_number("（2024）蒙0203执99113号", CASE)
    assert near_number("(2024)蒙0203执99419号", CASE)
    assert not near_number("（2024）蒙0203执98113号", CASE)  # three digits
    assert not near_number("（2023）蒙0203执99418号", CASE)  # another year's case
    assert not near_number("（2024）蒙0202执99418号", CASE)  # another court's
    assert not near_number("（2024）蒙0203执恢99418号", CASE)  # a resumed case: its own series
    assert near_number("（2024）蒙0203执9941号", CASE) and near_number("（2024）蒙0203执994188号", CASE)  # one left out, one doubled
    assert not near_number("（2024）蒙0203执994号", CASE) and not near_number("（2024）蒙0203执9481号", CASE)
    pages = [page(1, "enforcement_notice"), page(2, "summons", "（2024）蒙0203执12345号"),
             page(3, "summons", "（2024）蒙0203执99416号")]
    assert pages_to_confirm(pages, case()) == [3]


def test_a_notice_whose_faded_dot_matrix_fill_lost_a_digit_of_the_serial_and_names_the_respondent_is_this_cases():
    """潞州 (court_fq_03): the 协助执行通知书's number printed by a dot-matrix printer on the pre-printed form, its
    ribbon worn: 执18581 read 执1858. The page names the respondent: it is this case's page, and the clerk is told."""
    look = Look({16: "协助执行通知书\n（2024）蒙0203执9941号\n中国农业银行包头分行：\n冻结被执行人乌日娜的存款…"})
    result = checked(dossier("（2024）蒙0203执9941号"), look)
    assert look.asked == [[16]] and result.decision == "approve"
    assert [p.pages for p in result.problems if p.kind == "case_number_misread"] == [[16]]


def test_a_party_is_named_only_by_its_whole_name():
    assert party_named("申请执行人：包头市鹿城小额贷款有限公司", case()) == "包头市鹿城小额贷款有限公司"
    assert party_named("被执行人 乌 日 娜", case()) == "乌日娜"
    assert party_named("包头市鹿城小额贷款公司", case()) is None
    assert confirmed_numbers([page(1, "summons")], case(), lambda _: {}) == [page(1, "summons")]


def test_a_companys_long_name_read_again_with_one_character_wrong_still_names_the_party():
    """钦州钦南 (court_gs_01 p1): the cover's 案号 cell read 执6263 for 执62631, and read again whole, its 被执行人 row
    came back in one box with its label, 冷链 read 冷健 — the cover was called another case's and the complete volume
    was refused. One character in eight of a company's name may be misread; a person's name of three is read exactly,
    and a name short of a word (…小额贷款公司 for …小额贷款有限公司) is another name."""
    gs = case().model_copy(update={"respondents": [case().respondents[0].model_copy(
        update={"name": "钦州冠海冷链食品有限公司", "kind": "organisation"})]})
    assert party_named("案号（2024）桂0702执6263号\n被执行人钦州冠海冷健食品有限公司\n", gs) == "钦州冠海冷链食品有限公司"
    assert party_named("被执行人钦州冠海冷健食品有限司", gs) is None
    assert party_named("被执行人 乌 月 娜", case()) is None
    assert party_named("包头市鹿城小额贷款公司", case()) is None


def test_a_dossier_whose_every_page_reads_a_digit_off_is_not_read_again_page_by_page():
    pages = [page(n, "summons", "（2024）蒙0203执99413号") for n in range(1, 15)]
    assert pages_to_confirm(pages, case()) == []
    assert pages_to_confirm(pages[:12], case()) == list(range(1, 13))


def test_a_party_whose_name_holds_an_ampersand_or_angle_brackets_is_found_as_written():
    """Names are compared as text, never as patterns or markup: 森&林<国际>贸易有限公司 is matched whole."""
    odd = case().model_copy(update={"applicants": [case().applicants[0].model_copy(update={"name": "森&林<国际>贸易有限公司"})]})
    assert party_named("申请执行人：森&林<国际>贸易有限公司，住所地…", odd) == "森&林<国际>贸易有限公司"
    assert party_named("申请执行人：森林国际贸易有限公司", odd) is None


def test_a_receipt_whose_dot_matrix_name_read_right_the_first_time_and_wrong_the_second_names_the_party():
    """黄岛 court_in_02 p31: the 送达回证 for the 限制消费令, its number read 执11948 for 执11943. The first reading
    gave the respondent's name whole (青岛顺港装卸服务有限公司, among the page's particulars); read again, two of its
    characters came out wrong (青岛顺潜装御服务有限公司) and the page was reported as another case's: a complete
    dossier sent back."""
    own = case().model_copy(update={"respondents": [case().respondents[0].model_copy(
        update={"name": "青岛顺港装卸服务有限公司", "kind": "organisation"})]})
    receipt = page(16, "service_receipt", "（2024）蒙0203执99413号").model_copy(
        update={"particulars": ["0203", "99413", "2024", "青岛顺港装卸服务有限公司"]})
    texts = {16: "送达回证\n案号（2024）蒙0203执99413号\n送达文书名称及件数 限制消费令一份\n要送达人青岛顺潜装御服务有限公司"}
    (confirmed,) = confirmed_numbers([receipt], own, lambda asked: {n: texts[n] for n in asked})
    assert confirmed.case_number == CASE and confirmed.party_named == "青岛顺港装卸服务有限公司"
    (kept,) = confirmed_numbers([receipt.model_copy(update={"particulars": []})], own,
                                lambda asked: {n: texts[n] for n in asked})
    assert kept.case_number != CASE  # without the first reading's name, the page is still another case's
