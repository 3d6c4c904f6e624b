"""How court_hl's pages were captured: at the 城东 filing window, a counter beside a tall south window at 2,200 m,
where the afternoon sun comes in hard. What the window took in as it stood — ID cards and licences sealed in plastic
(塑封), the herder's papers, slips and the forms parties filled there — the clerk photographed with the bureau's phone
on the beige counter: the sheet in perspective with the counter round it; a sharp-edged patch of sun over one side
of the page and the room's bluish shade over the other; the shadow of the window's cross-shaped frame (a mullion and a
transom, each a few centimetres wide, nearly sharp at this altitude) lying across the sunlit part; and on the
laminated cards one or two specular glare spots where the film mirrors the sun — a blown-out white core with a halo
that washes out the words under it (never the card's number line). Phone photos keep a little sensor noise and
softness and are saved at JPEG 60–85, 150–200 dpi equivalent, now and then turned a quarter when the phone was held
sideways.

Everything else — the bureau's own papers, what came by post from the entrusting court, the bank's and the 查控
printouts — went through the bureau's flatbed at 200, 240 or 300 dpi: colour or grey, the sheet a little crooked on
the glass (under 1°), the lid's white round it, light noise, JPEG 70–90; a sheet put on the glass upside down or a
landscape printout turned a quarter now and then."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

COUNTER = (188.0, 182.0, 168.0)
"""the counter's beige laminate top round a photographed sheet"""


@dataclass
class CapturePlan:
    dpi: int
    rotation: int
    photo: bool
    way: str                        # flatbed | window | card
    quality: int
    skew: float = 0.0               # flatbed: degrees
    grey: bool = False              # flatbed: stored grey
    corners: list[tuple[float, float]] = field(default_factory=list)  # photo: each corner's shift, fraction of size
    sun_side: int = 1               # photo: +1 the sun on the right of the page, -1 on the left
    edge: tuple[float, float] = (0.5, 0.0)   # photo: where the sunlit patch ends (fraction of width) and its lean
    sun: float = 1.1                # gain of the sunlit part
    shade: float = 0.7              # gain of the shaded part
    bars: list[tuple[str, float, float]] = field(default_factory=list)  # the frame's shadows: (v|h, position, width)
    glare: list[tuple[int, float, float, float, float]] = field(default_factory=list)
    """specular spots on laminate: (card index, x, y inside the card as fractions — within the zone the sheet allows —,
    the white core's radius in mm, strength 0..1)"""
    blur: float = 0.0
    noise: float = 2.0


def way_of(sheet: Sheet) -> str:
    return str(getattr(sheet, "way", "flatbed"))


def plan_capture(rng: random.Random, sheet: Sheet) -> CapturePlan:
    way = way_of(sheet)
    if way == "flatbed":
        landscape_print = sheet.width > sheet.height
        rotation = rng.choices([0, 180, 90], weights=[94, 4, 2])[0] if not landscape_print else rng.choice([0, 90])
        return CapturePlan(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, way=way,
                           quality=rng.randint(70, 90), skew=rng.uniform(-0.9, 0.9), grey=rng.random() < 0.45,
                           noise=rng.uniform(1.5, 3.5), blur=rng.choice([0.0, 0.0, 0.5]))
    zones = list(getattr(sheet, "glare_zones", []))
    glare: list[tuple[int, float, float, float, float]] = []
    for k, (zx0, zy0, zx1, zy1) in enumerate(zones):
        for _ in range(rng.choice([1, 1, 2])):
            glare.append((k, rng.uniform(zx0, zx1), rng.uniform(zy0, zy1), rng.uniform(5.0, 9.0), rng.uniform(0.75, 1.0)))
    bars = [("v", rng.uniform(0.3, 0.75), rng.uniform(0.025, 0.045)), ("h", rng.uniform(0.2, 0.7), rng.uniform(0.02, 0.04))]
    if rng.random() < 0.4:
        bars.append(("v", rng.uniform(0.05, 0.95), rng.uniform(0.01, 0.02)))
    side = rng.choice([-1, 1])
    return CapturePlan(
        dpi=rng.choice([150, 180, 200]), rotation=rng.choices([0, 90, 270], weights=[90, 5, 5])[0], photo=True, way=way,
        quality=rng.randint(60, 85),
        corners=[(rng.uniform(-0.05, 0.05), rng.uniform(-0.04, 0.04)) for _ in range(4)], sun_side=side,
        edge=(rng.uniform(0.3, 0.7), rng.uniform(-0.25, 0.25)), sun=rng.uniform(1.04, 1.16), shade=rng.uniform(0.6, 0.76),
        bars=bars, glare=glare, blur=rng.uniform(0.3, 0.9), noise=rng.uniform(2.5, 5.0))


def _resample(sheet: Sheet, dpi: int) -> Any:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    if dpi != DPI:
        a = cv2.resize(a, (round(a.shape[1] * dpi / DPI), round(a.shape[0] * dpi / DPI)), interpolation=cv2.INTER_AREA)
    return a


def _flatbed(a: Any, plan: CapturePlan, gen: Any) -> Any:
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    f: Any = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(246, 246, 243)).astype(np.float32)
    if plan.blur:
        f = cv2.GaussianBlur(f, (0, 0), plan.blur)
    f += gen.normal(0, plan.noise, f.shape[:2])[..., None]
    return f


def _sun_and_shade(shape: tuple[int, int], plan: CapturePlan) -> tuple[Any, Any, Any]:
    """Per-pixel light over the photographed frame: the sunlit patch on one side (gain plan.sun, warm), the room's shade
    on the other (plan.shade, cool), the window frame's cross of shadow inside the sunlit patch; edges nearly sharp."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    x_edge = plan.edge[0] * w + plan.edge[1] * (yy - h / 2)
    lit = (xx > x_edge) if plan.sun_side > 0 else (xx < x_edge)
    sunny = lit.astype(np.float32)
    for kind, pos, width in plan.bars:
        if kind == "v":
            centre = pos * w + plan.edge[1] * (yy - h / 2)
            band = np.abs(xx - centre) < width * w / 2
        else:
            centre = pos * h + 0.08 * (xx - w / 2)
            band = np.abs(yy - centre) < width * h / 2
        sunny[band] = 0.0
    sunny = cv2.GaussianBlur(sunny, (0, 0), max(1.5, w / 900))[..., None]
    warm = np.array([1.03, 1.0, 0.93], np.float32) * plan.sun
    cool = np.array([0.92, 0.97, 1.06], np.float32) * plan.shade
    gain = cool + (warm - cool) * sunny
    lift = np.array([12.0, 7.0, 0.0], np.float32) * sunny
    return gain, lift, sunny


def _photo(sheet: Sheet, a: Any, plan: CapturePlan, gen: Any) -> Any:
    h, w = a.shape[:2]
    scale = plan.dpi / DPI
    margin_x, margin_y = int(w * 0.07), int(h * 0.07)
    W, H = w + 2 * margin_x, h + 2 * margin_y
    bg: Any = np.empty((H, W, 3), np.float32)
    bg[:] = COUNTER
    grain = cv2.GaussianBlur(gen.normal(0, 6, (H // 4 + 1, W // 4 + 1)).astype(np.float32), (0, 0), 1.5)
    bg += cv2.resize(grain, (W, H))[..., None]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    base = np.array([[margin_x, margin_y], [margin_x + w, margin_y], [margin_x + w, margin_y + h], [margin_x, margin_y + h]],
                    dtype=np.float32)
    dst = base + np.array([[dx * w, dy * h] for dx, dy in plan.corners], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    page: Any = cv2.warpPerspective(a.astype(np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    mask: Any = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))[..., None]
    # a soft contact shadow under the sheet's edge
    under = cv2.GaussianBlur(mask[..., 0], (0, 0), 6) * 0.18
    out: Any = page * mask + bg * (1 - mask) * (1 - under[..., None] * (1 - mask))
    gain, lift, sunny = _sun_and_shade((H, W), plan)
    out = out * gain + lift
    # glare: where the sun falls on the laminate it mirrors it — a blown white core, a halo round it (in the shade only
    # the window's sky, a dimmer sheen)
    boxes = list(getattr(sheet, "laminate", []))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    for k, fx, fy, r_mm, strength in plan.glare:
        if k >= len(boxes):
            continue
        x0, y0, x1, y1 = (v * scale for v in boxes[k])
        px, py = x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)
        q = cv2.perspectiveTransform(np.array([[[px, py]]], np.float32), m)[0, 0]
        r = r_mm / 25.4 * plan.dpi
        d2 = ((xx - q[0]) / (r * 1.5)) ** 2 + ((yy - q[1]) / r) ** 2
        lit = 0.45 + 0.55 * float(sunny[int(np.clip(q[1], 0, H - 1)), int(np.clip(q[0], 0, W - 1)), 0])
        core = np.clip(1.6 * strength * lit * np.exp(-d2 * 1.4), 0, 1)
        halo = 0.35 * strength * lit * np.exp(-d2 / 6.0)
        a_ = np.clip(core + halo, 0, 1)[..., None]
        out = out * (1 - a_) + 255.0 * a_
    if plan.blur:
        out = cv2.GaussianBlur(out, (0, 0), plan.blur)
    out += gen.normal(0, plan.noise, out.shape[:2])[..., None] + gen.normal(0, plan.noise / 2, out.shape)
    return out


def capture(sheet: Sheet, plan: CapturePlan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = _resample(sheet, plan.dpi)
    f = _photo(sheet, a, plan, gen) if plan.photo else _flatbed(a, plan, gen)
    out: Any = np.clip(f, 0, 255).astype(np.uint8)
    if plan.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-plan.rotation // 90))
    img = Image.fromarray(out, "RGB")
    if plan.grey and not plan.photo:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()


def shade_ratio(plan: CapturePlan) -> float:
    """How much darker the shade is than the sun on a photographed page (for the tests)."""
    return plan.shade / plan.sun

