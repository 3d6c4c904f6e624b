"""How court_ez's pages reached the volume. The parties filed online (网上立案): every paper they sent is a phone photo
that went through a chat app and then the filing platform — each cut the long side to about 1280 px (so about 110 dpi
on A4) and re-encoded it at JPEG quality 30–50, two or three times over (8×8 blocking, ringing round strokes, red
seals bleeding into their surroundings from the halved colour planes). The photos keep their slight perspective, the
room's uneven light and colour cast, and now and then they are screenshots of the photo with a thin strip of the
app's interface at the top or bottom. The court's own papers (and the system's printouts) were printed from the case
system and scanned normally at 200–300 dpi."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

A4_LONG_IN = 297 / 25.4


@dataclass
class Upload:
    dpi: int
    rotation: int
    photo: bool
    long_side: int = 0                # phone photos: the platform's long side in px
    qualities: tuple[int, ...] = ()   # JPEG passes, in order (the last is the delivered file)
    corners: tuple[float, ...] = ()   # perspective: eight corner offsets as fractions of the side
    light: tuple[float, float, float] = (0.0, 0.0, 0.0)  # gradient angle (rad), depth, shadow strength
    cast: tuple[float, float, float] = (1.0, 1.0, 1.0)   # the room light's colour on the paper
    strip: str = ""                   # "top" / "bottom": screenshot with the app's bar; "" none
    skew: float = 0.0                 # scans only
    quality: int = 85                 # scans only
    blur: float = 0.0


def plan_capture(rng: random.Random, sheet: Sheet) -> Upload:
    if getattr(sheet, "online", False):
        long_side = rng.randint(1200, 1320)
        passes = rng.choice([2, 2, 3])
        return Upload(
            dpi=round(long_side / A4_LONG_IN), rotation=0, photo=True, long_side=long_side,
            qualities=tuple(rng.randint(30, 50) for _ in range(passes)),
            corners=tuple(rng.uniform(0.0, 0.035) for _ in range(8)),
            light=(rng.uniform(0, 6.283), rng.uniform(0.12, 0.3), rng.uniform(0.0, 0.25)),
            cast=(rng.uniform(0.97, 1.0), rng.uniform(0.92, 0.98), rng.uniform(0.80, 0.92)),
            strip=rng.choice(["", "", "", "top", "bottom"]), blur=rng.choice([0.0, 0.5, 0.8]))
    return Upload(dpi=rng.choice([200, 200, 240, 300]), rotation=0, photo=False, skew=rng.uniform(-0.9, 0.9),
                  quality=rng.randint(72, 90), blur=rng.choice([0.0, 0.0, 0.5]))


def capture(sheet: Sheet, plan: Upload, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    if plan.photo:
        return _upload(rgb, plan, rng)
    return _scan(rgb, plan, rng)


def _encode(a: Any, quality: int, dpi: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(a).save(buf, format="JPEG", quality=quality, dpi=(dpi, dpi))
    return buf.getvalue()


def _decode(data: bytes) -> Any:
    return np.asarray(Image.open(io.BytesIO(data)).convert("RGB"), dtype=np.uint8)


def _scan(a: Any, plan: Upload, rng: random.Random) -> bytes:
    h, w = a.shape[:2]
    if plan.dpi != DPI:
        a = cv2.resize(a, (round(w * plan.dpi / DPI), round(h * plan.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(246, 246, 244))
    f: Any = a.astype(np.float32) * np.array([0.99, 0.985, 0.97], np.float32)
    f += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 2.5, (h, w, 1))
    if plan.blur:
        f = cv2.GaussianBlur(f, (0, 0), plan.blur)
    return _encode(np.clip(f, 0, 255).astype(np.uint8), plan.quality, plan.dpi)


def _upload(a: Any, plan: Upload, rng: random.Random) -> bytes:
    h, w = a.shape[:2]
    gen = np.random.default_rng(rng.randint(0, 2**31))
    # the phone: the sheet fills the frame but sits a little skewed in perspective, the table showing at the edges
    k = plan.corners
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array([[k[0] * w, k[1] * h], [w - k[2] * w, k[3] * h], [w - k[4] * w, h - k[5] * h], [k[6] * w, h - k[7] * h]],
                   dtype=np.float32)
    table_tone = np.array([rng.uniform(90, 170), rng.uniform(80, 150), rng.uniform(60, 120)], np.float32)
    warped: Any = cv2.warpPerspective(a, cv2.getPerspectiveTransform(src, dst), (w, h), flags=cv2.INTER_LINEAR,
                                      borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0)).astype(np.float32)
    inside: Any = cv2.warpPerspective(np.ones((h, w), np.float32), cv2.getPerspectiveTransform(src, dst), (w, h))[..., None]
    img: Any = warped * inside + table_tone * (1 - inside)
    # the room: light falling off across the page, a soft shadow of the phone or hand, a warm cast
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    ang, depth, shadow = plan.light
    ramp = (np.cos(ang) * (xx / w - 0.5) + np.sin(ang) * (yy / h - 0.5)) + 0.5
    shade = 1.0 - depth * np.clip(ramp, 0, 1)
    if shadow:
        sx, sy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.6, 1.1) * h
        blob = np.exp(-(((xx - sx) / (0.35 * w)) ** 2 + ((yy - sy) / (0.25 * h)) ** 2))
        shade = shade * (1.0 - shadow * blob)
    img = img * shade[..., None] * np.array(plan.cast, np.float32)
    img += gen.normal(0, 3.5, (h, w, 1))
    if plan.blur:
        img = cv2.GaussianBlur(img, (0, 0), plan.blur)
    out = np.clip(img, 0, 255).astype(np.uint8)
    # the chat app: long side to about 1280 px (a shade more, then the platform trims again), first re-encode
    scale = plan.long_side / max(h, w) * (1.0 if len(plan.qualities) < 3 else rng.uniform(1.05, 1.15))
    out = cv2.resize(out, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_AREA)
    out = _smear_colour(out, rng.uniform(1.0, 1.8))
    for i, q in enumerate(plan.qualities):
        if i == len(plan.qualities) - 1:
            hh, ww = out.shape[:2]
            if max(hh, ww) != plan.long_side:
                s = plan.long_side / max(hh, ww)
                out = cv2.resize(out, (round(ww * s), round(hh * s)), interpolation=cv2.INTER_AREA)
            if plan.strip:
                out = _screenshot(out, plan.strip, rng)
            return _encode(out, q, plan.dpi)
        out = _decode(_encode(out, q, plan.dpi))
    return _encode(out, 40, plan.dpi)


def _smear_colour(a: Any, sigma: float) -> Any:
    """The phone's and the app's encoders keep colour at a quarter of the pixels: red seal ink runs into the paper round
    it while the black strokes stay put."""
    ycc: Any = cv2.cvtColor(a, cv2.COLOR_RGB2YCrCb)
    for ch in (1, 2):
        ycc[..., ch] = cv2.GaussianBlur(ycc[..., ch], (0, 0), sigma)
    return cv2.cvtColor(ycc, cv2.COLOR_YCrCb2RGB)


def _screenshot(a: Any, where: str, rng: random.Random) -> Any:
    """The photo screenshotted in the chat app's viewer: a thin bar of its interface replaces the top or bottom rows."""
    h, w = a.shape[:2]
    bar_h = rng.randint(34, 62)
    dark = rng.random() < 0.6
    bar = Image.new("RGB", (w, bar_h), (24, 24, 26) if dark else (246, 246, 246))
    d = ImageDraw.Draw(bar)
    ink = (235, 235, 235) if dark else (40, 40, 40)
    f = font("sans", max(14, bar_h // 2))
    if where == "top":
        d.text((16, bar_h // 4), f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}", font=f, fill=ink)
        d.text((w // 2 - 40, bar_h // 4), f"{rng.randint(1, 9)}/{rng.randint(9, 24)}", font=f, fill=ink)
        d.rectangle((w - 70, bar_h // 3, w - 30, bar_h - bar_h // 3), outline=ink, width=2)
        d.rectangle((w - 68, bar_h // 3 + 2, w - 68 + rng.randint(10, 36), bar_h - bar_h // 3 - 2), fill=ink)
    else:
        for i, label in enumerate(["发送给朋友", "收藏", "编辑", "…"]):
            d.text((20 + i * w // 4, bar_h // 4), label, font=f, fill=ink)
    out = a.copy()
    strip: Any = np.asarray(bar, dtype=np.uint8)
    if where == "top":
        out[:bar_h] = strip
    else:
        out[h - bar_h:] = strip
    return out
