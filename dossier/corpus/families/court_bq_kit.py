"""Drawing kit of court_bq (柳州城中): the bureau's papers are typed in 仿宋-like serif under a red two-line head,
its forms are 三联 carbon sets (white, pink, yellow), and the papers it receives keep their authors' looks."""

from __future__ import annotations

import random
from collections.abc import Sequence

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import RED, Sheet, hand, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "广西壮族自治区柳州市城中区人民法院"
PINK = (250, 214, 222)
YELLOW = (250, 238, 176)
WHITE = (255, 255, 255)


def body(size: int = 40) -> Font:
    return font("serif", size)


def paper_for(rng: random.Random, weights: tuple[int, int, int] = (2, 1, 1)) -> tuple[int, int, int]:
    """Which copy of a carbon set reached the volume: the white top sheet, or the pink or yellow one."""
    return rng.choices([WHITE, PINK, YELLOW], weights=list(weights))[0]


def paginate(sheets: Sequence[Sheet], f: Font, *, style: str = "dash") -> None:
    """Footers on a paper of several sheets: 第n页共m页 or a centred '- n -'."""
    n = len(sheets)
    for k, s in enumerate(sheets, 1):
        s.page_of = (k, n) if n > 1 else None
        if n > 1:
            label = f"第{k}页共{n}页" if style == "count" else f"- {k} -"
            s.centred(s.height - mm(14), label, f)


def paragraphs(sheets: list[Sheet], texts: Sequence[str], f: Font, y: float, *, x0: float = mm(28),
               x1: float | None = None, lh: float = 1.8, bottom: float = mm(262),
               paper: tuple[int, int, int] = WHITE) -> float:
    """Indented paragraphs running on to new sheets (no title on later sheets); returns the last y."""
    sheet = sheets[-1]
    right = x1 if x1 is not None else sheet.width - mm(26)
    step = f.size * lh
    for t in texts:
        for k, part in enumerate(wrap(t, f, right - x0, indent=f.size * 2)):
            if y + step > bottom:
                sheet = Sheet(paper=paper)
                sheets.append(sheet)
                y = mm(30)
            sheet.text(x0 + (f.size * 2 if k == 0 else 0), y, part, f)
            y += step
    return y


def red_head(sheet: Sheet, title: str, number: str, rng: random.Random, *, y: float = mm(26)) -> float:
    """The bureau's head: court name in red heavy type, the title letter-spaced, the number flush right."""
    sheet.centred(y, COURT, font("serif_bold", 54), fill=RED, spacing=4)
    y += mm(14)
    sheet.centred(y, title, font("hei", 62), spacing=22 if len(title) <= 6 else 10)
    y += mm(15)
    sheet.right(sheet.width - mm(28), y, number, body(38))
    return y + mm(14)


def sign_block(sheet: Sheet, y: float, roles: Sequence[tuple[str, str]], day: str, rng: random.Random,
               *, stamp: str = COURT) -> float:
    """The signers on the right, the date in Chinese numerals, the court's seal over the date."""
    f = body(40)
    x = sheet.width - mm(86)
    for role, name in roles:
        sheet.text(x, y, f"{role}　{name}", f)
        y += mm(10)
    y += mm(4)
    sheet.text(x - mm(6), y, day, f)
    seal(sheet, x + mm(24), y + mm(2), stamp, rng)
    return y + mm(14)


def form_sheet(title: str, rows: Sequence[Sequence[str]], cols: Sequence[float], rng: random.Random, *,
               paper: tuple[int, int, int], heights: Sequence[float] | float = mm(13),
               sub: str = "", fills: Sequence[tuple[float, float, str]] = (), size: int = 34) -> Sheet:
    """A court form from the carbon-set pads: a boxed grid, some cells filled by hand in blue or black ink."""
    s = Sheet(paper=paper)
    s.centred(mm(22), COURT, font("song_gb", 44), spacing=3)
    s.centred(mm(34), title, font("hei", 56), spacing=12)
    y = mm(50)
    if sub:
        s.right(s.width - mm(22), y, sub, font("song_gb", 32))
        y += mm(9)
    table(s, mm(20), y, cols, rows, font("song_gb", size), row_h=heights, width=3, centre_first=True)
    for fx, fy, text in fills:
        hand(s, fx, fy, text, rng, size=42)
    return s


def court_day(c: CaseCtx, offset: int) -> str:
    return cn_date(c.day(offset))
