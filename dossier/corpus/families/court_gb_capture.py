"""How court_gb's pages reached the 婺城 e-dossier: through a messaging app. The parties, their lawyers and now and then
an undertaker out in the field sent their papers to the bureau's work phone as chat files, and the clerk who built
the e-dossier kept what had arrived — as it showed on the phone:

- screenshots of a PDF in the phone's file preview: the whole phone screen (1080×2340, 1080×2400, 1170×2532 or
  1125×2436 px), the status bar at the top (clock, signal bars, 4G/5G, battery with its percentage), the viewer's
  title bar under it (a back chevron, "文件预览" or the file's name with "PDF · n KB" under it, a ⋯ menu), on some a
  bottom toolbar (转发 / 收藏 / 打印 / 用其他应用打开) and the home indicator, on some a dark "2/3" page pill. The page
  lies on the viewer's grey, scaled to the phone's width (about 120–135 dpi of paper), the top of the next page
  showing below it; or pinch-zoomed until the page's text block fills the width (up to about 175 dpi), the margins
  gone but every printed line, the title too, still on screen. Light or dark system theme. Never turned or skewed;
  re-encoded once by the e-dossier (JPEG 62–85).
- photos of paper that the app compressed: the sheet on a desk, a bed cover or a counter, in slight perspective,
  warm or cool room light falling off across it, a little soft; long edge 1280–1600 px (so 95–130 dpi of paper),
  JPEG 60–80; now and then shot with the phone sideways (the page lies turned 90° or 270°).
- the court's own papers (and anything not marked as sent) on the bureau's flatbed: 200–300 dpi, grey or colour,
  within ±0.8° of square, the lid's shadow along one edge, a sheet now and then laid upside down (180°), JPEG 72–90.

Which way a sheet came is marked on it by court_gb_papers.via (and the field 调查笔录 by court_gb)."""

from __future__ import annotations

import io
import random
import zlib
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

SCREENS = ((1080, 2340), (1080, 2400), (1170, 2532), (1125, 2436))
VIEWER_GREY = (232, 232, 234)
DESKS = ((150, 108, 70), (120, 84, 56), (168, 168, 162), (205, 196, 184), (96, 104, 118))


@dataclass
class PhoneCapture:
    dpi: int
    rotation: int
    photo: bool
    kind: str                 # screenshot | photo | flatbed
    quality: int
    screen: tuple[int, int] = (0, 0)
    zoom: bool = False
    scale: float = 1.0        # screenshot: screen px per sheet px
    origin: tuple[float, float] = (0.0, 0.0)  # screenshot: the sheet point at the content area's top left
    dark: bool = False
    toolbar: bool = False
    title: str = "文件预览"
    clock: str = "10:24"
    battery: int = 80
    net: str = "5G"
    long_edge: int = 0        # photo
    fill: float = 0.9         # photo: the page's share of the long edge
    corners: tuple[float, ...] = ()  # photo: perspective jitter of the four corners, fractions
    desk: tuple[int, int, int] = (150, 108, 70)
    cast: tuple[float, float, float] = (1.0, 1.0, 1.0)
    blur: float = 0.0
    skew: float = 0.0         # flatbed
    grey: bool = True         # flatbed
    shadow_edge: str = "left"  # flatbed: the lid's shadow
    noise: float = 2.0


def how(sheet: Sheet) -> str:
    return str(getattr(sheet, "gb_via", "") or "flatbed")


def bars(screen: tuple[int, int], toolbar: bool) -> tuple[int, int, int]:
    """(status bar, title bar, bottom bar) heights in screen px."""
    w, h = screen
    u = w / 1080
    return round(h * 0.036), round(138 * u), round((168 if toolbar else 52) * u)


def ink_box(sheet: Sheet) -> tuple[int, int, int, int]:
    """Where anything is printed on the sheet, in sheet px (x0, y0, x1, y1)."""
    small: Any = np.asarray(sheet.image.convert("L").reduce(4), dtype=np.uint8)
    ys, xs = np.nonzero(small < 235)
    if len(xs) == 0:
        return 0, 0, sheet.width, sheet.height
    return int(xs.min()) * 4, int(ys.min()) * 4, min(sheet.width, int(xs.max()) * 4 + 4), min(sheet.height, int(ys.max()) * 4 + 4)


def plan_capture(rng: random.Random, sheet: Sheet) -> PhoneCapture:
    kind = how(sheet)
    if kind == "pdf":
        name = str(getattr(sheet, "gb_file", "") or "")
        pick = rng.choice(SCREENS)  # the phone it was opened on: the same for every page of one file
        screen = SCREENS[zlib.crc32(name.encode()) % len(SCREENS)] if name else pick
        toolbar = rng.random() < 0.55
        top, head, foot = bars(screen, toolbar)
        area_w, area_h = screen[0], screen[1] - top - head - foot
        zoom = rng.random() < 0.35
        if zoom:
            x0, y0, x1, y1 = ink_box(sheet)
            pad = 24
            scale = min(area_w / (x1 - x0 + 2 * pad), 175 / DPI, area_h / (y1 - y0 + 2 * pad))
            cx = (x0 + x1) / 2
            origin = (cx - area_w / scale / 2, max(0.0, y0 - pad - rng.uniform(0, 30)))
        else:
            gutter = rng.randint(14, 34) * screen[0] / 1080
            scale = (area_w - 2 * gutter) / sheet.width
            origin = (-gutter / scale, -gutter / scale)
        return PhoneCapture(dpi=round(DPI * scale), rotation=0, photo=False, kind="screenshot",
                            quality=rng.randint(62, 85), screen=screen, zoom=zoom, scale=scale, origin=origin,
                            dark=rng.random() < 0.25, toolbar=toolbar,
                            title=name if name and rng.random() < 0.7 else "文件预览",
                            clock=f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", battery=rng.randint(12, 100),
                            net=rng.choice(["5G", "4G", "5G"]), noise=0.0)
    if kind == "photo":
        long_edge = rng.randint(1280, 1600)
        fill = rng.uniform(0.86, 0.94)
        scale = long_edge * fill / sheet.height
        rotation = rng.choices([0, 90, 270], weights=[84, 9, 7])[0]
        warm = rng.random() < 0.6
        cast = (rng.uniform(1.0, 1.05), rng.uniform(0.97, 1.0), rng.uniform(0.85, 0.93)) if warm else \
            (rng.uniform(0.92, 0.97), rng.uniform(0.97, 1.0), rng.uniform(1.0, 1.05))
        return PhoneCapture(dpi=round(DPI * scale), rotation=rotation, photo=True, kind="photo",
                            quality=rng.randint(60, 80), long_edge=long_edge, fill=fill,
                            corners=tuple(rng.uniform(-0.025, 0.025) for _ in range(8)), desk=rng.choice(DESKS),
                            cast=cast, blur=rng.uniform(0.3, 0.9), noise=rng.uniform(2.5, 5.5))
    return PhoneCapture(dpi=rng.choice([200, 200, 240, 300]), rotation=180 if rng.random() < 0.05 else 0, photo=False,
                        kind="flatbed", quality=rng.randint(72, 90), skew=rng.uniform(-0.8, 0.8),
                        grey=rng.random() < 0.6, shadow_edge=rng.choice(["left", "right", "top"]),
                        noise=rng.uniform(1.5, 3.5))


def capture(sheet: Sheet, plan: PhoneCapture, rng: random.Random) -> bytes:
    if plan.kind == "screenshot":
        img = _screenshot(sheet, plan, rng)
    elif plan.kind == "photo":
        img = _photo(sheet, plan, rng)
    else:
        img = _flatbed(sheet, plan, rng)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()


def _screenshot(sheet: Sheet, plan: PhoneCapture, rng: random.Random) -> Image.Image:
    w, h = plan.screen
    u = w / 1080
    top, head, foot = bars(plan.screen, plan.toolbar)
    area_h = h - top - head - foot
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    s = plan.scale
    ox, oy = plan.origin
    m = np.array([[s, 0, -ox * s], [0, s, -oy * s]], dtype=np.float32)
    view: Any = cv2.warpAffine(page, m, (w, area_h), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=VIEWER_GREY)
    shot = Image.new("RGB", (w, h), VIEWER_GREY)
    shot.paste(Image.fromarray(view), (0, top + head))
    d = ImageDraw.Draw(shot)
    px0, py0 = -ox * s, top + head - oy * s
    px1, py1 = px0 + sheet.width * s, py0 + sheet.height * s
    if not plan.zoom:  # the page's edge and, below it, the top of the next page
        d.rectangle((px0 - 1, py0 - 1, px1 + 1, py1 + 1), outline=(200, 200, 204), width=2)
        nxt = py1 + 26 * u
        if nxt < h - foot:
            d.rectangle((px0, nxt, px1, h - foot), fill=(255, 255, 255), outline=(200, 200, 204), width=2)
    bar_bg = (28, 28, 30) if plan.dark else (247, 247, 247)
    fg = (240, 240, 240) if plan.dark else (20, 20, 20)
    d.rectangle((0, 0, w, top + head), fill=bar_bg)
    d.line((0, top + head, w, top + head), fill=(70, 70, 70) if plan.dark else (214, 214, 214), width=max(1, round(u)))
    _status(d, plan, w, top, fg)
    _title(d, plan, w, top, head, fg, u)
    if plan.toolbar:
        d.rectangle((0, h - foot, w, h), fill=bar_bg)
        d.line((0, h - foot, w, h - foot), fill=(70, 70, 70) if plan.dark else (214, 214, 214), width=max(1, round(u)))
        labels = ("转发", "收藏", "打印", "用其他应用打开")
        f = font("sans", round(26 * u))
        for k, label in enumerate(labels):
            cx = w * (k + 0.5) / len(labels)
            d.ellipse((cx - 20 * u, h - foot + 22 * u, cx + 20 * u, h - foot + 62 * u), outline=fg, width=max(2, round(3 * u)))
            d.text((cx, h - foot + 92 * u), label, font=f, fill=fg, anchor="mm")
    else:
        d.rectangle((0, h - foot, w, h), fill=VIEWER_GREY)
    d.rounded_rectangle((w / 2 - 140 * u, h - 22 * u, w / 2 + 140 * u, h - 12 * u), radius=5 * u,
                        fill=(230, 230, 230) if plan.dark and plan.toolbar else (30, 30, 30))
    if sheet.page_of and rng.random() < 0.7:
        i, n = sheet.page_of
        pill = f"{i}/{n}"
        f = font("sans", round(30 * u))
        cy = h - foot - 60 * u
        d.rounded_rectangle((w / 2 - 58 * u, cy - 26 * u, w / 2 + 58 * u, cy + 26 * u), radius=26 * u, fill=(60, 60, 64))
        d.text((w / 2, cy), pill, font=f, fill=(255, 255, 255), anchor="mm")
    return shot


def _status(d: ImageDraw.ImageDraw, plan: PhoneCapture, w: int, top: int, fg: tuple[int, int, int]) -> None:
    u = w / 1080
    cy = top * 0.55
    d.text((54 * u, cy), plan.clock, font=font("sans_bold", round(34 * u)), fill=fg, anchor="lm")
    x = w - 60 * u
    bw, bh = 52 * u, 26 * u  # the battery
    d.rounded_rectangle((x - bw, cy - bh / 2, x, cy + bh / 2), radius=6 * u, outline=fg, width=max(2, round(2.5 * u)))
    d.rectangle((x + 2 * u, cy - 6 * u, x + 6 * u, cy + 6 * u), fill=fg)
    level = (bw - 8 * u) * plan.battery / 100
    d.rectangle((x - bw + 4 * u, cy - bh / 2 + 4 * u, x - bw + 4 * u + level, cy + bh / 2 - 4 * u),
                fill=(220, 60, 50) if plan.battery < 20 else fg)
    d.text((x - bw - 10 * u, cy), f"{plan.battery}%", font=font("sans", round(26 * u)), fill=fg, anchor="rm")
    x -= bw + 96 * u
    for k in range(3):  # wifi arcs
        r = (10 + k * 10) * u
        d.arc((x - r, cy + 10 * u - r, x + r, cy + 10 * u + r), 225, 315, fill=fg, width=max(2, round(3 * u)))
    x -= 40 * u
    d.text((x, cy), plan.net, font=font("sans_bold", round(24 * u)), fill=fg, anchor="rm")
    x -= 110 * u
    for k in range(4):  # signal bars
        bx = x + k * 11 * u
        d.rectangle((bx, cy + 12 * u - (k + 1) * 6 * u, bx + 7 * u, cy + 12 * u), fill=fg)


def _title(d: ImageDraw.ImageDraw, plan: PhoneCapture, w: int, top: int, head: int, fg: tuple[int, int, int],
           u: float) -> None:
    cy = top + head / 2
    d.line((58 * u, cy - 22 * u, 36 * u, cy), fill=fg, width=max(2, round(4 * u)))
    d.line((36 * u, cy, 58 * u, cy + 22 * u), fill=fg, width=max(2, round(4 * u)))
    for k in range(3):
        x = w - 96 * u + k * 20 * u
        d.ellipse((x - 5 * u, cy - 5 * u, x + 5 * u, cy + 5 * u), fill=fg)
    title = plan.title
    if title == "文件预览":
        d.text((w / 2, cy), title, font=font("sans_bold", round(38 * u)), fill=fg, anchor="mm")
        return
    f = font("sans_bold", round(34 * u))
    while f.getlength(title) > w - 300 * u and len(title) > 6:
        title = title[:len(title) // 2 - 2] + "…" + title[-(len(title) // 2 - 3):]
        f = font("sans_bold", round(32 * u))
    d.text((w / 2, cy - 18 * u), title, font=f, fill=fg, anchor="mm")
    kb = 80 + (sum(map(ord, title)) % 900)
    d.text((w / 2, cy + 26 * u), f"PDF · {kb} KB", font=font("sans", round(24 * u)), fill=(140, 140, 140), anchor="mm")


def _photo(sheet: Sheet, plan: PhoneCapture, rng: random.Random) -> Image.Image:
    H = plan.long_edge
    W = round(H * 3 / 4)
    s = H * plan.fill / sheet.height
    pw, ph = sheet.width * s, sheet.height * s
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    page = cv2.resize(page, (round(pw), round(ph)), interpolation=cv2.INTER_AREA)
    x0, y0 = (W - pw) / 2, (H - ph) / 2
    j = plan.corners
    dst = np.array([[x0 + j[0] * W, y0 + j[1] * H], [x0 + pw + j[2] * W, y0 + j[3] * H],
                    [x0 + pw + j[4] * W, y0 + ph + j[5] * H], [x0 + j[6] * W, y0 + ph + j[7] * H]], dtype=np.float32)
    src = np.array([[0, 0], [page.shape[1], 0], [page.shape[1], page.shape[0]], [0, page.shape[0]]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    desk: Any = np.empty((H, W, 3), np.float32)
    desk[:] = plan.desk
    grain = cv2.GaussianBlur(gen.normal(0, 10, (H, W)).astype(np.float32), (0, 0), 3)
    grain = cv2.resize(cv2.resize(grain, (W // 8, H)), (W, H))  # streaks along the wood
    desk += grain[..., None]
    warped: Any = cv2.warpPerspective(page, m, (W, H)).astype(np.float32)
    mask: Any = cv2.warpPerspective(np.ones(page.shape[:2], np.float32), m, (W, H))
    soft = cv2.GaussianBlur(mask, (0, 0), 6)[..., None]
    shade = 1 - 0.35 * np.clip(soft * 1.0, 0, 1) * (1 - mask[..., None])  # the sheet's faint shadow on the desk
    img: Any = warped * mask[..., None] + desk * shade * (1 - mask[..., None])
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    fall = 1.0 - rng.uniform(0.12, 0.28) * np.sqrt(((xx - lx) / W) ** 2 + ((yy - ly) / H) ** 2)
    img *= fall[..., None]
    img *= np.array(plan.cast, np.float32)
    img = cv2.GaussianBlur(img, (0, 0), plan.blur)
    img += gen.normal(0, plan.noise, img.shape[:2])[..., None]
    out = np.clip(img, 0, 255).astype(np.uint8)
    if plan.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-plan.rotation // 90))
    return Image.fromarray(out, "RGB")


def _flatbed(sheet: Sheet, plan: PhoneCapture, rng: random.Random) -> Image.Image:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    w, h = round(sheet.width * plan.dpi / DPI), round(sheet.height * plan.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (sheet.width, sheet.height) else rgb
    if abs(plan.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(246, 246, 244))
    depth = round(plan.dpi / 25.4 * rng.uniform(2, 5))
    ramp = (1 - np.linspace(rng.uniform(0.25, 0.45), 0.0, depth, dtype=np.float32))
    if plan.shadow_edge == "left":
        img[:, :depth] *= ramp[None, :, None]
    elif plan.shadow_edge == "right":
        img[:, w - depth:] *= ramp[::-1][None, :, None]
    else:
        img[:depth] *= ramp[:, None, None]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img += gen.normal(0, plan.noise, img.shape[:2])[..., None]
    img = np.clip(img, 0, 255)
    if plan.rotation:
        img = np.ascontiguousarray(np.rot90(img, k=-plan.rotation // 90))
    if plan.grey:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        return Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    return Image.fromarray(img.astype(np.uint8), "RGB")

