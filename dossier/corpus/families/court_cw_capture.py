"""How court_cw's pages reach the 张店 file. Many papers came to the bureau as printouts from a web browser or a
platform's print dialogue: the judgment the lawyer opened on the 电子送达 platform and printed from the browser's PDF
viewer, the uploads the filing clerk printed from the 网上立案 review page, the 网络查控 result page, the 公示系统 page,
the 财政电子票据 page, the bank's online 电子回单. The browser put its own header and footer at the very edges of every
such sheet — the print date and time at the top left, the page's title at the top centre, the address (URL) at the
bottom left and "1/3" at the bottom right, in a small sans face — and many were printed "fit to page" (80–90 %), so
the whole content sits smaller with wide margins; with "background graphics" off, a seal that the page shows as an
image is missing or left as a faint outline and coloured bands and table shading are gone. The bureau's own papers
were printed normally. Every sheet then went through the bureau's MFP at 200–300 dpi, grey or 1-bit (a fixed
threshold), a little crooked, JPEG."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.families.court_cw_kit import web_of
from dossier.corpus.fonts import font


@dataclass
class MfpScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    bitonal: bool
    threshold: int       # the 1-bit mode's fixed cut (0–255)
    web: dict[str, Any] | None  # the browser print's header/footer, scale and background setting; None: printed normally
    seal_outline: bool   # with background graphics off, a seal image leaves a faint outline instead of nothing
    blur: float
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> MfpScan:
    w = web_of(sheet)
    bitonal = rng.random() < 0.35
    return MfpScan(dpi=300 if bitonal else rng.choice([200, 200, 300]), rotation=0, photo=False, skew=rng.uniform(-1.2, 1.2),
                   quality=rng.randint(60, 82), bitonal=bitonal, threshold=rng.randint(150, 185), web=dict(w) if w else None,
                   seal_outline=rng.random() < 0.4, blur=rng.choice([0.0, 0.5, 0.8]), noise=rng.uniform(1.5, 4.0))


def _no_background(img: Any, outline: bool) -> Any:
    """'Background graphics' off: red seal images and light coloured fills do not print (black text under a seal does)."""
    r, g, b = img[..., 0].astype(np.int16), img[..., 1].astype(np.int16), img[..., 2].astype(np.int16)
    red = ((r - np.maximum(g, b)) > 45).astype(np.uint8)
    hi, lo = np.maximum(np.maximum(r, g), b), np.minimum(np.minimum(r, g), b)
    tint = ((hi - lo) > 12) & (lo > 150)  # pale blue bands, table shading
    out = img.copy()
    out[(red > 0) | tint] = 255
    if outline:  # only the seal's outer ring survives, faint and thin
        ring = cv2.morphologyEx(cv2.dilate(red, np.ones((9, 9), np.uint8)), cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
        out[ring > 0] = np.minimum(out[ring > 0], 205)
    return out


def _browser_print(sheet: Sheet, info: dict[str, Any], cap: MfpScan) -> Image.Image:
    img: Any = np.asarray(sheet.image.convert("RGB")).copy()
    if not info.get("background", True):
        img = _no_background(img, cap.seal_outline)
    page = Image.fromarray(img)
    w, h = page.size
    fit = float(info.get("fit", 1.0))
    if fit < 0.999:  # "fit to page": the content shrinks and sits at the top of the sheet, centred
        small = page.resize((round(w * fit), round(h * fit)), Image.Resampling.LANCZOS)
        page = Image.new("RGB", (w, h), (255, 255, 255))
        page.paste(small, ((w - small.width) // 2, mm(12)))
    d = ImageDraw.Draw(page)
    f = font("microhei", 22)
    ink = (40, 40, 40)
    title = str(info["title"])
    if len(title) > 44:
        title = title[:43] + "…"
    url = str(info["url"])
    if len(url) > 96:
        url = url[:95] + "…"
    top, bottom = mm(5), h - mm(8)
    d.text((mm(6), top), str(info["printed"]), font=f, fill=ink)
    tw = d.textlength(title, font=f)
    d.text(((w - tw) / 2, top), title, font=f, fill=ink)
    d.text((mm(6), bottom), url, font=f, fill=ink)
    num = str(info["page"])
    d.text((w - mm(6) - d.textlength(num, font=f), bottom), num, font=f, fill=ink)
    return page


def capture(sheet: Sheet, cap: MfpScan, rng: random.Random) -> bytes:
    page = _browser_print(sheet, cap.web, cap) if cap.web else sheet.image
    a: Any = np.asarray(page.convert("L"), dtype=np.float32)
    h, w = a.shape
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_CUBIC)
    h, w = a.shape
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = a * 0.96 + 6 + gen.normal(0, cap.noise, a.shape)  # the MFP's paper never quite white, its black never quite black
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=250.0)
    if cap.bitonal:
        a = np.where(a < cap.threshold, 0, 255)
    out = np.clip(a, 0, 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
