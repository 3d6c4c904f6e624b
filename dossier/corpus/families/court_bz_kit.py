"""court_bz's drawing kit: the 张湾 bureau's house style (black song court line, heavy title, 仿宋-like body set
wide), its ruled forms with handwritten fills, the 笔录 sheet, and the undertakers' red 与原件核对无误 stamp."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import RED, Block, Sheet, flow, hand, mm, seal, signature, text_width
from dossier.corpus.fonts import Font, font

COURT = "湖北省十堰市张湾区人民法院"
MID = "湖北省十堰市中级人民法院"
ARB = "十堰仲裁委员会"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(25), mm(30), mm(262)


def yuan(amount: Decimal) -> str:
    """An amount as the bureau and the parties type it: digits with thousands commas, no currency word."""
    return f"{amount:,.2f}"


def body(size: float = 5.4) -> Font:
    """The bureau prints its papers in a song face a little larger than the parties' typists use."""
    return font("song_gb", mm(size))


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, when: date | None = None,
              signers: Sequence[tuple[str, str]] = (), number: bool = True, sealed: bool = True,
              footer: bool = True) -> list[Sheet]:
    """One of the bureau's own papers: court line, title, number, body that runs on, signers, date, seal."""
    sheets = [Sheet()]
    s = sheets[0]
    w = s.width - LEFT - RIGHT
    s.centred(TOP, COURT, font("serif_bold", mm(6.6)), spacing=mm(0.9))
    s.centred(TOP + mm(12), title, font("hei", mm(8.2)), spacing=mm(1.6))
    y: float = TOP + mm(27)
    if number:
        s.right(s.width - RIGHT, y, c.number, body(5.0))
        y += mm(12)
    f = body()
    lh = f.size * 1.78

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], TOP

    y = flow(s, blocks, f, x0=LEFT, width=w, y=y, line_height=lh, indent=f.size * 2, bottom=FOOT - mm(8),
             more=more)
    s = sheets[-1]
    if y > FOOT - mm(55):
        s, y = more()
    y += mm(6)
    for role, name in signers:
        s.text(s.width - RIGHT - mm(62), y, role, f, spacing=mm(2) if len(role) == 3 else 0.0)
        s.text(s.width - RIGHT - mm(28), y, name, f)
        y += lh
    day = when or c.filed_on
    s.right(s.width - RIGHT - mm(14), y + mm(6), cn_date(day), f)
    if sealed:
        seal(s, s.width - RIGHT - mm(36), y + mm(9), COURT, rng, radius=mm(20))
    if footer and len(sheets) > 1:
        for i, sh in enumerate(sheets):
            sh.centred(mm(280), f"第{i + 1}页 共{len(sheets)}页", font("song_gb", mm(3.6)))
    return sheets


def form_rows(s: Sheet, rng: random.Random, x: float, y: float, rows: Sequence[tuple[str, str]], *,
              label_w: float, row_h: float, width: float, label_font: Font | None = None,
              ink: tuple[int, int, int] = (30, 50, 150), size: int = 40) -> float:
    """A ruled two-column form: typed labels on the left, handwriting in the right cells; returns the y below."""
    lf = label_font or font("song_gb", mm(4.4))
    for label, value in rows:
        h = row_h * max(1, (len(value) // 26) + 1) if value else row_h
        s.box(x, y, x + width, y + h, width=2)
        s.line(x + label_w, y, x + label_w, y + h, width=2)
        lw = text_width(label, lf)
        s.text(x + (label_w - lw) / 2, y + (h - lf.size) / 2, label, lf)
        if value:
            chunk = 26
            for k in range(0, len(value), chunk):
                hand(s, x + label_w + mm(3), y + mm(2.5) + (k // chunk) * row_h, value[k:k + chunk], rng,
                     size=size, ink=ink)
        y += h
    return y


def record_sheet(c: CaseCtx, rng: random.Random, title: str, head: Sequence[str], qa: Sequence[tuple[str, str]],
                 signers: Sequence[str]) -> list[Sheet]:
    """A typed 笔录 on the bureau's ruled paper: heading lines, 问/答 runs, each sheet signed at its foot."""
    sheets: list[Sheet] = []
    f = font("song_gb", mm(4.8))
    lh = mm(9.2)

    def new() -> tuple[Sheet, float]:
        s = Sheet()
        sheets.append(s)
        for k in range(int((FOOT - TOP) / lh) + 1):
            s.line(LEFT, TOP + mm(20) + k * lh + f.size + 6, s.width - RIGHT, TOP + mm(20) + k * lh + f.size + 6,
                   width=1, fill=(170, 170, 190))
        s.centred(TOP, title if len(sheets) == 1 else f"{title}（续页）", font("hei", mm(7.5)), spacing=mm(1.2))
        return s, TOP + mm(20)

    s, y = new()
    blocks: list[Block] = [("f", h) for h in head] + [("p", f"{q}：{a}") for q, a in qa]
    flow(s, blocks, f, x0=LEFT, width=s.width - LEFT - RIGHT, y=y, line_height=lh, indent=0,
         bottom=FOOT - mm(14), more=new)
    for i, sh in enumerate(sheets):
        x = LEFT
        for who in signers:
            sh.text(x, FOOT - mm(4), "签名：", font("song_gb", mm(4)))
            signature(sh, x + mm(14), FOOT - mm(7), who, rng)
            x += mm(56)
        sh.right(sh.width - RIGHT, FOOT + mm(6), f"第{i + 1}页", font("song_gb", mm(3.6)))
    return sheets


def checked_copy(s: Sheet, rng: random.Random, who: str, x: float | None = None, y: float | None = None) -> None:
    """The undertaker's red 与原件核对无误 box stamp with a signature across it, put on every copy."""
    cx = x if x is not None else s.width - RIGHT - mm(58) + rng.uniform(-mm(6), mm(6))
    cy = y if y is not None else mm(246) + rng.uniform(-mm(8), mm(4))
    f = font("hei", mm(5.2))
    red = (RED[0] - rng.randint(0, 30), RED[1] + rng.randint(0, 20), RED[2] + rng.randint(0, 30))
    s.box(cx, cy, cx + mm(50), cy + mm(12), width=4, outline=red)
    s.text(cx + mm(3), cy + mm(2.6), "与原件核对无误", f, fill=red, spacing=mm(0.5))
    signature(s, cx + mm(14), cy + mm(10), who, rng, ink=(20, 20, 30))
