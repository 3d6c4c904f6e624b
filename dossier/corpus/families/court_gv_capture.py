"""How court_gv's pages were captured: everything went through the 北林 bureau's colour multifunction printer, scan to
PDF. The court's own papers (and what reached the window as paper: the grandson's 稿纸 application, the thumbprinted
授权委托书, the window's forms, the employer's and bank's replies) were scanned cleanly at 200, 240 or 300 dpi, a
little crooked, JPEG at fair quality. Most of what the grandson brought never reached the court as paper: he had
photographed it with an old phone and had the photos printed at a copy shop on a cheap colour INKJET on plain paper.
Those printouts (court_gv_kit.Printout: the photo's perspective, the phone's shadow and the warm lamp light already
inside the printed picture, a white border round it) carry the printer's faults when they are scanned: horizontal
banding at the head's pass pitch and a nozzle or two missing (thin pale lines), a wrong colour cast (one ink running
low), the ink bleeding into the plain paper so that strokes go soft and a little fat, blacks that never get black. The
MFP scanned them at 200 dpi, JPEG 50–80. Now and then a sheet went on the glass turned 90° or 180°."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_gv_kit import Printout


@dataclass(frozen=True)
class MfpScan:
    dpi: int
    rotation: int
    photo: bool
    printout: bool              # a copy-shop inkjet print (of a photo or a screenshot)
    quality: int
    skew: float                 # degrees
    cast: tuple[float, float, float]   # the inkjet's colour error, per channel (1.0 for the court's own papers)
    band_pitch: float           # mm between the head's passes
    band_depth: float           # how much ink each pass boundary loses (0..1)
    nozzles: tuple[float, ...]  # fractions of the page height where a nozzle is missing
    bleed: float                # px of the ink's spread into the paper (at 200 dpi)
    black: float                # how far from black the inkjet's darkest stays on plain paper
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> MfpScan:
    rotation = rng.choices([0, 90, 180, 270], weights=[93, 2, 3, 2])[0]
    if isinstance(sheet, Printout):
        low = rng.choice([0, 1, 2])  # the cartridge running low: cyan, magenta or yellow
        cast = [1.0, 1.0, 1.0]
        cast[low] = rng.uniform(0.86, 0.93)  # one ink running low: where there is ink, the page takes a cast
        cast[(low + 1) % 3] *= rng.uniform(1.0, 1.05)
        return MfpScan(dpi=200, rotation=rotation, photo=sheet.source == "photo", printout=True,
                       quality=rng.randint(50, 80), skew=rng.uniform(-1.4, 1.4), cast=(cast[0], cast[1], cast[2]),
                       band_pitch=rng.uniform(2.5, 6.0), band_depth=rng.uniform(0.04, 0.1),
                       nozzles=tuple(rng.uniform(0.05, 0.95) for _ in range(rng.randint(1, 4))),
                       bleed=rng.uniform(0.8, 1.5), black=rng.uniform(38, 62), noise=rng.uniform(2.5, 5.0))
    return MfpScan(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, printout=False,
                   quality=rng.randint(62, 88), skew=rng.uniform(-0.8, 0.8), cast=(1.0, 1.0, 1.0), band_pitch=0.0,
                   band_depth=0.0, nozzles=(), bleed=0.0, black=0.0, noise=rng.uniform(1.2, 3.0))


def inkjet(img: Any, cap: MfpScan, gen: Any) -> Any:
    """The copy shop's inkjet on plain paper: ink spreads and fattens the strokes, the head's passes leave bands,
    missing nozzles leave pale lines, one ink is short (a colour cast), and blacks stay dark grey."""
    h, w = img.shape[:2]
    ink: Any = 255.0 - img
    spread = cv2.dilate(ink, np.ones((2, 2), np.uint8))
    ink = cv2.GaussianBlur(0.55 * ink + 0.45 * spread, (0, 0), cap.bleed)
    pitch = cap.band_pitch / 25.4 * DPI
    rows = np.arange(h, dtype=np.float32)
    phase = (rows % pitch) / pitch
    band = 1.0 - cap.band_depth * np.exp(-((phase - 0.5) / 0.18) ** 2)
    band *= 1.0 + gen.normal(0, 0.01, h).astype(np.float32)
    for f in cap.nozzles:
        y = int(f * h)
        band[y:y + 2] *= 0.6
    ink = ink * band[:, None, None] * np.array(cap.cast, np.float32)
    ink = np.minimum(ink, 255.0 - cap.black)
    out = 255.0 - ink
    paper = gen.normal(0, 2.0, (h, w)).astype(np.float32)[..., None]
    return np.clip(out + paper, 0, 255)


def capture(sheet: Sheet, cap: MfpScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if cap.printout:
        img = inkjet(img, cap, gen)
    h0, w0 = img.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
    if abs(cap.skew) > 0.02:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(238, 238, 236))
    img = img * np.array([0.985, 0.985, 0.97], np.float32) + 2.0  # the MFP's lamp: a touch warm, whites not quite white
    img += gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32)[..., None]
    if cap.printout or rng.random() < 0.3:
        img = cv2.GaussianBlur(img, (0, 0), 0.6)
    out: Any = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
