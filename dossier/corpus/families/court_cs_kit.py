"""court_cs's page shapes: the 汉台 court's own paper (court name spaced over a heavy title, number set right,
signers in a column, the court seal over the date), its filled forms (a two-column grid with pen entries), and the
shapes other bodies send in (a letter on a letterhead with a rule, a system printout in a monospace grid)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import Sheet, hand, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

HTCOURT = "陕西省汉中市汉台区人民法院"
X0, X1 = mm(28), mm(184)
WIDTH = X1 - X0
TOP, BOTTOM = mm(30), mm(268)


def body_font(rng: random.Random) -> Font:
    return font(rng.choice(["serif", "ming"]), 41)


def paras(s: Sheet, y: float, texts: Sequence[str], f: Font, *, lh: float = 66, indent: float = 84,
          pages: list[Sheet] | None = None) -> tuple[Sheet, float]:
    """Paragraphs down the page, running onto a new sheet (no title) when the page is full."""
    for t in texts:
        for k, part in enumerate(wrap(t, f, WIDTH, indent=indent)):
            if y + lh > BOTTOM and pages is not None:
                s = Sheet()
                pages.append(s)
                y = TOP + 20
            s.text(X0 + (indent if k == 0 else 0), y, part, f)
            y += lh
    return s, y


def footers(pages: list[Sheet], style: str = "cn") -> list[Sheet]:
    """第n页 共m页 (or "- n -") at the foot of every page of a multi-page paper."""
    n = len(pages)
    if n < 2:
        return pages
    f = font("serif", 30)
    for i, p in enumerate(pages, 1):
        label = f"第{i}页 共{n}页" if style == "cn" else f"— {i} —"
        p.centred(mm(282), label, f)
        p.page_of = (i, n)
    return pages


def court_paper(title: str, number: str, texts: Sequence[str], signers: Sequence[tuple[str, str]], made: date,
                rng: random.Random, *, to: str = "", seal_name: str = HTCOURT, court: str = HTCOURT) -> list[Sheet]:
    """A document the 汉台 court makes: court name letter-spaced, the title under it, number flush right."""
    s = Sheet()
    pages = [s]
    s.centred(TOP, court, font("serif_bold", 54), spacing=6)
    s.centred(TOP + 92, title, font("hei", 78), spacing=30)
    f = body_font(rng)
    s.right(X1, TOP + 212, number, font("serif", 40))
    y: float = TOP + 300
    if to:
        s.text(X0, y, to, f)
        y += 70
    s, y = paras(s, y, texts, f, pages=pages)
    if y + 330 > BOTTOM:
        s = Sheet()
        pages.append(s)
        y = TOP + 40
    y += 60
    sf = font("serif", 40)
    for role, name in signers:
        s.text(X1 - mm(78), y, role, sf, spacing=20 if len(role) < 4 else 0)
        s.text(X1 - mm(34), y, name, sf)
        y += 62
    s.right(X1 - mm(8), y + 20, cn_date(made), sf)
    seal(s, X1 - mm(40), y + 30, seal_name, rng)
    return footers(pages)


def grid_form(title: str, rows: Sequence[tuple[str, str]], rng: random.Random, *, head: str = HTCOURT,
              number: str = "", pen: bool = True, note: str = "") -> Sheet:
    """A printed two-column form whose right cells are filled in by pen (or typed)."""
    s = Sheet()
    s.centred(TOP, head, font("sans", 44))
    s.centred(TOP + 72, title, font("sans_bold", 64), spacing=8)
    y = TOP + 180
    if number:
        s.text(X0, y, number, font("sans", 36))
        y += 60
    lf = font("sans", 36)
    y0 = y
    heights = [max(100, 52 * len(wrap(v, font("kai", 38), WIDTH - mm(44) - 30)) + 40) for _, v in rows]
    table(s, X0, y0, [mm(44), WIDTH - mm(44)], [(k, "") for k, _ in rows], lf, row_h=heights)
    for (_, v), h in zip(rows, heights, strict=True):
        for j, part in enumerate(wrap(v, font("kai", 38), WIDTH - mm(44) - 30)):
            if pen:
                hand(s, X0 + mm(44) + 16, y + 22 + j * 52, part, rng, size=38)
            else:
                s.text(X0 + mm(44) + 16, y + 24 + j * 52, part, font("serif", 36))
        y += h
    if note:
        for part in wrap(note, font("sans", 30), WIDTH):
            s.text(X0, y + 20, part, font("sans", 30))
            y += 44
    return s
