"""court_fg's house style (河南省信阳市浉河区人民法院执行局): the bureau prints its papers from the case system in a
宋体 body (Noto Serif CJK), the court's name above the title in a thin letter-spaced line, the title in a heavy 宋 with
wide spacing and a hairline under the number line; multi-page papers carry “第 n 页（共 m 页）” at the foot. Its forms
(送达回证, 审批表, 卷皮) are ruled tables filled in by hand in blue ballpoint.

Every sheet is a `Page` that knows how it reached the e-dossier (`origin`): the court's own papers were printed and
scanned; the parties' uploads were either rendered by the online filing platform from their Word/WPS files
("converted") or were phone photos the platform stored as they came ("photo")."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, RED, Sheet, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "河南省信阳市浉河区人民法院"
SHORT = "信阳市浉河区人民法院"
LEFT, RIGHT, TOP, BOTTOM = mm(29), mm(25), mm(30), mm(28)
Box = tuple[float, float, float, float]


@dataclass
class Page(Sheet):
    """A sheet and the way it reached the e-dossier: scan (the court's paper, printed and scanned at the bureau),
    converted (an upload the filing platform rendered from a Word/WPS file on its own server) or photo (a phone
    photo of paper, uploaded and stored without applying its EXIF orientation)."""

    origin: str = "scan"
    card: bool = False
    """a photo of a card (ID card, 执业证): framed landscape, so mostly stored the right way up"""
    @property
    def digital(self) -> bool:
        """an upload has no paper back for the scanner to catch blank"""
        return self.origin != "scan"

    marks: dict[str, tuple[float, float]] = field(default_factory=dict)
    """where a typed line was set (its text → x, y), for a hand to sign beside it"""


def song(px: int) -> Font:
    return font("serif", px)


def bold(px: int) -> Font:
    return font("serif_bold", px)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42,
        ink: tuple[int, int, int] = BLUE_INK, per_line: int = 0, lead: float = 0.0) -> float:
    """Ballpoint fill; `per_line` > 0 breaks long text into lines of that many characters. Returns the y below."""
    parts = [text[i:i + per_line] for i in range(0, len(text), per_line)] if per_line else [text]
    step = lead or size * 1.45
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += step
    return y


def stamp(s: Sheet, x: float, y: float, lines: Sequence[str], rng: random.Random, *, px: int = 30,
          colour: tuple[int, int, int] = RED) -> None:
    """A rectangular rubber stamp (本件与原本核对无异 …), multiplied onto the page, words recorded."""
    f = song(px)
    w = int(max(f.getlength(t) for t in lines) + px * 1.4)
    h = int(len(lines) * px * 1.5 + px * 0.9)
    layer = Image.new("L", (w + 16, h + 16), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((8, 8, w + 8, h + 8), outline=255, width=4)
    ty = 8 + px * 0.55
    for t in lines:
        d.text((8 + w / 2, ty + px / 2), t, font=f, fill=255, anchor="mm")
        ty += px * 1.5
    layer = layer.rotate(rng.uniform(-4, 4), resample=Image.Resampling.BICUBIC, expand=True)
    mask = layer.point(lambda v: int(v * rng.uniform(0.55, 0.85)))
    ink = Image.new("RGB", layer.size, colour)
    box = (int(x), int(y), int(x) + layer.width, int(y) + layer.height)
    under = s.image.crop(box)
    under.paste(ImageChops.multiply(under, ink), (0, 0), mask)
    s.image.paste(under, box[:2])
    s.lines.extend(t for t in lines if t.strip())


def cells(s: Sheet, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), pad: float = mm(2.2),
          width: int = 2) -> list[list[Box]]:
    """A ruled table; a row of fewer cells than columns lets its last cell span the rest. Label columns are
    centred, the others set flush left; returns each row's cell boxes."""
    hs = list(heights) if isinstance(heights, Sequence) else [heights] * len(rows)
    total = sum(cols)
    out: list[list[Box]] = []
    cy = y
    for r, row in enumerate(rows):
        h = hs[r]
        s.box(x, cy, x + total, cy + h, width=width)
        cx = x
        boxes: list[Box] = []
        for k, text in enumerate(row):
            w = cols[k] if k < len(row) - 1 else total - sum(cols[:k])
            if k:
                s.line(cx, cy, cx, cy + h, width=width)
            if text:
                parts = wrap(text, f, w - 2 * pad)
                lh = f.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + f.size * 0.04
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + pad, ty, part, f)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def heading(s: Sheet, title: str, *, number: str = "", issuer: str = COURT) -> float:
    """The court's name in a thin letter-spaced line, the title heavy and wide, the number right, a hairline."""
    y = float(TOP)
    if issuer:
        s.centred(y, issuer, song(mm(6.6)), spacing=mm(1.1))
        y += mm(11)
    tf = bold(mm(9.6))
    s.centred(y, title, tf, spacing=mm(3.2) if len(title) <= 6 else mm(1.2))
    y += mm(17)
    if number:
        s.right(s.width - RIGHT, y, number, song(mm(5.0)))
        y += mm(8.5)
        s.line(LEFT, y, s.width - RIGHT, y, width=2)
        y += mm(6)
    return y


def folio(sheets: list[Page]) -> list[Page]:
    m = len(sheets)
    if m > 1:
        for n, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(17), f"第 {n} 页（共 {m} 页）", song(mm(3.9)))
            sh.page_of = (n, m)
    return sheets


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: list[tuple[str, str]], *, day: date,
                number: str | None = None, signers: Sequence[tuple[str, str]] = (), sealed: bool = True,
                copy_stamp: bool = False) -> list[Page]:
    """A flowing court paper: heading, blocks (to: addressee; h: flush; p: paragraph; n: small note), then the
    signers (right), the date in Chinese numerals with the court seal over it, and the folio."""
    body = song(mm(5.3))
    lh = body.size * 1.9
    x0, x1 = LEFT, Page().width - RIGHT
    bottom = Page().height - BOTTOM - mm(6)
    sheets = [Page()]
    s = sheets[0]
    y = heading(s, title, number=c.number if number is None else number)

    def room(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = Page()
            sheets.append(s)
            y = float(TOP)

    for kind, text in blocks:
        if kind == "n":
            for part in wrap(text, song(mm(4.4)), x1 - x0):
                room(lh)
                s.text(x0, y, part, song(mm(4.4)))
                y += mm(4.4) * 1.7
            continue
        indent = 2 * body.size if kind == "p" else 0.0
        for k, part in enumerate(wrap(text, body, x1 - x0, indent=indent)):
            room(lh)
            s.text(x0 + (indent if k == 0 else 0), y, part, body)
            y += lh
    y += lh * 0.6
    room(lh * (len(signers) + 3))
    for role, name in signers:
        label = f"{role}　{name}"
        s.text(x1 - body.getlength(label) - mm(12), y, label, body)
        y += lh
    when = cn_date(day)
    w = body.getlength(when)
    dx = x1 - w - mm(8)
    y += lh * 0.3
    s.text(dx, y, when, body)
    if sealed:
        seal(s, dx + w / 2 + rng.uniform(-mm(5), mm(5)), y + body.size * 0.4 + rng.uniform(-mm(4), mm(3)), COURT, rng)
    y += lh * 1.4
    if copy_stamp and y + mm(20) < s.height - BOTTOM:
        stamp(s, x0, y, ["本件与原本核对无异"], rng, px=mm(4.2))
    return folio(sheets)


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float | None = None) -> float:
    """A form's head: the court's name, the title, both centred; returns the y below."""
    y0 = float(TOP if y is None else y)
    if issuer:
        s.centred(y0, issuer, song(mm(6.2)), spacing=mm(0.8))
        y0 += mm(10.5)
    s.centred(y0, title, bold(mm(9.0)), spacing=mm(2.6) if len(title) <= 6 else mm(0.8))
    return y0 + mm(16)
