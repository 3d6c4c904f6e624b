"""court_ao's capture: volumes soaked when the 档案室 flooded in a summer rainstorm, dried and rescanned on a flatbed.
Water stains with brown tide lines, cockled paper whose waves cast soft shadows, ink run and bled where the stain
is (still legible), a page stuck to its neighbour and torn at a corner, a mould spot or two. 200–300 dpi, colour
or greyscale JPEG; the flatbed lid shows grey where the corner is gone."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageFilter

from dossier.corpus.draw import Sheet


@dataclass
class FloodCapture:
    dpi: int
    grey: bool
    quality: int
    rotation: int = 0
    photo: bool = False
    skew: float = 0.0
    stains: list[tuple[float, float, float, float]] = field(default_factory=list)  # cx, cy, rx, ry (fractions)
    cockle: float = 0.0          # wave amplitude, px at 200 dpi
    waves: float = 3.0           # waves across the page
    bleed: float = 0.0           # ink run inside stains, blur radius px
    torn: str = ""               # "" or a corner: tl tr bl br
    mould: int = 0


def plan_capture(rng: random.Random, sheet: Sheet) -> FloodCapture:
    cap = FloodCapture(dpi=rng.choice([200, 200, 240, 300]), grey=rng.random() < 0.4, quality=rng.randint(68, 86))
    cap.skew = rng.uniform(-1.2, 1.2)
    cap.rotation = 180 if rng.random() < 0.03 else 0
    for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
        edge = rng.random() < 0.6  # water rose from the shelf's bottom: stains mostly from the lower edge
        cap.stains.append((rng.uniform(0.1, 0.9), rng.uniform(0.75, 1.05) if edge else rng.uniform(0.2, 0.8),
                           rng.uniform(0.15, 0.45), rng.uniform(0.1, 0.3)))
    cap.cockle = rng.uniform(3, 11) if rng.random() < 0.85 else 0.0
    cap.waves = rng.uniform(2.0, 4.5)
    cap.bleed = rng.uniform(0.8, 1.8) if cap.stains else 0.0
    cap.torn = rng.choice(["tl", "tr", "bl", "br"]) if rng.random() < 0.12 else ""
    cap.mould = rng.choice([0, 0, 0, 1, 2])
    return cap


def _stain_mask(h: int, w: int, cap: FloodCapture, rng: random.Random) -> tuple[np.ndarray, np.ndarray]:
    """Inside-stain weight (0..1) and tide-line weight (the brown ring where the water dried)."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    inside = np.zeros((h, w), np.float32)
    ring = np.zeros((h, w), np.float32)
    for cx, cy, rx, ry in cap.stains:
        ang = np.arctan2(yy / h - cy, xx / w - cx)
        wob = 1 + 0.08 * np.sin(ang * rng.randint(2, 4) + rng.uniform(0, 6)) \
            + 0.025 * np.sin(ang * rng.randint(6, 9) + rng.uniform(0, 6))
        d = np.sqrt(((xx / w - cx) / rx) ** 2 + ((yy / h - cy) / ry) ** 2) / wob
        inside = np.maximum(inside, np.clip((1.0 - d) * 3, 0, 1) * rng.uniform(0.6, 1.0))
        strength = 0.55 + 0.45 * np.sin(ang * rng.randint(1, 3) + rng.uniform(0, 6)) ** 2  # darker where it pooled
        for k, width in enumerate((0.007, 0.005)):  # two dried edges, an older fainter one inside
            r0 = 1.0 - rng.uniform(0.06, 0.14) * k
            ring = np.maximum(ring, np.exp(-((d - r0) / width) ** 2) * (1.0 - 0.5 * k) * strength)
    return inside, ring


def capture(sheet: Sheet, cap: FloodCapture, rng: random.Random) -> bytes:
    img = sheet.image.convert("RGB")
    h0, w0 = img.height, img.width
    arr: np.ndarray = np.asarray(img).astype(np.float32)
    inside, ring = _stain_mask(h0, w0, cap, rng) if cap.stains else (np.zeros((h0, w0), np.float32),) * 2
    if cap.bleed:  # the ink ran where the paper was wet: a blurred, fainter copy spread under the stain
        blurred = np.asarray(img.filter(ImageFilter.GaussianBlur(cap.bleed * 2.2))).astype(np.float32)
        mix = (inside * 0.65)[..., None]
        arr = arr * (1 - mix) + np.minimum(arr, blurred * 0.55 + arr * 0.45) * mix
    paper_tint = np.array([0.93, 0.88, 0.78], np.float32)  # the soaked paper yellowed, the tide line brown
    arr = arr * (1 - inside[..., None] * (1 - paper_tint) * 0.6)
    arr = arr * (1 - ring[..., None] * np.array([0.22, 0.34, 0.5], np.float32))
    for _ in range(cap.mould):
        mx, my, mr = rng.uniform(0.1, 0.9) * w0, rng.uniform(0.1, 0.95) * h0, rng.uniform(12, 40)
        yy, xx = np.ogrid[0:h0, 0:w0]
        dist = np.sqrt((xx - mx) ** 2 + (yy - my) ** 2)
        speck = np.random.default_rng(rng.randint(0, 2**31)).random((h0, w0)) < np.clip(1.2 - dist / mr, 0, 0.85)
        arr[speck] = arr[speck] * np.array([0.45, 0.5, 0.42], np.float32)
    if cap.cockle:  # the waves of dried paper: a displacement and the soft shadow on each wave's far side
        ys = np.arange(h0, dtype=np.float32)
        xs = np.arange(w0, dtype=np.float32)
        phase = rng.uniform(0, 6.28)
        wave_x = np.sin(xs / w0 * cap.waves * 2 * math.pi + phase)
        wave_y = np.sin(ys / h0 * (cap.waves * 0.6) * 2 * math.pi + phase / 2)
        field_ = wave_x[None, :] * (0.6 + 0.4 * wave_y[:, None])
        shade = 1 - 0.06 * cap.cockle / 11 * np.clip(np.cos(xs / w0 * cap.waves * 2 * math.pi + phase), 0, 1)[None, :] \
            * (0.6 + 0.4 * wave_y[:, None])
        arr = arr * shade[..., None]
        src_y = np.clip(ys[:, None] + cap.cockle * field_, 0, h0 - 1).astype(np.int32)
        arr = arr[src_y, np.arange(w0)[None, :]]
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if cap.torn:  # stuck to its neighbour and torn off: the corner gone, the lid's grey in its place, a frayed edge
        from PIL import ImageDraw
        pen = ImageDraw.Draw(out)
        size = rng.uniform(0.08, 0.16) * w0
        pts = [(0.0, 0.0), (size, 0.0)]
        for k in range(1, 8):
            t = k / 8
            pts.append((size * (1 - t) + rng.uniform(-8, 8), size * t * rng.uniform(0.8, 1.2)))
        pts.append((0.0, size))
        fx = (lambda p: (p[0], p[1])) if cap.torn == "tl" else (lambda p: (w0 - p[0], p[1])) if cap.torn == "tr" \
            else (lambda p: (p[0], h0 - p[1])) if cap.torn == "bl" else (lambda p: (w0 - p[0], h0 - p[1]))
        pen.polygon([fx(p) for p in pts], fill=(186, 188, 186))
        pen.line([fx(p) for p in pts[1:-1]], fill=(218, 208, 186), width=3)  # the paper's fibres at the tear
    if cap.skew:
        out = out.rotate(cap.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(190, 190, 188))
    if cap.rotation:
        out = out.rotate(cap.rotation)
    scale = cap.dpi / 200
    out = out.resize((round(w0 * scale), round(h0 * scale)), Image.Resampling.LANCZOS)
    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.2, (out.height, out.width, 1))
    out = Image.fromarray(np.clip(np.asarray(out).astype(np.float32) + noise, 0, 255).astype(np.uint8))
    if cap.grey:
        out = out.convert("L")
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


__all__ = ["FloodCapture", "capture", "plan_capture"]
