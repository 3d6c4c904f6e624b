"""How court_ij's volumes were captured: the 敦煌 archive sent its sewn volumes (三孔一线, thread through three holes
along the left margin) to an outside digitising company, whose operator turned them page by page under an overhead
book scanner (书刊扫描仪) in its cradle. Each image is one page of the open volume, in volume order:

- the binding side lies on the LEFT of an odd (recto) page and on the RIGHT of an even (verso) page, counting every
  page the volume holds (blank backs too); there the page curls down into the gutter: within a band of 25–45 mm the
  text is squeezed toward the spine and shrinks toward the page's middle, so lines bend and the page's top and bottom
  corners dip into the dark of the cradle;
- the gutter lies in shadow, darkest at the fold and fading over 12–30 mm;
- the scanner's lamp stands at one side: the light falls off across the page (and a little toward top and bottom);
- the three binding holes show in the gutter band, and on some pages the cotton thread between them;
- now and then the operator's fingertips (one or two) hold the page down at its OUTER edge, covering a little margin;
- the company's profile: 200, 240 or 300 dpi; colour, or converted to grey (most volumes); slight skew left by the
  cradle; rarely a landscape paper bound sideways (90°/270°) or the volume laid upside down (180°); JPEG q 72–90."""

from __future__ import annotations

import io
import random
import weakref
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

CRADLE = 34.0
"""the grey of the cradle's dark felt, seen where the page dips away from the camera"""
SKIN = (206.0, 160.0, 136.0)
HOLES = (0.28, 0.5, 0.72)
"""the three binding holes, as fractions of the page's height"""

_LEAVES: weakref.WeakKeyDictionary[random.Random, int] = weakref.WeakKeyDictionary()
"""pages already captured with each dossier's generator: its volume's running page count"""


@dataclass
class BookScan:
    dpi: int
    rotation: int
    photo: bool
    page: int                 # the page's number in the volume (1 = the first page captured)
    side: str                 # where the gutter is: "left" (odd pages) or "right" (even pages)
    mode: str                 # "colour" | "grey"
    gutter_mm: float          # width of the gutter's shadow
    gutter_depth: float       # how dark the fold is (0..1 of the light lost)
    curl_mm: float            # width of the band that curls into the gutter
    squeeze: float            # how much the curl compresses (across and toward the middle)
    lamp_left: bool           # the lamp stands at the left of the image
    falloff: float            # light lost across the page away from the lamp
    hole_mm: float            # distance of the binding holes from the fold
    thread: bool              # the binding thread shows between the holes
    fingers: list[tuple[float, float]] = field(default_factory=list)  # (y fraction, fingertip width mm) at the outer edge
    skew: float = 0.0
    quality: int = 80
    noise: float = 2.5


def plan_capture(rng: random.Random, sheet: Sheet) -> BookScan:
    page = _LEAVES.get(rng, 0) + 1
    _LEAVES[rng] = page
    fingers: list[tuple[float, float]] = []
    if rng.random() < 0.22:
        fingers = [(rng.uniform(0.3, 0.75), rng.uniform(13, 17))]
        if rng.random() < 0.4:
            fingers.append((min(0.92, fingers[0][0] + rng.uniform(0.09, 0.13)), rng.uniform(12, 16)))
    rotation = rng.choices([0, 90, 270, 180], weights=[95, 2, 2, 1])[0]
    return BookScan(
        dpi=rng.choice([200, 240, 300]), rotation=rotation, photo=False, page=page,
        side="left" if page % 2 else "right", mode="colour" if rng.random() < 0.3 else "grey",
        gutter_mm=rng.uniform(12, 30), gutter_depth=rng.uniform(0.45, 0.75), curl_mm=rng.uniform(25, 45),
        squeeze=rng.uniform(0.12, 0.3), lamp_left=rng.random() < 0.5, falloff=rng.uniform(0.06, 0.16),
        hole_mm=rng.uniform(7, 11), thread=rng.random() < 0.35, fingers=fingers,
        skew=rng.uniform(-0.6, 0.6), quality=rng.randint(72, 90), noise=rng.uniform(1.5, 4.0))


def _px(v: float, dpi: int) -> float:
    return v / 25.4 * dpi


def _holes(img: Any, cap: BookScan) -> None:
    """The binding holes (the cradle's dark through them) and, on some pages, the thread between them — drawn on the
    flat page as if the gutter were on the left; the page is mirrored for a right gutter before and after."""
    h = img.shape[0]
    x = int(_px(cap.hole_mm, cap.dpi))
    r = max(3, int(_px(1.3, cap.dpi)))
    ys = [int(f * h) for f in HOLES]
    if cap.thread:
        tw = max(2, int(_px(0.6, cap.dpi)))
        cv2.line(img, (x, ys[0]), (x, ys[-1]), (236, 230, 214), tw * 2)
        cv2.line(img, (x - tw, ys[0]), (x - tw, ys[-1]), (150, 145, 135), 1)
        cv2.line(img, (x + tw, ys[0]), (x + tw, ys[-1]), (150, 145, 135), 1)
        for y in ys:  # the thread runs from each hole over the fold to the back
            cv2.line(img, (0, y), (x, y), (232, 226, 210), tw * 2)
    for y in ys:
        cv2.circle(img, (x, y), r + 2, (120, 115, 108), -1)
        cv2.circle(img, (x, y), r, (CRADLE, CRADLE, CRADLE), -1)


def _curl(img: Any, cap: BookScan) -> Any:
    """The page curling into a gutter on the left: within the curl band the content is compressed toward the fold and
    toward the page's middle row; where the warp reaches past the page's edge the cradle shows."""
    h, w = img.shape[:2]
    zone = _px(cap.curl_mm, cap.dpi)
    xs = np.arange(w, dtype=np.float32)
    u = np.clip(1 - xs / zone, 0, 1)          # 1 at the fold, 0 where the curl ends
    t = u ** 2
    x_src = xs * (1 + cap.squeeze * t)        # more page per pixel near the fold
    ys = np.arange(h, dtype=np.float32)
    cy = h / 2
    grow = 1 + cap.squeeze * 0.35 * t          # each column near the fold shows a taller strip of the page
    map_y = cy + (ys[:, None] - cy) * grow[None, :]
    map_x = np.broadcast_to(x_src[None, :], (h, w)).astype(np.float32)
    return cv2.remap(img, map_x, map_y.astype(np.float32), cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                     borderValue=(CRADLE, CRADLE, CRADLE))


def _light(img: Any, cap: BookScan) -> Any:
    """The gutter's shadow (gutter on the left here) and the lamp's fall-off across and along the page."""
    h, w = img.shape[:2]
    xs = np.arange(w, dtype=np.float32)
    g = _px(cap.gutter_mm, cap.dpi)
    shade = 1 - cap.gutter_depth * np.exp(-xs / (g / 3))
    fold = max(2, int(_px(0.8, cap.dpi)))
    shade[:fold] *= 0.55
    lamp_here = cap.lamp_left != (cap.side == "right")  # the page is worked on mirrored for a right gutter
    across = xs / w if lamp_here else 1 - xs / w
    light_x = 1 - cap.falloff * across ** 1.3
    ys = np.linspace(-1, 1, h, dtype=np.float32)
    light_y = 1 - 0.04 * ys ** 2
    gain = (shade * light_x)[None, :] * light_y[:, None]
    return img * gain[..., None]


def _fingers(img: Any, cap: BookScan, gen: Any) -> Any:
    """Fingertips over the page's outer edge (the right edge, gutter on the left): skin, a pale nail toward the tip,
    a soft shadow round it where the finger rises off the page."""
    h, w = img.shape[:2]
    for yf, width_mm in cap.fingers:
        fw = _px(width_mm, cap.dpi)
        reach = fw * float(gen.uniform(0.75, 0.95))   # how far the tip reaches into the page
        cy, x_tip = yf * h, w - reach
        y0, y1 = max(0, int(cy - fw)), min(h, int(cy + fw))
        x0 = max(0, int(x_tip - fw * 0.4))
        yy, xx = np.mgrid[y0:y1, x0:w].astype(np.float32)
        # a rounded bar lying across the edge, its round tip inside the page
        cap_x = np.where(xx < x_tip + fw / 2, ((xx - x_tip - fw / 2) / (fw / 2)) ** 2, 0)
        d = np.sqrt(((yy - cy) / (fw / 2)) ** 2 + cap_x)
        inside = d <= 1.0
        part = img[y0:y1, x0:w]
        shadow = np.clip(1 - (d - 1.0) / 0.35, 0, 1) * (~inside)
        part = part * (1 - 0.35 * shadow[..., None])
        tone = 0.8 + 0.2 * np.clip(1 - d, 0, 1) ** 0.5
        skin = np.stack([SKIN[k] * tone for k in range(3)], axis=-1).astype(np.float32)
        nail = inside & (xx < x_tip + fw * 0.42) & (np.abs(yy - cy) < fw * 0.3)
        skin[nail] = skin[nail] * 0.6 + 240 * 0.4
        img[y0:y1, x0:w] = np.where(inside[..., None], skin, part)
    return img


def capture(sheet: Sheet, cap: BookScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    right = cap.side == "right"
    if right:  # work as if the gutter were on the left
        img = np.ascontiguousarray(img[:, ::-1])
    _holes(img, cap)
    img = _curl(img, cap)
    img = _light(img, cap)
    img = _fingers(img, cap, gen)
    if right:
        img = np.ascontiguousarray(img[:, ::-1])
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(CRADLE, CRADLE, CRADLE))
    img += (gen.standard_normal(img.shape[:2], dtype=np.float32) * cap.noise)[..., None]
    img = np.clip(img, 0, 255)
    if cap.mode == "grey":
        out: Any = (img @ np.array([0.299, 0.587, 0.114], np.float32)).astype(np.uint8)
    else:
        out = img.astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    pil = Image.fromarray(out, "L" if cap.mode == "grey" else "RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()

