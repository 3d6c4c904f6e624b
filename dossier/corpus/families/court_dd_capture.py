"""How court_dd's dossiers were captured. 红花岗法院 binds a closed case into a volume first and scans it afterwards: the
volume is opened face down on a flatbed scanner (300 dpi, colour) and pressed flat by hand. So every page carries a dark
shadow band along its binding edge — the gutter, where the paper curves up off the glass — on the left of odd (recto)
pages and on the right of even (verso) pages, the lines of print nearest it squeezed a little as the paper bends away. The
bureau prints on thin paper: on some pages a red seal on the back of the leaf shows through faintly, mirrored and soft.
Landscape tables bound sideways come out turned 90° on the portrait scan. The scanning station saves JPEG at quality about
45. Pages are counted per volume (per dossier's generator) to tell recto from verso."""

from __future__ import annotations

import io
import random
import weakref
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, seal

_LEAVES: weakref.WeakKeyDictionary[random.Random, int] = weakref.WeakKeyDictionary()


@dataclass
class BoundScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    page: int             # the page's place in the volume, 1 = first recto
    gutter: float         # shadow band width, fraction of the scan's width
    depth: float          # darkest the band goes at the very fold (multiplier of the paper, 0–1)
    squeeze: float        # how much the print nearest the fold is compressed toward it (fraction of band width)
    through: tuple[float, float] | None  # centre (fractions of the front) of a seal on the back showing through
    through_strength: float
    warmth: float         # the scanner lamp's slight yellow cast
    noise: float

    @property
    def side(self) -> str:
        return "left" if self.page % 2 else "right"


def plan_capture(rng: random.Random, sheet: Sheet) -> BoundScan:
    page = _LEAVES.get(rng, 0) + 1
    _LEAVES[rng] = page
    landscape = sheet.width > sheet.height
    through = None
    if rng.random() < 0.3:
        through = (rng.uniform(0.25, 0.75), rng.uniform(0.2, 0.85))
    return BoundScan(dpi=300, rotation=rng.choice([90, 270]) if landscape else 0, photo=False,
                     quality=rng.randint(42, 48), skew=rng.uniform(-0.9, 0.9), page=page,
                     gutter=rng.uniform(0.05, 0.09), depth=rng.uniform(0.28, 0.45), squeeze=rng.uniform(0.25, 0.45),
                     through=through, through_strength=rng.uniform(0.12, 0.22), warmth=rng.uniform(0.0, 0.05),
                     noise=rng.uniform(2.0, 4.5))


def _show_through(a: Any, plan: BoundScan, rng: random.Random) -> Any:
    """A seal stamped on the back of the leaf: mirrored, blurred by the paper, faint pink on the front."""
    if plan.through is None:
        return a
    h, w = a.shape[:2]
    r = int(w * 0.09)
    side = 2 * r + 60
    back = Sheet(size=(side, side))
    seal(back, side / 2, side / 2, "遵义市红花岗区人民法院", rng, radius=r)
    b: Any = np.asarray(back.image.transpose(Image.Transpose.FLIP_LEFT_RIGHT), dtype=np.float32)
    b = cv2.GaussianBlur(b, (0, 0), max(1.5, w / 700))
    loss = (255.0 - b) * plan.through_strength
    cx, cy = int((1 - plan.through[0]) * w), int(plan.through[1] * h)  # mirrored: what is left on the back is right here
    x0, y0 = max(0, cx - side // 2), max(0, cy - side // 2)
    x1, y1 = min(w, x0 + side), min(h, y0 + side)
    out = a.copy()
    region = out[y0:y1, x0:x1].astype(np.float32) - loss[: y1 - y0, : x1 - x0]
    out[y0:y1, x0:x1] = np.clip(region, 0, 255).astype(np.uint8)
    return out


def _gutter(a: Any, plan: BoundScan, rng: random.Random) -> Any:
    """The fold: print squeezed toward it and a shadow deepening into it."""
    h, w = a.shape[:2]
    band = max(8, int(w * plan.gutter))
    left = plan.side == "left"
    reach = min(w, int(band * (1 + plan.squeeze)) + 2)  # the columns the fold's view draws from
    src: Any = a[:, :reach] if left else a[:, ::-1][:, :reach]
    xs = np.arange(band, dtype=np.float32)
    t = 1.0 - xs / band  # 1 at the fold, 0 where the paper lies flat
    map_x = np.tile(np.clip(xs + plan.squeeze * band * t ** 2, 0, reach - 1), (h, 1)).astype(np.float32)
    map_y = np.tile(np.arange(h, dtype=np.float32)[:, None], (1, band)).astype(np.float32)
    warped: Any = cv2.remap(np.ascontiguousarray(src), map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    shade = 1.0 - (1.0 - plan.depth) * t ** 1.6
    wobble = 1.0 + 0.04 * np.sin(np.linspace(0, rng.uniform(2, 5) * np.pi, h))[:, None]
    profile = np.clip(shade[None, :] * wobble, 0, 1)[..., None]
    strip: Any = warped.astype(np.float32) * profile
    edge = max(2, band // 14)  # the very fold is nearly black
    strip[:, :edge] *= 0.35
    strip = np.clip(strip, 0, 255).astype(np.uint8)
    out = a.copy()
    if left:
        out[:, :band] = strip
    else:
        out[:, w - band:] = strip[:, ::-1]
    return out


def capture(sheet: Sheet, plan: BoundScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    a = _show_through(a, plan, rng)
    scale = plan.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_CUBIC)
    if plan.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-plan.rotation // 90))
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(246, 246, 242))
    a = _gutter(a, plan, rng)
    lamp = np.array([1.0, 1.0 - plan.warmth * 0.4, 1.0 - plan.warmth], dtype=np.float32)
    grain: Any = np.random.default_rng(rng.randint(0, 2**31)).standard_normal((h, w), dtype=np.float32)
    grain *= plan.noise
    f: Any = a.astype(np.float32)
    f *= lamp
    f += grain[..., None]
    np.clip(f, 0, 255, out=f)
    a = f.astype(np.uint8)
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return out.getvalue()
