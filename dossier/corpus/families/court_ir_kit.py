"""court_ir's press (广东省佛山市顺德区人民法院执行局) and the paper it and its senders print on.

The bureau's notices and orders go out under a red letterhead (红头): the court's name in large red bold song,
letter-spaced, over a thick and a thin red rule, the title in black bold song below and the case number set flush
left under a short rule; rulings keep the black court line over a wide-spaced 执行裁定书. Body in Noto serif, first
lines indented two characters, signers stacked at the right, the date in Chinese numerals under the seal, and the
folio "第n页（共m页）" centred at the foot. What the dossier keeps of a notice is the copy the clerk ran off the
copier (so the letterhead comes out grey) with the red 与原件核对无异 stamp pressed on it afterwards.

Security paper (防伪纸): the arbitration commission's, the notaries', the banks' and this court's own 生效证明 are
printed on anti-copy paper. It carries a tinted void pantograph — a field of tiny dots on a fine pitch in which the
words 复印无效 / VOID / COPY are set in larger dots on a coarser pitch, both covering the same share of the paper so
the original looks evenly tinted — a guilloche border of interlaced waves, and microtext rules. A copier loses the
tiny dots and keeps the large ones, so on a copy the hidden words stand out diagonally across the page
(court_ir_capture makes the copy)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "广东省佛山市顺德区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(30), mm(28)
PEN = (26, 40, 128)
SMALL_PITCH, LARGE_PITCH, LARGE_DOT = 2, 6, 3
"""the pantograph: the background's 1-px dots every 2 px, the hidden words' 3-px dots every 6 px (same coverage)"""


@dataclass
class Leaf(Sheet):
    """A sheet of this family: how many copier generations stand between the paper and the glass (0 the paper
    itself), whether it is security paper, and what was put on after copying (the red stamp on a copy)."""

    copies: int = 0
    security: str = ""          # the hidden word of the anti-copy paper, "" for plain paper
    after: Sheet | None = field(default=None, repr=False)

    def overlay(self) -> Sheet:
        """What is drawn on the copy, not on the original (white where nothing is: the capture multiplies it on)."""
        if self.after is None:
            self.after = Sheet(size=self.size)
        return self.after


def body(size: float = 5.3) -> Font:
    return font("serif", mm(size))


def pantograph_mask(size: tuple[int, int], word: str, *, angle: float = 32.0) -> Any:
    """Where the hidden word lies on a page (True): the word set in rows, turned `angle` degrees, tiled over it."""
    w, h = size
    big = int(math.hypot(w, h)) + 40
    canvas = Image.new("L", (big, big), 0)
    d = ImageDraw.Draw(canvas)
    f = font("sans_bold", mm(17) if len(word) <= 4 else mm(13))
    step = int(text_width(word, f) + mm(22))
    row = int(f.size * 2.3)
    for k, y in enumerate(range(0, big, row)):
        for x in range(-step + (k % 2) * step // 2, big, step):
            d.text((x, y), word, font=f, fill=255)
    canvas = canvas.rotate(angle, resample=Image.Resampling.NEAREST)
    x0, y0 = (big - w) // 2, (big - h) // 2
    return np.asarray(canvas.crop((x0, y0, x0 + w, y0 + h))) > 127


def security_paper(word: str, tint: tuple[int, int, int], rng: random.Random, *, issuer: str = "",
                   copies: int = 1) -> Leaf:
    """A fresh sheet of anti-copy paper: void pantograph, guilloche border, microtext rules (not recorded as text:
    they are the paper's, not the document's)."""
    s = Leaf(copies=copies, security=word)
    w, h = s.size
    a: Any = np.asarray(s.image, dtype=np.uint8).copy()
    mask = pantograph_mask(s.size, word, angle=rng.choice([28.0, 32.0, 35.0, -30.0]))
    yy, xx = np.mgrid[0:h, 0:w]
    small = (yy % SMALL_PITCH == 0) & (xx % SMALL_PITCH == 0) & ~mask
    large = (yy % LARGE_PITCH < LARGE_DOT) & (xx % LARGE_PITCH < LARGE_DOT) & mask
    dots = small | large
    a[dots] = tint
    s.image = Image.fromarray(a)
    _guilloche(s, tint, rng)
    _microtext(s, issuer or word, mm(14), tint)
    _microtext(s, issuer or word, h - mm(16), tint)
    return s


def _guilloche(s: Sheet, tint: tuple[int, int, int], rng: random.Random) -> None:
    """A border of interlaced waves (the security printer's rope pattern) 5 mm inside the edge, 7 mm wide."""
    d = s.draw
    w, h = s.size
    inset, band = mm(6), mm(7)
    colour = tuple(max(0, v - 40) for v in tint)
    phase = rng.uniform(0, math.pi)
    for k in range(5):
        p = phase + k * math.pi / 5
        for horizontal in (True, False):
            length = w if horizontal else h
            pts_a: list[tuple[float, float]] = []
            pts_b: list[tuple[float, float]] = []
            for t in range(inset, length - inset, 3):
                off = band / 2 + band / 2 * math.sin(t / mm(3.2) + p) * math.cos(t / mm(17) + p / 2)
                if horizontal:
                    pts_a.append((t, inset + off))
                    pts_b.append((t, h - inset - off))
                else:
                    pts_a.append((inset + off, t))
                    pts_b.append((w - inset - off, t))
            d.line(pts_a, fill=colour, width=1)
            d.line(pts_b, fill=colour, width=1)


def _microtext(s: Sheet, words: str, y: float, tint: tuple[int, int, int]) -> None:
    """A rule that is a line of 0.8 mm text repeated (a copier turns it into a broken grey line)."""
    f = font("sans", 6)
    text = (words + " ") * 200
    colour = tuple(max(0, v - 60) for v in tint)
    x0, x1 = mm(16), s.width - mm(16)
    line = text[: int((x1 - x0) / max(1.0, f.getlength("字"))) + 1]
    s.draw.text((x0, y), line, font=f, fill=colour)


def letterhead(s: Sheet, y: float, *, red: bool = True, name: str = COURT) -> float:
    """The 红头: the court's name in red bold song spread over the measure, a thick and a thin red rule."""
    colour = RED if red else INK
    f = font("serif_bold", mm(11.5))
    room = s.width - LEFT - RIGHT
    gap = max(0.0, (room - mm(14) - text_width(name, f)) / max(1, len(name) - 1))
    s.centred(y, name, f, fill=colour, spacing=min(gap, mm(3)))
    y += f.size * 1.5
    s.line(LEFT - mm(4), y, s.width - RIGHT + mm(4), y, width=7, fill=colour)
    s.line(LEFT - mm(4), y + mm(1.6), s.width - RIGHT + mm(4), y + mm(1.6), width=2, fill=colour)
    return y + mm(10)


def folio(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    """第n页（共m页）, centred at the foot of every page of a paper that runs over."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    f = f or body(4.0)
    for n, s in enumerate(sheets, 1):
        s.centred(s.height - mm(16), f"第{n}页（共{m}页）", f)
        s.page_of = (n, m)
    return list(sheets)


@dataclass
class Flowing:
    """A paper running down its sheets."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    copies: int = 0

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            self.sheets.append(Leaf(copies=self.copies))
            self.y = float(TOP)

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        parts = (words(text, f, self.width) if text.isascii()
                 else wrap(text, f, self.width - hang, indent=first - hang if first else 0.0))
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead


def words(text: str, f: Font, width: float) -> list[str]:
    """An English paragraph broken between words."""
    lines: list[str] = []
    cur = ""
    for w in text.split():
        if cur and f.getlength(cur + " " + w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return [*lines, cur] if cur else lines


def checked(leaf: Leaf, x: float, y: float, rng: random.Random, who: str) -> None:
    """The clerk's red 与原件核对无异 stamp and initials, put on the copy after copying."""
    o = leaf.overlay()
    f = font("song_gb", mm(4.2))
    lines = ["与原件核对无异", f"核对人：{who}"]
    w = max(text_width(t, f) for t in lines) + mm(8)
    hgt = f.size * 1.5 * len(lines) + mm(4)
    layer = Image.new("L", (int(w) + 12, int(hgt) + 12), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((6, 6, w + 6, hgt + 6), outline=255, width=4)
    ty = 6.0 + mm(2)
    for t in lines:
        d.text((6 + w / 2, ty + f.size / 2), t, font=f, fill=255, anchor="mm")
        ty += f.size * 1.5
    layer = layer.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC, expand=True)
    strength = rng.uniform(0.6, 0.85)
    mask = layer.point(lambda v: int(v * strength))
    ink = Image.new("RGB", layer.size, (RED[0] - 15, RED[1] + 5, RED[2] + 20))
    box = (int(x), int(y), int(x) + layer.width, int(y) + layer.height)
    under = o.image.crop(box)
    under.paste(ImageChops.multiply(under, ink), (0, 0), mask)
    o.image.paste(under, box[:2])
    leaf.lines.extend(lines)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", red: bool = True, copies: int = 1,
                issuer: str = COURT, seal_name: str = "") -> list[Sheet]:
    """A paper of this court. paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging), ("n", a note).
    red: under the 红头 (notices, orders, decisions); else the ruling's black court line and spaced title."""
    s = Leaf(copies=copies)
    if red:
        y = letterhead(s, TOP - mm(6), name=issuer)
        tf = font("serif_bold", mm(8.6))
        s.centred(y, title, tf, spacing=mm(1.2) if len(title) > 4 else mm(4))
        y += tf.size * 1.8
        s.text(LEFT, y, number or c.number, body(5.0))
        y += mm(12)
    else:
        s.centred(TOP, issuer, font("serif_bold", mm(7.6)), spacing=mm(1))
        tf = font("serif_bold", mm(10))
        s.centred(TOP + mm(14), title, tf, spacing=mm(6))
        y = TOP + mm(32)
        s.right(s.width - RIGHT, y, number or c.number, body(5.0))
        y += mm(13)
    run = Flowing([s], y, copies=copies)
    f = body()
    lead = f.size * 1.78
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "n":
            run.para(text, body(4.3), lead=body(4.3).size * 1.6)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.need(lead * (len(signers) + 3) + mm(12))
    last = run.s
    y = run.y + mm(8)
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        last.text(x, y, role, f, spacing=mm(1.5) if len(role) == 3 else 0.0)
        last.text(x + mm(30), y, name, f)
        y += lead
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    y += mm(4)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + mm(2), seal_name or issuer, rng,
         radius=mm(21))
    sheets = folio(run.sheets)
    if copies and isinstance(last, Leaf):
        checked(last, LEFT, min(y + mm(18), last.height - mm(40)), rng, c.clerk)
    return sheets


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], shade: Sequence[int] = (0,), line_w: int = 2,
         ink: tuple[int, int, int] = INK) -> list[list[tuple[float, float, float, float]]]:
    """A ruled table; a short row's last cell runs to the right edge; cells in `shade` columns hold centred labels.
    Returns the cells' boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w, outline=ink)
            if cell:
                parts = wrap(cell, f, w - mm(3))
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in shade:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + mm(1.8), ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 5.6, per_line: int = 0,
        ink: tuple[int, int, int] = PEN) -> float:
    """Ballpoint on a form, broken every `per_line` characters; returns the y below."""
    px = mm(size)
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=px, ink=ink)
        y += px * 1.45
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, spread: float = 0.0) -> float:
    """A form's heading: the issuer in small bold song, the title in 黑体 with a single rule under the whole measure."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", mm(5.6)), spacing=mm(0.6))
        y += mm(10)
    s.centred(y, title, font("hei", mm(8.4)), spacing=spread or mm(2.2))
    y += mm(13)
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    return y + mm(6)
