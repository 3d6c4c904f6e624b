"""court_ff's house style (宁夏回族自治区石嘴山市大武口区人民法院执行局): the bureau's papers come off its case system
with the court's name in bold Noto song, letter-spaced, over a 黑体 title; the case number sits at the right above a
full-width hairline; the body is Noto serif with wide leading; the signers stand in a right-hand block with the date
in Chinese numerals under the court's round seal. Multi-page papers say "第n页　共m页" centred at the foot. The
bureau's forms are grids with a heavy outer frame and hairline rules inside, their labels in a small 黑体, filled by
ballpoint. Whoever signs by hand on a record, an agreement or a receipt presses a red 印泥 thumb over the name — the
ridges drawn here (finger()), and the same ridges, grey with coal dust, are what the capture leaves on the margins."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
from PIL import Image, ImageChops

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "宁夏回族自治区石嘴山市大武口区人民法院"
SHORT = "大武口区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(30), mm(28)
BALLPOINT = (32, 40, 112)
GEL = (30, 30, 34)
INKPAD = (196, 36, 44)


def body(size_mm: float = 5.3) -> Font:
    return font("serif", mm(size_mm))


def hei(size_mm: float) -> Font:
    return font("hei", mm(size_mm))


def finger_mask(rng: random.Random, w: int, h: int) -> Any:
    """A thumb's print as a 0..1 mask of w×h px: a whorl of ridges (about 0.5 mm apart) inside an oval, inked unevenly
    and fading at its rim."""
    gen = np.random.default_rng(rng.randint(0, 2**31))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w * rng.uniform(0.4, 0.6), h * rng.uniform(0.35, 0.55)
    dx, dy = (xx - cx) / (w / 2), (yy - cy) / (h / 2)
    r = np.sqrt(dx * dx * 1.15 + dy * dy)
    ang = np.arctan2(dy, dx)
    period = max(3.0, mm(0.5))
    warp = np.sin(ang * 2 + rng.uniform(0, 6)) * 0.35 + np.sin(ang * 3 + rng.uniform(0, 6)) * 0.2
    ridge = 0.5 + 0.5 * np.sin(2 * math.pi * (r * (w / 2) / period + warp))
    ridge = (ridge > 0.45).astype(np.float32)
    ex, ey = (xx - w / 2) / (w / 2), (yy - h / 2) / (h / 2)
    rim = np.clip((1.0 - np.sqrt(ex * ex + ey * ey)) * 4.0, 0, 1)
    blot = gen.random((max(2, h // 18), max(2, w // 18))).astype(np.float32)
    blot_img = Image.fromarray((blot * 255).astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC)
    ink = 0.6 + 0.4 * np.asarray(blot_img, dtype=np.float32) / 255
    return ridge * rim * ink


def finger(s: Sheet, cx: float, cy: float, rng: random.Random, *, colour: tuple[int, int, int] = INKPAD,
           strength: float = 0.0, size_mm: float = 0.0) -> None:
    """A thumb pressed on the inkpad and then on the page at (cx, cy), over what is written there (multiplied: the
    name shows through the red)."""
    w = mm(size_mm or rng.uniform(13, 16))
    h = int(w * rng.uniform(1.2, 1.35))
    m = finger_mask(rng, w, h)
    layer = Image.fromarray((m * 255 * (strength or rng.uniform(0.72, 0.92))).astype(np.uint8), "L")
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC, expand=True)
    x0, y0 = int(cx - layer.width / 2), int(cy - layer.height / 2)
    box = (x0, y0, x0 + layer.width, y0 + layer.height)
    under = s.image.crop(box)
    tint = Image.new("RGB", layer.size, tuple(max(0, min(255, v + rng.randint(-12, 12))) for v in colour))
    under.paste(ImageChops.multiply(under, tint), (0, 0), layer)
    s.image.paste(under, (x0, y0))


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 6.0, ink: tuple[int, int, int] = BALLPOINT,
        face: str = "kai") -> float:
    """Ballpoint handwriting (recorded); returns the width written."""
    return scrawl(s, x, y, text, rng, role=face, size=mm(size), ink=ink, slant=5.0)


def signed(s: Sheet, x: float, y: float, name: str, rng: random.Random, *, thumb: bool = True, size: float = 7.0,
           ink: tuple[int, int, int] = BALLPOINT) -> float:
    """A name signed by hand and, where a person signs, the red thumbprint pressed over its end."""
    w = pen(s, x, y, name, rng, size=size, ink=ink)
    if thumb:
        finger(s, x + w * rng.uniform(0.55, 0.95), y + mm(size) * 0.55, rng)
    return w


@dataclass
class Press:
    """A typed paper running down its sheets."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP + mm(4)
    foot: float = FOOT + mm(8)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(size=self.s.size))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.measure - hang, indent=(first - hang) if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0) -> None:
        self.need(lead)
        self.s.text(self.left + at, self.y, text, f)
        self.y += lead

    def right_line(self, text: str, f: Font, *, lead: float, inset: float = 0.0) -> None:
        self.need(lead)
        self.s.right(self.s.width - self.right - inset, self.y, text, f)
        self.y += lead

    def centre(self, text: str, f: Font, *, lead: float, spacing: float = 0.0) -> None:
        self.need(lead)
        self.s.centred(self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet]) -> list[Sheet]:
    """第n页　共m页, centred at the foot of each page of a multi-page paper."""
    n = len(sheets)
    if n > 1:
        f = body(3.9)
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(17), f"第{i}页　共{n}页", f)
            s.page_of = (i, n)
    return list(sheets)


def masthead(s: Sheet, title: str, *, y: float = TOP, court: str = COURT) -> float:
    """The court's name letter-spaced in bold song, the title in 黑体 under it; returns the y below."""
    s.centred(y, court, font("serif_bold", mm(6.0)), spacing=mm(0.9))
    y += mm(11.5)
    gap = {2: mm(14), 3: mm(9), 4: mm(6), 5: mm(3.5), 6: mm(2)}.get(len(title), mm(0.6))
    s.centred(y, title, hei(10.5), spacing=gap)
    return y + mm(19)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT,
                tail: Callable[[Sheet, float], None] | None = None, tail_h: float = 0.0) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee) flush; ("p", paragraph) indented two characters; ("h", a party
    line hanging two characters); ("c", centred); ("s", a small flush note). `tail` draws a part below the date (a
    回执 to tear off) in the last `tail_h` of the last page, on a page of its own when the date sits too low."""
    s = Sheet()
    y = masthead(s, title, court=court)
    f = body()
    s.right(s.width - RIGHT, y, number or c.number, body(5.0))
    y += mm(8.5)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    press = Press([s], y + mm(6))
    lead = f.size * 1.78
    for kind, text in paras:
        if kind == "to":
            press.para(text, f, lead=lead)
        elif kind == "h":
            press.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            press.centre(text, f, lead=lead)
        elif kind == "s":
            press.para(text, body(4.4), lead=body(4.4).size * 1.6)
        else:
            press.para(text, f, lead=lead, first=f.size * 2)
    before = len(press.sheets)
    press.need(lead * (len(signers) + 2) + mm(18))
    if len(press.sheets) > before:  # the signatures alone on the last page, as the case system prints them
        press.flush("（此页无正文）", f, lead=lead)
    last = press.s
    y = press.y + mm(8)
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, y, role, f, spacing=mm(2.4) if len(role) == 3 else (mm(7.2) if len(role) == 2 else 0))
        last.text(x + mm(33), y, name, f)
        y += lead
    y += mm(3)
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + mm(1), court, rng, radius=mm(20))
    if tail is not None:
        top = last.height - FOOT - tail_h
        if y + mm(22) > top:
            last = Sheet()
            press.sheets.append(last)
        tail(last, top)
    return folio(press.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), label_font: Font | None = None,
         frame: int = 5) -> list[list[tuple[float, float, float, float]]]:
    """A form's grid: heavy outer frame, hairline rules inside; a row shorter than `widths` lets its last cell run to
    the right edge; cells in the `labels` columns are set centred in a small 黑体. Returns each row's cell boxes."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    lf = label_font or font("hei", int(f.size * 0.92))
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        cells: list[tuple[float, float, float, float]] = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            is_label = k in labels
            face = lf if is_label else f
            if cell:
                parts = wrap(cell, face, w - mm(3))
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 1
                for part in parts:
                    if is_label:
                        s.centred(ty, part, face, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + mm(1.8), ty, part, face)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(cells)
        cy += h
    s.box(x, y, x + total, cy, width=frame)
    return out


def form_title(s: Sheet, title: str, *, court: str = COURT, y: float = TOP) -> float:
    """A form's head: the court's name in small bold song, the title in 黑体 letter-spaced; returns the y below."""
    if court:
        s.centred(y, court, font("serif_bold", mm(5.0)), spacing=mm(0.6))
        y += mm(10)
    s.centred(y, title, hei(8.5), spacing=mm(3) if len(title) <= 6 else mm(1))
    return y + mm(16)
