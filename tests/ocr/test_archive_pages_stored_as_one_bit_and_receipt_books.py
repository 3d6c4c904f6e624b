"""新乡红旗 (court_iq) keeps its closed volumes as 1-bit pages whose strokes an archive system thickened: small
characters fill in (共 read 其, 授权委托书 read 投权姿托书) and a tight crop cuts into the top margin. 雷山 (court_is)
takes payments into a receipt book whose leaves are numbered beside the title (收款收据 … No.058816). The archive
centre must see a ruling's second sheet as its second sheet, the lawyer's power of attorney as one, and each
receipt's title."""

from __future__ import annotations

import numpy as np

from dossier.ocr import stages
from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.imaging import Line


def test_a_rulings_second_sheet_whose_footer_reads_qi_for_gong_is_its_second_sheet() -> None:
    """court_iq_02 p24 and p27: the second sheets of an 执行裁定书 and a 限制消费令, a running header over them (the
    number left, the title right), 第2页（其2页） under them. Read as first sheets, each document was said to lack
    its second page and the complete dossier was sent back. Its number read, the pipeline files the sheet behind the
    first (pipeline.numbered_later_pages); a 其 outside the bracketed footer numbers nothing."""
    header = [TextLine("执行裁定书", 0.99, top=0.02, width=0.11, alone=False),
              TextLine("(2024)豫0702执12846号", 0.98, top=0.02, width=0.24, alone=False)]
    signers = [TextLine("审判长　方淑秀", 0.97, top=0.1, width=0.27), TextLine("审判员　宋英艳", 0.97, top=0.14, width=0.27),
               TextLine("书记员　杨英胜", 0.96, top=0.2, width=0.27), TextLine("二〇二四年四月八日", 0.9, top=0.25, width=0.21)]
    footer = [TextLine("第2页 (其2页)", 0.95, top=0.95, width=0.15, centred=True)]
    assert classify(PageText(header + signers, footer)).page_of == (2, 2)  # so the pipeline files it behind the first
    assert classify(PageText(signers, [TextLine("其2页", 0.95, top=0.95, width=0.06)])).page_of is None


def test_a_power_of_attorney_whose_title_the_crop_cut_and_the_strokes_filled_is_one() -> None:
    """court_iq_03 p11: the title at the sheet's very top edge (a tight crop), read 投权姿托书; taken for a line the
    capture printed, it gave no title, the sheet ran on from the page before, and the dossier was said to lack its
    授权委托书 besides its defect."""
    page = PageText([TextLine("投权姿托书", 0.9, height=1.4, centred=True, top=0.001, width=0.3),
                     TextLine("委托人：赖德晓", 0.98, top=0.06, width=0.18),
                     TextLine("住所地（住址）：河南省新乡市卫滨区胜利路222号", 0.98, top=0.09, width=0.58),
                     TextLine("受托人：康永国工作单位：河南", 0.97, top=0.12, width=0.75),
                     TextLine("现委托上列受托人在赖德晓与新乡市宏建建材有限公司民间借贷纠纷执行一案中，作为我方的委托代理人。", 0.97,
                              top=0.23, width=0.72)])
    assert classify(page).doc_type == "power_of_attorney"


def _receipt_book_leaf(serial: str) -> PageText:
    """court_is_02 p27 as detected: the title centred, the leaf's serial on its row at the right, the date under."""
    def read(text: str, top: int, left: int, right: int, height: int = 50) -> stages.ReadLine:
        return stages.ReadLine(Line(top=top, bottom=top + height, left=left, right=right), text, 0.99)

    lines = [read("收款收据", 158, 512, 818, height=55), read(serial, 177, 908, 1052, height=38),
             read("2024年5月1日", 246, 133, 346), read("今收到", 323, 256, 333), read("文永平", 316, 418, 516),
             read("（2024）黔2634执13058号执行和解第三期赔偿款", 387, 436, 1032),
             read("人民币（大写）陆仟陆佰陆拾元整", 459, 207, 642), read("收款人：侯文学", 631, 175, 413)]
    ctx = stages.PageContext(source=None, engine=None, grey=np.full((1755, 1276), 250, np.uint8),  # type: ignore[arg-type]
                             boxes=[r.box for r in lines], read=lines)
    return stages.page_text(ctx)


def test_a_receipt_books_title_beside_the_leafs_serial_is_its_title() -> None:
    """court_is_02 p27: 收款收据 on the row of No.058816, a cell of a table row as the serial was taken, was no title;
    the third instalment's receipt was read as evidence. A word of the row (a stamp's date) still keeps it from
    standing alone."""
    leaf = _receipt_book_leaf("No.058816")
    assert [ln.alone for ln in leaf.lines if ln.text == "收款收据"] == [True]
    assert classify(leaf).doc_type == "payment_voucher"
    stamped = _receipt_book_leaf("二〇二四年五月")
    assert [ln.alone for ln in stamped.lines if ln.text == "收款收据"] == [False]
