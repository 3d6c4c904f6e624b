"""A scanner simulation: rasterise printed pages and degrade them as an office scanner does
(slight skew, pages fed upside down, noise, blur, JPEG), plus blank backs and damaged QR codes."""

from __future__ import annotations

import io
import random
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

DPI = 150


@dataclass(frozen=True)
class Degradation:
    """How badly one page is scanned."""

    skew_deg: float = 0.0
    upside_down: bool = False
    blur: float = 0.4
    noise: float = 6.0
    jpeg_quality: int = 60
    illegible: bool = False


def rasterise(pdf: bytes, *, dpi: int = DPI) -> Iterator[Image.Image]:
    """Each page of a PDF as an RGB image, one at a time."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72)
            yield bitmap.to_pil().convert("RGB")
            page.close()
    finally:
        doc.close()


def damage_qr(page: Image.Image, *, rng: random.Random) -> int:
    """Smear ink over every QR code found on the page (an old scan, a coffee ring); returns how many."""
    import zxingcpp

    hits = zxingcpp.read_barcodes(page)
    draw = ImageDraw.Draw(page)
    for hit in hits:
        p = hit.position
        xs = [p.top_left.x, p.top_right.x, p.bottom_left.x, p.bottom_right.x]
        ys = [p.top_left.y, p.top_right.y, p.bottom_left.y, p.bottom_right.y]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        # cover the finder patterns of two corners and the middle: no decoder recovers from that
        draw.rectangle((x0 - 2, y0 - 2, x1 + 2, y0 + (y1 - y0) * 0.55), fill=(rng.randint(20, 60),) * 3)
        draw.ellipse((x0, y0 + (y1 - y0) * 0.4, x1, y1 + 4), fill=(rng.randint(150, 200),) * 3)
    return len(hits)


def blank_back(size: tuple[int, int], *, rng: random.Random, bleed: Image.Image | None = None) -> Image.Image:
    """The empty back of a sheet, with paper tone and (faintly) the front showing through."""
    page = Image.new("RGB", size, (rng.randint(236, 248),) * 3)
    if bleed is not None:
        ghost = ImageOps.mirror(bleed.convert("L").resize(size)).filter(ImageFilter.GaussianBlur(3))
        faint = Image.eval(ghost, lambda v: 255 - (255 - v) // 18)
        page = Image.blend(page, faint.convert("RGB"), 0.5)
    return page


def degrade(page: Image.Image, how: Degradation, *, rng: random.Random) -> Image.Image:
    """The grayscale image a scanner would produce from this printed page."""
    img = page.convert("L")
    if how.illegible:
        # water-damaged, out of focus: the ink is still there, the strokes are not
        img = img.resize((img.width // 6, img.height // 6), Image.Resampling.BILINEAR)
        img = img.resize(page.size, Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(3))
        img = Image.eval(img, lambda v: 255 - min(255, (255 - v) * 3))
    if how.blur > 0:
        img = img.filter(ImageFilter.GaussianBlur(how.blur))
    angle = how.skew_deg + (180.0 if how.upside_down else 0.0)
    if angle:
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=245)
    arr = np.asarray(img, dtype=np.float64)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    noise_sigma = how.noise * (3 if how.illegible else 1)
    arr = arr + nrng.normal(0, noise_sigma, arr.shape)
    specks = nrng.random(arr.shape) < 0.0004
    arr[specks] = nrng.uniform(0, 90, int(specks.sum()))
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=how.jpeg_quality)
    buf.seek(0)
    return Image.open(buf).convert("L")


def images_to_pdf(images: Sequence[Image.Image], *, scanned_on: date, quality: int = 60, dpi: int = DPI) -> bytes:
    """An image-only PDF (one JPEG per page) as a scanner writes it, dated the day it was scanned
    (a fixed date keeps rebuilt samples byte-identical)."""
    if not images:
        raise ValueError("no pages")
    buf = io.BytesIO()
    first, *rest = [im.convert("L") for im in images]
    stamp = time.struct_time((scanned_on.year, scanned_on.month, scanned_on.day, 9, 0, 0, 0, 1, 0))
    first.save(buf, "PDF", save_all=True, append_images=rest, resolution=float(dpi), quality=quality,
               title="scan", producer="dossier samples", creationDate=stamp, modDate=stamp)
    return buf.getvalue()
