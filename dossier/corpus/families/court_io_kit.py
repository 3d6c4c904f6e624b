"""court_io's press (湖南省长沙市岳麓区人民法院执行局): the bureau's papers come off its case system in Noto 宋 on a wide
measure — the court's name in 黑体 with wide letter-spacing, the title under it in bold 宋 spread out, the case number
set right and a full-width hairline rule under it; parties in hanging paragraphs; the signers flush under each other
at the right, the date in Chinese numerals under them with the seal over it, and on the left of the 书记员 line a
two-line red box stamp 本件与原本核对无异. Later pages carry "第n页（共m页）" centred at the foot and the case number in
small type at the top right. The bureau's forms are double-framed grids (a heavy outer rule, thin inner ones) filled in
ballpoint in a running 楷 hand (LXGW 文楷)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl, stamp

COURT = "湖南省长沙市岳麓区人民法院"
SHORT = "长沙市岳麓区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(24), mm(30), mm(28)
BALLPOINT = (26, 40, 128)
BLACK_PEN = (30, 30, 34)


def body(size: int = 41) -> Font:
    return font("serif", size)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = BALLPOINT, per_line: int = 0, lead: float = 0.0) -> float:
    """Ballpoint in a running hand; long entries broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        scrawl(s, x, y, part, rng, role="wenkai", size=size, ink=ink, slant=4.0)
        y += lead or size * 1.4
    return y


@dataclass
class Flowing:
    """A paper running down its sheets: cursor y, sheets so far, how a fresh one begins."""

    sheets: list[Sheet]
    y: float
    header: str = ""
    left: float = LEFT
    right: float = RIGHT

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            sheet = Sheet()
            self.sheets.append(sheet)
            self.y = float(TOP)
            if self.header:
                sheet.right(sheet.width - self.right, mm(14), self.header, body(30))

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.measure - hang, indent=(first - hang) if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead


def folios(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    """第n页（共m页） centred at the foot of every sheet of a paper that runs on."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    for n, s in enumerate(sheets, 1):
        s.centred(s.height - mm(16), f"第{n}页（共{m}页）", f or body(30))
        if n > 1:
            s.page_of = (n, m)
    return list(sheets)


def copy_box(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    stamp(s, x, y, ["本件与原本", "核对无异"], rng, size_mm=4.2, face="serif")


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, copy: bool = False,
                court: str = COURT) -> list[Sheet]:
    """A paper of this court. blocks: ("to", addressee) flush, ("p", paragraph), ("h", party line, hanging),
    ("c", centred), ("n", note in small type)."""
    s = Sheet()
    s.centred(TOP, court, font("hei", 54), spacing=mm(1.6))
    tf = font("serif_bold", 76)
    s.centred(TOP + 92, title, tf, spacing={2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8))
    y = TOP + 210.0
    num = c.number if number is None else number
    if num:
        s.right(s.width - RIGHT, y, num, body(40))
    y += 62
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    run = Flowing([s], y + 46, header=num)
    f = body(41)
    lead = 41 * 1.8
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.need(lead)
            run.s.centred(run.y, text, f)
            run.y += lead
        elif kind == "n":
            run.para(text, body(33), lead=54)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.need(76 * (len(signers) + 1) + 190)
    last = run.s
    y = run.y + 56
    x = last.width - RIGHT - mm(70)
    clerk_y = None
    for role, name in signers:
        if role.startswith("书记"):
            clerk_y = y + 110
            continue
        last.text(x, y, role, f, spacing=(mm(9) - 41) if len(role) == 3 else 0)
        last.text(x + mm(32), y, name, f)
        y += 76
    when = cn_date(day)
    y += 20
    xr = last.width - RIGHT - mm(8)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 16 + rng.uniform(-mm(3), mm(3)), court, rng,
         radius=mm(20))
    y += 76
    for role, name in signers:
        if role.startswith("书记"):
            last.text(x, y + 34, role, f, spacing=(mm(9) - 41) if len(role) == 3 else 0)
            last.text(x + mm(32), y + 34, name, f)
    if copy and clerk_y is not None:
        copy_box(last, LEFT + mm(4), y, rng)
    return folios(run.sheets)


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 66) -> float:
    """A form's head: the issuer in bold 宋, the title in 黑体 spread out, nothing under it."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 46), spacing=4)
        y += 74
    s.centred(y, title, font("hei", size), spacing=max(8, 120 - 14 * len(title)))
    return y + size + 44


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,),
          ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A double-framed grid: thin inner rules, a heavy outer frame. A row shorter than the widths lets its last cell
    run to the right edge; label columns centred. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 4, y - 4, x + total + 4, cy + 4, width=5, outline=ink)
    return boxes


def right_cells(boxes: Sequence[tuple[float, float, float, float]], x: float) -> list[tuple[float, float, float, float]]:
    return [b for b in boxes if b[0] > x + 1]
