"""How court_fq's volumes were captured — and printed. 潞州法院's bureau fills its pre-printed forms (送达回证,
notices, 受理/缴费 fills, the cover, the approval form) on an old impact dot-matrix printer (针式打印机, 映美/得实
style) by 套打: every fill character is a matrix of visible round dots, the ribbon fades from form to form until it is
changed (and unevenly along the line, with a weak pin's pale stripe on some forms), and the fills sit off the printed
grid — shifted a few millimetres, creeping downwards, sometimes over a label or an underline. The case system's lists
come out on fan-fold continuous paper whose tractor strips are kept or torn off at the perforation. Banks and
registries answer on multi-part (多联) sets from their own impact printers: the bureau keeps a lower ply — tinted
paper, a violet pressure copy, blurrier the further down the set. Laser pages (judgments, awards, rulings, the lawyers'
papers) are ordinary.

The volume is then scanned on the bureau's greyscale flatbed at 200, 240 or 300 dpi. The lamp raking across the
glass catches the dents the pins pressed into the forms: a faint highlight and shadow beside each struck dot. The
lamp falls off slightly towards one long edge; sheets lie up to about 1.5° off square (the lid's white shows at the
corners), now and then one goes on upside down or turned; sensor noise, a touch of softness, JPEG quality 55–88.
Every page stays readable to a clerk."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

LID = 238.0
"""the grey of the flatbed lid's white lining where the sheet does not cover the glass"""


@dataclass
class Flatbed:
    dpi: int
    rotation: int
    photo: bool
    skew: float          # degrees
    quality: int
    noise: float
    falloff: float       # how much darker the far long edge is than the lamp's side (fraction)
    far_side: str        # left | right
    dent: float          # grey levels of the pins' dents' highlight/shadow
    soft: float          # gaussian sigma in px at the capture resolution (0: none)


def plan_capture(rng: random.Random, sheet: Sheet) -> Flatbed:
    rotation = rng.choices([0, 180, 90, 270], weights=[93, 4, 2, 1])[0]
    return Flatbed(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False,
                   skew=rng.uniform(-1.5, 1.5) if rng.random() < 0.8 else 0.0, quality=rng.randint(55, 88),
                   noise=rng.uniform(1.5, 5.0), falloff=rng.uniform(0.02, 0.08), far_side=rng.choice(["left", "right"]),
                   dent=rng.uniform(8.0, 18.0), soft=rng.uniform(0.4, 0.9) if rng.random() < 0.4 else 0.0)


def capture(sheet: Sheet, cap: Flatbed, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    grey: Any = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    h0, w0 = grey.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        grey = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA)
    press = getattr(sheet, "press", None)
    if press is not None and cap.dent > 0:
        # the dents of the pins: the lamp lights their upper-left rims and leaves a shadow at the lower right
        p: Any = np.asarray(press, dtype=np.float32) / 255.0
        if p.shape != (h, w):
            p = cv2.resize(p, (w, h), interpolation=cv2.INTER_AREA)
        k = max(1, round(cap.dpi / 150))
        shadow = np.zeros_like(p)
        shadow[k:, k:] = p[:-k, :-k]
        light = np.zeros_like(p)
        light[:-k, :-k] = p[k:, k:]
        grey = grey - cap.dent * np.clip(shadow - p, 0, 1) + cap.dent * 0.6 * np.clip(light - p, 0, 1)
    ramp = np.linspace(0.0, 1.0, w, dtype=np.float32)
    if cap.far_side == "left":
        ramp = ramp[::-1]
    grey = grey * (1.0 - cap.falloff * ramp)[None, :]
    grey = np.clip(grey, 0, 255)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        grey = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=LID)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    grey = grey + gen.normal(0, cap.noise, grey.shape).astype(np.float32)
    if cap.soft:
        grey = cv2.GaussianBlur(grey, (0, 0), cap.soft)
    out = np.clip(grey, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
