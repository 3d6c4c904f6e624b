"""How court_i's dossiers were captured: the archive's high-speed production scanner, fed the whole paper
file at once (200–300 dpi). Some pages come out bitonal (thresholded: a red seal either drops out, when
the scanner's red drop-out is on, or turns to a dither of dots), some greyscale, some colour; the black
scanner bed shows around a page fed a little skewed (±2°) and cropped a touch short; staple holes at the
top left, now and then a sticky index tab sticking out at the right edge; a few pages in faded toner;
landscape pages come out turned 90°; phone screenshots printed for the file stay clean. JPEG q40–85.
A renderer asks for a mode with court_i_kit.mark(kind=…, landscape=True)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

KINDS = ("bitonal", "grey", "colour", "faded", "screen")


@dataclass
class ICapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    kind: str
    dropout: bool = False      # bitonal with the red drop-out filter: seals vanish
    holes: bool = False
    tab: bool = False


def plan_capture(rng: random.Random, sheet: Sheet) -> ICapture:
    kind = str(getattr(sheet, "kind", "")) or rng.choices(KINDS[:4], weights=[40, 35, 15, 10])[0]
    if kind == "screen":
        return ICapture(dpi=300, rotation=0, photo=False, quality=rng.randint(75, 85), skew=0.0, kind=kind)
    landscape = bool(getattr(sheet, "landscape", False))
    rotation = rng.choice([90, 270]) if landscape else rng.choices([0, 180], weights=[97, 3])[0]
    dpi = rng.choice([200, 300]) if kind == "bitonal" else rng.choice([200, 240, 300])
    return ICapture(dpi=dpi, rotation=rotation, photo=False, quality=rng.randint(40, 85), skew=rng.uniform(-2, 2),
                    kind=kind, dropout=kind == "bitonal" and rng.random() < 0.5, holes=rng.random() < 0.3,
                    tab=rng.random() < 0.1)


def capture(sheet: Sheet, cap: ICapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.kind == "faded":  # low toner: strokes pale and soft
        a = 255 - (255 - a) * rng.uniform(0.4, 0.6)
        a = cv2.GaussianBlur(a, (0, 0), 0.8)
    scale = cap.dpi / DPI
    a = cv2.resize(np.clip(a, 0, 255).astype(np.uint8), (round(a.shape[1] * scale), round(a.shape[0] * scale)),
                   interpolation=cv2.INTER_AREA)
    if cap.kind == "screen":
        return _jpeg(a, cap)
    if cap.holes:
        _holes(a, rng, scale)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    a = _on_the_bed(a, cap, rng)
    a = a.astype(np.float32) + noise.normal(0, 2.5, a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    if cap.kind in ("grey", "faded"):
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    elif cap.kind == "bitonal":
        grey = a[..., 0] if cap.dropout else cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
        if cap.dropout:
            a = np.where(grey > rng.randint(120, 160), 255, 0).astype(np.uint8)
        else:  # paper levelled to white, then error diffusion: mid tones (a red seal) become dots
            level = np.clip((grey.astype(np.float32) - 30) * 255 / (rng.uniform(200, 220) - 30), 0, 255).astype(np.uint8)
            a = np.asarray(Image.fromarray(level).convert("1").convert("L"))
    return _jpeg(a, cap)


def _jpeg(a: Any, cap: ICapture) -> bytes:
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _holes(a: Any, rng: random.Random, scale: float) -> None:
    """Two staple holes at the top left, where the file was bound before it was taken apart to scan."""
    r = max(3, int(6 * scale))
    x, y = int(rng.uniform(60, 110) * scale), int(rng.uniform(60, 110) * scale)
    for dx, dy in ((0, 0), (int(70 * scale), int(-6 * scale))):
        cv2.circle(a, (x + dx, y + dy), r, (15, 15, 15), -1)
        cv2.circle(a, (x + dx, y + dy), r + 3, (150, 150, 150), 1)


def _on_the_bed(a: Any, cap: ICapture, rng: random.Random) -> Any:
    """The page on the black scanner background: a margin of bed at the edges, the page skewed, a sticky tab
    at the right edge; then the frame cropped a little into the page on one side."""
    h, w = a.shape[:2]
    pad = [int(w * rng.uniform(0.004, 0.02)) for _ in range(4)]  # top, right, bottom, left
    if cap.tab:
        pad[1] = max(pad[1], int(w * 0.04))
    bed = np.full((h + pad[0] + pad[2], w + pad[1] + pad[3], 3), rng.randint(8, 24), np.uint8)
    bed[pad[0]:pad[0] + h, pad[3]:pad[3] + w] = a
    if cap.tab:
        ty = pad[0] + int(h * rng.uniform(0.15, 0.7))
        colour = rng.choice([(250, 220, 80), (250, 150, 170), (140, 210, 240), (170, 230, 140)])
        bed[ty:ty + int(h * 0.035), pad[3] + w - int(w * 0.03):pad[3] + w + int(w * 0.035)] = colour
    bh, bw = bed.shape[:2]
    m = cv2.getRotationMatrix2D((bw / 2, bh / 2), cap.skew, 1.0)
    bed = cv2.warpAffine(bed, m, (bw, bh), borderValue=(12, 12, 12))
    side = rng.randrange(4)
    cut = int(min(bw, bh) * rng.uniform(0.0, 0.008))
    if side == 0:
        bed = bed[cut:]
    elif side == 1:
        bed = bed[:, :bw - cut]
    elif side == 2:
        bed = bed[:bh - cut]
    else:
        bed = bed[:, cut:]
    return np.ascontiguousarray(bed)
