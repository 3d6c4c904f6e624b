"""How court_ik's volumes were captured. The bureau prints on an office inkjet whose head is clogging: on every page it
printed, thin white lines cross each printed line at the same places in every pass of the head (a pass is HEAD_MM
high), the black is a composite that has drifted to a cyan or a magenta cast, a low cartridge leaves strokes faint,
and a misaligned bidirectional head doubles the strokes of every other pass. Only the bureau's own neutral ink is
touched — papers printed elsewhere (Page.printer "laser"/"offset"), blue ballpoint and red seals keep their look.
Large tables (财产清单, 查控 results) are A3 landscape sheets: either reduced on the copier onto A4 (small print, the
A4 landscape copy then lies turned on the glass) or folded in half to be filed and opened again on the glass, the fold
showing as a ridge with its shadow. The volumes are scanned on a flatbed at 200–300 dpi in colour or in grey; the
sheet's edge leaves a thin shadow, now and then a page is laid on the glass turned."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, DPI, Sheet

HEAD_MM = 8.47
"""the height of one pass of the print head (a 1/3-inch swath): the clogged nozzles' white lines repeat at this pitch"""
CASTS = {"cyan": (28, 92, 104), "magenta": (104, 34, 86)}
"""the colour the composite black drifts to when one colour channel of the head runs dry or clogs"""


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                       # colour | grey
    quality: int
    skew: float
    inkjet: bool                    # printed on the bureau's inkjet: the nozzle defects apply
    clogs: tuple[float, ...]        # positions of the dead nozzles within a pass (fractions of HEAD_MM)
    clog_mm: float                  # width of each white line
    cast: str                       # cyan | magenta
    cast_strength: float            # 0 (black) … 1 (the full cast colour)
    fade: float                     # how much lighter the ink lies (0 none)
    double_mm: float                # horizontal offset of every other pass (bidirectional misalignment)
    large: str                      # "" | reduce | fold
    fold_depth: float               # darkness of the fold's shadow
    edge: str                       # top | left | bottom | right: where the sheet's edge shadow shows
    noise: float


def _printer(sheet: Sheet) -> str:
    return str(getattr(sheet, "printer", "laser"))


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    large = ""
    if getattr(sheet, "large", "") == "a3" or sheet.width > A4[0] * 1.2:
        large = rng.choice(["reduce", "fold"])
    if large == "reduce":  # the A4 landscape copy lies on the glass turned
        rotation = rng.choice([90, 270, 90])
    elif large == "fold":
        rotation = rng.choices([0, 90, 180], weights=[70, 20, 10])[0]
    else:
        rotation = rng.choices([0, 90, 180, 270], weights=[90, 3, 5, 2])[0]
    n = rng.choice([3, 4, 4, 5])
    clogs = tuple(sorted((k + rng.uniform(0.15, 0.85)) / n for k in range(n)))
    return FlatbedScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False,
        mode="colour" if rng.random() < 0.6 else "grey", quality=rng.randint(70, 90),
        skew=rng.uniform(-1.0, 1.0) if rng.random() < 0.6 else 0.0, inkjet=_printer(sheet) == "inkjet",
        clogs=clogs, clog_mm=rng.uniform(0.28, 0.45), cast=rng.choice(["cyan", "magenta"]),
        cast_strength=rng.uniform(0.35, 0.75), fade=rng.uniform(0.0, 0.35),
        double_mm=rng.uniform(0.25, 0.5) if rng.random() < 0.55 else 0.0, large=large,
        fold_depth=rng.uniform(25, 50), edge=rng.choice(["top", "left", "right", "bottom"]), noise=rng.uniform(1.5, 4.0))


def _px(v_mm: float, dpi: int = DPI) -> int:
    return max(1, round(v_mm / 25.4 * dpi))


def ink_weight(rgb: Any) -> Any:
    """How much neutral (black or grey) ink covers each pixel, 0…1: dark and colourless. Blue pens and red seals
    are coloured and keep a weight of 0."""
    lum = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    spread = rgb.max(axis=2) - rgb.min(axis=2)
    w = np.clip((np.float32(235.0) - lum) / np.float32(215.0), 0.0, 1.0)
    return np.where(spread < 35, w, np.float32(0.0)).astype(np.float32)


def print_defects(rgb: Any, cap: FlatbedScan, paper: tuple[int, int, int]) -> Any:
    """The page as the clogging inkjet printed it (at the drawing's 200 dpi): ink re-laid in the cast colour, faded,
    every other pass doubled, and the dead nozzles' rows left white."""
    h, _w = rgb.shape[:2]
    ink = was = ink_weight(rgb)
    if not ink.any():
        return rgb
    swath = HEAD_MM / 25.4 * DPI
    rows = np.arange(h, dtype=np.float32)
    pass_no = np.floor(rows / swath).astype(np.int64)
    if cap.double_mm > 0:
        dx = _px(cap.double_mm)
        shifted = np.zeros_like(ink)
        shifted[:, dx:] = ink[:, :-dx]
        odd = (pass_no % 2 == 1)[:, None]
        ink = np.where(odd, np.maximum(ink, shifted * 0.75), ink)
    phase = (rows % swath) / swath
    half = cap.clog_mm / HEAD_MM / 2
    dead = np.zeros(h, bool)
    for p in cap.clogs:
        dead |= np.abs(phase - p) < half
    ink = ink * (np.where(dead, 0.06, 1.0) * (1.0 - cap.fade)).astype(np.float32)[:, None]
    black = np.array([18, 18, 22], np.float32)
    colour = black * (1 - cap.cast_strength) + np.array(CASTS[cap.cast], np.float32) * cap.cast_strength
    base = np.array(paper, np.float32)
    touched = ((was > 0) | (ink > 0))[..., None]
    relaid = base * (1 - ink[..., None]) + colour * ink[..., None]
    return np.where(touched, relaid, rgb).astype(np.float32, copy=False)


def _reduce(img: Any) -> Any:
    """An A3 landscape sheet copied at 70.7 % onto A4 landscape: the same page, every character smaller."""
    h, w = img.shape[:2]
    out_w, out_h = A4[1], A4[0]
    scale = min(out_w / w, out_h / h) * 0.97
    small = cv2.resize(img, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    page = np.full((out_h, out_w, 3), 252.0, np.float32)
    y0, x0 = (out_h - small.shape[0]) // 2, (out_w - small.shape[1]) // 2
    page[y0:y0 + small.shape[0], x0:x0 + small.shape[1]] = small
    return page


def _fold(img: Any, depth: float, gen: Any) -> Any:
    """The sheet folded in half to A4 and opened on the glass: a ridge down the middle lit on one side, its shadow
    spreading to the other, the paper beside it lifted off the glass (slightly greyer)."""
    _h, w = img.shape[:2]
    x = np.arange(w, dtype=np.float32)
    mid = w / 2 + float(gen.uniform(-w * 0.01, w * 0.01))
    d = x - mid
    ridge = w * 0.0025
    shade = 16 * np.exp(-((d + ridge) / ridge) ** 2) - depth * np.exp(-((d - ridge) / ridge) ** 2)
    shade -= depth * 0.35 * np.exp(-np.clip(d, 0, None) / (w * 0.03)) * (d > 0)
    shade -= 6 * np.exp(-(d / (w * 0.12)) ** 2)
    return img + shade.astype(np.float32)[None, :, None]


def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.inkjet:
        rgb = print_defects(rgb, cap, sheet.paper)
    if cap.large == "reduce":
        rgb = _reduce(rgb)
    elif cap.large == "fold":
        rgb = _fold(rgb, cap.fold_depth, gen)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb
    img = np.clip(img, 0, 255, out=img.astype(np.float32, copy=False))
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(246, 246, 244))
    # the sheet's edge on the glass: a thin grey line and a soft shadow along one side
    e = _px(3.0, cap.dpi)
    ramp = (1.0 - np.exp(-np.arange(e, dtype=np.float32) / (e / 3.0))) * 0.25 + 0.75
    if cap.edge == "top":
        img[:e] *= ramp[:, None, None]
    elif cap.edge == "bottom":
        img[-e:] *= ramp[::-1][:, None, None]
    elif cap.edge == "left":
        img[:, :e] *= ramp[None, :, None]
    else:
        img[:, -e:] *= ramp[::-1][None, :, None]
    img = cv2.GaussianBlur(img, (0, 0), 0.45 * cap.dpi / 200)
    img += (gen.standard_normal(img.shape[:2], dtype=np.float32) * np.float32(cap.noise))[..., None]
    np.clip(img, 0, 255, out=img)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    if cap.mode == "colour":
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
