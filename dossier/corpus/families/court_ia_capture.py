"""How court_ia's pages reached the file. Two routes (IaSheet.route):

- "screen": the parties did not bring paper. They showed their papers at the window on a screen — the lawyer's Word
  files on the office monitor, the ID cards, the e-receipt, the 村委会's letter and the bank app on a phone — and the
  clerk photographed the screen with the window's phone, printed each photo on an A4 sheet (white margins round the
  photo, the office printer in grey or colour) and filed the print. So the print shows a photo of a screen: the page in
  the viewer's surround, the monitor's or phone's black bezel and the desk around it, in perspective (keystone, a phone
  lying crooked); the screen's pixel grid (dark matrix lines between the pixels, the sub-pixels tinting them), beating
  against the camera's sensor into moiré fringes (curved, coloured); horizontal refresh bands of the panel rolling down
  the screen (the rolling shutter caught the backlight's flicker); a soft bright glare of the ceiling lamp on the glass;
  the panel's white point (cool or warm); a little camera blur and noise. The print was then scanned with the volume.
- "laser": the bureau's own papers and the originals other bodies sent (judgments, the 公证处's papers): clean laser
  prints scanned at 200–300 dpi, grey or colour, nearly square, a faint paper tone.

Now and then a sheet went into the scanner turned: 90, 180 or 270 degrees."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

BEZEL = 16.0
"""the grey level of a screen's black bezel"""
GRID = 2
"""camera-side pixels per screen pixel before the warp: the pixel grid's period"""


@dataclass
class IaCapture:
    dpi: int
    rotation: int
    photo: bool
    route: str                      # screen | laser
    device: str = ""                # monitor | phone
    quality: int = 85
    skew: float = 0.0               # the print (or page) on the scanner glass, degrees
    colour: bool = True             # scanned (screen: printed) in colour or grey
    margin_mm: float = 10.0         # white margin of the printed photo
    quad: list[float] = field(default_factory=list)  # the screen's corners in the photo, fractions (x0 y0 x1 y1 x2 y2 x3 y3)
    screen_h: int = 1200            # the screen's visible height in screen pixels
    viewer: float = 70.0            # grey of the viewer's surround round the page
    grid_dark: float = 0.55         # how dark the matrix between pixels is (1 = none)
    band_period: float = 140.0      # refresh bands, in screen rows
    band_depth: float = 0.08
    band_phase: float = 0.0
    moire_period: float = 24.0      # in photo pixels
    moire_angle: float = 20.0       # degrees
    moire_depth: float = 0.10
    moire_bend: float = 0.0         # curvature of the fringes
    glare: tuple[float, float, float, float] = (0.7, 0.2, 0.18, 0.0)  # x, y (fractions), radius (fraction), strength
    white: tuple[float, float, float] = (0.95, 0.98, 1.0)
    desk: tuple[int, int, int] = (150, 112, 76)
    blur: float = 0.7
    noise: float = 3.0


def plan_capture(rng: random.Random, sheet: Sheet) -> IaCapture:
    route = str(getattr(sheet, "route", "laser"))
    rotation = rng.choices([0, 90, 180, 270], weights=[92, 3, 3, 2])[0]
    if route != "screen":
        return IaCapture(dpi=rng.choice([200, 240, 300, 300]), rotation=rotation, photo=False, route="laser",
                         quality=rng.randint(78, 92), skew=rng.uniform(-0.5, 0.5), colour=rng.random() < 0.55,
                         noise=rng.uniform(1.0, 2.5), blur=rng.uniform(0.0, 0.5))
    device = str(getattr(sheet, "device", "") or rng.choice(["monitor", "phone"]))
    phone = device == "phone"
    if phone:  # a phone lying on the desk, a little crooked
        w, h = rng.uniform(0.42, 0.55), rng.uniform(0.70, 0.84)
    else:      # the monitor framed round the page, the bezel at the edges
        w, h = rng.uniform(0.80, 0.92), rng.uniform(0.82, 0.92)
    cx, cy = 0.5 + rng.uniform(-0.04, 0.04), 0.5 + rng.uniform(-0.03, 0.03)
    turn = math.radians(rng.uniform(-5, 5) if phone else rng.uniform(-1.5, 1.5))
    corners = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    keystone = rng.uniform(-0.05, 0.05)      # the phone held a little above or below the screen's axis
    side = rng.uniform(-0.04, 0.04)          # ... or to one side
    quad: list[float] = []
    for k, (x, y) in enumerate(corners):
        x *= 1 + (keystone if k < 2 else -keystone)
        y *= 1 + (side if k in (1, 2) else -side)
        x *= 0.7  # the photo's aspect (A4 less the margins): turn in true proportions
        quad += [cx + (x * math.cos(turn) - y * math.sin(turn)) / 0.7 + rng.uniform(-0.01, 0.01),
                 cy + x * math.sin(turn) + y * math.cos(turn) + rng.uniform(-0.01, 0.01)]
    return IaCapture(
        dpi=rng.choice([200, 240, 300]), rotation=rotation, photo=True, route="screen", device=device,
        quality=rng.randint(70, 88), skew=rng.uniform(-1.0, 1.0), colour=rng.random() < 0.5,
        margin_mm=rng.uniform(7, 16), quad=quad, screen_h=rng.randint(1050, 1350) if not phone else rng.randint(1100, 1250),
        viewer=rng.choice([58.0, 72.0, 226.0]) if not phone else rng.choice([12.0, 242.0]),
        grid_dark=rng.uniform(0.45, 0.7) if not phone else rng.uniform(0.75, 0.9),
        band_period=rng.uniform(90, 220), band_depth=rng.uniform(0.06, 0.14), band_phase=rng.uniform(0, 2 * math.pi),
        moire_period=rng.uniform(14, 40), moire_angle=rng.uniform(-60, 60), moire_depth=rng.uniform(0.06, 0.16),
        moire_bend=rng.uniform(-1.0, 1.0),
        glare=(rng.uniform(0.2, 0.8), rng.uniform(0.1, 0.6), rng.uniform(0.10, 0.25),
               rng.uniform(40, 110) if rng.random() < 0.7 else 0.0),
        white=rng.choice([(0.90, 0.96, 1.0), (1.0, 0.97, 0.88), (0.97, 0.98, 1.0)]),
        desk=rng.choice([(150, 112, 76), (118, 116, 110), (196, 190, 178), (72, 60, 52)]),
        blur=rng.uniform(0.5, 1.1), noise=rng.uniform(2.5, 5.0))


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def _matrix(big: Any, dark: float) -> Any:
    """The panel's pixel matrix: dark lines between the pixels, the sub-pixels tinting alternate columns."""
    big[GRID - 1::GRID] *= dark
    big[:, GRID - 1::GRID] *= dark
    big[:, 0::GRID] *= np.array([1.0, 0.93, 0.84], np.float32)
    return big


def _screen_image(page: Any, cap: IaCapture) -> Any:
    """The page as the screen showed it, in screen pixels blown up GRID times: the viewer's surround, the page fitted,
    the refresh bands, then the pixel matrix and sub-pixel tint, and the bezel round it."""
    phone = cap.device == "phone"
    sh = cap.screen_h
    sw = int(sh * (0.46 if phone else 0.8))
    scr = np.full((sh, sw, 3), cap.viewer, np.float32)
    bar = int(sh * (0.035 if phone else 0.03))
    scr[:bar] = 30.0 if cap.viewer > 128 or not phone else 0.0
    ph, pw = page.shape[:2]
    if phone:
        w = int(sw * 0.98)
        h = int(w * ph / pw)
    else:
        h = int((sh - bar) * 0.96)
        w = int(h * pw / ph)
    small = cv2.resize(page, (w, h), interpolation=cv2.INTER_AREA)
    y0 = bar + max(0, (sh - bar - h) // 2)
    x0 = (sw - w) // 2
    scr[y0:y0 + h, x0:x0 + w] = small[: sh - y0]
    scr *= np.array(cap.white, np.float32)
    rows = np.arange(sh, dtype=np.float32)
    scr *= (1 - cap.band_depth * (0.5 + 0.5 * np.sin(2 * math.pi * rows / cap.band_period + cap.band_phase)))[:, None, None]
    big = _matrix(cv2.resize(scr, (sw * GRID, sh * GRID), interpolation=cv2.INTER_NEAREST), cap.grid_dark)
    big *= 0.96 / float(_matrix(np.ones((GRID * 2, GRID * 2, 3), np.float32), cap.grid_dark).mean())  # the exposure
    b = int(big.shape[1] * (0.035 if phone else 0.045))
    out = np.full((big.shape[0] + 2 * b + (0 if phone else b), big.shape[1] + 2 * b, 3), BEZEL, np.float32)
    out[b:b + big.shape[0], b:b + big.shape[1]] = big
    return out


def _desk(h: int, w: int, cap: IaCapture, gen: Any) -> Any:
    """The desk round the screen (wood grain on the brown one), lit from the upper left; drawn at a quarter size."""
    qh, qw = max(8, h // 4), max(8, w // 4)
    base = np.array(cap.desk, np.float32)
    yy, xx = np.mgrid[0:qh, 0:qw].astype(np.float32)
    grain = 10 * np.sin(xx / qw * 60 + 4 * np.sin(yy / qh * 7)) * float(cap.desk == (150, 112, 76))
    light = 1.0 - 0.25 * ((xx / qw - 0.3) ** 2 + (yy / qh - 0.2) ** 2)
    small = (base[None, None, :] + grain[..., None]) * light[..., None]
    small += gen.normal(0, 3, (qh, qw)).astype(np.float32)[..., None]
    return cv2.resize(small.astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)


def _photo(sheet: Sheet, cap: IaCapture, size: tuple[int, int], gen: Any) -> Any:
    """The phone's photo of the screen, `size` = (w, h) pixels."""
    pw, ph = size
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    scr = _screen_image(page, cap)
    img = _desk(ph, pw, cap, gen)
    sh_, sw_ = scr.shape[:2]
    src = np.array([[0, 0], [sw_, 0], [sw_, sh_], [0, sh_]], np.float32)
    dst = np.array([[cap.quad[2 * k] * pw, cap.quad[2 * k + 1] * ph] for k in range(4)], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(scr, m, (pw, ph), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((sh_, sw_), np.float32), m, (pw, ph), flags=cv2.INTER_LINEAR)[..., None]
    img = img * (1 - mask) + warped * mask
    # the sensor beating against the pixel matrix: curved, slightly coloured fringes on the glass (drawn at half size)
    hh, hw = (ph + 1) // 2, (pw + 1) // 2
    yy, xx = np.mgrid[0:hh, 0:hw].astype(np.float32) * 2
    t = math.radians(cap.moire_angle)
    u = xx * math.cos(t) + yy * math.sin(t) + cap.moire_bend * ((xx - pw / 2) ** 2 + (yy - ph / 2) ** 2) / max(pw, ph) * 0.05
    fringe = np.stack([np.cos(2 * math.pi * u / cap.moire_period + k * 0.7) for k in range(3)], axis=-1)
    shade = 1 - cap.moire_depth * (0.5 + 0.5 * fringe)
    gx, gy, gr, gs = cap.glare
    lamp: Any = np.zeros((hh, hw), np.float32)
    if gs > 0:
        d2 = ((xx - gx * pw) / (gr * pw)) ** 2 + ((yy - gy * ph) / (gr * ph * 0.7)) ** 2
        lamp = (gs * np.exp(-d2)).astype(np.float32)
    shade_full: Any = cv2.resize(shade.astype(np.float32), (pw, ph), interpolation=cv2.INTER_LINEAR)
    lamp_full: Any = cv2.resize(lamp, (pw, ph), interpolation=cv2.INTER_LINEAR)
    img = img * (1 - mask * (1 - shade_full)) + (lamp_full * mask[..., 0])[..., None]
    if cap.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    img += gen.normal(0, cap.noise, (ph, pw)).astype(np.float32)[..., None]
    return np.clip(img, 0, 255)


def _to_jpeg(img: Any, cap: IaCapture) -> bytes:
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    out = np.clip(img, 0, 255).astype(np.uint8)
    pil = Image.fromarray(out, "RGB") if out.ndim == 3 else Image.fromarray(out, "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def capture(sheet: Sheet, cap: IaCapture, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    w, h = round(sheet.width * cap.dpi / DPI), round(sheet.height * cap.dpi / DPI)
    if cap.route == "screen":
        paper: Any = np.full((h, w, 3), 252.0, np.float32)
        m = _px(cap.margin_mm, cap.dpi)
        photo = _photo(sheet, cap, (w - 2 * m, h - 2 * m), gen)
        if not cap.colour:  # the office printer in grey: black lifted, the photo's range squeezed
            photo = np.repeat((photo @ np.array([0.299, 0.587, 0.114], np.float32))[..., None], 3, axis=2)
        paper[m:h - m, m:w - m] = 14 + photo * 0.92
        img = paper
    else:
        rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
        img = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != rgb.shape[1::-1] else rgb.copy()
        img = img * 0.985 + 2
        if cap.blur > 0:
            img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    if abs(cap.skew) > 0.01:
        mat = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, mat, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(246, 246, 246))
    img = img + gen.normal(0, 1.5 if cap.route == "screen" else cap.noise, (h, w)).astype(np.float32)[..., None]
    if not cap.colour:
        img = img @ np.array([0.299, 0.587, 0.114], np.float32)
    return _to_jpeg(img, cap)
