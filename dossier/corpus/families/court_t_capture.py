"""How court_t's dossiers were captured: the bureau's colour multifunction printer (flatbed for loose or stapled sheets,
the ADF for stacks) at 200 or 300 dpi, colour JPEG at quality 50–75, the sheets slightly skewed (±2°), now and then one
fed upside down (180°). The papers themselves are thin 70 g sheets printed on both sides: the reverse side's text shows
through mirrored and faint behind the front (on a document's later pages its previous page, whose back it is; on others
whatever lay behind), more on some pages than on others. The judge or the clerk sticks a yellow 便签 with a short
handwritten remark on some pages (by the margin, sometimes over a line of text, never over the title); stapled
documents keep the staple or its two holes in the top-left corner; a few corners are folded over (dog-ears)."""

from __future__ import annotations

import io
import random
import weakref
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet, hand, mm

NOTES = (
    "请核对送达地址",
    "已电话联系",
    "已电话联系 本人称下周来院",
    "请补充身份证复印件",
    "核对账号",
    "此件已送达",
    "交书记员归档",
    "请查询车辆",
    "与申请人核实金额",
    "待合议",
)
BACKS: weakref.WeakKeyDictionary[random.Random, list[Image.Image]] = weakref.WeakKeyDictionary()
"""per dossier (its generator): the last sheets captured, whose text may show through the next"""


@dataclass
class TCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    bleed: float  # how strongly the reverse side shows through (0: not at all)
    note: str = ""
    note_at: tuple[float, float] = (0.0, 0.0)  # its top-left corner, in page fractions
    staple: str = ""  # "", "staple", "holes"
    dog_ear: str = ""  # "", "tr", "br", "bl"
    flatbed: bool = False
    own_back: bool = False  # the page behind is this document's previous page (duplex), not a stranger


def plan_capture(rng: random.Random, sheet: Sheet) -> TCapture:
    later = bool(sheet.page_of and sheet.page_of[0] > 1)
    first = not later
    blank = not sheet.lines
    flatbed = rng.random() < 0.3
    return TCapture(
        dpi=rng.choice([200, 200, 300]),
        rotation=180 if rng.random() < 0.05 and not blank else 0,
        photo=False,
        quality=rng.randint(50, 75),
        skew=rng.uniform(-2.0, 2.0) if not flatbed else rng.uniform(-0.8, 0.8),
        bleed=rng.uniform(0.05, 0.11)  # a blank back: only its front, mirrored
        if blank
        else rng.choice([0.0, 0.04, 0.07, 0.1, 0.14])
        if later
        else rng.choice([0.0, 0.0, 0.05, 0.09]),
        note=rng.choice(NOTES) if rng.random() < 0.12 and not blank else "",
        note_at=(rng.uniform(0.55, 0.68), rng.uniform(0.2, 0.7)),
        staple=rng.choice(["staple", "staple", "holes"])
        if first and not blank and rng.random() < 0.55
        else "",
        dog_ear=rng.choice(["tr", "br", "bl"]) if rng.random() < 0.06 else "",
        flatbed=flatbed,
        own_back=later or blank,
    )


def sticky(img: Image.Image, text: str, at: tuple[float, float], rng: random.Random) -> None:
    """A yellow 便签 (76 × 76 mm pads cut smaller: about 60 × 45 mm) with a handwritten remark, a soft shadow under it."""
    w, h = mm(rng.uniform(52, 62)), mm(rng.uniform(40, 48))
    note = Sheet(size=(w, h))
    note.image = Image.new("RGB", (w, h), (252, 236, 120))
    d = ImageDraw.Draw(note.image)
    d.rectangle((0, 0, w - 1, mm(5)), fill=(246, 226, 100))  # the glued strip, a little darker
    words = text.split(" ")
    y = mm(9)
    for part in words:
        hand(note, mm(4), y, part, rng, size=mm(6.2), ink=(30, 40, 120), record=False)
        y += mm(11)
    hand(
        note,
        w - mm(24),
        h - mm(9),
        f"{rng.randint(1, 12)}.{rng.randint(1, 28)}",
        rng,
        size=mm(4.5),
        ink=(30, 40, 120),
        record=False,
    )
    layer = note.image.convert("RGBA").rotate(
        rng.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC
    )
    x, y0 = int(img.width * at[0]), int(img.height * at[1])
    shadow = Image.new("RGBA", layer.size, (0, 0, 0, 0))
    shadow.putalpha(layer.getchannel("A").point(lambda v: v // 6))
    img.paste((90, 90, 80), (x + mm(1.2), y0 + mm(1.5)), shadow)
    img.paste(layer, (x, y0), layer)


def staple(img: Image.Image, kind: str, rng: random.Random) -> None:
    """A staple in the top-left corner, slanting; or, the staple pulled out for scanning, its two holes."""
    d = ImageDraw.Draw(img)
    x, y = mm(rng.uniform(8, 13)), mm(rng.uniform(8, 13))
    dx, dy = mm(9) * 0.72, -mm(9) * 0.7
    if kind == "staple":
        d.line((x, y, x + dx, y + dy), fill=(110, 110, 115), width=mm(0.7))
        d.line((x, y + 2, x + dx, y + dy + 2), fill=(190, 190, 195), width=max(1, mm(0.25)))
    for px, py in ((x, y), (x + dx, y + dy)):
        r = mm(0.45)
        d.ellipse((px - r, py - r, px + r, py + r), fill=(45, 45, 45))


def dog_ear(a: Any, corner: str, rng: random.Random) -> Any:
    """A corner folded over: the paper's back (a shade darker, blank) lies over the corner's triangle, with the fold's
    shadow; the triangle beyond the fold shows the scanner's lid."""
    h, w = a.shape[:2]
    size = int(w * rng.uniform(0.05, 0.09))
    xs, ys = np.meshgrid(np.arange(size), np.arange(size))
    tri = xs + ys < size  # measured from the corner
    flip_x, flip_y = corner in ("tr", "br"), corner in ("br", "bl")
    if flip_x:
        tri = tri[:, ::-1]
    if flip_y:
        tri = tri[::-1, :]
    y0 = h - size if flip_y else 0
    x0 = w - size if flip_x else 0
    region = a[y0 : y0 + size, x0 : x0 + size]
    region[tri] = (236, 236, 232)
    fold = np.abs(xs + ys - size) < max(2, size // 40)
    if flip_x:
        fold = fold[:, ::-1]
    if flip_y:
        fold = fold[::-1, :]
    region[fold] = (150, 150, 150)
    return a


def capture(sheet: Sheet, cap: TCapture, rng: random.Random) -> bytes:
    """The page as the MFP delivers it, JPEG-encoded."""
    backs = BACKS.setdefault(rng, [])
    img = sheet.image.convert("RGB").copy()
    if cap.bleed and backs:
        back = backs[-1] if cap.own_back else rng.choice(backs)
        g: Any = np.asarray(
            back.convert("L").transpose(Image.Transpose.FLIP_LEFT_RIGHT).resize(img.size), np.float32
        )
        g = cv2.GaussianBlur(g, (0, 0), 2.2)
        a0: Any = np.asarray(img, np.float32)
        a0 = a0 - ((255 - g) * cap.bleed)[..., None]
        img = Image.fromarray(np.clip(a0, 0, 255).astype(np.uint8))
    if sheet.lines:
        backs.append(sheet.image)
        del backs[:-3]
    if cap.note:
        sticky(img, cap.note, cap.note_at, rng)
    if cap.staple:
        staple(img, cap.staple, rng)
    a: Any = np.asarray(img, dtype=np.uint8).copy()
    if cap.dog_ear:
        a = dog_ear(a, cap.dog_ear, rng)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    f: Any = a.astype(np.float32) * np.array([0.97, 0.965, 0.94], np.float32) + 4.0
    f = f + noise.normal(0, 2.2, f.shape[:2])[..., None]
    f = cv2.GaussianBlur(f, (0, 0), 0.6)
    h, w = f.shape[:2]
    border = (232.0, 232.0, 228.0) if cap.flatbed else (246.0, 246.0, 242.0)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    f = cv2.warpAffine(f, m, (w, h), borderValue=border)
    out_img = Image.fromarray(np.clip(f, 0, 255).astype(np.uint8))
    if cap.rotation:
        out_img = out_img.rotate(cap.rotation)
    out = io.BytesIO()
    out_img.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()
