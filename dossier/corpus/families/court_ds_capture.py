"""How court_ds's dossiers were captured: a colour flatbed at 300–400 dpi, saved as large JPEGs (quality 80–90). The
scan area is a little larger than A4, so a thin strip of the lid's white (or, lid open for a thick 粘贴单, black) shows at
the far edges; the sheet lies slightly off square. 粘贴单 carriers are cheaper paper gone a little yellow; round every
glued slip the glue leaves a shine (a brighter band just inside one edge) and a soft shadow where the slip's edge stands
off the carrier, and the carrier cockles into faint diagonal wrinkles. One or two pages (thick carriers) were scanned
with the lid open: everything beyond the paper is black, and the light falls off towards the edge where the page lifts."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_ds_papers import Carrier

BED = (1.035, 1.02)
"""the scan area against the A4 sheet (width, height): a 216 × 303 mm flatbed window"""


@dataclass
class Flatbed:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    offset: tuple[float, float]   # where the sheet lies in the window (fractions of the spare room)
    yellow: float                 # 0 white office paper … 1 the yellowest carrier
    lid_open: bool
    lift: float                   # lid open: how much the far edge darkens, 0–1
    wrinkles: int                 # carrier cockle lines
    noise: float
    slips: list[tuple[int, int, int, int]]


def plan_capture(rng: random.Random, sheet: Sheet) -> Flatbed:
    slips = list(sheet.slips) if isinstance(sheet, Carrier) else []
    carrier = isinstance(sheet, Carrier)
    return Flatbed(
        dpi=rng.choice([300, 300, 360, 400]), rotation=0, photo=False, quality=rng.randint(80, 90),
        skew=rng.uniform(-1.2, 1.2), offset=(rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9)),
        yellow=rng.uniform(0.45, 1.0) if carrier else rng.uniform(0.0, 0.15),
        lid_open=carrier and rng.random() < 0.22, lift=rng.uniform(0.25, 0.5),
        wrinkles=rng.randint(2, 6) if carrier else 0, noise=rng.uniform(1.5, 3.5), slips=slips)


def capture(sheet: Sheet, plan: Flatbed, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = a.shape[:2]
    scale = plan.dpi / DPI
    nr = np.random.default_rng(rng.randint(0, 2**31))
    # paper tone: yellowing (blue drops most, red least) multiplies the white and the ink alike
    tone = np.array([1.0 - 0.02 * plan.yellow, 1.0 - 0.035 * plan.yellow, 1.0 - 0.09 * plan.yellow], np.float32)
    a *= tone
    if plan.slips:
        a = _glue_marks(a, plan.slips, rng)
    if plan.wrinkles:
        a = _cockle(a, plan.wrinkles, nr)
    a = cv2.resize(a, (round(w0 * scale), round(h0 * scale)), interpolation=cv2.INTER_CUBIC)
    h, w = a.shape[:2]
    W, H = round(w * BED[0]), round(h * BED[1])
    x0, y0 = (W - w) * plan.offset[0], (H - h) * plan.offset[1]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    m[0, 2] += x0
    m[1, 2] += y0
    surround = (12.0, 12.0, 14.0) if plan.lid_open else (238.0, 238.0, 236.0)
    out: Any = cv2.warpAffine(a, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=surround)
    if plan.lid_open:  # the page lifts off the glass towards one side: the light falls off there
        ramp = np.linspace(1.0, 1.0 - plan.lift, W, dtype=np.float32) ** 2
        if rng.random() < 0.5:
            ramp = ramp[::-1]
        mask: Any = cv2.warpAffine(np.ones((h, w), np.float32), m, (W, H))
        out = out * (1 - mask[..., None] * (1 - np.clip(ramp, 0.72, 1.0))[None, :, None])
    out += nr.standard_normal((H, W, 1), dtype=np.float32) * np.float32(plan.noise)
    out = cv2.GaussianBlur(out, (0, 0), 0.45 * scale)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()


def _glue_marks(a: Any, slips: list[tuple[int, int, int, int]], rng: random.Random) -> Any:
    """Round a glued slip: a soft shadow just outside its lower/right edge (the slip's thickness lit from the lamp side),
    and a glossy band where the glue came through near one edge."""
    h, w = a.shape[:2]
    shade = np.zeros((h, w), np.float32)
    shine = np.zeros((h, w), np.float32)
    for x0, y0, x1, y1 in slips:
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w - 1, x1), min(h - 1, y1)
        cv2.rectangle(shade, (x0 + 4, y0 + 5), (x1 + 4, y1 + 5), 1.0, thickness=5)
        band = rng.randint(8, 22)
        side = rng.choice(["top", "left", "bottom"])
        if side == "top":
            shine[y0 + 4:y0 + 4 + band, x0 + 6:x1 - 6] = 1.0
        elif side == "left":
            shine[y0 + 6:y1 - 6, x0 + 4:x0 + 4 + band] = 1.0
        else:
            shine[y1 - 4 - band:y1 - 4, x0 + 6:x1 - 6] = 1.0
        for _ in range(rng.randint(1, 3)):  # a glue blob squeezed out at the edge
            bx, by = rng.randint(x0, max(x0 + 1, x1)), rng.choice([y0, y1])
            cv2.ellipse(shine, (bx, by), (rng.randint(12, 40), rng.randint(4, 9)), 0, 0, 360, 0.7, -1)
    shade = cv2.GaussianBlur(shade, (0, 0), 3.5)
    shine = cv2.GaussianBlur(shine, (0, 0), 6.0)
    a = a * (1.0 - 0.22 * shade)[..., None]
    a = a + (255.0 - a) * (0.35 * shine)[..., None] - 6.0 * shine[..., None]  # glossy: lighter, a touch grey
    return np.clip(a, 0, 255)


def _cockle(a: Any, n: int, nr: Any) -> Any:
    """Faint diagonal wrinkles of a carrier cockled by wet glue: thin dark crease lines with a light side."""
    h, w = a.shape[:2]
    crease = np.zeros((h, w), np.float32)
    for _ in range(n):
        x = float(nr.uniform(0, w))
        y = float(nr.uniform(0, h))
        ang = float(nr.uniform(-0.9, 0.9))
        length = float(nr.uniform(0.06, 0.2)) * h
        dx, dy = np.cos(ang + np.pi / 4) * length, np.sin(ang + np.pi / 4) * length
        cv2.line(crease, (int(x), int(y)), (int(x + dx), int(y + dy)), 1.0, thickness=2)
    dark = cv2.GaussianBlur(crease, (0, 0), 2.5)
    light = np.roll(cv2.GaussianBlur(crease, (0, 0), 5.0), 6, axis=1)
    return np.clip(a * (1.0 - 0.06 * dark)[..., None] + 5.0 * light[..., None], 0, 255)
