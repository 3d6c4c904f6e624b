"""court_hc's press (广东省清远市清城区人民法院执行局): the bureau's papers come off its case system set ragged-right in
文楷 (its 仿宋 stand-in), the court's name in a letter-spaced 黑体 line over a bold serif title, the case number set at
the right above a hairline rule that spans the text block; the signers stand in a narrow column at the right, the
date in Chinese numerals under them with the court seal across it; a paper handed to a party carries the bureau's
blue oblong stamp "清城法院执行局 / 与原本核对无异" at the lower left. Papers of more than one page are foliated
"第n页／共m页" in the middle of the foot. The forms (cover, catalogue, approval and review forms, receipts) are
printed as one heavy-framed grid with hairline inner rules and 黑体 labels, filled in by hand in black gel pen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import stamp

COURT = "广东省清远市清城区人民法院"
SEAL_NAME = "广东省清远市清城区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(30)
GEL = (32, 32, 38)
"""the bureau's black gel pen"""
BLUE = (30, 60, 150)
STAMP_BLUE = (40, 70, 170)


def body(size: int = 42) -> Font:
    return font("wenkai", size)


def label(size: int = 34) -> Font:
    return font("hei", size)


@dataclass
class Cursor:
    """A paper running down its sheets."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """Ragged right: the first line indented by `first`, later lines by `hang`."""
        parts = wrap(text, f, self.width - hang, indent=first - hang)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, centred: bool = False,
             flush_right: bool = False, spacing: float = 0.0) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    """第n页／共m页 centred at the foot; page_of on every sheet after the first."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    ff = f or body(30)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(16), f"第{i}页／共{n}页", ff)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def copy_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The bureau's blue oblong stamp on a copy handed out."""
    stamp(s, x, y, ["清城法院执行局", "与原本核对无异"], rng, size_mm=4.2, colour=STAMP_BLUE, face="hei")


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copy: bool = False,
                court: str = COURT) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee) flush, ("p", paragraph) indented two characters,
    ("h", party line, later lines hung two characters), ("c", centred), ("n", small note), ("gap", "")."""
    s = Sheet()
    s.centred(TOP, court, font("hei", 46), spacing=9)
    s.centred(TOP + 84, title, font("serif_bold", 82), spacing={2: 100, 3: 64, 4: 40, 5: 26}.get(len(title), 8))
    cur = Cursor([s], TOP + 214)
    nf = body(40)
    cur.line(number or c.number, nf, lead=58, flush_right=True)
    s.line(LEFT, cur.y, s.width - RIGHT, cur.y, width=1)
    cur.y += 44
    f = body(42)
    for kind, text in blocks:
        if kind == "to":
            cur.para(text, f, lead=76)
        elif kind == "h":
            cur.para(text, f, lead=76, hang=f.size * 2)
        elif kind == "c":
            cur.line(text, f, lead=76, centred=True)
        elif kind == "n":
            cur.para(text, body(34), lead=58)
        elif kind == "gap":
            cur.y += 30
        else:
            cur.para(text, f, lead=76, first=f.size * 2)
    cur.need(80 * len(signers) + 250)
    last = cur.s
    y = cur.y + 56
    x = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(x, y, role, f)
        last.text(x + mm(30), y, name, f)
        y += 80
    y += 26
    when = cn_date(day)
    xr = last.width - RIGHT - mm(4)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 16, court if court.endswith("法院") else SEAL_NAME, rng,
         radius=mm(20.5))
    if copy:
        copy_stamp(last, LEFT, min(y + 120, last.height - mm(48)), rng)
    return folio(cur.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), frame: int = 5,
         ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """One grid under a heavy frame, hairline inner rules; the label columns in 黑体, centred. A row shorter than the
    widths lets its last cell run to the right edge. Returns every cell's box, row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = font("hei", f.size)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                is_label = k in labels
                face = lf if is_label else f
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if is_label:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=frame, outline=ink)
    return boxes


def right_cells(boxes: Sequence[tuple[float, float, float, float]], x: float) -> list[tuple[float, float, float, float]]:
    return [b for b in boxes if b[0] > x + 1]


def ink(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, width: float = 0.0,
        lead: float = 0.0, colour: tuple[int, int, int] = GEL) -> float:
    """Gel pen on a form; a long entry broken to `width` px (allowing for the hand's sprawl). Returns the y below."""
    for part in pen_lines(text, size, width):
        hand(s, x, y, part, rng, size=size, ink=colour)
        y += lead or size * 1.35
    return y


def pen_lines(text: str, size: int, width: float) -> list[str]:
    """How a handwritten entry breaks in a box `width` px wide."""
    return wrap(text, font("kai", round(size * 1.12)), width) if width else [text]


def form_title(s: Sheet, title: str, *, y: float = TOP, size: int = 58) -> float:
    """A form's heading: the court's short name and the form's name on one 黑体 line, a short thick bar under it."""
    w = s.centred(y, title, font("hei", size), spacing=6)
    x0 = (s.width - w) / 2
    s.draw.rectangle((x0 + w * 0.3, y + size + 34, x0 + w * 0.7, y + size + 40), fill=INK)
    return y + size + 76


def thumb(s: Sheet, cx: float, cy: float, rng: random.Random, *, r: float = 0.0) -> None:
    """A red-ink thumbprint (按手印): an oval of ridges, unevenly inked, multiplied onto the page."""
    rad = r or mm(rng.uniform(6.5, 8.0))
    size = int(rad * 2.6)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    k = 0
    step = max(4.0, rad / 7)
    ry = rad
    while ry > 4:
        rx = ry * 0.72
        dy = (rad - ry) * 0.18
        d.ellipse((c - rx, c - ry + dy, c + rx, c + ry + dy), outline=int(170 + 85 * rng.random()), width=3)
        ry -= step
        k += 1
    layer = layer.rotate(rng.uniform(-35, 35), resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.55, 0.85)
    mask = layer.point(lambda v: int(v * strength))
    colour = Image.new("RGB", layer.size, (200 + rng.randint(-15, 20), 40 + rng.randint(-10, 20), 45))
    from PIL import ImageChops

    box = (int(cx - size / 2), int(cy - size / 2))
    under = s.image.crop((box[0], box[1], box[0] + size, box[1] + size))
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    s.image.paste(under, box)
