"""court_gn's press (广东省肇庆市端州区人民法院执行局): the bureau prints everything on its office laser printer in
greyscale. Its template: the court's small round emblem at the top left of the letterhead (printed from a colour file,
so it comes out as a grey dot screen), the court's name in 宋体 beside it, a thin grey double rule across the page, the
title in bold 标宋 with wide tracking, the case number flush left under the rule, the body in 文楷 ragged right, the
electronic seal printed with the page (grey dots, not red ink), and a grey footer line with the bureau's hotline and
"第n页（共m页）". Forms are ruled grids whose header row and label cells are shaded grey.

The values a bank or the court's cashier types onto a pre-printed form come from a dot-matrix head (`pins`): every
character a 16×16 or 24×24 matrix of round dots, set a few millimetres off the form's boxes and a little slanted; on
the carbonless copies the impression is blue and pale on coloured paper."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "广东省肇庆市端州区人民法院"
BUREAU = "肇庆市端州区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(24), mm(24), mm(28)
SHADE = (196, 196, 196)
LABEL = (226, 226, 226)
RULE = (130, 130, 130)
BALLPOINT = (34, 44, 128)


@dataclass
class LaserSheet(Sheet):
    """A page off the bureau's greyscale laser printer: its grey tones are printed as a dot screen (court_gn_capture
    screens them before the scan). `printed` keeps the page as it left the printer when ink was put on it afterwards
    (pen, a party's seal, slips pasted on): only that part is screened."""

    printed: Image.Image | None = field(default=None, repr=False)


def printed(s: Sheet) -> None:
    """The printer is done with this sheet: what is drawn on it from now on is ink, paste or pen."""
    if isinstance(s, LaserSheet) and s.printed is None:
        s.printed = s.image.copy()


def _also_printed(s: Sheet, draw: Callable[[], object]) -> None:
    """Draw on the sheet, and on its printed layer too when it has one (the footer is printed with the page)."""
    draw()
    if isinstance(s, LaserSheet) and s.printed is not None:
        keep, n = s.image, len(s.lines)
        s.image = s.printed
        draw()
        s.image = keep
        del s.lines[n:]


@dataclass
class Sideways(LaserSheet):
    """A landscape printout (the 查控 system's list): laid in the feeder upright like every other sheet, so the scan
    shows it turned a quarter."""


def kai(size: int = 41) -> Font:
    """The bureau's body face (霞鹜文楷 standing in for the 仿宋 of its template; the GB 楷 lacks the 〇 of every date)."""
    return font("wenkai", size)


def song(size: int = 40) -> Font:
    return font("song_gb", size)


def emblem(s: Sheet, cx: float, cy: float, r: float) -> None:
    """The court emblem as the template carries it: a colour file (gold ring, red field, gold star and wall), which
    the greyscale printer renders as grey tones."""
    gold, red = (214, 168, 52), (196, 36, 40)
    d = s.draw
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=gold)
    d.ellipse((cx - r * 0.8, cy - r * 0.8, cx + r * 0.8, cy + r * 0.8), fill=red)
    pts = []
    for i in range(10):
        rr = r * (0.38 if i % 2 == 0 else 0.15)
        a = math.radians(-90 + i * 36)
        pts.append((cx + rr * math.cos(a), cy - r * 0.2 + rr * math.sin(a)))
    d.polygon(pts, fill=gold)
    d.rectangle((cx - r * 0.5, cy + r * 0.25, cx + r * 0.5, cy + r * 0.5), fill=gold)
    for k in range(5):
        x = cx - r * 0.5 + k * r * 0.25
        d.rectangle((x, cy + r * 0.15, x + r * 0.12, cy + r * 0.25), fill=gold)


def letterhead(s: Sheet, *, issuer: str = COURT) -> float:
    """The template's head: emblem, court name, grey double rule. Returns the y below the rule."""
    f = song(50)
    w = text_width(issuer, f) + 4 * (len(issuer) - 1)
    x = (s.width - w) / 2 + mm(7)
    emblem(s, x - mm(12), TOP + 26, mm(7.5))
    s.text(x, TOP, issuer, f, spacing=4)
    y = TOP + mm(13)
    s.line(LEFT, y, s.width - RIGHT, y, width=4, fill=RULE)
    s.line(LEFT, y + 9, s.width - RIGHT, y + 9, width=2, fill=RULE)
    return y + 30


def footer(sheets: Sequence[Sheet]) -> list[Sheet]:
    """The grey footer line on every page, with 第n页（共m页） when there are several."""
    n = len(sheets)
    f = song(26)
    for i, s in enumerate(sheets, 1):
        y = s.height - mm(16)

        def foot(s: Sheet = s, y: float = y, i: int = i) -> None:
            s.line(LEFT, y - 12, s.width - RIGHT, y - 12, width=1, fill=RULE)
            s.text(LEFT, y, f"{BUREAU}　诉讼服务热线12368", f, fill=(110, 110, 110))
            if n > 1:
                s.right(s.width - RIGHT, y, f"第{i}页（共{n}页）", f, fill=(70, 70, 70))

        _also_printed(s, foot)
        if n > 1 and i > 1:
            s.page_of = (i, n)
    return list(sheets)


@dataclass
class Flow:
    """Text running down the bureau's sheets."""

    sheets: list[Sheet]
    y: float

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            self.sheets.append(LaserSheet())
            self.y = TOP + mm(6)

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        width = self.s.width - LEFT - RIGHT - hang
        for k, part in enumerate(wrap(text, f, width, indent=indent - hang if indent else 0.0)):
            self.room(lead)
            self.s.text(LEFT + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", issuer: str = COURT) -> list[Sheet]:
    """A paper of the bureau. blocks: ("to", addressee), ("p", paragraph with two-character indent), ("h", a party
    line hanging under its label), ("s", a small note line)."""
    s = LaserSheet()
    y = letterhead(s, issuer=issuer)
    tf = font("serif_bold", 72)
    track = {2: 110, 3: 66, 4: 34, 5: 20}.get(len(title), 4)
    s.centred(y + 10, title, tf, spacing=track)
    y += 130
    s.text(LEFT, y, number or c.number, song(38))
    flow = Flow([s], y + 84)
    f = kai(41)
    for kind, text in blocks:
        if kind == "to":
            flow.para(text, f, lead=70)
        elif kind == "h":
            flow.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "s":
            flow.para(text, kai(34), lead=56)
        else:
            flow.para(text, f, lead=70, indent=f.size * 2)
    flow.room(76 * len(signers) + 250)
    last = flow.s
    y = flow.y + 50
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        last.text(x, y, role, f, spacing=14 if len(role) <= 3 else 0)
        last.text(x + mm(30), y, name, f)
        y += 76
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y + 24, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 36, issuer, rng, radius=mm(20))
    return footer(flow.sheets)


def form_title(s: Sheet, title: str, *, y: float | None = None, issuer: str = COURT, track: float = 16) -> float:
    """A form's head: the letterhead, then the title in bold 标宋 under it."""
    y = letterhead(s, issuer=issuer) if y is None else y
    s.centred(y + 6, title, font("serif_bold", 62), spacing=track)
    return y + 100


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], header: bool = False, labels: Sequence[int] = (0,),
         ink: tuple[int, int, int] = INK, line: int = 2) -> list[tuple[float, float, float, float]]:
    """A ruled grid: the first row shaded when `header`, the label columns pale grey; a short row's last cell runs
    to the right edge. Returns each cell's box, row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[tuple[float, float, float, float]] = []
    cy = y
    for r, (row, h) in enumerate(zip(rows, hs, strict=True)):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            tint = SHADE if header and r == 0 else (LABEL if k in labels else None)
            if tint:
                s.draw.rectangle((cx, cy, cx + w, cy + h), fill=tint)
            s.box(cx, cy, cx + w, cy + h, width=line, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.28
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if tint:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, f, fill=ink)
                    ty += lh
            out.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint on a form, long entries broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.35
    return y


# ---------------------------------------------------------------- the dot-matrix head

CARBON = (58, 66, 168)
"""the blue of a carbonless copy's impression"""
RIBBON = (38, 38, 46)
PAPERS = {"white": (252, 252, 250), "pink": (250, 221, 228), "yellow": (250, 241, 196), "green": (221, 241, 222),
          "blue": (219, 232, 250)}


@cache
def _matrix(ch: str, pins: int) -> np.ndarray:
    """The character as the printer's bitmap font holds it: `pins` rows (from the top of a full-height glyph), full
    width for CJK, the digit's own advance for ASCII."""
    f = font("hei", pins)
    wide = ord(ch) > 0x2E80
    w = pins if wide else max(pins // 2, math.ceil(f.getlength(ch)))
    im = Image.new("1", (w + 4, pins * 2), 0)
    d = ImageDraw.Draw(im)
    d.fontmode = "1"
    d.text((0, 0), ch, font=f, fill=1)
    top = f.getbbox("国")[1]
    return np.asarray(im, dtype=bool)[top:top + pins, :w]


@dataclass
class Head:
    """One pass of the printer over a form: where its fills land against the pre-printed boxes. The whole pass is
    shifted (dx right, dy up — the form sat off the tractor) and slanted by `slant` degrees about the form's corner."""

    x0: float
    y0: float
    dx: float
    dy: float
    slant: float
    pitch: float
    pins: int
    ink: tuple[int, int, int]
    carbon: bool

    @classmethod
    def for_form(cls, rng: random.Random, x0: float, y0: float, *, carbon: bool, pins: int = 16) -> Head:
        return cls(x0, y0, mm(rng.uniform(1.0, 3.5)), mm(rng.uniform(0.8, 3.0)), rng.uniform(-0.7, 0.7),
                   3.0 if pins == 16 else 1.9, pins, CARBON if carbon else RIBBON, carbon)

    def place(self, x: float, y: float) -> tuple[float, float]:
        t = math.radians(self.slant)
        ux, uy = x - self.x0, y - self.y0
        return (self.x0 + ux * math.cos(t) - uy * math.sin(t) + self.dx,
                self.y0 + ux * math.sin(t) + uy * math.cos(t) - self.dy)

    def type(self, s: Sheet, x: float, y: float, text: str, rng: random.Random, *, fade: float = 0.0) -> float:
        """Print `text` at (x, y) of the form (before the head's offset); returns the advance. The dots are struck on
        a four-times finer mask so each is round with paper between; a carbon copy's dots are pale, spread and now and
        then missing; the ribbon's fade lightens the whole pass."""
        if text.strip():
            s.lines.append(text)
        p = self.pitch
        centres: list[tuple[float, float]] = []
        cx = x
        for ch in text:
            m = _matrix(ch, self.pins)
            for row, col in zip(*np.nonzero(m), strict=True):
                centres.append(self.place(cx + col * p, y + row * p))
            cx += m.shape[1] * p + p * (2 if m.shape[1] == self.pins else 0.5)
        if not centres:
            return cx - x
        k = 4
        r = p * (0.5 if self.carbon else 0.36) * k
        xs, ys = [c[0] for c in centres], [c[1] for c in centres]
        x0, y0 = int(min(xs)) - 4, int(min(ys)) - 4
        w, h = int(max(xs)) - x0 + 6, int(max(ys)) - y0 + 6
        mask = Image.new("L", (w * k, h * k), 0)
        d = ImageDraw.Draw(mask)
        for px, py in centres:
            if self.carbon and rng.random() < 0.12:
                continue  # the copy misses a dot where the pressure was light
            strength = 1.0 - fade - (rng.uniform(0.0, 0.3) if self.carbon else rng.uniform(0.0, 0.1))
            mx, my = (px - x0) * k, (py - y0) * k
            d.ellipse((mx - r, my - r, mx + r, my + r), fill=int(255 * max(0.2, strength)))
        small = mask.resize((w, h), Image.Resampling.BOX)
        s.image.paste(self.ink, (x0, y0), small)
        return cx - x


def red_stamp(s: Sheet, x: float, y: float, lines: Sequence[str], rng: random.Random, *, w: float = mm(40)) -> None:
    """A bank teller's rectangular red date stamp (转讫 / 业务受理) pressed over a slip."""
    ink = (RED[0] - rng.randint(0, 30), RED[1] + 20, RED[2] + 30)
    tilt = rng.uniform(-5, 5)
    layer = Image.new("L", (int(w) + 20, int(mm(6) * len(lines) + mm(6))), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((4, 4, layer.width - 5, layer.height - 5), outline=255, width=5)
    f = font("sans_bold", int(mm(4.2)))
    for i, t in enumerate(lines):
        d.text((layer.width / 2, mm(5) + i * mm(6)), t, font=f, fill=255, anchor="mm")
    layer = layer.rotate(tilt, expand=True, resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.5, 0.85)
    mask = layer.point(lambda v: int(v * strength))
    s.image.paste(ink, (int(x), int(y)), mask)
    s.lines.extend(lines)
