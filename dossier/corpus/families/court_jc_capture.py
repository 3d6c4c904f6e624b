"""How court_jc's volumes were captured. The dossier was put together from two streams.

The parties' papers — applications, the award or judgment they enforce, ID cards, licences, the lawyer's letters, the
forms they printed at home and filled in — reached the bureau through 网上立案 as files a phone scanning app had made:
each page photographed on a desk, then flattened and "enhanced" by the app. The app cuts the sheet out of the photo and
straightens it, but the paper's curl survives near its edges, so lines of type bow slightly there; its enhancement
pulls the paper up to flat white and the print down to hard black (colour pushed brighter, or a grey "document" mode),
and its own shadow removal, fighting the phone's shadow and the lamp's fall-off, leaves blotches — soft patches a
shade grey, halos where a shadow's edge was, faint strokes washed out within them. Now and then its crop leaves a
sliver of the desk in a corner. At the foot of every page it made it prints its own small line of text (the app's name
and "扫描生成"). It exports at a fixed size (150 or 200 dpi for A4), JPEG; a page it thought landscape comes turned.

The court's own papers — notices, rulings, records, forms, the 查控 printout, the settlement signed in the bureau —
went through the bureau's duplex production scanner, 200 or 300 dpi, colour or grey. The bureau prints on thin
70 g stock and prints both sides of a paper of more than one page, so each side shows its back faintly through:
the other side's lines, mirrored and soft, a little offset, the red of a seal on the back a pale pink on the front.
The feed is straight (a fraction of a degree of skew); a sheet put in upside down comes out turned 180°."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_jc_kit import APP, DUPLEX
from dossier.corpus.fonts import font

APP_NAME = "随手扫"
APP_LINE = f"{APP_NAME} · 扫描生成"
"""the line the scanning app prints at the foot of every page it makes"""


@dataclass
class AppScan:
    """A page made by the phone scanning app."""

    dpi: int
    rotation: int
    mode: str                                  # colour | grey (the app's "增强" or "文档" filter)
    quality: int
    light: tuple[float, float, float]          # lamp fall-off: centre x, y (fractions) and depth
    shadows: list[tuple[float, float, float, float, float]]  # phone/hand shadow ellipses: x, y, rx, ry (fractions), depth
    blotches: list[tuple[float, float, float, float]]        # residual patches: x, y, radius (fractions), depth
    curl: tuple[float, float, float, float]    # edge bow in px at 200 dpi: left, right, top, bottom
    lo: float                                  # the enhancement's black point
    hi: float                                  # …and white point
    saturation: float
    sliver: tuple[str, float] | None = None    # corner of desk left by the crop: corner, size (fraction of width)
    aspect: float = 1.0
    photo: bool = True
    route: str = APP


@dataclass
class DuplexScan:
    """A leaf through the duplex production scanner."""

    dpi: int
    rotation: int
    mode: str                                  # colour | grey
    quality: int
    skew: float
    show: float                                # how strongly the back shows through (0 none)
    offset: tuple[float, float]                # registration of the back against the front, mm
    soften: float                              # the blur of the back's print through the paper, px at 200 dpi
    tone: tuple[float, float, float] = (246.0, 245.0, 241.0)
    noise: float = 2.0
    photo: bool = False
    route: str = DUPLEX


def plan_capture(rng: random.Random, sheet: Sheet) -> AppScan | DuplexScan:
    if getattr(sheet, "route", DUPLEX) == APP:
        return _plan_app(rng)
    has_back = getattr(sheet, "verso", None) is not None
    return DuplexScan(
        dpi=rng.choice([200, 200, 200, 300]),
        rotation=rng.choices([0, 180, 90], weights=[94, 4, 2])[0],
        mode="colour" if rng.random() < 0.55 else "grey", quality=rng.randint(72, 90),
        skew=rng.uniform(-0.45, 0.45), show=rng.uniform(0.10, 0.17) if has_back else 0.0,
        offset=(rng.uniform(-3.0, 3.0), rng.uniform(-4.0, 4.0)), soften=rng.uniform(1.6, 3.0),
        tone=(rng.uniform(243, 249), rng.uniform(242, 248), rng.uniform(236, 244)), noise=rng.uniform(1.2, 3.0))


def _plan_app(rng: random.Random) -> AppScan:
    shadows = [(rng.uniform(-0.1, 1.1), rng.uniform(0.55, 1.15), rng.uniform(0.2, 0.45), rng.uniform(0.12, 0.3),
                rng.uniform(0.45, 0.7)) for _ in range(rng.randint(1, 2))]
    blotches = [(rng.uniform(0.05, 0.95), rng.uniform(0.05, 0.95), rng.uniform(0.04, 0.13), rng.uniform(0.82, 0.93))
                for _ in range(rng.randint(2, 5))]
    corners = ["tl", "tr", "bl", "br"]
    return AppScan(
        dpi=rng.choice([150, 200, 200]), rotation=rng.choices([0, 90, 270], weights=[93, 4, 3])[0],
        mode="colour" if rng.random() < 0.65 else "grey", quality=rng.randint(62, 85),
        light=(rng.uniform(0.1, 0.9), rng.uniform(-0.2, 0.4), rng.uniform(0.15, 0.35)), shadows=shadows,
        blotches=blotches,
        curl=(rng.uniform(3, 11) * rng.choice([-1, 1]), rng.uniform(3, 11) * rng.choice([-1, 1]),
              rng.uniform(2, 7) * rng.choice([-1, 1]), rng.uniform(2, 7) * rng.choice([-1, 1])),
        lo=rng.uniform(55, 85), hi=rng.uniform(222, 238), saturation=rng.uniform(1.25, 1.6),
        sliver=(rng.choice(corners), rng.uniform(0.015, 0.04)) if rng.random() < 0.3 else None,
        aspect=rng.uniform(0.985, 1.015))


def capture(sheet: Sheet, cap: AppScan | DuplexScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    out = _app(sheet, cap, gen) if isinstance(cap, AppScan) else _duplex(sheet, cap, gen)
    if cap.rotation:
        out = out.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _grid(h: int, w: int) -> tuple[Any, Any]:
    """Row and column positions as fractions of the page (broadcastable)."""
    return (np.arange(h, dtype=np.float32)[:, None] + 0.5) / h, (np.arange(w, dtype=np.float32)[None, :] + 0.5) / w


def _gain(cap: AppScan, h: int, w: int, gen: Any) -> tuple[Any, Any]:
    """At a coarse grid: the light the phone saw (the lamp's fall-off, the shadows of phone and hand) and what is
    left of it after the app divided by its own smooth estimate, the blotches included."""
    y, x = _grid(h, w)
    cx, cy, depth = cap.light
    lum = 1.0 - depth * ((x - cx) ** 2 + (y - cy) ** 2)
    for sx, sy, rx, ry, d in cap.shadows:
        inside = ((x - sx) / rx) ** 2 + ((y - sy) / ry) ** 2
        lum = lum * (1.0 - (1.0 - d) * np.clip(1.6 - inside, 0.0, 1.0) ** 0.6)
    lum = cv2.GaussianBlur(lum.astype(np.float32), (0, 0), w * 0.012)
    estimate = cv2.GaussianBlur(lum, (0, 0), w * 0.06)
    left = 1.0 / np.clip(estimate, 0.3, 1.0)
    for bx, by, br, bd in cap.blotches:
        r = np.sqrt((x - bx) ** 2 + ((y - by) * h / w) ** 2) / br
        ragged = cv2.GaussianBlur(gen.normal(0, 1, (h, w)).astype(np.float32), (0, 0), max(1.0, w / 90))
        ragged = ragged / (ragged.std() + 1e-6)
        left = left * (1 - (1 - bd) * np.clip(1.2 - r + 0.3 * ragged, 0, 1))
    return lum.astype(np.float32), left.astype(np.float32)


def _app(sheet: Sheet, cap: AppScan, gen: Any) -> Image.Image:
    src: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = src.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI * cap.aspect)
    img: Any = cv2.resize(src, (w, h), interpolation=cv2.INTER_AREA)
    scale = cap.dpi / DPI
    # the paper's curl left after the app's flattening: lines bow near the edges
    y, x = _grid(h, w)
    left, right, top, bottom = (v * scale for v in cap.curl)
    dy = (left * np.exp(-x / 0.08) + right * np.exp(-(1 - x) / 0.08)) * np.sin(math.pi * y)
    dx = (top * np.exp(-y / 0.06) + bottom * np.exp(-(1 - y) / 0.06)) * np.sin(math.pi * x)
    map_x = (np.arange(w, dtype=np.float32)[None, :] + dx).astype(np.float32)
    map_y = (np.arange(h, dtype=np.float32)[:, None] + dy).astype(np.float32)
    img = cv2.remap(img, np.broadcast_to(map_x, (h, w)).copy(), np.broadcast_to(map_y, (h, w)).copy(),
                    cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # the photo under its light, then the app's division by its estimate of the light and its residual blotches:
    # together one gain, worked out on a coarse grid
    lum, residue = _gain(cap, h // 8, w // 8, gen)
    gain = cv2.resize(lum * residue, (w, h), interpolation=cv2.INTER_CUBIC)
    img = img * gain[..., None]
    img += gen.normal(0, 4.0, img.shape[:2]).astype(np.float32)[..., None]
    img = cv2.GaussianBlur(img, (0, 0), 0.7 * scale + 0.3)
    # the enhancement: hard contrast, colour pushed up (or a grey document)
    grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
    if cap.mode == "colour":
        img = grey[..., None] + (img - grey[..., None]) * cap.saturation
        out = np.clip((img - cap.lo) / (cap.hi - cap.lo), 0, 1) ** 1.15 * 255
    else:
        out = np.clip((grey - cap.lo) / (cap.hi - cap.lo), 0, 1) ** 1.25 * 255
    out = _sharpen(out.astype(np.float32))
    if cap.sliver is not None:
        out = _sliver(out, cap.sliver, gen)
    pil = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB" if out.ndim == 3 else "L")
    _footer(pil, cap)
    return pil


def _sharpen(a: Any) -> Any:
    soft = cv2.GaussianBlur(a, (0, 0), 1.2)
    return np.clip(a * 1.6 - soft * 0.6, 0, 255)


def _sliver(a: Any, where: tuple[str, float], gen: Any) -> Any:
    """A wedge of the desk the crop left in a corner."""
    h, w = a.shape[:2]
    corner, size = where
    s = int(size * w)
    pts = {"tl": [(0, 0), (s * 3, 0), (0, s)], "tr": [(w, 0), (w - s * 3, 0), (w, s)],
           "bl": [(0, h), (s * 3, h), (0, h - s)], "br": [(w, h), (w - s * 3, h), (w, h - s)]}[corner]
    mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(mask, [np.array(pts, np.int32)], 1)
    desk = float(gen.uniform(60, 110))
    out = a.copy()
    out[mask > 0] = desk
    return out


def _footer(pil: Image.Image, cap: AppScan) -> None:
    """The app's own line at the foot of the page: a small logo square and its name."""
    d = ImageDraw.Draw(pil)
    size = max(14, round(pil.width * 0.015))
    f = font("sans", size)
    text_w = f.getlength(APP_LINE)
    x = pil.width - text_w - pil.width * 0.04
    y = pil.height - size * 2.2
    ink: Any = (120, 120, 120) if pil.mode == "RGB" else 120
    box: Any = (64, 150, 235) if pil.mode == "RGB" else 140
    d.rounded_rectangle((x - size * 1.4, y, x - size * 0.3, y + size * 1.1), radius=size // 4, fill=box)
    d.text((x, y - size * 0.1), APP_LINE, font=f, fill=ink)


def _duplex(sheet: Sheet, cap: DuplexScan, gen: Any) -> Image.Image:
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = img.shape[:2]
    verso = getattr(sheet, "verso", None)
    if verso is not None and cap.show > 0:
        back: Any = np.asarray(verso.convert("RGB").transpose(Image.Transpose.FLIP_LEFT_RIGHT), dtype=np.float32)
        back = cv2.resize(back, (w0, h0), interpolation=cv2.INTER_AREA) if back.shape[:2] != (h0, w0) else back
        shift: Any = np.array([[1, 0, cap.offset[0] / 25.4 * DPI], [0, 1, cap.offset[1] / 25.4 * DPI]], np.float32)
        back = cv2.warpAffine(back, shift, (w0, h0), borderValue=(255, 255, 255))
        back = cv2.GaussianBlur(back, (0, 0), cap.soften)
        grey = back @ np.array([0.299, 0.587, 0.114], np.float32)
        back = 0.55 * grey[..., None] + 0.45 * back
        img = img * (1.0 - cap.show * (1.0 - back / 255.0))
    img = img * (np.array(cap.tone, np.float32) / 255.0)
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA if cap.dpi <= DPI else cv2.INTER_CUBIC)
    if abs(cap.skew) > 0.01:
        turn: Any = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, turn, (w, h), borderValue=(40, 40, 40))
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    img = np.clip(img, 0, 255)
    if cap.mode == "grey":
        g = img @ np.array([0.299, 0.587, 0.114], np.float32)
        return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L")
    return Image.fromarray(img.astype(np.uint8), "RGB")
