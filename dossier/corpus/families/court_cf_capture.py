"""How court_cf's pages were captured: the 诉讼服务中心 window's document camera (高拍仪) looking straight down on a
dark desk mat. The page lies a little crooked on the mat, which shows round it as a dark border; the cheap lens bows
the page outward (barrel distortion); the camera's auto-crop sometimes leaves only a sliver of mat or cuts a few
millimetres of the margin; its LED throws a glare spot on glossy papers (licences, ID copies, bank slips); now and
then the clerk's thumb holds an edge flat or a black binder clip sits on the top edge; landscape papers are often laid
sideways (a 90° page). The camera's "document enhancement" over-whitens some pages. Colour JPEG at 150–220 dpi of
the page, quality 45–75, sensor noise and a little blur."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_cf_kit import is_glossy

MAT = (38, 40, 44)


@dataclass
class CfCapture:
    dpi: int
    rotation: int          # clockwise degrees the page lies turned on the mat (0 or 90)
    photo: bool
    skew: float            # degrees
    crop: str              # "mat" (a dark border all round) | "sliver" (a few px of mat) | "cut" (margin cut off)
    border: float          # mat border as a fraction of the page's short side
    cut_mm: float          # for "cut": how much of the margin the crop takes
    barrel: float          # k1 of the lens distortion
    glare: bool
    glare_at: tuple[float, float]
    hold: str              # "" | "thumb" | "clip"
    hold_side: int         # 0 left, 1 right, 2 bottom, 3 top
    enhance: bool          # over-whitening "document enhancement"
    quality: int
    blur: float
    warm: float            # LED colour cast (0 neutral)


def plan_capture(rng: random.Random, sheet: Sheet) -> CfCapture:
    landscape = sheet.width > sheet.height
    small = sheet.height < 0.7 * sheet.width or sheet.height < 1500
    crop = rng.choices(["mat", "sliver", "cut"], weights=[55, 25, 20])[0]
    if small:
        crop = "mat"  # a slip in the middle of the mat: the crop keeps the mat round it
    hold = rng.choices(["", "thumb", "clip"], weights=[78, 12, 10])[0]
    return CfCapture(dpi=rng.choice([150, 170, 180, 200, 200, 220]),
                     rotation=90 if landscape and rng.random() < 0.5 else 0, photo=True,
                     skew=rng.uniform(-3.0, 3.0), crop=crop, border=rng.uniform(0.04, 0.09) if crop == "mat" else 0.012,
                     cut_mm=rng.uniform(2.0, 5.0), barrel=rng.uniform(0.015, 0.045), glare=is_glossy(sheet),
                     glare_at=(rng.uniform(0.3, 0.7), rng.uniform(0.25, 0.6)), hold=hold, hold_side=rng.randint(0, 3),
                     enhance=rng.random() < 0.3, quality=rng.randint(45, 75), blur=rng.uniform(0.3, 0.9),
                     warm=rng.uniform(-6, 10))


def _mat(h: int, w: int, rng: np.random.Generator) -> Any:
    base = np.empty((h, w, 3), np.float32)
    base[:] = MAT
    grain = cv2.GaussianBlur(rng.normal(0, 6, (h, w)).astype(np.float32), (0, 0), 3)
    return base + grain[..., None]


def _barrel(img: Any, k1: float) -> Any:
    """Bow the image outward from its centre (cheap wide lens)."""
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w / 2, h / 2
    nx, ny = (xx - cx) / cx, (yy - cy) / cy
    r2 = nx * nx + ny * ny
    f = 1 + k1 * r2
    # sample from a point nearer the centre: straight lines bow outward
    mapx = (nx / (1 + k1) * f * cx + cx).astype(np.float32)
    mapy = (ny / (1 + k1) * f * cy + cy).astype(np.float32)
    return cv2.remap(img, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def capture(sheet: Sheet, cap: CfCapture, rng: random.Random) -> bytes:
    noise = np.random.default_rng(rng.randint(0, 2**31))
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = page.shape[:2]
    scale = cap.dpi / DPI
    page = cv2.resize(page, (round(w0 * scale), round(h0 * scale)), interpolation=cv2.INTER_AREA)
    # the camera's "document enhancement" pulls the levels up and burns the paper to white; without it a
    # photographed page is never paper-white
    page = np.clip((page - 25) * 255 / 185, 0, 255) if cap.enhance else page * 0.93 + 4
    if cap.rotation:
        page = np.ascontiguousarray(np.rot90(page, k=-cap.rotation // 90))
    ph, pw = page.shape[:2]
    if cap.glare:
        gx, gy = cap.glare_at
        yy, xx = np.mgrid[0:ph, 0:pw].astype(np.float32)
        rad = 0.16 * min(ph, pw)
        spot = np.exp(-(((xx - gx * pw) ** 2) / (2 * (rad * 1.3) ** 2) + ((yy - gy * ph) ** 2) / (2 * rad ** 2)))
        page = page + (255 - page) * (0.72 * spot)[..., None]
    short = min(ph, pw)
    b = max(6, round(short * cap.border))
    canvas = _mat(ph + 2 * b, pw + 2 * b, noise)
    canvas[b:b + ph, b:b + pw] = page
    # a shadow under the page's lower right edge
    canvas[b + ph:b + ph + 4, b + 4:b + pw + 4] *= 0.8
    hh, ww = canvas.shape[:2]
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(hh * sin + ww * cos), int(hh * cos + ww * sin)
    m[0, 2] += nw / 2 - ww / 2
    m[1, 2] += nh / 2 - hh / 2
    canvas = cv2.warpAffine(canvas, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=MAT)
    if cap.hold:
        canvas = _holder(canvas, cap, b, noise)
    canvas = _barrel(canvas, cap.barrel)
    # light falls off towards the frame's corners
    yy, xx = np.mgrid[0:nh, 0:nw].astype(np.float32)
    vig = 1 - 0.12 * (((xx - nw / 2) / (nw / 2)) ** 2 + ((yy - nh / 2) / (nh / 2)) ** 2)
    canvas = canvas * vig[..., None]
    canvas[..., 0] += cap.warm
    canvas[..., 2] -= cap.warm
    canvas = _autocrop(canvas, cap, b, scale)
    if cap.blur > 0.35:
        canvas = cv2.GaussianBlur(canvas, (0, 0), cap.blur)
    canvas = canvas + noise.normal(0, 3.0, canvas.shape)
    img = Image.fromarray(np.clip(canvas, 0, 255).astype(np.uint8), "RGB")
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _holder(canvas: Any, cap: CfCapture, b: int, noise: np.random.Generator) -> Any:
    """The clerk's thumb pressing an edge flat, or a black binder clip on the top edge."""
    h, w = canvas.shape[:2]
    out = canvas.copy()
    if cap.hold == "clip":
        cx = int(w * (0.35 + 0.3 * noise.random()))
        cw, ch = int(w * 0.09), int(b + h * 0.035)
        out[max(0, b - ch // 3):b + ch - ch // 3, cx - cw // 2:cx + cw // 2] = (18, 18, 20)
        out[max(0, b - ch // 3) + 6:max(0, b - ch // 3) + 12, cx - cw // 2 + 8:cx + cw // 2 - 8] = (120, 120, 125)
        return out
    side = cap.hold_side
    along = 0.3 + 0.4 * noise.random()
    if side in (0, 1):
        cy, cx = int(h * along), (b // 2 + int(w * 0.03)) if side == 0 else (w - b // 2 - int(w * 0.03))
        axes = (int(w * 0.06), int(h * 0.045))
    else:
        cx, cy = int(w * along), (h - b // 2 - int(h * 0.02)) if side == 2 else (b // 2 + int(h * 0.02))
        axes = (int(w * 0.05), int(h * 0.05))
    mask = np.zeros((h, w), np.uint8)
    cv2.ellipse(mask, (cx, cy), axes, float(noise.uniform(-30, 30)), 0, 360, 255, -1)
    soft = cv2.GaussianBlur(mask.astype(np.float32) / 255, (0, 0), 5)[..., None]
    skin = np.array([196, 150, 128], np.float32) + noise.normal(0, 4, (h, w, 1)).astype(np.float32)
    return out * (1 - soft) + skin * soft


def _autocrop(canvas: Any, cap: CfCapture, b: int, scale: float) -> Any:
    """The camera's auto-crop: kept whole with the mat ("mat"), to a sliver of mat round the page ("sliver"), or
    biting `cut_mm` into the margin on one or two sides ("cut", a sliver on the others)."""
    if cap.crop == "mat":
        return canvas
    h, w = canvas.shape[:2]
    a = np.radians(abs(cap.skew))
    edge = b * (np.cos(a) + np.sin(a))  # from the frame's edge to the page's bounding box
    sliver = 5
    cut = cap.cut_mm / 25.4 * DPI * scale
    sides = [int(edge - sliver)] * 4  # left, right, bottom, top
    if cap.crop == "cut":
        sides[cap.hold_side] = int(edge + cut)
        if cap.cut_mm > 3.5:
            sides[(cap.hold_side + 1) % 4] = int(edge + cut * 0.6)
    left, right, bottom, top = (max(0, v) for v in sides)
    return canvas[top:h - bottom, left:w - right]
