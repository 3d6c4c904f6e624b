"""How court_cs's pages were captured. The bureau's scanner broke while the dossiers were being handed in, so the
undertaker opened each already-scanned file on his office monitor and photographed the screen with his phone: the
page sits inside the monitor's black bezel (one or two edges of it in the frame), slightly keystoned because the phone
was held a little above or to the side, the screen's pixel grid beats against the phone's sensor into moiré bands, the
window behind him shows as a pale reflection on one side, the LCD's white point (cool blue or warm) tints the page,
and the text is soft (the screen showed the page at about half its scan resolution). Pages scanned before the
breakdown went through the flatbed: white, straight to within a degree, grey-free. Both: skew, noise, JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet

A4_MM = (210.0, 297.0)


@dataclass
class CsCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float            # degrees
    quality: int
    keystone: float        # fraction the far edge is narrower (0 on the flatbed)
    key_side: str          # top | bottom | left | right: the edge farther from the phone
    bezel: tuple[float, float, float, float]  # left, top, right, bottom bezel widths as fractions of the frame
    glare_side: str        # left | right: where the room's window reflects
    glare: float           # its strength (0–1)
    tint: tuple[float, float, float]  # per-channel gains: the screen's white point
    moire_period: float    # px of the beat pattern on the output page
    moire_angle: float     # degrees
    moire: float           # amplitude (grey levels)
    soft: float            # fraction of the resolution the screen showed


def plan_capture(rng: random.Random, sheet: Sheet) -> CsCapture:
    """Most pages photographed off the monitor; about one in four from the flatbed before it broke."""
    dpi = rng.choice([150, 200, 200, 250, 300])
    if rng.random() < 0.25:
        return CsCapture(dpi=dpi, rotation=0, photo=False, skew=rng.uniform(-1.0, 1.0), quality=rng.randint(80, 92),
                         keystone=0.0, key_side="top", bezel=(0.0, 0.0, 0.0, 0.0), glare_side="left", glare=0.0,
                         tint=(1.0, 1.0, 1.0), moire_period=0.0, moire_angle=0.0, moire=0.0, soft=1.0)
    cool = rng.random() < 0.6
    tint = (rng.uniform(0.86, 0.93), rng.uniform(0.95, 0.99), 1.0) if cool else \
        (1.0, rng.uniform(0.94, 0.98), rng.uniform(0.80, 0.88))
    sides = [rng.uniform(0.025, 0.06) if rng.random() < 0.6 else 0.0 for _ in range(4)]
    if not any(sides):
        sides[rng.randrange(4)] = rng.uniform(0.03, 0.06)
    return CsCapture(dpi=dpi, rotation=0, photo=True, skew=rng.uniform(-3.0, 3.0), quality=rng.randint(62, 84),
                     keystone=rng.uniform(0.02, 0.055), key_side=rng.choice(["top", "top", "bottom", "left", "right"]),
                     bezel=(sides[0], sides[1], sides[2], sides[3]), glare_side=rng.choice(["left", "right"]),
                     glare=rng.uniform(0.18, 0.35), tint=tint, moire_period=rng.uniform(9.0, 22.0),
                     moire_angle=rng.uniform(-40, 40), moire=rng.uniform(7.0, 13.0), soft=rng.uniform(0.5, 0.7))


def _size(dpi: int) -> tuple[int, int]:
    return round(A4_MM[0] / 25.4 * dpi), round(A4_MM[1] / 25.4 * dpi)


def _keystone(img: Any, cap: CsCapture, box: tuple[int, int, int, int]) -> Any:
    """The screen's page warped into `box` (x0, y0, x1, y1) of the frame, its far edge narrower."""
    h, w = img.shape[:2]
    x0, y0, x1, y1 = box
    k = cap.keystone
    dx, dy = (x1 - x0) * k, (y1 - y0) * k
    corners = {"top": [(x0 + dx, y0), (x1 - dx, y0), (x1, y1), (x0, y1)],
               "bottom": [(x0, y0), (x1, y0), (x1 - dx, y1), (x0 + dx, y1)],
               "left": [(x0, y0 + dy), (x1, y0), (x1, y1), (x0, y1 - dy)],
               "right": [(x0, y0), (x1, y0 + dy), (x1, y1 - dy), (x0, y1)]}[cap.key_side]
    src = np.array([(0, 0), (w, 0), (w, h), (0, h)], np.float32)
    m = cv2.getPerspectiveTransform(src, np.array(corners, np.float32))
    return m


def capture(sheet: Sheet, cap: CsCapture, rng: random.Random) -> bytes:
    """The JPEG the dossier holds for one page."""
    W, H = _size(cap.dpi)
    page = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    nprng = np.random.default_rng(rng.randrange(2 ** 32))
    out: Any
    if not cap.photo:
        out = cv2.resize(page, (W, H), interpolation=cv2.INTER_AREA).astype(np.float32)
        m = cv2.getRotationMatrix2D((W / 2, H / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (W, H), borderValue=(250, 250, 250))
        out += nprng.normal(0, 2.5, out.shape)
    else:
        # the monitor showed the page at reduced resolution: soft text
        sw, sh = max(200, int(W * cap.soft)), max(280, int(H * cap.soft))
        shown = cv2.resize(page, (sw, sh), interpolation=cv2.INTER_AREA)
        shown = cv2.resize(shown, (W, H), interpolation=cv2.INTER_CUBIC).astype(np.float32)
        # LCD: black level lifted, white point tinted
        shown = 18 + shown * (225 / 255)
        shown *= np.array(cap.tint, np.float32)
        lft, top, rgt, bot = cap.bezel
        box = (int(W * lft), int(H * top), int(W * (1 - rgt)), int(H * (1 - bot)))
        m = _keystone(shown, cap, box)
        rot = cv2.getRotationMatrix2D((W / 2, H / 2), cap.skew, 1.0)
        m = np.vstack([rot, [0, 0, 1]]) @ m
        bezel = np.array([22, 22, 25], np.float32) + nprng.uniform(0, 8)
        out = cv2.warpPerspective(shown, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                  borderValue=tuple(float(v) for v in bezel))
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        # moiré: the screen's pixel grid beating with the sensor's, curved a little by the lens
        a = np.radians(cap.moire_angle)
        u = xx * np.cos(a) + yy * np.sin(a) + 0.00004 * (xx - W / 2) ** 2
        v = -xx * np.sin(a) + yy * np.cos(a)
        pattern = np.sin(2 * np.pi * u / cap.moire_period) * (0.6 + 0.4 * np.sin(2 * np.pi * v / (cap.moire_period * 7)))
        mask = cv2.warpPerspective(np.ones((H, W), np.float32), m, (W, H))
        out += (cap.moire * pattern * mask)[..., None] * np.array([1.0, 0.8, 1.1], np.float32)
        # the room's window reflected on one side of the screen
        edge = xx / W if cap.glare_side == "left" else 1 - xx / W
        glow = np.clip(1 - edge / 0.35, 0, 1) ** 1.6 * (0.7 + 0.3 * np.sin(yy / H * np.pi))
        out = out + (255 - out) * (cap.glare * glow)[..., None]
        # phone vignetting and sensor noise
        r2 = ((xx - W / 2) / W) ** 2 + ((yy - H / 2) / H) ** 2
        out *= (1 - 0.35 * r2)[..., None]
        out += nprng.normal(0, 4.0, out.shape)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
