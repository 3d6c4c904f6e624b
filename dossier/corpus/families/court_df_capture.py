"""How court_df's dossiers were captured. 竞秀区法院's archive room feeds every volume through a 高速扫描仪 (a sheet-fed
document scanner) at 240 dpi in colour with the driver's automatic colour dropout on: red is pushed towards white, so the
court's and the parties' red seals come out as a very pale pink while black and blue ink stay. Photocopies of printed
cards (halftone screens) beat against the scanner's sampling grid into a mild moiré; a few sheets were fed crooked
(2–4°), and one went through double-fed, so the corner of the next sheet shows along its bottom edge.

The applicant sent some papers in by the court's online channel as phone screenshots of a messaging app's photo viewer:
the paper was photographed lying on a sofa cushion, cropped tight, shown on black with the phone's status bar on top."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

SCAN_DPI = 240
PHONE = (1080, 2400)


@dataclass
class FeedPlan:
    dpi: int | None
    rotation: int
    photo: bool
    skew: float = 0.0
    quality: int = 85
    dropout: float = 0.85      # how much of a red's colour the driver removes
    moire: float = 0.0         # amplitude of the beat pattern (grey levels), 0 = none
    moire_period: float = 7.0
    moire_angle: float = 0.0
    double_fed: bool = False
    screenshot: bool = False
    clock: str = "09:41"
    battery: int = 80
    tilt: float = 0.0          # the phone photo's perspective: how far the top edge is narrowed (fraction)
    cushion: tuple[int, int, int] = (120, 110, 100)


def plan_capture(rng: random.Random, sheet: Sheet) -> FeedPlan:
    if getattr(sheet, "uploaded", False):
        return FeedPlan(dpi=None, rotation=0, photo=True, screenshot=True, quality=rng.randint(72, 86),
                        clock=f"{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", battery=rng.randint(18, 97),
                        tilt=rng.uniform(0.02, 0.06),
                        cushion=rng.choice([(118, 104, 92), (92, 104, 118), (140, 128, 110), (96, 86, 98)]))
    crooked = rng.random() < 0.12
    skew = rng.choice([-1, 1]) * rng.uniform(2.0, 4.0) if crooked else rng.uniform(-0.4, 0.4)
    halftone = bool(getattr(sheet, "halftone", False))
    return FeedPlan(dpi=SCAN_DPI, rotation=0, photo=False, skew=skew, quality=rng.randint(80, 90),
                    dropout=rng.uniform(0.8, 0.92), moire=rng.uniform(5, 9) if halftone else 0.0,
                    moire_period=rng.uniform(5.5, 9.0), moire_angle=rng.uniform(10, 35),
                    double_fed=bool(getattr(sheet, "double_fed", False)))


def drop_red(rgb: Any, strength: float) -> Any:
    """The driver's colour dropout: pixels whose red stands far above green and blue lose most of their colour and
    darkness, leaving a very pale pink."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    redness = np.clip((r - (g + b) / 2 - 25) / 90, 0, 1)[..., None] * strength
    pale = np.stack([np.full_like(r, 252), 228 + 0.1 * g, 230 + 0.1 * b], axis=-1)
    pale = np.minimum(pale, 255)
    return rgb * (1 - redness) + pale * redness


def _next_sheet_corner(img: Any, rng: random.Random) -> Any:
    """A second sheet pulled through with this one: its top corner shows across the bottom edge, a little greyer,
    with its first lines of print cut by the edge, and a shadow along its border."""
    h, w = img.shape[:2]
    depth = int(h * rng.uniform(0.05, 0.09))
    start = int(w * rng.uniform(0.25, 0.5))
    rise = rng.uniform(0.08, 0.2)
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    poly = [(start, h), (w, h), (w, h - depth - int((w - start) * rise * 0.2))]
    d.polygon(poly, fill=255)
    mask = np.asarray(layer, dtype=np.float32)[..., None] / 255.0
    other = np.full_like(img, 236.0)
    text = Image.new("L", (w, h), 255)
    td = ImageDraw.Draw(text)
    f = font("serif", max(18, int(w / 60)))
    for k in range(4):
        y = h - depth + k * f.size * 1.6 + f.size
        td.text((start + f.size * 4, y), "本院受理的执行案件" + "一二三四"[k] + "号材料", font=f, fill=70)
    tx = np.asarray(text.rotate(math.degrees(math.atan(rise * 0.2)), fillcolor=255), dtype=np.float32)[..., None]
    other = other * tx / 255.0
    out = img * (1 - mask) + other * mask
    edge = cv2.Canny((mask[..., 0] * 255).astype(np.uint8), 50, 150)
    edge = cv2.dilate(edge, np.ones((3, 3), np.uint8))
    out[edge > 0] *= 0.55
    return out


def _screenshot(sheet: Sheet, cap: FeedPlan, rng: random.Random) -> bytes:
    pw, ph = PHONE
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if page.shape[1] > 1300:  # the phone's camera resolves about this much across the paper
        scale = 1300 / page.shape[1]
        page = cv2.resize(page, (1300, round(page.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = page.shape[:2]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # the paper on the cushion: a woven fabric ground, the page warped onto it in perspective
    ground_h, ground_w = int(h * 1.08), int(w * 1.08)
    weave = (np.sin(np.arange(ground_w) / 3.1)[None, :] * np.sin(np.arange(ground_h) / 2.7)[:, None])
    fabric = np.array(cap.cushion, dtype=np.float32)[None, None, :] * (0.92 + 0.06 * weave[..., None])
    fabric = fabric + gen.normal(0, 6, (ground_h, ground_w, 1))
    t = cap.tilt
    mx, my = (ground_w - w) / 2, (ground_h - h) / 2
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array([[mx + w * t, my + h * 0.01], [mx + w * (1 - t * 0.6), my],
                    [mx + w + rng.uniform(-6, 6), my + h], [mx + rng.uniform(-6, 6), my + h - rng.uniform(0, 10)]],
                   dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, m, (ground_w, ground_h), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (ground_w, ground_h))[..., None]
    photo = warped * mask + fabric * (1 - mask)
    # room light: warm cast, brighter toward one corner, a soft shadow of the phone at the bottom
    yy, xx = np.mgrid[0:ground_h, 0:ground_w].astype(np.float32)
    light = 0.8 + 0.18 * (1 - ((xx / ground_w - 0.3) ** 2 + (yy / ground_h - 0.2) ** 2))
    shadow = 1 - 0.18 * np.clip((yy / ground_h - 0.75) / 0.25, 0, 1) * np.clip(1 - abs(xx / ground_w - 0.55) * 2, 0, 1)
    photo = photo * (light * shadow)[..., None] * np.array([1.02, 0.99, 0.92], dtype=np.float32)
    photo = cv2.GaussianBlur(photo, (0, 0), 1.1)
    # cropped tight: only a sliver of cushion stays at the edges
    cx0, cy0 = int(mx * 0.55), int(my * 0.55)
    photo = photo[cy0:ground_h - cy0, cx0:ground_w - cx0]
    photo = np.clip(photo + gen.normal(0, 3.5, photo.shape), 0, 255).astype(np.uint8)
    # the messaging app's viewer: black, the photo fitted to the width, the status bar on top
    bar = 110
    shown_w = pw
    shown_h = int(photo.shape[0] * shown_w / photo.shape[1])
    if shown_h > ph - bar - 140:
        shown_h = ph - bar - 140
        shown_w = int(photo.shape[1] * shown_h / photo.shape[0])
    small = cv2.resize(photo, (shown_w, shown_h), interpolation=cv2.INTER_AREA)
    screen = Image.new("RGB", PHONE, (0, 0, 0))
    top = bar + (ph - bar - 140 - shown_h) // 2
    screen.paste(Image.fromarray(small), ((pw - shown_w) // 2, top))
    d = ImageDraw.Draw(screen)
    sf = font("sans_bold", 40)
    d.text((60, 34), cap.clock, font=sf, fill=(255, 255, 255))
    for k in range(4):  # signal bars
        d.rectangle((pw - 300 + k * 16, 70 - 10 * (k + 1), pw - 290 + k * 16, 70), fill=(255, 255, 255))
    d.text((pw - 226, 36), "5G", font=font("sans_bold", 30), fill=(255, 255, 255))
    d.rounded_rectangle((pw - 160, 40, pw - 80, 74), radius=8, outline=(255, 255, 255), width=3)
    d.rectangle((pw - 155, 45, pw - 155 + int(70 * cap.battery / 100), 69), fill=(255, 255, 255))
    d.text((pw - 70, 38), f"{cap.battery}", font=font("sans", 28), fill=(255, 255, 255))
    d.text((40, ph - 110), "⋯", font=font("sans_bold", 48), fill=(230, 230, 230))
    d.text((pw // 2 - 40, ph - 100), "原图", font=font("sans", 34), fill=(230, 230, 230))
    buf = io.BytesIO()
    screen.save(buf, format="JPEG", quality=cap.quality, dpi=(96, 96))
    return buf.getvalue()


def capture(sheet: Sheet, cap: FeedPlan, rng: random.Random) -> bytes:
    if cap.screenshot:
        return _screenshot(sheet, cap, rng)
    dpi = cap.dpi or SCAN_DPI
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    a = cv2.resize(a, (round(w * dpi / DPI), round(h * dpi / DPI)), interpolation=cv2.INTER_LINEAR)
    h, w = a.shape[:2]
    a = drop_red(a, cap.dropout)
    if cap.moire:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        th = math.radians(cap.moire_angle)
        beat = np.sin(2 * math.pi * (xx * math.cos(th) + yy * math.sin(th)) / cap.moire_period)
        beat = beat * (0.5 + 0.5 * np.sin(2 * math.pi * (xx * math.sin(th) - yy * math.cos(th)) / (cap.moire_period * 9)))
        ink = np.clip((250 - a.mean(axis=2)) / 60, 0.25, 1.0)  # the screen shows most in toned areas
        a = a + (cap.moire * beat * ink)[..., None]
    if cap.double_fed:
        a = _next_sheet_corner(a, rng)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = cv2.GaussianBlur(a, (0, 0), 0.55)
    a = a + gen.normal(0, 2.2, a.shape)
    a = np.clip(a * 1.03, 0, 255)  # the scanner's white point: paper comes out clean white
    out = a.astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(18, 18, 20))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(dpi, dpi))
    return buf.getvalue()
