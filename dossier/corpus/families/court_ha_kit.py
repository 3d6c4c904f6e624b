"""court_ha's two kinds of print (湖南省怀化市鹤城区人民法院执行局 and the counters it deals with).

The bureau's own notices and rulings come off its laser printer: the court's name in bold Noto serif, the title in
wide-set 宋 under it, the case number flush left above a hairline that runs the full measure, the body in Noto serif
set ragged-right with a two-character indent, the signers stacked at the right with the seal over a date in Chinese
numerals, "第n页，共m页" at the foot on the right of a multi-page paper and the case platform's small print line at the
foot on the left. Its forms (送达回证, 审批表, the cover, the catalogue) are grids framed by a heavy outer rule, labels
in GB 宋 (whose typists write ○ for 〇), filled in by ballpoint.

The banks' and the bureau's cash counters work on carbonless multipart sets (无碳复写联单) fed through 24-pin impact
printers run in their 16-dot draft mode: each 联 is a tinted copy sheet (pink, yellow, pale blue, pale green) carrying
the pre-printed boxes in the form's ink, and the printer's dots land where the feed put them — a few millimetres off
the boxes, creeping down the slip, the ribbon fading towards one edge of its band, one pin of the head dead so that a
thin white row runs through every glyph. On the copies the dots arrive as the blue-violet of the capsules, a little
fuzzy, and the pressure of other slips written on top of them leaves faint blue ghosts."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable, scrawl

COURT = "湖南省怀化市鹤城区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(26), mm(36), mm(30)
BALLPOINT = (34, 44, 128)
BLACK_PEN = (30, 30, 34)
CAPSULE = (78, 72, 158)
"""the blue-violet of a carbonless copy's capsules where the printer or a pen pressed"""
RIBBON = (36, 34, 48)
PAPERS = {"white": (253, 253, 250), "pink": (249, 224, 230), "yellow": (250, 242, 202), "blue": (224, 235, 250),
          "green": (226, 243, 226)}


def serif(size: int) -> Font:
    return font("serif", size)


def gb(size: int) -> Font:
    return font("song_gb", size)


@dataclass
class Flow:
    """A laser-printed paper running down its sheets."""

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
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top - mm(6)

    def para(self, text: str, f: Font, *, lead: float, indent: int = 2, hang: int = 0) -> None:
        first = f.size * indent
        pad = f.size * hang
        for k, part in enumerate(wrap(text, f, self.measure - pad, indent=first - pad)):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else pad), self.y, part, f)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, at: float = 0.0) -> None:
        self.room(lead)
        self.s.text(self.left + at, self.y, text, f)
        self.y += lead


def folio(sheets: Sequence[Sheet], *, system_line: str = "") -> list[Sheet]:
    """第n页，共m页 at the foot on the right (when there is more than one), the platform's print line on the left."""
    n = len(sheets)
    small = serif(mm(3.0))
    for i, s in enumerate(sheets, 1):
        if n > 1:
            s.right(s.width - RIGHT, s.height - mm(18), f"第{i}页，共{n}页", serif(mm(3.4)))
            if i > 1:
                s.page_of = (i, n)
        if system_line:
            s.text(LEFT, s.height - mm(13), system_line, small, fill=(110, 110, 110))
    return list(sheets)


def court_paper(rng: random.Random, title: str, number: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), court: str = COURT, system: bool = True) -> list[Sheet]:
    """A notice or ruling of the court. Blocks: ("to", addressee), ("p", paragraph), ("party", a party line hung
    by two characters), ("c", centred), ("small", a note in small type), ("gap", "")."""
    s = Sheet()
    s.centred(TOP, court, font("serif_bold", mm(6.6)), spacing=mm(0.8))
    tf = font("song_gb", mm(9.6))
    spread = {2: mm(12), 3: mm(7), 4: mm(4.5), 5: mm(3)}.get(len(title), mm(1))
    s.centred(TOP + mm(13), printable("song_gb", title), tf, spacing=spread)
    y: float = TOP + mm(30)
    f = serif(mm(5.3))
    s.text(LEFT, y, number, f)
    s.line(LEFT, y + mm(8.5), s.width - RIGHT, y + mm(8.5), width=1)
    flow = Flow([s], y + mm(14))
    lead = mm(9.4)
    for kind, text in blocks:
        if kind == "to":
            flow.para(text, f, lead=lead, indent=0)
        elif kind == "party":
            flow.para(text, f, lead=lead, indent=0, hang=2)
        elif kind == "c":
            flow.room(lead)
            flow.s.centred(flow.y, text, f)
            flow.y += lead
        elif kind == "small":
            flow.para(text, serif(mm(4.3)), lead=mm(7.2), indent=0)
        elif kind == "gap":
            flow.y += lead * 0.5
        else:
            flow.para(text, f, lead=lead)
    pages = len(flow.sheets)
    flow.room(mm(11) * len(signers) + mm(34))
    if len(flow.sheets) > pages:  # the signatures alone on a fresh page: the court says so at its top
        flow.s.text(LEFT, flow.y, "（此页无正文）", f)
        flow.y += lead * 2
    last = flow.s
    y = flow.y + mm(8)
    x = last.width - RIGHT - mm(62)
    for role, name in signers:
        last.text(x, y, role, f, spacing=mm(1.6) if len(role) == 3 else 0)
        last.text(x + mm(30), y, name, f)
        y += mm(10)
    y += mm(4)
    when = cn_date(day)
    xr = last.width - RIGHT - mm(4)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(3), mm(3)), y + mm(1), court, rng, radius=mm(20))
    line = f"鹤城法院执行办案平台　文书流水号HCZX{day:%Y%m%d}{rng.randint(1000, 9999)}" if system else ""
    return folio(flow.sheets, system_line=line)


def frame(s: Sheet, x0: float, y0: float, x1: float, y1: float, *, ink: tuple[int, int, int] = INK) -> None:
    """The heavy outer rule of the bureau's forms."""
    s.box(x0, y0, x1, y1, width=5, outline=ink)


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], ink: tuple[int, int, int] = INK, centre: Sequence[int] = (0,),
          outer: bool = True) -> list[list[tuple[float, float, float, float]]]:
    """A ruled grid (a short row's last cell runs to the right edge); returns each row's cell boxes."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        boxes = []
        for k, cell in enumerate(row):
            w = x + total - cx if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                parts = wrap(printable("song_gb", cell) if str(f.path).endswith("gbsn00lp.ttf") else cell, f, w - mm(3))
                lh = f.size * 1.28
                ty = cy + (h - lh * len(parts)) / 2 + 1
                for part in parts:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + mm(1.8), ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(boxes)
        cy += h
    if outer:
        frame(s, x, y, x + total, cy, ink=ink)
    return out


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT) -> float:
    """A form's head: the issuer in small bold serif, the title in wide-set GB 宋 with a single rule under it."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", mm(5.0)), spacing=mm(0.5))
        y += mm(9)
    tf = gb(mm(8.2))
    w = s.centred(y, printable("song_gb", title), tf, spacing=mm(2.2))
    y += mm(12)
    x0 = (s.width - w) / 2 - mm(4)
    s.line(x0, y, x0 + w + mm(8), y, width=2)
    return y + mm(6)


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = mm(5.2),
        ink: tuple[int, int, int] = BALLPOINT, face: str = "kai_gb", width: float = 0.0, lead: float = 0.0) -> float:
    """Ballpoint on a form; a long entry is broken to `width`. Returns the y under it."""
    if not width:
        scrawl(s, x, y, printable(face, text), rng, role=face, size=int(size), ink=ink)
        return y + (lead or size * 1.4)
    f = font(face, int(size))
    for part in wrap(printable(face, text), f, width * 0.95):
        scrawl(s, x, y, part, rng, role=face, size=int(size), ink=ink)
        y += lead or size * 1.45
    return y


# --- the counters' impact printers on multipart stationery -------------------------------------------------------


@cache
def _glyph(ch: str) -> Any:
    """A character as the printer's 16-dot draft font holds it: 16 rows, 16 columns (8 for a half-width one)."""
    wide = ord(ch) > 0x2E80 or ch in "￥（），：；"
    cols = 16 if wide else 8
    scale = 4
    img = Image.new("L", (cols * scale, 16 * scale), 0)
    f = font("sans", int(16 * scale * (0.94 if wide else 0.9)))
    ImageDraw.Draw(img).text((cols * scale / 2, 16 * scale / 2), ch, font=f, fill=255, anchor="mm")
    a = np.asarray(img, dtype=np.float32) / 255.0
    return a.reshape(16, scale, cols, scale).mean(axis=(1, 3)) > 0.28


@dataclass
class Head:
    """One counter's printer: where its feed puts the slip and how worn its ribbon and head are."""

    offset: tuple[float, float]   # (dx, dy) px: the print lands off the pre-printed boxes
    creep: float                  # px the print slips further down per line
    wear: float                   # 0 fresh … 0.7 worn: the ribbon's faded edge
    worn_top: bool                # the worn edge of the ribbon band is at the glyphs' top (else bottom)
    dead_pin: int                 # the dead pin's row in the glyph (-1: none)
    period: float                 # px of the ribbon's light/dark cycle along the line
    phase: float
    printed: int = 0

    @classmethod
    def of(cls, rng: random.Random) -> Head:
        return cls(offset=(mm(rng.uniform(1.0, 4.0)) * rng.choice([1, -1]), mm(rng.uniform(-1.5, 3.0))),
                   creep=mm(rng.uniform(0.1, 0.45)), wear=rng.uniform(0.2, 0.45), worn_top=rng.random() < 0.5,
                   dead_pin=rng.choice([-1, 5, 7, 9, 10]), period=rng.uniform(mm(40), mm(120)),
                   phase=rng.uniform(0, 6.28))


@dataclass
class Ply:
    """One 联 of a multipart set."""

    paper: str = "white"
    label: str = ""
    carbon: bool = False          # a copy: the dots arrive as the capsules' blue, a little fuzzy
    ghosts: list[str] = field(default_factory=list)


def dots(s: Sheet, x: float, y: float, text: str, head: Head, ply: Ply, rng: random.Random, *,
         condensed: bool = False, record: bool = True) -> float:
    """`text` printed by the impact head at the box position (x, y), where the feed actually puts it: the head's
    offset and creep, a dead pin's white row, the ribbon fading to one edge and along the line; on a copy the
    capsules' blue, slightly spread. Returns the printed width."""
    if not text:
        return 0.0
    if record and text.strip():
        s.lines.append(text)
    bm = np.concatenate([_glyph(ch) for ch in text], axis=1).astype(np.float32)
    if head.dead_pin >= 0:
        bm[head.dead_pin, :] = 0.0
    rows = np.arange(16, dtype=np.float32)
    edge = rows / 15.0 if not head.worn_top else 1.0 - rows / 15.0
    band = 1.0 - head.wear * edge ** 3
    gen = np.random.default_rng(rng.randint(0, 2**31))
    px = 2 if condensed else 3
    cols = np.arange(bm.shape[1], dtype=np.float32) * px
    along = 1.0 - head.wear * 0.35 * (0.5 + 0.5 * np.sin(cols / head.period * 6.283 + head.phase + x / 97.0))
    strength = bm * band[:, None] * along[None, :] * gen.uniform(0.78, 1.0, bm.shape)
    kernel = (np.array([[0.12, 0.6, 0.12], [0.6, 1.0, 0.6], [0.12, 0.6, 0.12]], np.float32) if px == 3
              else np.array([[0.4, 0.4], [1.0, 1.0], [0.4, 0.4]], np.float32))
    alpha: Any = np.kron(strength, kernel)
    colour = np.array(CAPSULE if ply.carbon else RIBBON, np.float32)
    if ply.carbon:
        alpha = cv2.GaussianBlur(alpha, (0, 0), 0.55) * 1.1
    x0 = round(x + head.offset[0])
    y0 = round(y + head.offset[1] + head.creep * head.printed)
    head.printed += 1
    _lay(s, x0, y0, np.clip(alpha * 0.95, 0, 1), colour)
    return float(alpha.shape[1])


def dot_width(text: str, *, condensed: bool = False) -> float:
    return float(sum(16 if ord(ch) > 0x2E80 or ch in "￥（），：；" else 8 for ch in text) * (2 if condensed else 3))


def into(s: Sheet, box: tuple[float, float, float, float], text: str, head: Head, ply: Ply, rng: random.Random) -> None:
    """`text` printed into a pre-printed box: condensed when it would not fit at the normal pitch."""
    dots(s, box[0] + mm(1.5), box[1] + max(mm(1), (box[3] - box[1] - 48) / 2), text, head, ply, rng,
         condensed=dot_width(text) > box[2] - box[0] - mm(3))


def _lay(s: Sheet, x0: int, y0: int, alpha: Any, colour: Any) -> None:
    """Multiply `colour` onto the sheet with coverage `alpha` at (x0, y0), clipped to the sheet."""
    h, w = alpha.shape
    W, H = s.image.size
    xa, ya, xb, yb = max(0, x0), max(0, y0), min(W, x0 + w), min(H, y0 + h)
    if xa >= xb or ya >= yb:
        return
    a = alpha[ya - y0:yb - y0, xa - x0:xb - x0][..., None]
    region = np.asarray(s.image.crop((xa, ya, xb, yb)), dtype=np.float32)
    mixed = region * (1 - a) + (region * colour / 255.0) * a
    s.image.paste(Image.fromarray(np.clip(mixed, 0, 255).astype(np.uint8), "RGB"), (xa, ya))


def carbon_pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, ply: Ply, size: float = mm(5.2),
               face: str = "kai_gb") -> None:
    """Handwriting on a multipart set as this 联 shows it: ballpoint on the top copy, the capsules' blue (spread
    a little) on a copy beneath."""
    if not ply.carbon:
        pen(s, x, y, text, rng, size=size, face=face)
        return
    scratch = Sheet(size=s.size, paper=(255, 255, 255))
    scrawl(scratch, x, y, printable(face, text), rng, role=face, size=int(size), ink=(0, 0, 0))
    s.lines.extend(scratch.lines)
    a: Any = 1.0 - np.asarray(scratch.image.convert("L"), dtype=np.float32) / 255.0
    ys, xs = np.nonzero(a > 0.02)
    if not len(ys):
        return
    ya, yb, xa, xb = ys.min(), ys.max() + 1, xs.min(), xs.max() + 1
    patch = cv2.GaussianBlur(a[ya:yb, xa:xb], (0, 0), 0.9) * 0.8
    _lay(s, int(xa), int(ya), patch, np.array(CAPSULE, np.float32))


def ghost_marks(s: Sheet, rng: random.Random, words: Sequence[str]) -> None:
    """Faint blue impressions from slips written on while this one lay under them: stray figures and a pen's
    scribble, too weak to read as part of the slip (not recorded)."""
    scratch = Sheet(size=s.size, paper=(255, 255, 255))
    for w in words:
        x = rng.uniform(mm(10), s.width - mm(60))
        y = rng.uniform(mm(10), s.height - mm(20))
        scrawl(scratch, x, y, w, rng, role="kai_gb", size=mm(rng.uniform(4.5, 6.5)), ink=(0, 0, 0), slant=10)
    d = ImageDraw.Draw(scratch.image)
    for _ in range(rng.randint(1, 3)):
        x, y = rng.uniform(0, s.width), rng.uniform(0, s.height)
        pts = [(x + k * mm(3), y + rng.uniform(-mm(2), mm(2))) for k in range(rng.randint(4, 9))]
        d.line(pts, fill=(0, 0, 0), width=3)
    a: Any = 1.0 - np.asarray(scratch.image.convert("L"), dtype=np.float32) / 255.0
    a = cv2.GaussianBlur(a, (0, 0), 1.4) * rng.uniform(0.12, 0.2)
    _lay(s, 0, 0, a, np.array(CAPSULE, np.float32))


def sprockets(s: Sheet, *, left: bool = True, right: bool = True) -> None:
    """A continuous form's tractor strips still on: punched holes every half inch and the perforation beside them."""
    r = mm(2.0)
    for side, on in (("l", left), ("r", right)):
        if not on:
            continue
        cx = mm(6.3) if side == "l" else s.width - mm(6.3)
        px = mm(12.7) if side == "l" else s.width - mm(12.7)
        y = mm(6.35)
        while y < s.height:
            s.draw.ellipse((cx - r, y - r, cx + r, y + r), fill=(238, 238, 236), outline=(150, 150, 150), width=1)
            y += mm(12.7)
        for yy in range(0, s.height, 9):
            s.line(px, yy, px, yy + 4, width=1, fill=(170, 170, 170))


def slip(size_mm: tuple[float, float], ply: Ply) -> Sheet:
    s = Sheet(size=(mm(size_mm[0]), mm(size_mm[1])), paper=PAPERS[ply.paper])
    return s


def ply_label(s: Sheet, ply: Ply, ink: tuple[int, int, int]) -> None:
    """The 联's name printed up the right margin, one character under another."""
    if not ply.label:
        return
    f = gb(mm(3.2))
    x = s.width - mm(6)
    y = (s.height - len(ply.label) * f.size * 1.1) / 2
    s.lines.append(ply.label)
    for ch in ply.label:
        s.text(x, y, ch, f, fill=ink, record=False)
        y += f.size * 1.1


def mount(slips: Sequence[Sheet], rng: random.Random, *, how: str = "pasted", note: str = "") -> Sheet:
    """Small slips brought to A4: glued onto a blank backing sheet (pasted) or laid straight on the scanner's glass
    with the lid down (glass: the lid's white round them, a soft shadow at their edges)."""
    page = Sheet(paper=(252, 252, 250) if how == "pasted" else (244, 244, 241))
    y = float(mm(rng.uniform(14, 24)))
    for sl in slips:
        angle = rng.uniform(-1.6, 1.6)
        im = sl.image.convert("RGBA").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        x = int((page.width - im.width) / 2 + rng.uniform(-mm(8), mm(8)))
        x = max(mm(3), min(x, page.width - im.width - mm(3))) if im.width < page.width - mm(6) else (page.width - im.width) // 2
        shadow = Image.new("L", im.size, 0)
        shadow.paste(im.getchannel("A").point(lambda v: 60 if v else 0), (0, 0))
        dark = Image.new("RGB", im.size, (150, 150, 150))
        page.image.paste(dark, (x + 4, int(y) + 5), shadow)
        page.image.paste(im.convert("RGB"), (x, int(y)), im.getchannel("A"))
        page.lines.extend(sl.lines)
        y += im.height + mm(rng.uniform(8, 16))
    if note:
        pen(page, page.width - mm(80), page.height - mm(28), note, rng, size=mm(4.6), ink=BLACK_PEN)
    return page
