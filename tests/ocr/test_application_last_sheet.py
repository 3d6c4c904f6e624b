"""An application's last sheet (court_ax_03 p2, 佛山南海's 1-bit copier): the end of its last sentence
(…定，特向贵院申请强制执行。), 此致, the court's name, the applicant's signature label read alone and small (申请), then
the list of attachments. The archive centre must see the application's second page, not a second application:
under 此致 stand the addressee and the signature, never a title — 申请 there is what signs, not what the paper is."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import shipped_model


def _line(text: str, top: float, width: float, *, height: float = 1.0, centred: bool = False) -> TextLine:
    return TextLine(text, 0.999, height=height, centred=centred, top=top, width=width, alone=True)


def _last_sheet(signature: str) -> PageText:
    return PageText([_line("定，特向贵院申请强制执行。", 0.064, 0.32), _line("此致", 0.1, 0.056),
                     _line("广东省佛山市南海区人民法院", 0.133, 0.34), _line(signature, 0.188, 0.038, height=0.6, centred=True),
                     _line("附：执行依据及生效证明、身份证明", 0.252, 0.66), _line("书、收款账户确认书、委托材料。", 0.286, 0.37)])


def test_the_signature_under_this_zhi_is_no_title_and_the_sheet_continues_the_application() -> None:
    verdict = classify(_last_sheet("申请"), shipped_model())
    assert verdict.doc_type == "continuation" and verdict.title == ""


def test_a_title_above_the_salutation_still_counts() -> None:
    page = PageText([_line("申请书", 0.05, 0.1, height=1.6, centred=True), _line("申请人：佛山市某某铝材有限公司", 0.1, 0.4),
                     _line("请求事项：请求强制执行（2024）粤06民终1234号民事判决书。", 0.14, 0.7), _line("此致", 0.2, 0.056),
                     _line("广东省佛山市南海区人民法院", 0.23, 0.34)])
    assert classify(page, shipped_model()).doc_type == "enforcement_application"


def test_an_applications_last_words_over_its_sign_off_name_no_application() -> None:
    """烟台芝罘 (court_bc_01 p2): 请强制执行。 / 此致 / the court / 申请执行人： / the date. The sentence ends the
    application begun on the sheet before; it is no title 强制执行申请书, however like one it reads."""
    page = PageText([_line("请强制执行。", 0.126, 0.15), _line("此致", 0.16, 0.06), _line("山东省烟台市芝罘区人民法院", 0.185, 0.35),
                     _line("申请执行人：", 0.249, 0.21, centred=True), _line("2024年2月24日", 0.297, 0.17)], complete=True)
    assert classify(page, shipped_model()).doc_type == "continuation"


def test_a_paragraphs_last_words_over_more_prose_continue_the_document() -> None:
    """株洲中院's 二审 judgment, its second sheet (court_bb_01 p3): 判决正确，请求驳回上诉。 then the first-instance
    claims. No paper opens with a sentence's end; the words 判决生效之日起 further down make no 生效证明."""
    page = PageText([_line("判决正确，请求驳回上诉。", 0.071, 0.28), _line("郝某向一审法院起诉请求：判令株洲某服饰有限公司支付", 0.099, 0.66),
                     _line("货款775,890.62元及逾期付款利息。", 0.129, 0.39), _line("一审法院认定事实：郝某在芦淞服", 0.157, 0.67),
                     _line("服饰有限公司于判决生效之日起十日内", 0.4, 0.67)], complete=True)
    assert classify(page, shipped_model()).doc_type == "continuation"
