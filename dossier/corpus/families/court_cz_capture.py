"""How court_cz's pages reached the file. The applicants' lawyers sent most of their papers by WeChat: a PDF (the
judgment, the award, the application, the 授权委托书, the ID and licence copies) opened in WeChat's file viewer on a
phone and saved as one LONG SCREENSHOT (长截图), scrolled from the first page to the last. The clerk printed each
screenshot from the court's phone-printing app, which scales the image to the width of A4 and cuts it into pages at a
fixed height, so the cuts fall where they fall: a text line can be split, its top half at the foot of one printed
page and its bottom half at the head of the next. The first printed page of a screenshot carries the phone's status
bar (time, signal, Wi-Fi, battery) and the viewer's title bar; the last one the viewer's bottom bar; inside, the PDF's
own page edges show as grey gaps (the viewer's background) where one PDF page ends and the next begins. A screenshot of
a one-page paper is short and the app fits it whole on the sheet, with white margins left and right. Everything is
seen at the phone's resolution (about 1080 px across the page), printed on the office laser printer and then, like the
bureau's own papers, scanned on the flatbed at 200–300 dpi, grey or colour JPEG, slightly crooked."""

from __future__ import annotations

import io
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

PHONE_W = 1080
"""the screenshot's width in phone pixels"""


@dataclass
class Shot:
    """One long screenshot: the geometry the phone and the printing app gave every page of one paper."""

    sheets: list[Sheet]
    pad: int            # the viewer's grey margin left and right of the PDF page (phone px)
    crop: float         # fraction of the PDF page's own side margins zoomed off each side
    gap: int            # grey gap between two PDF pages (phone px)
    status_h: int       # phone status bar
    title_h: int        # the viewer's title bar under it
    bottom_h: int       # the viewer's bottom bar at the end
    ratio: float        # the printing app's cut height over the image width
    clock: str
    battery: int
    dark_bars: bool     # status bar drawn white-on-black (the viewer's dark title)
    name: str           # the file name shown in the title bar


_SHOTS: dict[int, tuple[Sheet, Shot, int]] = {}


def mark(sheets: Sequence[Sheet], rng: random.Random, name: str) -> list[Sheet]:
    """Register `sheets` (one paper) as printed from one long screenshot; returns them unchanged."""
    shot = Shot(sheets=list(sheets), pad=rng.choice([0, 0, 12, 20, 28]), crop=rng.uniform(0.01, 0.06),
                gap=rng.randint(18, 34), status_h=rng.randint(72, 96), title_h=rng.randint(118, 140),
                bottom_h=rng.randint(130, 170), ratio=rng.uniform(1.40, 1.46),
                clock=f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", battery=rng.randint(18, 96),
                dark_bars=rng.random() < 0.3, name=name)
    for k, s in enumerate(sheets):
        _SHOTS[id(s)] = (s, shot, k)
    return list(sheets)


def shot_of(sheet: Sheet) -> tuple[Shot, int] | None:
    got = _SHOTS.get(id(sheet))
    if got is None or got[0] is not sheet:
        return None
    return got[1], got[2]


@dataclass
class FlatbedScan:
    dpi: int
    rotation: int
    photo: bool
    colour: bool
    skew: float
    quality: int
    noise: float
    blur: float
    toner: float        # the laser printer's black on a printed screenshot (never quite black)


def plan_capture(rng: random.Random, sheet: Sheet) -> FlatbedScan:
    return FlatbedScan(dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, colour=rng.random() < 0.35,
                       skew=rng.uniform(-1.2, 1.2), quality=rng.randint(68, 88), noise=rng.uniform(1.5, 3.5),
                       blur=rng.choice([0.0, 0.4, 0.7]), toner=rng.uniform(28, 52))


# ------------------------------------------------------------------------------------------- the long screenshot

def _status_bar(shot: Shot, w: int) -> Image.Image:
    bg, ink = ((20, 20, 20), (245, 245, 245)) if shot.dark_bars else ((237, 237, 237), (10, 10, 10))
    im = Image.new("RGB", (w, shot.status_h), bg)
    d = ImageDraw.Draw(im)
    h = shot.status_h
    d.text((48, h // 2), shot.clock, font=font("sans_bold", 40), fill=ink, anchor="lm")
    x = w - 60
    # battery: outline, level, cap, percentage
    d.rounded_rectangle((x - 70, h // 2 - 16, x, h // 2 + 16), radius=7, outline=ink, width=3)
    d.rectangle((x - 66, h // 2 - 12, x - 66 + int(62 * shot.battery / 100), h // 2 + 12),
                fill=(200, 40, 40) if shot.battery < 20 else ink)
    d.rectangle((x + 2, h // 2 - 6, x + 7, h // 2 + 6), fill=ink)
    d.text((x - 84, h // 2), f"{shot.battery}", font=font("sans", 32), fill=ink, anchor="rm")
    # Wi-Fi fan and signal bars
    cx = x - 170
    for r in (30, 20, 10):
        d.pieslice((cx - r, h // 2 + 12 - r, cx + r, h // 2 + 12 + r), 225, 315, fill=ink if r == 10 else None,
                   outline=ink, width=4)
    sx = x - 250
    for i in range(4):
        bh = 8 + 7 * i
        d.rectangle((sx + 11 * i, h // 2 + 14 - bh, sx + 11 * i + 7, h // 2 + 14), fill=ink)
    d.text((sx - 12, h // 2), "5G", font=font("sans_bold", 30), fill=ink, anchor="rm")
    return im


def _title_bar(shot: Shot, w: int) -> Image.Image:
    bg, ink = ((20, 20, 20), (240, 240, 240)) if shot.dark_bars else ((237, 237, 237), (25, 25, 25))
    im = Image.new("RGB", (w, shot.title_h), bg)
    d = ImageDraw.Draw(im)
    h = shot.title_h
    d.line((56, h // 2, 76, h // 2 - 22), fill=ink, width=5)
    d.line((56, h // 2, 76, h // 2 + 22), fill=ink, width=5)
    name = shot.name if len(shot.name) <= 16 else shot.name[:15] + "…"
    d.text((w // 2, h // 2), name, font=font("sans", 40), fill=ink, anchor="mm")
    for i in range(3):
        d.ellipse((w - 90 + 18 * i, h // 2 - 5, w - 80 + 18 * i, h // 2 + 5), fill=ink)
    d.line((0, h - 1, w, h - 1), fill=(205, 205, 205), width=2)
    return im


def _bottom_bar(shot: Shot, w: int) -> Image.Image:
    im = Image.new("RGB", (w, shot.bottom_h), (248, 248, 248))
    d = ImageDraw.Draw(im)
    h = shot.bottom_h
    d.line((0, 0, w, 0), fill=(210, 210, 210), width=2)
    d.text((w // 2, h // 2 - 14), "用其他应用打开", font=font("sans", 38), fill=(87, 107, 149), anchor="mm")
    d.rounded_rectangle((w // 2 - 140, h - 26, w // 2 + 140, h - 16), radius=5, fill=(30, 30, 30))
    return im


def long_image(shot: Shot) -> tuple[np.ndarray, list[int]]:
    """The screenshot as an RGB array (phone px) and the y at which each PDF page starts in it."""
    bg = (226, 226, 226)
    pages: list[Image.Image] = []
    inner = PHONE_W - 2 * shot.pad
    for s in shot.sheets:
        im = s.image
        c = int(im.width * shot.crop)
        im = im.crop((c, 0, im.width - c, im.height))
        pages.append(im.resize((inner, round(im.height * inner / im.width)), Image.Resampling.LANCZOS))
    heads = [_status_bar(shot, PHONE_W), _title_bar(shot, PHONE_W)]
    total = sum(h.height for h in heads) + shot.gap + sum(p.height + shot.gap for p in pages) + shot.bottom_h
    out = Image.new("RGB", (PHONE_W, total), bg)
    y = 0
    for h in heads:
        out.paste(h, (0, y))
        y += h.height
    y += shot.gap
    starts = []
    for p in pages:
        starts.append(y)
        if shot.pad:  # the page's soft shadow on the viewer's grey
            ImageDraw.Draw(out).rectangle((shot.pad - 3, y - 2, shot.pad + p.width + 3, y + p.height + 4),
                                          fill=(208, 208, 208))
        out.paste(p, (shot.pad, y))
        y += p.height + shot.gap
    out.paste(_bottom_bar(shot, PHONE_W), (0, y))
    # the phone saved the screenshot as JPEG before WeChat sent it on
    buf = io.BytesIO()
    out.save(buf, format="JPEG", quality=80)
    arr = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))
    return arr, starts


def cut(shot: Shot, k: int, img: np.ndarray) -> tuple[np.ndarray, bool]:
    """The k-th printed page's part of the screenshot; True if the app fitted it whole (short tail or one page)."""
    step = round(PHONE_W * shot.ratio)
    n = len(shot.sheets)
    if n == 1:
        return img, True
    y0 = k * step
    if k < n - 1:
        return img[y0:y0 + step], False
    tail = img[y0:]
    if tail.shape[0] <= step:
        return tail, False
    # the tail runs longer than one cut: the clerk printed it "fit to page" so the signatures stayed on one sheet
    return tail, True


def printed_page(sheet: Sheet, shot: Shot, k: int) -> np.ndarray:
    """The A4 print (RGB, at DPI) of the k-th part of the screenshot."""
    img, fitted = cut(shot, k, long_image(shot)[0])
    w, h = sheet.width, sheet.height
    margin = round(5 / 25.4 * DPI)
    pw, ph = w - 2 * margin, h - 2 * margin
    scale = pw / img.shape[1]
    if fitted:
        scale = min(scale, ph / img.shape[0])
    nw, nh = round(img.shape[1] * scale), round(img.shape[0] * scale)
    part = cv2.resize(img, (nw, nh), interpolation=cv2.INTER_CUBIC)
    page = np.full((h, w, 3), 255, dtype=np.uint8)
    x0 = margin + (pw - nw) // 2
    page[margin:margin + min(nh, ph), x0:x0 + nw] = part[:ph]
    return page


# ------------------------------------------------------------------------------------------- the flatbed

def capture(sheet: Sheet, cap: FlatbedScan, rng: random.Random) -> bytes:
    got = shot_of(sheet)
    _SHOTS.pop(id(sheet), None)  # each sheet is captured once; the screenshot's pages are let go as they are printed
    if got is not None:
        shot, k = got
        rgb = printed_page(sheet, shot, k).astype(np.float32)
        # the laser printer: black prints as toner grey, light greys wash towards the paper
        rgb = cap.toner + rgb * (252 - cap.toner) / 255.0
    else:
        rgb = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    a: Any = rgb
    h, w = a.shape[:2]
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = a * 0.985 + 2 + gen.normal(0, cap.noise, a.shape)
    out = np.clip(a, 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 250))
    im = Image.fromarray(out)
    if not cap.colour:
        im = im.convert("L")
    buf = io.BytesIO()
    im.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
