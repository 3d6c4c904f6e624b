"""court_du's own papers (河北省秦皇岛市海港区人民法院执行局): the court name in bold 宋 over a wide-spaced title, the
case number flush right under a thin double rule, 仿宋-like body in GB 宋, 公文 page numbers「— 3 —」at the foot,
the round seal pressed over the date. Forms (送达回证, 审批表, archive sheets) are ruled tables in 黑体 captions."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, mm, seal, signature, wrap
from dossier.corpus.fonts import Font, font

COURT = "河北省秦皇岛市海港区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(182), mm(30), mm(268)
WIDTH = RIGHT - LEFT


def body_font() -> Font:
    return font("song_gb", int(mm(5.4)))


def cap_font(size: float = 4.6) -> Font:
    return font("hei", int(mm(size)))


def head(sheet: Sheet, title: str, number: str) -> float:
    """Court name, spaced title, double rule, case number; returns the y where the text starts."""
    sheet.centred(TOP, COURT, font("serif_bold", int(mm(7.2))), spacing=mm(0.6))
    sheet.centred(TOP + mm(13), title, font("serif_bold", int(mm(8.6))), spacing=mm(4.2))
    y = TOP + mm(27)
    sheet.line(LEFT, y, RIGHT, y, width=3)
    sheet.line(LEFT, y + mm(1.1), RIGHT, y + mm(1.1), width=1)
    if number:
        sheet.right(RIGHT, y + mm(3), number, body_font())
        return y + mm(14)
    return y + mm(7)


def folio(sheets: Sequence[Sheet]) -> None:
    f = font("song_gb", int(mm(4.4)))
    for i, sh in enumerate(sheets, 1):
        sh.centred(FOOT + mm(8), f"— {i} —", f)
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None


def court_paper(title: str, c: CaseCtx, blocks: Sequence[Block], rng: random.Random, when: date, *,
                number: bool = True, signers: Sequence[tuple[str, str]] = (), sealed: bool = True,
                tail: Sequence[str] = ()) -> list[Sheet]:
    """A typed document of the court: header, paragraphs (p indented, f flush, r right), signers, dated seal."""
    f = body_font()
    lh = mm(9.4)
    sheets = [Sheet()]
    y = head(sheets[0], title, c.number if number else "")

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP)

    for kind, text in blocks:
        first = mm(10.8) if kind == "p" else 0
        parts = wrap(text, f, WIDTH, indent=first)
        for k, part in enumerate(parts):
            if y + lh > FOOT:
                _, y = more()
            sh = sheets[-1]
            if kind == "r":
                sh.right(RIGHT - mm(12), y, part, f)
            else:
                sh.text(LEFT + (first if k == 0 else 0), y, part, f)
            y += lh
    if y + mm(20) + lh * (len(signers) + 2) > FOOT:
        _, y = more()
    sh = sheets[-1]
    y += mm(6)
    for role, name in signers:
        sh.text(RIGHT - mm(66), y, role, f, spacing=mm(1.4) if len(role) < 4 else 0.0)
        sh.text(RIGHT - mm(28), y, name, f)
        y += lh
    y += mm(4)
    day = cn_date(when)
    sh.right(RIGHT - mm(10), y, day, f)
    if sealed:
        seal(sh, RIGHT - mm(10) - f.getlength(day) / 2, y + mm(3), COURT, rng, radius=mm(20))
    y += lh * 1.4
    for t in tail:
        sh.text(LEFT, y, t, font("song_gb", int(mm(4.6))))
        y += mm(7.5)
    folio(sheets)
    return sheets


def grid(sheet: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]],
         heights: Sequence[float], f: Font, *, thick: int = 3) -> list[tuple[float, float, float, float]]:
    """A ruled form with a heavy outer border: cells of a row share the widths (a one-cell row spans);
    captions centred in their cells. Returns every cell's box for filling in."""
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, heights, strict=True):
        spans = [total] if len(row) == 1 else [*list(widths[:len(row) - 1]), total - sum(widths[:len(row) - 1])]
        cx = x
        for cell, w in zip(row, spans, strict=True):
            sheet.box(cx, cy, cx + w, cy + h, width=1)
            lines = wrap(cell, f, w - mm(3)) if cell else []
            ty = cy + (h - len(lines) * f.size * 1.3) / 2
            for ln in lines:
                sheet.centred(ty, ln, f, x0=cx, x1=cx + w)
                ty += f.size * 1.3
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    sheet.box(x, y, x + total, cy, width=thick)
    return boxes


def pen(sheet: Sheet, box: tuple[float, float, float, float], text: str, rng: random.Random, *,
        size: float = 5.2, left: bool = True) -> None:
    """A clerk's ballpoint fill inside a form cell."""
    x0, y0, x1, y1 = box
    sz = int(mm(size))
    x = x0 + mm(2.5) if left else x0 + (x1 - x0 - sz * len(text) * 0.95) / 2
    signature_like = len(text) <= 4 and not any(ch.isdigit() for ch in text)
    if signature_like:
        signature(sheet, x, y0 + (y1 - y0 - sz) / 2 - mm(1), text, rng, ink=(40, 40, 60))
        return
    from dossier.corpus.draw import hand
    hand(sheet, x, y0 + (y1 - y0 - sz) / 2 - mm(0.5), text, rng, size=sz, ink=(35, 40, 70))
