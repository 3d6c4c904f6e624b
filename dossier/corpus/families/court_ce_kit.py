"""court_ce's pens: how the 卧龙区法院, the Nanyang lawyers, the 仲裁委 and the banks set their papers.

The court prints its name in red over a red rule (a 红头) that the window scanner's red dropout nearly erases,
so the black title, number line and body must carry each paper on their own."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, INK, RED, Block, Sheet, flow, hand, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "河南省南阳市卧龙区人民法院"
SHORT = "南阳市卧龙区人民法院"
BUREAU = "南阳市卧龙区人民法院执行局"
MIDDLE = "河南省南阳市中级人民法院"
ARBITRATION = "南阳仲裁委员会"
REGISTRY = "南阳市不动产登记中心"
MARKET = "南阳市卧龙区市场监督管理局"
FAINT = (120, 120, 124)


@dataclass
class Pen:
    """One author's way of setting a flowing paper."""

    body: str = "ming"          # font role of the text
    size: int = 42              # body size in px at 200 dpi
    title: str = "hei"
    title_size: int = 62
    left: float = 30.0          # margins in mm
    right: float = 26.0
    top: float = 34.0
    lead: float = 1.78          # line height / size
    spaced: float = 0.0         # letter spacing of the title, in px
    head: str = ""              # a red letterhead printed above the title ("" = none)
    head_black: str = ""        # a black issuer line above the title
    footer: str = "第{n}页共{m}页"  # "" = no page numbers
    ink: tuple[int, int, int] = INK


def paper_text(s: Sheet, pen: Pen, y: float, title: str, number: str) -> float:
    """The head of a paper's first page: red letterhead and rule, issuer line, title, number line."""
    x0, x1 = mm(pen.left), s.width - mm(pen.right)
    if pen.head:
        s.centred(y, pen.head, font("serif_bold", 70), fill=RED, spacing=6)
        y += 100
        s.line(x0, y, x1, y, width=5, fill=RED)
        s.line(x0, y + 9, x1, y + 9, width=2, fill=RED)
        y += 40
    if pen.head_black:
        s.centred(y, pen.head_black, font(pen.title, int(pen.title_size * 0.8)), spacing=pen.spaced / 2)
        y += pen.title_size * 1.2
    s.centred(y, title, font(pen.title, pen.title_size), spacing=pen.spaced)
    y += pen.title_size * 1.55
    if number:
        s.right(x1, y, number, font(pen.body, pen.size))
        y += pen.size * 1.9
    return y


def typed(pen: Pen, title: str, number: str, blocks: Sequence[Block], *, tail: Sequence[Block] = (),
          sealer: Callable[[Sheet, float], None] | None = None, after: Callable[[Sheet, float], float] | None = None,
          signer: Callable[[Sheet, float, float], None] | None = None) -> list[Sheet]:
    """A flowing paper over as many sheets as it needs; `tail` (signature and date lines) is kept together
    and `sealer(sheet, y)` stamps over the date, `signer(sheet, top, line height)` signs on its lines. Page numbers as the author prints them."""
    f = font(pen.body, pen.size)
    lh = pen.size * pen.lead
    sheets = [Sheet()]
    x0 = mm(pen.left)
    width = sheets[0].width - mm(pen.left) - mm(pen.right)
    bottom = sheets[0].height - mm(28)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(26))

    y = paper_text(sheets[0], pen, float(mm(pen.top)), title, number)
    y = flow(sheets[-1], blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=pen.size * 2, bottom=bottom,
             more=more)
    if after is not None:
        y = after(sheets[-1], y)
    if tail:
        tl = lh
        if y + lh * (len(tail) + 1) > bottom:
            tl = pen.size * 1.4  # the signature lines set closer, down to the foot margin
            if y + tl * (len(tail) + 1) > bottom + mm(6):
                sheet, y = more()
                sheet.text(x0, y, "（此页无正文）", f)  # the signature page of a ruling that ran over
                y += lh * 2
                tl = lh
        y += tl * 0.6
        top = y
        y = flow(sheets[-1], tail, f, x0=x0, width=width, y=y, line_height=tl, indent=0,
                 right=sheets[-1].width - mm(pen.right) - mm(8))
        if sealer is not None:
            sealer(sheets[-1], (top + y) / 2)
        if signer is not None:  # (sheet, top of the first tail line, line height)
            signer(sheets[-1], top, tl)
    if pen.footer and len(sheets) > 1:
        ff = font(pen.body, 30)
        for n, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(17), pen.footer.format(n=n, m=len(sheets)), ff)
            sh.page_of = (n, len(sheets))
    return sheets


def court_seal(s: Sheet, x: float, y: float, rng: random.Random, name: str = COURT) -> None:
    seal(s, x, y, name, rng)


def date_tail(d_text: str, *names: str) -> list[Block]:
    return [("r", n) for n in names] + [("r", d_text)]


def grid(title: str, rows: Sequence[Sequence[str]], cols: Sequence[float], rng: random.Random, *,
         head: str = "", fills: dict[tuple[int, int], str] | None = None, row_h: float | Sequence[float] = 96,
         title_font: str = "hei", body: str = "ming", size: int = 36, note: str = "", top: float = 30,
         number: str = "") -> tuple[Sheet, float]:
    """A bordered form: printed labels, and cells filled by hand (`fills`, keyed (row, col), blue ballpoint).
    Returns the sheet and the y under the table."""
    s = Sheet()
    y = float(mm(top))
    if head:
        s.centred(y, head, font("serif_bold", 58), fill=RED, spacing=4)
        y += 90
    s.centred(y, title, font(title_font, 64), spacing=10)
    y += 110
    f = font(body, size)
    x = float(mm(22))
    if number:
        s.right(x + sum(cols), y, number, f)
        y += size * 1.8
    end = table(s, x, y, cols, rows, f, row_h=row_h, centre_first=True)
    heights = list(row_h) if isinstance(row_h, Sequence) else [row_h] * len(rows)
    for (r, c), text in (fills or {}).items():
        cy = y + sum(heights[:r])
        cx = x + sum(cols[:c])
        w = (x + sum(cols)) - cx if c == len(rows[r]) - 1 else cols[c]
        lines = wrap(text, font("kai", 40), w - 40) or [""]
        ty = cy + (heights[r] - 52 * len(lines)) / 2
        for part in lines[:4]:
            hand(s, cx + 18, ty, part, rng, size=40, ink=BLUE_INK)
            ty += 52
    if note:
        nf = font(body, 30)
        ny = end + 24
        for part in wrap(note, nf, sum(cols)):
            s.text(x, ny, part, nf)
            ny += 44
        end = ny
    return s, end


def faint_print(s: Sheet, rng: random.Random, *, strength: float = 0.55, grain: float = 0.18) -> None:
    """A thermal slip or a worn dot-matrix ribbon: the ink is lifted towards the paper and broken into grain."""
    a = np.asarray(s.image.convert("RGB"), dtype=np.float32)
    dark = a.mean(axis=2, keepdims=True) < 200
    gen = np.random.default_rng(rng.randrange(1 << 30))
    holes = gen.random(a.shape[:2])[..., None] < grain
    lifted = a + (255 - a) * strength
    a = np.where(dark & ~holes, lifted, np.where(dark & holes, 235.0, a))
    s.image = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def dots(s: Sheet, x: float, y: float, text: str, size: int = 34) -> None:
    """A dot-matrix line: the glyphs drawn, then sampled on a coarse grid of dots."""
    f = font("mono", size)
    w = int(f.getlength(text)) + 8
    g = Image.new("L", (w, size + 14), 0)
    from PIL import ImageDraw

    ImageDraw.Draw(g).text((2, 2), text, font=f, fill=255)
    a = np.asarray(g, dtype=np.uint8).copy()
    mask = np.zeros_like(a)
    mask[::3, ::3] = 1
    mask[1::3, 1::3] = 1
    a = np.where((a > 90) & (mask == 1), 255, 0).astype(np.uint8)
    dot = Image.fromarray(a).resize((w, size + 14))
    s.image.paste((40, 40, 46), (int(x), int(y)), dot)
    s.lines.append(text)


def when(c: CaseCtx, offset: int) -> str:
    return cn_date(c.day(offset))


def fit(s: str, f: Font, width: float) -> list[str]:
    return wrap(s, f, width)
