"""court_cd's drawing kit: 牡丹区法院's typed papers, carbonless copies, the undertaker's highlighter and the
newspaper clipping pasted on a sheet. Each helper draws onto a Sheet and records what it prints."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.draw import INK, RED, Sheet, mm, seal, wrap
from dossier.corpus.fonts import Font, font

LEFT, RIGHT, TOP, FOOT = mm(28), mm(182), mm(30), mm(272)
YELLOW_HL = (255, 238, 70)
GREEN_HL = (150, 240, 120)
CARBON = (70, 60, 150)
PINK = (250, 222, 226)
CANARY = (252, 240, 190)


def highlight(sheet: Sheet, x0: float, y0: float, x1: float, y1: float, colour: tuple[int, int, int]) -> None:
    """A highlighter stroke over a line: multiplied, slightly wavy ends, so the ink stays dark under it."""
    a = np.asarray(sheet.image, dtype=np.float32)
    h, w = a.shape[:2]
    ya, yb = max(0, int(y0)), min(h, int(y1))
    xa, xb = max(0, int(x0)), min(w, int(x1))
    if ya >= yb or xa >= xb:
        return
    col = np.array(colour, np.float32) / 255.0
    a[ya:yb, xa:xb] *= col
    sheet.image = Image.fromarray(a.clip(0, 255).astype(np.uint8))


def lay(sheet: Sheet, paras: list[str], f: Font, y: float, *, lh: float, keys: tuple[str, ...] = (),
        hl: tuple[int, int, int] | None = None, x0: float = LEFT, x1: float = RIGHT,
        indent: bool = True) -> float:
    """Paragraphs flush in [x0, x1], first lines indented two characters; a line holding one of `keys`
    gets the undertaker's highlighter stroke when `hl` is given. Returns the y below."""
    for p in paras:
        first = f.size * 2 if indent else 0
        for k, part in enumerate(wrap(p, f, x1 - x0, indent=first)):
            x = x0 + (first if k == 0 else 0)
            width = sheet.text(x, y, part, f)
            if hl and any(key and key in part for key in keys):
                highlight(sheet, x - 6, y + f.size * 0.15, x + width + 6, y + f.size * 1.15, hl)
            y += lh
    return y


def footers(sheets: list[Sheet], style: str) -> None:
    """Page footers once the document's length is known: the court's 第n页共m页, the tribunal's -n-."""
    m = len(sheets)
    f = font("serif", 24)
    for n, s in enumerate(sheets, 1):
        s.page_of = (n, m) if m > 1 else None
        text = f"第{n}页 共{m}页" if style == "court" else f"— {n} —"
        s.centred(mm(282), text, f)


def court_head(s: Sheet, court: str, title: str, number: str, *, y: float = TOP) -> float:
    """牡丹区法院's head: the court's name in 宋体 bold, the title letter-spaced below, the number right."""
    s.centred(y, court, font("serif_bold", 50), spacing=4)
    s.centred(y + 78, title, font("serif_bold", 62), spacing=22)
    if number:
        s.right(RIGHT, y + 172, number, font("serif", 34))
        return y + 240
    return y + 180


def sign_block(s: Sheet, y: float, rows: list[str], when: str, seal_name: str, rng: random.Random) -> float:
    f = font("serif", 34)
    for r in rows:
        s.right(RIGHT - mm(8), y, r, f)
        y += 52
    s.right(RIGHT - mm(8), y + 10, when, f)
    seal(s, RIGHT - mm(36), y - 10, seal_name, rng)
    return y + 70


def carbonize(s: Sheet, tint: tuple[int, int, int], rng: random.Random, *, copy_label: str) -> None:
    """A carbonless copy: whatever was drawn turns into faint purple-blue transfer on tinted paper, a little
    spread, with the ballpoint's pressure grooves; the copy's 联 label printed in the margin."""
    s.text(RIGHT - mm(26), mm(14), copy_label, font("sans", 24), fill=(120, 40, 60))
    g = np.asarray(s.image.convert("L").filter(ImageFilter.GaussianBlur(0.9)), np.float32) / 255.0
    dark = (1.0 - g)[..., None] * rng.uniform(0.7, 0.9)
    paper = np.array(tint, np.float32)[None, None, :]
    ink = np.array(CARBON, np.float32)[None, None, :]
    out = paper * (1 - dark) + ink * dark
    grain = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3.0, g.shape)[..., None]
    s.image = Image.fromarray((out + grain).clip(0, 255).astype(np.uint8))
    d = ImageDraw.Draw(s.image)
    for _ in range(rng.randint(4, 8)):  # pressure grooves left by a ballpoint on the sheet above
        x, y = rng.randint(mm(30), mm(170)), rng.randint(mm(60), mm(250))
        d.line((x, y, x + rng.randint(60, 260), y + rng.randint(-8, 8)),
               fill=tuple(max(0, v - 14) for v in tint), width=2)


def clipping(s: Sheet, head: str, title: str, paras: list[str], rng: random.Random) -> None:
    """A newspaper 公告 cut out and pasted slightly crooked on a blank A4 sheet, two strips of tape over it."""
    cw, ch = mm(120), mm(150)
    clip = Sheet(size=(cw, ch), paper=(236, 230, 212))
    clip.text(mm(5), mm(4), head, font("hei", 30))
    clip.line(mm(5), mm(12), cw - mm(5), mm(12), width=3)
    clip.centred(mm(16), title, font("hei", 46), spacing=10)
    lay(clip, paras, font("ming", 26), mm(28), lh=36, x0=mm(6), x1=cw - mm(6))
    clip.right(cw - mm(6), ch - mm(14), "山东省菏泽市牡丹区人民法院", font("ming", 26))
    grain = np.random.default_rng(rng.randint(0, 2**31)).normal(0, 6.0, (ch, cw, 1))
    img = Image.fromarray((np.asarray(clip.image, np.float32) + grain).clip(0, 255).astype(np.uint8))
    angle = rng.uniform(-3.5, 3.5)
    mask = Image.new("L", img.size, 255).rotate(angle, expand=True)
    img = img.rotate(angle, expand=True, fillcolor=(255, 255, 255))
    px, py = mm(45) + rng.randint(-20, 20), mm(70) + rng.randint(-20, 20)
    s.image.paste(img, (px, py), mask)
    s.lines.extend(clip.lines)
    d = ImageDraw.Draw(s.image, "RGBA")
    for tx, ty in ((px + img.width // 2 - mm(15), py - mm(4)), (px + img.width // 2 - mm(15), py + img.height - mm(5))):
        d.rectangle((tx, ty, tx + mm(32), ty + mm(9)), fill=(250, 250, 235, 70))
        d.line((tx + 6, ty + mm(3), tx + mm(30), ty + mm(2.5)), fill=(255, 255, 255, 170), width=5)  # the tape's shine


def red_head(s: Sheet, body: str, y: float) -> float:
    """A red letterhead with a red rule (the tribunal's and the law firm's)."""
    s.centred(y, body, font("serif_bold", 54), fill=RED, spacing=6)
    s.line(LEFT - mm(4), y + 90, RIGHT + mm(4), y + 90, width=5, fill=RED)
    return y + 130


__all__ = [
    "CANARY",
    "FOOT",
    "GREEN_HL",
    "INK",
    "LEFT",
    "PINK",
    "RIGHT",
    "TOP",
    "YELLOW_HL",
    "carbonize",
    "clipping",
    "court_head",
    "footers",
    "highlight",
    "lay",
    "red_head",
    "sign_block",
]
