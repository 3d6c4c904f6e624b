"""How court_fl's volumes reached the check: through a digitisation contractor's JPEG 2000 archive. 孝南法院 let the
scanning of its closed enforcement volumes to an outside company, which scanned every leaf at 300 dpi on a flatbed
(a little skew left, now and then a leaf laid in sideways or upside down) and stored each page as a JPEG 2000
codestream (irreversible 9/7 wavelet, OpenJPEG through Pillow) cut to a byte budget so that the whole archive fitted
the storage quota it had been given: the budget is set as a ratio against the raw 24-bit scan, about 1:60 to 1:120.
When the quota tightened mid-project the operators turned the ratio down to about 1:140–1:200 for the later batches,
so some pages are markedly softer than others. Grey pages (the contractor's colour detection saw no colour) get the
same bytes for their one channel.

The contractor's encoder kept colour as YCbCr with the two chroma planes at half resolution (JPEG 2000's component
sub-sampling), each plane coded on its own: so the red of a seal bleeds past its ring and goes pink and blotchy while
the black text stays where it was. Some batches were coded in 1024-pixel tiles, whose seams can show as faint steps
in a grey background. What the wavelet coder does at those rates — unlike JPEG's 8×8 blocks: fine strokes blur, thin
table rules smear and fade in places, a halo of ringing follows each text edge, small characters' strokes run
together, the paper's grain is smoothed away into faint blotches.

The check receives the pages re-exported from that archive: decoded, resampled to 200, 240 or 300 dpi and saved as
JPEG at quality 70–90 (a second, mild loss on top). Every page stays readable to a clerk."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

SCAN_DPI = 300
"""the contractor's scanning resolution; the archive's JPEG 2000 pages are stored at it"""
RATIO = (60.0, 120.0)
"""the compression ratio against the raw 24-bit scan, as first agreed"""
HARSH = (140.0, 200.0)
"""the ratio after the quota tightened"""
TILE = 1024


@dataclass
class J2kArchive:
    dpi: int                  # the export's resolution (what the check receives)
    rotation: int             # 0 / 90 / 180 / 270: a leaf laid on the glass turned
    photo: bool
    ratio: float              # against the raw 24-bit scan
    harsh: bool               # a page of the batches after the quota tightened
    colour: bool              # stored in colour (YCbCr, chroma at half resolution) or as one grey channel
    tiled: bool               # coded in 1024-px tiles
    skew: float               # degrees
    quality: int              # the JPEG export's quality
    noise: float              # the scanner's sensor noise (grey levels)
    tint: tuple[float, float, float] = (1.0, 1.0, 1.0)
    resolutions: int = 6      # wavelet decomposition levels


def _has_colour(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    spread = small.max(axis=2) - small.min(axis=2)
    return bool((spread > 50).mean() > 0.001)


def plan_capture(rng: random.Random, sheet: Sheet) -> J2kArchive:
    harsh = rng.random() < 0.3
    ratio = rng.uniform(*HARSH) if harsh else rng.uniform(*RATIO)
    colourful = _has_colour(sheet)
    colour = rng.random() < (0.9 if colourful else 0.35)
    return J2kArchive(
        dpi=rng.choice([200, 200, 240, 300]),
        rotation=rng.choices([0, 90, 180, 270], weights=[91, 3, 4, 2])[0],
        photo=False, ratio=ratio, harsh=harsh, colour=colour, tiled=rng.random() < 0.4,
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.2) if rng.random() < 0.8 else 0.0,
        quality=rng.randint(70, 90), noise=rng.uniform(3.5, 7.0),
        tint=(rng.uniform(0.97, 1.0), rng.uniform(0.96, 0.995), rng.uniform(0.92, 0.97)),
        resolutions=rng.choice([5, 6, 6, 7]),
    )


def j2k_roundtrip(plane: Any, ratio: float, *, tiled: bool, resolutions: int) -> Any:
    """One 8-bit plane through a real JPEG 2000 encoder (OpenJPEG, irreversible 9/7 wavelet) at `ratio` against
    its own raw size, and back."""
    img = Image.fromarray(np.clip(plane, 0, 255).astype(np.uint8), "L")
    h, w = plane.shape
    levels = max(1, min(resolutions, int(np.log2(max(1, min(h, w) // 4)))))
    opts: dict[str, Any] = {"quality_mode": "rates", "quality_layers": [max(1.0, ratio)], "irreversible": True,
                            "num_resolutions": levels}
    if tiled and min(h, w) > TILE:
        opts["tile_size"] = (TILE, TILE)
    buf = io.BytesIO()
    img.save(buf, format="JPEG2000", **opts)
    out = Image.open(io.BytesIO(buf.getvalue()))
    out.load()
    return np.asarray(out.convert("L"), dtype=np.float32)


def store(rgb: Any, cap: J2kArchive) -> Any:
    """The archive's copy of a 300-dpi scan: coded and decoded as the contractor's encoder did."""
    if not cap.colour:
        grey = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
        return j2k_roundtrip(grey, cap.ratio / 3, tiled=cap.tiled, resolutions=cap.resolutions)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    y = 0.299 * r + 0.587 * g + 0.114 * b
    cb = 128 - 0.168736 * r - 0.331264 * g + 0.5 * b
    cr = 128 + 0.5 * r - 0.418688 * g - 0.081312 * b
    h, w = y.shape
    # the byte budget: three quarters to luma, an eighth to each half-resolution chroma plane
    yd = j2k_roundtrip(y, cap.ratio / 2.25, tiled=cap.tiled, resolutions=cap.resolutions)
    half = (max(1, w // 2), max(1, h // 2))
    planes = []
    for c in (cb, cr):
        small = cv2.resize(c, half, interpolation=cv2.INTER_AREA)
        coded = j2k_roundtrip(small, cap.ratio * 2 / 3, tiled=cap.tiled, resolutions=cap.resolutions - 1)
        planes.append(cv2.resize(coded, (w, h), interpolation=cv2.INTER_LINEAR))
    cbd, crd = planes[0] - 128, planes[1] - 128
    out = np.stack([yd + 1.402 * crd, yd - 0.344136 * cbd - 0.714136 * crd, yd + 1.772 * cbd], axis=-1)
    return np.clip(out, 0, 255)


def scan(sheet: Sheet, cap: J2kArchive, rng: random.Random) -> Any:
    """The contractor's flatbed at 300 dpi: the leaf as it lay (turned, a little skewed), paper tone, sensor noise."""
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * SCAN_DPI / DPI), round(h0 * SCAN_DPI / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_CUBIC)
    img = cv2.GaussianBlur(img, (0, 0), 0.45)  # the flatbed's optics
    if cap.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-cap.rotation // 90))
    hh, ww = img.shape[:2]
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(236, 236, 233))
    img = img * np.array(cap.tint, np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    grain = cv2.resize(gen.normal(0, cap.noise * 0.6, (hh // 24 + 1, ww // 24 + 1)).astype(np.float32), (ww, hh),
                       interpolation=cv2.INTER_CUBIC)  # the paper's cloudy formation
    img = img + (gen.normal(0, cap.noise, img.shape[:2]).astype(np.float32) + grain)[..., None]
    return np.clip(img, 0, 255)


def capture(sheet: Sheet, cap: J2kArchive, rng: random.Random) -> bytes:
    stored = store(scan(sheet, cap, rng), cap)
    h, w = stored.shape[:2]
    if cap.dpi != SCAN_DPI:
        size = (round(w * cap.dpi / SCAN_DPI), round(h * cap.dpi / SCAN_DPI))
        stored = cv2.resize(stored, size, interpolation=cv2.INTER_AREA)
    a = np.clip(stored, 0, 255).astype(np.uint8)
    pil = Image.fromarray(a, "RGB" if a.ndim == 3 else "L")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
