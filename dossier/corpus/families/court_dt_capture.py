"""How court_dt's volumes were captured: 铁西法院's archive digitised its bound volumes on an overhead book scanner
without taking them apart. Each capture is one page of the open volume lying in the cradle: near the binding the page
dips into the gutter, so the text lines compress toward the spine and bend (the rows nearer the top and bottom bow in
toward the middle), the gutter darkens, focus softens toward the spine, and the scanner's two lamps light the page
unevenly. The operator holds the page flat at its outer edge with one or two fingertips (skin in colour, grey in
greyscale), which cover a little of the margin and now and then a word. Sometimes a strip of the facing page shows past
the gutter. Colour or greyscale, 200–300 dpi, JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class Finger:
    y: float        # where along the outer edge (fraction of the page height)
    reach: float    # how far it lies onto the page, in mm
    thick: float    # its width, in mm
    angle: float    # degrees off the horizontal


@dataclass
class BookShot:
    dpi: int
    rotation: int
    photo: bool
    colour: bool
    spine_left: bool          # the binding on the left (a right-hand page) or on the right
    depth: float              # how steeply the page falls into the gutter (slope at the spine)
    reach: float              # over what share of the page width the fall spreads
    shrink: float             # how much smaller the rows look right at the spine (0.03–0.08)
    gutter: float             # how dark the gutter goes, 0–1
    lamps: tuple[float, float]  # the left and right lamps' strength (1 = even)
    hotspot: tuple[float, float, float]  # a lamp's glare: x, y (fractions) and strength
    blur: float               # blur at the spine, px at the capture's dpi
    facing: float             # mm of the facing page visible beyond the gutter (0: none)
    skew: float
    quality: int
    cradle: int               # the cradle's cloth grey
    block: float = 2.5        # mm of the volume's stacked page edges showing beyond the outer edge and the foot
    fingers: list[Finger] = field(default_factory=list)
    skin: tuple[int, int, int] = (222, 176, 148)


def plan_capture(rng: random.Random, sheet: Sheet) -> BookShot:
    del sheet
    fingers = [Finger(rng.uniform(0.25, 0.75), rng.uniform(9, 19), rng.uniform(15, 19), rng.uniform(-18, 18))]
    if rng.random() < 0.45:  # the other hand further down, or a thumb at a corner
        fingers.append(Finger(rng.choice([rng.uniform(0.05, 0.16), rng.uniform(0.84, 0.95)]), rng.uniform(8, 16),
                              rng.uniform(17, 21), rng.uniform(-30, 30)))
    if rng.random() < 0.12:  # pressed a little too far in: the tip lies on a word
        fingers[0].reach = rng.uniform(24, 30)
    return BookShot(
        dpi=rng.choice([200, 220, 240, 260, 300]), rotation=0, photo=False, colour=rng.random() < 0.6,
        spine_left=rng.random() < 0.5, depth=rng.uniform(0.7, 1.2), reach=rng.uniform(0.11, 0.2),
        shrink=rng.uniform(0.04, 0.08), gutter=rng.uniform(0.35, 0.65),
        lamps=(rng.uniform(0.86, 1.0), rng.uniform(0.86, 1.0)),
        hotspot=(rng.uniform(0.3, 0.9), rng.uniform(0.15, 0.85), rng.uniform(0.0, 0.07)),
        blur=rng.uniform(1.2, 2.6), facing=rng.uniform(6, 16) if rng.random() < 0.25 else 0.0,
        skew=rng.uniform(-1.2, 1.2), quality=rng.randint(55, 85), cradle=rng.randint(18, 55), fingers=fingers,
        block=rng.uniform(1.0, 4.0),
        skin=(rng.randint(205, 232), rng.randint(160, 186), rng.randint(130, 155)))


def _surface(w: int, plan: BookShot) -> tuple[Any, Any]:
    """For each page column x (spine at 0): where it lands across the image, and how much its rows shrink."""
    x = np.arange(w + 1, dtype=np.float64)
    fall = plan.reach * w
    slope = plan.depth * np.exp(-x / fall)
    across = np.concatenate([[0.0], np.cumsum(1.0 / np.sqrt(1.0 + slope[:-1] ** 2))])
    rows = 1.0 - plan.shrink * np.exp(-x / (fall * 1.6))
    return across, rows


def capture(sheet: Sheet, plan: BookShot, rng: random.Random) -> bytes:
    src: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = plan.dpi / DPI
    if scale != 1:
        src = cv2.resize(src, (round(src.shape[1] * scale), round(src.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    if not plan.spine_left:
        src = np.ascontiguousarray(src[:, ::-1])
    h, w = src.shape[:2]
    px_mm = plan.dpi / 25.4
    across, rows = _surface(w, plan)
    width_seen = float(across[-1])
    left = int(plan.facing * px_mm + px_mm * 7)
    top = int(px_mm * rng.uniform(8, 14))
    out_w = int(left + width_seen + px_mm * rng.uniform(16, 22))
    out_h = int(h + 2 * top)
    cy = top + h / 2

    # inverse map: each image column back to a page column, each image row back to a page row
    cols = np.arange(out_w, dtype=np.float64) - left
    page_x = np.interp(cols, across, np.arange(w + 1, dtype=np.float64), left=-10.0, right=w + 10.0)
    row_scale = np.interp(np.clip(page_x, 0, w), np.arange(w + 1), rows)
    v = np.arange(out_h, dtype=np.float64)[:, None]
    map_y = (cy + (v - cy) / row_scale[None, :] - top).astype(np.float32)
    map_x = np.broadcast_to(page_x[None, :], (out_h, out_w)).astype(np.float32)
    cradle = (plan.cradle, plan.cradle, plan.cradle + 4)
    img: Any = cv2.remap(src, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=cradle)
    img = img.astype(np.float32)
    on_page = (map_x >= 0) & (map_x < w) & (map_y >= 0) & (map_y < h)

    # softer toward the spine
    soft = cv2.GaussianBlur(img, (0, 0), plan.blur * scale + 0.6)
    dist = np.clip(cols, 0, None) / max(1.0, plan.reach * w * 2.2)
    wgt = np.exp(-dist)[None, :, None].astype(np.float32)
    img = img * (1 - wgt) + soft * wgt

    if plan.facing:
        _facing_page(img, plan, left, top, h, px_mm, rng)

    # gutter shade, the two lamps, a glare
    shade = 1.0 - plan.gutter * np.exp(-np.abs(cols) / (plan.reach * w * 0.4))
    lamp = np.linspace(plan.lamps[0], plan.lamps[1], out_w)
    yy = np.linspace(0, 1, out_h)[:, None]
    xx = np.linspace(0, 1, out_w)[None, :]
    glare = plan.hotspot[2] * np.exp(-(((xx - plan.hotspot[0]) / 0.25) ** 2 + ((yy - plan.hotspot[1]) / 0.3) ** 2))
    fall_off = 1.0 - 0.06 * ((yy - 0.5) * 2) ** 2
    light = (shade * lamp)[None, :] * fall_off + glare
    img = img * light[..., None].astype(np.float32)
    img = np.where(on_page[..., None] | (cols[None, :, None] < 0), img, np.float32(plan.cradle))

    _page_block(img, plan, left, int(left + width_seen), top, h, px_mm)
    for finger in plan.fingers:
        _finger(img, finger, plan, left + width_seen, top, h, px_mm)

    noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(1.5, 4.0), img.shape[:2])
    img = np.clip(img + noise[..., None], 0, 255).astype(np.uint8)
    if plan.skew:
        m = cv2.getRotationMatrix2D((out_w / 2, out_h / 2), plan.skew, 1.0)
        img = cv2.warpAffine(img, m, (out_w, out_h), borderValue=cradle)
    if not plan.spine_left:
        img = np.ascontiguousarray(img[:, ::-1])
    pic = Image.fromarray(img)
    if not plan.colour:
        pic = pic.convert("L")
    buf = io.BytesIO()
    pic.save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()


def _facing_page(img: Any, plan: BookShot, left: int, top: int, h: int, px_mm: float, rng: random.Random) -> None:
    """The facing page's last few millimetres beyond the gutter: paper, the ends of its lines, falling into shadow."""
    strip = int(plan.facing * px_mm)
    x0 = left - strip
    paper = np.float32(rng.uniform(205, 232))
    img[top + int(px_mm * 2): top + h - int(px_mm * 2), x0:left] = paper
    ink = np.float32(rng.uniform(60, 110))
    y = top + int(px_mm * rng.uniform(28, 40))
    step = int(px_mm * rng.uniform(9, 11))
    while y < top + h - px_mm * 40:
        if rng.random() < 0.8:
            end = x0 + int(strip * rng.uniform(0.15, 0.5))
            for k in range(x0, end, int(px_mm * 4.2)):  # the last characters of a line, one blot each
                blot = img[y: y + int(px_mm * 3), k: min(end, k + int(px_mm * 3))]
                blot[...] = blot * 0.55 + ink * 0.45
        y += step
    ramp = np.linspace(1.0, 0.35, strip, dtype=np.float32)[None, :, None]
    img[:, x0:left] *= ramp


def _page_block(img: Any, plan: BookShot, start: int, edge: int, top: int, h: int, px_mm: float) -> None:
    """The edges of the pages beneath, stepping out past the outer edge and the foot: thin light and dark lines."""
    depth = int(plan.block * px_mm)
    if depth < 2:
        return
    H, W = img.shape[:2]
    x1 = min(W, edge + depth)
    y0, y1 = top + int(px_mm * 3), min(H, top + h + depth)
    tone = np.where(np.arange(x1 - edge) % 3 == 0, 150.0, 195.0).astype(np.float32)
    fade = np.linspace(1.0, 0.6, x1 - edge, dtype=np.float32)
    img[y0:y1, edge:x1] = (tone * fade)[None, :, None]
    foot = np.where(np.arange(y1 - (top + h)) % 3 == 0, 150.0, 190.0).astype(np.float32)
    img[top + h:y1, start:x1] = np.minimum(img[top + h:y1, start:x1], foot[:, None, None])


def _finger(img: Any, f: Finger, plan: BookShot, edge: float, top: int, h: int, px_mm: float) -> None:
    """A fingertip from beyond the page's outer edge: a rounded capsule, lit from above, its nail paler, a soft shadow
    on the paper beside it."""
    H, W = img.shape[:2]
    length = (f.reach + 40) * px_mm
    thick = f.thick * px_mm
    tip_x = edge - f.reach * px_mm
    tip_y = top + f.y * h
    ang = np.radians(f.angle)
    ux, uy = np.cos(ang), np.sin(ang)
    r = thick / 2
    ends_x, ends_y = (tip_x, tip_x + length * ux), (tip_y, tip_y + length * uy)
    x0, x1 = int(max(0, min(ends_x) - 2 * r)), int(min(W, max(ends_x) + 2 * r))
    y0, y1 = int(max(0, min(ends_y) - 2 * r)), int(min(H, max(ends_y) + 2 * r))
    if x1 <= x0 or y1 <= y0:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    # distance along the finger (0 at the tip, growing outward) and across it
    along = (xx - tip_x) * ux + (yy - tip_y) * uy
    acr = -(xx - tip_x) * uy + (yy - tip_y) * ux
    def off_axis(a: Any, b: Any) -> Any:
        return np.sqrt(np.where(a < r, (a - r) ** 2, 0) + b ** 2)

    inside = (off_axis(along, acr) < r) & (along < length)
    # the shadow falls a little below and outward of the finger, soft-edged
    sh = off_axis(along - r * 0.15, acr - r * 0.3)
    shadow = ~inside & (sh < r * 1.15) & (along < length)
    win = img[y0:y1, x0:x1]
    depth = np.clip(1 - (sh - r * 0.6) / (r * 0.55), 0, 1)[..., None]
    win[shadow] *= (1 - 0.28 * depth[shadow]).astype(np.float32)
    rel = np.clip(acr / r, -1, 1)
    lit = (0.74 + 0.26 * np.sqrt(np.clip(1 - rel ** 2, 0, 1)))[..., None]
    skin = np.array(plan.skin, dtype=np.float32)[None, :]
    win[inside] = skin * lit[inside]
    nail = inside & (((along - r * 1.2) / (r * 0.95)) ** 2 + (acr / (r * 0.58)) ** 2 < 1)
    win[nail] = win[nail] * 0.55 + np.array([236, 208, 200], dtype=np.float32) * 0.45
