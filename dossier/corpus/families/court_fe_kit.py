"""court_fe's house style (山东省威海市环翠区人民法院执行局): its papers come off the 审判流程系统's template in Noto
宋体 — the court's name letter-spaced in bold 宋 over a large bold 宋 title, a 文书验证 square (a QR-like block of
modules) at the top left of every first page, the case number centred under the title between two hairlines that
run across the text measure, the body at 5.3 mm with wide leading, and the signers' block set at the right with the
书记员 BELOW the date (as the 执行文书样式 have it), the seal over the date, a rectangular 本件与原本核对无异 stamp on
the left of the date on rulings and decisions. Continuation pages repeat the case number in small type at the top
right; every page of a multi-page paper carries "第n页（共m页）" at the lower right. The bureau's forms (送达回证,
结案审批表, 复核表, 卷宗封面 …) are ruled grids with 黑体 labels, the system's typed values in 宋 and the rest
filled in by hand in blue-black."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl, stamp

COURT = "山东省威海市环翠区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(24), mm(30), mm(28)
PEN = (24, 30, 86)
"""blue-black ballpoint of the window and the bureau"""


def body(size_mm: float = 5.3) -> Font:
    return font("serif", mm(size_mm))


def hei(size_mm: float) -> Font:
    return font("hei", mm(size_mm))


def verify_square(s: Sheet, x: float, y: float, rng: random.Random, *, side: float = mm(15), caption: bool = True) -> None:
    """The 文书验证 square: a 21×21 block of modules with three finder squares, a caption under it."""
    n = 21
    cell = side / n
    d = s.draw
    on = [[rng.random() < 0.48 for _ in range(n)] for _ in range(n)]
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for i in range(7):
            for j in range(7):
                edge = i in (0, 6) or j in (0, 6)
                core = 2 <= i <= 4 and 2 <= j <= 4
                on[fy + i][fx + j] = edge or core
        for i in range(-1, 8):
            for j in (-1, 7):
                for a, b in ((i, j), (j, i)):
                    if 0 <= fy + a < n and 0 <= fx + b < n:
                        on[fy + a][fx + b] = False
    for i in range(n):
        for j in range(n):
            if on[i][j]:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)
    if caption:
        s.text(x - mm(1), y + side + mm(1.5), "扫码验证文书", font("sans", mm(2.6)))


@dataclass
class Run:
    """Text flowing down the court's sheets: the cursor, the sheets so far."""

    sheets: list[Sheet]
    y: float
    number: str
    left: float = LEFT
    right: float = RIGHT
    foot: float = FOOT

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            nxt = Sheet()
            if self.number:
                nxt.right(nxt.width - self.right, mm(14), self.number, body(3.6))
            self.sheets.append(nxt)
            self.y = float(mm(24))

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        parts = wrap(text, f, self.width - hang, indent=(first - hang) if first else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def centred(self, text: str, f: Font, *, lead: float, spacing: float = 0.0) -> None:
        self.need(lead)
        self.s.centred(self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, style: str = "court", f: Font | None = None) -> list[Sheet]:
    """Page numbers on a multi-page paper: the court's "第n页（共m页）" at the lower right, or another body's
    centred "- n -" (style "dash") or "第 n 页" (style "plain")."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    g = f or body(3.8)
    for n, s in enumerate(sheets, 1):
        y = s.height - mm(16)
        if style == "court":
            s.right(s.width - RIGHT, y, f"第{n}页（共{m}页）", g)
            s.page_of = (n, m)
        elif style == "dash":
            s.centred(y, f"- {n} -", g)
        else:
            s.centred(y, f"第 {n} 页", g)
    return list(sheets)


def heading(s: Sheet, title: str, number: str, rng: random.Random, *, court: str = COURT, square: bool = True) -> float:
    """The court's heading on a first page; returns the y where the body starts."""
    if square:
        verify_square(s, LEFT - mm(6), mm(12), rng)
    s.centred(TOP, court, font("serif_bold", mm(7.2)), spacing=mm(1.2))
    tf = font("serif_bold", mm(10.5))
    gap = {2: mm(16), 3: mm(10), 4: mm(6), 5: mm(4)}.get(len(title), mm(1.5))
    s.centred(TOP + mm(14), title, tf, spacing=gap)
    y = TOP + mm(31)
    x0, x1 = LEFT, s.width - RIGHT
    s.line(x0, y, x1, y, width=1)
    s.centred(y + mm(2.2), number, body(5.0))
    y += mm(10)
    s.line(x0, y, x1, y, width=1)
    return y + mm(7)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), clerk: str = "", number: str = "", checked: bool = False,
                court: str = COURT) -> list[Sheet]:
    """A paper of this court. paras: ("to", addressee) flush left, ("p", paragraph) indented two characters,
    ("h", party line) hanging, ("c", centred line), ("n", a small note)."""
    num = number or c.number
    s = Sheet()
    y = heading(s, title, num, rng, court=court)
    run = Run([s], y, num)
    f = body()
    lead = f.size * 1.85
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.centred(text, f, lead=lead)
        elif kind == "n":
            run.para(text, body(4.3), lead=mm(7.2))
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.need(lead * (len(signers) + 3) + mm(20))
    last = run.s
    y = run.y + mm(8)
    x = last.width - RIGHT - mm(68)
    for role, name in signers:
        last.text(x, y, role, f, spacing=mm(2.5) if len(role) == 3 else 0)
        last.text(x + mm(30), y, name, f)
        y += lead
    y += mm(4)
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + mm(2), court, rng, radius=mm(20))
    if checked:
        stamp(last, LEFT + mm(4), y - mm(4), ["本件与原本核对无异"], rng, size_mm=4.2, face="serif")
    y += lead
    if clerk:
        last.text(x, y, "书记员", f, spacing=mm(2.5))
        last.text(x + mm(30), y, clerk, f)
    return folio(run.sheets)


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], label_cols: Sequence[int] = (0,), f: Font | None = None,
          lf: Font | None = None, line_w: int = 2) -> list[list[tuple[float, float, float, float]]]:
    """A ruled form grid: a row shorter than `widths` lets its last cell run to the right edge; label columns in
    黑体 centred, other cells typed in 宋 from the left. Returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    tf = f or body(4.4)
    hf = lf or hei(4.4)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w)
            if cell:
                label = k in label_cols
                g = hf if label else tf
                parts = [q for line in cell.split("\n") for q in wrap(line, g, w - mm(3))]
                lh = g.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if label:
                        s.centred(ty, part, g, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + mm(1.8), ty, part, g)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size_mm: float = 5.2, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = PEN, face: str = "kai_gb") -> float:
    """Ballpoint on a form (the GB 楷 of the house's hands; dates in figures), long entries broken every
    `per_line` characters. Returns the y below."""
    size = int(mm(size_mm))
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        scrawl(s, x, y, part, rng, role=face, size=size, ink=ink, slant=5.0)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP) -> float:
    """A form's heading: the issuer in bold 宋, the title in 黑体 spread wide, no rule."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", mm(6.0)), spacing=mm(0.8))
        y += mm(11)
    tf = hei(9.0)
    s.centred(y, title, tf, spacing=mm(max(1.5, 12 - len(title) * 1.2)))
    return y + mm(17)


def hand_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"
