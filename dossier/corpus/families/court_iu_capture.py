"""How court_iu's volumes were captured: every sheet laid on the 天宁 bureau's colour flatbed (white lid, 200–300 dpi,
colour JPEG), a few put down turned 90° or 180°. What the scan shows depends on the sheet's age (court_iu_kit.Leaf):
the 2024 laser prints come out crisp — white paper, black toner, a trace of sensor noise; the leaves out of the old
volume (2009–2016) have yellowed and browned, more towards the edges, with foxing spots (small rust-brown flecks with a
soft halo) and, at the top left, the two holes and the rust shadow of the staple that held the old volume; their typed
text has faded — the toner or ribbon lifted, unevenly across the page; the photocopies made long ago for the old volume
are grey: a grey ground, strokes thickened by the old copier, toner speckle, darker bands along the edges, and the
copy paper yellowed a little with the rest."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

LID = 250.0
RUST = (120.0, 62.0, 30.0)
FOX = (150.0, 100.0, 58.0)


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int
    photo: bool
    age: str                      # "" new | aged | aged_typed | copy
    quality: int
    skew: float
    noise: float
    paper: tuple[float, float, float] = (1.0, 1.0, 1.0)  # the paper's tone, multiplied onto the page
    edge_brown: float = 0.0       # how much darker the edges have gone (0..1)
    foxing: list[tuple[float, float, float, float]] = field(default_factory=list)  # (x, y fraction, radius mm, depth)
    staple: tuple[float, float, float] | None = None  # (x mm, y mm, angle °): the lower hole, the line up-right
    fade: float = 0.0             # how much of the ink has lifted (0..1)
    fade_band: tuple[float, float] = (0.5, 0.3)  # where across the page it has lifted most (x fraction, width)
    ground: float = 255.0         # a photocopy's grey ground
    speckle: int = 0              # toner specks per page


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    age = str(getattr(sheet, "age", ""))
    stapled = bool(getattr(sheet, "stapled", False))
    rotation = rng.choices([0, 90, 180, 270], weights=[91, 4, 4, 1])[0]
    cap = FlatbedScan(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, age=age,
                      quality=rng.randint(80, 92) if not age else rng.randint(66, 84),
                      skew=rng.uniform(-0.6, 0.6) if not age else rng.uniform(-1.8, 1.8),
                      noise=rng.uniform(0.8, 2.0) if not age else rng.uniform(2.0, 4.5))
    if not age:
        return cap
    y = rng.uniform(0.0, 1.0)
    cap.paper = (rng.uniform(0.96, 0.99), rng.uniform(0.87, 0.93) - 0.03 * y, rng.uniform(0.66, 0.78) - 0.05 * y)
    cap.edge_brown = rng.uniform(0.12, 0.3)
    cap.foxing = [(rng.uniform(0.04, 0.96), rng.uniform(0.04, 0.96), rng.uniform(0.3, 1.8), rng.uniform(0.25, 0.7))
                  for _ in range(rng.randint(6, 28))]
    if stapled or rng.random() < 0.5:
        cap.staple = (rng.uniform(6, 12), rng.uniform(16, 22), rng.uniform(30, 55))
    if age == "aged_typed" or (age == "aged" and rng.random() < 0.5):
        cap.fade = rng.uniform(0.25, 0.55)
        cap.fade_band = (rng.uniform(0.2, 0.8), rng.uniform(0.15, 0.4))
    if age == "copy":
        cap.ground = rng.uniform(208, 226)
        cap.speckle = rng.randint(250, 900)
        cap.paper = (0.99, rng.uniform(0.94, 0.97), rng.uniform(0.84, 0.9))
        cap.edge_brown = rng.uniform(0.05, 0.12)
    return cap


def _px(v_mm: float, dpi: int) -> int:
    return max(1, round(v_mm / 25.4 * dpi))


def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.age == "copy":
        img = _photocopy(img, cap, gen)
    if cap.fade > 0:  # the toner or ribbon lifted, most in a band across the page
        xs = np.arange(w, dtype=np.float32) / w
        lift = cap.fade * (0.55 + 0.45 * np.exp(-((xs - cap.fade_band[0]) / cap.fade_band[1]) ** 2))
        img = 255 - (255 - img) * (1 - lift)[None, :, None]
    if cap.age:
        img = _age(img, cap, gen)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(LID, LID, LID))
    img = img + gen.normal(0, cap.noise, img.shape[:2])[..., None]
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _photocopy(img: Any, cap: FlatbedScan, gen: Any) -> Any:
    """A copy made long ago: grey, strokes thickened, a grey ground, toner specks, dark bands along the edges."""
    h, w = img.shape[:2]
    grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
    grey = cv2.erode(grey, np.ones((2, 2), np.uint8))  # the toner spread: strokes fatter
    grey = np.clip((grey - 40) * 1.25, 0, 255)          # contrast pushed: light greys gone, greys darker
    grey = cap.ground * grey / 255.0
    for _ in range(cap.speckle):
        y, x = int(gen.integers(0, h)), int(gen.integers(0, w))
        r = int(gen.integers(1, 3))
        grey[max(0, y - r):y + r, max(0, x - r):x + r] *= float(gen.uniform(0.2, 0.6))
    band = max(4, int(w * 0.03))
    ramp = np.linspace(0.55, 1.0, band, dtype=np.float32)
    grey[:, :band] *= ramp[None, :]
    grey[:, -band:] *= ramp[::-1][None, :]
    grey[:band, :] *= ramp[:, None]
    return np.repeat(grey[..., None], 3, axis=2)


def _age(img: Any, cap: FlatbedScan, gen: Any) -> Any:
    """Yellowed paper, browner towards the edges; foxing flecks; the staple's holes and rust."""
    h, w = img.shape[:2]
    tone = np.array(cap.paper, np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum(np.minimum(xx, w - 1 - xx), np.minimum(yy, h - 1 - yy)) / (0.12 * min(w, h))
    edge_dark = 1 - cap.edge_brown * np.exp(-np.clip(edge, 0, 6) ** 1.3)
    img = img * tone[None, None, :] * edge_dark[..., None]
    img = img * (1 + gen.normal(0, 0.012, (h // 8 + 1, w // 8 + 1)).repeat(8, 0).repeat(8, 1)[:h, :w, None])
    stain = np.zeros((h, w), np.float32)
    for xf, yf, r_mm, depth in cap.foxing:
        r = _px(r_mm, cap.dpi)
        cx, cy = int(xf * w), int(yf * h)
        cv2.circle(stain, (cx, cy), r, depth, -1)
        for _ in range(3):  # a fleck is a small cluster
            cv2.circle(stain, (cx + int(gen.integers(-2 * r, 2 * r + 1)), cy + int(gen.integers(-2 * r, 2 * r + 1))),
                       max(1, r // 2), depth * 0.7, -1)
    if cap.foxing:
        stain = cv2.GaussianBlur(stain, (0, 0), _px(0.35, cap.dpi))
        fox = np.array(FOX, np.float32)
        img = img * (1 - stain[..., None]) + fox[None, None, :] * stain[..., None]
    if cap.staple is not None:
        img = _staple(img, cap)
    return img


def _staple(img: Any, cap: FlatbedScan) -> Any:
    """Two holes 12 mm apart along the staple's line, and the rust it left between and round them."""
    x_mm, y_mm, angle = cap.staple or (8.0, 18.0, 45.0)
    x1, y1 = _px(x_mm, cap.dpi), _px(y_mm, cap.dpi)
    t = np.radians(angle)
    length = _px(12, cap.dpi)
    x2, y2 = int(x1 + length * np.cos(t)), int(y1 - length * np.sin(t))
    rust = np.zeros(img.shape[:2], np.float32)
    cv2.line(rust, (x1, y1), (x2, y2), 0.85, _px(1.4, cap.dpi))
    cv2.circle(rust, (x1, y1), _px(1.6, cap.dpi), 0.8, -1)
    cv2.circle(rust, (x2, y2), _px(1.6, cap.dpi), 0.8, -1)
    halo = cv2.GaussianBlur(rust, (0, 0), _px(2.0, cap.dpi)) * 0.45  # the rust crept into the paper round it
    rust = np.maximum(cv2.GaussianBlur(rust, (0, 0), _px(0.5, cap.dpi)), halo)
    colour = np.array(RUST, np.float32)
    img = img * (1 - rust[..., None]) + colour[None, None, :] * rust[..., None]
    for x, y in ((x1, y1), (x2, y2)):
        cv2.circle(img, (x, y), _px(0.45, cap.dpi), (38.0, 32.0, 28.0), -1)
    return img
