"""court_ap's drawing kit (宜昌西陵): the bureau's forms with a 文号 line above the title, 宋体 bodies, titles in a
heavy 小标宋-like serif under the court name; bordered-table forms; and the 骑缝章 stamped across the fanned edges of
a multi-page original, so every page carries its slice of the seal at its right edge."""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
from PIL import Image

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, table
from dossier.corpus.fonts import Font, font

COURT = "湖北省宜昌市西陵区人民法院"
SEAL = "湖北省宜昌市西陵区人民法院"
BODY = 35
LH = 60
X0 = mm(28)
W = mm(156)
BOTTOM = mm(262)


def body(size: int = BODY) -> Font:
    return font("serif", size)


def title_font(size: int = 60) -> Font:
    return font("serif_bold", size)


def spaced(s: str) -> str:
    return " ".join(s) if len(s) <= 6 else s


def court_head(s: Sheet, c: CaseCtx, title: str, *, wenhao: str = "", number: bool = True) -> float:
    """The court name in a heavy serif, the title spaced below it, the 文号 line (or case number) set right."""
    y = mm(22)
    if wenhao:
        s.text(X0, y, wenhao, font("serif", 26))
        y += mm(8)
    s.centred(y, COURT, title_font(46))
    y += mm(17)
    s.centred(y, spaced(title), title_font(62))
    y += mm(21)
    if number:
        s.right(X0 + W, y, c.number, body())
        y += LH + 10
    return y


def court_pages(c: CaseCtx, title: str, blocks: Sequence[Block], rng: random.Random, *, wenhao: str = "",
                sign: Sequence[str] = (), day: object = None, seal_it: bool = True, footer: bool = True) -> list[Sheet]:
    """A court document run through flow() onto as many sheets as it needs, signed, dated and sealed."""
    sheets = [Sheet()]
    y = court_head(sheets[0], c, title, wenhao=wenhao)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], mm(24)

    y = flow(sheets[0], blocks, body(), x0=X0, width=W, y=y, line_height=LH, indent=BODY * 2, bottom=BOTTOM, more=more)
    tail: list[Block] = [("r", line) for line in sign]
    if day is not None:
        tail.append(("r", str(day)))
    if tail:
        if y + LH * (len(tail) + 1) > BOTTOM:
            sheets.append(Sheet())
            y = mm(24)
        y = flow(sheets[-1], [("f", ""), *tail], body(), x0=X0, width=W, y=y + 10, line_height=LH, indent=0,
                 right=X0 + W - mm(6))
        if seal_it:
            seal(sheets[-1], X0 + W - mm(26), y - LH * 1.1, SEAL, rng)
    if footer:
        number_pages(sheets, "court")
    return sheets


def number_pages(sheets: list[Sheet], style: str) -> None:
    n = len(sheets)
    for k, s in enumerate(sheets):
        if n > 1:
            s.page_of = (k + 1, n)
        if style == "court" and n > 1:
            s.centred(s.height - mm(16), f"第{k + 1}页　共{n}页", body(26))
        elif style == "dash":
            s.centred(s.height - mm(14), f"- {k + 1} -", body(28))


def form_page(c: CaseCtx, title: str, rows: Sequence[Sequence[str]], *, cols: Sequence[float], row_h: float | Sequence[float],
              wenhao: str = "", note: Sequence[Block] = (), number: bool = True) -> tuple[Sheet, float]:
    s = Sheet()
    y = court_head(s, c, title, wenhao=wenhao, number=number)
    y = table(s, X0 - mm(4), y, cols, rows, body(30), row_h=row_h, centre_first=True)
    if note:
        y = flow(s, note, body(28), x0=X0 - mm(4), width=W + mm(8), y=y + 16, line_height=46, indent=56)
    return s, y


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, size: int = 38) -> None:
    hand(s, x, y, text, rng, size=size)


def straddle(sheets: list[Sheet], name: str, rng: random.Random) -> None:
    """The 骑缝章: one seal stamped across the fanned right edges; page k shows the k-th slice of it."""
    n = len(sheets)
    if n < 2:
        return
    r = mm(20)
    stamp = Sheet(size=(int(r * 2 + 40), int(r * 2 + 40)))
    seal(stamp, stamp.width / 2, stamp.height / 2, name, rng, radius=r)
    art = np.asarray(stamp.image.convert("RGB"), dtype=np.float32) / 255.0
    y0 = int(sheets[0].height * rng.uniform(0.42, 0.62))
    strip = art.shape[1] / n
    for k, s in enumerate(sheets):
        part = art[:, int(k * strip): int((k + 1) * strip)]
        w = part.shape[1]
        x0 = s.width - w - rng.randint(0, 6)
        page = np.asarray(s.image, dtype=np.float32)
        page[y0:y0 + part.shape[0], x0:x0 + w] *= part
        s.image = Image.fromarray(page.clip(0, 255).astype(np.uint8))


def today(c: CaseCtx, offset: int) -> str:
    return cn_date(c.day(offset))
