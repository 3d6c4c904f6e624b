"""court_hl's press (青海省西宁市城东区人民法院执行局): the bureau's papers come out of its case system in Noto serif,
ragged right, the court line in 黑体 letter-spaced over a bold serif title, the case number set right over a hairline
that runs the width of the text, the signers' names under one another at the right with their roles spread to four
characters, the date in Chinese numerals with the round seal over it. Every copy handed out carries a red boxed
「副本」 at the top left. Multi-page papers are folioed "第n页／共m页" centred at the foot.

The bureau's forms (receipts, approval and review forms, cover, catalogue, remarks) are ruled grids with a heavy
outer frame and hairline cells, their labels set in 微米黑 and their entries written in with a gel pen in a hand of
their own (scrawl: LXGW 文楷 or AR PL 楷, a slant, a drifting baseline).

Sheets carry a hint for the capture (HlSheet.way): "flatbed" for the bureau's own scanner, "window" for a paper the
filing window photographed on its counter, "card" for a laminated card or licence photographed there — with the boxes
of its laminate, where the sun's glare may fall."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "青海省西宁市城东区人民法院"
SHORT = "西宁市城东区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(28)
GEL = (22, 30, 95)
BLACK_PEN = (30, 30, 34)


@dataclass
class HlSheet(Sheet):
    """A sheet and how the bureau captured it: way = flatbed | window | card; laminate = boxes (x0, y0, x1, y1 at the
    drawing's 200 dpi) of the plastic-sealed cards on it, glare_zones where on each the glare may fall."""

    way: str = "flatbed"
    laminate: list[tuple[int, int, int, int]] = field(default_factory=list)
    glare_zones: list[tuple[float, float, float, float]] = field(default_factory=list)
    """for each laminated card, where on it (fractions x0, y0, x1, y1 of its box) the sun's glare may fall: over its
    photo, its title or its seal, never over the holder's name or number"""


def body(size: int = 40) -> Font:
    return font("serif", size)


def label(size: int = 34) -> Font:
    return font("microhei", size)


def scrawl(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
           ink: tuple[int, int, int] = GEL, face: str = "wenkai", slant: float = 0.0, record: bool = True) -> float:
    """A written entry: each character a little turned and sized, the baseline drifting, leaning by `slant` degrees
    as a whole; returns the width written."""
    if record and text.strip():
        s.lines.append(text)
    cx, drift = x, 0.0
    for ch in text:
        sz = max(14, int(size * rng.uniform(0.9, 1.08)))
        f = font(face, sz)
        w = int(f.getlength(ch)) + 10
        g = Image.new("L", (w + 10, sz + 20), 0)
        ImageDraw.Draw(g).text((5, 5), ch, font=f, fill=255)
        g = g.rotate(slant + rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC, expand=True)
        drift += rng.uniform(-1.2, 1.2)
        tone = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
        s.image.paste(tone, (int(cx), int(y + drift)), g)
        cx += f.getlength(ch) * rng.uniform(0.94, 1.06) + rng.uniform(-1, 2)
    return cx - x


def scrawl_lines(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, width: float, size: int = 38,
                 lead: float = 0.0, ink: tuple[int, int, int] = GEL, face: str = "wenkai") -> float:
    """A longer written entry wrapped to `width`; returns the y below it."""
    for part in wrap(text, font(face, size), width):
        scrawl(s, x, y, part, rng, size=size, ink=ink, face=face)
        y += lead or size * 1.45
    return y


def copy_mark(s: Sheet, rng: random.Random) -> None:
    """The red boxed 副本 the bureau stamps on every copy it hands out."""
    f = font("hei", 40)
    x, y = LEFT - mm(12) + rng.uniform(-8, 8), mm(12) + rng.uniform(-6, 6)
    ink = (RED[0] - 15, RED[1] + 5, RED[2] + 20)
    w = text_width("副　本", f) + 36
    s.box(x, y, x + w, y + 70, width=4, outline=ink)
    s.text(x + 18, y + 12, "副　本", f, fill=ink)


def folio(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    """第n页／共m页 centred at the foot of every sheet of a paper that runs on."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    ff = f or body(30)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(16), f"第{i}页／共{n}页", ff)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


@dataclass
class Flow:
    """Text running down sheets from y, a fresh sheet when the foot is reached."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT
    way: str = "flatbed"
    paper: tuple[int, int, int] = (255, 255, 255)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(HlSheet(paper=self.paper, way=self.way))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """Ragged right: the first line indented by `indent`, the others by `hang`."""
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, centred: bool = False, flush_right: bool = False,
             at: float = 0.0, spacing: float = 0.0, fill: tuple[int, int, int] = INK) -> None:
        self.room(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing, fill=fill)
        elif flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f, fill=fill)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing, fill=fill)
        self.y += lead


def spread(role: str) -> str:
    """A signer's role spread to the width of four characters: 执行员 → 执 行 员, 书记员 → 书 记 员."""
    if len(role) == 2:
        return f"{role[0]}　　{role[1]}"
    if len(role) == 3:
        return " ".join(role)
    return role


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copy: bool = False) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", paragraph), ("h", a party line hung two characters),
    ("c", centred), ("s", a smaller closing note)."""
    s = HlSheet()
    s.centred(TOP, COURT, font("hei", 48), spacing=7)
    tf = font("serif_bold", 72)
    s.centred(TOP + 84, title, tf, spacing={2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8))
    f = body(40)
    num = number or c.number
    y: float = TOP + 200
    s.right(s.width - RIGHT, y, num, body(38))
    s.line(LEFT, y + 58, s.width - RIGHT, y + 58, width=1)
    run = Flow([s], y + 92)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=68)
        elif kind == "h":
            run.para(text, f, lead=68, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead=68, centred=True)
        elif kind == "s":
            run.para(text, body(32), lead=52)
        else:
            run.para(text, f, lead=68, indent=f.size * 2)
    run.room(72 * len(signers) + 250)
    last = run.s
    y = run.y + 50
    x = last.width - RIGHT - mm(68)
    for role, name in signers:
        last.text(x, y, spread(role), f)
        last.text(x + mm(30), y, name, f)
        y += 72
    y += 36
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 18, COURT, rng, radius=mm(20))
    if copy:
        copy_mark(run.sheets[0], rng)
    return folio(run.sheets)


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 60) -> float:
    """A form's heading: the court in small 黑体 over the title in bold serif, letter-spaced, nothing under it."""
    if issuer:
        s.centred(y, issuer, font("hei", 38), spacing=4)
        y += 62
    s.centred(y, title, font("serif_bold", size), spacing=max(6, 40 - 4 * len(title)))
    return y + size + 44


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK
          ) -> list[tuple[float, float, float, float]]:
    """A ruled grid, hairline cells in a heavy frame; a row shorter than `widths` lets its last cell run to the frame.
    Label columns are centred; other text sits left. Returns every cell's box, row by row."""
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
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=5, outline=ink)
    return boxes


def right_cells(boxes: Sequence[tuple[float, float, float, float]], x: float) -> list[tuple[float, float, float, float]]:
    return [b for b in boxes if b[0] > x + 1]


def fingerprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint: an oval of broken ridges."""
    d = s.draw
    for k in range(9):
        r = 8 + k * 4
        start = rng.uniform(0, 60)
        d.arc((x - r * 0.8, y - r, x + r * 0.8, y + r), start, start + rng.uniform(220, 320),
              fill=(190 + rng.randint(-20, 20), 40, 45), width=3)


def dashed(s: Sheet, x0: float, y: float, x1: float, *, dash: int = 14, gap: int = 10) -> None:
    x = x0
    while x < x1:
        s.line(x, y, min(x + dash, x1), y, width=2)
        x += dash + gap


def tilt_paste(base: Image.Image, card: Image.Image, cx: float, cy: float, angle: float) -> tuple[int, int, int, int]:
    """Lay `card` on `base` centred at (cx, cy), turned by `angle` degrees; returns its bounding box."""
    mask = Image.new("L", card.size, 255).rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    turned = card.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    x0, y0 = int(cx - turned.width / 2), int(cy - turned.height / 2)
    base.paste(turned, (x0, y0), mask)
    return x0, y0, x0 + turned.width, y0 + turned.height


def rad(deg: float) -> float:
    return math.radians(deg)
