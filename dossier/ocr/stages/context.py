"""What every stage works on: the page's context, a line as read, and the bands of the page (head, footer) and the
ratios lines are read at."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from dossier.ocr import imaging
from dossier.ocr.casenum import same_case
from dossier.ocr.classify import (
    PageText,
    TextLine,
    Verdict,
)
from dossier.ocr.engines.base import OcrEngine
from dossier.ocr.imaging import Line
from dossier.ocr.ingest import SourcePage
from dossier.ocr.models import Candidate, PageResult, ReadText, Source
from dossier.ocr.ngram import NgramModel

ANALYSIS_DPI = 150
"""Resolution of the one render every stage works from (title lines are ~50 px, body lines ~27 px)."""
BLANK_DPI = 50
PAGE_DETECT_SCALE = 0.5
"""Text is searched for at 75 dpi (150 dpi × 0.5): at 60 dpi the boxes were as many but less tight, and
digits of case numbers were misread in the crops."""
HEAD = 0.42
"""The top of the page, where titles, court names and case numbers stand: searched first."""
FOOT = 0.9
"""Below this the footer (第2页共3页, - 2 -) is looked for."""
BAND_MARGIN = 0.05
"""A band is searched with this much of the page's height around it, so a line on its edge (even on a
page skewed 3°, whose lines shift ~30 px across its width) is found whole by the band its top is in.
The detector's cost is its input's area: the middle of the page (half of it) is searched only for the
pages that need it."""
HEAD_LINES = 7
TITLE_LINES = 3
"""Read first, wide: court name, title, case number."""
OTHER_SCRIPT_LINES = 3
"""Head lines that read as nothing (the Tibetan, Mongolian or Korean line of a bilingual head: 拉萨, 呼和浩特, 延吉)
for which as many further lines are read, up to this many, so that they do not take the Chinese lines' places."""
MORE_LINES = 14
HEAD_RATIO = 20.0
"""Head lines are read up to 20 line-heights wide (~20 characters): titles, court and case number fit,
and long body lines cost no more than a short one."""
REST_RATIO = 12.0
"""Body lines are read up to 12 line-heights: a paragraph's first words say what it does
(“终结本次执行程序。”, “经查，”, “一、”); form cells are shorter anyway."""
TALL = 1.3
_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class ReadLine:
    box: Line
    text: str
    confidence: float
    truncated: bool = False
    within: Line | None = None
    """the tall box this line was read in, as one of its strips (reading._strips)"""
    facing: bool = False
    """read on the facing page of a two-up sheet, cut off since (its box is where it stood on that page)"""


@dataclass
class PageContext:
    """Everything known about one page while it passes the stages."""

    source: SourcePage
    engine: OcrEngine
    expected_case_number: str | None = None
    grey: np.ndarray | None = None
    small: np.ndarray | None = None
    """`grey` at BLANK_DPI: the cheap measures of the whole sheet (a gutter, ink) are taken on it"""
    mask: np.ndarray | None = None
    lines: list[Line] = field(default_factory=list)
    """text lines found by projection (orientation; the fallback for engines without a detector)"""
    page_boxes: list[Line] | None = None
    """text boxes the engine's detector found, in the upright page's pixels (None: an engine without a
    detector), for the bands of the page in `searched`"""
    searched: list[tuple[int, int]] = field(default_factory=list)
    """bands (top, bottom) of the upright page already searched for text: a box belongs to the band its
    top is in"""
    boxes: list[Line] = field(default_factory=list)
    """text boxes of the parts looked at so far, top to bottom"""
    origin: int = 0
    """where the sheet's text begins, in the upright page's pixels, when the top of the capture holds none (a
    slip photographed low on the desk mat under a 高拍仪): its head is read from there, its lines placed from there"""
    footer_boxes: list[Line] = field(default_factory=list)
    facing_footer: list[ReadLine] = field(default_factory=list)
    """a two-up sheet's right page's footer, read before the sheet was cut to its left page (two_up.py), its
    boxes placed where they stand on the right page"""
    read: list[ReadLine] = field(default_factory=list)
    footer: list[ReadLine] = field(default_factory=list)
    rest_read: bool = False
    verdict: Verdict | None = None
    model: NgramModel | None = None
    rotation: int = 0
    mirrored: bool = False
    """the sheet was read flipped left to right (a paper held up to a front camera: stages.find._mirror)"""
    skew: float = 0.0
    settled: bool = False
    doc_type: str = "unknown"
    confidence: float = 0.0
    readable: bool = True
    blank: bool = False
    source_kind: Source = "none"
    case_number: str | None = None
    title_text: str = ""
    served: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    doc_id: str | None = None
    qr_page: tuple[int, int] | None = None
    ocr_read: str = "none"
    text_layer: str = ""
    page_of: tuple[int, int] | None = None
    page_last: int | None = None
    candidates: list[tuple[str, float]] = field(default_factory=list)
    text: PageText | None = None
    text_boxes: list[Line] = field(default_factory=list)
    sheet: np.ndarray | None = None
    """the blank test's 50 dpi copy of the sheet as scanned, before any turn (None: settled blank)"""
    head_boxes_read: int = TITLE_LINES
    """how many of the head's boxes (in `_lines_first` order) the first reading took"""
    cut: tuple[int, int, int, int] = (0, 0, 0, 0)
    """pixels cut off the page as rendered, before any turn (left, top, right, bottom): a facing page's strip, the
    desk round a photographed sheet"""
    zoom: float = 1.0
    """how much the sheet was enlarged after it was cut out (prepare.within_photographed_sheet: a small sheet in a
    photo); `cut` is in the pixels of the page as rendered, every box in the enlarged sheet's"""
    cut_upright: tuple[int, int, int, int] = (0, 0, 0, 0)
    """pixels cut off the upright page: a two-up sheet's right page"""
    sheet_box: tuple[int, int, int, int] | None = None
    """the photographed sheet's box (x, y, width, height) in `small`, as the blank test found it; None for a scan"""
    ink: float | None = None
    """share of the sheet's 50 dpi copy as dark as writing (the blank test's measure)"""
    blank_if_nothing_reads: float | None = None
    """the blank test's confidence for a page it found nearly blank: blank, unless a line on it reads"""

    def _text_lines(self) -> list[ReadText]:
        return _keep(self.text, self.text_boxes, self.margins()[:2]) if self.text is not None else []

    def margins(self) -> tuple[int, int, int, int]:
        """What was cut off the upright page (left, top, right, bottom), in the pixels the boxes are read in (the
        page as rendered, enlarged as the sheet was): the boxes read lie that far inside it."""
        left, top, right, bottom = (round(v * self.zoom) for v in self.cut)
        turned = {0: (left, top, right, bottom), 90: (bottom, left, top, right), 180: (right, bottom, left, top),
                  270: (top, right, bottom, left)}[self.rotation % 360]
        if self.mirrored:
            turned = (turned[2], turned[1], turned[0], turned[3])
        return tuple(a + b for a, b in zip(turned, self.cut_upright, strict=True))  # type: ignore[return-value]

    def page_size(self) -> tuple[int, int] | None:
        """The upright page's size before anything was cut off it (the frame the boxes are placed in)."""
        if self.grey is None:
            return None
        left, top, right, bottom = self.margins()
        return self.grey.shape[1] + left + right, self.grey.shape[0] + top + bottom

    def result(self, seconds: float) -> PageResult:
        # the page shrunk once for both views of it (~5 ms a page each time)
        small = imaging.reduced(self.grey, imaging.HASH_SIDE) if self.grey is not None else None
        thumb = imaging.thumbnail_png(small) if small is not None else None
        phash = imaging.perceptual_hash(small) if small is not None and not self.blank else None
        matches = None
        if self.case_number and self.expected_case_number:
            matches = same_case(self.case_number, self.expected_case_number)
        return PageResult(
            page=self.source.page, file=self.source.file.name, file_page=self.source.file_page,
            doc_type=self.doc_type, case_number=self.case_number, case_number_matches=matches,
            confidence=round(min(1.0, max(0.0, self.confidence)), 3), readable=self.readable,
            blank=self.blank, source=self.source_kind, rotation=self.rotation, skew=round(self.skew, 2),
            title_text=self.title_text, served_doc_types=self.served, parties=self.parties,
            doc_id=self.doc_id, qr_page=self.qr_page, ocr_pages_read=self.ocr_read,  # type: ignore[arg-type]
            page_of=self.qr_page or self.page_of, page_of_last=None if self.qr_page else self.page_last,
            phash=phash, text_lines=self._text_lines(),
            text_complete=self.text.complete if self.text is not None else False,
            read_size=self.page_size(),
            candidates=[Candidate(doc_type=c, confidence=round(min(1.0, max(0.0, p)), 3))
                        for c, p in self.candidates],
            seconds=round(seconds, 3), thumbnail_png=thumb)


def _keep(page: PageText, boxes: list[Line], offset: tuple[int, int] = (0, 0)) -> list[ReadText]:
    """The read lines with their geometry, as PageResult keeps them (boxes: same order, or none), placed on the
    upright page as it was before anything was cut off it (`offset`: what was cut at its left and top)."""
    out = []
    dx, dy = offset
    for i, line in enumerate([*page.lines, *page.footer]):
        box = boxes[i] if i < len(boxes) else None
        out.append(ReadText(text=line.text, confidence=round(line.confidence, 3),
                            box=(box.left + dx, box.top + dy, box.right + dx, box.bottom + dy) if box else (0, 0, 0, 0),
                            height=round(line.height, 3), centred=line.centred, top=round(line.top, 4),
                            width=round(line.width, 4), alone=line.alone, footer=i >= len(page.lines),
                            facing=line.facing))
    return out


def page_text_of(result: PageResult) -> PageText:
    """The PageText a PageResult was classified from (to classify it again with another model)."""
    def line(r: ReadText) -> TextLine:
        return TextLine(r.text, r.confidence, height=r.height, centred=r.centred, top=r.top, width=r.width,
                        alone=r.alone, facing=r.facing)

    return PageText([line(r) for r in result.text_lines if not r.footer],
                    [line(r) for r in result.text_lines if r.footer], complete=result.text_complete,
                    from_text_layer=result.source == "text")


def with_verdict(result: PageResult, verdict: Verdict) -> PageResult:
    """The page as a verdict reached again from its text says it is (its place kept where the verdict gives none)."""
    return result.model_copy(update={
        "doc_type": verdict.doc_type, "confidence": verdict.confidence, "readable": verdict.readable,
        "served_doc_types": verdict.served, "title_text": verdict.title,
        "page_of": (verdict.page_of[0], verdict.page_of[1] or 0) if verdict.page_of else result.page_of,
        "page_of_last": verdict.page_last if verdict.page_of else result.page_of_last,
        "candidates": [Candidate(doc_type=c, confidence=min(1.0, p)) for c, p in verdict.candidates]})
