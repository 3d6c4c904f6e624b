"""How court_hf's dossiers were captured: the 盐湖 bureau's A4 colour flatbed (a contact-image-sensor scanner) with its
"automatic colour" setting, one sheet at a time, lid down, at 200, 240 or 300 dpi, saved as JPEG q50–85 (4:2:0 chroma).

- The automatic colour decides per page: a page with enough colour on it — a red seal, the notary's green guilloche,
  the bank's tinted anti-counterfeit paper, the treasury's pink bill, a letterhead's logo — comes out in colour;
  a page of black print only comes out grey. Now and then it misjudges a pale patterned page as grey, and the pattern
  becomes a grey texture behind the text (still there, still readable through).
- The security papers' backgrounds are not dropped: no background removal, only a mild automatic white point, so
  guilloche, micro-text rows and repeated logos show behind the words.
- The sensor's three colour lamps light one after another while the carriage moves, so in colour the red and blue
  records sit a fraction of a pixel above and below the green: thin coloured fringes along horizontal strokes.
- The clerk lays each sheet against the glass's corner by hand: a light skew (under 1.5°), the sheet now and then a few
  millimetres off the corner so a strip of the white lid and the paper's edge shadow show; a few sheets went on the
  glass turned (90° or 180°).
- Optical softness and sensor noise are light: a clerk reads every page."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

LID = (241.0, 241.0, 238.0)
"""the scanner lid's white, where the sheet does not cover the glass"""


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                      # colour | grey: the automatic colour's verdict
    skew: float                    # degrees
    quality: int
    fringe: float                  # px the red record sits above (and the blue below) the green, colour mode
    offset: tuple[float, float]    # mm the sheet lies off the glass's corner (x, y)
    white: float                   # the automatic white point: paper at or above this comes out 255
    noise: float
    blur: float
    warmth: tuple[float, float, float]


def colour_share(sheet: Sheet) -> float:
    """The share of the page that carries colour, as the scanner's preview measures it."""
    small: Any = np.asarray(sheet.image.reduce(8), dtype=np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    return float((spread > 14).mean())


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    share = colour_share(sheet)
    if share > 0.02:
        mode = "grey" if share < 0.3 and rng.random() < 0.12 else "colour"  # a pale patterned page misjudged
    elif share > 0.002:
        mode = "colour" if rng.random() < 0.85 else "grey"  # a seal on black print
    else:
        mode = "grey"
    rotation = rng.choices([0, 90, 180, 270], weights=[91, 3, 4, 2])[0]
    off = (rng.uniform(1.0, 4.0), rng.uniform(1.0, 4.0)) if rng.random() < 0.3 else (0.0, 0.0)
    return FlatbedScan(
        dpi=rng.choice([200, 200, 240, 300, 300]), rotation=rotation, photo=False, mode=mode,
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.4), quality=rng.randint(50, 85),
        fringe=rng.uniform(0.35, 0.8), offset=off, white=rng.uniform(240.0, 250.0), noise=rng.uniform(1.2, 3.5),
        blur=rng.uniform(0.3, 0.75), warmth=(rng.uniform(0.99, 1.0), rng.uniform(0.98, 1.0), rng.uniform(0.95, 0.99)))


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def _fringe(img: Any, shift: float) -> Any:
    """Red sampled `shift` px before green, blue after: a sub-pixel vertical misregistration."""
    h, w = img.shape[:2]
    out = img.copy()
    for ch, dy in ((0, -shift), (2, shift)):
        m: Any = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, dy]], dtype=np.float32)
        out[..., ch] = cv2.warpAffine(img[..., ch], m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return out


def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    interp = cv2.INTER_AREA if cap.dpi < DPI else cv2.INTER_CUBIC
    img: Any = cv2.resize(rgb, (w, h), interpolation=interp) if (w, h) != (w0, h0) else rgb.copy()
    # the sheet on the glass: off the corner by `offset`, turned by `skew`, the lid round it
    dx, dy = _px(cap.offset[0], cap.dpi), _px(cap.offset[1], cap.dpi)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m[0, 2] += dx
    m[1, 2] += dy
    placed = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=LID)
    cover: Any = cv2.warpAffine(np.ones((h, w), np.float32), m, (w, h), flags=cv2.INTER_LINEAR, borderValue=0.0)
    # the paper's edge casts a thin shadow on the lid where the sheet lies off the corner
    edge = cv2.GaussianBlur(cover, (0, 0), max(1.0, cap.dpi / 150)) - cover
    img = placed - 70.0 * np.clip(edge, 0, 1)[..., None]
    if cap.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur * cap.dpi / 200)
    if cap.mode == "colour":
        img = _fringe(img, cap.fringe * cap.dpi / 200)
        img = img * np.array(cap.warmth, np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img += (gen.standard_normal(img.shape[:2], dtype=np.float32) * np.float32(cap.noise))[..., None]
    img *= np.float32(255.0 / cap.white)  # the automatic white point; no background removal
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.mode == "colour":
        pil = Image.fromarray(out, "RGB")
    else:
        pil = Image.fromarray(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY), "L")
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    if cap.mode == "colour":
        pil.save(buf, format="JPEG", quality=cap.quality, subsampling=2, dpi=(cap.dpi, cap.dpi))
    else:
        pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
