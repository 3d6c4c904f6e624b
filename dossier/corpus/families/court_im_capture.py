"""How court_im's volumes were captured: 秀洲法院's archive still films its closed volumes onto 16 mm roll microfilm for
the off-site copy, on the planetary film camera bought in the 2000s, and the images of the electronic volume are
scanned back from that film on a roll-film scanner (缩微胶片翻拍), grey, at 200–300 dpi.

So each image is one film frame, and it shows what film does: the scanner's contrast pushed high to make the
duplicate's thin text black (few mid-greys left, the paper clipped near white); the frame's dark border round the
page, wider on some sides than others; a density of its own for every frame (exposure drifting down the roll), and
a slow fall-off across the frame; long vertical scratches that run down the length of the film through the whole
frame (the roll dragged over a gritty guide — dark where the emulsion is gouged, now and then a bright one); dust
specks and a hair or two caught on the film; slight barrel distortion from the camera's lens (straight rules bow
outward near the frame edge); and now and then a frame a little out of focus. A frame filmed sideways or upside
down comes out turned."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

FILM_BLACK = 22.0
"""the grey of the frame's border (clear film, printed dark)"""


@dataclass
class FilmFrame:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    border: tuple[float, float, float, float]   # dark border, fraction of width/height: left, top, right, bottom
    scale: float                                # the page's size in the frame (the border takes the rest)
    density: float                              # the frame's exposure: a shift of the grey before the curve
    level: float                                # the grey the frame's paper prints at after the curve
    falloff: float                              # slow fall-off of light across the frame, fraction
    falloff_angle: float
    contrast: float                             # steepness of the scanner's curve
    pivot: float                                # the grey the curve turns about
    barrel: float                               # k of r' = r (1 + k r²) sampling (barrel outward)
    blur: float                                 # defocus sigma at 200 dpi, 0 for a sharp frame
    scratches: list[tuple[float, float, float, float, float]] = field(default_factory=list)
    """(x fraction, width px at 200 dpi, strength (−dark / +bright), start y fraction, end y fraction)"""
    dust: int = 0
    hairs: int = 0
    noise: float = 3.0


def plan_capture(rng: random.Random, sheet: Sheet) -> FilmFrame:
    rotation = rng.choices([0, 90, 180, 270], weights=[90, 3, 4, 3])[0]
    n = rng.choices([1, 2, 3, 4], weights=[2, 4, 3, 1])[0]
    scratches = []
    for _ in range(n):
        bright = rng.random() < 0.2
        start = 0.0 if rng.random() < 0.7 else rng.uniform(0.0, 0.4)
        end = 1.0 if rng.random() < 0.7 else rng.uniform(0.65, 1.0)
        scratches.append((rng.uniform(0.06, 0.94), rng.uniform(1.0, 3.2),
                          rng.uniform(60, 110) if bright else -rng.uniform(70, 150), start, end))
    return FilmFrame(
        dpi=rng.choice([200, 200, 240, 300, 300]), rotation=rotation, photo=False, quality=rng.randint(60, 85),
        border=(rng.uniform(0.012, 0.04), rng.uniform(0.008, 0.03), rng.uniform(0.012, 0.045), rng.uniform(0.008, 0.03)),
        scale=rng.uniform(0.93, 0.965), density=rng.uniform(-0.12, 0.1), level=rng.uniform(196, 250), falloff=rng.uniform(0.04, 0.14),
        falloff_angle=rng.uniform(0, 2 * math.pi), contrast=rng.uniform(9.0, 14.0), pivot=rng.uniform(0.5, 0.62),
        barrel=rng.uniform(0.02, 0.05), blur=rng.uniform(1.3, 2.2) if rng.random() < 0.12 else 0.0,
        scratches=scratches, dust=rng.randint(15, 70), hairs=rng.choices([0, 1, 2], weights=[5, 4, 1])[0],
        noise=rng.uniform(2.0, 5.0))


def _curve(v: Any, cap: FilmFrame) -> Any:
    """The scanner's high-contrast curve: a steep sigmoid about the pivot, the frame's density shifting it."""
    x = v / 255.0 + cap.density
    lo = 1 / (1 + math.exp(cap.contrast * cap.pivot))
    hi = 1 / (1 + math.exp(-cap.contrast * (1 - cap.pivot)))
    y = (1 / (1 + np.exp(-cap.contrast * (x - cap.pivot))) - lo) / (hi - lo)
    return np.clip(y, 0, 1) * (cap.level - 6) + 6


def _barrel(img: Any, k: float) -> Any:
    """Barrel distortion: each output pixel samples the source further from the centre the further out it lies,
    so the picture is squeezed towards its edges and straight lines bow outward."""
    h, w = img.shape[:2]
    cx, cy = (w - 1) / 2, (h - 1) / 2
    nx = ((np.arange(w, dtype=np.float32) - cx) / cx)[None, :]
    ny = ((np.arange(h, dtype=np.float32) - cy) / cy)[:, None]
    r2 = nx * nx * (w / h) ** 2 * 0.5 + ny * ny * 0.5
    f = 1 + k * r2
    mx = (nx * f * cx + cx).astype(np.float32)
    my = (ny * f * cy + cy).astype(np.float32)
    return cv2.remap(img, mx, my, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=FILM_BLACK)


def capture(sheet: Sheet, cap: FilmFrame, rng: random.Random) -> bytes:
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    h0, w0 = grey.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # the page as the camera saw it, inside the frame with the film's dark border round it
    pw, ph = round(w * cap.scale), round(h * cap.scale)
    page: Any = cv2.resize(grey, (pw, ph), interpolation=cv2.INTER_AREA)
    if cap.blur:
        page = cv2.GaussianBlur(page, (0, 0), cap.blur * cap.dpi / DPI)
    img: Any = np.full((h, w), FILM_BLACK, np.float32)
    left, top, right, bottom = cap.border
    x0 = round((w - pw) * left / max(left + right, 1e-6))
    y0 = round((h - ph) * top / max(top + bottom, 1e-6))
    img[y0:y0 + ph, x0:x0 + pw] = page
    img = _barrel(img, cap.barrel)
    # the frame's density and the light's fall-off across it, then the scanner's curve
    xs = (np.arange(w, dtype=np.float32) / w - 0.5)[None, :]
    ys = (np.arange(h, dtype=np.float32) / h - 0.5)[:, None]
    ramp = xs * math.cos(cap.falloff_angle) + ys * math.sin(cap.falloff_angle)
    img = img * (1 - cap.falloff * (ramp + 0.5))
    img = _curve(img, cap)
    # the film's own marks, after the curve: they sit on the film, not on the paper
    s = cap.dpi / DPI
    for xf, wpx, strength, ys, ye in cap.scratches:
        x = int(xf * w)
        sw = max(1, round(wpx * s))
        wander = np.cumsum(gen.normal(0, 0.08, h)).astype(np.float32)
        a, b = int(ys * h), int(ye * h)
        for row in range(a, b, 1):
            cx = x + int(wander[row])
            if 0 <= cx < w - sw:
                if strength < 0:
                    img[row, cx:cx + sw] = np.minimum(img[row, cx:cx + sw], 255 + strength)
                else:
                    img[row, cx:cx + sw] = np.maximum(img[row, cx:cx + sw], 150 + strength)
    for _ in range(cap.dust):
        cx, cy = int(gen.uniform(0, w)), int(gen.uniform(0, h))
        r = max(1, int(gen.uniform(0.6, 2.8) * s))
        tone = float(gen.uniform(10, 70)) if gen.random() < 0.8 else float(gen.uniform(225, 250))
        cv2.circle(img, (cx, cy), r, tone, -1)
    for _ in range(cap.hairs):
        pts = [(gen.uniform(0.1, 0.9) * w, gen.uniform(0.1, 0.9) * h)]
        ang = gen.uniform(0, 2 * math.pi)
        for _k in range(int(gen.integers(8, 20))):
            ang += gen.normal(0, 0.35)
            step = gen.uniform(6, 14) * s
            pts.append((pts[-1][0] + math.cos(ang) * step, pts[-1][1] + math.sin(ang) * step))
        cv2.polylines(img, [np.array(pts, np.int32)], False, float(gen.uniform(15, 45)), max(1, int(s)),
                      lineType=cv2.LINE_AA)
    img += gen.normal(0, cap.noise, img.shape)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
