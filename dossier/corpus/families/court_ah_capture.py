"""How court_ah's dossiers were captured: the undertaker's own marked-up working copy went to the scanner for the
e-dossier. On many pages a highlighter (yellow, green or pink) runs translucent bands over what mattered to the
undertaker — the case number, the operative lines, the amounts; pencil ticks and a pencilled word or two sit in
the margin; a blue numbering machine (打码机) has stamped the volume's page number at the top right of every page but
the unnumbered ones (封面, 卷内目录, 备考表); sheets that were folded into an envelope keep a crease. The bureau's
flatbed scans at 200–300 dpi in colour and saves grey or colour JPEG at quality 45–70, slightly crooked; one or
two sheets went in upside down."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import DPI, Sheet, hand
from dossier.corpus.fonts import font

PENS = {"yellow": (255, 236, 60), "green": (150, 240, 110), "pink": (255, 140, 200)}
NOTES = ("已核", "款未到", "查无", "重点", "√ 已送达", "核对", "问申请人", "抵押!")
_case: list[str] = [""]
_count: list[int] = [0]


@dataclass
class HCapture:
    dpi: int
    rotation: int
    photo: bool
    grey: bool
    quality: int
    skew: float
    pen: str  # "" when the page was not highlighted
    marks: list[tuple[int, int, int, int]] = field(default_factory=list)
    ticks: int = 0
    note: str = ""
    crease: float = 0.0  # y of the fold as a share of the height, 0 for none
    number: int = 0  # the numbering machine's page number, 0 for none


def plan_capture(rng: random.Random, sheet: Sheet) -> HCapture:
    marks = list(getattr(sheet, "marks", []))
    case = getattr(sheet, "case", "")
    if case and case != _case[0]:
        _case[0], _count[0] = case, 0
    number = 0
    if not getattr(sheet, "unnumbered", False):
        _count[0] += 1
        number = _count[0]
    pen = rng.choice(list(PENS)) if marks and rng.random() < 0.75 else ""
    if pen and len(marks) > 3:
        marks = rng.sample(marks, k=max(2, int(len(marks) * rng.uniform(0.5, 1.0))))
    return HCapture(
        dpi=rng.choice([200, 200, 240, 300]),
        rotation=180 if rng.random() < 0.035 else 0,
        photo=False,
        grey=rng.random() < 0.45,
        quality=rng.randint(45, 70),
        skew=rng.uniform(-1.1, 1.1),
        pen=pen,
        marks=marks if pen else [],
        ticks=rng.randint(1, 3) if rng.random() < 0.45 else 0,
        note=rng.choice(NOTES) if rng.random() < 0.15 else "",
        crease=rng.choice([1 / 3, 1 / 2, 2 / 3]) * rng.uniform(0.97, 1.03) if rng.random() < 0.2 else 0.0,
        number=number,
    )


def _highlight(img: Image.Image, cap: HCapture, rng: random.Random) -> Image.Image:
    """Multiply a translucent band per marked line: ragged ends, uneven ink, a little tilt of the hand."""
    if not cap.marks:
        return img
    layer = Image.new("RGB", img.size, (255, 255, 255))
    d = ImageDraw.Draw(layer)
    colour = PENS[cap.pen]
    for x0, y0, x1, y1 in cap.marks:
        x0 += rng.randint(-18, 10)
        x1 += rng.randint(-10, 24)
        tilt = rng.uniform(-6, 6)
        ink = tuple(min(255, v + rng.randint(0, 25)) for v in colour)
        d.polygon([(x0, y0 + rng.randint(-3, 3)), (x1, y0 + tilt), (x1, y1 + tilt), (x0, y1 + rng.randint(-3, 3))],
                  fill=ink)
    layer = layer.filter(ImageFilter.GaussianBlur(1.5))
    a = np.asarray(img, dtype=np.float32) * np.asarray(layer, dtype=np.float32) / 255.0
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def _pencil(img: Image.Image, cap: HCapture, rng: random.Random) -> None:
    d = ImageDraw.Draw(img)
    w, h = img.size
    grey = (95, 95, 100)
    for _ in range(cap.ticks):
        x = rng.randint(int(w * 0.03), int(w * 0.09))
        y = rng.randint(int(h * 0.2), int(h * 0.8))
        d.line([(x, y), (x + 14, y + 20), (x + 44, y - 26)], fill=grey, width=4)
    if cap.note:
        scratch = Sheet()
        scratch.image = img
        hand(scratch, w * 0.72, h * rng.uniform(0.55, 0.85), cap.note, rng, size=40, ink=grey, record=False)


def _number(img: Image.Image, cap: HCapture, rng: random.Random) -> None:
    """The numbering machine's blue digits, inked unevenly, near the top right corner."""
    if not cap.number:
        return
    f = font("mono", 54)
    w = img.size[0]
    stamp = Image.new("L", (260, 90), 0)
    ImageDraw.Draw(stamp).text((6, 6), f"{cap.number:04d}", font=f, fill=255)
    stamp = stamp.rotate(rng.uniform(-3, 3), resample=Image.Resampling.BICUBIC)
    mask = np.asarray(stamp, dtype=np.float32) * rng.uniform(0.6, 0.95)
    mask *= np.random.default_rng(rng.randint(0, 10**6)).uniform(0.6, 1.0, mask.shape)
    img.paste((40, 60, 170), (w - 330 + rng.randint(-20, 20), 60 + rng.randint(-15, 15)),
              Image.fromarray(mask.clip(0, 255).astype(np.uint8)))


def _crease(img: Image.Image, cap: HCapture) -> Image.Image:
    if not cap.crease:
        return img
    a = np.asarray(img, dtype=np.float32)
    h = a.shape[0]
    y = int(h * cap.crease)
    rows = np.arange(h, dtype=np.float32)
    shade = 1.0 - 0.10 * np.exp(-((rows - y - 6) / 10.0) ** 2) + 0.04 * np.exp(-((rows - y + 6) / 6.0) ** 2)
    shade -= 0.025 * (np.abs(rows - y) < 120) * (rows > y)
    a = a * shade[:, None, None]
    a[y - 1:y + 1] *= 0.78
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def capture(sheet: Sheet, cap: HCapture, rng: random.Random) -> bytes:
    img = sheet.image.convert("RGB").copy()
    img = _highlight(img, cap, rng)
    _pencil(img, cap, rng)
    _number(img, cap, rng)
    img = _crease(img, cap)
    # a scanner's slightly warm paper and lifted blacks
    a = np.asarray(img, dtype=np.float32)
    a = a * np.array([0.97, 0.96, 0.93]) + np.array([6.0, 6.0, 4.0])
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 3.0, a.shape[:2])[:, :, None]
    img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    img = img.rotate(cap.skew, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(236, 236, 232))
    if cap.rotation:
        img = img.rotate(cap.rotation)
    if cap.dpi != DPI:
        img = img.resize((round(img.width * cap.dpi / DPI), round(img.height * cap.dpi / DPI)), Image.Resampling.LANCZOS)
    if cap.grey:
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
