"""How court_fz's pages were captured: at the counter of the 诉讼服务中心, which faces a west window. In the afternoon
the clerks lay each paper handed in on the counter and photograph it with the centre's phone, the sun coming low
through the glass from the window side. So a counter photo is OVEREXPOSED on the window side: the paper there burns
out to flat white, the exposure rises across the sheet towards the window and a veil of glare lifts every stroke, so
light strokes (hairlines, thin serif strokes, ballpoint, the red of seals) fade to faint grey while the text stays
legible to a reader; the far side is dimmer. The light is warm (yellow-orange afternoon sun), the sheet lies in some
perspective on the pale counter top with a strip of it showing, a few pages were shot sideways or upside down (90° /
180°), the phone's JPEG is 50–85. On some sheets the phone and the clerk's hand throw a HARD-EDGED SHADOW across part
of the page: inside it there is no glare, the paper is darker and cooler (blue sky light), the print sharp.

The bureau's own printed papers (marked "bureau" by court_fz_kit) mostly went through the archive room's flatbed in
the normal way (grey or colour, 200/300 dpi, a little skew, JPEG 75–90); about a third of them — the copies signed at
the counter — were photographed there with the rest."""

from __future__ import annotations

import io
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_fz_kit import SOURCE

COUNTER = (214.0, 206.0, 192.0)
"""the counter top's laminate, before the sun's cast"""


@dataclass
class CounterShot:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    sun_side: str = "left"        # left | right | top — the window's side of the photographed sheet
    glare: float = 0.0            # the strongest veil of glare (0..0.5) at the window edge
    gain: float = 1.0             # exposure gain at the window edge (1..1.6)
    reach: float = 0.6            # how far across the sheet (fraction) the burn reaches
    warmth: tuple[float, float, float] = (1.0, 1.0, 1.0)
    corners: list[tuple[float, float]] = field(default_factory=list)  # perspective: each corner's offset, fraction
    shadow: tuple[float, float, float, float] | None = None  # (x frac, y frac, angle °, size) of the phone-and-hand
    shadow_depth: float = 0.55    # brightness left inside the shadow
    blur: float = 0.0
    noise: float = 3.0
    skew: float = 0.0             # flatbed only
    grey: bool = False            # flatbed only


def plan_capture(rng: random.Random, sheet: Sheet) -> CounterShot:
    bureau_paper = sheet.image.info.get(SOURCE) == "bureau"
    at_counter = not bureau_paper or rng.random() < 0.33
    if not at_counter:
        return CounterShot(dpi=rng.choice([200, 200, 300]), rotation=180 if rng.random() < 0.03 else 0, photo=False,
                           quality=rng.randint(75, 90), skew=rng.uniform(-0.9, 0.9), grey=rng.random() < 0.55,
                           noise=rng.uniform(1.5, 3.5))
    rotation = rng.choices([0, 90, 180, 270], weights=[92, 3, 3, 2])[0]
    strong = rng.random() < 0.55
    shadow = None
    if rng.random() < 0.45:
        edge = rng.choice(["bottom", "bottom", "right", "left"])
        pos = rng.uniform(0.25, 0.75)
        x, y = {"bottom": (pos, rng.uniform(0.8, 1.0)), "right": (rng.uniform(0.82, 1.0), pos),
                "left": (rng.uniform(0.0, 0.18), pos)}[edge]
        shadow = (x, y, rng.uniform(-35, 35), rng.uniform(0.8, 1.25))
    return CounterShot(
        dpi=rng.choice([160, 180, 200, 200]), rotation=rotation, photo=True, quality=rng.randint(50, 85),
        sun_side=rng.choices(["left", "right", "top"], weights=[55, 15, 30])[0],
        glare=rng.uniform(0.3, 0.48) if strong else rng.uniform(0.12, 0.3),
        gain=rng.uniform(1.35, 1.6) if strong else rng.uniform(1.12, 1.35), reach=rng.uniform(0.45, 0.9),
        warmth=(1.0, rng.uniform(0.92, 0.96), rng.uniform(0.74, 0.84)),
        corners=[(rng.uniform(0.005, 0.05), rng.uniform(0.005, 0.04)) for _ in range(4)],
        shadow=shadow, shadow_depth=rng.uniform(0.56, 0.7), blur=rng.uniform(0.3, 1.0), noise=rng.uniform(2.0, 5.0))


def _flatbed(rgb: Any, cap: CounterShot, gen: Any) -> Any:
    h, w = rgb.shape[:2]
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        rgb = cv2.warpAffine(rgb, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(246, 246, 246))
    rgb = rgb + gen.normal(0, cap.noise, rgb.shape[:2])[..., None]
    return np.clip(rgb, 0, 255)


def _phone_mask(H: int, W: int, sheet_w: int, cap: CounterShot, box: tuple[float, float, float, float]) -> Any:
    """The hard shadow of the phone and the hand holding it: a rounded slab with a palm and four fingers behind it,
    cast onto the page near the edge where the clerk stands. 1 inside, 0 outside, a penumbra of a few pixels."""
    assert cap.shadow is not None
    xf, yf, angle, size = cap.shadow
    x0, y0, x1, y1 = box
    cx, cy = x0 + xf * (x1 - x0), y0 + yf * (y1 - y0)
    unit = sheet_w / 210.0 * size  # px per mm of the shadow's scale
    mask: Any = np.zeros((H, W), np.float32)
    t = math.radians(angle)

    def pts(poly: Sequence[tuple[float, float]]) -> Any:
        out = []
        for px, py in poly:
            rx = px * math.cos(t) - py * math.sin(t)
            ry = px * math.sin(t) + py * math.cos(t)
            out.append((cx + rx * unit, cy + ry * unit))
        return np.array(out, np.int32)

    phone = [(-38, -80), (38, -80), (38, 80), (-38, 80)]
    cv2.fillPoly(mask, [pts(phone)], 1.0)
    palm_c = pts([(0, 110)])[0]
    cv2.ellipse(mask, (int(palm_c[0]), int(palm_c[1])), (int(52 * unit), int(70 * unit)), angle, 0, 360, 1.0, -1)
    for k, (fx, length) in enumerate([(-44, 64), (-47, 84), (45, 78), (43, 58)]):
        fy = -34 + k % 2 * 32
        tip = pts([(fx, fy + length / 2)])[0]
        cv2.ellipse(mask, (int(tip[0]), int(tip[1])), (int(10 * unit), int(length / 2 * unit)), angle, 0, 360, 1.0, -1)
    arm = [(-42, 150), (42, 150), (62, 420), (-62, 420)]
    cv2.fillPoly(mask, [pts(arm)], 1.0)
    return cv2.GaussianBlur(mask, (0, 0), max(1.0, unit * 0.9))


def _counter(rgb: Any, cap: CounterShot, gen: Any, rng: random.Random) -> Any:
    h, w = rgb.shape[:2]
    H, W = int(h * 1.07), int(w * 1.09)
    # perspective: the sheet's four corners pulled inwards by different amounts on the counter
    (a, b), (c, d), (e, f), (g, k) = cap.corners
    mx, my = (W - w) / 2, (H - h) / 2
    dst = np.array([[mx * 0.3 + a * w, my * 0.4 + b * h], [W - mx * 0.3 - c * w, my * 0.4 + d * h],
                    [W - mx * 0.3 - e * w, H - my * 0.4 - f * h], [mx * 0.3 + g * w, H - my * 0.4 - k * h]], np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(rgb, m, (W, H), flags=cv2.INTER_LINEAR)
    inside = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))[..., None]
    table: Any = np.empty((H, W, 3), np.float32)
    table[:] = COUNTER
    table += gen.normal(0, 4, (H, W, 1))
    base = page * inside + table * (1 - inside)
    base = base + gen.normal(0, cap.noise, (H, W, 1))  # sensor noise before the light: burnt-out paper is flat white
    # the sun: exposure rising towards the window side, a veil of glare near it, warm light everywhere it falls
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    toward = {"left": 1 - xx / W, "right": xx / W, "top": 1 - yy / H}[cap.sun_side]
    ramp = np.clip((toward - (1 - cap.reach)) / cap.reach, 0, 1)
    ramp = ramp * ramp * (3 - 2 * ramp)
    far = 0.9 + 0.1 * ramp  # the far side a little dimmer
    gain = (far * (1 + (cap.gain - 1) * ramp))[..., None]
    veil = (cap.glare * ramp ** 1.4)[..., None]
    warm = np.array(cap.warmth, np.float32)
    lit = base * gain * warm
    white = np.array([255.0, 250.0, 232.0], np.float32)
    lit = lit * (1 - veil) + white * veil
    out = np.clip(lit, 0, 255)
    if cap.shadow is not None:
        shade = _phone_mask(H, W, w, cap, (float(dst[:, 0].min()), float(dst[:, 1].min()),
                                           float(dst[:, 0].max()), float(dst[:, 1].max())))[..., None]
        cool = base * cap.shadow_depth * np.array([0.94, 0.97, 1.02], np.float32)
        out = out * (1 - shade) + np.clip(cool, 0, 255) * shade
        out += gen.normal(0, cap.noise * 0.8, (H, W, 1)) * shade
    if cap.blur > 0.05:
        out = cv2.GaussianBlur(out, (0, 0), cap.blur)
    return np.clip(out, 0, 255)


def capture(sheet: Sheet, cap: CounterShot, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        rgb = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = _counter(rgb, cap, gen, rng) if cap.photo else _flatbed(rgb, cap, gen)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    if not cap.photo and cap.grey:
        pil = Image.fromarray((img @ np.array([0.299, 0.587, 0.114], np.float32)).clip(0, 255).astype(np.uint8), "L")
    else:
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
