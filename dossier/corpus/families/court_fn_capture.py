"""How court_fn's volumes were captured: scanned years ago into 相山法院's first 电子卷宗 system, which saved space by
storing every page as an indexed-colour image (PNG or GIF) with a tiny palette chosen per page — 16, 12 or 8 colours
picked from the page by median cut or by octree, the system's fixed 16-colour "web" palette, or for plain text pages
just 4 greys. The palette reduction (Pillow's own quantize) was run with Floyd–Steinberg error diffusion, with an
ordered 4×4 Bayer dither, or with none at all, which posterises: smooth greys — light pencil, pale stamps, a
photocopy's grey ground, tinted card copies — snap to the nearest entry, so they break into dither patterns, turn into
flat bands, or vanish into the paper; a red seal snaps to one red, or to a grey when the palette kept no red; cream
cover board goes white or silver. The scans under it were ordinary flatbed scans, a little askew (up to ±1.5°), a few
sheets laid sideways or upside down. For the check the pages were exported from the old system as JPEG (quality
75–90), some downscaled on the way (300/240/200 → 150–200 dpi). The pages stay readable to a clerk."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import numpy as np
from PIL import Image, ImageFilter

from dossier.corpus.draw import DPI, Sheet

FIXED16: tuple[tuple[int, int, int], ...] = (
    (0, 0, 0), (128, 0, 0), (0, 128, 0), (128, 128, 0), (0, 0, 128), (128, 0, 128), (0, 128, 128), (192, 192, 192),
    (128, 128, 128), (255, 0, 0), (0, 255, 0), (255, 255, 0), (0, 0, 255), (255, 0, 255), (0, 255, 255),
    (255, 255, 255))
"""the old system's fixed palette: the 16 colours of the Windows/VGA "web" set"""
GREYS4 = (0, 96, 176, 255)
BAYER4 = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], dtype=np.float32)


@dataclass
class IndexedExport:
    dpi: int                  # the exported JPEG's resolution
    rotation: int
    photo: bool
    scan_dpi: int             # the resolution the indexed page was stored at
    palette: str              # mediancut | octree | fixed16 | grey4
    colours: int              # palette size (4 for grey4, 16 for fixed16)
    dither: str               # fs | bayer | none
    skew: float
    quality: int
    container: str            # png | gif: what the old system stored (recorded; both are lossless indexed)
    noise: float = 2.0
    paper: float = 0.0        # how far the scan's paper white sits below 255


def _colourful(sheet: Sheet) -> bool:
    small: Any = np.asarray(sheet.image.reduce(10), dtype=np.int16)
    return bool(((small.max(axis=2) - small.min(axis=2)) > 50).mean() > 0.002)


def plan_capture(rng: random.Random, sheet: Sheet) -> IndexedExport:
    colourful = _colourful(sheet)
    roll = rng.random()
    if colourful:
        palette = "mediancut" if roll < 0.45 else ("octree" if roll < 0.75 else ("fixed16" if roll < 0.92 else "grey4"))
    else:
        palette = "grey4" if roll < 0.35 else ("mediancut" if roll < 0.65 else ("octree" if roll < 0.85 else "fixed16"))
    colours = {"grey4": 4, "fixed16": 16}.get(palette) or rng.choice([8, 12, 16])
    dither = rng.choices(["fs", "bayer", "none"], weights=[45, 25, 30])[0]
    scan_dpi = rng.choice([200, 200, 240, 300])
    down = rng.random() < 0.35
    dpi = rng.choice([150, 180, 200]) if down and scan_dpi > 150 else scan_dpi
    dpi = min(dpi, scan_dpi)
    rotation = rng.choices([0, 90, 180, 270], weights=[93, 3, 3, 1])[0]
    return IndexedExport(
        dpi=dpi, rotation=rotation, photo=False, scan_dpi=scan_dpi, palette=palette, colours=colours, dither=dither,
        skew=rng.uniform(-1.5, 1.5) if rng.random() < 0.8 else 0.0, quality=rng.randint(75, 90),
        container=rng.choice(["png", "gif"]), noise=rng.uniform(1.0, 3.5), paper=rng.uniform(0, 14))


def _palette_image(colours: tuple[tuple[int, int, int], ...]) -> Image.Image:
    pal = Image.new("P", (1, 1))
    flat = [v for rgb in colours for v in rgb]
    pal.putpalette(flat + flat[-3:] * (256 - len(colours)))
    return pal


def _bayer(img: Image.Image, step: float) -> Image.Image:
    """An ordered dither's bias: the 4×4 Bayer threshold map tiled over the page, ±half a palette step."""
    a: Any = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    tile = np.tile((BAYER4 + 0.5) / 16.0 - 0.5, (h // 4 + 1, w // 4 + 1))[:h, :w] * step
    if a.ndim == 3:
        tile = tile[..., None]
    return Image.fromarray(np.clip(a + tile, 0, 255).astype(np.uint8), img.mode)


def quantise(img: Image.Image, cap: IndexedExport) -> Image.Image:
    """The old system's palette reduction, with Pillow's quantize: returns the indexed ("P") page."""
    dither = Image.Dither.FLOYDSTEINBERG if cap.dither == "fs" else Image.Dither.NONE
    if cap.palette == "grey4":
        pal = _palette_image(tuple((g, g, g) for g in GREYS4))
        src = img.convert("L").convert("RGB")
        step = 256 / 3
    elif cap.palette == "fixed16":
        pal = _palette_image(FIXED16)
        src = img
        step = 128.0
    else:
        # the page's own palette, two entries short: the system always kept pure black and pure white
        method = Image.Quantize.MEDIANCUT if cap.palette == "mediancut" else Image.Quantize.FASTOCTREE
        own = img.reduce(3).quantize(colors=cap.colours - 2, method=method, dither=Image.Dither.NONE).getpalette() or []
        n = min(cap.colours - 2, len(own) // 3)  # a near-blank page may yield fewer
        picked = [(int(own[k]), int(own[k + 1]), int(own[k + 2])) for k in range(0, 3 * n, 3)]
        pal = _palette_image((*picked, (0, 0, 0), (255, 255, 255)))
        src = img
        step = 256 / max(2, cap.colours ** (1 / 3))
    if cap.dither == "bayer":
        src = _bayer(src, step)
    return src.quantize(palette=pal, dither=dither)


def capture(sheet: Sheet, cap: IndexedExport, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = sheet.image.convert("RGB")
    w, h = round(img.width * cap.scan_dpi / DPI), round(img.height * cap.scan_dpi / DPI)
    if (w, h) != img.size:
        img = img.resize((w, h), Image.Resampling.LANCZOS)
    # the flatbed scan under the indexed page: a little soft, the paper not quite white, sensor noise, askew
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    a: Any = np.asarray(img, dtype=np.float32)
    noise = gen.standard_normal(a.shape[:2], dtype=np.float32) * np.float32(cap.noise)
    a = a * np.float32(1 - cap.paper / 255) + noise[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    if cap.skew:
        fill = (int(255 - cap.paper),) * 3
        img = img.rotate(cap.skew, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=fill)
    indexed = quantise(img, cap)
    # stored as PNG or GIF in the old system: read back, it is exactly the indexed raster
    buf = io.BytesIO()
    if cap.container == "png":
        indexed.save(buf, format="PNG", compress_level=1)
    else:
        indexed.save(buf, format="GIF")
    stored = Image.open(io.BytesIO(buf.getvalue()))
    out = stored.convert("L") if cap.palette == "grey4" else stored.convert("RGB")
    if cap.dpi != cap.scan_dpi:
        out = out.resize((round(sheet.width * cap.dpi / DPI), round(sheet.height * cap.dpi / DPI)), Image.Resampling.BILINEAR)
    if cap.rotation:
        turned: Any = np.rot90(np.asarray(out), k=-cap.rotation // 90)
        out = Image.fromarray(np.ascontiguousarray(turned))
    jpg = io.BytesIO()
    out.save(jpg, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return jpg.getvalue()
