"""How court_ct's dossiers were captured. 铁东法院 filmed its closed volumes onto 16 mm microfilm; when the volumes were
digitised, the film was printed back on the archive's reader-printer (grey, slightly glossy thermal-like paper) and the
prints were scanned. So every page is a grey print of a film frame: the frame's dark edge shows at one or two sides, the
reader's lamp leaves a dark vignette in the corners and one side darker than the other, contrast is low, the film's
scratches run down the page as thin bright or dark vertical lines, dust on the film prints as magnified specks, and a
few prints came out of an imperfect negative-to-positive pass with a greyish background. Then ordinary scanner defects:
skew, noise, a little blur, JPEG, 200–300 dpi."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class FilmPrint:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    paper: float         # the print paper's grey (white of the page)
    ink: float           # the print's black (low contrast: never quite black)
    vignette: float      # darkening at the corners, 0–1
    tilt: float          # exposure slope across the page: + darker right, - darker left
    frame: tuple[int, int, int, int]  # film frame edge width in px at left, top, right, bottom (0 = not shown)
    scratches: list[tuple[float, int, int]] = field(default_factory=list)  # (x fraction, width px, +bright/-dark)
    specks: int = 0
    negative: bool = False  # printed back from an imperfect negative pass: greyish background
    blur: float = 0.0


def plan_capture(rng: random.Random, sheet: Sheet) -> FilmPrint:
    negative = rng.random() < 0.15
    edges = [rng.choice([0, 0, rng.randint(10, 40)]) for _ in range(4)]
    if not any(edges):
        edges[rng.randrange(4)] = rng.randint(14, 36)
    return FilmPrint(
        dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, skew=rng.uniform(-2.6, 2.6),
        quality=rng.randint(70, 88), paper=rng.uniform(196, 218) if negative else rng.uniform(214, 234),
        ink=rng.uniform(52, 78) if negative else rng.uniform(34, 58), vignette=rng.uniform(0.18, 0.32),
        tilt=rng.choice([-1, 1]) * rng.uniform(0.05, 0.14), frame=(edges[0], edges[1], edges[2], edges[3]),
        scratches=[(rng.uniform(0.05, 0.95), rng.randint(1, 3), rng.choice([1, -1])) for _ in range(rng.randint(1, 4))],
        specks=rng.randint(8, 40), negative=negative, blur=rng.choice([0.0, 0.6, 0.9, 1.2]))


def capture(sheet: Sheet, cap: FilmPrint, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32) / 255.0
    h, w = a.shape
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = a.shape
    # tone: the film squeezes the range, the print paper is grey
    img = cap.ink + a * (cap.paper - cap.ink)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.negative:  # an uneven negative pass: a mottled grey haze over the background
        haze = cv2.GaussianBlur(gen.normal(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32), (0, 0), 2)
        img = img - 10 * cv2.resize(haze, (w, h)) * a
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    light = (1 - cap.vignette * np.clip(r2 - 0.45, 0, None) / 1.55) * (1 - cap.tilt * (xx / w - 0.5) * 2)
    img = img * light
    for xf, sw, sign in cap.scratches:
        x = int(xf * w)
        y0 = rng.randint(0, h // 3)
        y1 = rng.randint(2 * h // 3, h)
        img[y0:y1, x:x + sw] = np.clip(img[y0:y1, x:x + sw] + sign * rng.uniform(45, 80), 0, 255)
    for _ in range(cap.specks):
        cx, cy = rng.randint(0, w - 1), rng.randint(0, h - 1)
        rad = rng.choice([2, 3, 4, 6, 9])
        cv2.ellipse(img, (cx, cy), (rad, max(1, int(rad * rng.uniform(0.4, 1.0)))), rng.uniform(0, 180), 0, 360,
                    float(rng.uniform(20, 70)), -1)
    left, top, right, bottom = cap.frame
    dark = cap.ink * 0.5
    if left:
        img[:, :left] = dark
    if right:
        img[:, w - right:] = dark
    if top:
        img[:top, :] = dark
    if bottom:
        img[h - bottom:, :] = dark
    if cap.blur:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    img = img + gen.normal(0, 3.0, img.shape)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=int(cap.paper * 0.9))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
