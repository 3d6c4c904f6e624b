"""How court_ec's dossiers were captured: the undertaker's working volume, laid page by page on the bureau's colour
flatbed (200–300 dpi, JPEG q60–85) with whatever was left on the paper. Yellow or pink 便利贴 with a short note in pen
(待补回证, 已核, 页码?, 问申请人) stuck on some pages, now and then over a few printed words; a paper clip at the top edge —
its bent-wire outline and the grey shadow it throws under the lid; the court's 骑缝章, of which each sheet of a
multi-page court paper carries a slice at its right edge (stamped across the stacked sheets); a red 已归档 or 复印件
box stamp on some received copies. Everything is decided per sheet from the rng, so a build is reproducible."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from dossier.corpus.draw import DPI, RED, Sheet, hand, mm
from dossier.corpus.fonts import font

NOTES = ("待补回证", "已核", "页码?", "问申请人", "已核 ✓", "回证?")
YELLOW, PINK = (252, 236, 112), (250, 182, 200)


@dataclass
class Sticky:
    x: float            # left edge, fraction of the page width
    y: float            # top edge, fraction of the height
    colour: tuple[int, int, int]
    note: str
    angle: float


@dataclass
class Flatbed:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    stickies: list[Sticky] = field(default_factory=list)
    clip: float = -1.0  # x fraction of a paper clip at the top edge; -1: none
    seam: float = 0.0   # y fraction of the 骑缝章 slice at the right edge; 0: none
    stamp: str = ""     # 已归档 / 复印件 box stamp on a received copy
    lid: float = 0.0    # darkness of the lid's shadow along the bottom edge


def plan_capture(rng: random.Random, sheet: Sheet) -> Flatbed:
    stickies: list[Sticky] = []
    if rng.random() < 0.22:
        over_text = rng.random() < 0.35
        stickies.append(Sticky(x=rng.uniform(0.15, 0.6) if over_text else rng.uniform(0.72, 0.8),
                               y=rng.uniform(0.25, 0.7) if over_text else rng.uniform(0.04, 0.2),
                               colour=rng.choice([YELLOW, YELLOW, PINK]), note=rng.choice(NOTES),
                               angle=rng.uniform(-6, 6)))
    seam = float(getattr(sheet, "seam", 0.0))
    copy = bool(getattr(sheet, "copy", False))
    stamp = rng.choice(["复印件", "已归档"]) if copy and rng.random() < 0.45 else ""
    return Flatbed(dpi=rng.choice([200, 200, 240, 300]), rotation=rng.choices([0, 180, 90], weights=[93, 5, 2])[0],
                   photo=False, quality=rng.randint(60, 85), skew=rng.uniform(-1.2, 1.2), stickies=stickies,
                   clip=rng.uniform(0.08, 0.3) if rng.random() < 0.3 else -1.0, seam=seam, stamp=stamp,
                   lid=rng.uniform(0.0, 0.12) if rng.random() < 0.5 else 0.0)


def _sticky(page: Image.Image, st: Sticky, rng: random.Random) -> None:
    w, h = page.size
    side = mm(38)
    note = Sheet(size=(side, side), paper=st.colour)
    d = note.draw
    d.rectangle((0, 0, side, mm(9)), fill=tuple(max(0, v - 14) for v in st.colour))  # the glued strip, a shade darker
    hand(note, mm(4), mm(12), st.note, rng, size=mm(8), ink=(20, 25, 40) if rng.random() < 0.7 else (180, 20, 30),
         record=False)
    card = note.image.convert("RGBA").rotate(st.angle, resample=Image.Resampling.BICUBIC, expand=True)
    shadow = Image.new("RGBA", card.size, (0, 0, 0, 0))
    shadow.paste((60, 55, 40, 70), (0, 0), card.split()[3])
    shadow = shadow.filter(ImageFilter.GaussianBlur(6))
    x, y = int(st.x * w), int(st.y * h)
    page.paste(shadow, (x + 7, y + 9), shadow)
    page.paste(card, (x, y), card)


def _clip(page: Image.Image, at: float, rng: random.Random) -> None:
    """A paper clip over the top edge: shadow first, then the wire's nested loops in bright/dark steel."""
    w = page.width
    x = int(at * w)
    cw, ch = mm(9), mm(34)
    top = -mm(8)
    shade = Image.new("L", page.size, 0)
    sd = ImageDraw.Draw(shade)
    sd.rounded_rectangle((x + 8, top + 10, x + cw + 12, top + ch + 14), radius=cw // 2, outline=120, width=10)
    shade = shade.filter(ImageFilter.GaussianBlur(7))
    grey = Image.new("RGB", page.size, (95, 95, 100))
    page.paste(grey, (0, 0), shade)
    d = ImageDraw.Draw(page)
    steel = (150 + rng.randint(-15, 15), 152, 160)
    d.rounded_rectangle((x, top, x + cw, top + ch), radius=cw // 2, outline=steel, width=5)
    d.rounded_rectangle((x + mm(2), top + mm(5), x + cw - mm(2), top + ch - mm(7)), radius=cw // 2 - mm(2),
                        outline=steel, width=5)
    d.line((x + 2, top + ch // 2, x + cw - 2, top + ch // 2 + 4), fill=(210, 212, 220), width=1)


def _seam(page: Image.Image, at: float, rng: random.Random) -> None:
    """A slice of the round 骑缝章 at the right edge: the ring and the outer ends of its characters."""
    w, h = page.size
    r = mm(20)
    cx = w + int(r * rng.uniform(0.35, 0.6))
    cy = int(at * h)
    layer = Image.new("L", page.size, 0)
    d = ImageDraw.Draw(layer)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=mm(1.1))
    f = font("sans_bold", int(r * 0.28))
    for i, ch in enumerate("辽宁省丹东市振兴区人民法院"):
        ang = math.radians(-200 + i * 17)
        px, py = cx + r * 0.74 * math.cos(ang), cy + r * 0.74 * math.sin(ang)
        d.text((px, py), ch, font=f, fill=255, anchor="mm")
    mask = layer.point(lambda v: int(v * rng.uniform(0.6, 0.85)))
    ink = Image.new("RGB", page.size, (RED[0] - rng.randint(0, 25), RED[1] + 10, RED[2] + 20))
    page.paste(ImageChops.multiply(page, ink), (0, 0), mask)


def _stamp(page: Image.Image, word: str, rng: random.Random) -> None:
    w, h = page.size
    bw, bh = mm(34), mm(13)
    card = Image.new("L", (bw + 40, bh + 40), 0)
    d = ImageDraw.Draw(card)
    d.rectangle((20, 20, 20 + bw, 20 + bh), outline=255, width=5)
    d.text((20 + bw / 2, 20 + bh / 2), word, font=font("hei", int(bh * 0.62)), fill=255, anchor="mm")
    card = card.rotate(rng.uniform(-10, 10), resample=Image.Resampling.BICUBIC, expand=True)
    card = card.point(lambda v: int(v * rng.uniform(0.55, 0.85)))
    x, y = int(w * rng.uniform(0.55, 0.75)), int(h * rng.uniform(0.03, 0.1))
    ink = Image.new("RGB", card.size, (200, 35, 45))
    region = page.crop((x, y, x + card.width, y + card.height))
    region.paste(ImageChops.multiply(region, ink), (0, 0), card)
    page.paste(region, (x, y))


def capture(sheet: Sheet, plan: Flatbed, rng: random.Random) -> bytes:
    page = sheet.image.convert("RGB").copy()
    if plan.seam:
        _seam(page, plan.seam, rng)
    if plan.stamp:
        _stamp(page, plan.stamp, rng)
    if plan.clip >= 0:
        _clip(page, plan.clip, rng)
    for st in plan.stickies:
        _sticky(page, st, rng)
    a: Any = np.asarray(page, dtype=np.uint8)
    scale = plan.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)),
                       interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), borderValue=(238, 238, 236))  # the white lid behind the sheet
    f: Any = a.astype(np.float32)
    if plan.lid > 0:  # the lid did not close flat: a soft shadow creeping up from the bottom edge
        band = int(h * 0.05)
        ramp = np.linspace(1.0, 1.0 - plan.lid, band, dtype=np.float32)[:, None, None]
        f[h - band:] *= ramp
    warm = np.array([1.0, rng.uniform(0.97, 1.0), rng.uniform(0.92, 0.98)], dtype=np.float32)  # the lamp's warm cast
    f *= warm
    f += np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(1.5, 4.0), f.shape[:2])[..., None]
    a = np.clip(f, 0, 255).astype(np.uint8)
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.35, 0.7))
    if plan.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-plan.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return out.getvalue()
