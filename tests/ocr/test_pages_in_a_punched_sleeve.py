"""锦州古塔 (court_dx_02 p32): the archive keeps each loose paper of a volume in a clear sleeve, and many were scanned
in it — the sleeve's punched strip beyond the paper's left edge, a column of round holes. The detector found each
hole as a small square box beside a line of text, read as 0. With a hole beside every line, every line looked
indented like a paragraph's start and the lines read filled up with holes and lines read twice; the 终本 ruling's
operative part (终结本次执行程序。) was never reached, the page was taken for a plain 执行裁定书 and the complete
dossier lacked its 终本 ruling. The holes are no text."""

from __future__ import annotations

from pathlib import Path

from dossier.ocr import analyse
from dossier.ocr.imaging import Line
from dossier.ocr.punched import punched_holes, without_holes

DATA = Path(__file__).parent / "data"
WIDTH = 1240


def hole(top: int, left: int = 4) -> Line:
    return Line(top=top, bottom=top + 40, left=left, right=left + 38)


def text(top: int, left: int = 180, right: int = 1120) -> Line:
    return Line(top=top, bottom=top + 40, left=left, right=right)


def test_the_zhongben_ruling_scanned_in_its_sleeve_is_read_to_its_operative_part() -> None:
    (page,) = analyse([DATA / "zhongben_ruling_in_a_punched_sleeve.pdf"], engine="rapidocr")
    assert (page.doc_type, page.page_of) == ("termination_this_round_ruling", (1, 2))
    assert not any(line.text.strip() in {"0", "O", "o"} for line in page.text_lines)


def test_a_column_of_square_boxes_along_the_edge_is_a_row_of_holes() -> None:
    holes = [hole(330 + 77 * i) for i in range(6)]
    lines = [text(365 + 50 * i) for i in range(8)]
    assert without_holes([*holes, *lines], WIDTH) == lines
    assert len(punched_holes([hole(330 + 77 * i, left=1196) for i in range(5)], WIDTH)) == 5  # the right edge too


def test_a_few_marks_in_a_margin_or_a_column_of_characters_inside_the_page_are_kept() -> None:
    few = [hole(330), hole(407), hole(484)]
    inside = [hole(330 + 60 * i, left=300) for i in range(6)]  # a vertical column of single characters in the body
    mixed = [hole(330), Line(top=407, bottom=427, left=4, right=80), hole(484), hole(561)]  # not one row of holes
    assert punched_holes(few, WIDTH) == [] and punched_holes(inside, WIDTH) == []
    assert punched_holes(mixed, WIDTH) == []
