"""court_ih's drawing helpers (广西壮族自治区凭祥市人民法院执行局 and those who send it papers): a small typesetter whose
"looks" differ by author — the bureau's case system prints the court name in letter-spaced 宋体 over a large bold
title, a printed check code (a square dot matrix, "扫码验真") at the top left of every notice it issues, the case
number set right above a hairline, signers in a right-hand column and "第n页（共m页）" centred at the foot; the civil
division sets its judgments and 调解书 with "－ n －" folios in the outer corner; the 中院 stamps a 骑缝章 across the
right edge of its pages; the law firms write under a red letterhead. Ruled forms are drawn with a heavy outer frame
and hairline inner rules, filled in ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image

from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width
from dossier.corpus.fonts import Font, font

COURT = "广西壮族自治区凭祥市人民法院"
SHORT = "凭祥市人民法院"
PEN = (24, 34, 110)
BLACK_PEN = (30, 30, 34)

COPIED = "copied"
"""the attribute marking a sheet the window copied before the bureau scanned it (court_ih_capture reads it)"""
END_Y = "end_y"
"""the attribute where typeset leaves the y below a paper's last block, on its last sheet"""

Block = tuple[str, str]
"""(kind, text): p indented paragraph, h party line (hanging indent), f flush line, c centred line, r right-aligned,
sig a signer line set in the right column, date the date line (the seal falls on it), gap half a line, n small note."""


@dataclass(frozen=True)
class Look:
    """How one author sets its typed papers."""

    body: str = "serif"
    size: int = 42
    lead: float = 1.72
    issuer_face: str = "serif"
    issuer_size: int = 52
    issuer_spacing: int = 10
    title_face: str = "serif_bold"
    title_size: int = 80
    title_spacing: int = 34
    frame: str = "rule"          # rule (hairline under the number) | box (title boxed) | red (red letterhead) | plain
    number_align: str = "right"  # right | centre
    left: int = mm(30)
    right: int = mm(27)
    top: int = mm(30)
    foot: int = mm(30)
    footer: str = "paren"        # paren 第n页（共m页） | folio －n－ in the outer corner | none
    seam: bool = False           # 骑缝章 across the right edge
    qr: bool = False             # the case system's check code at the top left
    sign_hand: bool = False      # signer names written by hand


BUREAU = Look(qr=True)
CIVIL = Look(body="ming", size=43, issuer_face="ming", issuer_size=56, issuer_spacing=6, title_face="serif_bold",
             title_size=84, title_spacing=60, frame="plain", number_align="right", footer="folio", left=mm(28),
             right=mm(26))
ZHONGYUAN = Look(body="serif", size=41, lead=1.8, issuer_face="serif_bold", issuer_size=58, issuer_spacing=4,
                 title_face="hei", title_size=76, title_spacing=44, frame="plain", number_align="right", footer="paren",
                 seam=True)


def wrap_hanging(text: str, f: Font, width: float, first: float, hang: float) -> list[tuple[float, str]]:
    """Lines of `text` with their x offsets: the first line `first` in, the others `hang` in; no line opens with
    closing punctuation."""
    out: list[tuple[float, str]] = []
    cur, off = "", first
    for ch in text:
        if f.getlength(cur + ch) > width - off and cur:
            if ch in "，。、；：）”》！？" and len(cur) > 1:
                out.append((off, cur[:-1]))
                cur = cur[-1]
            else:
                out.append((off, cur))
                cur = ""
            off = hang
        cur += ch
    if cur:
        out.append((off, cur))
    return out


def mark_copied(s: Sheet) -> None:
    setattr(s, COPIED, True)


def is_copied(s: Sheet) -> bool:
    return bool(getattr(s, COPIED, False))


def check_code(s: Sheet, x: float, y: float, seed: str, *, size: int = mm(17)) -> None:
    """The case system's printed check code: a square matrix of dots with three finder squares (not a real QR code)."""
    r = random.Random(seed)
    n = 25
    cell = size / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            if r.random() < 0.48:
                d.rectangle((x + i * cell, y + j * cell, x + (i + 1) * cell - 1, y + (j + 1) * cell - 1), fill=INK)
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        x0, y0 = x + fx * cell, y + fy * cell
        d.rectangle((x0, y0, x0 + 7 * cell, y0 + 7 * cell), fill=(255, 255, 255))
        d.rectangle((x0, y0, x0 + 7 * cell - 1, y0 + 7 * cell - 1), outline=INK, width=int(cell))
        d.rectangle((x0 + 2 * cell, y0 + 2 * cell, x0 + 5 * cell - 1, y0 + 5 * cell - 1), fill=INK)
    s.text(x, y + size + 8, "扫码验真", font("sans", 22))


def typeset(look: Look, rng: random.Random, *, issuer: str, title: str, number: str, blocks: Sequence[Block],
            seal_name: str = "", seal_inner: str = "", code_seed: str = "") -> list[Sheet]:
    """A typed paper in `look`: heading, blocks flowing over as many sheets as they need, footers, seals."""
    f = font(look.body, look.size)
    small = font(look.body, int(look.size * 0.8))
    lh = look.size * look.lead
    sheets = [Sheet()]
    s = sheets[0]
    x0, x1 = look.left, s.width - look.right
    width = x1 - x0
    y = float(look.top)
    if look.qr:
        check_code(s, x0 - mm(12), mm(10), code_seed or number)
    if look.frame == "red" and issuer:
        s.centred(y - mm(6), issuer, font("serif_bold", int(look.issuer_size * 1.35)), fill=RED, spacing=look.issuer_spacing)
        y += look.issuer_size * 1.35 + mm(2)
        s.line(x0 - mm(8), y, x1 + mm(8), y, width=7, fill=RED)
        s.line(x0 - mm(8), y + 14, x1 + mm(8), y + 14, width=2, fill=RED)
        y += mm(12)
    elif issuer:
        s.centred(y, issuer, font(look.issuer_face, look.issuer_size), spacing=look.issuer_spacing)
        y += look.issuer_size * 1.7
    tf = font(look.title_face, look.title_size)
    spacing = look.title_spacing if len(title) <= 6 else max(4, look.title_spacing // 4)
    w = s.centred(y, title, tf, spacing=spacing)
    if look.frame == "box":
        bx = (s.width - w) / 2 - mm(7)
        s.box(bx, y - mm(4), bx + w + mm(14), y + look.title_size * 1.2 + mm(3), width=3)
    y += look.title_size * 1.75
    if number:
        nf = font(look.body, int(look.size * 0.95))
        if look.number_align == "right":
            s.right(x1, y, number, nf)
        else:
            s.centred(y, number, nf)
        y += look.size * 1.5
        if look.frame == "rule":
            s.line(x0, y, x1, y, width=2)
            y += mm(5)
        else:
            y += mm(2)
    bottom = s.height - look.foot

    def need(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = Sheet()
            sheets.append(s)
            y = float(look.top)

    sig_x = x1 - mm(78)
    for kind, text in blocks:
        if kind == "gap":
            y += lh * 0.5
        elif kind in ("p", "h", "f", "n"):
            ff = small if kind == "n" else f
            first = ff.size * 2 if kind == "p" else 0.0
            hang = ff.size * 2 if kind == "h" else 0.0
            for off, part in wrap_hanging(text, ff, width, first, hang):
                need(lh)
                s.text(x0 + off, y, part, ff)
                y += lh if kind != "n" else lh * 0.85
        elif kind == "c":
            need(lh)
            s.centred(y, text, f)
            y += lh
        elif kind == "r":
            need(lh)
            s.right(x1 - f.size, y, text, f)
            y += lh
        elif kind == "sig":
            need(lh)
            if "　" in text:
                role, name = text.split("　", 1)
                s.text(sig_x, y, role, f, spacing=mm(2) if len(role) <= 3 else 0)
                if look.sign_hand:
                    hand(s, sig_x + mm(36), y - 6, name, rng, size=int(f.size * 1.2), ink=BLACK_PEN)
                else:
                    s.text(sig_x + mm(36), y, name, f)
            else:
                s.text(sig_x, y, text, f)
            y += lh
        elif kind == "date":
            need(lh * 2.6)
            y += lh * 0.4
            tw = s.right(x1 - f.size, y, text, f)
            if seal_name:
                seal(s, tw + text_width(text, f) / 2 + rng.uniform(-mm(4), mm(4)), y + f.size * 0.4 + rng.uniform(-mm(3), mm(3)),
                     seal_name, rng, radius=mm(20.5), inner=seal_inner)
            y += lh * 1.2
    setattr(sheets[-1], END_Y, y)
    footers(sheets, look.footer, font(look.body, 30))
    if look.seam and len(sheets) > 1 and seal_name:
        at = rng.uniform(0.3, 0.6)
        for sh in sheets:
            seal(sh, sh.width + mm(21) - 2 * mm(21) * 0.4 + rng.uniform(-mm(1), mm(1)), sh.height * at + rng.uniform(-mm(2), mm(2)),
                 seal_name, rng, radius=mm(21))
    return sheets


def footers(sheets: list[Sheet], kind: str, f: Font) -> None:
    m = len(sheets)
    if kind == "none" or m < 2:
        return
    for n, sh in enumerate(sheets, 1):
        y = sh.height - mm(18)
        if kind == "paren":
            sh.centred(y, f"第{n}页（共{m}页）", f)
            sh.page_of = (n, m)
        else:
            label = f"－ {n} －"
            if n % 2:
                sh.right(sh.width - mm(24), y, label, f)
            else:
                sh.text(mm(24), y, label, f)
            if n > 1:
                sh.page_of = (n, m)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], centre: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
         outer: int = 5) -> list[list[tuple[float, float, float, float]]]:
    """A ruled table: heavy outer frame, hairline inner rules; a row shorter than `widths` lets its last cell run to
    the right edge. Returns the cells' boxes, row by row."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        cells = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                lines = wrap_hanging(cell, f, w - 20, 0, 0)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(lines)) / 2 + 2
                for _off, part in lines:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(cells)
        cy += h
    s.box(x, y, x + total, cy, width=outer, outline=ink)
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42, per_line: int = 0,
        ink: tuple[int, int, int] = PEN) -> float:
    """Ballpoint on a form, broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += size * 1.35
    return y


def fingerprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint pressed beside a name: an oval of broken ridges in 印泥 red."""
    w, h = 46, 60
    layer = Image.new("L", (w, h), 0)
    from PIL import ImageDraw

    d = ImageDraw.Draw(layer)
    for k in range(0, 24, 3):
        d.ellipse((k * 0.8, k, w - k * 0.8, h - k * 0.6), outline=int(rng.uniform(150, 230)), width=2)
    layer = layer.rotate(rng.uniform(-25, 25), expand=True)
    s.image.paste((200, 40, 45), (int(x), int(y)), layer)


def form_title(s: Sheet, title: str, *, y: float = mm(24), issuer: str = COURT, size: int = 72) -> float:
    """A form's heading: the issuer in 宋体, the title in bold with wide spacing; returns the y below."""
    if issuer:
        s.centred(y, issuer, font("serif", 46), spacing=6)
        y += 76
    s.centred(y, title, font("serif_bold", size), spacing=max(8, 90 - 10 * len(title)))
    return y + size * 1.7
