"""court_jc's press (湖北省武汉市江岸区人民法院执行局). Its case system prints every paper the same way: the court's
name in GB 宋 spread wide, the title in bold Noto serif under it, a verification block at the top right (a square
文书校验码 of modules with the paper's serial under it), the case number set right over a hairline that runs the
width of the type area; the body in Noto serif, ragged right, paragraphs indented two characters; signers set as
"审判长　某某" lines at the right, the date in Chinese numerals under them with the court's seal over it; at the
foot of the last page the undertaker's contact line; on a paper of more than one page "第n页／共m页" at the lower
right. Papers of two pages and more are printed on both sides of thin stock (the capture sees the back through:
`JcSheet.verso`). The forms (receipts, approval, cover, catalogue) are ruled with a heavy frame and hairline cells,
their labels in 黑体, filled in by ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PIL import Image

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "湖北省武汉市江岸区人民法院"
SHORT = "江岸区人民法院"
LEFT, RIGHT, TOP, BOTTOM = mm(27), mm(24), mm(30), mm(28)
BALLPOINT = (24, 34, 96)
APP = "app"
"""a party's paper uploaded through 网上立案 as a phone scanning app's file"""
DUPLEX = "duplex"
"""a paper of the court's file, fed through the bureau's duplex production scanner"""


@dataclass
class JcSheet(Sheet):
    """A sheet and how it reached the scan: `route` (APP or DUPLEX) and, for a leaf printed on both sides, the
    image on its other side (`verso`), which thin stock lets through."""

    route: str = DUPLEX
    verso: Image.Image | None = field(default=None, repr=False)


def body(size_mm: float = 5.3) -> Font:
    return font("serif", mm(size_mm))


def gb(text: str) -> str:
    """GB 宋/楷 lack 〇: typed in them it is ○."""
    return text.replace("〇", "○")


def back_to_back(sheets: Sequence[JcSheet]) -> list[JcSheet]:
    """Pages printed on both sides: leaf k carries page 2k-1 on its front and 2k on its back."""
    out = list(sheets)
    for i in range(0, len(out) - 1, 2):
        out[i].verso = out[i + 1].image
        out[i + 1].verso = out[i].image
    return out


def check_mark(s: Sheet, rng: random.Random, serial: str) -> None:
    """The case system's 文书校验码: a 21×21 square of modules with three finder squares, the serial under it."""
    n, cell = 21, 7
    x0, y0 = s.width - RIGHT - n * cell, mm(9)
    d = s.draw
    corners = ((0, 0), (0, n - 7), (n - 7, 0))
    for r in range(n):
        for k in range(n):
            corner = next(((r0, k0) for r0, k0 in corners if r0 <= r < r0 + 7 and k0 <= k < k0 + 7), None)
            if corner is not None:
                rr, kk = r - corner[0], k - corner[1]
                on = rr in (0, 6) or kk in (0, 6) or (2 <= rr <= 4 and 2 <= kk <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x0 + k * cell, y0 + r * cell, x0 + (k + 1) * cell - 1, y0 + (r + 1) * cell - 1), fill=INK)
    f = font("sans", 20)
    s.text(x0 + n * cell / 2 - text_width(serial, f) / 2, y0 + n * cell + 6, serial, f)


@dataclass
class Flowing:
    """A court paper flowing down its sheets."""

    sheets: list[JcSheet]
    y: float
    f: Font
    lead: float
    reserve: float = 0.0
    """room kept free at the foot of every page (a 笔录's signature line)"""

    @property
    def s(self) -> JcSheet:
        return self.sheets[-1]

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - BOTTOM - mm(8) - self.reserve:
            self.sheets.append(JcSheet())
            self.y = float(TOP)

    def para(self, text: str, *, indent: bool = True, hang: float = 0.0, f: Font | None = None) -> None:
        ff = f or self.f
        width = self.s.width - LEFT - RIGHT
        first = ff.size * 2 if indent else 0.0
        for k, part in enumerate(wrap(text, ff, width - hang, indent=first - hang if indent else 0.0)):
            self.need(self.lead)
            self.s.text(LEFT + (first if k == 0 else hang), self.y, part, ff)
            self.y += self.lead

    def centred(self, text: str, f: Font | None = None) -> None:
        self.need(self.lead)
        self.s.centred(self.y, text, f or self.f)
        self.y += self.lead


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, contact: bool = True,
                sealed: bool = True) -> list[JcSheet]:
    """A paper of the court. blocks: ("p", paragraph), ("to", addressee flush left), ("h", a party line hanging two
    characters), ("c", centred), ("sub", a centred 黑体 subheading that may start a back page)."""
    s = JcSheet()
    check_mark(s, rng, f"JA{c.filed_on:%y}{c.number.split('执')[-1].rstrip('号')}-{rng.randint(1000, 9999)}")
    s.centred(TOP - mm(4), COURT, font("song_gb", mm(7.2)), spacing=mm(1.6))
    tf = font("serif_bold", mm(10.5))
    spread = {2: mm(9), 3: mm(5), 4: mm(3), 5: mm(2)}.get(len(title), mm(0.8))
    s.centred(TOP + mm(11), title, tf, spacing=spread)
    y: float = TOP + mm(27)
    f = body()
    s.right(s.width - RIGHT, y, number or c.number, f)
    y += f.size * 1.5
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    run = Flowing([s], y + mm(7), f, f.size * 1.9)
    for kind, text in blocks:
        if kind == "to":
            run.para(text, indent=False)
        elif kind == "h":
            run.para(text, indent=False, hang=f.size * 2)
        elif kind == "c":
            run.centred(text)
        elif kind == "sub":
            if run.y > run.s.height * 0.62:
                run.sheets.append(JcSheet())
                run.y = float(TOP)
            run.y += mm(4)
            run.centred(text, font("hei", mm(6.2)))
            run.y += mm(2)
        elif kind == "n":
            run.para(text, f=body(4.4))
        else:
            run.para(text)
    run.need(run.lead * (len(signers) + 3) + mm(16))
    last = run.s
    y = float(run.y + mm(8))
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        last.text(x, y, role, f, spacing=mm(3.2) if len(role) == 3 else (mm(12) if len(role) == 2 else 0))
        last.text(x + mm(36), y, name, f)
        y += run.lead
    when = cn_date(day)
    xr = last.width - RIGHT - mm(4)
    last.right(xr, y + mm(4), when, f)
    if sealed:
        seal(last, xr - text_width(when, f) / 2, y + mm(6), COURT, rng, radius=mm(21))
    if contact:
        cf = body(3.9)
        last.text(LEFT, last.height - BOTTOM - mm(2), f"承办人：{c.officer}　书记员：{c.clerk}　联系电话：{c.court.phone}"
                  f"　本院地址：{c.court.address}", cf)
    return folio(run.sheets)


def folio(sheets: list[JcSheet]) -> list[JcSheet]:
    n = len(sheets)
    if n > 1:
        f = body(3.8)
        for i, s in enumerate(sheets, 1):
            s.right(s.width - RIGHT, s.height - mm(14), f"第{i}页／共{n}页", f)
            if i > 1:
                s.page_of = (i, n)
    return back_to_back(sheets)


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], label_cols: Sequence[int] = (0,), f: Font | None = None,
          frame: int = 5) -> list[tuple[float, float, float, float]]:
    """A ruled form: heavy outer frame, hairline cells; a row shorter than `widths` lets its last cell run to the
    right; label columns in 黑体, centred. Returns every cell's box (x0, y0, x1, y1), row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lab = font("hei", mm(4.2))
    val = f or font("song_gb", mm(4.2))
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                ff = lab if k in label_cols else val
                parts = wrap(gb(cell) if ff is val else cell, ff, w - mm(4))
                lh = ff.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in label_cols:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + mm(2), ty, part, ff)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=frame)
    return boxes


def form_title(s: Sheet, title: str, *, y: float = TOP, court: bool = True, spread: float = 2.5) -> float:
    if court:
        s.centred(y, COURT, font("song_gb", mm(6)), spacing=mm(1.2))
        y += mm(10)
    s.centred(y, title, font("serif_bold", mm(9)), spacing=mm(spread))
    return y + mm(17)


def ballpoint(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 5.5,
              per_line: int = 0, ink: tuple[int, int, int] = BALLPOINT, face: str = "kai_gb") -> float:
    """Ballpoint on paper in a face's hand; long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        scrawl(s, x, y, gb(part) if face.endswith("_gb") else part, rng, role=face, size=mm(size), ink=ink)
        y += mm(size) * 1.45
    return y
