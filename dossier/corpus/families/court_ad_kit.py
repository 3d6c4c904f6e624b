"""court_ad's drawing kit: pages as 山西省太原市迎泽区人民法院执行局 prints them, and the hand-made papers it receives.

House style (plain, Shanxi): no 红头 — the court's name in 黑体 over a 宋体 title set wide, the 案号 flush right under
a thin rule; a 明体 body at 三号-ish size with 1.9 line pitch; the date right-aligned with the court's seal over it;
multi-page papers carry "第 N 页 共 M 页" at the foot. The bureau's forms are ruled tables with a 表号 ("迎执表 ×") at
the top left. Workers' handwriting on 方格稿纸 (manuscript squared paper, 20×15 green grid) and red fingerprints."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "山西省太原市迎泽区人民法院"
BUREAU = "太原市迎泽区人民法院执行局"
SEAL = "山西省太原市迎泽区人民法院"
GRID_GREEN = (96, 150, 112)
PRINT_RED = (204, 42, 40)
# a typed paper's blocks (draw.Block): p paragraph (indented), f flush line, r right-aligned line, c centred line


@dataclass
class ADSheet(Sheet):
    """`leaf`: how the archive room's 打码机 treats the sheet — "" numbered, "first" the volume's first numbered sheet
    (the counter starts again), "none" never numbered (封面, 卷内目录, 备考表)."""

    leaf: str = ""


def ming(size: float = 4.4) -> Font:
    return font("ming", mm(size))


def song(size: float = 4.4) -> Font:
    return font("song_gb", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def typeset(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    head: str = COURT,
    seal_name: str = SEAL,
    tail: list[str] | None = None,
    body: Font | None = None,
    sealed: bool = True,
) -> list[ADSheet]:
    """A paper broken over as many pages as it needs: court name, title, rule, 案号, body, signers, date, seal."""
    f = body or ming(4.4)
    lh = f.size * 1.9
    x0, x1 = mm(28), mm(210 - 26)
    sheets = [ADSheet()]
    s = sheets[0]
    y: float = mm(24)
    if head:
        s.centred(y, head, hei(6.4), spacing=mm(0.8))
        y += mm(12)
    s.centred(y, title, bold(7.6), spacing=mm(2.2 if len(title) <= 6 else 0.6))
    y += mm(14)
    if number:
        s.line(x0, y - mm(2), x1, y - mm(2), width=2)
        s.right(x1, y + mm(1), number, song(4.2))
        y += mm(11)
    bottom = mm(297 - 30)

    def more() -> tuple[ADSheet, float]:
        sheets.append(ADSheet())
        return sheets[-1], mm(26)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(
        s,
        blocks,
        f,
        x0=x0,
        width=x1 - x0,
        y=y,
        line_height=lh,
        indent=mm(9),
        centre=f,
        bottom=bottom,
        more=more,
    )
    s = sheets[-1]
    names = signers or []
    room(lh * (len(names) + 3.5))
    y += lh * 0.6
    for name in names:
        s.right(x1 - mm(12), y, name, f)
        y += lh
    if when:
        s.right(x1 - mm(4), y, when, f)
        if sealed:
            seal(s, x1 - mm(30), y - mm(1), seal_name, rng, radius=mm(20))
        y += lh * 1.3
    for line in tail or []:
        room(lh)
        if line.startswith("书记员"):
            s.right(x1 - mm(12), y, line, f)
        else:
            s.text(x0, y, line, song(3.6))
        y += lh * 0.9
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.page_of = (i, len(sheets))
            sh.centred(sh.height - mm(16), f"第 {i} 页　共 {len(sheets)} 页", song(3.3))
    return sheets


def form(
    title: str,
    rows: list[list[str]],
    rng: random.Random,
    *,
    code: str = "",
    number: str = "",
    cols: tuple[float, ...] = (42, 112),
    row_h: float | list[float] = 13.0,
    notes: list[str] | None = None,
    when: str = "",
    sealed: bool = False,
    head: str = COURT,
) -> ADSheet:
    """A ruled form of the bureau: 表号 at top left, court name and title, the grid, notes under it."""
    s = ADSheet()
    if code:
        s.text(mm(22), mm(13), code, song(3.3))
    s.centred(mm(20), head, hei(5.6), spacing=mm(0.6))
    s.centred(mm(31), title, bold(7.2), spacing=mm(1.4))
    y: float = mm(46)
    if number:
        s.right(mm(188), y, number, song(4.0))
        y += mm(8)
    y = table(
        s,
        mm(22),
        y,
        [mm(w) for w in cols],
        rows,
        song(3.9),
        row_h=mm(row_h) if isinstance(row_h, float | int) else [mm(h) for h in row_h],
        width=3,
        centre_first=True,
    )
    y += mm(4)
    for note in notes or []:
        for part in wrap(note, song(3.4), mm(166)):
            s.text(mm(22), y, part, song(3.4))
            y += mm(5.2)
    if when:
        y += mm(6)
        s.right(mm(185), y, when, song(4.2))
        if sealed:
            seal(s, mm(160), y, SEAL, rng, radius=mm(20))
    return s


def grid_paper(
    lines: list[str],
    rng: random.Random,
    *,
    ink: tuple[int, int, int] = (30, 36, 70),
    footer: str = "20×15=300",
) -> ADSheet:
    """A sheet of 方格稿纸 (20 columns × 15 rows of green squares) written in by hand, one character a square;
    a line starting with two spaces is a paragraph's first line. Overflow is cut: callers page their text."""
    s = ADSheet(paper=(250, 250, 244))
    cell, gap = mm(8.0), mm(3.6)
    x0, y0 = mm(25), mm(30)
    d = s.draw
    for r in range(15):
        top = y0 + r * (cell + gap)
        for k in range(20):
            left = x0 + k * cell
            d.rectangle((left, top, left + cell, top + cell), outline=GRID_GREEN, width=2)
    d.rectangle(
        (x0 - mm(3), y0 - mm(3), x0 + 20 * cell + mm(3), y0 + 15 * (cell + gap) - gap + mm(3)),
        outline=GRID_GREEN,
        width=4,
    )
    s.text(mm(150), mm(280), footer, song(3.0), fill=GRID_GREEN, record=False)
    row = 0
    for text in lines:
        chars = list(text)
        while chars and row < 15:
            take, chars = chars[:20], chars[20:]
            top = y0 + row * (cell + gap)
            s.lines.append("".join(take).strip())
            for k, ch in enumerate(take):
                if ch.strip():
                    hand(
                        s,
                        x0 + k * cell + mm(1.0),
                        top - mm(0.6),
                        ch,
                        rng,
                        size=mm(6.6),
                        ink=ink,
                        record=False,
                    )
            row += 1
    return s


def fingerprint(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red fingerprint (手印) pressed over a written name: an oval of ridges in 印泥 red, uneven."""
    w, h = mm(rng.uniform(11, 14)), mm(rng.uniform(14, 18))
    layer = Image.new("L", (int(w) + 20, int(h) + 20), 0)
    d = ImageDraw.Draw(layer)
    c = (layer.width / 2, layer.height / 2)
    for k in range(2, 30):
        rx, ry = w / 2 * k / 30, h / 2 * k / 30
        d.ellipse((c[0] - rx, c[1] - ry * 1.05, c[0] + rx, c[1] + ry), outline=rng.randint(150, 255), width=3)
    layer = layer.filter(ImageFilter.GaussianBlur(1.2)).rotate(rng.uniform(-25, 25))
    speck = Image.effect_noise(layer.size, 80).point(lambda v: 255 if v > 100 else 60)
    from PIL import ImageChops

    mask = ImageChops.multiply(layer, speck)
    red = (190 + rng.randint(-20, 20), 30, 40)
    s.image.paste(red, (int(cx - layer.width / 2), int(cy - layer.height / 2)), mask)


def written(
    s: Sheet,
    x: float,
    y: float,
    text: str,
    rng: random.Random,
    *,
    size: float = 5.2,
    ink: tuple[int, int, int] = (30, 36, 70),
) -> float:
    return hand(s, x, y, text, rng, size=mm(size), ink=ink)


def ink_of(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice([(30, 36, 70), (25, 25, 30), (30, 50, 150)])


__all__ = ["INK", "PRINT_RED"]
