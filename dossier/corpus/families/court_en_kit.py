"""court_en's press: how 肃州区法院执行局 sets its own papers, and the dot-matrix printer (针式打印机) that fills the
pre-printed continuous multi-part forms of the bureau and the banks: pin-feed strips with tractor holes on both edges,
perforations, the data printed a few mm off the form's cells, 24-pin glyphs from a fading ribbon, carbon copies."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "甘肃省酒泉市肃州区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(32), mm(30)
WIDTH = Sheet().width - LEFT - RIGHT


def song(size: int = 40) -> Font:
    return font("serif", size)


def page_marks(sheets: Sequence[Sheet]) -> list[Sheet]:
    """The bureau's template numbers pages at the foot, right: 第 n 页 共 m 页 (one-page papers unnumbered)."""
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.right(s.width - RIGHT, s.height - FOOT + mm(10), f"第 {i} 页 共 {n} 页", song(28))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def run_on(blocks: Sequence[Block], first: Sheet, y: float, *, f: Font | None = None, lh: float = 72,
           x0: float = LEFT, width: float = WIDTH) -> tuple[list[Sheet], float]:
    f = f or song()
    out = [first]

    def more() -> tuple[Sheet, float]:
        out.append(Sheet())
        return out[-1], TOP

    y = flow(first, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=f.size * 2,
             bottom=first.height - FOOT - 30, more=more)
    return out, y


def writ(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
         signers: Sequence[tuple[str, str]] = (), number: str = "") -> list[Sheet]:
    """The bureau's writ: court name and title both centred in bold song, the title letter-spaced; the case number
    flush right with no rule under it; signers in a block at the right; the date in Chinese numerals under the seal;
    a short thin rule at the foot over 本件与原本核对无异 for rulings."""
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 54), spacing=4)
    s.centred(TOP + 92, title, font("serif_bold", 76), spacing=36 if len(title) <= 5 else 12)
    s.right(s.width - RIGHT, TOP + 210, number or c.number, song(40))
    sheets, y = run_on(blocks, s, TOP + 300)
    last = sheets[-1]
    if y > last.height - FOOT - 70 * len(signers) - 200:
        sheets.append(Sheet())
        last, y = sheets[-1], TOP + 40
    y += 40
    for role, name in signers:
        last.text(last.width - RIGHT - mm(62), y, role, song(40), spacing=6 if len(role) < 4 else 0)
        last.text(last.width - RIGHT - mm(26), y, name, song(40))
        y += 70
    y += 24
    x1 = last.width - RIGHT - mm(6)
    last.right(x1, y, cn_date(day), song(40))
    seal(last, x1 - mm(26), y + 14, COURT, rng, radius=mm(21))
    if signers and title == "执行裁定书":
        last.line(LEFT, y + 140, LEFT + mm(60), y + 140, width=1)
        last.text(LEFT, y + 150, "本件与原本核对无异", song(32))
    return page_marks(sheets)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = (20, 30, 90)) -> float:
    return hand(s, x, y, text, rng, size=size, ink=ink)


# ---------------------------------------------------------------- the dot-matrix printer and its continuous forms

CONT_W = mm(241)  # 9½-inch continuous stationery with its pin strips


class Ribbon:
    """One printer's state over a job: how worn the ribbon is and which pin of the 24 has died."""

    def __init__(self, rng: random.Random, *, carbon: bool = False) -> None:
        self.strength = rng.uniform(0.55, 0.85) if not carbon else rng.uniform(0.35, 0.5)
        self.fade_to = rng.uniform(0.55, 0.9)        # the ribbon wears out toward the right end of a line
        self.dead_pin = rng.choice([None, None, rng.randint(2, 21)])
        self.carbon = carbon
        self.ink = (40, 38, 60) if not carbon else (45, 55, 120)
        self.seed = rng.randint(0, 2**31)


def dots(s: Sheet, x: float, y: float, text: str, rib: Ribbon, *, pitch: float = 1.6, wide: float = 1.0,
         record: bool = True) -> float:
    """Print `text` at (x, y) as 24-pin dot-matrix glyphs: each glyph rasterised to a 24-dot grid, every dot struck as
    a small round blot; the ribbon's ink fades along the line, one dead pin leaves a white row through every glyph, a
    carbon copy is lighter and spread. Returns the printed width in px."""
    if not text.strip():
        return 0.0
    if record:
        s.lines.append(text)
    f = font("ming", 24)
    gw = int(f.getlength(text)) + 4
    g = Image.new("L", (gw, 28), 0)
    ImageDraw.Draw(g).text((1, 1), text, font=f, fill=255)
    grid = np.asarray(g, dtype=np.float32)[1:25] > 100
    if rib.dead_pin is not None:
        grid[rib.dead_pin] = False
    ys, xs = np.nonzero(grid)
    h, w = round(24 * pitch) + 8, round(gw * pitch * wide) + 8
    canvas: Any = np.zeros((h, w), dtype=np.float32)
    gen = np.random.default_rng(rib.seed + int(x) * 7 + int(y))
    cy = np.round(4 + ys * pitch).astype(int)
    cx = np.round(4 + xs * pitch * wide).astype(int)
    along = 1.0 - (1.0 - rib.fade_to) * np.clip((x + cx) / CONT_W, 0, 1)
    canvas[cy, cx] = np.clip(along * gen.uniform(0.7, 1.1, len(xs)), 0, 1)
    size = 5 if not rib.carbon else 9
    canvas = cv2.GaussianBlur(canvas, (size, size), 0.36 * pitch if not rib.carbon else 1.2 * pitch)
    alpha = np.clip(canvas / max(canvas.max(), 1e-6) * 1.6, 0, 1) * rib.strength
    x0, y0 = int(x), int(y) - 2
    x1, y1 = min(s.width, x0 + w), min(s.height, y0 + h)
    if x1 <= x0 or y1 <= y0:
        return float(w)
    alpha = alpha[: y1 - y0, : x1 - x0, None]
    under = np.asarray(s.image.crop((x0, y0, x1, y1)), dtype=np.float32)
    ink = np.array(rib.ink, dtype=np.float32)
    mixed = under * (1 - alpha) + ink * alpha
    s.image.paste(Image.fromarray(mixed.astype(np.uint8)), (x0, y0))
    return float(w - 8)


def continuous(height_mm: float, rng: random.Random, *, tint: tuple[int, int, int] = (215, 235, 220),
               strips: bool = True) -> Sheet:
    """A leaf of pre-printed continuous stationery: faintly tinted (each part of the set its own colour), the pin strip
    of tractor holes down both edges behind a perforation, the set's perforated tear at top and bottom."""
    s = Sheet(size=(CONT_W, mm(height_mm)), paper=tint)
    d = s.draw
    if strips:
        r = mm(2)
        step = mm(12.7)
        off = rng.uniform(0, step)
        for xc in (mm(6.35), CONT_W - mm(6.35)):
            yc = off - step
            while yc < s.height + step:
                d.ellipse((xc - r, yc - r, xc + r, yc + r), fill=(58, 58, 60))
                yc += step
        for xp in (mm(12.7), CONT_W - mm(12.7)):
            yy = 0
            while yy < s.height:
                d.line((xp, yy, xp, yy + mm(1.4)), fill=(150, 150, 150), width=2)
                yy += mm(2.4)
    for yp in (mm(1.2), s.height - mm(1.2)):
        xx = 0
        while xx < s.width:
            d.line((xx, yp, xx + mm(2), yp), fill=(120, 120, 120), width=2)
            xx += mm(3.2)
    return s


def form_grid(s: Sheet, x: float, y: float, total: float, cols: Sequence[float], rows: Sequence[Sequence[str]],
              heights: Sequence[float], colour: tuple[int, int, int], f: Font) -> list[tuple[float, float]]:
    """The pre-printed (offset, coloured) grid of a form, `total` wide, its columns `cols` wide (the last takes the
    rest), with its captions; returns each row's (x of the first data cell, y) so the printer can aim at them."""
    aims = []
    yy = y
    for row, h in zip(rows, heights, strict=True):
        s.box(x, yy, x + total, yy + h, width=2, outline=colour)
        cx = x
        for k, cap in enumerate(row):
            w = cols[k] if k < len(row) - 1 else total - sum(cols[: len(row) - 1])
            if k:
                s.line(cx, yy, cx, yy + h, width=1, fill=colour)
            if cap:
                s.text(cx + 8, yy + (h - f.size) / 2, cap, f, fill=colour)
            cx += w
        aims.append((x + cols[0] + 12, yy + (h - 38) / 2))
        yy += h
    return aims
