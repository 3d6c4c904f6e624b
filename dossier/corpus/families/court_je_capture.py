"""How court_je's volumes were captured. The closed volumes of 青羊法院执行局 from 2016–2018 lay for years on the
lowest shelves of the court's basement archive, where the air is damp all through 成都's long grey winters. When the
archive was digitised years after the cases closed, the outsourced crew took the staples out and laid every sheet on
an overhead archive scanner (colour, now and then greyscale; 200–300 dpi, a few at 150), the sheet a little skewed on
the dark cradle, whose black shows round the edges; a few sheets went in turned a quarter or half round.

What the years did to the paper shows on every page: it has yellowed, more at the edges than in the middle; it is
foxed — rust-brown spots, some no more than specks, some the size of a fingernail with a soft halo, scattered or in
clusters; the staple at the top-left corner rusted into the sheets, so a brown-orange bloom with two dark holes marks
that corner on most sheets. Some sheets took water when a pipe leaked: a broad pale-brown stain whose edge dried into
a dark tide-line, the print inside it a little softened but readable. The thermal slips glued on the 粘贴单 (the POS
签购单, the banks' counter slips) faded as thermal paper fades, the print gone to a pale grey, more at one end than the
other, but a clerk can still read it. On each volume's cover the archive stuck its digitisation label: a white
barcode sticker with the archive number, and beside it a red rectangular "已数字化" stamp with the date."""

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

CRADLE = (34, 32, 30)
"""the overhead scanner's black cradle, seen round the sheet"""
FOX = np.array([150.0, 96.0, 52.0], np.float32)
RUST = np.array([168.0, 92.0, 38.0], np.float32)


@dataclass
class ArchiveScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                                 # colour | grey
    skew: float
    quality: int
    age: float                                # how yellow the paper has gone, 0..1
    spots: list[tuple[float, float, float, float]] = field(default_factory=list)  # x, y fraction, radius mm, depth
    stain: tuple[float, float, float, int] | None = None   # centre x, y fraction, size fraction, seed
    rust: float = 0.0                          # strength of the staple's rust bloom (0: no staple)
    fade: tuple[float, float] = (1.0, 1.0)     # thermal print kept at one end and the other of each slip
    label: str = ""                            # the archive's barcode number, on a volume's cover
    border_mm: float = 3.0
    noise: float = 3.0


def plan_capture(rng: random.Random, sheet: Sheet) -> ArchiveScan:
    slips = bool(getattr(sheet, "slips", []))
    cover = bool(getattr(sheet, "cover", False))
    n = rng.choice([3, 6, 10, 18, 30])
    spots: list[tuple[float, float, float, float]] = []
    for _ in range(rng.randint(1, 3)):  # clusters
        cx, cy = rng.uniform(0.05, 0.95), rng.uniform(0.05, 0.95)
        for _ in range(n // 2 + 1):
            spots.append((min(0.99, max(0.01, cx + rng.gauss(0, 0.08))), min(0.99, max(0.01, cy + rng.gauss(0, 0.08))),
                          rng.choice([0.3, 0.5, 0.8, 1.2, 2.0, 3.5]), rng.uniform(0.25, 0.75)))
    for _ in range(n):  # scattered specks
        spots.append((rng.random(), rng.random(), rng.choice([0.25, 0.4, 0.6, 1.0]), rng.uniform(0.2, 0.6)))
    stain = ((rng.uniform(0.2, 0.8), rng.choice([rng.uniform(0.0, 0.3), rng.uniform(0.7, 1.0)]), rng.uniform(0.25, 0.5),
              rng.randint(0, 2**30)) if rng.random() < 0.3 else None)
    lo = rng.uniform(0.3, 0.45)
    return ArchiveScan(
        dpi=rng.choice([200, 240, 300, 300]) if slips else rng.choice([150, 200, 200, 240, 300, 300]),
        rotation=rng.choices([0, 90, 180, 270], weights=[92, 3, 3, 2])[0], photo=False,
        mode="grey" if rng.random() < 0.15 and not cover else "colour",
        skew=rng.uniform(-1.8, 1.8), quality=rng.randint(62, 88), age=rng.uniform(0.35, 0.9), spots=spots, stain=stain,
        rust=rng.uniform(0.5, 1.0) if rng.random() < 0.75 else 0.0,
        fade=(lo, min(0.75, lo + rng.uniform(0.1, 0.3))) if rng.random() < 0.5 else (min(0.75, lo + 0.2), lo),
        label=f"QY-ZX-{rng.randint(2016, 2018)}-{rng.randint(1, 9999):05d}" if cover else "",
        border_mm=rng.uniform(1.5, 5.0), noise=rng.uniform(2.0, 4.5))


def _px(mm_: float, dpi: int) -> int:
    return max(1, round(mm_ / 25.4 * dpi))


def _faded_slips(img: Any, boxes: list[tuple[int, int, int, int]], fade: tuple[float, float], scale: float) -> Any:
    """Thermal print fading: inside each slip, ink kept at `fade[0]` at its top and `fade[1]` at its foot, the ground
    going a dull grey-cream."""
    h, w = img.shape[:2]
    for x0, y0, x1, y1 in boxes:
        a, b = max(0, int(x0 * scale)), max(0, int(y0 * scale))
        c, d = min(w, int(x1 * scale)), min(h, int(y1 * scale))
        if c <= a or d <= b:
            continue
        region = img[b:d, a:c]
        keep = np.linspace(fade[0], fade[1], d - b, dtype=np.float32)[:, None, None]
        ink = 255.0 - region
        region = 255.0 - ink * keep
        region *= np.array([0.97, 0.955, 0.9], np.float32)
        img[b:d, a:c] = region
    return img


def _yellow(img: Any, age: float, gen: Any) -> Any:
    """Aged paper: a warm tint over everything, deeper towards the edges, unevenly."""
    h, w = img.shape[:2]
    small = gen.random((12, 9)).astype(np.float32)
    blotch = cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)
    yy = np.linspace(-1, 1, h, dtype=np.float32)[:, None]
    xx = np.linspace(-1, 1, w, dtype=np.float32)[None, :]
    edge = np.clip(np.maximum(np.abs(xx), np.abs(yy)) - 0.8, 0, None) / 0.2
    depth = age * (0.55 + 0.25 * blotch) + edge * (0.5 + 0.3 * blotch)
    tint = np.array([0.03, 0.075, 0.2], np.float32)
    return img * (1.0 - depth[..., None] * tint)


def _multiply(img: Any, mask: Any, colour: Any, x0: int, y0: int) -> None:
    """Lay a stain (mask 0..1) of `colour` on the image at (x0, y0), darkening by multiplication."""
    h, w = img.shape[:2]
    mh, mw = mask.shape
    a, b = max(0, x0), max(0, y0)
    c, d = min(w, x0 + mw), min(h, y0 + mh)
    if c <= a or d <= b:
        return
    m = mask[b - y0:d - y0, a - x0:c - x0][..., None]
    img[b:d, a:c] *= 1.0 - m * (1.0 - colour / 255.0)


def _foxing(img: Any, spots: list[tuple[float, float, float, float]], dpi: int, gen: Any) -> None:
    h, w = img.shape[:2]
    for xf, yf, r_mm, depth in spots:
        r = _px(r_mm, dpi)
        size = r * 8 + 3
        yy, xx = np.mgrid[0:size, 0:size].astype(np.float32) - size / 2
        dist = np.sqrt(xx ** 2 + yy ** 2) / r
        wobble = 1.0 + 0.25 * gen.standard_normal((size, size)).astype(np.float32)
        core = np.clip(1.2 - dist * wobble, 0, 1)
        halo = np.exp(-(dist / 1.8) ** 2) * 0.35 * np.clip(1.0 - dist / 4.0, 0, 1)
        mask = np.clip(core + halo, 0, 1) * depth
        _multiply(img, mask.astype(np.float32), FOX, int(xf * w - size / 2), int(yf * h - size / 2))


def _water(img: Any, stain: tuple[float, float, float, int]) -> Any:
    """A dried water stain: a smooth irregular blob, slightly darker and browner inside, a dark tide-line at its edge,
    the print inside softened."""
    h, w = img.shape[:2]
    cxf, cyf, size, seed = stain
    g = np.random.default_rng(seed)
    lo = cv2.resize(g.random((10, 8)).astype(np.float32), (w // 4, h // 4), interpolation=cv2.INTER_CUBIC)
    yy, xx = np.mgrid[0:h // 4, 0:w // 4].astype(np.float32)
    d = np.sqrt(((xx - cxf * w / 4) / (w / 4)) ** 2 + ((yy - cyf * h / 4) / (w / 4)) ** 2)
    field_ = size - d + (lo - 0.5) * 0.22
    inside = (field_ > 0).astype(np.float32)
    inside = cv2.resize(cv2.GaussianBlur(inside, (0, 0), 1.2), (w, h), interpolation=cv2.INTER_LINEAR)
    edge = np.clip(1.0 - np.abs(inside - 0.5) * 2.0, 0, 1) ** 3
    blurred = cv2.GaussianBlur(img, (0, 0), 1.1)
    m = inside[..., None]
    img = img * (1 - m) + blurred * m
    img *= 1.0 - m * np.array([0.02, 0.05, 0.11], np.float32)
    img *= 1.0 - edge[..., None] * np.array([0.12, 0.22, 0.36], np.float32)
    return img


def _rust(img: Any, strength: float, dpi: int, gen: Any) -> None:
    """The staple at the top-left corner: a rust bloom along it, two dark holes where its legs went through."""
    x0, y0 = _px(9, dpi), _px(9, dpi)
    length = _px(12, dpi)
    size = length + _px(16, dpi)
    mask: Any = np.zeros((size, size), np.float32)
    off = _px(8, dpi)
    p1 = (off, off + length)
    p2 = (off + length, off)
    cv2.line(mask, p1, p2, 1.0, thickness=_px(1.6, dpi))
    mask = cv2.GaussianBlur(mask, (0, 0), _px(2.2, dpi))
    mask = mask / max(1e-6, float(mask.max()))
    mask *= (0.75 + 0.5 * gen.random((size, size)).astype(np.float32))
    mask = np.clip(mask * strength * 0.9, 0, 0.92)
    _multiply(img, mask, RUST, x0 - off, y0 - off)
    for px, py in (p1, p2):
        cv2.circle(img, (x0 - off + px, y0 - off + py), _px(0.5, dpi), (60.0, 40.0, 30.0), -1)


def _label(pil: Image.Image, code: str, dpi: int, rng: random.Random) -> None:
    """The archive's barcode sticker and its red 已数字化 stamp, at the cover's top left."""
    d = ImageDraw.Draw(pil)
    x, y = _px(18, dpi), _px(14, dpi)
    w, h = _px(62, dpi), _px(26, dpi)
    d.rectangle((x + 4, y + 5, x + w + 4, y + h + 5), fill=(150, 140, 120))
    d.rectangle((x, y, x + w, y + h), fill=(250, 250, 246), outline=(200, 200, 196))
    bx = x + _px(4, dpi)
    unit = max(1, _px(0.33, dpi))
    bits = "".join(f"{ord(ch):08b}" for ch in code)
    for k, bit in enumerate("11" + bits + "11"):
        if bx + unit > x + w - _px(4, dpi):
            break
        wide = unit * (2 if k % 3 == 0 else 1)
        if bit == "1":
            d.rectangle((bx, y + _px(3, dpi), bx + wide - 1, y + _px(15, dpi)), fill=(10, 10, 10))
        bx += wide + unit
    d.text((x + _px(4, dpi), y + _px(16.5, dpi)), code, font=font("mono", _px(3.6, dpi)), fill=(10, 10, 10))
    d.text((x + _px(4, dpi), y + _px(21, dpi)), "青羊法院档案室·诉讼档案数字化", font=font("sans", _px(2.8, dpi)), fill=(60, 60, 60))
    sx, sy = pil.width - _px(70, dpi), _px(93, dpi)  # beside the big title, clear of the 全宗号 boxes
    red = (200, 45, 50)
    stamp = Image.new("L", (_px(40, dpi), _px(18, dpi)), 0)
    sd = ImageDraw.Draw(stamp)
    sd.rectangle((2, 2, stamp.width - 3, stamp.height - 3), outline=255, width=max(2, _px(0.6, dpi)))
    sd.text((stamp.width / 2, stamp.height * 0.34), "已 数 字 化", font=font("sans_bold", _px(5, dpi)), fill=255, anchor="mm")
    when = f"{rng.randint(2022, 2024)}.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"
    sd.text((stamp.width / 2, stamp.height * 0.74), when, font=font("sans", _px(3.6, dpi)), fill=255, anchor="mm")
    stamp = stamp.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC, expand=True)
    stamp = stamp.point(lambda v: int(v * 0.8))
    pil.paste(red, (sx, sy), stamp)


def capture(sheet: Sheet, cap: ArchiveScan, rng: random.Random) -> bytes:
    src: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    scale = cap.dpi / DPI
    h0, w0 = src.shape[:2]
    w, h = round(w0 * scale), round(h0 * scale)
    img: Any = cv2.resize(src, (w, h), interpolation=cv2.INTER_AREA) if scale != 1 else src.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    slips = list(getattr(sheet, "slips", []))
    if slips:
        img = _faded_slips(img, slips, cap.fade, scale)
    img = _yellow(img, cap.age, gen)
    if cap.stain is not None:
        img = _water(img, cap.stain)
    _foxing(img, cap.spots, cap.dpi, gen)
    if cap.rust > 0:
        _rust(img, cap.rust, cap.dpi, gen)
    img = np.clip(img, 0, 255)
    if cap.label:
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
        _label(pil, cap.label, cap.dpi, rng)
        img = np.asarray(pil, dtype=np.float32).copy()
    # on the cradle: a dark border round the sheet, the sheet turned a little
    b = _px(cap.border_mm, cap.dpi)
    framed: Any = np.empty((h + 2 * b, w + 2 * b, 3), np.float32)
    framed[:] = CRADLE
    framed[b:b + h, b:b + w] = img
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D(((w + 2 * b) / 2, (h + 2 * b) / 2), cap.skew, 1.0)
        framed = cv2.warpAffine(framed, m, (w + 2 * b, h + 2 * b), flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_CONSTANT, borderValue=CRADLE)
    framed += gen.normal(0, cap.noise, framed.shape[:2]).astype(np.float32)[..., None]
    framed = np.clip(framed, 0, 255)
    if cap.mode == "grey":
        grey = framed @ np.array([0.299, 0.587, 0.114], np.float32)
        out: Any = grey.astype(np.uint8)
    else:
        out = framed.astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    pil_out = Image.fromarray(out, "L" if cap.mode == "grey" else "RGB")
    buf = io.BytesIO()
    pil_out.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()

