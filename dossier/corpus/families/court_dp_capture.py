"""How court_dp's dossiers were captured. 金平法院's bound volumes were taken apart (staples pulled, the two-hole binding
cord cut) and the loose sheets fed in stacks through the archive room's old duplex sheet-feed scanner, greyscale,
200–300 dpi. Its glass was never cleaned during the job: a speck of dust on the front sensor's glass draws a thin dark
line down every page at the same place, and a second speck came and went (so some pages carry two lines). The
scanner's backing is black, so the punched binding holes and the staple holes show as black at the left margin, and so
does whatever the paper does not cover: a sheet fed a little crooked shows black wedges at its corners, and a corner
folded over in the volume (a dog-ear) leaves a black triangle with the folded flap, blank back outward, lying over the
page beside it. A few sheets had been photocopied earlier on a copier low on toner — their right part pale and patchy —
and on a thin sheet the print of its back shows through, mirrored and faint. A clerk still reads every page by eye."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

GLASS: tuple[tuple[float, int], ...] = ((0.371, 2), (0.806, 1))
"""the dust on the front glass: (x as a fraction of the page's width, line width in px at 200 dpi); the first speck
stayed the whole job, the second came and went"""
BACKING = 18.0  # the black backing plate's grey where no paper covers it


@dataclass
class SheetFeed:
    dpi: int
    rotation: int
    photo: bool
    skew: float                 # degrees; a crooked feed is 1–3°, a straight one a few tenths
    quality: int
    streaks: list[tuple[float, int, float]]    # (x fraction, width px at 200 dpi, how much darker, 0–1)
    holes: bool                 # the two binding holes
    staples: int                # 0, 1 or 2 staple hole pairs at the top left
    dog_ear: str                # "" or the folded corner: tl tr bl br
    ear_mm: float
    toner: float                # 0 = a good print; else how pale the right edge went (0.45–0.65 of the ink lost)
    show_through: float         # 0 = none; else the strength of the mirrored back
    gamma: float


def plan_capture(rng: random.Random, sheet: Sheet) -> SheetFeed:
    crooked = rng.random() < 0.22
    streaks = [(GLASS[0][0], GLASS[0][1], rng.uniform(0.45, 0.7))]
    if rng.random() < 0.45:
        streaks.append((GLASS[1][0], GLASS[1][1], rng.uniform(0.3, 0.55)))
    ear = rng.choice(["tr", "br", "tr", "bl"]) if crooked and rng.random() < 0.6 else ""
    return SheetFeed(
        dpi=rng.choice([200, 200, 240, 300]), rotation=0, photo=False,
        skew=rng.choice([-1, 1]) * rng.uniform(1.0, 2.8) if crooked else rng.uniform(-0.35, 0.35),
        quality=rng.randint(62, 84), streaks=streaks, holes=True, staples=rng.choice([0, 1, 1, 2]),
        dog_ear=ear, ear_mm=rng.uniform(12, 22), toner=rng.uniform(0.45, 0.65) if rng.random() < 0.14 else 0.0,
        show_through=rng.uniform(0.06, 0.1) if rng.random() < 0.1 else 0.0, gamma=rng.uniform(0.9, 1.15))


def _pale_right(g: Any, loss: float, gen: np.random.Generator) -> Any:
    """An earlier photocopy on a copier low on toner: the ink thins towards the right, in blotches."""
    h, w = g.shape
    ramp = np.clip((np.arange(w, dtype=np.float32) / w - 0.35) / 0.65, 0, 1)[None, :]
    blotch = cv2.resize(gen.random((h // 60 + 2, w // 60 + 2)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    keep = 1 - loss * ramp * (0.65 + 0.5 * np.clip(blotch, 0, 1))
    ink = (255 - g) * np.clip(keep, 0.3, 1)
    copy_grey = 246 - 6 * ramp  # the copy's own paper, a shade off white
    return np.minimum(copy_grey, 255 - ink)


def _ghost(g: Any, strength: float, shift: int) -> Any:
    """The back of the sheet printing through: the page's print mirrored (what lies behind it), shifted, blurred, faint."""
    back = np.roll(g[:, ::-1], shift, axis=0)
    back = cv2.GaussianBlur(back, (0, 0), 2.5)
    return g - (255 - back) * strength


def _holes(g: Any, scale: float, staples: int, rng: random.Random) -> None:
    h, _ = g.shape
    px = lambda v: v / 25.4 * DPI * scale  # noqa: E731  (mm to px at this scan's dpi)
    x = int(px(11))
    r = int(px(2.9))
    for y in (h / 2 - px(40), h / 2 + px(40)):
        cv2.circle(g, (x, int(y)), r, BACKING, -1, lineType=cv2.LINE_AA)
    for k in range(staples):
        y0 = int(px(14 + 9 * k + rng.uniform(-1, 1)))
        x0 = int(px(9 + 4 * k))
        for dx, dy in ((0, 0), (int(px(11)), int(px(2)))):  # the two legs of a staple, a short slit each
            cv2.line(g, (x0 + dx, y0 + dy), (x0 + dx + int(px(0.9)), y0 + dy + int(px(0.5))), BACKING, max(2, int(px(0.5))))


def _dog_ear(g: Any, corner: str, size: float) -> None:
    """Fold a corner over: the corner itself gone (black backing), the flap, blank back outward, lying on the page."""
    h, w = g.shape
    s = int(size)
    pts = {"tr": ((w - s, 0), (w, 0), (w, s), (w - s, s)), "tl": ((s, 0), (0, 0), (0, s), (s, s)),
           "br": ((w - s, h), (w, h), (w, h - s), (w - s, h - s)), "bl": ((s, h), (0, h), (0, h - s), (s, h - s))}[corner]
    a, tip, b, folded = pts
    cv2.fillPoly(g, [np.array([a, tip, b], np.int32)], BACKING)
    cv2.fillPoly(g, [np.array([a, folded, b], np.int32)], 236.0)
    cv2.line(g, a, b, 150.0, 2, lineType=cv2.LINE_AA)  # the fold's crease casts a thin shadow
    cv2.line(g, a, folded, 200.0, 2, lineType=cv2.LINE_AA)
    cv2.line(g, folded, b, 200.0, 2, lineType=cv2.LINE_AA)


def capture(sheet: Sheet, cap: SheetFeed, rng: random.Random) -> bytes:
    g: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.toner:
        g = _pale_right(g, cap.toner, gen)
    if cap.show_through:
        g = _ghost(g, cap.show_through, rng.randint(-60, 60))
    scale = cap.dpi / DPI
    if scale != 1:
        g = cv2.resize(g, (round(g.shape[1] * scale), round(g.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = g.shape
    g = 255 * (np.clip(g, 0, 255) / 255) ** cap.gamma
    _holes(g, scale, cap.staples, rng)
    if cap.dog_ear:
        _dog_ear(g, cap.dog_ear, cap.ear_mm / 25.4 * cap.dpi)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=BACKING)
    # the sensor's dust: fixed on the glass, so fixed in the scan whatever the paper does, from top to bottom
    for xf, width, dark in cap.streaks:
        x = int(xf * w)
        sw = max(1, round(width * scale))
        g[:, x:x + sw] *= 1 - dark
        g[:, max(0, x - 1)] *= 1 - dark / 3  # the line's soft edge
    g = cv2.GaussianBlur(g, (0, 0), 0.55)
    g = g + gen.normal(0, 3.2, g.shape)
    out = np.clip(g, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out, mode="L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
