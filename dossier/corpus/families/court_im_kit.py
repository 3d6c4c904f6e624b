"""court_im's press (浙江省嘉兴市秀洲区人民法院执行局) and the small typesetter its senders share with it, each
sender with its own house settings.

The bureau's papers come off an old case-system template in the GB 宋 face (so its dates print ○ for 〇): the court
name in 黑体, letter-spaced, over a full-width hairline; the title in bold serif, spread wide; the case number flush
left under it with "字号" nowhere; the signers' block right, the date under it in Chinese numerals and the court's
seal over it; "第n页（共m页）" centred at the foot of every page of a paper of more than one. Its forms are ruled
grids with a heavy double outer frame, labels in 黑体, filled in by hand in blue-black."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, RED, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "浙江省嘉兴市秀洲区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(28), mm(27)
PEN = (32, 38, 92)
"""blue-black ballpoint of the bureau's clerks"""

GB = ("song_gb", "kai_gb")


def gb(face: str, s: str) -> str:
    """What a GB 2312 face prints of `s` (no 〇: typists use ○)."""
    return s.replace("〇", "○") if face in GB else s


def gb_date(d: date) -> str:
    """A date in Chinese numerals as the bureau's GB template prints it: 二○二四年三月五日."""
    return cn_date(d).replace("〇", "○")


@dataclass(frozen=True)
class House:
    """How one author sets a typed paper."""

    body: str = "song_gb"
    size: int = 42
    leading: float = 1.85
    title: str = "serif_bold"
    title_size: int = 70
    title_gap: int = 26
    heading: str = "court"      # court (issuer in 黑体 over a hairline) | plain | boxed | letterhead | left
    issuer_face: str = "hei"
    number_align: str = "left"  # left | right | centre
    footer: str = "court"       # court 第n页（共m页） | dash — n — | slash n/m | none
    left: int = LEFT
    right: int = RIGHT
    top: int = TOP
    foot: int = FOOT
    seal_radius: int = mm(20)
    seam: bool = False          # 骑缝章 down the right edge of a paper of several pages
    room: int = 0               # kept free above the folio on every page (a 笔录's signature line)


COURT_HOUSE = House()

Block = tuple[str, str]
"""(kind, text): p paragraph indented two characters, f flush paragraph, h hanging (party lines), c centred,
sig a signer right (role and name), hsig a signer whose name is written by hand, date the date line (the seal
goes on it), gap, n a note in smaller type, hand a line written by hand, qa 问/答 with the tag in 黑体 and the answer hung under it."""


def typeset(house: House, title: str, blocks: Sequence[Block], rng: random.Random, *, issuer: str = "",
            number: str = "", seal_name: str = "", paper: tuple[int, int, int] = (255, 255, 255),
            hand_face: str = "kai_gb") -> list[Sheet]:
    body = font(house.body, house.size)
    lead = body.size * house.leading
    sheets = [Sheet(paper=paper)]
    s = sheets[0]
    x0 = house.left
    x1 = s.width - house.right
    width = x1 - x0
    y = _head(s, house, title, issuer, number, x0, x1)
    bottom = s.height - house.foot - mm(8) - house.room

    def need(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = Sheet(paper=paper)
            sheets.append(s)
            y = float(house.top)

    for kind, raw in blocks:
        text = gb(house.body, raw)
        if kind == "gap":
            y += lead * 0.5
        elif kind in ("p", "f", "h"):
            first = body.size * 2 if kind == "p" else 0.0
            hang = body.size * 2 if kind == "h" else 0.0
            parts = wrap(text, body, width - hang, indent=first - hang if first else 0.0)
            for k, part in enumerate(parts):
                need(lead)
                s.text(x0 + (first if k == 0 else hang), y, part, body)
                y += lead
        elif kind == "n":
            small = font(house.body, int(house.size * 0.8))
            for part in wrap(text, small, width):
                need(small.size * 1.6)
                s.text(x0, y, part, small)
                y += small.size * 1.6
        elif kind == "c":
            need(lead)
            s.centred(y, text, body)
            y += lead
        elif kind == "hand":
            need(lead * 1.3)
            scrawl(s, x0 + body.size * 2, y, raw, rng, role=hand_face, size=int(body.size * 1.1), ink=PEN)
            y += lead * 1.3
        elif kind == "qa":
            tag, rest = text[:2], text[2:]
            tf = font("hei", house.size)
            hang = body.size * 2
            for k, part in enumerate(wrap(rest, body, width - hang)):
                need(lead)
                if k == 0:
                    s.text(x0, y, tag, tf)
                s.text(x0 + hang, y, part, body)
                y += lead
        elif kind in ("sig", "hsig"):
            need(lead)
            role, _, name = text.partition("　")
            xr = x1 - mm(62)
            s.text(xr, y, role, body, spacing=body.size * 0.5 if len(role) == 3 else 0.0)
            if kind == "hsig":
                scrawl(s, xr + mm(30), y - body.size * 0.15, name, rng, role=hand_face, size=int(body.size * 1.2),
                       ink=PEN)
            else:
                s.text(xr + mm(30), y, name, body)
            y += lead
        elif kind == "date":
            need(lead * 2.6)
            y += lead * 0.4
            w = s.right(x1 - body.size, y, text, body)
            if seal_name:
                seal(s, (w + x1 - body.size) / 2 + rng.uniform(-mm(4), mm(4)), y + body.size * 0.4 + rng.uniform(-mm(4), mm(2)),
                     seal_name, rng, radius=house.seal_radius)
            y += lead
    folios(sheets, house.footer, font(house.body, int(house.size * 0.78)), house.foot)
    if house.seam and len(sheets) > 1 and seal_name:
        at = rng.uniform(0.3, 0.6)
        for sh in sheets:
            seal(sh, sh.width + mm(6), sh.height * at, seal_name, rng, radius=mm(20))
    return sheets


def _head(s: Sheet, house: House, title: str, issuer: str, number: str, x0: float, x1: float) -> float:
    y = float(house.top)
    tf = font(house.title, house.title_size)
    if house.heading == "court" and issuer:
        s.centred(y, issuer, font(house.issuer_face, int(house.title_size * 0.66)), spacing=mm(1.4))
        y += house.title_size * 0.66 * 1.5
        s.line(x0, y, x1, y, width=2)
        y += mm(6)
        s.centred(y, title, tf, spacing=house.title_gap)
        y += tf.size * 1.75
    elif house.heading == "boxed":
        if issuer:
            s.centred(y, issuer, font(house.issuer_face, int(house.title_size * 0.7)), spacing=mm(0.8))
            y += house.title_size * 1.2
        w = text_width(title, tf) + house.title_gap * (len(title) - 1)
        bx = (s.width - w) / 2 - mm(5)
        s.box(bx, y - mm(2.5), bx + w + mm(10), y + tf.size * 1.25 + mm(1), width=3)
        s.centred(y, title, tf, spacing=house.title_gap)
        y += tf.size * 2.0
    elif house.heading == "letterhead" and issuer:
        s.centred(y, issuer, font(house.issuer_face, int(house.title_size * 0.95)), fill=RED, spacing=mm(1.5))
        y += house.title_size * 1.4
        s.line(x0, y, x1, y, width=6, fill=RED)
        y += mm(8)
        s.centred(y, title, tf, spacing=house.title_gap)
        y += tf.size * 1.8
    elif house.heading == "left":
        if issuer:
            s.text(x0, y, issuer, font(house.issuer_face, int(house.title_size * 0.6)))
            y += house.title_size * 0.9
        s.text(x0, y, title, tf, spacing=house.title_gap)
        y += tf.size * 1.8
    else:
        if issuer:
            s.centred(y, issuer, font(house.issuer_face, int(house.title_size * 0.78)), spacing=mm(0.6))
            y += house.title_size * 1.3
        s.centred(y, title, tf, spacing=house.title_gap)
        y += tf.size * 1.8
    if number:
        nf = font(house.body, house.size)
        if house.number_align == "left":
            s.text(x0, y, number, nf)
        elif house.number_align == "right":
            s.right(x1, y, number, nf)
        else:
            s.centred(y, number, nf)
        y += nf.size * 2.3
    return y


def folios(sheets: Sequence[Sheet], kind: str, f: Font, foot: int) -> None:
    """Page numbers as the author prints them; page_of records n of m where the folio states m."""
    m = len(sheets)
    if m < 2 or kind == "none":
        return
    for n, s in enumerate(sheets, 1):
        y = s.height - foot + mm(4)
        if kind == "court":
            s.centred(y, f"第{n}页（共{m}页）", f)
            s.page_of = (n, m)
        elif kind == "slash":
            s.right(s.width - RIGHT, y, f"{n}/{m}", f)
            s.page_of = (n, m)
        elif kind == "dash":
            s.centred(y, f"— {n} —", f)


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), thin: int = 2,
          outer: bool = True) -> list[tuple[float, float, float, float]]:
    """A ruled grid, its label columns in 黑体 centred; a row shorter than the widths runs its last cell to the
    right edge; a heavy double outer frame round the whole. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = font("hei", f.size)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=thin)
            if cell:
                face = lf if k in labels else f
                parts = wrap(gb("song_gb", cell) if face is f else cell, face, w - 16)
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 9, ty, part, face)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    if outer:
        s.box(x - 6, y - 6, x + total + 6, cy + 6, width=5)
    return boxes


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP, size: int = 66) -> float:
    """A form's head: the court in small 黑体, the title in bold serif spread out."""
    if issuer:
        s.centred(y, issuer, font("hei", 40), spacing=mm(1))
        y += 66
    s.centred(y, title, font("serif_bold", size), spacing=max(8, 60 - 6 * len(title)))
    return y + size * 1.7


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, face: str = "kai_gb",
        ink: tuple[int, int, int] = PEN, per_line: int = 0, lead: float = 0.0) -> float:
    """Ballpoint on a form, broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        scrawl(s, x, y, part, rng, role=face, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def copy_mark(s: Sheet, x: float, y: float, rng: random.Random, text: str = "此件与原件核对无误") -> None:
    """The filing window's oblong stamp on a copy, with the clerk's initials in it."""
    f = font("kai_gb", 30)
    w = text_width(text, f) + 28
    dy = rng.uniform(-5, 5)
    ink = (RED[0] - 20, RED[1] + 15, RED[2] + 25)
    s.box(x, y + dy, x + w, y + 92 + dy, width=3, outline=ink)
    s.text(x + 14, y + 10 + dy, text, f, fill=ink)
    s.text(x + 14, y + 50 + dy, "核对人：", f, fill=ink)


def dotted(s: Sheet, x0: float, x1: float, y: float) -> None:
    for x in range(int(x0), int(x1), 18):
        s.line(x, y, x + 8, y, width=2, fill=INK)
