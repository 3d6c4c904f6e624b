"""court_gt's two presses. The 赫山 bureau (执行局) prints from the case system: the court's name in a thin GB 宋 with
wide tracking, the title in heavy 黑体 under it, the case number flush right over a hairline rule that runs the
measure, body in Noto 宋 set ragged-right with a little air between paragraphs, the signers and the Chinese-numeral
date at the right, the court's seal over the date, and on the last page of every paper a square verification code
at the lower left ("扫码核验") with its sixteen-figure code; pages are counted "n / m" at the lower right. Its forms
are ruled grids with heavier outer frames whose labels stand in 黑体.

The civil tribunals (人民法庭) print their own way: the court's name in bold serif, the title in big GB 宋 with
extra-heavy strokes and wide spacing, the number flush right, body in GB 宋 (so a ○ stands for 〇) on a wider
leading, the page count "第n页（共m页）" at the top right, and the tribunal's address in small type at the foot of the
last page."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.families.court_gt_story import COURT
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable, scrawl, stamp

LEFT, RIGHT, TOP, FOOT = mm(31), mm(23), mm(33), mm(30)
BALL = (32, 44, 128)
"""the blue-black ballpoint of the window's forms"""
GEL = (20, 20, 24)


def body(size: float = 5.3) -> Font:
    return font("serif", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def gb(size: float) -> Font:
    return font("song_gb", mm(size))


@dataclass
class Run:
    """A paper flowing down its sheets."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP - mm(6)
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

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        parts = wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead


def verify_code(s: Sheet, x: float, y: float, rng: random.Random, code: str) -> None:
    """The case system's verification square (a QR-like grid of modules with three finder squares) and its caption."""
    n, cell = 21, mm(0.9)
    d = s.draw
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.47:
                d.rectangle((x + i * cell, y + j * cell, x + (i + 1) * cell - 1, y + (j + 1) * cell - 1), fill=INK)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        x0, y0 = x + fx * cell, y + fy * cell
        d.rectangle((x0, y0, x0 + 7 * cell, y0 + 7 * cell), fill=(255, 255, 255))
        d.rectangle((x0, y0, x0 + 7 * cell - 1, y0 + 7 * cell - 1), outline=INK, width=int(cell))
        d.rectangle((x0 + 2 * cell, y0 + 2 * cell, x0 + 5 * cell - 1, y0 + 5 * cell - 1), fill=INK)
    f = font("sans", mm(2.9))
    s.text(x + n * cell + mm(3), y + mm(4), "扫码核验文书", f)
    s.text(x + n * cell + mm(3), y + mm(9), f"核验码：{code}", f)


def bureau_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                 signers: Sequence[tuple[str, str]] = (), number: str = "", sealed: bool = True,
                 cc: str = "") -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee) flush; ("p", paragraph) indented two characters; ("h", a party
    line, hanging); ("c", centred); ("n", small note)."""
    s = Sheet()
    s.centred(TOP, COURT, gb(6.6), spacing=mm(1.6))
    tf = font("hei", mm(10))
    s.centred(TOP + mm(12), title, tf, spacing={2: mm(14), 3: mm(9), 4: mm(5), 5: mm(3)}.get(len(title), mm(1)))
    y: float = TOP + mm(28)
    s.right(s.width - RIGHT, y, number or c.number, body(5))
    y += mm(8)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    run = Run([s], y + mm(7))
    f = body()
    lead = f.size * 1.78
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.need(lead)
            run.s.centred(run.y, text, f)
            run.y += lead
        elif kind == "n":
            run.para(text, body(4.4), lead=mm(6.6))
        else:
            run.para(text, f, lead=lead, indent=f.size * 2)
            run.y += mm(1.2)
    run.need(lead * len(signers) + mm(34))
    last = run.s
    y = run.y + mm(8)
    x = last.width - RIGHT - mm(70)
    for role, who in signers:
        last.text(x, y, "　".join(role) if len(role) == 3 else role, f)
        last.text(x + mm(36), y, who, f)
        y += lead
    y += mm(6)
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    if sealed:
        seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + mm(2), COURT, rng, radius=mm(20))
    if cc:
        last.text(LEFT, y + mm(16), cc, body(4.2))
    verify_code(last, LEFT, last.height - FOOT - mm(16), rng, f"{rng.randint(10**15, 10**16 - 1)}")
    return number_pages(run.sheets)


def number_pages(sheets: list[Sheet]) -> list[Sheet]:
    m = len(sheets)
    if m > 1:
        for n, sh in enumerate(sheets, 1):
            sh.right(sh.width - RIGHT, sh.height - mm(18), f"{n} / {m}", font("sans", mm(3.6)))
            sh.page_of = (n, m)
    return sheets


def heavy(s: Sheet, x: float, y: float, text: str, f: Font, *, spacing: float = 0.0) -> None:
    """Text with its strokes thickened (the tribunal's titles)."""
    s.lines.append(text)
    cx = x
    for ch in text:
        s.draw.text((cx, y), ch, font=f, fill=INK, stroke_width=2, stroke_fill=INK)
        cx += f.getlength(ch) + spacing


def tribunal_paper(c: CaseCtx, rng: random.Random, tribunal: str, title: str, blocks: Sequence[tuple[str, str]], *,
                   day: date, number: str, signers: Sequence[tuple[str, str]], clerk: str,
                   copy_stamp: bool = True) -> list[Sheet]:
    """A paper of one of the court's 人民法庭: ("p", paragraph), ("h", party line), ("f", flush)."""
    f = gb(5.4)
    lead = f.size * 2.05
    s = Sheet()
    s.centred(mm(30), COURT, font("serif_bold", mm(7.4)), spacing=mm(0.8))
    tf = gb(11)
    sp = mm(6) if len(title) <= 5 else mm(2)
    w = text_width(title, tf) + sp * (len(title) - 1)
    heavy(s, (s.width - w) / 2, mm(44), title, tf, spacing=sp)
    s.right(s.width - mm(26), mm(64), printable("song_gb", number), f)
    left, right = mm(29), mm(26)
    run = Run([s], mm(78), left=left, right=right, top=mm(30), foot=mm(26))
    for kind, text in blocks:
        t = printable("song_gb", text)
        if kind == "h":
            run.para(t, f, lead=lead, hang=f.size * 2)
        elif kind == "f":
            run.para(t, f, lead=lead)
        else:
            run.para(t, f, lead=lead, indent=f.size * 2)
    run.need(lead * (len(signers) + 3) + mm(20))
    last = run.s
    y = run.y + mm(10)
    x = last.width - right - mm(66)
    for role, who in signers:
        last.text(x, y, role, f, spacing=mm(3) if len(role) == 3 else 0)
        last.text(x + mm(32), y, who, f)
        y += lead
    when = printable("song_gb", cn_date(day))
    last.right(last.width - right - mm(4), y + mm(4), when, f)
    seal(last, last.width - right - mm(4) - text_width(when, f) / 2, y + mm(6), COURT, rng, radius=mm(21))
    y += lead + mm(8)
    if copy_stamp:
        stamp(last, left + mm(4), y - mm(3), ["本件与原本核对无异"], rng, size_mm=4.2, face="song_gb")
    last.text(x, y, "书记员", f, spacing=mm(3))
    last.text(x + mm(32), y, clerk, f)
    last.text(left, last.height - mm(20), f"（{tribunal}　地址：{c.extra['tribunal_addr']}）", gb(3.6))
    m = len(run.sheets)
    for n, sh in enumerate(run.sheets, 1):
        sh.right(sh.width - mm(24), mm(14), printable("song_gb", f"第{n}页（共{m}页）"), gb(3.8))
        sh.page_of = (n, m)
    return run.sheets


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), frame: int = 4,
         label_font: Font | None = None) -> list[list[tuple[float, float, float, float]]]:
    """A ruled grid with a heavy outer frame; a row shorter than the widths lets its last cell run to the right edge;
    label columns in 黑体, centred. Returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = label_font or font("hei", f.size)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                lab = k in labels
                ff = lf if lab else f
                parts = wrap(cell, ff, w - mm(3))
                lh = ff.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 1
                for part in parts:
                    if lab:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + mm(1.8), ty, part, ff)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=frame)
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 5.8, role: str = "kai",
        ink: tuple[int, int, int] = BALL, per_line: int = 0, lead: float = 0.0, slant: float = 5.0) -> float:
    """Handwriting on a form, broken every `per_line` characters; returns the y below it."""
    px = mm(size)
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        scrawl(s, x, y, part, rng, role=role, size=px, ink=ink, slant=slant)
        y += lead or px * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: bool = True, size: float = 8.5) -> float:
    """A form's head: the court in GB 宋, the title in 黑体 with a heavy underline the title's width."""
    if issuer:
        s.centred(y, COURT, gb(5.6), spacing=mm(1))
        y += mm(10)
    w = s.centred(y, title, hei(size), spacing=mm(2.2))
    y += mm(size) + mm(3)
    x0 = (s.width - w) / 2
    s.line(x0 - mm(2), y, x0 + w + mm(2), y, width=4)
    return y + mm(8)


def thumb(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red fingerprint (捺印) by a signature: an oval of broken ridges in 印泥 red."""
    w, h = mm(11), mm(14)
    layer = Image.new("L", (int(w) + 8, int(h) + 8), 0)
    d = ImageDraw.Draw(layer)
    cx, cy = layer.width / 2, layer.height / 2
    for k in range(1, 14):
        rx, ry = w / 2 * k / 13, h / 2 * k / 13
        start = rng.uniform(0, 360)
        d.arc((cx - rx, cy - ry, cx + rx, cy + ry), start, start + rng.uniform(200, 330), fill=255, width=3)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC, expand=True)
    strength = rng.uniform(0.55, 0.85)
    mask = layer.point(lambda v: int(v * strength))
    ink = Image.new("RGB", layer.size, (RED[0] - 10, RED[1] + 5, RED[2] + 15))
    box = (int(x), int(y), int(x) + layer.width, int(y) + layer.height)
    under = s.image.crop(box)
    from PIL import ImageChops

    under.paste(ImageChops.multiply(under, ink), (0, 0), mask)
    s.image.paste(under, box[:2])


def unnumbered(sheets: list[Sheet]) -> list[Sheet]:
    """Mark sheets the archive leaves without a 档案页号 (cover, catalogue, remarks sheet)."""
    for s in sheets:
        vars(s)["archive_unnumbered"] = True
    return sheets
