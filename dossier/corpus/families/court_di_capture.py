"""How court_di's volumes were captured: an archive-digitisation vendor (档案数字化外包) took each closed volume apart
and scanned it on a colour flatbed at 400 dpi, then delivered the images downsampled to 300 dpi JPEG. Before scanning
the vendor's operator ran a numbering machine over the volume: a bare page number (no 第/页) stamped top right on every
numbered page, running on through the documents, in the machine's slightly uneven violet-black ink; the cover, the
catalogue and the closing forms are left unnumbered. The staples were pulled, leaving two punched holes and a rust
stain at the top left. The first sheet of each volume was scanned with a colour calibration strip (grey steps and
colour patches) laid along one edge. A few pages still carry a clerk's yellow sticky note with a pencil remark."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

SCAN_DPI, OUT_DPI = 400, 300
_COUNTERS: dict[str, int] = {}
_REMARKS = ["核对页码", "回证已补", "此页复印件", "原件已退当事人", "与卷内目录核对", "盖章不清，已说明", "待补签字", "日期核实"]


@dataclass
class VendorScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    page_no: int | None            # the numbering machine's stamp (None: page left unnumbered)
    stamp_ink: tuple[int, int, int]
    stamp_shift: tuple[int, int]   # mm-ish offset of the stamp from its nominal corner position
    strip: str = ""                # "", "bottom", "left": the calibration strip on the volume's first sheet
    holes: tuple[float, float] = (0.0, 0.0)  # staple holes' x, y (fractions of the page) at the top left
    rust: float = 0.0              # rust stain strength
    note: str = ""                 # a sticky note's pencil remark ("" = none)
    note_at: tuple[float, float] = (0.0, 0.0)
    tint: tuple[float, float, float] = field(default=(1.0, 1.0, 1.0))  # the paper's age tint


def plan_capture(rng: random.Random, sheet: Sheet) -> VendorScan:
    volume = str(getattr(sheet, "di_volume", ""))
    first = bool(volume) and volume not in _COUNTERS  # a scanned blank back carries no volume of its own
    count = _COUNTERS.setdefault(volume, 0)
    number: int | None = None
    if getattr(sheet, "di_numbered", False):
        count += 1
        _COUNTERS[volume] = count
        number = count
    yellow = rng.uniform(0.0, 0.04)
    return VendorScan(
        dpi=OUT_DPI, rotation=0, photo=False, skew=rng.uniform(-0.7, 0.7), quality=rng.randint(82, 92),
        page_no=number, stamp_ink=rng.choice([(52, 40, 92), (40, 36, 60), (30, 30, 40)]),
        stamp_shift=(rng.randint(-4, 4), rng.randint(-3, 3)), strip=rng.choice(["bottom", "left"]) if first else "",
        holes=(rng.uniform(0.05, 0.08), rng.uniform(0.04, 0.06)), rust=rng.uniform(0.3, 1.0) if rng.random() < 0.8 else 0.0,
        note=rng.choice(_REMARKS) if rng.random() < 0.07 else "",
        note_at=(rng.uniform(0.8, 0.87), rng.uniform(0.15, 0.7)),
        tint=(1.0, 1.0 - yellow * 0.6, 1.0 - yellow * 1.6))


def _stamp(img: Image.Image, cap: VendorScan, rng: random.Random, px: float) -> None:
    """The numbering machine: fixed-width digits, ink heavier on one side of each figure, some strokes broken."""
    if cap.page_no is None:
        return
    size = int(px * 5.2)
    f = font("mono", size)
    text = str(cap.page_no)
    x = img.width - px * (16 + cap.stamp_shift[0]) - f.getlength(text)
    y = px * (10 + cap.stamp_shift[1])
    box = (int(x - px * 2), int(max(0, y - px * 2)), int(min(img.width, x + f.getlength(text) + px * 2)), int(y + size * 1.6))
    layer = Image.new("L", (box[2] - box[0], box[3] - box[1]), 0)
    ImageDraw.Draw(layer).text((x - box[0], y - box[1]), text, font=f, fill=255)
    a = np.asarray(layer, dtype=np.float32) / 255.0
    h, w = a.shape
    grain = np.random.default_rng(rng.randrange(1 << 30)).uniform(0.55, 1.0, size=(h, w)).astype(np.float32)
    slope = np.linspace(0.75, 1.0, w, dtype=np.float32)[None, :]
    a = a * grain * slope
    base = np.asarray(img.crop(box), dtype=np.float32)
    ink = np.array(cap.stamp_ink, dtype=np.float32)[None, None, :]
    out = base * (1 - a[..., None]) + ink * a[..., None]
    img.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), box[:2])


def _staples(img: Image.Image, cap: VendorScan, rng: random.Random, px: float) -> None:
    d = ImageDraw.Draw(img, "RGBA")
    hx, hy = cap.holes[0] * img.width, cap.holes[1] * img.height
    gap = px * 12
    if cap.rust:
        for _ in range(60):
            rx = hx + rng.gauss(gap / 2, gap * 0.5)
            ry = hy + rng.gauss(px, px * 1.2)
            r = rng.uniform(px * 0.4, px * 1.8)
            d.ellipse((rx - r, ry - r, rx + r, ry + r), fill=(150, 92, 48, int(30 * cap.rust)))
        d.line((hx, hy, hx + gap, hy), fill=(120, 70, 35, int(150 * cap.rust)), width=max(2, int(px * 0.5)))
    for k in (0, 1):
        cx = hx + gap * k
        r = px * 0.45
        d.ellipse((cx - r * 1.8, hy - r * 1.8, cx + r * 1.8, hy + r * 1.8), fill=(235, 232, 222, 160))
        d.ellipse((cx - r, hy - r, cx + r, hy + r), fill=(38, 36, 34, 255))


def _strip(img: Image.Image, cap: VendorScan, px: float) -> None:
    """A Kodak-style strip: a grey ramp and colour patches on a black backing, laid along one edge."""
    patches = [(255, 255, 255), (230, 230, 230), (200, 200, 200), (170, 170, 170), (140, 140, 140), (110, 110, 110),
               (80, 80, 80), (50, 50, 50), (20, 20, 20), (0, 90, 170), (0, 140, 80), (200, 30, 40), (240, 210, 0),
               (220, 0, 140), (0, 170, 200), (120, 70, 30)]
    d = ImageDraw.Draw(img)
    band = int(px * 16)
    if cap.strip == "bottom":
        x0, y0, x1, y1 = int(px * 8), img.height - band - int(px * 3), img.width - int(px * 8), img.height - int(px * 3)
        d.rectangle((x0, y0, x1, y1), fill=(14, 14, 16))
        step = (x1 - x0 - px * 4) / len(patches)
        for i, c in enumerate(patches):
            d.rectangle((int(x0 + px * 2 + i * step), int(y0 + px * 3), int(x0 + px * 2 + (i + 1) * step - px),
                         int(y1 - px * 5)), fill=c)
        d.text((x0 + px * 2, y1 - px * 4.5), "COLOR CONTROL PATCHES  cm", font=font("sans", int(px * 2.6)),
               fill=(220, 220, 220))
        return
    x0, y0, x1, y1 = int(px * 3), int(px * 30), int(px * 3) + band, img.height - int(px * 30)
    d.rectangle((x0, y0, x1, y1), fill=(14, 14, 16))
    step = (y1 - y0 - px * 4) / len(patches)
    for i, c in enumerate(patches):
        d.rectangle((int(x0 + px * 3), int(y0 + px * 2 + i * step), int(x1 - px * 3), int(y0 + px * 2 + (i + 1) * step - px)),
                    fill=c)


def _sticky(img: Image.Image, cap: VendorScan, rng: random.Random, px: float) -> None:
    if not cap.note:
        return
    side = int(px * rng.uniform(48, 62))
    note = Image.new("RGBA", (side, side), (252, 236, 112, 255))
    d = ImageDraw.Draw(note)
    d.rectangle((0, 0, side, int(px * 12)), fill=(246, 228, 96, 255))  # the glued band, a shade darker
    f = font("kai", int(px * 5.5))
    y = px * 16
    for k in range(0, len(cap.note), 6):
        d.text((px * 4 + rng.uniform(-px, px), y), cap.note[k:k + 6], font=f, fill=(92, 92, 96, 230))
        y += px * 8
    note = note.rotate(rng.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)
    shadow = Image.new("RGBA", note.size, (0, 0, 0, 0))
    shadow.putalpha(note.getchannel("A").point(lambda v: int(v * 0.18)))
    x, y0 = int(cap.note_at[0] * img.width), int(cap.note_at[1] * img.height)
    img.paste(shadow, (x + int(px), y0 + int(px * 1.5)), shadow)
    img.paste(note, (x, y0), note)


def capture(sheet: Sheet, cap: VendorScan, rng: random.Random) -> bytes:
    # the scanner saw the page at 400 dpi (stamp, staples, strip and note drawn at that grain); the vendor delivered
    # it reduced to 300 dpi, where the paper's tint, the sensor's noise and the page's slight skew are applied
    w, h = sheet.image.size
    big = cv2.resize(np.asarray(sheet.image.convert("RGB")), (round(w * SCAN_DPI / DPI), round(h * SCAN_DPI / DPI)),
                     interpolation=cv2.INTER_CUBIC)
    img = Image.fromarray(big)
    px = SCAN_DPI / 25.4  # pixels per mm at the scanner
    _staples(img, cap, rng, px)
    _stamp(img, cap, rng, px)
    if cap.strip:
        _strip(img, cap, px)
    _sticky(img, cap, rng, px)
    small = cv2.resize(np.asarray(img), (round(w * OUT_DPI / DPI), round(h * OUT_DPI / DPI)), interpolation=cv2.INTER_AREA)
    a: Any = cv2.multiply(small.astype(np.float32), (*cap.tint, 1.0))
    noise: Any = np.empty_like(a)
    cv2.setRNGSeed(rng.randrange(1 << 30))
    cv2.randn(noise, np.zeros(3), np.full(3, 2.2))
    out: Any = cv2.convertScaleAbs(cv2.add(a, noise))
    hh, ww = out.shape[:2]
    m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
    out = cv2.warpAffine(out, m, (ww, hh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=(250, 250, 248))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, "JPEG", quality=cap.quality, dpi=(OUT_DPI, OUT_DPI))
    return buf.getvalue()
