"""How court_jf's volumes were captured: the dossiers were worked on for months before anyone scanned them. The
undertaker stuck square coloured sticky notes (便利贴: yellow, pink, green, blue, orange) on some sheets with a
reminder in ballpoint or marker — over a margin, hanging off an edge, now and then over a corner of the print; the
note's free lower edge curls a little and casts a soft shadow. Plastic index flags, translucent with a coloured tip,
stick out along the right or top edge of some sheets, their tint over the margin. Nobody peeled anything off: the
sheets went as they were through the archive room's old sheet-fed (ADF) scanner. Its rollers are worn and slip, so
the paper does not travel at the speed the sensor assumes: bands down a page come out stretched or squeezed by a
few per cent (lines of text taller or flatter there); where a sheet hesitated and jerked back, a strip of a few
millimetres is scanned twice, one copy under the other; on a sheet that dragged all the way the page runs longer
than the scanner's fixed A4 length and its foot is cut off. Otherwise an ordinary office capture: fed a little
crooked (under 1.5°), light grey backing where the sheet does not cover it, 200–300 dpi (a few at 150), colour
mostly (the notes made the operator pick colour) and grey for some batches, JPEG; a few sheets fed sideways or head
first come out turned 90° or 180°."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import DPI, Sheet, hand, mm

BACKING = 226.0
"""the light grey of the feeder's backing plate, where no paper is"""
NOTE_COLOURS = ((252, 236, 120), (250, 182, 200), (196, 238, 160), (172, 214, 248), (252, 196, 136))
FLAG_COLOURS = ((235, 60, 60), (40, 150, 230), (250, 200, 30), (60, 190, 90), (200, 80, 200))
REMINDERS = (
    "周四前寄出", "已电话告知申请人", "账号已核对", "等回执", "问一下庭长", "复印两份", "已上传系统", "原件已退",
    "催款！", "下周二约谈", "核对金额", "月底前结", "找内勤盖章", "注意期限", "律师再联系", "EMS单号另附",
    "已核 ✓", "补签字", "先别装订", "待财务确认",
)


@dataclass
class Note:
    x: float                  # top left on the sheet, px at the drawing DPI (may hang off the sheet)
    y: float
    w: float
    h: float
    colour: tuple[int, int, int]
    angle: float
    words: list[str]
    marker: bool              # written with a felt marker (thicker, black) rather than a ballpoint


@dataclass
class Flag:
    edge: str                 # right | top
    at: float                 # position along the edge, px
    inside: float             # how far the flag lies on the sheet, px
    colour: tuple[int, int, int]


@dataclass
class AdfScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                 # colour | grey
    skew: float
    quality: int
    notes: list[Note] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    bands: list[tuple[float, float, float]] = field(default_factory=list)
    """roller slip: (centre, half width as fractions of the height, speed change: < 0 stretched, > 0 squeezed)"""
    doubled: tuple[float, float] | None = None
    """a hesitation: (where, as a fraction of the height; how far the sheet jerked back, mm)"""
    drag: float = 0.0
    """the whole sheet dragged: its travel slowed by this fraction, so the foot runs past the fixed A4 length"""
    noise: float = 3.0


def _content_box(sheet: Sheet) -> tuple[int, int, int, int]:
    small: Any = np.asarray(sheet.image.convert("L").reduce(4), dtype=np.uint8)
    ink = small < 200
    rows, cols = np.where(ink.any(axis=1))[0], np.where(ink.any(axis=0))[0]
    if not len(rows):
        return (sheet.width // 4, sheet.height // 4, 3 * sheet.width // 4, sheet.height // 3)
    return (int(cols[0]) * 4, int(rows[0]) * 4, int(cols[-1]) * 4 + 4, int(rows[-1]) * 4 + 4)


def _plan_note(rng: random.Random, sheet: Sheet, box: tuple[int, int, int, int]) -> Note:
    size = rng.choice([(76, 76), (76, 51), (51, 38), (76, 76)])
    w, h = mm(size[0]), mm(size[1])
    x0, y0, x1, y1 = box
    W, H = sheet.width, sheet.height
    free_below = H - y1
    if free_below > h + mm(14) and rng.random() < 0.7:
        # in the empty lower part of the page, now and then over the last lines' corner
        x = rng.uniform(W * 0.45, W - w - mm(8)) if rng.random() < 0.7 else rng.uniform(mm(10), W * 0.3)
        y = y1 - (rng.uniform(mm(4), mm(12)) if rng.random() < 0.4 else -rng.uniform(mm(6), mm(30)))
        y = min(y, H - h - mm(6))
    else:
        corner = rng.choice(["tr", "br", "bl", "tr"])
        over = rng.uniform(mm(3), mm(10)) if rng.random() < 0.5 else 0.0
        x = x1 - over if corner in ("tr", "br") else x0 - w + over
        y = (y0 - h * rng.uniform(0.65, 0.9) + over) if corner == "tr" else (y1 - h * rng.uniform(0.1, 0.35) - over)
        x = max(-w * 0.35, min(x, W - w * 0.6))
        y = max(-h * 0.3, min(y, H - h * 0.55))
    words = rng.sample(REMINDERS, 2 if h > mm(45) and rng.random() < 0.6 else 1)
    return Note(x, y, w, h, rng.choice(NOTE_COLOURS), rng.uniform(-7, 7), words, rng.random() < 0.3)


def plan_capture(rng: random.Random, sheet: Sheet) -> AdfScan:
    box = _content_box(sheet)
    notes = [_plan_note(rng, sheet, box) for _ in range(rng.choice([1, 1, 2]))] if rng.random() < 0.3 else []
    flags: list[Flag] = []
    if rng.random() < 0.22:
        edge = "right" if rng.random() < 0.75 else "top"
        span = sheet.height if edge == "right" else sheet.width
        start = rng.uniform(0.12, 0.5) * span
        for k in range(rng.randint(1, 3)):
            flags.append(Flag(edge, start + k * mm(rng.uniform(14, 22)), mm(rng.uniform(8, 22)), rng.choice(FLAG_COLOURS)))
    bands = []
    if rng.random() < 0.55:
        for _ in range(rng.randint(1, 3)):
            bands.append((rng.uniform(0.1, 0.9), rng.uniform(0.03, 0.12), rng.choice([-1, 1]) * rng.uniform(0.03, 0.09)))
    doubled = (rng.uniform(0.2, 0.85), rng.uniform(1.5, 4.0)) if rng.random() < 0.1 else None
    drag = rng.uniform(0.015, 0.04) if rng.random() < 0.08 else 0.0
    colourful = bool(notes or flags) or rng.random() < 0.5
    return AdfScan(
        dpi=rng.choice([200, 200, 240, 300, 300]) if rng.random() < 0.93 else 150,
        rotation=rng.choices([0, 90, 180, 270], weights=[94, 1, 4, 1])[0], photo=False,
        mode="colour" if colourful and rng.random() < 0.8 else "grey",
        skew=rng.uniform(-1.4, 1.4) if rng.random() < 0.8 else 0.0, quality=rng.randint(62, 88),
        notes=notes, flags=flags, bands=bands, doubled=doubled, drag=drag, noise=rng.uniform(1.5, 4.5))


def _shade(c: tuple[int, int, int], k: float) -> tuple[int, int, int]:
    return (int(c[0] * k), int(c[1] * k), int(c[2] * k))


def _stick_note(page: Image.Image, lines: list[str], note: Note, rng: random.Random) -> None:
    """The note drawn opaque over the page, its words in ink, a soft shadow under its curling lower edge."""
    w, h = int(note.w), int(note.h)
    pad = Sheet(size=(w, h), paper=note.colour)
    d = ImageDraw.Draw(pad.image)
    for k in range(h):  # the adhesive strip at the top is flat; the free part curls and darkens toward the foot
        shade = 1.0 - 0.07 * max(0.0, (k / h - 0.25)) ** 1.5
        if k < h * 0.22:
            shade *= 0.985
        d.line((0, k, w, k), fill=_shade(note.colour, shade))
    ink = (18, 18, 22) if note.marker else (rng.randint(20, 40), rng.randint(30, 50), rng.randint(110, 150))
    size = int(min(w / max(4, max(len(t) for t in note.words)) * 1.05, h / (len(note.words) + 0.8), mm(9)))
    size = max(size, mm(4.2))
    y = h * 0.14
    for word in note.words:
        hand(pad, w * 0.07, y, word, rng, size=size, ink=ink)
        y += size * 1.3
    lines.extend(pad.lines)
    alpha = Image.new("L", (w, h), 255)
    turned = pad.image.rotate(note.angle, resample=Image.Resampling.BICUBIC, expand=True)
    mask = alpha.rotate(note.angle, resample=Image.Resampling.BICUBIC, expand=True)
    shadow = mask.filter(ImageFilter.GaussianBlur(mm(1.2))).point(lambda v: int(v * 0.32))
    ox = int(note.x - (turned.width - w) / 2)
    oy = int(note.y - (turned.height - h) / 2)
    page.paste((70, 70, 70), (ox + mm(0.9), oy + mm(1.4)), shadow)
    page.paste(turned, (ox, oy), mask)


def _stick_flag(img: Any, flag: Flag) -> None:
    """A translucent plastic index flag lying over the sheet's edge: tinted film, a deeper-coloured tip at the edge."""
    h_, w_ = img.shape[:2]
    thick = mm(11)
    a = int(flag.at)
    inside = int(flag.inside)
    colour = np.array(flag.colour, np.float32) / 255.0
    tint = 0.55 + 0.45 * colour
    if flag.edge == "right":
        ys, xs = slice(max(0, a), min(h_, a + thick)), slice(max(0, w_ - inside), w_)
        tip = slice(max(0, w_ - min(inside, mm(6))), w_)
        region = img[ys, xs]
        img[ys, xs] = region * tint
        img[ys, tip] = img[ys, tip] * (0.35 + 0.5 * colour)
        img[ys.start:ys.start + 2, xs] *= 0.75
        img[ys.stop - 2:ys.stop, xs] *= 0.75
    else:
        xs, ys = slice(max(0, a), min(w_, a + thick)), slice(0, min(h_, inside))
        tip = slice(0, min(inside, mm(6)))
        img[ys, xs] = img[ys, xs] * tint
        img[tip, xs] = img[tip, xs] * (0.35 + 0.5 * colour)
        img[ys, xs.start:xs.start + 2] *= 0.75
        img[ys, xs.stop - 2:xs.stop] *= 0.75


def source_rows(h: int, cap: AdfScan) -> Any:
    """For each output row, the paper row the sensor saw (fractional): the rollers' slips and a hesitation. Past the
    paper's end the value exceeds h - 1 (backing)."""
    rows = np.arange(h, dtype=np.float64)
    speed = np.full(h, 1.0 - cap.drag)
    for centre, half, change in cap.bands:
        speed += change * np.exp(-(((rows / h) - centre) / half) ** 2)
    src = np.concatenate([[0.0], np.cumsum(speed)[:-1]])
    if cap.doubled is not None:
        where, back_mm = cap.doubled
        k = int(where * h)
        back = back_mm / 25.4 * cap.dpi
        src[k:] -= back
    return src


def _slip(img: Any, cap: AdfScan) -> Any:
    h = img.shape[0]
    src = source_rows(h, cap)
    lo = np.clip(np.floor(src).astype(np.int64), 0, h - 1)
    hi = np.clip(lo + 1, 0, h - 1)
    frac = (src - np.floor(src)).astype(np.float32)[:, None, None]
    out = img[lo] * (1 - frac) + img[hi] * frac
    out[src > h - 1] = BACKING
    if cap.doubled is not None:  # the seam where the sheet jerked back: a faint line
        k = int(cap.doubled[0] * h)
        out[max(0, k - 1):k + 1] *= 0.9
    return out


def capture(sheet: Sheet, cap: AdfScan, rng: random.Random) -> bytes:
    page = sheet.image.convert("RGB").copy()
    for note in cap.notes:
        _stick_note(page, sheet.lines, note, rng)
    img: Any = np.asarray(page, dtype=np.float32).copy()
    for flag in cap.flags:
        _stick_flag(img, flag)
    h0, w0 = img.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
    img = _slip(img, cap)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        img = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                             borderValue=(BACKING, BACKING, BACKING))
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img += gen.normal(0, cap.noise, img.shape[:2])[..., None]
    img = np.clip(img, 0, 255)
    if cap.mode == "colour":
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


