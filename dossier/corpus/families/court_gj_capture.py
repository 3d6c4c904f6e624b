"""How court_gj's volumes were captured: copies of copies. The 下陆 bureau keeps of many papers only the second- or
third-generation photocopy (the party copied its copy of the judgment, the window copied that again for the file; an ID
card copy was copied a third time for the archive). Each pass through the office copier's drum costs the page something:
the toner spreads (dot gain), strokes thicken and the small counters of 口, 日, 目 and 田 close up; the background,
never quite white, greys a little more with each generation and takes a mottle of toner haze and specks; the glass
sees past the original's edge, so the copy carries the platen's grey frame, darker at the page's edges where the lid
did not press the sheet flat; and the copier was left on its 93 % "fit" setting, so a copied page comes out shrunk to
90–95 % and not centred, the original's edge standing as a grey frame inside the copy's white margin. The bureau's
own originals go through once or not at all. Then the archive's flatbed scans every sheet in greyscale or bilevel
(a fixed threshold set for the grey copies) at 150, 200, 240 or 300 dpi, JPEG quality 50–85, a little skew; a few
sheets were laid on the glass sideways or upside down and come out turned 90° or 180°. A clerk can read every page."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

FRAME_GREY = 150.0
"""the platen's grey where the copier's glass saw past the original (lid open at the edge), before the page's greying"""


@dataclass
class CopyPass:
    scale: float                       # 1.0, or the 90–95 % fit reduction
    shift: tuple[float, float]         # where the shrunk page lands, fraction of the spare margin (0 left/top, 1 right/bottom)
    spread: int                        # dot gain: toner spread in px at 200 dpi (min filter size)
    close: int                         # counters closed: opening of the light areas, px (0 none)
    ground: float                      # how much the background greys in this pass (0–255 levels)
    contrast: float                    # the drum's tone push
    frame: float                       # width of the platen frame the copy shows, mm


@dataclass
class CopiedScan:
    dpi: int
    rotation: int
    photo: bool
    generation: int
    passes: list[CopyPass] = field(default_factory=list)
    mode: str = "grey"                 # grey | bilevel
    threshold: float = 125.0
    quality: int = 70
    skew: float = 0.0
    noise: float = 3.0


def _pass(rng: random.Random, k: int, reduce: bool) -> CopyPass:
    return CopyPass(scale=rng.uniform(0.90, 0.95) if reduce else 1.0,
                    shift=(rng.uniform(0.1, 0.9), rng.uniform(0.05, 0.7)),
                    spread=2 if k == 0 or rng.random() < 0.6 else 1, close=rng.choice([0, 2, 2, 3]),
                    ground=rng.uniform(10, 22), contrast=rng.uniform(1.12, 1.3), frame=rng.uniform(2.5, 7.0))


def plan_capture(rng: random.Random, sheet: Sheet) -> CopiedScan:
    generation = getattr(sheet, "generation", None)
    gen = int(generation) if generation is not None else rng.choice([0, 1, 2, 2, 3])
    reduce_at = rng.randrange(gen) if gen and rng.random() < 0.7 else -1
    passes = [_pass(rng, k, k == reduce_at) for k in range(gen)]
    mode = "bilevel" if rng.random() < 0.35 else "grey"
    dpi = rng.choice([150, 200, 200, 240, 300])
    if mode == "bilevel" and dpi == 150:
        dpi = 200  # a bilevel page at 150 dpi with closed counters is past reading
    rotation = rng.choices([0, 90, 180, 270], weights=[90, 3, 5, 2])[0]
    wide = sheet.width > sheet.height
    return CopiedScan(dpi=dpi, rotation=0 if wide else rotation, photo=False, generation=gen, passes=passes, mode=mode,
                      threshold=rng.uniform(112, 140), quality=rng.randint(50, 85),
                      skew=rng.uniform(-0.9, 0.9) if rng.random() < 0.7 else 0.0, noise=rng.uniform(2.0, 4.5))


def _copy(g: Any, p: CopyPass, gen: Any) -> Any:
    """One pass through the copier, on a grey page (float, 255 white)."""
    h, w = g.shape
    # the drum: tones pushed apart around a mid grey, the lightest tints lost
    g = np.clip(255 - (255 - g) * p.contrast, 0, 255)
    g = g + (255 - g) * np.clip((g - 205) / 50, 0, 1) * 0.6  # the palest tints wash out, smoothly
    # toner spread: ink grows (a min filter on the light page), then the smallest light holes close up
    if p.spread > 1:
        g = cv2.erode(g.astype(np.float32), np.ones((p.spread, p.spread), np.uint8))
    if p.close:
        g = cv2.morphologyEx(g, cv2.MORPH_OPEN, np.ones((p.close, p.close), np.uint8))
    g = cv2.GaussianBlur(g, (0, 0), 0.7)
    # the fit reduction, off centre: the original's edge lands inside the copy's white margin
    out = np.full((h, w), 255.0, np.float32)
    sw, sh = round(w * p.scale), round(h * p.scale)
    small = cv2.resize(g, (sw, sh), interpolation=cv2.INTER_AREA) if p.scale < 1 else g
    x0 = round((w - sw) * p.shift[0])
    y0 = round((h - sh) * p.shift[1])
    # the platen's grey frame round the original: a band outside its edge, darker at the very edge
    band = max(2, round(p.frame / 25.4 * DPI))
    if p.scale < 1:
        fx0, fy0 = max(0, x0 - band), max(0, y0 - band)
        fx1, fy1 = min(w, x0 + sw + band), min(h, y0 + sh + band)
        out[fy0:fy1, fx0:fx1] = FRAME_GREY + float(gen.uniform(-15, 15))
    out[y0:y0 + sh, x0:x0 + sw] = small
    if p.scale >= 1:  # full size: the frame shows as a dark border where the sheet's edge met the lid
        edge = np.ones((h, w), np.float32)
        ramp = np.linspace(0.55, 1.0, band, dtype=np.float32)
        edge[:, :band] *= ramp[None, :]
        edge[:, -band:] *= ramp[None, ::-1]
        edge[:band, :] *= ramp[:, None]
        edge[-band:, :] *= ramp[::-1, None]
        out *= edge
    # the copy's ground: a little greyer, a low mottle of toner haze, specks
    coarse = gen.random((max(2, h // 90), max(2, w // 90))).astype(np.float32)
    haze = cv2.GaussianBlur(cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC), (0, 0), 25)
    tilt = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :] * float(gen.uniform(-4, 4))
    out = out - (p.ground + 5 * haze + tilt) * (out / 255.0)
    specks = gen.random((h, w)) < 0.00015
    out[specks] = np.minimum(out[specks], float(gen.uniform(40, 110)))
    return np.clip(out, 0, 255)


def capture(sheet: Sheet, plan: CopiedScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    g: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    for p in plan.passes:
        g = _copy(g, p, gen)
    h0, w0 = g.shape
    w, h = round(w0 * plan.dpi / DPI), round(h0 * plan.dpi / DPI)
    if (w, h) != (w0, h0):
        g = cv2.resize(g, (w, h), interpolation=cv2.INTER_AREA)
    if abs(plan.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
        g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=235.0)
    g = g + gen.normal(0, plan.noise, g.shape)
    if plan.mode == "bilevel":
        g = np.where(g > plan.threshold, 255.0, 0.0)
    out = np.clip(g, 0, 255).astype(np.uint8)
    if plan.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-plan.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()
