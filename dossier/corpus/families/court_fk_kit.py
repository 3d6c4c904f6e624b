"""court_fk's stock and press (广东省韶关市浈江区人民法院执行局). Much of what this bureau files is printed on patterned
security paper, and this module draws the patterns as line art (no images):

- rope guilloche (扭索纹): two families of sine lines in opposite phase that twist round each other, over a whole sheet
  or inside a frame band;
- rosettes: rings of wavy polar lines (r + a·sin(nθ + b·sin mθ)), for certificate corners and the middle of a note;
- microtext: rows of the issuer's name in 1.6 mm type, too small to read, in the pattern's colour;
- pale emblems: the court's 国徽-like disc (ring, large star and four small ones, a gate, ears of grain, a cog) in the
  middle of its 裁判文书; a notary's balance or an arbitration commission's laurel in the middle of theirs;
- a photocopier's rendering of such paper: greyscale, contrast pushed, the pattern a grey texture, the hidden 复印无效
  of an anti-copy ground surfacing, toner specks and a lid shadow.

The court's own press sets its papers in Noto serif: the court's name, a bold title spread to a fixed measure, the case
number flush right over a thin red double rule, ragged-right paragraphs indented two characters, the signers spaced
out at the right, the date in Chinese numerals under the seal, folio "第n页（共m页）" at the lower right. Rulings and
decisions are printed on the emblem paper and pressed with a red boxed 正本 stamp at the top left. Its forms are
ruled with a heavy frame and hairline cells, labels in 黑体, filled in by hand in blue-black."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "广东省韶关市浈江区人民法院"
L, R, T, B = mm(30), mm(24), mm(30), mm(30)
PEN = (30, 38, 88)
HAIR = 1


# ---------------------------------------------------------------- patterns ------------------------------------------


def _blend(sheet: Sheet, mask: Any, colour: tuple[int, int, int], alpha: float, at: tuple[int, int] = (0, 0)) -> None:
    """Lay `mask` (0..1 floats) onto the sheet in `colour` at strength `alpha`, its top left at `at`."""
    x, y = at
    h, w = mask.shape
    box = (x, y, x + w, y + h)
    a: Any = np.asarray(sheet.image.crop(box), dtype=np.float32)
    m = (mask * alpha)[..., None]
    a = a * (1 - m) + np.array(colour, np.float32) * m
    sheet.image.paste(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), (x, y))


def _lines(field_: Any, pitch: float, width: float) -> Any:
    """Where a scalar field crosses multiples of `pitch`: a soft line `width` px wide."""
    f = field_ / pitch
    d = np.abs(f - np.round(f)) * pitch
    return np.clip(1.0 - d / width, 0.0, 1.0)


def rope(w: int, h: int, *, pitch: float, amp: float, period: float, tilt: float = 0.0, width: float = 1.1) -> Any:
    """扭索纹 over a w×h field: sine lines and their mirror, crossing to make ropes, slowly swelling down the page."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    swell = amp * (1.0 + 0.35 * np.sin(2 * math.pi * yy / (period * 7.3)))
    k = 2 * math.pi * xx / period
    base = yy + tilt * xx
    a = _lines(base + swell * np.sin(k), pitch, width)
    b = _lines(base + swell * np.sin(k + math.pi), pitch, width)
    c = _lines(base * 0.5 + 0.5 * amp * np.cos(k * 0.5 + yy / 90.0), pitch * 2.6, width * 0.8)
    return np.maximum(np.maximum(a, b), c * 0.7)


def rosette(r: int, *, petals: int, wobble: int, rings: float, width: float = 1.1) -> Any:
    """A rosette in a (2r+1)² field: wavy rings and their phase-turned twins, fading at the rim."""
    yy, xx = np.mgrid[-r:r + 1, -r:r + 1].astype(np.float32)
    rad = np.hypot(xx, yy)
    th = np.arctan2(yy, xx)
    a = r * 0.07
    f1 = rad + a * np.sin(petals * th + 1.3 * np.sin(wobble * th))
    f2 = rad + a * np.sin(petals * th + math.pi + 1.3 * np.sin(wobble * th))
    m = np.maximum(_lines(f1, rings, width), _lines(f2, rings, width))
    fade = np.clip((r - rad) / (r * 0.12), 0, 1) * np.clip(rad / (r * 0.12), 0.2, 1)
    return m * fade


def microtext(sheet: Sheet, text: str, colour: tuple[int, int, int], *, box: tuple[int, int, int, int],
              size: int = 13, gap: int = 26) -> None:
    """Rows of tiny repeated words across `box` (not recorded: nobody reads them as text)."""
    f = font("sans", size)
    x0, y0, x1, y1 = box
    layer = Image.new("L", (x1 - x0, y1 - y0), 0)
    d = ImageDraw.Draw(layer)
    unit = text + "　"
    row = unit * (int((x1 - x0) / max(1.0, f.getlength(unit))) + 2)
    y, k = 0, 0
    while y < y1 - y0:
        d.text((-(k % 3) * size * 2, y), row, font=f, fill=255)
        y += gap
        k += 1
    _blend(sheet, np.asarray(layer, dtype=np.float32) / 255.0, colour, 1.0, (x0, y0))


def _layer(size: int) -> tuple[Image.Image, ImageDraw.ImageDraw]:
    img = Image.new("L", (size, size), 0)
    return img, ImageDraw.Draw(img)


def _star(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float, turn: float = 0.0, fill: int = 255) -> None:
    pts = [(cx + (r if i % 2 == 0 else r * 0.38) * math.cos(math.radians(-90 + turn + i * 36)),
            cy + (r if i % 2 == 0 else r * 0.38) * math.sin(math.radians(-90 + turn + i * 36))) for i in range(10)]
    d.polygon(pts, fill=fill)


def emblem(sheet: Sheet, cx: float, cy: float, r: float, colour: tuple[int, int, int], kind: str,
           alpha: float = 0.22) -> None:
    """A pale emblem drawn as line art: court (disc, stars, gate, grain, cog), notary (balance in a ring),
    arbitration (laurel round a book), bank (a coin's square hole in a ring)."""
    size = int(r * 2 + 8)
    img, d = _layer(size)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(3, int(r / 40)))
    d.ellipse((c - r * 0.9, c - r * 0.9, c + r * 0.9, c + r * 0.9), outline=255, width=2)
    if kind == "court":
        _star(d, c, c - r * 0.42, r * 0.17)
        for k in range(4):
            ang = math.radians(-150 + k * 40 if k < 2 else -70 + (k - 2) * 40)
            _star(d, c + r * 0.36 * math.cos(ang) + (r * 0.0), c - r * 0.42 + r * 0.3 * math.sin(ang) + r * 0.18,
                  r * 0.06, turn=k * 12)
        # the gate: a roof, a long hall, five doors
        d.polygon([(c - r * 0.42, c + r * 0.02), (c + r * 0.42, c + r * 0.02), (c + r * 0.3, c - r * 0.08),
                   (c - r * 0.3, c - r * 0.08)], outline=255)
        d.rectangle((c - r * 0.36, c + r * 0.02, c + r * 0.36, c + r * 0.22), outline=255, width=2)
        for k in range(5):
            x = c - r * 0.26 + k * r * 0.13
            d.rectangle((x - r * 0.03, c + r * 0.1, x + r * 0.03, c + r * 0.22), outline=255)
        d.rectangle((c - r * 0.5, c + r * 0.22, c + r * 0.5, c + r * 0.3), outline=255, width=2)
        # ears of grain up both sides
        for side in (-1, 1):
            for k in range(11):
                t = math.radians(110 + k * 12)
                x = c + side * r * 0.72 * math.cos(t - math.pi / 2) * -1
                y = c + r * 0.72 * math.sin(t - math.pi / 2) * -1
                d.ellipse((x - r * 0.05, y - r * 0.028, x + r * 0.05, y + r * 0.028), outline=255, width=2)
        # the cog at the foot
        for k in range(14):
            t = math.radians(90 + (k - 6.5) * 7)
            x, y = c + r * 0.6 * math.cos(t), c + r * 0.6 * math.sin(t)
            d.rectangle((x - r * 0.025, y - r * 0.025, x + r * 0.025, y + r * 0.025), fill=255)
        d.arc((c - r * 0.56, c - r * 0.56, c + r * 0.56, c + r * 0.56), 40, 140, fill=255, width=3)
    elif kind == "notary":
        d.line((c, c - r * 0.55, c, c + r * 0.45), fill=255, width=4)
        d.line((c - r * 0.45, c - r * 0.35, c + r * 0.45, c - r * 0.35), fill=255, width=4)
        for side in (-1, 1):
            x = c + side * r * 0.45
            d.line((x, c - r * 0.35, x - r * 0.15, c + r * 0.05), fill=255, width=2)
            d.line((x, c - r * 0.35, x + r * 0.15, c + r * 0.05), fill=255, width=2)
            d.arc((x - r * 0.18, c - r * 0.1, x + r * 0.18, c + r * 0.2), 0, 180, fill=255, width=3)
        d.rectangle((c - r * 0.25, c + r * 0.45, c + r * 0.25, c + r * 0.52), fill=255)
        _star(d, c, c - r * 0.66, r * 0.08)
    elif kind == "arbitration":
        for side in (-1, 1):
            for k in range(9):
                t = math.radians(200 - k * 17)
                x, y = c + side * r * 0.66 * math.cos(t) * -1, c - r * 0.66 * math.sin(t)
                d.ellipse((x - r * 0.07, y - r * 0.035, x + r * 0.07, y + r * 0.035), outline=255, width=2)
        d.polygon([(c - r * 0.35, c - r * 0.15), (c, c - r * 0.05), (c + r * 0.35, c - r * 0.15), (c + r * 0.35, c + r * 0.25),
                   (c, c + r * 0.35), (c - r * 0.35, c + r * 0.25)], outline=255)
        d.line((c, c - r * 0.05, c, c + r * 0.35), fill=255, width=2)
        _star(d, c, c - r * 0.45, r * 0.12)
    else:  # bank
        d.ellipse((c - r * 0.55, c - r * 0.55, c + r * 0.55, c + r * 0.55), outline=255, width=6)
        d.rectangle((c - r * 0.2, c - r * 0.2, c + r * 0.2, c + r * 0.2), outline=255, width=6)
    mask = np.asarray(img, dtype=np.float32) / 255.0
    x0, y0 = int(cx - size / 2), int(cy - size / 2)
    _blend(sheet, mask, colour, alpha, (x0, y0))


def ground(sheet: Sheet, kind: str, rng: random.Random, *, issuer: str = "") -> None:
    """Print the security ground of `kind` on a fresh sheet (before any text): court | notary | arbitration | bank |
    fiscal | licence | title (不动产权证)."""
    w, h = sheet.size
    if kind == "court":
        m = rope(w, h, pitch=rng.uniform(15, 19), amp=rng.uniform(6, 9), period=rng.uniform(90, 130))
        _blend(sheet, m, (226, 160, 140), 0.22)
        emblem(sheet, w / 2, h * 0.47, mm(52), (212, 120, 100), "court", alpha=0.16)
    elif kind in ("notary", "arbitration"):
        colour = (120, 160, 200) if kind == "notary" else (150, 180, 120)
        m = rope(w, h, pitch=rng.uniform(12, 15), amp=rng.uniform(5, 8), period=rng.uniform(70, 100), tilt=0.08)
        _blend(sheet, m, colour, 0.22)
        frame = np.zeros((h, w), np.float32)
        band = mm(5)
        edge = rope(w, band, pitch=6.0, amp=4.0, period=40.0, width=1.0)
        frame[mm(10):mm(10) + band] = edge
        frame[h - mm(10) - band:h - mm(10)] = edge
        side = rope(band, h, pitch=6.0, amp=4.0, period=40.0, width=1.0)
        frame[:, mm(10):mm(10) + band] = np.maximum(frame[:, mm(10):mm(10) + band], side)
        frame[:, w - mm(10) - band:w - mm(10)] = np.maximum(frame[:, w - mm(10) - band:w - mm(10)], side)
        frame[:mm(10) - 2] = 0
        frame[h - mm(10) + 2:] = 0
        _blend(sheet, frame, colour, 0.45)
        emblem(sheet, w / 2, h * 0.5, mm(48), colour, kind, alpha=0.2)
    elif kind == "bank":
        colour = (140, 185, 200)
        m = rope(w, h, pitch=rng.uniform(10, 13), amp=rng.uniform(4, 6), period=rng.uniform(55, 80), tilt=-0.05)
        _blend(sheet, m, colour, 0.28)
        microtext(sheet, issuer or "中国银行", (196, 216, 222), box=(0, 0, w, h), gap=rng.choice([44, 52, 60]))
        emblem(sheet, w * 0.72, h * 0.3, mm(26), colour, "bank", alpha=0.18)
    elif kind == "fiscal":
        tint = np.full((h, w), 1.0, np.float32)
        _blend(sheet, tint, (236, 214, 214), 0.6)
        m = rope(w, h, pitch=9.0, amp=3.0, period=36.0, width=0.9)
        _blend(sheet, m, (210, 150, 150), 0.3)
        ros = rosette(mm(32), petals=18, wobble=5, rings=7.0)
        _blend(sheet, ros, (200, 120, 120), 0.35, (int(w / 2 - mm(32)), int(h * 0.22 - mm(32))))
    elif kind in ("licence", "title"):
        colour = (196, 96, 70) if kind == "licence" else (80, 140, 110)
        m = rope(w, h, pitch=16.0, amp=5.0, period=110.0, width=1.0)
        _blend(sheet, m, colour, 0.1)
        frame = np.zeros((h, w), np.float32)
        band = mm(9)
        top = rope(w, band, pitch=7.0, amp=5.0, period=34.0)
        side = rope(band, h, pitch=7.0, amp=5.0, period=34.0)
        o = mm(8)
        frame[o:o + band] = top
        frame[h - o - band:h - o] = top
        frame[:, o:o + band] = np.maximum(frame[:, o:o + band], side)
        frame[:, w - o - band:w - o] = np.maximum(frame[:, w - o - band:w - o], side)
        frame[:o] = 0
        frame[h - o:] = 0
        frame[:, :o] = 0
        frame[:, w - o:] = 0
        _blend(sheet, frame, colour, 0.7)
        rr = mm(17)
        ros = rosette(rr, petals=12, wobble=3, rings=5.5)
        for x, y in ((o, o), (w - o, o), (o, h - o), (w - o, h - o)):
            _blend(sheet, ros, colour, 0.8, (int(x - rr), int(y - rr)))
        big = rosette(mm(45), petals=24, wobble=7, rings=8.0)
        _blend(sheet, big, colour, 0.18, (int(w / 2 - mm(45)), int(h * 0.55 - mm(45))))


def photocopy(sheet: Sheet, rng: random.Random, *, latent: str = "") -> None:
    """The sheet as the bureau's copier gives it back: grey, contrast pushed so the pale pattern turns to a grey texture,
    an anti-copy ground's hidden word surfacing (recorded: it is on the copy), toner specks, the lid's shadow at an edge."""
    g: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    lift = rng.uniform(0.7, 0.85)
    g = 255 - (255 - g) * rng.uniform(1.6, 2.1)  # pale colours come out a darker grey
    g = np.clip(g * lift + 255 * (1 - lift) * 0.6, 0, 255)
    h, w = g.shape
    if latent:
        layer = Image.new("L", (w, h), 0)
        d = ImageDraw.Draw(layer)
        f = font("hei", mm(22))
        for k in range(3):
            d.text((w * 0.12 + (k % 2) * w * 0.25, h * (0.2 + 0.28 * k)), latent, font=f, fill=255)
        layer = layer.rotate(22, resample=Image.Resampling.BILINEAR)
        dots: Any = (np.indices((h, w)).sum(axis=0) % 5 == 0).astype(np.float32)
        hidden = np.asarray(layer, dtype=np.float32) / 255.0 * dots
        g = g - hidden * rng.uniform(55, 80)
        sheet.lines.append(latent)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    specks = gen.random((h, w)) < rng.uniform(0.0004, 0.0012)
    g[specks] = gen.uniform(20, 90, int(specks.sum()))
    side = rng.choice(["left", "top", "right"])
    depth = int(mm(rng.uniform(3, 9)))
    ramp = np.linspace(rng.uniform(60, 110), 255, depth, dtype=np.float32)
    if side == "left":
        g[:, :depth] = np.minimum(g[:, :depth], ramp[None, :])
    elif side == "right":
        g[:, w - depth:] = np.minimum(g[:, w - depth:], ramp[::-1][None, :])
    else:
        g[:depth] = np.minimum(g[:depth], ramp[:, None])
    grey = Image.fromarray(np.clip(g, 0, 255).astype(np.uint8), "L")
    sheet.image = grey.convert("RGB")


# ---------------------------------------------------------------- the press -----------------------------------------


def body(size: int = 40) -> Font:
    return font("serif", size)


def hei(size: int = 40) -> Font:
    return font("hei", size)


@dataclass
class Press:
    """A paper running down its sheets; each new sheet gets the ground `fresh` prints."""

    fresh: Callable[[], Sheet]
    sheets: list[Sheet] = field(default_factory=list)
    y: float = T
    left: float = L
    right: float = R
    top: float = T
    foot: float = B + mm(8)

    def __post_init__(self) -> None:
        if not self.sheets:
            self.sheets.append(self.fresh())

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(self.fresh())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        first = indent
        for k, part in enumerate(wrap(text, f, self.measure - hang, indent=first - hang if first > hang else 0.0)):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def at(self, text: str, f: Font, *, lead: float, how: str = "left", spacing: float = 0.0) -> None:
        self.room(lead)
        if how == "centre":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif how == "right":
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left, self.y, text, f, spacing=spacing)
        self.y += lead


def folios(sheets: Sequence[Sheet], *, style: str = "court") -> list[Sheet]:
    """第n页（共m页） at the lower right for the court; other makers pass their own style: '-n-' centred, 'n/m'."""
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            f = body(30)
            if style == "court":
                s.right(s.width - R, s.height - mm(18), f"第{i}页（共{n}页）", f)
            elif style == "dash":
                s.centred(s.height - mm(16), f"－{i}－", f)
            else:
                s.right(s.width - mm(20), s.height - mm(14), f"{i}/{n}", font("sans", 28))
            if i > 1:
                s.page_of = (i, n)
    return list(sheets)


def boxed_stamp(s: Sheet, x: float, y: float, word: str, rng: random.Random, *, size: int = 44) -> None:
    """A red rubber stamp of one word in a double box (正本, 副本), slightly tilted; recorded as text."""
    f = font("serif_bold", size)
    w = int(text_width(word, f) + size * 0.8 * (len(word) - 1) + size * 1.2)
    hgt = int(size * 1.9)
    layer = Image.new("L", (w + 16, hgt + 16), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((8, 8, w + 8, hgt + 8), outline=255, width=5)
    d.rectangle((16, 16, w, hgt), outline=255, width=2)
    cx = 8 + size * 0.6
    for ch in word:
        d.text((cx, 8 + hgt / 2), ch, font=f, fill=255, anchor="lm")
        cx += f.getlength(ch) + size * 0.8
    layer = layer.rotate(rng.uniform(-5, 5), resample=Image.Resampling.BICUBIC, expand=True)
    mask = layer.point(lambda v: int(v * 0.8))
    under = s.image.crop((int(x), int(y), int(x) + layer.width, int(y) + layer.height))
    under.paste(Image.new("RGB", layer.size, (RED[0] - 10, RED[1] + 5, RED[2] + 10)), (0, 0), mask)
    s.image.paste(under, (int(x), int(y)))
    s.lines.append(word)


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str = "", patterned: bool = False,
                original: bool = False) -> list[Sheet]:
    """A paper of this court. blocks: ("to", addressee) flush, ("p", paragraph) indented two characters, ("h", a party
    line with a two-character hanging indent), ("m", an order line indented four characters)."""

    def fresh() -> Sheet:
        s = Sheet(paper=(253, 252, 248) if patterned else (255, 255, 255))
        if patterned:
            ground(s, "court", rng)
        return s

    press = Press(fresh)
    s = press.s
    s.centred(T, COURT, font("serif_bold", 52), spacing=6)
    tf = font("serif_bold", 84)
    span = mm(95) if len(title) > 3 else mm(60)
    gap = max(4.0, (span - text_width(title, tf)) / max(1, len(title) - 1)) if len(title) <= 7 else 2.0
    s.centred(T + 92, title, tf, spacing=gap)
    if original:
        boxed_stamp(s, L - mm(4), T - mm(8), "正本", rng)
    press.y = T + 220
    press.at(number or c.number, body(40), lead=62, how="right")
    s.line(L, press.y, s.width - R, press.y, width=3, fill=(190, 40, 40))
    s.line(L, press.y + 7, s.width - R, press.y + 7, width=1, fill=(190, 40, 40))
    press.y += 40
    f = body(40)
    lead = 74
    for kind, text in blocks:
        if kind == "to":
            press.para(text, f, lead=lead)
        elif kind == "h":
            press.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "m":
            press.para(text, f, lead=lead, indent=f.size * 4, hang=f.size * 2)
        else:
            press.para(text, f, lead=lead, indent=f.size * 2)
    press.room(80 * len(signers) + 240)
    last = press.s
    y = press.y + 56
    x = last.width - R - mm(78)
    for role, name in signers:
        spaced = "　".join(role) if len(role) == 2 else " ".join(role) if len(role) == 3 else role
        last.text(x, y, spaced, f)
        last.text(x + mm(40), y, name, f)
        y += 78
    y += 24
    when = cn_date(day)
    xr = last.width - R - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2, y + 18, COURT, rng, radius=mm(20))
    return folios(press.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), frame: int = 4,
         ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """Ruled cells with a heavy outer frame; a short row's last cell runs to the right; the columns in `labels`
    print in 黑体 centred. Returns each cell's box (x0, y0, x1, y1), row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    lab = hei(int(f.size))
    cells: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=HAIR + 1, outline=ink)
            if cell:
                face = lab if k in labels else f
                parts = wrap(cell, face, w - 16)
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in labels:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 10, ty, part, face, fill=ink)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x - 2, y - 2, x + total + 2, cy + 2, width=frame, outline=ink)
    return cells


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = PEN) -> float:
    """Writing by hand on a form; long entries broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def form_title(s: Sheet, title: str, *, y: float = T, issuer: str = COURT) -> float:
    """A form's heading: the court's name in small serif, the title in 黑体 between two short rules."""
    if issuer:
        s.centred(y, issuer, body(42), spacing=4)
        y += 66
    f = hei(66)
    w = s.centred(y, title, f, spacing=14)
    x0 = (s.width - w) / 2
    mid = y + f.size * 0.55
    s.line(x0 - mm(22), mid, x0 - mm(6), mid, width=3)
    s.line(x0 + w + mm(6), mid, x0 + w + mm(22), mid, width=3)
    return y + f.size + 46
