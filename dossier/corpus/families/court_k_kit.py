"""court_k's drawing kit: pages as 厦门市思明区人民法院 prints them. Its house style: the court's name in a
black 黑体 line over a larger spaced 黑体 title, the 文号 flush left under the title, an Ming/Song body with wide
line spacing, a red 正本/副本 box right of the title on served papers, footers "第 1 页（共 3 页）", and a
signature block that never splits: when it does not fit, it goes on a page of its own headed "（此页无正文）".
Also the marks others leave on paper: a fax machine's header line, a "与原件核对无异" copy stamp, a slip
stapled onto a 粘贴单, carbon forms in pink or yellow."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import ImageDraw

from dossier.corpus.draw import Block, Sheet, hand, mm, seal, table, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "福建省厦门市思明区人民法院"
SEAL_NAME = "福建省厦门市思明区人民法院"
RED = (198, 28, 40)
HAND_INK = (30, 40, 110)
PINK = (250, 222, 226)
YELLOW = (250, 240, 196)
LEFT, RIGHT, TOP, BOTTOM = 28.0, 26.0, 30.0, 30.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred, r right-aligned, gap.


@dataclass
class KSheet(Sheet):
    """A Sheet that says how it reached the dossier: by fax (`fax`), as a carbon copy, or lying sideways."""

    fax: bool = False
    carbon: bool = False
    landscape: bool = False


def body(size: float = 4.3) -> Font:
    return font("ming", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def fax_header(sheet: KSheet, sender_no: str, sender: str, when: str, page: int, total: int) -> None:
    """The line a fax machine prints at the very top of each page it sends."""
    f = font("mono", mm(3))
    sheet.text(mm(6), mm(3.5), f"{when}  FROM:{sender_no}  {sender}", f)
    sheet.right(sheet.width - mm(6), mm(3.5), f"P.{page:02d}/{total:02d}", f)
    sheet.lines[:0] = sheet.lines[-2:]  # it tops the page, whenever the machine printed it
    del sheet.lines[-2:]
    sheet.fax = True


def copy_stamp(sheet: Sheet, x: float, y: float, checker: str, when: str, rng: random.Random) -> None:
    """A red rectangular "与原件核对无异" stamp, the checker's name written in it, over whatever lies beneath."""
    w, h = mm(52), mm(20)
    d = ImageDraw.Draw(sheet.image)
    d.rectangle((x, y, x + w, y + h), outline=RED, width=max(3, mm(0.6)))
    sheet.text(x + mm(4), y + mm(2.5), "与原件核对无异", hei(5.2), fill=RED)
    sheet.text(x + mm(4), y + mm(11), "核对人：", body(3.6), fill=RED)
    hand(sheet, x + mm(18), y + mm(10), checker, rng, size=mm(5), ink=HAND_INK)
    sheet.text(x + mm(32), y + mm(15.5), when, body(2.6), fill=RED)


def copy_mark(sheet: Sheet, x: float, y: float, word: str) -> None:
    """The red 正本 / 副本 box a clerk stamps beside the title."""
    d = ImageDraw.Draw(sheet.image)
    w, h = mm(22), mm(10)
    d.rectangle((x, y, x + w, y + h), outline=RED, width=max(3, mm(0.5)))
    sheet.text(x + mm(3), y + mm(1.6), word, hei(5.5), fill=RED, spacing=mm(2.5))


def footer(sheets: list[KSheet]) -> None:
    f = body(3.4)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(17), f"第 {i} 页（共 {len(sheets)} 页）", f)


def typeset(title: str, blocks: list[Block], number: str, signers: list[str], when: str, rng: random.Random, *,
            mark: str = "", court: str = COURT, seal_name: str = SEAL_NAME, closing: list[str] | None = None,
            spaced: bool = True, size: float = 4.3) -> list[KSheet]:
    """A court paper: head (court name, title, 文号 left), body blocks, then signers / date / seal, never split."""
    f = body(size)
    lh = f.size * 1.85
    x0 = mm(LEFT)
    sheets: list[KSheet] = [KSheet()]
    s = sheets[0]
    x1 = s.width - mm(RIGHT)
    s.centred(mm(TOP), court, hei(6.4), spacing=mm(0.6))
    s.centred(mm(TOP + 11), title, hei(9.5), spacing=mm(3) if spaced and len(title) <= 6 else mm(0.5))
    if mark:
        copy_mark(s, x1 - mm(24), mm(TOP + 11.5), mark)
    y: float = mm(TOP + 27)
    if number:
        s.text(x0, y, number, f)
        y += lh * 1.4
    limit = s.height - mm(BOTTOM) - lh

    def new_page() -> None:
        nonlocal s, y
        s = KSheet()
        sheets.append(s)
        y = mm(TOP)

    for kind, text in blocks:
        if kind == "gap":
            y += lh * 0.6
            continue
        indent = f.size * 2 if kind == "p" else 0.0
        parts = wrap(text, f, x1 - x0, indent=indent) if kind in "pf" else [text]
        for k, part in enumerate(parts):
            if y > limit:
                new_page()
            if kind == "c":
                s.centred(y, part, f)
            elif kind == "r":
                s.right(x1 - mm(8), y, part, f)
            else:
                s.text(x0 + (indent if k == 0 else 0), y, part, f)
            y += lh
    need = lh * (len(signers) + 3.5) + (lh * (len(closing) + 1) if closing else 0)
    if y + need > s.height - mm(BOTTOM):
        new_page()
        s.text(x0, y, "（此页无正文）", f)
        y += lh * 3
    y += lh * 0.8
    for name in signers:
        s.right(x1 - mm(10), y, name, f)
        y += lh
    y += lh * 0.5
    date_x = s.right(x1 - mm(10), y, when, f)
    seal(s, date_x + text_width(when, f) / 2, y + f.size / 2, seal_name, rng)
    y += lh * 1.6
    if closing:
        for line in closing:
            s.text(x0, y, line, body(size - 0.5))
            y += lh
    footer(sheets)
    return sheets


def form(title: str, rows: list[list[str]], cols: list[float], rng: random.Random, *, head: str = COURT,
         number: str = "", hands: dict[str, str] | None = None, paper: tuple[int, int, int] = (255, 255, 255),
         row_mm: float = 13, note: str = "") -> KSheet:
    """A ruled form: head, title, table; `hands` maps a cell label to the handwriting put right of it."""
    s = KSheet(paper=paper)
    s.carbon = paper != (255, 255, 255)
    s.centred(mm(24), head, hei(5.6))
    s.centred(mm(33), title, hei(8), spacing=mm(1.5))
    y = mm(48)
    if number:
        s.right(s.width - mm(22), y, number, body(3.8))
        y += mm(8)
    f = body(3.8)
    widths = [mm(w) for w in cols]
    bottom = table(s, mm(20), y, widths, rows, f, row_h=mm(row_mm))
    for label, value in (hands or {}).items():
        for r, row in enumerate(rows):
            if row and row[0] == label:
                hand(s, mm(20) + widths[0] + mm(3), y + r * mm(row_mm) + mm(row_mm) / 2 - mm(3), value, rng,
                     size=mm(5), ink=HAND_INK)
                break
    if note:
        for k, part in enumerate(wrap(note, body(3.2), s.width - mm(40))):
            s.text(mm(20), bottom + mm(4) + k * mm(5.5), part, body(3.2))
    return s


def letterhead(s: KSheet, name: str, english: str, address: str, phone: str) -> float:
    """A Fujian law firm's letterhead: name, English name, a double rule, address and phone; returns y below."""
    s.text(mm(24), mm(20), name, font("serif_bold", mm(7)))
    s.text(mm(24), mm(30), english, font("serif", mm(3)))
    s.line(mm(20), mm(36), s.width - mm(20), mm(36), width=5, fill=(140, 20, 30))
    s.line(mm(20), mm(37.5), s.width - mm(20), mm(37.5), width=2, fill=(140, 20, 30))
    s.text(mm(24), mm(39.5), f"地址：{address}　电话：{phone}", body(2.9))
    return mm(52)


def paragraphs(s: KSheet, y: float, blocks: list[Block], *, size: float = 4.2, x0: float = 24,
               x1: float = 24) -> float:
    f = body(size)
    lh = f.size * 1.75
    for kind, text in blocks:
        if kind == "gap":
            y += lh * 0.6
            continue
        indent = f.size * 2 if kind == "p" else 0.0
        for k, part in enumerate(wrap(text, f, s.width - mm(x0) - mm(x1), indent=indent)):
            if kind == "r":
                s.right(s.width - mm(x1) - mm(10), y, part, f)
            elif kind == "c":
                s.centred(y, part, f)
            else:
                s.text(mm(x0) + (indent if k == 0 else 0), y, part, f)
            y += lh
    return y
