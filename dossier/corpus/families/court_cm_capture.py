"""How court_cm's pages reached the volume. The papers of others came by fax: the receiving machine printed them at
standard fax resolution (204 dpi across, 98 lines per inch down) in black and white, so every page is 1-bit,
its rows doubled when the archive stretched it back to a square 200 dpi page, with the usual line faults — a run of
pixels dropped from a row, now and then a streak where the line went noisy. The court's own papers and the carbon
copies of its multipart forms went through the filing window's sheet-fed scanner at 150–300 dpi: a little crooked,
some blur, grain, JPEG; a carbon copy keeps its tinted copy paper, the blue carbon and its smudges."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageFilter

from dossier.corpus.draw import DPI, Sheet

FAX_X, FAX_Y = 204, 98
TINTS = {"pink": (252, 226, 230), "yellow": (251, 244, 204), "white": (246, 246, 242)}


@dataclass
class CmCapture:
    dpi: int
    rotation: int
    photo: bool
    way: str            # fax | carbon | scan
    skew: float         # degrees
    quality: int
    blur: float
    grain: float
    threshold: int      # fax: grey level under which a pixel prints black
    dropouts: int       # fax: runs of pixels lost from a row
    streaks: int        # fax: noisy rows
    tint: str           # carbon: copy paper colour
    smudges: int        # carbon: blue smudges


def plan_capture(rng: random.Random, sheet: Sheet) -> CmCapture:
    way = getattr(sheet, "way", "scan")
    fax = way == "fax"
    return CmCapture(dpi=200 if fax else rng.choice([150, 200, 200, 240, 300]), rotation=0, photo=False, way=way,
                     skew=rng.uniform(-3, 3) * (0.5 if fax else 1), quality=rng.randint(45, 80),
                     blur=0.0 if fax else rng.uniform(0.0, 0.9), grain=rng.uniform(2, 7),
                     threshold=rng.randint(150, 175), dropouts=rng.randint(8, 40) if fax else 0,
                     streaks=rng.choice([0, 0, 1, 2, 3]) if fax else 0,
                     tint=rng.choice(["pink", "yellow", "white"]) if way == "carbon" else "white",
                     smudges=rng.randint(1, 4) if way == "carbon" else 0)


def _fax(img: Image.Image, cap: CmCapture, rng: random.Random) -> Image.Image:
    """Down to 204×98 dpi, thresholded, line faults, rows doubled back to a square grid."""
    w, h = img.size
    g = img.convert("L").resize((round(w * FAX_X / DPI), round(h * FAX_Y / DPI)), Image.Resampling.BOX)
    a = np.asarray(g, dtype=np.int16)
    a = a + np.asarray([rng.gauss(0, 1) for _ in range(a.shape[1])], dtype=np.float32).astype(np.int16)[None, :] * 6
    black = a < cap.threshold
    rows, cols = black.shape
    for _ in range(cap.dropouts):  # a run of pixels lost from one row
        r, x0 = rng.randrange(rows), rng.randrange(cols)
        black[r, x0:x0 + rng.randint(30, 400)] = False
    for _ in range(cap.streaks):  # a noisy stretch of line: dashes across a row or two
        r, x0 = rng.randrange(rows // 8, rows), rng.randrange(cols // 2)
        span = rng.randint(cols // 4, cols - x0)
        noise = np.asarray([rng.random() < 0.55 for _ in range(span)])
        black[r, x0:x0 + span] |= noise
    speck = np.random.default_rng(rng.randrange(2 ** 32)).random(black.shape) < 0.0008
    black ^= speck
    doubled = np.repeat(black, 2, axis=0)
    out = Image.fromarray(np.where(doubled, 0, 255).astype(np.uint8), "L")
    return out.resize((round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), Image.Resampling.NEAREST)


def _carbon(img: Image.Image, cap: CmCapture, rng: random.Random) -> Image.Image:
    """Tinted copy paper (multiplied under the ink), blue smudges where a hand rubbed the carbon."""
    a = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
    tint = np.asarray(TINTS[cap.tint], dtype=np.float32) / 255.0
    a = a * tint[None, None, :]
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h:4, 0:w:4]
    for _ in range(cap.smudges):
        cx, cy = rng.uniform(0.1, 0.9) * w, rng.uniform(0.15, 0.95) * h
        sx, sy = rng.uniform(60, 260), rng.uniform(20, 90)
        m = np.exp(-(((xx - cx) / sx) ** 2 + ((yy - cy) / sy) ** 2)) * rng.uniform(0.12, 0.25)
        m = np.kron(m, np.ones((4, 4), dtype=np.float32))[:h, :w]
        blue = np.asarray([0.45, 0.55, 0.95], dtype=np.float32)
        a = a * (1 - m[..., None]) + a * blue[None, None, :] * m[..., None]
    return Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8), "RGB")


def capture(sheet: Sheet, cap: CmCapture, rng: random.Random) -> bytes:
    img = sheet.image
    if cap.way == "fax":
        out = _fax(img, cap, rng)
    else:
        base = _carbon(img, cap, rng) if cap.way == "carbon" else img.convert("L")
        if cap.blur:
            base = base.filter(ImageFilter.GaussianBlur(cap.blur))
        w, h = base.size
        out = base.resize((round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), Image.Resampling.LANCZOS)
        arr = np.asarray(out, dtype=np.float32)
        arr = arr + np.random.default_rng(rng.randrange(2 ** 32)).normal(0, cap.grain, arr.shape).astype(np.float32)
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), out.mode)
    fill: int | tuple[int, int, int] = 255 if out.mode == "L" else (250, 250, 248)
    out = out.rotate(cap.skew, resample=Image.Resampling.NEAREST if cap.way == "fax" else Image.Resampling.BICUBIC,
                     fillcolor=fill)
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
