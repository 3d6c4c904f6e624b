"""How court_io's volumes were captured: the undertaker's working volume, scanned as it had been used, page by page on
the bureau's colour flatbed (lid closed, 200, 240 or 300 dpi, colour JPEG at quality 55–85).

The undertaker worked in the volume, and what was left on it went to the glass with it:
- 便利贴: a yellow or pink square sticky note with a handwritten reminder (补回证, 核对金额, 问申请人账户 …) stuck on some
  pages — out in the right margin, partly beyond the sheet's edge, or over a corner of the text block, hiding the print
  under it; a little turned, its free end lifted, so a soft shadow falls along its lower and right edges;
- 荧光笔: a translucent yellow or green highlighter stroke over a key printed line (found from the ink on the page: the
  print shows through it, multiplied), a little crooked, sometimes over only part of the line;
- red and blue ballpoint: ticks in the left margin beside lines, and now and then a short note in the top margin;
- a paper clip's marks at the top edge: the clip itself with the grey shadow it throws under the lid, or, where it was
  taken off, the two rust-brown stains its wire left;
- the volume was stapled along its left edge: a row of staple holes (pairs of small dark punctures with the legs'
  dent between) at the same places down the left margin of most sheets.
Then the flatbed: skew up to about a degree, the lid's pale grey where the sheet does not cover, a shadow strip along
one edge, warm paper tint, noise. Landscape papers (the 查控 printout) lie turned on the glass: their image is rotated
90° (or 270°); now and then a sheet lies upside down (180°)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.fonts import font

YELLOW_NOTE = (252, 234, 112)
PINK_NOTE = (250, 178, 204)
HIGHLIGHT = {"yellow": (255, 238, 50), "green": (140, 238, 110)}
PENS = {"red": (196, 28, 36), "blue": (28, 50, 168)}
RUST = (150, 88, 40)
LID = 234.0
REMINDERS = ("补回证", "核对金额", "问申请人账户", "待发放", "已划款", "复核后归档", "催业主付款", "查车辆", "限消已发",
             "约谈?", "回执未回", "3日内发放", "送达地址?", "附卷")
MARGIN_NOTES = ("已核", "已送达", "金额无误", "见回证", "已扣划", "√", "急", "核")
STAPLE_ROWS = (0.2, 0.5, 0.8)
"""where the volume's staples went through, as a fraction of the sheet's height (the same on every stapled sheet)"""
STAPLE_X_MM = 9.0


@dataclass
class Note:
    colour: str          # yellow | pink
    place: str           # margin | corner
    text: str
    size_mm: float
    turn: float
    y_frac: float


@dataclass
class WorkScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    notes: list[Note] = field(default_factory=list)
    highlights: list[tuple[str, float, float]] = field(default_factory=list)  # (colour, line position 0–1, share of line)
    ticks: list[tuple[str, float]] = field(default_factory=list)             # (pen, line position 0–1)
    margin_note: tuple[str, str] | None = None                                # (pen, text)
    clip: str = ""          # "" | clip | rust
    clip_x: float = 0.5
    staples: bool = True
    shadow_side: str = "left"
    tint: tuple[float, float, float] = (1.0, 0.99, 0.95)
    noise: float = 3.0


def plan_capture(rng: random.Random, sheet: Sheet) -> WorkScan:
    landscape = sheet.width > sheet.height
    text = bool(sheet.lines)
    rotation = rng.choice([90, 90, 270]) if landscape else 180 if rng.random() < 0.02 else 0
    plan = WorkScan(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, quality=rng.randint(55, 85),
                    skew=rng.uniform(-1.0, 1.0), staples=rng.random() < 0.85 and not landscape,
                    shadow_side=rng.choice(["left", "top", "right"]),
                    tint=(rng.uniform(0.98, 1.0), rng.uniform(0.96, 0.99), rng.uniform(0.88, 0.95)),
                    noise=rng.uniform(2.0, 4.5))
    if not text:
        return plan
    if rng.random() < 0.35:
        plan.notes.append(Note(rng.choice(["yellow", "yellow", "pink"]), rng.choice(["margin", "corner"]),
                               rng.choice(REMINDERS), rng.uniform(36, 48), rng.uniform(-5, 5), rng.uniform(0.1, 0.75)))
    if rng.random() < 0.5:
        plan.highlights = [(rng.choice(["yellow", "yellow", "green"]), rng.random(), rng.uniform(0.45, 1.0))
                           for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.45:
        pen = rng.choice(["red", "blue"])
        plan.ticks = [(pen, rng.random()) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.25:
        plan.margin_note = (rng.choice(["red", "blue"]), rng.choice(MARGIN_NOTES))
    roll = rng.random()
    plan.clip = "clip" if roll < 0.18 else "rust" if roll < 0.36 else ""
    plan.clip_x = rng.uniform(0.3, 0.75)
    return plan


def text_lines(img: Image.Image) -> list[tuple[int, int, int, int]]:
    """The printed lines of a page, found from its ink: (x0, y0, x1, y1) of each run of inked rows."""
    g: Any = np.asarray(img.convert("L"), dtype=np.uint8)
    ink = g < 120
    rows = ink.sum(axis=1)
    on = rows > 6
    lines: list[tuple[int, int, int, int]] = []
    y = 0
    h = len(on)
    while y < h:
        if not on[y]:
            y += 1
            continue
        y0 = y
        while y < h and on[y]:
            y += 1
        if 18 <= y - y0 <= 90:
            cols = np.where(ink[y0:y].any(axis=0))[0]
            if len(cols) and cols[-1] - cols[0] > mm(25):
                lines.append((int(cols[0]), y0, int(cols[-1]), y))
    return lines


def _hand(layer: Image.Image, x: float, y: float, s: str, rng: random.Random, *, size: int,
          ink: tuple[int, int, int]) -> None:
    d = ImageDraw.Draw(layer)
    cx = x
    for ch in s:
        f = font("wenkai", max(12, int(size * rng.uniform(0.9, 1.1))))
        d.text((cx, y + rng.uniform(-3, 3)), ch, font=f, fill=(*ink, 255))
        cx += f.getlength(ch) * rng.uniform(0.9, 1.05)


def _multiply(a: Any, mask: Any, colour: tuple[int, int, int]) -> Any:
    """`a` (float RGB) multiplied by `colour` where `mask` (0–1) says."""
    tint = np.array(colour, np.float32) / 255.0
    x, y, w, h = cv2.boundingRect((mask > 0.002).astype(np.uint8))
    if w and h:
        m = mask[y:y + h, x:x + w, None]
        roi = a[y:y + h, x:x + w]
        a[y:y + h, x:x + w] = roi * (1 - m) + roi * tint * m
    return a


def _highlight(a: Any, line: tuple[int, int, int, int], colour: str, share: float, rng: random.Random) -> Any:
    x0, y0, x1, y1 = line
    width = x1 - x0
    start = x0 - 8 + (0 if share >= 0.99 else int(rng.uniform(0, 1 - share) * width))
    end = min(x1 + 10, start + int(width * share) + 16)
    mask = np.zeros(a.shape[:2], np.float32)
    pad = max(4, (y1 - y0) // 5)
    drift = rng.uniform(-6, 6)
    pts = np.array([[start, y0 - pad], [end, y0 - pad + drift], [end, y1 + pad + drift], [start, y1 + pad]], np.int32)
    cv2.fillPoly(mask, [pts], 1.0)
    mask = cv2.GaussianBlur(mask, (0, 0), 2.0) * rng.uniform(0.85, 0.97)
    return _multiply(a, mask, HIGHLIGHT[colour])


def _tick(d: ImageDraw.ImageDraw, x: float, y: float, colour: tuple[int, int, int], rng: random.Random) -> None:
    s = rng.uniform(18, 28)
    pts = [(x, y), (x + s * 0.4, y + s * 0.55), (x + s * 1.2, y - s * 0.6 + rng.uniform(-4, 4))]
    d.line(pts, fill=colour, width=4, joint="curve")


def _note(base: Image.Image, note: Note, lines: list[tuple[int, int, int, int]], rng: random.Random) -> None:
    side = mm(note.size_mm)
    colour = YELLOW_NOTE if note.colour == "yellow" else PINK_NOTE
    pad = Image.new("RGBA", (side, side), (*colour, 255))
    pd = ImageDraw.Draw(pad)
    for k in range(side):  # the free end lifts a little: a faint gradient towards the bottom
        shade = int(18 * (k / side) ** 3)
        pd.line([(0, k), (side, k)], fill=(max(0, colour[0] - shade), max(0, colour[1] - shade), max(0, colour[2] - shade), 255))
    pd.rectangle((0, 0, side, mm(6)), fill=(min(255, colour[0] + 2), min(255, colour[1] + 6), min(255, colour[2] + 10), 255))
    text = note.text
    per = max(3, int((side - mm(8)) / 46))
    ink = rng.choice([(28, 40, 140), (30, 30, 34), (190, 30, 40)])
    for k in range(0, len(text), per):
        _hand(pad, mm(4), mm(9) + (k // per) * 60, text[k:k + per], rng, size=46, ink=ink)
    pad = pad.rotate(note.turn, resample=Image.Resampling.BICUBIC, expand=True)
    w, h = base.size
    if note.place == "margin":
        x = w - mm(rng.uniform(14, 26))
        y = int(note.y_frac * (h - side))
    else:
        top = min((ln[1] for ln in lines), default=mm(40))
        bottom = max((ln[3] for ln in lines), default=h - mm(40))
        right = max((ln[2] for ln in lines), default=w - mm(30))
        x = right - int(side * rng.uniform(0.45, 0.7))
        y = int(top - side * 0.3) if rng.random() < 0.5 else int(bottom - side * 0.6)
    shadow = Image.new("L", pad.size, 0)
    shadow.paste(pad.split()[3].point(lambda v: int(v * 0.35)), (0, 0))
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    dark = Image.new("RGB", pad.size, (90, 90, 90))
    base.paste(dark, (int(x) + 7, int(y) + 9), shadow)
    base.paste(pad, (int(x), int(y)), pad)


def _clip(a: Any, plan: WorkScan, rng: random.Random) -> Any:
    h, w = a.shape[:2]
    cx = int(plan.clip_x * w)
    length, width = mm(32), mm(9)
    if plan.clip == "rust":
        mask = np.zeros((h, w), np.float32)
        for dx in (0, width - mm(2)):
            for _ in range(6):
                px = cx + dx + rng.randint(-5, 5)
                py = rng.randint(mm(2), mm(16))
                cv2.ellipse(mask, (px, py), (rng.randint(3, 8), rng.randint(10, 30)), 0, 0, 360, rng.uniform(0.5, 1.0), -1)
        mask = cv2.GaussianBlur(mask, (0, 0), 3.0)
        return _multiply(a, np.clip(mask, 0, 1) * 0.75, RUST)
    # the clip on the sheet: its shadow first, then the wire
    sh = np.zeros((h, w), np.float32)
    cv2.rectangle(sh, (cx + 8, -20), (cx + width + 12, length + 10), 1.0, -1)
    sh = cv2.GaussianBlur(sh, (0, 0), 9.0) * 0.35
    a = a * (1 - sh[..., None])
    wire = np.zeros((h, w), np.float32)
    cv2.rectangle(wire, (cx, -mm(6)), (cx + width, length), 1.0, 4)
    cv2.rectangle(wire, (cx + mm(2), -mm(6)), (cx + width - mm(2), length - mm(7)), 1.0, 4)
    wire = cv2.GaussianBlur(wire, (0, 0), 1.0)
    steel = np.array([120, 124, 130], np.float32)
    return a * (1 - wire[..., None]) + steel * wire[..., None]


def _staples(a: Any, rng: random.Random) -> Any:
    h = a.shape[0]
    x = mm(STAPLE_X_MM)
    for frac in STAPLE_ROWS:
        y = int(frac * h)
        y2 = y + mm(12)
        top, left = max(0, y - 20), max(0, x - 20)
        strip = a[top:y2 + 20, left:x + 20]
        dent = np.zeros(strip.shape[:2], np.float32)
        cv2.line(dent, (x - left, y - top), (x - left + rng.randint(-2, 2), y2 - top), 1.0, 3)
        dent = cv2.GaussianBlur(dent, (0, 0), 1.5) * 0.18
        a[top:y2 + 20, left:x + 20] = strip * (1 - dent[..., None])
        for yy in (y, y2):
            cv2.circle(a, (x + rng.randint(-1, 1), yy), 6, (70.0, 68.0, 66.0), -1)
            cv2.circle(a, (x + rng.randint(-1, 1), yy), 3, (35.0, 35.0, 35.0), -1)
    return a


def capture(sheet: Sheet, plan: WorkScan, rng: random.Random) -> bytes:
    page = sheet.image.convert("RGB")
    lines = text_lines(page) if sheet.lines else []
    a: Any = np.asarray(page, dtype=np.float32).copy()
    for colour, where, share in plan.highlights:
        if lines:
            a = _highlight(a, lines[min(len(lines) - 1, int(where * len(lines)))], colour, share, rng)
    base = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    d = ImageDraw.Draw(base)
    for pen, where in plan.ticks:
        if lines:
            ln = lines[min(len(lines) - 1, int(where * len(lines)))]
            _tick(d, max(mm(12), ln[0] - mm(10)), (ln[1] + ln[3]) / 2, PENS[pen], rng)
    if plan.margin_note:
        layer = Image.new("RGBA", base.size, (0, 0, 0, 0))
        pen, text = plan.margin_note
        _hand(layer, base.width - mm(rng.uniform(50, 80)), mm(rng.uniform(6, 12)), text, rng, size=50, ink=PENS[pen])
        base.paste(layer, (0, 0), layer)
    a = np.asarray(base, dtype=np.float32).copy()
    if plan.clip == "rust":
        a = _clip(a, plan, rng)
    if plan.staples:
        a = _staples(a, rng)
    base = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    for note in plan.notes:
        _note(base, note, lines, rng)
    a = np.asarray(base, dtype=np.float32).copy()
    if plan.clip == "clip":
        a = _clip(a, plan, rng)
    h0, w0 = a.shape[:2]
    w, h = round(w0 * plan.dpi / DPI), round(h0 * plan.dpi / DPI)
    if (w, h) != (w0, h0):
        a = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                       borderValue=(LID, LID, LID - 2))
    edge = max(6, round(mm(3) * plan.dpi / DPI))
    ramp = np.linspace(0.55, 1.0, edge, dtype=np.float32)
    if plan.shadow_side == "left":
        a[:, :edge] *= ramp[None, :, None]
    elif plan.shadow_side == "right":
        a[:, -edge:] *= ramp[::-1][None, :, None]
    else:
        a[:edge] *= ramp[:, None, None]
    a = a * np.array(plan.tint, np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a += gen.normal(0, plan.noise, a.shape[:2])[..., None]
    out = np.clip(a, 0, 255).astype(np.uint8)
    if plan.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-plan.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "RGB").save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()
