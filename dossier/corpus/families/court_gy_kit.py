"""court_gy's press (山东省泰安市泰山区人民法院执行局): what the 泰山 bureau prints itself.

Its case system sets papers in the GB 宋 face of the old window printers (so its dates read 二○二四年, with the
circle ○, never 〇), with a wide binding margin of 31 mm on the left and 24 mm on the right. The head is the court
line in bold Noto serif, a little spread, over the title in 微米黑 whose letters open wider the shorter the title is;
the case number sits flush right on a thin rule drawn across the whole text column. Signers stand in a column of
label and name at the right, the date in Chinese figures under them with the court seal on it; a clerk's
rectangular stamp "经核对与原本无异" goes on every copy handed out. Papers of two pages and more carry
"第n页 共m页" at the lower right in small 微米黑. The bureau's forms (receipts, approval and review forms, cover,
catalogue) are ruled with a heavy outer frame and thin inner lines, labels centred, filled in by the staff with a
blue-black gel pen."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable, scrawl, stamp

COURT = "山东省泰安市泰山区人民法院"
SHORT = "泰山区人民法院"
LEFT, RIGHT, TOP, BOTTOM = mm(31), mm(24), mm(34), mm(28)
MAIN_OF_OBJECTOR = "（2023）鲁0902执1093号"
"""the enforcement case in which the objecting owner's pension account was frozen"""
ESTATE = "岱宗嘉园小区"
COMPANY = "泰安岱宗嘉园物业服务有限公司"
COMPANY_ADDR = "山东省泰安市泰山区岱宗大街218号岱宗嘉园小区物业服务中心"
COMPANY_REP = "宋立军"
STAFF = "孟凡超"
STAFF_BORN = date(1988, 6, 17)
STAFF_PHONE = "15805381276"
USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _credit(body17: str) -> str:
    weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    check = 31 - sum(USCC.index(ch) * w for ch, w in zip(body17, weights, strict=True)) % 31
    return body17 + USCC[0 if check == 31 else check]


def _resident(body17: str) -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body17 + "10X98765432"[sum(int(ch) * w for ch, w in zip(body17, weights, strict=True)) % 11]


COMPANY_CODE = _credit("91370902MA3D7K4N2")
STAFF_ID = _resident(f"370902{STAFF_BORN:%Y%m%d}351")
LAW = "《中华人民共和国民事诉讼法》"
GEL = (32, 40, 96)
"""the bureau's blue-black gel pen"""


def body(size_mm: float = 5.4) -> Font:
    return font("song_gb", mm(size_mm))


def gb(s: str) -> str:
    """Text as the GB 宋 face prints it (〇 → ○)."""
    return printable("song_gb", s)


def gb_date(d: date) -> str:
    return gb(cn_date(d))


@dataclass
class Column:
    """A paper running down its sheets in the bureau's text column."""

    sheets: list[Sheet] = field(default_factory=lambda: [Sheet()])
    y: float = float(TOP)
    left: float = float(LEFT)
    right: float = float(RIGHT)
    bottom: float = float(BOTTOM)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def x1(self) -> float:
        return self.s.width - self.right

    @property
    def width(self) -> float:
        return self.x1 - self.left

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom - mm(6):
            self.sheets.append(Sheet())
            self.y = float(TOP - mm(6))

    def para(self, text: str, f: Font, lead: float, *, indent: int = 2, hang: int = 0) -> None:
        """A paragraph: first line indented by `indent` characters, the rest by `hang`."""
        first = f.size * indent
        rest = f.size * hang
        parts = wrap(gb(text), f, self.width - rest, indent=first - rest)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else rest), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, lead: float, *, align: str = "left", fill: tuple[int, int, int] = INK) -> None:
        self.room(lead)
        t = gb(text)
        if align == "right":
            self.s.right(self.x1, self.y, t, f, fill=fill)
        elif align == "centre":
            self.s.centred(self.y, t, f, fill=fill)
        else:
            self.s.text(self.left, self.y, t, f, fill=fill)
        self.y += lead


def folios(sheets: Sequence[Sheet]) -> list[Sheet]:
    m = len(sheets)
    if m < 2:
        return list(sheets)
    f = font("microhei", mm(3.4))
    for n, sh in enumerate(sheets, 1):
        sh.right(sh.width - RIGHT, sh.height - mm(17), f"第{n}页 共{m}页", f)
        sh.page_of = (n, m)
    return list(sheets)


def head(s: Sheet, title: str, number: str, *, y: float = TOP, court: str = COURT) -> float:
    """Court line, spread title, the number flush right on a rule across the column. Returns the y below."""
    s.centred(y, court, font("serif_bold", mm(6.6)), spacing=mm(0.8))
    tf = font("microhei", mm(10.5))
    gap = {2: mm(14), 3: mm(9), 4: mm(6), 5: mm(4)}.get(len(title), mm(1.2))
    s.centred(y + mm(13), title, tf, spacing=gap)
    y += mm(33)
    if number:
        s.right(s.width - RIGHT, y, gb(number), body(5.0))
        y += mm(7.5)
        s.line(LEFT, y, s.width - RIGHT, y, width=2)
    return y + mm(8)


def checked(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    stamp(s, x, y, ["经核对与原本无异"], rng, size_mm=4.2, colour=(186, 38, 48), face="song_gb")


def court_paper(rng: random.Random, title: str, number: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), copy: bool = False, court: str = COURT,
                reserve: float = 0.0) -> list[Sheet]:
    """One of the bureau's papers. blocks: ("to", addressee), ("p", paragraph), ("h", party line hanging two
    characters), ("c", centred), ("s", small note)."""
    col = Column()
    col.y = head(col.s, title, number, court=court)
    f = body()
    lead = f.size * 1.72
    for kind, text in blocks:
        if kind == "to":
            col.para(text, f, lead, indent=0)
        elif kind == "h":
            col.para(text, f, lead, indent=0, hang=2)
        elif kind == "c":
            col.flush(text, f, lead, align="centre")
        elif kind == "s":
            col.para(text, body(4.4), body(4.4).size * 1.6, indent=0)
        else:
            col.para(text, f, lead)
    col.room(lead * (len(signers) + 2.0) + reserve)
    last = col.s
    y = col.y + lead * 0.6
    x = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(x, y, role, f, spacing=mm(2.4) if len(role) == 3 else (mm(7.2) if len(role) == 2 else 0))
        last.text(x + mm(30), y, name, f)
        y += lead
    y += lead * 0.4
    when = gb_date(day)
    x1 = last.width - RIGHT - mm(8)
    last.right(x1, y, when, f)
    seal(last, x1 - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + mm(2) + rng.uniform(-mm(3), mm(3)),
         court, rng, radius=mm(20))
    if copy:
        checked(last, LEFT + mm(2), min(y + mm(20), last.height - mm(40)), rng)
    return folios(col.sheets)


def frame(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
          outer: int = 5) -> list[list[tuple[float, float, float, float]]]:
    """A ruled form: heavy outer frame, thin inner lines; a row shorter than `widths` lets its last cell run to the
    right; label columns centred. Returns the cells' boxes row by row."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = float(sum(widths))
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        cells = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else float(widths[k])
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                parts = wrap(gb(cell), f, w - mm(3))
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + mm(1.8), ty, part, f, fill=ink)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(cells)
        cy += h
    s.box(x, y, x + total, cy, width=outer, outline=ink)
    return out


def form_title(s: Sheet, title: str, *, y: float = TOP, court: str = COURT) -> float:
    """A form's head: the court in small bold serif, the title in 微米黑 spread wide. Returns the y below."""
    if court:
        s.centred(y, court, font("serif_bold", mm(5.2)), spacing=mm(0.6))
        y += mm(9)
    s.centred(y, title, font("microhei", mm(9)), spacing=mm(3.5) if len(title) < 8 else mm(1.2))
    return y + mm(17)


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 5.6, per_line: int = 0,
        ink: tuple[int, int, int] = GEL, role: str = "kai_gb") -> float:
    """The staff's gel pen on a form; long entries broken every `per_line` characters. Returns the y below."""
    text = printable(role, text)
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    px = mm(size)
    for part in chunks:
        scrawl(s, x, y, part, rng, role=role, size=px, ink=ink, slant=4.0)
        y += px * 1.35
    return y
