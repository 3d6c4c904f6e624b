"""Blank backs settled cheaply, and only when nothing on them reads: faint ink, stray marks, a reverse showing
through thin paper."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import cv2
import numpy as np

from dossier.ocr import imaging
from dossier.ocr.imaging import INK_CONTRAST
from dossier.ocr.stages.boxes import _band_quads, _unsearched, merge_rows
from dossier.ocr.stages.context import _CJK, HEAD_RATIO, PageContext, ReadLine
from dossier.ocr.stages.prepare import _shrunk, keep_columns
from dossier.ocr.stages.reading import _legible, _read

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
"""Share of faint pixels under which the grey-level spread is the paper's own (yellowed towards its edges,
a stain, a lamp's gradient): no text, however washed out, leaves so few (the corpus's illegible pages
have 0.7 %, a blank back showing its front through 0.1 %)."""
INK_CONTRAST_LIGHT = 40
"""Grey levels above a dark sheet's paper from which a pixel is light writing (an inverted scan's)."""


def is_blank(ctx: PageContext) -> None:
    """Ink on a 50 dpi copy: blank backs (even with bleed-through) are settled without OCR. A page with
    no dark ink but a lot of faint grey is a smeared scan, not a blank: it goes on to be found unreadable;
    aged paper, evenly tinted or not, with no faint grey either, is a blank.
    A phone photo is judged on the sheet alone, its light evened out (the desk around it is not ink)."""
    assert ctx.grey is not None
    if ctx.small is None:
        ctx.small = _shrunk(ctx.grey)
    ctx.sheet_box = imaging.photographed_sheet(ctx.small) or imaging.screen_within_bezel(ctx.small)
    small = imaging.sheet_within(ctx.small, ctx.sheet_box)
    ink = ctx.ink = imaging.ink_ratio(small)
    if ink < BLANK_INK * BLANK_DOUBT and _inkless(small):
        ctx.doc_type, ctx.blank, ctx.source_kind, ctx.settled = "blank", True, "blank", True
        ctx.confidence = 1.0 - ink / BLANK_INK * 0.5
        return
    if ink < BLANK_INK and _inkless(small):  # a short line and a footer, or specks: read it
        ctx.blank_if_nothing_reads = 1.0 - ink / BLANK_INK * 0.5
    elif ctx.sheet_box is None and ink < SEAM_INK:
        small = _within_seam(ctx, small)
    ctx.sheet = small  # kept for blank_when_textless: the sheet as scanned, before any turn


def _inkless(small: np.ndarray) -> bool:
    """No faint grey beyond the paper's own, on light paper that is the page's throughout."""
    faint = imaging.ink_ratio(small, contrast=FAINT_CONTRAST)
    faint_only = faint < NO_FAINT or (faint < BLANK_FAINT and imaging.structure(small) < BLANK_STRUCTURE)
    return faint_only and _light(small) and _one_paper(small)


def _one_paper(small: np.ndarray, *, margin: float = 0.05) -> bool:
    """The page's median is its paper: its lightest tenth is no lighter by INK_CONTRAST. Two phone screenshots in
    dark mode, printed grey over most of a sheet under white margins (西安碑林's toner-save prints, court_ix_03 p6),
    make the screens' grey the median: measured from it, the white chat text and the margins are no ink, and a page
    of evidence was a blank back."""
    h, w = small.shape
    inner = small[int(h * margin):h - int(h * margin), int(w * margin):w - int(w * margin)]
    return inner.size == 0 or float(np.percentile(inner, 90)) - float(np.median(inner)) < INK_CONTRAST


SEAM_INK = 0.02
"""Ink under which a sheet may be blank inside a seam, its ink all on a neighbour's strip beyond it (court_gy's blank
backs: 0.5–0.75 %); a page of text holds 3–5 % and is not searched for a seam (a profile of the page's columns on
every page read)."""


def _within_seam(ctx: PageContext, small: np.ndarray) -> np.ndarray:
    """A sheet blank inside a seam along its side, beyond which a neighbouring sheet's strip carries cut-off lines
    (two sheets scanned side by side and split off-centre, 泰安泰山 court_gy): the strip's characters would read as
    this page's, an unreadable one. The page is cut at the seam and is blank if nothing inside it reads; a sheet
    with ink inside the seam is read whole, as before (a frame's or a table's ruled line is no seam to it). The seam
    is sought on the scan as it is, not on `small` with the dark reaching its edge made paper (the strip's cut-off
    characters over a copy's grey gutter, 周口川汇's two-up copies court_hs: filled, they leave neither seam nor
    blank)."""
    assert ctx.small is not None
    cut = imaging.seam_cut(ctx.small)  # the scan as it is: made paper, the strip's dark edge leaves no seam to find
    if cut is None:
        return small
    inner = small[:, cut[0]:cut[1]]
    ink = imaging.ink_ratio(inner)
    if ink >= BLANK_INK or not _inkless(inner):
        return small
    keep_columns(ctx, *cut)
    ctx.ink, ctx.blank_if_nothing_reads = ink, 1.0 - ink / BLANK_INK * 0.5
    assert ctx.small is not None
    return ctx.small


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
    财产申报表 at 0.89–0.99). With no ink of its own, the sheet is a blank back. A front showing through too faintly
    for the detector (a few grey levels under the paper, beside a coal-dust smudge: 石嘴山大武口 court_ff_01) is looked
    for again with the sheet's grey levels stretched (imaging.stretched)."""
    detect = getattr(ctx.engine, "detect_quads", None)
    if ctx.settled or ctx.blank or ctx.doc_type != "unknown" or ctx.grey is None or detect is None:
        return
    if ctx.ink is None or ctx.ink > SHOW_THROUGH_INK or any(_legible(r) for r in [*ctx.read, *ctx.footer]):
        return
    for lift in (False, True):
        for axis in (1, 0):
            flipped = np.ascontiguousarray(cv2.flip(ctx.grey, axis))
            if _reads_mirrored(ctx, imaging.stretched(flipped) if lift else flipped, detect):
                ctx.doc_type, ctx.blank, ctx.readable, ctx.source_kind = "blank", True, True, "blank"
                ctx.confidence = 0.8
                return


def _reads_mirrored(ctx: PageContext, grey: np.ndarray, detect: Callable[[np.ndarray, float], np.ndarray]) -> bool:
    """The sheet turned over (`grey`) reads as text on one of its widest lines."""
    mirror = replace(ctx, grey=grey)
    quads = _band_quads(detect, grey, 0, grey.shape[0])
    boxes = merge_rows(imaging.boxes_after_rotation(quads, grey.shape, 0.0))
    widest = sorted(boxes, key=lambda b: b.width, reverse=True)[:SHOW_THROUGH_LINES]
    return any(_reads_as_text(r) for r in _read(mirror, widest, HEAD_RATIO))


def _reads_as_text(r: ReadLine) -> bool:
    return r.confidence >= SHOW_THROUGH_READ and len(_CJK.findall(r.text)) >= SHOW_THROUGH_WORDS


NOTE_LINES = 3
NOTE_WORDS = (2, 8)
"""A reminder's lines: a few, each of a few characters (回证未回, 催申请人 / 补材料, 待财务核对, 复印两份)."""
NOTE_READ = 0.8
"""The recogniser's confidence in each of the note's lines: a note is written to be read (a line of noise reads at
0.2–0.6)."""
NOTE_AREA = 0.06
"""Share of the sheet the reminder's lines together may cover: a note stuck on a corner, not a paper's text."""


def blank_under_a_note(ctx: PageContext) -> None:
    """A blank back with a note on it: the detector, searching the whole sheet, found nothing but a few short lines
    close together, and each read clearly (a 便利贴 stuck on a blank back: 回证未回, 催申请人 / 补材料, 盘锦双台子's
    volumes, court_hw). The note is someone's reminder, not a paper of the dossier: the sheet is a blank back, not a
    page no one can read. A page of washed-out text leaves boxes that read as nothing or as scraps, and is left
    unreadable, and so is one whose title alone reads clearly over smeared text: beyond the note the sheet must be
    as textless as blank_when_textless wants a sheet without any box (streaks, dust, a front showing through). A page
    whose few words say what it is (a footer, a date, 此页无正文) was placed before this."""
    if ctx.settled or ctx.blank or ctx.doc_type != "unknown" or ctx.grey is None or ctx.page_boxes is None:
        return
    h, w = ctx.grey.shape
    if not ctx.rest_read or _unsearched(ctx.searched, 0, h):
        return
    read = [*ctx.read, *ctx.footer]
    boxes = {(b.top, b.bottom, b.left, b.right) for b in ctx.page_boxes}
    if not read or len(boxes) > NOTE_LINES or len(read) < len(boxes) or not all(_note_line(r) for r in read):
        return
    top, bottom = min(r.box.top for r in read), max(r.box.bottom for r in read)
    left, right = min(r.box.left for r in read), max(r.box.right for r in read)
    if (bottom - top) * (right - left) > NOTE_AREA * h * w:
        return
    pad = bottom - top
    rest = ctx.grey.copy()
    rest[max(0, top - pad):bottom + pad, max(0, left - pad):right + pad] = int(np.median(ctx.grey))
    small = _shrunk(rest)
    if _light(small) and _faint_text(small) < TEXTLESS_FAINT:
        ctx.doc_type, ctx.blank, ctx.readable, ctx.source_kind, ctx.confidence = "blank", True, True, "blank", 0.75


def _note_line(r: ReadLine) -> bool:
    """A few characters, read clearly."""
    low, high = NOTE_WORDS
    return r.confidence >= NOTE_READ and low <= len(_CJK.findall(r.text)) <= high
