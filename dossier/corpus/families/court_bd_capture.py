"""court_bd's capture: the archive room's 档案数字化外包 — an outsourced scanning crew digitises the paper 卷宗 on a
flatbed / overhead book scanner at 200–300 dpi greyscale. Aged, slightly yellowed paper comes out a warm grey, the
back side's text shows through mirrored (透印), the archive's 页码章 numbers every page top right through the whole
volume, the staple holes and their rust sit top left, a clerk's pencil or red-pen 批注 sits in a margin; pages lie
skewed up to ±3°, now and then upside down, and are saved as JPEG q 50–80."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.fonts import font

NOTES = ("已核", "见背面", "款已到账", "√", "原件已退", "补", "核对", "同上")
_VOLUME: dict[str, Any] = {"page": 0}
"""the volume being scanned: the 页码章 counts its pages"""
UNNUMBERED = ("执 行 案 卷", "卷 内 文 件 目 录", "卷 内 备 考 表")


@dataclass
class BCapture:
    dpi: int
    rotation: int          # 0, or 180 when the sheet went on the glass upside down
    photo: bool
    page_no: int           # the archive's 页码章 on this page
    stamped: bool          # a numbering-stamp box (else the number is written by hand)
    paper: int             # grey of the aged paper
    yellow: float          # how much darker the edges have aged
    show: float            # strength of the mirrored back-side text (0 = none)
    show_dy: int           # its offset: the back side's lines do not fall on the front's
    staple: bool
    rust: float
    note: str              # a margin 批注 ("" = none)
    note_red: bool
    note_y: float
    skew: float
    quality: int
    noise: float
    blur: bool
    marks: list[tuple[float, float]] = field(default_factory=list)


def _page_number(sheet: Sheet) -> int:
    """The 页码章: the volume's pages count from its first document (the 申请书); the cover, the 卷内目录, the
    备考表 and blank backs are not numbered (0)."""
    if not sheet.lines or any(t in sheet.lines for t in UNNUMBERED):  # a blank back is not numbered either
        return 0
    if "强制执行申请书" in sheet.lines:
        _VOLUME["page"] = 0
    _VOLUME["page"] += 1
    return int(_VOLUME["page"])


def plan_capture(rng: random.Random, sheet: Sheet) -> BCapture:
    return BCapture(
        dpi=rng.choice([200, 240, 300, 300]), rotation=180 if rng.random() < 0.07 else 0, photo=False,
        page_no=_page_number(sheet), stamped=rng.random() < 0.6, paper=rng.randint(222, 240),
        yellow=rng.uniform(6, 20), show=rng.uniform(0.05, 0.11) if rng.random() < 0.65 else 0.0,
        show_dy=rng.randint(-60, 60), staple=rng.random() < 0.85, rust=rng.uniform(0.3, 1.0),
        note=rng.choice(NOTES) if rng.random() < 0.25 else "", note_red=rng.random() < 0.4,
        note_y=rng.uniform(0.25, 0.8), skew=rng.uniform(-3.0, 3.0) if rng.random() < 0.5 else rng.uniform(-0.8, 0.8),
        quality=rng.randint(50, 80), noise=rng.uniform(1.5, 4.0), blur=rng.random() < 0.2,
        marks=[(rng.uniform(0.1, 0.9), rng.uniform(0.1, 0.9)) for _ in range(rng.randint(0, 4))])


def grey(sheet: Sheet) -> Any:
    """The scanner's grey of the page as printed (red seals come out mid grey)."""
    a = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    return a[..., 0] * 0.45 + a[..., 1] * 0.42 + a[..., 2] * 0.13


def age(a: Any, cap: BCapture) -> Any:
    """Ink stays; white paper becomes aged grey, darker towards the edges, with a faint mirrored back side."""
    h, w = a.shape
    ink = 255.0 - a
    if cap.show:
        back = np.roll(ink[:, ::-1], cap.show_dy, axis=0)
        back = cv2.GaussianBlur(back, (0, 0), 2.2)
        ink = np.maximum(ink, back * cap.show)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = np.minimum.reduce([xx / w, 1 - xx / w, yy / h, 1 - yy / h])
    paper = cap.paper - cap.yellow * np.clip(1 - edge / 0.08, 0, 1)
    return np.clip(paper - ink * (paper / 255.0), 0, 255)


def archive_marks(a: Any, cap: BCapture, rng: random.Random) -> Any:
    """What the archive put on the sheet: staple holes and rust top left, the 页码章, a margin 批注."""
    h, w = a.shape
    s = w / 1654
    img = Image.fromarray(a.astype(np.uint8), "L")
    d = ImageDraw.Draw(img)
    if cap.staple:
        for k in range(2):
            x, y = (70 + k * 60) * s, (60 + k * 8) * s
            r = (18 + 30 * cap.rust) * s
            d.ellipse((x - r, y - r * 0.55, x + r, y + r * 0.55), fill=int(165 + 35 * (1 - cap.rust)))
            d.rectangle((x - 4 * s, y - 3 * s, x + 4 * s, y + 3 * s), fill=30)
    x1, y0 = w - 150 * s, 45 * s
    num = str(cap.page_no)
    if cap.page_no and cap.stamped:
        d.rectangle((x1 - 10 * s, y0 - 8 * s, x1 + 100 * s, y0 + 60 * s), outline=70, width=max(2, int(3 * s)))
        d.text((x1 + 45 * s, y0 + 26 * s), num, font=font("mono", int(46 * s)), fill=60, anchor="mm")
    elif cap.page_no:
        d.text((x1 + 10 * s, y0), num, font=font("kai", int(58 * s)), fill=55)
    if cap.note:
        d.text((w - 120 * s, h * cap.note_y), cap.note, font=font("kai", int(48 * s)),
               fill=110 if cap.note_red else 140, anchor="mm")
    for fx, fy in cap.marks:
        d.ellipse((fx * w, fy * h, fx * w + 6 * s, fy * h + 5 * s), fill=170)
    return np.asarray(img, dtype=np.float32)


def capture(sheet: Sheet, cap: BCapture, rng: random.Random) -> bytes:
    a = age(grey(sheet), cap)
    if cap.dpi != DPI:
        h, w = a.shape
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    a = archive_marks(a, cap, rng)
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), 0.8)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    a = a + noise.normal(0, cap.noise, a.shape)
    img = np.clip(a, 0, 255).astype(np.uint8)
    hh, ww = img.shape
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((ww / 2, hh / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (ww, hh), flags=cv2.INTER_LINEAR, borderValue=int(cap.paper * 0.9))
    if cap.rotation == 180:
        img = img[::-1, ::-1].copy()
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


__all__ = ["BCapture", "capture", "mm", "plan_capture"]
