"""How court_fi's volumes were captured: the bureau first glues every small or odd-sized paper onto its printed A4
backing sheets (卷内粘贴单, drawn by court_fi_kit.pasteup: bank 回单 shingled, ID cards cut out front and back, receipts,
a 法院专递 waybill, an A5 授权委托书, site photographs — a little crooked, glue wrinkles, now and then a lifted corner),
then lays each sheet face down on a colour flatbed. The pieces are a paper's thickness proud of the backing, so the
moving lamp throws a thin dark shadow line along the piece edges that face away from it and a faint bright line along
the edges that face it; the backing around the pieces is bowed a little away from the glass and comes out a shade
darker near them. Sheets lie a few millimetres off the glass's corner (the white lid shows as a strip along two
edges) and a little crooked (up to about 1.3°); a few pages were laid sideways (90° or 270°) — paste-up sheets more
often, because the clerk turned them to fit a wide slip. Colour for most pages, grey for some; 200, 240 or 300 dpi;
the lamp's warm tint, sensor noise, a slight softness; JPEG quality 50–85. Every page stays readable to a clerk."""

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

LID = 236.0
"""the grey-white of the lid's pad, where the sheet does not cover the glass"""


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int             # clockwise turn the stored image shows: 0, 90, 180 or 270
    photo: bool
    colour: bool
    skew: float               # degrees
    quality: int
    offset: tuple[float, float]  # mm the sheet lies off the glass's corner (x, y)
    lamp: float               # darkness of the pieces' edge shadow
    tint: tuple[float, float, float]
    noise: float
    blur: float
    pasted: bool


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    pasted = bool(getattr(sheet, "pieces", None))
    turn = rng.random()
    sideways = 0.12 if pasted else 0.04
    rotation = (rng.choice([90, 270]) if turn < sideways else 180 if turn < sideways + 0.015 else 0)
    return FlatbedScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, colour=rng.random() < 0.85,
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.3) if rng.random() < 0.8 else 0.0, quality=rng.randint(50, 85),
        offset=(rng.uniform(0.5, 4.0), rng.uniform(0.5, 4.0)), lamp=rng.uniform(55, 95),
        tint=(1.0, rng.uniform(0.97, 0.995), rng.uniform(0.9, 0.96)), noise=rng.uniform(1.5, 4.0),
        blur=rng.uniform(0.3, 0.8), pasted=pasted)


def _edge_shadows(img: Any, pieces: list[list[tuple[float, float]]], scale: float, depth: float) -> Any:
    """The lamp's shadow along each piece's edges that face down the page (away from the lamp), a faint highlight
    along those that face up, and the backing a shade darker just outside the pieces."""
    h, w = img.shape[:2]
    shade = np.zeros((h, w), np.float32)
    light = np.zeros((h, w), np.float32)
    halo = np.zeros((h, w), np.float32)
    for quad in pieces:
        pts = [(x * scale, y * scale) for x, y in quad]
        cx = sum(p[0] for p in pts) / 4
        cy = sum(p[1] for p in pts) / 4
        cv2.fillPoly(halo, [np.array(pts, np.int32)], 1.0)
        for (x0, y0), (x1, y1) in zip(pts, pts[1:] + pts[:1], strict=True):
            mx, my = (x0 + x1) / 2, (y0 + y1) / 2
            nx, ny = mx - cx, my - cy
            n = math.hypot(nx, ny) or 1.0
            ny /= n
            thick = max(2, round(scale * 2.2))
            if ny > 0.4:
                off = thick / 2 + 1
                cv2.line(shade, (round(x0), round(y0 + off)), (round(x1), round(y1 + off)), 1.0, thick)
            elif ny < -0.4:
                cv2.line(light, (round(x0), round(y0 - 1)), (round(x1), round(y1 - 1)), 1.0, max(1, thick // 2))
            else:
                off = 1 if nx > 0 else -1
                cv2.line(shade, (round(x0 + off), round(y0)), (round(x1 + off), round(y1)), 0.35, max(1, thick // 2))
    shade = cv2.GaussianBlur(shade, (0, 0), max(0.8, scale * 0.9))
    ring = cv2.GaussianBlur(halo, (0, 0), 9 * scale) * (1 - halo)
    img = img - (shade * depth + ring * 10)[..., None] + (light * 18)[..., None]
    return img


def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    scale = cap.dpi / DPI
    w, h = round(w0 * scale), round(h0 * scale)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    pieces = getattr(sheet, "pieces", None)
    if pieces:
        img = _edge_shadows(img, pieces, scale, cap.lamp)
    img = np.clip(img, 0, 255)
    # the sheet on the glass: off the corner and a little crooked, the lid's pad round it
    ox, oy = (round(v / 25.4 * cap.dpi) for v in cap.offset)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m[0, 2] += ox
    m[1, 2] += oy
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=(LID, LID, LID))
    edge = np.zeros((h, w), np.float32)
    corners = np.array([[0, 0, 1], [w, 0, 1], [w, h, 1], [0, h, 1]], np.float32) @ m.T
    cv2.polylines(edge, [corners.astype(np.int32)], True, 1.0, max(1, round(scale * 2)))
    img -= (cv2.GaussianBlur(edge, (0, 0), 1.5) * 60)[..., None]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.blur > 0.05:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur * scale)
    img = img * np.array(cap.tint, np.float32)
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    out = np.clip(img, 0, 255).astype(np.uint8)
    pil = Image.fromarray(out, "RGB")
    if not cap.colour:
        pil = pil.convert("L")
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
