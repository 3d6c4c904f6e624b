"""西安碑林 (court_ix_01 p6): a 支付令's last sheet holds only its signature block — 审　判　员, the date, 书　记　员 and
the names — printed in the bureau's toner-save mode (each glyph a pale line screen) under the court's seal, printed
grey too. Shrunk to the 75 dpi at which the top of a sheet is searched, the strokes faded into the paper: the
detector found one character of the three lines, and the page was said to be unreadable (a complete dossier sent
back). Two things were wrong, and each is told here with the pieces the detector gave:
- a sheet's top that gives almost nothing at 75 dpi is searched again finer (orient.FINER_SCALE);
- the pieces of one printed line are joined however they came: 书 and 记 made one, then the name beside them
  (merge_rows joins until nothing more joins; its one pass took the name, whose box stands higher than 记's, before
  书 and 记 were one)."""

from __future__ import annotations

from typing import Any, cast

import cv2
import numpy as np

from dossier.ocr import stages
from dossier.ocr.imaging import Line
from dossier.ocr.stages.boxes import merge_rows
from dossier.ocr.stages.context import BAND_MARGIN, HEAD, PAGE_DETECT_SCALE
from dossier.ocr.stages.orient import FINER_SCALE


def _quad(left: int, top: int, right: int, bottom: int) -> list[list[int]]:
    return [[left, top], [right, top], [right, bottom], [left, bottom]]


def test_a_clerks_letter_spaced_office_and_name_are_one_line_whatever_the_order_of_their_pieces() -> None:
    shu, ji = Line(top=366, bottom=406, left=674, right=703), Line(top=377, bottom=406, left=730, right=766)
    name = Line(top=372, bottom=413, left=782, right=951)  # 员黎明英, standing a little higher than 记
    assert merge_rows([shu, name, ji]) == [Line(top=366, bottom=413, left=674, right=951)]


def test_table_cells_set_wide_apart_stay_apart_when_merged_again() -> None:
    cells = [Line(top=300, bottom=340, left=100, right=300), Line(top=302, bottom=340, left=500, right=700),
             Line(top=301, bottom=341, left=900, right=1100)]
    assert merge_rows(cells) == sorted(cells, key=lambda b: (b.top, b.left))


class _PaleEngine:
    """A detector that finds each line of ink drawn on the sheet at the finer scale, and at 75 dpi one character
    of the first."""

    name = "pale"

    def detect_quads(self, grey: np.ndarray, scale: float = PAGE_DETECT_SCALE) -> np.ndarray:
        n, _labels, stats, _centroids = cv2.connectedComponentsWithStats((grey < 200).astype(np.uint8))
        quads = [_quad(x, y, x + w, y + h) for x, y, w, h, _area in stats[1:n]]
        if scale < FINER_SCALE:
            quads = [_quad(x, y, x + 18, y + h) for x, y, w, h, _area in stats[1:min(n, 2)]]
        return np.asarray(quads, dtype=np.float64).reshape(-1, 4, 2)


def test_a_pale_signature_block_found_finer_is_what_the_page_is_read_by() -> None:
    grey = np.full((1755, 1241), 253, np.uint8)
    for top, right in ((225, 960), (300, 1000), (375, 960)):
        grey[top:top + 40, 660:right] = 120
    ctx = stages.PageContext(source=cast(Any, None), engine=cast(Any, _PaleEngine()), grey=grey)
    stages.detect_orientation(ctx)
    assert ctx.rotation == 0 and ctx.page_boxes is not None
    assert [(b.top // 5, b.left // 5, b.right // 5) for b in ctx.page_boxes] == [(45, 132, 192), (60, 132, 200),
                                                                              (75, 132, 192)]


class _SealEngine:
    """A detector that finds a date under the court's seal whole at 75 dpi, and at the finer scale the seal's ring in
    pieces beside two stubs of the date."""

    name = "seal"

    def detect_quads(self, grey: np.ndarray, scale: float = PAGE_DETECT_SCALE) -> np.ndarray:
        if grey.shape[0] != int(1755 * (HEAD + BAND_MARGIN)):  # a band lower down: nothing there
            return np.zeros((0, 4, 2))
        if scale < FINER_SCALE:
            quads = [_quad(674, 232, 989, 305), _quad(768, 224, 801, 253)]
        else:
            quads = [_quad(898, 164, 997, 310), _quad(680, 249, 761, 287), _quad(680, 251, 767, 286)]
        return np.asarray(quads, dtype=np.float64).reshape(-1, 4, 2)


def test_a_date_found_whole_under_a_seal_is_kept_over_the_seals_pieces_found_finer() -> None:
    """渝北 (court_iy_02 p31): a 协助执行通知书's second sheet, its date under the court's seal at the top. Found again
    finer, the seal's ring came in pieces — more boxes, less of any line — and, merged, made one tall box over the
    date that read as nothing: the sheet was turned upside down and called unreadable."""
    grey = np.full((1755, 1241), 253, np.uint8)
    grey[240:300, 680:985] = 120
    ctx = stages.PageContext(source=cast(Any, None), engine=cast(Any, _SealEngine()), grey=grey)
    stages.detect_orientation(ctx)
    assert ctx.page_boxes is not None
    assert [(b.top // 10, b.bottom // 10) for b in ctx.page_boxes] == [(22, 30)]
