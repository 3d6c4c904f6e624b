"""How court_fm's volumes were captured: in a hurry, whole stacks at a time, through the bureau's old sheet feeder
whose automatic deskew and auto-crop have long been broken. Its scan window is fixed, a little wider and longer than
A4 (232 × 318 mm), with a dark grey backing plate behind it, and it keeps the whole window: so every sheet comes out
skewed as it was pulled in (mostly 2–6°, a few less) on a dark surround, and a sheet smaller than A4 (an A5 notice, a
16K receipt, a half-sheet bank slip or fee slip) floats near the top of a large dark field, centred on the feed guide.
A skewed A4 sheet is wider than the window, so its corners touch the window's edges; a sheet pulled in at an angle
against one side loses a corner (a margin, never a title) at the scan's edge. Some sheets carry the marks of the
volume's unstapling — two staple holes at the top left through which the backing shows, and now and then the torn
notch where a staple was pulled out; a few have a dog-eared corner folded over onto the print, its grey back showing.
A table printed landscape goes through the feeder on its long side; the driver's "auto-rotate by text orientation"
turns it back upright — or, fooled, leaves it 90° off; the same happens to a form whose 骑缝 label or 联次 runs down
its margin. Now and then a sheet went in upside down and stays so. 200 or 300 dpi, grey or colour, JPEG quality 50–85,
the feeder's sensor noise and a touch of softness."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

WINDOW_MM = (232.0, 318.0)
"""the feeder's fixed scan window, width × length"""
BACKING = 62.0
"""the dark grey of the backing plate"""


@dataclass
class HurriedFeed:
    dpi: int
    rotation: int
    """the clockwise turn of the page's content in the delivered image (0, 90, 180, 270)"""
    photo: bool
    mode: str                 # grey | colour
    quality: int
    skew: float               # degrees, counter-clockwise positive, as the sheet was pulled in
    fed_turn: int             # 0, or 90/270 for a landscape page fed on its long side, 180 for a sheet fed upside down
    driver_turn: int          # what the driver's auto-rotate turned the scan by, clockwise
    shift_mm: float           # the sheet's centre from the feed guide's centre (+ right)
    top_mm: float             # the leading edge's gap below the window's top
    cut_corner: bool          # pulled in against one side: a corner beyond the window's edge
    dogear: tuple[int, float] | None  # (corner 0 tl, 1 tr, 2 br, 3 bl of the fed sheet, leg in mm)
    staple_holes: bool
    staple_torn: bool
    backing: float
    noise: float
    blur: float


def _mm(px: float, dpi: int) -> float:
    return px / dpi * 25.4


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def _bbox_mm(w_mm: float, h_mm: float, skew: float) -> tuple[float, float]:
    t = math.radians(abs(skew))
    return w_mm * math.cos(t) + h_mm * math.sin(t), w_mm * math.sin(t) + h_mm * math.cos(t)


def plan_capture(rng: random.Random, sheet: Sheet) -> HurriedFeed:
    w_mm, h_mm = _mm(sheet.width, DPI), _mm(sheet.height, DPI)
    landscape = w_mm > WINDOW_MM[0]  # wider than the feed path: it goes in on its long side
    labelled = bool(getattr(sheet, "vertical_label", False))
    fed_turn = rng.choice([90, 270]) if landscape else 0
    if fed_turn == 0 and rng.random() < 0.025:
        fed_turn = 180  # the sheet went in upside down
    driver_turn = 0
    if landscape:
        fooled = rng.random() < 0.5
        driver_turn = 0 if fooled else (360 - fed_turn) % 360
        if fooled and rng.random() < 0.3:
            driver_turn = 180
    elif labelled and rng.random() < 0.45:
        driver_turn = rng.choice([90, 270])  # the vertical label read as the text's direction
    rotation = (fed_turn + driver_turn) % 360
    fw, fh = (h_mm, w_mm) if fed_turn in (90, 270) else (w_mm, h_mm)
    skew = rng.choice([-1, 1]) * (rng.uniform(2.0, 6.0) if rng.random() < 0.85 else rng.uniform(0.8, 2.0))
    bw, _bh = _bbox_mm(fw, fh, skew)
    slack = (WINDOW_MM[0] - bw) / 2
    cut = rng.random() < 0.12
    shift = rng.uniform(-3.0, 3.0)
    if cut:  # pulled in against one side: a corner up to about a centimetre beyond the edge
        over = rng.uniform(4.0, 10.0)
        shift = rng.choice([-1, 1]) * max(0.0, slack + over)
    dogear = (rng.randrange(4), rng.uniform(10.0, 22.0)) if rng.random() < 0.1 else None
    holes = rng.random() < 0.3
    return HurriedFeed(
        dpi=rng.choice([200, 200, 200, 300, 300]), rotation=rotation, photo=False,
        mode="colour" if rng.random() < 0.35 else "grey", quality=rng.randint(50, 85), skew=skew,
        fed_turn=fed_turn, driver_turn=driver_turn, shift_mm=shift, top_mm=rng.uniform(1.5, 6.0), cut_corner=cut,
        dogear=dogear, staple_holes=holes, staple_torn=holes and rng.random() < 0.35,
        backing=BACKING + rng.uniform(-6, 6), noise=rng.uniform(2.0, 5.0), blur=rng.uniform(0.0, 0.8))


def _dogear(img: Any, mask: Any, corner: int, leg: int, gen: Any) -> tuple[Any, Any]:
    """Fold a corner over onto the sheet: the corner itself gone (the backing shows), the flap — the paper's grey back,
    the print faintly through it, mirrored — lying over the print inside the fold line, a shadow round its edges."""
    k = (corner - 1) % 4  # quarter turns (counter-clockwise) that bring the corner to the top right
    img = np.ascontiguousarray(np.rot90(img, k=k))
    mask = np.ascontiguousarray(np.rot90(mask, k=k))
    h, w = mask.shape
    flap = np.zeros((h, w), np.uint8)
    gone = np.zeros((h, w), np.uint8)
    cv2.fillPoly(gone, [np.array([(w - leg, 0), (w, 0), (w, leg)], np.int32)], 1)
    cv2.fillPoly(flap, [np.array([(w - leg, 0), (w, leg), (w - leg, leg)], np.int32)], 1)
    region = img[:leg, w - leg:].copy()
    ghost = region.transpose(1, 0, 2)  # the corner reflected across the fold line: its print seen from behind
    show = (214.0 + float(gen.uniform(-6, 6))) - (255.0 - ghost) * 0.08
    sub = img[:leg, w - leg:]
    f = flap[:leg, w - leg:].astype(bool)
    sub[f] = show[f]
    ring = cv2.dilate(flap, np.ones((7, 7), np.uint8)) - flap
    ring[gone.astype(bool)] = 0
    img[ring.astype(bool)] -= 40.0
    mask[gone.astype(bool)] = 0.0
    return np.ascontiguousarray(np.rot90(img, k=-k)), np.ascontiguousarray(np.rot90(mask, k=-k))


def _staples(img: Any, mask: Any, dpi: int, torn: bool, rng: random.Random) -> None:
    """Two staple holes at the top left (the backing shows through), and maybe the torn notch of a pulled staple."""
    cx, cy = _px(rng.uniform(7, 11), dpi), _px(rng.uniform(7, 11), dpi)
    span = _px(12, dpi) / math.sqrt(2)
    r = max(2, _px(0.55, dpi))
    for sx, sy in ((cx, cy), (int(cx + span), int(cy - span * 0.2)), (int(cx - span * 0.2), int(cy + span))):
        if sx == cx and sy == cy:
            continue
        cv2.circle(mask, (sx, sy), r, 0.0, -1)
        cv2.circle(img, (sx, sy), r + 2, (150.0, 150.0, 150.0), 1)
    if torn:
        pts = [(0, _px(rng.uniform(9, 13), dpi))]
        steps = 9
        for k in range(1, steps):
            t = k / steps
            depth = _px(rng.uniform(2.5, 5.5), dpi)
            pts.append((int(_px(14, dpi) * t + depth * 0.3), int(_px(14, dpi) * (1 - t) + depth * 0.3)))
        pts.append((_px(rng.uniform(9, 13), dpi), 0))
        pts.append((0, 0))
        cv2.fillPoly(mask, [np.array(pts, np.int32)], 0.0)
        # the paper lifted and creased beside the tear
        cv2.line(img, pts[1], pts[-3], (185.0, 185.0, 185.0), max(1, dpi // 100))


def capture(sheet: Sheet, cap: HurriedFeed, rng: random.Random) -> bytes:
    src: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = src.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(src, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else src.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.fed_turn:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.fed_turn // 90))
    h, w = img.shape[:2]
    mask: Any = np.ones((h, w), np.float32)
    if cap.dogear is not None:
        corner, leg_mm = cap.dogear
        img, mask = _dogear(img, mask, corner, _px(leg_mm, cap.dpi), gen)
    if cap.staple_holes:
        _staples(img, mask, cap.dpi, cap.staple_torn, rng)
    # the window: dark backing, faint streaks along the feed direction
    ww, wh = _px(WINDOW_MM[0], cap.dpi), _px(WINDOW_MM[1], cap.dpi)
    base: Any = np.full((wh, ww, 3), cap.backing, np.float32)
    base += gen.normal(0, 2.5, (1, ww, 1)).astype(np.float32)
    base += np.linspace(-5, 5, wh, dtype=np.float32)[:, None, None]
    # the sheet placed skewed: its centre on the guide (shifted), its top at the leading-edge gap
    _bw, bh = _bbox_mm(_mm(w, cap.dpi), _mm(h, cap.dpi), cap.skew)
    cx = ww / 2 + _px(cap.shift_mm, cap.dpi)
    cy = _px(cap.top_mm, cap.dpi) + _px(bh, cap.dpi) / 2
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m[0, 2] += cx - w / 2
    m[1, 2] += cy - h / 2
    placed = cv2.warpAffine(img, m, (ww, wh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                            borderValue=(255, 255, 255))
    alpha = cv2.warpAffine(mask, m, (ww, wh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    alpha = alpha[..., None]
    out: Any = placed * alpha + base * (1 - alpha)
    # the sheet's edge catches a thin shadow on the backing
    edge = cv2.GaussianBlur(alpha, (0, 0), max(1.0, cap.dpi / 120))
    if edge.ndim == 2:
        edge = edge[..., None]
    out -= np.clip(edge - alpha, 0, 1) * 25.0
    out += gen.normal(0, cap.noise, out.shape[:2])[..., None]
    if cap.blur > 0.25:
        out = cv2.GaussianBlur(out, (0, 0), cap.blur)
    out = np.clip(out, 0, 255)
    if cap.driver_turn:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.driver_turn // 90))
    if cap.mode == "colour":
        pil = Image.fromarray(out.astype(np.uint8), "RGB")
    else:
        grey = out @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
