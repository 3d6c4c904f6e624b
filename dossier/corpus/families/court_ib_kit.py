"""court_ib's press and its rubber stamps (湖南省张家界市永定区人民法院执行局). The bureau's own papers come off the case
system in GB 宋体 (its typists' ○ for 〇), the court's name in 黑体 over a bold title, the case number set right over a
thick-and-thin double rule, a ragged right edge, "第n页/共m页" centred at the foot. Its forms are ruled grids with a
heavy frame and hairline cells, filled by ballpoint in 楷.

It is a court that stamps everything: every paper received gets the bureau's 收文章 (a blue or violet rectangle: 收到日期
filled by a dater, the clerk's initials by hand) wherever there is room, and over the text when there is none; every leaf
of the volume is numbered top right by a numbering machine; every multi-page document is fanned and sealed across its
right edge (骑缝章), so each leaf keeps a slice of the seal; the hand-filled forms carry white-out patches with the figure
written again on top."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import A4, INK, RED, Sheet, mm, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "湖南省张家界市永定区人民法院"
BUREAU = "张家界市永定区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(34), mm(32)
BALLPOINT = (32, 40, 96)
BLACK_PEN = (30, 30, 34)
FORM_PAPER = (236, 234, 225)
"""the cheap copy paper the window's forms are printed on: a shade darker than correction fluid"""
STAMP_BLUE = (46, 70, 178)
STAMP_VIOLET = (112, 52, 150)


@dataclass(eq=False)
class Leaf(Sheet):
    """A sheet that remembers where its stamps went (for the tests: received stamp box, white-out patches, folio,
    seal slice)."""

    marks: dict[str, Any] = field(default_factory=dict)


def song(size: int = 41) -> Font:
    return font("song_gb", size)


def gb(s: str) -> str:
    """What the GB 宋 face can print: ○ for 〇."""
    return s.replace("〇", "○")


def court_date(d: date) -> str:
    return gb(cn_date(d))


# --- the seal, whole or sliced ------------------------------------------------------------------------------------


def seal_mask(name: str, r: int, rng: random.Random, *, inner: str = "") -> Image.Image:
    """The court's round seal as an ink mask (255 = ink): a double ring, the star, the name around the top."""
    size = 2 * r + 8
    m = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(m)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(5, r // 18))
    d.ellipse((c - r + r // 11, c - r + r // 11, c + r - r // 11, c + r - r // 11), outline=255, width=2)
    pts = [(c + r * 0.24 * (1 if i % 2 == 0 else 0.38) * math.cos(math.radians(-90 + 36 * i)),
            c + r * 0.24 * (1 if i % 2 == 0 else 0.38) * math.sin(math.radians(-90 + 36 * i))) for i in range(10)]
    d.polygon(pts, fill=255)
    f = font("hei", int(r * 0.25))
    span = min(240.0, 21.0 * len(name))
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / len(name)
        g = Image.new("L", (int(r * 0.36), int(r * 0.36)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        m.paste(255, (int(c + r * 0.72 * math.cos(math.radians(ang)) - g.width / 2),
                      int(c + r * 0.72 * math.sin(math.radians(ang)) - g.height / 2)), g)
    if inner:
        d.text((c, c + r * 0.52), inner, font=font("hei", int(r * 0.15)), fill=255, anchor="mm")
    return m.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)


def press(sheet: Sheet, mask: Image.Image, x: int, y: int, colour: tuple[int, int, int], strength: float) -> None:
    """Ink multiplied onto the page (the print underneath still shows), unevenly: some spots take less ink."""
    grain = Image.effect_noise(mask.size, 60).point(lambda v: 255 if v > 70 else int(v * 2.5))
    m = ImageChops.multiply(mask.point(lambda v: int(v * strength)), grain)
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(sheet.width, x + mask.width), min(sheet.height, y + mask.height)
    if x1 <= x0 or y1 <= y0:
        return
    m = m.crop((x0 - x, y0 - y, x1 - x, y1 - y))
    under = sheet.image.crop((x0, y0, x1, y1))
    mixed = ImageChops.multiply(under, Image.new("RGB", under.size, colour))
    under.paste(mixed, (0, 0), m)
    sheet.image.paste(under, (x0, y0))


def round_seal(sheet: Sheet, cx: float, cy: float, name: str, rng: random.Random, *, r: int = 0,
               inner: str = "") -> None:
    rad = r or mm(20.5)
    m = seal_mask(name, rad, rng, inner=inner)
    ink = (RED[0] + rng.randint(-25, 10), RED[1] + rng.randint(0, 20), RED[2] + rng.randint(0, 25))
    press(sheet, m, int(cx - m.width / 2), int(cy - m.height / 2), ink, rng.uniform(0.7, 0.95))


def seam_seal(sheets: Sequence[Sheet], name: str, rng: random.Random) -> None:
    """骑缝章: the leaves fanned, their right edges a few mm apart, one seal pressed across all of them; leaf k keeps
    the k-th vertical slice of the seal, flush with its right edge."""
    n = len(sheets)
    if n < 2:
        return
    r = mm(20)
    m = seal_mask(name, r, rng)
    ink = (RED[0] + rng.randint(-20, 10), RED[1], RED[2] + rng.randint(0, 20))
    strength = rng.uniform(0.75, 0.95)
    cy = int(sheets[0].height * rng.uniform(0.42, 0.58))
    step = m.width / n
    for k, s in enumerate(sheets):
        a, b = int(k * step), int((k + 1) * step)
        strip = m.crop((a, 0, b, m.height))
        press(s, strip, s.width - strip.width, cy - m.height // 2, ink, strength)
        if isinstance(s, Leaf):
            s.marks["seam"] = (s.width - strip.width, cy - m.height // 2, s.width, cy + m.height // 2)


# --- the bureau's rubber stamps --------------------------------------------------------------------------------------


def received_stamp(sheet: Sheet, when: date, rng: random.Random, *, initials: str, over_text: bool | None = None) -> None:
    """收文章: a blue or violet rectangle, "张家界市永定区人民法院执行局 / 收到日期 [dater] / 经办人 [initials]", pressed in
    the top margin when there is room, else over the text near the top."""
    colour = STAMP_BLUE if rng.random() < 0.6 else STAMP_VIOLET
    w, h = mm(56), mm(25)
    m = Image.new("L", (w + 40, h + 40), 0)
    d = ImageDraw.Draw(m)
    d.rectangle((20, 20, 20 + w, 20 + h), outline=255, width=5)
    d.line((20, 20 + h * 0.36, 20 + w, 20 + h * 0.36), fill=255, width=3)
    d.line((20, 20 + h * 0.70, 20 + w, 20 + h * 0.70), fill=255, width=3)
    d.text((20 + w / 2, 20 + h * 0.18), BUREAU + "收文", font=font("song_gb", mm(3.3)), fill=255, anchor="mm")
    d.text((24 + mm(2), 20 + h * 0.53), "收到日期", font=font("song_gb", mm(3.4)), fill=255, anchor="lm")
    dater = f"{when.year}.{when.month:02d}.{when.day:02d}"
    d.text((20 + mm(19), 20 + h * 0.53), dater, font=font("mono", mm(4.2)), fill=255, anchor="lm")
    d.text((24 + mm(2), 20 + h * 0.85), "经 办 人", font=font("song_gb", mm(3.4)), fill=255, anchor="lm")
    m = m.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC)
    room = sheet.marks.get("top_room", TOP) if isinstance(sheet, Leaf) else TOP
    if over_text is None:
        over_text = room < h + mm(8) or rng.random() < 0.3
    x = int(sheet.width - RIGHT - w - rng.uniform(mm(8), mm(50)))
    y = int(rng.uniform(mm(26), mm(70)) if over_text else rng.uniform(mm(9), max(mm(10), room - h - mm(3))))
    press(sheet, m, x - 20, y - 20, colour, rng.uniform(0.7, 0.9))
    # the initials in the clerk's pen, in the stamp's last row
    scrawl(sheet, x + mm(22), y + int(h * 0.72), initials, rng, size=mm(4.6), ink=BLACK_PEN, record=False)
    sheet.lines.extend([BUREAU + "收文", "收到日期", dater, "经办人"])
    if isinstance(sheet, Leaf):
        sheet.marks["received"] = (x, y, x + w, y + h)


def folio(sheet: Sheet, n: int, rng: random.Random) -> None:
    """The numbering machine's leaf number at the top right corner: four figures, the inked wheels uneven."""
    s = f"{n:04d}"
    f = font("mono", mm(4.6))
    g = Image.new("L", (int(text_width(s, f)) + 30, int(f.size) + 30), 0)
    ImageDraw.Draw(g).text((15, 10), s, font=f, fill=255)
    g = g.rotate(rng.uniform(-3, 3), resample=Image.Resampling.BICUBIC)
    x = sheet.width - mm(12) - g.width + rng.randint(-mm(2), mm(2))
    y = mm(7) + rng.randint(-mm(1.5), mm(2))
    press(sheet, g, x, y, (22, 22, 30) if rng.random() < 0.7 else (40, 30, 120), rng.uniform(0.8, 0.98))
    if isinstance(sheet, Leaf):
        sheet.marks["folio"] = (x, y, x + g.width, y + g.height, n)


def whiteout(sheet: Sheet, x: float, y: float, wrong: str, right: str, rng: random.Random, *, size: int = 40,
             ink: tuple[int, int, int] = BALLPOINT) -> float:
    """A figure written wrong, painted over with correction fluid (a lumpy, whiter-than-paper patch with a faint rim),
    and written again on the dried patch. Only the right figure is recorded."""
    scrawl(sheet, x, y, wrong, rng, size=size, ink=ink, record=False)
    w = max(text_width(wrong, font("kai_gb", size)), text_width(right, font("kai_gb", size))) + size * 0.6
    h = size * 1.5
    x0, y0 = x - size * 0.25, y - size * 0.2
    pts = []
    for k in range(28):
        t = 2 * math.pi * k / 28
        pts.append((x0 + w / 2 + (w / 2) * math.cos(t) * rng.uniform(0.93, 1.06) * (1.0 + 0.25 * abs(math.cos(t))),
                    y0 + h / 2 + (h / 2) * math.sin(t) * rng.uniform(0.9, 1.08)))
    d = sheet.draw
    d.polygon([(px + 2, py + 3) for px, py in pts], fill=(214, 212, 206))  # the rim's shadow on the lower right
    d.polygon(pts, fill=(255, 255, 255))
    wdt = scrawl(sheet, x, y, right, rng, size=size, ink=ink)
    if isinstance(sheet, Leaf):
        sheet.marks.setdefault("whiteout", []).append((int(min(p[0] for p in pts)), int(min(p[1] for p in pts)),
                                                      int(max(p[0] for p in pts)), int(max(p[1] for p in pts))))
    return wdt


def scrawl(sheet: Sheet, x: float, y: float, s: str, rng: random.Random, *, size: int = 40,
           ink: tuple[int, int, int] = BALLPOINT, face: str = "kai_gb", record: bool = True) -> float:
    """Ballpoint: 楷 glyphs leaning a little forward, the pressure uneven, the line wandering."""
    if record and s.strip():
        sheet.lines.append(s)
    cx, drift = float(x), 0.0
    for ch in s:
        sz = max(14, int(size * rng.uniform(0.9, 1.08)))
        f = font(face, sz)
        g = Image.new("L", (int(f.getlength(ch)) + 16, sz + 20), 0)
        ImageDraw.Draw(g).text((6, 6), ch, font=f, fill=255)
        g = g.transform(g.size, Image.Transform.AFFINE, (1, 0.18, -3, 0, 1, 0), resample=Image.Resampling.BICUBIC)
        g = g.rotate(rng.uniform(-5, 4), resample=Image.Resampling.BICUBIC)
        drift = max(-8.0, min(8.0, drift + rng.uniform(-1.6, 1.6)))
        shade = rng.uniform(0.75, 1.0)
        colour = tuple(int(255 - (255 - v) * shade) for v in ink)
        sheet.image.paste(colour, (int(cx), int(y + drift)), g)
        cx += f.getlength(ch) * rng.uniform(0.9, 1.04) + rng.uniform(-1, 2)
    return cx - x


# --- the bureau's typed papers ---------------------------------------------------------------------------------------


@dataclass
class Pen:
    """A paper running down its leaves."""

    sheets: list[Leaf]
    y: float
    paper: tuple[int, int, int] = (255, 255, 255)
    top: float = TOP - mm(4)

    @property
    def s(self) -> Leaf:
        return self.sheets[-1]

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT:
            self.sheets.append(Leaf(paper=self.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             x0: float = LEFT, x1: float | None = None) -> None:
        right = (A4[0] - RIGHT) if x1 is None else x1
        parts = wrap(text, f, right - x0 - hang, indent=(indent - hang) if indent else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(x0 + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead


def footer(sheets: Sequence[Sheet], *, style: str = "slash") -> None:
    """Page numbers: "第n页/共m页" centred (the bureau) or "- n -" (the civil divisions)."""
    n = len(sheets)
    if n < 2:
        return
    f = song(30)
    for k, s in enumerate(sheets, 1):
        label = f"第{k}页/共{n}页" if style == "slash" else f"- {k} -"
        s.centred(s.height - mm(20), label, f)
        if k > 1:
            s.page_of = (k, n)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", to_copy: str = "") -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging),
    ("c", centred), ("n", small note)."""
    s = Leaf()
    s.centred(TOP, COURT, font("hei", 52), spacing=7)
    tf = font("serif_bold", 82)
    s.centred(TOP + 88, title, tf, spacing={2: 110, 3: 70, 4: 44, 5: 26}.get(len(title), 8))
    y: float = TOP + 88 + 122
    body = song(41)
    s.right(A4[0] - RIGHT, y, gb(number or c.number), body)
    y += 62
    s.line(LEFT, y, A4[0] - RIGHT, y, width=4)
    s.line(LEFT, y + 8, A4[0] - RIGHT, y + 8, width=1)
    pen = Pen([s], y + 44)
    lead = body.size * 1.85
    for kind, text in paras:
        t = gb(text)
        if kind == "to":
            pen.para(t, body, lead=lead)
        elif kind == "h":
            pen.para(t, body, lead=lead, hang=body.size * 2)
        elif kind == "c":
            pen.need(lead)
            pen.s.centred(pen.y, t, body)
            pen.y += lead
        elif kind == "n":
            pen.para(t, song(33), lead=50)
        else:
            pen.para(t, body, lead=lead, indent=body.size * 2)
    pen.need(len(signers) * 74 + 220)
    last = pen.s
    y = pen.y + 50
    x = A4[0] - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, y, "  ".join(role) if len(role) == 3 else role, body)
        last.text(x + mm(36), y, name, body)
        y += 74
    y += 24
    when = court_date(day)
    xr = A4[0] - RIGHT - mm(12)
    last.right(xr, y, when, body)
    round_seal(last, xr - text_width(when, body) / 2 + rng.uniform(-mm(5), mm(5)), y + 16, COURT, rng)
    if to_copy:
        last.text(LEFT, y + 150, to_copy, song(32))
    footer(pen.sheets)
    seam_seal(pen.sheets, COURT, rng)
    return list(pen.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,)) -> list[list[tuple[float, float, float, float]]]:
    """A ruled form: a heavy frame, hairline cells; a row shorter than `widths` lets its last cell run to the right.
    Label columns are centred. Returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=1)
            if cell:
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, f, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 10, ty, part, f)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=4)
    return out


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT) -> float:
    if issuer:
        s.centred(y, issuer, song(44), spacing=4)
        y += 68
    s.centred(y, title, font("serif_bold", 70), spacing=22)
    return y + 120


def ink_line(s: Sheet, x: float, y: float, text: str, f: Font) -> None:
    """Print in plain INK (kept for forms' fixed wording)."""
    s.text(x, y, text, f, fill=INK)
