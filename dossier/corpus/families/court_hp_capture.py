"""How court_hp's pages were captured: two ways.

What the parties and their lawyers send in — applications, the judgment and its certificate of effect, ID and licence
copies, the firm's letter, the forms they filled, the e-receipt, the settlement — reaches the 兰山 bureau as the
output of a phone "document scanner" app (a 扫描全能王-like one) uploaded to the online filing system, and the window
prints nothing of it again: the images go into the dossier as they came. The phone lay over the paper on a desk; the
app found the page's edges, cut it out and straightened it:
- its auto-crop is often a little off: too tight, so a strip of the page is lost along the top, one side or the
  bottom (now and then through a title, a letterhead or a footer), or too loose, so a wedge of the desk (wood, or a
  dark tabletop) shows in a corner beyond the paper's edge;
- its perspective correction is imperfect: the page sits in the image as a slight trapezoid, its edges and lines a
  little out of square;
- most pages went through its "B&W enhance" filter: the shading of the photo flattened away, grey grounds gone to
  white, a harsh contrast curve that makes print black and drops faint and thin strokes into broken pieces (the red of
  a seal comes out a dark grey); some were kept in colour through its "enhance" filter (white lifted, colours
  stronger), a few left as photographed (soft, a light fall-off across the page);
- the free app prints its small watermark line ("由 速扫王 扫描创建") at the foot of many pages;
- it saves at about 150–220 dpi at the paper, JPEG; now and then a page went up turned 90° or 180°.

The bureau's own papers (notices, rulings, records, forms, the archive's cover and lists) go through its A4 flatbed:
200, 240 or 300 dpi, grey or colour, clean, the sheet a little skewed against the glass (under a degree) with the
white lid at its edges; a rare one upside down."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

WATERMARK = "由 速扫王 扫描创建"
DESKS = ((150, 110, 75), (62, 58, 56), (196, 170, 134))
"""the desks under the phone: a walnut-stained table, a black office desk, a light wood one"""
LID = 246.0


@dataclass
class Capture:
    dpi: int
    rotation: int
    photo: bool
    source: str                     # app | flatbed
    mode: str                       # app: bw | colour | plain; flatbed: grey | colour
    quality: int
    cut: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    """the app's crop against the page, mm on (top, right, bottom, left): > 0 cuts into the page, < 0 takes in desk"""
    corners: tuple[tuple[float, float], ...] = ((0.0, 0.0),) * 4
    """residual perspective error of each corner (tl, tr, br, bl), mm — the slight trapezoid"""
    desk: tuple[int, int, int] = DESKS[0]
    watermark: bool = False
    skew: float = 0.0               # flatbed: degrees
    shade: float = 0.0              # app, plain: light fall-off across the photo
    contrast: tuple[float, float] = (0.45, 0.82)   # bw: the curve's black and white points (fraction of paper white)


def plan_capture(rng: random.Random, sheet: Sheet) -> Capture:
    if getattr(sheet, "via_app", False):
        return _plan_app(rng)
    return Capture(dpi=rng.choice([200, 200, 240, 300]), rotation=180 if rng.random() < 0.03 else 0, photo=False,
                   source="flatbed", mode="colour" if rng.random() < 0.35 else "grey", quality=rng.randint(72, 92),
                   skew=rng.choice([-1, 1]) * rng.uniform(0.05, 0.8))


def _plan_app(rng: random.Random) -> Capture:
    cut = [rng.uniform(-1.0, 2.0) for _ in range(4)]
    roll = rng.random()
    if roll < 0.45:  # too tight on one edge
        edge = rng.choices([0, 1, 2, 3], weights=[4, 2, 3, 2])[0]
        cut[edge] = rng.uniform(5.0, 16.0)
    elif roll < 0.7:  # too loose: the desk shows past two adjacent edges, more at one corner
        edge = rng.randrange(4)
        cut[edge] = -rng.uniform(6.0, 16.0)
        cut[(edge + 1) % 4] = -rng.uniform(3.0, 10.0)
    corners = tuple((rng.uniform(-3.5, 3.5), rng.uniform(-3.0, 3.0)) for _ in range(4))
    mode = rng.choices(["bw", "colour", "plain"], weights=[62, 28, 10])[0]
    turn = rng.random()
    rotation = 90 if turn < 0.05 else (180 if turn < 0.09 else (270 if turn < 0.11 else 0))
    return Capture(dpi=rng.randint(150, 220), rotation=rotation, photo=True, source="app", mode=mode,
                   quality=rng.randint(60, 85), cut=(cut[0], cut[1], cut[2], cut[3]), corners=corners,
                   desk=rng.choice(DESKS), watermark=rng.random() < 0.6, shade=rng.uniform(10, 35),
                   contrast=(rng.uniform(0.38, 0.52), rng.uniform(0.78, 0.88)))


def _px(mm_: float, dpi: float) -> float:
    return mm_ / 25.4 * dpi


def _app(sheet: Sheet, cap: Capture, rng: random.Random) -> Image.Image:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = page.shape[:2]
    # the photo: the page lying on the desk, under the room's uneven light, a little soft
    pad = round(_px(30, DPI))
    desk = np.empty((h0 + 2 * pad, w0 + 2 * pad, 3), np.float32)
    desk[:] = np.array(cap.desk, np.float32)
    desk += gen.normal(0, 6, desk.shape[:2])[..., None]
    grain = cv2.GaussianBlur(gen.normal(0, 14, desk.shape[:2]).astype(np.float32), (0, 0), sigmaX=18, sigmaY=2)
    desk += grain[..., None]
    desk[pad:pad + h0, pad:pad + w0] = page
    yy, xx = np.mgrid[0:desk.shape[0], 0:desk.shape[1]].astype(np.float32)
    light = 1.0 - cap.shade / 255.0 * (xx / desk.shape[1] * 0.6 + yy / desk.shape[0] * 0.4)
    scene: Any = cv2.GaussianBlur(desk * light[..., None], (0, 0), 0.9)
    # the app's quad: the page's corners, moved by its crop and by its perspective error
    top, right, bottom, left = (_px(v, DPI) for v in cap.cut)
    quad = np.array([[pad + left, pad + top], [pad + w0 - right, pad + top], [pad + w0 - right, pad + h0 - bottom],
                     [pad + left, pad + h0 - bottom]], np.float32)
    quad += np.array([[_px(dx, DPI), _px(dy, DPI)] for dx, dy in cap.corners], np.float32)
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    dst = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32)
    m = cv2.getPerspectiveTransform(quad, dst)
    img: Any = cv2.warpPerspective(scene, m, (w, h), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE)
    img += gen.normal(0, 3.0, img.shape[:2])[..., None]
    img = np.clip(img, 0, 255)
    if cap.mode == "bw":
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        ground = cv2.dilate(grey, np.ones((31, 31), np.uint8))
        ground = cv2.GaussianBlur(ground, (0, 0), 12)
        ratio = grey / np.maximum(ground, 1.0)
        lo, hi = cap.contrast
        out = np.clip((ratio - lo) / (hi - lo), 0, 1) ** 1.6 * 255
        out += gen.normal(0, 18, out.shape) * ((out > 40) & (out < 215))  # the steep curve frays the strokes' edges
        out = np.where(out > 150, 255.0, np.where(out < 60, 0.0, out))
        pil = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")
    elif cap.mode == "colour":
        ground = cv2.GaussianBlur(cv2.dilate(img, np.ones((31, 31), np.uint8)), (0, 0), 12)
        norm = np.clip(img / np.maximum(ground, 1.0), 0, 1)
        grey = norm.mean(axis=2, keepdims=True)
        vivid = np.clip(grey + (norm - grey) * 1.4, 0, 1)
        out = np.clip((vivid - 0.3) / 0.6, 0, 1) ** 1.2 * 255
        pil = Image.fromarray(out.astype(np.uint8), "RGB")
    else:
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    if cap.watermark:
        d = ImageDraw.Draw(pil)
        size = max(12, round(_px(2.8, cap.dpi)))
        f = font("sans", size)
        tw = f.getlength(WATERMARK)
        ink: int | tuple[int, int, int] = 150 if pil.mode == "L" else (150, 150, 150)
        d.text((w - tw - _px(5, cap.dpi), h - size - _px(3, cap.dpi)), WATERMARK, font=f, fill=ink)
    return pil


def _flatbed(sheet: Sheet, cap: Capture, rng: random.Random) -> Image.Image:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(LID, LID, LID))
    img += gen.normal(0, 1.6, img.shape[:2])[..., None]
    img = np.clip(img * 0.985 + 2, 0, 255)
    if cap.mode == "grey":
        return Image.fromarray((img @ np.array([0.299, 0.587, 0.114], np.float32)).astype(np.uint8), "L")
    return Image.fromarray(img.astype(np.uint8), "RGB")


def capture(sheet: Sheet, cap: Capture, rng: random.Random) -> bytes:
    pil = _app(sheet, cap, rng) if cap.source == "app" else _flatbed(sheet, cap, rng)
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)  # rotation: the clockwise turn the page image shows
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
