"""court_jb's press (山西省太原市杏花岭区人民法院执行局): the bureau's case system prints its papers in the GB 宋体 of the
old office PCs (no 〇 in that face: dates come out with ○), the court's name in bold Noto 宋 over a wide-set 黑体 title,
the case number flush right above a hairline rule that runs the full measure, signers stacked at the right, the date in
Chinese numerals under the seal, and on a paper of several pages "第n页（共m页）" centred at the foot. Its forms are
ruled with a heavy outer frame and hairline inner rules, labels in 黑体, filled in ballpoint (文楷 jittered).

Every sheet says on what stock it went to the scanner (`JbSheet.stock`): "laser" — printed on the bureau's old laser
printers with the failing drum (court_jb_capture draws the drum's faults); "copy" — a party's paper photocopied at the
filing window on recycled grey paper; "clean" — an original that came from elsewhere."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "山西省太原市杏花岭区人民法院"
BUREAU = "太原市杏花岭区人民法院执行局"
L, R, T, B = mm(27), mm(24), mm(30), mm(28)
BALL = (24, 40, 125)
"""the window's blue ballpoint"""
BLACK_PEN = (32, 30, 64)


@dataclass
class JbSheet(Sheet):
    """A sheet that knows what stock it reached the scanner on: laser | copy | clean."""

    stock: str = "laser"


def sheet(stock: str = "laser") -> JbSheet:
    return JbSheet(stock=stock)


def gb(s: str) -> str:
    """What the GB 宋 face prints of `s` (it has no 〇; the typists' ○ stands in)."""
    return s.replace("〇", "○")


def song(size: int = 42) -> Font:
    return font("song_gb", size)


def hei(size: int = 42) -> Font:
    return font("hei", size)


@dataclass
class Flowing:
    """A typed paper running down its sheets: the cursor, the sheets so far and the margins of a fresh one."""

    sheets: list[JbSheet]
    y: float
    left: float = L
    right: float = R
    top: float = T
    foot: float = B
    stock: str = "laser"
    gb_face: bool = True

    @property
    def s(self) -> JbSheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(JbSheet(stock=self.stock, paper=self.s.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        text = gb(text) if self.gb_face else text
        parts = wrap(text, f, self.width - hang, indent=(first - hang) if first else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, centred: bool = False,
             flush_right: bool = False, spacing: float = 0.0) -> None:
        text = gb(text) if self.gb_face else text
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folios(sheets: Sequence[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """Page numbers: the bureau's "第n页（共m页）" centred; "—n—" outside (the arbitration commission);
    "n / m" at the right (a lawyer's word processor). A paper of one page carries none."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    for n, s in enumerate(sheets, 1):
        y = s.height - mm(17)
        if style == "court":
            s.centred(y, f"第{n}页（共{m}页）", f)
        elif style == "dash":
            label = f"—{n}—"
            if n % 2:
                s.right(s.width - mm(28), y, label, f)
            else:
                s.text(mm(28), y, label, f)
        else:
            s.right(s.width - mm(24), y, f"{n} / {m}", f)
        s.page_of = (n, m)
    return list(sheets)


def bureau_paper(number: str, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                 signers: Sequence[tuple[str, str]] = (), seal_it: bool = True) -> list[Sheet]:
    """A paper of the bureau: ("to", addressee), ("p", paragraph), ("h", a party line, hanging indent),
    ("n", a note in small type), ("c", a centred line)."""
    s = sheet()
    s.centred(T, COURT, font("serif_bold", 54), spacing=3)
    tf = hei(72)
    spread = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(T + 92, title, tf, spacing=spread)
    f = song(42)
    run = Flowing([s], T + 212)
    run.line(number, song(40), lead=56, flush_right=True)
    s.line(L, run.y + 2, s.width - R, run.y + 2, width=2)
    run.y += 52
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=74)
        elif kind == "h":
            run.para(text, f, lead=74, hang=f.size * 2)
        elif kind == "n":
            run.para(text, song(34), lead=56, first=68)
        elif kind == "c":
            run.line(text, f, lead=74, centred=True)
        else:
            run.para(text, f, lead=74, first=f.size * 2)
    run.need(84 * len(signers) + 250)
    last = run.s
    y = run.y + 56
    x = last.width - R - mm(78)
    for role, name in signers:
        spaced = "　".join(role) if len(role) == 3 else role
        last.text(x, y, spaced, f)
        last.text(x + mm(40), y, name, f)
        y += 80
    y += 30
    when = gb(cn_date(day))
    xr = last.width - R - mm(12)
    last.right(xr, y, when, f)
    if seal_it:
        seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 18 + rng.uniform(-mm(3), mm(3)),
             COURT, rng, radius=mm(21))
    return folios(run.sheets, song(32))


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
         frame: int = 5) -> list[list[tuple[float, float, float, float]]]:
    """A form's table: a heavy outer frame, hairline inner rules, label cells in 黑体 centred; a row shorter than the
    widths lets its last cell run to the right edge. Returns each row's cell boxes."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    lf = hei(max(20, int(f.size * 0.95)))
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes: list[tuple[float, float, float, float]] = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                face = lf if k in labels else f
                parts = wrap(gb(cell), face, w - 16)
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=frame, outline=ink)
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALL, face: str = "wenkai") -> float:
    """Ballpoint: 文楷 characters each a little turned, sized and lifted; long entries broken every `per_line`
    characters. Recorded as text; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        if part.strip():
            s.lines.append(part)
        cx = x
        drift = 0.0
        for ch in part:
            sz = max(14, int(size * rng.uniform(0.9, 1.1)))
            f = font(face, sz)
            g = Image.new("L", (int(f.getlength(ch)) + 16, sz + 20), 0)
            ImageDraw.Draw(g).text((6, 5), ch, font=f, fill=255)
            g = g.rotate(rng.uniform(-5, 8), resample=Image.Resampling.BICUBIC, expand=True)
            drift += rng.uniform(-1.2, 1.4)
            colour = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
            s.image.paste((colour[0], colour[1], colour[2]), (int(cx), int(y + drift)), g)
            cx += f.getlength(ch) * rng.uniform(0.88, 1.02) + rng.uniform(-1, 2)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = T, issuer: str = COURT, size: int = 62) -> float:
    """A form's heading: the issuer in bold 宋, the title in 黑体 set wide with a short thick bar under it."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 44), spacing=2)
        y += 68
    w = s.centred(y, title, hei(size), spacing=16)
    y += size + 16
    x0 = (s.width - w) / 2 + w * 0.2
    s.line(x0, y, x0 + w * 0.6, y, width=5)
    return y + 36
