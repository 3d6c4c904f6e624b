"""court_ev's house style: how 秦都区法院执行局 sets its own papers on the bureau's inkjet printers. The court line in
宋体 bold over a wide-spaced title, the case number at the right in a narrower face, 宋体 body at 14 pt with 28 pt
leading, signers in a two-column block, the date line in Chinese numerals under the round seal, and "— n —" centred
at the foot of papers that run on. Forms are set in 黑体 heads with ruled cells."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import Block, Sheet, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "陕西省咸阳市秦都区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(26), mm(34), mm(30)
PEN = (28, 38, 96)
"""the blue-black gel pen the bureau's clerks fill forms with"""


def song(size: int = 40) -> Font:
    return font("serif", size)


def song_b(size: int) -> Font:
    return font("serif_bold", size)


def hei(size: int) -> Font:
    return font("hei", size)


def printed(sheets: Sequence[Sheet], how: str) -> list[Sheet]:
    """Tag where a paper was printed (the capture reads it): bureau / inkjet / laser / copier."""
    for s in sheets:
        object.__setattr__(s, "ev_printer", how)
    return list(sheets)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
        ink: tuple[int, int, int] = PEN) -> float:
    return hand(s, x, y, text, rng, size=size, ink=ink)


class Pager:
    """Typed lines down as many sheets as a paper needs."""

    def __init__(self, first: Sheet, y: float, *, f: Font, lh: float, x0: float = LEFT,
                 width: float | None = None, top: float = TOP, foot: float = FOOT) -> None:
        self.sheets = [first]
        self.y = y
        self.f = f
        self.lh = lh
        self.x0 = x0
        self.width = width if width is not None else first.width - LEFT - RIGHT
        self.top = top
        self.foot = foot

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    def room(self, lines: int = 1) -> None:
        if self.y + self.lh * lines > self.sheet.height - self.foot - 30:
            self.sheets.append(Sheet(paper=self.sheet.paper))
            self.y = self.top

    def put(self, kind: str, text: str) -> None:
        if kind == "r":
            self.room()
            self.sheet.right(self.x0 + self.width, self.y, text, self.f)
            self.y += self.lh
            return
        if kind == "c":
            self.room()
            self.sheet.centred(self.y, text, self.f)
            self.y += self.lh
            return
        lead = self.f.size * 2 if kind == "p" else 0
        for k, part in enumerate(wrap(text, self.f, self.width, indent=lead)):
            self.room()
            self.sheet.text(self.x0 + (lead if k == 0 else 0), self.y, part, self.f)
            self.y += self.lh

    def run(self, blocks: Sequence[Block]) -> Pager:
        for kind, text in blocks:
            self.put(kind, text)
        return self


def folios(sheets: list[Sheet], f: Font) -> list[Sheet]:
    """'— n —' at the foot of each page of a paper that runs on."""
    if len(sheets) > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - FOOT + mm(6), f"— {i} —", f)
            if i > 1:
                s.page_of = (i, len(sheets))
    return sheets


def head(s: Sheet, title: str, number: str) -> float:
    """Court line, title, case number; returns the y where the body starts."""
    s.centred(TOP, COURT, song_b(54), spacing=5)
    spread = 34 if len(title) <= 5 else (18 if len(title) <= 8 else 4)
    s.centred(TOP + 96, title, song_b(72), spacing=spread)
    y = TOP + 210
    if number:
        s.right(s.width - RIGHT - mm(4), y, number, font("serif", 40))
        y += 80
    return y + 10


def court_paper(number: str, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                signers: Sequence[tuple[str, str]] = (), sealed: bool = True, tail: str = "") -> list[Sheet]:
    """A paper of the court: head, typed body, signers and the date under the seal; runs on as needed."""
    first = Sheet()
    y = head(first, title, number)
    p = Pager(first, y, f=song(42), lh=80).run(blocks)
    need = 80 * (len(signers) // 2 + len(signers) % 2) + 260
    if p.y + need > p.sheet.height - FOOT:
        p.sheets.append(Sheet())
        p.y = TOP + 40
    s = p.sheet
    y = p.y + 60
    col = s.width - RIGHT - mm(78)
    for k, (role, name) in enumerate(signers):
        s.text(col, y, f"{role}　{name}", song(42))
        y += 76
        del k
    y += 40
    x1 = s.width - RIGHT - mm(10)
    s.right(x1, y, cn_date(day), song(42))
    if sealed:
        seal(s, x1 - mm(24), y + 14, COURT, rng, radius=mm(21))
    if tail:
        s.text(LEFT, y + 170, tail, song(34))
    return printed(folios(p.sheets, song(32)), "bureau")


def form_title(s: Sheet, title: str, *, court: bool = True, y: float = TOP) -> float:
    if court:
        s.centred(y, COURT, hei(46), spacing=3)
        y += 74
    s.centred(y, title, hei(64), spacing=16)
    return y + 110
