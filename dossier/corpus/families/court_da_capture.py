"""How court_da's dossiers were captured: the undertaker photographed every sheet with his phone in the back of the
bureau's car, on the 织里–吴兴 road between a field visit and the court (the 电子卷宗 had to be uploaded the same day).
The sheet lies on his knee or is held up in one hand, so:
- the car's vibration smears the page: a motion blur in one direction (mostly the car's bounce, near vertical, or its
  sway, near horizontal), a few px to a dozen;
- the phone's rolling shutter reads the sensor row by row while the hand shakes: the page comes out sheared (straight
  vertical strokes lean) and the rows wobble left and right in a slow wave;
- the sheet is not square to the lens: a little rotation and keystone, with the car's dark seat or floor mat round it,
  and on some sheets the thumb holding it pokes in over an edge;
- light through the side window falls across the page as a bright slanting band, or the door pillar's shadow as a dark
  one, over the cabin's warm dimness;
- then the phone's own pipeline: sensor noise, colour JPEG at quality 60–85, about 150–220 dpi on the page.
No text layer: the photo is all there is."""

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
class CarShot:
    dpi: int
    rotation: int
    photo: bool
    skew: float              # degrees the page turns in the frame
    keystone: float          # 0–0.05: the far edge narrower than the near one
    blur_len: int            # motion-blur length in px (at the output scale)
    blur_angle: float        # its direction in degrees (0 = horizontal)
    shear: float             # rolling-shutter shear: x shift per row, as a fraction of the row index
    wobble: float            # rolling-shutter wobble amplitude in px
    period: float            # wobble period in rows
    light: str               # "window" (bright band) | "pillar" (dark band) | "even"
    band_pos: float          # where the band crosses the page, 0–1
    band_angle: float        # its slant, degrees
    warmth: float            # cabin light's yellow cast, 0–1
    thumb: str               # "" | "left" | "right" | "bottom"
    margin: float            # seat/floor border round the page, fraction of the page
    quality: int


def plan_capture(rng: random.Random, sheet: Sheet) -> CarShot:
    bounce = rng.random() < 0.65
    return CarShot(
        dpi=rng.choice([150, 170, 180, 200, 220]), rotation=0, photo=True, skew=rng.uniform(-4.0, 4.0),
        keystone=rng.uniform(0.0, 0.05), blur_len=rng.randint(3, 12),
        blur_angle=(90 if bounce else 0) + rng.uniform(-18, 18), shear=rng.choice([-1, 1]) * rng.uniform(0.008, 0.035),
        wobble=rng.uniform(1.0, 5.0), period=rng.uniform(180, 520),
        light=rng.choices(["window", "pillar", "even"], [0.45, 0.35, 0.2])[0], band_pos=rng.uniform(0.2, 0.8),
        band_angle=rng.uniform(-35, 35), warmth=rng.uniform(0.2, 0.8),
        thumb=rng.choices(["", "left", "right", "bottom"], [0.5, 0.2, 0.2, 0.1])[0], margin=rng.uniform(0.03, 0.08),
        quality=rng.randint(60, 85))


def motion_kernel(length: int, angle: float) -> Any:
    """A line kernel of `length` px in direction `angle` degrees, normalised."""
    n = max(1, length)
    k = np.zeros((n + 2, n + 2), dtype=np.float32)
    c = (n + 1) / 2
    dx, dy = math.cos(math.radians(angle)), -math.sin(math.radians(angle))
    for t in np.linspace(-(n - 1) / 2, (n - 1) / 2, n * 3):
        k[round(c + t * dy), round(c + t * dx)] = 1.0
    return k / k.sum()


def capture(sheet: Sheet, cap: CarShot, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = a.shape[:2]
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(w0 * scale), round(h0 * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    # light over the page: the cabin's warm dimness, a window band or a pillar's shadow
    yy = np.arange(h, dtype=np.float32)[:, None]
    xx = np.arange(w, dtype=np.float32)[None, :]
    light = np.full((h, w), 0.86, dtype=np.float32) + 0.06 * (1 - yy / h)
    if cap.light != "even":
        t = math.radians(cap.band_angle)
        d = (xx / w - cap.band_pos) * math.cos(t) + (yy / h - 0.5) * math.sin(t)
        band = np.exp(-((d / 0.12) ** 4)).astype(np.float32)
        light = light + (0.16 if cap.light == "window" else -0.34) * band
    tint = np.array([1.0, 0.96 - 0.05 * cap.warmth, 0.88 - 0.12 * cap.warmth], dtype=np.float32)
    img = a * light[..., None] * tint
    # the car's vibration: motion blur in one direction
    img = cv2.filter2D(img, -1, motion_kernel(cap.blur_len, cap.blur_angle), borderType=cv2.BORDER_REPLICATE)
    # the page in the frame: turned, keystoned, on the dark seat
    mh, mw = int(h * cap.margin), int(w * cap.margin)
    H, W = h + 2 * mh, w + 2 * mw
    seat = np.array([rng.uniform(38, 62), rng.uniform(36, 56), rng.uniform(34, 52)], dtype=np.float32)
    tex = cv2.GaussianBlur(gen.normal(0, 1, (H // 6 + 1, W // 6 + 1)).astype(np.float32), (0, 0), 1.2)
    canvas = seat * (1 + 0.12 * cv2.resize(tex, (W, H)))[..., None]
    canvas = canvas * (0.7 + 0.3 * np.arange(H, dtype=np.float32) / H)[:, None, None]
    k = cap.keystone * w / 2
    src: Any = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    corners = [(k, 0.0), (w - k, 0.0), (float(w), float(h)), (0.0, float(h))]
    cx, cy = w / 2, h / 2
    rot = math.radians(cap.skew)
    dst: Any = np.array([[mw + cx + (x - cx) * math.cos(rot) - (y - cy) * math.sin(rot),
                       mh + cy + (x - cx) * math.sin(rot) + (y - cy) * math.cos(rot)] for x, y in corners],
                        dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(img, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    out = page + canvas * (1 - mask[..., None])
    if cap.thumb:
        out = _thumb(out, cap.thumb, (mw, mh), rng, float(light.mean()))
    # rolling shutter: rows read top to bottom while the phone moves — shear plus a slow wobble
    rows = np.arange(H, dtype=np.float32)
    phase = rng.uniform(0, 2 * math.pi)
    shift = cap.shear * (rows - H / 2) + cap.wobble * np.sin(2 * math.pi * rows / cap.period + phase)
    mapx = (np.arange(W, dtype=np.float32)[None, :] + shift[:, None]).astype(np.float32)
    mapy = np.repeat(rows[:, None], W, axis=1).astype(np.float32)
    out = cv2.remap(out.astype(np.float32), mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    out = out + 4.0 * gen.standard_normal(out.shape, dtype=np.float32)
    buf = io.BytesIO()
    Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).save(buf, format="JPEG", quality=cap.quality,
                                                                dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _thumb(out: Any, side: str, margin: tuple[int, int], rng: random.Random, lit: float) -> Any:
    """The thumb holding the sheet: a long rounded shape reaching in over the edge, its soft shadow beside it, a
    paler nail near the tip."""
    H, W = out.shape[:2]
    mw, mh = margin
    length, width = int(W * rng.uniform(0.11, 0.15)), int(W * rng.uniform(0.045, 0.06))
    if side == "left":
        base, ang = (0, rng.randint(H // 3, 5 * H // 6)), rng.uniform(-25, 10)
    elif side == "right":
        base, ang = (W, rng.randint(H // 3, 5 * H // 6)), 180 + rng.uniform(-10, 25)
    else:
        base, ang = (rng.randint(W // 4, 3 * W // 4), H), -90 + rng.uniform(-20, 20)
    reach = mw + length * 0.45 if side != "bottom" else mh + length * 0.45
    dx, dy = math.cos(math.radians(ang)), math.sin(math.radians(ang))
    cx, cy = base[0] + dx * reach, base[1] + dy * reach
    shadow = np.zeros((H, W), np.float32)
    cv2.ellipse(shadow, (int(cx + 14), int(cy + 18)), (length, width), ang, 0, 360, 1.0, -1)
    shadow = cv2.GaussianBlur(shadow, (0, 0), 18)
    out = out * (1 - 0.35 * shadow[..., None])
    tm = np.zeros((H, W), np.float32)
    cv2.ellipse(tm, (int(cx), int(cy)), (length, width), ang, 0, 360, 1.0, -1)
    tm = cv2.GaussianBlur(tm, (0, 0), 4)
    skin = np.array([200, 150, 124], dtype=np.float32) * (0.7 + 0.2 * lit)
    shade = np.zeros((H, W), np.float32)
    cv2.ellipse(shade, (int(cx - dy * width * 0.5), int(cy + dx * width * 0.5)), (length, width // 2), ang, 0, 360, 1.0, -1)
    shade = cv2.GaussianBlur(shade, (0, 0), 10)
    thumb = skin[None, None, :] * (1 - 0.18 * shade[..., None])
    nail = np.zeros((H, W), np.float32)
    tip = (int(cx + dx * length * 0.62), int(cy + dy * length * 0.62))
    cv2.ellipse(nail, tip, (int(length * 0.22), int(width * 0.55)), ang, 0, 360, 1.0, -1)
    nail = cv2.GaussianBlur(nail, (0, 0), 3) * tm
    thumb = thumb * (1 - nail[..., None]) + np.array([222, 190, 176], dtype=np.float32) * (0.75 + 0.2 * lit) * nail[..., None]
    return out * (1 - tm[..., None]) + thumb * tm[..., None]
