"""court_bs's drawing kit: the 昆都仑区法院's papers carry the bilingual head of Inner Mongolian courts (the court's
name also in traditional Mongolian script, a vertical column beside the Chinese), its forms are ruled grids, and
every multi-sheet paper is cut into sheets here so that later sheets carry no title."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal

from PIL import Image, ImageDraw, ImageFont

from dossier.corpus.draw import INK, RED, Block, Sheet, flow, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "内蒙古自治区包头市昆都仑区人民法院"
MIDDLE = "内蒙古自治区包头市中级人民法院"
MONGOL_FONT = "/usr/share/fonts/truetype/noto/NotoSansMongolian-Regular.ttf"
MONGOL = {
    COURT: "ᠪᠤᠭᠤᠲᠤ ᠬᠣᠲᠠ ᠶᠢᠨ ᠬᠦᠨᠳᠦᠯᠦᠨ ᠲᠣᠭᠣᠷᠢᠭ ᠤᠨ ᠠᠷᠠᠳ ᠤᠨ ᠱᠢᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ",
    MIDDLE: "ᠪᠤᠭᠤᠲᠤ ᠬᠣᠲᠠ ᠶᠢᠨ ᠳᠤᠮᠳᠠᠳᠤ ᠱᠠᠲᠤ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠱᠢᠭᠦᠬᠦ ᠶᠢᠨ ᠭᠠᠵᠠᠷ",
}
LEFT, RIGHT, TOP, FOOT = mm(28), mm(182), mm(30), mm(268)
BODY = 40
LINE = 66


def fangsong(size: int) -> Font:
    """The bureau's templates print in a 仿宋-like serif."""
    return font("serif", size)


def mongol_column(sheet: Sheet, x: float, y: float, text: str, height: float) -> float:
    """The court's name in Mongolian, written top to bottom (glyphs turned a quarter clockwise) in as many
    columns as it needs to fit `height`, left to right; returns their width. Not recorded: the reader is not
    asked to read it."""
    f = ImageFont.truetype(MONGOL_FONT, 40)
    words = text.split()
    per = max(1, (len(words) + 1) // 2)
    cx = x
    for k in range(0, len(words), per):
        part = " ".join(words[k:k + per])
        strip = Image.new("L", (int(f.getlength(part)) + 20, 64), 0)
        ImageDraw.Draw(strip).text((10, 6), part, font=f, fill=255)
        col = strip.rotate(-90, expand=True)
        if col.height > height:
            col = col.resize((col.width, int(height)))
        sheet.image.paste(INK, (int(cx), int(y)), col)
        cx += col.width - 6
    return cx - x


def court_head(sheet: Sheet, court: str, title: str, number: str, rng: random.Random, *,
               bilingual: bool = True, red: bool = True) -> float:
    """The court's heading: its name (red, letter-spaced), the Mongolian column at the left margin beside it,
    the title spaced wide, the case number flush right; returns y below it."""
    y = TOP
    if bilingual:
        mongol_column(sheet, LEFT - mm(20), y - mm(8), MONGOL.get(court, MONGOL[COURT]), mm(96))
    name_f = font("song_gb", 60 if len(court) <= 15 else 54)
    sheet.centred(y, court, name_f, spacing=4, fill=RED if red else INK)
    y += 98
    sheet.centred(y, title, font("hei", 70), spacing=30)
    y += 118
    if number:
        sheet.right(RIGHT, y, number, fangsong(BODY))
        y += 70
    if red and rng.random() < 0.5:
        sheet.line(LEFT, y, RIGHT, y, width=4, fill=RED)
        y += 26
    return y


def sheets_for(blocks: Sequence[Block], start: Sheet, y: float, *, size: int = BODY, line: int = LINE,
               centre: Font | None = None, footer: bool = True) -> list[Sheet]:
    """Blocks flowed over as many sheets as they need; later sheets untitled; 第n页 共m页 at the foot."""
    out = [start]

    def more() -> tuple[Sheet, float]:
        out.append(Sheet())
        return out[-1], float(TOP + 20)

    flow(start, blocks, fangsong(size), x0=LEFT, width=RIGHT - LEFT, y=y, line_height=line, indent=size * 2,
         right=RIGHT, centre=centre, bottom=FOOT - 40, more=more)
    if len(out) > 1:
        for k, s in enumerate(out):
            s.page_of = (k + 1, len(out))
            if footer:
                s.centred(mm(280), f"第{k + 1}页 共{len(out)}页", fangsong(30))
    return out


def sign_off(sheet: Sheet, y: float, names: Sequence[tuple[str, str]], day: str, court: str,
             rng: random.Random) -> float:
    """The panel's or officers' names set right, the date, the court's seal over the date."""
    f = fangsong(BODY)
    y += 30
    for role, who in names:
        sheet.text(RIGHT - mm(68), y, f"{role}　　{who}", f)
        y += LINE
    sheet.right(RIGHT - mm(6), y + 10, day, f)
    seal(sheet, RIGHT - mm(40), y + 10, court, rng)
    return y + LINE + 20


def grid(sheet: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font,
         rng: random.Random, *, heights: Sequence[float] | float = 84, filled: set[int] | None = None,
         hand_ink: tuple[int, int, int] = (35, 45, 120)) -> float:
    """A ruled form: the first column printed, the others printed or (columns in `filled`) handwritten."""
    from dossier.corpus.draw import hand
    hs = list(heights) if isinstance(heights, Sequence) else [heights] * len(rows)
    total = sum(widths)
    cy = y
    for r, row in enumerate(rows):
        h = hs[r]
        sheet.box(x, cy, x + total, cy + h, width=2)
        cx = x
        spans = [total] if len(row) == 1 else [*widths[:len(row) - 1], total - sum(widths[:len(row) - 1])]
        for k, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if k:
                sheet.line(cx, cy, cx, cy + h, width=2)
            if cell:
                if filled and k in filled:
                    size = int(min(46, (w - 30) / max(len(cell), 1) / 1.05))
                    hand(sheet, cx + 12, cy + (h - size) / 2 - 4, cell, rng, size=size, ink=hand_ink)
                else:
                    from dossier.corpus.draw import wrap
                    parts = wrap(cell, f, w - 24)
                    ty = cy + (h - f.size * 1.4 * len(parts)) / 2
                    for p in parts:
                        sheet.text(cx + 12, ty, p, f)
                        ty += f.size * 1.4
            cx += w
        cy += h
    return cy


def yuan(amount: Decimal) -> str:
    """An amount as the bureau types it in running text: 4,466,911.97 (the 元 follows in the sentence)."""
    return f"{amount:,.2f}"


def room(sheets: list[Sheet], need: float) -> tuple[Sheet, float]:
    """Where a paper's closing lines (signatures, date, seal) go: below the text of its last sheet, or on a
    further sheet when fewer than `need` px are left there (its pages renumbered)."""
    import numpy as np
    last = sheets[-1]
    a = np.asarray(last.image.convert("L"))[: last.height - mm(22)]
    rows = np.where((a < 120).sum(axis=1) > 3)[0]
    y = float(rows[-1]) + 40 if len(rows) else float(TOP)
    if y + need < FOOT:
        return last, y
    sheets.append(Sheet())
    for k, s in enumerate(sheets):
        s.page_of = (k + 1, len(sheets))
        if k == len(sheets) - 1 or len(sheets) > 2:
            s.draw.rectangle((0, mm(278), s.width, mm(290)), fill=s.paper)
            s.lines = [x for x in s.lines if not x.startswith("第")]
            s.centred(mm(280), f"第{k + 1}页 共{len(sheets)}页", fangsong(30))
    return sheets[-1], float(TOP + 40)
