"""徐州云龙 (court_cz): the lawyer sent the papers as long screenshots (长截图) of PDFs scrolled on a phone; the clerk's
printing app cut them into A4 sheets at fixed heights. A sheet then opens with the last line of the page before and
that page's own foot (第1页共2页), its next page's text below; or with the cut-off foot, a blank gap, and a paragraph's
last words low on the sheet; or holds only the applicant's sign-off. Those sheets were read as papers of their own —
an award's second page as another award, 缺页 for the first — and a complete dossier was sent back."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify, find_page_of
from dossier.ocr.ngram import shipped_model


def _line(text: str, top: float, width: float, *, centred: bool = False) -> TextLine:
    return TextLine(text, 0.97, height=1.0, centred=centred, top=top, width=width)


def test_a_sheet_opening_with_the_foot_of_page_1_of_2_under_its_last_line_holds_page_2() -> None:
    sheet = PageText([_line("到庭，视为放弃抗辩权利。", 0.023, 0.3), _line("第1页共2页", 0.078, 0.12, centred=True),
                      _line("三、裁决", 0.244, 0.1),
                      _line("（一）被申请人向申请人支付剩余货款及违约金合计人民币897,2", 0.266, 0.66),
                      _line("62.06元（大写：捌拾玖万柒仟贰佰陆拾贰元零陆分），于本裁决书送", 0.288, 0.66)],
                     [_line("用其他应用打开", 0.93, 0.2, centred=True)], complete=True)
    assert find_page_of(sheet) == (2, 2)
    assert classify(sheet, shipped_model()).doc_type == "continuation"


def test_a_running_header_over_the_pages_own_number_is_still_that_number() -> None:
    sheet = PageText([_line("（2024）苏0303执95118号", 0.03, 0.3), _line("第2页共3页", 0.06, 0.12),
                      _line("本院认为，被告对原告进行管理并支付劳动报酬，原告从事", 0.2, 0.7)], [], complete=True)
    assert find_page_of(sheet) == (2, 3)


def test_a_paragraphs_last_words_low_on_the_sheet_over_more_prose_go_on_from_the_page_before() -> None:
    sheet = PageText([_line("费，并拖欠原告工资。", 0.28, 0.25),
                      _line("本院认为，被告对原告进行管理并支付劳动报酬，原告从事", 0.31, 0.7),
                      _line("的工作是被告业务的组成部分，双方存在劳动关系。被告未依法", 0.35, 0.7)], [], complete=False)
    assert classify(sheet, shipped_model()).doc_type == "continuation"


def test_a_sheet_holding_only_the_applicants_sign_off_ends_the_application() -> None:
    sheet = PageText([_line("申请执行人：", 0.254, 0.12), _line("2024年1月12日", 0.315, 0.14)],
                     [_line("用其他应用打开", 0.93, 0.2, centred=True)], complete=True)
    assert classify(sheet, shipped_model()).doc_type == "continuation"
