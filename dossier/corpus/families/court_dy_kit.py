"""court_dy's own paper: the 迎江 bureau's typed documents (black-face court name letter-spaced over a song-face title,
a thin-thick double rule, 仿宋-like body in uming, page footers "－ n －"), its pre-printed forms on tinted stock
(送达回证 on pale yellow, 审批表 on pale green, the cover on kraft board), and the stocks the parties' papers come on:
red-ruled 信笺, 400-字 red-grid 稿纸 and carbonless copy sets in pink, yellow and light blue."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "安徽省安庆市迎江区人民法院"
WHITE = (252, 252, 250)
STOCKS = {
    "white": WHITE,
    "pale_yellow": (250, 244, 206),
    "pale_green": (226, 242, 222),
    "pale_blue": (224, 236, 248),
    "kraft": (214, 190, 150),
    "pink": (250, 214, 222),
    "canary": (252, 238, 160),
    "sky": (198, 222, 246),
}
RULE_RED = (206, 70, 64)
GRID_RED = (214, 96, 90)
CARBON = (40, 52, 120)
L, R, T = mm(28), mm(24), mm(30)
BODY = 42
LEAD = 78


def stock(name: str) -> Sheet:
    return Sheet(paper=STOCKS[name])


def body_font(size: int = BODY) -> Font:
    return font("ming", size)


@dataclass
class Typed:
    """A typed court paper being laid out: sheets so far and the pen position."""

    c: CaseCtx
    title: str
    stock_name: str
    sheets: list[Sheet]
    y: float

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    def need(self, h: float) -> None:
        if self.y + h > self.sheet.height - mm(28):
            s = stock(self.stock_name)
            self.sheets.append(s)
            self.y = T

    def para(self, text: str, *, indent: bool = True, f: Font | None = None) -> None:
        f = f or body_font()
        width = self.sheet.width - L - R
        first = f.size * 2 if indent else 0
        for k, part in enumerate(wrap(text, f, width, indent=first)):
            self.need(LEAD)
            self.sheet.text(L + (first if k == 0 else 0), self.y, part, f)
            self.y += LEAD

    def flush_right(self, text: str, *, f: Font | None = None, gap: float = 0) -> None:
        f = f or body_font()
        self.need(LEAD)
        self.sheet.right(self.sheet.width - R - gap, self.y, text, f)
        self.y += LEAD

    def skip(self, k: float = 0.5) -> None:
        self.y += LEAD * k


def head(s: Sheet, title: str, number: str, *, y: float = T, court: str = COURT) -> float:
    """Court name (black face, letter-spaced), the title in heavy song, a thin-thick rule, the number at the right."""
    s.centred(y, court, font("hei", 50), spacing=10)
    y += mm(11)
    s.centred(y, title, font("serif_bold", 70), spacing=30)
    y += mm(14)
    if number:
        s.right(s.width - R, y, number, body_font(40))
        y += mm(8)
    s.line(L, y, s.width - R, y, width=2)
    s.line(L, y + 7, s.width - R, y + 7, width=5)
    return y + mm(7)


def typed(c: CaseCtx, title: str, *, number: str | None = None, stock_name: str = "white") -> Typed:
    s = stock(stock_name)
    y = head(s, title, c.number if number is None else number)
    return Typed(c, title, stock_name, [s], y)


def sign_off(t: Typed, rng: random.Random, made: str, staff: Sequence[tuple[str, str]], *, seal_name: str = COURT) -> None:
    """Staff lines flush right, the date in Chinese numerals, the court's seal over the date, then 本件与原本核对无异."""
    t.skip(0.4)
    t.need(LEAD * (len(staff) + 4))
    f = body_font()
    x = t.sheet.width - R - mm(70)
    for role, name in staff:
        t.sheet.text(x, t.y, f"{role}　{name}", f, spacing=2)
        t.y += LEAD
    t.skip(1.2)
    t.sheet.right(t.sheet.width - R - mm(6), t.y, made, f)
    seal(t.sheet, t.sheet.width - R - mm(30), t.y + mm(7), seal_name, rng)
    t.y += LEAD
    t.sheet.text(x + mm(8), t.y, "（院　印）", f)
    t.y += LEAD * 1.3


def footers(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    f = font("ming", 34)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(16), f"－ {i} －", f)
        if n > 1:
            s.page_of = (i, n)
    return sheets


def cn(d_: object) -> str:
    from datetime import date

    assert isinstance(d_, date)
    return cn_date(d_)


# ---- the stocks of the received papers --------------------------------------------------------------------------

def letter_paper(rng: random.Random, heading: str = "") -> tuple[Sheet, list[float]]:
    """信笺: a red double rule at the top (with the printer's heading), evenly ruled red lines, a margin rule."""
    s = stock("white")
    top = mm(rng.uniform(34, 40))
    if heading:
        s.centred(top - mm(16), heading, font("serif_bold", 56), fill=RULE_RED, spacing=12)
    s.line(mm(14), top, s.width - mm(14), top, width=6, fill=RULE_RED)
    s.line(mm(14), top + 9, s.width - mm(14), top + 9, width=2, fill=RULE_RED)
    gap = mm(rng.choice([9.0, 9.5, 10.0]))
    rows: list[float] = []
    y = top + gap
    while y < s.height - mm(20):
        s.line(mm(14), y, s.width - mm(14), y, width=2, fill=RULE_RED)
        rows.append(y)
        y += gap
    s.line(mm(22), top, mm(22), rows[-1], width=1, fill=RULE_RED)
    return s, rows


def grid_paper(rng: random.Random) -> tuple[Sheet, list[tuple[float, float]], float]:
    """400-字 稿纸: 20 × 20 red squares with a gap between the rows, the count printed in the foot."""
    s = stock("white")
    cell = mm(8.4)
    gap = mm(3.2)
    x0 = (s.width - 20 * cell) / 2
    y0 = mm(rng.uniform(24, 28))
    origins: list[tuple[float, float]] = []
    s.box(x0 - 8, y0 - 8, x0 + 20 * cell + 8, y0 + 20 * (cell + gap) - gap + 8, width=4, outline=GRID_RED)
    for r in range(20):
        y = y0 + r * (cell + gap)
        s.box(x0, y, x0 + 20 * cell, y + cell, width=2, outline=GRID_RED)
        for k in range(1, 20):
            s.line(x0 + k * cell, y, x0 + k * cell, y + cell, width=1, fill=GRID_RED)
        origins.extend((x0 + k * cell, y) for k in range(20))
    s.text(x0 + 20 * cell - mm(40), y0 + 20 * (cell + gap) + mm(1), "20×20＝400", font("sans", 26), fill=GRID_RED,
           record=False)
    return s, origins, cell


def write_ruled(s: Sheet, rows: list[float], lines: Sequence[str], rng: random.Random, *, start: int = 0,
                x: float = mm(26), size: int = 40, ink: tuple[int, int, int] = INK) -> int:
    """Handwriting sat on the ruled lines from row `start`; returns the next free row."""
    k = start
    for line in lines:
        if k >= len(rows):
            break
        if line:
            hand(s, x + (mm(9) if line.startswith("　　") else 0), rows[k] - size - 6, line.strip("　"), rng, size=size,
                 ink=ink)
        k += 1
    return k


def hand_wrap(text: str, per: int) -> list[str]:
    out: list[str] = []
    for para in text.split("\n"):
        para = "　　" + para if para and not para.startswith(("　", "#")) else para.lstrip("#")
        while len(para) > per:
            out.append(para[:per])
            para = para[per:]
        out.append(para)
    return out


def write_grid(s: Sheet, origins: list[tuple[float, float]], cell: float, text: str, rng: random.Random, *,
               start: int = 0, ink: tuple[int, int, int] = INK) -> int:
    """One character a square, each paragraph opening with two empty squares; returns the next free square."""
    k = start
    for para in text.split("\n"):
        if not para:
            continue
        if para.startswith("#"):  # centred heading line
            para = para[1:]
            k += (20 - k % 20) % 20
            k += (20 - len(para) * 2) // 2
            chars = list("　".join(para))
        else:
            k += (20 - k % 20) % 20
            k += 2
            chars = list(para)
        line_text = ""
        for ch in chars:
            if k >= len(origins):
                break
            x, y = origins[k]
            if ch != "　":
                hand(s, x + cell * 0.1, y + cell * 0.02, ch, rng, size=int(cell * 0.8), ink=ink, record=False)
            line_text += ch
            k += 1
            if k % 20 == 0:
                s.lines.append(line_text.replace("　", ""))
                line_text = ""
        if line_text.strip("　"):
            s.lines.append(line_text.replace("　", ""))
    return k


def carbon_set(colour: str, rng: random.Random, *, size: tuple[int, int] | None = None) -> Sheet:
    """A carbonless copy sheet: the coloured ground and a faint fibre tone, drawn at full A4 or a slip's size."""
    s = Sheet(size=size or (mm(210), mm(297)), paper=STOCKS[colour])
    d = s.draw
    base = STOCKS[colour]
    for _ in range(900):
        x, y = rng.randrange(s.width), rng.randrange(s.height)
        t = rng.randint(-10, -3)
        d.point((x, y), fill=(base[0] + t, base[1] + t, base[2] + t))
    return s


def carbon(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 36) -> None:
    """Writing that came through the carbonless layer: blue-violet, a touch doubled."""
    hand(s, x + 2, y + 1, text, random.Random(rng.random()), size=size, ink=(150, 160, 200), record=False)
    hand(s, x, y, text, rng, size=size, ink=CARBON)
