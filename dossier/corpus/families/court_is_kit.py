"""court_is's hand (贵州省雷山县人民法院, its 人民法庭 in the townships): almost nothing here is typeset. The tribunal's
clerks fill pre-printed blank forms — title and labels printed crisp in 宋体 by the county print shop, everything else
in ballpoint, a date now and then in pencil — and write the 执行笔录 and 谈话笔录 by hand on ruled record paper
(red double rule at the head, grey rules, 第　页共　页 at the foot). Notices and rulings come off the tribunal's old
laser printer whose cartridge is nearly empty: grey type with paler vertical bands. The copies kept in the volume
carry no stamp but a seal drawn by the clerk's ballpoint. Parties write on what they have: notebook leaves torn out
(blue rules, a red margin line, a ragged edge) or squared 稿纸."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import Sheet, mm, wrap
from dossier.corpus.fonts import Font, font

COURT = "贵州省雷山县人民法院"
SHORT = "雷山县人民法院"
BALL = (36, 46, 122)
"""blue-black ballpoint"""
BLACK = (32, 32, 36)
PENCIL = (118, 118, 114)
RED_PEN = (176, 44, 52)
PRINT = (18, 18, 18)
RULE = (190, 120, 120)
"""the record paper's rules: a faded red"""
LID = (224, 224, 220)
"""the flatbed's lid, where a small leaf does not cover the glass"""
X0, X1 = mm(24), mm(186)


def printed(role: str = "song_gb", size: int = 40) -> Font:
    return font(role, size)


def gb(s: str) -> str:
    """What a GB-2312 face can print: the typists put ○ for 〇."""
    return s.replace("〇", "○")


def write(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42, ink: tuple[int, int, int] = BALL,
          face: str = "wenkai", faint: float = 1.0, slant: float = 4.0, record: bool = True) -> float:
    """Handwriting: each character jittered in size, angle and baseline; pencil (faint < 1) grainy and light.
    Returns the x after the text."""
    if record and text.strip():
        s.lines.append(text)
    cx, drift = float(x), 0.0
    for ch in text:
        sz = max(14, int(size * rng.uniform(0.86, 1.1)))
        f = font(face, sz)
        adv = f.getlength(ch)
        if ch.strip():
            g = Image.new("L", (int(adv) + 14, sz + 20), 0)
            ImageDraw.Draw(g).text((6, 6), ch, font=f, fill=255)
            g = g.rotate(rng.uniform(-slant, slant), resample=Image.Resampling.BICUBIC, expand=True)
            if faint < 1.0:
                grain: Any = np.asarray(g, dtype=np.float32) * faint
                grain *= np.random.default_rng(rng.randint(0, 2**31)).uniform(0.35, 1.0, grain.shape)
                g = Image.fromarray(grain.clip(0, 255).astype(np.uint8), "L")
            col = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
            s.image.paste(col, (int(cx), int(y + drift + rng.uniform(-2.5, 2.5))), g)
        drift += rng.uniform(-1.4, 1.4)
        drift = max(-6.0, min(6.0, drift))
        cx += adv * rng.uniform(0.9, 1.04) + rng.uniform(-1, 2.5)
    return cx


def write_block(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, width: float, lead: float,
                size: int = 42, ink: tuple[int, int, int] = BALL, indent: float = 0.0, face: str = "wenkai",
                faint: float = 1.0) -> float:
    """A handwritten paragraph broken at `width`; returns the y below it."""
    for k, part in enumerate(wrap(text, font(face, size), width * 0.97, indent=indent)):
        write(s, x + (indent if k == 0 else 0), y, part, rng, size=size, ink=ink, face=face, faint=faint)
        y += lead
    return y


def wobble_circle(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, rng: random.Random, colour: tuple[int, int, int],
                  width: int = 3) -> None:
    pts = []
    phase, amp = rng.uniform(0, 6.28), r * rng.uniform(0.01, 0.035)
    start = rng.uniform(0, 360)
    for k in range(0, 372, 6):
        a = math.radians(start + k)
        rr = r + amp * math.sin(3 * a + phase) + rng.uniform(-1.2, 1.2)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.line(pts, fill=colour, width=width, joint="curve")


def hand_seal(s: Sheet, cx: float, cy: float, name: str, rng: random.Random, *, r: float = 0.0,
              ink: tuple[int, int, int] = RED_PEN) -> None:
    """The copy's seal, drawn by the clerk: a wobbly ballpoint circle, a five-pointed star, the court's name
    written round the top."""
    r = r or mm(17)
    d = s.draw
    wobble_circle(d, cx, cy, r, rng, ink)
    star = [(cx + r * 0.24 * math.cos(math.radians(-90 + i * 144)), cy + r * 0.24 * math.sin(math.radians(-90 + i * 144)))
            for i in range(6)]
    d.line(star, fill=ink, width=2)
    n = len(name)
    span = min(230.0, 24.0 * n)
    sz = int(r * 0.3)
    for i, ch in enumerate(name):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        write(s, cx + r * 0.72 * math.cos(a) - sz / 2, cy + r * 0.72 * math.sin(a) - sz / 2, ch, rng, size=sz, ink=ink,
              record=False, slant=8)
    s.lines.append(name)


def pale(s: Sheet, rng: random.Random, *, strength: float = 0.0) -> None:
    """The tribunal's printer with its cartridge nearly empty: all ink on the sheet lightened, more in a few
    vertical bands where the drum got no toner. Called after the typed text and before pen and seals."""
    a: Any = np.asarray(s.image, dtype=np.float32)
    w = a.shape[1]
    xs = np.arange(w, dtype=np.float32)
    keep = np.full(w, strength or rng.uniform(0.58, 0.74), np.float32)
    for _ in range(rng.randint(2, 3)):
        c, half = rng.uniform(0.1, 0.9) * w, rng.uniform(0.02, 0.06) * w
        keep *= 1 - rng.uniform(0.35, 0.55) * np.exp(-(((xs - c) / half) ** 2))
    ink = (255 - a) * keep[None, :, None]
    s.image = Image.fromarray((255 - ink).clip(0, 255).astype(np.uint8), "RGB")


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
         heights: float | Sequence[float], f: Font | None = None, line: int = 2) -> list[list[tuple[float, float, float, float]]]:
    """A printed form's ruled grid: a row shorter than `widths` lets its last cell span to the right edge; a cell's
    printed label sits at its left, vertically centred. Returns each row's cell boxes."""
    f = f or printed("song_gb", 36)
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, label in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line, outline=PRINT)
            if label:
                parts = wrap(label, f, w - 16)
                ty = cy + (h - f.size * 1.3 * len(parts)) / 2 + 3
                for part in parts:
                    s.text(cx + max(8.0, (w - f.getlength(part)) / 2) if len(row) > 1 and k % 2 == 0 else cx + 8, ty,
                           part, f, fill=PRINT)
                    ty += f.size * 1.3
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def form_head(s: Sheet, title: str, *, y: float = mm(20), issuer: str = COURT, spread: int = 26) -> float:
    """A pre-printed form's head: the court's name in small 宋体, the title in bold 宋 letter-spaced, no rule."""
    if issuer:
        s.centred(y, issuer, printed("song_gb", 42), spacing=4, fill=PRINT)
        y += 66
    s.centred(y, title, font("serif_bold", 66), spacing=spread, fill=PRINT)
    return y + 112


def form_footer(s: Sheet, text: str) -> None:
    """The print shop's imprint at the foot of a blank form."""
    s.text(X0, s.height - mm(14), text, printed("song_gb", 24), fill=(80, 80, 80))


def record_paper(title: str, page: int, of: int, rng: random.Random, *, lead: float) -> tuple[Sheet, list[float]]:
    """A sheet of the court's ruled record paper: title printed over a red double rule (first sheet only: later
    sheets print the court's name alone), faded red rules below, 第　页共　页 at the foot with the numbers written in.
    Returns the sheet and the y of each writing line (the baseline's top)."""
    s = Sheet(paper=(251, 249, 242))
    s.centred(mm(14), SHORT, printed("song_gb", 34), spacing=6, fill=PRINT)
    top = mm(24)
    if page == 1:
        s.centred(mm(22), title, font("serif_bold", 60), spacing=40, fill=PRINT)
        top = mm(38)
    s.line(X0, top, X1, top, width=4, fill=RULE)
    s.line(X0, top + 7, X1, top + 7, width=1, fill=RULE)
    s.line(X0 + mm(14), top, X0 + mm(14), s.height - mm(24), width=1, fill=RULE)
    ys: list[float] = []
    y = top + lead
    while y < s.height - mm(26):
        s.line(X0, y, X1, y, width=1, fill=RULE)
        ys.append(y - lead * 0.78)
        y += lead
    fy = s.height - mm(18)
    f = printed("song_gb", 30)
    x = s.width / 2 - mm(22)
    s.text(x, fy, "第", f, fill=PRINT)
    s.text(x + mm(14), fy, "页", f, fill=PRINT)
    s.text(x + mm(24), fy, "共", f, fill=PRINT)
    s.text(x + mm(38), fy, "页", f, fill=PRINT)
    write(s, x + mm(6.5), fy - 8, str(page), rng, size=38, record=False)
    write(s, x + mm(30.5), fy - 8, str(of), rng, size=38, record=False)
    s.lines.append(f"第{page}页共{of}页")
    s.page_of = (page, of)
    return s, ys


def notebook_leaf(rng: random.Random, *, squared: bool = False) -> tuple[Sheet, float, float, float, list[float]]:
    """A leaf torn out of a notebook (blue rules, red margin, a ragged left edge) or a sheet of 稿纸 (green squares),
    lying on the flatbed's glass: outside it the lid shows. Returns the sheet, the leaf's left x, right x, the
    writing x and the rule positions (tops of the writing lines)."""
    s = Sheet(paper=LID)
    d = s.draw
    lw, lh = (mm(176), mm(250)) if not squared else (mm(190), mm(265))
    lx = mm(8) + rng.uniform(0, mm(6))
    ly = mm(10) + rng.uniform(0, mm(8))
    paper = (247, 245, 236) if not squared else (250, 250, 246)
    edge = [(lx + rng.uniform(0, mm(3.5)), ly + t) for t in np.linspace(0, lh, 90)]
    poly = [*edge, (lx + lw, ly + lh), (lx + lw, ly)]
    d.polygon(poly, fill=paper)
    d.line([(lx + lw, ly), (lx + lw, ly + lh)], fill=(170, 170, 166), width=2)
    ys: list[float] = []
    if squared:
        cell = mm(9.5)
        gx0, gy0 = lx + mm(12), ly + mm(18)
        cols = int((lw - mm(24)) // cell)
        rows = int((lh - mm(34)) // (cell + mm(3)))
        green = (92, 150, 110)
        for r in range(rows):
            top = gy0 + r * (cell + mm(3))
            for k in range(cols + 1):
                d.line([(gx0 + k * cell, top), (gx0 + k * cell, top + cell)], fill=green, width=1)
            d.line([(gx0, top), (gx0 + cols * cell, top)], fill=green, width=1)
            d.line([(gx0, top + cell), (gx0 + cols * cell, top + cell)], fill=green, width=1)
            ys.append(top + cell * 0.08)
        s.text(lx + lw - mm(62), ly + lh - mm(12), f"{cols}×{rows}=", printed("song_gb", 22), fill=green, record=False)
        return s, lx, lx + lw, gx0 + 4, ys
    blue = (150, 170, 205)
    y = ly + mm(22)
    while y < ly + lh - mm(8):
        d.line([(lx + mm(4), y), (lx + lw, y)], fill=blue, width=1)
        ys.append(y - mm(7.2))
        y += mm(8.5)
    d.line([(lx + mm(20), ly), (lx + mm(20), ly + lh)], fill=(215, 120, 120), width=2)
    return s, lx, lx + lw, lx + mm(23), ys


def fingerprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red fingerprint: an oval of concentric ridges in 印泥."""
    d = s.draw
    w, h = rng.uniform(mm(9), mm(12)), rng.uniform(mm(12), mm(15))
    for k in range(9):
        f = 1 - k * 0.1
        d.ellipse((x - w * f / 2, y - h * f / 2, x + w * f / 2, y + h * f / 2), outline=(200, 60 + k * 6, 70), width=2)


def fill_cell(s: Sheet, box: tuple[float, float, float, float], text: str, rng: random.Random, *, size: int = 40,
              ink: tuple[int, int, int] = BALL, faint: float = 1.0) -> None:
    """A form's cell filled by hand: the entry wrapped to the cell, shrunk a little when it will not fit."""
    x0, y0, x1, y1 = box
    lines = wrap(text, font("wenkai", size), (x1 - x0 - mm(6)) * 0.93)
    while len(lines) * size * 1.3 > (y1 - y0) and size > 26:
        size -= 3
        lines = wrap(text, font("wenkai", size), (x1 - x0 - mm(6)) * 0.93)
    lead = min(size * 1.4, (y1 - y0 - mm(1)) / max(1, len(lines)))
    y = y0 + (y1 - y0 - lead * len(lines)) / 2
    for part in lines:
        write(s, x0 + mm(3), y, part, rng, size=size, ink=ink, faint=faint)
        y += lead


def date_blanks(s: Sheet, x: float, y: float, when: date, rng: random.Random, *, f: Font | None = None,
                ink: tuple[int, int, int] = BALL) -> None:
    """A printed "年　　月　　日" with the numbers written into its gaps (the year before 年)."""
    f = f or printed("song_gb", 40)
    s.text(x, y, "年　　月　　日", f, fill=PRINT)
    cw = f.getlength("年")
    size = int(f.size * 0.95)
    write(s, x - font("wenkai", size).getlength("2024") - 6, y - 8, str(when.year), rng, size=size, ink=ink, record=False)
    write(s, x + cw * 1.5, y - 8, str(when.month), rng, size=size, ink=ink, record=False)
    write(s, x + cw * 4.5, y - 8, str(when.day), rng, size=size, ink=ink, record=False)
    s.lines.append(f"{when.year}年{when.month}月{when.day}日")
