"""How court_fh's volumes were captured: 海勃湾法院's closed volumes of the 2010s were filmed page by page onto 16 mm
roll microfilm for preservation, and what the archive holds now are images scanned back from the duplicate film on a
roll-film scanner (no paper print between). So each image is one film frame: the page sits inside the frame slightly
turned in the gate, with the black of the film around it showing on two or three sides (a thin band, uneven), now
and then the edge of the neighbouring frame and its dark frame-gap at the top or bottom, and a retrieval blip (a small
black bar) in the margin under the page. The film itself: strong grain (clumped, not pixel noise), low contrast whose
density varies from frame to frame (some frames thin and grey, some dense), light falling off towards the corners of
the frame, and the roll's transport scratches — thin lines along the film, bright or dark, running the whole height of
every frame at the same place across the film — plus white dust specks and the odd curled hair from the duplicating
printer. A few frames were filmed slightly out of focus. Landscape sheets and a rare upside-down page were filmed
turned. Every frame came out positive (the scanner inverts the negative); output grey JPEG at 200, 240 or 300 dpi."""

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

SCRATCHES: tuple[tuple[float, float, int], ...] = ((0.231, 1.4, 1), (0.587, 1.0, -1), (0.803, 1.8, 1))
"""the roll's transport scratches: (place across the frame as a fraction of its width, width in px at 200 dpi,
+1 bright / -1 dark) — at the same place on every frame"""
FILM_BLACK = 22.0
"""the grey of the film's unexposed border as the scanner renders it"""


@dataclass
class FilmFrame:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    tilt: float                           # the page turned in the film gate, degrees
    border: tuple[float, float, float, float]   # film black visible left, top, right, bottom (fraction of page size)
    black: float                          # the ink's grey after the film's toe
    white: float                          # the paper's grey after the film's shoulder
    gamma: float
    vignette: float                       # light lost at the frame's corners (0..1)
    side: float                           # left-to-right density drift
    grain: float                          # grain strength (grey levels)
    blur: float                           # focus blur, px at the output resolution
    scratch_depth: tuple[float, ...]      # how strongly each roll scratch shows on this frame
    specks: int
    hairs: int
    neighbour: str = ""                   # "top" / "bottom": the next frame's edge shows
    blip: bool = True
    wobble: list[float] = field(default_factory=list)


def plan_capture(rng: random.Random, sheet: Sheet) -> FilmFrame:
    landscape = sheet.width > sheet.height
    rotation = 90 if landscape else (180 if rng.random() < 0.02 else 0)
    thin = rng.random() < 0.35    # an under-exposed (thin) frame is greyer overall
    white = rng.uniform(178, 205) if thin else rng.uniform(205, 238)
    black = rng.uniform(48, 70) if thin else rng.uniform(26, 52)
    sides = [rng.uniform(0.0, 0.05) if rng.random() < 0.7 else 0.0 for _ in range(4)]
    return FilmFrame(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, quality=rng.randint(45, 82),
        tilt=rng.uniform(-1.8, 1.8), border=(sides[0], sides[1], sides[2], sides[3]), black=black, white=white,
        gamma=rng.uniform(0.8, 1.25), vignette=rng.uniform(0.1, 0.26), side=rng.uniform(-0.08, 0.08),
        grain=rng.uniform(6.0, 12.0), blur=rng.uniform(0.9, 1.5) if rng.random() < 0.2 else rng.uniform(0.0, 0.5),
        scratch_depth=tuple(rng.uniform(0.35, 0.8) for _ in SCRATCHES), specks=rng.randint(4, 30),
        hairs=rng.choice([0, 0, 0, 1, 1, 2]), neighbour=rng.choice(["", "", "", "top", "bottom"]),
        blip=rng.random() < 0.8, wobble=[rng.uniform(-2.0, 2.0) for _ in range(4)])


def _grain(shape: tuple[int, int], strength: float, gen: Any) -> Any:
    """Clumped film grain: fine noise smoothed a little plus a coarser layer."""
    fine = cv2.GaussianBlur(gen.normal(0, 1, shape).astype(np.float32), (0, 0), 0.8)
    coarse = cv2.GaussianBlur(gen.normal(0, 1, shape).astype(np.float32), (0, 0), 2.2)
    g = fine / max(float(fine.std()), 1e-6) * 0.75 + coarse / max(float(coarse.std()), 1e-6) * 0.45
    return g * strength


def capture(sheet: Sheet, cap: FilmFrame, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    if cap.rotation:
        grey = np.ascontiguousarray(np.rot90(grey, k=-cap.rotation // 90))
    h0, w0 = grey.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    page: Any = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else grey.copy()
    # the film's tone curve: paper to `white`, ink to `black`, with the frame's gamma
    t = np.clip(page / 255.0, 0, 1) ** cap.gamma
    page = cap.black + (cap.white - cap.black) * t
    # the frame: the page turned in the gate, the film black around it where the page does not reach
    left, top, right, bottom = (round(cap.border[0] * w), round(cap.border[1] * h), round(cap.border[2] * w),
                                round(cap.border[3] * h))
    fw, fh = w + left + right, h + top + bottom
    frame: Any = np.full((fh, fw), FILM_BLACK, np.float32)
    frame[top:top + h, left:left + w] = page
    if abs(cap.tilt) > 0.01:
        m = cv2.getRotationMatrix2D((fw / 2, fh / 2), cap.tilt, 1.0)
        frame = cv2.warpAffine(frame, m, (fw, fh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                               borderValue=FILM_BLACK)
    if cap.neighbour:
        band = max(4, round(fh * 0.018))
        gap = max(3, round(fh * 0.008))
        if cap.neighbour == "top":
            frame[:gap + band] = FILM_BLACK
            frame[:band] = cap.white * 0.92
        else:
            frame[fh - gap - band:] = FILM_BLACK
            frame[fh - band:] = cap.white * 0.92
    if cap.blip:  # the retrieval mark under the page, in the film margin (or over the page's foot, faintly)
        bw, bh = max(6, round(fw * 0.03)), max(4, round(fh * 0.006))
        bx, by = round(fw * 0.08), fh - max(bh + 2, round(fh * 0.012))
        frame[by:by + bh, bx:bx + bw] = np.minimum(frame[by:by + bh, bx:bx + bw], FILM_BLACK + 6)
    if cap.blur > 0.05:
        frame = cv2.GaussianBlur(frame, (0, 0), cap.blur)
    # uneven light: corners darker, one side denser than the other
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    r2 = ((xx - fw / 2) / (fw / 2)) ** 2 + ((yy - fh / 2) / (fh / 2)) ** 2
    light = (1.0 - cap.vignette * np.clip(r2 / 2.0, 0, 1) ** 1.3) * (1.0 + cap.side * (xx / fw - 0.5) * 2)
    frame = frame * light
    frame += _grain((fh, fw), cap.grain, gen)
    # the roll's scratches: same place across the film on every frame, the whole height, a little wavy
    ys = np.arange(fh, dtype=np.float32)
    for (pos, width, sign), depth in zip(SCRATCHES, cap.scratch_depth, strict=True):
        sw = max(1, round(width * cap.dpi / DPI))
        wave = sum(a * np.sin(ys / fh * math.pi * (k + 1) + k) for k, a in enumerate(cap.wobble[:2]))
        xs = np.clip(np.round(pos * fw + wave * 0.5).astype(int), 0, fw - sw)
        for dx in range(sw):
            col = frame[ys.astype(int), xs + dx]
            target = 250.0 if sign > 0 else 12.0
            frame[ys.astype(int), xs + dx] = col * (1 - depth) + target * depth
    # dust on the duplicating printer: white specks, and now and then a curled hair
    for _ in range(cap.specks):
        sx, sy = int(gen.integers(0, fw)), int(gen.integers(0, fh))
        rad = float(gen.uniform(0.8, 3.2)) * cap.dpi / DPI
        cv2.circle(frame, (sx, sy), max(1, round(rad)), 245.0, -1, lineType=cv2.LINE_AA)
    for _ in range(cap.hairs):
        x, y = float(gen.uniform(0.1, 0.9) * fw), float(gen.uniform(0.1, 0.9) * fh)
        ang = float(gen.uniform(0, 2 * math.pi))
        pts = []
        for _k in range(40):
            ang += float(gen.normal(0, 0.18))
            x += math.cos(ang) * fw * 0.004
            y += math.sin(ang) * fw * 0.004
            pts.append((round(x), round(y)))
        cv2.polylines(frame, [np.array(pts, np.int32)], False, 240.0, thickness=max(1, round(cap.dpi / 200)),
                      lineType=cv2.LINE_AA)
    out = np.clip(frame, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
