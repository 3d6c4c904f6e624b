"""court_cu's pen and press: how 蚌山区法院执行局 sets its own papers. The court line in bold song, the title under it
in bold song set wide, the case number right over the body with no rule, the body in the old GB song face (the
bureau's stand-in for 仿宋), signers stepped to the right, the date in Chinese numerals under the round seal, rulings
stamped 本件与原本核对无异 in a small box, and a multi-page paper numbered 共m页 第n页 at its foot, right. Its forms
(笔录纸 with red ruled lines, 送达回证, 审批表) in hei over song cells. Also the small helpers the received papers share."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal
from dossier.corpus.fonts import Font, font

COURT = "安徽省蚌埠市蚌山区人民法院"
SHORT = "蚌山区人民法院"
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = mm(30), mm(25), mm(34), mm(30)
"""a wide inner (left) margin: the papers are bound at the left"""
BODY_W = Sheet().width - MARGIN_L - MARGIN_R
RED_RULE = (214, 120, 120)


def body(size: int = 44) -> Font:
    return font("song_gb", size)


def bound(sheets: Sequence[Sheet], c: CaseCtx) -> list[Sheet]:
    """File the sheets into the case's volume in the order they are drawn, so that the archive's spread scanner
    (court_cu_capture) can find the page facing each one."""
    vol: list[Sheet] = c.extra.setdefault("volume", [])
    for s in sheets:
        vol.append(s)
        setattr(s, "cu_volume", vol)  # noqa: B010 — a family mark the capture reads back with getattr
    return list(sheets)


def footer(sheets: Sequence[Sheet], f: Font | None = None, *, style: str = "cu") -> list[Sheet]:
    """Number a multi-page paper at its foot; a one-page paper carries no number."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    f = f or body(30)
    for i, s in enumerate(sheets, 1):
        if style == "cu":
            s.right(s.width - MARGIN_R, s.height - MARGIN_B + mm(10), f"共{n}页　第{i}页", f)
        elif style == "dash":
            s.centred(s.height - MARGIN_B + mm(10), f"— {i} —", f)
        else:
            s.centred(s.height - MARGIN_B + mm(10), f"第{i}页（共{n}页）", f)
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def typed(blocks: Sequence[Block], *, head: Sheet | None = None, y: float = MARGIN_T, f: Font | None = None,
          lh: float = 80, x0: float = MARGIN_L, width: float = BODY_W) -> tuple[list[Sheet], float]:
    """Flow blocks over as many sheets as they need; returns the sheets and the y below the last line."""
    f = f or body()
    sheets = [head or Sheet()]

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], MARGIN_T

    end = flow(sheets[0], blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=f.size * 2,
               bottom=sheets[0].height - MARGIN_B - 30, more=more)
    return sheets, end


def court_doc(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str = "", certified: bool = False) -> list[Sheet]:
    """A paper of this court: court line and title in bold song, the case number right, the body, the signers, the
    date under the seal; a ruling (certified) carries the boxed 本件与原本核对无异 stamp left of its date."""
    s = Sheet()
    s.centred(MARGIN_T, COURT, font("serif_bold", 54), spacing=4)
    s.centred(MARGIN_T + 96, title, font("serif_bold", 76), spacing=26 if len(title) <= 6 else 6)
    y: float = MARGIN_T + 228
    s.right(s.width - MARGIN_R, y, number or c.number, body(42))
    sheets, y = typed(blocks, head=s, y=y + 96)
    last = sheets[-1]
    if y + 56 + 82 * len(signers) + 150 > last.height - mm(16):  # the signers and the sealed date stay together
        sheets.append(Sheet())
        last, y = sheets[-1], MARGIN_T + 40
    y += 56
    for role, name in signers:
        last.text(last.width - MARGIN_R - mm(62), y, f"{role}　{name}", body(44))
        y += 82
    y += 36
    x1 = last.width - MARGIN_R - mm(8)
    last.right(x1, y, cn_date(day), body(44))
    seal(last, x1 - mm(24), y + 14, COURT, rng, radius=mm(21))
    if certified:
        bx, by = MARGIN_L + mm(4), y - 30
        last.box(bx, by, bx + mm(52), by + mm(11), width=3, outline=(60, 60, 60))
        last.text(bx + mm(4), by + mm(2.4), "本件与原本核对无异", font("kai", 36), fill=(60, 60, 60))
    return footer(sheets)


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
         ink: tuple[int, int, int] = (28, 36, 96)) -> float:
    """A handwritten entry on a printed form (blue-black gel pen)."""
    return hand(s, x, y, text, rng, size=size, ink=ink)


def ruled_page(title: str, *, kind: str = "笔录") -> tuple[Sheet, float, float]:
    """The bureau's 笔录纸: the court's name and the record's title, red ruled lines down the page. Returns the sheet,
    the y of the first writing line and the line pitch."""
    s = Sheet()
    s.centred(MARGIN_T - 30, f"{COURT}", font("serif_bold", 44), spacing=4)
    s.centred(MARGIN_T + 42, title, font("serif_bold", 66), spacing=30)
    pitch = 76.0
    y0 = MARGIN_T + 170
    k = 0
    while y0 + k * pitch + 60 < s.height - mm(42):
        yy = y0 + k * pitch + 60
        s.line(MARGIN_L - mm(4), yy, s.width - MARGIN_R + mm(4), yy, width=2, fill=RED_RULE)
        k += 1
    s.line(MARGIN_L - mm(4), y0 - 14, MARGIN_L - mm(4), y0 + (k - 1) * pitch + 60, width=2, fill=RED_RULE)
    s.text(MARGIN_L - mm(4), s.height - mm(22), f"{SHORT}{kind}纸", font("song_gb", 26), fill=(190, 90, 90))
    return s, y0, pitch
