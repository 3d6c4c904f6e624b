"""How court_de's dossiers were captured. 昆都仑区法院执行局 scanned its volumes on an old fax-like black-and-white
document scanner: 150 dpi, one bit per pixel at a hard threshold, then saved as JPEG (quality about 60) by the archive
software. So every page is black on white with nothing between: the red seals go black or drop out with the paper,
pale lines break up, the threshold eats thin strokes where the lamp was bright and swells them where it was dim, dust
on the glass and the toner leave speckles, a dirty spot on the sensor can draw a streak down the page, and the page
lies on the feeder up to 3° askew. One page — the worker's 户口簿 copy, handed in late — was photographed at the window
by phone, at a slant, on the desk under the counter's yellow lamp, and that photo went into the volume as it was."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

SCAN_DPI = 150


@dataclass
class FaxScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    threshold: float          # grey level below which a pixel turns black
    lamp: float               # brightness slope across the page (bright side thins strokes)
    erode: float              # share of the page where strokes break up
    swell: float              # share of the page where strokes thicken
    specks: float             # black speckles per 10,000 pixels
    dropouts: float           # white holes in the ink per 10,000 ink pixels
    streak: int               # x of a dirty-sensor streak down the page, -1 for none
    # the phone photo only
    lean: float = 0.0         # how far the top edge is drawn in (perspective), share of the width
    warmth: float = 0.0       # yellow of the lamp light
    hot: tuple[float, float] = (0.5, 0.2)   # where the lamp's bright spot falls (fractions of width, height)


def plan_capture(rng: random.Random, sheet: Sheet) -> FaxScan:
    if getattr(sheet, "photographed", False):
        return FaxScan(dpi=SCAN_DPI, rotation=0, photo=True, skew=rng.uniform(-6, 6), quality=rng.randint(58, 66),
                       threshold=0.0, lamp=0.0, erode=0.0, swell=0.0, specks=0.0, dropouts=0.0, streak=-1,
                       lean=rng.uniform(0.06, 0.12), warmth=rng.uniform(0.12, 0.22),
                       hot=(rng.uniform(0.15, 0.85), rng.uniform(0.05, 0.35)))
    return FaxScan(dpi=SCAN_DPI, rotation=180 if rng.random() < 0.02 else 0, photo=False, skew=rng.uniform(-3, 3),
                   quality=rng.randint(55, 65), threshold=rng.uniform(150, 185), lamp=rng.uniform(-22, 22),
                   erode=rng.uniform(0.05, 0.2), swell=rng.uniform(0.08, 0.25), specks=rng.uniform(1.5, 6.0),
                   dropouts=rng.uniform(20, 90), streak=rng.randint(80, 1150) if rng.random() < 0.3 else -1)


def capture(sheet: Sheet, cap: FaxScan, rng: random.Random) -> bytes:
    if cap.photo:
        return _photo(sheet, cap, rng)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h0, w0 = a.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    a = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255.0)
    # the lamp: brighter to one side; sensor noise makes the threshold's edge ragged
    ramp = np.linspace(-cap.lamp / 2, cap.lamp / 2, w, dtype=np.float32)[None, :]
    a = a + ramp + gen.normal(0, 14, a.shape).astype(np.float32)
    ink = (a < cap.threshold).astype(np.uint8)
    # where strokes break and where they swell: a slow random field over the page
    field: Any = cv2.resize(gen.normal(0, 1, (h // 90 + 2, w // 90 + 2)).astype(np.float32), (w, h),
                            interpolation=cv2.INTER_CUBIC)
    lo, hi = np.quantile(field, cap.erode), np.quantile(field, 1 - cap.swell)
    k = np.ones((2, 2), np.uint8)
    edge = ink - cv2.erode(ink, k)  # the stroke's outer pixels: where the threshold breaks it, some of them go
    thin = ink - edge * (gen.random(ink.shape) < 0.45).astype(np.uint8)
    thick = cv2.dilate(ink, k)
    ink = np.where(field < lo, thin, np.where(field > hi, thick, ink))
    # toner and dust: black specks on the paper, white pinholes in the ink
    n = int(w * h * cap.specks / 10000)
    ys, xs = gen.integers(0, h, n), gen.integers(0, w, n)
    ink[ys, xs] = 1
    big = n // 12
    for y, x in zip(gen.integers(0, h - 3, big), gen.integers(0, w - 3, big), strict=True):
        ink[y:y + int(gen.integers(2, 4)), x:x + int(gen.integers(2, 4))] = 1
    iy, ix = np.nonzero(ink)
    if len(iy):
        pick = gen.integers(0, len(iy), int(len(iy) * cap.dropouts / 10000))
        ink[iy[pick], ix[pick]] = 0
    if cap.streak >= 0:
        x = min(cap.streak, w - 2)
        col = gen.random(h) < 0.8
        ink[col, x] = 1
    out = np.where(ink > 0, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, mode="L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _photo(sheet: Sheet, cap: FaxScan, rng: random.Random) -> bytes:
    """The phone photo: the sheet on a brown desk, its top edge drawn in, warm lamp light bright at one spot and
    falling off away from it, a little soft focus."""
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = a.shape[:2]
    scale = cap.dpi / DPI
    w, h = round(w0 * scale), round(h0 * scale)
    a = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)
    W, H = round(w * 1.2), round(h * 1.12)
    desk: Any = np.zeros((H, W, 3), np.float32)
    desk[:] = (rng.uniform(95, 130), rng.uniform(65, 85), rng.uniform(40, 55))
    grain = cv2.resize(gen.normal(0, 1, (H // 8, 6)).astype(np.float32), (W, H))
    desk += grain[..., None] * 12
    lean = cap.lean * w
    mx, my = (W - w) / 2, (H - h) / 2
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = np.array([[mx + lean + rng.uniform(-8, 8), my + rng.uniform(0, 25)],
                    [mx + w - lean + rng.uniform(-8, 8), my + rng.uniform(0, 25)],
                    [mx + w + rng.uniform(-10, 20), my + h - rng.uniform(0, 20)],
                    [mx + rng.uniform(-20, 10), my + h - rng.uniform(0, 20)]], np.float32)
    centre = dst.mean(axis=0)
    turn = cv2.getRotationMatrix2D((float(centre[0]), float(centre[1])), cap.skew, 1.0)
    dst = np.hstack([dst, np.ones((4, 1), np.float32)]) @ turn.T.astype(np.float32)
    pm = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    paper = cv2.warpPerspective(a, pm, (W, H))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), pm, (W, H))[..., None]
    img = paper * mask + desk * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    d = np.sqrt(((xx / W - cap.hot[0]) * 1.2) ** 2 + (yy / H - cap.hot[1]) ** 2)
    light = np.clip(1.18 - 0.75 * d, 0.38, 1.2)
    img = img * light[..., None]
    img = img * np.array([1.0, 1.0 - cap.warmth * 0.45, 1.0 - cap.warmth], np.float32)
    img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.8, 1.5))
    img = img + gen.normal(0, 4.5, img.shape[:2]).astype(np.float32)[..., None]
    out = np.clip(img, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
