"""The footer and the case number: a small page number read at a larger scale, a case number confirmed from a
longer look, a court document's own number looked for."""

from __future__ import annotations

import cv2
import numpy as np

from dossier.ocr import imaging
from dossier.ocr.casenum import find_case_numbers, same_case
from dossier.ocr.cues import page_of
from dossier.ocr.imaging import Line
from dossier.ocr.stages.boxes import _band_quads, merge_rows
from dossier.ocr.stages.context import FOOT, HEAD_RATIO, PageContext, ReadLine
from dossier.ocr.stages.head import _middle_first, classify_page
from dossier.ocr.stages.reading import _read

SMALL_FOOTER_SCALE = 1.0
"""The scale (of the 150 dpi page) at which an unknown page's footer is searched again."""


def read_small_footer(ctx: PageContext) -> None:
    """A page left unknown with no footer found: its footer searched again at 150 dpi. A page number set
    small and spaced (第 2 页 / 共 2 页 in 8 pt, 拉萨 and 延吉) is under the detector's reach at 75 dpi, and
    on a last page holding one line of text it is the only evidence of the document it ends."""
    detect = getattr(ctx.engine, "detect_quads", None)
    if ctx.doc_type != "unknown" or ctx.footer or ctx.grey is None or detect is None:
        return
    h = ctx.grey.shape[0]
    start = int(h * FOOT)
    quads = np.asarray(_band_quads(detect, ctx.grey, start, h, SMALL_FOOTER_SCALE), dtype=np.float64).reshape(-1, 4, 2)
    detected = [b for b in merge_rows(imaging.boxes_after_rotation(quads, ctx.grey.shape, 0.0))
                if start <= b.top and b.height <= 0.05 * h]
    found = detected or _footer_ink(ctx.grey, start)
    if not found:
        return
    read = _read(ctx, _middle_first(ctx, found)[:2], HEAD_RATIO)
    if not detected:  # ink the detector passed over: a page number only as a page number is written (— 2 —)
        read = [r for r in read if page_of(r.text, in_footer=False) is not None]
        if not read:
            return
    ctx.footer_boxes, ctx.footer = found, read
    classify_page(ctx)


FOOTER_INK_WIDTH = 0.3
"""Widest share of the sheet a page number's ink may span when the detector found nothing in the footer."""


FOOTER_INK_SPREAD = (3, 9)
"""Rows × columns each speck-free ink pixel of the footer band is spread over before the band's lines are cut: a
lone page number in a thin face (— 2 — at 150 dpi, strokes 1–2 px: 六安金安's 限制消费令, court_em_02) leaves rows
with fewer ink pixels than the line finder counts as a line's; spread, the number is one short line. Spread, a
speck is a line too, and may read as a figure (7 for a water stain's dot): what the detector did not find counts
only as a page number is written, never as a bare figure."""


def _footer_ink(grey: np.ndarray, start: int) -> list[Line]:
    """Short runs of ink in the footer band, cut by their profile: the detector passes over a page number standing
    alone under a nearly empty sheet (— 2 — under a ruling's seal and date, 襄阳樊城 court_dq_02)."""
    h, w = grey.shape
    band = grey[start:]
    paper = float(np.median(band))
    specks_gone = cv2.medianBlur(np.where(band < paper - imaging.INK_CONTRAST, 255, 0).astype(np.uint8), 3)
    mask = cv2.dilate(specks_gone, np.ones(FOOTER_INK_SPREAD, np.uint8))
    return [Line(top=ln.top + start, bottom=ln.bottom + start, left=ln.left, right=ln.right)
            for ln in imaging.text_lines(mask) if ln.height <= 0.05 * h and ln.width <= FOOTER_INK_WIDTH * w]


CONFIRM_STRETCH = 1.5
"""Another case's number is read again with the line stretched sideways: the recogniser merges a
repeated digit (执88号 → 执8号) when characters are narrow, and the stretch gives each its own steps."""


def confirm_case_number(ctx: PageContext) -> None:
    """A page that seems to belong to another case is a serious finding (it blocks the dossier): the
    lines that hold the number are read once more, stretched and on even paper, before it is believed."""
    if ctx.case_number is None or ctx.expected_case_number is None or ctx.grey is None:
        return
    if same_case(ctx.case_number, ctx.expected_case_number):
        return
    # the number may stand in the footer, small (湖南法院审判执行系统's print footer: 湘0602执51108号 read 5110)
    suspects = [r for r in [*ctx.read, *ctx.footer] if find_case_numbers(r.text) and not r.facing]
    if suspects:
        crops = []
        for r in suspects:
            crop = imaging.even_paper(imaging.crop_line(ctx.grey, r.box))
            crops.append(cv2.resize(crop, None, fx=CONFIRM_STRETCH, fy=1.0, interpolation=cv2.INTER_CUBIC))
        again = {id(r): ReadLine(r.box, t.text.strip(), t.confidence)
                 for r, t in zip(suspects, ctx.engine.read_lines(crops), strict=True)}
        ctx.read = [again.get(id(r), r) for r in ctx.read]
        ctx.footer = [again.get(id(r), r) for r in ctx.footer]
        classify_page(ctx)
    if ctx.case_number is not None and not same_case(ctx.case_number, ctx.expected_case_number):
        _look_for_own_number(ctx)


OWN_NUMBER_LINES = 8
"""At most this many lines of a page numbered as another case's are read whole in search of this case's."""


def _look_for_own_number(ctx: PageContext) -> None:
    """A page numbered in a series of its own may still be this case's: a 协助执行通知书 numbered 执协 whose
    first paragraph names this case's ruling (本院（2024）京0105执13872号执行裁定书). Before the page is called
    another case's — a finding that blocks the dossier — the first lines found and not yet read whole are
    read whole (no new search: a resumed case's earlier papers carry the earlier number on every page), an
    unsure one again from its trimmed box (成都武侯's notice under a 高拍仪, its paragraph's number read
    （28）1072917号 at 0.73); the page is this case's if one of them names it."""
    expected = ctx.expected_case_number
    assert ctx.grey is not None and expected is not None
    whole = {id(r.box) for r in ctx.read if not r.truncated} | {id(r.within) for r in ctx.read if r.within}
    unread = [b for b in ctx.boxes if id(b) not in whole and b.width >= 4 * b.height][:OWN_NUMBER_LINES]
    found = [r for r in _read(ctx, unread, None)
             if any(same_case(n, expected) for n in find_case_numbers(r.text))]
    if found:
        ctx.read = [*ctx.read, *found]
        classify_page(ctx)
