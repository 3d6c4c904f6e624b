"""court_gu's press (安徽省宿州市埇桥区人民法院执行局): the bureau's papers leave its case system with a wide binding
margin on the left (the volumes are sewn), the court's name letter-spaced in Noto serif bold, the title under it in a
larger serif bold, then the case number set right over a hairline that runs the whole measure. The body is set in
LXGW 文楷 (the bureau's 仿宋 stand-in) with a loose leading; a signing block of letter-spaced roles, the date in
Chinese numerals under the seal, and on copies handed out a purple two-line stamp "本件与原件核对无异 / 埇桥区人民法院
执行局". Multi-page papers carry "第n页 共m页" in a small frame at the foot, right. The bureau's forms are grids with a
heavy outer frame and hairline inner rules, their labels in 黑体, filled in by hand in blue-black ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import stamp

COURT = "安徽省宿州市埇桥区人民法院"
BUREAU = "宿州市埇桥区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(32), mm(22), mm(30), mm(32)
BALLPOINT = (22, 34, 96)
PURPLE = (120, 40, 120)


def body(size: int = 41) -> Font:
    return font("wenkai", size)


def label(size: int = 34) -> Font:
    return font("hei", size)


@dataclass
class Flow:
    """A paper running down its sheets: where the cursor is, the sheets so far and the margins."""

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

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.measure - hang, indent=first - hang if first else 0.0)):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0, right: bool = False, centre: bool = False,
              spacing: float = 0.0) -> None:
        self.room(lead)
        if right:
            self.s.right(self.s.width - self.right - at, self.y, text, f)
        elif centre:
            self.s.centred(self.y, text, f, spacing=spacing)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, style: str = "framed", f: Font | None = None) -> list[Sheet]:
    """The foot of every page of a multi-page paper: the bureau's framed "第n页 共m页" (style framed), the civil
    division's "—n—" (style dash), or the service office's "n/m" (style slash)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    f = f or body(28)
    for i, s in enumerate(sheets, 1):
        if style == "framed":
            t = f"第{i}页 共{n}页"
            x1 = s.width - RIGHT
            w = text_width(t, f)
            y = s.height - mm(20)
            s.box(x1 - w - 24, y - 10, x1, y + f.size + 12, width=1)
            s.text(x1 - w - 12, y, t, f)
            s.page_of = (i, n)
        elif style == "dash":
            s.centred(s.height - mm(18), f"—{i}—", f)
        else:
            s.right(s.width - mm(20), s.height - mm(16), f"{i}/{n}", f)
            s.page_of = (i, n)
        if i > 1 and style != "dash":
            s.page_of = (i, n)
    return list(sheets)


def copy_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    stamp(s, x, y, ["本件与原件核对无异", BUREAU], rng, size_mm=3.6, colour=PURPLE, face="serif")


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copy: bool = False) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", paragraph, two characters indented), ("h", a party line
    with a hanging indent), ("c", centred), ("n", a note in smaller type), ("o", an operative line indented four)."""
    s = Sheet()
    s.centred(TOP, COURT, font("serif_bold", 50), spacing=9)
    tf = font("serif_bold", 78)
    s.centred(TOP + 86, title, tf, spacing={2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8))
    flow = Flow([s], TOP + 206)
    no = number or c.number
    s.right(s.width - RIGHT, flow.y, no, body(38))
    flow.y += 58
    s.line(LEFT, flow.y, s.width - RIGHT, flow.y, width=1)
    flow.y += 40
    f = body(41)
    lead = 74
    for kind, text in paras:
        if kind == "to":
            flow.para(text, f, lead=lead)
        elif kind == "h":
            flow.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            flow.flush(text, f, lead=lead, centre=True)
        elif kind == "n":
            flow.para(text, body(33), lead=54)
        elif kind == "o":
            flow.para(text, f, lead=lead, first=f.size * 4, hang=f.size * 2)
        else:
            flow.para(text, f, lead=lead, first=f.size * 2)
    flow.room(76 * len(signers) + 250)
    last = flow.s
    y = flow.y + 54
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, y, role, f, spacing=max(0, (3 - len(role)) * 20 + 6))
        last.text(x + mm(30), y, name, f)
        y += 76
    y += 24
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 10, COURT, rng, radius=mm(21))
    if copy:
        copy_stamp(last, LEFT + mm(2), y + 130, rng)
    return folio(flow.sheets)


def heading(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 62) -> float:
    """A form's heading: the issuer small, the title in 黑体 with its letters spread; no rule."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 40), spacing=6)
        y += 64
    s.centred(y, title, font("hei", size), spacing=max(6, 40 - 4 * len(title)))
    return y + size + 44


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
          value_font: Font | None = None) -> list[tuple[float, float, float, float]]:
    """A ruled grid with a heavy outer frame and hairline inner rules; a short row's last cell runs to the right
    edge; label columns in 黑体, centred. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    cells: list[tuple[float, float, float, float]] = []
    cy = y
    vf = value_font or f
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, text in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if text:
                lf = f if k in labels else vf
                parts = wrap(text, lf, w - 16)
                lh = lf.size * 1.28
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, lf, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, lf, fill=ink)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=4, outline=ink)
    return cells


def scrawl(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 44, face: str = "kai",
           ink: tuple[int, int, int] = BALLPOINT, slant: float = 5.0, per_line: int = 0, lead: float = 0.0) -> float:
    """Ballpoint writing in `face`: each character jittered in size, angle and baseline (recorded as text, one entry
    per written line). Returns the y below the last line."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        if part.strip():
            s.lines.append(part)
        cx, drift = x, 0.0
        for ch in part:
            sz = max(12, int(size * rng.uniform(0.86, 1.1)))
            f = font(face, sz)
            g = Image.new("L", (int(f.getlength(ch)) + 16, sz + 20), 0)
            ImageDraw.Draw(g).text((5, 5), ch, font=f, fill=255)
            g = g.rotate(rng.uniform(-slant, slant), resample=Image.Resampling.BICUBIC, expand=True)
            drift += rng.uniform(-1.6, 1.6)
            r_, g_, b_ = (max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
            s.image.paste((r_, g_, b_), (int(cx), int(y + drift + rng.uniform(-2.5, 2.5))), g)
            cx += f.getlength(ch) * rng.uniform(0.9, 1.06) + rng.uniform(-1, 3)
        y += lead or size * 1.4
    return y


def thumbprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red fingerprint pressed over a name: an oval of ridges, unevenly inked."""
    layer = Image.new("L", (110, 140), 0)
    d = ImageDraw.Draw(layer)
    for k in range(9):
        inset = 6 + k * 6
        d.ellipse((inset, inset * 1.2, 110 - inset, 140 - inset * 1.2), outline=int(rng.uniform(120, 230)), width=3)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC, expand=True)
    red = Image.new("RGB", layer.size, (200, 40, 50))
    from PIL import ImageChops

    box = (int(x), int(y), int(x) + layer.width, int(y) + layer.height)
    under = s.image.crop(box)
    under.paste(ImageChops.multiply(under, red), (0, 0), layer)
    s.image.paste(under, box[:2])
