"""How court_y's dossiers were captured.

The 2026 papers went through the bureau's flatbed (an A4 glass under a lid): 200–300 dpi, colour for the court's own
papers, grey for photocopies, each page laid by hand so slightly skewed (±1.2°) and a little off the glass corner (a
grey band where the lid's foam shows), a soft fall-off of light along the spine side, saved as JPEG at quality 50–75.

The 2016 volume's pages exist only on 16 mm microfilm (the archive filmed and pulped its paper volumes) and were
printed back to page images from the reader-printer at 150–200 dpi grey: either the film's negative as it is (white
text on black, the copyboard around the page clear) or a positive print of low contrast (grey text on grey paper,
the surround black). The camera's resolution softens the strokes; the film carries long scratches along its length,
dust, uneven density, the blip mark under the frame, the film's edge on one side and a sliver of the next frame."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class YCapture:
    dpi: int
    mode: str  # colour | grey (flatbed) | negative | positive (microfilm)
    skew: float
    quality: int
    rotation: int = 0
    photo: bool = False
    shift: tuple[int, int] = (0, 0)


def plan_capture(rng: random.Random, sheet: Sheet) -> YCapture:
    if getattr(sheet, "microfilm", False):
        mode = rng.choices(["negative", "positive"], weights=[45, 55])[0]
        return YCapture(
            dpi=rng.choice([150, 200]),
            mode=getattr(sheet, "film", "") or mode,
            skew=rng.uniform(-1.8, 1.8),
            quality=rng.randint(55, 75),
        )
    grey = bool(getattr(sheet, "copy", False)) or rng.random() < 0.2
    return YCapture(
        dpi=rng.choice([200, 200, 300]),
        mode="grey" if grey else "colour",
        skew=rng.uniform(-1.2, 1.2),
        quality=rng.randint(50, 75),
        shift=(rng.randint(0, 40), rng.randint(0, 40)),
    )


def capture(sheet: Sheet, cap: YCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.mode in ("negative", "positive"):
        return _jpeg(_microfilm(a, cap, rng, noise), cap)
    return _jpeg(_flatbed(a, cap, rng, noise), cap)


def _flatbed(a: Any, cap: YCapture, rng: random.Random, noise: Any) -> Any:
    h, w = a.shape[:2]
    f: Any = a.astype(np.float32)
    if cap.mode == "grey":
        g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY).astype(np.float32)
        if getattr(cap, "mode", "") == "grey":
            g = 18 + g * 0.9  # a photocopy's grey paper and toner
        f = g[..., None].repeat(3, axis=2)
    else:
        f = f * np.array([0.97, 0.965, 0.94], np.float32) + 3
    ramp = np.linspace(
        rng.uniform(0.88, 0.95), 1.0, w, dtype=np.float32
    )  # light falls off toward the spine side
    if rng.random() < 0.5:
        ramp = ramp[::-1]
    f = f * ramp[None, :, None] + noise.normal(0, 3.0, (h, w))[..., None]
    img: Any = np.clip(f, 0, 255).astype(np.uint8)
    fill = (214, 214, 210)  # the lid's grey foam where the page does not reach
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m[0, 2] += cap.shift[0] * cap.dpi / 200
    m[1, 2] += cap.shift[1] * cap.dpi / 200
    img = cv2.warpAffine(img, m, (w, h), borderValue=fill)
    if cap.mode == "grey":
        img = np.ascontiguousarray(img[..., 0])
    return img


def _microfilm(a: Any, cap: YCapture, rng: random.Random, noise: Any) -> Any:
    h, w = a.shape[:2]
    g: Any = (
        cv2.cvtColor(a, cv2.COLOR_RGB2GRAY).astype(np.float32) / 255.0
    )  # film is panchromatic: seals go grey
    g = cv2.GaussianBlur(g, (0, 0), 0.6 + 0.4 * rng.random())  # the camera's resolution
    # the page occupies most of the frame, the copyboard around it
    k = rng.uniform(0.84, 0.9)
    pw, ph = int(w * k), int(h * k)
    page = cv2.resize(g, (pw, ph), interpolation=cv2.INTER_AREA)
    frame = np.full((h, w), -1.0, np.float32)  # -1: copyboard (outside the page)
    ox = (w - pw) // 2 + rng.randint(-w // 40, w // 40)
    oy = (h - ph) // 2 + rng.randint(-h // 50, h // 50)
    frame[oy : oy + ph, ox : ox + pw] = page
    rot = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    frame = cv2.warpAffine(frame, rot, (w, h), flags=cv2.INTER_LINEAR, borderValue=-1.0)
    inside = frame >= 0
    density = cv2.GaussianBlur(noise.normal(0, 1, (h // 16 + 1, w // 16 + 1)).astype(np.float32), (0, 0), 2.5)
    density = cv2.resize(density, (w, h)) * rng.uniform(0.04, 0.08)
    negative = cap.mode == "negative"
    if negative:  # paper dense (dark), strokes clear (bright); the copyboard clear
        paper, ink, board = rng.uniform(28, 48), rng.uniform(190, 225), rng.uniform(200, 228)
    else:  # a duplicate print: flat, grey, the surround black
        paper, ink, board = rng.uniform(178, 205), rng.uniform(70, 100), rng.uniform(22, 45)
    out = np.where(inside, ink + (paper - ink) * np.clip(frame, 0, 1), board)
    out = out * (1 + density) + noise.normal(0, 5.5, (h, w))  # grain and uneven density
    _scratches(out, rng, bright=negative)
    _dust(out, rng, noise, negative)
    _edges(out, rng, negative)
    out = cv2.GaussianBlur(out.astype(np.float32), (0, 0), 0.5)
    return np.clip(out, 0, 255).astype(np.uint8)


def _scratches(out: Any, rng: random.Random, *, bright: bool) -> None:
    """Long scratches along the film (top to bottom of the frame), a little wavy."""
    h, w = out.shape
    for _ in range(rng.randint(2, 7)):
        x = rng.uniform(0, w)
        y0 = rng.randint(0, h // 3)
        y1 = rng.randint(h // 2, h)
        drift = rng.uniform(-6, 6)
        tone = rng.uniform(40, 110) * (1 if bright else -1)
        width = rng.choice([1, 1, 2])
        pts = np.array(
            [[int(x + drift * (y - y0) / max(1, y1 - y0)), y] for y in range(y0, y1, 40)], np.int32
        )
        layer = np.zeros_like(out, dtype=np.float32)
        cv2.polylines(layer, [pts], False, 1.0, width)
        out += layer * tone


def _dust(out: Any, rng: random.Random, noise: Any, negative: bool) -> None:
    h, w = out.shape
    for _ in range(rng.randint(25, 90)):
        x, y = rng.randrange(w), rng.randrange(h)
        r = rng.choice([1, 1, 2, 2, 3, 5])
        dark = rng.random() < (0.7 if negative else 0.35)
        cv2.circle(out, (x, y), r, 12.0 if dark else 235.0, -1)
    for _ in range(rng.randint(0, 3)):  # a hair
        x, y = rng.randrange(w), rng.randrange(h)
        pts = np.array(
            [[x + int(30 * np.sin(t / 7)), y + t * 3] for t in range(rng.randint(15, 60))], np.int32
        )
        cv2.polylines(out, [pts], False, 15.0 if negative else 230.0, 1)


def _edges(out: Any, rng: random.Random, negative: bool) -> None:
    """The 16 mm film's edge on one side, the blip mark under the frame, a sliver of the next frame."""
    h, w = out.shape
    base = (
        70.0 if negative else 240.0
    )  # outside the film: the reader's light (printed dark on a negative print)
    side = rng.choice(["left", "right"])
    band = int(w * rng.uniform(0.015, 0.035))
    if side == "left":
        out[:, :band] = base
        out[:, band : band + 2] = 255.0 - base
    else:
        out[:, w - band :] = base
        out[:, w - band - 2 : w - band] = 255.0 - base
    bw, bh = int(w * 0.05), int(h * 0.012)
    bx = w // 2 - bw // 2 + rng.randint(-w // 10, w // 10)
    out[h - int(h * 0.03) - bh : h - int(h * 0.03), bx : bx + bw] = 240.0 if negative else 25.0
    sliver = int(h * rng.uniform(0.012, 0.03))
    gap = 255.0 - base * 0.6 if negative else 20.0
    if rng.random() < 0.5:
        out[:sliver] = gap
    else:
        out[h - sliver :] = gap


def _jpeg(a: Any, cap: YCapture) -> bytes:
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
