"""How court_fg's pages reached the 浉河 e-dossier: the online filing platform assembled it, and each page came one of
three ways.

- converted: a party's Word/WPS file, rendered on the platform's server (court_fg_convert draws what its fallback
  fonts made of it) and rasterised straight to an image at the platform's 150 or 200 dpi — square, noiseless, white,
  anti-aliased, only the JPEG's own loss (quality 72–92).
- photo: a phone photo of paper or of a card, uploaded as it was. The paper lies on a desk, a counter or a bed cover,
  a little trapezoid, lit unevenly (a bright side, a darker corner, sometimes the phone's shadow), softly focused,
  with sensor noise; the platform downsized it to about 150–220 dpi of paper and stored the sensor's pixels WITHOUT
  applying the EXIF orientation, so a page shot with the phone upright sits on its side (most often turned a quarter
  to the left), now and then upside down; cards, shot landscape, mostly come the right way up.
- scan: the court's own papers, printed and fed through the bureau's scanner at 200, 240 or 300 dpi — grey or colour,
  a slight skew, the paper's tone and a little noise; a sheet fed the wrong way round comes out upside down.

The truth's `rotation` is the clockwise turn the stored image shows (a page lying on its left side: 270)."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet


@dataclass
class Upload:
    dpi: int
    rotation: int
    photo: bool
    origin: str                     # converted | photo | scan
    quality: int
    skew: float = 0.0               # scans: degrees
    grey: bool = False              # scans: stored in greyscale
    noise: float = 0.0
    tone: tuple[float, float, float] = (1.0, 1.0, 1.0)
    corners: list[tuple[float, float]] = field(default_factory=list)  # photos: each corner's shift, fraction of the side
    fill: float = 0.86              # photos: the paper's share of the frame's long side
    backdrop: tuple[int, int, int] = (120, 96, 70)
    light: tuple[float, float, float] = (0.0, 0.0, 0.0)  # photos: angle of the bright side, its strength, vignette
    shadow: tuple[float, float, float] | None = None     # photos: the phone's shadow (x, y fraction, radius fraction)
    blur: float = 0.0


def _origin(sheet: Sheet) -> str:
    return str(getattr(sheet, "origin", "scan"))


def plan_capture(rng: random.Random, sheet: Sheet) -> Upload:
    origin = _origin(sheet)
    if origin == "converted":
        return Upload(dpi=rng.choice([150, 200, 200]), rotation=0, photo=False, origin=origin,
                      quality=rng.randint(72, 92))
    if origin == "photo":
        card = bool(getattr(sheet, "card", False))
        if card:
            rotation = rng.choices([0, 180, 90, 270], weights=[62, 22, 8, 8])[0]
        else:
            rotation = rng.choices([270, 0, 90, 180], weights=[46, 30, 14, 10])[0]
        return Upload(
            dpi=rng.randint(150, 220) if not card else rng.randint(220, 300), rotation=rotation, photo=True,
            origin=origin, quality=rng.randint(70, 88), noise=rng.uniform(2.5, 6.0),
            tone=(rng.uniform(1.0, 1.04), rng.uniform(0.97, 1.0), rng.uniform(0.86, 0.95)),
            corners=[(rng.uniform(-0.03, 0.03), rng.uniform(-0.025, 0.025)) for _ in range(4)],
            fill=rng.uniform(0.62, 0.72) if card else rng.uniform(0.84, 0.93),
            backdrop=rng.choice([(122, 92, 64), (96, 74, 52), (178, 176, 170), (205, 196, 180), (70, 72, 80)]),
            light=(rng.uniform(0, 2 * math.pi), rng.uniform(0.05, 0.16), rng.uniform(0.06, 0.16)),
            shadow=(rng.uniform(0.2, 0.8), rng.uniform(0.6, 0.95), rng.uniform(0.18, 0.3)) if rng.random() < 0.3 else None,
            blur=rng.uniform(0.3, 1.0))
    return Upload(dpi=rng.choice([200, 200, 240, 300]), rotation=180 if rng.random() < 0.03 else 0, photo=False,
                  origin="scan", quality=rng.randint(74, 90), skew=rng.uniform(-0.7, 0.7), grey=rng.random() < 0.65,
                  noise=rng.uniform(1.5, 3.5), tone=(rng.uniform(0.97, 1.0), rng.uniform(0.96, 0.99), rng.uniform(0.92, 0.97)))


def _resize(img: Any, scale: float) -> Any:
    h, w = img.shape[:2]
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    return cv2.resize(img, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)


def _turn(img: Any, rotation: int) -> Any:
    return np.ascontiguousarray(np.rot90(img, k=-(rotation // 90))) if rotation else img


def _jpeg(img: Any, cap: Upload, *, grey: bool = False) -> bytes:
    arr = np.clip(img, 0, 255).astype(np.uint8)
    pil = Image.fromarray(arr[..., 0] if grey else arr, "L" if grey else "RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def _photo(rgb: Any, cap: Upload, gen: Any) -> Any:
    """The paper on its backdrop, as the phone saw it (before the platform ignored the EXIF orientation)."""
    h, w = rgb.shape[:2]
    long_side = max(w, h) / cap.fill
    landscape = w > h
    fw, fh = (long_side, long_side * 0.75) if landscape else (long_side * 0.75, long_side)
    fw, fh = int(max(fw, w * 1.04)), int(max(fh, h * 1.04))
    ox, oy = (fw - w) / 2, (fh - h) / 2
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array([[ox + dx * w, oy + dy * h] for (dx, dy) in cap.corners], dtype=np.float32) + src
    m = cv2.getPerspectiveTransform(src, dst)
    frame = np.empty((fh, fw, 3), np.float32)
    frame[:] = np.array(cap.backdrop, np.float32)
    frame += gen.normal(0, 6, (fh, fw, 1)).astype(np.float32)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (fw, fh), flags=cv2.INTER_LINEAR)
    paper = cv2.warpPerspective(rgb, m, (fw, fh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    img = frame * (1 - mask[..., None]) + paper * mask[..., None]
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    ang, strength, vignette = cap.light
    ramp = ((xx / fw - 0.5) * math.cos(ang) + (yy / fh - 0.5) * math.sin(ang))
    r2 = ((xx / fw - 0.5) ** 2 + (yy / fh - 0.5) ** 2) / 0.5
    gain = 1.0 + strength * ramp - vignette * r2
    if cap.shadow is not None:
        sx, sy, sr = cap.shadow
        d2 = ((xx / fw - sx) ** 2 + (yy / fh - sy) ** 2) / sr ** 2
        gain -= 0.18 * np.exp(-d2)
    img = img * gain[..., None] * np.array(cap.tone, np.float32)
    if cap.blur > 0.05:
        img = cv2.GaussianBlur(img, (0, 0), cap.blur)
    return img


def capture(sheet: Sheet, cap: Upload, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    scale = cap.dpi / DPI
    if cap.origin == "converted":
        return _jpeg(_resize(rgb, scale), cap)
    if cap.origin == "photo":
        img = _photo(_resize(rgb, scale), cap, gen)
        img = img + gen.normal(0, cap.noise, img.shape).astype(np.float32)
        return _jpeg(_turn(img, cap.rotation), cap)
    img = _resize(rgb, scale)
    h, w = img.shape[:2]
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(250, 250, 250))
    img = img * np.array(cap.tone, np.float32) + gen.normal(0, cap.noise, (h, w, 1)).astype(np.float32)
    img = _turn(img, cap.rotation)
    if cap.grey:
        g = img @ np.array([0.299, 0.587, 0.114], np.float32)
        return _jpeg(g[..., None], cap, grey=True)
    return _jpeg(img, cap)
