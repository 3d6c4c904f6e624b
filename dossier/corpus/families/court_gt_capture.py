"""How court_gt's volumes were captured: numbered, punched and fed through the archive room's production scanner.

After a case closed, the 赫山 archive room (档案室) took the volume apart and numbered it leaf by leaf with a
numbering machine (号码机): every written leaf got its 档案页号 — the machine's digits (a fixed count per volume, with
leading zeros) inside its printed box — in the top-right corner. The clerk stamped fast: the stamp wanders a few
millimetres from leaf to leaf, sits crooked now and then, and sometimes lands half over the text or over the paper's
own page count (the tribunals print theirs at the top right). The ink pad gives blue or red, chosen per volume, and
once in a while the clerk picked up the other machine; the impression is uneven, thinner where the pad was dry. The
cover, the catalogue and the remarks sheet carry no number (as the archive rules say), and a blank back none either.

Then the two-hole punch: two round holes, 6 mm across and 80 mm apart, centred on the sheet's height about 12 mm in
from the left edge (a leaf's blank back shows them at the right), a millimetre or so off from leaf to leaf as the
stack was knocked against the punch's guide.

Then the production scanner (a high-volume sheet feeder with a black backing plate): 200, 240 or 300 dpi, grey or
colour, JPEG quality 45–85; where the paper is not — the holes, a thin strip at an edge the crop left, the corners a
skewed leaf (under a degree) uncovers — the black backing shows. The feeder took a few leaves upside down (180°) and a
couple sideways (90°/270°). Each page stays legible to a clerk: the stamp's ink multiplies over the print, the holes
lie in the margin."""

from __future__ import annotations

import io
import random
import weakref
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.fonts import font

BLUE = (36, 66, 168)
RED = (196, 42, 52)
BACKING = 18.0
"""the black of the scanner's backing plate"""
HOLE_MM, HOLE_GAP_MM, HOLE_IN_MM = 6.0, 80.0, 12.0


@dataclass
class _Volume:
    """What stays the same through one volume: the pad's colour, the machine's digit count, the next number."""

    colour: tuple[int, int, int]
    digits: int
    next_leaf: int = 1
    corner: tuple[float, float] = (14.0, 12.0)  # the clerk's habit: mm from the right edge, mm from the top
    fed: int = 0
    turned: dict[int, int] = field(default_factory=dict)
    """which sheets of the feed (by their place in it) the feeder took turned, and how far"""


_VOLUMES: weakref.WeakKeyDictionary[random.Random, _Volume] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class ArchiveScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                    # grey | colour
    quality: int
    skew: float                  # degrees
    leaf: int | None             # the 档案页号 stamped on this leaf (None: no number)
    digits: int
    ink: tuple[int, int, int]
    stamp_at: tuple[float, float]  # mm from the right edge, mm from the top (the box's top-right corner)
    stamp_angle: float
    stamp_strength: float
    back: bool                   # a leaf's blank back: the holes at the right
    hole_shift: tuple[float, float]  # mm, the punch's misalignment (x, y)
    edge: tuple[float, float, float, float]  # black strips the crop left: left, top, right, bottom (mm)
    noise: float


def _volume(rng: random.Random) -> _Volume:
    vol = _VOLUMES.get(rng)
    if vol is None:
        upside, sideways = rng.randint(2, 3), rng.randint(1, 2)
        places = rng.sample(range(3, 34), upside + sideways)
        vol = _Volume(colour=BLUE if rng.random() < 0.6 else RED, digits=rng.choice([3, 4, 4, 6]),
                      corner=(rng.uniform(11, 18), rng.uniform(9, 14)),
                      turned={p: (rng.choice([90, 270]) if k < sideways else 180) for k, p in enumerate(places)})
        _VOLUMES[rng] = vol
    return vol


def plan_capture(rng: random.Random, sheet: Sheet) -> ArchiveScan:
    vol = _volume(rng)
    back = not sheet.lines
    numbered = not back and not vars(sheet).get("archive_unnumbered", False)
    leaf = vol.next_leaf if numbered else None
    if numbered:
        vol.next_leaf += 1
    ink = vol.colour if rng.random() > 0.06 else (RED if vol.colour == BLUE else BLUE)
    crooked = rng.random() < 0.18
    low = rng.random() < 0.14  # slid down over the text
    at = (vol.corner[0] + rng.uniform(-5, 8), vol.corner[1] + rng.uniform(-3, 5) + (rng.uniform(10, 22) if low else 0))
    vol.fed += 1
    rotation = vol.turned.get(vol.fed, 0)
    colourful = _has_colour(sheet)
    return ArchiveScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False,
        mode="colour" if (colourful and rng.random() < 0.7) or rng.random() < 0.15 else "grey",
        quality=rng.randint(45, 85), skew=rng.uniform(-0.9, 0.9), leaf=leaf, digits=vol.digits, ink=ink,
        stamp_at=at, stamp_angle=rng.uniform(-12, 12) if crooked else rng.uniform(-2.5, 2.5),
        stamp_strength=rng.uniform(0.6, 0.92), back=back,
        hole_shift=(rng.uniform(-1.2, 1.2), rng.uniform(-1.5, 1.5)),
        edge=tuple(rng.choice([0.0, 0.0, rng.uniform(0.4, 2.2)]) for _ in range(4)),  # type: ignore[arg-type]
        noise=rng.uniform(1.5, 4.5))


def _has_colour(sheet: Sheet) -> bool:
    small = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    return bool(((small.max(axis=2) - small.min(axis=2)) > 50).mean() > 0.002)


def stamp_box(leaf: int, digits: int) -> tuple[Image.Image, str]:
    """The numbering machine's impression (a mask, 255 = ink) at the render resolution, and its number."""
    number = f"{leaf:0{digits}d}"
    f = font("sans_bold", mm(4.6))
    glyph_w = int(f.getlength("0") * 0.78) + mm(0.5)
    w = glyph_w * len(number) + mm(4)
    h = mm(8)
    mask = Image.new("L", (w + 8, h + 8), 0)
    d = ImageDraw.Draw(mask)
    d.rectangle((4, 4, 4 + w, 4 + h), outline=255, width=max(2, mm(0.45)))
    x = 4 + mm(2)
    for ch in number:  # each wheel's digit, condensed as the machine's face is
        g = Image.new("L", (int(f.getlength(ch)) + 6, mm(6.4)), 0)
        ImageDraw.Draw(g).text((3, 0), ch, font=f, fill=255)
        g = g.resize((max(4, int(g.width * 0.78)), g.height))
        mask.paste(255, (int(x), 4 + mm(0.9)), g)
        x += glyph_w
    return mask, number


def _stamp(img: Image.Image, cap: ArchiveScan, gen: np.random.Generator) -> None:
    if cap.leaf is None:
        return
    mask, _ = stamp_box(cap.leaf, cap.digits)
    mask = mask.rotate(cap.stamp_angle, resample=Image.Resampling.BICUBIC, expand=True)
    a = np.asarray(mask, dtype=np.float32) / 255.0
    # an uneven pad: the ink thins in soft patches and breaks up a little at the edges
    patch = cv2.GaussianBlur(gen.random(a.shape).astype(np.float32), (0, 0), mm(1.2))
    patch = (patch - patch.min()) / max(1e-6, float(patch.max() - patch.min()))
    speck = gen.random(a.shape) > 0.08
    a = a * (0.55 + 0.45 * patch) * speck * cap.stamp_strength
    alpha = Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8))
    x = int(img.width - mm(cap.stamp_at[0]) - mask.width)
    y = int(mm(cap.stamp_at[1]))
    box = (x, y, x + mask.width, y + mask.height)
    under = img.crop(box)
    inked = ImageChops.multiply(under, Image.new("RGB", under.size, cap.ink))
    under.paste(inked, (0, 0), alpha)
    img.paste(under, box[:2])


def hole_centres(cap: ArchiveScan, width: int, height: int) -> list[tuple[int, int]]:
    """The two holes' centres on the sheet (render pixels)."""
    x = mm(HOLE_IN_MM + cap.hole_shift[0])
    if cap.back:
        x = width - x
    mid = height / 2 + mm(cap.hole_shift[1])
    return [(x, int(mid - mm(HOLE_GAP_MM / 2))), (x, int(mid + mm(HOLE_GAP_MM / 2)))]


def capture(sheet: Sheet, cap: ArchiveScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = sheet.image.convert("RGB").copy()
    _stamp(img, cap, gen)
    a: Any = np.array(img, dtype=np.float32)
    h0, w0 = a.shape[:2]
    # the punched holes: the black backing seen through them, a soft grey rim where the paper's cut edge is
    r = mm(HOLE_MM / 2)
    k = r + mm(1)
    yy, xx = np.mgrid[-k:k + 1, -k:k + 1]
    rim = np.clip((np.sqrt(xx ** 2 + yy ** 2) - r) / mm(0.5), 0, 1)[..., None].astype(np.float32)
    for cx, cy in hole_centres(cap, w0, h0):
        win = a[cy - k: cy + k + 1, cx - k: cx + k + 1]
        a[cy - k: cy + k + 1, cx - k: cx + k + 1] = win * rim + BACKING * (1 - rim)
    scale = cap.dpi / DPI
    w, h = round(w0 * scale), round(h0 * scale)
    a = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)
    # on the backing plate: skewed a little, black where the paper does not reach, a strip the crop left at an edge
    pad = int(max(w, h) * 0.02) + 4
    big = cv2.copyMakeBorder(a, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(BACKING, BACKING, BACKING))
    m = cv2.getRotationMatrix2D((big.shape[1] / 2, big.shape[0] / 2), cap.skew, 1.0)
    big = cv2.warpAffine(big, m, (big.shape[1], big.shape[0]), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=(BACKING, BACKING, BACKING))
    px = cap.dpi / 25.4
    el, et, er, eb = (int(v * px) for v in cap.edge)
    a = big[pad - et: pad + h + eb, pad - el: pad + w + er]
    a = a + gen.normal(0, cap.noise, a.shape[:2])[..., None]
    a = cv2.GaussianBlur(np.clip(a, 0, 255), (0, 0), 0.45 * scale)
    if cap.mode == "grey":
        out = np.clip(a @ np.array([0.299, 0.587, 0.114], np.float32), 0, 255).astype(np.uint8)
    else:
        out = np.clip(a, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    pil = Image.fromarray(out, "L" if out.ndim == 2 else "RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
