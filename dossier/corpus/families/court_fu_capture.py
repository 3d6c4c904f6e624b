"""How court_fu's dossiers were captured: the 执行局's colour sheet-fed document scanner, set to colour for every page so
that the red 收文登记章, 签收 daters and seals stay red (no dropout, no 1-bit), 200, 240 or 300 dpi, JPEG q48–88 with
the encoder's usual chroma subsampling, which softens the red strokes a little. Its contact-image sensor reads red,
green and blue on successive lines while the sheet moves, so at speed the three channels land a pixel or two apart
along the feed: black print gets a faint warm fringe on one side and a cool one on the other. The driver crops to the
sheet and deskews, leaving up to about a degree of skew and, on some pages, a thin grey shadow line where the sheet's
edge met the crop. Exposure and white balance drift a little page to page, the driver sharpens lightly (or, on a
dusty day, a page comes out slightly soft), sensor noise is mild; now and then a page was fed upside down (180°) or
turned a quarter in the viewer and saved so. No photos: everything went through the feeder."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class ColourFeed:
    dpi: int
    rotation: int
    photo: bool
    skew: float            # degrees left after the driver's deskew
    quality: int
    fringe: int            # pixels between the red and blue channel lines along the feed (CIS misregistration)
    gamma: float           # exposure drift (>1 darker mid-tones)
    white: tuple[float, float, float]  # white-balance gains
    sharpen: float         # unsharp-mask amount; negative: a soft (dusty) page, Gaussian sigma = -sharpen
    noise: float
    edge: str              # "" or the side where the crop left a thin shadow line: top | bottom | left | right


def plan_capture(rng: random.Random, sheet: Sheet) -> ColourFeed:
    del sheet  # every page goes in colour, whatever is on it
    rotation = rng.choices([0, 180, 90, 270], weights=[94, 3.6, 1.2, 1.2])[0]
    dpi = rng.choice([200, 200, 240, 300, 300])
    return ColourFeed(
        dpi=dpi, rotation=rotation, photo=False,
        skew=rng.choice([-1, 1]) * rng.uniform(0.05, 1.1) if rng.random() < 0.7 else 0.0,
        quality=rng.randint(48, 88), fringe=rng.choice([0, 1, 1, 2]) if dpi < 300 else rng.choice([1, 2, 2, 3]),
        gamma=rng.uniform(0.9, 1.12), white=(rng.uniform(0.97, 1.0), rng.uniform(0.96, 1.0), rng.uniform(0.92, 0.99)),
        sharpen=rng.uniform(0.3, 0.8) if rng.random() < 0.85 else -rng.uniform(0.5, 0.9),
        noise=rng.uniform(1.5, 4.5), edge=rng.choice(["top", "bottom", "left", "right"]) if rng.random() < 0.3 else "")


def _shift(channel: Any, by: int) -> Any:
    """A channel moved `by` rows along the feed (down the page), the vacated rows paper-white."""
    if by == 0:
        return channel
    out = np.full_like(channel, 255.0)
    if by > 0:
        out[by:] = channel[:-by]
    else:
        out[:by] = channel[-by:]
    return out


def capture(sheet: Sheet, cap: ColourFeed, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    # the sensor's colour lines, read one after another while the sheet moves
    if cap.fringe:
        img[..., 0] = _shift(img[..., 0], cap.fringe // 2 + cap.fringe % 2)
        img[..., 2] = _shift(img[..., 2], -(cap.fringe // 2))
    # residual skew inside the crop, the corners filled with the sheet's own paper
    if abs(cap.skew) > 0.01:
        paper = tuple(float(v) for v in np.median(img[: h // 40, : w // 10].reshape(-1, 3), axis=0))
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=paper)
    if cap.edge:
        gen0 = random.Random(rng.random())
        depth = max(2, round(cap.dpi / 100))
        at = gen0.randint(depth, depth * 4)
        shade = gen0.uniform(40, 90)
        if cap.edge == "top":
            img[at:at + depth] -= shade
        elif cap.edge == "bottom":
            img[h - at - depth:h - at] -= shade
        elif cap.edge == "left":
            img[:, at:at + depth] -= shade
        else:
            img[:, w - at - depth:w - at] -= shade
    img = np.clip(img, 0, 255)
    img = 255.0 * (img / 255.0) ** cap.gamma
    img = img * np.array(cap.white, np.float32)
    if cap.sharpen > 0:
        soft = cv2.GaussianBlur(img, (0, 0), 1.0)
        img = img + cap.sharpen * (img - soft)
    elif cap.sharpen < 0:
        img = cv2.GaussianBlur(img, (0, 0), -cap.sharpen)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img + gen.normal(0, cap.noise, img.shape[:2])[..., None] + gen.normal(0, cap.noise * 0.4, img.shape)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
