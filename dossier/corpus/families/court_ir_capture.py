"""How court_ir's volumes were captured: copies of security-printed originals, laid one by one on the 顺德 bureau's
colour flatbed (A4 glass, lid down) and saved as colour JPEG at 200, 240 or 300 dpi.

Much of the dossier is photocopies: the originals of bank replies, notarial certificates and 生效证明 went back to
their owners, and what was kept is the office copier's grey copy. Those originals were printed on anti-copy paper
(court_ir_kit.security_paper), and the copier does what such paper is made for: its optics blur the fine 1-px dots
of the void pantograph below its dropout level, while the coarser dots of the hidden words survive — so on the copy
a dense field of fine dots spells 复印无效 / VOID / COPY diagonally across the page, the guilloche border comes out
as grey broken waves and the microtext rules as dotted lines. The court's own red-letterhead notices are kept as
copies too: the red 红头 and the red seal come out grey (the copier is monochrome); only the clerk's 与原件核对无异
stamp, pressed on afterwards, is red. Each copy carries the copier's toner fog, a faint mottle and specks; some
papers were copied twice (a copy of the copy): darker ground, fattened strokes, coarser grain, more specks, and a
dark edge where the first copy did not cover the glass.

Then the flatbed: colour always (even a grey copy comes out in colour, with the lamp's faint warm cast and sensor
noise), a hand-laid skew within about a degree, now and then a sheet laid turned (90/180/270)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class Flatbed:
    dpi: int
    rotation: int
    photo: bool
    copies: int               # copier generations before the glass (0: the paper itself)
    quality: int
    skew: float
    cast: tuple[float, float, float]
    noise: float
    fog: float                # the copier's grey ground, levels per generation
    dropout: float            # the copier's white point: lighter than this comes out white
    blur: float               # the copier's optics, px at the drawing's 200 dpi
    lid_edge: int             # which edge the second generation darkens (0 top, 1 right, 2 bottom, 3 left)


def plan_capture(rng: random.Random, sheet: Sheet) -> Flatbed:
    copies = int(getattr(sheet, "copies", 0))
    if copies == 1 and rng.random() < 0.18:
        copies = 2  # the copy the window had was itself a copy
    rotation = rng.choices([0, 90, 180, 270], weights=[90, 3, 5, 2])[0]
    return Flatbed(dpi=rng.choice([200, 240, 300, 300]), rotation=rotation, photo=False, copies=copies,
                   quality=rng.randint(62, 88), skew=rng.uniform(-1.1, 1.1),
                   cast=(rng.uniform(0.99, 1.0), rng.uniform(0.965, 0.985), rng.uniform(0.925, 0.955)),
                   noise=rng.uniform(1.5, 4.0), fog=rng.uniform(10, 20), dropout=rng.uniform(212, 222),
                   blur=rng.uniform(0.62, 0.75), lid_edge=rng.randrange(4))


def photocopy(rgb: Any, gen: Any, *, blur: float, dropout: float, fog: float, second: bool, lid_edge: int) -> Any:
    """One pass through the office copier: grey, blurred by its optics, pushed through its tone curve (light greys
    drop to white, the rest darkens), its toner fog, mottle and specks. `second`: the copy of a copy (fatter strokes,
    darker, coarser, the lid's dark edge)."""
    g: Any = rgb @ np.array([0.299, 0.587, 0.114], np.float32) if rgb.ndim == 3 else rgb
    g = cv2.GaussianBlur(g, (0, 0), blur)
    black = 70.0 if not second else 95.0
    g = np.clip((g - black) / (dropout - black), 0, 1) ** (1.15 if not second else 1.35) * 255
    h, w = g.shape
    if second:
        g = cv2.erode(g, np.ones((2, 2), np.uint8))  # toner spreads: dark strokes grow
        grain: Any = cv2.resize(gen.normal(0, 9, (h // 3 + 1, w // 3 + 1)).astype(np.float32), (w, h),
                                interpolation=cv2.INTER_NEAREST)
        g = g + grain
        band = int(w * float(gen.uniform(0.012, 0.03)))
        ramp = np.linspace(0.35, 1.0, band, dtype=np.float32)
        if lid_edge == 0:
            g[:band] *= ramp[:, None]
        elif lid_edge == 1:
            g[:, w - band:] *= ramp[::-1][None, :]
        elif lid_edge == 2:
            g[h - band:] *= ramp[::-1][:, None]
        else:
            g[:, :band] *= ramp[None, :]
    mottle: Any = cv2.resize(gen.normal(0, 1, (h // 60 + 2, w // 60 + 2)).astype(np.float32), (w, h),
                             interpolation=cv2.INTER_CUBIC)
    g = g - fog * (1.6 if second else 1.0) - mottle * (4 if second else 2.5)
    specks = gen.random((h, w)) < (0.0009 if second else 0.0003)
    g[specks] = gen.uniform(20, 110, int(specks.sum()))
    return np.clip(g, 0, 255).astype(np.float32)


def capture(sheet: Sheet, cap: Flatbed, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if cap.copies:
        g = photocopy(img, gen, blur=cap.blur, dropout=cap.dropout, fog=cap.fog, second=False, lid_edge=cap.lid_edge)
        if cap.copies > 1:
            g = photocopy(g, gen, blur=cap.blur + 0.25, dropout=cap.dropout - 6, fog=cap.fog * 1.3, second=True,
                          lid_edge=cap.lid_edge)
        img = np.repeat(g[..., None], 3, axis=2)
    after = getattr(sheet, "after", None)
    if after is not None:  # the red stamp pressed on the copy
        img = img * (np.asarray(after.image.convert("RGB"), dtype=np.float32) / 255.0)
    h0, w0 = img.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA if cap.dpi < DPI else cv2.INTER_LINEAR)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(238, 238, 236))  # the lid's white foam
    img = img * np.array(cap.cast, np.float32) + gen.normal(0, cap.noise, (h, w, 1)).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
