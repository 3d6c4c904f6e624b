"""How court_hv's volumes were captured: 邹城法院's archive room scanned its bound volumes of the 2010s years later,
leaf by leaf, on an office colour flatbed (glass 216 × 297 mm) at 200, 240 or 300 dpi.

The volumes had been bound through two holes punched 80 mm apart in the left margin (二孔装订); the binding was cut
to scan them, so every leaf shows its two round holes — the lid's white through them, a thin shadow on the rim away
from the lamp; on a pink or yellow carbon ply the white discs stand out. Papers that were stapled keep their staple
at the top left on their first leaf (a bright-edged steel bar casting a soft shadow), their later leaves the two
pricks of its legs. Slips smaller than a page (fee receipts, bank slips, 联单 plies) were pasted on a white backing
leaf before binding (粘贴单), so the holes are in the backing and the slip sits on it with a faint edge shadow.
Continuous stationery keeps its sprocket strips (round holes every 12.7 mm, the lid showing through) or shows the
torn perforation's nubs along its edges. The lid's off-white fills the glass beyond a leaf; a leaf lies up to about
1° askew, now and then one goes on sideways or upside down; the lamp falls off a little towards one long edge; sensor
noise, a touch of softness, JPEG quality 60–88."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BED = (216.0, 297.0)
"""the glass, mm"""
HOLE_X = 13.0
"""binding holes: centre this far from the leaf's left edge, mm; 6 mm across, 80 mm apart about the middle"""
HOLE_D = 6.0
HOLE_GAP = 80.0
SPROCKET_D = 4.0


@dataclass
class Flatbed:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    lid: float            # the lid's grey through holes and beyond the leaf
    lamp: float           # fall-off towards one long edge (fraction)
    lamp_right: bool
    noise: float
    blur: float
    hole_shift: float     # mm the punch sat off the middle of the leaf
    staple_angle: float   # degrees
    slip_at: tuple[float, float] = (14.0, 18.0)   # where a slip is pasted on its backing leaf, mm


def plan_capture(rng: random.Random, sheet: Sheet) -> Flatbed:
    rotation = rng.choices([0, 90, 180, 270], weights=[93, 2, 4, 1])[0]
    return Flatbed(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False,
                   skew=rng.uniform(-1.0, 1.0) if rng.random() < 0.8 else 0.0, quality=rng.randint(60, 88),
                   lid=rng.uniform(228, 242), lamp=rng.uniform(0.02, 0.07), lamp_right=rng.random() < 0.5,
                   noise=rng.uniform(1.5, 4.5), blur=rng.uniform(0.0, 0.7), hole_shift=rng.uniform(-4, 4),
                   staple_angle=rng.uniform(-55, -30), slip_at=(rng.uniform(10, 30), rng.uniform(12, 40)))


def _px(v: float, dpi: int = DPI) -> int:
    return round(v / 25.4 * dpi)


def _disc_hole(img: Any, cx: float, cy: float, d: float, lid: float) -> None:
    """A punched hole: the lid through it, a dark rim on the lower right where the paper's edge shades it."""
    h, w = img.shape[:2]
    r = d / 2
    x0, x1 = max(0, int(cx - r - 4)), min(w, int(cx + r + 5))
    y0, y1 = max(0, int(cy - r - 4)), min(h, int(cy + r + 5))
    if x0 >= x1 or y0 >= y1:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
    inside = np.clip(r - dist + 0.5, 0, 1)[..., None]
    patch = img[y0:y1, x0:x1]
    patch[:] = patch * (1 - inside) + lid * inside
    side = np.clip(((xx - cx) + (yy - cy)) / (r * 1.4), 0, 1)
    rim = np.exp(-((dist - r + 1.0) / max(1.0, r * 0.12)) ** 2) * (0.35 + 0.65 * side)
    patch[:] = patch * (1 - 0.55 * rim[..., None])


def _staple(img: Any, x: float, y: float, length: float, angle: float) -> None:
    """A steel staple seen from the top: a narrow bar, bright along one edge, dark along the other, with a soft
    shadow below and to the right."""
    h, w = img.shape[:2]
    t = np.radians(angle)
    dx, dy = np.cos(t) * length / 2, np.sin(t) * length / 2
    width = max(3, int(length * 0.075))
    shadow: Any = np.zeros((h, w), np.float32)
    off = max(2, width // 2)
    cv2.line(shadow, (int(x - dx + off), int(y - dy + off * 1.5)), (int(x + dx + off), int(y + dy + off * 1.5)),
             1.0, width + 3)
    shadow = cv2.GaussianBlur(shadow, (0, 0), width * 0.7)
    img *= (1 - 0.45 * shadow)[..., None]
    bar: Any = np.zeros((h, w), np.float32)
    cv2.line(bar, (int(x - dx), int(y - dy)), (int(x + dx), int(y + dy)), 1.0, width)
    hi: Any = np.zeros((h, w), np.float32)
    cv2.line(hi, (int(x - dx), int(y - dy - width / 3)), (int(x + dx), int(y + dy - width / 3)), 1.0, max(1, width // 3))
    metal = np.full(3, 105.0, np.float32)
    img[:] = img * (1 - bar[..., None]) + metal * bar[..., None]
    img[:] = img * (1 - 0.8 * hi[..., None]) + 215.0 * 0.8 * hi[..., None]


def _leaf(sheet: Sheet, cap: Flatbed, rng: random.Random) -> Any:
    """The leaf as it lies on the glass at cap.dpi: a slip pasted on its backing leaf, strips' holes cut, punched."""
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    small = sheet.height < _px(200)
    tractor = bool(getattr(sheet, "tractor", False))
    torn = bool(getattr(sheet, "torn", False))
    if tractor:
        for cx, cy in _sprockets(sheet.width, sheet.height):
            _disc_hole(rgb, cx, cy, _px(SPROCKET_D), cap.lid)
    if small:
        back: Any = np.full((_px(297), _px(210), 3), 248.0, np.float32)
        sx, sy = _px(cap.slip_at[0]), _px(cap.slip_at[1])
        sh, sw = min(rgb.shape[0], back.shape[0] - sy), min(rgb.shape[1], back.shape[1] - sx)
        edge: Any = np.zeros(back.shape[:2], np.float32)
        edge[sy + 3:sy + sh + 3, sx + 3:sx + sw + 3] = 1.0
        back *= (1 - 0.12 * cv2.GaussianBlur(edge, (0, 0), 2.0))[..., None]
        back[sy:sy + sh, sx:sx + sw] = rgb[:sh, :sw]
        rgb = back
    elif torn:
        for x in (0, rgb.shape[1] - 1):
            for y in range(0, rgb.shape[0], 9):
                rgb[y:y + 4, max(0, x - 2):x + 3] = cap.lid
    scale = cap.dpi / DPI
    h, w = round(rgb.shape[0] * scale), round(rgb.shape[1] * scale)
    if scale != 1:
        rgb = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA)
    cy = h / 2 + _px(cap.hole_shift, cap.dpi)
    for y in (cy - _px(HOLE_GAP / 2, cap.dpi), cy + _px(HOLE_GAP / 2, cap.dpi)):
        _disc_hole(rgb, _px(HOLE_X, cap.dpi), y, _px(HOLE_D, cap.dpi), cap.lid)
    if getattr(sheet, "stapled", False):
        _staple(rgb, _px(13, cap.dpi), _px(13, cap.dpi), _px(12.5, cap.dpi), cap.staple_angle)
    elif sheet.page_of is not None and sheet.page_of[0] > 1:
        t = np.radians(cap.staple_angle)
        for sgn in (-1, 1):
            px = _px(13, cap.dpi) + sgn * np.cos(t) * _px(6.2, cap.dpi)
            py = _px(13, cap.dpi) + sgn * np.sin(t) * _px(6.2, cap.dpi)
            _disc_hole(rgb, px, py, max(2.0, _px(0.7, cap.dpi)), 90.0)
    return rgb


def _sprockets(w: int, h: int) -> list[tuple[float, float]]:
    pitch = _px(12.7)
    return [(x, pitch / 2 + k * pitch) for x in (_px(6.35), w - _px(6.35)) for k in range(int(h // pitch))]


def capture(sheet: Sheet, cap: Flatbed, rng: random.Random) -> bytes:
    leaf = _leaf(sheet, cap, rng)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    bw, bh = _px(BED[0], cap.dpi), _px(BED[1], cap.dpi)
    H, W = max(bh, leaf.shape[0]), max(bw, leaf.shape[1])
    bed: Any = np.full((H, W, 3), cap.lid, np.float32)
    bed[:leaf.shape[0], :leaf.shape[1]] = leaf
    mask: Any = np.zeros((H, W), np.float32)
    mask[:leaf.shape[0], :leaf.shape[1]] = 1.0
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((leaf.shape[1] / 2, leaf.shape[0] / 2), cap.skew, 1.0)
        lid = (cap.lid, cap.lid, cap.lid)
        bed = cv2.warpAffine(bed, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=lid)
        mask = cv2.warpAffine(mask, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    # the leaf's edge shades the lid beside it
    shade = cv2.GaussianBlur(mask, (0, 0), max(1.0, cap.dpi / 100)) - mask
    bed *= (1 - 0.5 * np.clip(shade, 0, 1))[..., None]
    ramp = np.linspace(1.0, 1.0 - cap.lamp, W, dtype=np.float32)
    if not cap.lamp_right:
        ramp = ramp[::-1]
    bed *= ramp[None, :, None]
    if cap.blur > 0.2:
        bed = cv2.GaussianBlur(bed, (0, 0), cap.blur)
    bed += gen.normal(0, cap.noise, bed.shape[:2])[..., None]
    out = np.clip(bed, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
