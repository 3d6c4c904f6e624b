"""court_it's press (湖北省宜昌市伍家岗区人民法院执行局) and the paper it is printed on.

Every paper is drawn on a sheet of its own stock, because the bureau's scanner crops each one to its own edges: A4
for the case system's notices and rulings, 16开 (184 × 260 mm) for the bureau's pre-printed receipts and window forms,
B5 for the property-clue form, A5 across for the fee notice, strips for the treasury's needle-printed bills
(241 × 93 mm) and the banks' cut e-receipts (210 × 99 mm), card size for ID and bank cards, the kraft 卷皮 a little
larger than A4.

The bureau's own papers: the court's name in 黑体 with wide tracking, a thin rule under it, the title in bold Noto
serif, a square 文书验证 code at the top right of the first page, the case number flush left under the title, body in
Noto serif at 5.3 mm with a leading of 1.75, signers in a block under the body, the date in Chinese numerals with the
seal over it, and "第n页/共m页" centred at the foot of every page of a paper longer than one page. Forms are frames with
a heavy outer line and hairline cells, labels in 黑体; entries in ballpoint (文楷 jittered)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "湖北省宜昌市伍家岗区人民法院"
STOCK: dict[str, tuple[float, float]] = {
    "A4": (210, 297), "A3L": (420, 297), "K16": (184, 260), "B5": (176, 250), "A5L": (210, 148),
    "CARD": (85.6, 54), "STRIP": (210, 99), "BILL": (241, 93), "COVER": (222, 305), "BOOKLET": (190, 130),
}
"""paper stock (width × height, mm) as it leaves the scanner"""
BALLPOINT = (24, 40, 128)
BLACKPEN = (30, 30, 34)


def paper(stock: str, tone: tuple[int, int, int] = (255, 255, 255)) -> Sheet:
    w, h = STOCK[stock]
    return Sheet(size=(mm(w), mm(h)), paper=tone)


def body(size: int = 42) -> Font:
    return font("serif", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = BALLPOINT, face: str = "wenkai", record: bool = True) -> float:
    """Ballpoint: a kai face, each character a little turned, sized and lifted; returns the width written."""
    if record and text.strip():
        s.lines.append(text)
    cx = x
    drift = 0.0
    for ch in text:
        sz = max(14, int(size * rng.uniform(0.9, 1.08)))
        f = font(face, sz)
        g = Image.new("L", (int(f.getlength(ch)) + 16, sz + 20), 0)
        ImageDraw.Draw(g).text((6, 4), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC, expand=True)
        drift = max(-6.0, min(6.0, drift + rng.uniform(-1.2, 1.2)))
        tone = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
        s.image.paste((tone[0], tone[1], tone[2]), (int(cx), int(y + drift)), g)
        cx += f.getlength(ch) * rng.uniform(0.9, 1.04) + rng.uniform(-1, 2)
    return cx - x


def pen_lines(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, per: int, lead: float,
              size: int = 40, ink: tuple[int, int, int] = BALLPOINT, face: str = "wenkai") -> float:
    for k in range(0, len(text), per):
        pen(s, x, y, text[k:k + per], rng, size=size, ink=ink, face=face)
        y += lead
    return y


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), outer: int = 5, inner: int = 1,
          ink: tuple[int, int, int] = INK, centre_all: bool = False,
          width: float | None = None) -> list[list[tuple[float, float, float, float]]]:
    """A form's frame: a heavy outer line, hairline cells; a row shorter than `widths` lets its last cell run to the
    right edge (x + `width`, by default the widths' sum). Label columns are centred. Returns each row's cell boxes."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths) if width is None else width
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=inner, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in labels or centre_all:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=outer, outline=ink)
    return out


def verify_code(s: Sheet, x: float, y: float, seed: str, *, cell: int = 7) -> None:
    """The square 文书验证 code the case system prints at the top right of a paper's first page."""
    rng = random.Random(seed)
    n = 25
    d = s.draw
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                ii, jj = (i % (n - 7)) if i >= n - 7 else i, (j % (n - 7)) if j >= n - 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)


@dataclass
class Press:
    """A paper of the bureau flowing down A4 sheets."""

    sheets: list[Sheet]
    y: float
    left: float = mm(28)
    right: float = mm(26)
    top: float = mm(30)
    foot: float = mm(32)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def x1(self) -> float:
        return self.s.width - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(paper("A4"))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.x1 - self.left - hang, indent=indent - hang if indent else 0.0)):
            self.need(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead


def folio(sheets: Sequence[Sheet], f: Font, *, style: str = "slash", bottom: float = mm(16)) -> list[Sheet]:
    """Page numbers: "第n页/共m页" centred (the bureau), "— n —" alternating sides (no total), or none."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    for n, s in enumerate(sheets, 1):
        if style == "slash":
            s.centred(s.height - bottom, f"第{n}页/共{m}页", f)
            s.page_of = (n, m)
        elif style == "dash":
            label = f"— {n} —"
            if n % 2:
                s.right(s.width - mm(30), s.height - bottom, label, f)
            else:
                s.text(mm(30), s.height - bottom, label, f)
        elif style == "ofm":
            s.right(s.width - mm(24), s.height - bottom, f"{n}/{m}", f)
            s.page_of = (n, m)
    return list(sheets)


def bureau_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                 signers: Sequence[tuple[str, str]] = (), number: str = "") -> list[Sheet]:
    """A notice, order or ruling of the court. paras: ("to", addressee), ("p", paragraph), ("h", party line with a
    hanging indent), ("n", small note)."""
    s = paper("A4")
    pr = Press([s], mm(26))
    s.centred(pr.y, COURT, hei(54), spacing=10)
    pr.y += 78
    w = text_width(COURT, hei(54)) + 10 * (len(COURT) - 1)
    s.line((s.width - w) / 2, pr.y, (s.width + w) / 2, pr.y, width=2)
    pr.y += 30
    tf = font("serif_bold", 76)
    s.centred(pr.y, title, tf, spacing={2: 80, 3: 56, 4: 34, 5: 20}.get(len(title), 8))
    verify_code(s, s.width - mm(26) - 25 * 7, mm(8), c.number + title)
    pr.y += 130
    s.text(pr.left, pr.y, number or c.number, body(40))
    pr.y += 86
    f = body(42)
    lead = f.size * 1.75
    for kind, text in paras:
        if kind == "to":
            pr.para(text, f, lead=lead)
        elif kind == "h":
            pr.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "n":
            pr.para(text, body(34), lead=54)
        else:
            pr.para(text, f, lead=lead, indent=f.size * 2)
    pr.need(80 * len(signers) + 250)
    last = pr.s
    y = pr.y + 70
    x = last.width - mm(95)
    for role, name in signers:
        last.text(x, y, role, f, spacing=18 if len(role) <= 3 else 0)
        last.text(x + mm(36), y, name, f)
        y += 80
    y += 30
    when = cn_date(day)
    xr = last.width - mm(40)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-20, 20), y + 10, COURT, rng, radius=mm(21))
    return folio(pr.sheets, body(32))


def form_title(s: Sheet, title: str, y: float, *, issuer: str = COURT, size: int = 66, spacing: int = 22) -> float:
    """A form's head: the issuer in small 黑体, the title in bold serif spread out."""
    if issuer:
        s.centred(y, issuer, hei(40), spacing=4)
        y += 64
    s.centred(y, title, font("serif_bold", size), spacing=spacing)
    return y + size + 34
