"""court_fv's press (福建省南平市延平区人民法院执行局): the bureau prints its notices, orders and the 协助执行通知书 on
pre-printed 联单 — one sheet cut into two or three parts (存根联 / 正本联 or 附卷联 / 回执联) by dashed perforation
lines. The sets come from the printing works in a dark teal ink: the court's name and the title, the part's name
standing in a narrow strip at the left edge ("第一联 存根"), a red 印刷 serial "No 0052731" at the upper right of
every part, the 骑缝 serial printed across each perforation (half its letters on either side) and the court seal
pressed over it as a 骑缝章. The case system prints the fills into them (套打) in black 宋 on the teal ruled body
lines, a little off the printed rules; the officers fill dates and names in blue ballpoint.

What survives in the volume is what the archive kept of each set: a 存根 whose 正本 was torn off and mailed (the torn
edge ragged along the perforation), an 附卷联 whose 回执 was torn away, folded behind or still hanging on by a corner,
a 回执联 that came back signed on its own (ragged top, the lower halves of the 骑缝 letters along it), sometimes pasted
on a 粘贴单. Rulings and decisions are typeset on plain A4 (paper.typeset in the court's house style)."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from dossier.corpus.draw import BLUE_INK, INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import House

COURT = "福建省南平市延平区人民法院"
SHORT = "南平市延平区人民法院"
TEAL = (22, 92, 104)
SERIAL_RED = (196, 40, 48)
PEN = (34, 52, 150)
EDGE = mm(22)     # the strip at the left edge that carries the part's name
RIGHT = mm(14)
RULING = House(body="serif", body_mm=5.4, leading=1.78, title="sans_bold", title_mm=8.6, title_spacing_mm=3.2,
               heading="above", number_align="right", top=30, bottom=26, left=27, right=25, footer="slash",
               seam_seal=True, hand="kai")
"""how the bureau typesets its rulings and decisions on plain A4 (not on a 联单)"""
RECORD = House(body="kai_gb", body_mm=5.0, leading=1.72, title="hei", title_mm=8.0, title_spacing_mm=4.0,
               heading="above", number_align="right", top=26, bottom=30, left=25, right=22, footer="slash", hand="kai")


@dataclass
class FormSheet(Sheet):
    """A sheet of a 联单 as it lies in the volume: `mask` (L, 255 where paper is) marks what is left of it — a part
    torn off or folded behind leaves glass there, which the flatbed sees as the open lid's grey."""

    mask: Image.Image | None = None
    state: str = "whole"


@dataclass
class Part:
    """One part of a set: its name in the edge strip, its height, and how its face is drawn (on a sheet of its
    own, between the given top and bottom)."""

    name: str
    height: float
    face: Callable[[Sheet, float, float], None]
    keep: bool = True


def sans(size: int) -> Font:
    return font("sans", size)


def fill_font(size: int = 40) -> Font:
    return font("serif", size)


def vertical(s: Sheet, x: float, top: float, bottom: float, text: str, f: Font, *,
             fill: tuple[int, int, int] = TEAL) -> None:
    """The part's name standing in the left strip, one character under the other, centred in its height."""
    step = f.size * 1.18
    y = (top + bottom) / 2 - step * len(text) / 2
    for ch in text:
        s.text(x, y, ch, f, fill=fill, record=False)
        y += step
    s.lines.append(text)


def serial(s: Sheet, x1: float, y: float, no: str) -> None:
    """The printer's red serial at the part's upper right."""
    f = font("mono", 34)
    s.right(x1, y, f"No {no}", f, fill=SERIAL_RED)


def ruled_body(s: Sheet, x0: float, x1: float, top: float, bottom: float, lead: float) -> list[float]:
    """The printed body lines the fills sit on; returns the baselines' tops."""
    ys = []
    y = top
    while y + lead <= bottom:
        ys.append(y)
        s.line(x0, y + lead - 8, x1, y + lead - 8, width=1, fill=(150, 190, 196))
        y += lead
    return ys


def fill_text(s: Sheet, x0: float, x1: float, top: float, bottom: float, paras: Sequence[tuple[str, str]],
              rng: random.Random, *, size: int = 40, lead: float = 66) -> float:
    """The case system's fill set on the printed rules (套打), nudged off them: ("p", text) indented two characters,
    ("f", text) flush, ("r", text) set right. Returns the y below the last line."""
    f = fill_font(size)
    dx, dy = rng.uniform(-mm(1.5), mm(1.5)), rng.uniform(-mm(1.2), mm(0.6))
    ruled_body(s, x0, x1, top, bottom, lead)
    y = top
    for kind, text in paras:
        if kind == "r":
            s.right(x1 - mm(6) + dx, y + dy, text, f)
            y += lead
            continue
        first = 2 * f.size if kind == "p" else 0.0
        for k, part in enumerate(wrap(text, f, x1 - x0 - mm(4), indent=first)):
            s.text(x0 + mm(2) + dx + (first if k == 0 else 0), y + dy, part, f)
            y += lead
    return y


def head(s: Sheet, x0: float, x1: float, top: float, title: str, no: str, *, note: str = "", court: str = COURT,
         size: int = 64) -> float:
    """A part's printed heading: court, title spread, the part's note in brackets, the red serial. Returns the y below."""
    serial(s, x1, top + 4, no)
    s.centred(top, court, font("serif_bold", 40), spacing=4, fill=TEAL, x0=x0, x1=x1)
    y = top + 62
    sp = {2: 70, 3: 44, 4: 26, 5: 14}.get(len(title), 4)
    w = s.centred(y, title, font("hei", size), spacing=sp, fill=TEAL, x0=x0, x1=x1)
    if note:
        s.text((x0 + x1) / 2 + w / 2 + 12, y + size * 0.35, note, sans(32), fill=TEAL)
    return y + size + 24


def labelled(s: Sheet, x: float, y: float, label: str, value: str, rng: random.Random, *, width: float,
             size: int = 38, by_hand: bool = False) -> None:
    """A printed label with its underline, the value set (or written) on it."""
    f = sans(size - 4)
    lw = text_width(label, f)
    s.text(x, y + 4, label, f, fill=TEAL)
    s.line(x + lw + 6, y + size + 4, x + width, y + size + 4, width=1, fill=TEAL)
    if not value:
        return
    if by_hand:
        hand(s, x + lw + 16, y - 4, value, rng, size=size + 4, ink=PEN)
    else:
        s.text(x + lw + 14 + rng.uniform(-4, 8), y + rng.uniform(-6, 2), value, fill_font(size))


def court_seal(s: Sheet, x: float, y: float, rng: random.Random, *, court: str = COURT) -> None:
    seal(s, x, y, court, rng, radius=mm(20))


def _ragged(width: int, y: float, rng: random.Random, *, amp: float = mm(1.3)) -> list[tuple[float, float]]:
    """A tear along a perforation: a walk that keeps near the line, with the teeth of the punched holes."""
    pts = []
    off = 0.0
    for x in range(0, width + 12, 12):
        off = max(-amp, min(amp, off + rng.uniform(-amp * 0.45, amp * 0.45)))
        pts.append((float(x), y + off + (2.0 if (x // 12) % 3 == 0 else 0.0)))
    return pts


def perforation(s: Sheet, y: float, seam_no: str, rng: random.Random, *, record: bool = True) -> None:
    """The dashed perforation across the sheet, the 骑缝 serial over it (half above, half below) and the 骑缝章."""
    for x in range(mm(6), s.width - mm(6), 26):
        s.line(x, y, x + 13, y, width=2, fill=TEAL)
        s.draw.ellipse((x + 17, y - 2, x + 21, y + 2), fill=(200, 214, 216))
    f = font("serif_bold", 44)
    text = f"骑缝 {seam_no}"
    sx = s.width * rng.uniform(0.36, 0.44)
    s.text(sx, y - f.size * 0.55, text, f, fill=TEAL, record=False)
    if record:  # a seam torn or folded apart keeps only half of the serial's letters
        s.lines.append(text)
    seal(s, min(sx - mm(26), EDGE + mm(24)) + rng.uniform(-mm(4), mm(4)), y + rng.uniform(-mm(3), mm(3)), COURT, rng,
         radius=mm(19))


def part_set(parts: Sequence[Part], rng: random.Random, *, seam_no: str, loose: str = "",
             top: float = 0.0) -> FormSheet:
    """A 联单 as the volume holds it. Each part is drawn on a sheet of its own, then set into its place; the parts
    not kept leave: `loose` = "torn" (ragged edge along the perforation, glass beyond), "folded" (folded behind
    at the perforation: a straight edge, its print faintly showing through mirrored), "hanging" (torn along most
    of the perforation and swung down from the last corner that holds)."""
    out = FormSheet()
    mask = Image.new("L", out.size, 255)
    seams: list[float] = []
    y = top
    hang: tuple[Image.Image, float] | None = None
    ghost: list[tuple[Image.Image, float]] = []
    for k, part in enumerate(parts):
        sub = Sheet()
        bottom = y + part.height
        vertical(sub, mm(7), y, bottom, part.name, sans(34))
        sub.line(EDGE - mm(3), y + mm(3), EDGE - mm(3), bottom - mm(3), width=1, fill=TEAL)
        part.face(sub, y, bottom)
        box = (0, int(y), out.width, int(bottom))
        piece = sub.image.crop(box)
        if part.keep:
            out.image.paste(piece, box[:2])
            out.lines.extend(sub.lines)
        elif loose == "hanging":
            out.image.paste((255, 255, 255), box)
            hang = (piece, y)
            out.lines.extend(sub.lines)
        else:
            out.image.paste((255, 255, 255), box)
            if loose == "folded":
                ghost.append((piece, y))
        if k:
            seams.append(y)
        y = bottom
    d = ImageDraw.Draw(mask)
    d.rectangle((0, int(y), out.width, out.height), fill=0)
    for k, part in enumerate(parts):
        if part.keep:
            continue
        p_top = top + sum(p.height for p in parts[:k])
        p_bot = p_top + part.height
        edge = p_top if k > 0 else p_bot
        if loose in ("torn", "hanging"):
            pts = _ragged(out.width, edge, rng)
            far = edge + mm(2) if k > 0 else edge - mm(2)
            d.rectangle((0, int(far if k > 0 else p_top), out.width, int(p_bot if k > 0 else far)), fill=0)
            d.polygon([*pts, (out.width, far), (0, far)], fill=0)
        else:
            d.rectangle((0, int(p_top), out.width, int(p_bot)), fill=0)
    intact = all(p.keep for p in parts)
    for s_y in seams:
        perforation(out, s_y, seam_no, rng, record=intact)
    if hang is not None:
        _swing(out, mask, hang, rng)
    for piece, p_top in ghost:
        _show_through(out, piece, p_top, rng)
    out.mask = mask
    out.state = loose or "whole"
    return out


def _swing(out: FormSheet, mask: Image.Image, hang: tuple[Image.Image, float], rng: random.Random) -> None:
    """The loose lower part, still held at one corner of the perforation, swung down a few degrees."""
    piece, p_top = hang
    layer = Image.new("RGB", out.size, (255, 255, 255))
    lmask = Image.new("L", out.size, 0)
    layer.paste(piece, (0, int(p_top)))
    lm = Image.new("L", piece.size, 255)
    ImageDraw.Draw(lm).polygon([(x, y - p_top - 1) for x, y in _ragged(piece.width, p_top + mm(1), rng)]
                               + [(piece.width, 0), (0, 0)], fill=0)
    lmask.paste(lm, (0, int(p_top)))
    right_hinge = rng.random() < 0.6
    hinge = (out.width - mm(8), p_top) if right_hinge else (mm(8), p_top)
    angle = rng.uniform(2.5, 5.5) * (1 if right_hinge else -1)
    layer = layer.rotate(angle, center=hinge, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    lmask = lmask.rotate(angle, center=hinge, resample=Image.Resampling.BILINEAR)
    # a faint shadow where the loose part lifts off the glass along its free edge
    shifted = lmask.transform(lmask.size, Image.Transform.AFFINE, (1, 0, -6, 0, 1, -6))
    out.image.paste((120, 120, 120), (0, 0), ImageChops.subtract(shifted, lmask).point(lambda v: v // 3))
    mask.paste(255, (0, 0), ImageChops.subtract(shifted, lmask).point(lambda v: 255 if v > 128 else 0))
    out.image.paste(layer, (0, 0), lmask)
    mask.paste(255, (0, 0), lmask)


def _show_through(out: FormSheet, piece: Image.Image, p_top: float, rng: random.Random) -> None:
    """A part folded behind the sheet at its perforation: its print shows through faintly, mirrored about the fold,
    and the fold itself is a soft grey line."""
    flipped = piece.transpose(Image.Transpose.FLIP_TOP_BOTTOM).filter(ImageFilter.GaussianBlur(3))
    h = min(piece.height, int(p_top))
    g: np.ndarray = np.asarray(flipped.convert("L").crop((0, piece.height - h, piece.width, piece.height)),
                               dtype=np.float32)
    region: np.ndarray = np.asarray(out.image.crop((0, int(p_top) - h, out.width, int(p_top))), dtype=np.float32)
    region = region - ((255 - g) * rng.uniform(0.025, 0.045))[..., None]
    fold = np.linspace(0, 1, 40, dtype=np.float32)[:, None, None] * 18
    region[-40:] -= fold
    out.image.paste(Image.fromarray(np.clip(region, 0, 255).astype(np.uint8)), (0, int(p_top) - h))


def strip(face: Callable[[Sheet, float, float], None], name: str, height: float, seam_no: str, rng: random.Random, *,
          pasted: bool) -> FormSheet:
    """A 回执联 that came back on its own, torn off its set along the ragged perforation: laid on the glass at the
    corner, or pasted on a 粘贴单 page with tape at its corners."""
    sub = Sheet()
    top = mm(9)
    bottom = top + height
    vertical(sub, mm(7), top, bottom, name, sans(34))
    sub.line(EDGE - mm(3), top + mm(3), EDGE - mm(3), bottom - mm(3), width=1, fill=TEAL)
    face(sub, top, bottom)
    f = font("serif_bold", 44)
    seam_text = f"骑缝 {seam_no}"
    x = sub.width * rng.uniform(0.36, 0.44)
    sub.text(x, top - f.size * 0.55, seam_text, f, fill=TEAL, record=False)  # only its lower half stays
    seal(sub, EDGE + mm(24) + rng.uniform(-mm(4), mm(4)), top, COURT, rng, radius=mm(19))
    for xx in range(mm(6), sub.width - mm(6), 26):
        sub.line(xx, top, xx + 13, top, width=2, fill=TEAL)
    piece = sub.image.crop((0, 0, sub.width, int(bottom)))
    pm = Image.new("L", piece.size, 255)
    ImageDraw.Draw(pm).polygon([*_ragged(piece.width, top + mm(0.5), rng), (piece.width, 0), (0, 0)], fill=0)
    out = FormSheet()
    if not pasted:
        out.image.paste(piece, (0, 0))
        mask = Image.new("L", out.size, 0)
        mask.paste(pm, (0, 0))
        out.mask = mask
        out.lines.extend(sub.lines)
        out.state = "slip"
        return out
    # the 粘贴单: a printed page, the slip glued on it a little crooked, clear tape over two corners
    out.text(mm(20), mm(14), "卷内材料粘贴单", font("sans_bold", 40), fill=(90, 90, 90))
    out.line(mm(20), mm(24), out.width - mm(20), mm(24), width=2, fill=(120, 120, 120))
    out.text(mm(20), out.height - mm(22), "（粘贴处　请勿装订）", sans(30), fill=(120, 120, 120))
    angle = rng.uniform(-2.2, 2.2)
    white = Image.new("RGB", piece.size, (255, 255, 255))
    white.paste(piece, (0, 0), pm)
    rot = white.rotate(angle, expand=True, fillcolor=(255, 255, 255), resample=Image.Resampling.BICUBIC)
    rmask = pm.rotate(angle, expand=True, resample=Image.Resampling.BILINEAR)
    ox, oy = int((out.width - rot.width) / 2), int(mm(36))
    shadow = Image.new("RGB", rot.size, (205, 205, 205))
    out.image.paste(shadow, (ox + 5, oy + 6), rmask)
    out.image.paste(rot, (ox, oy), rmask)
    tape = Image.new("RGB", (mm(30), mm(11)), (236, 232, 205))
    for tx, ty, ta in ((ox - mm(6), oy + mm(4), 35), (ox + rot.width - mm(24), oy + rot.height - mm(12), 30)):
        t = tape.rotate(ta, expand=True, fillcolor=(0, 0, 0))
        tm = Image.new("L", tape.size, 70).rotate(ta, expand=True)
        out.image.paste(t, (int(tx), int(ty)), tm)
    out.lines.extend(sub.lines)
    out.mask = None
    out.state = "pasted"
    return out


@dataclass
class Grid:
    """A ruled table on a form: rows of (label, value) cells; returns each value cell's box for the pen."""

    x: float
    widths: Sequence[float]
    ink: tuple[int, int, int] = TEAL
    boxes: list[tuple[float, float, float, float]] = field(default_factory=list)

    def rows(self, s: Sheet, y: float, rows: Sequence[Sequence[str]], heights: float | Sequence[float], *,
             size: int = 34, labels: Sequence[int] = (0,), typed: bool = True) -> float:
        hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
        total = sum(self.widths)
        for row, h in zip(rows, hs, strict=True):
            cx = self.x
            for k, cell in enumerate(row):
                w = total - (cx - self.x) if k == len(row) - 1 else self.widths[k]
                s.box(cx, y, cx + w, y + h, width=2, outline=self.ink)
                label = k in labels
                f = sans(size) if label else fill_font(size + 2)
                if cell:
                    parts = wrap(cell, f, w - 20)
                    ty = y + (h - f.size * 1.3 * len(parts)) / 2
                    for part in parts:
                        if label:
                            s.centred(ty, part, f, x0=cx, x1=cx + w, fill=self.ink)
                        elif typed:
                            s.text(cx + 12, ty, part, f, fill=INK)
                        ty += f.size * 1.3
                self.boxes.append((cx, y, cx + w, y + h))
                cx += w
            y += h
        return y


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        ink: tuple[int, int, int] = PEN) -> float:
    """Ballpoint: long entries broken every `per_line` characters; returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += size * 1.4
    return y


def blue() -> tuple[int, int, int]:
    return BLUE_INK


def red() -> tuple[int, int, int]:
    return RED
