"""How court_hk's volumes were captured: bound, on the archive room's book-edge scanner, in greyscale.

The 中山 archive keeps its volumes sewn, and digitises them without taking them apart on a book-edge scanner — a
flatbed whose glass runs right up to the housing's edge, so the volume's spine hangs over the edge and each page lies
flat to the gutter. The image therefore starts at the spine: a narrow band (2–5 mm) darkening into the binding along
the left edge, but no curl and no bent lines. The lid cannot close over a volume, so beyond the page's outer and
lower edges the scan shows the edges of the leaves beneath it, stepped out a fraction of a millimetre each, and then
the dark of the open lid. The operator lays each page by hand: up to ±2° crooked. Everything is saved 8-bit grey at
200, 240 or 300 dpi (JPEG q60–88) — the archive's standard for closed volumes.

The paper tells its age. The 2011 leaves of the old case (set_age in court_hk_kit marks them) have yellowed — darker
toward the edges, mottled — which the grey conversion turns into a grey ground a shade or two below white; brown
foxing spots are scattered over them, the typewriter and duplicator ink has faded further, and where the old case's
staple sat at the top left there are two holes in a rust stain, with a smear of rust between them. Today's papers are
white and clean. A leaf that the binder put in head down (the old receipt; a voucher; a declaration form) is scanned
upside down."""

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

LID = 42.0
"""the grey of the open lid's shadow beyond the page"""


@dataclass
class EdgeScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float                     # degrees, the operator's hand
    quality: int
    age: int                        # years the paper has lain in the file
    spine_mm: float                 # width of the binding shadow at the left edge
    spine_depth: float              # how dark the shadow gets at the very edge (fraction of the paper's grey)
    margin_mm: tuple[float, float, float]  # scan window beyond the page: top, right, bottom
    leaves: int                     # edges of the leaves beneath seen beyond the page
    yellow: float = 0.0             # strength of the yellowing
    fade: float = 1.0               # ink strength left (1: as printed)
    foxing: list[tuple[float, float, float, float]] = field(default_factory=list)  # x, y (fractions), radius mm, strength
    staple: bool = False
    noise: float = 2.5
    blur: float = 0.5


def plan_capture(rng: random.Random, sheet: Sheet) -> EdgeScan:
    age = int(getattr(sheet, "age", 0))
    old = age >= 5
    foxing = ([(rng.uniform(0.04, 0.96), rng.uniform(0.04, 0.96), rng.uniform(0.35, 1.8), rng.uniform(0.35, 0.8))
               for _ in range(rng.randint(8, 26))] if old else [])
    return EdgeScan(
        dpi=rng.choice([200, 240, 300, 300]), rotation=180 if getattr(sheet, "upside_down", False) else 0, photo=False,
        skew=rng.uniform(-2.0, 2.0), quality=rng.randint(60, 88), age=age, spine_mm=rng.uniform(2.0, 5.0),
        spine_depth=rng.uniform(0.45, 0.7),
        margin_mm=(rng.uniform(1.0, 3.0), rng.uniform(3.0, 7.0), rng.uniform(3.0, 7.0)), leaves=rng.randint(2, 5),
        yellow=rng.uniform(0.55, 1.0) if old else 0.0, fade=rng.uniform(0.72, 0.88) if old else 1.0, foxing=foxing,
        staple=old and bool(getattr(sheet, "staple", True)), noise=rng.uniform(1.5, 3.5), blur=rng.uniform(0.3, 0.7))


def _px(v_mm: float, dpi: int) -> int:
    return max(1, round(v_mm / 25.4 * dpi))


def _age(img: Any, cap: EdgeScan, gen: Any) -> Any:
    """Yellowed paper, darker toward the edges and mottled; the ink faded."""
    h, w = img.shape[:2]
    ink = 255.0 - img
    img = 255.0 - ink * cap.fade
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum(np.minimum(xx / w, 1 - xx / w), np.minimum(yy / h, 1 - yy / h))
    border = np.exp(-edge / 0.035).astype(np.float32)
    small = gen.uniform(-1, 1, (12, 9)).astype(np.float32)
    mottle = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC) * 0.25
    k = cap.yellow * (1.0 + 0.9 * border + mottle)
    tone = np.array([0.06, 0.11, 0.26], np.float32)  # yellow takes more blue than red away
    return img * (1.0 - k[..., None] * tone)


def _fox(img: Any, cap: EdgeScan, gen: Any) -> Any:
    """Brown foxing: small irregular spots, a darker core in a softer halo."""
    h, w = img.shape[:2]
    brown = np.array([0.55, 0.68, 0.82], np.float32)  # multiplier at full strength
    for xf, yf, r_mm, strength in cap.foxing:
        r = _px(r_mm, cap.dpi)
        size = r * 4
        cx, cy = int(xf * w), int(yf * h)
        x0, y0, x1, y1 = max(0, cx - size), max(0, cy - size), min(w, cx + size), min(h, cy + size)
        if x1 <= x0 or y1 <= y0:
            continue
        yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        a = np.zeros_like(xx)
        for _ in range(int(gen.integers(2, 6))):
            ox, oy = gen.normal(0, r * 0.5, 2)
            rr = r * float(gen.uniform(0.35, 0.8))
            a = np.maximum(a, np.exp(-(((xx - cx - ox) ** 2 + (yy - cy - oy) ** 2) / (2 * rr * rr))))
        core = np.clip((a - 0.4) / 0.25, 0, 1)  # a crisp spot in a faint halo
        a = np.clip((core * 0.85 + a * 0.2) * strength, 0, 1)[..., None]
        img[y0:y1, x0:x1] *= 1 - a * (1 - brown)
    return img


def _staple(img: Any, cap: EdgeScan, gen: Any) -> Any:
    """The old staple's two holes at the top left in a rust stain, a smear of rust between them."""
    h, w = img.shape[:2]
    p = lambda v: _px(v, cap.dpi)  # noqa: E731
    ax, ay = p(14) + int(gen.integers(-p(2), p(2))), p(12) + int(gen.integers(-p(2), p(2)))
    ang = math.radians(float(gen.uniform(30, 55)))
    bx, by = ax + int(p(11) * math.cos(ang)), ay + int(p(11) * math.sin(ang))
    x0, y0 = max(0, min(ax, bx) - p(8)), max(0, min(ay, by) - p(8))
    x1, y1 = min(w, max(ax, bx) + p(8)), min(h, max(ay, by) + p(8))
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    rust = np.zeros_like(xx)
    for hx, hy in ((ax, ay), (bx, by)):
        rust = np.maximum(rust, np.exp(-((xx - hx) ** 2 + (yy - hy) ** 2) / (2 * p(2.6) ** 2)) * 0.85)
    t = np.clip(((xx - ax) * (bx - ax) + (yy - ay) * (by - ay)) / float((bx - ax) ** 2 + (by - ay) ** 2), 0, 1)
    d = np.hypot(xx - (ax + t * (bx - ax)), yy - (ay + t * (by - ay)))
    rust = np.maximum(rust, np.exp(-(d / p(0.9)) ** 2) * 0.55)
    mult = np.array([0.55, 0.38, 0.22], np.float32)
    img[y0:y1, x0:x1] *= 1 - rust[..., None] * (1 - mult)
    for hx, hy in ((ax, ay), (bx, by)):
        cv2.circle(img, (hx, hy), max(1, p(0.45)), (30.0, 26.0, 22.0), -1)
    return img


def capture(sheet: Sheet, cap: EdgeScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    if cap.rotation:  # the leaf bound head down: its content turned, the binding's marks where the binding is
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    if cap.age:
        img = _age(img, cap, gen)
        img = _fox(img, cap, gen)
        if cap.staple:
            img = _staple(img, cap, gen)
    else:
        img *= 0.985
    paper = float(np.percentile(img[:, :, 1], 90))
    # the scan window: the spine at the left edge, the leaves beneath and the open lid beyond the other edges
    top, right, bottom = (_px(m, cap.dpi) for m in cap.margin_mm)
    H, W = h + top + bottom, w + right
    canvas: Any = np.full((H, W, 3), LID, np.float32)
    step = _px(0.7, cap.dpi)
    for k in range(cap.leaves, 0, -1):
        shade = paper * (0.93 - 0.05 * k)
        canvas[top:min(H, top + h + k * step), : min(W, w + k * step)] = shade
        canvas[top:min(H, top + h + k * step), min(W, w + k * step) - 1: min(W, w + k * step)] = LID * 1.6
        canvas[min(H, top + h + k * step) - 1, : min(W, w + k * step)] = LID * 1.6
    canvas[top:top + h, :w] = img
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((0.0, H / 2), cap.skew, 1.0)  # pivoting on the spine edge
        canvas = cv2.warpAffine(canvas, m, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                borderValue=(LID, LID, LID))
    spine = _px(cap.spine_mm, cap.dpi)
    ramp = np.linspace(1.0 - cap.spine_depth, 1.0, spine, dtype=np.float32) ** 0.7
    canvas[:, :spine] *= ramp[None, :, None]
    grey = canvas @ np.array([0.299, 0.587, 0.114], np.float32)
    if cap.blur > 0:
        grey = cv2.GaussianBlur(grey, (0, 0), cap.blur)
    grey += gen.normal(0, cap.noise, grey.shape).astype(np.float32)
    out = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
