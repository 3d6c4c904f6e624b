"""How court_ic's volumes were captured: on the bureau's old A4 flatbed, its cold-cathode lamp failing. The lamp
lights one end of the platen less than the other, so every page's brightness falls off toward one end (the same end
for a run of pages, the end varying as pages are laid on the glass head-first or feet-first); it no longer reaches
full white, so the paper comes out mid-grey and the ink dark grey rather than black — low contrast; its light has
turned warm, and the driver, set to grey, turns that faint warm cast into a flat grey. Court forms run off on thin
onion-skin typing paper (薄型打字纸, flagged by the kit) let the page behind them show through: the next copy of the
set, a little displaced, faint and blurred. Fine desert dust and a few sand grains lie on the glass: the same specks at
the same place on every page (never wiped), plus a fresh sprinkle of dust on each. Scanned at 150 or 200 dpi, saved as
grey JPEG; now and then a page lies turned on the glass (90, 180, 270)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_ic_kit import is_onion


def _glass() -> tuple[tuple[float, float, float, bool], ...]:
    """The specks that never leave the glass: (x mm, y mm, radius mm, sand grain?)."""
    g = random.Random(2201)
    dust = [(g.uniform(5, 205), g.uniform(5, 292), g.uniform(0.12, 0.28), False) for _ in range(46)]
    sand = [(g.uniform(15, 195), g.uniform(15, 282), g.uniform(0.4, 0.75), True) for _ in range(7)]
    return tuple(dust + sand)


GLASS = _glass()


@dataclass
class LampScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    dim_end: str                   # top | bottom | left | right: where the lamp fails
    falloff: float                 # share of brightness lost at the dim end
    paper: float                   # the grey the paper comes out at (bright end)
    ink: float                     # the grey full black comes out at
    warm: tuple[float, float, float]
    skew: float
    noise: float
    blur: float
    show: float = 0.0              # onion-skin show-through strength (0: ordinary paper)
    show_shift: tuple[float, float] = (0.0, 0.0)  # the page behind, displaced (mm)
    dust: list[tuple[float, float, float]] = field(default_factory=list)  # this page's fresh dust (x mm, y mm, r mm)


def plan_capture(rng: random.Random, sheet: Sheet) -> LampScan:
    thin = is_onion(sheet)
    return LampScan(
        dpi=rng.choice([150, 150, 200, 200, 200]),
        rotation=rng.choices([0, 90, 180, 270], weights=[93, 2, 3, 2])[0], photo=False,
        quality=rng.randint(45, 72),
        dim_end=rng.choices(["top", "bottom", "left", "right"], weights=[40, 40, 10, 10])[0],
        falloff=rng.uniform(0.18, 0.34), paper=rng.uniform(196, 214), ink=rng.uniform(58, 82),
        warm=(1.0, rng.uniform(0.94, 0.97), rng.uniform(0.82, 0.88)),
        skew=rng.uniform(-0.8, 0.8), noise=rng.uniform(2.5, 5.0), blur=rng.uniform(0.4, 0.9),
        show=rng.uniform(0.1, 0.16) if thin else 0.0,
        show_shift=(rng.choice([-1, 1]) * rng.uniform(4, 12), rng.choice([-1, 1]) * rng.uniform(12, 40)) if thin else (0, 0),
        dust=[(rng.uniform(3, 207), rng.uniform(3, 294), rng.uniform(0.1, 0.22)) for _ in range(rng.randint(25, 70))],
    )


def _px(v: float, dpi: int) -> int:
    return round(v / 25.4 * dpi)


def falloff_profile(n: int, cap: LampScan) -> Any:
    """Brightness along the lamp, 1 at the bright end, 1 - falloff at the dim one (the failing end drops fastest)."""
    t = np.linspace(0.0, 1.0, n, dtype=np.float32)
    return 1.0 - cap.falloff * t ** 1.5


def capture(sheet: Sheet, cap: LampScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # the warm lamp, then the driver's grey
    img = img * np.array(cap.warm, np.float32)
    grey: Any = img @ np.array([0.299, 0.587, 0.114], np.float32)
    # the page behind, through onion-skin: a faint blurred displaced copy darkening the paper
    if cap.show > 0:
        dx, dy = _px(cap.show_shift[0], cap.dpi), _px(cap.show_shift[1], cap.dpi)
        behind = np.full_like(grey, 255.0)
        ys, yd = (slice(0, h - dy), slice(dy, h)) if dy >= 0 else (slice(-dy, h), slice(0, h + dy))
        xs, xd = (slice(0, w - dx), slice(dx, w)) if dx >= 0 else (slice(-dx, w), slice(0, w + dx))
        behind[yd, xd] = grey[ys, xs]
        behind = cv2.GaussianBlur(behind, (0, 0), 1.6 * cap.dpi / 150)
        grey = grey - (255.0 - behind) * cap.show
        grey = grey - 10.0  # the thin sheet itself lets the dark lid through
        fibres = cv2.GaussianBlur(gen.normal(0, 6, (h, w)).astype(np.float32), (0, 0), 1.2)
        grey = grey + fibres
    # the lamp no longer reaches white, nor the sensor black: low contrast
    grey = cap.ink + (cap.paper - cap.ink) * np.clip(grey, 0, 255) / 255.0
    # brightness falling off toward the failing end
    if cap.dim_end in ("top", "bottom"):
        prof = falloff_profile(h, cap)
        grey = grey * (prof[::-1] if cap.dim_end == "top" else prof)[:, None]
    else:
        prof = falloff_profile(w, cap)
        grey = grey * (prof[::-1] if cap.dim_end == "left" else prof)[None, :]
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        grey = cv2.warpAffine(grey, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # dust and sand on the glass (they do not turn with the page)
    specks = [(x, y, r, sand) for x, y, r, sand in GLASS] + [(x, y, r, False) for x, y, r in cap.dust]
    for x, y, r, sand in specks:
        cx, cy = _px(x, cap.dpi), _px(y, cap.dpi)
        if not (0 <= cx < w and 0 <= cy < h):
            continue
        rad = max(1, _px(r, cap.dpi))
        if sand:
            cv2.circle(grey, (cx - rad // 2, cy - rad // 2), rad, float(min(255.0, cap.paper + 14)), -1)
            cv2.circle(grey, (cx, cy), rad, float(cap.ink * 0.7), -1)
        else:
            cv2.circle(grey, (cx, cy), rad, float(cap.ink + gen.uniform(0, 40)), -1)
    grey = cv2.GaussianBlur(grey, (0, 0), cap.blur)
    grey = grey + gen.normal(0, cap.noise, grey.shape)
    out = np.clip(grey, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
