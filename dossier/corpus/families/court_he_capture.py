"""How court_he's volumes were captured: the 利通 bureau's clerk took each volume's staples out and laid the sheets one
by one face down on a colour flatbed (CCD, lid closed), 200, 240 or 300 dpi, saved as colour JPEG at quality 50–85
with the encoder's usual 4:2:0 chroma, so the red and blue of the seals and copy stamps bleed a little into the
paper round them.

The glass is a little larger than A4 and the clerk pushes each sheet only roughly into the corner: the sheet lies a
few millimetres off the guides and turned by up to about a degree, the lid's pale grey backing shows in the strips
the sheet leaves uncovered, and where the lid does not quite press the sheet's edge a soft shadow line runs along it.
The three colour lines of the old CCD no longer sit exactly in step, so the red channel lags the others by a pixel or
two along the scan — black type wears a faint red seam on one side and a cyan one on the other. A sheet that was
stapled carries the two pin holes and the dent at its top left corner. Now and then a sheet is put in upside down
(180°), or turned a quarter; the 查控 printout, printed landscape, lies across the glass, turned 90° or 270°. The
driver's auto-exposure pulls the paper to white with a warm cast, a little sensor noise and a softening of the
optics; every page stays easy to read."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

GLASS_MM = (216.0, 300.0)
"""the scan area (portrait): a little wider and longer than A4"""


@dataclass
class Flatbed:
    dpi: int
    rotation: int             # quarter turns (clockwise degrees) of the sheet as it lay on the glass
    photo: bool
    skew: float               # degrees the sheet lies turned on the glass
    nudge: tuple[float, float]  # mm the sheet lies off the glass's corner (right, down)
    quality: int
    fringe: int               # px the red channel lags along the scan
    warmth: tuple[float, float, float]
    lid: float                # the lid backing's grey
    shadow: float             # darkness of the edge shadow
    noise: float
    blur: float
    staple: bool


def plan_capture(rng: random.Random, sheet: Sheet) -> Flatbed:
    landscape = sheet.width > sheet.height
    if landscape:
        rotation = rng.choice([90, 270])
    else:
        rotation = rng.choices([0, 180, 90, 270], weights=[94, 4, 1, 1])[0]
    return Flatbed(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False,
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.1) if rng.random() < 0.85 else 0.0,
        nudge=(rng.uniform(0.5, 5.5), rng.uniform(0.5, 3.0)), quality=rng.randint(50, 85),
        fringe=rng.choice([1, 1, 2]), warmth=(rng.uniform(0.99, 1.0), rng.uniform(0.96, 0.99), rng.uniform(0.9, 0.96)),
        lid=rng.uniform(218, 236), shadow=rng.uniform(25, 60), noise=rng.uniform(1.5, 4.0),
        blur=rng.uniform(0.3, 0.8), staple=sheet.page_of is not None and rng.random() < 0.8)


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def _staple(img: np.ndarray, dpi: int, rng: random.Random) -> None:
    """Two pin holes and the pressed dent of a removed staple near the top-left corner."""
    x, y = _px(9 + rng.uniform(-2, 2), dpi), _px(9 + rng.uniform(-2, 2), dpi)
    length = _px(12, dpi)
    ang = np.radians(rng.uniform(30, 60))
    x2, y2 = int(x + length * np.cos(ang)), int(y - length * np.sin(ang) * 0.2)
    cv2.line(img, (x, y), (x2, y2), (205, 205, 205), max(1, _px(0.6, dpi)))
    for px, py in ((x, y), (x2, y2)):
        cv2.circle(img, (px, py), max(2, _px(0.5, dpi)), (70, 70, 70), -1)
        cv2.circle(img, (px, py), max(3, _px(0.9, dpi)), (180, 180, 180), 1)


def capture(sheet: Sheet, cap: Flatbed, rng: random.Random) -> bytes:
    src = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    h0, w0 = src.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    page = cv2.resize(src, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else src.copy()
    if cap.staple:
        _staple(page, cap.dpi, rng)
    if cap.rotation:
        page = np.ascontiguousarray(np.rot90(page, k=-cap.rotation // 90))
    ph, pw = page.shape[:2]
    gw, gh = max(pw + _px(4, cap.dpi), _px(GLASS_MM[0], cap.dpi)), max(ph + _px(2, cap.dpi), _px(GLASS_MM[1], cap.dpi))
    if pw > ph:  # a sheet laid across: the glass is seen across too
        gw, gh = max(pw + _px(4, cap.dpi), _px(GLASS_MM[1], cap.dpi)), max(ph + _px(2, cap.dpi), _px(GLASS_MM[0], cap.dpi))
    dx, dy = _px(cap.nudge[0], cap.dpi), _px(cap.nudge[1], cap.dpi)
    m = cv2.getRotationMatrix2D((pw / 2, ph / 2), cap.skew, 1.0)
    m[0, 2] += dx
    m[1, 2] += dy
    laid = cv2.warpAffine(page.astype(np.float32), m, (gw, gh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpAffine(np.ones((ph, pw), np.float32), m, (gw, gh), flags=cv2.INTER_LINEAR, borderValue=0)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    lid = np.full((gh, gw, 3), cap.lid, np.float32) + gen.normal(0, 1.5, (gh, gw, 1)).astype(np.float32)
    halo = cv2.GaussianBlur(mask, (0, 0), max(1.5, cap.dpi / 40))
    shadow = np.clip(halo - mask, 0, 1) * cap.shadow * 2.2
    img = laid * mask[..., None] + (lid - shadow[..., None]) * (1 - mask[..., None])
    # the CCD's colour lines out of step: red lags along the scan (down the page)
    img[..., 0] = np.roll(img[..., 0], cap.fringe, axis=0)
    img = img * np.array(cap.warmth, np.float32)
    img = np.clip((img - 6) * (255 / 246), 0, 255)  # auto-exposure: the paper pulled to white
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    img = cv2.GaussianBlur(np.clip(img, 0, 255), (0, 0), cap.blur)
    out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi), subsampling=2)
    return buf.getvalue()
