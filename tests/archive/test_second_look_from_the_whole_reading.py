"""The archive reads every page whole once, for the text layer; the check's second look — does a page numbered a
digit off this case's name its party, when were the rulings and a receipt signed — is answered from that reading,
not by opening the scans again, and the archive decides as check-dossier does."""

from __future__ import annotations

from datetime import date

from dossier.archive.build import KeptLook
from dossier.archive.reading import PageText
from dossier.dossier_check.model import Page
from dossier.dossier_check.run import looked_again
from dossier.model import Case
from dossier.reports.text_layer import TextLine

CASE = "（2024）蒙0203执99418号"


def _case() -> Case:
    return Case.model_validate({
        "case_number": CASE, "court": "内蒙古自治区包头市昆都仑区人民法院", "category": "enforcement",
        "filed_on": "2024-03-14", "amount": "1000.00",
        "basis": {"kind": "mediation", "case_number": "（2023）蒙0203民初567号", "court": "内蒙古自治区包头市昆都仑区人民法院"},
        "applicants": [{"name": "包头市鹿城小额贷款有限公司", "kind": "organisation"}],
        "respondents": [{"name": "乌日娜", "kind": "person"}]})


def _kept() -> dict[int, PageText]:
    lines = ["报告财产令", "（2024）蒙0203执99113号", "乌日娜：", "本院受理申请执行人包头市鹿城小额贷款有限公司与你…",
             "二〇二四年三月二十日"]
    return {16: PageText(lines=[TextLine(text=t, box=(100, 100 + 80 * i, 900, 150 + 80 * i)) for i, t in enumerate(lines)],
                         read_size=(1240, 1754))}


def test_the_kept_text_answers_what_the_check_asks() -> None:
    look = KeptLook(_kept())
    assert look.texts([16, 17]) == {16: "报告财产令\n（2024）蒙0203执99113号\n乌日娜：\n本院受理申请执行人包头市鹿城小额贷款有限公司与你…\n二〇二四年三月二十日"}
    assert look.dates([16, 17]) == {16: date(2024, 3, 20)}


def test_a_page_numbered_a_digit_off_that_names_the_party_is_kept_in_the_archive_too() -> None:
    pages = [Page.model_validate({"page": 16, "doc_type": "property_report_order", "case_number": "（2024）蒙0203执99113号",
                                  "confidence": 0.95})]
    [page] = looked_again(pages, _case(), KeptLook(_kept()))
    assert (page.case_number, page.case_number_read, page.party_named) == (CASE, "（2024）蒙0203执99113号", "包头市鹿城小额贷款有限公司")
