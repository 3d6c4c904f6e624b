"""How court_hc's pages were captured: the 清城 filing window's A4 flatbed (glass 216 × 297 mm), two ways.

Small papers and booklets went on the glass with the LID UP — a booklet will not lie flat under a closed lid, and
the clerk scans them as the party hands them over. So around the object the glass sees the dark room: a near-black
field, a little lighter close to the object where the lamp's light spills off its edges. A 户口簿, 存折, 结婚证,
不动产权证书 or the 驾驶证 in its holder lies open, two pages at once: towards the spine the pages rise off the glass, so
the lines there crowd together and bow (the page looks shorter near the fold), the paper darkens into a deep
shadow at the spine and the text next to it goes soft; the booklet's outline pinches in at the fold. Laminated and
plastic things (the 驾驶证 under its film, ID cards) throw the lamp back as a soft bright glare band that washes part
of the face out without hiding it. Each object lies where the clerk put it — pushed into the registration corner or
dropped somewhere on the glass, turned a few degrees; a 不动产权证书 spread is wider than the glass the short way, so it
lies across it and the page image stands on its side (90° or 270°); now and then a booklet went in upside down.
Colour mostly, some grey; 200, 240 or 300 dpi; JPEG quality 55–85.

Ordinary A4 papers were scanned with the lid closed: grey or colour, 200–300 dpi, laid by hand with a light skew,
the lid's white foam showing as a thin grey strip where the sheet misses the glass's edge, a few turned 180° (rarely
90°); JPEG quality 50–85."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import A4, DPI, Sheet, mm
from dossier.corpus.families.court_hc_booklets import Laid

GLASS_MM = (216.0, 297.0)


@dataclass
class GlassScan:
    dpi: int
    rotation: int
    photo: bool
    lid_open: bool
    colour: bool
    quality: int
    skew: float
    at: tuple[float, float] = (0.0, 0.0)
    """where the object's top left lies on the glass, as a fraction of the room left around it"""
    across: bool = False
    lift: float = 0.0
    """how far the spine rises (0 flat … 1), for open booklets"""
    glare: tuple[float, float, float, float] | None = None
    """(position across the object 0–1, angle °, width as a fraction of the object, strength ≤ 0.5)"""
    room: float = 16.0
    """the dark field's grey"""
    strip: tuple[str, float] = ("left", 0.0)
    """lid closed: which edge shows the lid's foam, and how many mm of it"""
    noise: float = 3.0
    soft: float = 0.0


def _object(sheet: Sheet) -> bool:
    if isinstance(sheet, Laid):
        return True
    w, h = sheet.image.size
    return w < A4[0] * 0.9 and h < A4[1] * 0.9


def plan_capture(rng: random.Random, sheet: Sheet) -> GlassScan:
    if _object(sheet):
        w, h = sheet.image.size
        wmm, _hmm = w / DPI * 25.4, h / DPI * 25.4
        across = wmm > GLASS_MM[0] - 3
        rotation = rng.choice([90, 270]) if across else (180 if rng.random() < 0.08 else 0)
        gloss = sheet.gloss if isinstance(sheet, Laid) else 0.0
        glare = None
        if gloss > 0:
            glare = (rng.uniform(0.2, 0.8), rng.uniform(-35, 35), rng.uniform(0.08, 0.2), min(0.5, gloss * rng.uniform(0.5, 0.7)))
        spread = isinstance(sheet, Laid) and sheet.kind == "spread"
        corner = rng.random() < 0.5
        return GlassScan(
            dpi=rng.choice([200, 240, 300, 300]), rotation=rotation, photo=False, lid_open=True,
            colour=rng.random() < 0.8, quality=rng.randint(55, 85),
            skew=rng.uniform(-2.0, 2.0) if spread else rng.uniform(-4.0, 4.0),
            at=(rng.uniform(0.0, 0.08), rng.uniform(0.0, 0.06)) if corner else (rng.uniform(0.1, 0.9), rng.uniform(0.05, 0.7)),
            across=across, lift=rng.uniform(0.55, 1.0) if spread else 0.0, glare=glare, room=rng.uniform(8, 26),
            noise=rng.uniform(2.0, 4.5), soft=rng.uniform(0.0, 0.5))
    roll = rng.random()
    rotation = 180 if roll < 0.05 else (rng.choice([90, 270]) if roll < 0.08 else 0)
    return GlassScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, lid_open=False,
        colour=rng.random() < 0.45, quality=rng.randint(50, 85), skew=rng.uniform(-1.2, 1.2),
        strip=(rng.choice(["left", "right", "top", "bottom"]), rng.uniform(0.0, 2.5)),
        noise=rng.uniform(1.5, 4.0), soft=rng.uniform(0.0, 0.7) if rng.random() < 0.4 else 0.0)


def _lifted(img: Any, mask: Any, fold: float, lift: float) -> tuple[Any, Any]:
    """The open booklet near a vertical spine at column `fold` (px): crowded, bowed, shadowed, soft."""
    h, w = img.shape[:2]
    zone = mm(9) + mm(7) * lift
    comp = 0.35 + 0.3 * lift            # how much the strip next to the spine is squeezed
    bow = 0.025 + 0.035 * lift          # how much shorter the page looks at the spine
    # output distance from the spine as a function of the source distance: t' = t (1 - comp e^(-t/zone))
    t = np.arange(0, w + 1, dtype=np.float32)
    t_out = t * (1 - comp * np.exp(-t / zone))
    xs = np.arange(w, dtype=np.float32)
    d_out = np.abs(xs - fold)
    d_src = np.interp(d_out, t_out, t).astype(np.float32)
    src_x = fold + np.sign(xs - fold) * d_src
    near = np.exp(-d_src / zone).astype(np.float32)
    ys = np.arange(h, dtype=np.float32)
    cy = h / 2
    scale = 1 - bow * near                                   # per column
    src_y = cy + (ys[:, None] - cy) / scale[None, :]
    map_x = np.broadcast_to(src_x[None, :], (h, w)).astype(np.float32)
    map_y = src_y.astype(np.float32)
    warped = cv2.remap(img, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    wmask = cv2.remap(mask, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    soft = cv2.GaussianBlur(warped, (0, 0), 1.2 + 1.6 * lift)
    k = (near ** 1.5)[None, :, None]
    warped = warped * (1 - k) + soft * k
    shadow = 1 - (0.5 + 0.3 * lift) * np.exp(-(d_out / (mm(3.5) + mm(3) * lift)) ** 2) - 0.12 * lift * near
    warped = warped * shadow[None, :, None].astype(np.float32)
    return warped, wmask


def _glare(img: Any, mask: Any, glare: tuple[float, float, float, float]) -> Any:
    pos, angle, width, strength = glare
    h, w = img.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = math.radians(angle)
    d = (xx - pos * w) * math.cos(t) + (yy - h / 2) * math.sin(t)
    band = strength * np.exp(-(d / (width * w)) ** 2) + strength * 0.4 * np.exp(-(d / (width * w * 0.15)) ** 2)
    band = np.minimum(band, 0.55) * (mask / 255.0)
    return img * (1 - band[..., None]) + np.array([255, 255, 250], np.float32) * band[..., None]


def _on_glass(sheet: Sheet, cap: GlassScan, rng: random.Random) -> Any:
    obj: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    laid_mask = sheet.mask if isinstance(sheet, Laid) else None
    mask: Any = (np.asarray(laid_mask, dtype=np.float32) if laid_mask is not None
                 else np.full(obj.shape[:2], 255, np.float32))
    if isinstance(sheet, Laid) and sheet.kind == "spread" and sheet.fold is not None and cap.lift > 0:
        if sheet.fold_axis == "x":
            obj, mask = _lifted(obj, mask, sheet.fold * obj.shape[1], cap.lift)
        else:
            o, m = _lifted(np.ascontiguousarray(obj.transpose(1, 0, 2)), np.ascontiguousarray(mask.T),
                           sheet.fold * obj.shape[0], cap.lift)
            obj, mask = np.ascontiguousarray(o.transpose(1, 0, 2)), np.ascontiguousarray(m.T)
    if cap.glare is not None:
        obj = _glare(obj, mask, cap.glare)
    gw, gh = (GLASS_MM[1], GLASS_MM[0]) if cap.across else GLASS_MM
    W, H = mm(gw), mm(gh)
    # the object turned as it lies, then put where the clerk dropped it
    oh, ow = obj.shape[:2]
    m = cv2.getRotationMatrix2D((ow / 2, oh / 2), cap.skew, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(oh * sin + ow * cos) + 2, int(oh * cos + ow * sin) + 2
    m[0, 2] += nw / 2 - ow / 2
    m[1, 2] += nh / 2 - oh / 2
    obj = cv2.warpAffine(obj, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpAffine(mask, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=0)
    room_x, room_y = max(0, W - nw), max(0, H - nh)
    x0, y0 = int(cap.at[0] * room_x), int(cap.at[1] * room_y)
    glass: Any = np.full((H, W, 3), cap.room, np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    ramp = np.linspace(0.0, 1.0, H, dtype=np.float32)[:, None, None] * gen.uniform(-6, 6)
    glass += ramp
    full_mask: Any = np.zeros((H, W), np.float32)
    ch, cw = min(nh, H - y0), min(nw, W - x0)
    full_mask[y0:y0 + ch, x0:x0 + cw] = mask[:ch, :cw]
    halo = cv2.GaussianBlur(full_mask, (0, 0), mm(6)) / 255.0
    glass += (halo * gen.uniform(25, 45))[..., None]
    placed: Any = glass.copy()
    placed[y0:y0 + ch, x0:x0 + cw] = obj[:ch, :cw]
    a = (cv2.GaussianBlur(full_mask, (0, 0), 1.0) / 255.0)[..., None]
    return placed * a + glass * (1 - a)


def _lid_closed(sheet: Sheet, cap: GlassScan) -> Any:
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    lid = (236.0, 236.0, 232.0)
    img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=lid)
    side, width = cap.strip
    px = mm(width)
    if px > 0:
        region = {"left": (slice(None), slice(0, px)), "right": (slice(None), slice(w - px, w)),
                  "top": (slice(0, px), slice(None)), "bottom": (slice(h - px, h), slice(None))}[side]
        img[region] = np.array([214.0, 214.0, 210.0], np.float32)
    return img


def capture(sheet: Sheet, cap: GlassScan, rng: random.Random) -> bytes:
    img = _on_glass(sheet, cap, rng) if cap.lid_open else _lid_closed(sheet, cap)
    h, w = img.shape[:2]
    nw, nh = round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)
    if (nw, nh) != (w, h):
        img = cv2.resize(img, (nw, nh), interpolation=cv2.INTER_AREA)
    if cap.soft > 0.05:
        img = cv2.GaussianBlur(img, (0, 0), cap.soft * cap.dpi / 200)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img + gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32)[..., None]
    img = np.clip(img, 0, 255)
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    if cap.colour:
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
