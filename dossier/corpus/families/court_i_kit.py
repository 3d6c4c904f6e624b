"""court_i's drawing kit: pages printed from a digitised court's case system. 黑体 (Noto Sans CJK Bold)
titles; the body in a thin 明体 standing in for 仿宋 (AR PL UMing); either a red 红头 over a red double rule,
a black two-line head, or a black head with a verification QR code in the corner; 文号 centred under the
title or flush right; footers "- 2 -" (公文 style), "第 2 页 / 共 3 页", or none. Electronic seals are crisp.

Kept apart from the other families' kits so that their pages stay byte-identical."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import segno
from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Block, Sheet, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "浙江省杭州市西湖区人民法院"
SHORT = "杭州市西湖区人民法院"
CODE = "浙0106"
INK = (22, 22, 24)
RED = (214, 24, 30)
GREY = (110, 110, 115)
HAND = (30, 40, 110)
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, b bold flush line, r right-aligned
# line, c centred, gap, seal.
ROLES = {"body": "ming", "title": "sans_bold", "sys": "sans", "sys_bold": "sans_bold", "red": "serif_bold",
         "hand": "kai", "mono": "mono", "serif": "serif"}
LEFT, RIGHT, TOP, BOTTOM = 28.0, 26.0, 30.0, 30.0


def face(role: str, size: float) -> Font:
    return font(ROLES[role], int(size))


def mark(sheet: Sheet, **notes: object) -> Sheet:
    """Notes for the capture (kind=bitonal|grey|colour|faded|screen, landscape=True): Sheet has no field for them."""
    for k, v in notes.items():
        setattr(sheet, k, v)
    return sheet


def paper(rng: random.Random, *, landscape: bool = False) -> Sheet:
    tint = rng.choice([(255, 255, 255), (253, 253, 251), (250, 250, 248)])
    s = Sheet(size=(mm(297), mm(210)), paper=tint) if landscape else Sheet(paper=tint)
    if landscape:
        mark(s, landscape=True)
    return s


def qr(s: Sheet, x: float, y: float, url: str, size_mm: float = 22) -> None:
    """A real, scannable QR code (someone else's URL, not this project's payload)."""
    code = segno.make(url, error="m")
    img = Image.open(_png(code)).convert("L")
    side = mm(size_mm)
    img = img.resize((side, side), Image.Resampling.NEAREST)
    s.image.paste(Image.new("RGB", img.size, INK), (int(x), int(y)), Image.eval(img, lambda v: 255 - v))


def _png(code: segno.QRCode) -> io.BytesIO:
    buf = io.BytesIO()
    code.save(buf, kind="png", scale=4, border=2)
    buf.seek(0)
    return buf


def e_seal(s: Sheet, cx: float, cy: float, rng: random.Random, name: str = COURT, inner: str = "") -> None:
    seal(s, cx + rng.uniform(-mm(3), mm(3)), cy + rng.uniform(-mm(2), mm(2)), name, rng, inner=inner)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 0, record: bool = True,
        ink: tuple[int, int, int] = HAND) -> float:
    """A signature or a few words by hand (kai, jittered). Recorded as text."""
    size = size or mm(6)
    if record and text.strip():
        s.lines.append(text)
    cx, drift = x, 0.0
    for ch in text:
        f = face("hand", max(12, size * rng.uniform(0.92, 1.1)))
        g = Image.new("L", (int(f.getlength(ch)) + 12, int(f.size) + 16), 0)
        ImageDraw.Draw(g).text((5, 4), ch, font=f, fill=255)
        g = g.rotate(rng.uniform(-8, 4), resample=Image.Resampling.BICUBIC)
        drift = max(-5.0, min(5.0, drift + rng.uniform(-1.5, 1.5)))
        s.image.paste(ink, (int(cx), int(y + drift)), g)
        cx += f.getlength(ch) * rng.uniform(0.85, 1.0)
    return cx - x


def fingerprint(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red 指印 of whorls, pressed on a signature."""
    r = mm(rng.uniform(5, 6))
    layer = Image.new("L", (int(r * 2.4), int(r * 3)), 0)
    d = ImageDraw.Draw(layer)
    w, h = layer.size
    for k in range(11):
        e = k * r / 11
        d.ellipse((w / 2 - r + e, h / 2 - r * 1.25 + e * 1.1, w / 2 + r - e, h / 2 + r * 1.25 - e * 0.9),
                  outline=int(rng.uniform(110, 230)), width=2)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    s.image.paste((200, 36, 52), (int(cx - w / 2), int(cy - h / 2)), layer)


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


@dataclass
class IDoc:
    """A document printed from the case system: head style, title, 文号, blocks, footer."""

    title: str
    blocks: list[Block]
    number: str = ""
    head: str = "red"           # red (红头 + double rule) | black (two lines, 黑体) | qr (black, QR at the corner)
    footer: str = "dash"        # dash (- 2 -) | of (第 2 页 / 共 3 页) | none
    number_at: str = "centre"   # centre | right
    body_mm: float = 5.0
    sealed: bool = True
    url: str = ""
    copy_stamp: bool = False    # 本件与原本核对无异 at the foot of the last page
    title_spacing: float = 0.0
    issuer: str = COURT         # whose paper: its name heads the page and stands on the seal
    extra: list[str] = field(default_factory=list)


def typeset(doc: IDoc, rng: random.Random) -> list[Sheet]:
    """Lay the blocks out line by line, cut them into pages, put the head on the first and the footers on all."""
    size = mm(doc.body_mm)
    f = face("body", size)
    lead = size * rng.uniform(1.7, 1.85)
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    items: list[tuple[str, str, float]] = []
    for kind, text in doc.blocks:
        if kind in ("gap", "seal", "r", "c", "b"):
            items.append((kind, text, 0))
            continue
        indent = size * 2 if kind == "p" else 0
        for k, line in enumerate(wrap(text, f, x1 - x0, indent)):
            items.append(("t", line, x0 + (indent if k == 0 else 0)))
    head_h = {"red": mm(62), "black": mm(52), "qr": mm(50)}[doc.head]
    first_room, room = mm(297 - BOTTOM) - mm(TOP) - head_h, mm(297 - BOTTOM - TOP)
    pages: list[list[tuple[str, str, float]]] = [[]]
    used = 0.0
    for it in items:
        h = 0.0 if it[0] == "seal" else lead * (0.5 if it[0] == "gap" else 1.0)
        if used + h > (first_room if len(pages) == 1 else room):
            pages.append([])
            used = 0.0
        pages[-1].append(it)
        used += h
    sheets = []
    for n, page in enumerate(pages, 1):
        s = paper(rng)
        y = float(mm(TOP))
        if n == 1:
            y = _head(s, doc, rng, f)
        elif doc.footer == "of" and doc.number:
            s.right(x1, mm(16), doc.number, face("sys", mm(3.2)), fill=GREY)
        last_r = y
        for kind, text, x in page:
            if kind == "gap":
                y += lead * 0.5
            elif kind == "seal":
                if doc.sealed:
                    e_seal(s, x1 - mm(34), last_r - lead * 0.4, rng, name=doc.issuer)
            elif kind == "r":
                s.right(x1 - mm(8), y, text, f)
                last_r = y
                y += lead
            elif kind == "c":
                s.centred(y, text, f)
                y += lead
            elif kind == "b":
                s.text(x0, y, text, face("sys_bold", size * 0.95))
                y += lead
            else:
                s.text(x, y, text, f)
                y += lead
        if doc.copy_stamp and n == len(pages):
            _copy_stamp(s, x0, min(y + mm(6), mm(297 - 40)))
        total = len(pages)
        if total > 1 or doc.footer == "dash":
            if doc.footer == "dash":
                foot = f"- {n} -"
                fs = face("body", mm(4.6))
                if n % 2:
                    s.right(x1 - mm(6), mm(297 - 20), foot, fs)
                else:
                    s.text(x0 + mm(6), mm(297 - 20), foot, fs)
            elif doc.footer == "of":
                s.centred(mm(297 - 18), f"第 {n} 页 / 共 {total} 页", face("sys", mm(3.4)), fill=GREY)
        s.page_of = (n, total) if total > 1 else None
        sheets.append(s)
    return sheets


def _head(s: Sheet, doc: IDoc, rng: random.Random, f: Font) -> float:
    x1 = mm(210 - RIGHT)
    y = float(mm(TOP))
    if doc.head == "red":
        s.centred(y, doc.issuer, face("red", mm(10.5)), spacing=mm(0.3), fill=RED)
        y += mm(16)
        s.line(mm(LEFT) - mm(4), y, x1 + mm(4), y, width=5, fill=RED)
        s.line(mm(LEFT) - mm(4), y + mm(1.5), x1 + mm(4), y + mm(1.5), width=2, fill=RED)
        y += mm(8)
        s.centred(y, doc.title, face("title", mm(8.5)), spacing=mm(doc.title_spacing))
        y += mm(13)
    else:
        s.centred(y, doc.issuer, face("title", mm(7.5)))
        y += mm(11.5)
        s.centred(y, doc.title, face("title", mm(8.5)), spacing=mm(doc.title_spacing or 1.2))
        y += mm(13)
        if doc.head == "qr":
            qr(s, x1 - mm(18), mm(10), doc.url or "https://www.zjcourt.cn/", 20)
            s.text(x1 - mm(20), mm(31), "扫码核验", face("sys", mm(2.8)), fill=GREY, record=False)
    if doc.number:
        if doc.number_at == "right":
            s.right(x1, y, doc.number, f)
        else:
            s.centred(y, doc.number, f)
        y += mm(10)
    for line in doc.extra:
        s.text(mm(LEFT), y, line, f)
        y += mm(8)
    return y


def _copy_stamp(s: Sheet, x: float, y: float) -> None:
    """本件与原本核对无异: a rectangular stamp at the foot of the last page."""
    f = face("sys_bold", mm(4))
    s.box(x, y, x + mm(44), y + mm(10), width=3, outline=RED)
    s.text(x + mm(3), y + mm(2.6), "本件与原本核对无异", f, fill=RED, record=False)


def grid(s: Sheet, x: float, y: float, cols: list[float], rows: list[list[str]], *, size: float = 4.2,
         row_h: float = 11, role: str = "sys", bold_first: bool = True, pad: float = 2.5) -> float:
    """A ruled table: cells wrap, a row grows to fit; a row of one cell spans the table. Returns the y below."""
    f = face(role, mm(size))
    fb = face("sys_bold", mm(size))
    total = sum(mm(c) for c in cols)
    for row in rows:
        spans = [total] if len(row) == 1 else [mm(c) for c in cols[:len(row) - 1]] + [total - sum(mm(c) for c in cols[:len(row) - 1])]
        wrapped = [wrap(cell, f, w - mm(pad) * 2) for cell, w in zip(row, spans, strict=True)]
        h = max(mm(row_h), max(len(w) for w in wrapped) * mm(size) * 1.45 + mm(4))
        s.box(x, y, x + total, y + h, width=2)
        cx = x
        for c, (lines, w) in enumerate(zip(wrapped, spans, strict=True)):
            if c:
                s.line(cx, y, cx, y + h, width=2)
            ty = y + (h - len(lines) * mm(size) * 1.45) / 2
            for line in lines:
                s.text(cx + mm(pad), ty, line, fb if (bold_first and c % 2 == 0 and len(row) > 1) else f)
                ty += mm(size) * 1.45
            cx += w
        y += h
    return y


def cause(c: CaseCtx) -> str:
    return str(c.extra.get("cause", "合同纠纷"))


def basis_name(c: CaseCtx) -> str:
    return (f"杭州仲裁委员会{c.basis_number}裁决书" if c.basis_kind == "arbitration"
            else f"杭州互联网法院{c.basis_number}民事调解书")
