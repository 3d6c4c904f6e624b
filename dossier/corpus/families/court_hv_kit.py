"""court_hv's press (山东省邹城市人民法院, the 2010s): what the bureau's case system sends to the impact printer and what
goes through the laser printer.

The impact printer (针式打印机) fills the pre-printed forms by 套打: every fill character is a 20-pin matrix of round
dots (the printer's GB 宋体 bitmap in draft mode, ○ for 〇), the ribbon inks unevenly — darker and paler bands along a
line as the worn ribbon cycles, one weak pin leaving a pale row through every character of a form, a little paler
towards the foot — and the fills sit a few millimetres off the printed grid. Multi-part sets (联单) keep their lower
plies for the file: pink or yellow paper, the pre-print in the ply's colour, the dots come through the carbon
blue-violet and soft, and a ballpoint signature made on the top ply arrives as a pressure copy. Lists from the 查控
system and the registry's 机读档案 run on fan-fold continuous paper whose sprocket strips are sometimes left on. The
laser papers (rulings, notices, decisions) are set in GB 宋体 — so a typist's dates read 二○一八年 — with the court's
name over a spread title and a rule under the number.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import half_seal, scrawl, stamp

COURT = "山东省邹城市人民法院"
PINK = (250, 215, 223)
YELLOW = (251, 239, 178)
CARBON = (58, 52, 132)
RIBBON = (28, 28, 34)
PRE_RED = (196, 58, 66)
PRE_BLUE = (52, 84, 150)
BALLPOINT = (34, 46, 128)


@dataclass
class HvSheet(Sheet):
    """A sheet of court_hv's file, with what the scanner needs to know of the paper."""

    ply: str = ""        # "" a top ply or plain sheet; "pink" / "yellow" a lower ply of a multi-part set
    tractor: bool = False  # continuous stationery with its sprocket strips kept
    torn: bool = False     # continuous stationery whose strips were torn off at the perforation
    stapled: bool = False  # the first leaf of a stapled document (the staple stays on when scanned)


def ply_paper(ply: str) -> tuple[int, int, int]:
    return {"pink": PINK, "yellow": YELLOW}.get(ply, (255, 255, 255))


def gb(s: str) -> str:
    """What a GB 2312 face prints: ○ for 〇."""
    return s.replace("〇", "○")


# --- the impact printer ---------------------------------------------------------------------------------------

@dataclass
class Ribbon:
    """The state of the printer and its ribbon for one form."""

    level: float = 0.85         # ink density 0..1
    band: float = 0.25          # depth of the darker/paler bands along a line
    period: float = 260.0       # px between two dark bands (the ribbon's cycle)
    phase: float = 0.0
    weak_pin: int = -1          # a pin (row of the matrix) that strikes pale, or -1
    fade: float = 0.1           # paler towards the foot of the sheet
    carbon: bool = False        # this is a lower ply: the strike came through the carbon
    dx: float = 0.0             # 套打 offset of the fills from the printed grid, px
    dy: float = 0.0


def ribbon(rng: random.Random, *, carbon: bool = False) -> Ribbon:
    return Ribbon(level=rng.uniform(0.6, 0.95), band=rng.uniform(0.12, 0.35), period=rng.uniform(180, 420),
                  phase=rng.uniform(0, 400), weak_pin=rng.choice([-1, -1, rng.randint(3, 16)]), fade=rng.uniform(0.0, 0.2),
                  carbon=carbon, dx=rng.uniform(-mm(2.5), mm(3.5)), dy=rng.uniform(-mm(1.5), mm(2.5)))


PINS = 20
"""the printer's Chinese matrix in its fast (draft) mode; `pitch` arguments give the cell as for 24 pins"""


@cache
def _matrix(ch: str, pins: int) -> Any:
    """The printer's bitmap of `ch`: the GB 宋 outline rasterised on its pin grid (half width for ASCII)."""
    w = pins if ord(ch) > 127 else pins // 2
    im = Image.new("L", (w, pins), 0)
    ImageDraw.Draw(im).text((w / 2, pins / 2), ch, font=font("song_gb", pins), fill=255, anchor="mm")
    return np.asarray(im) > 110


@cache
def _dots(ch: str, pins: int, pitch: float) -> Any:
    k = 8
    yy, xx = np.mgrid[0:k, 0:k]
    disc = (((yy - k / 2 + 0.5) ** 2 + (xx - k / 2 + 0.5) ** 2) <= (k * 0.43) ** 2).astype(np.float32)
    m = _matrix(ch, pins)
    hi = np.kron(m.astype(np.float32), disc)
    return cv2.resize(hi, (max(1, round(m.shape[1] * pitch)), max(1, round(m.shape[0] * pitch))),
                      interpolation=cv2.INTER_AREA)


def dm_width(text: str, pitch: float = 1.9, pins: int = PINS) -> float:
    p = pitch * 24 / pins
    return sum(round((pins if ord(ch) > 127 else pins // 2) * p) for ch in gb(text))


def dm(s: Sheet, x: float, y: float, text: str, rb: Ribbon, rng: random.Random, *, pitch: float = 1.9,
       pins: int = PINS, record: bool = True) -> float:
    """`text` struck by the impact printer at (x, y) (top left, shifted by the form's 套打 offset): each character a
    `pins`-dot matrix in a cell `pitch` × 24 px high; returns its width."""
    t = gb(text)
    if record and t.strip():
        s.lines.append(t)
    width = round(dm_width(t, pitch, pins))
    pitch = pitch * 24 / pins
    h = round(pins * pitch)
    if width <= 0:
        return 0.0
    line: Any = np.zeros((h, width), np.float32)
    cx = 0
    for ch in t:
        g = _dots(ch, pins, pitch) if ch != " " else np.zeros((h, round(pins // 2 * pitch)), np.float32)
        w = g.shape[1]
        line[:, cx:cx + w] += g[:h] * rng.uniform(0.8, 1.08)
        cx += w
    xs = np.arange(width, dtype=np.float32) + x
    line *= (1.0 - rb.band * (0.5 + 0.5 * np.sin(2 * math.pi * (xs + rb.phase) / rb.period)))[None, :]
    if rb.weak_pin >= 0:
        r0, r1 = int(rb.weak_pin * pitch), int((rb.weak_pin + 1) * pitch)
        line[r0:r1] *= 0.3
    level = rb.level * (1.0 - rb.fade * (y / max(1, s.height)))
    colour = RIBBON
    if rb.carbon:
        line = cv2.GaussianBlur(line, (0, 0), 0.75) * 1.1
        level *= 0.85
        colour = CARBON
    mask = Image.fromarray(np.clip(line * level * 1.9 * 255, 0, 255).astype(np.uint8), "L")
    s.image.paste(colour, (int(x + rb.dx), int(y + rb.dy)), mask)
    return float(width)


# --- pre-printed forms ----------------------------------------------------------------------------------------

Box = tuple[float, float, float, float]


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], ink: tuple[int, int, int] = INK, line_w: int = 2,
         centre: Sequence[int] = (0,)) -> list[list[Box]]:
    """A printed grid; a row with fewer cells than widths lets its last cell run to the right. Returns the cells'
    boxes row by row."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    out: list[list[Box]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes: list[Box] = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 14)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 8, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def ply_label(s: Sheet, text: str, ink: tuple[int, int, int]) -> None:
    """The vertical ply legend in the right margin of a multi-part form (第二联 存根 …)."""
    f = font("song_gb", mm(3.6))
    x = s.width - mm(9)
    y = s.height * 0.3
    for ch in text:
        s.text(x, y, ch, f, fill=ink, record=False)
        y += f.size * 1.15
    s.lines.append(text)


def tractor_strips(s: Sheet, ink: tuple[int, int, int] = (150, 150, 150)) -> None:
    """The sprocket strips of continuous stationery: 12.7 mm each side, holes every half inch, the perforation as a
    dotted line (the holes themselves are cut out by the capture: HvSheet.tractor)."""
    strip = mm(12.7)
    for x in (strip, s.width - strip):
        for yy in range(0, s.height, 9):
            s.line(x, yy, x, yy + 4, width=1, fill=ink)


def fanfold(rng: random.Random, keep: float = 0.55) -> HvSheet:
    """A leaf of continuous stationery (216 × 279 mm with its strips); `tear_off` decides later whether the strips stay."""
    s = HvSheet(size=(mm(216), mm(279)), tractor=rng.random() < keep)
    tractor_strips(s)
    return s


def tear_off(s: HvSheet) -> HvSheet:
    """The leaf as filed: strips kept, or torn off at the perforation (the leaf 25.4 mm narrower, its edges ragged)."""
    if s.tractor:
        return s
    strip = mm(12.7)
    out = HvSheet(size=(s.width - 2 * strip, s.height), torn=True)
    out.image = s.image.crop((strip, 0, s.width - strip, s.height))
    out.lines, out.page_of, out.starts_document = s.lines, s.page_of, s.starts_document
    return out


# --- laser papers ---------------------------------------------------------------------------------------------

Block = tuple[str, str]
"""(kind, text): p paragraph (first line indented two characters), f flush, h hanging (party lines), c centred,
r right, sig a signer line set right, date (the seal goes on it), gap, hand a line written by hand, note (small)."""


@dataclass(frozen=True)
class House:
    """How one writer sets its typed papers."""

    body: str = "song_gb"
    body_mm: float = 5.5
    lead: float = 1.72
    title: str = "serif_bold"
    title_mm: float = 10.0
    issuer_font: str = "serif_bold"
    issuer_mm: float = 7.2
    issuer_red: bool = False
    title_spread: bool = True
    number_align: str = "right"   # right | centre | none
    rule: bool = False            # a rule under the number line
    footer: str = "nm"            # nm: 第n页 共m页 right | dash: — n — centred | paren: 第n页（共m页） | none
    left: float = 28
    right: float = 26
    top: float = 30
    bottom: float = 30
    seam_seal: bool = False
    hand_role: str = "kai"


def typeset(house: House, title: str, blocks: Sequence[Block], rng: random.Random, *, issuer: str = "", number: str = "",
            seal_name: str = "", seal_inner: str = "", paper: tuple[int, int, int] = (255, 255, 255),
            stapled: bool = True) -> list[HvSheet]:
    """A typed paper down its sheets in `house`'s manner; multi-page papers are stapled (the staple on the first)."""
    conv = gb if house.body in ("song_gb", "kai_gb") else (lambda t: t)
    body = font(house.body, mm(house.body_mm))
    lh = body.size * house.lead
    sheets: list[HvSheet] = [HvSheet(paper=paper)]
    s = sheets[0]
    x0 = mm(house.left)
    x1 = s.width - mm(house.right)
    bottom = s.height - mm(house.bottom)
    y = float(mm(house.top))
    if issuer:
        f = font(house.issuer_font, mm(house.issuer_mm))
        s.centred(y, conv(issuer), f, spacing=mm(0.8), fill=(200, 30, 35) if house.issuer_red else INK)
        y += f.size * 1.55
        if house.issuer_red:
            s.line(x0, y, x1, y, width=4, fill=(200, 30, 35))
            y += mm(6)
    if title:
        tf = font(house.title, mm(house.title_mm))
        gap = {2: mm(14), 3: mm(9), 4: mm(6), 5: mm(4)}.get(len(title), mm(1)) if house.title_spread else 0
        s.centred(y, conv(title), tf, spacing=gap)
        y += tf.size * 1.75
    if number:
        if house.number_align == "right":
            s.right(x1, y, conv(number), body)
        elif house.number_align == "centre":
            s.centred(y, conv(number), body)
        y += body.size * 1.5
        if house.rule:
            s.line(x0, y, x1, y, width=2)
            y += mm(4)
        else:
            y += body.size * 0.6

    def need(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = HvSheet(paper=paper)
            sheets.append(s)
            y = float(mm(house.top - 6))

    for kind, raw in blocks:
        text = conv(raw)
        if kind == "gap":
            y += lh * 0.6
        elif kind in ("p", "f", "h"):
            first = 2 * body.size if kind == "p" else 0.0
            hang = 2 * body.size if kind == "h" else 0.0
            for i, part in enumerate(wrap(text, body, x1 - x0 - (hang if kind == "h" else 0), indent=first)):
                need(lh)
                s.text(x0 + (first if i == 0 else hang), y, part, body)
                y += lh
        elif kind == "note":
            nf = font(house.body, mm(house.body_mm * 0.78))
            for part in wrap(text, nf, x1 - x0):
                need(nf.size * 1.5)
                s.text(x0, y, part, nf)
                y += nf.size * 1.5
        elif kind == "c":
            need(lh)
            s.centred(y, text, body)
            y += lh
        elif kind == "r":
            need(lh)
            s.right(x1 - body.size, y, text, body)
            y += lh
        elif kind == "sig":
            need(lh)
            s.text(x1 - mm(68), y, text, body, spacing=mm(0.6) if len(text) < 12 else 0)
            y += lh
        elif kind == "hand":
            need(lh)
            scrawl(s, x0 + body.size * 2, y - body.size * 0.2, raw, rng, role=house.hand_role, size=int(body.size * 1.2),
                   ink=BALLPOINT)
            y += lh
        elif kind == "date":
            need(lh * 2.6)
            y += lh * 0.4
            w = s.right(x1 - body.size * 1.5, y, text, body)
            if seal_name:
                seal(s, w + text_width(text, body) / 2 + rng.uniform(-mm(6), mm(6)), y + body.size * 0.4 + rng.uniform(-mm(4), mm(3)),
                     seal_name, rng, inner=seal_inner)
            y += lh
    m = len(sheets)
    ff = font(house.body, mm(4.0))
    for n, sh in enumerate(sheets, 1):
        fy = sh.height - mm(house.bottom) + mm(11)
        if house.footer == "nm":
            sh.right(x1, fy, f"第{n}页 共{m}页", ff)
            sh.page_of = (n, m)
        elif house.footer == "paren":
            sh.centred(fy, f"第{n}页（共{m}页）", ff)
            sh.page_of = (n, m)
        elif house.footer == "dash" and m > 1:
            sh.centred(fy, f"— {n} —", ff)
        if m > 1:
            sh.page_of = (n, m)
    if house.seam_seal and m > 1 and seal_name:
        depth, at = rng.uniform(0.3, 0.5), rng.uniform(0.4, 0.65)
        for sh in sheets:
            half_seal(sh, seal_name, rng, depth=depth, at=at)
    if stapled and m > 1:
        sheets[0].stapled = True
    return sheets


def copy_stamp(s: Sheet, rng: random.Random, *, y: float | None = None) -> None:
    """The clerk's 校对 stamp on a copy kept in the file."""
    stamp(s, mm(30) + rng.uniform(0, mm(20)), y if y is not None else s.height - mm(58), ["本件与原本核对无异"], rng,
          size_mm=4.2)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42, role: str = "kai",
        ink: tuple[int, int, int] = BALLPOINT, per_line: int = 0, lead: float = 0.0) -> float:
    """Ballpoint on a form (wrapped every `per_line` characters); returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        scrawl(s, x, y, part, rng, role=role, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def carbon_pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42) -> None:
    """A signature made on the top ply, as the pressure copy shows it on this ply: thin, blurred, carbon-coloured."""
    layer = HvSheet(size=(int(size * (len(text) + 2)), int(size * 2)))
    scrawl(layer, size * 0.3, size * 0.3, text, rng, role="kai", size=size, ink=(0, 0, 0))
    g: Any = 255 - np.asarray(layer.image.convert("L"), dtype=np.float32)
    g = cv2.GaussianBlur(g, (0, 0), 1.1) * 0.75
    s.image.paste(CARBON, (int(x), int(y)), Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L"))
    s.lines.append(text)
