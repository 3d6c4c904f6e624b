"""The rest of a page read only when the head did not settle it: a receipt's served documents, a form below
another, the lines further down."""

from __future__ import annotations

import numpy as np

from dossier.doctypes import doctypes
from dossier.ocr import imaging
from dossier.ocr.classify import (
    served_codes_of,
)
from dossier.ocr.cues import cues, exhibit_list
from dossier.ocr.imaging import Line
from dossier.ocr.stages.boxes import _worth_reading, detect_between
from dossier.ocr.stages.context import FOOT, HEAD, HEAD_LINES, MORE_LINES, REST_RATIO, PageContext, ReadLine
from dossier.ocr.stages.head import _read_boxes, classify_page, keep_text
from dossier.ocr.stages.reading import TALL_BOX, TWO_LINES_BOX, _halves, _read, _read_whole, _width
from dossier.ocr.titles import normalise


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
    below = _boxes_below_head(ctx)
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


def _boxes_below_head(ctx: PageContext) -> list[Line]:
    """The lines found between the head and the footer that the head's search did not find already."""
    assert ctx.grey is not None
    h = ctx.grey.shape[0]
    head = {id(b) for b in ctx.boxes}
    return [b for b in detect_between(ctx, int(h * HEAD), int(h * FOOT)) if id(b) not in head]


LIST_ROWS = 40
"""At most this many rows of a list of exhibits are read: a list runs to a page of a dozen or two."""


def read_exhibit_list(ctx: PageContext) -> None:
    """A party's list of exhibits (证据清单) read whole: its rows name the papers filed behind it, and those are its
    exhibits, not papers of their own (exhibits.exhibits_behind_their_list). Lists are few; each costs a page's
    reading."""
    if ctx.doc_type != "evidence" or ctx.grey is None or not exhibit_list(ctx.title_text):
        return
    if not ctx.rest_read:
        ctx.boxes = ctx.boxes + _boxes_below_head(ctx)
    _read_whole(ctx, [r for r in ctx.read if r.truncated])
    done = _read_boxes([*ctx.read, *ctx.footer])
    rows = [b for b in ctx.boxes if id(b) not in done and b.width >= 1.2 * b.height]
    ctx.read = ctx.read + _read(ctx, rows[:LIST_ROWS], None)
    ctx.rest_read = True
    ctx.ocr_read = "full_page"
    keep_text(ctx)  # kept, not classified again: the rows name other papers (执行裁定书（复印件）), the title says what it is


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
    cut = [r for r in ctx.read if r.truncated and (_served_label(r.text) or served_codes_of(r.text))]
    if cut:  # its served row read only in part: the names (…号受理案件通知书) may run past where the line was cut
        _read_whole(ctx, cut)  # (无锡梁溪: a number before each name), and a row that named one document may name
        classify_page(ctx)     # more past the cut (执行通知书一份；报告|财产令一份, 玉溪红塔); no other row is read again
    if not ctx.served:
        _read_served_row_to_its_end(ctx)
    _read_faint_lines_of_the_served_cell(ctx)
    _read_wrapped_cells(ctx)
    _read_cell_run_into_its_label(ctx)
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


FAINT_CELL = 3
"""Line heights above and below a served label's row searched again for a cell's faint lines."""


def _read_faint_lines_of_the_served_cell(ctx: PageContext) -> None:
    """The served cell searched again beside its label, its faint print lifted (imaging.lifted): a line of it printed
    by a drying inkjet (咸阳秦都 court_ev_03: 执行通知书 一份, in grey bands, over 报告财产令（附财产申报表）一份) is not
    found by the detector on the page, and a receipt's every document counts. Only new lines naming a served
    document are kept."""
    assert ctx.grey is not None
    detect = getattr(ctx.engine, "detect", None)
    labels = [r for r in ctx.read if _served_label(r.text) and not r.facing]
    if detect is None or not labels:
        return
    h, w = ctx.grey.shape
    label = labels[0].within or labels[0].box
    top = max(0, label.top - FAINT_CELL * label.height)
    bottom = min(h, label.bottom + FAINT_CELL * label.height)
    left = min(w - 1, label.left + label.height)  # past the label's first characters: the cell beside it
    found = [Line(top=b.top + top, bottom=b.bottom + top, left=b.left + left, right=b.right + left)
             for b in detect(imaging.lifted(np.ascontiguousarray(ctx.grey[top:bottom, left:])))]
    seen = [r.within or r.box for r in ctx.read]
    new = [b for b in found if b.width >= 1.2 * b.height and not any(_same_place(b, s) for s in seen)]
    if not new:
        return
    texts = ctx.engine.read_lines([imaging.lifted(imaging.crop_line(ctx.grey, b)) for b in new[:SERVED_ROWS]])
    kept = [ReadLine(b, t.text.strip(), t.confidence) for b, t in zip(new, texts, strict=False)
            if served_codes_of(t.text)]
    if kept:
        ctx.read = ctx.read + kept
        classify_page(ctx)


def _same_place(a: Line, b: Line) -> bool:
    """Two boxes of one line: they overlap over most of the lower one's height and share some width."""
    rows = min(a.bottom, b.bottom) - max(a.top, b.top)
    cols = min(a.right, b.right) - max(a.left, b.left)
    return rows >= 0.5 * min(a.height, b.height) and cols > 0


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


CELL_SEARCH_SCALE = 1.0
"""The scale (of the 150 dpi page) at which the served cell beside its label is searched again for its lines."""


def _read_cell_run_into_its_label(ctx: PageContext) -> None:
    """The served label read as one box with the cell's wrapped line beside it (送达文书名称及件数434912号报39912号行通务:
    the label centred in its cell, level with the cell's second line, …执行通知书；（2024）闽04 / 04执39912号报告财产令
    （各一份）, 三明三元 court_gp_03): the cell right of the label's column — where the line above that names a document
    begins — is searched again for its lines, and each is read alone. What it names was served."""
    assert ctx.grey is not None
    detect = getattr(ctx.engine, "detect_quads", None)
    named = [r for r in ctx.read if served_codes_of(r.text)]
    if detect is None or not named:
        return
    runs = [r for r in ctx.read if _served_label(r.text) and not served_codes_of(r.text) and r.within is None
            and len(normalise(r.text)) > _label_length(r.text) + 3]
    for run in runs:
        above = [n for n in named if n.box.left > run.box.left + run.box.height and n.box.left < run.box.right
                 and 0 <= run.box.top - n.box.top <= 2 * run.box.height]
        if not above:
            continue
        left = min(n.box.left for n in above) - run.box.height // 2
        top, bottom = max(0, run.box.top - run.box.height // 2), run.box.bottom + run.box.height // 2
        cell = ctx.grey[top:bottom, left:run.box.right]
        boxes = [Line(top=b.top + top, bottom=b.bottom + top, left=b.left + left, right=b.right + left)
                 for b in imaging.boxes_after_rotation(np.asarray(detect(cell, CELL_SEARCH_SCALE)), cell.shape, 0.0)]
        below = [b for b in boxes if b.top > max(n.box.top for n in above) + run.box.height // 3]
        read = [r for r in _read(ctx, below, None) if served_codes_of(r.text)]
        if read:
            ctx.read = ctx.read + [ReadLine(r.box, r.text, r.confidence, within=run.box) for r in read]
            classify_page(ctx)


def _label_length(text: str) -> int:
    """How many characters of the line the served label takes (送达文书名称及件数: 9)."""
    norm = normalise(text)
    return max((len(word) for word in cues().served_labels if word in norm), default=0)


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
