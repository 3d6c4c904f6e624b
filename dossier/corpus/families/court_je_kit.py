"""court_je's press (四川省成都市青羊区人民法院执行局, the years 2016–2018): its papers came off the bureau's case system
of the time — the court line and the title in a heavy 小标宋-like serif, the body in a 仿宋-like 文楷 set ragged right, the
case number flush right under a long thin rule, signers stacked at the right, the date in Chinese numerals under the
round seal, "第n页　共m页" centred at the foot of a paper that runs over a page. Its forms (送达回证, 审批表, cover,
catalogue) are ruled with a heavy outer frame and a thin inner grid and filled by hand in blue-black ballpoint.
Thermal slips (POS 签购单, a bank's counter slip) come glued onto a 票据粘贴单; the sheet remembers where (`Leaf.slips`)
so the capture can fade them as thermal paper fades."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "四川省成都市青羊区人民法院"
SHORT = "成都市青羊区人民法院"
LEFT, RIGHT, TOP, BOTTOM = mm(30), mm(26), mm(30), mm(32)
BALLPOINT = (34, 40, 92)
PENCIL = (92, 92, 96)


@dataclass
class Leaf(Sheet):
    """A sheet that knows what lies on it besides print: thermal slips glued on (boxes in px), and whether it is a
    volume's cover (the archive put its digitisation label there)."""

    slips: list[tuple[int, int, int, int]] = field(default_factory=list)
    cover: bool = False


def body(size: int = 44) -> Font:
    return font("wenkai", size)


def heavy(size: int) -> Font:
    return font("serif_bold", size)


class Flow:
    """A typed paper running down its leaves: ragged-right paragraphs, lines set flush, centred or right."""

    def __init__(self, y: float, *, left: float = LEFT, right: float = RIGHT, top: float = TOP,
                 bottom: float = BOTTOM, paper: tuple[int, int, int] = (255, 255, 255)) -> None:
        self.leaves: list[Leaf] = [Leaf(paper=paper)]
        self.y = y
        self.left, self.right, self.top, self.bottom, self.paper = left, right, top, bottom, paper

    @property
    def s(self) -> Leaf:
        return self.leaves[-1]

    @property
    def measure(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - self.bottom:
            self.leaves.append(Leaf(paper=self.paper))
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, indent: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        first = indent if indent else 0.0
        parts = wrap(text, f, self.measure - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(parts):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead

    def flush(self, text: str, f: Font, *, lead: float, how: str = "left", spacing: float = 0.0) -> None:
        self.room(lead)
        if how == "centre":
            self.s.centred(self.y, text, f, spacing=spacing)
        elif how == "right":
            self.s.right(self.s.width - self.right, self.y, text, f)
        else:
            self.s.text(self.left, self.y, text, f, spacing=spacing)
        self.y += lead


def folios(leaves: Sequence[Leaf], *, style: str = "court") -> list[Leaf]:
    """第n页　共m页 centred at the foot (the court), or a bare arabic number at the lower right (others)."""
    n = len(leaves)
    if n < 2:
        return list(leaves)
    f = body(30)
    for i, s in enumerate(leaves, 1):
        if style == "court":
            s.centred(s.height - mm(18), f"第{i}页　共{n}页", f)
        else:
            s.right(s.width - mm(22), s.height - mm(16), str(i), font("serif", 30))
        if i > 1:
            s.page_of = (i, n)
    return list(leaves)


Block = tuple[str, str]
"""("to", addressee) flush; ("p", paragraph) indented two characters; ("h", party line) hanging; ("c", centred);
("small", a note in small type)."""


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[Block], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, court: str = COURT,
                tail: Sequence[str] = ()) -> list[Leaf]:
    """One of the bureau's typed papers. `tail`: lines after the seal (抄送, 联系人 …) in small type."""
    flow = Flow(TOP + mm(4))
    s = flow.s
    s.centred(flow.y, court, heavy(58), spacing=6)
    flow.y += 100
    spacing = {2: 110, 3: 70, 4: 44, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(flow.y, title, heavy(80), spacing=spacing)
    flow.y += 130
    s.right(s.width - RIGHT, flow.y, c.number if number is None else number, body(42))
    flow.y += 62
    s.line(LEFT, flow.y, s.width - RIGHT, flow.y, width=2)
    flow.y += 40
    f = body(44)
    for kind, text in blocks:
        if kind == "to":
            flow.para(text, f, lead=72)
        elif kind == "h":
            flow.para(text, f, lead=72, hang=f.size * 2)
        elif kind == "c":
            flow.flush(text, f, lead=72, how="centre")
        elif kind == "small":
            flow.para(text, body(36), lead=60, indent=36 * 2)
        else:
            flow.para(text, f, lead=72, indent=f.size * 2)
    flow.room(76 * len(signers) + 200 + 56 * len(tail))
    s = flow.s
    y = flow.y + 50
    x = s.width - RIGHT - mm(70)
    for role, name in signers:
        s.text(x, y, role, f, spacing=16 if len(role) == 3 else (48 if len(role) == 2 else 0))
        s.text(x + mm(36), y, name, f)
        y += 80
    y += 24
    when = cn_date(day)
    right = s.width - RIGHT - mm(6)
    s.right(right, y, when, f)
    seal(s, right - text_width(when, f) / 2, y + 18, court, rng, radius=mm(21))
    y += 120
    for line in tail:
        s.text(LEFT, y, line, body(34))
        y += 56
    return folios(flow.leaves)


def ruled(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], centre_cols: Sequence[int] = (0,),
          ink: tuple[int, int, int] = INK) -> list[list[tuple[float, float, float, float]]]:
    """A form's grid: thin inner rules, a heavy frame round the whole. A row with fewer cells than columns lets its
    last cell span the rest. Returns the cells' boxes row by row."""
    hs = [float(heights)] * len(rows) if isinstance(heights, (int, float)) else [float(h) for h in heights]
    total = sum(widths)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        cells: list[tuple[float, float, float, float]] = []
        for k, text in enumerate(row):
            w = x + total - cx if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if text:
                parts = wrap(text, f, w - 20)
                lh = f.size * 1.32
                ty = cy + (h - lh * len(parts)) / 2 + 3
                for part in parts:
                    if k in centre_cols:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, f, fill=ink)
                    ty += lh
            cells.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(cells)
        cy += h
    s.box(x - 4, y - 4, x + total + 4, cy + 4, width=6, outline=ink)
    return out


def form_title(s: Sheet, title: str, y: float, *, issuer: str = COURT, size: int = 66) -> float:
    """A form's head: the issuer in plain serif, the title in heavy serif spread wide; returns the y below."""
    if issuer:
        s.centred(y, issuer, font("serif", 44), spacing=4)
        y += 72
    s.centred(y, title, heavy(size), spacing=max(8, 150 // max(2, len(title))))
    return y + size + 46


def scrawl(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 42,
           ink: tuple[int, int, int] = BALLPOINT, face: str = "kai_gb", record: bool = True) -> float:
    """Ballpoint writing: a kai face, each character a little turned, resized and off the line, the whole line
    leaning slightly. Returns the x after it."""
    if record and text.strip():
        s.lines.append(text)
    cx = x
    lean = rng.uniform(-0.03, 0.03)
    for ch in text:
        if ch == " ":
            cx += size * 0.4
            continue
        sz = max(14, int(size * rng.uniform(0.9, 1.08)))
        f = font(face, sz)
        w = int(f.getlength(ch)) + 10
        glyph = Image.new("L", (w + 10, sz + 20), 0)
        ImageDraw.Draw(glyph).text((5, 5), ch, font=f, fill=int(rng.uniform(200, 255)))
        glyph = glyph.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC, expand=True)
        tone = tuple(max(0, min(255, v + rng.randint(-10, 10))) for v in ink)
        s.image.paste((tone[0], tone[1], tone[2]), (int(cx), int(y + (cx - x) * lean + rng.uniform(-2.5, 2.5))), glyph)
        cx += f.getlength(ch) * rng.uniform(0.94, 1.06)
    return cx


def scrawl_lines(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, width: float, size: int = 40,
                 lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """A handwritten paragraph broken to `width`; returns the y below it."""
    f = font("kai_gb", size)
    for part in wrap(text, f, width):
        scrawl(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.45
    return y


def signature(s: Sheet, x: float, y: float, name: str, rng: random.Random, *, size: int = 58,
              ink: tuple[int, int, int] = (20, 20, 30)) -> None:
    """A name signed fast: larger, slanted, the strokes run together (a cursive-leaning face)."""
    scrawl(s, x, y, name, rng, size=size, ink=ink, face="kai")
    end = x + size * len(name) * 0.95
    s.draw.line((end - size * 0.4, y + size * 0.9, end + size * 0.5, y + size * 0.6), fill=ink, width=3)


def fingerprint(s: Sheet, x: float, y: float, rng: random.Random) -> None:
    """A red thumbprint in 印泥 beside a name: an oval of broken ridges."""
    layer = Image.new("L", (90, 120), 0)
    d = ImageDraw.Draw(layer)
    for k in range(9):
        r = 6 + k * 5
        d.ellipse((45 - r * 0.8, 60 - r, 45 + r * 0.8, 60 + r), outline=int(rng.uniform(120, 220)), width=3)
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC)
    s.image.paste((190, 40, 50), (int(x), int(y)), layer)


def slip(width_mm: float, lines: Sequence[tuple[str, str]], rng: random.Random, *,
         size: int = 30) -> tuple[Image.Image, list[str]]:
    """A thermal roll slip (58 or 80 mm paper): ("c", centred), ("l", left), ("r", right), ("kv", "label|value"),
    ("rule", dashes), ("gap", ""). The printer's dots are grey-black on a faintly blue-grey ground."""
    w = mm(width_mm)
    f = font("mono", size)
    big = font("sans_bold", size + 6)
    lead = round(size * 1.38)
    pad = mm(4)
    room = w - 2 * pad
    fitted: list[tuple[str, str]] = []
    for kind, t in lines:  # a line too long for the roll runs on, as the printer breaks it
        if kind == "kv":
            k, v = t.split("|", 1)
            if f.getlength(k + v) + size > room:
                kind, t = "l", k + v
        if kind == "l" and f.getlength(t) > room:
            fitted += [("l", part) for part in wrap(t, f, room)]
        else:
            fitted.append((kind, t))
    lines = fitted
    h = mm(14) + lead * len(lines)
    img = Image.new("RGB", (w, int(h)), (246, 246, 243))
    d = ImageDraw.Draw(img)
    y = mm(6)
    text: list[str] = []
    dark = (48, 48, 52)
    for kind, t in lines:
        if kind == "rule":
            d.text((pad, y), "-" * int((w - 2 * pad) / f.getlength("-")), font=f, fill=dark)
        elif kind == "c" or kind == "C":
            ff = big if kind == "C" else f
            tw = ff.getlength(t)
            d.text(((w - tw) / 2, y), t, font=ff, fill=dark)
        elif kind == "r":
            d.text((w - pad - f.getlength(t), y), t, font=f, fill=dark)
        elif kind == "kv":
            k, v = t.split("|", 1)
            d.text((pad, y), k, font=f, fill=dark)
            d.text((w - pad - f.getlength(v), y), v, font=f, fill=dark)
            t = f"{k}{v}"
        elif kind == "l":
            d.text((pad, y), t, font=f, fill=dark)
        if t and kind != "rule":
            text.append(t)
        y += lead
    # the torn-off end: a ragged bottom edge
    for x in range(0, w, 6):
        d.rectangle((x, h - rng.randint(0, 9), x + 6, h), fill=(255, 255, 255))
    return img, text


def glue(leaf: Leaf, img: Image.Image, text: list[str], x: int, y: int, rng: random.Random) -> None:
    """A slip glued onto the 粘贴单, slightly askew, its outline shadowed where the glue lifts it."""
    turned = img.rotate(rng.uniform(-1.6, 1.6), resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    shadow = Image.new("RGB", turned.size, (205, 205, 205))
    leaf.image.paste(shadow, (x + 5, y + 6))
    mask = turned.convert("L").point(lambda v: 255 if v < 254 else 0)
    leaf.image.paste(turned, (x, y), mask)
    leaf.slips.append((x, y, x + turned.width, y + turned.height))
    leaf.lines.extend(text)


def paste_form(c: CaseCtx, title: str, rng: random.Random, *, issuer: str = COURT) -> tuple[Leaf, float]:
    """A blank 票据粘贴单 with its head filled in; returns the leaf and the y where slips go."""
    s = Leaf()
    y = form_title(s, title, TOP, issuer=issuer, size=58)
    s.text(LEFT, y, f"案号：{c.number}", body(38))
    y += 70
    s.box(LEFT, y, s.width - RIGHT, s.height - mm(26), width=2)
    s.text(LEFT + 20, y + 14, "（票据粘贴处）", body(30), fill=(120, 120, 120))
    return s, y + 80
