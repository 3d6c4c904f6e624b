"""How court_gm's volumes were captured: the working volume was scanned as it came off the undertaker's desk, with its
office clutter still on it. Yellow or pink 便利贴 carry a word or two in marker or ballpoint (已核, 待补, 复印3份, 催回证 …),
stuck in a margin or over part of the body — one near the head may hide up to a third of the title line or a corner of
a seal, never the whole title; the unglued end curls up and throws a soft shadow. Translucent coloured 签字标签 ("sign
here" flags, arrow-tipped, printed 请签字 / SIGN HERE) stick out past the right edge beside a signature place. Paper
clips and black binder clips hold bundles at the top edge: their metal (out of focus, lifted off the glass) and its
shadow show, with the edges of the sheets they pinch peeking out above the page. On a few received papers a small
文件处理笺 (routing slip, filled by hand) is clipped over the top right corner.

The colour flatbed's scan area is a little larger than A4, so the lid's white shows round the sheet; where clips sit
the lid cannot close, and a dark band of stray light runs along the top — black above the paper, fading down into it,
deepest round the clips. 200–300 dpi colour, skew within ±1.5°, a page now and then upside down or turned a quarter,
sensor noise, a slight softness, JPEG 55–85. Every decision is drawn in plan_capture, from the page's own layout (the
title line is found in the ink), so a page stays readable to a clerk and a build is reproducible."""

from __future__ import annotations

import io
import math
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

GLASS_MM = (226.0, 307.0)
"""the scan area: a little wider and taller than A4, so flags and clips past the sheet's edge are caught"""
LID = (236, 236, 232)
NOTE_WORDS = ("已核", "待补", "复印3份", "催回证", "核对金额", "待签字", "问庭长", "补盖章", "已录系统", "已送达",
              "原件已退", "急！", "查余额", "退回补正", "附卷", "复印2份")
NOTE_COLOURS = {"yellow": (253, 236, 112), "pink": (252, 178, 196), "lime": (214, 240, 120)}
FLAG_COLOURS = {"red": (226, 52, 64), "yellow": (248, 206, 40), "blue": (44, 118, 222), "green": (58, 178, 96)}
FLAG_WORDS = ("请签字", "SIGN HERE", "签字处", "盖章")


def _mm(v: float) -> int:
    return round(v / 25.4 * DPI)


@dataclass(frozen=True)
class Note:
    """A sticky note: top-left on the page (mm), size, turn, colour, the words on it, how much its end curls."""

    x: float
    y: float
    w: float
    h: float
    angle: float
    colour: str
    words: str
    curl: float
    ink: tuple[int, int, int]


@dataclass(frozen=True)
class Flag:
    y: float          # mm from the page's top
    length: float     # mm of it on the page
    out: float        # mm sticking out past the edge
    colour: str
    words: str


@dataclass(frozen=True)
class Clip:
    kind: str         # paper | binder
    x: float          # centre, mm from the page's left
    size: float       # mm wide
    handles_up: bool = False


@dataclass(frozen=True)
class Slip:
    x: float
    y: float
    w: float
    h: float
    angle: float
    lines: tuple[str, ...]


@dataclass
class DeskScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    offset: tuple[float, float]                 # the sheet's top-left on the glass, mm
    notes: list[Note] = field(default_factory=list)
    flags: list[Flag] = field(default_factory=list)
    clips: list[Clip] = field(default_factory=list)
    slip: Slip | None = None
    lid_lift: float = 0.0                       # how far the clips hold the lid up (0: closed)
    title: tuple[float, float, float, float] | None = None   # the title line found in the ink, mm
    noise: float = 3.0
    blur: float = 0.0
    cast: tuple[float, float, float] = (1.0, 1.0, 1.0)


def title_box(sheet: Sheet) -> tuple[float, float, float, float] | None:
    """The page's title line as (x0, y0, x1, y1) in mm: the tallest free-standing line of ink in the top 45% that is
    wide enough to be a title (a verification square or a stamp is not)."""
    small: Any = np.asarray(sheet.image.convert("L").reduce(4), dtype=np.uint8)
    px = 25.4 / (DPI / 4)
    ink = small < 150
    h, w = ink.shape
    top = ink[: int(h * 0.45)]
    rows = top.sum(axis=1) > 0
    bands: list[tuple[int, int]] = []
    start = -1
    for i, on in enumerate(rows):
        if on and start < 0:
            start = i
        elif not on and start >= 0:
            bands.append((start, i))
            start = -1
    if start >= 0:
        bands.append((start, len(rows)))
    best: tuple[float, float, float, float] | None = None
    tallest = 0
    for y0, y1 in bands:
        height = y1 - y0
        if not 12 <= height <= 34:
            continue
        cols = np.nonzero(top[y0:y1].any(axis=0))[0]
        x0, x1 = int(cols[0]), int(cols[-1])
        if x1 - x0 < w * 0.16 or x1 - x0 > w * 0.8:
            continue
        if height > tallest:
            tallest = height
            best = (x0 * px, y0 * px, (x1 + 1) * px, y1 * px)
    return best


def _ink_mask(sheet: Sheet) -> Any:
    small: Any = np.asarray(sheet.image.convert("L").reduce(8), dtype=np.uint8)
    return small < 160


def _seal_mask(sheet: Sheet) -> Any:
    small: Any = np.asarray(sheet.image.convert("RGB").reduce(8), dtype=np.int16)
    return (small[..., 0] > 150) & (small[..., 1] < 130) & (small[..., 0] - small[..., 2] > 60)


def _covered(mask: Any, rect: tuple[float, float, float, float]) -> float:
    """The share of the page's ink under `rect` (mm)."""
    px = 25.4 / (DPI / 8)
    total = float(mask.sum()) or 1.0
    x0, y0, x1, y1 = (max(0, int(v / px)) for v in rect)
    return float(mask[y0:y1, x0:x1].sum()) / total


def _title_share(rect: tuple[float, float, float, float], title: tuple[float, float, float, float] | None) -> float:
    """How much of the title line's width `rect` hides (0 when it misses the line)."""
    if title is None:
        return 0.0
    x0, y0, x1, y1 = rect
    if y1 <= title[1] or y0 >= title[3]:
        return 0.0
    lo, hi = max(x0, title[0]), min(x1, title[2])
    return max(0.0, hi - lo) / (title[2] - title[0])


def _reach(x: float, y: float, w: float, h: float, angle: float) -> tuple[float, float, float, float]:
    """The box a turned rectangle reaches (mm)."""
    t = math.radians(abs(angle))
    bw, bh = w * math.cos(t) + h * math.sin(t), w * math.sin(t) + h * math.cos(t)
    cx, cy = x + w / 2, y + h / 2
    return cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2


def _received_on(sheet: Sheet, rng: random.Random) -> str:
    """The day the paper came in: a day or three after the last date printed on it (any day when it has none)."""
    found = [m for line in sheet.lines for m in re.findall(r"(\d{4})年(\d{1,2})月(\d{1,2})日", line)]
    if not found:
        return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    y, m, d = (int(v) for v in found[-1])
    day = date(y, m, min(d, 28)) + timedelta(days=rng.randint(1, 3))
    return f"{day.month}月{day.day}日"


def _wants(sheet: Sheet, *words: str) -> bool:
    return any(word in line for line in sheet.lines[:60] for word in words)


def plan_capture(rng: random.Random, sheet: Sheet) -> DeskScan:
    pw, ph = sheet.width / DPI * 25.4, sheet.height / DPI * 25.4
    title = title_box(sheet)
    mask = _ink_mask(sheet)
    red = _seal_mask(sheet)
    first = sheet.page_of is None or sheet.page_of[0] == 1
    rotation = rng.choices([0, 180, 90, 270], weights=[95, 2.6, 1.2, 1.2])[0]
    scan = DeskScan(dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False, quality=rng.randint(55, 85),
                    skew=rng.uniform(-1.5, 1.5), offset=(rng.uniform(2.0, 5.0), rng.uniform(5.0, 8.0)), title=title,
                    noise=rng.uniform(2.0, 5.0), blur=rng.uniform(0.3, 0.9) if rng.random() < 0.5 else 0.0,
                    cast=(rng.uniform(0.97, 1.0), rng.uniform(0.96, 0.995), rng.uniform(0.92, 0.98)))
    if not sheet.lines:  # a blank back: it came off the desk bare
        return scan
    # sticky notes
    count = rng.choices([0, 1, 2], weights=[48, 40, 12])[0]
    placed: list[tuple[float, float, float, float]] = []
    for _ in range(count):
        for _try in range(40):
            zone = rng.choices(["margin", "foot", "body", "head"], weights=[40, 20, 28, 12])[0]
            w = rng.uniform(38, 56) if zone != "body" else rng.uniform(34, 48)
            h = w * rng.uniform(0.8, 1.0)
            if zone == "margin":
                x, y = pw - w + rng.uniform(-6, 9), rng.uniform(40, ph - h - 20)
            elif zone == "foot":
                x, y = rng.uniform(10, pw - w - 5), ph - h - rng.uniform(2, 16)
            elif zone == "body":
                x, y = rng.uniform(20, pw - w - 15), rng.uniform(ph * 0.35, ph - h - 30)
            else:
                if title is None:
                    continue
                tw = title[2] - title[0]
                x = title[2] - rng.uniform(0.08, 0.3) * tw
                y = title[1] - rng.uniform(0.4, 0.9) * h
            angle = rng.uniform(-7, 7)
            reach = _reach(x, y, w, h, angle)
            share = _title_share(reach, title)
            if share > (0.32 if zone == "head" else 0.0):
                continue
            if zone == "head" and share == 0.0:
                continue
            if _covered(mask, reach) > (0.1 if zone != "head" else 0.06) or (red.any() and _covered(red, reach) > 0.15):
                continue
            if any(not (reach[2] < p[0] or reach[0] > p[2] or reach[3] < p[1] or reach[1] > p[3]) for p in placed):
                continue
            placed.append(reach)
            colour = rng.choices(list(NOTE_COLOURS), weights=[6, 3, 1])[0]
            ink = rng.choice([(30, 40, 120), (25, 25, 30), (180, 30, 40)])
            scan.notes.append(Note(x, y, w, h, angle, colour, rng.choice(NOTE_WORDS), rng.uniform(0.0, 1.0), ink))
            break
    # sign-here flags
    signing = _wants(sheet, "签名", "签字", "盖章", "委托人", "受送达人", "申报人", "确认人")
    for _ in range(rng.choices([0, 1, 2], weights=[45, 40, 15] if signing else [85, 13, 2])[0]):
        y = rng.uniform(ph * 0.35, ph - 25)
        length = rng.uniform(14, 30)
        if any(abs(y - f.y) < 16 for f in scan.flags):
            continue
        if any(r[2] > pw - length and r[1] < y + 11 and r[3] > y for r in placed):
            continue  # not under a sticky note
        scan.flags.append(Flag(y, length, rng.uniform(6, 10), rng.choice(list(FLAG_COLOURS)), rng.choice(FLAG_WORDS)))
    # clips at the top edge
    if rng.random() < (0.42 if first else 0.12):
        kind = rng.choice(["paper", "paper", "binder"])
        x = rng.uniform(18, 60) if rng.random() < 0.6 else rng.uniform(pw - 70, pw - 20)
        scan.clips.append(Clip(kind, x, rng.uniform(8, 11) if kind == "paper" else rng.uniform(24, 32),
                               handles_up=rng.random() < 0.5))
        if rng.random() < 0.15:
            other = pw - x + rng.uniform(-10, 10)
            scan.clips.append(Clip("binder", other, rng.uniform(24, 30), handles_up=rng.random() < 0.5))
    # a routing slip clipped over the top right corner of a received paper
    letter = _wants(sheet, "函", "回执", "申请书", "查询结果", "缴款", "票据")
    if rng.random() < (0.22 if letter else 0.03):
        for _try in range(20):
            w, h = rng.uniform(66, 84), rng.uniform(48, 60)
            x, y = pw - w + rng.uniform(-2, 4), rng.uniform(-3, 2)
            angle = rng.uniform(-4, 4)
            reach = _reach(x, y, w, h, angle)
            if _title_share(reach, title) > 0.32 or _covered(mask, reach) > 0.12 or (red.any() and _covered(red, reach) > 0.15):
                continue
            scan.slip = Slip(x, y, w, h, angle, (
                rng.choice(["漯河沙澧农商行", "不动产登记中心", "律所", "诉讼服务中心", "立案庭"]),
                _received_on(sheet, rng), rng.choice(["请执行员阅办", "转承办人核对", "阅，按程序办理"]),
                rng.choice(["同意", "阅", "请抓紧办理"])))
            scan.clips.append(Clip("paper", x + w * rng.uniform(0.35, 0.65), rng.uniform(8, 10)))
            break
    scan.lid_lift = rng.uniform(0.55, 0.85) if any(c.kind == "binder" for c in scan.clips) else (
        rng.uniform(0.3, 0.55) if scan.clips else 0.0)
    return scan


def _paste_turned(canvas: Image.Image, layer: Image.Image, cx: float, cy: float, angle: float, *,
                  shadow: float = 0.35, blur: float = 0.0) -> None:
    """Paste an RGBA layer turned by `angle` with its centre at (cx, cy) px, with a soft shadow under it."""
    turned = layer.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    if blur:
        turned = turned.filter(ImageFilter.GaussianBlur(blur))
    x, y = int(cx - turned.width / 2), int(cy - turned.height / 2)
    if shadow:
        alpha = turned.getchannel("A").point(lambda v: int(v * shadow))
        soft = alpha.filter(ImageFilter.GaussianBlur(6))
        dark = Image.new("RGB", turned.size, (40, 40, 40))
        canvas.paste(dark, (x + 5, y + 7), soft)
    canvas.paste(turned, (x, y), turned)


def _note(note: Note, rng: random.Random) -> Image.Image:
    w, h = _mm(note.w), _mm(note.h)
    base = NOTE_COLOURS[note.colour]
    a: Any = np.zeros((h, w, 4), np.float32)
    a[..., :3] = base
    # the unglued end curls up: a shaded band towards the bottom
    ys = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    a[..., :3] *= (1 - note.curl * 0.16 * np.clip((ys - 0.7) / 0.3, 0, 1) ** 2)[..., None]
    a[: _mm(10), :, :3] *= 0.985   # the glue strip
    a[..., 3] = 238
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGBA")
    d = ImageDraw.Draw(img)
    size = int(min(w / max(len(note.words), 2) * 0.95, h * 0.38))
    f = font("kai", max(28, size))
    tw = f.getlength(note.words)
    d.text(((w - tw) / 2 + rng.uniform(-8, 8), h * rng.uniform(0.28, 0.45)), note.words, font=f,
           fill=(*note.ink, 255), stroke_width=2 if rng.random() < 0.6 else 1, stroke_fill=(*note.ink, 255))
    return img


def _flag(flag: Flag) -> Image.Image:
    """A sign-here flag laid horizontally, arrow tip to the left; translucent over the page, denser where it sticks out."""
    length, out = _mm(flag.length), _mm(flag.out)
    w, h = length + out, _mm(11)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    col = FLAG_COLOURS[flag.colour]
    tip = _mm(5)
    d.polygon([(0, h // 2), (tip, 0), (w - 1, 0), (w - 1, h - 1), (tip, h - 1)], fill=(*col, 120))
    d.rectangle((length, 0, w - 1, h - 1), fill=(*col, 235))
    size = int(h * 0.45) if flag.words.isascii() else int(h * 0.55)
    while size > 12 and font("sans_bold", size).getlength(flag.words) > w - tip - 16:
        size -= 2
    f = font("sans_bold", size)
    label = flag.words
    tx = tip + 8
    d.text((tx, (h - f.size) / 2 - 2), label, font=f, fill=(255, 255, 255, 230) if flag.colour != "yellow" else (40, 40, 40, 230))
    return img


def _slip(slip: Slip, rng: random.Random) -> Image.Image:
    w, h = _mm(slip.w), _mm(slip.h)
    img = Image.new("RGBA", (w, h), (252, 244, 232, 250))
    d = ImageDraw.Draw(img)
    red = (190, 50, 50, 255)
    d.rectangle((0, 0, w - 1, h - 1), outline=(200, 190, 180, 255), width=2)
    f = font("serif_bold", int(h * 0.13))
    d.text(((w - f.getlength("文件处理笺")) / 2, h * 0.04), "文件处理笺", font=f, fill=red)
    labels = ("来文单位", "收文日期", "拟办意见", "领导批示")
    lf = font("serif", int(h * 0.085))
    hf = font("kai", int(h * 0.1))
    top = h * 0.24
    row = (h * 0.94 - top) / len(labels)
    col = w * 0.3
    for k, (label, entry) in enumerate(zip(labels, slip.lines, strict=True)):
        y = top + k * row
        d.rectangle((w * 0.04, y, w * 0.96, y + row), outline=red, width=2)
        d.line((w * 0.04 + col, y, w * 0.04 + col, y + row), fill=red, width=2)
        d.text((w * 0.06, y + row * 0.25), label, font=lf, fill=red)
        d.text((w * 0.04 + col + 10 + rng.uniform(0, 10), y + row * 0.18), entry, font=hf, fill=(30, 40, 120, 255))
    return img


def _paper_clip(size: float) -> Image.Image:
    w, h = _mm(size) + 16, _mm(size * 3.4) + 16
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    wire = (150, 152, 158, 255)
    bright = (226, 228, 232, 255)
    r = (w - 16) // 2
    d.rounded_rectangle((8, 8, w - 8, h - 8), radius=r, outline=wire, width=5)
    d.rounded_rectangle((8 + r * 0.45, 8 + r * 0.5, w - 8 - r * 0.25, h - 8 - r * 1.4), radius=int(r * 0.55),
                        outline=wire, width=5)
    d.rounded_rectangle((10, 10, w - 10, h - 10), radius=r, outline=bright, width=1)
    return img


def _binder_clip(size: float, handles_up: bool) -> Image.Image:
    w = _mm(size) + 40
    body_h = _mm(size * 0.5)
    arm = _mm(size * 0.75)
    h = body_h + arm + 30
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    top = arm + 10 if handles_up else 10
    bx0, bx1 = 20, w - 20
    d.polygon([(bx0, top + body_h), (bx0 + _mm(2), top), (bx1 - _mm(2), top), (bx1, top + body_h)], fill=(22, 22, 26, 255))
    d.line((bx0 + _mm(3), top + _mm(2), bx1 - _mm(3), top + _mm(2)), fill=(110, 110, 118, 255), width=3)
    silver = (176, 178, 184, 255)
    if handles_up:
        ends = [(bx0 + _mm(4), top + 4), (bx1 - _mm(4), top + 4)]
        tips = [(bx0 + _mm(6), 12), (bx1 - _mm(6), 12)]
    else:
        ends = [(bx0 + _mm(4), top + body_h - 4), (bx1 - _mm(4), top + body_h - 4)]
        tips = [(bx0 + _mm(6), top + body_h + arm), (bx1 - _mm(6), top + body_h + arm)]
    for e, t in zip(ends, tips, strict=True):
        d.line((*e, *t), fill=silver, width=5)
    d.line((*tips[0], *tips[1]), fill=silver, width=5)
    return img


def _compose(sheet: Sheet, plan: DeskScan, rng: random.Random) -> tuple[Image.Image, tuple[int, int]]:
    """The glass at the sheet's resolution: the lid, the sheet, and what lies on it."""
    canvas = Image.new("RGB", (_mm(GLASS_MM[0]), _mm(GLASS_MM[1])), LID)
    ox, oy = _mm(plan.offset[0]), _mm(plan.offset[1])
    for clip in plan.clips:   # the pinched sheets behind, peeking out above the top edge
        cx = ox + _mm(clip.x)
        span = _mm(clip.size + rng.uniform(18, 40))
        for k in range(rng.randint(1, 3)):
            lift = _mm(rng.uniform(0.8, 2.4)) * (k + 1)
            shift = _mm(rng.uniform(-2, 2))
            ImageDraw.Draw(canvas).rectangle((cx - span + shift, oy - lift, cx + span + shift, oy + 4),
                                             fill=(246 - 8 * k, 245 - 8 * k, 240 - 8 * k), outline=(170, 170, 166), width=1)
    canvas.paste(sheet.image, (ox, oy))
    if plan.slip is not None:
        s = plan.slip
        _paste_turned(canvas, _slip(s, rng), ox + _mm(s.x + s.w / 2), oy + _mm(s.y + s.h / 2), s.angle, shadow=0.3)
    for n in plan.notes:
        _paste_turned(canvas, _note(n, rng), ox + _mm(n.x + n.w / 2), oy + _mm(n.y + n.h / 2), n.angle,
                      shadow=0.18 + 0.25 * n.curl)
    right = ox + sheet.width
    for f in plan.flags:
        img = _flag(f)
        canvas.paste(img, (right - _mm(f.length), oy + _mm(f.y)), img)
    for clip in plan.clips:
        cx = ox + _mm(clip.x)
        if clip.kind == "paper":
            img = _paper_clip(clip.size)
            _paste_turned(canvas, img, cx, oy + img.height / 2 - _mm(clip.size * 0.9), rng.uniform(-6, 6), shadow=0.45,
                          blur=0.8)
        else:
            img = _binder_clip(clip.size, clip.handles_up)
            body_top = _mm(clip.size * 0.75) + 10 if clip.handles_up else 10
            _paste_turned(canvas, img, cx, oy - _mm(4) - body_top + img.height / 2, rng.uniform(-3, 3), shadow=0.6,
                          blur=1.6)
    return canvas, (ox, oy)


def _lid_band(a: Any, plan: DeskScan, origin: tuple[int, int], scale: float) -> Any:
    """Stray light where the clips hold the lid up: black above the sheet, fading down into it, deepest at the clips."""
    h, w = a.shape[:2]
    top = origin[1] * scale
    ys = np.arange(h, dtype=np.float32)[:, None]
    xs = np.arange(w, dtype=np.float32)[None, :]
    reach = (8 + 16 * plan.lid_lift) / 25.4 * plan.dpi
    depth = np.where(ys < top, 0.78, 0.78 * np.exp(-(ys - top) / reach))
    across = np.full((1, w), 0.45, np.float32)
    for clip in plan.clips:
        cx = (origin[0] + _mm(clip.x)) * scale
        across = across + 0.7 * np.exp(-((xs - cx) / (w * 0.22)) ** 2)
    shade = 1 - plan.lid_lift * depth * np.clip(across, 0, 1)
    return a * shade[..., None]


def capture(sheet: Sheet, plan: DeskScan, rng: random.Random) -> bytes:
    canvas, origin = _compose(sheet, plan, rng)
    scale = plan.dpi / DPI
    a: Any = np.asarray(canvas, dtype=np.float32)
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    if abs(plan.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=LID)
    if plan.lid_lift:
        a = _lid_band(a, plan, origin, scale)
    a = a * np.array(plan.cast, np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = a + gen.normal(0, plan.noise, a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    if plan.blur:
        a = cv2.GaussianBlur(a, (0, 0), plan.blur)
    if plan.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-plan.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a, "RGB").save(out, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return out.getvalue()
