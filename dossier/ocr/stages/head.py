"""The head read first (title, court, case number, the first lines of the body), the page's text assembled from
everything read, and the classifier asked."""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from dossier.doctypes import doctypes
from dossier.ocr.casenum import find_case_numbers
from dossier.ocr.classify import (
    READABLE,
    PageText,
    TextLine,
    classify,
)
from dossier.ocr.imaging import Line
from dossier.ocr.stages.context import (
    _CJK,
    HEAD_LINES,
    HEAD_RATIO,
    OTHER_SCRIPT_LINES,
    REST_RATIO,
    TITLE_LINES,
    PageContext,
    ReadLine,
)
from dossier.ocr.stages.find import _mirror, _turn_over
from dossier.ocr.stages.layers import _model, _settle
from dossier.ocr.stages.reading import SURELY, _legible, _lines_first, _read, _reading_score, _width


def read_head(ctx: PageContext) -> None:
    """The first lines at the top (title, court, case number, the start of the body) and the footer.
    When nothing at the top reads, the sheet may be upside down: it is read turned over, and the
    better reading kept."""
    ctx.ocr_read = "title_band"
    _read_head_once(ctx)
    readings = [_state(ctx)]
    if sum(map(_legible, ctx.read)) < 2:
        # the detector's boxes and the bands searched go back with the sheet: left turned, the rest of the
        # page was read through boxes of the sheet upside down (a Uyghur head, then an operative part unread)
        _turn_over(ctx)
        _read_head_once(ctx)
        readings.append(_state(ctx))
        if _reading_score(ctx.read) <= _reading_score(readings[0]["read"]):
            _restore(ctx, readings[0])
    garbled = [r for r in readings if _garbled(r["read"])]
    if garbled and ctx.cut_upright == (0, 0, 0, 0):
        _read_mirrored(ctx, garbled[0])


def _read_mirrored(ctx: PageContext, garbled: dict[str, Any]) -> None:
    """The head read again from its garbled reading flipped left to right, and flipped and turned over (the
    direction classifier, trained on print the right way round, may have turned a mirrored sheet upside down; read
    so, it is scraps, and only turned back is it garbled Chinese: court_fr_01 p3); the best of the readings kept —
    more lines of Chinese read legibly, not more figures or letters read surely (a code of letters read 0.81 upside
    down: BHVa4D2VB)."""
    best = _state(ctx)
    _restore(ctx, garbled)
    _mirror(ctx)
    _read_head_once(ctx)
    if _reading_score(ctx.read)[0] > _reading_score(best["read"])[0]:
        best = _state(ctx)
    _turn_over(ctx)
    _read_head_once(ctx)
    if _reading_score(ctx.read)[0] <= _reading_score(best["read"])[0]:
        _restore(ctx, best)


_READING_STATE = ("grey", "mask", "lines", "mirrored", "rotation", "boxes", "footer_boxes", "read", "footer",
                  "page_boxes", "searched", "head_boxes_read", "origin")
"""What a reading of the head depends on and leaves (the detector's boxes and the bands searched go with the sheet):
kept to go back to the better of two readings, turned over or flipped."""


def _state(ctx: PageContext) -> dict[str, Any]:
    return {name: getattr(ctx, name) for name in _READING_STATE}


def _restore(ctx: PageContext, state: dict[str, Any]) -> None:
    for name, value in state.items():
        setattr(ctx, name, value)


MIRROR_LINES = 2
"""Lines of Chinese a head must read, none of them surely, before it is read again mirrored."""


def _garbled(read: list[ReadLine]) -> bool:
    """Lines enough read as Chinese, none surely: what a mirrored sheet reads (character shapes the recogniser half
    knows, 0.4–0.7 each: 市林正自进西班不一), not what a blurred, faint or foreign one does (nothing, or a few lines)."""
    chinese = [r for r in read if len(_CJK.findall(r.text)) >= 2]
    return len(chinese) >= MIRROR_LINES and not any(_surely_right(r) for r in chinese)


MIRROR_SURE_WORDS = 4
"""Characters a line read surely must hold to show the sheet the right way round: two or three mirrored characters
may read surely by chance (牛委 at 0.82)."""
SHORT_SURELY = 0.95
"""A short line (审判长, 朱娟, 全宗号) read at least this surely is read the right way round: mirrored characters do
not read so."""


def _surely_right(r: ReadLine) -> bool:
    words = len(_CJK.findall(r.text))
    return r.confidence >= SURELY and (words >= MIRROR_SURE_WORDS or r.confidence >= SHORT_SURELY)


def _read_head_once(ctx: PageContext) -> None:
    # the first lines are read wide enough for a court name and a title on one line; the body lines
    # after them only as far as the words that place a page (as in the rest of the page)
    ordered = _lines_first(ctx.boxes)
    ctx.read = _read(ctx, ordered[:TITLE_LINES], HEAD_RATIO)
    taken = min(TITLE_LINES, len(ordered))
    for box in ordered[taken:taken + OTHER_SCRIPT_LINES]:
        if sum(_read_as_nothing(r) for r in ctx.read) <= taken - TITLE_LINES:
            break
        ctx.read = ctx.read + _read(ctx, [box], HEAD_RATIO)
        taken += 1
    ctx.head_boxes_read = taken
    ctx.footer = _read(ctx, _middle_first(ctx, ctx.footer_boxes)[:2], HEAD_RATIO) + ctx.facing_footer


def _middle_first(ctx: PageContext, boxes: list[Line]) -> list[Line]:
    """Footer boxes, the one nearest the middle of the sheet first (where a page number stands)."""
    middle = _width(ctx) / 2
    return sorted(boxes, key=lambda b: abs((b.left + b.right) / 2 - middle))


def _read_as_nothing(r: ReadLine) -> bool:
    """A line of another script (Tibetan, Mongolian, Korean) reads as nothing at all. A line of digits or Latin
    letters (a phone's status bar: 11:30, 5G 87%) read as what it is, and a smeared Chinese line read as wrong
    characters, are not read around: the page's reading stays as it was (an illegible page stays illegible)."""
    return not r.text.strip()


def read_head_body(ctx: PageContext) -> None:
    """The lines under the first ones, read only when the first ones did not settle the page: a title
    naming a document and, on a court's document, its case number, are enough."""
    verdict = ctx.verdict
    start = ctx.head_boxes_read
    more = _lines_first(ctx.boxes)[start:start + HEAD_LINES - TITLE_LINES]
    if verdict is not None and verdict.settled and verdict.evidence == "title":
        dt = doctypes().get(ctx.doc_type)
        if ctx.case_number is not None or (dt is not None and dt.group != "court"):
            return
        # only the case number is missing: the lines are read one at a time until it is found (a line
        # costs the same read alone as in a batch)
        for box in more:
            ctx.read = ctx.read + _read(ctx, [box], REST_RATIO)
            if find_case_numbers(ctx.read[-1].text):
                break
        classify_page(ctx)
        return
    # short boxes among the first lines (an archive's 档案页码 / 0023 stamp in the corner) took the places of as many
    # head lines: those are read at the head's width, or a title would lose its last characters (纳入失信被执行人名单决定书
    # read 纳入失信被执行人名单）)
    displaced = sum(b.width <= SHORT_BOX * b.height for b in _lines_first(ctx.boxes)[:start])
    ctx.read = ctx.read + _read(ctx, more[:displaced], HEAD_RATIO) + _read(ctx, more[displaced:], REST_RATIO)
    classify_page(ctx)


SHORT_BOX = 4.0
"""A box at most this many times as wide as tall holds a few characters, not a head's line."""


SERIAL = re.compile(r"^(No|NO|N0|№|编号|票号)[.．:：]?[A-Z]{0,2}\d{5,}$")
"""A receipt book's printed serial (No.0519698) right of its centred title, on the title's row: the book numbers its
leaves so, it is no cell of a table row (雷山 court_is_02 p27: 收款收据 beside No.058816 read as a cell, no title)."""


OFF_ROW = 0.3
"""Share of a line's height by which a box's middle stands above or below the line's middle when it is off the
line's row: a table's cells share their row, a sticky note stuck beside a title does not."""


def page_text(ctx: PageContext) -> PageText:
    """What was read, with the geometry the classifier weighs (line height, centring, place)."""
    assert ctx.grey is not None
    h, w = ctx.grey.shape
    heights = [b.height for b in (ctx.boxes or ctx.lines)] or [1]
    median = max(1.0, float(np.median(heights)))

    boxes = ctx.boxes or ctx.lines

    smudges = {(r.box.top, r.box.bottom, r.box.left, r.box.right) for r in ctx.read
               if r.confidence < READABLE or not r.text.strip()}
    serials = {(r.box.top, r.box.bottom, r.box.left, r.box.right) for r in ctx.read
               if SERIAL.match(re.sub(r"\s", "", r.text))}

    def beside(b: Line, box: Line) -> bool:
        """`b` is a stamp or a page number right of a centred line (收件 2024.03.06 beside the title), or a piece
        of a column of vertical Mongolian script in the margin left of it (呼和浩特's heads), not a cell of its
        row: short, and well apart; or a mark beside it, even touching it, that reads as nothing legible (a seal
        dithered to dots by a copier's black-and-white scan, over the left end of 决定书: 点外 at 0.19). A short note
        a character apart and off the line's row (a sticky note's 页码？ stuck beside the title, 丹东振兴) is no cell
        of it either: a table's cells stand on one row; nor a receipt book's serial (SERIAL) a line's height apart."""
        centred = abs((box.left + box.right) / 2 - w / 2) < 0.12 * w
        apart = max(b.left - box.right, box.left - b.right)
        smudge = (b.top, b.bottom, b.left, b.right) in smudges and not box.left <= (b.left + b.right) / 2 <= box.right
        short = b.width <= 3.5 * b.height
        off_row = abs((b.top + b.bottom) - (box.top + box.bottom)) / 2 >= OFF_ROW * box.height
        serial = (b.top, b.bottom, b.left, b.right) in serials and apart >= box.height
        return centred and ((apart >= 1.5 * box.height and short) or (apart >= box.height and short and off_row)
                            or smudge or serial)

    split = {id(r.within) for r in ctx.read if r.within is not None}  # a strip's own tall box is no neighbour

    def alone(box: Line) -> bool:
        return not any(b is not box and id(b) not in split
                       and min(b.bottom, box.bottom) - max(b.top, box.top) > 0.5 * box.height
                       and b.width > 0.5 * b.height and not beside(b, box) for b in boxes)

    def line(r: ReadLine) -> TextLine:
        centre = (r.box.left + r.box.right) / 2
        narrow = r.box.width < CENTRED_WIDTH * w or (r.box.width < CENTRED_WIDTH_LARGE * w and r.box.height >= LARGE * median
                                                     and r.box.width >= LARGE_PITCH * median * _ems(r.text))
        return TextLine(r.text, r.confidence, height=r.box.height / median,
                        centred=abs(centre - w / 2) < 0.12 * w and narrow,
                        top=max(0, r.box.top - ctx.origin) / h, width=r.box.width / w, alone=alone(r.box),
                        facing=r.facing)

    ordered = sorted(ctx.read, key=lambda r: (r.box.top, r.box.left))
    return PageText([line(r) for r in ordered], [line(r) for r in ctx.footer], complete=ctx.rest_read)


CENTRED_WIDTH = 0.6
"""A line narrower than this share of the page, its middle on the page's middle, is centred; a wider one is most
often a line of the body, whose margins are the same on both sides."""
CENTRED_WIDTH_LARGE = 0.9
LARGE_PITCH = 0.9
"""…unless its characters stand wide apart: a long title set large (申请执行人提供被执行人财产线索表 over 62 % of the
page, 玉溪红塔; over 80 %, 威海环翠) has as many characters as a body line's fifth, each at least this many line
heights apart; a body line's stand ~0.7 apart. A typewriter's body line stands as wide apart (a 2003 judgment's,
吕梁离石): the title is also set taller than the body."""
LARGE = 1.1


def _ems(text: str) -> float:
    """The line's width in characters: a Chinese character (or full-width mark) one, a figure or letter a half."""
    return sum(1.0 if ord(ch) > 0x2E7F else 0.5 for ch in text if not ch.isspace()) or 1.0


def _read_boxes(read: list[ReadLine]) -> set[int]:
    """Identities of the boxes read: each line's, and the tall box its strips were read in."""
    return {id(r.box) for r in read} | {id(r.within) for r in read if r.within is not None}


def keep_text(ctx: PageContext) -> PageText:
    """The lines read kept as the page's text (what PageResult.text_lines carries), in reading order."""
    ctx.source_kind = "ocr"
    ctx.text = text = page_text(ctx)
    ordered = sorted(ctx.read, key=lambda r: (r.box.top, r.box.left))
    ctx.text_boxes = [r.box for r in [*ordered, *ctx.footer]]
    return text


def classify_page(ctx: PageContext) -> None:
    _settle(ctx, classify(keep_text(ctx), _model(ctx)), "\n".join(r.text for r in [*ctx.read, *ctx.footer]))
