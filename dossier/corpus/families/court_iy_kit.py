"""court_iy's press and its rubber stamps (重庆市渝北区人民法院执行局, a busy city bureau that stamps everything).

Its own papers come off the case system in the GB 宋 face (typists write ○ for 〇): the court's name in bold Noto
serif, spread wide, over a letter-spaced title; the case number set right with a thin full-width rule under it; body
ragged right, paragraphs indented two characters; the bench in a right-hand block, the date under the court seal;
"第n页（共m页）" at the lower right. Forms are ruled grids whose labels sit in 黑体, filled in with a ballpoint.

The stamps: every paper the bureau receives gets the 执行局's rectangular 收文章 (收文日期 / 收文号 / 承办人 ruled
into it and written in by hand), pressed wherever there was room — often across the head, over the title or over
the first lines; every paper it sends out gets a 发文登记 number stamp (a numbering machine's digits) and a small
printed barcode label of the 案件流程管理系统 stuck at a top corner; copies get a round 校对章 or a rectangular
与原件核对一致. The ink is uneven: pressed hard in one place, starved in another."""

from __future__ import annotations

import hashlib
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "重庆市渝北区人民法院"
BUREAU = "重庆市渝北区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(25), mm(40), mm(30)
PEN = (34, 46, 138)
PEN_BLACK = (30, 30, 36)
STAMP_BLUE = (36, 66, 178)
STAMP_RED = (204, 36, 44)
STAMP_VIOLET = (110, 50, 150)


class PhotoSheet(Sheet):
    """A sheet with a photo on it (a card copy, glued prints): the scanner's auto-separation sends it grey."""

    has_photo = True


def gb(s: str) -> str:
    """Text as the GB 宋 face prints it: ○ for 〇 (the face has no U+3007)."""
    return s.replace("〇", "○")


def song(size: int = 42) -> Font:
    return font("song_gb", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


def gb_date(d: date) -> str:
    return gb(cn_date(d))


@dataclass
class Flowing:
    """A paper running down its sheets: cursor y, sheets so far, the margins of a fresh sheet."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP - mm(8)
    foot: float = FOOT

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, align: str = "left",
             spacing: float = 0.0) -> None:
        self.need(lead)
        if align == "centre":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif align == "right":
            self.s.right(self.s.width - self.right - at, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """Page numbers: the court's "第n页（共m页）" at the lower right, "－ n －" centred (the 中院), "第n页/共m页"
    centred (the 仲裁委). page_of is what the footer states."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    for n, s in enumerate(sheets, 1):
        if style == "court":
            s.right(s.width - RIGHT, s.height - mm(16), f"第{n}页（共{m}页）", f)
            s.page_of = (n, m)
        elif style == "dash":
            s.centred(s.height - mm(15), f"－ {n} －", f)
        else:
            s.centred(s.height - mm(14), f"第{n}页/共{m}页", f)
            s.page_of = (n, m)
    return list(sheets)


def court_paper(rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, number: str, day: date,
                signers: Sequence[tuple[str, str]] = (), court: str = COURT, clerk: str = "",
                seal_name: str = "", reserve: float = 0.0) -> list[Sheet]:
    """A paper in the bureau's house style. paras: ("to", addressee) flush, ("p", paragraph) indented,
    ("h", party line, hanging indent), ("c", centred line), ("n", note in smaller type)."""
    s = Sheet()
    s.centred(TOP, court, font("serif_bold", 58), spacing=12)
    spread = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 6)
    s.centred(TOP + 98, title, font("serif_bold", 82), spacing=spread)
    run = Flowing([s], TOP + 230)
    f = song(42)
    if number:
        run.line(gb(number), song(40), lead=56, align="right")
        s.line(LEFT, run.y, s.width - RIGHT, run.y, width=2)
        run.y += 40
    for kind, text in paras:
        text = gb(text)
        if kind == "to":
            run.para(text, f, lead=76)
        elif kind == "h":
            run.para(text, f, lead=76, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead=76, align="centre")
        elif kind == "n":
            run.para(text, song(34), lead=58)
        else:
            run.para(text, f, lead=76, first=f.size * 2)
    run.need(80 * len(signers) + 250 + reserve)
    last = run.s
    y = run.y + 50
    x = last.width - RIGHT - mm(78)
    for role, name in signers:
        last.text(x, y, role, f, spacing=(mm(18) - text_width(role, f)) / max(1, len(role) - 1) if len(role) < 4 else 0)
        last.text(x + mm(34), y, name, f)
        y += 80
    y += 34
    when = gb_date(day)
    xr = last.width - RIGHT - mm(12)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 18 + rng.uniform(-mm(3), mm(3)),
         seal_name or court, rng, radius=mm(21))
    if clerk:
        last.text(x, y + 104, "书  记  员", f)
        last.text(x + mm(34), y + 104, clerk, f)
    return folio(run.sheets, song(30))


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), line_w: int = 2,
         ink: tuple[int, int, int] = INK, label_font: Font | None = None) -> list[tuple[float, float, float, float]]:
    """A ruled grid; a short row's last cell runs to the right edge; label columns are set in 黑体, centred.
    Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = label_font or hei(int(f.size * 0.95))
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=line_w, outline=ink)
            if cell:
                ff = lf if k in labels else f
                parts = wrap(gb(cell), ff, w - 20)
                lh = ff.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, ff, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = PEN) -> float:
    """Ballpoint on a form, long entries broken every `per_line` characters; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.35
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP - mm(6), issuer: str = COURT, size: int = 70) -> float:
    """A form's head: the court in small bold serif, the title in bold serif spread out; returns the y below."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 44), spacing=8)
        y += 74
    s.centred(y, title, font("serif_bold", size), spacing=max(8, 60 - 6 * len(title)))
    return y + size + 46


# ---------------------------------------------------------------- rubber stamps

def _uneven(mask: Image.Image, rng: random.Random, *, low: float, high: float) -> Image.Image:
    """A stamp's ink: a smooth random field between `low` and `high` times full strength over its shape."""
    w, h = mask.size
    gen = np.random.default_rng(rng.randint(0, 2**31))
    coarse = gen.uniform(low, high, (4, 5)).astype(np.float32)
    field = np.asarray(Image.fromarray(coarse).resize((w, h), Image.Resampling.BICUBIC), dtype=np.float32)
    a = np.asarray(mask, dtype=np.float32) * np.clip(field, 0.0, 1.0)
    return Image.fromarray(a.astype(np.uint8), "L")


def _press(s: Sheet, layer: Image.Image, x: float, y: float, colour: tuple[int, int, int], rng: random.Random, *,
           tilt: float, low: float = 0.45, high: float = 0.9) -> None:
    """Multiply an ink layer (L, 255 = ink) onto the sheet at (x, y), turned by `tilt` degrees."""
    layer = layer.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=True)
    mask = _uneven(layer, rng, low=low, high=high)
    ix, iy = int(x), int(y)
    box = (ix, iy, ix + layer.width, iy + layer.height)
    under = s.image.crop(box)
    mixed = ImageChops.multiply(under, Image.new("RGB", layer.size, colour))
    under.paste(mixed, (0, 0), mask)
    s.image.paste(under, (ix, iy))


RECEIPT_W, RECEIPT_H = mm(64), mm(33)


def receipt_stamp(s: Sheet, x: float, y: float, rng: random.Random, *, colour: tuple[int, int, int], received: str,
                  serial: str, undertaker: str) -> None:
    """The 执行局's 收文章: a ruled rectangle, the bureau and 收文 at the top, three rows 收文日期 / 收文号 / 承办人
    whose blanks a clerk writes in."""
    w, h = RECEIPT_W, RECEIPT_H
    layer = Image.new("L", (w + 8, h + 8), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((4, 4, w + 4, h + 4), outline=255, width=6)
    head = mm(12)
    d.text((w / 2 + 4, mm(4) + 4), BUREAU, font=song(28), fill=255, anchor="mm")
    d.text((w / 2 + 4, mm(9) + 4), "收　　文", font=hei(32), fill=255, anchor="mm")
    d.line((4, head, w + 4, head), fill=255, width=4)
    row = (h - head) / 3
    lab = mm(19)
    d.line((lab, head, lab, h + 4), fill=255, width=3)
    for k, label in enumerate(("收文日期", "收 文 号", "承 办 人")):
        ry = head + row * k
        if k:
            d.line((4, ry, w + 4, ry), fill=255, width=3)
        d.text((lab / 2 + 4, ry + row / 2), label, font=song(26), fill=255, anchor="mm")
    tilt = rng.uniform(-2.5, 2.5)
    _press(s, layer, x, y, colour, rng, tilt=tilt)
    s.lines.extend([BUREAU, "收文", "收文日期", "收文号", "承办人"])
    for k, value in enumerate((received, serial, undertaker)):
        hand(s, x + lab + mm(3), y + head + row * k + row * 0.12, value, rng, size=int(row * 0.72),
             ink=PEN if rng.random() < 0.7 else PEN_BLACK)


def dispatch_stamp(s: Sheet, x: float, y: float, rng: random.Random, *, colour: tuple[int, int, int],
                   number: str) -> None:
    """The 发文登记 stamp: a double-ruled rectangle, 发文登记 on the left, the numbering machine's digits to its right."""
    digits = font("mono", 34)
    split = mm(17)
    w, h = int(split + mm(6) + sum(digits.getlength(ch) + (5 if ch.isdigit() else 1) for ch in number)), mm(15)
    layer = Image.new("L", (w + 8, h + 8), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((4, 4, w + 4, h + 4), outline=255, width=5)
    d.rectangle((12, 12, w - 4, h - 4), outline=255, width=2)
    d.line((split, 12, split, h - 4), fill=255, width=2)
    d.text((split / 2 + 6, h / 2 - mm(2.2) + 4), "渝北法院", font=song(24), fill=255, anchor="mm")
    d.text((split / 2 + 6, h / 2 + mm(2.6) + 4), "发文登记", font=hei(26), fill=255, anchor="mm")
    cx = float(split + mm(3))
    for ch in number:
        d.text((cx, h / 2 + 4), ch, font=digits, fill=255, anchor="lm")
        cx += digits.getlength(ch) + (5 if ch.isdigit() else 1)
    _press(s, layer, x, y, colour, rng, tilt=rng.uniform(-2, 2), low=0.55, high=0.95)
    s.lines.extend(["渝北法院", "发文登记", number])


def _bars(text: str) -> list[int]:
    """A barcode's module widths (bar, space, …), fixed by the text: start, data, stop."""
    digest = hashlib.sha256(text.encode()).digest()
    widths = [2, 1, 1, 2, 3, 1]
    for b in digest[:22]:
        widths += [1 + b % 3, 1 + (b >> 2) % 3, 1 + (b >> 4) % 2, 1 + (b >> 6) % 3]
    return [*widths, 2, 3, 3, 1, 1, 1, 2]


LABEL_W, LABEL_H = mm(52), mm(19)


def barcode_label(s: Sheet, x: float, y: float, rng: random.Random, *, code: str, caption: str) -> None:
    """A small white label printed by the 案件流程管理系统 and stuck on: a line of bars, the number under it, the
    system's name over it. It covers what lay beneath (paper, not ink)."""
    w, h = LABEL_W, LABEL_H
    label = Image.new("RGB", (w, h), (252, 252, 250))
    d = ImageDraw.Draw(label)
    d.rectangle((0, 0, w - 1, h - 1), outline=(170, 170, 170), width=2)
    d.text((mm(2.5), mm(1.2)), "渝北法院·案件流程管理系统", font=font("sans", 22), fill=INK)
    modules = _bars(code)
    unit = max(2.0, (w - mm(6)) / sum(modules))
    bx = float(mm(3))
    for k, m in enumerate(modules):
        if k % 2 == 0:
            d.rectangle((int(bx), mm(5.2), int(bx + m * unit) - 1, mm(12.8)), fill=(10, 10, 10))
        bx += m * unit
    d.text((w / 2, mm(15.8)), code, font=font("mono", 24), fill=INK, anchor="mm")
    tilt = rng.uniform(-1.5, 1.5)
    mask = Image.new("L", label.size, 255).rotate(tilt, expand=True)
    label = label.rotate(tilt, expand=True, fillcolor=(255, 255, 255))
    s.image.paste(label, (int(x), int(y)), mask)
    s.lines.extend(["渝北法院·案件流程管理系统", code, caption] if caption else ["渝北法院·案件流程管理系统", code])


def proof_seal(s: Sheet, cx: float, cy: float, rng: random.Random, *, name: str = "渝北法院执行局") -> None:
    """The round 校对章: a double ring, the name round the top, 校对 across the middle, a bar under it."""
    r = mm(12)
    size = int(2 * r + 16)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=5)
    d.ellipse((c - r + 9, c - r + 9, c + r - 9, c + r - 9), outline=255, width=2)
    f = song(int(r * 0.34))
    span = 200.0
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / len(name)
        g = Image.new("L", (int(r * 0.5), int(r * 0.5)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        px = c + r * 0.66 * math.cos(math.radians(ang)) - g.width / 2
        py = c + r * 0.66 * math.sin(math.radians(ang)) - g.height / 2
        layer.paste(255, (int(px), int(py)), g)
    d.text((c, c + r * 0.18), "校对", font=hei(int(r * 0.5)), fill=255, anchor="mm")
    d.line((c - r * 0.45, c + r * 0.55, c + r * 0.45, c + r * 0.55), fill=255, width=3)
    _press(s, layer, cx - size / 2, cy - size / 2, STAMP_RED, rng, tilt=rng.uniform(-20, 20), low=0.5, high=0.9)
    s.lines.extend([name, "校对"])


def checked_stamp(s: Sheet, x: float, y: float, rng: random.Random, *, colour: tuple[int, int, int], who: str) -> None:
    """与原件核对一致 in a single-ruled box, the clerk's name written beside it."""
    f = hei(34)
    w = int(text_width("与原件核对一致", f) + mm(8))
    h = mm(11)
    layer = Image.new("L", (w + 8, h + 8), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((4, 4, w + 4, h + 4), outline=255, width=4)
    d.text((w / 2 + 4, h / 2 + 4), "与原件核对一致", font=f, fill=255, anchor="mm")
    _press(s, layer, x, y, colour, rng, tilt=rng.uniform(-4, 4))
    s.lines.append("与原件核对一致")
    hand(s, x + w + mm(4), y + mm(1), who, rng, size=44, ink=PEN_BLACK)


def room(s: Sheet, w: float, h: float, rng: random.Random, *, head: bool) -> tuple[float, float]:
    """Where a stamp of w × h goes: across the head (over the title or the first lines) when `head`, else the
    emptiest place on the sheet that a clerk would reach for (the margins and blank foot first)."""
    if head:
        return (rng.uniform(mm(22), s.width - w - mm(18)), rng.uniform(mm(18), mm(78)))
    grey = np.asarray(s.image.convert("L").reduce(8), dtype=np.float32)
    ink = (grey < 200).astype(np.float32)
    bw, bh = max(1, int(w / 8)), max(1, int(h / 8))
    integral = np.pad(ink.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
    best: list[tuple[float, int, int]] = []
    for yy in range(int(mm(12) / 8), grey.shape[0] - bh - int(mm(12) / 8), 4):
        for xx in range(int(mm(12) / 8), grey.shape[1] - bw - int(mm(10) / 8), 4):
            n = integral[yy + bh, xx + bw] - integral[yy, xx + bw] - integral[yy + bh, xx] + integral[yy, xx]
            best.append((float(n), xx, yy))
    best.sort()
    _, bx, by = rng.choice(best[:6])
    return (bx * 8.0, by * 8.0)
