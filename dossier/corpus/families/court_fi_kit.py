"""court_fi's print room (吉林省通化市东昌区人民法院执行局) and its paste-up desk.

The bureau's own papers: the court's name in 黑体 across the top, the title in bold serif under it, a hairline rule
the whole measure wide with the case number set just below it at the left; the body in a 楷体 close to the 仿宋 of
the case system, paragraphs indented two characters, the signers at the right, the date in Chinese numerals under
the court's seal, and "第n页（共m页）" centred at the foot. Forms are ruled grids with 黑体 labels, filled in by
hand in black gel ink.

The paste-up desk: every small or odd-sized paper the bureau receives — a bank's 回单, an ID card copy cut to card
size, a receipt, a 法院专递 waybill, a 授权委托书 on A5, a photograph — is glued onto the court's printed A4 backing
sheet, 卷内粘贴单, before scanning: the backing's header (court, title, 案号 line filled in by hand, 第 页 box), a
dashed 粘贴处 frame and the binding line at the left. Pieces lie a little crooked, side by side or shingled down the
frame (each overlapping only the blank glue margin at the foot of the one above); glue wrinkles ripple near their
edges and now and then a corner has lifted. Where each piece lies is kept on the sheet (`pieces`) so that the
scanner's lamp can cast its edge shadow (court_fi_capture)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from datetime import date

from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "吉林省通化市东昌区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(24), mm(28), mm(28)
GEL = (18, 18, 24)
BACKING = (250, 248, 241)


def kai(size: int = 42) -> Font:
    return font("kai", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        ink: tuple[int, int, int] = GEL) -> float:
    """Gel pen on a form, broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += size * 1.4
    return y


class Flow:
    """Text running down sheets of the bureau's paper."""

    def __init__(self, y: float, *, left: float = LEFT, right: float = RIGHT, sheet: Sheet | None = None) -> None:
        self.sheets = [sheet or Sheet()]
        self.y = y
        self.left, self.right = left, right

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - FOOT - mm(8):
            self.sheets.append(Sheet())
            self.y = TOP + mm(6)

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead


def folios(sheets: list[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.centred(s.height - mm(16), f"第{i}页（共{n}页）", kai(30))
            if i > 1:
                s.page_of = (i, n)
    return sheets


def court_paper(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "") -> list[Sheet]:
    """paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging), ("s", a small note)."""
    s = Sheet()
    s.centred(TOP, COURT, hei(50), spacing=4)
    s.centred(TOP + 84, title, font("serif_bold", 76), spacing=max(8, 120 // max(len(title), 1)))
    y: float = TOP + 196
    s.line(LEFT, y, s.width - RIGHT, y, width=2)
    s.text(LEFT, y + 16, number or c.number, kai(40))
    run = Flow(y + 100, sheet=s)
    f = kai(44)
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=76)
        elif kind == "h":
            run.para(text, f, lead=76, hang=f.size * 2)
        elif kind == "s":
            run.para(text, kai(34), lead=58)
        else:
            run.para(text, f, lead=76, first=f.size * 2)
    run.need(80 * len(signers) + 240)
    last = run.s
    y = run.y + 50
    x = last.width - RIGHT - mm(66)
    for role, name in signers:
        last.text(x, y, role, f, spacing=14 if len(role) <= 3 else 0)
        last.text(x + mm(30), y, name, f)
        y += 80
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y + 30, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 40, COURT, rng, radius=mm(20))
    return folios(run.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,)) -> list[tuple[float, float, float, float]]:
    """A ruled grid (outer frame heavier); label columns in 黑体, centred. A short row's last cell runs to the right
    edge. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lf = hei(int(f.size))
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2)
            if cell:
                ff = lf if k in labels else f
                parts = wrap(cell, ff, w - 16)
                lh = ff.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w)
                    else:
                        s.text(cx + 10, ty, part, ff)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=4)
    return boxes


def form_head(s: Sheet, title: str, *, issuer: str = COURT) -> float:
    y = TOP
    if issuer:
        s.centred(y, issuer, hei(40), spacing=3)
        y += 62
    s.centred(y, title, font("serif_bold", 66), spacing=16)
    return y + 110


# ---------------------------------------------------------------- the paste-up desk

def piece(w_mm: float, h_mm: float, *, paper: tuple[int, int, int] = (255, 255, 255)) -> Sheet:
    """A small paper to be glued: a Sheet of its own size (its printed text recorded as on any sheet)."""
    return Sheet(size=(mm(w_mm), mm(h_mm)), paper=paper)


def _wrinkle(img: Image.Image, rng: random.Random) -> Image.Image:
    """Glue under a thin paper: faint ripples near one edge, and a few short creases."""
    w, h = img.size
    over = Image.new("L", img.size, 128)
    d = ImageDraw.Draw(over)
    edge = rng.choice(["top", "left", "bottom"])
    pts: list[tuple[float, float]]
    for _ in range(rng.randint(3, 7)):
        if edge == "top" or edge == "bottom":
            y0 = rng.uniform(0.02, 0.14) * h
            y0 = y0 if edge == "top" else h - y0
            pts = [(float(x), y0 + math.sin(x / rng.uniform(18, 40) + rng.random() * 6) * rng.uniform(2, 6)) for x in range(0, w, 6)]
        else:
            x0 = rng.uniform(0.02, 0.12) * w
            pts = [(x0 + math.sin(y / rng.uniform(18, 40) + rng.random() * 6) * rng.uniform(2, 6), float(y)) for y in range(0, h, 6)]
        d.line(pts, fill=rng.choice([104, 112, 150, 146]), width=rng.randint(2, 4))
    over = over.filter(ImageFilter.GaussianBlur(2.2))
    a = img.convert("RGB")
    from PIL import ImageChops
    return ImageChops.overlay(a, Image.merge("RGB", (over, over, over)))


def _lift(img: Image.Image, rng: random.Random) -> tuple[Image.Image, str]:
    """A corner that came unstuck and was pressed back by the scanner's lid: a crease across it, the flap a shade
    greyer."""
    w, h = img.size
    corner = rng.choice(["tr", "br", "bl"])
    k = rng.uniform(0.07, 0.12) * min(w, h) + 14
    cx = w if corner in ("tr", "br") else 0
    cy = 0 if corner == "tr" else h
    sx = -1 if cx else 1
    sy = 1 if cy == 0 else -1
    tri = [(cx, cy), (cx + sx * k, cy), (cx, cy + sy * k)]
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).polygon(tri, fill=60)
    dark = Image.new("RGB", img.size, (150, 148, 140))
    img = Image.composite(dark, img, mask)
    ImageDraw.Draw(img).line([tri[1], tri[2]], fill=(120, 118, 112), width=3)
    return img, corner


def pasteup(c: CaseCtx, rng: random.Random, parts: Sequence[Sheet], *, how: str = "stack", caption: str = "",
            title: str = "") -> Sheet:
    """Glue `parts` onto one printed backing sheet. how: "stack" (one under another, a gap between), "shingle"
    (each overlapping the blank glue margin at the foot of the one above), "side" (two side by side, then on down).
    The sheet's text is the backing's print and each piece's, in gluing order."""
    s = Sheet(paper=BACKING)
    grey = (110, 110, 108)
    s.text(LEFT, mm(12), COURT, kai(30), fill=grey)
    s.centred(mm(16), title or rng.choice(["卷 内 粘 贴 单", "粘 贴 单", "卷内粘贴页"]), hei(58), fill=(70, 70, 70))
    y = mm(34)
    s.text(LEFT, y, "案号：", kai(36), fill=grey)
    s.line(LEFT + mm(16), y + 44, LEFT + mm(100), y + 44, width=1, fill=grey)
    hand(s, LEFT + mm(19), y - 4, c.number, rng, size=40, ink=GEL)
    xr = s.width - RIGHT
    s.text(xr - mm(40), y, "第", kai(36), fill=grey)
    s.box(xr - mm(32), y - 6, xr - mm(12), y + 48, width=2, outline=grey)
    s.text(xr - mm(9), y, "页", kai(36), fill=grey)
    hand(s, xr - mm(29), y - 2, str(rng.randint(11, 58)), rng, size=40, ink=GEL, record=False)
    top, bottom = mm(50), s.height - mm(22)
    x0, x1 = LEFT, s.width - RIGHT
    for x in range(int(x0), int(x1), 26):
        s.line(x, top, x + 12, top, width=1, fill=(170, 170, 165))
        s.line(x, bottom, x + 12, bottom, width=1, fill=(170, 170, 165))
    for y_ in range(int(top), int(bottom), 26):
        s.line(x0, y_, x0, y_ + 12, width=1, fill=(170, 170, 165))
        s.line(x1, y_, x1, y_ + 12, width=1, fill=(170, 170, 165))
    bind = mm(14)
    for y_ in range(mm(60), s.height - mm(30), 30):
        s.line(bind, y_, bind, y_ + 14, width=1, fill=(185, 185, 180))
    for k, ch in enumerate("装订线"):
        s.text(bind - 16, s.height / 2 - 120 + k * 90, ch, kai(28), fill=(170, 170, 165), record=False)
    s.text(LEFT, s.height - mm(18), "说明：票据、证件复印件等小幅材料按时间顺序粘贴于框内，不得超出框线。", kai(28), fill=grey)
    if caption:
        s.lines.append(caption)
    placed: list[list[tuple[float, float]]] = []
    cx: float = x0 + mm(6)
    cy: float = top + mm(6)
    row_h = 0.0
    lifted = rng.random() < 0.35
    room = x1 - x0 - mm(10)
    for n, p in enumerate(parts):
        if p.width > room:  # a paper wider than the frame went through the copier reduced
            ratio = room / p.width
            small = Sheet(size=(int(room), int(p.height * ratio)), paper=p.paper)
            small.image = p.image.resize(small.size, Image.Resampling.LANCZOS)
            small.lines = p.lines
            p = small
        pw, ph = p.size
        if how == "side" and cx + pw > x1 + mm(2) and cx > x0 + mm(6):
            cx, cy = x0 + mm(6), cy + row_h + mm(8)
            row_h = 0
        angle = rng.uniform(-2.4, 2.4)
        img = _wrinkle(p.image, rng)
        if lifted and n == len(parts) - 1:
            img, _ = _lift(img, rng)
        mask = Image.new("L", p.size, 255)
        rot = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(0, 0, 0))
        rmask = mask.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        jitter = rng.uniform(-mm(3), mm(5)) if how != "side" else rng.uniform(0, mm(3))
        px, py = int(cx + jitter), int(cy + rng.uniform(0, mm(2)))
        if how == "stack" and len(parts) == 1:
            px = int((s.width - rot.width) / 2 + rng.uniform(-mm(6), mm(6)))
        shadow = rmask.filter(ImageFilter.GaussianBlur(3)).point(lambda v: int(v * 0.22))
        s.image.paste((60, 58, 52), (px + 3, py + 4), shadow)
        s.image.paste(rot, (px, py), rmask)
        t = math.radians(-angle)
        ox, oy = px + rot.width / 2, py + rot.height / 2
        corners = [(-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)]
        placed.append([(ox + u * math.cos(t) - v * math.sin(t), oy + u * math.sin(t) + v * math.cos(t)) for u, v in corners])
        s.lines.extend(p.lines)
        if how == "side":
            cx += pw + mm(8)
            row_h = max(row_h, ph)
        elif how == "shingle":
            cy += ph - mm(7)
        else:
            cy += ph + mm(7)
    setattr(s, "pieces", placed)  # noqa: B010 — read by court_fi_capture for the lamp's edge shadows
    return s


def glue_tail(p: Sheet) -> None:
    """Mark the blank glue margin at a piece's foot (a faint line where the scissors left the print)."""
    p.line(mm(3), p.height - mm(8), p.width - mm(3), p.height - mm(8), width=1, fill=(220, 220, 215))


def dotted(s: Sheet, x0: float, y: float, x1: float) -> None:
    for x in range(int(x0), int(x1), 14):
        s.line(x, y, x + 6, y, width=2, fill=INK)
