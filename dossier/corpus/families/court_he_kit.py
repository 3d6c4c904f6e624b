"""court_he's bench tools (宁夏回族自治区吴忠市利通区人民法院执行局): how its papers are set and, above all, how every
paper in its volumes is certified and sealed.

The bureau's own papers: the court's name in bold Noto serif across the top, the title in large spaced bold serif,
the case number set right (rulings) or centred (notices), the body in Noto serif set ragged, a right-hand signer
block whose roles are spread (审　判　长), the date in Chinese numerals and the court's round red seal pressed over
it — or, on receipts, summonses and forms, over the title. A paper of more than one sheet carries "第n页　共m页"
centred at the foot and a 骑缝章: the stack is fanned and one seal pressed across the sheets' right edges, so each
sheet shows its own slice of it.

Seals are inked by hand: unevenly, some heavy — spread, blurred at the edge, a ghost of a second strike, a smear
where the stamp slid. Copies handed in by the parties carry a ruled stamp (与原件核对无误 / 复印件与原件一致, red or
blue) with a signature and a date written right across it."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.content import cn_date
from dossier.corpus.draw import INK, Sheet, mm, text_width, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import scrawl

COURT = "宁夏回族自治区吴忠市利通区人民法院"
LEFT, RIGHT, TOP, FOOT = mm(30), mm(27), mm(30), mm(34)
SEAL_RED = (204, 26, 38)
STAMP_RED = (196, 40, 52)
STAMP_BLUE = (42, 72, 176)
PEN_BLUE = (30, 44, 132)
PEN_BLACK = (32, 30, 36)


def body(size: int = 41) -> Font:
    """The bureau's body face (Noto serif)."""
    return font("serif", size)


def label(size: int = 36) -> Font:
    """Form labels: a plain 黑体 (wqy microhei)."""
    return font("microhei", size)


# ----------------------------------------------------------------------------------------------- ink on paper


def _ink(sheet: Sheet, mask: Image.Image, colour: tuple[int, int, int], x: int, y: int) -> None:
    """Multiply `colour` onto the sheet through `mask` (L, 0–255) placed at (x, y); what falls off the sheet is lost."""
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(sheet.width, x + mask.width), min(sheet.height, y + mask.height)
    if x1 <= x0 or y1 <= y0:
        return
    m = np.asarray(mask.crop((x0 - x, y0 - y, x1 - x, y1 - y)), dtype=np.float32)[..., None] / 255.0
    under = np.asarray(sheet.image.crop((x0, y0, x1, y1)), dtype=np.float32)
    tint = np.array(colour, np.float32) / 255.0
    out = under * (1.0 - m * (1.0 - tint))
    sheet.image.paste(Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), (x0, y0))


def _uneven(size: tuple[int, int], rng: random.Random, low: float) -> np.ndarray:
    """A slow field between `low` and 1: where the stamp pad left more or less ink."""
    gen = np.random.default_rng(rng.randint(0, 2**31))
    coarse = gen.uniform(low, 1.0, (6, 6)).astype(np.float32)
    field_ = Image.fromarray((coarse * 255).astype(np.uint8)).resize(size, Image.Resampling.BICUBIC)
    return np.asarray(field_, dtype=np.float32) / 255.0


def _finish(layer: Image.Image, rng: random.Random, heavy: bool) -> Image.Image:
    """A stamp's mask as the rubber leaves it: light and patchy, or heavy — spread, soft, struck twice, smeared."""
    layer = layer.rotate(rng.uniform(-18, 18), resample=Image.Resampling.BICUBIC)
    if heavy:
        layer = layer.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(1.4))
        a = np.asarray(layer, dtype=np.float32)
        dx, dy = rng.randint(-9, 9), rng.randint(-9, 9)
        ghost = np.roll(np.roll(a, dy, axis=0), dx, axis=1) * rng.uniform(0.25, 0.45)
        ang = rng.uniform(0, 2 * math.pi)
        smear = np.zeros_like(a)
        steps = rng.randint(6, 12)
        for k in range(steps):
            smear += np.roll(np.roll(a, int(k * 2 * math.sin(ang)), axis=0), int(k * 2 * math.cos(ang)), axis=1)
        smear /= steps
        side = np.linspace(0, 1, a.shape[1], dtype=np.float32)[None, :]
        side = side if rng.random() < 0.5 else side[:, ::-1]
        a = np.maximum(a, ghost)
        a = a * (1 - 0.35 * side) + smear * 0.35 * side
        a = np.clip(a * rng.uniform(1.05, 1.25), 0, 255) * _uneven((a.shape[1], a.shape[0]), rng, 0.8)
    else:
        layer = layer.filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(layer, dtype=np.float32) * rng.uniform(0.6, 0.9)
        a = a * _uneven((a.shape[1], a.shape[0]), rng, 0.45)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def seal_mask(name: str, rng: random.Random, *, r: float = 0.0, inner: str = "", heavy: bool = False) -> Image.Image:
    """A round seal's mask: a thick ring, a five-pointed star, the name round the top arc in 黑体, an optional line
    under the star (合同专用章, 业务章)."""
    r = r or mm(20.5)
    size = int(r * 2 + 28)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    ring = max(5, int(r / 17))
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=ring)
    pts = [(c + r * (0.24 if i % 2 == 0 else 0.095) * math.cos(math.radians(-90 + 36 * i)),
            c + r * (0.24 if i % 2 == 0 else 0.095) * math.sin(math.radians(-90 + 36 * i))) for i in range(10)]
    d.polygon(pts, fill=255)
    n = len(name)
    f = font("hei", int(r * (0.27 if n <= 12 else 0.23)))
    span = min(262.0, 21.5 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * 0.42), int(r * 0.42)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        px = c + r * 0.72 * math.cos(math.radians(ang)) - g.width / 2
        py = c + r * 0.72 * math.sin(math.radians(ang)) - g.height / 2
        layer.paste(255, (int(px), int(py)), g)
    if inner:
        d.text((c, c + r * 0.52), inner, font=font("hei", int(r * 0.17)), fill=255, anchor="mm")
    return _finish(layer, rng, heavy)


def press(sheet: Sheet, cx: float, cy: float, name: str, rng: random.Random, *, r: float = 0.0, inner: str = "",
          heavy: bool | None = None, colour: tuple[int, int, int] = SEAL_RED) -> None:
    """A round seal pressed with its centre at (cx, cy); about a third are pressed heavy."""
    mask = seal_mask(name, rng, r=r, inner=inner, heavy=rng.random() < 0.32 if heavy is None else heavy)
    tone = (max(0, colour[0] + rng.randint(-18, 12)), colour[1] + rng.randint(0, 14), colour[2] + rng.randint(0, 22))
    _ink(sheet, mask, tone, int(cx - mask.width / 2), int(cy - mask.height / 2))


def seam(sheets: Sequence[Sheet], name: str, rng: random.Random, *, inner: str = "",
         colour: tuple[int, int, int] = SEAL_RED) -> None:
    """骑缝章: the sheets fanned out, one seal pressed across their right edges; each sheet keeps its own slice, flush
    with its edge, at the same height."""
    n = len(sheets)
    if n < 2:
        return
    mask = seal_mask(name, rng, r=mm(19.5), inner=inner, heavy=rng.random() < 0.3)
    at = sheets[0].height * rng.uniform(0.38, 0.66)
    strip = mask.width / n
    for i, s in enumerate(sheets):
        part = mask.crop((round(i * strip), 0, round((i + 1) * strip), mask.height))
        x = s.width - part.width + rng.randint(0, 4)
        _ink(s, part, colour, x, int(at - mask.height / 2 + rng.uniform(-4, 4)))


def certify(sheet: Sheet, x: float, y: float, rng: random.Random, *, signer: str, day: date,
            words: Sequence[str] = ("与原件核对无误",), colour: tuple[int, int, int] | None = None,
            pen: tuple[int, int, int] = PEN_BLACK) -> None:
    """The ruled copy stamp (double border, 黑体 words) with the certifier's signature and the date written across it."""
    colour = colour or (STAMP_RED if rng.random() < 0.55 else STAMP_BLUE)
    f = font("hei", mm(5.8))
    w = int(max(text_width(t, f) for t in words) + mm(10))
    h = int(len(words) * f.size * 1.5 + mm(6))
    layer = Image.new("L", (w + 40, h + 40), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((20, 20, w + 20, h + 20), outline=255, width=6)
    d.rectangle((29, 29, w + 11, h + 11), outline=255, width=2)
    ty = 20 + mm(3) + f.size * 0.1
    for t in words:
        d.text((20 + w / 2, ty + f.size / 2), t, font=f, fill=255, anchor="mm")
        ty += f.size * 1.5
    mask = _finish(layer, rng, heavy=rng.random() < 0.2)
    _ink(sheet, mask, colour, int(x), int(y))
    sheet.lines.extend(words)
    hand(sheet, x + mm(6) + rng.uniform(0, mm(10)), y + h * 0.62, signer, rng, size=mm(7.5), ink=pen)
    hand(sheet, x + w * 0.5 + rng.uniform(0, mm(8)), y + h * 0.78, f"{day.year}.{day.month}.{day.day}", rng,
         size=mm(6), ink=pen, face="kai")


def hand(sheet: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 44,
         ink: tuple[int, int, int] = PEN_BLUE, face: str = "wenkai") -> float:
    """Ballpoint writing (LXGW 文楷 or AR PL 楷); returns its width."""
    return scrawl(sheet, x, y, text, rng, role=face, size=size, ink=ink, slant=5.0)


def fingerprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint (捺印) beside a signature: an oval of ridges."""
    d = s.draw
    w, h = mm(9) + rng.randint(-6, 6), mm(12) + rng.randint(-6, 6)
    red = (188 + rng.randint(-15, 15), 40, 52)
    for k in range(0, 9):
        inset = k * w / 20
        d.ellipse((x + inset, y + inset * 1.2, x + w - inset, y + h - inset * 1.2), outline=red, width=2)
    d.ellipse((x + w * 0.42, y + h * 0.45, x + w * 0.58, y + h * 0.55), fill=red)


# ----------------------------------------------------------------------------------------------- the court's papers


@dataclass
class Flow:
    """A paper running down its sheets."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    top: float = TOP
    foot: float = FOOT
    made: list[Sheet] = field(default_factory=list)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0) -> None:
        """Set ragged right: first line indented by `first`, the rest by `hang`."""
        parts = wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def line(self, text: str, f: Font, *, lead: float, centred: bool = False, flush_right: bool = False,
             spacing: float = 0.0) -> None:
        self.need(lead)
        if centred:
            self.s.centred(self.y, text, f, spacing=spacing)
        elif flush_right:
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left, self.y, text, f, spacing=spacing)
        self.y += lead


def folio(sheets: Sequence[Sheet], f: Font | None = None, *, style: str = "court") -> list[Sheet]:
    """Page numbers: the court's "第n页　共m页" centred at the foot, or another body's "－n－"."""
    m = len(sheets)
    if m < 2:
        return list(sheets)
    f = f or body(30)
    for n, s in enumerate(sheets, 1):
        if style == "court":
            s.centred(s.height - mm(20), f"第{n}页　共{m}页", f)
            s.page_of = (n, m)
        else:
            s.centred(s.height - mm(18), f"－{n}－", f)
    return list(sheets)


def spread(role: str) -> str:
    """审判长 → 审　判　长 (a signer's role spread to the width of four characters)."""
    return "　".join(role) if len(role) <= 3 else role


def court_paper(title: str, paras: Sequence[tuple[str, str]], rng: random.Random, *, number: str, day: date,
                signers: Sequence[tuple[str, str]] = (), number_at: str = "right", seal_at: str = "date",
                issuer: str = COURT) -> list[Sheet]:
    """One of the bureau's papers. paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging),
    ("i", numbered item, hanging), ("n", small note), ("c", centred)."""
    s = Sheet()
    s.centred(TOP, issuer, font("serif_bold", 50), spacing=3)
    tf = font("serif_bold", 86)
    gap = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(TOP + 84, title, tf, spacing=gap)
    run = Flow([s], TOP + 214)
    nf = body(39)
    run.line(number, nf, lead=84, centred=number_at == "centre", flush_right=number_at == "right")
    f = body(41)
    lead = 74
    for kind, text in paras:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "i":
            run.para(text, f, lead=lead, first=f.size * 2, hang=f.size * 2)
        elif kind == "n":
            run.para(text, body(34), lead=58)
        elif kind == "c":
            run.line(text, f, lead=lead, centred=True)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.need(80 * len(signers) + 240)
    last = run.s
    y = run.y + 56
    x = last.width - RIGHT - mm(78)
    for role, name in signers:
        last.text(x, y, spread(role), f)
        last.text(x + mm(40), y, name, f)
        y += 80
    y += 24
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    if seal_at == "date":
        press(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 18 + rng.uniform(-mm(3), mm(3)),
              issuer, rng)
    else:
        press(s, s.width / 2 + rng.uniform(-mm(30), mm(30)), TOP + 90 + rng.uniform(-mm(4), mm(8)), issuer, rng)
    sheets = folio(run.sheets)
    seam(sheets, issuer, rng)
    return sheets


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], labels: Sequence[int] = (0,), rule: int = 2,
          ink: tuple[int, int, int] = INK) -> list[tuple[float, float, float, float]]:
    """A ruled form: label cells in 黑体 centred, value cells in the body face from the left; a row shorter than the
    widths lets its last cell run to the right. Returns each cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=rule, outline=ink)
            if cell:
                is_label = k in labels
                ff = label(int(f.size)) if is_label else f
                parts = wrap(cell, ff, w - 20)
                lh = ff.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if is_label:
                        s.centred(ty, part, ff, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, ff, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    return boxes


def form_title(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT, size: int = 70, spacing: int = 14) -> float:
    """A form's heading: the issuer in bold serif, the title in 黑体 with a single heavy rule under its width."""
    if issuer:
        s.centred(y, issuer, font("serif_bold", 46), spacing=2)
        y += 72
    w = s.centred(y, title, font("hei", size), spacing=spacing)
    y += size + 18
    x0 = (s.width - w) / 2 - mm(4)
    s.line(x0, y, x0 + w + mm(8), y, width=4)
    return y + 38
