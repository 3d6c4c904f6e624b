"""court_hi's press (湖北省襄阳市襄城区人民法院执行局): the bureau prints its papers in Noto 宋 (serif) on a narrow
measure — the court's name in a small spaced 黑体 line, the title below it in a big bold 宋 with its letters spread, a
hairline across the page under the number line, the number set flush LEFT with "执行局" on the right of the same line.
Paragraphs are ragged right (never justified). Signers stand in a right-hand column, the date in Chinese numerals under
them with the seal over it; the folio reads "第n页 共m页" centred at the foot. The window's forms are ruled with a heavy
outer frame and hairline cells, their labels in 黑体, filled by hand.

The hand of the window: a worker or a party writes in 文楷 or GB 楷 (blue-black or black ballpoint), strikes a wrong word
through with one or two strokes and writes the right one beside it, and presses a red thumbprint over the name
(手印) — whorled ridges in 印泥 red, half over the written name."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "湖北省襄阳市襄城区人民法院"
BUREAU = "襄城区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(31), mm(27), mm(30), mm(28)
BALLPOINT = (24, 34, 96)
BLACK_PEN = (30, 30, 34)
PAD_RED = (196, 36, 40)


@dataclass
class DeskSheet(Sheet):
    """A paper the window shoots with its 高拍仪 instead of sending to the flatbed: the forms filled by hand and the
    small slips (receipts, ID copies cut to size)."""

    small: bool = False


def body(size: int = 42) -> Font:
    return font("serif", size)


def folio(sheets: Sequence[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(15), f"第{i}页 共{n}页", body(30))
        s.page_of = (i, n)
    return list(sheets)


class Flow:
    """Ragged-right paragraphs down the bureau's sheets."""

    def __init__(self, y: float, *, left: float = LEFT, right: float = RIGHT, paper: tuple[int, int, int] = (255, 255, 255),
                 first: Sheet | None = None) -> None:
        self.paper = paper
        self.sheets = [first or Sheet(paper=paper)]
        self.y = y
        self.left, self.right = left, right

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = TOP

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        parts = wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.room(lead)
            x = self.left + (indent if k == 0 else hang)
            self.s.text(x, self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, centred: bool = False, spacing: float = 0.0) -> None:
        self.room(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def bureau_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                 signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", paragraph, two-character indent), ("h", party line with
    a hanging indent), ("c", centred), ("s", small flush note)."""
    s = Sheet()
    s.centred(TOP, court, font("sans_bold", 46), spacing=10)
    tf = font("serif_bold", 80)
    gap = {2: 110, 3: 70, 4: 44, 5: 28, 6: 16}.get(len(title), 4)
    s.centred(TOP + 84, title, tf, spacing=gap)
    y: float = TOP + 220
    nf = body(38)
    s.text(LEFT, y, number or c.number, nf)
    s.right(s.width - RIGHT, y, "执行局" if court == COURT else "", nf)
    s.line(LEFT, y + 58, s.width - RIGHT, y + 58, width=1)
    run = Flow(y + 96, first=s)
    f = body(42)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=74)
        elif kind == "h":
            run.para(text, f, lead=74, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead=74, centred=True)
        elif kind == "s":
            run.para(text, body(34), lead=58)
        else:
            run.para(text, f, lead=74, indent=f.size * 2)
    run.room(80 * len(signers) + 240)
    last = run.s
    y = run.y + 50
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        last.text(x, y, role, f)
        last.text(x + mm(30), y, name, f)
        y += 80
    y += 36
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 - mm(4), y + 8, court, rng, radius=mm(20))
    return folio(run.sheets)


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), label_font: Font | None = None,
          ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A window form's grid: hairline cells inside a heavy frame; label columns in 黑体, centred. A row shorter than
    `widths` lets its last cell run to the right. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = label_font or font("hei", f.size)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                ff = lf if k in labels else f
                parts = wrap(cell, ff, w - 16)
                lh = ff.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, ff, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=5, outline=ink)
    return boxes


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 66, spacing: float = 14) -> float:
    """A window form's head: the court in small 宋, the title in 黑体 with a short rule under each end."""
    if issuer:
        s.centred(y, issuer, body(40), spacing=4)
        y += 64
    w = s.centred(y, title, font("hei", size), spacing=spacing)
    y += size + 16
    x0 = (s.width - w) / 2
    s.line(x0 - mm(6), y, x0 + w + mm(6), y, width=2)
    return y + 36


def writes(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42, face: str = "wenkai",
           ink: tuple[int, int, int] = BALLPOINT) -> float:
    """A party's hand on a form (returns the width written)."""
    return scrawl(s, x, y, text, rng, role=face, size=size, ink=ink, slant=5.0)


def writes_lines(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, per_line: int, lead: float,
                 size: int = 40, face: str = "wenkai", ink: tuple[int, int, int] = BALLPOINT) -> float:
    lines: list[str] = []
    for k in range(0, len(text), per_line):
        part = text[k:k + per_line]
        while lines and part and part[0] in "，。、；：）":  # no punctuation opens a line: it stays with the last
            lines[-1] += part[0]
            part = part[1:]
        if part:
            lines.append(part)
    for part in lines:
        writes(s, x, y, part, rng, size=size, face=face, ink=ink)
        y += lead
    return y


def struck(s: Sheet, x: float, y: float, wrong: str, right: str, rng: random.Random, *, size: int = 42,
           face: str = "wenkai", ink: tuple[int, int, int] = BALLPOINT) -> float:
    """A wrong entry struck through (one or two strokes, a little slanted) and the right one written after it."""
    w = writes(s, x, y, wrong, rng, size=size, face=face, ink=ink)
    mid = y + size * 0.55
    for k in range(rng.choice([1, 2, 2])):
        dy = k * size * 0.16
        s.line(x - 4, mid + dy + rng.uniform(-4, 4), x + w + 6, mid + dy + rng.uniform(-6, 2), width=3, fill=ink)
    return w + 14 + writes(s, x + w + 14, y, right, rng, size=size, face=face, ink=ink)


def thumbprint(s: Sheet, cx: float, cy: float, rng: random.Random, *, scale: float = 1.0) -> None:
    """A red 手印: an oval of whorled ridges in 印泥, heavier at its centre, broken where the finger lifted."""
    rx, ry = int(mm(6.5) * scale), int(mm(8.5) * scale)
    size = (2 * rx + 24, 2 * ry + 24)
    layer = Image.new("L", size, 0)
    d = ImageDraw.Draw(layer)
    ox, oy = size[0] / 2 + rng.uniform(-4, 4), size[1] / 2 + rng.uniform(-6, 2)
    for k in range(1, 15):
        t = k / 14
        ax, ay = rx * t, ry * t * rng.uniform(0.92, 1.04)
        start = rng.uniform(0, 360)
        d.arc((ox - ax, oy - ay, ox + ax, oy + ay), start, start + rng.uniform(230, 340), fill=255, width=3)
    edge = Image.new("L", size, 0)
    ImageDraw.Draw(edge).ellipse((size[0] / 2 - rx, size[1] / 2 - ry, size[0] / 2 + rx, size[1] / 2 + ry), fill=255)
    layer = ImageChops.multiply(layer, edge.filter(ImageFilter.GaussianBlur(mm(1.2))))
    blot = Image.new("L", size, 0)
    ImageDraw.Draw(blot).ellipse((ox - rx * 0.5, oy - ry * 0.45, ox + rx * 0.5, oy + ry * 0.45), fill=90)
    layer = ImageChops.lighter(layer, blot.filter(ImageFilter.GaussianBlur(mm(2))))
    layer = layer.filter(ImageFilter.GaussianBlur(1.1)).rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.7, 0.95)
    mask = layer.point(lambda v: int(v * strength))
    colour = Image.new("RGB", size, (PAD_RED[0] + rng.randint(-15, 15), PAD_RED[1] + rng.randint(-8, 12), PAD_RED[2]))
    x0, y0 = int(cx - size[0] / 2), int(cy - size[1] / 2)
    under = s.image.crop((x0, y0, x0 + size[0], y0 + size[1]))
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    s.image.paste(under, (x0, y0))


def signs(s: Sheet, x: float, y: float, name: str, rng: random.Random, *, size: int = 50, face: str = "wenkai",
          ink: tuple[int, int, int] = BALLPOINT, thumb: bool = True) -> float:
    """A name signed by hand, a red thumbprint pressed half over it."""
    w = writes(s, x, y, name, rng, size=size, face=face, ink=ink)
    if thumb:
        thumbprint(s, x + w * rng.uniform(0.55, 0.95), y + size * 0.5, rng, scale=rng.uniform(0.85, 1.05))
    return w


def tick_box(s: Sheet, x: float, y: float, label: str, f: Font, *, ticked: bool, rng: random.Random,
             ink: tuple[int, int, int] = BALLPOINT) -> float:
    """□ label, ticked by hand (a ✓ drawn across the box) or left empty. Returns the x after it."""
    b = f.size * 0.8
    s.box(x, y + f.size * 0.15, x + b, y + f.size * 0.15 + b, width=2)
    if ticked:
        p = [(x + b * 0.1, y + b * 0.6), (x + b * 0.42, y + b * 1.0), (x + b * 1.15, y - b * 0.05)]
        p = [(px + rng.uniform(-3, 3), py + rng.uniform(-3, 3)) for px, py in p]
        s.draw.line(p, fill=ink, width=5)
    s.text(x + b + 10, y, label, f)
    return x + b + 10 + text_width(label, f) + f.size


def oval_stamp(s: Sheet, cx: float, cy: float, lines: Sequence[str], rng: random.Random,
               colour: tuple[int, int, int] = (190, 40, 50)) -> None:
    """A small oval rubber stamp (a tribunal's 收件章, a bank's 受理章), multiplied, slightly turned."""
    f = font("sans_bold", 26)
    w = int(max(text_width(t, f) for t in lines) + mm(12))
    h = int(len(lines) * 36 + mm(8))
    layer = Image.new("L", (w + 12, h + 12), 0)
    d = ImageDraw.Draw(layer)
    d.ellipse((6, 6, w + 6, h + 6), outline=255, width=4)
    ty = (h + 12 - len(lines) * 36) / 2
    for t in lines:
        d.text(((w + 12) / 2, ty + 18), t, font=f, fill=255, anchor="mm")
        ty += 36
    layer = layer.rotate(rng.uniform(-12, 12), resample=Image.Resampling.BICUBIC, expand=True)
    mask = layer.point(lambda v: int(v * rng.uniform(0.6, 0.85)))
    ink = Image.new("RGB", layer.size, colour)
    x0, y0 = int(cx - layer.width / 2), int(cy - layer.height / 2)
    under = s.image.crop((x0, y0, x0 + layer.width, y0 + layer.height))
    under.paste(ImageChops.multiply(under, ink), (0, 0), mask)
    s.image.paste(under, (x0, y0))
    s.lines.extend(lines)

