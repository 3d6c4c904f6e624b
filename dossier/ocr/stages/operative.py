"""A ruling's operative part (裁定如下 …) read to its end: what the ruling decides is what it is."""

from __future__ import annotations

import re

from dossier.ocr.classify import (
    begins_operative,
    generic_title,
    is_operative_marker,
)
from dossier.ocr.imaging import Line
from dossier.ocr.stages.context import PageContext, ReadLine
from dossier.ocr.stages.head import _read_boxes, classify_page
from dossier.ocr.stages.reading import _read, _read_whole

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
        _read_to_marker(ctx, ordered)
        return
    cut = [r for r in ordered[marks[-1]:] if r.truncated][:OPERATIVE_LINES // 2]
    if cut:
        _read_whole(ctx, cut)
        classify_page(ctx)


_REASONING = re.compile(r"本院认为|依照|依据|之规定|的规定")
"""What opens or closes a ruling's reasoning, which the operative part follows."""


def _read_to_marker(ctx: PageContext, ordered: list[ReadLine]) -> None:
    """A later page whose reasoning was read (本院认为… / 依照《…》…) but not the marker that closes it: the marker
    stood past where the reasoning's last line was cut, or on a line under it not read (…的解释》|第五百一十七条的规定，
    裁定如 / 下： / 终结本次执行程序。, 景德镇珠山's 终本 ruling over two pages). The reasoning's cut lines are read whole,
    and the lines under the last one read, up to the marker and what it introduces."""
    starts = [i for i, r in enumerate(ordered) if _REASONING.search(r.text)]
    if not starts:
        return
    reasoning = ordered[starts[0]:]
    _read_whole(ctx, [r for r in reasoning if r.truncated][-(OPERATIVE_LINES // 2):])
    boxes = sorted(ctx.boxes, key=lambda b: (b.top, b.left))
    last = max(reasoning, key=lambda r: r.box.top)
    under = [b for b in boxes if b.top > last.box.top + last.box.height // 2 and id(b) not in _read_boxes(ctx.read)]
    ctx.read = ctx.read + _read(ctx, under[:OPERATIVE_LINES], None)
    classify_page(ctx)
