"""How court_fc's volumes were captured: on the 执行局's old multifunction copier-scanner, whose scan-to-folder setting
was left in its "photo" original mode. That mode sends every page out as a 1-bit image halftoned for print: by error
diffusion (Floyd–Steinberg), by a clustered-dot screen at 45° or by a fine ordered (Bayer) dither — text edges come out
as a fringe of dots, grey fills, seals and pen strokes as dot screens, and the printed tints of licences, ID cards,
缴款书 and bank slips (already dot screens) beat against the copier's own screen as moiré. Many sheets were not
originals: the senders' papers came photocopied once (or twice), and some of the bureau's own papers were copies made
for the file, so a page can be a second- or third-generation copy — strokes thickened, the counters of dense characters
filling in, a grey background building up with toner specks, the shadow of the original's edge or of the open lid
along a side, each copy a little shifted and askew. 150–300 dpi; some sheets went in turned (90°, 180°); saved as
JPEG. Every page stays readable to a clerk."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class Copy:
    """One pass through an analogue copier (at the drawing's 200 dpi)."""

    blur: float               # optical spread, px
    spread: float             # toner spread: how much of a 1-px thickening is laid over the strokes (0–1)
    gamma: float              # >1 darkens the mid-tones
    white: float              # the level above which the copier drops to paper white
    black: float              # the level below which toner lies solid
    fog: float                # grey background build-up (levels)
    shadows: list[tuple[str, float, float]] = field(default_factory=list)  # (side, width mm, depth 0–1)
    shift: tuple[float, float] = (0.0, 0.0)  # mm the original lay off the glass's corner
    turn: float = 0.0         # degrees the original lay askew
    specks: int = 0           # loose toner specks


@dataclass
class CopierScan:
    dpi: int
    rotation: int
    photo: bool
    halftone: str             # diffusion | cluster | bayer
    copies: list[Copy]
    cell: float = 6.0         # clustered screen's cell, px at the scan's dpi
    angle: float = 45.0
    skew: float = 0.0
    exposure: float = 1.0     # >1 lighter: the scanner's photo-mode exposure
    floor: float = 40.0       # the photo mode's black point: darker greys print solid
    red: tuple[float, float, float] = (0.55, 0.35, 0.10)  # the sensor's mix of R, G, B into grey
    blur: float = 0.6
    quality: int = 75
    flips: int = 0            # stray pixels flipped by the halftoner's noise


def generations(sheet: Sheet) -> int:
    """How many copies stand between the sheet and the glass: the senders' papers say so on the sheet."""
    return int(getattr(sheet, "fc_copies", 0))


def _copy(rng: random.Random, later: int) -> Copy:
    sides = rng.sample(["left", "right", "top", "bottom"], k=rng.choice([0, 1, 1, 2]))
    return Copy(blur=rng.uniform(0.45, 0.85), spread=min(1.0, rng.uniform(0.2, 0.5) + 0.1 * later),
                gamma=rng.uniform(1.05, 1.3), white=rng.uniform(218, 236), black=rng.uniform(22, 50), fog=rng.uniform(6, 16) + 5 * later,
                shadows=[(s, rng.uniform(3, 11), rng.uniform(0.35, 0.8)) for s in sides],
                shift=(rng.uniform(-3, 3), rng.uniform(-3, 3)), turn=rng.uniform(-0.8, 0.8),
                specks=rng.randint(40, 260) * (1 + later))


def plan_capture(rng: random.Random, sheet: Sheet) -> CopierScan:
    floor = generations(sheet)
    if floor:
        n = min(3, floor + (1 if rng.random() < 0.3 else 0))
    else:
        n = rng.choices([0, 1, 2], weights=[68, 26, 6])[0]
    dpi = rng.choice([150, 200, 200, 240, 300, 300])
    if n >= 3 and dpi == 150:
        dpi = 200  # a third-generation copy at 150 dpi would not be read; the clerk rescanned it finer
    halftone = rng.choices(["diffusion", "cluster", "bayer"], weights=[52, 34, 14])[0]
    if dpi == 150 and halftone != "diffusion":
        halftone = "diffusion"  # the coarse settings would break 150-dpi text apart
    rotation = rng.choices([0, 90, 180, 270], weights=[86, 5, 6, 3])[0]
    w = rng.uniform(0.45, 0.62)
    return CopierScan(
        dpi=dpi, rotation=rotation, photo=False, halftone=halftone, copies=[_copy(rng, k) for k in range(n)],
        cell=rng.uniform(4.2, 5.6) * dpi / 200, angle=rng.choice([45.0, 45.0, 37.0, 53.0]),
        skew=rng.uniform(-1.4, 1.4) if rng.random() < 0.7 else 0.0, exposure=rng.uniform(1.0, 1.1),
        floor=rng.uniform(40, 75), red=(w, 1.0 - w - 0.08, 0.08), blur=rng.uniform(0.3, 0.55) * dpi / 200, quality=rng.randint(42, 78),
        flips=rng.randint(0, 300))


def _mm(v: float, dpi: float = DPI) -> float:
    return v / 25.4 * dpi


def _one_copy(g: Any, cp: Copy, gen: Any) -> Any:
    """The grey page `g` (float, 0 black … 255 white) copied once on a tired analogue copier."""
    h, w = g.shape
    # the original as it lay on the glass: a little off the corner and askew; the lid's white beyond it
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cp.turn, 1.0)
    m[0, 2] += _mm(cp.shift[0])
    m[1, 2] += _mm(cp.shift[1])
    g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=250.0)
    g = cv2.GaussianBlur(g, (0, 0), cp.blur)
    # toner spread: the strokes grow by part of a pixel all round, closing the counters of dense characters
    grown = cv2.erode(g, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (3, 3)))
    g = g * (1 - cp.spread) + grown * cp.spread
    # the copier's tone: mid-greys pushed darker, near-white dropped to paper
    t = np.clip((g - cp.black) / (cp.white - cp.black), 0, 1)
    g = 255.0 * t ** cp.gamma
    # background build-up: a grey cast, uneven in broad patches
    low = gen.normal(0, 1, (max(2, h // 120), max(2, w // 120))).astype(np.float32)
    patch = cv2.resize(low, (w, h), interpolation=cv2.INTER_CUBIC)
    g = g - cp.fog * (1.0 + 0.35 * patch)
    # the dark shadow along an edge: the original's edge, or the lid left open over a thick volume
    for side, width_mm, depth in cp.shadows:
        span = max(2, int(_mm(width_mm)))
        ramp = (depth * 235.0 * np.exp(-np.arange(span, dtype=np.float32) / (span * 0.35)))
        if side == "left":
            g[:, :span] -= ramp[None, :]
        elif side == "right":
            g[:, w - span:] -= ramp[::-1][None, :]
        elif side == "top":
            g[:span, :] -= ramp[:, None]
        else:
            g[h - span:, :] -= ramp[::-1][:, None]
    # loose toner: specks of one to three pixels
    ys = gen.integers(0, h, cp.specks)
    xs = gen.integers(0, w, cp.specks)
    rs = gen.integers(1, 3, cp.specks)
    for y, x, r in zip(ys, xs, rs, strict=True):
        cv2.circle(g, (int(x), int(y)), int(r), float(gen.uniform(20, 110)), -1)
    return np.clip(g, 0, 255)


def _cluster(g: Any, cell: float, angle: float) -> Any:
    """A clustered-dot screen: black dots grow from the cell centres as the grey darkens."""
    h, w = g.shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    t = math.radians(angle)
    u = (xx * math.cos(t) + yy * math.sin(t)) / cell
    v = (-xx * math.sin(t) + yy * math.cos(t)) / cell
    spot = 0.5 + 0.25 * (np.cos(2 * np.pi * u) + np.cos(2 * np.pi * v))
    return np.where(spot > g / 255.0, 0, 255).astype(np.uint8)


BAYER8: Any = np.array([[0, 32, 8, 40, 2, 34, 10, 42], [48, 16, 56, 24, 50, 18, 58, 26],
                        [12, 44, 4, 36, 14, 46, 6, 38], [60, 28, 52, 20, 62, 30, 54, 22],
                        [3, 35, 11, 43, 1, 33, 9, 41], [51, 19, 59, 27, 49, 17, 57, 25],
                        [15, 47, 7, 39, 13, 45, 5, 37], [63, 31, 55, 23, 61, 29, 53, 21]], np.float32)


def _bayer(g: Any) -> Any:
    h, w = g.shape
    th = (np.tile(BAYER8, (h // 8 + 1, w // 8 + 1))[:h, :w] + 0.5) / 64.0
    return np.where(g / 255.0 < th, 0, 255).astype(np.uint8)


def halftone(g: Any, cap: CopierScan) -> Any:
    """The photo mode's 1-bit rendering of the grey scan."""
    if cap.halftone == "cluster":
        return _cluster(g, cap.cell, cap.angle)
    if cap.halftone == "bayer":
        return _bayer(g)
    im = Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L").convert("1", dither=Image.Dither.FLOYDSTEINBERG)
    return np.array(im.convert("L"), dtype=np.uint8)


def capture(sheet: Sheet, cap: CopierScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    weights = np.array(cap.red, np.float32)
    g: Any = rgb @ weights  # the first copier, or the scanner, sees colour through its own lamp and sensor
    for cp in cap.copies:
        g = _one_copy(g, cp, gen)
    h0, w0 = g.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        g = cv2.resize(g, (w, h), interpolation=cv2.INTER_AREA)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255.0)
    soft = cv2.GaussianBlur(g, (0, 0), max(0.3, cap.blur))
    sharp = cv2.GaussianBlur(soft, (0, 0), 1.2 * cap.dpi / 200)
    g = soft + 0.6 * (soft - sharp)  # the photo mode's edge enhancement
    g = (g * cap.exposure - cap.floor) * 255.0 / (255.0 - cap.floor)
    g = np.clip(g + gen.normal(0, 3.0, g.shape), 0, 255)
    bits = halftone(g, cap)
    if cap.flips:
        ys = gen.integers(0, h, cap.flips)
        xs = gen.integers(0, w, cap.flips)
        bits[ys, xs] = 255 - bits[ys, xs]
    if cap.rotation:
        bits = np.ascontiguousarray(np.rot90(bits, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(bits, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
