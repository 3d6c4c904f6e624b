"""court_gs's press (广西壮族自治区钦州市钦南区人民法院执行局): the bureau prints on its case system's template in the
AR PL GB 宋 face (a Noto serif 〇 stands in where the GB face has none), the court's name and the title both in a
stroked, heavier 宋 — the name spaced wide, the title in big type — the case number set flush LEFT under a thin rule
that runs the whole measure, paragraphs ragged right with a two-character indent and airy leading. Signers stand in a
right-hand column with the role and name split by a colon, the date in Chinese numerals under them with the seal
over it. A copy handed out carries a blue oblong stamp "钦南区人民法院执行局 / 此件与原件相符" at the top right.
Multi-page papers carry "第 n 页（共 m 页）" centred at the foot. The forms (receipts, approval forms, the cover)
are ruled with a heavy outer frame and hairline cells, their labels in 微米黑, filled in blue-black ballpoint in a
GB 楷 hand."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from fontTools.ttLib import TTCollection, TTFont
from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal
from dossier.corpus.fonts import PATHS, Font, font
from dossier.corpus.paper import stamp

COURT = "广西壮族自治区钦州市钦南区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(36), mm(28)
BALLPOINT = (30, 40, 92)
STAMP_BLUE = (40, 70, 170)


@cache
def _covers(role: str) -> frozenset[int]:
    path, index = PATHS[role]
    tt = TTCollection(path).fonts[index] if path.endswith(".ttc") else TTFont(path)
    return frozenset(tt.getBestCmap())


@dataclass(frozen=True)
class Face:
    """A face with a stand-in for the characters it lacks (the GB faces have no 〇)."""

    role: str
    size: int
    fallback: str = "serif"

    @property
    def main(self) -> Font:
        return font(self.role, self.size)

    @property
    def spare(self) -> Font:
        return font(self.fallback, self.size)

    def runs(self, s: str) -> list[tuple[str, Font]]:
        have = _covers(self.role)
        out: list[tuple[str, Font]] = []
        for ch in s:
            f = self.main if ord(ch) in have or ch == " " else self.spare
            if out and out[-1][1] is f:
                out[-1] = (out[-1][0] + ch, f)
            else:
                out.append((ch, f))
        return out

    def width(self, s: str, spacing: float = 0.0) -> float:
        return sum(float(f.getlength(t)) for t, f in self.runs(s)) + spacing * max(len(s) - 1, 0)


def put(s: Sheet, x: float, y: float, text: str, face: Face, *, fill: tuple[int, int, int] = INK, spacing: float = 0.0,
        bold: bool = False, record: bool = True) -> float:
    """Draw `text` at (x, y) in `face`, heavier when `bold` (a 1-px stroke); returns its width."""
    if record and text.strip():
        s.lines.append(text)
    d = s.draw
    cx = x
    for run, f in face.runs(text):
        if spacing:
            for ch in run:
                d.text((cx, y), ch, font=f, fill=fill, stroke_width=1 if bold else 0, stroke_fill=fill)
                cx += float(f.getlength(ch)) + spacing
        else:
            d.text((cx, y), run, font=f, fill=fill, stroke_width=1 if bold else 0, stroke_fill=fill)
            cx += float(f.getlength(run))
    return cx - x - (spacing if spacing and text else 0.0)


def centre(s: Sheet, y: float, text: str, face: Face, *, spacing: float = 0.0, bold: bool = False,
           x0: float = 0.0, x1: float | None = None, fill: tuple[int, int, int] = INK) -> float:
    right = s.width if x1 is None else x1
    w = face.width(text, spacing)
    put(s, x0 + (right - x0 - w) / 2, y, text, face, spacing=spacing, bold=bold, fill=fill)
    return w


def flush_right(s: Sheet, x1: float, y: float, text: str, face: Face, *, fill: tuple[int, int, int] = INK) -> float:
    w = face.width(text)
    put(s, x1 - w, y, text, face, fill=fill)
    return x1 - w


def lines_of(text: str, face: Face, width: float, *, first: float = 0.0) -> list[str]:
    """Break `text` to `width` (the first line `first` narrower); no closing punctuation starts a line."""
    out: list[str] = []
    cur = ""
    limit = width - first
    for ch in text:
        if cur and face.width(cur + ch) > limit:
            if ch in "，。、；：）”》！？" and len(cur) > 1:
                out.append(cur[:-1])
                cur = cur[-1]
            else:
                out.append(cur)
                cur = ""
            limit = width
        cur += ch
    if cur:
        out.append(cur)
    return out


@dataclass
class Run:
    """Text running down sheets: the cursor, the sheets, the margins and how a new sheet starts."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, face: Face, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        """A paragraph set ragged right: first line indented by `indent`, the rest by `hang`."""
        parts = lines_of(text, face, self.measure - hang, first=indent - hang)
        for k, part in enumerate(parts):
            self.need(lead)
            put(self.s, self.left + (indent if k == 0 else hang), self.y, part, face, fill=fill)
            self.y += lead

    def justified(self, text: str, face: Face, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        """A paragraph spread flush to both margins (the intermediate court's and the banks' typesetting)."""
        parts = lines_of(text, face, self.measure - hang, first=indent - hang)
        for k, part in enumerate(parts):
            self.need(lead)
            x = self.left + (indent if k == 0 else hang)
            room = self.left + self.measure - x
            gap = 0.0
            if k < len(parts) - 1 and len(part) > 1:
                gap = max(0.0, min((room - face.width(part)) / (len(part) - 1), face.size * 0.5))
            put(self.s, x, self.y, part, face, spacing=gap)
            self.y += lead

    def line(self, text: str, face: Face, *, lead: float, at: float = 0.0, bold: bool = False) -> None:
        self.need(lead)
        put(self.s, self.left + at, self.y, text, face, bold=bold)
        self.y += lead


def body(size: int = 40) -> Face:
    return Face("song_gb", size)


def label(size: int = 34) -> Face:
    return Face("microhei", size)


def folio(sheets: Sequence[Sheet], face: Face, *, style: str = "court") -> list[Sheet]:
    """Page numbers of a paper of two or more sheets: the bureau's "第 n 页（共 m 页）" centred, or another body's."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        y = s.height - mm(16)
        if style == "court":
            centre(s, y, f"第 {i} 页（共 {n} 页）", face)
        elif style == "dash":
            centre(s, y, f"— {i} —", face)
        else:  # "corner": the first-instance tribunal's 第n页，共m页 at the lower right
            flush_right(s, s.width - mm(22), y, f"第{i}页，共{n}页", face)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def copy_mark(s: Sheet, rng: random.Random) -> None:
    """The bureau's blue oblong stamp on a copy handed out, pressed at the top right."""
    stamp(s, s.width - RIGHT - mm(62), mm(12), ["钦南区人民法院执行局", "此件与原件相符"], rng, size_mm=3.6,
          colour=STAMP_BLUE, face="microhei")


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copy: bool = False) -> list[Sheet]:
    """One of the bureau's papers. paras: ("to", addressee) flush left, ("p", paragraph) indented two characters,
    ("h", a party line hanging under its label), ("q", an operative line indented four characters), ("n", a note
    in smaller type)."""
    s = Sheet()
    centre(s, TOP, COURT, Face("song_gb", 52), spacing=7, bold=True)
    gap = {2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8)
    centre(s, TOP + 88, title, Face("song_gb", 84), spacing=gap, bold=True)
    y = TOP + 220
    put(s, LEFT, y, number or c.number, body(38))
    s.line(LEFT, y + 60, s.width - RIGHT, y + 60, width=2)
    run = Run([s], y + 100)
    f = body(40)
    lead = 76
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            head = text.split("：", 1)[0] + "："
            run.para(text, f, lead=lead, hang=f.width(head))
        elif kind == "q":
            run.para(text, f, lead=lead, indent=f.size * 4, hang=f.size * 2)
        elif kind == "n":
            run.para(text, body(32), lead=56)
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
    run.need(80 * len(signers) + 250)
    last = run.s
    yy = run.y + 56
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        put(last, x, yy, f"{role}：{name}", f)
        yy += 80
    yy += 24
    when = cn_date(day)
    wx = last.width - RIGHT - mm(4) - f.width(when)
    put(last, wx, yy, when, f)
    seal(last, wx + f.width(when) * 0.55, yy + 10, COURT, rng, radius=mm(21))
    if copy:
        copy_mark(run.sheets[0], rng)
    return folio(run.sheets, body(30))


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), size: int = 34,
          ink: tuple[int, int, int] = INK, face: Face | None = None) -> list[tuple[float, float, float, float]]:
    """A form grid: hairline cells inside a heavy outer frame; a row shorter than the widths runs its last cell to
    the right edge; cells of the `labels` columns carry 微米黑 text centred, the others the row's typed value.
    Returns each cell's box (x0, y0, x1, y1) row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lab = label(size)
    val = face or body(size)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                f = lab if k in labels else val
                parts = lines_of(cell, f, w - 20)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        centre(s, ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        put(s, cx + 12, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=4, outline=ink)
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT, role: str = "kai_gb") -> float:
    """Ballpoint in a GB 楷 hand, letters leaning right and running slightly uphill; long entries broken every
    `per_line` characters. Returns the y below the last line."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        if part.strip():
            s.lines.append(part)
        cx, rise = x, 0.0
        for ch in part:
            sz = max(14, int(size * rng.uniform(0.9, 1.12)))
            f = font(role if ord(ch) in _covers(role) else "kai", sz)
            w = int(f.getlength(ch)) + 10
            g = Image.new("L", (w + 10, sz + 20), 0)
            ImageDraw.Draw(g).text((5, 5), ch, font=f, fill=255)
            g = g.rotate(rng.uniform(-9, 3), resample=Image.Resampling.BICUBIC, expand=True)
            rise -= rng.uniform(0.0, 1.2)
            tone = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
            s.image.paste((tone[0], tone[1], tone[2]), (int(cx), int(y + rise + rng.uniform(-2, 2))), g)
            cx += f.getlength(ch) * rng.uniform(0.9, 1.04) + rng.uniform(0, 3)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 66) -> float:
    """A form's heading: the issuer in small 微米黑, the title in the heavy 宋 with wide spacing; no rule."""
    if issuer:
        centre(s, y, issuer, label(38), spacing=4)
        y += 64
    centre(s, y, title, Face("song_gb", size), spacing=max(10, 60 - 6 * len(title)), bold=True)
    return y + size + 44
