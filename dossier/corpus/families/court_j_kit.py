"""court_j's drawing kit: pages of 南宁市青秀区人民法院 as its case system prints them. A 小标宋-like bold serif
title, under it the court's name in 壮文 on some heads, the 文号 flush right under the title, the body in a thin
Song standing in for 仿宋, footers "— 1 —" centred or none. Every sheet remembers where it put each line,
table row, seal and handwriting (its `spans`), so the scanning software's text layer can be laid over it,
and what it drew (its `ops`), so a born-digital page can be written as vector text."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from PIL import Image, ImageDraw

from dossier.corpus.draw import INK, Block, Sheet, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "广西壮族自治区南宁市青秀区人民法院"
SHORT = "南宁市青秀区人民法院"
ZHUANG = "Gvangjsih Bouxcuengh Swcigih Nanzningz Si Cinghsiu Gih Yinzminz Fazyen"
ZHUANG_SHORT = "Nanzningz Si Cinghsiu Gih Yinzminz Fazyen"
RED = (200, 22, 30)
GREY = (100, 100, 104)
HAND = (25, 35, 95)
ROLES = {"title": "serif_bold", "body": "serif", "bold": "hei", "latin": "serif", "hand": "kai", "sans": "sans"}
LEFT, RIGHT, TOP, BOTTOM = 28.0, 26.0, 37.0, 35.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, r right-aligned, c centred, gap,
# seal.


def face(role: str, size: float) -> Font:
    return font(ROLES[role], max(8, int(size)))


@dataclass
class JSheet(Sheet):
    """A Sheet that remembers its spans (x, y, height px, text, kind: line|cell|hand|latin, width px) and its drawing."""

    spans: list[tuple[float, float, float, str, str, float]] = field(default_factory=list)
    seals: list[tuple[float, float, float]] = field(default_factory=list)
    ops: list[tuple[object, ...]] = field(default_factory=list)
    kind: str = ""            # capture hint: grey | colour | photo | copy
    digital: bool = False     # exported from the case system, never printed
    landscape: bool = False
    span_kind: str = "line"

    def text(self, x: float, y: float, s: str, f: Font, *, fill: tuple[int, int, int] = INK,
             spacing: float = 0.0, record: bool = True) -> float:
        w = super().text(x, y, s, f, fill=fill, spacing=spacing, record=record)
        if s.strip():
            if record:
                self.spans.append((x, y, float(f.size), s, self.span_kind, w))
            self.ops.append(("text", x, y, s, str(f.path), float(f.size), float(f.getmetrics()[0]), fill, spacing))
        return w

    def box(self, x0: float, y0: float, x1: float, y1: float, *, width: int = 2,
            outline: tuple[int, int, int] = INK) -> None:
        super().box(x0, y0, x1, y1, width=width, outline=outline)
        self.ops.append(("box", x0, y0, x1, y1, width, outline))

    def line(self, x0: float, y0: float, x1: float, y1: float, *, width: int = 2,
             fill: tuple[int, int, int] = INK) -> None:
        super().line(x0, y0, x1, y1, width=width, fill=fill)
        self.ops.append(("line", x0, y0, x1, y1, width, fill))


def sheet(rng: random.Random, *, landscape: bool = False, tint: tuple[int, int, int] | None = None) -> JSheet:
    paper = tint or rng.choice([(255, 255, 255), (252, 252, 250)])
    s = JSheet(size=(mm(297), mm(210)), paper=paper) if landscape else JSheet(paper=paper)
    s.landscape = landscape
    return s


def stamp(s: JSheet, cx: float, cy: float, rng: random.Random, name: str = COURT, inner: str = "", radius: float = 0.0) -> None:
    """A round red seal, drawn apart and laid on, so a born-digital page can carry it as an image."""
    r = radius or mm(21)
    cx += rng.uniform(-mm(3), mm(3))
    cy += rng.uniform(-mm(2), mm(2))
    tmp = Sheet(size=s.size)
    seal(tmp, cx, cy, name, rng, radius=r, inner=inner)
    box = (int(max(0, cx - r - 8)), int(max(0, cy - r - 8)), int(min(s.width, cx + r + 8)), int(min(s.height, cy + r + 8)))
    crop = tmp.image.crop(box)
    mask = Image.eval(crop.convert("L"), lambda v: 0 if v > 245 else 255)
    s.image.paste(crop, box[:2], mask)
    s.seals.append((cx, cy, r))
    s.ops.append(("image", box[0], box[1], crop, mask))


def pen(s: JSheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 0) -> float:
    """Words by hand (kai, jittered): recorded as text, as handwriting for the text layer."""
    size = size or mm(6)
    cx, drift = x, 0.0
    for ch in text:
        f = face("hand", size * rng.uniform(0.92, 1.1))
        g = Image.new("L", (int(f.getlength(ch)) + 12, int(f.size) + 16), 0)
        ImageDraw.Draw(g).text((5, 4), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-8, 4), resample=Image.Resampling.BICUBIC)
        drift = max(-5.0, min(5.0, drift + rng.uniform(-1.5, 1.5)))
        s.image.paste(HAND, (int(cx), int(y + drift)), g)
        cx += f.getlength(ch) * rng.uniform(0.85, 1.0)
    if text.strip():
        s.lines.append(text)
        s.spans.append((x, y, size, text, "hand", cx - x))
    return cx - x


def wrap(text: str, f: Font, width: float, indent: float = 0.0) -> list[str]:
    out, cur, w = [], "", indent
    for ch in text:
        cw = f.getlength(ch)
        if w + cw > width and cur and ch not in "，。、；：）”》":
            out.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        out.append(cur)
    return out


def grid(s: JSheet, x: float, y: float, cols: list[float], rows: list[list[str]], *, size: float = 4.0,
         row_h: float = 10, role: str = "body") -> float:
    """A ruled table, cells wrap; a row of one cell spans it. Each row is one span for the text layer."""
    f = face(role, mm(size))
    total = sum(mm(c) for c in cols)
    for row in rows:
        spans = [total] if len(row) == 1 else [mm(c) for c in cols[:len(row) - 1]] + [total - sum(mm(c) for c in cols[:len(row) - 1])]
        wrapped = [wrap(cell, f, w - mm(4)) for cell, w in zip(row, spans, strict=True)]
        h = max(mm(row_h), max(len(w) for w in wrapped) * mm(size) * 1.45 + mm(4))
        s.box(x, y, x + total, y + h, width=2)
        cx = x
        s.span_kind = "cell"
        for c, (lines, w) in enumerate(zip(wrapped, spans, strict=True)):
            if c:
                s.line(cx, y, cx, y + h, width=2)
            ty = y + (h - len(lines) * mm(size) * 1.45) / 2
            for line in lines:
                s.text(cx + mm(2), ty, line, f)
                ty += mm(size) * 1.45
            cx += w
        s.span_kind = "line"
        y += h
    return y


@dataclass
class JDoc:
    """A court document: title, 文号 right under it, blocks; `zhuang` puts the court's 壮文 name on the head."""

    title: str
    blocks: list[Block]
    number: str = ""
    zhuang: str = ""          # above | below | ""
    footer: bool = True       # — 1 —
    issuer: str = COURT
    body_mm: float = 5.2
    digital: bool = False


def typeset(doc: JDoc, rng: random.Random) -> list[JSheet]:
    size = mm(doc.body_mm)
    f = face("body", size)
    lead = size * 1.75
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    items: list[tuple[str, str, float]] = []
    for kind, text in doc.blocks:
        if kind in ("gap", "seal", "r", "c"):
            items.append((kind, text, 0))
            continue
        indent = size * 2 if kind == "p" else 0
        for k, line in enumerate(wrap(text, f, x1 - x0, indent)):
            items.append(("t", line, x0 + (indent if k == 0 else 0)))
    head_h = mm(44) + (mm(9) if doc.zhuang else 0)
    pages: list[list[tuple[str, str, float]]] = [[]]
    used = 0.0
    for it in items:
        h = 0.0 if it[0] == "seal" else lead * (0.5 if it[0] == "gap" else 1.0)
        room = mm(297 - BOTTOM - TOP) - (head_h if len(pages) == 1 else 0)
        if used + h > room:
            pages.append([])
            used = 0.0
        pages[-1].append(it)
        used += h
    out = []
    for n, page in enumerate(pages, 1):
        s = sheet(rng, tint=(255, 255, 255) if doc.digital else None)
        s.digital = doc.digital
        y = float(mm(TOP))
        if n == 1:
            y = _head(s, doc, f)
        last_r = y
        for kind, text, x in page:
            if kind == "gap":
                y += lead * 0.5
            elif kind == "seal":
                stamp(s, x1 - mm(36), last_r - lead * 0.3, rng, name=doc.issuer)
            elif kind == "r":
                s.right(x1 - mm(10), y, text, f)
                last_r = y
                y += lead
            elif kind == "c":
                s.centred(y, text, f)
                y += lead
            else:
                s.text(x, y, text, f)
                y += lead
        if doc.footer:
            s.centred(mm(297 - 22), f"— {n} —", face("body", mm(4.5)))
        s.page_of = (n, len(pages)) if len(pages) > 1 else None
        out.append(s)
    return out


def _head(s: JSheet, doc: JDoc, f: Font) -> float:
    y = float(mm(TOP - 8))
    lat = face("latin", mm(3.6))
    if doc.zhuang == "above":
        s.centred(y, ZHUANG_SHORT, lat, fill=GREY)
        y += mm(7)
    s.centred(y, doc.issuer, face("title", mm(8)), spacing=mm(0.4))
    y += mm(12)
    if doc.zhuang == "below":
        s.centred(y - mm(1), ZHUANG if len(doc.issuer) > 12 else ZHUANG_SHORT, lat)
        y += mm(8)
    s.centred(y, doc.title, face("title", mm(9.5)), spacing=mm(1.5))
    y += mm(15)
    if doc.number:
        s.right(mm(210 - RIGHT), y, doc.number, f)
        y += mm(11)
    return y
