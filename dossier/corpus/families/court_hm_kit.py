"""court_hm's press (吉林省松原市宁江区人民法院执行局): the bureau's papers come off its case system with the court's
name in a wide-spaced 明体 line, the title in Noto 宋 bold with its characters spread apart, a thin rule across the
measure under the case number (set flush left, as the 宁江 template has it), a Noto serif body, the signers' block
set right with the role names spaced out, and the date in Chinese numerals under the round seal. Multi-page papers
carry "第 n 页（共 m 页）" centred at the foot. Its forms are grids with a heavy outer frame and thin inner rules,
filled in by a clerk's ball-point (文楷 face, jittered, blue-black). Small slips a party hands in (bank slips, ID copies,
the non-tax receipt) are marked loose: the archive photographs them flat on the cradle, not bound in the volume."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "吉林省松原市宁江区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(32)
PEN = (24, 34, 96)
LAW = "《中华人民共和国民事诉讼法》"


def body(size: int = 42) -> Font:
    return font("serif", size)


def mark_loose(s: Sheet) -> Sheet:
    """A slip or card copy kept loose in the volume's pocket: photographed flat on the cradle."""
    setattr(s, "loose", True)  # noqa: B010 - Sheet has no such field; the capture reads it with getattr
    return s


def is_loose(s: Sheet) -> bool:
    return bool(getattr(s, "loose", False))


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = PEN, per_line: int = 0, lead: float = 0.0, face: str = "wenkai") -> float:
    """Ball-point writing: 文楷 glyphs turned a little each, the baseline wandering, pressure varying; wraps after
    `per_line` characters. Returns the y below the last line (recorded as text, a line per written line)."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    lead = lead or size * 1.45
    for part in parts:
        if part.strip():
            s.lines.append(part)
        cx, drift = x, 0.0
        for ch in part:
            sz = max(12, int(size * rng.uniform(0.9, 1.1)))
            f = font(face, sz)
            g = Image.new("L", (int(f.getlength(ch)) + 16, sz + 20), 0)
            ImageDraw.Draw(g).text((6, 4), ch, font=f, fill=255)
            g = g.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC, expand=True)
            press = rng.uniform(0.7, 1.0)
            g = g.point([int(v * press) for v in range(256)])
            drift += rng.uniform(-1.4, 1.4)
            colour = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
            s.image.paste(colour, (int(cx), int(y + drift)), g)
            cx += f.getlength(ch) * rng.uniform(0.88, 1.02) + rng.uniform(-1, 2)
        y += lead
    return y


def grid(s: Sheet, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), centre: bool = False) -> list[tuple[float, float, float, float]]:
    """A form's grid: heavy outer frame, thin inner rules; a row of fewer cells than columns lets its last cell span
    the rest. Label cells (columns in `labels`) are set centred, others flush left. Returns every cell's box."""
    hs = list(heights) if isinstance(heights, Sequence) else [heights] * len(rows)
    total = sum(cols)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = cols[k] if k < len(row) - 1 else total - sum(cols[:k])
            s.box(cx, cy, cx + w, cy + h, width=2)
            if cell:
                parts = wrap(cell, f, w - mm(4))
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + f.size * 0.08
                for part in parts:
                    if k in labels or centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + mm(2.5), ty, part, f)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=5)
    return boxes


def thumbprint(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red ink thumbprint (按手印) over a signature: an oval of ridges, unevenly inked."""
    w, h = int(mm(rng.uniform(11, 14))), int(mm(rng.uniform(14, 18)))
    layer = Image.new("L", (w + 20, h + 20), 0)
    d = ImageDraw.Draw(layer)
    for k in range(0, w // 2, 5):
        d.ellipse((10 + k * 0.8, 10 + k, 10 + w - k * 0.8, 10 + h - k * 0.6), outline=rng.randint(140, 255), width=2)
    mask = Image.new("L", layer.size, 0)
    ImageDraw.Draw(mask).ellipse((10, 10, 10 + w, 10 + h), fill=255)
    layer = ImageChops.multiply(layer, mask).rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    _multiply(s, layer, (200, 40, 50), int(cx - layer.width / 2), int(cy - layer.height / 2), rng.uniform(0.5, 0.85))


def red_stamp(s: Sheet, x: float, y: float, lines: Sequence[str], rng: random.Random, *, size: int = 34) -> None:
    """A ruled rubber stamp in red (收讫, 与原件核对一致 …), its words recorded."""
    f = font("hei", size)
    w = int(max(f.getlength(t) for t in lines) + 40)
    h = int(len(lines) * size * 1.4 + 26)
    layer = Image.new("L", (w + 20, h + 20), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((10, 10, 10 + w, 10 + h), outline=255, width=4)
    for i, t in enumerate(lines):
        d.text((10 + w / 2, 10 + 13 + size * 0.7 + i * size * 1.4), t, font=f, fill=255, anchor="mm")
    layer = layer.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC, expand=True)
    _multiply(s, layer, RED, int(x), int(y), rng.uniform(0.55, 0.85))
    s.lines.extend(lines)


def _multiply(s: Sheet, layer: Image.Image, colour: tuple[int, int, int], x: int, y: int, strength: float) -> None:
    box = (x, y, x + layer.width, y + layer.height)
    under = s.image.crop(box)
    mixed = ImageChops.multiply(under, Image.new("RGB", layer.size, colour))
    under.paste(mixed, (0, 0), layer.point(lambda v: int(v * strength)))
    s.image.paste(under, (x, y))


@dataclass
class Press:
    """A paper flowing over A4 sheets with the bureau's margins."""

    sheets: list[Sheet] = field(default_factory=lambda: [Sheet()])
    y: float = float(TOP)
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
            self.sheets.append(Sheet(paper=self.s.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.measure - hang, indent=(first - hang) if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, align: str = "left", spacing: float = 0.0, at: float = 0.0) -> None:
        self.need(lead)
        if align == "centre":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif align == "right":
            self.s.right(self.s.width - self.right - at, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def folios(sheets: list[Sheet], f: Font, *, style: str = "court") -> list[Sheet]:
    """第 n 页（共 m 页） centred (the bureau), or 第n页/共m页 at the right (the arbitration commission), or a bare
    centred -n- (the 前郭 trial court); page_of only where m is printed."""
    m = len(sheets)
    if m < 2:
        return sheets
    for n, s in enumerate(sheets, 1):
        fy = s.height - mm(20)
        if style == "court":
            s.centred(fy, f"第 {n} 页（共 {m} 页）", f)
        elif style == "slash":
            s.right(s.width - mm(24), fy, f"第{n}页/共{m}页", f)
        else:
            s.centred(fy, f"-{n}-", f)
        if n > 1 and style != "bare":
            s.page_of = (n, m)
    return sheets


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", sealed: bool = True) -> list[Sheet]:
    """A paper of this court. blocks: ("to", addressee), ("p", paragraph), ("h", party line, hanging indent),
    ("n", a smaller note)."""
    pr = Press()
    s = pr.s
    s.centred(pr.y, COURT, font("ming", 54), spacing=mm(2.2))
    pr.y += mm(13)
    tf = font("serif_bold", 76)
    s.centred(pr.y, title, tf, spacing={2: mm(24), 3: mm(14), 4: mm(8), 5: mm(5)}.get(len(title), mm(1.5)))
    pr.y += mm(18)
    nf = body(38)
    s.text(LEFT, pr.y, number or c.number, nf)
    pr.y += mm(9)
    s.line(LEFT, pr.y, s.width - RIGHT, pr.y, width=2)
    pr.y += mm(8)
    f = body(40)
    lead = f.size * 1.62
    for kind, text in blocks:
        if kind == "to":
            pr.para(text, f, lead=lead)
        elif kind == "h":
            pr.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "n":
            pr.para(text, body(33), lead=33 * 1.6)
        else:
            pr.para(text, f, lead=lead, first=f.size * 2)
    pr.need(lead * (len(signers) + 2.2))
    last = pr.s
    y = pr.y + lead * 0.8
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, y, role, f, spacing=mm(3) if len(role) == 3 else 0)
        last.text(x + mm(33), y, name, f)
        y += lead
    y += lead * 0.6
    when = cn_date(day)
    wx = last.width - RIGHT - text_width(when, f) - mm(8)
    last.text(wx, y, when, f)
    if sealed:
        seal(last, wx + text_width(when, f) / 2 + rng.uniform(-mm(8), mm(8)), y + rng.uniform(-mm(6), mm(4)), COURT, rng,
             radius=mm(20))
    return folios(pr.sheets, body(30))


def form_head(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP, size: int = 66) -> float:
    """A form's heading: the court line in 明体, the title in 黑体 spaced out."""
    if issuer:
        s.centred(y, issuer, font("ming", 46), spacing=mm(1.2))
        y += mm(12)
    s.centred(y, title, font("hei", size), spacing=mm(4) if len(title) <= 6 else mm(1))
    return y + size * 1.7


__all__ = ["COURT", "INK", "LAW", "LEFT", "PEN", "RIGHT", "TOP", "Press", "body", "court_paper", "folios",
           "form_head", "grid", "is_loose", "mark_loose", "pen", "red_stamp", "thumbprint"]
