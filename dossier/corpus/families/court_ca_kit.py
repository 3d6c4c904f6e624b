"""Drawing kit of court_ca (广东省汕头市龙湖区人民法院): the court's own header style, the 骑缝章 cut along the right edge
of every sheet of a multi-sheet paper, the '复印件与原件一致' stamp on copies, and small table/ID helpers the papers share."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal

from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.draw import INK, RED, Block, Sheet, flow, hand, mm, seal, signature, table
from dossier.corpus.fonts import Font, font

COURT = "广东省汕头市龙湖区人民法院"
MID = "广东省汕头市中级人民法院"
ARB = "汕头仲裁委员会"
L, R, T, B = mm(28), mm(182), mm(30), mm(272)
"""the court's own margins: wide left binding margin, as its 文书 template sets"""


def fig(amount: Decimal) -> str:
    """An amount in figures with thousands separators, as the court's forms print it (no 人民币, no 大写)."""
    return f"{amount:,.2f}"


def fz(size: int) -> Font:
    """仿宋-like body face of the court's template (the serif CJK face stands in)."""
    return font("serif", size)


def heading(s: Sheet, title: str, number: str, *, y: float = T, court: str = COURT, red: bool = False) -> float:
    """Court name above the title, the title letter-spaced, the case number flush right below."""
    s.centred(y, court, font("serif_bold", 50), spacing=6, fill=RED if red else INK)
    s.centred(y + 82, title, font("hei", 62), spacing=18)
    y += 180
    if number:
        s.right(R, y, number, fz(38))
        y += 70
    return y


def court_paper(title: str, number: str, blocks: Sequence[Block], rng: random.Random, *, sign: Sequence[tuple[str, str]],
                day: str, seal_name: str = COURT, court: str = COURT, red: bool = False) -> list[Sheet]:
    """A typed court paper that runs on to more sheets; signatures, date and seal at the end; 第n页共m页 below; the 骑缝章
    along the right edge when it has more than one sheet."""
    sheets = [Sheet()]
    y = heading(sheets[0], title, number, court=court, red=red)
    f = fz(40)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(T)

    y = flow(sheets[-1], blocks, f, x0=L, width=R - L, y=y + 10, line_height=68, indent=82, bottom=B - 60, more=more)
    s = sheets[-1]
    if y > B - 120 - 64 * len(sign) - 140:
        s, y = more()
    y += 40
    for role, name in sign:
        s.text(R - mm(78), y, role, f, spacing=14)
        s.text(R - mm(30), y, name, f)
        y += 64
    y += 30
    s.right(R - mm(6), y, day, f)
    seal(s, R - mm(30), y + 10, seal_name, rng)
    if len(sheets) > 1:
        for k, sh in enumerate(sheets):
            sh.centred(B + 40, f"第{k + 1}页 共{len(sheets)}页", fz(30))
        cut_seal(sheets, seal_name, rng)
    for k, sh in enumerate(sheets):
        sh.page_of = (k + 1, len(sheets)) if len(sheets) > 1 else None
    return sheets


def cut_seal(sheets: list[Sheet], name: str, rng: random.Random) -> None:
    """骑缝章: one round seal stamped over the fanned right edges of the stacked sheets, so every sheet shows only a
    slice of the circle, each slice at a slightly different height of the ring."""
    r = mm(20)
    size = int(r * 2 + 40)
    stamp = Sheet(size=(size, size))
    seal(stamp, size / 2, size / 2, name, rng, radius=r)
    y = rng.randint(mm(110), mm(170))
    n = len(sheets)
    for k, sh in enumerate(sheets):
        band = size // max(n, 2)
        x0 = min(size - 10, int(size * 0.55) + k * band // 3)  # the part of the ring that fell on this sheet
        piece = stamp.image.crop((x0 - int(size * 0.3), 0, size, size))
        region = (sh.width - piece.width + rng.randint(-4, 4), y - size // 2 + rng.randint(-6, 6))
        under = sh.image.crop((region[0], region[1], region[0] + piece.width, region[1] + piece.height))
        sh.image.paste(ImageChops.multiply(under, piece), region)


def certified(s: Sheet, rng: random.Random, who: str, *, x: float | None = None, y: float | None = None) -> None:
    """The '复印件与原件一致' box stamp on a copy, a signature running over it and the text beneath."""
    x = x if x is not None else rng.uniform(mm(110), mm(140))
    y = y if y is not None else rng.uniform(mm(200), mm(240))
    w, h = mm(52), mm(15)
    layer = Image.new("L", (int(w) + 8, int(h) + 8), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((3, 3, w, h), outline=255, width=5)
    d.text((w / 2 + 3, h / 2 + 3), "复印件与原件一致", font=font("hei", 38), fill=255, anchor="mm")
    layer = layer.rotate(rng.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)
    col = Image.new("RGB", layer.size, (RED[0] - 20, 40, 60))
    region = (int(x), int(y))
    under = s.image.crop((region[0], region[1], region[0] + layer.width, region[1] + layer.height))
    under.paste(ImageChops.multiply(under, col), (0, 0), layer.point(lambda v: int(v * 0.8)))
    s.image.paste(under, region)
    s.lines.append("复印件与原件一致")
    signature(s, x + mm(8), y + mm(9), who, rng)


def grid(s: Sheet, y: float, rows: Sequence[Sequence[str]], *, cols: Sequence[float], h: float = 78,
         size: int = 34, x: float = L) -> float:
    """A ruled form table in the court's 黑体 small type."""
    return table(s, x, y, cols, rows, font("hei", size), row_h=h, width=2)


def filled(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40) -> float:
    """A field filled in by hand with a black gel pen."""
    return hand(s, x, y, text, rng, size=size, ink=INK)


def page_lines(s: Sheet, text: str, f: Font, *, x: float, y: float, width: float, lh: float) -> float:
    """A paragraph flushed at x; returns the y below it."""
    return flow(s, [("f", text)], f, x0=x, width=width, y=y, line_height=lh, indent=0)
