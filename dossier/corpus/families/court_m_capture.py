"""How court_m's pages reached the 电子卷宗. Three ways:

- camera: the court's printouts and the paper handed in lay on the 高拍仪's dark base pad under a fixed overhead
  camera (2–5 MP): the pad shows round the sheet, a little barrel distortion, a warm or cool cast, soft light from
  one side, skew up to ±1.5°, an auto-crop that now and then cuts a few millimetres off one margin, JPEG q72–90.
  A landscape printout lay sideways (90°/270°); now and then a sheet went in upside down (180°).
- phone: the party's phone photo uploaded through 移动微法院 / 律师服务平台: the sheet in perspective on a desk or a
  bed cover, light falling off across it, the phone's shadow, sometimes a finger holding the edge; 1.6–2.6k px on the
  long side, JPEG q60–85; sometimes taken sideways and stored turned (90°/270°).
- digital: a screenshot placed on an A4 page and exported as it is (150 or 200 dpi, JPEG q80–92); about a third of
  them were printed in black and white and went under the 高拍仪 like any paper.
Every page stays legible."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import Sheet

A4_LONG_IN = 297 / 25.4


@dataclass
class MCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    kind: str                     # camera | phone | digital
    skew: float = 0.0
    long_px: int = 0              # the camera's or phone's long side
    barrel: float = 0.0
    cast: tuple[float, float, float] = (1.0, 1.0, 1.0)
    cut: str = ""                 # camera: the margin the auto-crop cut into (left/right/top/bottom)
    ground: str = ""              # phone: desk | bed
    finger: bool = False
    shadow: bool = False
    grey: bool = False            # a screenshot printed in black and white before the 高拍仪


def plan_capture(rng: random.Random, sheet: Sheet) -> MCapture:
    kind = getattr(sheet, "kind", "print")
    if kind == "screen" and rng.random() < 0.65:
        return MCapture(dpi=rng.choice([150, 200]), rotation=0, photo=False, quality=rng.randint(80, 92), kind="digital")
    if kind == "photo":
        long_px = rng.randint(1600, 2600)
        rotation = rng.choices([0, 90, 270], weights=[90, 5, 5])[0]
        return MCapture(dpi=round(long_px * 0.8 / A4_LONG_IN), rotation=rotation, photo=True, quality=rng.randint(60, 85),
                        kind="phone", skew=rng.uniform(-6, 6), long_px=long_px, ground=rng.choice(["desk", "desk", "bed"]),
                        finger=rng.random() < 0.25, shadow=rng.random() < 0.45,
                        cast=(rng.uniform(0.96, 1.04), rng.uniform(0.95, 1.0), rng.uniform(0.86, 0.98)))
    long_px = rng.choice([1600, 1944, 2048, 2448, 2592])
    landscape = bool(getattr(sheet, "landscape", False))
    rotation = rng.choice([90, 270]) if landscape else rng.choices([0, 180], weights=[96, 4])[0]
    warm = rng.random() < 0.5
    cast = (rng.uniform(1.0, 1.05), rng.uniform(0.96, 1.0), rng.uniform(0.84, 0.92)) if warm else \
        (rng.uniform(0.9, 0.96), rng.uniform(0.97, 1.0), rng.uniform(1.0, 1.05))
    return MCapture(dpi=round(long_px * 0.9 / A4_LONG_IN), rotation=rotation, photo=False, quality=rng.randint(72, 90),
                    kind="camera", skew=rng.uniform(-1.5, 1.5), long_px=long_px, barrel=rng.uniform(0.015, 0.045),
                    cast=cast, cut=rng.choices(["", "left", "right", "top", "bottom"], weights=[80, 5, 5, 5, 5])[0],
                    grey=kind == "screen")


def capture(sheet: Sheet, cap: MCapture, rng: random.Random) -> bytes:
    """The page as the 电子卷宗 stored it, JPEG-encoded."""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.kind == "digital":
        scale = cap.dpi / 200
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    else:
        if cap.rotation:  # the page lay turned on the pad or the phone was held sideways
            a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
        a = _camera(a, cap, rng, noise) if cap.kind == "camera" else _phone(a, cap, rng, noise)
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _fit(a: Any, long_px: float) -> Any:
    h, w = a.shape[:2]
    scale = long_px / max(h, w)
    return cv2.resize(a, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)


def _camera(a: Any, cap: MCapture, rng: random.Random, noise: Any) -> Any:
    """The sheet on the dark pad, seen from above: cast, side light, barrel distortion, auto-crop."""
    if cap.grey:
        a = np.repeat(cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)[..., None], 3, axis=2)
    page = _fit(a, cap.long_px * 0.9).astype(np.float32)
    h, w = page.shape[:2]
    pad = round(max(h, w) * 0.05)
    base = rng.uniform(28, 62)
    canvas: Any = np.empty((h + 2 * pad, w + 2 * pad, 3), np.float32)
    canvas[:] = (base, base * rng.uniform(0.98, 1.03), base * rng.uniform(0.98, 1.06))
    canvas += noise.normal(0, 2.5, canvas.shape[:2])[..., None]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m[:, 2] += pad
    mask: Any = cv2.warpAffine(np.ones((h, w), np.float32), m, (canvas.shape[1], canvas.shape[0]))[..., None]
    warped: Any = cv2.warpAffine(page, m, (canvas.shape[1], canvas.shape[0]))
    out: Any = warped * mask + canvas * (1 - mask)
    ch, cw = out.shape[:2]
    ys, xs = np.mgrid[0:ch, 0:cw].astype(np.float32)
    nx, ny = (xs - cw / 2) / (cw / 2), (ys - ch / 2) / (ch / 2)
    r2 = nx * nx + ny * ny
    factor = 1 + cap.barrel * r2                       # barrel: the middle bulges, the corners are pulled in
    src_x = (nx * factor) * (cw / 2) + cw / 2
    src_y = (ny * factor) * (ch / 2) + ch / 2
    out = cv2.remap(out, src_x, src_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    side = rng.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
    ramp = (nx * side[0] + ny * side[1] + 1) / 2
    light = 1.0 - rng.uniform(0.05, 0.14) * ramp - rng.uniform(0.0, 0.06) * r2
    out *= light[..., None] * np.array(cap.cast, np.float32)
    out += noise.normal(0, rng.uniform(1.5, 3.5), out.shape[:2])[..., None]
    keep = round(pad * rng.uniform(0.35, 0.8))
    top, bottom, left, right = pad - keep, ch - pad + keep, pad - keep, cw - pad + keep
    cut = round(max(h, w) * rng.uniform(0.012, 0.022))
    if cap.cut == "left":
        left = pad + cut
    elif cap.cut == "right":
        right = cw - pad - cut
    elif cap.cut == "top":
        top = pad + cut
    elif cap.cut == "bottom":
        bottom = ch - pad - cut
    out = out[max(0, top):bottom, max(0, left):right]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.3, 0.7))
    return np.clip(out, 0, 255).astype(np.uint8)


def _ground(shape: tuple[int, int], cap: MCapture, rng: random.Random, noise: Any) -> Any:
    """A wooden desk or a patterned bed cover."""
    h, w = shape
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    if cap.ground == "desk":
        tone = np.array([rng.uniform(120, 170), rng.uniform(85, 120), rng.uniform(50, 80)], np.float32)
        grain = 1 + 0.08 * np.sin(ys / rng.uniform(6, 14) + 3 * np.sin(xs / rng.uniform(90, 200)))
        g: Any = tone * grain[..., None]
    else:
        c1 = np.array([rng.uniform(150, 220), rng.uniform(100, 180), rng.uniform(120, 200)], np.float32)
        c2 = c1 * rng.uniform(0.6, 0.8)
        period = rng.uniform(30, 70)
        stripes = (np.sin((xs + ys * rng.uniform(-0.4, 0.4)) / period * np.pi) > 0.2).astype(np.float32)
        dots = (np.sin(xs / 9) * np.sin(ys / 9) > 0.85).astype(np.float32)
        g = c1 * (1 - stripes)[..., None] + c2 * stripes[..., None]
        g = g * (1 - 0.25 * dots)[..., None]
        folds = 1 - 0.12 * np.clip(np.sin(xs / rng.uniform(160, 320) + ys / rng.uniform(200, 400)), 0, 1)
        g *= folds[..., None]
    return g + noise.normal(0, 5, (h, w))[..., None]


def _phone(a: Any, cap: MCapture, rng: random.Random, noise: Any) -> Any:
    """The sheet photographed on the phone: ground round it, perspective, uneven light, shadow, a finger."""
    page = _fit(a, cap.long_px * 0.8).astype(np.float32)
    h, w = page.shape[:2]
    H, W = (cap.long_px, round(cap.long_px * 0.75)) if h >= w else (round(cap.long_px * 0.75), cap.long_px)
    ground: Any = _ground((H, W), cap, rng, noise)
    ox, oy = (W - w) / 2, (H - h) / 2
    j = lambda s: rng.uniform(-s, s)  # noqa: E731
    tilt = rng.uniform(0.02, 0.08)
    dst = np.array([[ox + j(w * 0.05) + w * tilt, oy + j(h * 0.03)], [ox + w + j(w * 0.05) - w * tilt * rng.uniform(0, 1), oy + j(h * 0.03)],
                    [ox + w + j(w * 0.04), oy + h + j(h * 0.03)], [ox + j(w * 0.04), oy + h + j(h * 0.03)]], np.float32)
    centre = dst.mean(axis=0)
    rot = np.deg2rad(cap.skew)
    dst = (dst - centre) @ np.array([[np.cos(rot), np.sin(rot)], [-np.sin(rot), np.cos(rot)]], np.float32) + centre
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    sheet: Any = cv2.warpPerspective(page, m, (W, H))
    mask: Any = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))
    soft = cv2.GaussianBlur(mask, (0, 0), 6)
    drop = (1 - 0.35 * np.clip(soft * 1.6, 0, 1) * (1 - mask))                  # the sheet's own shadow on the ground
    out: Any = sheet * mask[..., None] + ground * (drop * (1 - mask))[..., None]
    ys, xs = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(-0.3, 1.3) * W, rng.uniform(-0.3, 1.3) * H
    dist = np.sqrt(((xs - lx) / W) ** 2 + ((ys - ly) / H) ** 2)
    out *= (1.04 - rng.uniform(0.15, 0.32) * dist)[..., None]
    if cap.shadow:  # the phone and the hand holding it, a soft dark shape across part of the sheet
        q = 8  # drawn and blurred at an eighth of the size: it is soft anyway
        sh: Any = np.zeros((H // q, W // q), np.float32)
        cx, cy = rng.uniform(0.2, 0.8) * W / q, rng.choice([rng.uniform(0.75, 1.05), rng.uniform(-0.05, 0.2)]) * H / q
        cv2.ellipse(sh, (int(cx), int(cy)), (int(W / q * rng.uniform(0.18, 0.3)), int(H / q * rng.uniform(0.12, 0.2))),
                    rng.uniform(-30, 30), 0, 360, 1.0, -1)
        sh = cv2.resize(cv2.GaussianBlur(sh, (0, 0), W * 0.04 / q), (W, H), interpolation=cv2.INTER_LINEAR)
        out *= (1 - rng.uniform(0.18, 0.3) * sh)[..., None]
    out *= np.array(cap.cast, np.float32)
    if cap.finger:
        corner = dst[rng.choice([0, 1, 2, 3])]
        fx, fy = int(np.clip(corner[0], 0, W - 1)), int(np.clip(corner[1], 0, H - 1))
        skin = np.array([rng.uniform(195, 225), rng.uniform(140, 168), rng.uniform(115, 140)], np.float32)
        ang = float(np.degrees(np.arctan2(fy - H / 2, fx - W / 2)))
        axes = (int(W * 0.09), int(W * 0.04))
        shape: Any = np.zeros((H, W), np.float32)
        cv2.ellipse(shape, (fx, fy), axes, ang, 0, 360, 1.0, -1, cv2.LINE_AA)
        shade: Any = np.zeros((H, W), np.float32)   # rounded: darker towards the finger's sides
        cv2.ellipse(shade, (fx, fy), (int(axes[0] * 0.8), int(axes[1] * 0.45)), ang, 0, 360, 1.0, -1)
        shade = cv2.GaussianBlur(shade, (0, 0), W * 0.012)
        shape = cv2.GaussianBlur(shape, (0, 0), 2.0)
        tone = skin * (0.72 + 0.3 * shade)[..., None]
        out = out * (1 - shape)[..., None] + tone * shape[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.4, 1.0))
    out += noise.normal(0, rng.uniform(2.5, 5.5), out.shape[:2])[..., None]
    return np.clip(out, 0, 255).astype(np.uint8)
