"""How court_k's dossiers were captured: an outsourced scanning company (外包扫描) fed the bound paper through a
sheet-fed scanner at 200 or 300 dpi, colour or grey, JPEG q40–75, with skew up to ±2.5°, the dark edge of the
binding, now and then a sheet fed upside down (180°) or a landscape table lying sideways (90°). Pages that
came in by fax were faxed paper to begin with: 100–150 dpi, black and white with speckle, dropped scan lines
and streaks, a little vertical stretch — still legible, as real faxes are."""

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
class KCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    kind: str              # scan | grey | fax
    edge: bool = False     # the binding's dark edge at the left


def plan_capture(rng: random.Random, sheet: Sheet) -> KCapture:
    if getattr(sheet, "fax", False):
        return KCapture(dpi=rng.choice([100, 150, 150]), rotation=rng.choices([0, 180], weights=[92, 8])[0],
                        photo=False, quality=rng.randint(45, 70), skew=rng.uniform(-1.2, 1.2), kind="fax")
    if getattr(sheet, "landscape", False):
        rotation = rng.choice([90, 270])
    else:
        rotation = rng.choices([0, 180, 90], weights=[90, 7, 3])[0]
    kind = "scan" if getattr(sheet, "carbon", False) or rng.random() < 0.45 else "grey"
    return KCapture(dpi=rng.choice([200, 200, 300]), rotation=rotation, photo=False, quality=rng.randint(40, 75),
                    skew=rng.uniform(-2.5, 2.5), kind=kind, edge=rng.random() < 0.4)


def capture(sheet: Sheet, cap: KCapture, rng: random.Random) -> bytes:
    """The page as the scanning company delivered it, JPEG-encoded."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.kind == "fax":  # the fax is made at the drawing's resolution, then stored at the scan's
        a = _fax(a, cap, rng, noise)
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    if cap.kind != "fax":
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), borderValue=(246, 246, 244))
        f: Any = a.astype(np.float32)
        if cap.edge:
            edge = int(w * rng.uniform(0.02, 0.045))
            f[:, :edge] *= np.linspace(rng.uniform(0.12, 0.4), 1.0, edge)[None, :, None]
        f += noise.normal(0, rng.uniform(2, 6), f.shape[:2])[..., None]
        a = np.clip(f, 0, 255).astype(np.uint8)
        if cap.kind == "grey":
            a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _fax(a: Any, cap: KCapture, rng: random.Random, noise: Any) -> Any:
    """Black and white at fax resolution: thresholded, speckled, a few streaks and dropped lines."""
    h, w = a.shape[:2]
    f: Any = a.astype(np.float32)
    g: Any = f[..., 0] * 0.7 + f[..., 1] * 0.2 + f[..., 2] * 0.1  # the sensor's red lamp: seals go pale, text stays
    g = cv2.resize(g, (w, int(h * rng.uniform(1.0, 1.03))))[:h]  # the receiving machine's line feed
    if g.shape[0] < h:
        g = np.vstack([g, np.full((h - g.shape[0], w), 255, np.float32)])
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    g = cv2.warpAffine(g, m, (w, h), borderValue=255)
    g += noise.normal(0, 18, g.shape)
    b: Any = np.where(g < rng.uniform(160, 185), 0, 255).astype(np.uint8)
    specks = noise.random(b.shape) < rng.uniform(0.0004, 0.001)
    b[specks] = 0
    for _ in range(rng.randint(1, 4)):  # a streak down the page from dirt on the sending machine's glass
        x = rng.randint(0, w - 2)
        b[:, x:x + rng.randint(1, 2)] = np.where(noise.random(h) < 0.7, 0, 255)[:, None]
    for _ in range(rng.randint(0, 3)):  # a scan line lost in transmission
        y = rng.randint(int(h * 0.05), h - 2)
        b[y] = 255
    return b
