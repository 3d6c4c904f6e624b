"""court_ii's press (福建省平潭县人民法院执行局): the bureau's papers come off the case system in Noto 宋 with generous
margins — the court's name in regular 宋 spread wide, the title under it in bold 宋 with its letters spaced to a fixed
measure, a small square 文书验证码 at the top right, the case number flush right under a hairline, paragraphs
indented two characters and ragged at the right, the signers and the date in a block at the right under the
court's seal, and "第n页，共m页" centred at the foot of every page of a paper that runs on. The bureau's forms
(cover, catalogue, approval and review forms, receipts) are grids with a heavy outer frame and hairline inner rules,
labels in 黑体, filled in by the clerks in a blue-black 楷 hand. The Taiwanese papers of the dossiers are set in
traditional characters (AR PL 明體 / 楷書 TW, Noto TC)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from PIL import Image, ImageChops, ImageDraw, ImageFont

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "福建省平潭县人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(28)
NAVY = (22, 34, 96)
"""the clerks' blue-black gel pen"""

SOURCE = "ii_source"
"""the attribute a sheet carries to tell the capture who scanned it: "app" (a party's phone app) or "flatbed"
(the court's own scanner)"""


def sent_in(sheets: Sequence[Sheet]) -> list[Sheet]:
    """Mark sheets as sent in by a party (scanned with a phone app)."""
    for s in sheets:
        setattr(s, SOURCE, "app")
    return list(sheets)


def song(size: int = 44) -> Font:
    return font("serif", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


TC_FILES = {"ming_tw": ("/usr/share/fonts/truetype/arphic/uming.ttc", 2),
            "kai_tw": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 2),
            "serif_tc": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 3),
            "serif_tc_bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 3),
            "sans_tc": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 3),
            "sans_tc_bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 3)}


@cache
def tc(role: str, size: int) -> Font:
    """A traditional-character face (Taiwan's glyph shapes)."""
    path, index = TC_FILES[role]
    return ImageFont.truetype(path, size=size, index=index)


@dataclass
class Flow:
    """Text running down sheets: the cursor, the sheets so far, the margins."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT + mm(12)
    size: tuple[int, int] | None = None
    made: list[Sheet] = field(default_factory=list)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(size=self.size) if self.size else Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0, at: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang - at, indent=first - hang if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + at + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, centred: bool = False, flush_right: bool = False,
             spacing: float = 0.0, at: float = 0.0) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font, *, style: str = "court", bottom: float = mm(16)) -> list[Sheet]:
    """Page numbers: the court's centred "第n页，共m页"; "第 n 頁／共 m 頁" (Taiwan); "- n -" (a tribunal's);
    "n/m" at the lower right (a firm's word processor). page_of is recorded where the footer states m."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        y = s.height - bottom
        if style == "court":
            s.centred(y, f"第{i}页，共{n}页", f)
        elif style == "tw":
            s.centred(y, f"第 {i} 頁／共 {n} 頁", f)
        elif style == "dash":
            s.centred(y, f"- {i} -", f)
        else:
            s.right(s.width - mm(20), y, f"{i}/{n}", f)
        if style != "dash" and i > 1:
            s.page_of = (i, n)
    return list(sheets)


def check_code(s: Sheet, rng: random.Random, x: float, y: float, side: float = mm(17)) -> None:
    """The small square 文书验证码 the case system prints at the top right (modules drawn, never read)."""
    n = 21
    cell = side / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                ring = max(abs(i % (n - 7) - 3) if i >= n - 7 else abs(i - 3), abs(j % (n - 7) - 3) if j >= n - 7 else abs(j - 3))
                on = ring in (0, 1, 3)
            else:
                on = rng.random() < 0.45
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)
    s.text(x - mm(2), y + side + mm(1), "扫码验证", font("sans", 22), record=False)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "") -> list[Sheet]:
    """A paper of this court. paras: ("to", addressee), ("p", paragraph indented two characters), ("h", a party line
    with a hanging indent), ("c", centred), ("n", a note in smaller type)."""
    s = Sheet()
    check_code(s, rng, s.width - RIGHT - mm(17), mm(14))
    s.centred(TOP, COURT, song(54), spacing=mm(2.2))
    tf = font("serif_bold", 80)
    measure = mm(70) if len(title) <= 5 else mm(100)
    gap = max(6.0, (measure - text_width(title, tf)) / max(len(title) - 1, 1))
    s.centred(TOP + 100, title, tf, spacing=gap)
    y = TOP + 215.0
    s.right(s.width - RIGHT, y, number or c.number, song(42))
    y += 62
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    run = Flow([s], y + 36)
    f = song(44)
    lead = 77.0
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead=lead, centred=True)
        elif kind == "n":
            run.para(text, song(36), lead=58)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.need(80 * len(signers) + 230)
    last = run.s
    y = run.y + 56
    x = last.width - RIGHT - mm(68)
    for role, name in signers:
        last.text(x, y, role, f, spacing=mm(2) if len(role) == 3 else 0)
        last.text(x + mm(32), y, name, f)
        y += 80
    y += 24
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 8, COURT, rng, radius=mm(21))
    return folio(run.sheets, song(30))


Box = tuple[float, float, float, float]


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), label_font: Font | None = None,
         frame: int = 5, ink: tuple[int, int, int] = INK) -> list[Box]:
    """A form's grid: a heavy outer frame, hairline inner rules; a row shorter than `widths` lets its last cell run to
    the right edge. Label columns are set in 黑体, centred. Returns each cell's box, row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = label_font or hei(int(f.size * 0.95))
    boxes: list[Box] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                face = lf if k in labels else f
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=frame, outline=ink)
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = NAVY) -> float:
    """A clerk's or a party's pen on a form, long entries broken every `per_line` characters; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 70) -> float:
    """A form's heading: the court in small 宋, the title in bold 宋 with wide spacing, no rule."""
    if issuer:
        s.centred(y, issuer, song(42), spacing=mm(1.2))
        y += 72
    s.centred(y, title, font("serif_bold", size), spacing=max(8, int(size * 0.6) if len(title) <= 5 else 8))
    return y + size + 46


def square_seal(s: Sheet, cx: float, cy: float, lines: Sequence[str], rng: random.Random, *, side: float = mm(24),
                face: Font | None = None, colour: tuple[int, int, int] = RED, border: int = 7) -> None:
    """A square seal (Taiwan's notaries, company and responsible-person seals): the words in columns read right to
    left, multiplied onto the page."""
    size = int(side + 20)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((10, 10, 10 + side, 10 + side), outline=255, width=border)
    cols = len(lines)
    per = max(len(t) for t in lines)
    cw = (side - 2 * border - 8) / cols
    ch = (side - 2 * border - 8) / per
    f = face or tc("kai_tw", int(min(cw, ch) * 0.95))
    for ci, text in enumerate(lines):
        x = 10 + side - border - 4 - cw * (ci + 0.5)
        for k, char in enumerate(text):
            yy = 10 + border + 4 + ch * (k + 0.5) + (per - len(text)) * ch / 2
            d.text((x, yy), char, font=f, fill=255, anchor="mm")
    layer = layer.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC)
    strength = rng.uniform(0.6, 0.9)
    mask = layer.point(lambda v: int(v * strength))
    ink = Image.new("RGB", layer.size, colour)
    box = (int(cx - size / 2), int(cy - size / 2))
    under = s.image.crop((box[0], box[1], box[0] + size, box[1] + size))
    under.paste(ImageChops.multiply(under, ink), (0, 0), mask)
    s.image.paste(under, box)
    s.lines.extend(t for t in lines if t.strip())


def oval_seal(s: Sheet, cx: float, cy: float, name: str, rng: random.Random, *, rx: float = mm(22), ry: float = mm(15),
              inner: str = "") -> None:
    """An oval seal (a bank's business seal, a finance office's): the name along the upper arc."""
    w, h = int(rx * 2 + 24), int(ry * 2 + 24)
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    d.ellipse((12, 12, 12 + 2 * rx, 12 + 2 * ry), outline=255, width=6)
    f = font("sans_bold", int(ry * 0.32))
    n = len(name)
    for i, char in enumerate(name):
        ang = math.radians(-165 + 150 * (i + 0.5) / n)
        px = w / 2 + rx * 0.76 * math.cos(ang)
        py = h / 2 + ry * 0.72 * math.sin(ang)
        g = Image.new("L", (int(ry * 0.5), int(ry * 0.5)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), char, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(px - g.width / 2), int(py - g.height / 2)), g)
    if inner:
        d.text((w / 2, h / 2 + ry * 0.25), inner, font=font("sans", int(ry * 0.26)), fill=255, anchor="mm")
    layer = layer.rotate(rng.uniform(-8, 8), resample=Image.Resampling.BICUBIC)
    mask = layer.point(lambda v: int(v * rng.uniform(0.6, 0.85)))
    ink = Image.new("RGB", layer.size, RED)
    box = (int(cx - w / 2), int(cy - h / 2))
    under = s.image.crop((box[0], box[1], box[0] + w, box[1] + h))
    under.paste(ImageChops.multiply(under, ink), (0, 0), mask)
    s.image.paste(under, box)
