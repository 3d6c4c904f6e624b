"""court_s's drawing kit: pages as 上海市浦东新区人民法院's case system prints them, and the filing window's stickers.

House style: no 红头 on the bureau's own papers — the court's name in black bold Song centred at the top, the title
under it with wide letter spacing, the 案号 flush right on its own line; a Song body, signers and date flush right with
the round seal over the date; the case system prints a Code-128-like 条形码 of the case (the 案号 in digits under it)
in the top-left corner and "第 1 页 / 共 2 页" at the foot; rulings and decisions carry the rectangular
"本件与原本核对无异" stamp by the date. Forms (送达回证, 审批表) are bordered tables under the court's name. Papers the
window receives get a 材料收转 barcode label stuck on their first page (sometimes over the text) before scanning."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from PIL import Image, ImageDraw

from dossier.corpus.draw import RED, Block, Sheet, flow, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "上海市浦东新区人民法院"
BUREAU = "上海市浦东新区人民法院执行局"
LEFT, RIGHT, TOP, BOTTOM = 28.0, 26.0, 30.0, 28.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred bold, r right-aligned.


@dataclass
class SSheet(Sheet):
    """A Sheet that says how it came to the scanner: `system` pages were printed from the case system or exported
    (电子送达 records, 查控 printouts), `received` ones got the window's barcode label, `landscape` lies sideways."""

    system: bool = False
    received: bool = False
    landscape: bool = False
    sign_at: tuple[float, float] | None = None
    """where typeset put its first signer's line (x, y): a record's signature goes by it"""


def song(size: float = 4.2) -> Font:
    """The body face: AR PL UMing (the GB Song face lacks 〇, which every Chinese date needs)."""
    return font("ming", mm(size))


def bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def bars(s: Sheet, x: float, y: float, code: str, *, w: float, h: float) -> None:
    """A Code-128-looking barcode of `code` (bars drawn from the digits' hash: no scanner is to read it back)."""
    digest = hashlib.sha256(code.encode()).digest() * 3
    widths = [1 + (b % 3) for b in digest]
    units = sum(widths[:72])
    unit = w / units
    cx = x
    for k, u in enumerate(widths[:72]):
        if k % 2 == 0:
            s.draw.rectangle((int(cx), int(y), int(cx + u * unit) - 1, int(y + h)), fill=(15, 15, 15))
        cx += u * unit


def case_digits(number: str) -> str:
    """The case system's barcode number: year, court, type and seq as digits (沪0115执52187 → 2024 0115 01 52187)."""
    year = number[1:5]
    seq = "".join(ch for ch in number.split("执")[-1] if ch.isdigit())
    return f"{year}0115{'01' if '执' in number else '00'}{int(seq or 0):06d}"


def case_barcode(s: Sheet, number: str, *, right: bool = False) -> None:
    """The case system's barcode in the top corner, the digits under it."""
    digits = case_digits(number)
    x = s.width - mm(18) - mm(44) if right else mm(14)
    bars(s, x, mm(9), digits, w=mm(44), h=mm(9))
    s.text(x + mm(4), mm(18.6), digits, font("mono", mm(2.6)), record=False)


def received_label(s: Sheet, rng: random.Random, day: str) -> None:
    """The filing window's 材料收转 label: a white sticker with a barcode and its number, stuck on the first page of
    a received paper — in the upper right, or lower, sometimes over a line of text."""
    w, h = mm(rng.uniform(48, 54)), mm(rng.uniform(22, 25))
    spot = rng.choice(["top", "top", "top", "mid", "bottom"])
    x = s.width - w - mm(rng.uniform(8, 30))
    y = {
        "top": mm(rng.uniform(6, 22)),
        "mid": mm(rng.uniform(70, 150)),
        "bottom": s.height - h - mm(rng.uniform(12, 40)),
    }[spot]
    layer = Image.new("RGB", (int(w), int(h)), (252, 252, 250))
    label = Sheet(size=(int(w), int(h)))
    label.image = layer
    number = f"PD{day.replace('-', '')[2:]}{rng.randint(10000, 99999)}"
    label.text(mm(2.5), mm(1.5), "浦东法院 材料收转", font("hei", mm(2.6)), record=False)
    bars(label, mm(2.5), mm(5.5), number, w=w - mm(5), h=mm(9))
    label.text(mm(6), mm(15.5), number, font("mono", mm(3.0)), record=False)
    label.text(mm(2.5), mm(19.6), f"收件：{day}", font("hei", mm(2.2)), record=False)
    d = ImageDraw.Draw(layer)
    d.rectangle((0, 0, layer.width - 1, layer.height - 1), outline=(205, 205, 200), width=2)
    s.image.paste(
        layer.rotate(rng.uniform(-2.5, 2.5), expand=False, fillcolor=(252, 252, 250)), (int(x), int(y))
    )
    if isinstance(s, SSheet):
        s.received = True


def footer(s: Sheet, page: int, total: int) -> None:
    s.centred(s.height - mm(15), f"第 {page} 页 / 共 {total} 页", song(3.2))


def checked_stamp(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The rectangular red "本件与原本核对无异" stamp the clerk puts by the date of a served ruling."""
    layer = Image.new("RGBA", (mm(34), mm(12)), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = (RED[0], RED[1] + 10, RED[2] + 20, int(255 * rng.uniform(0.6, 0.85)))
    d.rectangle((2, 2, layer.width - 3, layer.height - 3), outline=col, width=4)
    d.text(
        (layer.width / 2, layer.height / 2),
        "本件与原本核对无异",
        font=font("sans_bold", mm(3.4)),
        fill=col,
        anchor="mm",
    )
    layer = layer.rotate(rng.uniform(-6, 6), expand=True)
    s.image.paste(layer, (int(x), int(y)), layer)


def typeset(
    title: str,
    blocks: list[Block],
    number: str,
    when: str,
    rng: random.Random,
    *,
    signers: list[str] | None = None,
    head: str = COURT,
    seal_name: str = COURT,
    barcode: bool = True,
    tail: list[str] | None = None,
    checked: bool = False,
    appendix: list[str] | None = None,
) -> list[SSheet]:
    """A paper of the case system broken over as many pages as it needs: barcode, court name, title, 案号 flush
    right, body, signers, date under the seal, then the tail (contact lines) and an appendix of statutes."""
    f = song(4.2)
    lh = mm(4.2) * 1.85
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    width = x1 - x0
    sheets = [SSheet()]
    s = sheets[0]
    if barcode and number:
        case_barcode(s, number)
    s.centred(mm(26), head, bold(6.6), spacing=mm(0.8))
    s.centred(mm(40), title, bold(7.4), spacing=mm(2.2 if len(title) <= 6 else 0.6))
    y: float = mm(54)
    if number:
        s.right(x1, y, number, f)
        y += lh * 1.4
    bottom = mm(297 - BOTTOM)

    def more() -> tuple[SSheet, float]:
        sheets.append(SSheet())
        return sheets[-1], mm(TOP - 6)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    def put(blocks: list[Block], face: Font = f) -> None:
        nonlocal s, y
        y = flow(s, blocks, face, x0=x0, width=width, y=y, line_height=lh, indent=mm(8.4), centre=bold(4.6),
                 bottom=bottom, more=more)
        s = sheets[-1]

    put(blocks)
    names = signers or []
    room(lh * (len(names) + 3))
    y += lh * 0.8
    sx = x1 - mm(56)
    s.sign_at = (sx, y)
    for name in names:
        s.text(sx, y, name, f)
        y += lh
    s.right(x1 - mm(2), y + lh * 0.3, when, f)
    if seal_name:
        seal(s, x1 - mm(28), y + mm(1), seal_name, rng, radius=mm(20))
    if checked:
        checked_stamp(s, x0 + mm(6), y - mm(2), rng)
    y += lh * 2
    for line in tail or []:
        room(lh)
        s.text(x0, y, line, song(3.7))
        y += lh
    if appendix:
        room(lh * 3)
        y += lh * 0.5
        s.text(x0, y, "附：相关法律条文", bold(4.0))
        y += lh
        put([("f", line) for line in appendix], song(3.6))
    for i, sh in enumerate(sheets, 1):
        footer(sh, i, len(sheets))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def form(
    title: str,
    rows: list[list[str]],
    number: str,
    rng: random.Random,
    *,
    cols: tuple[float, ...] = (44, 112),
    row_h: float | list[float] = 14,
    when: str = "",
    seal_it: bool = False,
    caption: str = COURT,
    notes: list[str] | None = None,
    barcode: bool = True,
) -> SSheet:
    """A case-system form: the barcode, the court's name, the title, the 案号 flush right and a bordered table."""
    s = SSheet()
    if barcode and number:
        case_barcode(s, number)
    s.centred(mm(24), caption, bold(5.4), spacing=mm(0.5))
    s.centred(mm(35), title, bold(7.0), spacing=mm(1.2))
    y: float = mm(50)
    if number:
        s.right(mm(210 - RIGHT + 6), y, number, song(4.0))
        y += mm(8)
    y = table(
        s,
        mm(LEFT - 6),
        y,
        [mm(w) for w in cols],
        rows,
        song(3.9),
        row_h=[mm(h) for h in row_h] if isinstance(row_h, list) else mm(row_h),
        width=2,
    )
    y += mm(5)
    for line in notes or []:
        for part in wrap(line, song(3.5), mm(160)):
            s.text(mm(LEFT - 5), y, part, song(3.5))
            y += mm(6)
    if when:
        s.right(s.width - mm(RIGHT), y + mm(8), when, song(4.1))
        if seal_it:
            seal(s, s.width - mm(RIGHT + 22), y + mm(9), COURT, rng, radius=mm(19))
    footer(s, 1, 1)
    return s


def paper(
    title: str,
    blocks: list[Block],
    rng: random.Random,
    *,
    face: str = "song_gb",
    size: float = 4.0,
    top: float = 28,
    seal_name: str = "",
    when: str = "",
    signer: str = "",
    table_rows: list[list[str]] | None = None,
    table_after: int = -1,
    cols: tuple[float, ...] = (60, 50, 50),
) -> list[SSheet]:
    """A paper typed in an office (a law firm, a bank, a company): no court head; an optional table after block
    `table_after`; breaks over pages as needed."""
    f = font(face, mm(size))
    lh = mm(size) * 1.8
    x0, width = mm(26), mm(158)
    sheets = [SSheet()]
    s = sheets[0]
    s.centred(mm(top), title, font("sans_bold", mm(6.6)), spacing=mm(0.8))
    y: float = mm(top + 16)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > mm(270):
            s = SSheet()
            sheets.append(s)
            y = mm(24)

    for k, (kind, text) in enumerate(blocks):
        if kind == "r":
            room(lh)
            s.right(x0 + width, y, text, f)
            y += lh
        else:
            indent = mm(8) if kind == "p" else 0
            for j, part in enumerate(wrap(text, f, width, indent=indent)):
                room(lh)
                s.text(x0 + (indent if j == 0 else 0), y, part, f)
                y += lh
        if k == table_after and table_rows:
            need = mm(9) * len(table_rows) + mm(4)
            room(need)
            y = table(
                s,
                x0,
                y + mm(2),
                [mm(c) for c in cols],
                table_rows,
                font(face, mm(size - 0.4)),
                row_h=mm(9),
                width=2,
                centre_first=False,
            ) + mm(4)
    room(lh * 3)
    y += lh
    if signer:
        s.right(x0 + width, y, signer, f)
        y += lh
    if when:
        s.right(x0 + width, y, when, f)
    if seal_name:
        seal(s, x0 + width - mm(28), y - mm(2), seal_name, rng, radius=mm(19))
    if len(sheets) > 1:
        for i, sh in enumerate(sheets, 1):
            sh.page_of = (i, len(sheets))
    return sheets


__all__ = [
    "BUREAU",
    "COURT",
    "Block",
    "SSheet",
    "bars",
    "bold",
    "case_barcode",
    "case_digits",
    "checked_stamp",
    "footer",
    "form",
    "hei",
    "paper",
    "received_label",
    "song",
    "typeset",
]
