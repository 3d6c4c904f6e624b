"""court_hu's press (河北省沧州市新华区人民法院执行局) and the sheets its volumes are made of.

The bureau's papers come off the case system in Noto 宋 (ragged right, two-character indent): the court's name in
黑体 letter-spaced over a large bold 宋 title, the case number set right with a hairline under the whole head, the
signers' block with the court's seal over the date, and "第 n 页 共 m 页" centred at the foot of a paper that runs on.
Its forms are ruled with a heavy outer frame and thin inner rules, labels in 微米黑, a form number (执表-nn) at the head
right; the clerks fill them in a quick slanted hand (文楷, blue-black gel pen).

A sheet remembers how it reached the volume (`HuSheet.route`): "scan" — paper fed straight into the bureau's sheet-fed
scanner; "wechat" — a party's phone photo sent by WeChat and printed at the filing window; "thermal" — an A4 票据粘贴单
onto which the 案款 system's thermal POS slips were glued (`slips` holds where each slip lies, in drawing pixels)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "河北省沧州市新华区人民法院"
SEAL = "沧州市新华区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(30), mm(30)
GEL = (32, 40, 96)
THERMAL_PAPER = (252, 252, 250)


@dataclass
class HuSheet(Sheet):
    """A page of a court_hu volume and the road it took to the scanner."""

    route: str = "scan"                      # scan | wechat | thermal
    slips: list[tuple[int, int, int, int]] = field(default_factory=list)  # glued thermal slips (x0, y0, x1, y1)


def body(size: int = 41) -> Font:
    return font("serif", size)


def label(size: int = 34) -> Font:
    return font("microhei", size)


def by_phone(sheets: Sequence[Sheet], rng: random.Random, chance: float) -> list[Sheet]:
    """A party's paper: with `chance` it came as phone photos over WeChat (every page of it), else on paper."""
    route = "wechat" if rng.random() < chance else "scan"
    for s in sheets:
        if isinstance(s, HuSheet):
            s.route = route
    return list(sheets)


def scrawl(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
           ink: tuple[int, int, int] = GEL, slant: float = 0.18, record: bool = True) -> float:
    """A quick slanted hand in 文楷: each character sheared forward, its size and baseline wandering.
    Returns the x after the last character."""
    if record and text.strip():
        s.lines.append(text)
    cx = x
    base = 0.0
    for ch in text:
        sz = max(14, int(size * rng.uniform(0.9, 1.08)))
        f = font("wenkai", sz)
        w = int(f.getlength(ch)) + 12
        g = Image.new("L", (w + int(sz * slant) + 8, sz + 18), 0)
        ImageDraw.Draw(g).text((4 + int(sz * slant), 4), ch, font=f, fill=255)
        g = g.transform(g.size, Image.Transform.AFFINE, (1, slant, 0, 0, 1, 0), resample=Image.Resampling.BICUBIC)
        base += rng.uniform(-1.2, 1.2)
        tone = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
        s.image.paste(tone, (int(cx), int(y + base)), g)
        cx += f.getlength(ch) * rng.uniform(0.86, 1.0)
    return cx


def thumbprint(s: Sheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red fingerprint pressed over a signature: an oval of broken concentric ridges."""
    layer = Image.new("L", (mm(16), mm(20)), 0)
    d = ImageDraw.Draw(layer)
    w, h = layer.size
    for k in range(2, 15):
        rx, ry = w / 2 * k / 15, h / 2 * k / 15
        start = rng.uniform(0, 360)
        d.arc((w / 2 - rx, h / 2 - ry, w / 2 + rx, h / 2 + ry), start, start + rng.uniform(200, 330),
              fill=rng.randint(120, 200), width=3)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    red = Image.new("RGB", layer.size, (196, 36, 44))
    s.image.paste(red, (int(cx - w / 2), int(cy - h / 2)), layer)


@dataclass
class Flow:
    """A typed paper running down its sheets."""

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

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(HuSheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=indent - hang if indent else 0.0)):
            self.need(lead)
            self.s.text(self.left + (indent if k == 0 else hang), self.y, part, f)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, at: float = 0.0, right: bool = False,
             centre: bool = False, spacing: float = 0.0) -> None:
        self.need(lead)
        if right:
            self.s.right(self.s.width - self.right - at, self.y, text, f)
        elif centre:
            self.s.centred(self.y, text, f, spacing=spacing)
        else:
            self.s.text(self.left + at, self.y, text, f, spacing=spacing)
        self.y += lead


def footers(sheets: Sequence[Sheet], *, style: str = "court") -> list[Sheet]:
    """Page numbers of a paper that runs on: the bureau's "第 n 页 共 m 页" centred; "- n -" (the civil division);
    "n/m" at the lower right (a lawyer's word processor)."""
    n = len(sheets)
    if n < 2:
        return list(sheets)
    for i, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(18), f"第 {i} 页  共 {n} 页", body(28))
        elif style == "dash":
            s.centred(s.height - mm(16), f"- {i} -", font("ming", 30))
        else:
            s.right(s.width - mm(22), s.height - mm(14), f"{i}/{n}", font("sans", 26))
        if i > 1:
            s.page_of = (i, n)
    return list(sheets)


def title_gap(title: str, size: int) -> float:
    return {2: size * 1.6, 3: size * 0.9, 4: size * 0.5, 5: size * 0.25}.get(len(title), size * 0.08)


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", sub: str = "") -> list[Sheet]:
    """A paper of the bureau. paras: ("to", addressee) flush; ("p", paragraph) indented two characters; ("h", a party
    line, hanging); ("n", a small note); ("c", a centred line)."""
    s = HuSheet()
    s.centred(TOP, COURT, font("hei", 50), spacing=9)
    tf = font("serif_bold", 86)
    s.centred(TOP + 84, title, tf, spacing=title_gap(title, 86))
    y: float = TOP + 84 + 112
    if sub:
        s.centred(y, sub, body(36))
        y += 58
    s.right(s.width - RIGHT, y, number or c.number, body(38))
    y += 62
    s.line(LEFT, y, s.width - RIGHT, y, width=1)
    flow = Flow([s], y + 34)
    f = body(41)
    for kind, text in paras:
        if kind == "to":
            flow.para(text, f, lead=72)
        elif kind == "h":
            flow.para(text, f, lead=72, hang=f.size * 2)
        elif kind == "n":
            flow.para(text, body(32), lead=52)
        elif kind == "c":
            flow.line(text, f, lead=72, centre=True)
        else:
            flow.para(text, f, lead=72, indent=f.size * 2)
    before = len(flow.sheets)
    flow.need(76 * len(signers) + 250)
    last = flow.s
    if len(flow.sheets) > before:  # the signers went over: the court marks the page that holds only them
        last.text(LEFT + f.size * 2, flow.y, "（此页无正文）", f)
        flow.y += 72
    y = flow.y + 56
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, y, role, f, spacing=f.size * (1.0 if len(role) == 2 else 0.5 if len(role) == 3 else 0))
        last.text(x + mm(36), y, name, f)
        y += 76
    y += 26
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 - mm(2), y + 16, SEAL, rng, radius=mm(21))
    return footers(flow.sheets)


def form_head(s: Sheet, title: str, *, form_no: str = "", y: float = TOP, issuer: str = COURT) -> float:
    """A form's head: issuer in 微米黑 left, its form number right, the title in large 黑体, letter-spaced."""
    if issuer:
        s.text(LEFT, y, issuer, label(32))
    if form_no:
        s.right(s.width - RIGHT, y, form_no, label(28))
    y += 62
    s.centred(y, title, font("hei", 66), spacing=title_gap(title, 66) * 0.6)
    return y + 110


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,)) -> list[tuple[float, float, float, float]]:
    """A ruled form: heavy outer frame, thin inner rules; a short row's last cell runs to the frame; label columns
    are set centred in 微米黑, other cells flush left. Returns every cell's box row by row."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2)
            if cell:
                lf = label(int(f.size)) if k in labels else f
                parts = wrap(cell, lf, w - 20)
                lh = lf.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, lf, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 12, ty, part, lf)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 2, y - 2, x + total + 2, cy + 2, width=5)
    return boxes


def right_cells(boxes: Sequence[tuple[float, float, float, float]], x: float) -> list[tuple[float, float, float, float]]:
    return [b for b in boxes if b[0] > x + 1]


# ---- thermal slips and the paste sheet -------------------------------------------------------------------------

SLIP_W = mm(58)


def slip(rows: Sequence[tuple[str, str]], rng: random.Random, *, width: int = SLIP_W) -> Sheet:
    """A POS printer's thermal slip: 58 mm wide, a bitmap-like 黑体 at one size, dashed rules, a bar code at the end.
    rows: ("c", centred), ("l", flush left), ("kv", "key|value" with the value set right), ("-", a dashed rule),
    ("big", a centred line in double height)."""
    f = font("microhei", 26)
    big = font("microhei", 38)
    lead = 36
    height = mm(10) + lead * (len(rows) + 2) + sum(20 for k, _ in rows if k == "big") + mm(22)
    s = Sheet(size=(width, int(height)), paper=THERMAL_PAPER)
    y = float(mm(5))
    pad = mm(3)
    for kind, text in rows:
        if kind == "-":
            s.text(pad, y, "-" * 30, f, record=False)
        elif kind == "c":
            s.centred(y, text, f)
        elif kind == "big":
            s.centred(y, text, big)
            y += 20
        elif kind == "kv":
            k, v = text.split("|", 1)
            s.text(pad, y, k, f)
            s.right(width - pad, y, v, f)
        else:
            for part in wrap(text, f, width - 2 * pad):
                s.text(pad, y, part, f)
                y += lead
            y -= lead
        y += lead
    # a Code 128-like bar code of the voucher number
    bx = pad + mm(4)
    y += 8
    while bx < width - pad - mm(4):
        bw = rng.choice([2, 2, 3, 4, 6])
        s.draw.rectangle((bx, y, bx + bw, y + mm(10)), fill=INK)
        bx += bw + rng.choice([2, 3, 4, 5])
    return s


def paste_sheet(c: CaseCtx, title: str, slips: Sequence[Sheet], notes: Sequence[str], rng: random.Random, *,
                clerk: str) -> HuSheet:
    """The bureau's A4 票据粘贴单: a printed frame with 粘贴处, the slips glued side by side (two to a row), each
    annotated by hand below, the clerk's signature at the foot. The caller gives no more slips than fit."""
    s = HuSheet(route="thermal")
    s.text(LEFT, TOP - mm(8), COURT + "执行局", label(30))
    s.right(s.width - RIGHT, TOP - mm(8), "执表-27", label(26))
    s.centred(TOP + mm(6), "票据粘贴单", font("hei", 60), spacing=30)
    s.text(LEFT, TOP + mm(24), f"案号：{c.number}", body(34))
    s.text(LEFT + mm(100), TOP + mm(24), f"用途：{title}", body(34))
    x0, y0, x1, y1 = LEFT, TOP + mm(36), s.width - RIGHT, s.height - mm(48)
    s.box(x0, y0, x1, y1, width=3)
    dashed_rect(s, x0 + mm(6), y0 + mm(6), x1 - mm(6), y1 - mm(6))
    s.text(x0 + mm(10), y0 + mm(9), "粘　贴　处", label(26), fill=(120, 120, 120))
    gap = mm(10)
    cols = max(1, int((x1 - x0 - mm(12) + gap) // (SLIP_W + gap)))
    row_top = y0 + mm(14)
    for start in range(0, len(slips), cols):
        row = list(zip(slips[start:start + cols], notes[start:start + cols], strict=True))
        width = len(row) * SLIP_W + (len(row) - 1) * gap
        cx = x0 + ((x1 - x0) - width) / 2
        tallest = 0
        for sl, note in row:
            px, py = int(cx + rng.uniform(-mm(3), mm(3))), int(row_top + rng.uniform(0, mm(4)))
            s.image.paste(sl.image, (px, py))
            s.lines.extend(sl.lines)
            s.slips.append((px, py, px + sl.image.width, py + sl.image.height))
            if note:
                scrawl(s, px, py + sl.image.height + mm(3), note, rng, size=34)
            tallest = max(tallest, py + sl.image.height - int(row_top))
            cx += SLIP_W + gap
        row_top += tallest + mm(16)
    s.text(LEFT, s.height - mm(38), "经办人：", body(34))
    scrawl(s, LEFT + mm(22), s.height - mm(39), clerk, rng, size=42)
    s.text(LEFT + mm(90), s.height - mm(38), "复核人：", body(34))
    return s


def dashed_rect(s: Sheet, x0: float, y0: float, x1: float, y1: float, *, dash: int = 16) -> None:
    for x in range(int(x0), int(x1), dash * 2):
        s.line(x, y0, min(x + dash, x1), y0, width=2)
        s.line(x, y1, min(x + dash, x1), y1, width=2)
    for y in range(int(y0), int(y1), dash * 2):
        s.line(x0, y, x0, min(y + dash, y1), width=2)
        s.line(x1, y, x1, min(y + dash, y1), width=2)


def rounded(s: Sheet, box: tuple[float, float, float, float], *, radius: float, fill: tuple[int, int, int],
            outline: tuple[int, int, int] | None = None, width: int = 2) -> None:
    s.draw.rounded_rectangle(box, radius=radius, fill=fill, outline=outline, width=width)
