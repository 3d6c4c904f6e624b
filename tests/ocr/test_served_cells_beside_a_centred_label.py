"""柳州城中's 送达回证 (court_dk at first sight): the 送达文书名称及件数 label stands centred beside a cell of two lines,
执行通知书（…）、报告财 / 产令（…）各一份. The detector's box of the label overlaps each line by half; merged with the
second line it made a box a line and a half tall that read as neither, and the 报告财产令 the dossier's receipt served
was never named — all three dossiers asked for its receipt."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.imaging import Line
from dossier.ocr.stages.boxes import merge_rows


def test_a_label_centred_beside_two_lines_of_its_cell_is_merged_with_neither() -> None:
    first = Line(top=754, bottom=802, left=447, right=1080)
    label = Line(top=777, bottom=816, left=174, right=447)
    second = Line(top=800, bottom=837, left=447, right=968)
    assert merge_rows([first, label, second]) == [first, label, second]


def test_pieces_of_one_line_are_still_one_line() -> None:
    title = [Line(top=300, bottom=360, left=500 + 120 * i, right=560 + 120 * i) for i in range(4)]  # 送 达 回 证
    [merged] = merge_rows(title)
    assert (merged.left, merged.right) == (500, 920)
    row = [Line(top=400, bottom=440, left=100, right=400), Line(top=404, bottom=446, left=420, right=900)]  # skewed
    assert len(merge_rows(row)) == 1


def test_a_title_broken_across_the_cells_two_lines_is_whole_again_without_the_label_between() -> None:
    def line(text: str, top: float) -> TextLine:
        return TextLine(text, 0.99, height=1.0, top=top, width=0.4)

    page = PageText([TextLine("广西壮族自治区柳州市城中区人民法院", 1.0, height=1.2, centred=True, top=0.12, width=0.6),
                     TextLine("送达回证", 1.0, height=1.5, centred=True, top=0.17, width=0.28),
                     line("案号（2024）桂0202执9536号", 0.22), line("受送达人钟斌", 0.32),
                     line("执行通知书（（2024）桂0202执9536号）、报告财", 0.433),
                     line("送达文书名称及件数", 0.443),
                     line("产令（（2024）桂0202执9536号）各一份", 0.451)], complete=True)
    verdict = classify(page)
    assert verdict.doc_type == "service_receipt"
    assert verdict.served == ["enforcement_notice", "property_report_order"]
