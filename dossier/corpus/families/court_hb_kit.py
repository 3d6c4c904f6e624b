"""court_hb's press (甘肃省张掖市甘州区人民法院执行局) and the browser's print frame its parties' papers came in.

The bureau's own papers come off the case system's office laser printer: the court's name in bold Noto serif over a
wide-set 宋 title, a square verification code (扫码验真) in the upper left corner of the first page, the case number
flush right, a 文楷 body set ragged right with a two-character indent, the signing officer above the date and the
clerk below it, "第n页 共m页" centred in the foot, and on the papers handed to parties the court's address in small
type at the very bottom. The seal is pressed on after printing. Its forms are grids with a heavy outer frame and
hairline inner rules, filled in ballpoint.

Much of what the parties filed was printed from a web browser: the browser heads every sheet with the date and time
of printing and the page title, and foots it with the address and "n/m"; the web page's own layout sits between.
The office printers are worn: some sheets carry pale bands across them, others a starved strip where toner ran low."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import numpy as np
from PIL import Image

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "甘肃省张掖市甘州区人民法院"
MID = "甘肃省张掖市中级人民法院"
L, R, T, B = mm(30), mm(24), mm(30), mm(30)
BALLPOINT = (34, 42, 96)
CARBON = (30, 30, 34)
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def body(size: int = 42) -> Font:
    """The bureau's body face (a 文楷 that has 〇 for the dates)."""
    return font("wenkai", size)


def code_check(first17: str) -> str:
    """The GB 32100 check character that completes a 17-character body."""
    total = sum(CODE_CHARS.index(ch) * w for ch, w in zip(first17, CODE_WEIGHTS, strict=True))
    return CODE_CHARS[(31 - total % 31) % 31]


def org_code(rng: random.Random, kind: str, region: str) -> str:
    """A fictional unified social credit code: kind 91 (company), 93 (farmers' cooperative), 92 (individual firm)."""
    body17 = kind + region + "".join(rng.choice(CODE_CHARS) for _ in range(9))
    return body17 + code_check(body17)


@dataclass
class Flow:
    """A paper flowing down its sheets."""

    sheets: list[Sheet]
    y: float
    left: float = L
    right: float = R
    top: float = T
    bottom: float = B
    next_left: float | None = None
    """the left margin of the sheets after the first (a web page's side column ends with its first sheet)"""

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.sheets.append(Sheet())
            self.y = self.top
            if self.next_left is not None:
                self.left = self.next_left

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        parts = wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, how: str = "left", at: float = 0.0, spacing: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        self.need(lead)
        if how == "centre":
            self.s.centred(self.y, text, f, spacing=spacing, fill=fill)
        elif how == "right":
            self.s.right(self.s.width - self.right - at, self.y, text, f, fill=fill)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing, fill=fill)
        self.y += lead


def verify_code(s: Sheet, x: float, y: float, rng: random.Random, *, side: int = mm(15)) -> None:
    """The case system's square verification code: a 21×21 module pattern with three finder squares."""
    n = 21
    cell = side / n
    d = s.draw
    for i in range(n):
        for j in range(n):
            finder = any(i0 <= i < i0 + 7 and j0 <= j < j0 + 7 for i0, j0 in ((0, 0), (0, n - 7), (n - 7, 0)))
            if finder:
                ring = max(abs(i - (i // 14) * 14 - 3), abs(j - (j // 14) * 14 - 3))
                on = ring != 2
            else:
                on = rng.random() < 0.48
            if on:
                d.rectangle((x + j * cell, y + i * cell, x + (j + 1) * cell - 1, y + (i + 1) * cell - 1), fill=INK)
    s.text(x - 2, y + side + 6, "扫码验真", font("sans", 20))


def issued(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
           signer: tuple[str, str] | None = None, clerk: bool = True, number: str = "", to_party: bool = False,
           court: str = COURT, wear: str = "") -> list[Sheet]:
    """A paper of this court. paras: ("to", addressee) flush left, ("p", paragraph) indented, ("h", party line with a
    hanging indent), ("n", small note), ("c", centred line)."""
    first = Sheet()
    verify_code(first, mm(14), mm(12), rng)
    first.centred(T, court, font("serif_bold", 52), spacing=6)
    tf = font("song_gb", 84)
    first.centred(T + 88, title, tf, spacing={2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4))
    run = Flow([first], T + 214)
    run.line(number or c.number, body(40), lead=90, how="right")
    f = body(42)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=76)
        elif kind == "h":
            run.para(text, f, lead=76, hang=f.size * 2)
        elif kind == "n":
            run.para(text, body(34), lead=58)
        elif kind == "c":
            run.line(text, f, lead=76, how="centre")
        else:
            run.para(text, f, lead=76, indent=f.size * 2)
    run.need(330 if clerk else 250)
    last = run.s
    y = run.y + 70
    xr = last.width - R - mm(14)
    if signer:
        role, name = signer
        last.right(xr, y, f"{role}　{name}", f)
        y += 100
    when = cn_date(day)
    last.right(xr, y, when, f)
    seal_at = (xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 16 + rng.uniform(-mm(3), mm(3)))
    y += 100
    if clerk:
        last.right(xr, y, f"书 记 员　{c.clerk}", f)
    sheets = run.sheets
    m = len(sheets)
    for n, sh in enumerate(sheets, 1):
        if m > 1:
            sh.centred(sh.height - mm(19), f"第{n}页　共{m}页", body(30))
            sh.page_of = (n, m)
        if to_party and n == m:
            sh.centred(sh.height - mm(12), f"本院地址：{c.court.address}　　执行局联系电话：{c.court.phone}", font("sans", 24))
    if wear:
        for sh in sheets:
            printer_wear(sh, rng, wear)
    seal(last, seal_at[0], seal_at[1], court, rng, radius=mm(20.5))
    return sheets


def form_title(s: Sheet, title: str, *, y: float = T, issuer: str = COURT, size: int = 70) -> float:
    """A form's head: the issuer in small sans, the title in wide 宋, no rule."""
    if issuer:
        s.centred(y, issuer, font("sans", 38), spacing=4)
        y += 62
    s.centred(y, title, font("song_gb", size), spacing=max(8, 120 // max(len(title), 1)))
    return y + size + 60


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], ink: tuple[int, int, int] = INK, centre: Sequence[int] = (0,),
         frame: int = 4) -> list[list[tuple[float, float, float, float]]]:
    """A ruled grid, hairline inside and a heavy outer frame; a row shorter than the widths runs its last cell to
    the right edge. Returns the cells' boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.28
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=frame, outline=ink)
    return out


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint on paper, long entries broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


# --- the browser's print frame -------------------------------------------------------------------------------------

CHROME = (60, 60, 60)


@dataclass
class Browser:
    """What the browser prints around a web page: when, the page title, the address."""

    title: str
    url: str
    when: datetime
    sheets: list[Sheet] = field(default_factory=list)


def web_sheet(b: Browser) -> Sheet:
    s = Sheet()
    b.sheets.append(s)
    return s


def browser_frame(b: Browser, rng: random.Random, *, wear: str = "", mono: bool = True) -> list[Sheet]:
    """Head and foot every sheet as the browser prints it: date and time left, page title centred (cut with …),
    the address left and n/m right below; then the office's mono laser (colours to grey) and its wear."""
    f = font("microhei", 23)
    m = len(b.sheets)
    stamp = f"{b.when.year}/{b.when.month}/{b.when.day} {b.when.hour:02d}:{b.when.minute:02d}"
    for n, s in enumerate(b.sheets, 1):
        s.text(mm(9), mm(6), stamp, f, fill=CHROME)
        title = b.title if text_width(b.title, f) < s.width - mm(90) else _cut(b.title, f, s.width - mm(90))
        s.centred(mm(6), title, f, fill=CHROME)
        url = b.url if text_width(b.url, f) < s.width - mm(40) else _cut(b.url, f, s.width - mm(40))
        s.text(mm(9), s.height - mm(10), url, f, fill=CHROME)
        s.right(s.width - mm(9), s.height - mm(10), f"{n}/{m}", f, fill=CHROME)
        s.page_of = (n, m)
        if mono:
            s.image = s.image.convert("L").convert("RGB")
        if wear:
            printer_wear(s, rng, wear)
    return b.sheets


def _cut(s: str, f: Font, width: float) -> str:
    while s and text_width(s + "…", f) > width:
        s = s[:-1]
    return s + "…"


def printer_wear(s: Sheet, rng: random.Random, kind: str) -> None:
    """A worn office laser printer: "bands" lightens the print in soft bands across the sheet (the drum's
    circumference apart), "toner" starves a strip down the sheet, "streak" leaves a grey line down it. Print stays
    readable: the ink is lightened, never removed."""
    a: Any = np.asarray(s.image, dtype=np.float32)
    h, w = a.shape[:2]
    keep = np.ones((h, w), np.float32)
    if kind in ("bands", "toner+bands"):
        period = mm(rng.uniform(70, 95))
        phase = rng.uniform(0, period)
        ys = np.arange(h, dtype=np.float32)
        wave = 0.5 + 0.5 * np.cos(2 * np.pi * (ys - phase) / period)
        keep *= (1 - rng.uniform(0.22, 0.35) * wave ** 6)[:, None]
    if kind in ("toner", "toner+bands"):
        centre = rng.uniform(0.25, 0.75) * w
        half = rng.uniform(0.08, 0.16) * w
        xs = np.arange(w, dtype=np.float32)
        depth = rng.uniform(0.3, 0.42)
        starve = depth * np.clip(1 - np.abs(xs - centre) / half, 0, 1) ** 0.7
        keep *= (1 - starve)[None, :]
        gen = np.random.default_rng(rng.randint(0, 2**31))
        keep *= np.where(gen.random((h, w)) < 0.05 * (starve[None, :] / max(depth, 1e-3)), 0.6, 1.0).astype(np.float32)
    ink = 255.0 - a
    a = 255.0 - ink * keep[..., None]
    if kind == "streak":
        x = int(rng.uniform(0.15, 0.85) * w)
        a[:, x:x + 3] = np.minimum(a[:, x:x + 3], rng.uniform(150, 190))
    s.image = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")


def screenshot_frame(s: Sheet, x: float, y: float, w: float, h: float, *, clock: str, battery: int) -> float:
    """A phone screenshot printed on the page: its outline and status bar (time left, signal and battery right);
    returns the y under the status bar."""
    s.box(x, y, x + w, y + h, width=2, outline=(90, 90, 90))
    f = font("sans", 26)
    s.text(x + mm(4), y + mm(2), clock, f, record=False)
    s.right(x + w - mm(4), y + mm(2), f"4G  {battery}%", f)
    return y + mm(10)


def yyyymmdd(d: date | datetime) -> str:
    return f"{d.year}-{d.month:02d}-{d.day:02d}"
