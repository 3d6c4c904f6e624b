"""court_gr's own press (贵州省毕节市七星关区人民法院执行局) and the hands that fill its forms.

The bureau's papers: the court's name set in the GB 报宋 face with wide tracking, the title in bold 黑体 under it, a
hairline rule across the text block with the case number sitting on it at the right, a ragged-right Noto serif body
(paragraphs indented two characters), signers stacked at the right with the date in Chinese numerals under the round
seal, and "第n页 共m页" centred at the foot of papers that run on. A served copy carries a violet double-ruled "副本"
box at the top right. The forms (cover, catalogue, receipts, approval sheets, the window's printed forms) are grids
with a heavy outer frame and thin inner rules, labels in 黑体; clerks fill them in ballpoint 楷, the migrant workers
in a slow, shaky hand (`shaky`).

The papers that come by fax carry their sender's transmit header across the top (`faxed`) and sometimes the
receiving machine's footer line; court_gr_capture sends them through the fax line."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "贵州省毕节市七星关区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(31), mm(24), mm(34), mm(30)
CLERK_INK = (22, 32, 96)
WORKER_INK = (38, 38, 52)
VIOLET = (110, 52, 150)
RECEIVER = "七星关区法院执行局"
RECEIVER_NO = "0857-8221234"


def body(size: int = 41) -> Font:
    """The bureau's body face: Noto Serif SC."""
    return font("serif", size)


def gb(size: int) -> Font:
    """The GB 报宋 of the bureau's mastheads and printed forms (no 〇 in it: dates go in the serif)."""
    return font("song_gb", size)


def label(size: int = 34) -> Font:
    return font("hei", size)


@dataclass
class Flow:
    """A paper running down its sheets: ragged right, page after page when a line would pass the foot."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        parts = wrap(text, f, self.width - hang, indent=first - hang)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0, right: bool = False) -> None:
        self.room(lead)
        if right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left + at, self.y, text, f)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    """第n页 共m页 centred at the foot of a paper that runs on."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        s.centred(s.height - mm(16), f"第{i}页　共{n}页", f or body(28))
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def copy_box(s: Sheet, rng: random.Random) -> None:
    """The violet double-ruled 副本 box a served copy carries at its top right."""
    x1 = s.width - RIGHT + mm(6) + rng.uniform(-8, 8)
    y0 = mm(12) + rng.uniform(-6, 6)
    w, h = mm(30), mm(13)
    s.box(x1 - w, y0, x1, y0 + h, width=4, outline=VIOLET)
    s.box(x1 - w + 9, y0 + 9, x1 - 9, y0 + h - 9, width=2, outline=VIOLET)
    s.centred(y0 + mm(2.6), "副　本", font("hei", 46), fill=VIOLET, x0=x1 - w, x1=x1)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", copy: bool = False) -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging indent),
    ("c", centred line), ("s", a small note)."""
    s = Sheet()
    s.centred(TOP - mm(4), COURT, gb(54), spacing=9)
    s.centred(TOP + mm(9), title, font("sans_bold", 76), spacing=28 if len(title) <= 5 else 8)
    rule = TOP + mm(33)
    s.line(LEFT, rule, s.width - RIGHT, rule, width=2)
    s.right(s.width - RIGHT, rule - 58, number or c.number, body(37))
    run = Flow([s], rule + mm(8))
    f = body(41)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=74)
        elif kind == "h":
            run.para(text, f, lead=74, hang=f.size * 2)
        elif kind == "c":
            run.room(74)
            run.s.centred(run.y, text, f)
            run.y += 74
        elif kind == "s":
            run.para(text, body(33), lead=56)
        else:
            run.para(text, f, lead=74, first=f.size * 2)
    run.room(80 * len(signers) + 250)
    last = run.s
    y = run.y + 56
    xr = last.width - RIGHT - mm(6)
    for role, name in signers:
        spaced = "　".join(role) if len(role) == 2 else role
        last.right(xr, y, f"{spaced}　{name}", f)
        y += 80
    y += 26
    when = cn_date(day)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 12, COURT, rng, radius=mm(20))
    if copy:
        copy_box(run.sheets[0], rng)
    return folio(run.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
         frame: int = 5) -> list[tuple[float, float, float, float]]:
    """A form grid: heavy outer frame, thin inner rules, label columns in 黑体 centred; a short row's last cell runs
    to the right edge. Returns each cell's box (x0, y0, x1, y1), row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    lf = label(int(f.size))
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                is_label = k in labels
                face = lf if is_label else f
                parts = wrap(cell, face, w - 16)
                lh = face.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 1
                for part in parts:
                    if is_label:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=frame, outline=ink)
    return boxes


def form_title(s: Sheet, title: str, *, issuer: str = COURT, y: float = TOP - mm(6), size: int = 62) -> float:
    """A form's heading: the issuer in 报宋, the title in bold 黑体 with an open box bracket under it."""
    if issuer:
        s.centred(y, issuer, gb(40), spacing=6)
        y += 64
    w = s.centred(y, title, font("sans_bold", size), spacing=14)
    y += size + 22
    x0 = (s.width - w) / 2 - 20
    s.line(x0, y, x0 + w + 40, y, width=2)
    s.line(x0, y - 12, x0, y, width=2)
    s.line(x0 + w + 40, y - 12, x0 + w + 40, y, width=2)
    return y + 36


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = CLERK_INK) -> float:
    """A clerk's ballpoint; long entries broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def shaky(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 46, per_line: int = 0,
          lead: float = 0.0, ink: tuple[int, int, int] = WORKER_INK, record: bool = True) -> float:
    """A worker's slow hand: big uneven characters in 楷, each tilted its own way, the line wandering up and down,
    a stroke now and then gone over twice. Long entries broken every `per_line` characters; returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        if record and part.strip():
            s.lines.append(part)
        cx, drift = x, 0.0
        for ch in part:
            sz = max(14, int(size * rng.uniform(0.82, 1.18)))
            f = font("kai_gb" if ch != "〇" else "wenkai", sz)
            g = Image.new("L", (sz * 2, sz * 2), 0)
            d = ImageDraw.Draw(g)
            d.text((sz // 2, sz // 3), ch, font=f, fill=255)
            if rng.random() < 0.25:
                d.text((sz // 2 + 2, sz // 3 + 1), ch, font=f, fill=200)
            g = g.rotate(rng.uniform(-11, 11), resample=Image.Resampling.BICUBIC)
            drift = max(-size * 0.3, min(size * 0.3, drift + rng.uniform(-3.5, 3.5)))
            tone = rng.randint(-10, 14)
            colour = tuple(max(0, min(255, v + tone)) for v in ink)
            s.image.paste(colour, (int(cx - sz // 2), int(y + drift - sz // 3)), g)
            cx += f.getlength(ch) * rng.uniform(0.95, 1.22) + rng.uniform(0, 5)
        y += lead or size * 1.5
    return y


def fill(s: Sheet, box: tuple[float, float, float, float], text: str, rng: random.Random, *, size: int = 40,
         worker: bool = False, ink: tuple[int, int, int] = CLERK_INK, pad: float = mm(4)) -> None:
    """Write `text` into a form cell by hand, broken to the cell's width, the lines centred down the cell."""
    x0, y0, x1, y1 = box
    room = x1 - x0 - 2 * pad - (size * 0.4 if worker else 0)
    lines = hand_lines(text, size * (1.14 if worker else 1.04), room)
    lead = size * (1.45 if worker else 1.3)
    y = y0 + max(mm(1), (y1 - y0 - lead * len(lines)) / 2) + (size * 0.3 if worker else 0)
    for part in lines:
        if worker:
            shaky(s, x0 + pad + size * 0.4, y, part, rng, size=size)
        else:
            pen(s, x0 + pad, y, part, rng, size=size, ink=ink)
        y += lead


def hand_lines(text: str, em: float, room: float) -> list[str]:
    """A handwritten entry broken to a width: a CJK character takes about `em`, a digit or letter a little over half."""
    lines, cur, used = [], "", 0.0
    for ch in text:
        step = em * (0.62 if ch.isascii() else 1.0)
        if used + step > room and cur:
            lines.append(cur)
            cur, used = "", 0.0
        cur += ch
        used += step
    return [*lines, cur] if cur else lines


def fingerprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint pressed beside a signature: an oval of broken ridges."""
    w, h = rng.randint(44, 56), rng.randint(58, 70)
    layer = Image.new("L", (w + 8, h + 8), 0)
    d = ImageDraw.Draw(layer)
    for k in range(0, max(w, h) // 2, 5):
        box = (4 + k * w / max(w, h), 4 + k * h / max(w, h), 4 + w - k * w / max(w, h), 4 + h - k * h / max(w, h))
        if box[2] - box[0] < 4:
            break
        start = rng.uniform(0, 360)
        d.arc(box, start, start + rng.uniform(250, 340), fill=rng.randint(150, 230), width=2)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    s.image.paste((196, 40, 48), (int(x), int(y)), layer)


def checkbox(s: Sheet, x: float, y: float, size: int, ticked: bool, rng: random.Random) -> None:
    s.box(x, y, x + size, y + size, width=2)
    if ticked:
        pts = [(x + size * 0.15, y + size * 0.5), (x + size * 0.42, y + size * 0.85), (x + size * 1.1, y - size * 0.2)]
        jitter = [(px + rng.uniform(-2, 2), py + rng.uniform(-2, 2)) for px, py in pts]
        s.draw.line(jitter, fill=WORKER_INK, width=4)


@dataclass(frozen=True)
class FaxMark:
    """What the fax line did with a page: who sent it, when, which of how many."""

    sender: str
    number: str
    sent: datetime
    page: int
    pages: int


def faxed(sheets: list[Sheet], *, sender: str, number: str, sent: datetime, rng: random.Random, style: int = 0,
          footer: bool | None = None) -> list[Sheet]:
    """Mark each sheet as faxed and print the sending machine's header line across its top (and, on some
    transmissions, the receiving machine's footer line at the foot). `style` picks the sender's machine."""
    n = len(sheets)
    mono = font("mono", 26)
    cjk = font("microhei", 27)
    show_footer = rng.random() < 0.5 if footer is None else footer
    for i, s in enumerate(sheets, 1):
        t = sent.replace(minute=min(59, sent.minute + (i - 1) // 2))
        y = mm(4.5)
        body_lines, s.lines = s.lines, []  # the header is the first thing printed on the page: read it first
        if style == 0:  # a Panasonic-like header: month in letters, number, id, page counter at the right
            s.text(mm(8), y, f"{t:%b-%d-%Y %a %H:%M}".upper(), mono)
            s.text(mm(78), y, f"FROM:{number.replace('-', '')}", mono)
            s.text(mm(128), y, sender, cjk if not sender.isascii() else mono)
            s.right(s.width - mm(8), y, f"P.{i:02d}/{n:02d}", mono)
        elif style == 1:  # a Brother-like header: ISO date, id, number, job number, P.001/003
            s.text(mm(8), y, f"{t:%Y-%m-%d %H:%M}", mono)
            s.text(mm(50), y, sender, cjk if not sender.isascii() else mono)
            s.text(mm(118), y, f"{number}   #{sent.day * 37 % 900 + 100:04d}", mono)
            s.right(s.width - mm(8), y, f"P.{i:03d}/{n:03d}", mono)
        else:  # a Chinese-menu machine: 日期 时间 发件人 传真号 页
            s.text(mm(8), y, f"{t.year}年{t.month:02d}月{t.day:02d}日 {t:%H:%M}", cjk)
            s.text(mm(72), y, f"发自：{sender}", cjk)
            s.right(s.width - mm(8), y, f"传真：{number}  第{i}/{n}页", cjk)
        s.lines.extend(body_lines)
        if show_footer:
            r = t.replace(minute=min(59, t.minute + 1))
            s.text(mm(10), s.height - mm(8), f"RX {r:%m/%d %H:%M}  {RECEIVER_NO.replace('-', '')}  {RECEIVER}", cjk)
            s.right(s.width - mm(10), s.height - mm(8), f"NO.{sent.day * 13 % 97:03d}  P{i}", mono)
        setattr(s, "fax", FaxMark(sender, number, t, i, n))  # noqa: B010 - read back by court_gr_capture
    return sheets


def fax_of(s: Sheet) -> FaxMark | None:
    mark = getattr(s, "fax", None)
    return mark if isinstance(mark, FaxMark) else None


def star(s: Sheet, cx: float, cy: float, r: float, fill: tuple[int, int, int]) -> None:
    pts = [(cx + r * (1 if k % 2 == 0 else 0.4) * math.cos(math.radians(-90 + k * 36)),
            cy + r * (1 if k % 2 == 0 else 0.4) * math.sin(math.radians(-90 + k * 36))) for k in range(10)]
    s.draw.polygon(pts, fill=fill)
