"""How court_hy's volumes were captured: sheet by sheet, lid down, on the 蕉城 bureau's colour flatbed, saved as colour
JPEG (4:2:0 chroma) at 200, 240 or 300 dpi. The driver's "document colour" preset is left on: it sets the white point
below the paper, so the paper comes out clean white and faint tints vanish, and it lifts the saturation, so the
coloured preprint of the receipts, bank slips and the court's 红头 stock comes out as vivid red, green or blue as it
was printed (never washed to grey), while black print and blue ballpoint keep their own colour. The lamp is a little
warm. The clerk lays each sheet by hand: a small tilt (under a degree and a half, the lid's white round it); a sheet
now and then goes on upside down or sideways (180°, 90°, 270°) — and the landscape slips (缴款书, 结算票据, 电汇凭证)
are laid on the glass long side down as often as not, so they come out turned 90° or 270°."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

LID = 252.0
"""the lid's white round a tilted sheet"""


@dataclass
class FlatScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float           # degrees
    white: float          # the preset's white point: input level mapped to 255
    black: float          # input level mapped to 0
    boost: float          # saturation gain of the colour preset
    warmth: float         # the lamp's warm cast (red up, blue down, fraction)
    noise: float
    blur: float


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatScan:
    landscape = sheet.width > sheet.height
    if landscape:
        rotation = rng.choices([0, 90, 270], weights=[50, 30, 20])[0]
    else:
        rotation = rng.choices([0, 180, 90, 270], weights=[93, 4, 2, 1])[0]
    return FlatScan(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, quality=rng.randint(62, 88),
                    skew=rng.choice([-1, 1]) * rng.uniform(0.0, 1.4), white=rng.uniform(226, 240),
                    black=rng.uniform(10, 26), boost=rng.uniform(1.15, 1.4), warmth=rng.uniform(0.0, 0.03),
                    noise=rng.uniform(1.5, 4.0), blur=rng.uniform(0.3, 0.7))


def capture(sheet: Sheet, cap: FlatScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # the paper as the sensor sees it: a shade under white, the lamp warm, optics a touch soft, sensor noise
    img = img * 0.93 + 4.0
    img *= np.array([1.0 + cap.warmth, 1.0, 1.0 - cap.warmth], np.float32)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(LID, LID, LID))
    if cap.blur > 0:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur * cap.dpi / 200)
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    # the "document colour" preset: levels (white point under the paper), then saturation lifted
    img = np.clip((img - cap.black) / (cap.white - cap.black) * 255.0, 0, 255)
    hsv: Any = cv2.cvtColor((img / 255.0).astype(np.float32), cv2.COLOR_RGB2HSV)
    hsv[..., 1] = np.clip(hsv[..., 1] * cap.boost, 0, 1)
    img = cv2.cvtColor(hsv, cv2.COLOR_HSV2RGB) * 255.0
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi), subsampling=2)
    return buf.getvalue()
