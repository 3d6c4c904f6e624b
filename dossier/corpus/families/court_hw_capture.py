"""How court_hw's volumes were captured: the 双台子 bureau's own sheet-fed scanner (ADF) on the clerks' desk, its black
backing plate showing wherever the sheet does not cover it. Pages that were torn on the way through the office are
mended with clear adhesive tape before scanning: a strip across the sheet, the tear under it, the tape's film pale
and faintly yellow, its long edges gone yellow-brown with age, and the scanner lamp's glare a bright band or two
running along it that washes out the text beneath. Some pages still carry the clerks' yellow sticky notes (便利贴)
with a handwritten reminder, stuck over a corner; others have a corner dog-eared, folded over so that the backing
shows in the missing triangle and the blank back of the paper covers the print beside it. The ADF's dirty sensor
glass draws thin coloured vertical streaks the whole height of every page at the same few places, and each sheet
goes in at its own slight skew; 150–300 dpi, colour or grey, now and then a sheet fed turned round or sideways."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

BACKING = 48.0
"""the ADF's black backing plate, where no paper covers it"""
STREAKS: tuple[tuple[float, tuple[float, float, float]], ...] = (
    (41.0, (0.85, 0.45, 0.80)),   # a magenta line: green dropped most
    (96.5, (0.70, 0.70, 0.70)),   # a grey line
    (157.0, (0.45, 0.80, 0.85)),  # a cyan line: red dropped most
)
"""the dirty glass: (mm from the feed's left edge, how much each of R, G, B is kept) — the same x on every page"""
NOTE_YELLOW = (250, 228, 104)
REMINDERS = ("催申请人补材料", "周五前送达", "已电话联系", "待财务核对", "问一下庭长", "复印两份", "回证未回",
             "下周约谈", "核对账号！", "评估报告另卷")


@dataclass
class Tape:
    y: float          # centre of the strip where it crosses the page's middle, fraction of height
    angle: float      # degrees from horizontal
    width_mm: float
    x0: float         # where the strip starts and ends, fractions of width
    x1: float
    glare: list[float] = field(default_factory=list)  # glare bands' offsets across the strip, fractions of its width


@dataclass
class Note:
    corner: str       # tl | tr | br | bl
    size_mm: float
    angle: float
    text: str
    ink: tuple[int, int, int]
    inset_mm: tuple[float, float]  # how far the note's near corner stands in from the page's corner (may be negative)


@dataclass
class AdfScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                       # colour | grey
    skew: float                     # degrees
    quality: int
    streaks: list[float]            # strength of each STREAKS line on this page (0 = clean)
    tapes: list[Tape] = field(default_factory=list)
    note: Note | None = None
    dog_ear: tuple[str, float] | None = None   # (corner, leg length in mm)
    noise: float = 3.0
    blur: float = 0.0


def plan_capture(rng: random.Random, sheet: Sheet) -> AdfScan:
    tapes: list[Tape] = []
    if rng.random() < 0.2:
        for _ in range(rng.choice([1, 1, 2])):
            x0 = rng.choice([0.0, rng.uniform(0.0, 0.3)])
            tapes.append(Tape(y=rng.uniform(0.18, 0.85), angle=rng.uniform(-7, 7), width_mm=rng.uniform(17, 24),
                              x0=x0, x1=rng.uniform(max(x0 + 0.45, 0.6), 1.0),
                              glare=sorted(rng.uniform(-0.3, 0.3) for _ in range(rng.choice([1, 2])))))
    note = None
    if rng.random() < 0.15:
        note = Note(corner=rng.choice(["tr", "tr", "br", "tl"]), size_mm=rng.choice([51.0, 63.0, 76.0]),
                    angle=rng.uniform(-9, 9), text=rng.choice(REMINDERS),
                    ink=rng.choice([(25, 25, 30), (30, 45, 150), (190, 30, 35)]),
                    inset_mm=(rng.uniform(-8, 10), rng.uniform(-6, 12)))
    dog = (rng.choice(["tr", "br", "bl", "tl"]), rng.uniform(14, 34)) if rng.random() < 0.18 else None
    rotation = rng.choices([0, 180, 90, 270], weights=[90, 4, 3, 3])[0]
    return AdfScan(dpi=rng.choice([150, 200, 200, 240, 300]), rotation=rotation, photo=False,
                   mode="colour" if rng.random() < 0.75 or note is not None else "grey",
                   skew=rng.uniform(-1.3, 1.3), quality=rng.randint(60, 88),
                   streaks=[rng.uniform(0.6, 1.0) if rng.random() < 0.85 else 0.0 for _ in STREAKS],
                   tapes=tapes, note=note, dog_ear=dog, noise=rng.uniform(1.5, 4.5),
                   blur=rng.uniform(0.4, 0.9) if rng.random() < 0.35 else 0.0)


def px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def _tape(img: Any, t: Tape, dpi: int, gen: Any) -> None:
    """A strip of clear tape over a tear: the tear's jagged line under it, the film's pale yellow, yellowed edges,
    the lamp's glare along it."""
    h, w = img.shape[:2]
    half = px(t.width_mm, dpi) / 2
    rad = math.radians(t.angle)
    span = abs(math.tan(rad)) * w / 2 + half + 4
    cy = t.y * h
    r0, r1 = max(0, int(cy - span)), min(h, int(cy + span) + 1)
    if r1 <= r0:
        return
    yy, xx = np.mgrid[r0:r1, 0:w].astype(np.float32)
    centre = cy + (xx - w / 2) * math.tan(rad)
    d = (yy - centre) * math.cos(rad)                     # signed distance across the strip
    along = (xx >= t.x0 * w) & (xx <= t.x1 * w)
    inside = (np.abs(d) <= half) & along
    band = img[r0:r1]
    # the tear under the tape: a jagged dark hairline near the strip's middle
    wobble = np.cumsum(gen.normal(0, 0.6, w)).astype(np.float32)
    wobble -= np.linspace(0, wobble[-1], w, dtype=np.float32)
    tear = (np.abs(d - wobble[None, :] * 0.6 - half * 0.1) < max(1.0, dpi / 200)) & along
    band[tear] = band[tear] * 0.45 + 40
    # the film: text under it paler, paper faintly yellow
    film = inside[..., None]
    tinted = band * 0.8 + 255 * 0.2
    tinted *= np.array([1.0, 0.975, 0.86], np.float32)
    band[:] = np.where(film, tinted, band)
    # the yellowed edges: a strip of aged adhesive along each long edge
    edge_w = max(2, px(1.3, dpi))
    edges = (np.abs(np.abs(d) - half) < edge_w) & along
    band[edges] = band[edges] * np.array([0.97, 0.9, 0.7], np.float32)
    # the glare: bright bands along the strip where the lamp reflects off the film
    for g in t.glare:
        gw = half * 0.22
        glow = np.exp(-((d - g * 2 * half) / gw) ** 2) * inside
        a = (0.85 * glow)[..., None]
        band[:] = band * (1 - a) + 252 * a


def _note_image(n: Note, dpi: int, gen: Any) -> Image.Image:
    """A yellow sticky note with a handwritten reminder, its glued strip a shade darker, as an RGBA image."""
    side = px(n.size_mm, dpi)
    im = Image.new("RGBA", (side, side), (*NOTE_YELLOW, 255))
    d = ImageDraw.Draw(im)
    d.rectangle((0, 0, side, int(side * 0.16)), fill=(238, 214, 92, 255))
    per = 4 if len(n.text) > 5 else len(n.text)
    f = font("kai", max(14, int(side * 0.8 / per)))
    y = side * 0.26
    for k in range(0, len(n.text), per):
        d.text((side * 0.08 + float(gen.uniform(-3, 3)), y), n.text[k:k + per], font=f, fill=(*n.ink, 255))
        y += f.size * 1.25
    d.line((side * 0.1, y + 6, side * 0.6, y + 2), fill=(*n.ink, 255), width=max(2, side // 120))
    return im.rotate(n.angle, resample=Image.Resampling.BICUBIC, expand=True)


def _note(img: Any, n: Note, dpi: int, gen: Any) -> None:
    h, w = img.shape[:2]
    note = _note_image(n, dpi, gen)
    arr: Any = np.asarray(note, dtype=np.float32)
    nh, nw = arr.shape[:2]
    ix, iy = px(n.inset_mm[0], dpi), px(n.inset_mm[1], dpi)
    x = ix if n.corner in ("tl", "bl") else w - nw - ix
    y = iy if n.corner in ("tl", "tr") else h - nh - iy
    # a soft shadow under the note's free edge (the ADF presses it flat, but not quite)
    sx0, sy0 = max(0, x + 4), max(0, y + 6)
    sx1, sy1 = min(w, x + nw + 4), min(h, y + nh + 6)
    if sx1 > sx0 and sy1 > sy0:
        alpha = arr[sy0 - y - 6: sy1 - y - 6, sx0 - x - 4: sx1 - x - 4, 3:4] / 255.0
        img[sy0:sy1, sx0:sx1] *= 1 - 0.12 * alpha
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(w, x + nw), min(h, y + nh)
    if x1 <= x0 or y1 <= y0:
        return
    part = arr[y0 - y: y1 - y, x0 - x: x1 - x]
    a = part[..., 3:4] / 255.0
    img[y0:y1, x0:x1] = img[y0:y1, x0:x1] * (1 - a) + part[..., :3] * a


def _dog_ear(img: Any, corner: str, leg_mm: float, dpi: int) -> None:
    """A corner folded over onto the page: the triangle beyond the fold shows the backing, the flap shows the blank
    back of the paper, a thin shadow along the flap's edges."""
    h, w = img.shape[:2]
    leg = px(leg_mm, dpi)
    block = img[:leg, :leg] if corner == "tl" else img[:leg, w - leg:] if corner == "tr" else \
        img[h - leg:, w - leg:] if corner == "br" else img[h - leg:, :leg]
    yy, xx = np.mgrid[0:leg, 0:leg].astype(np.float32)
    # distances from the page's corner, in this block's orientation
    cx = xx if corner in ("tl", "bl") else leg - 1 - xx
    cy = yy if corner in ("tl", "tr") else leg - 1 - yy
    s = cx + cy
    gone = s < leg                       # the corner itself, folded away: backing
    flap = (s >= leg) & (s < 2 * leg) & (cx < leg) & (cy < leg)
    back = 236.0 - 10.0 * (s - leg) / leg  # the paper's back, a little shaded towards the fold
    block[flap] = back[flap][:, None] * np.array([1.0, 0.99, 0.96], np.float32)
    edge = flap & ((np.abs(cx - (leg - 1)) < 3) | (np.abs(cy - (leg - 1)) < 3))
    block[edge] *= 0.7
    fold = np.abs(s - leg) < max(1.5, dpi / 130)
    block[fold] *= 0.55
    block[gone] = BACKING


def capture(sheet: Sheet, cap: AdfScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img *= np.array([1.0, 0.99, 0.965], np.float32)  # the office's paper, a touch warm
    for t in cap.tapes:
        _tape(img, t, cap.dpi, gen)
    if cap.note is not None:
        _note(img, cap.note, cap.dpi, gen)
    if cap.dog_ear is not None:
        _dog_ear(img, cap.dog_ear[0], cap.dog_ear[1], cap.dpi)
    img = np.clip(img, 0, 255)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(BACKING, BACKING, BACKING))
    for (x_mm, keep), strength in zip(STREAKS, cap.streaks, strict=True):
        if strength <= 0:
            continue
        x = px(x_mm, cap.dpi)
        sw = max(2, px(0.3, cap.dpi))
        factor = 1 - strength * (1 - np.array(keep, np.float32))
        img[:, x:x + sw] *= factor
    if cap.blur:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    img += gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32)[..., None]
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.mode == "grey":
        out = cv2.cvtColor(out, cv2.COLOR_RGB2GRAY)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    pil = Image.fromarray(out, "L" if out.ndim == 2 else "RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
