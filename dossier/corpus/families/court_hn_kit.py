"""court_hn's press (广东省惠州市惠城区人民法院执行局): the bureau's papers come off the Guangdong courts' case system —
the court's name in bold Noto song letter-spaced over a larger bold song title set wide, the case number flush right
on a hairline that runs the width of the type area, a small printed verification block (a QR-like square with
"扫码核验" and a 校验码) at the top right of every copy served, body in Noto song at 28 lines a page, signers set
right with full-width gaps, the date in Chinese numerals, the court's round seal over it, and "第n页　共m页" centred
at the foot of multi-page papers. Its forms (receipts, approval and archive forms, records) are ruled with a heavy
outer frame and hairline inner rules, labels in GB 宋 without tint, the title in 黑体 with a single thick bar above
it; the clerks fill them in black gel pen."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from datetime import date

import numpy as np
from PIL import Image

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "广东省惠州市惠城区人民法院"
SEAL_NAME = "广东省惠州市惠城区人民法院"
L, R, T, B = mm(30), mm(26), mm(30), mm(28)
GEL = (18, 18, 22)
BLUE_GEL = (24, 40, 120)


def body(size: int = 41) -> Font:
    return font("serif", size)


def bold(size: int) -> Font:
    return font("serif_bold", size)


def gb(size: int) -> Font:
    """The forms' GB 宋 (no 〇 in it: the forms' dates are written in figures)."""
    return font("song_gb", size)


def back_of(front: Sheet, back: Sheet) -> None:
    """Two pages of one sheet printed duplex: each side remembers the other, for the scanner's show-through."""
    vars(front)["hn_back"] = back.image
    vars(back)["hn_back"] = front.image


def duplex(sheets: list[Sheet], rng: random.Random, chance: float = 0.6) -> list[Sheet]:
    if len(sheets) == 2 and rng.random() < chance:
        back_of(sheets[0], sheets[1])
    return sheets


def folios(sheets: list[Sheet], f: Font | None = None, *, fmt: str = "第{n}页　共{m}页", y_mm: float = 16) -> list[Sheet]:
    m = len(sheets)
    if m < 2:
        return sheets
    for n, s in enumerate(sheets, 1):
        s.centred(s.height - mm(y_mm), fmt.format(n=n, m=m), f or body(30))
        if n > 1:
            s.page_of = (n, m)
    return sheets


def verify_block(s: Sheet, key: str, x: float, y: float) -> None:
    """The case system's verification square printed on a served copy: a QR-like module grid from the case key,
    "扫码核验" under it and the 校验码."""
    digest = hashlib.sha256(key.encode()).digest()
    n, cell = 21, 7
    bits = "".join(f"{b:08b}" for b in digest * 2)
    d = s.draw
    for r in range(n):
        for c in range(n):
            corner = (r < 7 and c < 7) or (r < 7 and c >= n - 7) or (r >= n - 7 and c < 7)
            if corner:
                rr, cc = r % 7 if r < 7 else r - (n - 7), c % 7 if c < 7 else c - (n - 7)
                on = rr in (0, 6) or cc in (0, 6) or (2 <= rr <= 4 and 2 <= cc <= 4)
            else:
                on = bits[(r * n + c) % len(bits)] == "1"
            if on:
                d.rectangle((x + c * cell, y + r * cell, x + (c + 1) * cell - 1, y + (r + 1) * cell - 1), fill=INK)
    s.text(x - 6, y + n * cell + 6, "扫码核验", font("sans", 22))
    s.text(x - 30, y + n * cell + 34, "校验码" + digest.hex()[:8].upper(), font("sans", 18), record=False)


class Flowing:
    """A paper flowing down its sheets from y (on `sheet` when one is already begun)."""

    def __init__(self, y: float, *, left: float = L, right: float = R, top: float = T, foot: float = B,
                 paper: tuple[int, int, int] = (255, 255, 255), sheet: Sheet | None = None) -> None:
        self.sheets = [sheet or Sheet(paper=paper)]
        self.y = y
        self.left, self.right, self.top, self.foot, self.paper = left, right, top, foot, paper

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = self.top

    def para(self, text: str, f: Font, lead: float, *, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        parts = wrap(text, f, self.width - hang, indent=(first - hang) if first else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def line(self, text: str, f: Font, lead: float, *, at: float = 0.0, right: bool = False, centred: bool = False,
             spacing: float = 0.0) -> None:
        self.need(lead)
        if right:
            self.s.right(self.s.width - self.right - at, self.y, text, f)
        elif centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", served_copy: bool = True) -> list[Sheet]:
    """A paper of this court. blocks: ("to", addressee), ("p", paragraph indented two characters), ("h", a party
    line hanging two characters), ("c", centred), ("small", a note in smaller type)."""
    run = Flowing(T + mm(52))
    s = run.s
    s.centred(T, COURT, bold(54), spacing=8)
    tf = bold(78)
    spacing = {2: 110, 3: 70, 4: 44, 5: 30}.get(len(title), 12)
    s.centred(T + mm(13), title, tf, spacing=spacing)
    no = number or c.number
    nf = body(40)
    s.right(s.width - R, T + mm(35), no, nf)
    s.line(L, T + mm(43), s.width - R, T + mm(43), width=1)
    if served_copy:
        verify_block(s, no + title, s.width - R - mm(20), mm(7))
    f = body(41)
    lead = (s.height - T - B) / 28
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead)
        elif kind == "h":
            run.para(text, f, lead, hang=f.size * 2)
        elif kind == "c":
            run.line(text, f, lead, centred=True)
        elif kind == "small":
            run.para(text, body(33), lead * 0.8)
        else:
            run.para(text, f, lead, first=f.size * 2)
    run.need(lead * (len(signers) + 4))
    last = run.s
    y = run.y + lead * 0.8
    x = last.width - R - mm(62)
    for role, name in signers:
        spaced = "　".join(role) if len(role) == 2 else role
        last.text(x, y, spaced, f)
        last.text(x + mm(34), y, name, f)
        y += lead
    y += lead * 0.4
    when = cn_date(day)
    xr = last.width - R - mm(4)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 - mm(2), y + 10, SEAL_NAME, rng, radius=mm(21))
    return folios(run.sheets)


def rule_grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
              heights: float | Sequence[float], centre_cols: Sequence[int] = (0,),
              ink: tuple[int, int, int] = INK) -> list[list[tuple[float, float, float, float]]]:
    """A form grid: heavy outer frame, hairline inner rules; a row shorter than `widths` stretches its last cell.
    Returns the cell boxes, row by row."""
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
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in centre_cols:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=4, outline=ink)
    return out


def form_title(s: Sheet, title: str, *, y: float = T, issuer: str = COURT, size: int = 62, spacing: float = 0.0) -> float:
    """A form's heading: a thick bar, the issuer small, the title in 黑体."""
    s.line(L, y, s.width - R, y, width=5)
    y += 22
    if issuer:
        s.centred(y, issuer, gb(40), spacing=4)
        y += 62
    s.centred(y, title, font("hei", size), spacing=spacing or max(6, 40 - 4 * len(title)))
    return y + size + 34


def gel(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = GEL) -> float:
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def photo_patch(s: Sheet, box: tuple[float, float, float, float], rng: random.Random) -> None:
    """A portrait's continuous grey tones (a head and shoulders on a light ground), for ID copies."""
    x0, y0, x1, y1 = (int(v) for v in box)
    w, h = x1 - x0, y1 - y0
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, hy = w / 2, h * 0.38
    v = rng.randint(175, 205) + yy / h * 25
    hair = ((xx - cx) / (w * 0.25)) ** 2 + ((yy - hy + h * 0.08) / (h * 0.25)) ** 2 < 1
    v = np.where(hair, 45, v)
    head = ((xx - cx) / (w * 0.22)) ** 2 + ((yy - hy) / (h * 0.26)) ** 2
    v = np.where(head < 1, 120 + 50 * head, v)
    shoulders = (yy > h * 0.66) & (np.abs(xx - cx) < w * (0.18 + (yy - h * 0.66) / h * 1.2))
    v = np.where(shoulders, 70 + (yy - h * 0.66) / h * 60, v)
    grey = Image.fromarray(np.clip(v, 0, 255).astype(np.uint8), "L")
    s.image.paste(Image.merge("RGB", (grey, grey, grey)), (x0, y0))
