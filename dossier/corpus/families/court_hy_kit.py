"""court_hy's press (福建省宁德市蕉城区人民法院执行局): the bureau prints its papers on the court's 红头 stock — the court's
name pre-printed in saturated red 标宋, spread wide, over a red rule (a thick bar and a hairline) — with the title in
black 黑体 and the body in Noto 宋 set ragged right, signers' lines right, the date in Chinese numerals under the seal,
and on papers of more than one page "第n页（共m页）" centred at the foot. Its forms (送达回证, 传票, 审批表, cover,
catalogue, 笔录纸) are red-ruled pre-printed stock whose labels are red too; the clerk fills them on the office laser
printer (套打: black sans, a few millimetres off the printed boxes) or with a blue ballpoint."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "福建省宁德市蕉城区人民法院"
LAW = "《中华人民共和国民事诉讼法》"
RED_P = (214, 30, 42)
"""the red of pre-printed stock: 红头, receipt titles, the rules and labels of the court's forms"""
GREEN_P = (0, 134, 80)
BLUE_P = (22, 76, 170)
BLACK = (22, 22, 26)
PEN = (30, 42, 140)
LEFT, RIGHT, TOP, FOOT = mm(27), mm(25), mm(30), mm(30)


def body(size: int = 41) -> Font:
    return font("serif", size)


def red_head(s: Sheet, *, name: str = COURT, y: float = TOP, ink: tuple[int, int, int] = RED_P) -> float:
    """The pre-printed 红头: the issuer's name in red bold song spread across the measure, a thick red bar and a
    hairline under it. Returns the y below."""
    f = font("serif_bold", 66 if len(name) <= 13 else 58)
    room = s.width - LEFT - RIGHT - mm(10)
    gap = max(2.0, (room - text_width(name, f)) / max(1, len(name) - 1))
    s.centred(y, name, f, spacing=min(gap, 26.0), fill=ink)
    y += f.size + 34
    s.line(LEFT - mm(3), y, s.width - RIGHT + mm(3), y, width=7, fill=ink)
    s.line(LEFT - mm(3), y + 13, s.width - RIGHT + mm(3), y + 13, width=2, fill=ink)
    return y + 50


def footers(sheets: list[Sheet]) -> list[Sheet]:
    m = len(sheets)
    if m < 2:
        return sheets
    f = body(30)
    for n, s in enumerate(sheets, 1):
        s.centred(s.height - mm(17), f"第{n}页（共{m}页）", f)
        s.page_of = (n, m)
    return sheets


class Flow:
    """A court paper flowing down red-headed sheets (later sheets are plain, as the printer's second sheet is)."""

    def __init__(self, first: Sheet, y: float) -> None:
        self.sheets = [first]
        self.y = y

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            self.sheets.append(Sheet())
            self.y = float(TOP)

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0, x0: float = LEFT,
             x1: float | None = None) -> None:
        right = (self.s.width - RIGHT) if x1 is None else x1
        parts = wrap(text, f, right - x0 - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(x0 + (first if k == 0 else hang), self.y, part, f)
            self.y += lead


def court_doc(rng: random.Random, title: str, number: str, paras: Sequence[tuple[str, str]], *, day: date,
              signers: Sequence[tuple[str, str]] = (), head: bool = True, issuer: str = COURT) -> list[Sheet]:
    """A paper of the bureau on 红头 stock. paras: ("to", addressee), ("p", paragraph), ("h", party line with a hanging
    indent), ("n", a note in smaller type)."""
    s = Sheet()
    if head:
        y = red_head(s, name=issuer)
    else:
        s.centred(TOP, issuer, font("serif_bold", 54), spacing=6)
        y = TOP + 100
    s.centred(y, title, font("hei", 72), spacing={2: 80, 3: 50, 4: 30, 5: 16}.get(len(title), 4))
    y += 128
    s.right(s.width - RIGHT - mm(4), y, number, body(40))
    flow = Flow(s, y + 92)
    f = body(41)
    for kind, text in paras:
        if kind == "to":
            flow.para(text, f, lead=73)
        elif kind == "h":
            flow.para(text, f, lead=73, hang=f.size * 2)
        elif kind == "n":
            flow.para(text, body(34), lead=58)
        else:
            flow.para(text, f, lead=73, first=f.size * 2)
    flow.need(80 * len(signers) + 240)
    last = flow.s
    y = flow.y + 50
    x = last.width - RIGHT - mm(68)
    for role, name in signers:
        last.text(x, y, role, f, spacing=14 if len(role) == 3 else (56 if len(role) == 2 else 0))
        last.text(x + mm(32), y, name, f)
        y += 76
    y += 36
    when = cn_date(day)
    xr = last.width - RIGHT - mm(12)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(5), mm(5)), y + 10, issuer, rng, radius=mm(21))
    return footers(flow.sheets)


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]],
          heights: float | Sequence[float], *, ink: tuple[int, int, int] = RED_P, size: int = 36,
          weight: int = 2) -> list[list[tuple[float, float, float, float]]]:
    """Pre-printed ruling in one ink with its labels in the same ink: a row shorter than `widths` lets its last cell
    run to the right edge; a label cell's text is centred, a cell marked "" is left for the fill. Returns each row's
    cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    f = font("serif", size)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    s.box(x, y, x + total, y + sum(hs), width=weight + 2, outline=ink)
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, label in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=weight, outline=ink)
            if label:
                parts = wrap(label, f, w - 14)
                lh = f.size * 1.25
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    return out


def merge_down(s: Sheet, cells: Sequence[tuple[float, float, float, float]], label: str, *,
               ink: tuple[int, int, int] = RED_P, size: int = 26) -> None:
    """Cells of one column printed as one (the 缴款人 / 汇款人 label beside its three rows): the inner rules whited out,
    the label set down the middle, one character a line when it is narrow."""
    x0, y0, x1 = cells[0][0], cells[0][1], cells[0][2]
    y1 = cells[-1][3]
    s.draw.rectangle((x0 + 3, y0 + 3, x1 - 3, y1 - 3), fill=s.paper)
    f = font("serif", size)
    if text_width(label, f) > x1 - x0 - 10:
        ty = (y0 + y1) / 2 - len(label) * size * 1.15 / 2
        for ch in label:
            s.text((x0 + x1 - text_width(ch, f)) / 2, ty, ch, f, fill=ink, record=False)
            ty += size * 1.15
        s.lines.append(label)
    else:
        s.centred((y0 + y1) / 2 - size * 0.6, label, f, x0=x0, x1=x1, fill=ink)


def typed(s: Sheet, box: tuple[float, float, float, float], text: str, rng: random.Random, *, size: int = 36,
          shift: tuple[float, float] = (0.0, 0.0), lead: float = 0.0) -> None:
    """The laser printer's fill (套打) in a box: black sans, off the box by the sheet's feed shift."""
    x0, y0, x1, y1 = box
    f = font("sans", size)
    parts = wrap(text, f, x1 - x0 - 24)
    lh = lead or size * 1.3
    ty = y0 + (y1 - y0 - lh * len(parts)) / 2 + shift[1]
    for part in parts:
        s.text(x0 + 12 + shift[0], ty, part, f, fill=BLACK)
        ty += lh


def feed_shift(rng: random.Random) -> tuple[float, float]:
    """How far the printer's fill lands from the pre-printed boxes on one sheet (a few millimetres)."""
    return (rng.uniform(-mm(2.5), mm(3.5)), rng.uniform(-mm(2.0), mm(2.5)))


def pen(s: Sheet, box: tuple[float, float, float, float], text: str, rng: random.Random, *, size: int = 40,
        per_line: int = 0, ink: tuple[int, int, int] = PEN) -> None:
    """A ballpoint fill in a box, broken every `per_line` characters."""
    x0, y0, x1, y1 = box
    n = per_line or max(4, int((x1 - x0 - 30) / (size * 1.02)))
    parts = [text[i:i + n] for i in range(0, len(text), n)] or [""]
    lh = size * 1.3
    ty = y0 + max(6.0, (y1 - y0 - lh * len(parts)) / 2)
    for part in parts:
        hand(s, x0 + 16, ty, part, rng, size=size, ink=ink)
        ty += lh


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, ink: tuple[int, int, int] = RED_P,
               size: int = 70) -> float:
    """A pre-printed form's head in one ink: the issuer small, the title big and spread, both red on court stock."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 44), spacing=8, fill=ink)
        y += 72
    s.centred(y, title, font("serif_bold", size), spacing=max(8, 120 // max(1, len(title))) * 2, fill=ink)
    return y + size + 46
