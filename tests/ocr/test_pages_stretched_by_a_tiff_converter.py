"""湛江赤坎 (court_cx): volumes scanned years ago into multi-page TIFFs, converted to PDF by a tool that took their
pixels as square, so that runs of pages come out stretched or squashed by 5–15 %, some 1-bit at 100–150 dpi; the
archive stamped a 卷宗号/页号 label into a corner of each. The archived 终本 dossier was sent back for want of its
查控 printout: the printout — a wide table under a one-line system header, 第1页/共1页 at its foot — was read as the
page before running on, and the last sheet of a 限制消费令, holding only the date under the seal (read 5四年月十, its
日 lost too), as an unknown page. A page that says it is page 1 opens its paper; a short run of date figures with
年 and 月 signs a paper off."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import shipped_model


def _line(text: str, top: float, width: float, *, confidence: float = 0.97, centred: bool = False) -> TextLine:
    return TextLine(text, confidence, height=1.0, centred=centred, top=top, width=width)


def test_a_printout_whose_footer_says_page_1_of_1_is_no_later_page_of_the_paper_before() -> None:
    printout = PageText([_line("卷宗号2019566", 0.011, 0.1), _line("页号0023", 0.022, 0.06),
                         _line("执行查控系统·被执行人财产查询结果（总对总）", 0.098, 0.53, centred=True),
                         _line("案号：（2024）粤0802执92263号被查询人：潘凤伟证件号：44080319861121", 0.132, 0.65),
                         _line("发起时间：2024-02-0910:39承办人：李建承办法院：", 0.149, 0.65),
                         _line("序号查询机构", 0.186, 0.15), _line("余额（元）", 0.186, 0.09)],
                        [_line("打印：2024-02-116:23第1页/共1页", 0.927, 0.4)], complete=True)
    assert classify(printout, shipped_model()).doc_type == "online_inquiry_result"


def test_a_sheet_holding_only_the_date_under_the_seal_with_its_day_lost_ends_the_order_before_it() -> None:
    last = PageText([_line("2专0029", 0.0, 0.08, confidence=0.78), _line("江市赤站", 0.136, 0.11, confidence=0.81),
                     _line("5四年月十", 0.186, 0.13, confidence=0.9)], [], complete=True)
    verdict = classify(last, shipped_model())
    assert (verdict.doc_type, verdict.readable) == ("continuation", True)
