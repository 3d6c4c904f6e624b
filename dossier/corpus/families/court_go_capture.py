"""How court_go's volumes were captured: with a phone, in the 城区 bureau's file room, under its old fluorescent tubes.
The clerk laid each sheet on the wooden table by the shelves and photographed it from above, holding the phone a little
off square. What shows:

- flicker bands: the tubes pulse at twice the mains frequency and the phone's rolling shutter reads the sensor row by
  row, so soft horizontal bands of light and dark lie across the frame (across the page and the desk alike) — two to
  seven of them per frame, their spacing, depth and phase different on every shot; the darker bands lean a touch green;
- a greenish cast from the tubes' old phosphor, the paper an off-white green-grey, and the light falling off toward
  one end of the table;
- the sheet in perspective (a keystone of a few per cent, turned a degree or two), the table's wood grain — its tone and
  the grain's direction vary with where the sheet lay — round it, a soft shadow along the sheet's edges;
- now and then a shaky hand: a short motion blur in one direction; always the slight softness of the phone's lens;
- the phone's JPEG at quality 60–90; the page resolved at 150–250 dpi on the paper;
- a few shots stored turned: a page sideways (90°/270°) now and then, a page upside down (180°) now and then.

Every page stays readable to a clerk: the bands dim the paper by at most about a fifth, never the print."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class PhoneShot:
    dpi: int                       # resolution on the paper
    rotation: int                  # how the shot was stored: 0, 90, 180, 270 (clockwise)
    photo: bool
    quality: int
    bands: float                   # flicker bands per frame height
    band_depth: float              # how much a dark band dims the light (fraction)
    band_phase: float
    band_shape: float              # weight of the second harmonic (sharper, asymmetric bands)
    cast: tuple[float, float, float]   # the tubes' colour: gains on R, G, B
    falloff: float                 # light lost toward the far end of the table
    falloff_angle: float           # direction of the fall-off, degrees
    margin: float                  # desk shown round the page, fraction of the page's size
    corners: tuple[float, ...]     # perspective: 8 offsets (x, y of each corner), fractions of the page's size
    turn: float                    # the sheet's turn on the desk, degrees
    wood: tuple[int, int, int]     # the table's colour
    grain_vertical: bool
    grain_period: float            # px between grain lines at this dpi
    shake: float                   # motion-blur length, px (0: steady hand)
    shake_angle: float
    soft: float                    # the lens's softness (Gaussian sigma, px)
    noise: float


WOODS = ((164, 118, 74), (139, 96, 58), (118, 80, 50), (176, 136, 92))


def plan_capture(rng: random.Random, sheet: Sheet) -> PhoneShot:
    rotation = rng.choices([0, 90, 270, 180], weights=[95, 1.5, 1.0, 2.5])[0]
    corners = tuple(rng.uniform(-0.028, 0.028) for _ in range(8))
    shaky = rng.random() < 0.22
    return PhoneShot(
        dpi=rng.randint(150, 250), rotation=rotation, photo=True, quality=rng.randint(60, 90),
        bands=rng.uniform(2.2, 7.0), band_depth=rng.uniform(0.05, 0.17), band_phase=rng.uniform(0, 2 * math.pi),
        band_shape=rng.uniform(0.0, 0.45),
        cast=(rng.uniform(0.92, 0.97), 1.0, rng.uniform(0.89, 0.95)), falloff=rng.uniform(0.04, 0.16),
        falloff_angle=rng.uniform(0, 360), margin=rng.uniform(0.05, 0.11), corners=corners,
        turn=rng.uniform(-2.2, 2.2), wood=rng.choice(WOODS), grain_vertical=rng.random() < 0.5,
        grain_period=rng.uniform(9, 22), shake=rng.uniform(3, 8) if shaky else 0.0, shake_angle=rng.uniform(0, 180),
        soft=rng.uniform(0.35, 0.8), noise=rng.uniform(1.8, 4.5))


def _smooth_field(gen: Any, h: int, w: int, cells: int) -> Any:
    """Low-frequency noise in [-1, 1]: a coarse random grid blown up smoothly."""
    coarse = gen.uniform(-1, 1, (max(2, h // cells), max(2, w // cells))).astype(np.float32)
    return cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)


def _desk(shot: PhoneShot, h: int, w: int, gen: Any) -> Any:
    """The table top: its tone, long grain lines wavering with the wood, fine streaks between them."""
    rows, cols = (w, h) if shot.grain_vertical else (h, w)  # the grain's lines run along axis 1
    warp = _smooth_field(gen, rows, cols, 90) * 18 + _smooth_field(gen, rows, cols, 400) * 60
    pos = np.arange(rows, dtype=np.float32)[:, None] + warp
    rings = (np.sin(2 * math.pi * pos / shot.grain_period) * 0.5 + 0.5) ** 3
    streak = cv2.GaussianBlur(gen.normal(0, 1, (1, rows * 4)).astype(np.float32), (0, 0), 2.0)[0]
    fine = streak[np.clip((pos * 4).astype(np.int32), 0, rows * 4 - 1)]
    tone = 1.0 - 0.11 * rings + 0.05 * fine + 0.05 * _smooth_field(gen, rows, cols, 300)
    if shot.grain_vertical:
        tone = np.ascontiguousarray(tone.T)
    return tone[..., None] * np.array(shot.wood, np.float32)[None, None, :]


def capture(sheet: Sheet, shot: PhoneShot, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = page.shape[:2]
    w, h = round(w0 * shot.dpi / DPI), round(h0 * shot.dpi / DPI)
    page = cv2.resize(page, (w, h), interpolation=cv2.INTER_AREA)
    mx, my = round(w * shot.margin), round(h * shot.margin)
    W, H = w + 2 * mx, h + 2 * my
    frame = _desk(shot, H, W, gen)
    # the sheet on the desk: keystoned and turned a little
    c = shot.corners
    dst = np.array([[mx + c[0] * w, my + c[1] * h], [mx + w + c[2] * w, my + c[3] * h],
                    [mx + w + c[4] * w, my + h + c[5] * h], [mx + c[6] * w, my + h + c[7] * h]], np.float32)
    centre = dst.mean(axis=0)
    t = math.radians(shot.turn)
    rot = np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]], np.float32)
    dst = (dst - centre) @ rot.T + centre
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(mask, (0, 0), max(3.0, w * 0.006))
    frame = frame * (1 - 0.35 * np.clip(shadow - mask, 0, 1))[..., None]
    img = warped * mask[..., None] + frame * (1 - mask[..., None])
    # the tubes: a green cast, light falling off toward one end of the table
    img *= np.array(shot.cast, np.float32)[None, None, :]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a = math.radians(shot.falloff_angle)
    ramp = ((xx / W - 0.5) * math.cos(a) + (yy / H - 0.5) * math.sin(a)) + 0.5
    img *= (1 - shot.falloff * np.clip(ramp, 0, 1))[..., None]
    # the flicker: soft bands along the sensor's rows
    phase = 2 * math.pi * shot.bands * np.arange(H, dtype=np.float32) / H + shot.band_phase
    wave = np.sin(phase) + shot.band_shape * np.sin(2 * phase + 0.7)
    wave = (wave - wave.min()) / max(1e-6, float(wave.max() - wave.min()))
    dim = shot.band_depth * (1 - wave)
    tint = np.array([1.12, 0.9, 1.08], np.float32)
    img *= (1 - dim[:, None, None] * tint[None, None, :])
    # the lens and the hand
    if shot.shake > 0.5:
        k = max(3, round(shot.shake) | 1)
        kernel: Any = np.zeros((k, k), np.float32)
        kernel[k // 2, :] = 1.0
        rm = cv2.getRotationMatrix2D((k / 2 - 0.5, k / 2 - 0.5), shot.shake_angle, 1.0)
        kernel = cv2.warpAffine(kernel, rm, (k, k))
        kernel /= max(1e-6, float(kernel.sum()))
        img = cv2.filter2D(img, -1, kernel)
    img = cv2.GaussianBlur(img, (0, 0), shot.soft)
    img += gen.normal(0, shot.noise, (H, W))[..., None].astype(np.float32)
    img += gen.normal(0, shot.noise * 0.4, (H, W, 3)).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if shot.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-shot.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=shot.quality, dpi=(shot.dpi, shot.dpi))
    return buf.getvalue()
