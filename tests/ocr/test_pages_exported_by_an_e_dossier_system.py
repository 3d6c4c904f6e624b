"""Pages as 郑州金水's 电子卷宗 system exports them: every paper scaled down under a header band that names the
volume and numbers the page in the volume (卷宗名称：…  案号：…  第7页). The archive centre sees each paper for what
it is, the first page of a fee receipt no later page of the judgment before it.
"""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify, find_page_of


def line(text: str, top: float, *, width: float = 0.3, centred: bool = False, alone: bool = True,
         height: float = 1.0) -> TextLine:
    return TextLine(text, 0.97, height=height, centred=centred, top=top, width=width, alone=alone)


HEADER = [line("第7页", 0.01, width=0.05, alone=False),
          line("案号：（2026）豫0105执26137号", 0.01, width=0.23, alone=False),
          line("卷宗名称：郑州圆方瑞通医疗器械有限公司申请执行河南郑鼎建筑劳务有限公司", 0.02, width=0.46, alone=False)]


def test_the_volumes_page_number_over_a_fee_receipt_does_not_make_it_a_later_page() -> None:
    page = PageText([*HEADER,
                     line("河南省政府非税收入电子票据", 0.13, width=0.5, centred=True, height=2.1),
                     line("(诉讼费)", 0.17, width=0.08, centred=True),
                     line("校验码：361278", 0.18, width=0.12),
                     line("开票日期：2026年1月22日", 0.2, width=0.18),
                     line("交款人：郑州圆方瑞通医疗器械有限公司", 0.23, width=0.4),
                     line("项目名称 申请执行费 金额（元）1,895.00", 0.27, width=0.5)])
    verdict = classify(page)
    assert (verdict.doc_type, verdict.page_of) == ("fee_receipt", None)


def test_a_running_header_of_the_document_itself_still_numbers_its_page() -> None:
    """(2024)…号执行裁定书  第2页 at the top of a ruling's second sheet is the ruling's own header: page 2."""
    page = PageText([line("（2026）豫0105执26137号执行裁定书", 0.03, width=0.4, alone=False),
                     line("第2页", 0.03, width=0.05, alone=False),
                     line("被执行人未履行生效法律文书确定的义务，本院依法冻结其银行存款。", 0.1, width=0.7)])
    assert find_page_of(page) == (2, None)


EXPORT_STAMP = line("金水区人民法院电子卷宗管理系统导出时间：2026-07-19 1:36", 0.98, width=0.34)


def test_a_blank_back_inside_the_export_frame_is_blank() -> None:
    """Only the frame on the sheet: the header over it (卷宗名称… 第39页) and the export stamp under it."""
    page = PageText([*HEADER], [EXPORT_STAMP], complete=True)
    assert classify(page).doc_type == "blank"


def test_a_sheet_inside_the_frame_whose_text_reads_as_nothing_stays_unreadable() -> None:
    page = PageText([*HEADER, TextLine("", 0.0, height=1.0, top=0.3, width=0.7)], [EXPORT_STAMP], complete=True)
    verdict = classify(page)
    assert (verdict.doc_type, verdict.readable) == ("unknown", False)
