"""How court_do's dossiers were captured. The undertaker assembling the e-dossier had the court's own papers only as
documents on the case system's monitor and photographed them off the screen with a phone: the page sits in the
viewer's grey surround inside the monitor's black bezel, the screen's pixel grid beats with the phone's sensor into
moiré bands, the red and blue channels fringe apart toward the edges, the shot is keystoned and slightly
barrel-distorted, the panel's brightness falls off toward the corners, and sometimes the room's window or lamp is
mirrored on the glass as a soft bright blotch. Papers received from elsewhere were photographed flat on a desk under a
fluorescent tube: light uneven from one end, the desk showing at the edges, on some shots the hard shadow of the phone
across part of the page, a few shots stored turned by 90°. The page occupies 1500–2600 px of its long side."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet

A4_LONG_IN = 297 / 25.4


@dataclass
class PhoneShot:
    dpi: int                     # the page's effective resolution in the photo
    rotation: int                # as stored: 0, 90 or 270
    photo: bool
    screen: bool                 # photographed off the monitor (the court's own papers)
    page_long: int               # px of the page's long side in the photo
    corners: tuple[float, ...]   # keystone: 8 fractional offsets (x, y) of the four page corners
    barrel: float                # radial distortion k1 (screen shots), 0 on the desk
    moire_period: float          # px of the screen grid as the sensor sees it
    moire_angle: float           # degrees
    moire_depth: float           # 0–1 amplitude of the grid's beat
    fringe: float                # px the red and blue channels part at the far edge
    falloff: float               # brightness lost in the corners, 0–1
    glare: tuple[float, float, float, float]  # x, y (fractions), radius (fraction), strength (0 = none)
    light_slope: float           # desk: brightness lost from the lit end to the far end
    light_dir: float             # desk: direction of the tube's light, degrees
    shadow: tuple[float, float, float, float]  # desk: the phone's shadow (centre x, y fractions, angle, depth); depth 0 = none
    quality: int
    noise: float


def _origin(sheet: Sheet) -> str:
    return str(getattr(sheet, "origin", "desk"))


def plan_capture(rng: random.Random, sheet: Sheet) -> PhoneShot:
    screen = _origin(sheet) == "screen"
    long_px = rng.randint(1500, 2600)
    k = 0.035 if screen else 0.05
    corners = tuple(rng.uniform(0, k) for _ in range(8))
    rotation = 0 if screen else rng.choices([0, 90, 270], weights=[82, 10, 8])[0]
    glare = ((rng.uniform(0.2, 0.8), rng.uniform(0.15, 0.85), rng.uniform(0.12, 0.3), rng.uniform(0.18, 0.35))
             if screen and rng.random() < 0.4 else (0.5, 0.5, 0.2, 0.0))
    shadow = ((rng.uniform(0.65, 0.95), rng.uniform(0.75, 1.05), rng.uniform(-30, 30), rng.uniform(0.25, 0.4))
              if not screen and rng.random() < 0.35 else (0.0, 0.0, 0.0, 0.0))
    return PhoneShot(dpi=round(long_px / A4_LONG_IN), rotation=rotation, photo=True, screen=screen, page_long=long_px,
                     corners=corners, barrel=rng.uniform(0.02, 0.06) if screen else 0.0,
                     moire_period=rng.uniform(2.6, 4.2), moire_angle=rng.uniform(-12, 12),
                     moire_depth=rng.uniform(0.06, 0.14) if screen else 0.0,
                     fringe=rng.uniform(0.8, 2.2) if screen else 0.0, falloff=rng.uniform(0.18, 0.32) if screen else 0.1,
                     glare=glare, light_slope=0.0 if screen else rng.uniform(0.12, 0.28),
                     light_dir=rng.uniform(0, 360), shadow=shadow, quality=rng.randint(70, 88),
                     noise=rng.uniform(2.5, 5.0))


def capture(sheet: Sheet, plan: PhoneShot, rng: random.Random) -> bytes:
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    h0, w0 = page.shape[:2]
    scale = plan.page_long / max(h0, w0)
    page = cv2.resize(page, (round(w0 * scale), round(h0 * scale)), interpolation=cv2.INTER_AREA)
    out = _screen(page, plan, rng) if plan.screen else _desk(page, plan, rng)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    f: Any = out.astype(np.float32) + gen.normal(0, plan.noise, out.shape[:2])[..., None]
    out = np.clip(f, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), 0.6)
    if plan.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-plan.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()


def _warp_into(page: Any, plan: PhoneShot, W: int, H: int, box: tuple[float, float, float, float]) -> tuple[Any, Any]:
    """The page projected into the canvas (W, H) inside `box` (x0, y0, x1, y1), its corners moved by the keystone."""
    h, w = page.shape[:2]
    x0, y0, x1, y1 = box
    bw, bh = x1 - x0, y1 - y0
    c = plan.corners
    dst = np.array([[x0 + c[0] * bw, y0 + c[1] * bh], [x1 - c[2] * bw, y0 + c[3] * bh],
                    [x1 - c[4] * bw, y1 - c[5] * bh], [x0 + c[6] * bw, y1 - c[7] * bh]], dtype=np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    img: Any = cv2.warpPerspective(page, m, (W, H), flags=cv2.INTER_LINEAR)
    mask: Any = cv2.warpPerspective(np.full((h, w), 255, np.uint8), m, (W, H), flags=cv2.INTER_LINEAR)
    return img, mask.astype(np.float32)[..., None] / 255.0


def _screen(page: Any, plan: PhoneShot, rng: random.Random) -> Any:
    h, w = page.shape[:2]
    # the viewer: the page on a grey surround, the monitor's bezel round that
    vh, vw = int(h * 1.06), int(w * 1.22)
    viewer: Any = np.zeros((vh, vw, 3), np.float32)
    viewer[:] = (92, 94, 98)
    oy, ox = (vh - h) // 2, (vw - w) // 2
    lit = page.astype(np.float32)
    lit = 38 + lit * (228 - 38) / 255.0  # a panel's black is never black, its white a little blue
    lit *= np.array([0.97, 0.99, 1.03], np.float32)
    viewer[oy:oy + h, ox:ox + w] = lit
    viewer[: int(vh * 0.018)] = (58, 60, 66)  # the viewer's toolbar
    H, W = int(vh * 1.08), int(vw * 1.08)
    shot, mask = _warp_into(np.clip(viewer, 0, 255).astype(np.uint8), plan, W, H,
                            (W * 0.04, H * 0.04, W * 0.96, H * 0.96))
    bezel: Any = np.full((H, W, 3), 18, np.float32)
    f: Any = shot.astype(np.float32) * mask + bezel * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    nx, ny = (xx - W / 2) / (W / 2), (yy - H / 2) / (H / 2)
    r2 = nx ** 2 + ny ** 2
    # the screen grid beating with the sensor: moiré, strongest where the panel is bright
    a = math.radians(plan.moire_angle)
    u = xx * math.cos(a) + yy * math.sin(a)
    v = -xx * math.sin(a) + yy * math.cos(a)
    grid = 0.5 + 0.25 * (np.cos(2 * np.pi * u / plan.moire_period) + np.cos(2 * np.pi * v / (plan.moire_period * 1.07)))
    beat = 0.5 + 0.5 * np.cos(2 * np.pi * (u * 0.013 + v * 0.009))
    f *= (1 - plan.moire_depth * grid * (0.5 + 0.5 * beat))[..., None] * mask + (1 - mask)
    f *= (1 - plan.falloff * np.clip(r2 / 2, 0, 1))[..., None]
    gx, gy, gr, gs = plan.glare
    if gs:
        d2 = ((xx / W - gx) ** 2 + (yy / H - gy) ** 2 * 1.6) / (gr ** 2)
        f += (255 * gs * np.exp(-d2))[..., None] * np.array([1.0, 0.98, 0.92], np.float32)
    f = np.clip(f, 0, 255)
    # lens: barrel distortion, then the red and blue channels parting toward the edges
    k1 = plan.barrel
    mx = (W / 2 + nx * (1 + k1 * r2) * W / 2).astype(np.float32)
    my = (H / 2 + ny * (1 + k1 * r2) * H / 2).astype(np.float32)
    out: Any = np.empty_like(f)
    for ch, shift in ((0, plan.fringe), (1, 0.0), (2, -plan.fringe)):
        sx = (mx + nx * shift).astype(np.float32)
        sy = (my + ny * shift).astype(np.float32)
        out[..., ch] = cv2.remap(f[..., ch], sx, sy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=10)
    return np.clip(out, 0, 255).astype(np.uint8)


def _desk(page: Any, plan: PhoneShot, rng: random.Random) -> Any:
    h, w = page.shape[:2]
    H, W = int(h * 1.1), int(w * 1.14)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    tone = rng.choice([(150, 118, 86), (176, 170, 160), (120, 96, 72), (196, 190, 178)])
    desk: Any = np.zeros((H, W, 3), np.float32) + np.array(tone, np.float32)
    grain = cv2.GaussianBlur(gen.normal(0, 14, (H, W)).astype(np.float32), (0, 0), sigmaX=9, sigmaY=1.5)
    desk += grain[..., None]
    paper = page.astype(np.float32) * np.array([1.0, 0.995, 0.975], np.float32)
    sheet, mask = _warp_into(np.clip(paper, 0, 255).astype(np.uint8), plan, W, H,
                             (W * 0.05, H * 0.04, W * 0.95, H * 0.96))
    f: Any = sheet.astype(np.float32) * mask + desk * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    a = math.radians(plan.light_dir)
    ramp = ((xx / W - 0.5) * math.cos(a) + (yy / H - 0.5) * math.sin(a)) + 0.5
    f *= (1 - plan.light_slope * np.clip(ramp, 0, 1))[..., None]
    f *= np.array([0.97, 1.0, 0.96], np.float32)  # the tube's greenish cast
    sx, sy, ang, depth = plan.shadow
    if depth:
        t = math.radians(ang)
        # the phone's body held above the page: a hard-edged, round-cornered oblong coming in from an edge
        u = (xx / W - sx) * math.cos(t) + (yy / H - sy) * math.sin(t)
        v = (yy / H - sy) * math.cos(t) - (xx / W - sx) * math.sin(t)
        inside = ((np.abs(u) < 0.17) & (np.abs(v) < 0.3)).astype(np.float32)
        inside = cv2.GaussianBlur(inside, (0, 0), 4)
        f *= (1 - depth * inside)[..., None]
    return np.clip(f, 0, 255).astype(np.uint8)
