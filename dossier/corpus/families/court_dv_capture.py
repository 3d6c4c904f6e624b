"""How court_dv's pages reach the e-dossier. Two ways:

- Phone screenshots (移动微法院, WeChat, a bank app, the Messages app with a 12368 SMS) are taken by the filing window's
  system as they came: the phone's own pixels, re-encoded once more as JPEG (quality 70–88) when the window prints
  them into the e-dossier, a faint chroma smear from WeChat's own recompression, never turned or skewed.
- Everything on paper — the bureau's laser prints and the paper copies parties bring — goes through the 自助立案一体机:
  colour at 150 dpi, a slightly warm or cool cast and a lifted black from the kiosk's cheap CIS sensor, a little
  skew, and heavy JPEG (quality 24–38) whose 8×8 blocks show round text and seals. The kiosk's auto-rotate fails now
  and then, so some pages are stored turned 90° (clockwise or anticlockwise)."""

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
class DvCapture:
    dpi: int
    rotation: int          # 0, 90 or 270: clockwise turn of the stored page
    photo: bool
    screen: bool           # a phone screenshot (its own pixels) rather than a kiosk scan
    quality: int
    skew: float
    cast: tuple[float, float, float]   # per-channel gain of the kiosk's sensor
    black: float           # lifted black level
    smear: float           # chroma blur of a WeChat-recompressed screenshot


def plan_capture(rng: random.Random, sheet: Sheet) -> DvCapture:
    if getattr(sheet, "screen", False):
        return DvCapture(dpi=DPI, rotation=0, photo=False, screen=True, quality=rng.randint(70, 88), skew=0.0,
                         cast=(1.0, 1.0, 1.0), black=0.0, smear=rng.choice([0.0, 1.0, 1.6]))
    warm = rng.uniform(-0.035, 0.035)
    return DvCapture(dpi=150, rotation=rng.choices([0, 90, 270], weights=[84, 9, 7])[0], photo=False, screen=False,
                     quality=rng.randint(24, 38), skew=rng.uniform(-1.2, 1.2),
                     cast=(1.0 + warm, 1.0, 1.0 - warm * 1.4), black=rng.uniform(18, 34), smear=0.0)


def capture(sheet: Sheet, cap: DvCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    if cap.screen:
        if cap.smear:  # WeChat's own recompression: colour bleeds a little, luminance stays sharp
            ycc = cv2.cvtColor(a.astype(np.uint8), cv2.COLOR_RGB2YCrCb).astype(np.float32)
            ycc[..., 1] = cv2.GaussianBlur(ycc[..., 1], (0, 0), cap.smear)
            ycc[..., 2] = cv2.GaussianBlur(ycc[..., 2], (0, 0), cap.smear)
            a = cv2.cvtColor(np.clip(ycc, 0, 255).astype(np.uint8), cv2.COLOR_YCrCb2RGB).astype(np.float32)
        out = np.clip(a, 0, 255).astype(np.uint8)
    else:
        nw, nh = round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)
        a = cv2.resize(a, (nw, nh), interpolation=cv2.INTER_AREA)
        a = cv2.GaussianBlur(a, (0, 0), 0.55)  # the CIS sensor's soft focus
        gen = np.random.default_rng(rng.randint(0, 2**31))
        a = cap.black + a * (1 - cap.black / 255) * np.array(cap.cast, dtype=np.float32)
        # the lamp is a little brighter in the middle of the glass than at the long edges
        xx = np.linspace(-1, 1, nw, dtype=np.float32)
        a = a * (1 - 0.04 * xx[None, :, None] ** 2)
        a = a + gen.normal(0, 2.5, a.shape)
        out = np.clip(a, 0, 255).astype(np.uint8)
        if abs(cap.skew) > 0.05:
            m = cv2.getRotationMatrix2D((nw / 2, nh / 2), cap.skew, 1.0)
            out = cv2.warpAffine(out, m, (nw, nh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
        if cap.rotation:
            out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi), subsampling=2)
    return buf.getvalue()
