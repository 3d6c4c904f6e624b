"""court_aw's drawing kit: the 广阳 court's houses (how each body sets its papers), its grid forms with pen fills,
photocopies with a toner screen, and the archive room's marks (the boxed 档案号/页号 stamp, circled pencil numbers)."""

from __future__ import annotations

import random
from collections.abc import Sequence

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import INK, Sheet, mm, seal
from dossier.corpus.fonts import font
from dossier.corpus.paper import House, scrawl

COURT = "河北省廊坊市广阳区人民法院"
SHORT = "廊坊市广阳区人民法院"
PEN = (28, 36, 110)
PENCIL = (110, 110, 116)
STAMP_INK = (150, 40, 60)

COURT_HOUSE = House(body="song_gb", body_mm=5.4, leading=1.75, title="hei", title_mm=8.5, title_spacing_mm=3.0,
                    heading="above", number_align="right", top=30, bottom=26, left=28, right=24, footer="mn")
ARB_HOUSE = House(body="serif", body_mm=5.0, leading=1.85, title="serif_bold", title_mm=8.0, title_spacing_mm=1.0,
                  heading="letterhead", number_align="right", top=26, bottom=24, left=30, right=28, footer="slash",
                  seam_seal=True)
BJ_HOUSE = House(body="ming", body_mm=5.2, leading=1.7, title="serif_bold", title_mm=8.8, title_spacing_mm=4.0,
                 heading="above", number_align="right", top=34, bottom=30, left=30, right=26, footer="emdash")
LAWYER_HOUSE = House(body="sans", body_mm=4.8, leading=1.9, title="hei", title_mm=7.6, title_spacing_mm=1.5,
                     heading="above", top=32, bottom=28, left=26, right=26, footer="none", para_gap_mm=1.5)
PARTY_HOUSE = House(body="kai_gb", body_mm=5.3, leading=1.8, title="song_gb", title_mm=8.0, title_spacing_mm=2.5,
                    heading="double_rule", top=30, bottom=30, left=25, right=25, footer="none", hand="wenkai")


def pen(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, *, size_mm: float = 5.6,
        ink: tuple[int, int, int] = PEN) -> float:
    """A ball-pen fill in a form's cell."""
    return scrawl(sheet, x, y, s, rng, role="wenkai", size=mm(size_mm), ink=ink, slant=4.0)


def grid(sheet: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], rng: random.Random,
         *, heights: float | Sequence[float] = 0.0, size_mm: float = 4.4, fills: dict[tuple[int, int], str] | None = None,
         line: int = 3) -> float:
    """A form's grid: printed labels, and pen fills keyed by (row, column); a row of one cell spans the width.
    Returns the y below it."""
    f = font("song_gb", mm(size_mm))
    hs = list(heights) if isinstance(heights, Sequence) else [heights or mm(12)] * len(rows)
    total = sum(widths)
    fills = fills or {}
    cy = y
    for r, row in enumerate(rows):
        h = hs[r]
        sheet.box(x, cy, x + total, cy + h, width=line)
        spans = [total] if len(row) == 1 else [*widths[:len(row) - 1], total - sum(widths[:len(row) - 1])]
        cx = x
        for k, (cell, w) in enumerate(zip(row, spans, strict=True)):
            if k:
                sheet.line(cx, cy, cx, cy + h, width=line)
            ty = cy + mm(2.2) if h > mm(18) else cy + (h - f.size) / 2 - 2
            if cell:
                tx = cx + mm(1.8)
                for part in _chunks(cell, f, w - mm(3.6)):
                    sheet.text(tx, ty, part, f)
                    ty += f.size * 1.3
            fill = fills.get((r, k))
            if fill:
                fy = ty if cell and h > mm(18) else cy + (h - mm(5.6)) / 2 - 4
                fx = cx + mm(2.5) + (0 if h > mm(18) or not cell else f.getlength(cell) + mm(1))
                for part in _chunks(fill, font("wenkai", mm(5.6)), cx + w - fx - mm(3)):
                    pen(sheet, fx, fy, part, rng)
                    fy += mm(7.2)
                    fx = cx + mm(2.5)
            cx += w
        cy += h
    return cy


def _chunks(s: str, f: object, width: float) -> list[str]:
    from dossier.corpus.draw import wrap
    return wrap(s, f, max(width, 40))  # type: ignore[arg-type]


def court_head(sheet: Sheet, title: str, y: float, *, court: str = COURT, size_mm: float = 8.0) -> float:
    """A court form's head: the court's name over the letter-spaced title."""
    sheet.centred(y, court, font("song_gb", mm(5.6)), spacing=mm(0.8))
    sheet.centred(y + mm(9), title, font("hei", mm(size_mm)), spacing=mm(2.5))
    return y + mm(9) + mm(size_mm) * 1.8


def court_seal(sheet: Sheet, x: float, y: float, rng: random.Random, name: str = COURT) -> None:
    seal(sheet, x, y, name, rng)


def photocopy(sheet: Sheet, rng: random.Random, box: tuple[int, int, int, int], *, tone: int = 215) -> None:
    """A photocopied area: the toner's dot screen over its grey (the pattern the archive's resampling turns into
    moiré), dark edges of the copier lid and a few specks."""
    x0, y0, x1, y1 = box
    screen = Image.new("L", (x1 - x0, y1 - y0), 255)
    d = ImageDraw.Draw(screen)
    pitch = 5
    for yy in range(0, y1 - y0, pitch):
        off = (yy // pitch) % 2 * pitch // 2
        for xx in range(off, x1 - x0, pitch):
            d.point((xx, yy), fill=tone - 60)
            d.point((xx + 1, yy), fill=tone - 30)
    area = sheet.image.crop(box).convert("L")
    from PIL import ImageChops
    mixed = ImageChops.multiply(area, screen).convert("RGB")
    sheet.image.paste(mixed, box[:2])
    dd = sheet.draw
    for _ in range(rng.randint(15, 40)):
        px, py = rng.randint(x0, x1 - 4), rng.randint(y0, y1 - 4)
        dd.ellipse((px, py, px + rng.randint(2, 5), py + rng.randint(2, 5)), fill=(60, 60, 60))
    dd.rectangle((x0, y0, x1, y0 + rng.randint(6, 16)), fill=(70, 70, 72))


def archive_stamp(sheet: Sheet, c: CaseCtx, page: int, rng: random.Random) -> None:
    """The archive room's boxed page stamp in the upper right: 档案号 over 页号 (recorded as printed text)."""
    f = font("song_gb", mm(3.2))
    fv = font("mono", mm(3.4))
    year = c.closed_on.year
    number = f"{year}-执-{c.number.split('执')[-1].rstrip('号')}"
    w, h = mm(44), mm(12)
    x = sheet.width - mm(12) - w + rng.randint(-mm(2), mm(2))
    y = mm(6) + rng.randint(-mm(1), mm(2))
    d = sheet.draw
    d.rectangle((x, y, x + w, y + h), outline=STAMP_INK, width=3)
    d.line((x, y + h / 2, x + w, y + h / 2), fill=STAMP_INK, width=2)
    d.line((x + mm(13), y, x + mm(13), y + h), fill=STAMP_INK, width=2)
    sheet.text(x + mm(1.5), y + mm(1.2), "档案号", f, fill=STAMP_INK)
    sheet.text(x + mm(14.5), y + mm(1.0), number, fv, fill=STAMP_INK)
    sheet.text(x + mm(1.5), y + h / 2 + mm(1.2), "页  号", f, fill=STAMP_INK)
    sheet.text(x + mm(14.5), y + h / 2 + mm(1.0), str(page), fv, fill=STAMP_INK)


def pencil_number(sheet: Sheet, n: int, rng: random.Random) -> None:
    """The undertaker's page number in pencil, circled, below the archive stamp (not typed text: not recorded)."""
    cx = sheet.width - mm(24) + rng.randint(-mm(4), mm(4))
    cy = mm(27) + rng.randint(-mm(2), mm(3))
    r = mm(4.6) + (mm(1) if n > 9 else 0)
    d = sheet.draw
    d.ellipse((cx - r, cy - r * 0.9, cx + r, cy + r * 0.95), outline=PENCIL, width=3)
    s = str(n)
    f = font("kai", mm(5))
    scrawl(sheet, cx - f.getlength(s) / 2, cy - mm(3.2), s, rng, role="kai", size=mm(5), ink=PENCIL)
    sheet.lines.pop()


def dotted_fill(sheet: Sheet, x: float, y: float, label: str, value: str, rng: random.Random, *,
                size_mm: float = 4.8, width: float = 0.0) -> None:
    """A printed label followed by a pen fill over a dotted line."""
    f = font("song_gb", mm(size_mm))
    sheet.text(x, y, label, f)
    lx = x + f.getlength(label) + mm(1)
    end = lx + (width or max(mm(40), font("wenkai", mm(5.6)).getlength(value) + mm(6)))
    for px in range(int(lx), int(end), 8):
        sheet.draw.point((px, y + f.size + 4), fill=INK)
    pen(sheet, lx + mm(2), y - mm(1.5), value, rng)
