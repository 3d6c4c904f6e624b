"""Shared drawing helpers: an A4 sheet that records the text it prints, wrapped paragraphs, bordered
tables, round red seals and handwriting-like fill."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from dossier.corpus.fonts import Font, font

DPI = 200  # rendering resolution; degrade.py resamples to the capture resolution
A4 = (round(210 / 25.4 * DPI), round(297 / 25.4 * DPI))
INK = (25, 25, 28)
RED = (205, 30, 35)
BLUE_INK = (30, 50, 150)

Block = tuple[str, str]
"""A typed paper's block, (kind, text). Each family names its own kinds (p paragraph, f flush line,
r right-aligned, c centred, ...); flow() lays out p, r, c (given a font for it) and any other kind as a
flush line."""


def mm(value: float) -> int:
    return round(value / 25.4 * DPI)


@dataclass
class Sheet:
    """One page being drawn; `lines` is the text printed on it, in reading order."""

    size: tuple[int, int] = A4
    paper: tuple[int, int, int] = (255, 255, 255)
    image: Image.Image = field(init=False)
    lines: list[str] = field(default_factory=list)
    page_of: tuple[int, int] | None = None
    starts_document: bool = False
    """a later sheet of a rendered item that is a document of its own (its own title: the second
    查控 printout, a bank's reply), not a continuation"""

    def __post_init__(self) -> None:
        self.image = Image.new("RGB", self.size, self.paper)

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.image)

    @property
    def width(self) -> int:
        return self.size[0]

    @property
    def height(self) -> int:
        return self.size[1]

    def text(self, x: float, y: float, s: str, f: Font, *, fill: tuple[int, int, int] = INK,
             spacing: float = 0.0, record: bool = True) -> float:
        """Draw `s` at (x, y) (top left), with extra `spacing` px between characters; returns its width."""
        if record and s.strip():
            self.lines.append(s)
        if not spacing:
            self.draw.text((x, y), s, font=f, fill=fill)
            return text_width(s, f)
        d = self.draw
        cx = x
        for ch in s:
            d.text((cx, y), ch, font=f, fill=fill)
            cx += f.getlength(ch) + spacing
        return cx - x - spacing

    def centred(self, y: float, s: str, f: Font, *, spacing: float = 0.0, fill: tuple[int, int, int] = INK,
                x0: float = 0, x1: float | None = None) -> float:
        right = self.width if x1 is None else x1
        w = text_width(s, f) + spacing * max(len(s) - 1, 0)
        self.text(x0 + (right - x0 - w) / 2, y, s, f, spacing=spacing, fill=fill)
        return w

    def right(self, x1: float, y: float, s: str, f: Font, *, fill: tuple[int, int, int] = INK) -> float:
        w = text_width(s, f)
        self.text(x1 - w, y, s, f, fill=fill)
        return x1 - w

    def box(self, x0: float, y0: float, x1: float, y1: float, *, width: int = 2,
            outline: tuple[int, int, int] = INK) -> None:
        self.draw.rectangle((x0, y0, x1, y1), outline=outline, width=width)

    def line(self, x0: float, y0: float, x1: float, y1: float, *, width: int = 2,
             fill: tuple[int, int, int] = INK) -> None:
        self.draw.line((x0, y0, x1, y1), fill=fill, width=width)


def text_width(s: str, f: Font) -> float:
    return float(f.getlength(s))


def wrap(s: str, f: Font, width: float, *, indent: float = 0.0) -> list[str]:
    """Break `s` into lines no wider than `width` (the first one `indent` narrower), CJK style."""
    lines: list[str] = []
    cur = ""
    limit = width - indent
    for ch in s:
        if f.getlength(cur + ch) > limit and cur:
            if ch in "，。、；：）”》！？" and len(cur) > 1:  # no punctuation at the start of a line
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur)
                cur = ""
            limit = width
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def flow(sheet: Sheet, blocks: Sequence[Block], f: Font, *, x0: float, width: float, y: float,
         line_height: float, indent: float, right: float | None = None, centre: Font | None = None,
         bottom: float | None = None, more: Callable[[], tuple[Sheet, float]] | None = None) -> float:
    """A typed paper's blocks down the sheet from `y`: ("r", text) set right (at `right`, else at
    x0 + width), ("p", text) a paragraph whose first line is indented by `indent`, ("c", text) centred
    across the sheet in the font `centre` when one is given, any other kind flush left, each wrapped to
    `width`; returns the y below them.

    A paper that runs on: given `bottom` and `more`, a line that would pass `bottom` goes to the sheet
    that `more()` adds, at the y it gives (the caller's last sheet is then the one the blocks ended on)."""
    x1 = x0 + width if right is None else right

    def line() -> None:
        nonlocal sheet, y
        if more is not None and bottom is not None and y + line_height > bottom:
            sheet, y = more()

    for kind, text in blocks:
        if kind == "r" or (kind == "c" and centre is not None):
            line()
            if kind == "c" and centre is not None:
                sheet.centred(y, text, centre)
            else:
                sheet.right(x1, y, text, f)
            y += line_height
            continue
        first = indent if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, width, indent=first)):
            line()
            sheet.text(x0 + (first if k == 0 else 0), y, part, f)
            y += line_height
    return y


def table(sheet: Sheet, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          row_h: float | Sequence[float], width: int = 2, pad: float = 10, centre_first: bool = False,
          fill: tuple[int, int, int] = INK) -> float:
    """A bordered table; a cell text of "" leaves it empty; a row of one cell spans all columns.
    Returns the y below the table."""
    heights = list(row_h) if isinstance(row_h, Sequence) else [row_h] * len(rows)
    cols = list(cols)
    total_w = sum(cols)
    cy = y
    for r, row in enumerate(rows):
        h = heights[r]
        sheet.box(x, cy, x + total_w, cy + h, width=width, outline=fill)
        spans = [total_w] if len(row) == 1 else [*cols[:len(row) - 1], total_w - sum(cols[:len(row) - 1])]
        cx = x
        for c, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if c:
                sheet.line(cx, cy, cx, cy + h, width=width, fill=fill)
            if cell:
                size = f.size
                wrapped = wrap(cell, f, w - 2 * pad)
                lh = size * 1.35
                ty = cy + (h - lh * len(wrapped)) / 2 + size * 0.05
                for part in wrapped:
                    if centre_first and c == 0:
                        sheet.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        sheet.text(cx + pad, ty, part, f)
                    ty += lh
            cx += w
        cy += h
    return cy


def seal(sheet: Sheet, cx: float, cy: float, name: str, rng: random.Random, *, radius: float = 0.0,
         inner: str = "") -> None:
    """A round red seal (star in the middle, the name on an arc), multiplied onto the page."""
    r = radius or mm(21)
    size = int(r * 2 + 20)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(4, int(r / 22)))
    star = [(c + r * 0.22 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4),
             c + r * 0.22 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.4)) for i in range(10)]
    d.polygon(star, fill=255)
    f = font("sans_bold", int(r * 0.27))
    n = len(name)
    span = min(250.0, 22.0 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * 0.4), int(r * 0.4)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        px = c + r * 0.74 * math.cos(math.radians(ang)) - g.width / 2
        py = c + r * 0.74 * math.sin(math.radians(ang)) - g.height / 2
        layer.paste(255, (int(px), int(py)), g)
    if inner:
        d.text((c, c + r * 0.5), inner, font=font("sans", int(r * 0.16)), fill=255, anchor="mm")
    layer = layer.rotate(rng.uniform(-15, 15), resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.55, 0.9)
    mask = layer.point(lambda v: int(v * strength))
    colour = Image.new("RGB", layer.size, (RED[0] + rng.randint(-20, 20), RED[1], RED[2] + rng.randint(0, 30)))
    # multiply: red ink darkens but does not hide the black text beneath
    region = (int(cx - size / 2), int(cy - size / 2))
    under = sheet.image.crop((region[0], region[1], region[0] + size, region[1] + size))
    from PIL import ImageChops
    mixed = ImageChops.multiply(under, colour)
    under.paste(mixed, (0, 0), mask)
    sheet.image.paste(under, region)


def hand(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, *, size: int = 44,
         ink: tuple[int, int, int] = BLUE_INK, record: bool = True) -> float:
    """Handwriting-like text: kai font, jittered baseline, per-character rotation and size."""
    if record and s.strip():
        sheet.lines.append(s)
    cx = x
    drift = 0.0
    for ch in s:
        sz = max(12, int(size * rng.uniform(0.88, 1.1)))
        f = font("kai", sz)
        w = int(f.getlength(ch)) + 8
        g = Image.new("L", (w + 8, sz + 16), 0)
        ImageDraw.Draw(g).text((4, 4), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-7, 7), resample=Image.Resampling.BICUBIC, expand=True)
        drift += rng.uniform(-1.5, 1.5)
        colour = (ink[0] + rng.randint(-12, 12), ink[1] + rng.randint(-12, 12), min(255, ink[2] + rng.randint(-12, 12)))
        colour = (max(0, colour[0]), max(0, colour[1]), max(0, colour[2]))
        sheet.image.paste(colour, (int(cx), int(y + drift + rng.uniform(-3, 3))), g)
        cx += f.getlength(ch) * rng.uniform(0.92, 1.08) + rng.uniform(-1, 3)
    return cx - x


def signature(sheet: Sheet, x: float, y: float, name: str, rng: random.Random, *,
              ink: tuple[int, int, int] = INK) -> None:
    """A fast, slanted signature (recorded as text too)."""
    hand(sheet, x, y, name, rng, size=int(mm(7.5)), ink=ink)
