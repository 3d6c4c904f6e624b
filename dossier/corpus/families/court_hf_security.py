"""The printed backgrounds of the papers 盐湖法院执行局 receives (court_hf_papers): what a security printer puts behind
the text, drawn before the text so that the words lie on top of it.

- guilloche: families of fine wavy lines crossing in a mesh, a lacy rosette, a patterned frame band (the notary's
  公证书 paper and its 执行证书, the business licence's border);
- micro-text: rows of tiny repeated words, one row every few millimetres (the bank's and the treasury's papers);
- repeated emblems: a small logo tiled in a staggered grid over a tinted ground (the bank's anti-counterfeit paper);
- a large faint emblem behind the body (a company's letterhead).

Every pattern is laid in a pale ink at a low strength: a clerk sees it and reads the text through it."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import Sheet
from dossier.corpus.fonts import font

Box = tuple[int, int, int, int]
Colour = tuple[int, int, int]


def _blend(s: Sheet, mask: Any, colour: Colour, strength: float, box: Box) -> None:
    """Lay `colour` over the sheet within `box` where `mask` (0..1, the box's size) is set."""
    x0, y0 = box[0], box[1]
    part: Any = np.asarray(s.image.crop(box), dtype=np.float32)
    a = (np.clip(mask, 0.0, 1.0) * strength)[..., None]
    out = part * (1 - a) + np.array(colour, np.float32) * a
    s.image.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB"), (x0, y0))


def _grid(box: Box) -> tuple[Any, Any]:
    x0, y0, x1, y1 = box
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    return xx, yy


def _lines(u: Any, period: float, width: float) -> Any:
    """1 on the curves u = k·period (k whole), falling off over `width` px."""
    d = np.abs(((u / period) + 0.5) % 1.0 - 0.5) * period
    return np.clip(1.0 - d / width, 0.0, 1.0)


def waves(s: Sheet, box: Box, colour: Colour, *, period: float = 9.0, amp: float = 14.0, wavelength: float = 160.0,
          strength: float = 0.35, crossing: bool = True, seed: float = 0.0, width: float = 1.1) -> None:
    """Guilloche mesh: two families of wavy lines whose phase drifts down the page, crossing at a slant."""
    xx, yy = _grid(box)
    k = 2 * math.pi
    u = yy + amp * np.sin(k * xx / wavelength + yy / 97.0 + seed) + 0.18 * xx
    mask = _lines(u, period, width)
    if crossing:
        v = yy - amp * np.sin(k * xx / (wavelength * 0.8) - yy / 83.0 + seed * 1.7) - 0.18 * xx
        mask = np.maximum(mask, _lines(v, period * 1.15, width * 0.9) * 0.8)
    _blend(s, mask, colour, strength, box)


def rosette(s: Sheet, cx: float, cy: float, radius: float, colour: Colour, *, lobes: int = 18, rings: int = 14,
            strength: float = 0.4) -> None:
    """A lacy rosette: rings whose radius swings with the angle, each ring's swing shifted, the shifted sets
    crossing into a net."""
    r0 = int(radius * 1.25)
    box = (max(0, int(cx - r0)), max(0, int(cy - r0)), min(s.width, int(cx + r0)), min(s.height, int(cy + r0)))
    xx, yy = _grid(box)
    dx, dy = xx - cx, yy - cy
    r = np.sqrt(dx * dx + dy * dy)
    th = np.arctan2(dy, dx)
    mask = np.zeros_like(r)
    for i in range(rings):
        base = radius * (0.25 + 0.75 * i / max(rings - 1, 1))
        swing = radius * 0.09
        for phase in (0.0, math.pi / lobes):
            d = np.abs(r - (base + swing * np.sin(lobes * th + phase + i * 0.35)))
            mask = np.maximum(mask, np.clip(1.0 - d / 1.2, 0.0, 1.0))
    mask *= r < radius * 1.12
    _blend(s, mask, colour, strength, box)


def frame_band(s: Sheet, box: Box, colour: Colour, *, band: int = 46, strength: float = 0.55) -> None:
    """A patterned border band inside `box`: braided sine lines along each edge, ruled both sides."""
    x0, y0, x1, y1 = box
    xx, yy = _grid(box)
    # distance into the band from the nearest edge, and the position along it
    dl, dr, dt, db = xx - x0, x1 - xx, yy - y0, y1 - yy
    depth = np.minimum(np.minimum(dl, dr), np.minimum(dt, db))
    along = np.where(np.minimum(dl, dr) < np.minimum(dt, db), yy, xx)
    inside = depth < band
    mask = np.zeros_like(xx)
    for j in range(5):
        centre = band * 0.5 + band * 0.36 * np.sin(2 * math.pi * along / 70.0 + j * 2 * math.pi / 5)
        mask = np.maximum(mask, np.clip(1.0 - np.abs(depth - centre) / 1.3, 0.0, 1.0))
    mask = np.maximum(mask, np.clip(1.0 - np.abs(depth - 1.5) / 1.5, 0.0, 1.0))
    mask = np.maximum(mask, np.clip(1.0 - np.abs(depth - band) / 1.5, 0.0, 1.0))
    _blend(s, mask * inside + np.clip(1.0 - np.abs(depth - band) / 1.5, 0.0, 1.0) * (~inside), colour, strength, box)


def microtext(s: Sheet, box: Box, text: str, colour: Colour, *, size: int = 11, gap: float = 3.2,
              strength: float = 0.5, slant: float = 0.0) -> None:
    """Rows of tiny repeated words across `box` (not recorded as the page's text: a reader sees a fine grain)."""
    x0, y0, x1, y1 = box
    layer = Image.new("L", (x1 - x0, y1 - y0), 0)
    d = ImageDraw.Draw(layer)
    f = font("sans", size)
    unit = text + "　"
    row = unit * (int((x1 - x0) / max(f.getlength(unit), 1.0)) + 3)
    y = 0.0
    k = 0
    while y < y1 - y0:
        shift = -(k % 4) * f.getlength(unit) / 4 + slant * y
        d.text((shift % f.getlength(unit) - f.getlength(unit), y), row, font=f, fill=255)
        y += size * gap
        k += 1
    mask: Any = np.asarray(layer, dtype=np.float32) / 255.0
    _blend(s, mask, colour, strength, box)


def emblem(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, kind: str, label: str = "") -> None:
    """Small invented emblems, drawn white on a black layer: coin (a bank), lake (a tourism company),
    roof (a developer), seal (an office)."""
    w = max(2, int(r / 9))
    if kind == "coin":
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=w)
        q = r * 0.34
        d.rectangle((cx - q, cy - q, cx + q, cy + q), outline=255, width=w)
        d.line((cx - r * 0.7, cy, cx - q, cy), fill=255, width=w)
        d.line((cx + q, cy, cx + r * 0.7, cy), fill=255, width=w)
    elif kind == "lake":
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=w)
        d.ellipse((cx - r * 0.28, cy - r * 0.72, cx + r * 0.28, cy - r * 0.16), fill=255)
        for j in range(3):
            yy = cy + r * (0.05 + 0.22 * j)
            pts = [(cx - r * 0.8 + t * r * 0.08, yy + r * 0.06 * math.sin(t * 0.9)) for t in range(21)]
            d.line(pts, fill=255, width=w)
    elif kind == "roof":
        d.rounded_rectangle((cx - r, cy - r, cx + r, cy + r), radius=r * 0.25, outline=255, width=w)
        d.line([(cx - r * 0.7, cy), (cx, cy - r * 0.62), (cx + r * 0.7, cy)], fill=255, width=w * 2)
        d.rectangle((cx - r * 0.45, cy, cx + r * 0.45, cy + r * 0.6), outline=255, width=w)
        d.rectangle((cx - r * 0.12, cy + r * 0.25, cx + r * 0.12, cy + r * 0.6), fill=255)
    else:
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=255, width=w)
        d.ellipse((cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8), outline=255, width=max(1, w // 2))
    if label:
        f = font("serif_bold", max(10, int(r * 0.42)))
        d.text((cx, cy + r * 1.35), label, font=f, fill=255, anchor="mm")


def tiled_emblems(s: Sheet, box: Box, kind: str, colour: Colour, *, step: int = 150, r: int = 22,
                  strength: float = 0.35, label: str = "") -> None:
    """A small emblem repeated in a staggered grid (the bank's paper)."""
    x0, y0, x1, y1 = box
    layer = Image.new("L", (x1 - x0, y1 - y0), 0)
    d = ImageDraw.Draw(layer)
    for j, y in enumerate(range(step // 2, y1 - y0 + step, step)):
        off = step // 2 if j % 2 else 0
        for x in range(off, x1 - x0 + step, step):
            emblem(d, x, y, r, kind, label)
    mask: Any = np.asarray(layer, dtype=np.float32) / 255.0
    _blend(s, mask, colour, strength, box)


def big_emblem(s: Sheet, cx: float, cy: float, r: float, kind: str, colour: Colour, *, strength: float = 0.12,
               label: str = "") -> None:
    """One large faint emblem behind the body (a letterhead's watermark-like logo)."""
    size = int(r * 3.2)
    x0, y0 = int(cx - size / 2), int(cy - size / 2)
    layer = Image.new("L", (size, size), 0)
    emblem(ImageDraw.Draw(layer), size / 2, size / 2 - r * 0.3, r, kind, label)
    box = (max(0, x0), max(0, y0), min(s.width, x0 + size), min(s.height, y0 + size))
    mask: Any = np.asarray(layer, dtype=np.float32)[box[1] - y0: box[3] - y0, box[0] - x0: box[2] - x0] / 255.0
    _blend(s, mask, colour, strength, box)


def whole(s: Sheet) -> Box:
    return (0, 0, s.width, s.height)
