"""How court_jg's volumes were captured. Most of the papers never reached the bureau on paper: the lawyers uploaded
them to the 河北法院电子诉讼平台 at 网上立案, and the bureau served its own notices and rulings through the same platform.
The platform kept every upload as a small grey JPEG — downsampled to about 96–120 dpi, converted to grey (the red seals
and the 财政 bill's red print became a middling grey, lighter than black ink), and compressed hard, so the strokes are
smeared, ringed and broken into 8×8 blocks; when it printed a page back out it set the stored image a little smaller
than the sheet and added its own small grey line of upload information — the platform, the 网上立案 application number
or the case number, who uploaded or served it, when, the file's name and 第n页/共m页 — at the top or the foot. The
bureau printed those pages on its office laser printer: greys came out as the printer's 45° dot screen, the pale
JPEG haze round the strokes as a sprinkle of toner dots, the line of upload information dotted. The bureau's own
papers that never went through the platform (the 笔录, forms, receipts, the 查控 printout, the cover and the archive's
sheets) are the originals: printed on the same laser printer and filled and stamped by hand. At closing the whole
volume was taken apart and scanned on the bureau's sheet-fed scanner at 200 dpi, 8-bit grey, JPEG: a little skew,
the scanner's faint noise, now and then a sheet fed upside down or laid sideways on the glass."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from functools import cache
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_jg_kit import Page
from dossier.corpus.fonts import font

SCAN_DPI = 200
PRINT_DPI = 300
"""the working resolution of the laser stage (the printer's dot screen is drawn at it)"""
SCREEN_PERIOD = 3.3
"""the printer's dot screen: a cell of 3.3 px at 300 dpi (about 90 lines per inch), at 45°"""
SCREEN_ANGLE = 45.0


@dataclass
class PlatformPrint:
    dpi: int
    rotation: int
    photo: bool
    via_platform: bool
    store_dpi: int = 110
    store_quality: int = 28
    resaves: int = 1
    nearest: bool = True           # the printer driver enlarged the stored image pixel by pixel (else smoothly)
    grey_mix: float = 0.8          # 0: the luminance of the colour, 1: its lightness ((max + min) / 2)
    print_scale: float = 0.965
    offset: tuple[float, float] = (0.0, 0.0)   # mm the stored image sits off centre on the print
    line_at_top: bool = True
    line_grey: int = 120
    toner: float = 34.0            # the grey of solid toner in the scan
    paper: float = 244.0           # the grey of the paper in the scan
    skew: float = 0.0
    noise: float = 2.5
    quality: int = 70
    specks: int = 12


def plan_capture(rng: random.Random, sheet: Sheet) -> PlatformPrint:
    via = isinstance(sheet, Page) and sheet.upload is not None
    turn = rng.random()
    rotation = 180 if turn < 0.03 else (rng.choice([90, 270]) if turn < 0.05 else 0)
    return PlatformPrint(
        dpi=SCAN_DPI, rotation=rotation, photo=False, via_platform=via,
        store_dpi=rng.randint(96, 120), store_quality=rng.randint(10, 26), resaves=1 if rng.random() < 0.7 else 2, nearest=rng.random() < 0.6,
        grey_mix=rng.uniform(0.55, 1.0), print_scale=rng.uniform(0.95, 0.975),
        offset=(rng.uniform(-2.0, 2.0), rng.uniform(-2.5, 2.5)), line_at_top=rng.random() < 0.55,
        line_grey=rng.randint(70, 115), toner=rng.uniform(22, 48), paper=rng.uniform(236, 249),
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.2) if rng.random() < 0.8 else 0.0,
        noise=rng.uniform(1.5, 4.0), quality=rng.randint(58, 82), specks=rng.randint(4, 30))


def _grey(rgb: Any, mix: float) -> Any:
    """The platform's grey: between the colour's luminance and its lightness — red ink lands mid-grey."""
    lum = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
    light = (rgb.max(axis=2) + rgb.min(axis=2)) / 2
    return (1 - mix) * lum + mix * light


def _jpeg_round_trip(img: Any, quality: int) -> Any:
    buf = io.BytesIO()
    Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "L").save(buf, format="JPEG", quality=quality)
    buf.seek(0)
    return np.asarray(Image.open(buf), dtype=np.float32)


def stored(sheet: Sheet, cap: PlatformPrint) -> Any:
    """What the platform kept of an uploaded page: grey, at its low resolution, hard-compressed."""
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    grey = _grey(rgb, cap.grey_mix)
    h0, w0 = grey.shape
    w, h = round(w0 * cap.store_dpi / DPI), round(h0 * cap.store_dpi / DPI)
    small = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA)
    for k in range(cap.resaves):
        small = _jpeg_round_trip(small, cap.store_quality + 6 * k)
    return small


def _platform_page(sheet: Sheet, cap: PlatformPrint) -> Any:
    """The platform's print of a stored page at the printer's working resolution: the image set a little smaller than
    the sheet, the line of upload information stamped in grey."""
    small = stored(sheet, cap)
    W, H = round(sheet.width * PRINT_DPI / DPI), round(sheet.height * PRINT_DPI / DPI)
    w, h = round(W * cap.print_scale), round(H * cap.print_scale)
    how = cv2.INTER_NEAREST if cap.nearest else cv2.INTER_LINEAR
    img = cv2.resize(small, (w, h), interpolation=how)
    page: Any = np.full((H, W), 255.0, np.float32)
    px = PRINT_DPI / 25.4
    x0 = int((W - w) / 2 + cap.offset[0] * px)
    y0 = int((H - h) / 2 + cap.offset[1] * px)
    x0, y0 = max(0, min(W - w, x0)), max(0, min(H - h, y0))
    page[y0:y0 + h, x0:x0 + w] = img
    upload = sheet.upload if isinstance(sheet, Page) else None
    if upload is not None:
        page = _stamp_line(page, upload.line(), cap)
    return page


def _stamp_line(page: Any, text: str, cap: PlatformPrint) -> Any:
    """The platform's line of upload information in its small grey sans, on a white ground over whatever the image
    had there; broken in two at a gap when it will not fit the width."""
    H, W = page.shape
    px = PRINT_DPI / 25.4
    margin = int(7 * px)
    f = font("sans", 28)
    lines = [text]
    if f.getlength(text) > W - 2 * margin:
        gaps = [i for i, ch in enumerate(text) if ch == "　"]
        cut = min(gaps, key=lambda i: abs(f.getlength(text[:i]) - f.getlength(text[i + 1:])))
        lines = [text[:cut], text[cut + 1:]]
    layer = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8), "L")
    d = ImageDraw.Draw(layer)
    lead = 36
    y = int(3.0 * px) if cap.line_at_top else H - int(3.0 * px) - lead * len(lines)
    wide = max(f.getlength(t) for t in lines)
    d.rectangle((margin - 6, y - 4, margin + wide + 6, y + lead * len(lines) + 2), fill=255)
    for k, t in enumerate(lines):
        d.text((margin, y + k * lead), t, font=f, fill=cap.line_grey)
    return np.asarray(layer, dtype=np.float32)


@cache
def _screen(h: int, w: int) -> Any:
    """The printer's clustered-dot threshold, 0 at a dot's centre (prints first) to 1 between dots."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = math.radians(SCREEN_ANGLE)
    k = 2 * math.pi / SCREEN_PERIOD
    u = xx * math.cos(a) + yy * math.sin(a)
    v = -xx * math.sin(a) + yy * math.cos(a)
    spot = (np.cos(k * u) + np.cos(k * v) + 2) / 4
    return (1 - spot).astype(np.float32)


def laser(page: Any, cap: PlatformPrint, gen: Any) -> Any:
    """The office laser printer: each grey becomes the 45° dot screen (the lightest haze and the darkest grey cut off
    to paper and solid toner), the toner spreads a little, a few stray specks. Returns the print's reflectance 0–1."""
    h, w = page.shape
    dark = np.clip((238.0 - page) / (238.0 - 16.0), 0, 1)
    toner = (dark > _screen(h, w)).astype(np.float32)
    toner = cv2.GaussianBlur(toner, (0, 0), 0.55)
    for _ in range(cap.specks):
        x, y = int(gen.integers(0, w)), int(gen.integers(0, h))
        r = float(gen.uniform(0.6, 1.6))
        cv2.circle(toner, (x, y), max(1, round(r)), 1.0, -1)
    return 1.0 - np.clip(toner, 0, 1)


def capture(sheet: Sheet, cap: PlatformPrint, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.via_platform:
        printed = laser(_platform_page(sheet, cap), cap, gen)
        grey = cap.toner + (cap.paper - cap.toner) * printed
        w, h = round(sheet.width * SCAN_DPI / DPI), round(sheet.height * SCAN_DPI / DPI)
        img: Any = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA)
    else:
        rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
        lum = rgb @ np.array([0.299, 0.587, 0.114], np.float32)
        lum = cv2.GaussianBlur(lum, (0, 0), 0.5)
        grey = cap.toner + (cap.paper - cap.toner) * (lum / 255.0)
        w, h = round(sheet.width * SCAN_DPI / DPI), round(sheet.height * SCAN_DPI / DPI)
        img = cv2.resize(grey, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != grey.shape[::-1] else grey
    # the sheet-fed scanner: the sheet a little crooked on its white backing, noise, a touch of softness
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=float(cap.paper + 4))
    img = img + gen.normal(0, cap.noise, img.shape).astype(np.float32)
    img = cv2.GaussianBlur(img, (0, 0), 0.45)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(SCAN_DPI, SCAN_DPI))
    return buf.getvalue()
