"""How court_fd's dossiers were captured: the papers as the 红塔 judges and clerks had marked them while the case ran,
then laid on the bureau's colour flatbed (150–300 dpi) — or, for a few pages the clerk needed at once, photographed
with a phone on the desk.

What the reading left on a page, found from where the kit printed each line (court_fd_kit.spots) and, on what it did
not note, from the ink itself:
- highlighter strokes — yellow, pink or green, translucent, a little crooked, ends rounded — over the title, the case
  number, an amount, the operative part (the print shows through: multiplied, never painted over);
- red or blue ballpoint: a loose ellipse round the case number or an amount, an underline (now and then doubled), a
  tick beside a party line, a bracket down the left margin of the operative part, and short margin notes in the
  clerk's hand — 已核, 退补, 见第x页, 核对金额 — some with an arrow to the line they mean;
- a 便利贴 (yellow, pink, green or blue) with a handwritten reminder, stuck slightly crooked in the margin and partly
  over the text area, where it covers no print (a clerk lifts it; nothing under it is lost); its soft shadow below;
- stamps: a small 已阅 box with the date and the reader's initials, and on every copy of an ID card, licence or
  执业证 the clerk's red 复印件与原件核对无误 box with a signature;
- the bundle's clip: a paper clip's wire loop over the top edge at a corner, or a black binder clip (长尾夹) at the
  top middle, each with its shadow, never reaching the first printed line.

Then the capture: on the flatbed the sheet lies a little crooked and a few millimetres off the glass's corner, the
white lid showing along two edges with the sheet's edge shadow; the lamp's warm tint, sensor noise, a slight softness;
mostly colour JPEG, some pages saved grey. A phone shot shows the sheet in perspective on the wooden or grey desk,
light falling off to one side. Some pages went on the glass (or were shot) turned 90° or 180°."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from dossier.corpus.draw import DPI, Sheet, hand, mm
from dossier.corpus.fonts import font

HIGHLIGHT = {"yellow": (255, 236, 40), "pink": (255, 128, 190), "green": (120, 236, 110)}
PENS = {"red": (196, 28, 36), "blue": (28, 48, 168)}
STICKY = {"yellow": (253, 238, 120), "pink": (252, 178, 196), "green": (186, 236, 160), "blue": (170, 214, 246)}
NOTES = ("已核", "退补", "核对金额", "已核对", "待补", "核", "已送达", "注意时效")
STICKY_NOTES = ("已电话通知 {m}/{d}", "见第{p}页回证", "核对身份证号", "待领导签批", "复印件已核", "原件已退 {m}/{d}",
                "请核对账号", "此页附判决后", "已约谈 {m}/{d}", "见第{p}页")
LID = 241.0
"""the flatbed lid's white, where the sheet does not cover the glass"""


@dataclass
class Mark:
    kind: str                 # hl | circle | underline | tick | bracket | note
    box: tuple[float, float, float, float]   # the printed line (or lines) it is about, sheet pixels
    colour: str = "yellow"
    text: str = ""
    arrow: bool = False
    double: bool = False
    seed: int = 0


@dataclass
class Sticky:
    box: tuple[float, float, float, float]    # where it lies on the sheet (before its slight turn)
    colour: str
    text: str
    angle: float


@dataclass
class Stamp:
    kind: str                 # read | copy
    at: tuple[float, float]
    colour: str
    date: str
    who: str


@dataclass
class DeskScan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    grey: bool
    marks: list[Mark] = field(default_factory=list)
    sticky: Sticky | None = None
    stamps: list[Stamp] = field(default_factory=list)
    clip: tuple[str, float] | None = None     # ("paper" | "binder", x as a fraction of the width)
    offset: tuple[float, float] = (0.0, 0.0)  # the sheet's shift on the glass, mm (right, down)
    tint: tuple[float, float, float] = (1.0, 0.99, 0.96)
    noise: float = 3.0
    blur: float = 0.0
    seed: int = 0


def _spots(sheet: Sheet) -> list[tuple[str, float, float, float, float]]:
    found: list[tuple[str, float, float, float, float]] = sheet.__dict__.get("fd_spots", [])
    return found


def ink_map(sheet: Sheet) -> Any:
    """Where there is print or ink on the sheet, at a quarter of its resolution (a cell is 0.5 mm)."""
    small: Any = np.asarray(sheet.image.reduce(4).convert("RGB"), dtype=np.int16)
    dark = small.min(axis=2) < 170
    spread = (small.max(axis=2) - small.min(axis=2)) > 70
    return (dark | spread).astype(np.int32)


def _free(ink: Any, box: tuple[float, float, float, float], tolerance: float = 0.004) -> bool:
    """Whether `box` (sheet pixels) lies on the sheet and covers (almost) no print."""
    h, w = ink.shape
    x0, y0, x1, y1 = (int(v / 4) for v in box)
    if x0 < 0 or y0 < 0 or x1 > w or y1 > h or x1 <= x0 or y1 <= y0:
        return False
    return float(ink[y0:y1, x0:x1].mean()) <= tolerance


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def plan_capture(rng: random.Random, sheet: Sheet) -> DeskScan:
    photo = rng.random() < 0.12
    rotation = rng.choices([0, 90, 180, 270], weights=[90, 3, 5, 2])[0]
    plan = DeskScan(
        dpi=rng.choice([150, 200, 200, 240, 300]) if not photo else rng.choice([150, 180, 200]),
        rotation=rotation, photo=photo, quality=rng.randint(62, 88),
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 1.4) if rng.random() < 0.8 else 0.0,
        grey=rng.random() < 0.15, offset=(rng.uniform(0.5, 4.0), rng.uniform(0.5, 4.0)),
        tint=(rng.uniform(0.98, 1.0), rng.uniform(0.96, 0.99), rng.uniform(0.9, 0.96)),
        noise=rng.uniform(1.5, 4.5), blur=rng.uniform(0.0, 0.7), seed=rng.randint(0, 2**31))
    ink = ink_map(sheet)
    if float(ink.mean()) < 0.0005:  # a blank back: nothing on it to read, mark or stamp
        return plan
    spots = _spots(sheet)
    busy = rng.random() < 0.8
    if busy:
        plan.marks = _plan_marks(rng, sheet, spots, ink)
    taken = [m.box for m in plan.marks if m.kind == "note"]
    forced = sheet.__dict__.get("fd_sticky")
    if forced or rng.random() < 0.22:
        plan.sticky = _plan_sticky(rng, sheet, ink, spots, str(forced or ""), taken)
    if sheet.__dict__.get("fd_copy"):
        at = _stamp_place(rng, sheet, ink, mm(74), mm(22))
        if at:
            plan.stamps.append(Stamp("copy", at, "red", f"{rng.randint(1, 12)}.{rng.randint(1, 28)}", _initials(rng)))
            _block(ink, at, mm(74), mm(22))
    if rng.random() < 0.3:
        at = _stamp_place(rng, sheet, ink, mm(36), mm(18))
        if at:
            plan.stamps.append(Stamp("read", at, rng.choice(["red", "blue"]), f"{rng.randint(1, 12)}.{rng.randint(1, 28)}",
                                     _initials(rng)))
    if rng.random() < 0.22:
        kind = rng.choice(["paper", "paper", "binder"])
        plan.clip = (kind, rng.uniform(0.12, 0.3) if kind == "paper" else rng.uniform(0.42, 0.58))
        if kind == "paper" and rng.random() < 0.5:
            plan.clip = (kind, 1 - plan.clip[1])
        if not _clip_clear(ink, sheet, plan.clip) or (plan.sticky and _clip_box(sheet, plan.clip)[2] > plan.sticky.box[0]
                                                      and plan.sticky.box[2] > _clip_box(sheet, plan.clip)[0]
                                                      and plan.sticky.box[1] < mm(30)):
            plan.clip = None
    return plan


def _initials(rng: random.Random) -> str:
    return rng.choice("王李张杨赵普罗段杞彭") + rng.choice(["", "阅", "核"])


def _block(ink: Any, at: tuple[float, float], w: float, h: float) -> None:
    x, y = int(at[0] / 4), int(at[1] / 4)
    ink[y:y + int(h / 4) + 1, x:x + int(w / 4) + 1] = 1


def _stamp_place(rng: random.Random, sheet: Sheet, ink: Any, w: float, h: float) -> tuple[float, float] | None:
    """A blank place for a stamp: the foot, the top margin's corners, the lower right."""
    tries = [(sheet.width - mm(30) - w, mm(8)), (mm(14), mm(8)), (sheet.width - mm(22) - w, sheet.height - mm(24) - h),
             (mm(20), sheet.height - mm(24) - h)]
    for _ in range(24):
        tries.append((rng.uniform(mm(14), sheet.width - mm(14) - w), rng.uniform(sheet.height * 0.45, sheet.height - mm(12) - h)))
    rng.shuffle(tries[:4])
    for x, y in tries:
        if _free(ink, (x - mm(2), y - mm(2), x + w + mm(2), y + h + mm(2)), 0.0):
            return (x, y)
    return None


def _clip_box(sheet: Sheet, clip: tuple[str, float]) -> tuple[float, float, float, float]:
    """Where a clip and its shadow lie on the sheet."""
    kind, xf = clip
    w = mm(12) if kind == "paper" else mm(34)
    x = xf * sheet.width
    return (max(0.0, x - w), 0, min(float(sheet.width), x + w), mm(20))


def _clip_clear(ink: Any, sheet: Sheet, clip: tuple[str, float]) -> bool:
    return _free(ink, _clip_box(sheet, clip), 0.01)


def _plan_marks(rng: random.Random, sheet: Sheet, spots: list[tuple[str, float, float, float, float]],
                ink: Any) -> list[Mark]:
    marks: list[Mark] = []
    pen = rng.choice(["red", "blue"])
    by: dict[str, list[tuple[float, float, float, float]]] = {}
    for kind, sx0, sy0, sx1, sy1 in spots:
        by.setdefault(kind, []).append((sx0, sy0, sx1, sy1))
    if not spots:
        by = {"body": _rows(ink)}
    if by.get("title") and rng.random() < 0.35:
        marks.append(Mark("hl", _union(by["title"]), rng.choice(list(HIGHLIGHT)), seed=rng.randint(0, 9999)))
    if by.get("number") and rng.random() < 0.4:
        box = by["number"][0]
        if rng.random() < 0.5:
            marks.append(Mark("circle", box, pen, seed=rng.randint(0, 9999)))
        else:
            marks.append(Mark("hl", box, "yellow", seed=rng.randint(0, 9999)))
        if rng.random() < 0.4:
            marks.append(Mark("note", box, pen, text=rng.choice(["已核", "核", "√已核"]), arrow=rng.random() < 0.5,
                              seed=rng.randint(0, 9999)))
    for box in by.get("money", [])[:2]:
        roll = rng.random()
        if roll < 0.3:
            marks.append(Mark("underline", box, pen, double=rng.random() < 0.3, seed=rng.randint(0, 9999)))
        elif roll < 0.5:
            marks.append(Mark("hl", box, rng.choice(["yellow", "green"]), seed=rng.randint(0, 9999)))
        elif roll < 0.62:
            marks.append(Mark("circle", box, pen, seed=rng.randint(0, 9999)))
    keys = by.get("key", [])
    if keys and rng.random() < 0.45:
        if rng.random() < 0.6:
            for box in keys[:4]:
                marks.append(Mark("hl", box, rng.choice(["pink", "green", "yellow"]), seed=rng.randint(0, 9999)))
        else:
            marks.append(Mark("bracket", _union(keys[:5]), pen, text=rng.choice(["", "重点", "注意"]),
                              seed=rng.randint(0, 9999)))
    parties = by.get("party", [])
    if parties and rng.random() < 0.3:
        for box in parties[: rng.randint(1, 2)]:
            marks.append(Mark("tick", box, pen, seed=rng.randint(0, 9999)))
    body = by.get("body", [])
    if body and rng.random() < 0.3:
        box = rng.choice(body)
        marks.append(Mark("underline", box, pen, seed=rng.randint(0, 9999)))
    if rng.random() < 0.35 and (body or parties):
        box = rng.choice(body or parties)
        text = rng.choice(NOTES + (f"见第{rng.randint(2, 40)}页",) * 3)
        marks.append(Mark("note", box, pen, text=text, arrow=rng.random() < 0.6, seed=rng.randint(0, 9999)))
    kept = []
    for m in marks:
        if m.kind != "note":
            kept.append(m)
            continue
        where = _note_place(sheet, ink, m, rng)
        if where:
            m.box = (*where, m.box[1], m.box[3])  # (x, y of the note; the line's top and bottom for the arrow)
            kept.append(m)
    return kept


def _union(boxes: list[tuple[float, float, float, float]]) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _rows(ink: Any) -> list[tuple[float, float, float, float]]:
    """Printed rows found from the ink (for a sheet the kit noted nothing on): boxes in sheet pixels."""
    prof = ink.mean(axis=1) > 0.02
    rows: list[tuple[float, float, float, float]] = []
    start = -1
    for y, on in enumerate([*prof.tolist(), False]):
        if on and start < 0:
            start = y
        elif not on and start >= 0:
            if 5 <= y - start <= 30:
                cols = np.nonzero(ink[start:y].max(axis=0))[0]
                rows.append((float(cols[0] * 4), float(start * 4), float(cols[-1] * 4 + 4), float(y * 4)))
            start = -1
    return rows


def _note_place(sheet: Sheet, ink: Any, m: Mark, rng: random.Random) -> tuple[float, float] | None:
    """A margin note beside its line: the left margin, else the right, else just above the line."""
    size = 40
    w = len(m.text) * size + mm(2)
    y = (m.box[1] + m.box[3]) / 2 - size / 2
    for x in (mm(4) + rng.uniform(0, mm(3)), sheet.width - w - mm(4), m.box[2] + mm(4)):
        if _free(ink, (x - 6, y - 8, x + w, y + size + 10), 0.0):
            _block(ink, (x, y), w, size)
            return (x, y)
    return None


def _plan_sticky(rng: random.Random, sheet: Sheet, ink: Any, spots: list[tuple[str, float, float, float, float]],
                 text: str, taken: list[tuple[float, float, float, float]]) -> Sticky | None:
    """A note in a margin, partly over the text area but over no print and no key line."""
    if not text:
        m, d = rng.randint(1, 12), rng.randint(1, 28)
        text = rng.choice(STICKY_NOTES).format(m=m, d=d, p=rng.randint(2, 48))
    w, h = rng.uniform(mm(40), mm(52)), rng.uniform(mm(34), mm(44))
    keep = [(x0, y0, x1, y1) for k, x0, y0, x1, y1 in spots if k in ("title", "number", "money", "key", "court")]
    places = []
    for _ in range(60):
        side = rng.random()
        if side < 0.5:
            x = sheet.width - w + rng.uniform(mm(4), mm(16))        # over the right edge, into the text area
        elif side < 0.75:
            x = rng.uniform(-mm(6), mm(8))
        else:
            x = rng.uniform(mm(20), sheet.width - w - mm(20))
        y = rng.uniform(mm(6), sheet.height - h - mm(8))
        places.append((x, y))
    for _ in range(30):  # a smaller one in the head or foot margin, when the margins beside the text are full
        sw, sh = rng.uniform(mm(34), mm(40)), rng.uniform(mm(22), mm(25))
        places.append((rng.uniform(mm(8), sheet.width - sw - mm(8)), rng.choice([mm(3), sheet.height - sh - mm(3)])))
    for k, (x, y) in enumerate(places):
        if k == 60:
            w, h = sw, sh
        box = (x, y, x + w, y + h)
        on = (max(0.0, x), y, min(float(sheet.width), x + w), y + h)
        if any(_overlaps(box, b) for b in keep) or any(_overlaps(box, t) for t in taken):
            continue
        if (on[2] - on[0]) < w * 0.6 or not _free(ink, (on[0] - mm(1), on[1] - mm(1), on[2] + mm(1), on[3] + mm(1)), 0.0003):
            continue
        return Sticky(box, rng.choice(list(STICKY)), text, rng.uniform(-4, 4))
    return None


# ---- drawing the marks -------------------------------------------------------------------------------------------


def _wobble(points: list[tuple[float, float]], rng: random.Random, amount: float) -> list[tuple[float, float]]:
    return [(x + rng.uniform(-amount, amount), y + rng.uniform(-amount, amount)) for x, y in points]


def _stroke(img: Image.Image, points: list[tuple[float, float]], colour: tuple[int, int, int], width: int,
            alpha: int = 225) -> None:
    """A ballpoint line through `points`, drawn on the patch of the image it crosses."""
    pad = width + 4
    x0 = max(0, int(min(p[0] for p in points) - pad))
    y0 = max(0, int(min(p[1] for p in points) - pad))
    x1 = min(img.width, int(max(p[0] for p in points) + pad))
    y1 = min(img.height, int(max(p[1] for p in points) + pad))
    if x1 <= x0 or y1 <= y0:
        return
    patch = img.crop((x0, y0, x1, y1)).convert("RGBA")
    layer = Image.new("RGBA", patch.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    local = [(x - x0, y - y0) for x, y in points]
    d.line(local, fill=(*colour, alpha), width=width, joint="curve")
    for x, y in (local[0], local[-1]):
        r = width / 2
        d.ellipse((x - r, y - r, x + r, y + r), fill=(*colour, alpha))
    img.paste(Image.alpha_composite(patch, layer).convert("RGB"), (x0, y0))


def _highlight(img: Image.Image, box: tuple[float, float, float, float], colour: str, rng: random.Random) -> None:
    """A marker stroke multiplied over the line: a slanted band with rounded, uneven ends; the print stays black."""
    x0, y0, x1, y1 = box
    h = (y1 - y0) * rng.uniform(1.05, 1.35)
    cy = (y0 + y1) / 2 + rng.uniform(-3, 3)
    x0 -= rng.uniform(4, 18)
    x1 += rng.uniform(4, 22)
    slope = rng.uniform(-0.012, 0.012)
    bx0, by0 = max(0, int(x0 - 12)), max(0, int(cy - h - abs(slope) * (x1 - x0) - 8))
    bx1, by1 = min(img.width, int(x1 + 12)), min(img.height, int(cy + h + abs(slope) * (x1 - x0) + 8))
    if bx1 <= bx0 or by1 <= by0:
        return
    patch = img.crop((bx0, by0, bx1, by1))
    mask = Image.new("L", patch.size, 0)
    d = ImageDraw.Draw(mask)
    steps = max(2, int((x1 - x0) / 6))
    for k in range(steps + 1):
        x = x0 + (x1 - x0) * k / steps
        y = cy + slope * (x - x0) + rng.uniform(-0.8, 0.8)
        half = h / 2 * rng.uniform(0.94, 1.0)
        d.ellipse((x - 6 - bx0, y - half - by0, x + 6 - bx0, y + half - by0), fill=int(255 * rng.uniform(0.8, 0.95)))
    mask = mask.filter(ImageFilter.GaussianBlur(1.2))
    mixed = ImageChops.multiply(patch, Image.new("RGB", patch.size, HIGHLIGHT[colour]))
    patch.paste(mixed, (0, 0), mask)
    img.paste(patch, (bx0, by0))


def _ellipse(img: Image.Image, box: tuple[float, float, float, float], colour: str, rng: random.Random) -> None:
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    a, b = (x1 - x0) / 2 + rng.uniform(14, 30), (y1 - y0) / 2 + rng.uniform(12, 22)
    start = rng.uniform(0, 2 * math.pi)
    turn = 2 * math.pi * rng.uniform(1.05, 1.18)
    tilt = math.radians(rng.uniform(-3, 3))
    pts = []
    for k in range(90):
        t = start + turn * k / 89
        grow = 1 + 0.06 * k / 89
        px, py = a * grow * math.cos(t), b * grow * math.sin(t)
        pts.append((cx + px * math.cos(tilt) - py * math.sin(tilt), cy + px * math.sin(tilt) + py * math.cos(tilt)))
    _stroke(img, _wobble(pts, rng, 1.2), PENS[colour], rng.choice([3, 4]))


def _underline(img: Image.Image, box: tuple[float, float, float, float], colour: str, rng: random.Random,
               double: bool) -> None:
    x0, _, x1, y1 = box
    for k in range(2 if double else 1):
        y = y1 + 6 + k * 9 + rng.uniform(-2, 2)
        pts = [(x0 - rng.uniform(0, 10) + (x1 - x0) * t / 12, y + rng.uniform(-1.5, 1.5) + t * rng.uniform(-0.3, 0.3))
               for t in range(13)]
        _stroke(img, pts, PENS[colour], 3)


def _tick(img: Image.Image, box: tuple[float, float, float, float], colour: str, rng: random.Random) -> None:
    x = max(mm(6), box[0] - mm(9))
    y = (box[1] + box[3]) / 2
    s = rng.uniform(16, 24)
    pts = [(x, y), (x + s * 0.4, y + s * 0.55), (x + s * 1.3, y - s * 0.8)]
    _stroke(img, _wobble(pts, rng, 1.5), PENS[colour], 4)


def _bracket(img: Image.Image, box: tuple[float, float, float, float], colour: str, rng: random.Random,
             text: str) -> None:
    x = max(mm(5), box[0] - mm(7))
    y0, y1 = box[1] - 4, box[3] + 4
    pts = [(x + 14, y0), (x, y0 + 10), (x, y1 - 10), (x + 14, y1)]
    _stroke(img, _wobble(pts, rng, 1.5), PENS[colour], 3)
    if text and x > mm(14):
        tmp = Sheet(size=img.size)
        tmp.image = img
        for k, ch in enumerate(text):
            hand(tmp, x - mm(8), (y0 + y1) / 2 - 44 + k * 44, ch, rng, size=40, ink=PENS[colour], record=False)


def _note(img: Image.Image, m: Mark, rng: random.Random) -> None:
    x, y, line_top, line_bottom = m.box
    tmp = Sheet(size=img.size)
    tmp.image = img
    w = hand(tmp, x, y, m.text, rng, size=40, ink=PENS[m.colour], record=False)
    if m.arrow:
        ly = (line_top + line_bottom) / 2
        if x < img.width / 2:
            start, end = (x + w + 6, y + 20), (x + w + mm(9), ly)
        else:
            start, end = (x - 6, y + 20), (x - mm(9), ly)
        _stroke(img, [start, ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2 - 8), end], PENS[m.colour], 3)
        ang = math.atan2(end[1] - start[1], end[0] - start[0])
        for da in (2.6, -2.6):
            _stroke(img, [end, (end[0] + 14 * math.cos(ang + da), end[1] + 14 * math.sin(ang + da))], PENS[m.colour], 3)


def _sticky(img: Image.Image, st: Sticky, rng: random.Random) -> None:
    x0, y0, x1, y1 = st.box
    w, h = int(x1 - x0), int(y1 - y0)
    colour = STICKY[st.colour]
    note = Sheet(size=(w, h), paper=colour)
    d = note.draw
    d.rectangle((0, 0, w, int(h * 0.18)), fill=tuple(max(0, v - 10) for v in colour))  # the glued strip, a shade deeper
    for k in range(h):  # the free end curls up a little: lighter towards the foot
        if k > h * 0.7:
            lift = int((k - h * 0.7) / (h * 0.3) * 14)
            d.line((0, k, w, k), fill=tuple(min(255, v + lift) for v in colour))
    ink = rng.choice([(28, 40, 120), (40, 40, 46), (170, 30, 40)])
    size = 38 if len(st.text) <= 6 else 34
    per = max(3, int((w - 24) / size))
    y = h * 0.26
    for i in range(0, len(st.text), per):
        hand(note, 12, y, st.text[i:i + per], rng, size=size, ink=ink, record=False)
        y += size * 1.25
    card = note.image.convert("RGBA")
    card = card.rotate(st.angle, resample=Image.Resampling.BICUBIC, expand=True)
    alpha = card.split()[3]
    shadow = Image.new("RGBA", card.size, (60, 50, 40, 0))
    shadow.putalpha(alpha.point(lambda v: int(v * 0.35)).filter(ImageFilter.GaussianBlur(6)))
    px, py = int(x0 - (card.width - w) / 2), int(y0 - (card.height - h) / 2)
    base = img.convert("RGBA")
    base.alpha_composite(shadow, (max(0, px + 7), max(0, py + 9)), (max(0, -px - 7), max(0, -py - 9)))
    base.alpha_composite(card, (max(0, px), max(0, py)), (max(0, -px), max(0, -py)))
    img.paste(base.convert("RGB"))


def _stamp(img: Image.Image, st: Stamp, rng: random.Random) -> None:
    colour = (196, 36, 44) if st.colour == "red" else (36, 60, 170)
    x, y = st.at
    layer = Sheet(size=img.size)
    layer.image = Image.new("RGB", img.size, (255, 255, 255))
    d = layer.draw
    if st.kind == "copy":
        w, h = mm(74), mm(22)
        d.rectangle((x, y, x + w, y + h), outline=colour, width=4)
        d.text((x + mm(3), y + mm(2.2)), "复印件与原件核对无误", font=font("hei", 44), fill=colour)
        d.text((x + mm(3), y + mm(12.5)), "核对人：", font=font("hei", 32), fill=colour)
        d.text((x + mm(46), y + mm(12.5)), st.date, font=font("hei", 32), fill=colour)
    else:
        w, h = mm(36), mm(18)
        d.rounded_rectangle((x, y, x + w, y + h), radius=10, outline=colour, width=4)
        d.text((x + mm(5), y + mm(1.6)), "已 阅", font=font("hei", 54), fill=colour)
        d.text((x + mm(9), y + mm(11.5)), st.date, font=font("hei", 30), fill=colour)
    faded = rng.uniform(0.7, 0.95)
    mask = ImageChops.invert(layer.image.convert("L")).point(lambda v: int(min(255, v * 2.2) * faded))
    mask = mask.rotate(rng.uniform(-3, 3), center=(x + w / 2, y + h / 2), resample=Image.Resampling.BICUBIC)
    img.paste(ImageChops.multiply(img, Image.new("RGB", img.size, colour)), (0, 0), mask)
    tmp = Sheet(size=img.size)
    tmp.image = img
    if st.kind == "copy":
        hand(tmp, x + mm(19), y + mm(11), st.who, rng, size=40, ink=(30, 40, 110), record=False)
    else:
        hand(tmp, x + w + mm(2), y + mm(4), st.who, rng, size=40, ink=(30, 40, 110), record=False)


def _clip(img: Image.Image, clip: tuple[str, float], rng: random.Random) -> None:
    kind, xf = clip
    x = xf * img.width
    base = img.convert("RGBA")
    shadow = Image.new("L", img.size, 0)
    metal = Image.new("RGBA", img.size, (0, 0, 0, 0))
    ds, dm = ImageDraw.Draw(shadow), ImageDraw.Draw(metal)
    if kind == "paper":
        w, top, bottom = mm(9), -mm(10), mm(17)
        outer = (x - w / 2, top, x + w / 2, bottom)
        inner = (x - w / 2 + mm(2), top + mm(5), x + w / 2 - mm(2), bottom - mm(4))
        for b in (outer, inner):
            ds.rounded_rectangle((b[0] + 8, b[1] + 10, b[2] + 8, b[3] + 10), radius=mm(3.5), outline=150, width=7)
            dm.rounded_rectangle(b, radius=mm(3.5), outline=(150, 152, 158, 255), width=5)
            dm.rounded_rectangle((b[0] + 1, b[1] + 1, b[2] - 1, b[3] - 1), radius=mm(3.5), outline=(214, 216, 222, 200), width=1)
    else:
        w, depth = mm(32), mm(13)
        ds.polygon([(x - w / 2 + 6, 0), (x + w / 2 + 10, 0), (x + w / 2 + 6, depth + 12), (x - w / 2 + 12, depth + 12)], fill=170)
        dm.polygon([(x - w / 2, 0), (x + w / 2, 0), (x + w / 2 - mm(2), depth), (x - w / 2 + mm(2), depth)],
                   fill=(26, 26, 30, 255))
        dm.line((x - w / 2 + mm(3), depth - mm(2.5), x + w / 2 - mm(3), depth - mm(2.5)), fill=(90, 90, 98, 255), width=3)
        dm.line((x - w / 2 + mm(1), mm(1.5), x + w / 2 - mm(1), mm(1.5)), fill=(120, 120, 128, 255), width=2)
    shadow = shadow.filter(ImageFilter.GaussianBlur(7))
    dark = Image.new("RGBA", img.size, (40, 36, 30, 0))
    dark.putalpha(shadow.point(lambda v: int(v * 0.55)))
    base.alpha_composite(dark)
    base.alpha_composite(metal)
    img.paste(base.convert("RGB"))


def marked(sheet: Sheet, plan: DeskScan) -> Image.Image:
    """The sheet as the readers left it: marks, note, stamps and clip on a copy of its image."""
    img = sheet.image.convert("RGB").copy()
    rng = random.Random(plan.seed)
    for m in plan.marks:
        r = random.Random(m.seed)
        if m.kind == "hl":
            _highlight(img, m.box, m.colour, r)
        elif m.kind == "circle":
            _ellipse(img, m.box, m.colour, r)
        elif m.kind == "underline":
            _underline(img, m.box, m.colour, r, m.double)
        elif m.kind == "tick":
            _tick(img, m.box, m.colour, r)
        elif m.kind == "bracket":
            _bracket(img, m.box, m.colour, r, m.text)
        elif m.kind == "note":
            _note(img, m, r)
    for st in plan.stamps:
        _stamp(img, st, rng)
    if plan.sticky is not None:
        _sticky(img, plan.sticky, rng)
    if plan.clip is not None:
        _clip(img, plan.clip, rng)
    return img


def _flatbed(a: Any, plan: DeskScan, gen: Any) -> Any:
    """The sheet on the glass: shifted off the corner and a little crooked, the lid's white round it with the sheet's
    edge shadow, the lamp's tint."""
    h, w = a.shape[:2]
    dx, dy = plan.offset[0] / 25.4 * plan.dpi, plan.offset[1] / 25.4 * plan.dpi
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    m[0, 2] += dx
    m[1, 2] += dy
    sheet = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    cover = cv2.warpAffine(np.ones((h, w), np.float32), m, (w, h), flags=cv2.INTER_LINEAR)
    near = cv2.GaussianBlur(cover, (0, 0), max(1.0, plan.dpi / 60))
    lid = np.float32(LID) - 60 * np.clip(near - cover, 0, 1)  # the sheet's edge shadow on the lid
    out = sheet * cover[..., None] + (lid * (1 - cover))[..., None]
    out *= np.array(plan.tint, np.float32)
    out += (gen.standard_normal((h, w), dtype=np.float32) * np.float32(plan.noise))[..., None]
    return out


def _desk(a: Any, plan: DeskScan, rng: random.Random, gen: Any) -> Any:
    """A phone shot of the sheet on the desk: perspective, the desk round it, light falling off."""
    h, w = a.shape[:2]
    H, W = int(h * 1.1), int(w * 1.12)
    wood = rng.random() < 0.6
    base = np.array([rng.uniform(120, 160), rng.uniform(88, 118), rng.uniform(58, 80)] if wood
                    else [rng.uniform(92, 120)] * 3, np.float32)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    grain = np.sin(yy / rng.uniform(3, 7) + np.sin(xx / 140.0) * 2) * (6 if wood else 1.5)
    desk = base[None, None, :] + grain[..., None] + (gen.standard_normal((H, W), dtype=np.float32) * 3)[..., None]
    j = lambda v: rng.uniform(0.015, 0.06) * v  # noqa: E731
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    dst = np.array([[j(W), j(H)], [W - j(W), j(H)], [W - j(W), H - j(H)], [j(W), H - j(H)]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    sheet = cv2.warpPerspective(a, m, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))
    near = cv2.GaussianBlur(mask, (0, 0), 8)
    desk = desk * (1 - 0.3 * np.clip(near - mask, 0, 1))[..., None]  # the sheet's shadow on the desk
    out = sheet * mask[..., None] + desk * (1 - mask)[..., None]
    cx, cy = rng.uniform(-0.2, 1.2) * W, rng.uniform(-0.2, 1.2) * H
    light = 1.04 - rng.uniform(0.18, 0.32) * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    cast = np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.86, 0.96)], np.float32)
    out = out * light[..., None] * cast
    out += (gen.standard_normal((H, W), dtype=np.float32) * np.float32(plan.noise + 1.5))[..., None]
    return out


def capture(sheet: Sheet, plan: DeskScan, rng: random.Random) -> bytes:
    img = marked(sheet, plan)
    a: Any = np.asarray(img, dtype=np.float32)
    h0, w0 = a.shape[:2]
    w, h = round(w0 * plan.dpi / DPI), round(h0 * plan.dpi / DPI)
    if (w, h) != (w0, h0):
        a = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)
    gen = np.random.default_rng(plan.seed ^ rng.randint(0, 2**31))
    a = _desk(a, plan, rng, gen) if plan.photo else _flatbed(a, plan, gen)
    if plan.blur > 0.25:
        a = cv2.GaussianBlur(a, (0, 0), plan.blur)
    a = np.clip(a, 0, 255).astype(np.uint8)
    if plan.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-plan.rotation // 90))
    pil = Image.fromarray(a, "RGB")
    if plan.grey:
        pil = pil.convert("L")
    out = io.BytesIO()
    pil.save(out, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return out.getvalue()
