"""How court_ja's volumes were captured: read first, then scanned. The undertaker goes through every volume with
highlighters and a red pen before it goes to the bureau's colour flatbed — the court's own papers and the parties'
alike. Yellow (mostly), green and pink strokes run across the key spans — sums, names, dates, now and then a case
number or a whole title — each a translucent band a little taller than the type, its edges wavering, its ends
overshooting, sometimes gone over twice; a red ballpoint underlines a sum or a date, circles a figure, ticks lines in
the left margin and writes short notes in the margins in the undertaker's hand (核对, 已送达, 见第5页, 款已到). The
flatbed scans at 200, 240 or 300 dpi to JPEG, in colour or, for some batches, in grey, where a highlighter stroke
becomes a grey band over the text; the lid leaves a soft shadow along one edge, and a few pages were laid on the glass
turned 90° or 180°."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet, hand, mm

HIGHLIGHTERS: dict[str, tuple[int, int, int]] = {
    "yellow": (255, 238, 60), "green": (140, 236, 110), "pink": (255, 128, 190)}
RED_PEN = (196, 28, 38)
LID = 232.0
"""the white of the flatbed's lid, seen where a skewed sheet leaves the glass bare"""


@dataclass
class Stroke:
    """A highlighter stroke across a span, in sheet pixels (200 dpi)."""

    box: tuple[float, float, float, float]
    colour: str
    passes: int = 1
    drift: float = 0.0      # how far the stroke climbs (or falls) from its start to its end, px


@dataclass
class PenMark:
    """A red ballpoint mark: underline | circle | tick | note, at a box in sheet pixels (a note's text at its top left)."""

    kind: str
    box: tuple[float, float, float, float]
    text: str = ""
    ink: tuple[int, int, int] = RED_PEN


@dataclass
class ReadScan:
    dpi: int
    rotation: int
    photo: bool
    grey: bool
    quality: int
    skew: float
    strokes: list[Stroke] = field(default_factory=list)
    marks: list[PenMark] = field(default_factory=list)
    shadow: tuple[str, float] = ("left", 0.0)   # the lid's shadow: edge and width in mm
    noise: float = 2.5


def _keys(sheet: Sheet) -> list[tuple[float, float, float, float, str]]:
    keys: list[tuple[float, float, float, float, str]] = getattr(sheet, "keys", [])
    return [k for k in keys if 0 <= k[0] < k[2] <= sheet.width and 0 <= k[1] < k[3] <= sheet.height]


def _note(sheet: Sheet, rng: random.Random) -> str:
    text = "".join(sheet.lines)
    if "送达回证" in text:
        return rng.choice(["已送达", "已送达√", "已签收"])
    if "回单" in text or "结案通知书" in text:
        return rng.choice(["款已到", "核对", "已发放"])
    return rng.choice(["核对", "核对", "已核", f"见第{rng.randint(2, 40)}页", "对", "查"])


def plan_capture(rng: random.Random, sheet: Sheet) -> ReadScan:
    keys = _keys(sheet)
    cap = ReadScan(dpi=rng.choice([200, 200, 240, 300, 300]), rotation=rng.choices([0, 90, 180, 270], [90, 4, 4, 2])[0],
                   photo=False, grey=rng.random() < 0.3, quality=rng.randint(72, 92),
                   skew=rng.uniform(-0.8, 0.8) if rng.random() < 0.7 else 0.0,
                   shadow=(rng.choice(["left", "top", "right"]), rng.uniform(3, 9) if rng.random() < 0.6 else 0.0),
                   noise=rng.uniform(1.5, 3.5))
    if not keys or rng.random() < 0.15:
        return cap
    colours = ["yellow"] * 6 + ["green"] * 2 + ["pink"] * 2
    first = rng.choice(colours)
    second = rng.choice([c for c in HIGHLIGHTERS if c != first])
    prefer = [k for k in keys if k[4] in ("money", "name", "date", "number")]
    titles = [k for k in keys if k[4] == "title"]
    rng.shuffle(prefer)
    chosen = prefer[:rng.randint(2, 6)]
    if titles and rng.random() < 0.18:
        chosen.append(titles[0])
    for k in chosen:
        colour = second if k[4] == "name" and rng.random() < 0.4 else first
        cap.strokes.append(Stroke((k[0], k[1], k[2], k[3]), colour, passes=2 if rng.random() < 0.2 else 1,
                                  drift=rng.uniform(-6, 6)))
    sums = [k for k in keys if k[4] in ("money", "date")]
    for k in rng.sample(sums, min(len(sums), rng.randint(0, 2))):
        cap.marks.append(PenMark("underline", (k[0], k[3], k[2], k[3] + 6)))
    money = [k for k in keys if k[4] == "money"]
    if money and rng.random() < 0.45:
        k = rng.choice(money)
        cap.marks.append(PenMark("circle", (k[0] - 14, k[1] - 10, k[2] + 14, k[3] + 10)))
    for k in rng.sample(keys, min(len(keys), rng.randint(0, 3))):
        x = max(mm(6), min(k[0], mm(30)) - mm(14))
        cap.marks.append(PenMark("tick", (x, k[1], x + mm(9), k[3])))
    if rng.random() < 0.6:
        k = rng.choice(keys)
        text = _note(sheet, rng)
        ink = RED_PEN if rng.random() < 0.75 else (30, 40, 110)
        x = sheet.width - mm(24) if rng.random() < 0.6 else mm(5)
        cap.marks.append(PenMark("note", (x, max(mm(8), k[1] - mm(2)), x + mm(20), k[3]), text, ink))
    return cap


def _stroke(img: Any, s: Stroke, gen: Any) -> None:
    """A translucent chisel-tip stroke multiplied onto img (float RGB, sheet pixels)."""
    x0, y0, x1, y1 = s.box
    h = (y1 - y0) * 1.08
    pad = int(h + abs(s.drift) + 20)
    bx0, by0 = max(0, int(x0) - pad), max(0, int(y0) - pad)
    bx1, by1 = min(img.shape[1], int(x1) + pad), min(img.shape[0], int(y1) + pad)
    if bx1 <= bx0 or by1 <= by0:
        return
    colour = np.array(HIGHLIGHTERS[s.colour], np.float32) / 255.0
    for p in range(s.passes):
        mask = Image.new("L", (bx1 - bx0, by1 - by0), 0)
        d = ImageDraw.Draw(mask)
        start = x0 - gen.uniform(4, 16) - bx0 + p * gen.uniform(-10, 30)
        end = x1 + gen.uniform(4, 20) - bx0 - p * gen.uniform(0, 40)
        top = (y0 + y1) / 2 - h / 2 - by0 + p * gen.uniform(-4, 4)
        n = 12
        xs = np.linspace(start, end, n)
        upper = [(float(x), float(top + s.drift * k / (n - 1) + gen.uniform(-2.5, 2.5))) for k, x in enumerate(xs)]
        lower = [(float(x), float(top + h + s.drift * k / (n - 1) + gen.uniform(-2.5, 2.5))) for k, x in enumerate(xs)]
        lower[-1] = (lower[-1][0] - h * 0.25, lower[-1][1])   # the chisel tip's slanted end
        upper[0] = (upper[0][0] + h * 0.25, upper[0][1])
        d.polygon(upper + lower[::-1], fill=int(255 * gen.uniform(0.82, 0.95)))
        m = cv2.GaussianBlur(np.asarray(mask, np.float32) / 255.0, (0, 0), 1.2)[..., None]
        region = img[by0:by1, bx0:bx1]
        region *= 1.0 - m + m * colour


def _pen(image: Image.Image, mark: PenMark, rng: random.Random) -> None:
    d = ImageDraw.Draw(image)
    x0, y0, x1, y1 = mark.box
    w = 4
    if mark.kind == "underline":
        n = max(4, int((x1 - x0) / 25))
        pts = [(x0 - 6 + (x1 - x0 + 12) * k / n, y0 + 3 + rng.uniform(-3, 3) + 4 * k / n) for k in range(n + 1)]
        d.line(pts, fill=mark.ink, width=w, joint="curve")
        if rng.random() < 0.3:
            d.line([(px, py + 9) for px, py in pts], fill=mark.ink, width=w - 1)
    elif mark.kind == "circle":
        a, b = (x1 - x0) / 2, (y1 - y0) / 2
        cx, cy = x0 + a, y0 + b
        turn = rng.uniform(0, 6.28)
        pts = [(cx + a * np.cos(t) * rng.uniform(0.97, 1.03), cy + b * np.sin(t) * rng.uniform(0.94, 1.06))
               for t in np.linspace(turn, turn + 6.28 * 1.08, 48)]
        d.line(pts, fill=mark.ink, width=w, joint="curve")
    elif mark.kind == "tick":
        h = y1 - y0
        d.line([(x0, y0 + h * 0.5), (x0 + (x1 - x0) * 0.35, y0 + h * 0.95), (x1, y0 - h * 0.2)], fill=mark.ink,
               width=w + 1, joint="curve")
    else:
        holder = Sheet(size=(8, 8))
        holder.image = image
        hand(holder, x0, y0, mark.text, rng, size=42, ink=mark.ink, record=False)


def capture(sheet: Sheet, cap: ReadScan, rng: random.Random) -> bytes:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32).copy()
    for s in cap.strokes:
        _stroke(img, s, gen)
    marked = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")
    for m in cap.marks:
        _pen(marked, m, rng)
        if m.kind == "note" and m.text not in sheet.lines:
            sheet.lines.append(m.text)
    a: Any = np.asarray(marked, dtype=np.float32)
    h0, w0 = a.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        a = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA)
    if abs(cap.skew) > 0.01:
        turn = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, turn, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                           borderValue=(LID, LID, LID))
    edge, width_mm = cap.shadow
    if width_mm > 0:
        n = max(2, round(width_mm / 25.4 * cap.dpi))
        ramp = np.linspace(0.55, 1.0, n, dtype=np.float32) ** 0.6
        if edge == "left":
            a[:, :n] *= ramp[None, :, None]
        elif edge == "right":
            a[:, w - n:] *= ramp[::-1][None, :, None]
        else:
            a[:n] *= ramp[:, None, None]
    a *= np.array([1.0, 0.99, 0.965], np.float32)   # the lamp's warm cast
    a += gen.normal(0, cap.noise, a.shape[:2])[..., None]
    a = cv2.GaussianBlur(np.clip(a, 0, 255), (0, 0), 0.5)
    if cap.grey:
        out: Any = np.clip(a @ np.array([0.299, 0.587, 0.114], np.float32), 0, 255).astype(np.uint8)
    else:
        out = np.clip(a, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    pil = Image.fromarray(out, "L" if cap.grey else "RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
