"""court_dd's own paper (贵州省遵义市红花岗区人民法院执行局): the bureau prints on its template — the court's name in a
black Song face over a 黑体 title set wide, the case number flush right under a hairline, body in a Ming (Song) face at a loose
leading, the page number as "— n —" at the foot, the signers flush right with a gap in two-character names, the date in
Chinese figures under the seal, and on rulings a small boxed "本件与原本核对无异" stamp low on the left. Its forms are
ruled grids with 黑体 labels, filled in by hand or by the case system's printer."""

from __future__ import annotations

import random
from collections.abc import Sequence

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, INK, Block, Sheet, flow, hand, mm, seal, signature, table, wrap
from dossier.corpus.fonts import Font, font

LEFT, RIGHT, TOP, FOOT = mm(28), mm(25), mm(30), mm(30)
BODY = mm(5.3)
LEAD = mm(9.3)


def body_font(size: float = BODY) -> Font:
    return font("ming", int(size))


def label_font(size: float = mm(4.4)) -> Font:
    return font("hei", int(size))


def spaced_name(name: str) -> str:
    """Two-character names are set with a full-width gap on signature lines (张　伟)."""
    return f"{name[0]}　{name[1]}" if len(name) == 2 else name


def folio(sheets: list[Sheet]) -> list[Sheet]:
    """The bureau's foot number "— n —" on every sheet of a document, and its place in the run."""
    n = len(sheets)
    f = font("song_gb", mm(4.2))
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(17), f"— {i} —", f)
        s.page_of = (i, n)
    return sheets


def _masthead(s: Sheet, court: str, title: str, number: str) -> float:
    y = float(TOP)
    s.centred(y, court, font("serif_bold", mm(7.2)), spacing=mm(0.6))
    y += mm(13)
    s.centred(y, title, font("hei", mm(10)), spacing=mm(3.2))
    y += mm(17)
    if number:
        s.right(s.width - RIGHT, y, number, body_font(mm(5)))
        y += mm(8)
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    return y + mm(6)


def check_stamp(s: Sheet, y: float, rng: random.Random) -> None:
    """The boxed 核对 stamp that the filing clerk puts on the certified copy."""
    f = font("song_gb", mm(4.4))
    x = LEFT + mm(2) + rng.uniform(-mm(2), mm(4))
    w = f.getlength("本件与原本核对无异") + mm(6)
    s.box(x, y, x + w, y + mm(9), width=3, outline=(60, 60, 70))
    s.text(x + mm(3), y + mm(2), "本件与原本核对无异", f, fill=(60, 60, 70))


def court_paper(court: str, title: str, number: str, blocks: Sequence[Block], when: str, rng: random.Random, *,
                signers: Sequence[tuple[str, str]] = (), seal_name: str = "", stamp: bool = False,
                addressee: str = "", reserve: float = 0.0) -> list[Sheet]:
    """A typed paper of the bureau: masthead, blocks flowing over as many sheets as they need, signers, date, seal;
    `reserve` keeps that much of the last sheet's foot free (for a 回执 to cut off)."""
    sheets = [Sheet()]
    y = _masthead(sheets[0], court, title, number)
    f = body_font()
    width = sheets[0].width - LEFT - RIGHT
    bottom = sheets[0].height - FOOT - mm(6)

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(TOP + mm(4))

    if addressee:
        sheets[-1].text(LEFT, y, addressee, f)
        y += LEAD
    y = flow(sheets[-1], blocks, f, x0=LEFT, width=width, y=y, line_height=LEAD, indent=2 * BODY,
             bottom=bottom, more=more)
    need = LEAD * (len(signers) + 2.6) + (mm(11) if stamp else 0) + reserve
    if y + need > bottom + mm(8):
        sheets.append(Sheet())
        sheets[-1].text(LEFT + 2 * BODY, TOP, "（此页无正文）", f)
        y = float(TOP + mm(14))
    s = sheets[-1]
    y += LEAD * 0.6
    right = s.width - RIGHT - mm(8)
    for role, name in signers:
        s.right(right, y, f"{role}　　{spaced_name(name)}", f)
        y += LEAD
    y += LEAD * 0.3
    s.right(right, y, when, f)
    if seal_name:
        seal(s, right - f.getlength(when) / 2, y + mm(2), seal_name, rng)
    y += LEAD * 1.2
    if stamp:
        check_stamp(s, y, rng)
    return folio(sheets)


def grid_form(title: str, rows: Sequence[tuple[str, str]], rng: random.Random, *, court: str = "", number: str = "",
              tall: dict[int, float] | None = None, by_hand: bool = True, label_w: float = mm(42),
              foot: str = "", ink: tuple[int, int, int] = BLUE_INK) -> tuple[Sheet, list[float]]:
    """A ruled grid of the bureau's forms: 黑体 labels in the left column, the values filled by hand (or typed).
    Returns the sheet and the top y of every row."""
    s = Sheet()
    y = float(TOP - mm(4))
    if court:
        s.centred(y, court, font("serif_bold", mm(6.4)), spacing=mm(0.5))
        y += mm(11)
    s.centred(y, title, font("hei", mm(8.5)), spacing=mm(2.2))
    y += mm(15)
    if number:
        s.right(s.width - RIGHT, y, number, body_font(mm(4.6)))
        y += mm(9)
    x0 = LEFT - mm(6)
    total = s.width - x0 - RIGHT + mm(4)
    heights = [float((tall or {}).get(i, mm(14))) for i in range(len(rows))]
    spare = s.height - FOOT - mm(14) - y
    if sum(heights) > spare:
        k = spare / sum(heights)
        heights = [h * k for h in heights]
    table(s, x0, y, [label_w, total - label_w], [[label, ""] for label, _ in rows], label_font(),
          row_h=heights, centre_first=True)
    tops = [y + sum(heights[:i]) for i in range(len(rows))]
    vf = body_font(mm(4.6))
    for (_, value), top, h in zip(rows, tops, heights, strict=True):
        if not value:
            continue
        if by_hand:
            room = total - label_w - mm(8)
            size = mm(5.4)
            fits = max(1, int(h // mm(7.5)))
            while size > mm(3.9) and len(wrap(value, font("kai", int(size)), room)) > fits:
                size -= mm(0.3)
            parts = wrap(value, font("kai", int(size)), room)
            step = size * 1.38
            ty = top + max(mm(1.5), (h - len(parts) * step) / 2)
            for part in parts[:fits + 1]:
                hand(s, x0 + label_w + mm(4), ty, part, rng, size=int(size), ink=ink)
                ty += step
        else:
            parts = wrap(value, vf, total - label_w - mm(8))
            ty = top + (h - len(parts) * mm(6.4)) / 2
            for part in parts:
                s.text(x0 + label_w + mm(4), ty, part, vf)
                ty += mm(6.4)
    if foot:
        s.text(x0, tops[-1] + heights[-1] + mm(4), foot, body_font(mm(4)))
    return s, tops


def stroke_name(s: Sheet, x: float, y: float, name: str, rng: random.Random, *, ink: tuple[int, int, int] = INK) -> None:
    signature(s, x, y, name, rng, ink=ink)


def cn_day(c: CaseCtx, offset: int) -> str:
    return cn_date(c.day(offset))
