"""How 榆阳 bureau captures a volume: every sheet goes on the bureau's flatbed, whose lid is a mid grey, at 200–300 dpi,
saved as JPEG q55–80, a little skewed. Ordinary paper comes out white with the lid showing only where a sheet is
smaller than the glass. Thermal paper (a `Roll`: POS slips, a bank counter's 回单, the 查控 printer's strips, replies off
the roll fax) has aged in the file before it is scanned: the print faded to a pale brown-grey, unevenly — one end of
the lines (the fax head's worn side) or one end of the strip (the part that lay outside the folder) nearly gone — the
paper yellowed, and the roll's curl lifts its ends off the glass, so they come out foreshortened, soft and shadowed.
What kind of paper a sheet is decides it; the amounts come from rng."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, DPI, Sheet


@dataclass
class Scan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    thermal: bool
    lid: float                      # the lid's grey where the glass is not covered
    at: tuple[float, float]         # where a small sheet lies on the glass (fraction of the free room)
    blur: float
    fade: float = 0.0               # how much of the thermal print's darkness is left at its best part (0–1)
    fade_far: float = 0.0           # … and at its worst end
    fade_axis: int = 0              # 1: along the lines (x), 0: along the strip (y)
    fade_flip: bool = False         # the worse end is the left/top one
    paper: tuple[int, int, int] = (250, 250, 248)
    ink: tuple[int, int, int] = (25, 25, 28)
    curl: float = 0.0               # fraction of the length lifted at each end by the roll's curl


def is_thermal(sheet: Sheet) -> bool:
    return getattr(sheet, "medium", "") in ("pos", "counter", "printer", "fax")


def plan_capture(rng: random.Random, sheet: Sheet) -> Scan:
    thermal = is_thermal(sheet)
    scan = Scan(dpi=rng.choice([200, 200, 240, 300]), rotation=0, photo=False, quality=rng.randint(55, 80),
                skew=rng.uniform(-1.4, 1.4), thermal=thermal, lid=rng.uniform(120, 165),
                at=(rng.uniform(0.05, 0.6), rng.uniform(0.03, 0.25)), blur=rng.choice([0.0, 0.0, 0.5, 0.8]))
    if thermal:
        fax = getattr(sheet, "medium", "") == "fax"
        scan.fade = rng.uniform(0.45, 0.75)
        scan.fade_far = rng.uniform(0.1, 0.25)
        scan.fade_axis = 1 if fax else 0
        scan.fade_flip = rng.random() < 0.5
        yellow = rng.uniform(0, 1)
        scan.paper = (int(246 - 6 * yellow), int(240 - 12 * yellow), int(222 - 34 * yellow))
        scan.ink = (int(rng.uniform(96, 120)), int(rng.uniform(84, 100)), int(rng.uniform(70, 86)))
        scan.curl = rng.uniform(0.05, 0.11) if not fax else rng.uniform(0.03, 0.07)
    else:
        scan.paper = (int(rng.uniform(244, 252)),) * 3
    return scan


def _ageing(a: Any, scan: Scan, rng: random.Random) -> Any:
    """Thermal print fading and yellowing: darkness (0 paper … 1 ink) kept per pixel, then toned brown-grey on cream."""
    h, w = a.shape
    dark = 1.0 - a
    n = w if scan.fade_axis == 1 else h
    ramp = np.linspace(scan.fade, scan.fade_far, n, dtype=np.float32)
    if scan.fade_flip:
        ramp = ramp[::-1]
    keep: Any = ramp[None, :] if scan.fade_axis == 1 else ramp[:, None]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    blotch = cv2.GaussianBlur(gen.normal(0, 1, (h // 40 + 2, w // 40 + 2)).astype(np.float32), (0, 0), 1.5)
    blotch = cv2.resize(blotch, (w, h), interpolation=cv2.INTER_CUBIC)
    keep = np.clip(keep * (1 + 0.22 * blotch), 0.04, 1.0)
    dark = dark * keep
    paper = np.array(scan.paper, np.float32)
    ink = np.array(scan.ink, np.float32)
    rgb = paper[None, None, :] * (1 - dark[..., None]) + ink[None, None, :] * dark[..., None]
    # a darker yellow where the strip was handled, towards its edges
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum(np.minimum(xx, w - 1 - xx) / w, np.minimum(yy, h - 1 - yy) / h)
    rgb = rgb * (1 - 0.05 * np.clip(0.08 - edge, 0, None)[..., None] / 0.08)
    return rgb


def _curl(rgb: Any, scan: Scan) -> Any:
    """The curled ends lift off the glass: foreshortened, softer, and shaded towards the very end."""
    h, w = rgb.shape[:2]
    band = max(2, int(h * scan.curl))
    src_y = np.arange(h, dtype=np.float32)
    # map output rows to source rows: in the end bands the paper recedes (a quadratic squeeze)
    t = np.clip((band - src_y) / band, 0, 1)
    b = np.clip((src_y - (h - 1 - band)) / band, 0, 1)
    out_h = h
    map_y = src_y + band * 0.35 * (t ** 2) - band * 0.35 * (b ** 2)
    map_y = np.clip(map_y, 0, h - 1)
    mx = np.tile(np.arange(w, dtype=np.float32)[None, :], (out_h, 1))
    my = np.tile(map_y[:, None], (1, w)).astype(np.float32)
    warped = cv2.remap(rgb.astype(np.float32), mx, my, cv2.INTER_LINEAR)
    soft = cv2.GaussianBlur(warped, (0, 0), 1.8)
    lift = np.maximum(t, b)[:, None, None]
    mixed = warped * (1 - lift) + soft * lift
    return mixed * (1 - 0.28 * lift ** 1.5)


def capture(sheet: Sheet, scan: Scan, rng: random.Random) -> bytes:
    scale = scan.dpi / DPI
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32) / 255.0
    if scan.thermal:
        fax = getattr(sheet, "medium", "") == "fax"
        if fax:  # what the far machine printed: 3.85 lines/mm, black or white, before the paper aged
            small = cv2.resize(grey, (grey.shape[1], grey.shape[0] // 2), interpolation=cv2.INTER_AREA)
            grey = cv2.resize((small > 0.55).astype(np.float32), (grey.shape[1], grey.shape[0]),
                              interpolation=cv2.INTER_NEAREST)
        aged = _ageing(grey, scan, rng)
        if not fax:  # pen and stamp ink on the slip do not fade with the thermal layer
            colour: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
            sat = colour.max(axis=2) - colour.min(axis=2)
            pen = np.clip((sat - 25) / 40, 0, 1)[..., None]
            aged = aged * (1 - pen) + np.minimum(colour, aged) * pen
        rgb = _curl(aged, scan)
    else:
        colour = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
        rgb = colour * (np.array(scan.paper, np.float32) / 255.0)[None, None, :]
    # lay it on the glass: an A4 bed under the grey lid
    bed_w, bed_h = A4
    h, w = rgb.shape[:2]
    if (w, h) != (bed_w, bed_h):
        bed: Any = np.full((bed_h, bed_w, 3), scan.lid, np.float32)
        x0 = int((bed_w - w) * scan.at[0]) if w < bed_w else 0
        y0 = int((bed_h - h) * scan.at[1]) if h < bed_h else 0
        hh, ww = min(h, bed_h - y0), min(w, bed_w - x0)
        shadow = 10
        bed[y0 + shadow: y0 + hh + shadow, x0 + shadow // 2: x0 + ww + shadow // 2] *= 0.8
        bed[y0: y0 + hh, x0: x0 + ww] = rgb[:hh, :ww]
        rgb = bed
    page = np.clip(rgb, 0, 255).astype(np.uint8)
    if scale != 1:
        page = cv2.resize(page, (round(page.shape[1] * scale), round(page.shape[0] * scale)),
                          interpolation=cv2.INTER_AREA)
    H, W = page.shape[:2]
    if abs(scan.skew) > 0.02:
        m = cv2.getRotationMatrix2D((W / 2, H / 2), scan.skew, 1.0)
        page = cv2.warpAffine(page, m, (W, H), flags=cv2.INTER_LINEAR, borderValue=(int(scan.lid),) * 3)
    if scan.blur:
        page = cv2.GaussianBlur(page, (0, 0), scan.blur)
    # the scanner's lamp: a faint falloff along the bed's far edge, and sensor noise
    ramp = np.linspace(1.0, 0.965, H, dtype=np.float32)[:, None]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    noise = gen.standard_normal((H, W), dtype=np.float32) * 2.5
    lum = page.astype(np.float32)
    lum *= ramp[..., None]
    lum += noise[..., None]
    out = np.clip(lum, 0, 255).astype(np.uint8)
    if scan.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-scan.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=scan.quality, dpi=(scan.dpi, scan.dpi))
    return buf.getvalue()
