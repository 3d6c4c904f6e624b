"""court_ip's press (四川省宜宾市翠屏区人民法院执行局). The bureau prints on the cheap recycled grey paper the county's
procurement buys (再生纸), so every page it makes is marked `recycled` for the capture. Its typed papers: the court line
in GB 宋 set wide, the title in Noto bold with the letters spread to a fixed measure, a short hairline under the title,
the case number flush right in GB 宋, the body in 文楷 standing in for 仿宋_GB2312, the signers in a ruled-off
block at the right, the date in Chinese numerals with the seal over it; multi-page papers carry "第n页（共m页）" centred
at the foot. Its forms are grids with a heavy outer frame and 黑体 labels, filled in a fountain pen's blue-black.

Each sheet is tagged with its stock — `recycled` (the court's own printing), `sleeve` (the parties' papers, scanned in
their clear sheet protectors) or `plain` (other bodies' white paper scanned bare) — which court_ip_capture reads."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "四川省宜宾市翠屏区人民法院"
LAW = "《中华人民共和国民事诉讼法》"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(32)
GREY_STOCK = (231, 229, 222)
"""the recycled sheet as printed: a little grey and warm before the scanner sees it"""
FOUNTAIN = (34, 42, 92)
STOCKS = ("recycled", "sleeve", "plain")


def stock(sheets: Sequence[Sheet], kind: str) -> list[Sheet]:
    """Tag each sheet with the paper it is on / how it reached the glass."""
    assert kind in STOCKS, kind
    for s in sheets:
        setattr(s, "ip_stock", kind)  # noqa: B010 - Sheet has no slot for it; the capture reads it back
    return list(sheets)


def stock_of(s: Sheet) -> str:
    return str(getattr(s, "ip_stock", "plain"))


def grey_sheet() -> Sheet:
    s = Sheet(paper=GREY_STOCK)
    setattr(s, "ip_stock", "recycled")  # noqa: B010
    return s


def body(size: int = 43) -> Font:
    """The bureau's body face: 霞鹜文楷, its 仿宋 stand-in (the GB 楷 and 宋 lack 〇, which every date needs)."""
    return font("wenkai", size)


def song(size: int = 38) -> Font:
    return font("song_gb", size)


@dataclass
class Flow:
    """Typed text running down recycled sheets."""

    sheets: list[Sheet]
    y: float

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - LEFT - RIGHT

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            self.sheets.append(grey_sheet())
            self.y = TOP + mm(4)

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        parts = wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(LEFT + (first if k == 0 else hang), self.y, part, f)
            self.y += lead


def footer(sheets: Sequence[Sheet]) -> list[Sheet]:
    """第n页（共m页） centred at the foot; later sheets carry page_of."""
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(18), f"第{i}页（共{n}页）", song(30))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def title_block(s: Sheet, title: str, *, court: str = COURT, y: float = TOP) -> float:
    """Court line set wide, the title spread to a fixed measure, a hairline under it. Returns the y below."""
    s.centred(y, court, song(50), spacing=6)
    tf = font("serif_bold", 74)
    measure = mm(70) if len(title) <= 5 else mm(112)
    gap = max(4.0, (measure - text_width(title, tf)) / max(len(title) - 1, 1))
    w = s.centred(y + mm(12), title, tf, spacing=gap)
    y2 = y + mm(12) + 74 + 22
    s.line((s.width - w) / 2 + mm(10), y2, (s.width + w) / 2 - mm(10), y2, width=1)
    return y2 + mm(5)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT,
                contact: bool = False) -> list[Sheet]:
    """A typed paper of the bureau. paras: ("to", addressee), ("p", paragraph with a two-character indent),
    ("h", a party line with a hanging indent), ("n", a smaller note)."""
    s = grey_sheet()
    y = title_block(s, title, court=court)
    run = Flow([s], y)
    f = body(43)
    run.need(80)
    run.s.right(s.width - RIGHT, run.y, number or c.number, song(40))
    run.y += 90
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=76)
        elif kind == "h":
            run.para(text, f, lead=76, hang=f.size * 2)
        elif kind == "n":
            run.para(text, body(35), lead=58)
        else:
            run.para(text, f, lead=76, first=f.size * 2)
    run.need(80 * len(signers) + 250)
    last = run.s
    y = run.y + 50
    if signers:
        x = last.width - RIGHT - mm(78)
        last.line(x - mm(4), y - 14, last.width - RIGHT, y - 14, width=1)
        for role, name in signers:
            last.text(x, y, role, f, spacing=(mm(20) - text_width(role, f)) / max(len(role) - 1, 1) if len(role) < 4 else 0)
            last.text(x + mm(36), y, name, f)
            y += 80
    y += 26
    when = cn_date(day)
    xr = last.width - RIGHT - mm(14)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(6), mm(6)), y + 10, court, rng, radius=mm(21))
    if contact:
        last.text(LEFT, last.height - FOOT - 30, f"联系人：{c.officer}　　联系电话：{c.court.phone}　　地址：{c.court.address}",
                  song(30))
    return footer(run.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), size: int = 34,
         ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A ruled grid with a heavy outer frame; a row shorter than the widths runs its last cell to the right edge;
    label columns in 黑体, centred. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    lab, val = font("hei", size), song(size)
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                f = lab if k in labels else val
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 3, y - 3, x + total + 3, cy + 3, width=4, outline=ink)
    return boxes


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = FOUNTAIN) -> float:
    """Fountain-pen fill on a form; long entries broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_head(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP) -> float:
    """A form's head: the issuer in small 宋, the title in 黑体 spread, no rule. Returns the y below."""
    if issuer:
        s.centred(y, issuer, song(40), spacing=4)
        y += 66
    s.centred(y, title, font("hei", 62), spacing=22 if len(title) < 8 else 8)
    return y + 62 + mm(8)
