"""court_y's drawing kit: pages as 辽宁省沈阳市和平区人民法院 prints them, and the few pages of its 2016 volume that
survive only on microfilm. House style of 2026: the court's name in red 小标宋 without a rule, the title below it in
bold Song with letter spacing, the 案号 right-aligned under the title (as Liaoning courts set it), a Song body on a
29 mm left margin, signers right of centre with wide-spaced titles (审 判 长, 执 行 员), the date in Chinese numerals
with the round seal over it, a rectangular 本件与原本核对无异 stamp beside the date of the copies served, and
"－ 1 －" centred at the foot. The bureau's internal forms (审批表, 卷皮) are tables under a black Hei caption.

The 2016 pages (`old_typeset`) were typed on the bureau's old template: a black head in Song, the 案号 in the old
word-processor's narrow face, footers "第1页（共2页）"; they were copied to 16 mm microfilm when the volume was
archived and are printed from it now (court_y_capture)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw

from dossier.corpus.draw import Block, Sheet, flow, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "辽宁省沈阳市和平区人民法院"
SHORT = "沈阳市和平区人民法院"
BUREAU = "沈阳市和平区人民法院执行局"
RED = (206, 24, 30)
CARBON = (52, 44, 128)
"""the violet-blue of carbon paper"""
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred bold, r right-aligned.


@dataclass
class YSheet(Sheet):
    """A Sheet that says where it came from: `microfilm` pages are prints from the 2016 volume's film (negative or
    positive, decided at capture), `copy` pages are photocopies on the flatbed (greyer, toner specks)."""

    microfilm: bool = False
    copy: bool = False
    film: str = ""
    """a microfilm page printed from the camera negative as it is (`negative`) or from a duplicate (`positive`);
    empty: whichever the archive's reader-printer gave"""


def song(size: float = 4.2) -> Font:
    return font("serif", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def footer(s: Sheet, page: int, total: int) -> None:
    s.centred(s.height - mm(14), f"－ {page} －" if total > 1 else "", song(3.6))


def check_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The rectangular 本件与原本核对无异 stamp in red (not recorded: a stamp is not typed text)."""
    layer = Image.new("L", (mm(38), mm(11)), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((2, 2, layer.width - 3, layer.height - 3), outline=255, width=5)
    d.text(
        (layer.width / 2, layer.height / 2),
        "本件与原本核对无异",
        font=font("sans_bold", mm(4.0)),
        fill=255,
        anchor="mm",
    )
    layer = layer.rotate(rng.uniform(-6, 6), expand=True, resample=Image.Resampling.BICUBIC)
    k = rng.uniform(0.55, 0.85)
    s.image.paste((RED[0], 60, 70), (int(x), int(y)), layer.point(lambda v: int(v * k)))


def typeset(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    red: bool = True,
    tail: list[str] | None = None,
    stamp: bool = False,
    head: str = COURT,
    seal_name: str = SHORT,
) -> list[YSheet]:
    """A 2026 paper in the house style, broken over as many pages as it needs."""
    f = song(4.2)
    lh = mm(4.2) * 1.85
    x0, x1 = mm(29), mm(210 - 26)
    sheets = [YSheet()]
    s = sheets[0]
    s.centred(mm(24), head, font("serif_bold", mm(8.4)), spacing=mm(0.5), fill=RED if red else (30, 30, 30))
    y: float = mm(44)
    s.centred(y, title, bold(7.4), spacing=mm(2.2 if len(title) <= 6 else 0.6))
    y += mm(14)
    if number:
        s.right(x1, y, number, f)
        y += lh * 1.4
    bottom = mm(297 - 30)

    def more() -> tuple[YSheet, float]:
        sheets.append(YSheet())
        return sheets[-1], mm(26)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(s, blocks, f, x0=x0, width=x1 - x0, y=y, line_height=lh, indent=mm(8.4), centre=bold(4.4),
             bottom=bottom, more=more)
    s = sheets[-1]
    names = signers or []
    room(lh * (len(names) + 3 + len(tail or [])))
    y += lh
    for name in names:
        s.text(x1 - mm(62), y, name, f)
        y += lh
    s.right(x1 - mm(6), y + lh * 0.4, when, f)
    if seal_name:
        seal(s, x1 - mm(30), y + mm(2), seal_name, rng, radius=mm(20))
    if stamp:
        check_stamp(s, x0 + mm(4), y - mm(2), rng)
    y += lh * 2.2
    for line in tail or []:
        s.text(x0, y, line, song(3.8))
        y += lh
    for i, sh in enumerate(sheets, 1):
        footer(sh, i, len(sheets))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def old_typeset(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    head: str = SHORT,
    signers: list[str] | None = None,
    seal_name: str = SHORT,
) -> list[YSheet]:
    """A 2016 paper on the bureau's old template: black head, narrower margins, the 案号 centred, footer
    第1页（共2页）; marked `microfilm`."""
    f = font("ming", mm(4.4))
    lh = mm(4.4) * 1.75
    x0, x1 = mm(24), mm(210 - 22)
    sheets = [YSheet(microfilm=True)]
    s = sheets[0]
    s.centred(mm(22), head, font("serif_bold", mm(7.2)), spacing=mm(0.8))
    s.centred(mm(38), title, font("serif_bold", mm(6.6)), spacing=mm(1.6))
    y: float = mm(52)
    if number:
        s.centred(y, number, f)
        y += lh * 1.4
    bottom = mm(297 - 26)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s = YSheet(microfilm=True)
            sheets.append(s)
            y = mm(22)

    for kind, text in blocks:
        indent = mm(8.8) if kind == "p" else 0
        for k, part in enumerate(wrap(text, f, x1 - x0, indent=indent)):
            room(lh)
            s.text(x0 + (indent if k == 0 else 0), y, part, f)
            y += lh
    names = signers or []
    room(lh * (len(names) + 3))
    y += lh
    for name in names:
        s.text(x1 - mm(56), y, name, f)
        y += lh
    s.right(x1 - mm(4), y + lh * 0.3, when, f)
    seal(s, x1 - mm(28), y + mm(2), seal_name, rng, radius=mm(20))
    for i, sh in enumerate(sheets, 1):
        if len(sheets) > 1:
            sh.centred(sh.height - mm(14), f"第{i}页（共{len(sheets)}页）", font("ming", mm(3.4)))
            sh.page_of = (i, len(sheets))
    return sheets


def bureau_form(
    title: str,
    rows: list[list[str]],
    number: str,
    rng: random.Random,
    *,
    cols: tuple[float, ...] = (42, 116),
    row_h: float | list[float] = 13.0,
    when: str = "",
    caption: str = BUREAU,
    notes: list[str] | None = None,
    seal_it: bool = False,
) -> YSheet:
    """An internal form: the black Hei caption and the form's number at the top, title, 案号, bordered table."""
    s = YSheet()
    s.text(mm(24), mm(15), caption, hei(3.6))
    s.right(s.width - mm(22), mm(15), f"和法执表{rng.randint(1, 40):02d}", hei(3.2))
    s.centred(mm(27), title, bold(6.8), spacing=mm(1.0))
    y: float = mm(42)
    if number:
        s.right(s.width - mm(24), y, number, song(4.0))
        y += mm(8)
    hs = row_h if isinstance(row_h, list) else [row_h] * len(rows)
    y = table(
        s,
        mm(24),
        y,
        [mm(w) for w in cols],
        rows,
        song(3.9),
        row_h=[mm(h) for h in hs],
        width=3,
        centre_first=True,
    )
    y += mm(6)
    for line in notes or []:
        for part in wrap(line, song(3.5), mm(160)):
            s.text(mm(25), y, part, song(3.5))
            y += mm(5.6)
    if when:
        s.right(s.width - mm(26), y + mm(6), when, song(4.0))
        if seal_it:
            seal(s, s.width - mm(48), y + mm(8), SHORT, rng, radius=mm(19))
    return s


def party_paper(
    title: str,
    blocks: list[Block],
    rng: random.Random,
    *,
    face: str = "song_gb",
    size: float = 4.3,
    signer: str = "",
    when: str = "",
    seal_name: str = "",
    hand_sign: bool = True,
) -> YSheet:
    """A paper a party or its lawyer typed on a home or office printer: no head, a big title, Song or Fangsong-ish
    face, the signature by hand under the typed name."""
    from dossier.corpus.draw import signature

    s = YSheet()
    f = font(face, mm(size))
    s.centred(mm(28), title, font("serif_bold", mm(7.0)), spacing=mm(1.2))
    y: float = mm(46)
    x0, width = mm(27), mm(156)
    lh = mm(size) * 1.9
    y = flow(s, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=mm(8.6), centre=f)
    y += lh
    if signer:
        s.right(x0 + width - mm(36), y, signer, f)
        if hand_sign:
            signature(s, x0 + width - mm(34), y - mm(3), signer.split("：")[-1][:3] or "签", rng)
        y += lh * 1.3
    if when:
        s.right(x0 + width, y, when, f)
    if seal_name:
        seal(s, x0 + width - mm(30), y - mm(6), seal_name, rng, radius=mm(19))
    return s


def carbon_form(
    title: str,
    rows: list[list[str]],
    fills: dict[tuple[int, int], str],
    rng: random.Random,
    *,
    cols: tuple[float, ...],
    row_h: float,
    caption: str = SHORT,
    y0: float = 40,
    sheet: YSheet | None = None,
    record_rows: bool = True,
) -> YSheet:
    """A pre-printed form filled in by ballpoint through carbon paper: this is the copy, so the printed lines are
    pale and the hand is the carbon's violet, slightly blurred and doubled."""
    from PIL import ImageFilter

    from dossier.corpus.draw import hand

    s = sheet or YSheet()
    pale = (95, 95, 105)
    s.centred(mm(y0 - 20), caption, song(4.2), fill=pale)
    s.centred(mm(y0 - 12), title, font("serif_bold", mm(6.4)), spacing=mm(1.4), fill=pale)
    x = mm(20)
    widths = [mm(w) for w in cols]
    table(s, x, mm(y0), widths, rows, song(3.6), row_h=mm(row_h), width=2, fill=pale)
    layer = YSheet()
    layer.image = Image.new("RGB", s.size, (255, 255, 255))
    for (r, col), text in fills.items():
        if not text:
            continue
        cx = x + sum(widths[:col]) + mm(2.5) + (text_offset(rows[r], col))
        cy = mm(y0) + mm(row_h) * r + mm(row_h) / 2 - mm(3.4)
        hand(layer, cx, cy, text, rng, size=mm(4.6), ink=CARBON)
        s.lines.append(text)
    blurred = layer.image.filter(ImageFilter.GaussianBlur(1.1))
    from PIL import ImageChops

    shifted = ImageChops.offset(blurred, rng.randint(1, 3), rng.randint(1, 3))
    ghost = Image.blend(blurred, shifted, 0.35)
    s.image = ImageChops.multiply(s.image, ghost)
    return s


def text_offset(row: list[str], col: int) -> float:
    """Fill goes after the printed label of a cell, if the cell has one."""
    label = row[col] if col < len(row) else ""
    return float(song(3.6).getlength(label)) + (mm(2) if label else 0)


__all__ = [
    "BUREAU",
    "CARBON",
    "COURT",
    "RED",
    "SHORT",
    "Block",
    "YSheet",
    "bold",
    "bureau_form",
    "carbon_form",
    "check_stamp",
    "footer",
    "hei",
    "old_typeset",
    "party_paper",
    "song",
    "typeset",
]
