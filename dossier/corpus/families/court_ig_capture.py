"""How court_ig's volumes were captured: out of a tropical archive room, onto a flatbed, colour scanned to grey.

秀英法院's closed volumes waited in a ground-floor room near the 海口 shore where the air-conditioning ran only in
office hours; through the wet season the paper took up the damp every night. When the e-dossier was made, each
volume was unstapled and laid sheet by sheet on the bureau's A4 flatbed (lid closed), scanned in colour at 200,
240 or 300 dpi and stored as 8-bit grey JPEG (the driver's "colour → grey" conversion, quality 70–88). So:

- cockling: the damp sheet dried in soft waves — broad bands of light and shade run across the page, and the text
  lines bend a little with them (a smooth displacement, never a fold);
- mildew: grey-green foxing clusters, a few to a dozen small dots round a faint halo, most often near the edges;
- rust: the staple at the top left left two holes in a brown halo, and a paper clip at the top edge left its rusted
  wire loop printed on the paper;
- feathered ink: on damp paper every stroke spread into the fibres — strokes grow fuzzy, wider and uneven; the red
  seals spread further and are smudged a little to one side;
- stuck sheets: a few sheets had stuck to their neighbour and were pulled apart; where the surface lifted, a
  ragged patch is paler and rough, and the text under it went with the neighbour (only specks of ink remain);
- the flatbed: a slight skew, the white lid beyond the paper's edge; now and then a sheet laid sideways or upside
  down (rotation 90/180/270)."""

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

PAPER = (232.0, 227.0, 212.0)
"""the damp-aged paper's tone (the white of a fresh sheet, yellowed)"""
MILDEW = (96.0, 112.0, 92.0)
"""the grey-green of a mildew dot (colour, before the grey conversion)"""
RUST = (138.0, 82.0, 40.0)
LID = 244.0


@dataclass
class Wave:
    amplitude: float     # shading, fraction of the paper's brightness
    wavelength: float    # fraction of the page's height
    angle: float         # degrees
    phase: float


@dataclass
class DampScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    waves: list[Wave]
    warp: float                        # text displacement in mm per unit of the wave
    feather: float                     # ink spread, mm
    bleed: float                       # how dark the spread is (0..1)
    smudge: tuple[float, float]        # seal smudge direction (dx, dy) in mm
    mildew: list[tuple[float, float, float, int]] = field(default_factory=list)  # (x, y fraction, radius mm, dots)
    staple: bool = True
    clip: tuple[float, float] | None = None          # (x fraction of the top edge, rust strength)
    lifted: list[tuple[float, float, float, float]] = field(default_factory=list)  # (x, y fraction, w, h mm)
    noise: float = 3.0


def plan_capture(rng: random.Random, sheet: Sheet) -> DampScan:
    waves = [Wave(rng.uniform(0.018, 0.042), rng.uniform(0.18, 0.45), rng.uniform(-35, 35) + rng.choice([0, 90]),
                  rng.uniform(0, 2 * math.pi)) for _ in range(rng.randint(2, 3))]
    mildew = []
    for _ in range(rng.choice([0, 1, 2, 2, 3, 4, 5])):
        edge = rng.random() < 0.65
        x = rng.choice([rng.uniform(0.03, 0.15), rng.uniform(0.85, 0.97)]) if edge else rng.uniform(0.15, 0.85)
        y = rng.uniform(0.04, 0.96)
        mildew.append((x, y, rng.uniform(3.0, 9.0), rng.randint(5, 16)))
    lifted = []
    if rng.random() < 0.14:
        for _ in range(rng.randint(1, 2)):
            lifted.append((rng.uniform(0.15, 0.7), rng.uniform(0.2, 0.8), rng.uniform(18, 45), rng.uniform(8, 22)))
    return DampScan(
        dpi=rng.choice([200, 200, 240, 300]),
        rotation=rng.choices([0, 90, 180, 270], weights=[90, 3, 5, 2])[0], photo=False,
        quality=rng.randint(70, 88), skew=rng.uniform(-1.2, 1.2), waves=waves, warp=rng.uniform(0.4, 1.1),
        feather=rng.uniform(0.22, 0.42), bleed=rng.uniform(0.5, 0.8),
        smudge=(rng.uniform(-0.8, 0.8), rng.uniform(0.3, 1.2)), mildew=mildew, staple=rng.random() < 0.8,
        clip=(rng.uniform(0.35, 0.75), rng.uniform(0.35, 0.7)) if rng.random() < 0.3 else None, lifted=lifted,
        noise=rng.uniform(2.0, 4.5))


def _px(mm_: float, dpi: int) -> float:
    return mm_ / 25.4 * dpi


def wave_field(h: int, w: int, waves: list[Wave]) -> Any:
    """The cockle: a sum of soft plane waves across the page, about -1..1 (drawn small, then enlarged: it is smooth)."""
    sh, sw = max(2, h // 8), max(2, w // 8)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32) * 8
    out = np.zeros((sh, sw), np.float32)
    for wv in waves:
        t = math.radians(wv.angle)
        d = xx * math.cos(t) + yy * math.sin(t)
        out += np.sin(2 * math.pi * d / (wv.wavelength * h) + wv.phase).astype(np.float32) * (1 / len(waves))
    return cv2.resize(out, (w, h), interpolation=cv2.INTER_LINEAR)


def _feather(img: Any, red: Any, cap: DampScan, gen: Any) -> Any:
    """Ink spread into damp fibres: the ink (darkness against the paper) blurred, modulated by a fibrous noise,
    and laid under the softened stroke; the red seals (`red`, where the colour scan saw red) spread further and
    smudge to one side."""
    ink = np.clip(255.0 - img, 0, 255)
    sigma = max(1.0, _px(cap.feather, cap.dpi))
    fibre = cv2.GaussianBlur(gen.uniform(0.3, 1.4, img.shape).astype(np.float32), (0, 0), 1.5)
    fuzzy = cv2.GaussianBlur(ink, (0, 0), sigma * 0.45)  # the stroke itself loses its edge
    near = cv2.GaussianBlur(ink, (0, 0), sigma) * (1.6 * cap.bleed) * fibre
    far = cv2.GaussianBlur(ink, (0, 0), sigma * 2.5) * (0.9 * cap.bleed) * fibre
    ink = np.maximum(np.maximum(fuzzy, near), far)
    # the seals: a wider spread and a smear
    stamp = ink * cv2.GaussianBlur(red, (0, 0), 2)
    dx, dy = _px(cap.smudge[0], cap.dpi), _px(cap.smudge[1], cap.dpi)
    m: Any = np.array([[1, 0, dx], [0, 1, dy]], np.float32)
    smear = cv2.warpAffine(cv2.GaussianBlur(stamp, (0, 0), sigma * 2.2), m, (img.shape[1], img.shape[0]))
    ink = np.maximum(ink, smear * 0.8)
    return 255.0 - ink


def _lum(colour: tuple[float, float, float]) -> float:
    return 0.299 * colour[0] + 0.587 * colour[1] + 0.114 * colour[2]


def _dots(img: Any, cx: float, cy: float, radius: float, n: int, colour: tuple[float, float, float], gen: Any,
          halo: float) -> None:
    """A cluster of `n` small dots of `colour` round a faint halo, on the grey page `img`."""
    h, w = img.shape[:2]
    r = int(radius * 1.8) + 6
    x0, y0, x1, y1 = max(0, int(cx - r)), max(0, int(cy - r)), min(w, int(cx + r)), min(h, int(cy + r))
    if x1 <= x0 or y1 <= y0:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    alpha = halo * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * (radius * 0.8) ** 2))
    for _ in range(n):
        px, py = gen.normal(cx, radius * 0.45), gen.normal(cy, radius * 0.45)
        pr = float(gen.uniform(0.6, 2.2)) * max(1.0, radius / 14)
        alpha = np.maximum(alpha, float(gen.uniform(0.55, 0.9)) * np.exp(-((xx - px) ** 2 + (yy - py) ** 2) / (2 * pr ** 2)))
    region = img[y0:y1, x0:x1]
    img[y0:y1, x0:x1] = region * (1 - alpha) + _lum(colour) * alpha


def _rust(img: Any, cap: DampScan, gen: Any) -> None:
    h, w = img.shape[:2]
    d = cap.dpi
    if cap.staple:  # a diagonal staple at the top left: two holes, rust between and round them
        ax, ay = _px(9, d), _px(15, d)
        bx, by = ax + _px(9, d), ay - _px(6, d)
        for t in np.linspace(0, 1, 14):
            _dots(img, ax + (bx - ax) * t, ay + (by - ay) * t, _px(1.6, d), 2, RUST, gen, 0.35)
        for x, y in ((ax, ay), (bx, by)):
            _dots(img, x, y, _px(2.2, d), 3, RUST, gen, 0.5)
            cv2.circle(img, (int(x), int(y)), max(2, int(_px(0.5, d))), 58.0, -1)
    if cap.clip is not None:  # the clip's wire loop printed in rust
        xf, strength = cap.clip
        layer = np.zeros((h, w), np.float32)
        x = int(xf * w)
        lw, lh = int(_px(9, d)), int(_px(32, d))
        th = max(2, int(_px(0.7, d)))
        cv2.ellipse(layer, (x, int(_px(2, d)) + lh - lw // 2), (lw // 2, lw // 2), 0, 0, 180, 1.0, th)
        cv2.line(layer, (x - lw // 2, 0), (x - lw // 2, int(_px(2, d)) + lh - lw // 2), 1.0, th)
        cv2.line(layer, (x + lw // 2, 0), (x + lw // 2, int(_px(2, d)) + lh - lw // 2), 1.0, th)
        inner = lw // 2 - int(_px(2, d))
        cv2.ellipse(layer, (x, int(_px(6, d))), (inner, inner), 0, 180, 360, 1.0, th)
        cv2.line(layer, (x - inner, int(_px(6, d))), (x - inner, int(_px(24, d))), 1.0, th)
        layer = cv2.GaussianBlur(layer, (0, 0), _px(0.8, d)) * 0.9 * strength
        layer *= cv2.GaussianBlur(gen.uniform(0.0, 1.6, layer.shape).astype(np.float32), (0, 0), 2.0).clip(0, 1)
        img[:] = img * (1 - layer) + _lum(RUST) * layer


def lift_mask(h: int, w: int, cap: DampScan, rng: random.Random) -> Any:
    """Where the surface lifted when two stuck sheets were pulled apart: ragged patches."""
    mask = np.zeros((h, w), np.uint8)
    for xf, yf, wmm, hmm in cap.lifted:
        cx, cy = xf * w, yf * h
        rx, ry = _px(wmm, cap.dpi) / 2, _px(hmm, cap.dpi) / 2
        pts = []
        for k in range(28):
            a = 2 * math.pi * k / 28
            f = rng.uniform(0.7, 1.15)
            pts.append((int(cx + rx * f * math.cos(a)), int(cy + ry * f * math.sin(a))))
        cv2.fillPoly(mask, [np.array(pts, np.int32)], 1)
    return mask


def _lift(img: Any, cap: DampScan, rng: random.Random, gen: Any) -> None:
    if not cap.lifted:
        return
    h, w = img.shape[:2]
    mask = lift_mask(h, w, cap, rng).astype(np.float32)
    # the torn surface: paler, rough fibres, the ink gone but for a few specks, a grey ragged rim
    rough = cv2.GaussianBlur(gen.normal(0, 9, (h, w)).astype(np.float32), (0, 0), 1.0)
    torn = _lum(PAPER) + 14 + rough
    keep = (gen.random((h, w)) < 0.04).astype(np.float32) * mask
    soft = cv2.GaussianBlur(mask, (0, 0), 1.2)
    rim = np.clip(cv2.GaussianBlur(mask, (0, 0), 3) - mask, 0, 1) * 2.5
    base = img * (1 - soft) + torn * soft
    base = np.where(keep > 0, np.minimum(base, img), base)
    img[:] = base - 45 * np.clip(rim, 0, 1)


def capture(sheet: Sheet, cap: DampScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    red = ((img[..., 0] - img[..., 1]) > 50).astype(np.float32)
    # the paper's tone: white goes to the damp-aged buff, the ink stays; then the driver's colour → grey (the
    # rest happens on the grey page: what it adds in colour, mildew and rust, counts by its luminance)
    img = img / 255.0 * np.array(PAPER, np.float32)
    img = np.ascontiguousarray(img @ np.array([0.299, 0.587, 0.114], np.float32))
    img = _feather(img, red, cap, gen)
    for xf, yf, rmm, n in cap.mildew:
        _dots(img, xf * w, yf * h, _px(rmm, cap.dpi), n, MILDEW, gen, 0.12)
    _rust(img, cap, gen)
    _lift(img, cap, rng, gen)
    # the cockle: the lines bend with the waves, the waves cast light and shade
    wf = wave_field(h, w, cap.waves)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    img = cv2.remap(img, xx, yy + wf * _px(cap.warp, cap.dpi), cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    amp = sum(wv.amplitude for wv in cap.waves)
    img = img * (1 + amp * wf)
    # on the flatbed: a little skew, the lid beyond the paper
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=LID)
    grey = img + gen.normal(0, cap.noise, (h, w)).astype(np.float32)
    out = np.clip(grey, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
