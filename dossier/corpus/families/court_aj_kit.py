"""court_aj's house style (上海金融法院): formatted documents printed from the court's 审判系统 — a serif title set
wide under a small serif court line, the 案号 on its own right-set line, a 1-D barcode of the 文书编号 in the top
right corner (no QR), a thin double rule under the head, a serif body, and a grey system footer
"上海金融法院审判系统　文书编号 …　第 n 页 / 共 m 页". Forms (审批表, 回证, 封面) are ruled sans tables."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, mm, seal, signature
from dossier.corpus.fonts import Font, font

COURT = "上海金融法院"
BUREAU = "上海金融法院执行局"
GREY = (110, 110, 116)
X0 = mm(28)
WIDTH = mm(156)
BOTTOM = mm(262)


def serif(size: int) -> Font:
    return font("serif", size)


def serif_bold(size: int) -> Font:
    return font("serif_bold", size)


def sans(size: int) -> Font:
    return font("sans", size)


def doc_no(c: CaseCtx, title: str) -> str:
    h = int(hashlib.md5((c.number + title).encode()).hexdigest()[:8], 16)
    return f"SHJR{c.filed_on:%Y}{h % 10**8:08d}"


def barcode(sheet: Sheet, x: float, y: float, code: str, *, height: int = 70) -> None:
    """A Code-128-looking bar pattern of `code` (no QR), its digits printed under it."""
    bits = "".join(f"{b:08b}" for b in hashlib.sha1(code.encode()).digest())
    cx = x
    d = sheet.draw
    for i, b in enumerate(bits[:96]):
        w = 2 + (int(bits[(i * 3) % 160]) + int(bits[(i * 7) % 160])) if b == "1" else 2 + int(bits[(i * 5) % 160])
        if i % 2 == 0:
            d.rectangle((cx, y, cx + w - 1, y + height), fill=(20, 20, 20))
        cx += w
    sheet.text(x, y + height + 4, code, font("mono", 22), fill=GREY)


def head(c: CaseCtx, title: str, *, number: bool = True, system: bool = True, key: str = "") -> tuple[Sheet, float]:
    s = Sheet()
    if system:
        barcode(s, s.width - mm(68), mm(10), doc_no(c, key or title))
    s.centred(mm(24), COURT, serif_bold(46), spacing=6)
    s.centred(mm(36), title, serif_bold(70), spacing=24 if len(title) <= 6 else 8)
    y = mm(52)
    if number:
        s.right(X0 + WIDTH, y, c.number, serif(38))
        y += mm(9)
    s.line(X0, y, X0 + WIDTH, y, width=4)
    s.line(X0, y + 7, X0 + WIDTH, y + 7, width=1)
    return s, y + mm(7)


def footers(c: CaseCtx, sheets: Sequence[Sheet], title: str) -> None:
    n = len(sheets)
    for k, s in enumerate(sheets, 1):
        if n > 1:
            s.page_of = (k, n)
        s.line(X0, mm(276), X0 + WIDTH, mm(276), width=1, fill=GREY)
        s.text(X0, mm(278), f"上海金融法院审判系统　文书编号 {doc_no(c, title)}", font("sans", 22), fill=GREY)
        s.right(X0 + WIDTH, mm(278), f"第 {k} 页 / 共 {n} 页", font("sans", 22), fill=GREY)


def document(c: CaseCtx, title: str, blocks: Sequence[Block], rng: random.Random, *, signers: Sequence[str] = (),
             date_line: str = "", sealed: bool = True, size: int = 40, system: bool = True) -> list[Sheet]:
    """A formatted document: head, body flowed over as many sheets as it needs, signature block, date, seal."""
    key = title + "".join(text for _, text in blocks[:4])  # each document its own 文书编号
    first, y = head(c, title, system=system, key=key)
    sheets = [first]
    f = serif(size)
    lh = size * 1.75

    def more() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        return s, mm(22)

    y = flow(first, blocks, f, x0=X0, width=WIDTH, y=y, line_height=lh, indent=size * 2, bottom=BOTTOM - lh,
             more=more, centre=serif_bold(size))
    last = sheets[-1]
    need = (len(signers) + 2) * lh + mm(10)
    if y + need > BOTTOM:
        last, y = more()
    y += mm(8)
    sx = X0 + WIDTH - mm(72)
    for who in signers:
        role, name = who.split("|")
        last.text(sx, y, role, f)
        last.text(sx + mm(30), y, name, f)
        y += lh
    y += lh * 0.3
    d = date_line or cn_date(c.filed_on)
    last.right(X0 + WIDTH, y, d, f)
    if sealed:
        seal(last, X0 + WIDTH - mm(30), y - mm(4), COURT, rng)
    footers(c, sheets, key)
    return sheets


def form_head(title: str, sub: str = "") -> tuple[Sheet, float]:
    s = Sheet()
    s.centred(mm(20), COURT, serif_bold(44), spacing=4)
    s.centred(mm(31), title, serif_bold(58), spacing=10)
    y = mm(46)
    if sub:
        s.centred(y, sub, sans(28), fill=GREY)
        y += mm(7)
    return s, y


def sign_here(sheet: Sheet, x: float, y: float, name: str, rng: random.Random) -> None:
    signature(sheet, x, y, name, rng)
