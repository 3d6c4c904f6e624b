"""Drawing helpers of the families made after the first six (tribunal, court_d): a small typesetter
with its own heading styles (red letterhead, title inside a double rule, body name over the title)
and footers (共 m 页 第 n 页, —n—, none), rectangular stamps (校对章, 本件与原本核对无异), half seals
on the page edge (骑缝章) and handwriting in other faces than the first families' kai.

The first six families draw with layout.py; these helpers are separate so that those pages stay
byte-identical for a seed."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field

from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.draw import INK, RED, Sheet, mm, seal, wrap
from dossier.corpus.fonts import Font, font

Block = tuple[str, str]
"""(kind, text): p paragraph (first line indented), f flush paragraph, h heading line, c centred,
sig right-aligned signature line, hsig right-aligned line with the name written by hand, date (the
seal goes on it), gap, qa (question/answer, hanging indent)."""


@dataclass
class Paper:
    """A document to typeset: who issues it, its title and number line, its blocks."""

    title: str
    blocks: list[Block]
    issuer: str = ""
    number: str = ""
    seal: str = ""
    seal_inner: str = ""


@dataclass(frozen=True)
class House:
    """How one body sets its documents."""

    body: str = "song_gb"
    body_mm: float = 5.5
    leading: float = 1.8
    title: str = "serif_bold"
    title_mm: float = 9.0
    title_spacing_mm: float = 2.0
    heading: str = "above"       # above | letterhead (red body name, red rule) | double_rule | inline
    number_align: str = "right"  # right | centre
    top: float = 35
    bottom: float = 28
    left: float = 28
    right: float = 26
    footer: str = "mn"           # mn (共 m 页 第 n 页) | emdash (—n—) | slash (第n页/共m页) | none
    seam_seal: bool = False      # 骑缝章 on the right edge of every page of a multi-page document
    hand: str = "kai_gb"
    para_gap_mm: float = 0.0
    signed_pages: tuple[str, ...] = field(default_factory=tuple)
    """names signed by hand at the foot of every page (笔录: 被询问人, 执行员, 书记员)"""


GB_FACES = ("song_gb", "kai_gb")
"""faces of the GB 2312 set: no 〇 (U+3007); typists of such documents write ○ (U+25CB) instead"""


def printable(role: str, s: str) -> str:
    """`s` as it can be printed in `role`'s face (and so as it is recorded)."""
    return s.replace("〇", "○") if role in GB_FACES else s


def typeset(doc: Paper, house: House, rng: random.Random) -> list[Sheet]:
    doc = Paper(doc.title, [(k, printable(house.body, t)) for k, t in doc.blocks], doc.issuer, doc.number, doc.seal,
                doc.seal_inner)
    body = font(house.body, mm(house.body_mm))
    lh = body.size * house.leading
    probe = Sheet()
    x0, x1 = mm(house.left), probe.width - mm(house.right)
    sign_room = mm(14) if house.signed_pages else 0
    bottom = probe.height - mm(house.bottom) - sign_room
    sheets = [Sheet()]
    s = sheets[0]
    y = _heading(s, doc, house, float(mm(house.top)), x0, x1)

    def need(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = Sheet()
            sheets.append(s)
            y = float(mm(house.top - 10))

    for kind, text in doc.blocks:
        if kind == "gap":
            y += lh * 0.5
        elif kind in ("p", "f", "qa"):
            indent = 2 * body.size if kind == "p" else 0.0
            hang = body.getlength(text[:2]) if kind == "qa" and text[1:2] == "：" else 0.0
            for i, part in enumerate(wrap(text, body, x1 - x0 - hang, indent=indent)):
                need(lh)
                s.text(x0 + (indent if i == 0 else hang), y, part, body)
                y += lh
            y += mm(house.para_gap_mm)
        elif kind == "h":
            need(lh)
            s.text(x0, y, text, body)
            y += lh
        elif kind == "c":
            need(lh)
            s.centred(y, text, body)
            y += lh
        elif kind in ("sig", "hsig", "date"):
            need(lh * (2.4 if kind == "date" else 1.0))
            w = body.getlength(text)
            tx = x1 - w - body.size * 2
            if kind == "hsig" and "：" in text:
                label, name = text.split("：", 1)
                s.text(tx, y, label + "：", body)
                scrawl(s, tx + body.getlength(label + "："), y - body.size * 0.2, name, rng, role=house.hand,
                       size=int(body.size * 1.25))
            else:
                s.text(tx, y, text, body)
            if kind == "date" and doc.seal:
                seal(s, tx + w / 2 + rng.uniform(-mm(5), mm(5)), y + body.size / 2 + rng.uniform(-mm(5), mm(3)),
                     doc.seal, rng, inner=doc.seal_inner)
            y += lh
    if house.signed_pages:
        for sh in sheets:
            fy = sh.height - mm(house.bottom) - mm(10)
            lx = float(x0)
            for who in house.signed_pages:
                label = who.split("：")[0] + "："
                sh.text(lx, fy, label, font(house.body, mm(4.2)))
                scrawl(sh, lx + font(house.body, mm(4.2)).getlength(label), fy - mm(1.5), who.split("：", 1)[-1], rng,
                       role=house.hand, size=mm(6))
                lx += (x1 - x0) / len(house.signed_pages)
    footer(sheets, house.footer, font(house.body, mm(4.2)), house.bottom)
    if house.seam_seal and len(sheets) > 1 and doc.seal:
        offset = rng.uniform(0.25, 0.55)
        y_seam = rng.uniform(0.35, 0.6)
        for sh in sheets:
            half_seal(sh, doc.seal, rng, depth=offset, at=y_seam)
    return sheets


def _heading(s: Sheet, doc: Paper, house: House, y: float, x0: float, x1: float) -> float:
    tf = font(house.title, mm(house.title_mm))
    sp = mm(house.title_spacing_mm)
    body = font(house.body, mm(house.body_mm))
    if house.heading == "letterhead" and doc.issuer:
        s.centred(y, doc.issuer, font("song_gb", mm(house.title_mm * 1.25)), fill=RED, spacing=mm(1))
        y += mm(house.title_mm * 1.25) * 1.5
        s.line(x0, y, x1, y, width=5, fill=RED)
        s.line(x0, y + mm(1.2), x1, y + mm(1.2), width=2, fill=RED)
        y += mm(9)
        s.centred(y, doc.title, tf, spacing=sp)
        y += tf.size * 1.8
    elif house.heading == "double_rule":
        if doc.issuer:
            s.centred(y, doc.issuer, font(house.title, mm(house.title_mm * 0.8)), spacing=sp * 0.5)
            y += tf.size * 1.4
        for dy in (0, mm(1.3)):
            s.line(x0, y + dy, x1, y + dy, width=3 if dy == 0 else 1)
        y += mm(5)
        s.centred(y, doc.title, tf, spacing=sp)
        y += tf.size * 1.35
        for dy in (0, mm(1.3)):
            s.line(x0, y + dy, x1, y + dy, width=1 if dy == 0 else 3)
        y += mm(7)
    elif house.heading == "inline" and doc.issuer:
        s.text(x0, y, doc.issuer + doc.title, tf)
        y += tf.size * 1.9
    else:
        if doc.issuer:
            s.centred(y, doc.issuer, font(house.title, mm(house.title_mm * 0.9)), spacing=sp * 0.3)
            y += tf.size * 1.6
        s.centred(y, doc.title, tf, spacing=sp)
        y += tf.size * 1.9
    if doc.number:
        if house.number_align == "right":
            s.right(x1, y, doc.number, body)
        else:
            s.centred(y, doc.number, body)
        y += body.size * 2.2
    return y


def footer(sheets: list[Sheet], kind: str, f: Font, bottom_mm: float) -> None:
    """Page numbers as a body prints them; page_of records n of m where the footer states m."""
    m = len(sheets)
    for n, sh in enumerate(sheets, 1):
        fy = sh.height - mm(bottom_mm) + mm(10)
        if kind == "mn":
            sh.centred(fy, f"共 {m} 页  第 {n} 页", f)
            sh.page_of = (n, m)
        elif kind == "slash":
            sh.right(sh.width - mm(25), fy, f"第{n}页/共{m}页", f)
            sh.page_of = (n, m)
        elif kind == "emdash" and m > 1:
            label = f"—{n}—"
            if n % 2:
                sh.right(sh.width - mm(30), fy, label, f)
            else:
                sh.text(mm(30), fy, label, f)


def scrawl(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, *, role: str = "kai_gb", size: int = 44,
           ink: tuple[int, int, int] = INK, slant: float = 6.0) -> float:
    """Handwriting-like text in `role`'s face: jittered baseline, rotation and size (recorded as text)."""
    if s.strip():
        sheet.lines.append(s)
    cx = x
    drift = 0.0
    for ch in s:
        sz = max(12, int(size * rng.uniform(0.85, 1.12)))
        f = font(role, sz)
        w = int(f.getlength(ch)) + 8
        g = Image.new("L", (w + 8, sz + 18), 0)
        ImageDraw.Draw(g).text((4, 4), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-slant, slant), resample=Image.Resampling.BICUBIC, expand=True)
        drift += rng.uniform(-1.8, 1.8)
        r, gr, b = (max(0, min(255, v + rng.randint(-14, 14))) for v in ink)
        sheet.image.paste((r, gr, b), (int(cx), int(y + drift + rng.uniform(-3, 3))), g)
        cx += f.getlength(ch) * rng.uniform(0.86, 1.05) + rng.uniform(-2, 3)
    return cx - x


def stamp(sheet: Sheet, x: float, y: float, lines: Sequence[str], rng: random.Random, *, size_mm: float = 4.5,
          colour: tuple[int, int, int] = RED, oval: bool = False, face: str = "song_gb") -> None:
    """A rectangular (or oval) rubber stamp: 本件与原本核对无异, 校对章, 收文章. Multiplied onto the page,
    slightly turned and unevenly inked; its words are recorded as printed text."""
    f = font(face, mm(size_mm))
    w = int(max(f.getlength(t) for t in lines) + mm(8))
    h = int(len(lines) * f.size * 1.45 + mm(5))
    layer = Image.new("L", (w + 20, h + 20), 0)
    d = ImageDraw.Draw(layer)
    if oval:
        d.ellipse((10, 10, w + 10, h + 10), outline=255, width=5)
    else:
        d.rectangle((10, 10, w + 10, h + 10), outline=255, width=5)
    ty = 10.0 + mm(2.5)
    for t in lines:
        d.text((10 + w / 2, ty + f.size / 2), t, font=f, fill=255, anchor="mm")
        ty += f.size * 1.45
    layer = layer.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC, expand=True)
    strength = rng.uniform(0.5, 0.85)
    mask = layer.point(lambda v: int(v * strength))
    ink = Image.new("RGB", layer.size, colour)
    _multiply(sheet, ink, mask, int(x), int(y))
    sheet.lines.extend(t for t in lines if t.strip())


def half_seal(sheet: Sheet, name: str, rng: random.Random, *, depth: float = 0.4, at: float = 0.5) -> None:
    """A 骑缝章: the court seal stamped across the right edge of the fanned pages, so that each page
    shows a slice of it (`depth` of the diameter inside the page)."""
    r = mm(21)
    seal(sheet, sheet.width + r - 2 * r * depth + rng.uniform(-mm(1.5), mm(1.5)),
         sheet.height * at + rng.uniform(-mm(3), mm(3)), name, rng)


def _multiply(sheet: Sheet, colour: Image.Image, mask: Image.Image, x: int, y: int) -> None:
    box = (x, y, x + colour.width, y + colour.height)
    under = sheet.image.crop(box)
    mixed = ImageChops.multiply(under, colour)
    under.paste(mixed, (0, 0), mask)
    sheet.image.paste(under, (x, y))
