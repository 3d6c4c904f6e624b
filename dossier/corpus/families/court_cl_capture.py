"""How court_cl's pages reached the file: every upload went through the court's electronic-dossier platform, which
renders each page at 150 dpi, stamps it with a light-grey diagonal watermark repeated across the page ("甘井子区人民法院
电子卷宗 仅供内部使用" and the export date), a small blue platform stamp bottom-left with the upload serial number and a
thin grey page frame. Uploads that were phone photos keep their perspective and shadow inside the frame. Ordinary
defects on top: skew within ±3°, now and then a page turned 90°, noise, JPEG quality 45–75."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

MARK = "甘井子区人民法院电子卷宗 仅供内部使用"
EXPORTED = "2026-09-14"
PLATFORM_BLUE = (40, 80, 190)


@dataclass
class ClCapture:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    serial: str
    shade: float       # depth of the phone photo's shadow (0 when scanned)


def plan_capture(rng: random.Random, sheet: Sheet) -> ClCapture:
    """The platform's choices for one page; the sheet does not change them (every upload is treated alike)."""
    return ClCapture(dpi=150, rotation=rng.choices([0, 90, 270], weights=[90, 5, 5])[0], photo=rng.random() < 0.2,
                     skew=rng.uniform(-3, 3), quality=rng.randint(45, 75),
                     serial=f"DZJZ{rng.randint(10**9, 10**10 - 1)}", shade=rng.uniform(0.12, 0.28))


def _phone(img: Image.Image, cap: ClCapture, rng: random.Random) -> Image.Image:
    """A phone photo of the paper: perspective, a grey desk around it and a shadow across one side."""
    w, h = img.size
    d = [rng.uniform(0.01, 0.05) for _ in range(8)]
    quad = (w * d[0], h * d[1], w * d[2], h * (1 - d[3]), w * (1 - d[4]), h * (1 - d[5]), w * (1 - d[6]), h * d[7])
    desk = Image.new("RGB", (w, h), (118, 112, 104))
    paper = img.transform((w, h), Image.Transform.QUAD, quad, resample=Image.Resampling.BICUBIC, fillcolor=(118, 112, 104))
    mask = Image.new("L", (w, h), 255).transform((w, h), Image.Transform.QUAD, quad, fillcolor=0)
    desk.paste(paper, (0, 0), mask)
    a = np.asarray(desk).astype(np.float32)
    ramp = np.linspace(1 - cap.shade, 1.0, w, dtype=np.float32)
    if rng.random() < 0.5:
        ramp = ramp[::-1]
    a *= ramp[None, :, None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _platform(img: Image.Image, cap: ClCapture, marked: bool) -> Image.Image:
    """The platform's marks: diagonal grey watermark tiles, the blue upload stamp and the grey frame (a blank back
    was kept as an empty page: frame only, so that it stays blank)."""
    w, h = img.size
    if not marked:
        out = img.convert("RGB")
        ImageDraw.Draw(out).rectangle((3, 3, w - 4, h - 4), outline=(165, 165, 165), width=2)
        return out
    f = font("song_gb", max(18, w // 28))
    tile = Image.new("L", (w * 2, h * 2), 0)
    td = ImageDraw.Draw(tile)
    step_y = max(60, h // 6)
    for i, y in enumerate(range(0, h * 2, step_y)):
        td.text(((i % 2) * w // 4, y), f"{MARK}  {EXPORTED}      " * 2, font=f, fill=255)
    tile = tile.rotate(35, resample=Image.Resampling.BILINEAR).crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    a = np.asarray(img.convert("RGB")).astype(np.float32)
    alpha = np.asarray(tile).astype(np.float32)[..., None] / 255 * 0.22
    a = (a * (1 - alpha) + 150 * alpha).astype(np.float32)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    dr = ImageDraw.Draw(out)
    sf = font("song_gb", max(10, w // 80))
    x0, y1 = int(w * 0.04), int(h * 0.975)
    dr.rectangle((x0, y1 - int(h * 0.04), x0 + int(w * 0.3), y1), outline=PLATFORM_BLUE, width=2)
    dr.text((x0 + 6, y1 - int(h * 0.038)), "甘井子法院电子卷宗平台", font=sf, fill=PLATFORM_BLUE)
    dr.text((x0 + 6, y1 - int(h * 0.019)), f"上传序号 {cap.serial}", font=sf, fill=PLATFORM_BLUE)
    dr.rectangle((3, 3, w - 4, h - 4), outline=(165, 165, 165), width=2)
    return out


def capture(sheet: Sheet, cap: ClCapture, rng: random.Random) -> bytes:
    """The page as the platform exported it, as JPEG bytes."""
    img = sheet.image.convert("RGB")
    scale = cap.dpi / DPI
    img = img.resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS)
    if cap.photo and sheet.lines:
        img = _phone(img, cap, rng).filter(ImageFilter.GaussianBlur(0.5))
    img = img.rotate(cap.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    if cap.rotation:
        img = img.rotate(cap.rotation, expand=True)
    img = _platform(img, cap, bool(sheet.lines))
    a = np.asarray(img).astype(np.float32)
    a += np.random.default_rng(rng.randrange(2**32)).normal(0, 5, a.shape).astype(np.float32)
    buf = io.BytesIO()
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(buf, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
