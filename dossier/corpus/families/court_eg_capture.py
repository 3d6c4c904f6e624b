"""How court_eg's volumes were captured. Before scanning, the bureau ran the volume through its old office copier: the
toner is over-supplied and the fuser runs hot, so strokes swell and spread, the counters of small characters (口, 日, 目)
fill in to blots, thin rules thicken, and where the page was dark a grey toner haze settles round it. The copy was then
scanned in grey at 200–300 dpi, JPEG q55–80, with the copy's slight skew. A few sheets (the bureau's own last forms)
missed the copier and were scanned clean from the original."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

CLEAN_TITLES = ("卷宗复核表", "备 考 表", "执行案件结案审批表")
"""the forms filled last, after the copying: they went straight to the scanner"""


@dataclass
class Copy:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    copied: bool        # False: the sheet escaped the copier and was scanned clean
    swell: int          # px (at 200 dpi) the toner spreads each stroke by
    haze: float         # grey of the toner haze round dark areas, 0–80
    toner: float        # the copy's black
    paper: float        # the copy's white
    streak: float       # x fraction of a faint drum streak, <0 none


def plan_capture(rng: random.Random, sheet: Sheet) -> Copy:
    clean = any(t in line for line in sheet.lines[:2] for t in CLEAN_TITLES) and rng.random() < 0.8
    return Copy(dpi=rng.choice([200, 240, 300]), rotation=0, photo=False,
                skew=rng.uniform(-0.4, 0.4) if clean else rng.uniform(-1.6, 1.6), quality=rng.randint(55, 80),
                copied=not clean, swell=rng.choice([2, 2, 3, 4]), haze=rng.uniform(25, 60),
                toner=rng.uniform(8, 30), paper=rng.uniform(222, 240) if not clean else rng.uniform(238, 250),
                streak=rng.uniform(0.05, 0.95) if rng.random() < 0.4 else -1.0)


def _copier(ink: Any, cap: Copy, gen: np.random.Generator) -> Any:
    """ink coverage 0–1 (1 = toner) → the copy's grey page"""
    k = 2 * cap.swell + 1
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k))
    fat = cv2.dilate(ink, kernel)                        # strokes swell, counters close
    fat = cv2.GaussianBlur(fat, (0, 0), cap.swell * 0.6)  # and spread at their edges
    fat = np.clip((fat - 0.25) * 1.8, 0, 1)
    haze = cv2.GaussianBlur(ink, (0, 0), 18) * 3.0      # grey toner round dark areas
    haze = np.clip(haze, 0, 1) * cap.haze / 255.0
    mottle = cv2.resize(gen.normal(0, 1, (ink.shape[0] // 24 + 1, ink.shape[1] // 24 + 1)).astype(np.float32),
                        (ink.shape[1], ink.shape[0]))
    cover = np.clip(fat + haze * (1 + 0.3 * mottle), 0, 1)
    return cap.paper - cover * (cap.paper - cap.toner)


def capture(sheet: Sheet, cap: Copy, rng: random.Random) -> bytes:
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.copied:
        img = _copier(1.0 - grey / 255.0, cap, gen)
        if cap.streak >= 0:
            x = int(cap.streak * img.shape[1])
            img[:, x:x + 3] -= 18
    else:
        img = cap.toner + grey / 255.0 * (cap.paper - cap.toner)
    h, w = img.shape
    if cap.dpi != DPI:
        img = cv2.resize(img, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = img.shape
    img = img + gen.normal(0, 2.5, img.shape)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=int(cap.paper))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
