"""court_h's drawing kit: an old 宋体 (AR PL SungtiL) for everything printed, titles letter-spaced in the
same face, no red head; a ballpoint hand (AR PL UKai, jittered) for what is filled in; 填空 lines where
printed words and handwriting alternate on one underlined line; 笔录纸 ruled in red; 第n页 共m页 footers.

Kept apart from the other families' kits so that their pages stay byte-identical."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from dossier.corpus.draw import Block, Sheet, mm, seal

Font = ImageFont.FreeTypeFont
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, r right-aligned line, c centred
# line, gap, seal (the court's seal).

COURT = "甘肃省通渭县人民法院"
TRIBUNAL = "通渭县人民法院马营人民法庭"
INK = (28, 28, 30)
BALLPOINT = (34, 50, 132)
RULE = (200, 70, 60)
_FACES = {
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "hand": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "hei": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
}
TOP, BOTTOM, LEFT, RIGHT = 30.0, 26.0, 26.0, 24.0


@cache
def face(role: str, size: int) -> Font:
    path, index = _FACES[role]
    return ImageFont.truetype(path, size=size, index=index)


def mark(sheet: Sheet, **notes: object) -> Sheet:
    """Notes for the capture (kind=phone|flatbed|clean|carbon): the shared Sheet has no field for them."""
    for k, v in notes.items():
        setattr(sheet, k, v)
    return sheet


def paper(rng: random.Random, *, size: tuple[int, int] | None = None) -> Sheet:
    tint = rng.choice([(255, 255, 255), (250, 249, 243), (246, 244, 236)])
    return Sheet(size=size, paper=tint) if size else Sheet(paper=tint)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 0,
        ink: tuple[int, int, int] = BALLPOINT, record: bool = True) -> float:
    """A hurried ballpoint: UKai, each character a little rotated, the baseline wandering. Recorded as text."""
    size = size or mm(5.0)
    if record and text.strip():
        s.lines.append(text)
    cx, drift = x, 0.0
    for ch in text:
        sz = max(12, int(size * rng.uniform(0.9, 1.08)))
        f = face("hand", sz)
        g = Image.new("L", (int(f.getlength(ch)) + 12, sz + 16), 0)
        ImageDraw.Draw(g).text((5, 4), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC)
        drift = max(-6.0, min(6.0, drift + rng.uniform(-1.3, 1.3)))
        s.image.paste(ink, (int(cx), int(y + drift)), g)
        cx += f.getlength(ch) * rng.uniform(0.9, 1.02) + rng.uniform(0, 2)
    return cx - x


def thumbprint(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red 手印: an oval of concentric ridges, smudged on one side."""
    r = mm(rng.uniform(5, 6.5))
    layer = Image.new("L", (int(r * 2.6), int(r * 3.2)), 0)
    d = ImageDraw.Draw(layer)
    w, h = layer.size
    for k in range(9):
        e = k * r / 9
        d.ellipse((w / 2 - r + e, h / 2 - r * 1.3 + e, w / 2 + r - e, h / 2 + r * 1.3 - e), outline=int(rng.uniform(120, 220)), width=3)
    layer = layer.rotate(rng.uniform(-30, 30), resample=Image.Resampling.BICUBIC)
    s.image.paste((188, 40, 48), (int(cx - w / 2), int(cy - h / 2)), layer)


def court_seal(s: Sheet, cx: float, cy: float, rng: random.Random, *, name: str = COURT) -> None:
    seal(s, cx + rng.uniform(-mm(4), mm(4)), cy + rng.uniform(-mm(3), mm(3)), name, rng)


def spaced(s: Sheet, y: float, text: str, size: float, *, gap: float = 1.0, role: str = "song") -> float:
    """A centred title with `gap` character-widths between its characters (执 行 通 知 书). Recorded unspaced."""
    f = face(role, mm(size))
    step = mm(size) * (1 + gap)
    width = step * (len(text) - 1) + mm(size)
    x = (s.width - width) / 2
    for i, ch in enumerate(text):
        s.draw.text((x + i * step, y), ch, font=f, fill=INK)
    s.lines.append(text)
    return y + mm(size) * 1.9


@dataclass
class HDoc:
    """A typed document of the court: its head, title, number and blocks, set in the old 宋体."""

    title: str
    blocks: list[Block]
    number: str = ""
    tribunal: bool = False      # a 人民法庭 did the work: its name under the court's
    body_mm: float = 5.2
    footer: str = "page"        # page (第n页 共m页) | none
    sealed: bool = True
    extra_head: list[str] = field(default_factory=list)


def _lines(text: str, f: Font, width: float, indent: float) -> list[str]:
    out, cur, w = [], "", indent
    for ch in text:
        cw = f.getlength(ch)
        if w + cw > width and cur and ch not in "，。、；：）”":
            out.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        out.append(cur)
    return out


def typeset(doc: HDoc, rng: random.Random) -> list[Sheet]:
    """Lay the blocks out line by line, then cut them into pages and put the head on the first."""
    size = mm(doc.body_mm)
    f = face("song", size)
    lead = size * rng.uniform(1.85, 2.05)
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    items: list[tuple[str, str, float]] = []   # (kind, text, x)
    for kind, text in doc.blocks:
        if kind == "gap":
            items.append(("gap", "", 0))
        elif kind == "seal":
            items.append(("seal", "", 0))
        elif kind in ("r", "c"):
            items.append((kind, text, 0))
        else:
            indent = size * 2 if kind == "p" else 0
            for k, line in enumerate(_lines(text, f, x1 - x0, indent)):
                items.append(("t", line, x0 + (indent if k == 0 else 0)))
    head = mm(TOP) + mm(9) * 2.2 + (mm(6) if doc.tribunal else 0) + (mm(6) if doc.number else 0) + len(doc.extra_head) * lead
    first_room, room = mm(297 - BOTTOM) - head, mm(297 - BOTTOM - TOP)
    pages: list[list[tuple[str, str, float]]] = [[]]
    used = 0.0
    for it in items:
        h = lead * (0.6 if it[0] == "gap" else 1.0) if it[0] != "seal" else 0
        if used + h > (first_room if len(pages) == 1 else room):
            pages.append([])
            used = 0.0
        pages[-1].append(it)
        used += h
    sheets = []
    for n, page in enumerate(pages, 1):
        s = paper(rng)
        y: float = mm(TOP)
        if n == 1:
            s.centred(y, COURT, face("song", mm(7.2)), spacing=mm(0.6))
            y += mm(7.2) * 1.6
            if doc.tribunal:
                s.centred(y, TRIBUNAL.removeprefix("通渭县人民法院"), face("song", mm(5.4)), spacing=mm(1.5))
                y += mm(7)
            y = spaced(s, y, doc.title, 8.6, gap=rng.choice([0.4, 0.8, 1.0]))
            if doc.number:
                s.right(x1, y, doc.number, f)
                y += mm(7)
            for line in doc.extra_head:
                s.text(x0, y, line, f)
                y += lead
        last_r = y
        for kind, text, x in page:
            if kind == "gap":
                y += lead * 0.6
            elif kind == "seal":
                if doc.sealed:
                    court_seal(s, x1 - mm(38), last_r - lead * 0.5, rng)
            elif kind == "r":
                s.right(x1 - mm(6), y, text, f)
                last_r = y
                y += lead
            elif kind == "c":
                s.centred(y, text, f)
                y += lead
            else:
                s.text(x, y, text, f)
                y += lead
        if doc.footer == "page" and len(pages) > 1:
            s.centred(mm(297 - 16), f"第{n}页　共{len(pages)}页", face("song", mm(3.6)))
        s.page_of = (n, len(pages)) if len(pages) > 1 else None
        sheets.append(s)
    return sheets


def fill_line(s: Sheet, x: float, y: float, runs: list[tuple[str, bool]], rng: random.Random, *,
              size: float = 5.0, x1: float = 0.0) -> float:
    """One line of a 填空 form: printed words and handwritten answers on underlined blanks; recorded as one
    line of text. Wraps onto further lines when longer than the form is wide; returns the y after it."""
    f = face("song", mm(size))
    x1 = x1 or mm(210 - RIGHT)
    lead = mm(size) * 2.0
    cx, text = x, ""
    for words, handwritten in runs:
        if not handwritten:
            for ch in words:
                if cx + f.getlength(ch) > x1:
                    s.lines.append(text)
                    text, cx, y = "", x, y + lead
                s.draw.text((cx, y), ch, font=f, fill=INK)
                cx += f.getlength(ch)
                text += ch
            continue
        start = cx
        pad = mm(3)
        for chunk in _lines(words, face("hand", mm(size)), x1 - cx - pad, 0)[:1]:
            width = pen(s, cx + pad, y - mm(0.8), chunk, rng, size=mm(size), record=False)
            s.line(start, y + mm(size) * 1.15, min(x1, cx + width + 2 * pad), y + mm(size) * 1.15, width=1, fill=INK)
            cx += width + 2 * pad
            text += chunk
            rest = words[len(chunk):]
            if rest:
                s.lines.append(text)
                text, cx, y = "", x, y + lead
                width = pen(s, cx + pad, y - mm(0.8), rest, rng, size=mm(size), record=False)
                s.line(cx, y + mm(size) * 1.15, cx + width + 2 * pad, y + mm(size) * 1.15, width=1, fill=INK)
                cx += width + 2 * pad
                text += rest
    if text:
        s.lines.append(text)
    return y + lead


def ruled(rng: random.Random, court_line: str, title: str) -> tuple[Sheet, float]:
    """A sheet of the court's 笔录纸: the name and the record's title printed, red rules to write on."""
    s = paper(rng)
    s.centred(mm(16), court_line, face("song", mm(6)), spacing=mm(0.8))
    spaced(s, mm(25), title, 7.5, gap=0.6)
    for k in range(26):
        y = mm(48) + k * mm(9)
        s.line(mm(20), y, mm(190), y, width=1, fill=RULE)
    s.line(mm(20), mm(40), mm(20), mm(48) + 25 * mm(9), width=2, fill=RULE)
    return s, mm(48)


def written(sheets: list[Sheet], lines: list[str], rng: random.Random, court_line: str, title: str) -> None:
    """Handwritten lines on 笔录纸, a new sheet when the rules run out; 第n页 written at the foot."""
    s, y = sheets[-1], float(mm(48) - mm(7.2))
    for line in lines:
        for chunk in _lines(line, face("hand", mm(5.4)), mm(164), 0):
            if y > mm(48) + 24 * mm(9):
                s, y = ruled(rng, court_line, title)
                sheets.append(s)
                y -= mm(7.2)
            pen(s, mm(23), y, chunk, rng, size=mm(5.4))
            y += mm(9)
    for n, sh in enumerate(sheets, 1):
        pen(sh, mm(165), mm(280), f"第{n}页", rng, size=mm(4.2), record=False)
        sh.page_of = (n, len(sheets)) if len(sheets) > 1 else None
