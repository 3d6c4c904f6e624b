"""court_gg's two presses. The 通川 bureau's own papers come off the office laser printer from the case system's
templates: the court's name in bold serif with its letters spread, the title in 文泉驿黑体 spread wide, the case
number centred between two short bars, a Noto serif body with generous leading, the signers stacked in a right-hand
column over the date in Chinese numerals and the court's seal, a small verification square ("扫码核验") at the foot of
the last page, and "第 n 页／共 m 页" centred under every page of a long paper. Its forms are grids with a heavy outer
frame, hairline inner rules and 黑体 labels, filled in with a gel pen.

The road press: papers printed away from any office — by the 劳动保障监察 officers at a site office, by the legal-aid
lawyer in a workers' dormitory, by the bureau's officers on a field visit — from a phone onto a portable thermal A4
printer. Those are typeset by phone apps (sans faces, narrow margins, no folio or a bare "n/m"), printed in one
colour only; the seal, the pen and the red fingerprints go on afterwards. `road(sheets, printer)` marks such sheets so
that court_gg_capture prints them thermally before the window captures them; unmarked sheets are laser prints."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "四川省达州市通川区人民法院"
L, R, T, B = mm(27), mm(24), mm(30), mm(32)
GEL = (24, 30, 92)        # the clerks' dark-blue gel pen
BIC = (38, 62, 168)       # a party's blue ballpoint
PRINTERS = ("labour", "aid", "bureau")
"""the thermal printers on the road: the 劳动保障监察大队's, the legal-aid lawyer's, the bureau's field kit"""


def serif(size: float) -> Font:
    return font("serif", mm(size))


def sans(size: float) -> Font:
    return font("sans", mm(size))


def road(sheets: list[Sheet], printer: str) -> list[Sheet]:
    """Mark sheets as printed on the road by `printer` (one of PRINTERS)."""
    assert printer in PRINTERS, printer
    for s in sheets:
        s.image.info["route"] = printer
    return sheets


def route_of(sheet: Sheet) -> str:
    """'laser' for the office printers' sheets, else the thermal printer that printed it."""
    return str(sheet.image.info.get("route", "laser"))


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 6.0,
        ink: tuple[int, int, int] = GEL, face: str = "wenkai", per_line: int = 0, lead: float = 0.0) -> float:
    """Pen on paper, broken every `per_line` characters; returns the y under it."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        scrawl(s, x, y, part, rng, role=face, size=mm(size), ink=ink, slant=4.0)
        y += lead or mm(size) * 1.4
    return y


def fingerprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red fingerprint pressed beside a worker's name: an uneven oval of whorled ridges, heavier on one side."""
    w, h = mm(rng.uniform(6, 7.5)), mm(rng.uniform(8, 9.5))
    red = (186 + rng.randint(-15, 15), 36 + rng.randint(0, 25), 44 + rng.randint(0, 20))
    layer = Image.new("L", (int(w) + 8, int(h) + 8), 0)
    d = ImageDraw.Draw(layer)
    cx, cy = layer.width / 2 + rng.uniform(-3, 3), layer.height * rng.uniform(0.4, 0.6)
    for k in range(14):
        rx, ry = w / 2 * (1 - k / 15), h / 2 * (1 - k / 15)
        d.ellipse((cx - rx, cy - ry, cx + rx, cy + ry), outline=int(rng.uniform(150, 255)), width=2)
    layer = layer.rotate(rng.uniform(-20, 20), resample=Image.Resampling.BICUBIC)
    press = rng.uniform(0.55, 0.9)
    ramp = Image.linear_gradient("L").resize(layer.size).point(lambda v: int(255 * (0.55 + 0.45 * v / 255)))
    mask = ImageChops.multiply(layer, ramp).point(lambda v: int(v * press))
    s.image.paste(red, (int(x), int(y)), mask)


@dataclass
class Flowing:
    """A paper flowing down sheets with a cursor."""

    sheets: list[Sheet]
    y: float
    left: float = L
    right: float = R
    top: float = T
    bottom: float = B

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        parts = wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, centred: bool = False, flush_right: bool = False,
             spacing: float = 0.0) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left, self.y, text, f, spacing=spacing)
        self.y += lead


def verify_square(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The case system's verification square: a QR-like block of cells with its three corner eyes."""
    n, cell = 21, mm(0.9)
    d = s.draw
    eyes = ((0, 0), (0, n - 7), (n - 7, 0))
    for i in range(n):
        for j in range(n):
            corner = next(((oi, oj) for oi, oj in eyes if oi <= i < oi + 7 and oj <= j < oj + 7), None)
            if corner is not None:
                on = max(abs(i - corner[0] - 3), abs(j - corner[1] - 3)) in (0, 1, 3)
            else:
                on = rng.random() < 0.5
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)
    s.text(x + n * cell + mm(3), y + mm(4), "扫码核验", font("hei", mm(3.4)))
    s.text(x + n * cell + mm(3), y + mm(10), f"核验码 {rng.randint(10**9, 10**10 - 1)}", font("serif", mm(3.0)))


def folio(sheets: Sequence[Sheet], f: Font) -> list[Sheet]:
    m = len(sheets)
    if m > 1:
        for n, s in enumerate(sheets, 1):
            s.centred(s.height - mm(18), f"第 {n} 页／共 {m} 页", f)
            s.page_of = (n, m)
    return list(sheets)


def bureau_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                 signers: Sequence[tuple[str, str]] = (), number: str = "", issuer: str = COURT,
                 verify: bool = True) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", indented paragraph), ("h", party line with a hanging
    indent), ("c", centred line), ("s", small note)."""
    s = Sheet()
    s.centred(T, issuer, font("serif_bold", mm(6.6)), spacing=mm(1.1))
    tf = font("hei", mm(10))
    spread = {2: mm(14), 3: mm(9), 4: mm(6), 5: mm(3.6), 6: mm(2)}.get(len(title), mm(0.8))
    s.centred(T + mm(14), title, tf, spacing=spread)
    nf = serif(5.0)
    y = float(T + mm(32))
    no = number or c.number
    w = text_width(no, nf)
    cx = s.width / 2
    s.line(cx - w / 2 - mm(16), y + nf.size * 0.6, cx - w / 2 - mm(4), y + nf.size * 0.6, width=2)
    s.line(cx + w / 2 + mm(4), y + nf.size * 0.6, cx + w / 2 + mm(16), y + nf.size * 0.6, width=2)
    s.centred(y, no, nf)
    run = Flowing([s], y + mm(14))
    f = serif(5.2)
    lead = f.size * 1.85
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead=lead, centred=True)
        elif kind == "s":
            run.para(text, serif(4.3), lead=mm(4.3) * 1.7)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
    run.need(lead * (len(signers) + 1) + mm(16))
    last = run.s
    y = run.y + mm(8)
    x = last.width - R - mm(78)
    for role, name in signers:
        last.text(x, y, role, f, spacing=mm(3) if len(role) == 3 else 0)
        last.right(last.width - R - mm(6), y, name, f)
        y += lead
    y += mm(4)
    when = cn_date(day)
    xr = last.width - R - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + mm(2), issuer, rng, radius=mm(21))
    if verify:
        verify_square(last, L, last.height - B - mm(22), rng)
    return folio(run.sheets, serif(3.8))


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), label_face: str = "hei",
          outer: int = 5) -> list[list[tuple[float, float, float, float]]]:
    """A form grid: heavy outer frame, hairline inner rules; the columns in `labels` set in 黑体, centred. A row
    shorter than `widths` lets its last cell run to the right. Returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    lf = font(label_face, f.size)
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            label = k in labels
            face = lf if label else f
            if cell:
                parts = wrap(cell, face, w - mm(4))
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if label:
                        s.centred(ty, part, face, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + mm(2), ty, part, face)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=outer)
    return out


def form_title(s: Sheet, title: str, *, y: float = T, issuer: str = COURT, size: float = 9.0) -> float:
    """A form's heading: the court in small bold serif, the title in 黑体 spread, one heavy rule under it."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", mm(5.4)), spacing=mm(0.8))
        y += mm(10)
    w = s.centred(y, title, font("hei", mm(size)), spacing=mm(3))
    y += mm(size) + mm(3)
    s.line((s.width - w) / 2 - mm(6), y, (s.width + w) / 2 + mm(6), y, width=4)
    return y + mm(7)
