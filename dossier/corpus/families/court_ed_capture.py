"""How court_ed's volumes were captured. Most of the paper came in by the applicants' lawyers, who printed it (their own
papers and the copies they held) on the firm's cheap inkjet all-in-one and scanned it on the same machine: the print
shows banding — faint horizontal stripes where a clogged nozzle row left ink out, strokes broken along them, repeating
once per print-head pass — a colour cast when the black cartridge ran low and black was mixed from colour, the colour
planes slightly out of register (coloured fringes on strokes); the all-in-one's flatbed then took it at 150–300 dpi in
colour or grey, with its lid shadow along one edge and its JPEG at q50–80. The court's own papers (and forms filled at
its window) went through the bureau's clean office scanner: grey or colour at 200/300 dpi, nearly straight, q75–90.

Who handed a sheet in is marked on it by the family's renderer (`via`); everything else is drawn from rng."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

FIRM = "firm"
COURT = "court"


@dataclass
class InkjetScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    grey: bool
    source: str                     # firm (inkjet all-in-one) | court (office scanner)
    swath: int = 0                  # print-head pass height in px at render resolution (0: no banding)
    clogged: list[tuple[int, int, float]] = field(default_factory=list)  # (row offset in a pass, rows, ink lost 0–1)
    cast: tuple[float, float, float] = (1.0, 1.0, 1.0)  # per-channel weight of the composite black's darkness
    shift: tuple[int, int] = (0, 0)  # misregistration of the red / blue planes, px
    lid: int = 0                    # lid shadow width in px at the bottom (scanner lid not closed flat)
    noise: float = 1.5


def via(sheet: Sheet) -> str:
    return str(getattr(sheet, "via", COURT))


def plan_capture(rng: random.Random, sheet: Sheet) -> InkjetScan:
    if via(sheet) == FIRM:
        swath = rng.randint(70, 130)
        clogged = [(rng.randint(0, swath - 4), rng.randint(1, 3), rng.uniform(0.45, 0.9))
                   for _ in range(rng.randint(1, 3))]
        low_black = rng.random() < 0.55
        cast = ((rng.uniform(0.72, 0.9), rng.uniform(0.82, 0.98), rng.uniform(0.62, 0.85)) if low_black
                else (1.0, 1.0, 1.0))
        return InkjetScan(dpi=rng.choice([150, 200, 200, 300]), rotation=180 if rng.random() < 0.03 else 0,
                          photo=False, skew=rng.uniform(-1.4, 1.4), quality=rng.randint(50, 80),
                          grey=rng.random() < 0.35, source=FIRM, swath=swath, clogged=clogged, cast=cast,
                          shift=(rng.choice([-2, -1, 1, 2]), rng.choice([-2, -1, 0, 1, 2])),
                          lid=rng.randint(0, 40) if rng.random() < 0.4 else 0, noise=rng.uniform(2.5, 5.0))
    return InkjetScan(dpi=rng.choice([200, 300]), rotation=0, photo=False, skew=rng.uniform(-0.4, 0.4),
                      quality=rng.randint(75, 90), grey=rng.random() < 0.6, source=COURT, noise=rng.uniform(0.8, 2.0))


def _inkjet(a: Any, plan: InkjetScan) -> Any:
    """Print the page on the firm's inkjet: composite-black cast, planes out of register, clogged-nozzle bands."""
    f = a.astype(np.float32)
    dark = 255.0 - f
    dark *= np.array(plan.cast, dtype=np.float32)[None, None, :]
    dx_r, dx_b = plan.shift
    if dx_r:
        dark[..., 0] = np.roll(dark[..., 0], dx_r, axis=1)
    if dx_b:
        dark[..., 2] = np.roll(dark[..., 2], dx_b, axis=(0 if abs(dx_b) == 1 else 1))
    if plan.swath:
        keep = np.ones(f.shape[0], dtype=np.float32)
        for start in range(0, f.shape[0], plan.swath):
            for off, rows, lost in plan.clogged:
                keep[start + off:start + off + rows] = 1.0 - lost
        dark *= keep[:, None, None]
    dark = cv2.GaussianBlur(dark, (0, 0), 0.7)  # the ink wicks a little into plain paper
    return np.clip(255.0 - dark, 0, 255)


def capture(sheet: Sheet, plan: InkjetScan, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    f: Any = _inkjet(a, plan) if plan.source == FIRM else a.astype(np.float32)
    scale = plan.dpi / DPI
    if scale != 1:
        f = cv2.resize(f, (round(f.shape[1] * scale), round(f.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = f.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    glass = (236.0, 236.0, 232.0) if plan.source == FIRM else (252.0, 252.0, 252.0)
    f = cv2.warpAffine(f, m, (w, h), borderValue=glass)
    if plan.source == FIRM:
        f = f * np.array([0.97, 0.975, 0.955], dtype=np.float32)[None, None, :] + 2  # the cheap CIS's warm white
        if plan.lid:
            lid = max(1, round(plan.lid * scale))
            ramp = np.linspace(1.0, 0.55, lid, dtype=np.float32)[:, None, None]
            f[h - lid:] *= ramp
    gen = np.random.default_rng(rng.randint(0, 2**31))
    f += gen.normal(0, plan.noise, f.shape[:2])[..., None]
    a = np.clip(f, 0, 255).astype(np.uint8)
    if plan.grey:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    if plan.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-plan.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return out.getvalue()
