"""court_be's drawing kit: the 城关区法院's own house style (its case system's templates printed on the bureau's laser
printer), the way each sheet says how it reached the dossier (ADF scan, 移动微法院 phone upload, lawyer's downscaled
PDF), and a pager that runs long papers onto later sheets with their authors' own footers."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "甘肃省兰州市城关区人民法院"
BUREAU = "兰州市城关区人民法院执行局"
MID = "甘肃省兰州市中级人民法院"
ARB = "兰州仲裁委员会"
FIRMS = ["甘肃金城正道律师事务所", "甘肃皋兰山律师事务所", "甘肃黄河铁桥律师事务所", "甘肃陇原明法律师事务所"]
STREETS = ["庆阳路", "张掖路", "酒泉路", "武都路", "东岗西路", "雁滩路", "南昌路", "天水北路", "皋兰路", "静宁路"]
JIEDAO = ["张掖路街道", "皋兰路街道", "伏龙坪街道", "雁南街道", "东岗街道", "拱星墩街道", "渭源路街道"]
BANKS = ["兰州银行城关支行", "甘肃银行兰州东岗支行", "兰州银行庆阳路支行", "甘肃银行兰州雁滩支行",
         "中国农业银行兰州城关支行"]

ORIGINS = ("adf", "app", "upload", "photo")
"""adf: the court's own paper through its 200 dpi ADF; app: a phone picture run through a scanning app and uploaded
through 网上立案/移动微法院; upload: a lawyer's PDF downscaled by the upload portal; photo: a phone picture sent as
taken (perspective left, table edge showing)."""


@dataclass
class BSheet(Sheet):
    """A sheet that remembers how it reached the dossier (capture reads `origin`)."""

    origin: str = "adf"


def sheet(origin: str = "adf", *, paper: tuple[int, int, int] = (255, 255, 255)) -> BSheet:
    return BSheet(paper=paper, origin=origin)


def origin_of(s: Sheet) -> str:
    o = getattr(s, "origin", "adf")
    return o if o in ORIGINS else "adf"


@dataclass
class Pager:
    """Sheets of one paper: `more()` adds the next sheet and gives the y to go on at; `finish()` writes the
    footers once the count is known."""

    origin: str
    top: float
    footer: Callable[[BSheet, int, int], None] | None = None
    sheets: list[BSheet] = field(default_factory=list)

    def first(self) -> BSheet:
        s = sheet(self.origin)
        self.sheets.append(s)
        return s

    def more(self) -> tuple[Sheet, float]:
        s = sheet(self.origin)
        self.sheets.append(s)
        return s, self.top

    @property
    def last(self) -> BSheet:
        return self.sheets[-1]

    def finish(self) -> list[Sheet]:
        n = len(self.sheets)
        for i, s in enumerate(self.sheets):
            if n > 1:
                s.page_of = (i + 1, n)
            if self.footer is not None:
                self.footer(s, i + 1, n)
        return list(self.sheets)


# ----------------------------------------------------------------------------- the court's own template
L, R, T = mm(28), mm(182), mm(34)
BOTTOM = mm(262)


def body_font() -> Font:
    return font("song_gb", 41)


def court_footer(s: BSheet, i: int, n: int) -> None:
    if n > 1:
        s.centred(mm(279), f"第{i}页 共{n}页", font("song_gb", 28))


def court_head(s: BSheet, title: str, number: str, *, spaced: bool = True) -> float:
    """The case system's template head: court name, the title letter-spaced below, the case number right."""
    s.centred(mm(24), COURT, font("serif_bold", 58), spacing=4)
    s.centred(mm(40), title, font("serif_bold", 62), spacing=28 if spaced and len(title) <= 6 else 8)
    y = mm(58)
    if number:
        s.right(R, y, number, font("song_gb", 40))
        y += mm(11)
    return y


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: int,
                signer: str = "", number: str | None = None, sealed: bool = True) -> list[Sheet]:
    """A paper of the bureau from its template, run on as long as it needs, sealed at the date."""
    pg = Pager("adf", T, court_footer)
    s = pg.first()
    y = court_head(s, title, c.number if number is None else number)
    f = body_font()
    y = flow(s, blocks, f, x0=L, width=R - L, y=y, line_height=mm(9.6), indent=f.size * 2, bottom=BOTTOM,
             more=pg.more)
    s = pg.last
    if y > BOTTOM - mm(48):
        _, y = pg.more()
        s = pg.last
    y += mm(10)
    if signer:
        for line in signer.split("\n"):
            s.right(R - mm(12), y, line, f)
            y += mm(10)
    d = cn_date(c.day(day))
    s.right(R - mm(8), y + mm(4), d, f)
    if sealed:
        seal(s, R - mm(38), y + mm(2), COURT, rng)
    return pg.finish()
