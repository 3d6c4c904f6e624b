"""黄岛 (court_in) prints its forms on a dot-matrix printer on continuous paper, so a 卷内目录 one row too long turns
over onto a second sheet that holds only the archivist's sign-off; 宜宾翠屏 (court_ip) fills a receipt's 送达文书 cell
in two strips, and receives an employer's letter answering its 协助执行通知书. The archive centre must see the
catalogue's second sheet as its end (not an unreadable page that blocks the volume), every paper a receipt names (not
an unserved 报告财产令), and the employer's reply as the notice's (not a property search's result)."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.titles import served_doc_types


def test_a_catalogues_second_sheet_holding_only_the_archivists_sign_off_ends_the_catalogue() -> None:
    """court_in_01 p3, read whole: one line, the rest of the sheet empty between the sprocket holes. It was called
    unreadable, and the complete archive was sent back for it."""
    sign_off = TextLine("立卷人：韩固态立卷日期:2024-05-08", 0.95, top=0.09, width=0.4)
    assert classify(PageText([sign_off], complete=True)).doc_type == "continuation"


def test_a_paper_named_across_the_wrap_of_a_receipts_cell_is_served_though_its_second_strip_is_lost() -> None:
    """court_ip_03 p30: 执行通知书（…）、报告财 / 产令（…） — the second strip was read into the label beside it as noise
    (送达文书名称及文号执行通知824）502执), so no receipt named the 报告财产令 and the dossier was said to lack one."""
    cell = "执行通知书（（2024）川1502执恢12683号）报告财\n送达文书名称及文号执行通知824）502执"
    assert served_doc_types(cell) == ["enforcement_notice", "property_report_order"]
    assert served_doc_types("执行通知书、限制消") == ["enforcement_notice", "consumption_restriction_order"]


def test_words_that_begin_a_title_at_a_sentences_end_or_begin_many_name_nothing() -> None:
    """A sentence cut at the line's end (…请于限期内报告财 / 产状况) names no 报告财产令; 执行 begins a dozen titles."""
    assert served_doc_types("现将执行通知书送达，请于限期内报告财") == ["enforcement_notice"]
    assert served_doc_types("执行通知书、执行") == ["enforcement_notice"]


def test_an_employers_reply_on_assisting_the_enforcement_answers_the_courts_notice() -> None:
    """court_ip_02 p28: the driver's employer answers the 协助执行通知书 that it withholds his wages — 关于协助执行的回复函
    under its letterhead. Read as a search's result, the notice's reply was missing from the garnishment's papers."""
    def letter(title: str) -> PageText:
        return PageText([TextLine("宜宾临港物流有限公司", 0.99, height=1.2, top=0.06, width=0.36),
                         TextLine("地址：四川省宜宾市翠屏区港园路27号电话：0831-35561234", 0.98, top=0.1, width=0.64),
                         TextLine(title, 0.99, height=1.3, centred=True, top=0.16, width=0.39),
                         TextLine("四川省宜宾市翠屏区人民法院执行局：", 0.99, top=0.23, width=0.4),
                         TextLine("贵院（2024）川1502执12647号之二协助执行通知书收悉，我公司已按通知扣留被执行人工资。", 0.99,
                                  top=0.26, width=0.8)])
    assert classify(letter("关于协助执行的回复函")).doc_type == "assistance_notice"
    assert classify(letter("关于协助查询存款的回复函")).doc_type == "online_inquiry_result"
