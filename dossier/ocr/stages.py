"""The per-page stages, cheapest first, each a small function over a PageContext (as in OCRmyPDF).

render → is_blank → read_identity_qr → extract_text_layer → detect_orientation → find_text (the OCR
engine's own detector on the top of the page and its footer) → upright (the engine's direction
classifier) → read_head → classify_page → read_rest, only when what was read does not settle the page
(a ruling whose operative part is further down, a receipt whose served documents are not yet read, a
court document without its case number, a page with nothing legible at the top).
A stage that settles the page sets `ctx.settled`; later stages are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import cv2
import numpy as np

from dossier.doctypes import doctypes
from dossier.ocr import imaging, punched, two_up, watermark
from dossier.ocr.casenum import find_case_numbers, same_case
from dossier.ocr.classify import (
    READABLE,
    PageText,
    TextLine,
    Verdict,
    begins_operative,
    classify,
    generic_title,
    is_operative_marker,
    served_codes_of,
)
from dossier.ocr.cues import cues
from dossier.ocr.engines.base import OcrEngine
from dossier.ocr.imaging import Line
from dossier.ocr.ingest import SourcePage
from dossier.ocr.models import Candidate, PageResult, ReadText, Source
from dossier.ocr.ngram import NgramModel, shipped_model
from dossier.ocr.titles import normalise, party_names

ANALYSIS_DPI = 150
"""Resolution of the one render every stage works from (title lines are ~50 px, body lines ~27 px)."""
BLANK_DPI = 50
BLANK_INK = 0.001
"""Ink ratio under which a page is blank: a text page is 3–5 %, a single short line about 0.2 %."""
BLANK_DOUBT = 0.6
"""Share of BLANK_INK from which a page under it may still hold text: the last page of a document with one
short line and its footer (履行义务的范围。 / 第2页/共2页: 0.087 %, 拉萨 and 延吉) is read before it is called
blank; it is blank only if nothing on it reads (a 1-bit scan's specks, 0.087 % too, stay blank)."""
FAINT_CONTRAST = 20
BLANK_FAINT = 0.007
"""Share of faintly grey pixels a blank back may have: bleed-through is ~0.3 %, at most 0.54 % over the 430 blank
backs of 60 families measured; a reply faded on thermal fax paper is 0.8–1.6 % (榆林榆阳, court_eb), a smeared page
~6 %."""
BLANK_STRUCTURE = 2.5
"""Grey-level spread of the page once pixel noise is smoothed away: blank backs, bleed-through and
binding shadows included, stay under 1.5; a washed-out page whose text survives only as grey blocks
is 3.5 or more (measured on the dev families of the corpus): it goes on to be found unreadable."""
BLANK_PAPER = 160
"""Grey level the paper of a blank back is at least (recycled or yellowed paper ~200–245)."""
TEXTLESS_FAINT = 0.015
TEXTLESS_CONTRASTS = (8.0, 12.0)
"""Share of the evened-out page still darker than its paper (imaging.textless_faint), at 8 or at 12 grey levels,
under which a sheet without any text box is a blank back. Dust, streaks, uneven bed light, yellowing and a
photographer's shadow (which the measure recognises at 8 levels, not at 12: court_h_02 p41 0.04 % at 8, 4.4 %
at 12) leave 0.1–0.9 % at 8 levels; a reverse showing through thin paper or under a 高拍仪's lamp (court_t's
backs, court_w's) 2–9 % at 8 levels but 0.03–1.0 % at 12; the corpus's two illegible pages of washed-out text
keep 4.9 % at 8 and 2.2–2.5 % at 12. Measured after court_w's one held-out measurement."""
NO_FAINT = 0.001
INK_CONTRAST_LIGHT = 40
"""Grey levels above a dark sheet's paper from which a pixel is light writing (an inverted scan's)."""
"""Share of faint pixels under which the grey-level spread is the paper's own (yellowed towards its edges,
a stain, a lamp's gradient): no text, however washed out, leaves so few (the corpus's illegible pages
have 0.7 %, a blank back showing its front through 0.1 %)."""
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
    """the tall box this line was read in, as one of its strips (stages._strips)"""
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
        """What was cut off the upright page (left, top, right, bottom): the boxes read lie that far inside it."""
        left, top, right, bottom = self.cut
        turned = {0: (left, top, right, bottom), 90: (bottom, left, top, right), 180: (right, bottom, left, top),
                  270: (top, right, bottom, left)}[self.rotation % 360]
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


def render(ctx: PageContext) -> None:
    """The one render of the page; only its grey copy is kept (every stage, the QR one included, reads it)."""
    ctx.grey = ctx.source.render_grey(ANALYSIS_DPI)


NEGATIVE_PAPER = 100
"""Grey level under which a page's paper (its median) is dark: a film negative printed as it is (沈阳和平's 2016
volume, back from microfilm: paper 30–45, strokes 180–220). Paper is 200–250, a grey photocopy 150 or more."""
NEGATIVE_STROKES = (0.01, 0.35)
NEGATIVE_CONTRAST = 60
"""Share of pixels brighter than a dark page's paper by NEGATIVE_CONTRAST that a negative's writing (with its
clear surround) makes: some (a black sheet holds nothing to read), but not the most of it (a light sheet
photographed small on a dark desk is no negative)."""


def invert_negative(ctx: PageContext) -> None:
    """A negative (white writing on dark paper) is turned positive: the detector, trained on dark writing,
    joins a negative's lines into boxes two lines tall that read as nothing."""
    assert ctx.grey is not None
    every = ctx.grey[::8, ::8]
    paper = float(np.median(every))
    least, most = NEGATIVE_STROKES
    if paper < NEGATIVE_PAPER and least <= float((every >= paper + NEGATIVE_CONTRAST).mean()) <= most:
        ctx.grey = cv2.bitwise_not(ctx.grey)


def fade_watermark(ctx: PageContext) -> None:
    """A light watermark tiled on a slant over the page is faded to paper (watermark.py): the detector would
    take its characters for text."""
    assert ctx.grey is not None
    clean = watermark.without_watermark(ctx.grey)
    if clean is not None:
        ctx.grey = clean


def without_facing_page(ctx: PageContext) -> None:
    """A page cut from a book scanner's two-page spread with a strip of the facing page beyond the gutter keeps only
    itself: the strip's line ends and seal rim are another paper's (a blank back would read as an unreadable page,
    a form as the page it faces)."""
    assert ctx.grey is not None
    small = ctx.small = _shrunk(ctx.grey)
    cut = imaging.facing_page_cut(small)
    if cut is not None:
        w = ctx.grey.shape[1]
        x0, x1 = (round(x * w / small.shape[1]) for x in cut)
        ctx.cut = (ctx.cut[0] + x0, ctx.cut[1], ctx.cut[2] + w - x1, ctx.cut[3])
        ctx.grey = np.ascontiguousarray(ctx.grey[:, x0:x1])
        ctx.small = np.ascontiguousarray(small[:, cut[0]:cut[1]])


SHEET_MARGIN = 0.02
"""Share of the photo's longer side kept round a photographed sheet's box: a curled edge, a corner in shadow."""


def within_photographed_sheet(ctx: PageContext) -> None:
    """A photographed sheet is read within itself: the desk round it, or the monitor round a page photographed off
    the screen (唐山路北, court_do), is no part of the paper, and the reader's measures — a line's width against
    the body's, its centring, the bands of the head and the foot — are the sheet's, as on a scan."""
    assert ctx.grey is not None
    box, small = ctx.sheet_box, ctx.small
    if box is None or small is None:
        return
    h, w = ctx.grey.shape
    scale = w / small.shape[1]
    margin = int(SHEET_MARGIN * max(h, w))
    x, y, bw, bh = (round(v * scale) for v in box)
    x0, y0 = max(0, x - margin), max(0, y - margin)
    x1, y1 = min(w, x + bw + margin), min(h, y + bh + margin)
    ctx.cut = (ctx.cut[0] + x0, ctx.cut[1] + y0, ctx.cut[2] + w - x1, ctx.cut[3] + h - y1)
    ctx.grey = np.ascontiguousarray(ctx.grey[y0:y1, x0:x1])
    ctx.small, ctx.sheet_box = _shrunk(ctx.grey), None  # the sheet is all there is now


def _shrunk(grey: np.ndarray) -> np.ndarray:
    h, w = grey.shape
    factor = BLANK_DPI / ANALYSIS_DPI
    return cv2.resize(grey, (max(8, int(w * factor)), max(8, int(h * factor))), interpolation=cv2.INTER_AREA)


def is_blank(ctx: PageContext) -> None:
    """Ink on a 50 dpi copy: blank backs (even with bleed-through) are settled without OCR. A page with
    no dark ink but a lot of faint grey is a smeared scan, not a blank: it goes on to be found unreadable;
    aged paper, evenly tinted or not, with no faint grey either, is a blank.
    A phone photo is judged on the sheet alone, its light evened out (the desk around it is not ink)."""
    assert ctx.grey is not None
    if ctx.small is None:
        ctx.small = _shrunk(ctx.grey)
    ctx.sheet_box = imaging.photographed_sheet(ctx.small)
    small = imaging.sheet_within(ctx.small, ctx.sheet_box)
    ink = ctx.ink = imaging.ink_ratio(small)
    faint = imaging.ink_ratio(small, contrast=FAINT_CONTRAST)
    faint_only = faint < NO_FAINT or (faint < BLANK_FAINT and imaging.structure(small) < BLANK_STRUCTURE)
    if ink < BLANK_INK * BLANK_DOUBT and faint_only and _light(small):
        ctx.doc_type, ctx.blank, ctx.source_kind, ctx.settled = "blank", True, "blank", True
        ctx.confidence = 1.0 - ink / BLANK_INK * 0.5
        return
    if ink < BLANK_INK and faint_only and _light(small):  # a short line and a footer, or specks: read it
        ctx.blank_if_nothing_reads = 1.0 - ink / BLANK_INK * 0.5
    ctx.sheet = small  # kept for blank_when_textless: the sheet as scanned, before any turn


def _light(small: np.ndarray) -> bool:
    """Light paper, or a dark sheet with nothing lighter on it: an inverted colour scan's light writing makes it
    no blank back, whatever its ink; a blank back a scanner's automatic contrast stretched to dark grey (襄阳樊城,
    court_dq: paper 60–140, the 50 dpi copy's grain ±5) holds nothing at all."""
    paper = float(np.median(small))
    return paper >= BLANK_PAPER or float((small > paper + INK_CONTRAST_LIGHT).mean()) < NO_FAINT


def blank_when_textless(ctx: PageContext) -> None:
    """The detector found no text anywhere on the sheet and nothing was read: a blank back under dust,
    scanner streaks or uneven light (which the cheap blank test counts as ink) — unless grey blocks of
    washed-out text remain once the light is evened out: then it stays unreadable. A stray mark the detector
    took for a box (the thumb holding a sheet under a 高拍仪, 雁塔) that reads as nothing at all counts as none."""
    if ctx.settled or ctx.blank or ctx.doc_type != "unknown" or ctx.grey is None:
        return
    if not ctx.rest_read or ((ctx.boxes or ctx.footer_boxes or ctx.read) and not _stray_marks_only(ctx)):
        return
    if ctx.sheet is not None and _light(ctx.sheet) and _faint_text(ctx.sheet) < TEXTLESS_FAINT:
        ctx.doc_type, ctx.blank, ctx.readable, ctx.source_kind, ctx.confidence = "blank", True, True, "blank", 0.7


STRAY_MARKS = 2
"""Boxes a blank sheet may show the detector (a thumb, a clip, a punched hole's shadow): more is text."""


def _stray_marks_only(ctx: PageContext) -> bool:
    """At most STRAY_MARKS boxes the engine's own detector found on the sheet, each read, and every one as
    nothing (no character at all). An engine without a detector (the null engine reads nothing, ever) never
    says so much of a sheet."""
    read = [*ctx.read, *ctx.footer]
    found = len(ctx.boxes) + len(ctx.footer_boxes)
    return (ctx.page_boxes is not None and found <= STRAY_MARKS and len(read) >= found
            and not any(r.text.strip() for r in read))


def _faint_text(sheet: np.ndarray) -> float:
    """How much of a textless sheet may still be washed-out text: the least of its measures at each contrast."""
    return min(imaging.textless_faint(sheet, contrast=contrast) for contrast in TEXTLESS_CONTRASTS)


def blank_when_nothing_reads(ctx: PageContext) -> None:
    """A page the blank test found nearly blank, on which no line read legibly: blank after all."""
    if ctx.blank_if_nothing_reads is None:  # (a QR or a text layer settles a page before it is read)
        return
    if any(_legible(r) for r in [*ctx.read, *ctx.footer]):
        return
    ctx.doc_type, ctx.blank, ctx.readable, ctx.source_kind = "blank", True, True, "blank"
    ctx.confidence, ctx.settled = ctx.blank_if_nothing_reads, True


SHOW_THROUGH_LINES = 4
"""The widest lines of a mirrored sheet read to see whether its other side shows through."""
SHOW_THROUGH_INK = 0.005
"""Most of a sheet as dark as writing (the blank test's ink) that may be its other side showing through: the other
side's writing is seen through paper, always fainter than a sheet's own (a photo taken mirrored has its own ink)."""
SHOW_THROUGH_READ = 0.7
SHOW_THROUGH_WORDS = 4
"""A mirrored line reads as text: this many characters at this confidence (a line of noise reads at 0.2–0.6)."""


def blank_when_showing_through(ctx: PageContext) -> None:
    """A back holding nothing but its front showing through, mirrored, darkened by a scanner's automatic contrast
    until the detector finds its title (襄阳樊城's flatbed, court_dq): it reads as nothing, and mirrored — left to
    right, a sheet turned over sideways, or top to bottom — it reads as the front's title (居民身份证, 授权委托书,
    财产申报表 at 0.89–0.99). With no ink of its own, the sheet is a blank back."""
    detect = getattr(ctx.engine, "detect_quads", None)
    if ctx.settled or ctx.blank or ctx.doc_type != "unknown" or ctx.grey is None or detect is None:
        return
    if ctx.ink is None or ctx.ink > SHOW_THROUGH_INK or any(_legible(r) for r in [*ctx.read, *ctx.footer]):
        return
    for axis in (1, 0):
        mirror = replace(ctx, grey=np.ascontiguousarray(cv2.flip(ctx.grey, axis)))
        assert mirror.grey is not None
        quads = _band_quads(detect, mirror.grey, 0, mirror.grey.shape[0])
        boxes = merge_rows(imaging.boxes_after_rotation(quads, mirror.grey.shape, 0.0))
        widest = sorted(boxes, key=lambda b: b.width, reverse=True)[:SHOW_THROUGH_LINES]
        if any(_reads_as_text(r) for r in _read(mirror, widest, HEAD_RATIO)):
            ctx.doc_type, ctx.blank, ctx.readable, ctx.source_kind, ctx.confidence = "blank", True, True, "blank", 0.8
            return


def _reads_as_text(r: ReadLine) -> bool:
    return r.confidence >= SHOW_THROUGH_READ and len(re.findall(r"[\u4e00-\u9fff]", r.text)) >= SHOW_THROUGH_WORDS


def read_identity_qr(ctx: PageContext) -> None:
    """The DSR1 identity QR of generated documents: top-right corner first (bottom-left when the sheet
    was fed upside down), then the whole page. Read from the grey array (views, no copies: a third of
    the time of decoding PIL crops; red seals over the code are already faded out)."""
    from dossier.qrid import decode_identities

    assert ctx.grey is not None
    grey = ctx.grey
    h, w = grey.shape
    crops = [grey[:int(h * 0.3), int(w * 0.55):], grey[int(h * 0.7):, :int(w * 0.45)], grey]
    for crop in crops:
        found = decode_identities(crop)
        if found:
            ident = found[0]
            ctx.doc_type = ident.doc_type if ident.page == 1 else "continuation"
            ctx.doc_id, ctx.qr_page = ident.doc_id, (ident.page, ident.pages)
            numbers = find_case_numbers(ident.case_number)
            ctx.case_number = numbers[0] if numbers else None
            ctx.confidence, ctx.source_kind, ctx.settled = 1.0, "qr", True
            return


def _real_text(text: str) -> bool:
    """A text layer worth trusting: enough CJK characters, not font-garbage without Unicode mapping."""
    cjk = len(_CJK.findall(text))
    visible = len(re.sub(r"\s", "", text))
    return cjk >= 8 and cjk >= 0.3 * visible


def extract_text_layer(ctx: PageContext) -> None:
    """Born-digital pages: classify from the PDF's own text, no OCR. A scanned page's text layer is some
    scanning program's OCR (look-alikes swapped, lines dropped, cells run together): the page is read
    by ours instead."""
    try:
        if ctx.source.is_scan():
            return
        text = ctx.source.text()
    except Exception:  # a broken text layer is simply not used; OCR follows
        return
    if not _real_text(text):
        return
    ctx.text_layer = text
    rows = [ln.strip() for ln in text.splitlines() if ln.strip()]
    n = max(1, len(rows))
    lines = [TextLine(row, 0.99, centred=len(re.sub(r"\s", "", row)) <= 20, top=i / n,
                      width=min(1.0, len(row) / 30)) for i, row in enumerate(rows)]
    ctx.text = PageText([ln for ln in lines if ln.top < FOOT], [ln for ln in lines if ln.top >= FOOT],
                        complete=True, from_text_layer=True)
    _settle(ctx, classify(ctx.text, _model(ctx)), text)
    ctx.source_kind, ctx.settled = "text", True


def _model(ctx: PageContext) -> NgramModel | None:
    return ctx.model if ctx.model is not None else shipped_model()


def _settle(ctx: PageContext, verdict: Verdict, text: str) -> None:
    """Record a verdict: type, confidence, served documents, the page's place, case number, parties."""
    ctx.verdict = verdict
    ctx.doc_type, ctx.confidence, ctx.readable = verdict.doc_type, verdict.confidence, verdict.readable
    ctx.blank = ctx.blank or verdict.doc_type == "blank"
    ctx.title_text, ctx.served = verdict.title, list(verdict.served)
    ctx.candidates = list(verdict.candidates)
    if verdict.page_of is not None:
        n, m = verdict.page_of
        ctx.page_of = (n, m if m is not None else 0)
        ctx.page_last = verdict.page_last
    numbers = find_case_numbers(text, expected=ctx.expected_case_number)
    # a page that shows the expected number anywhere is this case's (a digit lost in one line is not
    # another case)
    own = [n for n in numbers if ctx.expected_case_number and same_case(n, ctx.expected_case_number)]
    found = own or numbers
    ctx.case_number = found[0] if found else None
    ctx.parties = party_names(text) if verdict.readable else []


def detect_orientation(ctx: PageContext) -> None:
    """Quarter turn (text lines vertical → 90/270), skew by projection profile, then (for engines that
    cannot tell) a layout hint for 180°. With a detector, the top of the page is searched first (the
    rest band by band, when a stage needs it): its boxes say whether lines run down the sheet (a dark
    binding edge or a table rule fools an ink profile), and, turned with the page, they are the lines
    every later stage reads; the
    direction classifier and the reading settle 90 against 270 and 0 against 180 afterwards."""
    assert ctx.grey is not None
    mask = imaging.binarise(ctx.grey)
    detect = getattr(ctx.engine, "detect_quads", None)
    if detect is None:
        _orientation_by_ink(ctx, mask)
        return
    grey, rotation = ctx.grey, 0
    quads = detect(_head_band(grey), PAGE_DETECT_SCALE)
    bottom = int(grey.shape[0] * HEAD)
    boxes = _inside_frame(imaging.boxes_after_rotation(quads, grey.shape, 0.0), grey.shape)
    if not _sideways_boxes(boxes) and (len(boxes) < SPARSE_HEAD or _leaning_sideways(boxes)):
        # little at the top (a signature page lying sideways, a card copy), or as many boxes running down
        # as across (a landscape licence turned, its title and a column or two at the top): the whole
        # sheet decides
        quads, bottom = _whole_sheet(detect, grey, quads), grey.shape[0]
        boxes = _inside_frame(imaging.boxes_after_rotation(quads, grey.shape, 0.0), grey.shape)
    turned_quads = _found_once_turned(detect, grey, boxes) if _undecided(boxes) else None
    if turned_quads is not None:
        grey, rotation, mask = imaging.quarter_turns(grey, 90), 90, imaging.quarter_turns(mask, 90)
        quads, bottom = turned_quads, grey.shape[0]
    elif _sideways_boxes(boxes, least=_least_sideways(grey.shape, whole=bottom == grey.shape[0])):
        grey, rotation = imaging.quarter_turns(grey, 90), 90
        mask = imaging.quarter_turns(mask, 90)
        quads = detect(_head_band(grey), PAGE_DETECT_SCALE)
        bottom = int(grey.shape[0] * HEAD)
    skew = imaging.estimate_skew(mask)
    ctx.page_boxes = [b for b in merge_rows(imaging.boxes_after_rotation(quads, grey.shape, skew)) if b.top < bottom]
    ctx.searched = [(0, bottom)]
    ctx.rotation, ctx.skew, ctx.grey, ctx.mask, ctx.lines = rotation, skew, imaging.rotate(grey, skew), None, []


FRAME_BAND = 0.07
"""Share of the sheet's height at its top and at its foot where a system prints its frame round a paper (a court
portal's header over what a party uploaded and its upload time under it, 昆山 court_cc; a fax's header line): the
paper inside may lie turned in it, so lines there do not say which way the paper's lines run."""


def _inside_frame(boxes: list[Line], shape: tuple[int, ...]) -> list[Line]:
    """The boxes not wholly within the sheet's top or foot band (FRAME_BAND)."""
    h = shape[0]
    return [b for b in boxes if b.bottom > FRAME_BAND * h and b.top < (1 - FRAME_BAND) * h]


def _whole_sheet(detect: Callable[[np.ndarray, float], np.ndarray], grey: np.ndarray, head_quads: np.ndarray) -> np.ndarray:
    """The quadrilaterals of the whole sheet: the head's, then the middle's and the footer's, each band
    searched as read_rest and find_text would (a box belongs to the band its top is in); one detection of
    the whole page would cost the same but hold twice the memory."""
    h = grey.shape[0]
    found = [q for q in head_quads if q[:, 1].min() < h * HEAD]
    for start, end in ((int(h * HEAD), int(h * FOOT)), (int(h * FOOT), h)):
        found += [q for q in _band_quads(detect, grey, start, end) if start <= q[:, 1].min() < end]
    return np.asarray(found, dtype=np.float64).reshape(-1, 4, 2)


def _band_quads(detect: Callable[[np.ndarray, float], np.ndarray], grey: np.ndarray, start: int,
                end: int, scale: float = PAGE_DETECT_SCALE) -> np.ndarray:
    """The detector's quadrilaterals of the band [start, end) searched with BAND_MARGIN around it (so a
    line on its edge is found whole by the band its top is in), in page pixels."""
    h = grey.shape[0]
    margin = int(h * BAND_MARGIN)
    lo = max(0, start - margin)
    quads = detect(grey[lo:min(h, end + margin)], scale)
    return quads + np.array([0.0, lo]) if len(quads) else quads


def _head_band(grey: np.ndarray) -> np.ndarray:
    """The top of the page (with the margin) that is searched first: lines there say whether the sheet
    lies sideways, and they are what the page is read by."""
    return grey[:int(grey.shape[0] * (HEAD + BAND_MARGIN))]


def _orientation_by_ink(ctx: PageContext, mask: np.ndarray) -> None:
    """For engines without a detector: ink profiles for sideways text, skew and the title's place."""
    assert ctx.grey is not None
    rotation = 0
    if imaging.is_sideways(mask):
        rotation = 90
        mask = imaging.quarter_turns(mask, 90)
    skew = imaging.estimate_skew(mask)
    grey = imaging.quarter_turns(ctx.grey, rotation)
    if skew:
        grey = imaging.rotate(grey, skew)
        mask = imaging.binarise(grey)
    lines = imaging.text_lines(mask)
    if _title_at_bottom(lines, mask.shape[0]):
        rotation = (rotation + 180) % 360
        grey, mask = imaging.quarter_turns(grey, 180), imaging.quarter_turns(mask, 180)
        lines = imaging.text_lines(mask)
    ctx.rotation, ctx.skew, ctx.grey, ctx.mask, ctx.lines = rotation, skew, grey, mask, lines


def _least_sideways(shape: tuple[int, ...], *, whole: bool) -> int:
    """How many boxes running down the sheet turn it: three at its top; two on a whole sheet holding
    little; one on a sheet scanned landscape, nothing running across it (a judgment's signature page fed
    sideways: its seal hides the judges' names, only 书记员 and the date are found)."""
    h, w = shape[:2]
    if not whole:
        return 3
    return 1 if w > LANDSCAPE * h else 2


LANDSCAPE = 1.2
"""A sheet this much wider than tall was scanned landscape: an A4 page lying sideways, or a landscape print."""
SPARSE_HEAD = 4
"""Fewer text boxes than this at the top of a sheet do not say which way its lines run."""


def _leaning_sideways(boxes: list[Line]) -> bool:
    """Some boxes run down the sheet and no more run across it: the top alone does not say."""
    flat, tall = _flat_and_tall(boxes)
    return tall >= 1 and tall >= flat


def _undecided(boxes: list[Line]) -> bool:
    """Too few whole lines either way to say how the sheet's lines run: the detector breaks a short vertical line
    into pieces (a page's signature block alone on a sheet turned a quarter, 秦皇岛海港's 缩印 copies: 审判长, the
    date and the seal found as squares and stubs)."""
    flat, tall = _flat_and_tall(boxes)
    return flat < 3 and tall < 3


def _found_once_turned(detect: Callable[[np.ndarray, float], np.ndarray], grey: np.ndarray,
                       boxes: list[Line]) -> np.ndarray | None:
    """The whole sheet's quadrilaterals found with the sheet turned a quarter, when they are lines running across
    it, more of them than before and none running down: its lines ran down the sheet. None otherwise."""
    turned = imaging.quarter_turns(grey, 90)
    quads = _whole_sheet(detect, turned, detect(_head_band(turned), PAGE_DETECT_SCALE))
    flat, _ = _flat_and_tall(boxes)
    turned_flat, turned_tall = _flat_and_tall(_inside_frame(imaging.boxes_after_rotation(quads, turned.shape, 0.0),
                                                            turned.shape))
    return quads if turned_flat >= 3 and turned_tall == 0 and turned_flat > flat else None


def _sideways_boxes(boxes: list[Line], *, least: int = 3) -> bool:
    """Most text boxes are tall and narrow: the lines run down the sheet (on a sheet holding little, two
    such lines and nothing running across it are enough)."""
    flat, tall = _flat_and_tall(boxes)
    return tall >= least and tall > 2 * flat


def _flat_and_tall(boxes: list[Line]) -> tuple[int, int]:
    """How many boxes run across the sheet (twice as wide as tall) and how many down it."""
    return sum(1 for b in boxes if b.width >= 2 * b.height), sum(1 for b in boxes if b.height >= 2 * b.width)


def _title_at_bottom(lines: list[Line], height: int) -> bool:
    if len(lines) < 2:
        return False
    median = float(np.median([ln.height for ln in lines]))
    tallest = max(lines, key=lambda ln: ln.height)
    if tallest.height < TALL * median:
        return False
    centre = (tallest.top + tallest.bottom) / 2
    tall_top = any(ln.height >= TALL * median and ln.bottom < height * 0.4 for ln in lines)
    return centre > height * 0.6 and not tall_top


def find_text(ctx: PageContext) -> None:
    """Text boxes at the top of the page and in its footer: the engine's own detector finds lines in
    tables, under seals and in handwriting, where cutting by ink profiles breaks."""
    assert ctx.grey is not None
    h = ctx.grey.shape[0]
    ctx.origin = 0
    ctx.boxes = detect_between(ctx, 0, int(h * HEAD))
    lower = [b.top for b in ctx.page_boxes or [] if b.top < h * FOOT]
    if not ctx.boxes and lower and (0, h) in ctx.searched:
        # nothing at the top, the whole sheet searched: a small paper lies lower in the frame, its head is there
        ctx.origin = max(0, min(lower) - int(h * BAND_MARGIN))
        ctx.boxes = detect_between(ctx, ctx.origin, ctx.origin + int(h * HEAD))
    head = {id(b) for b in ctx.boxes}
    ctx.footer_boxes = [b for b in detect_between(ctx, int(h * FOOT), h) if b.height <= 0.05 * h and id(b) not in head]


def detect_between(ctx: PageContext, top: int, bottom: int) -> list[Line]:
    """Boxes between two heights of the page (page coordinates), merged into lines, top to bottom."""
    assert ctx.grey is not None
    if ctx.page_boxes is not None:  # the detector's boxes, each band of the page searched once
        _search(ctx, top, bottom)
        return punched.without_holes([b for b in ctx.page_boxes if top <= b.top < bottom], ctx.grey.shape[1])
    detect = getattr(ctx.engine, "detect", None)
    if detect is None:  # an engine without a detector: the projection lines found for orientation
        return [ln for ln in ctx.lines if top <= ln.top < bottom]
    found = detect(ctx.grey[top:bottom])
    boxes = [Line(top=b.top + top, bottom=b.bottom + top, left=b.left, right=b.right) for b in found]
    return punched.without_holes(merge_rows(boxes), ctx.grey.shape[1])


def _search(ctx: PageContext, top: int, bottom: int) -> None:
    """Search the parts of [top, bottom) not searched yet; their boxes replace any there before (a box
    turned over with the page may stand a line off its band)."""
    assert ctx.grey is not None and ctx.page_boxes is not None
    detect = getattr(ctx.engine, "detect_quads", None)
    assert detect is not None  # page_boxes are kept only for engines with a detector
    for start, end in _unsearched(ctx.searched, top, bottom):
        quads = _band_quads(detect, ctx.grey, start, end)
        found = [b for b in merge_rows(imaging.boxes_after_rotation(quads, ctx.grey.shape, 0.0))
                 if start <= b.top < end]
        kept = [b for b in ctx.page_boxes if not start <= b.top < end]
        ctx.page_boxes = sorted(kept + found, key=lambda b: (b.top, b.left))
        ctx.searched = sorted([*ctx.searched, (start, end)])


def _unsearched(searched: list[tuple[int, int]], top: int, bottom: int) -> list[tuple[int, int]]:
    """The parts of [top, bottom) that no searched band covers."""
    gaps, at = [], top
    for start, end in sorted(searched):
        if start > at:
            gaps.append((at, min(start, bottom)))
        at = max(at, end)
        if at >= bottom:
            break
    if at < bottom:
        gaps.append((at, bottom))
    return [(a, b) for a, b in gaps if b > a]


def merge_rows(boxes: list[Line]) -> list[Line]:
    """Boxes of one printed line (a letter-spaced title split by the detector) made one; cells of a table
    row stay apart when the gap between them is wide."""
    out: list[Line] = []
    spaced: list[bool] = []  # the held box is single characters set far apart (证　　明, 判 决 书)
    for box in sorted(boxes, key=lambda b: (b.top, b.left)):
        for i, held in enumerate(out):
            overlap = min(held.bottom, box.bottom) - max(held.top, box.top)
            gap = max(held.left, box.left) - min(held.right, box.right)
            if overlap < 0.6 * min(held.height, box.height) or _column_beside(held, box) or _between_lines(held, box):
                continue
            letters = (_one_character(box) and (spaced[i] or _one_character(held))
                       and 0.75 <= held.height / max(1, box.height) <= 1.33)
            if gap <= 1.5 * max(held.height, box.height) or (letters and gap <= LETTER_GAP * box.height):
                out[i] = Line(top=min(held.top, box.top), bottom=max(held.bottom, box.bottom),
                              left=min(held.left, box.left), right=max(held.right, box.right))
                spaced[i] = letters
                break
        else:
            out.append(box)
            spaced.append(False)
    return sorted(out, key=lambda b: (b.top, b.left))


LETTER_GAP = 4.0
"""A title's characters may stand up to four character widths apart (证　　明); single characters
that far apart on one row are still one line."""


ROW_SPAN = 1.25
"""Two boxes of one printed line together stand no taller than this many times the taller of them."""


def _between_lines(a: Line, b: Line) -> bool:
    """One box stands half a line off the other: a form's label centred beside a cell of two lines (送达文书名称及件数
    beside 执行通知书（…）、报告财 / 产令（…）各一份, 柳州城中) overlaps each of them by half. Merged with one, it would
    make a box a line and a half tall that reads as neither."""
    return max(a.bottom, b.bottom) - min(a.top, b.top) > ROW_SPAN * max(a.height, b.height)


def _column_beside(a: Line, b: Line) -> bool:
    """One box is a column of text running down the sheet, many lines tall, the other a line beside it: the
    court's name in Mongolian script down the margin of an Inner Mongolian court's paper (包头昆都仑), a 装订线
    mark. Merged, the column would swallow the title it stands beside."""
    tall, other = (a, b) if a.height >= b.height else (b, a)
    return tall.height >= 2 * tall.width and tall.height >= 3 * other.height


def _one_character(box: Line) -> bool:
    return box.width <= 1.6 * box.height


def upright(ctx: PageContext) -> None:
    """The engine's direction classifier on the widest lines at the top: a sheet fed upside down is
    turned and its text found again."""
    assert ctx.grey is not None
    classify_direction = getattr(ctx.engine, "upside_down", None)
    if classify_direction is None or not ctx.boxes:
        return
    sample = sorted((b for b in ctx.boxes if b.width >= 3 * b.height), key=lambda b: b.width, reverse=True)[:4]
    if len(sample) < 2:
        return  # single characters and seals say little about direction: reading will tell
    votes = classify_direction([imaging.crop_line(ctx.grey, b, max_ratio=4.0) for b in sample])
    if sum(votes) / len(votes) > 0.6:
        _turn_over(ctx)


def left_page_of_two_up(ctx: PageContext) -> None:
    """A sheet printed two pages up is read as its left page (two_up.py); its right page's footer, read first,
    stays in the page's footer, so that the sheet holds both pages of its document (1/2 | 2/2)."""
    assert ctx.grey is not None
    x = two_up.gutter(ctx.grey.shape, ctx.boxes, ctx.footer_boxes)
    if x is None:
        return
    width = ctx.grey.shape[1]
    facing = sorted((b for b in ctx.footer_boxes if b.left >= x), key=lambda b: abs(b.left + b.right - x - width))
    ctx.facing_footer = [replace(r, box=_moved(r.box, -x), within=None, facing=True) for r in _read(ctx, facing[:2], HEAD_RATIO)]
    ctx.cut_upright = (ctx.cut_upright[0], ctx.cut_upright[1], ctx.cut_upright[2] + width - x, ctx.cut_upright[3])
    ctx.grey = np.ascontiguousarray(ctx.grey[:, :x])
    ctx.mask = np.ascontiguousarray(ctx.mask[:, :x]) if ctx.mask is not None else None
    ctx.lines = [ln for ln in ctx.lines if ln.right <= x]
    ctx.boxes = [b for b in ctx.boxes if b.right <= x]
    ctx.footer_boxes = [b for b in ctx.footer_boxes if b.right <= x]
    if ctx.page_boxes is not None:
        ctx.page_boxes = [b for b in ctx.page_boxes if b.right <= x]


def _moved(box: Line, dx: int) -> Line:
    return Line(top=box.top, bottom=box.bottom, left=box.left + dx, right=box.right + dx)


def _turn_over(ctx: PageContext) -> None:
    assert ctx.grey is not None
    if ctx.page_boxes is not None:
        ctx.page_boxes = imaging.turned_over(ctx.page_boxes, ctx.grey.shape)
        ctx.searched = turned_bands(ctx.searched, ctx.grey.shape[0])
    ctx.grey = imaging.quarter_turns(ctx.grey, 180)
    ctx.mask = imaging.quarter_turns(ctx.mask, 180) if ctx.mask is not None else None
    ctx.lines = imaging.text_lines(ctx.mask) if ctx.mask is not None else []
    ctx.rotation = (ctx.rotation + 180) % 360
    find_text(ctx)


def turned_bands(searched: list[tuple[int, int]], height: int) -> list[tuple[int, int]]:
    """The searched bands once the sheet is turned over. A band held the lines whose top was in it;
    turned, a line's top is where its bottom was, so a line that stood just above a band's top (kept by
    the band above, perhaps never searched) now starts inside it: each band loses a margin at that end
    (none at the page's edge, above which nothing stood)."""
    margin = int(height * BAND_MARGIN)
    turned = [(height - end, height - start - (margin if start > 0 else 0)) for start, end in searched]
    return sorted((a, b) for a, b in turned if b > a)


def read_head(ctx: PageContext) -> None:
    """The first lines at the top (title, court, case number, the start of the body) and the footer.
    When nothing at the top reads, the sheet may be upside down: it is read turned over, and the
    better reading kept."""
    ctx.ocr_read = "title_band"
    _read_head_once(ctx)
    if sum(map(_legible, ctx.read)) < 2:
        # the detector's boxes and the bands searched go back with the sheet: left turned, the rest of the
        # page was read through boxes of the sheet upside down (a Uyghur head, then an operative part unread)
        kept = (ctx.grey, ctx.mask, ctx.lines, ctx.rotation, ctx.boxes, ctx.footer_boxes, ctx.read, ctx.footer,
                ctx.page_boxes, ctx.searched, ctx.head_boxes_read)
        _turn_over(ctx)
        _read_head_once(ctx)
        if _reading_score(ctx.read) <= _reading_score(kept[6]):
            (ctx.grey, ctx.mask, ctx.lines, ctx.rotation, ctx.boxes, ctx.footer_boxes, ctx.read,
             ctx.footer, ctx.page_boxes, ctx.searched, ctx.head_boxes_read) = kept


def _reading_score(read: list[ReadLine]) -> tuple[int, float]:
    """Which of two readings of a sheet (as it lay, turned over) is the right way up: more legible lines,
    then, where neither has any (a page in another script: Vietnamese, whose Latin letters the direction
    classifier trained on Chinese turns over), more characters read at SURELY or more. Otherwise a tie keeps
    the sheet as it lay: a sideways signature page with nothing read at its top is not turned over for a
    stray mark read at 0.38. A legible line counts when it holds Chinese: upside down, a line of figures reads as
    other figures (9393, 电3933) at 0.6–0.7, and outnumbered a court name read under a Uyghur head (喀什, court_ea)."""
    legible = sum(1 for r in read if _legible(r) and len(_CJK.findall(r.text)) >= 2)
    surely = sum(len(r.text.replace(" ", "")) for r in read if r.confidence >= SURELY) if legible == 0 else 0
    return legible, float(surely)


SURELY = 0.8
"""A line read at this confidence or more counts its characters when two readings of a sheet are weighed."""


def _legible(r: ReadLine) -> bool:
    return TextLine(r.text, r.confidence).legible


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


def _lines_first(boxes: list[Line]) -> list[Line]:
    """Boxes that are lines of text (wider than tall) before single characters (a column of digits in
    a narrow cell, a seal's letters): a title or a case number is a line. Top to bottom in each part."""
    lines = [b for b in boxes if b.width >= 1.2 * b.height]
    return lines + [b for b in boxes if b.width < 1.2 * b.height]


def _width(ctx: PageContext) -> int:
    return ctx.grey.shape[1] if ctx.grey is not None else 1


def _read(ctx: PageContext, boxes: list[Line], max_ratio: float | None, *, split: bool = True) -> list[ReadLine]:
    """The boxes read; with `split`, a tall box that reads as nothing is read again as the lines it holds
    (then one box may give several lines, or none)."""
    assert ctx.grey is not None
    if not boxes:
        return []
    crops = [imaging.crop_line(ctx.grey, b, max_ratio=max_ratio) for b in boxes]
    texts = ctx.engine.read_lines(crops)
    read = [ReadLine(b, t.text.strip(), t.confidence,
                     truncated=max_ratio is not None and b.width > max_ratio * b.height)
            for b, t in zip(boxes, texts, strict=True)]
    if not split:
        return read
    read = _read_unsure_tight(ctx, read, max_ratio)
    median = float(np.median([b.height for b in ctx.boxes])) if ctx.boxes else 0.0
    out: list[ReadLine] = []
    for r in read:
        tall = median > 0 and TALL_BOX * median <= r.box.height <= TALLEST_BOX * median
        two = median > 0 and TWO_LINES_BOX * median <= r.box.height < TALL_BOX * median
        if tall and r.confidence < READ_AGAIN:
            out.extend(_strips(ctx, r, median, max_ratio))
        elif two and r.text and r.confidence < READ_IN_HALVES:  # read as nothing: another script, a barcode
            out.extend(_halves(ctx, r, max_ratio))
        else:
            out.append(r)
    return out


def _read_unsure_tight(ctx: PageContext, read: list[ReadLine], max_ratio: float | None) -> list[ReadLine]:
    """Lines read unsure read again from their box trimmed above and below; the new reading replaces the
    old where it is sure. 知书、报告财产令，请点击 in a phone's message, its box reaching into the lines above
    and below, read 知书、报产请 at 0.65; trimmed, at 0.94."""
    assert ctx.grey is not None
    unsure = [i for i, r in enumerate(read) if r.text and r.confidence < READ_TIGHT and r.box.height >= TIGHT_LEAST]
    if not unsure:
        return read
    crops = [imaging.crop_line(ctx.grey, read[i].box, max_ratio=max_ratio, tight=True) for i in unsure]
    out = list(read)
    for i, t in zip(unsure, ctx.engine.read_lines(crops), strict=True):
        if t.confidence >= READ_TIGHT and t.confidence > read[i].confidence and t.text.strip():
            out[i] = ReadLine(read[i].box, t.text.strip(), t.confidence, read[i].truncated)
    return out


READ_TIGHT = 0.8
"""A line read under this confidence is read again from its trimmed box, and the trimmed reading kept
only when it reaches it."""
TIGHT_LEAST = 8
"""A box less than this many pixels tall is not trimmed: what would remain is too thin to read."""
TALL_BOX = 2.2
TALLEST_BOX = 6.0
READ_AGAIN = 0.5
"""A box 2.2–6 lines tall read at a confidence under 0.5: the detector joined lines that a seal or a
frame connects (送达回证 above its case number, under the court's seal), and the recogniser, which
reads one line, read nothing; its strips are read instead (a larger box is a photo or a drawing)."""
STRIP = 1.6
"""A strip is 1.6 line-heights tall, one every 0.75 line-height down the box."""
TWO_LINES_BOX = 1.3
READ_IN_HALVES = 0.7
"""A box 1.3–2.2 lines tall read at a confidence under 0.7: the detector took a table row whose middle cell
wraps onto a second line (执行裁定书（终结本次执行程序） 各 / 一份) as one line, the labels beside it centred
between the two; the recogniser, reading one line, garbled both (行定书(终持本次). It is read again as its upper
and lower half (the lower one often holds only the wrapped words and the labels' lower edges)."""
SURE_HALF = 0.8
"""One of the halves must read at least this sure for the halves to replace the whole."""


def _strips(ctx: PageContext, tall: ReadLine, median: float, max_ratio: float | None) -> list[ReadLine]:
    """The lines inside a tall box: overlapping strips read, the surest kept where they overlap."""
    assert ctx.grey is not None
    box, step = tall.box, 0.75 * median
    strips, top = [], float(box.top)
    while top < box.bottom - 0.5 * median:
        strips.append(Line(top=int(top), bottom=min(box.bottom, int(top + STRIP * median)), left=box.left,
                           right=box.right))
        top += step
    read = _read(ctx, strips, max_ratio, split=False)
    kept: list[ReadLine] = []
    for r in sorted((r for r in read if r.text and r.confidence >= READ_AGAIN), key=lambda r: -r.confidence):
        if all(min(r.box.bottom, k.box.bottom) - max(r.box.top, k.box.top) < 0.3 * median for k in kept):
            kept.append(r)
    return [ReadLine(r.box, r.text, r.confidence, r.truncated, within=box)
            for r in sorted(kept, key=lambda r: r.box.top)] or [tall]


def _halves(ctx: PageContext, two: ReadLine, max_ratio: float | None) -> list[ReadLine]:
    """A box of two lines read as its upper and lower half, cut at its lightest row near the middle; the
    halves are kept only if one reads sure and both, on average, surer than the whole (a large title read
    poorly, cut through its characters, stays one line)."""
    assert ctx.grey is not None
    box = two.box
    band = ctx.grey[box.top:box.bottom, box.left:box.right]
    lo, hi = int(box.height * 0.3), int(box.height * 0.7)
    if band.size == 0 or hi <= lo:
        return [two]
    cut = box.top + lo + int(np.argmax(band[lo:hi].mean(axis=1)))
    halves = [Line(top=box.top, bottom=cut, left=box.left, right=box.right),
              Line(top=cut, bottom=box.bottom, left=box.left, right=box.right)]
    read = [r for r in _read(ctx, halves, max_ratio, split=False) if r.text]
    confidences = [r.confidence for r in read]
    if not read or max(confidences) < SURE_HALF or sum(confidences) / len(confidences) <= two.confidence:
        return [two]
    return [ReadLine(r.box, r.text, r.confidence, r.truncated, within=box) for r in read]


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

    def beside(b: Line, box: Line) -> bool:
        """`b` is a stamp or a page number right of a centred line (收件 2024.03.06 beside the title), or a piece
        of a column of vertical Mongolian script in the margin left of it (呼和浩特's heads), not a cell of its
        row: short, and well apart; or a mark beside it, even touching it, that reads as nothing legible (a seal
        dithered to dots by a copier's black-and-white scan, over the left end of 决定书: 点外 at 0.19). A short note
        a character apart and off the line's row (a sticky note's 页码？ stuck beside the title, 丹东振兴) is no cell
        of it either: a table's cells stand on one row."""
        centred = abs((box.left + box.right) / 2 - w / 2) < 0.12 * w
        apart = max(b.left - box.right, box.left - b.right)
        smudge = (b.top, b.bottom, b.left, b.right) in smudges and not box.left <= (b.left + b.right) / 2 <= box.right
        short = b.width <= 3.5 * b.height
        off_row = abs((b.top + b.bottom) - (box.top + box.bottom)) / 2 >= OFF_ROW * box.height
        return centred and ((apart >= 1.5 * box.height and short) or (apart >= box.height and short and off_row)
                            or smudge)

    split = {id(r.within) for r in ctx.read if r.within is not None}  # a strip's own tall box is no neighbour

    def alone(box: Line) -> bool:
        return not any(b is not box and id(b) not in split
                       and min(b.bottom, box.bottom) - max(b.top, box.top) > 0.5 * box.height
                       and b.width > 0.5 * b.height and not beside(b, box) for b in boxes)

    def line(r: ReadLine) -> TextLine:
        centre = (r.box.left + r.box.right) / 2
        return TextLine(r.text, r.confidence, height=r.box.height / median,
                        centred=abs(centre - w / 2) < 0.12 * w and r.box.width < 0.6 * w,
                        top=max(0, r.box.top - ctx.origin) / h, width=r.box.width / w, alone=alone(r.box),
                        facing=r.facing)

    ordered = sorted(ctx.read, key=lambda r: (r.box.top, r.box.left))
    return PageText([line(r) for r in ordered], [line(r) for r in ctx.footer], complete=ctx.rest_read)


def _read_boxes(read: list[ReadLine]) -> set[int]:
    """Identities of the boxes read: each line's, and the tall box its strips were read in."""
    return {id(r.box) for r in read} | {id(r.within) for r in read if r.within is not None}


def classify_page(ctx: PageContext) -> None:
    ctx.source_kind = "ocr"
    ctx.text = page_text(ctx)
    ordered = sorted(ctx.read, key=lambda r: (r.box.top, r.box.left))
    ctx.text_boxes = [r.box for r in [*ordered, *ctx.footer]]
    _settle(ctx, classify(ctx.text, _model(ctx)), "\n".join(r.text for r in [*ctx.read, *ctx.footer]))


def read_cut_rows(ctx: PageContext) -> None:
    """A receipt's rows at the top that were cut short are read whole first: the documents it served
    usually stand there (执行通知书、报告财产令各一份), and reading the rest of the sheet costs a detection
    and a dozen lines more."""
    if ctx.doc_type != "service_receipt" or ctx.rest_read or ctx.grey is None:
        return
    cut = [r for r in ctx.read if r.truncated]
    if cut:
        _read_whole(ctx, cut)
        classify_page(ctx)


def _read_whole(ctx: PageContext, cut: list[ReadLine]) -> None:
    """Lines read only in part (their first words) read again whole, in their place (a box of two lines
    as its halves)."""
    whole = {id(r): _read(ctx, [r.box], None) for r in cut}
    ctx.read = [w for r in ctx.read for w in whole.get(id(r), [r])]


def needs_rest(ctx: PageContext) -> bool:
    """What was read does not settle the page: the classifier says so, a receipt names no document
    yet, or a court document's case number was not at the top."""
    verdict = ctx.verdict
    if ctx.settled or ctx.blank or ctx.rest_read or verdict is None:
        return False
    if not verdict.settled:
        return True
    if ctx.doc_type == "service_receipt":  # what it serves may stand past where a line was cut
        return not ctx.served or any(r.truncated for r in ctx.read) or _another_form_below(ctx) is not None
    dt = doctypes().get(ctx.doc_type)
    return dt is not None and dt.group == "court" and ctx.case_number is None


def _another_form_below(ctx: PageContext) -> int | None:
    """A second form further down the sheet (two 送达回证 printed on one page): a centred line below the
    head of the same size as one at the top (the court's name, the title), the form printed again.
    Judged from the boxes alone."""
    assert ctx.grey is not None
    h, w = ctx.grey.shape

    def centred(b: Line) -> bool:
        return abs((b.left + b.right) / 2 - w / 2) < 0.08 * w and b.width >= 2 * b.height

    def alike(a: Line, b: Line) -> bool:
        return abs(a.width - b.width) <= 0.15 * a.width and abs(a.height - b.height) <= 0.2 * a.height

    top = [b for b in ctx.boxes[:4] if centred(b)]
    if not top:
        return None
    below = [b for b in detect_between(ctx, int(h * HEAD), int(h * FOOT)) if centred(b)]
    again = [b.top for b in below if any(alike(a, b) for a in top)]
    return min(again) if again else None


def read_rest(ctx: PageContext) -> None:
    """The rest of the page, read selectively: paragraph starts (the operative part begins a
    paragraph: “终结本次执行程序。”), short cells (form labels), the first lines below the head. A
    receipt's rows are read whole (the served documents may be listed at length)."""
    assert ctx.grey is not None
    h = ctx.grey.shape[0]
    head = {id(b) for b in ctx.boxes}
    below = [b for b in detect_between(ctx, int(h * HEAD), int(h * FOOT)) if id(b) not in head]
    done = _read_boxes([*ctx.read, *ctx.footer])
    unread_head = [b for b in ctx.boxes[HEAD_LINES:] if id(b) not in done]  # (the head's body may have been read)
    ctx.boxes = ctx.boxes + below
    receipt = ctx.doc_type == "service_receipt"
    if receipt:  # a receipt's rows are read whole: “执行裁定书（终结本次执行程序）各一份”
        _read_whole(ctx, [r for r in ctx.read if r.truncated])
    pool = [*unread_head, *below]
    second = _another_form_below(ctx) if receipt else None  # its bands are searched already: no detection
    if second is not None:  # the second form's rows, as the first form's were read
        pool = [b for b in pool if b.top >= second]
    chosen = _worth_reading(pool, _width(ctx), limit=MORE_LINES)
    ctx.read = ctx.read + _read(ctx, chosen, None if receipt else REST_RATIO)
    ctx.rest_read = True
    ctx.ocr_read = "full_page"
    classify_page(ctx)


SERVED_ROWS = 8
"""At most this many more rows of a receipt's document column are read."""


def read_served_column(ctx: PageContext) -> None:
    """A receipt that lists one document a row (执行通知书1份 / 报告财产令1份 …): the rows in the column of a
    row that named a document, above and below it, and the cells right of its 送达文书 label, are read
    too — a selective reading may have left them out, and a receipt's every document counts. So is an
    e-service print's list of documents sent (文书名称): standing alone, it is their receipt."""
    attachment = ctx.verdict is not None and ctx.verdict.evidence == "attachment"  # an e-service print
    if (ctx.doc_type != "service_receipt" and not attachment) or ctx.grey is None:
        return
    if not attachment and not any(served_codes_of(r.text) or _served_label(r.text) for r in ctx.read):
        # neither the row that names the documents nor its label was read (a receipt's head read to its
        # addressee, the rows under it left for later): its unread rows are read, top down, until one is
        unread = _read_boxes([*ctx.read, *ctx.footer])
        _read_rows_until_served(ctx, [b for b in ctx.boxes if id(b) not in unread and b.width >= 1.2 * b.height])
    cut = [r for r in ctx.read if r.truncated and _served_label(r.text)]
    if not ctx.served and cut:  # its served row read only in part: the names (…号受理案件通知书) may run past where
        _read_whole(ctx, cut)   # the line was cut (无锡梁溪: a number before each name); no other row is read again
        classify_page(ctx)
    if not ctx.served:
        _read_served_row_to_its_end(ctx)
    _read_wrapped_cells(ctx)
    named = [r for r in ctx.read if served_codes_of(r.text)]
    labels = [r for r in ctx.read if _served_label(r.text)]
    read_boxes = _read_boxes([*ctx.read, *ctx.footer])

    def in_column(b: Line) -> bool:
        beside_named = any(abs(b.left - r.box.left) <= r.box.height and abs(b.top - r.box.top) <= 6 * r.box.height
                           for r in named)
        # the cell's next line taken into one row with the label beside it (送达文书名称及件数 | 报告财产令 一份 under
        # 执行通知书 一份, 鞍山铁东): a row reaching across the named line's start, just below it
        across_named = any(b.left < r.box.left - r.box.height and b.right > r.box.left + 2 * r.box.height
                           and 0 < b.top - r.box.top <= 2 * r.box.height for r in named)
        right_of_label = any(b.left >= r.box.right - r.box.height and -r.box.height <= b.top - r.box.top <= 6 * r.box.height
                             for r in labels)
        under_label = any(r.box.left - r.box.height <= b.left <= r.box.right and 0 < b.top - r.box.top <= 6 * r.box.height
                          for r in labels)  # a column headed 送达文书名称及件数
        return beside_named or across_named or right_of_label or under_label

    column = [b for b in ctx.boxes if id(b) not in read_boxes and b.width >= 1.2 * b.height and in_column(b)]
    if not column:
        return
    ctx.read = ctx.read + _read(ctx, column[:SERVED_ROWS], None)
    classify_page(ctx)


def _read_served_row_to_its_end(ctx: PageContext) -> None:
    """A served label's row whose box ends before the form does, no document named: the cell's words beyond it were
    too faint for the detector (washed out under a phone's flash, 佳木斯向阳 court_ei_01: 送达文书名称及件数执行通 and
    nothing after). The row is read again to the form's right edge, its faint print lifted (imaging.lifted)."""
    assert ctx.grey is not None
    right = max((b.right for b in ctx.boxes), default=0)
    rows = [r for r in ctx.read if _served_label(r.text) and not r.facing and r.box.right < right - 2 * r.box.height]
    if not rows:
        return
    boxes = [Line(top=r.box.top, bottom=r.box.bottom, left=r.box.left, right=right) for r in rows]
    texts = ctx.engine.read_lines([imaging.lifted(imaging.crop_line(ctx.grey, b)) for b in boxes])
    # kept only where it names what was served; the detector's short box kept as the one it was read from, so that
    # no later stage reads it again
    again = {id(r): ReadLine(b, t.text.strip(), t.confidence, within=r.box)
             for r, b, t in zip(rows, boxes, texts, strict=True) if served_codes_of(t.text)}
    if not again:
        return
    ctx.read = [again.get(id(r), r) for r in ctx.read]
    classify_page(ctx)


def _read_wrapped_cells(ctx: PageContext) -> None:
    """The served cell's row taken as one box with its wrapped second line (…执行通知书、（2024）苏021 / 3执39264号
    报告财产令, 无锡梁溪), read as one line in a jumble that names only some of the documents: read again as its two
    halves, beside the whole — what either names was served."""
    median = float(np.median([b.height for b in ctx.boxes])) if ctx.boxes else 0.0
    wrapped = [r for r in ctx.read if _served_label(r.text) and r.within is None
               and median > 0 and TWO_LINES_BOX * median <= r.box.height < TALL_BOX * median]
    if not wrapped:
        return
    halves = {id(r): [h for h in _halves(ctx, r, None) if h is not r] for r in wrapped}
    if not any(halves.values()):
        return
    ctx.read = [line for r in ctx.read for line in [r, *halves.get(id(r), [])]]
    classify_page(ctx)


def _served_label(text: str) -> bool:
    """The line is the label of a receipt's cell that names the documents served (送达文书名称及件数)."""
    return any(word in normalise(text) for word in cues().served_labels)


def _read_rows_until_served(ctx: PageContext, rows: list[Line]) -> None:
    """The rows read one at a time, top down, until one names a served document or is its label (a line costs
    the same read alone as in a batch); at most SERVED_ROWS."""
    for box in rows[:SERVED_ROWS]:
        read = _read(ctx, [box], REST_RATIO)
        ctx.read = ctx.read + read
        if any(served_codes_of(r.text) or _served_label(r.text) for r in read):
            break
    classify_page(ctx)


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
    found = [b for b in merge_rows(imaging.boxes_after_rotation(quads, ctx.grey.shape, 0.0))
             if start <= b.top and b.height <= 0.05 * h] or _footer_ink(ctx.grey, start)
    if not found:
        return
    ctx.footer_boxes = found
    ctx.footer = _read(ctx, _middle_first(ctx, found)[:2], HEAD_RATIO)
    classify_page(ctx)


FOOTER_INK_WIDTH = 0.3
"""Widest share of the sheet a page number's ink may span when the detector found nothing in the footer."""


def _footer_ink(grey: np.ndarray, start: int) -> list[Line]:
    """Short runs of ink in the footer band, cut by their profile: the detector passes over a page number standing
    alone under a nearly empty sheet (— 2 — under a ruling's seal and date, 襄阳樊城 court_dq_02)."""
    h, w = grey.shape
    band = grey[start:]
    paper = float(np.median(band))
    mask = cv2.medianBlur(np.where(band < paper - imaging.INK_CONTRAST, 255, 0).astype(np.uint8), 3)
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


OPERATIVE_LINES = 4


def read_operative(ctx: PageContext) -> None:
    """A form title (执行裁定书, 决定书) whose operative part was not found in the lines read so far: the
    lines after 裁定如下/决定如下 (or, without that marker, the lowest lines of the body) were read only
    in part; read up to four of them whole and decide again."""
    verdict = ctx.verdict
    if verdict is None or not verdict.operative_wanted or not ctx.rest_read:
        return
    ordered = sorted(ctx.read, key=lambda r: (r.box.top, r.box.left))
    marks = [i for i, r in enumerate(ordered) if is_operative_marker(r.text)]
    if marks:
        partial = [r for r in ordered[marks[-1]:] if r.truncated][:OPERATIVE_LINES // 2]
    else:  # the operative part closes the body, just above the signatures: the lowest lines first, unless a
        # line cut short begins as an operative sentence does (the body running on to the next page)
        generic = generic_title(verdict.title) if verdict.title else None
        cut = [r for r in ordered if r.truncated]
        opening = [r for r in cut if generic is not None and begins_operative(generic, r.text)]
        partial = [*opening, *[r for r in cut if r not in opening][::-1]][:OPERATIVE_LINES // 2]
        partial.sort(key=lambda r: (r.box.top, r.box.left))
    # an operative sentence runs on to the next line, which a selective reading may have left out; so does
    # the marker's line read whole (…的规定，裁定如下： / 终结本院……的本次执行程序。 unread under it: 呼和浩特)
    anchors = [ordered[marks[-1]], *partial] if marks else partial
    boxes = sorted(ctx.boxes, key=lambda b: (b.top, b.left))
    following = _next_unread(boxes, anchors, _read_boxes(ctx.read))
    if not partial and not following:
        return
    _read_whole(ctx, partial)
    found = _read(ctx, following[:OPERATIVE_LINES], None)
    ctx.read = ctx.read + found
    # the line just read may be the marker itself (…的规定，裁定如下：, 南阳宛城's 终本 ruling): what it introduces
    # stands under it
    marked = [r for r in found if is_operative_marker(r.text)]
    under = _next_unread(boxes, marked, _read_boxes(ctx.read))
    if under:
        ctx.read = ctx.read + _read(ctx, under[:OPERATIVE_LINES], None)
    classify_page(ctx)


def _next_unread(boxes: list[Line], anchors: list[ReadLine], read_boxes: set[int]) -> list[Line]:
    """For each line read, the first box under it not read yet (boxes top to bottom), each once."""
    following: list[Line] = []
    for r in anchors:
        later = [b for b in boxes if b.top > r.box.top + r.box.height // 2 and id(b) not in read_boxes]
        if later and later[0] not in following:
            following.append(later[0])
    return following


def read_operative_continued(ctx: PageContext) -> None:
    """A later page holding the operative part of the document before it (…裁定如下： / 终结本院（2026）湘0406执69284号
    案件的本次执行程序。): its sentences read only in part are read whole, since what the form decides stands at
    their end (…案件的本 said neither 终结本次执行程序 nor 终结执行, and a phrase run on across the cut — 可供执行财产的，
    / 执行。 — spelt 终结…的执行: 衡阳雁峰's 终本 ruling read as a 终结执行 ruling)."""
    if ctx.doc_type != "continuation" or ctx.grey is None:
        return
    ordered = sorted(ctx.read, key=lambda r: (r.box.top, r.box.left))
    marks = [i for i, r in enumerate(ordered) if is_operative_marker(r.text)]
    if not marks:
        return
    cut = [r for r in ordered[marks[-1]:] if r.truncated][:OPERATIVE_LINES // 2]
    if cut:
        _read_whole(ctx, cut)
        classify_page(ctx)


def _worth_reading(boxes: list[Line], page_width: int, *, limit: int) -> list[Line]:
    """Up to `limit` boxes: the first few below the head, then paragraph starts and short cells, then the
    other lines in order. All are read at once: reading the starts first and the rest only when they did
    not settle the page saved ~3 % of the reading, and a bank slip's labels (户名, 账号) then settled it as
    an account form before its 案款发放 line was read."""
    if not boxes:
        return []
    median = float(np.median([b.height for b in boxes]))
    margin = min(b.left for b in boxes)
    first = boxes[:3]
    starts = [b for b in boxes[3:] if b.left - margin >= 1.2 * median or b.width <= 8 * median]
    picked = [*first, *starts]
    if len(picked) < limit:
        picked += [b for b in boxes[3:] if b not in picked]
    return sorted(picked[:limit], key=lambda b: (b.top, b.left))
