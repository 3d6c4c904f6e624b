"""court_jd's press (吉林省长春市南关区人民法院执行局): its papers come out of the 吉林法院 case system on the bureau's
laser printers — the court's name in bold Noto song, a thin double rule under it across the type area, the title below
in bold song with its letters spread, the case number flush right under the title; body in AR PL 明体 at about
15 pt with a two-character indent; the signers set right, the date in Chinese numerals with the seal pressed across
it; every page of a longer paper ends with a hairline and "南关法院执行局" at the left, "第n页　共m页" at the right.
Its forms are open grids with the labels in 黑体, filled in with a blue ballpoint by the clerk; the parties sign in
black or blue and press a red thumbprint beside their names."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "吉林省长春市南关区人民法院"
SHORT = "长春市南关区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(25), mm(26), mm(26)
BALLPOINT = (32, 44, 128)
BLACKPEN = (30, 30, 34)
THUMB = (196, 38, 48)


def ming(size: int = 42) -> Font:
    return font("ming", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


def bold(size: int = 56) -> Font:
    return font("serif_bold", size)


@dataclass
class Pager:
    """A paper flowing down its sheets: `y` is the cursor on the last sheet."""

    sheets: list[Sheet] = field(default_factory=list)
    y: float = TOP
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    bottom: float = FOOT + mm(8)
    size: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if not self.sheets:
            self.sheets.append(Sheet(size=self.size) if self.size else Sheet())

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet(size=self.size) if self.size else Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """A paragraph: the first line indented by `indent`, the following ones by `hang`."""
        parts = wrap(text, f, self.measure - hang, indent=indent - hang)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: str = "left", spacing: float = 0.0) -> None:
        self.room(lead)
        if at == "centre":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif at == "right":
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, label: str = "南关法院执行局") -> list[Sheet]:
    """The system's footer on a paper of more than one page: a hairline, the office at the left, 第n页 共m页 at
    the right."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    f = ming(28)
    for i, s in enumerate(sheets, 1):
        y = s.height - FOOT
        s.line(LEFT, y, s.width - RIGHT, y, width=1)
        s.text(LEFT, y + 12, label, f)
        s.right(s.width - RIGHT, y + 12, f"第{i}页　共{n}页", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def court_head(s: Sheet, title: str, number: str, *, y: float = TOP, issuer: str = COURT) -> float:
    """The bureau's heading: court name, a double rule, the spread title, the number flush right."""
    s.centred(y, issuer, bold(54), spacing=4)
    y += 82
    s.line(LEFT, y, s.width - RIGHT, y, width=4)
    s.line(LEFT, y + 8, s.width - RIGHT, y + 8, width=1)
    y += 40
    gap = {2: 110, 3: 70, 4: 44, 5: 28, 6: 16}.get(len(title), 4)
    s.centred(y, title, bold(72), spacing=gap)
    y += 118
    if number:
        s.right(s.width - RIGHT, y, number, ming(40))
        y += 80
    return y


def signed_close(p: Pager, rng: random.Random, when: str, *, signers: Sequence[tuple[str, str]] = (),
                 court: str = COURT) -> None:
    """The signers set right, the date under them, the court's seal over the date."""
    f = ming(42)
    p.room(74 * len(signers) + 250)
    s = p.s
    y = p.y + 50
    x = s.width - RIGHT - mm(70)
    for role, name in signers:
        spaced = "　".join(role) if len(role) == 3 else role
        s.text(x, y, spaced, f)
        s.right(s.width - RIGHT - mm(4), y, name, f)
        y += 74
    y += 26
    xr = s.width - RIGHT - mm(4)
    s.right(xr, y, when, f)
    seal(s, xr - text_width(when, f) / 2 + rng.uniform(-20, 20), y + 16, court, rng, radius=mm(21))
    p.y = y + 120


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], label_cols: Sequence[int] = (0,), label_font: Font | None = None,
         line: int = 2) -> list[list[tuple[float, float, float, float]]]:
    """An open ruled grid; a row with fewer cells lets its last cell span to the right edge. Label columns are set
    in 黑体 and centred; other cells left. Returns the boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    lf = label_font or hei(int(f.size))
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line)
            is_label = k in label_cols
            face = lf if is_label else f
            if cell:
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 3
                for part in parts:
                    if is_label:
                        s.centred(ty, part, face, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, face)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, width: float = 0.0,
        ink: tuple[int, int, int] = BALLPOINT, lead: float = 0.0) -> float:
    """Ballpoint writing, broken to `width` when given; returns the y under the last line."""
    f = font("kai", size)
    parts = wrap(text, f, width) if width else [text]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def thumbprint(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red thumbprint pressed with 印泥: an oval of ridges, unevenly inked, multiplied onto the paper."""
    w, h = int(mm(rng.uniform(12, 15))), int(mm(rng.uniform(16, 19)))
    layer = Image.new("L", (w + 40, h + 40), 0)
    d = ImageDraw.Draw(layer)
    ox, oy = 20 + w / 2, 20 + h / 2 + rng.uniform(-8, 8)
    k = 0
    r = 6.0
    drift = rng.uniform(-1.2, 1.2)
    while r < max(w, h) * 0.62:
        rx, ry = r * w / max(w, h), r * h / max(w, h)
        cx_ = ox + drift * k
        cy_ = oy - 0.9 * k
        d.arc((cx_ - rx, cy_ - ry, cx_ + rx, cy_ + ry), rng.uniform(0, 40), rng.uniform(300, 360), fill=255, width=3)
        r += rng.uniform(6.5, 8.5)
        k += 1
    clip = Image.new("L", layer.size, 0)
    ImageDraw.Draw(clip).ellipse((20, 20, 20 + w, 20 + h), fill=255)
    clip = clip.filter(ImageFilter.GaussianBlur(6))
    layer = ImageChops.multiply(layer, clip)
    patchy = Image.effect_noise(layer.size, 70).filter(ImageFilter.GaussianBlur(5)).point(lambda v: 255 if v > 105 else v * 2)
    layer = ImageChops.multiply(layer, patchy).rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.55, 0.85)
    mask = layer.point(lambda v: int(v * strength))
    colour = Image.new("RGB", layer.size, THUMB)
    x0, y0 = int(cx - layer.width / 2), int(cy - layer.height / 2)
    under = s.image.crop((x0, y0, x0 + layer.width, y0 + layer.height))
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    s.image.paste(under, (x0, y0))


def company_seal(s: Sheet, cx: float, cy: float, name: str, rng: random.Random, *, special: str = "") -> None:
    """A company's or a body's round seal, with an inner line (合同专用章, 财务专用章) when given."""
    seal(s, cx, cy, name, rng, radius=mm(rng.uniform(19, 21)), inner=special)


def photo_grey(s: Sheet, box: tuple[float, float, float, float], rng: random.Random, *, face: bool = True) -> None:
    """A photocopied ID photo: a grey field with a darker head-and-shoulders silhouette."""
    x0, y0, x1, y1 = box
    d = s.draw
    g = rng.randint(168, 196)
    d.rectangle((x0, y0, x1, y1), fill=(g, g, g))
    if face:
        cx = (x0 + x1) / 2
        w = x1 - x0
        h = y1 - y0
        dark = (g - 70, g - 70, g - 68)
        d.ellipse((cx - w * 0.22, y0 + h * 0.14, cx + w * 0.22, y0 + h * 0.58), fill=dark)
        d.pieslice((cx - w * 0.48, y0 + h * 0.62, cx + w * 0.48, y1 + h * 0.5), 180, 360, fill=dark)


def wavy_rule(s: Sheet, x0: float, x1: float, y: float, *, colour: tuple[int, int, int], amp: float = 3.0,
              period: float = 40.0, width: int = 2) -> None:
    pts = [(x, y + amp * math.sin(2 * math.pi * (x - x0) / period)) for x in range(int(x0), int(x1), 4)]
    s.draw.line(pts, fill=colour, width=width)
