"""How court_an's dossiers were captured: the undertaker photographs every page with a phone document-scanning app
(the sheet laid on his desk, the phone held over it). The app finds the page's edges and flattens it — its
auto-crop sometimes bites a strip off one edge (now and then the top strip with part of the heading) or leaves a
sliver of the wood desk along an edge; its "black-and-white document" enhancement is harsh: over-sharpened, the
paper pushed to white, grey areas (photo boxes, tinted card) blown out, faint strokes lost; a finger holding the
page down leaves a soft shadow at a margin. Evidence pages the applicant showed on a computer (online-banking
records) were photographed off the screen: moiré, a glare patch and the pixel grid survive the enhancement.
Every page is a photo (photo flag), stored at the app's 150–200 dpi equivalent, upright or, rarely, turned 90°
because the app kept the phone's orientation."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class AnCapture:
    dpi: int
    rotation: int
    photo: bool
    screen: bool  # photographed off a computer screen
    cut_edge: str  # "", "top", "bottom", "left", "right": the auto-crop bit a strip off this edge
    cut: float  # the strip's share of the page
    desk_edge: str  # an edge where a sliver of the desk was left
    desk: float
    finger: str  # "", "left", "right", "bottom": a finger's shadow at this margin
    harsh: float  # strength of the black-and-white enhancement (0.6–1.0)
    skew: float
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> AnCapture:
    screen = bool(getattr(sheet, "screen", False))
    cut_edge = ""
    if rng.random() < 0.16:
        cut_edge = rng.choice(["top", "bottom", "left", "right", "top"])
    desk_edge = rng.choice(["left", "right", "bottom"]) if rng.random() < 0.2 else ""
    return AnCapture(
        dpi=rng.choice([150, 170, 200]),
        rotation=90 if rng.random() < 0.03 else 0,
        photo=True,
        screen=screen,
        cut_edge=cut_edge,
        cut=rng.uniform(0.02, 0.05) if cut_edge != "top" else rng.uniform(0.03, 0.06),
        desk_edge=desk_edge,
        desk=rng.uniform(0.01, 0.03),
        finger=rng.choice(["left", "right", "bottom"]) if rng.random() < 0.22 else "",
        harsh=rng.uniform(0.6, 1.0),
        skew=rng.uniform(-0.8, 0.8),
        quality=rng.randint(70, 86),
    )


def _screen(a: np.ndarray, rng: random.Random) -> np.ndarray:
    """The pixel grid, moiré bands and a glare patch of a monitor photographed at an angle."""
    h, w = a.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    grid = 0.92 + 0.08 * ((np.sin(xx * 1.9) > 0.7) | (np.sin(yy * 1.9) > 0.7))
    f = rng.uniform(0.035, 0.06)
    moire = 1.0 + 0.09 * np.sin(f * xx + 0.8 * f * yy + rng.uniform(0, 6)) * np.sin(0.3 * f * yy)
    cx, cy = rng.uniform(0.55, 0.85) * w, rng.uniform(0.1, 0.4) * h
    glare = 55 * np.exp(-(((xx - cx) / (0.25 * w)) ** 2 + ((yy - cy) / (0.18 * h)) ** 2))
    out = a.astype(np.float32) * (grid * moire)[..., None] + glare[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)


def capture(sheet: Sheet, cap: AnCapture, rng: random.Random) -> bytes:
    a = np.asarray(sheet.image.convert("RGB")).copy()
    h, w = a.shape[:2]
    if cap.screen:
        a = _screen(a, rng)
    if cap.finger:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        if cap.finger == "bottom":
            fx, fy = rng.uniform(0.3, 0.7) * w, h * 1.02
        else:
            fx, fy = (-0.02 * w if cap.finger == "left" else 1.02 * w), rng.uniform(0.3, 0.8) * h
        d = ((xx - fx) / (0.07 * w)) ** 2 + ((yy - fy) / (0.11 * h)) ** 2
        shade = 1 - 0.55 * np.exp(-d)
        a = (a.astype(np.float32) * shade[..., None]).astype(np.uint8)
    g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    # the app's "黑白文档" filter: divide by the blurred background, push the paper to white, sharpen hard
    bg = cv2.GaussianBlur(g, (0, 0), 25).astype(np.float32) + 1
    norm = np.clip(g.astype(np.float32) / bg * 255 * (1.05 + 0.15 * cap.harsh), 0, 255)
    sharp = cv2.addWeighted(norm, 1 + 1.4 * cap.harsh, cv2.GaussianBlur(norm, (0, 0), 1.6), -1.4 * cap.harsh, 0)
    lo, hi = 70 + 30 * cap.harsh, 200 - 25 * cap.harsh
    g2 = np.clip((sharp - lo) / (hi - lo) * 255, 0, 255)
    g2 = np.where(g2 > 200, 255, g2).astype(np.uint8)
    if cap.desk_edge:
        k = max(4, int(cap.desk * (w if cap.desk_edge != "bottom" else h)))
        wood = np.clip(90 + 25 * np.sin(np.arange(h if cap.desk_edge != "bottom" else w) / 9.0), 0, 255)
        if cap.desk_edge == "left":
            g2[:, :k] = wood[:, None].astype(np.uint8)
        elif cap.desk_edge == "right":
            g2[:, -k:] = wood[:, None].astype(np.uint8)
        else:
            g2[-k:, :] = wood[None, :].astype(np.uint8)
    if cap.cut_edge:
        k = int(cap.cut * (h if cap.cut_edge in ("top", "bottom") else w))
        g2 = {"top": g2[k:], "bottom": g2[:-k], "left": g2[:, k:], "right": g2[:, :-k]}[cap.cut_edge]
    if abs(cap.skew) > 0.05:
        hh, ww = g2.shape
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        g2 = cv2.warpAffine(g2, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=255)
    hh, ww = g2.shape
    g2 = cv2.resize(g2, (round(ww * cap.dpi / DPI), round(hh * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    if cap.rotation:
        g2 = np.ascontiguousarray(np.rot90(g2, k=cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(g2).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
