"""court_fq's press (山西省长治市潞州区人民法院执行局). Two machines make its papers. The case system's fills go to
an old 24-pin impact printer in the clerks' room (a 映美/得实-style 针式打印机 left in draft mode, so its characters are
a 16-dot matrix), which prints them onto forms the print shop made in advance: the 套打 notices (受理、执行通知书、
报告财产令、传票、缴款通知书、结案通知书), the 送达回证, the cover, the approval form. Each form is fed by hand, so the
fills never sit exactly where the printed blanks are: shifted a few millimetres, creeping lower down the page, now and
then riding over a label or an underline. The ribbon is changed only when it is nearly dry, so its black fades from
form to form and is uneven along the line; a weak pin leaves a pale stripe through some forms. The case system's own
lists (the catalogue, the 查控 printout) come out on fan-fold continuous paper with its tractor strips and
perforations. Rulings and decisions go to the laser printer and look ordinary: Noto serif body, the court in bold over
a widely spaced title, the number centred under a thin rule, "第n页（共m页）" at the lower right.

Banks and registries answer on their own dot-matrix printers on multi-part (多联) stationery; the bureau keeps a lower
ply, whose fill is a pressure copy — violet, softer and lighter than a ribbon's."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "山西省长治市潞州区人民法院"
SHORT = "潞州区人民法院"
PRE = (30, 30, 34)
"""the print shop's ink on the pre-printed forms"""
RIBBON = (22, 22, 30)
CARBON = (88, 62, 150)
"""the violet of a carbonless ply's pressure copy"""
LEFT, RIGHT, TOP = mm(25), mm(22), mm(24)
CONT_W, CONT_H, STRIP = 241.3, 279.4, 12.7
"""fan-fold paper: 9.5 by 11 inches, with a half-inch tractor strip on each side"""


class Leaf(Sheet):
    """A sheet that remembers how its fills were printed: `press` holds where the pins struck (the dents the flatbed's
    lamp shades), `kind` says what made the page (laser, impact, carbon, hand)."""

    def __init__(self, size: tuple[int, int] | None = None, paper: tuple[int, int, int] = (255, 255, 255),
                 kind: str = "laser") -> None:
        if size is None:
            super().__init__(paper=paper)
        else:
            super().__init__(size=size, paper=paper)
        self.kind = kind
        self.press: Image.Image | None = None


def pre(size_mm: float) -> Font:
    """The print shop's 宋 on the pre-printed forms."""
    return font("song_gb", mm(size_mm))


def serif(size_mm: float, bold: bool = False) -> Font:
    return font("serif_bold" if bold else "serif", mm(size_mm))


@dataclass(frozen=True)
class Feed:
    """One pass of a form through the impact printer: where the fills land relative to the printed blanks, the ribbon's
    blackness, a weak pin, the dot matrix and the ribbon loop's worn stretches."""

    dx: float
    dy: float
    creep: float
    ribbon: float
    weak_pin: int
    matrix: int
    phase: float
    ink: tuple[int, int, int] = RIBBON
    blur: float = 0.0

    def at(self, x: float, y: float) -> tuple[float, float]:
        return x + self.dx, y + self.dy + self.creep * y


def ribbon(c: CaseCtx, rng: random.Random) -> float:
    """The ribbon's blackness for the next form: it fades a little with every form, until the clerk puts in a new one."""
    r = float(c.extra.get("ribbon", rng.uniform(0.78, 0.97)))
    r -= rng.uniform(0.03, 0.07)
    if r < 0.45:
        r = rng.uniform(0.9, 0.99)
    c.extra["ribbon"] = r
    return r


def feed(c: CaseCtx, rng: random.Random, *, steady: bool = False) -> Feed:
    """A form fed by hand: shifted by a few millimetres (more to the right and down than back), creeping lower."""
    big = not steady and rng.random() < 0.3
    dx = rng.uniform(-2.5, 3.5) + (rng.choice([-1, 1]) * rng.uniform(1.0, 2.5) if big else 0.0)
    dy = rng.uniform(-2.0, 1.8) + (rng.choice([-1, 1]) * rng.uniform(0.8, 1.8) if big else 0.0)
    return Feed(dx=mm(dx), dy=mm(dy), creep=rng.uniform(0.0, 0.004), ribbon=ribbon(c, rng),
                weak_pin=rng.randrange(3, 14) if rng.random() < 0.3 else -1,
                matrix=16 if rng.random() < 0.8 else 24, phase=rng.uniform(0, 2 * math.pi))


def ply_feed(rng: random.Random, *, ply: int) -> Feed:
    """The fill as the `ply`-th copy of a multi-part set receives it (ply 1: the ribbon's own, 2, 3: pressure copies)."""
    dx, dy = rng.uniform(-3.0, 3.5), rng.uniform(-2.0, 3.0)
    if ply == 1:
        return Feed(mm(dx), mm(dy), rng.uniform(0, 0.006), rng.uniform(0.7, 0.95), -1, 16, rng.uniform(0, 6.3))
    return Feed(mm(dx), mm(dy), rng.uniform(0, 0.006), rng.uniform(0.62, 0.82) - 0.1 * (ply - 2), -1,
                16, rng.uniform(0, 6.3), ink=CARBON, blur=0.7 + 0.55 * (ply - 2) + rng.uniform(0, 0.3))


def _glyphs(text: str, n: int) -> np.ndarray:
    f = font("hei", n)
    w = int(f.getlength(text)) + 2
    g = Image.new("L", (max(w, 1), n + 6), 0)
    d = ImageDraw.Draw(g)
    d.fontmode = "1"
    d.text((0, 0), text, font=f, fill=255)
    return np.asarray(g) > 127


def impact(s: Sheet, x: float, y: float, text: str, fd: Feed, rng: random.Random, *, px: float = 38,
           record: bool = True) -> float:
    """`text` struck by the pins at (x, y) — the feed's shift is the caller's (Feed.at): each character a matrix of
    round dots, each dot as black as the ribbon is there. Returns the printed width."""
    if record and text.strip():
        s.lines.append(text)
    on = _glyphs(text, fd.matrix)
    pitch = px / fd.matrix
    rows, cols = on.shape
    k = 2  # drawn at twice the resolution, then reduced: soft round dots
    H, W = math.ceil(rows * pitch * k) + 6, math.ceil(cols * pitch * k) + 6
    canvas: np.ndarray = np.zeros((H, W), np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    rr, cc = np.nonzero(on)
    cy = np.clip(((rr + 0.5) * pitch * k + 3).astype(int), 0, H - 1)
    cx = np.clip(((cc + 0.5) * pitch * k + 3).astype(int), 0, W - 1)
    along = 0.84 + 0.16 * np.sin(2 * math.pi * (x + cc * pitch) / mm(55) + fd.phase)
    value = np.minimum(1.0, fd.ribbon * 1.45) * along * gen.uniform(0.78, 1.0, len(rr))
    if fd.weak_pin >= 0:
        value = np.where(rr - 3 == fd.weak_pin, value * 0.18, value)
    canvas[cy, cx] = np.maximum(canvas[cy, cx], value.astype(np.float32))
    r = max(1.0, pitch * k * 0.5)
    size = int(2 * math.ceil(r) + 1)
    yy, xx = np.mgrid[0:size, 0:size] - size // 2
    disk = (np.hypot(yy, xx) <= r).astype(np.float32)
    dots = cv2.filter2D(canvas, -1, disk, borderType=cv2.BORDER_CONSTANT)
    dots = np.clip(dots, 0, 1)
    small = cv2.resize(dots, (max(1, W // k), max(1, H // k)), interpolation=cv2.INTER_AREA)
    if fd.blur:
        small = cv2.GaussianBlur(small, (0, 0), fd.blur)
    mask = Image.fromarray((np.clip(small, 0, 1) * 255).astype(np.uint8), "L")
    top = int(y - pitch * 2)
    _ink(s, mask, int(x), top, fd.ink)
    if isinstance(s, Leaf) and fd.ink == RIBBON:
        if s.press is None:
            s.press = Image.new("L", s.size, 0)
        region = s.press.crop((int(x), top, int(x) + mask.width, top + mask.height))
        s.press.paste(ImageChops.lighter(region, mask), (int(x), top))
    return float(cols * pitch)


def _ink(s: Sheet, mask: Image.Image, x: int, y: int, colour: tuple[int, int, int]) -> None:
    box = (x, y, x + mask.width, y + mask.height)
    under = s.image.crop(box)
    dark = ImageChops.multiply(under, Image.new("RGB", mask.size, colour))
    under.paste(dark, (0, 0), mask)
    s.image.paste(under, (x, y))


def width_of(text: str, fd: Feed, px: float = 38) -> float:
    return float(_glyphs(text, fd.matrix).shape[1] * px / fd.matrix)


Seg = tuple[str, str]
"""("t", pre-printed words) | ("f", a fill the printer puts into a printed blank) | ("b", a blank left empty)"""


def blanks(s: Sheet, segs: Sequence[Seg], fd: Feed, rng: random.Random, *, x0: float, x1: float, y: float,
           f: Font, lead: float, indent: float = 0.0, px: float = 36) -> float:
    """A pre-printed paragraph with underlined blanks, the impact printer's fills over them. Each line is recorded as
    it reads, fills in their blanks. Returns the y below."""
    tokens: list[tuple[str, str, float]] = []
    for kind, text in segs:
        if kind == "t":
            tokens += [("t", ch, float(f.getlength(ch))) for ch in text]
        else:
            tokens.append((kind, text, max(width_of(text, fd, px) + mm(4), mm(16)) if text else mm(16)))
    x = x0 + indent
    line: list[tuple[str, str, float, float]] = []

    def flush(yy: float) -> None:
        said = ""
        for kind, text, tx, w in line:
            if kind == "t":
                s.text(tx, yy, text, f, fill=PRE, record=False)
            else:
                s.line(tx, yy + f.size * 1.12, tx + w, yy + f.size * 1.12, width=2, fill=PRE)
                if text:
                    fx, fy = fd.at(tx + mm(2), yy + (f.size - px) * 0.5 - mm(1))
                    impact(s, fx, fy, text, fd, rng, px=px, record=False)
            said += text
        if said.strip():
            s.lines.append(said)

    for i, (kind, text, w) in enumerate(tokens):
        if x + w > x1 and line:
            if kind == "t" and text in "，。、；：）" and line:
                pass  # no punctuation at the start of a line: let it hang into the margin
            else:
                flush(y)
                line = []
                y += lead
                x = x0
        line.append((kind, text, x, w))
        x += w
        if i == len(tokens) - 1:
            flush(y)
    return y + lead


def head(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, form_no: str = "") -> float:
    """A pre-printed form's head: the court in 宋 spread wide, the title in bold serif, a form number at the top left."""
    if form_no:
        s.text(LEFT - mm(8), mm(10), form_no, pre(3.2), fill=PRE)
    if issuer:
        s.centred(y, issuer, pre(6.4), spacing=mm(1.2), fill=PRE)
        y += mm(11)
    s.centred(y, title, serif(9.5, bold=True), spacing=mm(5) if len(title) <= 5 else mm(1.5), fill=PRE)
    return y + mm(17)


def number_line(s: Sheet, c: CaseCtx, fd: Feed, rng: random.Random, y: float, *, x1: float | None = None,
                tail: str = "执") -> float:
    """The pre-printed number line "（　　）晋0403执　　号", year and sequence struck into its gaps; recorded whole."""
    f = pre(5)
    year = c.number[1:5]
    seq = c.number.split(tail)[-1].rstrip("号")
    gap_y, gap_s = mm(15), mm(18)
    parts = ["（", "", f"）{c.court.code}{tail}", "", "号"]
    total = sum(text_width(p, f) for p in parts if p) + gap_y + gap_s
    x = (x1 if x1 is not None else s.width - RIGHT) - total
    for k, p in enumerate(parts):
        if p:
            s.text(x, y, p, f, fill=PRE, record=False)
            x += text_width(p, f)
        else:
            value = year if k == 1 else seq
            fx, fy = fd.at(x + mm(1.5), y - mm(0.3))
            impact(s, fx, fy, value, fd, rng, px=34, record=False)
            x += gap_y if k == 1 else gap_s
    s.lines.append(c.number)
    return y + mm(12)


def date_line(s: Sheet, day: date, fd: Feed, rng: random.Random, *, x1: float, y: float,
              seal_name: str = COURT) -> None:
    """The pre-printed "　　年　　月　　日" with the date struck into it in Chinese numerals, the seal stamped by hand
    over where the date actually came out."""
    f = pre(5.2)
    text = cn_date(day)
    ys, rest = text.split("年")
    ms, ds = rest.rstrip("日").split("月")
    x = x1 - mm(72)
    s.text(x + mm(24), y, "年", f, fill=PRE, record=False)
    s.text(x + mm(44), y, "月", f, fill=PRE, record=False)
    s.text(x + mm(64), y, "日", f, fill=PRE, record=False)
    for value, at in ((ys, x), (ms, x + mm(30)), (ds, x + mm(50))):
        fx, fy = fd.at(at, y)
        impact(s, fx, fy, value, fd, rng, px=34, record=False)
    s.lines.append(text)
    if seal_name:
        sx, sy = fd.at(x + mm(36), y + mm(2))
        seal(s, sx + rng.uniform(-mm(4), mm(4)), sy + rng.uniform(-mm(3), mm(3)), seal_name, rng, radius=mm(20))


def imprint(s: Sheet, text: str) -> None:
    """The print shop's line at the foot of a pre-printed form."""
    s.text(LEFT - mm(6), s.height - mm(12), text, pre(3), fill=(90, 90, 90))


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), f: Font | None = None,
          ink: tuple[int, int, int] = PRE, outer: int = 5,
          total: float | None = None) -> list[list[tuple[float, float, float, float]]]:
    """A pre-printed ruled table, its outer frame heavy and its inner rules thin; label cells' words spread to the
    cell. Each row's last cell runs to the table's right edge (`total` wide, else the widths' sum). Returns each row's
    cell boxes."""
    f = f or pre(4.4)
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths) if total is None else total
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                parts = wrap(cell, f, w - mm(3))
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2
                for part in parts:
                    if k in labels and len(part) <= 4:
                        room = w - mm(5)
                        sp = max(0.0, (room - text_width(part, f)) / max(1, len(part) - 1)) if len(part) > 1 else 0.0
                        s.text(cx + mm(2.5), ty, part, f, spacing=min(sp, f.size * 1.2), fill=ink)
                    else:
                        s.text(cx + mm(2), ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    s.box(x, y, x + total, cy, width=outer, outline=ink)
    return out


def fill_cell(s: Sheet, box: tuple[float, float, float, float], text: str, fd: Feed, rng: random.Random, *,
              px: float = 34, per_line: int = 0, pad: float = 2.5) -> None:
    """The impact printer's fill for a table cell, printed where the feed puts it (not always inside the cell)."""
    x0, y0, _x1, y1 = box
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    lh = px * 1.25
    ty = y0 + (y1 - y0 - lh * len(chunks)) / 2 + px * 0.1
    for part in chunks:
        fx, fy = fd.at(x0 + mm(pad), ty)
        impact(s, fx, fy, part, fd, rng, px=px)
        ty += lh


def tractor(s: Sheet, rng: random.Random, *, left: bool = True, right: bool = True) -> None:
    """Fan-fold paper's tractor strips: a row of sprocket holes 12.7 mm apart in a half-inch strip, perforated off;
    where a strip was torn away, the torn perforation's nibs along the edge. The fold's perforation across the top."""
    lid = (214, 214, 214)
    step = mm(STRIP)
    r = mm(2)
    for side, kept in (("l", left), ("r", right)):
        edge_x = mm(STRIP) if side == "l" else s.width - mm(STRIP)
        if kept:
            cx = mm(STRIP / 2) if side == "l" else s.width - mm(STRIP / 2)
            yy = step / 2 + rng.uniform(-mm(1), mm(1))
            while yy < s.height:
                s.draw.ellipse((cx - r, yy - r, cx + r, yy + r), fill=lid, outline=(150, 150, 150), width=2)
                yy += step
            for y in range(0, s.height, mm(2.5)):
                s.line(edge_x, y, edge_x, y + mm(1.4), width=1, fill=(150, 150, 150))
        else:
            x = 0 if side == "l" else s.width - 4
            for y in range(0, s.height, mm(2.5)):
                s.draw.rectangle((x, y + mm(1.4), x + 3, y + mm(2.5)), fill=lid)
    for x in range(0, s.width, mm(2.5)):
        s.line(x, 2, x + mm(1.4), 2, width=1, fill=(165, 165, 165))
        s.line(x, s.height - 3, x + mm(1.4), s.height - 3, width=1, fill=(165, 165, 165))


def continuous(kind: str = "impact", *, strips: str = "both") -> Leaf:
    """A sheet of fan-fold paper: with both strips, with one, or both torn off (8.5 by 11 inches)."""
    width = CONT_W if strips == "both" else CONT_W - STRIP if strips in ("left", "right") else CONT_W - 2 * STRIP
    return Leaf(size=(mm(width), mm(CONT_H)), kind=kind)


def margins(s: Sheet, strips: str) -> tuple[float, float]:
    """The printable left and right x of a fan-fold sheet, inside its remaining strips."""
    lx = mm(STRIP + 8) if strips in ("both", "left") else mm(10)
    rx = s.width - (mm(STRIP + 8) if strips in ("both", "right") else mm(10))
    return lx, rx


def laser(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
          signers: Sequence[tuple[str, str]] = (), number: str = "", issuer: str = COURT, seal_name: str = COURT,
          body: str = "serif", title_face: str = "serif_bold", foot: bool = True) -> list[Sheet]:
    """A laser-printed paper: issuer over a widely spaced title, the number centred over a thin rule, then ("to",
    addressee), ("p", paragraph), ("h", party line), ("n", small note); signers right, the date under the seal."""
    sheets: list[Sheet] = [Leaf()]
    s = sheets[0]
    y = float(mm(30))
    if issuer:
        s.centred(y, issuer, font(title_face, mm(6.8)), spacing=mm(0.8))
        y += mm(12)
    s.centred(y, title, font(title_face, mm(9.5)), spacing=mm(6) if len(title) <= 5 else mm(1.8))
    y += mm(17)
    f = font(body, mm(5.2))
    if number or issuer == COURT:
        s.centred(y, number or c.number, f)
        y += mm(9)
        s.line(LEFT + mm(40), y, s.width - RIGHT - mm(40), y, width=1)
        y += mm(7)
    lead = f.size * 1.78
    x0, x1 = LEFT + mm(3), s.width - RIGHT - mm(2)
    bottom = s.height - mm(28)

    def room(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = Leaf()
            sheets.append(s)
            y = float(mm(24))

    for kind, text in paras:
        ff = font(body, mm(4.4)) if kind == "n" else f
        first = ff.size * 2 if kind == "p" else 0.0
        hang = ff.size * 2 if kind == "h" else 0.0
        for k, part in enumerate(wrap(text, ff, x1 - x0 - (hang if kind == "h" else 0), indent=first)):
            room(lead)
            s.text(x0 + (first if k == 0 else hang), y, part, ff)
            y += lead if kind != "n" else ff.size * 1.6
    room(mm(18) * len(signers) + mm(40))
    y += mm(8)
    sx = s.width - RIGHT - mm(75)
    for role, name in signers:
        s.text(sx, y, role, f, spacing=mm(1.5) if len(role) <= 3 else 0)
        s.text(sx + mm(32), y, name, f)
        y += mm(10)
    when = cn_date(day)
    y += mm(4)
    w = s.right(s.width - RIGHT - mm(12), y, when, f)
    if seal_name:
        seal(s, w + text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + mm(2), seal_name, rng, radius=mm(20.5))
    if foot and len(sheets) > 1:
        m = len(sheets)
        for n, sh in enumerate(sheets, 1):
            sh.right(sh.width - RIGHT, sh.height - mm(15), f"第{n}页（共{m}页）", font(body, mm(3.8)))
            sh.page_of = (n, m)
    return sheets


def typed(rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, face: str = "kai", size_mm: float = 5.4,
          title_face: str = "hei", x0: float = LEFT, x1: float | None = None, y0: float = TOP + mm(10),
          boxed: bool = False) -> tuple[list[Sheet], float]:
    """A party's or a body's typed paper without the court's trappings: title, then ("p"/"h"/"t"/"r") blocks.
    Returns the sheets and the y where the last one ends."""
    sheets: list[Sheet] = [Leaf()]
    s = sheets[0]
    tf = font(title_face, mm(8.5))
    w = s.centred(y0, title, tf, spacing=mm(2))
    if boxed:
        bx = (s.width - w) / 2
        s.box(bx - mm(5), y0 - mm(3), bx + w + mm(5), y0 + tf.size + mm(3), width=3)
    y = y0 + mm(20)
    f = font(face, mm(size_mm))
    right = (x1 if x1 is not None else s.width - RIGHT)
    lead = f.size * 1.75
    for kind, text in paras:
        if kind == "r":
            if y + lead > s.height - mm(25):
                s = Leaf()
                sheets.append(s)
                y = float(TOP)
            s.right(right - mm(8), y, text, f)
            y += lead
            continue
        first = f.size * 2 if kind == "p" else 0.0
        hang = f.size * 2 if kind == "h" else 0.0
        for k, part in enumerate(wrap(text, f, right - x0 - hang, indent=first - hang if first else 0.0)):
            if y + lead > s.height - mm(25):
                s = Leaf()
                sheets.append(s)
                y = float(TOP)
            s.text(x0 + (first if k == 0 else hang), y, part, f)
            y += lead
    return sheets, y


def hand_ink() -> tuple[int, int, int]:
    return (26, 40, 120)


INK_BLACK = INK
