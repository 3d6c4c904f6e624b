"""How court_el's volumes were captured. Many papers reached 新罗法院 already carrying a tiled diagonal watermark from
where they were printed: the law firm's name on its own papers, the e-filing platform's user name and download time on
what the lawyer printed from it, a bank's "仅供法院查询使用" on its 回单, "仅供…执行立案使用" laid over ID and licence
copies — light grey or a pale colour, in rows at 25–45°, a little uneven where the toner ran thin. The undertaker and
the lawyers then marked the key lines: a yellow or pink highlighter stroke over an amount or a case number, ballpoint
underlines, a circle round a figure, a tick in the margin. The bureau's office MFP scanned the volume at 200–300 dpi in
colour or grey, JPEG, each page a little skewed, with the MFP's slightly grey white and soft edges."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_el_kit import SOURCE, SPOTS
from dossier.corpus.fonts import font

Box = tuple[float, float, float, float]


@dataclass
class Watermark:
    text: str
    angle: float          # degrees, counter-clockwise
    colour: tuple[int, int, int]
    strength: float       # 0–1: how much of the colour the page takes at the mark's densest
    size: int             # px at 200 dpi
    role: str             # font role
    step: tuple[int, int]  # spacing of the tiles along and across the rows, px
    uneven: float         # 0–1: toner unevenness across the page


@dataclass
class Mark:
    kind: str             # highlight | underline | circle | tick
    box: Box
    colour: tuple[int, int, int]
    strength: float = 1.0


@dataclass
class MfpScan:
    dpi: int
    rotation: int
    photo: bool
    colour: bool
    skew: float
    quality: int
    white: float          # the scanner's paper white
    blur: float
    watermark: Watermark | None = None
    marks: list[Mark] = field(default_factory=list)


HIGHLIGHTERS = [(255, 236, 70), (255, 226, 40), (255, 150, 200), (255, 170, 215), (190, 250, 120)]
PENS = [(30, 55, 160), (25, 40, 120), (35, 35, 40), (190, 35, 40)]


def _watermark(rng: random.Random, kind: str, who: str) -> Watermark | None:
    if kind in ("court", "none", ""):
        return None
    if kind == "firm":
        text = who
        colour = rng.choice([(150, 150, 150), (175, 175, 175), (200, 150, 150)])
        role = rng.choice(["hei", "sans"])
    elif kind == "bank":
        text = f"{who}　{rng.choice(['建设银行', '龙岩农商银行'])}"
        colour = rng.choice([(160, 180, 215), (170, 170, 170)])
        role = "sans"
    elif kind == "efile":
        user, _, day = who.partition("|")
        text = f"福建法院电子诉讼平台 {user} {day} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
        colour = rng.choice([(185, 185, 185), (170, 190, 210)])
        role = "sans"
    else:
        text = who
        colour = rng.choice([(150, 150, 150), (210, 140, 140), (140, 160, 200)])
        role = rng.choice(["hei", "kai"])
    size = rng.randint(28, 38) if len(text) > 16 else rng.randint(44, 68)
    role_font = font(role, size)
    along = int(role_font.getlength(text)) + rng.randint(90, 260)
    return Watermark(text, rng.choice([1, 1, -1]) * rng.uniform(25, 45), colour, rng.uniform(0.35, 0.75), size, role,
                     (along, rng.randint(int(size * 3.5), int(size * 6.5))), rng.uniform(0.1, 0.5))


def _marks(rng: random.Random, spots: list[Box], received: bool, width: int) -> list[Mark]:
    if not spots or rng.random() > (0.8 if received else 0.35):
        return []
    out: list[Mark] = []
    picked = rng.sample(spots, min(len(spots), rng.randint(1, 3)))
    hl = rng.choice(HIGHLIGHTERS)
    ink = rng.choice(PENS)
    for x, y, w, h in picked:
        if received and rng.random() < 0.7:
            out.append(Mark("highlight", (x, y, w, h), hl, rng.uniform(0.55, 0.85)))
        elif rng.random() < 0.6:
            out.append(Mark("underline", (x, y, w, h), ink))
        else:
            cw = min(w, rng.uniform(120, 320))
            cx = x + rng.uniform(0, max(0.0, w - cw))
            out.append(Mark("circle", (cx, y, cw, h), ink))
        if rng.random() < 0.5:
            out.append(Mark("tick", (max(20.0, x - rng.uniform(90, 150)), y, 50, h), ink))
    return out


def plan_capture(rng: random.Random, sheet: Sheet) -> MfpScan:
    kind, who = getattr(sheet, SOURCE, ("court", ""))
    spots: list[Box] = list(getattr(sheet, SPOTS, []))
    return MfpScan(dpi=rng.choice([200, 200, 240, 300]), rotation=0, photo=False, colour=rng.random() < 0.6,
                   skew=rng.uniform(-1.4, 1.4), quality=rng.randint(72, 90), white=rng.uniform(236, 250),
                   blur=rng.choice([0.0, 0.5, 0.7]), watermark=_watermark(rng, kind, who),
                   marks=_marks(rng, spots, kind not in ("court", "none", ""), sheet.width))


def _tile(size: tuple[int, int], wm: Watermark, rng: random.Random) -> Any:
    """The watermark's coverage (0–1) over the page: rows of text laid along a rotated grid."""
    w, h = size
    diag = int(math.hypot(w, h)) + 200
    layer = Image.new("L", (diag, diag), 0)
    d = ImageDraw.Draw(layer)
    f = font(wm.role, wm.size)
    along, across = wm.step
    for row, y in enumerate(range(0, diag, across)):
        shift = (row % 2) * along // 2
        for x in range(-along + shift, diag, along):
            d.text((x, y), wm.text, font=f, fill=255)
    layer = layer.rotate(wm.angle, resample=Image.Resampling.BICUBIC)
    left, top = (diag - w) // 2, (diag - h) // 2
    cov: Any = np.asarray(layer.crop((left, top, left + w, top + h)), dtype=np.float32) / 255.0
    gen = np.random.default_rng(rng.randint(0, 2**31))
    low = cv2.resize(gen.uniform(1 - wm.uneven, 1.0, (6, 5)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    return cov * np.clip(low, 0, 1)


def _multiply(img: Any, cover: Any, colour: tuple[int, int, int], strength: float) -> Any:
    tint = np.array(colour, dtype=np.float32) / 255.0
    a = (cover * strength)[..., None]
    return img * (1 - a + a * tint)


def _highlight(img: Any, m: Mark, rng: random.Random) -> Any:
    h, w = img.shape[:2]
    x, y, bw, bh = m.box
    cover = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(cover)
    x0 = x - rng.uniform(4, 20)
    x1 = x + bw + rng.uniform(-30, 24)
    thick = bh * rng.uniform(0.9, 1.25)
    yc = y + bh * 0.55 + rng.uniform(-6, 6)
    drift = rng.uniform(-8, 8)
    slant = rng.uniform(6, 14)
    d.polygon([(x0 + slant, yc - thick / 2), (x1 + slant, yc - thick / 2 + drift), (x1 - slant, yc + thick / 2 + drift),
               (x0 - slant, yc + thick / 2)], fill=255)
    cov: Any = np.asarray(cover, dtype=np.float32) / 255.0
    # the felt tip lays ink in streaks along the stroke, denser at the edges where the pen paused
    gen = np.random.default_rng(rng.randint(0, 2**31))
    streak = cv2.resize(gen.uniform(0.75, 1.0, (h // 6 + 1, 1)).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    cov = cv2.GaussianBlur(cov, (0, 0), 1.2) * streak
    return _multiply(img, cov, m.colour, m.strength)


def _pen(img: Any, m: Mark, rng: random.Random) -> Any:
    h, w = img.shape[:2]
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    x, y, bw, bh = m.box
    width = rng.choice([2, 3, 3, 4])
    if m.kind == "underline":
        base = y + bh + rng.uniform(2, 10)
        pts = []
        n = max(4, int(bw / 40))
        for i in range(n + 1):
            px = x - 6 + (bw + 12) * i / n
            pts.append((px, base + rng.uniform(-2.5, 2.5) + (i / n) * rng.uniform(-6, 6)))
        d.line(pts, fill=255, width=width, joint="curve")
        if rng.random() < 0.3:  # a second, faster stroke
            d.line([(px, py + rng.uniform(5, 9)) for px, py in pts], fill=200, width=max(2, width - 1))
    elif m.kind == "circle":
        cx, cy = x + bw / 2, y + bh / 2
        rx, ry = bw / 2 + rng.uniform(12, 26), bh / 2 + rng.uniform(10, 20)
        start = rng.uniform(0, 360)
        sweep = rng.uniform(330, 400)
        pts = []
        for i in range(61):
            t = math.radians(start + sweep * i / 60)
            grow = 1 + 0.06 * i / 60
            pts.append((cx + rx * grow * math.cos(t) + rng.uniform(-1.5, 1.5), cy + ry * grow * math.sin(t) + rng.uniform(-1.5, 1.5)))
        d.line(pts, fill=255, width=width, joint="curve")
    else:  # a tick in the margin
        tx, ty = x, y + bh * 0.2
        d.line([(tx, ty + bh * 0.45), (tx + 16, ty + bh * 0.85), (tx + 48, ty - bh * 0.15)], fill=255, width=width + 1)
    cov: Any = cv2.GaussianBlur(np.asarray(layer, dtype=np.float32) / 255.0, (0, 0), 0.7)
    ink = np.array(m.colour, dtype=np.float32) / 255.0
    a = np.clip(cov * rng.uniform(0.8, 0.95), 0, 1)[..., None]
    return img * (1 - a) + ink * a


def capture(sheet: Sheet, scan: MfpScan, rng: random.Random) -> bytes:
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32) / 255.0
    h, w = img.shape[:2]
    if scan.watermark is not None:
        img = _multiply(img, _tile((w, h), scan.watermark, rng), scan.watermark.colour, scan.watermark.strength)
    for m in scan.marks:
        img = _highlight(img, m, rng) if m.kind == "highlight" else _pen(img, m, rng)
    out: Any = np.clip(img * 255.0, 0, 255)
    if scan.dpi != DPI:
        out = cv2.resize(out, (round(w * scan.dpi / DPI), round(h * scan.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = out.shape[:2]
    # the MFP: white a little grey, black a little lifted, a faint lamp falloff toward one long edge
    ramp = np.linspace(1.0, rng.uniform(0.965, 0.99), w, dtype=np.float32)[None, :, None]
    out = 14 + out * (scan.white - 14) / 255.0 * ramp
    if scan.blur:
        out = cv2.GaussianBlur(out, (0, 0), scan.blur)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    out = out + gen.normal(0, 2.2, out.shape).astype(np.float32)
    pixels = np.clip(out, 0, 255).astype(np.uint8)
    if abs(scan.skew) > 0.05:
        turn = cv2.getRotationMatrix2D((w / 2, h / 2), scan.skew, 1.0)
        fill = int(scan.white)
        pixels = cv2.warpAffine(pixels, turn, (w, h), flags=cv2.INTER_LINEAR, borderValue=(fill, fill, fill))
    page = Image.fromarray(pixels, "RGB")
    if not scan.colour:
        page = page.convert("L")
    buf = io.BytesIO()
    page.save(buf, format="JPEG", quality=scan.quality, dpi=(scan.dpi, scan.dpi))
    return buf.getvalue()
