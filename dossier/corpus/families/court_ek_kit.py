"""court_ek's press: how 东胜区法院执行局 prints its papers out of the 执行案件流程管理系统 — a red court line over the
title set in hei between two thin red rules, the case number flush right in 楷, a 仿宋-like 明体 body at a wide leading,
the 文书校验码 and a small verification square at the foot, 「第 n 页 / 共 m 页」 in the right corner — and the pre-printed
grid forms (送达回证, 审批表, 卷皮) it fills in by hand. Helpers the received papers share live here too."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, wrap
from dossier.corpus.fonts import Font, font

COURT = "内蒙古自治区鄂尔多斯市东胜区人民法院"
SHORT = "鄂尔多斯市东胜区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(29), mm(25), mm(26), mm(30)
WIDTH = Sheet().width - LEFT - RIGHT


def fs(size: int = 41) -> Font:
    """the body face: 明体 standing in for the system's 仿宋_GB2312"""
    return font("ming", size)


@dataclass
class Pager:
    """Typed text laid down line by line over as many sheets as it takes (the court's system prints this way:
    a paragraph starts two characters in, a line never starts with a closing mark)."""

    face: Font
    lead: float
    x: float = LEFT
    width: float = WIDTH
    sheets: list[Sheet] = field(default_factory=list)
    y: float = TOP

    def __post_init__(self) -> None:
        if not self.sheets:
            self.sheets.append(Sheet())

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    def room(self, need: float = 0.0) -> None:
        if self.y + self.lead + need > self.sheet.height - FOOT:
            self.sheets.append(Sheet())
            self.y = TOP + mm(4)

    def para(self, text: str, *, first: int = 2, hang: int = 0) -> None:
        em = self.face.size
        parts = wrap(text, self.face, self.width - hang * em, indent=first * em - hang * em)
        for k, part in enumerate(parts):
            self.room()
            dx = first * em if k == 0 else hang * em
            self.sheet.text(self.x + dx, self.y, part, self.face)
            self.y += self.lead

    def flush(self, text: str) -> None:
        self.para(text, first=0)

    def right(self, text: str, *, inset: float = 0.0) -> None:
        self.room()
        self.sheet.right(self.x + self.width - inset, self.y, text, self.face)
        self.y += self.lead

    def gap(self, k: float = 0.5) -> None:
        self.y += self.lead * k


def check_code(c: CaseCtx, title: str) -> str:
    h = sum(ord(ch) * (i + 7) for i, ch in enumerate(c.number + title))
    return f"{h % 9000 + 1000}-{(h // 13) % 90000 + 10000}-{'ABCDEFGHJKMNPQRSTUVWXY'[h % 22]}"


def qr_square(s: Sheet, x: float, y: float, size: int, seed: str) -> None:
    """the system's verification square: three finder boxes and a speckle of modules"""
    cells = 21
    k = size / cells
    r = random.Random(seed)
    d = s.draw
    for i in range(cells):
        for j in range(cells):
            if r.random() < 0.48:
                d.rectangle((x + i * k, y + j * k, x + (i + 1) * k - 1, y + (j + 1) * k - 1), fill=INK)
    for fx, fy in ((0, 0), (cells - 7, 0), (0, cells - 7)):
        d.rectangle((x + fx * k, y + fy * k, x + (fx + 7) * k, y + (fy + 7) * k), fill=(255, 255, 255))
        d.rectangle((x + fx * k, y + fy * k, x + (fx + 7) * k - 1, y + (fy + 7) * k - 1), outline=INK, width=max(2, int(k)))
        d.rectangle((x + (fx + 2) * k, y + (fy + 2) * k, x + (fx + 5) * k - 1, y + (fy + 5) * k - 1), fill=INK)


def masthead(s: Sheet, title: str, *, y: float = TOP) -> float:
    """red court line, two thin red rules, the title in hei between them; returns the y below"""
    s.centred(y, COURT, font("serif_bold", 50), fill=RED, spacing=4)
    s.line(LEFT - mm(2), y + 84, s.width - RIGHT + mm(2), y + 84, width=3, fill=RED)
    gap = 34 if len(title) <= 5 else (18 if len(title) <= 8 else 4)
    s.centred(y + 112, title, font("hei", 68), spacing=gap)
    s.line(LEFT - mm(2), y + 206, s.width - RIGHT + mm(2), y + 206, width=1, fill=RED)
    return y + 226


def foot(sheets: Sequence[Sheet], c: CaseCtx, title: str) -> list[Sheet]:
    n = len(sheets)
    code = check_code(c, title)
    small = font("sans", 24)
    for i, s in enumerate(sheets, 1):
        base = s.height - FOOT + mm(10)
        qr_square(s, LEFT, base - 10, 84, code + str(i))
        s.text(LEFT + 100, base + 6, f"文书校验码：{code}", small)
        s.text(LEFT + 100, base + 40, "东胜区人民法院执行案件流程管理系统打印", small, record=False)
        s.right(s.width - RIGHT, base + 22, f"第 {i} 页 / 共 {n} 页", font("sans", 28))
        if n > 1 and i > 1:
            s.page_of = (i, n)
    return list(sheets)


def court_paper(c: CaseCtx, rng: random.Random, title: str, body: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", to: str = "", sealed: bool = True,
                cc: str = "") -> list[Sheet]:
    """A paper of the bureau. body: ("p", paragraph) ("f", flush line) ("h", numbered item, hanging)."""
    p = Pager(fs(41), 74)
    p.y = masthead(p.sheet, title)
    p.sheet.right(p.sheet.width - RIGHT, p.y + 6, number or c.number, font("kai", 42))
    p.y += 86
    if to:
        p.flush(to)
    for kind, text in body:
        if kind == "h":
            p.para(text, first=2, hang=0)
        elif kind == "f":
            p.flush(text)
        else:
            p.para(text)
    p.gap(0.8)
    for role, name in signers:
        p.right(f"{role}　{name}", inset=mm(12))
    if signers:
        p.gap(0.4)
    p.room(160)
    s = p.sheet
    p.right(cn_date(day), inset=mm(10))
    if sealed:
        seal(s, s.width - RIGHT - mm(40), p.y - 30, COURT, rng, radius=mm(21))
    if cc:
        p.gap(1.2)
        p.flush(cc)
    return foot(p.sheets, c, title)


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 38,
         ink: tuple[int, int, int] = BLUE_INK) -> float:
    return hand(s, x, y, text, rng, size=size, ink=ink)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], heights: Sequence[float],
         rng: random.Random, *, face: Font | None = None, filled: Sequence[Sequence[bool]] = (),
         line: tuple[int, int, int] = INK) -> float:
    """A ruled grid: each cell either printed (label, centred) or filled by hand (left, kai);
    a row with fewer cells stretches its last cell across."""
    f = face or font("serif", 34)
    total = sum(widths)
    top = y
    for r, row in enumerate(rows):
        h = heights[r] if r < len(heights) else heights[-1]
        cx = x
        for k, cell in enumerate(row):
            w = widths[k] if k < len(row) - 1 else total - sum(widths[:k])
            s.draw.rectangle((cx, y, cx + w, y + h), outline=line, width=2)
            by_hand = bool(filled) and r < len(filled) and k < len(filled[r]) and filled[r][k]
            if cell and by_hand:
                per = max(1, int((w - 40) // 43))
                lines = [cell[i:i + per] for i in range(0, len(cell), per)]
                ty = y + (h - 46 * len(lines)) / 2
                for part in lines:
                    fill(s, cx + 16, ty, part, rng, size=36)
                    ty += 46
            elif cell:
                parts = wrap(cell, f, w - 20)
                ty = y + (h - f.size * 1.3 * len(parts)) / 2
                for part in parts:
                    s.centred(ty, part, f, x0=cx, x1=cx + w)
                    ty += f.size * 1.3
            cx += w
        y += h
    s.draw.rectangle((x - 1, top - 1, x + total + 1, y + 1), outline=line, width=4)
    return y
