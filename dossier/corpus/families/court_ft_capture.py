"""How court_ft's volumes were captured: stitched phone shots. The bureau had no scanner free on the day the volumes
were handed in, so the undertaker photographed each A4 page in two (now and then three) overlapping shots — the top
half, then the bottom half — with a phone app that stitches the shots into one page and flattens it to A4. Each shot
has its own exposure, white balance, light fall-off and a little perspective of its own (the phone is never held at
the same height or angle twice), so the page shows a seam band where the shots meet: a step in brightness and colour,
blended over a few millimetres. The app's registration is good but not perfect: the lower shot comes out 0.5–2 %
larger or smaller and turned a few tenths of a degree against the upper one, so the blend averages two slightly
offset images and the text in the band is ghosted; where the app misjudged the overlap, a few lines appear twice
(once above and once below the seam) or a strip of 1–3 mm (in the white between lines) is lost. Where the scaled-down
shot does not reach the page edge, a sliver of the desk shows at the margin. Small papers — an ID card copy, a 执业证,
a fee slip — fit one shot and are not stitched. The stitched page is saved at 150–250 dpi as JPEG (quality 35–90),
sometimes in the app's grey "document" mode; now and then the page was shot upside down or sideways and saved so."""

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

DESK = (92.0, 74.0, 58.0)
"""the desk's brown where a shot does not reach the page's edge"""


@dataclass
class Seam:
    at: float                 # where the two shots meet, fraction of the page height
    kind: str                 # ghost | doubled | lost
    shift: tuple[float, float]  # the lower shot's misregistration at the seam's centre, (dx, dy) in mm; dy > 0 doubles
    scale: float              # the lower shot's scale against the upper one
    turn: float               # the lower shot's rotation against the upper one, degrees
    band: float               # width of the blend band, mm


@dataclass
class Shot:
    gain: float
    cast: tuple[float, float, float]
    fall: tuple[float, float]  # light fall-off: direction (radians) and depth
    keystone: float           # the shot's own perspective: widening per page height
    blur: float


@dataclass
class Stitched:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    seams: list[Seam] = field(default_factory=list)
    shots: list[Shot] = field(default_factory=list)
    skew: float = 0.0
    grey: bool = False
    noise: float = 3.0

    @property
    def stitched(self) -> bool:
        return bool(self.seams)


def _ink_rows(sheet: Sheet) -> Any:
    """Per row of the sheet: the share of dark pixels (ink of any colour)."""
    g: Any = np.asarray(sheet.image.convert("L"), dtype=np.uint8)
    return (g < 170).mean(axis=1)


def _content_span(rows: Any) -> float:
    inked = np.nonzero(rows > 0.002)[0]
    if len(inked) == 0:
        return 0.0
    return float(inked[-1] - inked[0]) / len(rows)


def _white_gap(rows: Any, target: int, above: int, below: int, reach: int) -> int | None:
    """A row near `target` with no ink from `above` rows over it to `below` rows under it, or None."""
    blank = rows < 0.0008
    for off in sorted(range(-reach, reach + 1), key=abs):
        y = target + off
        if above <= y < len(rows) - below and blank[y - above: y + below].all():
            return y
    return None


def plan_capture(rng: random.Random, sheet: Sheet) -> Stitched:
    rows = _ink_rows(sheet)
    h = len(rows)
    px_mm = DPI / 25.4
    small = _content_span(rows) < 0.45
    n = 1 if small or rng.random() < 0.07 else (3 if rng.random() < 0.2 else 2)
    seams: list[Seam] = []
    for k in range(1, n):
        target = k / n + rng.uniform(-0.06, 0.06)
        kind = rng.choices(["ghost", "doubled", "lost"], weights=[45, 33, 22])[0]
        band = rng.uniform(3.0, 7.0) if kind == "ghost" else rng.uniform(1.5, 3.5)
        at, dy = target, 0.0
        if kind == "lost":
            lost = rng.uniform(1.0, 3.0)
            margin = band / 2 + 0.6
            gap = _white_gap(rows, int(target * h), int(margin * px_mm) + 1, int((lost + margin) * px_mm) + 1,
                             int(0.07 * h))
            if gap is None:
                kind = "doubled"
            else:
                at = gap / h
                dy = -lost
        if kind == "doubled":
            dy = rng.uniform(max(band + 1.5, 4.0), 13.0)
        elif kind == "ghost":
            dy = rng.uniform(-0.4, 0.4)
        seams.append(Seam(at=at, kind=kind, shift=(rng.uniform(-0.5, 0.5), dy),
                          scale=1 + rng.choice([-1, 1]) * rng.uniform(0.005, 0.02),
                          turn=rng.uniform(-0.12, 0.12) if kind == "lost" else rng.uniform(-0.35, 0.35), band=band))
    shots = [Shot(gain=rng.uniform(0.88, 1.06), cast=(rng.uniform(0.95, 1.03), rng.uniform(0.95, 1.02), rng.uniform(0.88, 1.02)),
                  fall=(rng.uniform(0, 2 * math.pi), rng.uniform(0.04, 0.16)), keystone=rng.uniform(-0.012, 0.012),
                  blur=rng.choice([0.0, 0.0, rng.uniform(0.4, 1.1)])) for _ in range(n)]
    return Stitched(dpi=rng.choice([150, 180, 200, 200, 220, 250]),
                    rotation=rng.choices([0, 90, 180, 270], weights=[90, 3, 5, 2])[0], photo=True,
                    quality=rng.randint(35, 90), seams=seams, shots=shots,
                    skew=rng.uniform(-0.9, 0.9) if rng.random() < 0.7 else 0.0, grey=rng.random() < 0.3,
                    noise=rng.uniform(2.0, 6.0))


def _similarity(cx: float, cy: float, scale: float, turn: float, dx: float, dy: float) -> Any:
    """A 3×3 map turning and scaling about (cx, cy), then moving by (dx, dy)."""
    t = math.radians(turn)
    c, s = math.cos(t) * scale, math.sin(t) * scale
    return np.array([[c, -s, cx - c * cx + s * cy + dx], [s, c, cy - s * cx - c * cy + dy], [0, 0, 1]], dtype=np.float64)


def _view(page: Any, fwd: Any, shot: Shot, centre_y: float, gen: Any) -> tuple[Any, Any]:
    """What one shot saw, in page coordinates: the page moved by `fwd` (page → view), its own keystone about its centre
    row, its own light. Returns the view and a mask of where the page is (1) and where the desk shows (0)."""
    h, w = page.shape[:2]
    inv = np.linalg.inv(fwd)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx = w / 2
    # undo the keystone: a row further from the shot's centre is wider (or narrower) by keystone × distance / height
    widen = 1 + shot.keystone * (yy - centre_y) / h
    kx = cx + (xx - cx) / widen
    mx = (inv[0, 0] * kx + inv[0, 1] * yy + inv[0, 2]).astype(np.float32)
    my = (inv[1, 0] * kx + inv[1, 1] * yy + inv[1, 2]).astype(np.float32)
    view: Any = cv2.remap(page, mx, my, interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=(0, 0, 0))
    mask: Any = cv2.remap(np.ones((h, w), np.float32), mx, my, interpolation=cv2.INTER_LINEAR,
                          borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    if shot.blur > 0:
        view = cv2.GaussianBlur(view, (0, 0), shot.blur)
    ang, depth = shot.fall
    ramp = ((xx - cx) / w * math.cos(ang) + (yy - h / 2) / h * math.sin(ang))
    light = shot.gain * (1 - depth * (ramp + 0.5))
    view = view * light[..., None] * np.array(shot.cast, np.float32)
    view += gen.normal(0, 1.5, (h, w))[..., None]
    return view, mask


def capture(sheet: Sheet, cap: Stitched, rng: random.Random) -> bytes:
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = page.shape[:2]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    px_mm = DPI / 25.4
    cuts = [0.0, *[s.at * h for s in cap.seams], float(h)]
    fwd = np.eye(3)
    views: list[tuple[Any, Any]] = []
    for i, shot in enumerate(cap.shots):
        if i > 0:
            seam = cap.seams[i - 1]
            anchor = fwd @ np.array([w / 2, seam.at * h, 1.0])
            fwd = _similarity(anchor[0], anchor[1], seam.scale, seam.turn, seam.shift[0] * px_mm,
                              seam.shift[1] * px_mm) @ fwd
        views.append(_view(page, fwd, shot, (cuts[i] + cuts[i + 1]) / 2, gen))
    # the stitch: each shot owns its band of rows; across a seam the two blend linearly over the band's width
    ys = np.arange(h, dtype=np.float32)
    weights = []
    for i in range(len(views)):
        wt = np.ones(h, np.float32)
        if i > 0:
            s = cap.seams[i - 1]
            b = s.band * px_mm
            wt *= np.clip((ys - (s.at * h - b / 2)) / b, 0, 1)
        if i < len(views) - 1:
            s = cap.seams[i]
            b = s.band * px_mm
            wt *= np.clip(((s.at * h + b / 2) - ys) / b, 0, 1)
        weights.append(wt)
    out: Any = np.zeros_like(page)
    cover: Any = np.zeros((h, w), np.float32)
    for (view, mask), wt in zip(views, weights, strict=True):
        out += view * wt[:, None, None]
        cover += mask * wt[:, None]
    desk = np.array(DESK, np.float32) * gen.uniform(0.85, 1.1)
    out = out + (1 - np.clip(cover, 0, 1))[..., None] * desk
    for s in cap.seams:  # the app's blend leaves a faint line where the band is centred
        y0 = int(s.at * h)
        out[max(0, y0 - 1): y0 + 1] *= 0.975
    # flattened to A4 at the chosen resolution, a little crooked, grain, JPEG
    tw, th = round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)
    out = cv2.resize(np.clip(out, 0, 255), (tw, th), interpolation=cv2.INTER_AREA)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((tw / 2, th / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (tw, th), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    out = out + gen.normal(0, cap.noise, (th, tw))[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    pil = Image.fromarray(out, "RGB")
    if cap.grey:
        pil = pil.convert("L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
