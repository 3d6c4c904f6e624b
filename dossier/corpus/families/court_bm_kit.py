"""court_bm's pens and printers: the 小店 bureau's clerk writes her forms in a fast running hand (slanted, squeezed,
a word struck through and the right one put in above with a caret), the court's typed papers come off an old laser
printer whose toner thins towards one side, and 笔录 are written on the court's ruled 笔录纸."""

from __future__ import annotations

import random
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import INK, Sheet, mm
from dossier.corpus.fonts import Font, font

COURT = "山西省太原市小店区人民法院"
PEN = (28, 32, 60)          # the clerk's black-blue gel pen
PARTY_PEN = (30, 52, 140)   # a party's blue ballpoint


@dataclass
class BmSheet(Sheet):
    """A sheet that knows how it was made: "laser" (the court's printer), "hand" (a form or 笔录 filled by hand),
    "paper" (a paper made elsewhere). The capture treats them alike; the kit draws them apart."""

    style: str = "paper"


def sheet(style: str) -> BmSheet:
    return BmSheet(style=style)


def song(size: int) -> Font:
    return font("serif", size)


def run_hand(s: BmSheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40,
             ink: tuple[int, int, int] = PEN, slant: float = 0.28, record: bool = True,
             strike: str = "") -> float:
    """Running-script-like writing: each glyph sheared to the right, strokes thickened, characters squeezed
    together and the baseline wandering. `strike` is a wrong word written first and crossed out, the right text
    following it (the recorded line is the right text)."""
    if record and text.strip():
        s.lines.append(text)
    cx = x
    drift = 0.0
    role = "wenkai" if size >= 34 else "kai"
    for k, part in enumerate(([strike] if strike else []) + [text]):
        start = cx
        for ch in part:
            sz = max(14, int(size * rng.uniform(0.86, 1.08)))
            f = font(role, sz)
            w = int(f.getlength(ch)) + 10
            g = Image.new("L", (w + int(sz * slant) + 12, sz + 18), 0)
            ImageDraw.Draw(g).text((6, 5), ch, font=f, fill=255, stroke_width=1, stroke_fill=200)
            g = g.transform(g.size, Image.Transform.AFFINE, (1, slant, -sz * slant * 0.6, 0, 1, 0),
                            resample=Image.Resampling.BICUBIC)
            g = g.rotate(rng.uniform(-4, 6), resample=Image.Resampling.BICUBIC)
            drift = max(-8.0, min(8.0, drift + rng.uniform(-1.8, 1.6)))
            col = (max(0, ink[0] + rng.randint(-10, 10)), max(0, ink[1] + rng.randint(-10, 10)),
                   max(0, min(255, ink[2] + rng.randint(-10, 10))))
            s.image.paste(col, (int(cx), int(y + drift)), g)
            cx += f.getlength(ch) * rng.uniform(0.8, 0.93)
        if k == 0 and strike:
            d = s.draw
            for j in range(2):
                yy = y + size * (0.45 + 0.12 * j) + drift
                d.line((start - 4, yy + rng.uniform(-3, 3), cx + 2, yy + rng.uniform(-3, 3)), fill=ink, width=3)
            cx += size * 0.3
    return cx - x


def insert_word(s: BmSheet, x: float, y: float, word: str, rng: random.Random, *, size: int = 30) -> None:
    """A word added above the line with a caret (∧) under it, as a clerk corrects a filled form."""
    d = s.draw
    d.line((x, y + size * 1.3, x + 8, y + size * 0.9), fill=PEN, width=3)
    d.line((x + 8, y + size * 0.9, x + 16, y + size * 1.3), fill=PEN, width=3)
    run_hand(s, x - size * 0.4, y - size * 0.35, word, rng, size=size, record=False)


def toner(s: BmSheet, rng: random.Random) -> None:
    """The old laser printer: toner thins from one side of the sheet to the other, strokes break up a little
    where it is thinnest (before the seal is stamped on)."""
    a = np.asarray(s.image, dtype=np.float32)
    h, w = a.shape[:2]
    side = rng.choice(["right", "left"])
    ramp = np.linspace(0.0, 1.0, w, dtype=np.float32)
    if side == "left":
        ramp = ramp[::-1]
    fade = rng.uniform(0.35, 0.55) * np.clip((ramp - 0.35) / 0.65, 0, 1) ** 1.4
    noise = np.random.default_rng(rng.randint(0, 2**31)).random((h, w), dtype=np.float32)
    fade2 = fade[None, :] * (0.8 + 0.4 * noise)
    out = a + (255 - a) * fade2[:, :, None]
    s.image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def ruled(s: BmSheet, top: float, step: float, *, colour: tuple[int, int, int] = (190, 120, 120)) -> list[float]:
    """The 笔录纸's ruled lines from `top` down; returns the writing positions (above each rule)."""
    ys: list[float] = []
    y = top
    while y < s.height - mm(30):
        s.line(mm(20), y, s.width - mm(18), y, width=1, fill=colour)
        ys.append(y - step * 0.78)
        y += step
    s.line(mm(20), top - step, mm(20), y - step, width=1, fill=colour)
    return ys


def fingerprint(s: BmSheet, cx: float, cy: float, rng: random.Random) -> None:
    """A red fingerprint pressed in 印泥: an oval of ridges, heavier in the middle."""
    size = int(mm(14))
    layer = Image.new("L", (size, int(size * 1.3)), 0)
    d = ImageDraw.Draw(layer)
    w, h = layer.size
    for k in range(2, 15):
        rx, ry = w / 2 * k / 15, h / 2 * k / 15
        d.ellipse((w / 2 - rx, h / 2 - ry + k, w / 2 + rx, h / 2 + ry), outline=int(rng.uniform(140, 230)), width=2)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    region = (int(cx - w / 2), int(cy - h / 2))
    colour = Image.new("RGB", layer.size, (200 + rng.randint(-15, 15), 40, 45))
    s.image.paste(colour, region, layer)


def print_head(s: BmSheet, title: str, number: str, *, spaced: float = 24.0) -> float:
    """The court's typed paper: its name, the title letter-spaced under it, the case number at the right."""
    s.centred(mm(24), COURT, font("serif_bold", 62))
    s.centred(mm(24) + 92, title, font("serif_bold", 56), spacing=spaced)
    y = mm(24) + 180
    if number:
        s.right(s.width - mm(26), y, number, song(36))
        y += 70
    return y


def dark(s: BmSheet, y: float) -> None:
    """A rule under the head, as the bureau's template has."""
    s.line(mm(26), y, s.width - mm(26), y, width=3, fill=INK)
