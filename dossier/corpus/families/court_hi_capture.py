"""How court_hi's pages were captured: two devices. At the 襄城区法院 filing window the clerk shot every form the
workers and parties filled BY HAND, and every small slip (the 非税 receipt, the wage receipts), with the window's
高拍仪 — an overhead document camera on a short arm: its fixed 3:4 field (about 250 × 333 mm) takes the sheet in
perspective (the far edge a little narrower, the sheet turned a few degrees and off centre), shows the pale laminate
counter round it and, along one side of the frame, the counter's front edge with the dark floor beyond; the window's
light falls off across the frame from one corner; on some shots a thumb holding the paper flat comes in from the
frame's left or right edge and rests on the sheet's side margin, clear of the writing. A small slip lies in a wide
field of counter, the thumb only at its very edge. The camera's pictures are colour, about 180–230 dpi at the paper,
soft and JPEG'd at 55–85.

Everything typed — the bureau's own papers, the bases, the lawyers' papers, the ID and licence copies — went through
the bureau's A4 flatbed at 200, 240 or 300 dpi: the sheet a little skewed (under a degree) against the glass's corner,
the white lid round its edges, grey or colour. A landscape printout (the 查控 summary, the wage payout table) lies on
the glass turned, so it comes out standing on its side: turned 90° or 270° (rotation gives the clockwise turn)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_hi_kit import DeskSheet

FIELD_MM = (250.0, 333.0)
"""the 高拍仪's field at the counter, width × height"""
GLASS_MM = (216.0, 300.0)
LID = 236.0


@dataclass
class CapturePlan:
    dpi: int
    rotation: int
    photo: bool
    device: str                       # camera | flatbed
    quality: int
    skew: float                       # degrees, the sheet against the glass or under the camera
    offset: tuple[float, float]       # the sheet's placement, fractions of the free room (x, y)
    keystone: float = 0.0             # the far (top) edge shortened by this fraction
    lean: float = 0.0                 # the left/right edges' lean, fraction of the width
    desk: tuple[float, float, float] = (182.0, 176.0, 164.0)
    edge: tuple[str, float, float] | None = None   # (side, distance fraction, tilt fraction): the counter's front edge
    light: tuple[float, float, float] = (0.0, 0.0, 0.3)  # (x, y) of the bright corner (0/1), fall-off depth
    thumb: tuple[str, float, float] | None = None   # (side, position along it, mm over the paper) of a holding thumb
    blur: float = 0.0
    grey: bool = False
    noise: float = 3.0


def plan_capture(rng: random.Random, sheet: Sheet) -> CapturePlan:
    if isinstance(sheet, DeskSheet):
        return CapturePlan(
            dpi=rng.choice([180, 200, 200, 220, 230]), rotation=0, photo=True, device="camera",
            quality=rng.randint(55, 85), skew=rng.uniform(-4.0, 4.0),
            offset=(rng.uniform(0.2, 0.8), rng.uniform(0.25, 0.75)),
            keystone=rng.uniform(0.015, 0.05), lean=rng.uniform(-0.02, 0.02),
            desk=(rng.uniform(170, 200), rng.uniform(165, 192), rng.uniform(150, 178)),
            edge=(rng.choice(["bottom", "left", "right"]), rng.uniform(0.02, 0.06), rng.uniform(-0.03, 0.03))
            if rng.random() < 0.75 else None,
            light=(float(rng.randint(0, 1)), float(rng.randint(0, 1)), rng.uniform(0.18, 0.38)),
            thumb=(rng.choice(["left", "right"]), rng.uniform(0.3, 0.8),
                   rng.uniform(2.5, 4.5) if sheet.small else rng.uniform(7, 11)) if rng.random() < 0.45 else None,
            blur=rng.uniform(0.3, 1.1), noise=rng.uniform(2.5, 6.0))
    landscape = sheet.image.width > sheet.image.height  # a blank back keeps its front's shape
    return CapturePlan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rng.choice([90, 270]) if landscape else 0, photo=False,
        device="flatbed", quality=rng.randint(62, 90), skew=rng.uniform(-0.9, 0.9),
        offset=(rng.uniform(0.0, 0.4), rng.uniform(0.0, 0.4)), grey=rng.random() < 0.4, noise=rng.uniform(1.5, 4.0),
        blur=rng.uniform(0.0, 0.6))


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def _at_dpi(sheet: Sheet, dpi: int) -> Any:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * dpi / DPI), round(h0 * dpi / DPI)
    return cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()


def _flatbed(sheet: Sheet, cap: CapturePlan, gen: Any) -> Any:
    img = _at_dpi(sheet, cap.dpi)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    h, w = img.shape[:2]
    gw, gh = max(w, _px(GLASS_MM[0], cap.dpi)), max(h, _px(GLASS_MM[1], cap.dpi))
    canvas: Any = np.full((gh, gw, 3), LID, np.float32)
    x0 = int((gw - w) * cap.offset[0]) + _px(1.0, cap.dpi)
    y0 = int((gh - h) * cap.offset[1]) + _px(1.0, cap.dpi)
    x0, y0 = min(x0, gw - w), min(y0, gh - h)
    canvas[y0:y0 + h, x0:x0 + w] = img
    m = cv2.getRotationMatrix2D((gw / 2, gh / 2), cap.skew, 1.0)
    canvas = cv2.warpAffine(canvas, m, (gw, gh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                            borderValue=(LID, LID, LID))
    return canvas


def _camera(sheet: Sheet, cap: CapturePlan, gen: Any, rng: random.Random) -> Any:
    img = _at_dpi(sheet, cap.dpi)
    h, w = img.shape[:2]
    fw, fh = _px(FIELD_MM[0], cap.dpi), _px(FIELD_MM[1], cap.dpi)
    desk: Any = np.empty((fh, fw, 3), np.float32)
    desk[:] = cap.desk
    grain = cv2.GaussianBlur(gen.normal(0, 5, (fh, fw)).astype(np.float32), (0, 0), 2.5)
    desk += grain[..., None]
    # the sheet in perspective: placed off centre in the free room, turned, its far edge shortened
    scale = min(1.0, (fw * 0.96) / w, (fh * 0.96) / h)
    sw, sh = w * scale, h * scale
    cx = sw / 2 + (fw - sw) * cap.offset[0]
    cy = sh / 2 + (fh - sh) * cap.offset[1]
    k = cap.keystone * sw / 2
    lean = cap.lean * sw
    corners = np.array([[-sw / 2 + k + lean, -sh / 2], [sw / 2 - k + lean, -sh / 2], [sw / 2, sh / 2], [-sw / 2, sh / 2]],
                       np.float32)
    t = np.radians(cap.skew)
    rot = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]], np.float32)
    dst = (corners @ rot.T + np.array([cx, cy], np.float32)).astype(np.float32)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    paper: Any = cv2.warpPerspective(img, m, (fw, fh), flags=cv2.INTER_LINEAR)
    mask: Any = cv2.warpPerspective(np.ones((h, w), np.float32), m, (fw, fh), flags=cv2.INTER_LINEAR)
    # a soft shadow under the sheet on the counter
    shadow = cv2.GaussianBlur(mask, (0, 0), _px(1.5, cap.dpi))
    shadow = np.roll(np.roll(shadow, _px(1.2, cap.dpi), axis=0), _px(0.8, cap.dpi), axis=1)
    out: Any = desk * (1 - 0.25 * shadow[..., None])
    out = paper * mask[..., None] + out * (1 - mask[..., None])
    # the counter's front edge and the dark floor beyond it, along one side of the frame
    if cap.edge is not None:
        side, dist, tilt = cap.edge
        yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
        if side == "bottom":
            line = fh * (1 - dist) + tilt * (xx - fw / 2)
            beyond = yy > line
            rim = np.abs(yy - line) < _px(1.2, cap.dpi)
        else:
            pos = fw * dist if side == "left" else fw * (1 - dist)
            line = pos + tilt * (yy - fh / 2)
            beyond = xx < line if side == "left" else xx > line
            rim = np.abs(xx - line) < _px(1.2, cap.dpi)
        floor = np.array([58.0, 52.0, 48.0], np.float32) + gen.normal(0, 4, (fh, fw, 1)).astype(np.float32)
        out = np.where(beyond[..., None], floor, out)
        out = np.where(rim[..., None], np.array([120.0, 112.0, 100.0], np.float32), out)
    if cap.thumb is not None:
        out = _thumb(out, dst, cap, rng)
    # the window's light: bright at one corner, falling off across the frame, and a vignette
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    lx, ly, depth = cap.light
    dist2 = np.sqrt(((xx / fw) - lx) ** 2 + ((yy / fh) - ly) ** 2) / np.sqrt(2)
    vign = ((xx / fw - 0.5) ** 2 + (yy / fh - 0.5) ** 2)
    light = (1.04 - depth * dist2) * (1 - 0.22 * vign)
    out = out * light[..., None]
    out *= np.array([1.0, 0.985, 0.95], np.float32)  # a warm cast
    return out


def _thumb(out: Any, corners: Any, cap: CapturePlan, rng: random.Random) -> Any:
    """A thumb from beyond the frame's edge, its tip resting on the sheet's margin: a skin-toned rounded shape,
    shaded at its rim, the nail paler."""
    assert cap.thumb is not None
    side, along, over = cap.thumb
    fh, fw = out.shape[:2]
    tl, tr, br, bl = (corners[i] for i in range(4))
    a, b = {"left": (tl, bl), "right": (tr, br)}[side]
    tip = a + (b - a) * along
    inward = {"left": np.array([1.0, 0.0]), "right": np.array([-1.0, 0.0])}[side]
    reach = _px(over, cap.dpi)          # how far the tip lies over the paper
    length = _px(rng.uniform(45, 60), cap.dpi)
    width = _px(rng.uniform(17, 21), cap.dpi)
    end = tip + inward * reach
    start = end - inward * length
    layer: Any = np.zeros((fh, fw), np.uint8)
    angle = float(np.degrees(np.arctan2(inward[1], inward[0])))
    centre = (int((end[0] + start[0]) / 2), int((end[1] + start[1]) / 2))
    cv2.ellipse(layer, centre, (int(length / 2), int(width / 2)), angle, 0, 360, 255, -1)
    soft = cv2.GaussianBlur(layer.astype(np.float32) / 255.0, (0, 0), _px(1.2, cap.dpi))
    core = cv2.GaussianBlur(layer.astype(np.float32) / 255.0, (0, 0), _px(4.0, cap.dpi))
    skin = np.array([rng.uniform(196, 222), rng.uniform(150, 172), rng.uniform(126, 146)], np.float32)
    shade = (0.62 + 0.38 * core)[..., None]
    colour = skin * shade
    nail: Any = np.zeros((fh, fw), np.uint8)
    ncentre = (int(end[0] - inward[0] * width * 0.55), int(end[1] - inward[1] * width * 0.55))
    cv2.ellipse(nail, ncentre, (int(width * 0.45), int(width * 0.33)), angle, 0, 360, 255, -1)
    nailf = cv2.GaussianBlur(nail.astype(np.float32) / 255.0, (0, 0), _px(0.8, cap.dpi))[..., None]
    colour = colour * (1 - 0.5 * nailf) + np.array([236.0, 206.0, 196.0], np.float32) * 0.5 * nailf
    # the thumb's own shadow on the paper
    sh = np.roll(soft, _px(2.0, cap.dpi), axis=0)[..., None]
    out = out * (1 - 0.3 * sh * (1 - soft[..., None]))
    return out * (1 - soft[..., None]) + colour * soft[..., None]


def capture(sheet: Sheet, plan: CapturePlan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = _camera(sheet, plan, gen, rng) if plan.device == "camera" else _flatbed(sheet, plan, gen)
    if plan.blur > 0.05:
        img = cv2.GaussianBlur(img, (0, 0), plan.blur)
    img = img + gen.normal(0, plan.noise, img.shape[:2]).astype(np.float32)[..., None]
    out = np.clip(img, 0, 255).astype(np.uint8)
    pil = Image.fromarray(out, "RGB")
    if plan.grey:
        pil = pil.convert("L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()
