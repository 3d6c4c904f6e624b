"""court_dn's own papers: exported from the 青海 e-litigation platform as PDF (born digital). The head carries the
court's name in Tibetan over the Chinese, a thin red rule, the title in 黑体, the case number flush right under it;
the body in a 宋体-like serif at 1.6 line spacing; the electronic seal crisp over the date; a grey platform footer
on every page (文书编号 and 第X页/共Y页)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from functools import cache

from PIL import ImageFont

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Sheet, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "青海省西宁市城西区人民法院"
COURT_BO = "མཚོ་སྔོན་ཞིང་ཆེན་ཟི་ལིང་གྲོང་ཁྱེར་ཁྲིན་ཞི་ཆུས་མི་དམངས་ཁྲིམས་ཁང་།"
LEFT, RIGHT, TOP, FOOT = mm(28), mm(24), mm(22), mm(20)
RULE_RED = (190, 40, 40)
GREY = (120, 120, 126)


@cache
def tibetan(size: int) -> Font:
    return ImageFont.truetype("/usr/share/fonts/truetype/noto/NotoSerifTibetan-Regular.ttf", size=size)


def serif(size: int = 40) -> Font:
    return font("serif", size)


def head(s: Sheet, title: str, number: str) -> float:
    """The bilingual head; returns the y where the body starts."""
    s.centred(TOP, COURT_BO, tibetan(34))
    s.centred(TOP + 70, COURT, font("song_gb", 58), spacing=4)
    y = TOP + 150
    s.line(LEFT, y, s.width - RIGHT, y, width=2, fill=RULE_RED)
    s.centred(y + 30, title, font("hei", 64), spacing=18 if len(title) <= 6 else 4)
    if number:
        s.right(s.width - RIGHT, y + 130, number, serif(38))
        return y + 210
    return y + 140


def platform_foot(sheets: Sequence[Sheet], c: CaseCtx, tag: str) -> list[Sheet]:
    n = len(sheets)
    for i, s in enumerate(sheets, 1):
        s.text(LEFT, s.height - FOOT, f"青海法院电子诉讼平台　文书编号：{tag}", font("sans", 24), fill=GREY)
        s.right(s.width - RIGHT, s.height - FOOT, f"第{i}页/共{n}页", font("sans", 24), fill=GREY)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def doc(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[str], *, day: date, number: str | None = None,
        signers: Sequence[tuple[str, str]] = (), tail: Sequence[str] = ()) -> list[Sheet]:
    """A typed paper of the court. A paragraph starting with '|' is set flush (addressee, party lines)."""
    f = serif(40)
    lh = 66
    width = Sheet().width - LEFT - RIGHT
    sheets = [Sheet()]
    y = head(sheets[0], title, c.number if number is None else number)
    bottom = sheets[0].height - FOOT - 70
    for para in paras:
        flush = para.startswith("|")
        text = para.lstrip("|")
        ind = 0.0 if flush else f.size * 2
        for k, line in enumerate(wrap(text, f, width, indent=ind)):
            if y + lh > bottom:
                sheets.append(Sheet())
                y = TOP + 40
            sheets[-1].text(LEFT + (ind if k == 0 else 0), y, line, f)
            y += lh
    last = sheets[-1]
    need = 90 + 70 * len(signers) + 80 + 60 * len(tail)
    if y + need > bottom:
        sheets.append(Sheet())
        last, y = sheets[-1], TOP + 40
    y += 60
    for role, name in signers:
        last.text(last.width - RIGHT - mm(62), y, f"{role}　{name}", f)
        y += 68
    y += 20
    x1 = last.width - RIGHT - mm(8)
    last.right(x1, y, cn_date(day), f)
    seal(last, x1 - mm(24), y + 18, COURT, rng, radius=mm(20))
    y += 110
    for t in tail:
        last.text(LEFT, y, t, serif(34))
        y += 60
    return platform_foot(sheets, c, f"{c.court.code}{day:%Y%m%d}{rng.randint(1000, 9999)}")


def form(c: CaseCtx, rng: random.Random, title: str, rows: list[list[str]], heights: Sequence[int], *,
         cols: Sequence[float] | None = None, number: str | None = None, note: str = "") -> tuple[Sheet, float]:
    """A court form exported as a table (the platform draws thin grey-black grid lines)."""
    s = Sheet()
    y = head(s, title, c.number if number is None else number)
    w = s.width - LEFT - RIGHT
    colw = list(cols) if cols else [mm(38), w - mm(38)]
    end = table(s, LEFT, y, colw, rows, serif(34), row_h=list(heights), width=2, fill=(60, 60, 66))
    if note:
        for k, line in enumerate(wrap(note, serif(30), w)):
            s.text(LEFT, end + 20 + 48 * k, line, serif(30))
    return s, end
