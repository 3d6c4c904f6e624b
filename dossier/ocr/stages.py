"""The per-page stages, cheapest first, each a small function over a PageContext (as in OCRmyPDF).

render → is_blank → read_identity_qr → extract_text_layer → detect_orientation → ocr_title_band →
classify (→ ocr_full_page only when the title band does not settle the type or the case number).
A stage that settles the page sets `ctx.settled`; later stages are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import cv2
import numpy as np

from dossier.doctypes import doctypes
from dossier.ocr import imaging
from dossier.ocr.casenum import find_case_numbers, same_case
from dossier.ocr.engines.base import LineText, OcrEngine
from dossier.ocr.imaging import Line
from dossier.ocr.ingest import SourcePage
from dossier.ocr.models import PageResult, Source
from dossier.ocr.titles import TitleMatch, looks_like_receipt, match_title, party_names, served_doc_types

ANALYSIS_DPI = 150
"""Resolution of the one render every stage works from (title lines are ~50 px, body lines ~27 px)."""
BLANK_DPI = 50
BLANK_INK = 0.001
"""Ink ratio under which a page is blank: a text page is 3–5 %, a single short line about 0.2 %."""
FAINT_CONTRAST = 20
BLANK_FAINT = 0.02
"""Share of faintly grey pixels a blank back may have (bleed-through is ~0.3 %, a smeared page ~6 %)."""
TITLE_BAND = 0.35
BAND_LINES = 6
MORE_LINES = 10
BELOW_RATIO = 14.0
"""Lines under a title are read up to 14 characters: the case number, or “送达文书：执行通知书”."""
BAND_RATIO = 20.0
"""Band lines are read up to 20 line-heights wide (~20 characters): titles, court and case number fit,
and long body lines cost no more than a short one."""
READABLE = 0.6
"""Mean recogniser confidence under which a page is reported unreadable rather than guessed."""
TALL = 1.3
_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[\u4e00-\u9fff0-9]")


@dataclass
class ReadLine:
    box: Line
    text: str
    confidence: float
    truncated: bool = False

    @property
    def cjk(self) -> int:
        return len(_CJK.findall(self.text))


@dataclass
class PageContext:
    """Everything known about one page while it passes the stages."""

    source: SourcePage
    engine: OcrEngine
    expected_case_number: str | None = None
    grey: np.ndarray | None = None
    mask: np.ndarray | None = None
    lines: list[Line] = field(default_factory=list)
    read: list[ReadLine] = field(default_factory=list)
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

    def result(self, seconds: float) -> PageResult:
        thumb = imaging.thumbnail_png(self.grey) if self.grey is not None else None
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
            seconds=round(seconds, 3), thumbnail_png=thumb)


def render(ctx: PageContext) -> None:
    """The one render of the page; only its grey copy is kept (every stage, the QR one included, reads it)."""
    ctx.grey = imaging.to_grey(ctx.source.render(ANALYSIS_DPI))


def is_blank(ctx: PageContext) -> None:
    """Ink on a 50 dpi copy: blank backs (even with bleed-through) are settled without OCR. A page with
    no dark ink but a lot of faint grey is a smeared scan, not a blank: it goes on to be found unreadable."""
    assert ctx.grey is not None
    h, w = ctx.grey.shape
    factor = BLANK_DPI / ANALYSIS_DPI
    small = cv2.resize(ctx.grey, (max(8, int(w * factor)), max(8, int(h * factor))), interpolation=cv2.INTER_AREA)
    ink = imaging.ink_ratio(small)
    faint = imaging.ink_ratio(small, contrast=FAINT_CONTRAST)
    if ink < BLANK_INK and faint < BLANK_FAINT:
        ctx.doc_type, ctx.blank, ctx.source_kind, ctx.settled = "blank", True, "blank", True
        ctx.confidence = 1.0 - ink / BLANK_INK * 0.5


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
    """Born-digital pages: classify from the PDF's own text, no OCR."""
    try:
        text = ctx.source.text()
    except Exception:  # a broken text layer is simply not used; OCR follows
        return
    if not _real_text(text):
        return
    ctx.text_layer = text
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    head = lines[:8]
    title = _first_title(head, tall=[len(re.sub(r"\s", "", ln)) <= 20 for ln in head])
    _settle_from_text(ctx, title, head_text="\n".join(head), full_text=text, confidence=0.99, readable=True)
    ctx.source_kind, ctx.settled = "text", True


def _first_title(texts: list[str], tall: list[bool], eligible: list[bool] | None = None) -> tuple[int, TitleMatch] | None:
    """The first line that is a title. `eligible`: lines placed where a title can be (OCR geometry)."""
    for i, (text, is_tall) in enumerate(zip(texts, tall, strict=True)):
        if eligible is not None and not eligible[i]:
            continue
        match = match_title(text, tall=is_tall)
        if match is not None:
            return i, match
    return None


def _settle_from_text(ctx: PageContext, title: tuple[int, TitleMatch] | None, *, head_text: str,
                      full_text: str, confidence: float, readable: bool) -> None:
    """Type, receipt trap, served documents, case number and parties from text read off the page."""
    numbers = find_case_numbers(head_text, expected=ctx.expected_case_number)
    if not numbers and full_text != head_text:  # the OCR path passes the band as both
        numbers = find_case_numbers(full_text, expected=ctx.expected_case_number)
    ctx.case_number = numbers[0] if numbers else None
    ctx.parties = party_names(full_text)
    ctx.readable = readable
    code = title[1].code if title is not None else None
    if looks_like_receipt(head_text, code):
        titled = title[1] if title is not None and code == "service_receipt" else None
        ctx.doc_type = "service_receipt"
        ctx.title_text = titled.title if titled else "送达回证"
        ctx.served = served_doc_types(full_text)
        ctx.confidence = confidence * (titled.score if titled else 0.9)
        return
    if title is not None:
        ctx.doc_type, ctx.title_text = title[1].code, title[1].title
        ctx.confidence = confidence * title[1].score
        return
    ctx.doc_type = "continuation"
    ctx.confidence = confidence * 0.9


def detect_orientation(ctx: PageContext) -> None:
    """Quarter turn (text lines vertical → 90/270), skew by projection profile, then a layout hint for
    180° (the largest line, the title, sits at the bottom). The OCR confirms or flips it."""
    assert ctx.grey is not None
    mask = imaging.binarise(ctx.grey)
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


def _centred(line: Line, page_width: int) -> bool:
    """Set as a title is: centred and short (a table row or the end of a paragraph is not)."""
    centre = (line.left + line.right) / 2
    return abs(centre - page_width / 2) < 0.12 * page_width and line.width < 0.5 * page_width


def _band(lines: list[Line], height: int) -> list[Line]:
    """The top lines of the page, without slivers (what is left of a table rule after deskew)."""
    median = float(np.median([ln.height for ln in lines])) if lines else 0.0
    solid = [ln for ln in lines if ln.height >= 0.5 * median]
    band = [ln for ln in solid if ln.top < height * TITLE_BAND][:BAND_LINES]
    return band or solid[:2]


def _read(ctx: PageContext, lines: list[Line], grey: np.ndarray | None = None,
          max_ratio: float | None = None) -> list[ReadLine]:
    grey = ctx.grey if grey is None else grey
    assert grey is not None
    crops = [imaging.crop_line(grey, ln, max_ratio=max_ratio) for ln in lines]
    texts: list[LineText] = ctx.engine.read_lines(crops)
    return [ReadLine(ln, t.text.strip(), t.confidence,
                     truncated=max_ratio is not None and ln.width > max_ratio * ln.height)
            for ln, t in zip(lines, texts, strict=True)]


def _legible(line: ReadLine) -> bool:
    """A line that was really read: a few characters (Chinese or digits), recognised with confidence."""
    return len(_WORD.findall(line.text)) >= 4 and line.confidence >= READABLE


def _quality(read: list[ReadLine]) -> float:
    """Confidence of a set of read lines, weighted by the Chinese characters each yielded."""
    weight = sum(max(1, r.cjk) for r in read if r.text)
    if weight == 0:
        return 0.0
    return sum(r.confidence * max(1, r.cjk) for r in read if r.text) / weight


def ocr_title_band(ctx: PageContext) -> None:
    """Read the title band; if it reads badly, the page may be upside down: read it turned 180°."""
    assert ctx.grey is not None and ctx.mask is not None
    read = _read_band(ctx, ctx.grey, ctx.lines)
    ctx.ocr_read = "title_band"
    quality = _quality(read)
    if quality < 0.8 and ctx.lines:
        grey, mask = imaging.quarter_turns(ctx.grey, 180), imaging.quarter_turns(ctx.mask, 180)
        lines = imaging.text_lines(mask)
        flipped = _read_band(ctx, grey, lines)
        if _quality(flipped) > quality + 0.1:
            ctx.grey, ctx.mask, ctx.lines, read = grey, mask, lines, flipped
            ctx.rotation = (ctx.rotation + 180) % 360
    ctx.read = read


def _title_under_seal(ctx: PageContext, grey: np.ndarray, band: list[Line]) -> ReadLine | None:
    """The band cut into lines again on black ink alone (a seal scanned in grey fuses lines and hides
    strokes), and its largest line read without the grey ink."""
    h, _ = grey.shape
    lo, hi = max(0, band[0].top - 8), min(h, max(ln.bottom for ln in band) + 8)
    dark = imaging.without_grey_marks(grey[lo:hi])
    parts = imaging.text_lines(imaging.binarise(dark))
    if not parts:
        return None
    part = max(parts, key=lambda p: p.height)
    box = Line(top=part.top + lo, bottom=part.bottom + lo, left=part.left, right=part.right)
    crop = imaging.without_grey_marks(imaging.crop_line(grey, box, pad=0.4, max_ratio=BAND_RATIO))
    (text,) = ctx.engine.read_lines([crop])
    return ReadLine(box, text.text.strip(), text.confidence)


def _read_band(ctx: PageContext, grey: np.ndarray, lines: list[Line]) -> list[ReadLine]:
    """As little as settles the page: the largest line of the band (the title) and the few lines under
    it (case number, what a receipt served); the other band lines only when that line is no title."""
    band = _band(lines, grey.shape[0])
    if not band:
        return []
    median = float(np.median([ln.height for ln in lines]))
    tallest = max(band, key=lambda ln: ln.height)
    first: list[ReadLine] = []
    if tallest.height >= TALL * median:
        first = _read(ctx, [tallest], grey, max_ratio=BAND_RATIO)
        match = match_title(first[0].text, tall=True)
        if match is None or match.score < 0.8:  # a seal over the title? read it again without grey ink
            again = _title_under_seal(ctx, grey, band)
            retry = match_title(again.text, tall=True) if again is not None else None
            if again is not None and retry is not None and (match is None or retry.score > match.score):
                first, match = [again], retry
        if match is not None and match.score >= 0.8:
            below = [ln for ln in lines if ln.top >= first[0].box.bottom]
            read = first + _read(ctx, below[:2], grey, max_ratio=BELOW_RATIO)
            if not any(_legible(r) for r in read[1:]):  # a seal's remains under the title: read on
                read += _read(ctx, below[2:4], grey, max_ratio=BELOW_RATIO)
            return read
        rest = [ln for ln in band if ln is not tallest]
    else:
        rest = band[:3]  # body-sized lines only: a continuation, or a form with a plain title
    read = first + _read(ctx, rest, grey, max_ratio=BAND_RATIO)
    return sorted(read, key=lambda r: r.box.top)


def classify(ctx: PageContext) -> None:
    """Title → type; receipt trap; untitled but readable → continuation; unreadable → unknown."""
    read = ctx.read
    quality = _quality(read)
    chars = sum(len(r.text) for r in read)
    heights = [r.box.height for r in read] or [1]
    median = float(np.median([ln.height for ln in ctx.lines])) if ctx.lines else float(np.median(heights))
    texts = [r.text for r in read]
    tall = [r.box.height >= TALL * median for r in read]
    width = ctx.grey.shape[1] if ctx.grey is not None else 1
    title = _first_title(texts, tall, [t or _centred(r.box, width) for r, t in zip(read, tall, strict=True)])
    head_text = "\n".join(texts)
    # readable means the page's text can be read, not only its large title: a smeared scan may still
    # show 执行通知书 while its case number and body are gone
    others = [r for i, r in enumerate(read) if title is None or i != title[0]]
    title_ok = title is not None and read[title[0]].confidence >= 0.5
    readable = (title_ok and any(_legible(r) for r in others)) or (title is None and quality >= READABLE and chars >= 4)
    ctx.source_kind = "ocr"
    if not readable:
        ctx.doc_type, ctx.readable, ctx.confidence = "unknown", False, quality
        numbers = find_case_numbers(head_text, expected=ctx.expected_case_number)
        ctx.case_number = numbers[0] if numbers else None
        return
    line_conf = read[title[0]].confidence if title else quality
    _settle_from_text(ctx, title, head_text=head_text, full_text=head_text, confidence=line_conf, readable=True)
    if ctx.doc_type == "continuation" and ctx.grey is not None:
        # a large short line near the top is a title we do not know: not a continuation
        top = ctx.grey.shape[0] * 0.25
        odd = [r for r in read if r.box.height >= 1.4 * median and 2 <= r.cjk <= 12
               and r.confidence >= READABLE and r.box.top < top]
        if odd:
            ctx.doc_type, ctx.title_text = "unknown", odd[0].text
            ctx.confidence = odd[0].confidence * 0.5


def needs_full_page(ctx: PageContext) -> bool:
    """The title band did not settle the page: a receipt whose served documents are not in the band, a
    court document whose case number is not in the band, or a band that could not be read at all."""
    if ctx.settled or ctx.blank:
        return False
    if ctx.doc_type == "service_receipt":
        return not ctx.served or any(r.truncated and served_doc_types(r.text) for r in ctx.read)
    if ctx.doc_type in doctypes() and doctypes()[ctx.doc_type].group == "court":
        return ctx.case_number is None
    # nothing at all came out of the band (a photo or stamp on top): look further down, once
    return not any(r.text for r in ctx.read) and len(ctx.lines) > len(ctx.read)


def ocr_full_page(ctx: PageContext) -> None:
    """Read the lines below the band (bounded), and settle again from band + page text."""
    done = {id(r.box) for r in ctx.read}
    below = [ln for ln in ctx.lines if id(ln) not in done and all(ln.top >= r.box.bottom for r in ctx.read)]
    more: list[ReadLine] = []
    if ctx.doc_type == "service_receipt":
        # a list of served documents may run past the band's width limit: read those lines whole
        again = [r.box for r in ctx.read if r.truncated and served_doc_types(r.text)]
        redone = {id(r.box): r for r in _read(ctx, again)}
        ctx.read = [redone.get(id(r.box), r) for r in ctx.read]
        if not ctx.served:
            more = _read(ctx, below[:6], max_ratio=2 * BAND_RATIO)
    else:
        more = _read(ctx, below[:MORE_LINES], max_ratio=BAND_RATIO)
    ctx.ocr_read = "full_page"
    if not ctx.readable:
        ctx.read = ctx.read + more
        classify(ctx)
        return
    page_text = "\n".join(r.text for r in [*ctx.read, *more])
    if ctx.doc_type == "service_receipt":
        title_line = next((r.text for r in ctx.read if match_title(r.text) is not None), "")
        ctx.served = served_doc_types(page_text.replace(title_line, "", 1) if title_line else page_text)
    if ctx.case_number is None:
        numbers = find_case_numbers(page_text, expected=ctx.expected_case_number)
        ctx.case_number = numbers[0] if numbers else None
    ctx.parties = party_names(page_text)
