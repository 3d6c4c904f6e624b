"""How court_ey's dossiers were captured. The working volumes of 海州法院执行局 went from desk to desk for months before
they were scanned, page by page, on the registry's flatbed with its white lid. So a page may come with a dog-ear — a
corner folded onto itself, its back (yellower, the print showing through mirrored) lying over a title, a number or a
date, and the scanner's lid showing where the corner was; a half-fold flattened under the lid leaves a crease, a bright
and a dark hairline with the print shifted a pixel or two across it; a loose page went on the glass with the next page's
edge over it, its own text and shadow along one side; the archive's barcode label or a round 页码 sticker sits pasted
across part of the header; and a staple pulled out of the top corner left two holes and a torn bite. Some pages are
clean. Then the flatbed's own marks: a slight skew, a little noise, JPEG, 200–300 dpi, never rotated."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

CORNERS = ("tl", "tr", "bl", "br")


@dataclass
class DogEar:
    corner: str      # tl | tr | bl | br
    along_x: float   # the fold meets the top/bottom edge this fraction of the width from the corner
    along_y: float   # and the side edge this fraction of the height from the corner


@dataclass
class Crease:
    horizontal: bool
    at: float        # fraction of the height (or width)
    shift: int       # px the print is displaced across the crease
    depth: float     # how strong the ridge reads, 0–1


@dataclass
class Overlap:
    side: str        # bottom | right
    width: float     # fraction of the page the next sheet covers
    tilt: float      # degrees off the page's edge
    seed: int


@dataclass
class Label:
    kind: str        # barcode | page
    x: float         # centre, fractions of the page
    y: float
    text: str
    angle: float


@dataclass
class Handled:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    lid: int                       # the lid's grey where no paper lies
    tone: float                    # the paper's age: 0 white … 1 yellowed
    ears: list[DogEar] = field(default_factory=list)
    creases: list[Crease] = field(default_factory=list)
    overlap: Overlap | None = None
    label: Label | None = None
    staple: bool = False


def plan_capture(rng: random.Random, sheet: Sheet) -> Handled:
    cap = Handled(dpi=rng.choice([200, 200, 240, 300]), rotation=0, photo=False, skew=rng.uniform(-1.4, 1.4),
                  quality=rng.randint(72, 90), lid=rng.randint(226, 242), tone=rng.uniform(0.0, 0.6))
    if rng.random() < 0.25:  # a clean page
        return cap
    if rng.random() < 0.5:
        corner = rng.choice(["tr", "tr", "br", "tl", "bl"])
        if rng.random() < 0.45:  # a big fold, over the number (top) or the date and seal (bottom)
            cap.ears.append(DogEar(corner, rng.uniform(0.25, 0.42), rng.uniform(0.12, 0.24)))
        else:
            cap.ears.append(DogEar(corner, rng.uniform(0.07, 0.2), rng.uniform(0.04, 0.13)))
        if rng.random() < 0.15:
            other = rng.choice([k for k in CORNERS if k != corner])
            cap.ears.append(DogEar(other, rng.uniform(0.05, 0.1), rng.uniform(0.03, 0.07)))
    if rng.random() < 0.4:
        cap.creases.append(Crease(rng.random() < 0.75, rng.uniform(0.42, 0.58), rng.randint(0, 3), rng.uniform(0.4, 1.0)))
        if rng.random() < 0.25:
            cap.creases.append(Crease(not cap.creases[0].horizontal, rng.uniform(0.3, 0.7), rng.randint(0, 2),
                                      rng.uniform(0.3, 0.7)))
    if rng.random() < 0.2:
        cap.overlap = Overlap(rng.choice(["bottom", "bottom", "right"]), rng.uniform(0.03, 0.09),
                              rng.uniform(-2.5, 2.5), rng.randint(0, 10**6))
    if rng.random() < 0.3:
        if rng.random() < 0.5:
            cap.label = Label("barcode", rng.uniform(0.3, 0.7), rng.uniform(0.05, 0.13),
                              f"HZ{rng.randint(2023, 2024)}{rng.randint(10**7, 10**8 - 1)}", rng.uniform(-4, 4))
        else:
            cap.label = Label("page", rng.uniform(0.72, 0.9), rng.uniform(0.04, 0.11), str(rng.randint(1, 88)),
                              rng.uniform(-8, 8))
    cap.staple = rng.random() < 0.2
    return cap


def _flip(a: Any, corner: str) -> Any:
    """Turn the page so that `corner` is at the top left (its own inverse)."""
    if corner in ("tr", "br"):
        a = a[:, ::-1]
    if corner in ("bl", "br"):
        a = a[::-1, :]
    return a


def _dog_ear(img: Any, ear: DogEar, lid: float, back: Any) -> Any:
    """Fold the triangle at the corner over the line from (ax, 0) to (0, by): the corner shows the lid, the flap
    (the triangle reflected across the fold) shows the paper's back with the print through it, mirrored."""
    a = np.ascontiguousarray(_flip(img, ear.corner))
    h, w = a.shape[:2]
    ax, by = ear.along_x * w, ear.along_y * h
    n = np.array([by, ax], dtype=np.float32)          # normal of the fold line x*by + y*ax = ax*by
    n /= np.linalg.norm(n)
    c = ax * by / np.hypot(ax, by)                    # distance of the line from the origin along n
    reach_x = int(max(ax, 2 * c * n[0])) + 24           # the flap and its shadow lie inside this box
    reach_y = int(max(by, 2 * c * n[1])) + 24
    yy, xx = np.mgrid[0:min(reach_y, h), 0:min(reach_x, w)].astype(np.float32)
    d = xx * n[0] + yy * n[1] - c                     # < 0 on the corner's side
    sx, sy = xx - 2 * d * n[0], yy - 2 * d * n[1]     # the point folded onto (x, y)
    corner_side = d < 0
    flap = (d >= 0) & (sx * n[0] + sy * n[1] - c < 0) & (sx >= 0) & (sy >= 0)
    region = a[:yy.shape[0], :yy.shape[1]].astype(np.float32)
    src = cv2.remap(region, sx.astype(np.float32), sy.astype(np.float32), cv2.INTER_LINEAR, borderValue=(255, 255, 255))
    through = back - (255 - src) * 0.13
    shade = np.clip(1 - 0.1 * np.exp(-np.abs(d) / 6.0), 0, 1)[..., None]
    out = region.copy()
    out[corner_side] = lid
    out[flap] = (through * shade)[flap]
    # the flap's raised edges cast a soft shadow on the page beside it
    flap_mask = flap.astype(np.float32)
    cast = cv2.GaussianBlur(cv2.dilate(flap_mask, np.ones((7, 7), np.uint8)), (0, 0), 4) - flap_mask
    cast = np.clip(cast, 0, 1)[..., None]
    under = ~flap & ~corner_side
    out[under] = (out * (1 - 0.22 * cast))[under]
    a[:yy.shape[0], :yy.shape[1]] = out
    return _flip(a, ear.corner)


def _crease(img: Any, cr: Crease) -> Any:
    h = img.shape[0]
    if not cr.horizontal:
        return _crease(img.transpose(1, 0, 2), Crease(True, cr.at, cr.shift, cr.depth)).transpose(1, 0, 2)
    y = int(cr.at * h)
    out = img.copy()
    if cr.shift:
        out[y:] = np.concatenate([out[y:y + 1].repeat(cr.shift, 0), out[y:h - cr.shift]], 0)
    dist = np.arange(h, dtype=np.float32) - y
    valley = 1 - 0.07 * cr.depth * np.exp(-np.abs(dist) / 70.0)     # the page dips toward the fold
    out = out * valley[:, None, None]
    out[max(0, y - 3):y] = np.clip(out[max(0, y - 3):y] + 22 * cr.depth, 0, 255)   # lit side of the ridge
    out[y:y + 2] = out[y:y + 2] * (1 - 0.35 * cr.depth)                              # its shadow
    return out


def _next_page(img: Any, ov: Overlap, page: Any) -> Any:
    """The next loose sheet lies over one side: its paper, the edge's shadow and, where it shows its head (from below),
    the tops of its first lines; from the right only its blank left margin shows."""
    h, w = img.shape[:2]
    rng = random.Random(ov.seed)
    over = Image.new("L", (w, h), 0)
    ink = Image.new("L", (w, h), 0)
    slope = float(np.tan(np.radians(ov.tilt)))
    if ov.side == "right":
        left = w * (1 - ov.width)
        edge = [(left - slope * h / 2, 0), (w, 0), (w, h), (left + slope * h / 2, h)]
    else:
        top = h * (1 - ov.width)
        edge = [(0, top - slope * w / 2), (w, top + slope * w / 2), (w, h), (0, h)]
    ImageDraw.Draw(over).polygon(edge, fill=255)
    if ov.side == "bottom":
        d = ImageDraw.Draw(ink)
        f = font("song_gb", max(20, int(w / 50)))
        chars = "本院执行申请人被执行财产裁定如下依照民事诉讼法第条规定送达日期一二三四五六七八九十年月日号"
        y = h * (1 - ov.width) + rng.randint(int(w * 0.07), int(w * 0.1))
        while y < h - 10:
            x = rng.randint(int(w * 0.12), int(w * 0.16))
            d.text((x, y + slope * (x - w / 2)), "".join(rng.choice(chars) for _ in range(rng.randint(14, 30))), font=f,
                   fill=255)
            y += f.size * 1.9
        ink = Image.fromarray(np.asarray(ink) & np.asarray(over))
    m = np.asarray(over, dtype=np.float32)[..., None] / 255
    t = np.asarray(ink, dtype=np.float32)[..., None] / 255
    sheet = page * 0.985 * (1 - 0.85 * t) + 20 * t
    shadow = cv2.GaussianBlur(np.asarray(over, dtype=np.float32) / 255, (0, 0), 5)[..., None]
    shadow = np.clip(shadow - m, 0, 1)
    out = img * (1 - 0.45 * shadow)
    return out * (1 - m) + sheet * m


def _label(img: Any, lb: Label) -> Any:
    h, w = img.shape[:2]
    if lb.kind == "barcode":
        lw, lh = int(w * 0.3), int(w * 0.1)
    else:
        lw = lh = int(w * 0.075)
    pad = 8
    tag = Image.new("RGBA", (lw + 2 * pad, lh + 2 * pad), (0, 0, 0, 0))
    d = ImageDraw.Draw(tag)
    gen = random.Random(lb.text)
    if lb.kind == "barcode":
        d.rectangle((pad, pad, pad + lw, pad + lh), fill=(250, 250, 247, 255), outline=(150, 150, 150, 255), width=2)
        x = pad + lw * 0.08
        while x < pad + lw * 0.92:
            bw = gen.choice([2, 2, 3, 5])
            d.rectangle((x, pad + lh * 0.12, x + bw, pad + lh * 0.62), fill=(15, 15, 15, 255))
            x += bw + gen.choice([2, 3, 4])
        f = font("mono", max(14, int(lh * 0.18)))
        d.text((pad + lw / 2, pad + lh * 0.8), lb.text, font=f, fill=(20, 20, 20, 255), anchor="mm")
    else:
        d.ellipse((pad, pad, pad + lw, pad + lh), fill=(252, 250, 240, 255), outline=(180, 40, 40, 255), width=3)
        f = font("sans_bold", int(lh * 0.42))
        d.text((pad + lw / 2, pad + lh / 2), lb.text, font=f, fill=(30, 30, 30, 255), anchor="mm")
    tag = tag.rotate(lb.angle, resample=Image.Resampling.BICUBIC, expand=True)
    base = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    shadow = Image.new("RGBA", tag.size, (0, 0, 0, 0))
    shadow.putalpha(tag.getchannel("A").point(lambda v: v // 5))
    x, y = int(lb.x * w - tag.width / 2), int(lb.y * h - tag.height / 2)
    base.paste(shadow, (x + 3, y + 4), shadow)
    base.paste(tag, (x, y), tag)
    return np.asarray(base, dtype=np.float32)


def _staple(img: Any, lid: float, rng: random.Random) -> Any:
    """A staple pulled out at the top left: two holes along a short slant and a bite torn from the corner."""
    h, w = img.shape[:2]
    out = img.copy()
    s = w / 1654
    cx, cy = int(w * rng.uniform(0.05, 0.08)), int(h * rng.uniform(0.03, 0.05))
    bite = [(0, 0), (int(cx * rng.uniform(1.2, 1.8)), 0)]
    for k in range(1, 7):
        t = k / 7
        bite.append((int(cx * (1.5 - t) + rng.uniform(-6, 6) * s), int(cy * 0.9 * t + rng.uniform(-5, 5) * s)))
    bite += [(0, int(cy * rng.uniform(1.1, 1.7)))]
    mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(mask, [np.array(bite, np.int32)], 255)
    out[mask > 0] = lid
    edge = cv2.dilate(mask, np.ones((5, 5), np.uint8)) - mask
    out[edge > 0] = out[edge > 0] * 0.8
    for dx, dy in ((0, 0), (int(28 * s), int(26 * s))):
        hx, hy = cx + int(30 * s) + dx, cy + int(30 * s) + dy
        cv2.circle(out, (hx, hy), max(2, int(3 * s)), (70.0, 65.0, 60.0), -1)
        cv2.ellipse(out, (hx + 3, hy + 2), (int(7 * s) + 2, int(4 * s) + 1), 30, 0, 360, (170.0, 150.0, 120.0), 1)
    return out


def capture(sheet: Sheet, cap: Handled, rng: random.Random) -> bytes:
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = img.shape[:2]
    if cap.dpi != DPI:
        img = cv2.resize(img, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = img.shape[:2]
    age = np.array([1.0, 1.0 - 0.02 * cap.tone, 1.0 - 0.08 * cap.tone], dtype=np.float32)
    img = img * age
    page = np.array([252.0, 251.0, 248.0], dtype=np.float32) * age
    lid = float(cap.lid)
    for cr in cap.creases:
        img = _crease(img, cr)
    if cap.overlap is not None:
        img = _next_page(img, cap.overlap, np.array([247.0, 247.0, 243.0], dtype=np.float32))
    for ear in cap.ears:
        img = _dog_ear(img, ear, lid, page * np.array([0.95, 0.94, 0.9], dtype=np.float32))
    if cap.label is not None:
        img = _label(img, cap.label)
    if cap.staple:
        img = _staple(img, lid, rng)
    # the flatbed's lamp: a touch brighter in the middle of the glass
    xx = np.linspace(-1, 1, w, dtype=np.float32)
    img = img * (1 - 0.025 * xx[None, :, None] ** 2)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img + gen.normal(0, 2.2, img.shape).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(cap.lid, cap.lid, cap.lid))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
