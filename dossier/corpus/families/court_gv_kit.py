"""court_gv's press (黑龙江省绥化市北林区人民法院执行局) and the copy shop's prints.

The bureau's papers come off its case system in Noto 宋 (serif) with a wide binding margin on the left: the court's
name letter-spaced in bold 宋 over a 黑体 title, the case number centred under the title between two short rules
("—— （2024）黑1202执1947号 ——"), party labels in 黑体, the signers' block and the date at the right, the seal
over the date, and "第n页（共m页）" at the lower right of a paper that runs on. Its forms are grids with a heavy
outer frame and thin inner rules, the labels in 黑体 and a small "北林法院执行局制" over the top left; clerks fill
them with a blue-black pen.

The copy shop: `snapshot` turns papers into what the grandson brought in — each paper photographed with an old
phone (on the kitchen table, the 炕's quilt or the floor tiles, in perspective, the phone's shadow on a corner, warm
lamp light, soft optics and the phone's own JPEG), the photo printed to fit an A4 sheet with a white border.
The inkjet's own faults (banding, wrong colour, bleeding ink) are added when the printout is scanned
(court_gv_capture)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "黑龙江省绥化市北林区人民法院"
BUREAU = "北林区人民法院执行局"
LEFT, RIGHT, TOP, FOOT = mm(31), mm(21), mm(30), mm(28)
PEN = (22, 32, 96)
"""the clerks' blue-black gel pen"""
GRANDSON = (30, 30, 34)
"""the grandson writes with a black ballpoint"""


def body(size: int = 41) -> Font:
    return font("serif", size)


def label(size: int = 38) -> Font:
    return font("hei", size)


@dataclass
class Printout(Sheet):
    """An A4 sheet out of the copy shop's inkjet: a phone photo (or a phone screenshot) printed to fit."""

    source: str = "photo"  # photo | screen


class Column:
    """A paper flowing down its sheets in the bureau's layout."""

    def __init__(self, sheet: Sheet, y: float, *, left: float = LEFT, right: float = RIGHT, top: float = TOP,
                 foot: float = FOOT) -> None:
        self.sheets = [sheet]
        self.y = y
        self.left, self.right, self.top, self.foot = left, right, top, foot

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
        parts = wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f)
            self.y += lead

    def labelled(self, tag: str, text: str, f: Font, *, lead: float) -> None:
        """A party line: the role in 黑体, the particulars in 宋 running on under the role's width."""
        tf = label(int(f.size))
        tw = text_width(tag, tf)
        parts = wrap(text, f, self.width - tw, indent=0.0)
        for k, part in enumerate(parts):
            self.need(lead)
            if k == 0:
                self.s.text(self.left, self.y, tag, tf)
            self.s.text(self.left + tw, self.y, part, f)
            self.y += lead


def folio(sheets: Sequence[Sheet], f: Font | None = None) -> list[Sheet]:
    """第n页（共m页） at the lower right of a paper that runs on."""
    n = len(sheets)
    if n > 1:
        for i, s in enumerate(sheets, 1):
            s.right(s.width - RIGHT, s.height - mm(16), f"第{i}页（共{n}页）", f or body(30))
            s.page_of = (i, n)
    return list(sheets)


def court_head(s: Sheet, title: str, number: str, *, court: str = COURT) -> float:
    """The court's name, the title in 黑体, the number centred between two short rules. Returns the y below."""
    s.centred(TOP, court, font("serif_bold", 50), spacing=9)
    spread = {2: 110, 3: 70, 4: 42, 5: 26, 6: 14}.get(len(title), 4)
    s.centred(TOP + 84, title, font("hei", 80), spacing=spread)
    y = TOP + 200
    if number:
        f = body(39)
        w = s.centred(y, number, f)
        x0 = (s.width - w) / 2
        s.line(x0 - mm(22), y + f.size * 0.6, x0 - mm(4), y + f.size * 0.6, width=2)
        s.line(x0 + w + mm(4), y + f.size * 0.6, x0 + w + mm(22), y + f.size * 0.6, width=2)
        y += 96
    return y


def court_paper(c: CaseCtx, rng: random.Random, title: str, blocks: Sequence[tuple[str, str]], *, day: date,
                signers: Sequence[tuple[str, str]] = (), number: str | None = None, court: str = COURT,
                contact: bool = False) -> list[Sheet]:
    """A paper of the court. blocks: ("to", addressee) flush; ("p", paragraph) indented two characters;
    ("party:<role>", particulars) a party line with the role in 黑体; ("c", centred); ("small", a note line)."""
    s = Sheet()
    y = court_head(s, title, c.number if number is None else number, court=court)
    col = Column(s, y)
    f = body()
    lead = 74.0
    for kind, text in blocks:
        if kind == "to":
            col.para(text, f, lead=lead)
        elif kind.startswith("party:"):
            col.labelled(kind.split(":", 1)[1] + "：", text, f, lead=lead)
        elif kind == "c":
            col.need(lead)
            col.s.centred(col.y, text, f)
            col.y += lead
        elif kind == "small":
            col.para(text, body(33), lead=54)
        else:
            col.para(text, f, lead=lead, first=f.size * 2)
    col.need(80 * len(signers) + 250)
    last = col.s
    y = col.y + 50
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        if role == "书记员":
            continue
        last.text(x, y, role, f, spacing=10 if len(role) <= 3 else 0)
        last.text(x + mm(30), y, name, f)
        y += 78
    when = cn_date(day)
    y += 24
    xr = last.width - RIGHT - mm(6)
    last.right(xr, y, when, f)
    seal(last, xr - text_width(when, f) / 2 + rng.uniform(-mm(4), mm(4)), y + 16 + rng.uniform(-mm(3), mm(3)), court,
         rng, radius=mm(20.5))
    y += 90
    for role, name in signers:
        if role == "书记员":
            last.text(x, y, role, f, spacing=10)
            last.text(x + mm(30), y, name, f)
            y += 78
    if contact:
        last.text(LEFT, last.height - FOOT - 40, f"联系人：{c.officer}　电话：{c.court.phone}　地址：{c.court.address}",
                  body(30))
    return folio(col.sheets)


def grid(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
         heights: float | Sequence[float], labels: Sequence[int] = (0,), ink: tuple[int, int, int] = INK,
         frame: int = 5) -> list[tuple[float, float, float, float]]:
    """A ruled grid with a heavy outer frame; a row shorter than the widths runs its last cell to the right edge;
    label columns are set in 黑体 and centred. Returns every cell's box row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    lf = font("hei", int(f.size))
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            is_label = k in labels
            if cell:
                face = lf if is_label else f
                parts = wrap(cell, face, w - 20)
                lh = face.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if is_label:
                        s.centred(ty, part, face, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 12, ty, part, face, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    s.box(x, y, x + total, cy, width=frame, outline=ink)
    return boxes


def form_head(s: Sheet, title: str, *, y: float = TOP, mark: str = "北林法院执行局制", size: int = 66) -> float:
    """A form's heading: the maker's mark small at the top left, the title in bold 宋 with wide spacing."""
    if mark:
        s.text(LEFT, y - mm(10), mark, body(28))
    s.centred(y, title, font("serif_bold", size), spacing=max(8, 200 // max(len(title), 1)))
    return y + size + 50


def pen(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
        lead: float = 0.0, ink: tuple[int, int, int] = PEN) -> float:
    """Handwriting on a form, broken every `per_line` characters. Returns the y below."""
    chunks = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in chunks:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


def thumbprint(s: Sheet, cx: float, cy: float, rng: random.Random, *, size: float = 0.0) -> None:
    """A red 手印: an oval of 印泥 with the finger's ridges in it, darker at the middle, broken at the edge."""
    r = size or mm(7.5)
    w, h = int(r * 1.5), int(r * 2.0)
    layer = Image.new("L", (w + 20, h + 20), 0)
    d = ImageDraw.Draw(layer)
    ox, oy = 10 + w / 2, 10 + h / 2
    d.ellipse((ox - w / 2, oy - h / 2, ox + w / 2, oy + h / 2), fill=120)
    step = max(3.0, r / 9)
    k = 0
    while True:
        rx, ry = w / 2 - k * step * 0.75, h / 2 - k * step
        if rx <= 2 or ry <= 2:
            break
        d.ellipse((ox - rx, oy - ry + rng.uniform(-2, 2), ox + rx, oy + ry), outline=255, width=max(2, int(step * 0.5)))
        k += 1
    layer = layer.rotate(rng.uniform(-25, 25), resample=Image.Resampling.BICUBIC, expand=True)
    arr: Any = np.asarray(layer, dtype=np.float32)
    yy, xx = np.mgrid[0:arr.shape[0], 0:arr.shape[1]].astype(np.float32)
    fade = 1.0 - 0.35 * np.clip(np.hypot((xx - arr.shape[1] / 2) / (w / 2), (yy - arr.shape[0] / 2) / (h / 2)), 0, 1)
    speck = np.random.default_rng(rng.randint(0, 2**31)).uniform(0.75, 1.0, arr.shape)
    mask = Image.fromarray(np.clip(arr * fade * speck * rng.uniform(0.85, 1.0), 0, 255).astype(np.uint8), "L")
    colour = Image.new("RGB", mask.size, (RED[0] - 15, RED[1], RED[2] + 10))
    x0, y0 = int(cx - mask.width / 2), int(cy - mask.height / 2)
    under = s.image.crop((x0, y0, x0 + mask.width, y0 + mask.height))
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    s.image.paste(under, (x0, y0))


def received_stamp(s: Sheet, x: float, y: float, day: date, rng: random.Random) -> None:
    """The filing window's blue rubber stamp on what it takes in: court, 收件, the date filled by hand."""
    blue = (40, 70, 160)
    f = font("song_gb", 28)
    w, h = mm(52), mm(22)
    tilt = rng.uniform(-3, 3)
    s.box(x, y + tilt, x + w, y + h + tilt, width=3, outline=blue)
    s.line(x, y + h / 2 + tilt, x + w, y + h / 2 + tilt, width=2, fill=blue)
    s.centred(y + mm(2.5) + tilt, "北林区法院立案庭  收件", f, fill=blue, x0=x, x1=x + w)
    hand(s, x + mm(8), y + h / 2 + mm(2) + tilt, f"{day.year}.{day.month}.{day.day}", rng, size=34, ink=blue)


# ---------------------------------------------------------------- the copy shop: phone photos printed on A4

def _backdrop(kind: str, w: int, h: int, gen: Any) -> Any:
    """What the paper lay on: the kitchen table's brown wood, the 炕's flowered quilt, or grey floor tiles (drawn at a
    quarter of the size: it is out of focus anyway)."""
    qw, qh = max(8, w // 4), max(8, h // 4)
    yy, xx = np.mgrid[0:qh, 0:qw].astype(np.float32)
    if kind == "table":
        base = np.array([112, 78, 52], np.float32)
        grain = 14 * np.sin(yy / qh * float(gen.uniform(30, 60)) + 3 * np.sin(xx / qw * 5)) + gen.normal(0, 5, (qh, qw))
        img = base + grain[..., None] * np.array([1.0, 0.8, 0.6], np.float32)
    elif kind == "quilt":
        img = np.broadcast_to(np.array([176, 58, 70], np.float32), (qh, qw, 3)).copy()
        for _ in range(40):
            cx, cy, r = gen.uniform(0, qw), gen.uniform(0, qh), gen.uniform(qw * 0.02, qw * 0.06)
            blob = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (r * r)))[..., None]
            colour = np.array([gen.uniform(200, 250), gen.uniform(150, 220), gen.uniform(40, 120)], np.float32)
            img = img * (1 - blob) + colour * blob
    else:
        img = np.broadcast_to(np.array([150, 150, 146], np.float32), (qh, qw, 3)).copy()
        tile = qw / 3.2
        joints = (np.abs(((xx + yy * 0.05) % tile) - tile / 2) > tile / 2 - 1) | (np.abs((yy % tile) - tile / 2) > tile / 2 - 1)
        img[joints] *= 0.7
    big: Any = cv2.resize(img, (w, h), interpolation=cv2.INTER_LINEAR)
    return big + gen.normal(0, 5, (h, w, 1)).astype(np.float32)


def phone_photo(paper: Image.Image, rng: random.Random, *, backdrop: str, fill: float = 0.86) -> Any:
    """An old phone's photo of `paper` lying on `backdrop`: the frame 4:3 the way the paper is long, the paper
    keystoned and turned a little, lamp light falling off, warm, the phone's shadow on one side, soft, JPEG'd."""
    gen = np.random.default_rng(rng.randint(0, 2**31))
    src: Any = np.asarray(paper.convert("RGB"), dtype=np.float32)
    ph, pw = src.shape[:2]
    portrait = ph >= pw
    long_side = 1900
    W, H = (round(long_side * 0.75), long_side) if portrait else (long_side, round(long_side * 0.75))
    scale = min(W * fill / pw, H * fill / ph)
    cw, ch = pw * scale, ph * scale
    cx, cy = W / 2 + rng.uniform(-0.03, 0.03) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    ang = math.radians(rng.uniform(-4.0, 4.0))
    keystone = rng.uniform(0.0, 0.05) * cw
    corners = [(-cw / 2 + keystone, -ch / 2), (cw / 2 - keystone, -ch / 2), (cw / 2, ch / 2), (-cw / 2, ch / 2)]
    if rng.random() < 0.5:  # held tilted the other way: the bottom edge is the far one
        corners = [(-cw / 2, -ch / 2), (cw / 2, -ch / 2), (cw / 2 - keystone, ch / 2), (-cw / 2 + keystone, ch / 2)]
    dst = np.array([[cx + x * math.cos(ang) - y * math.sin(ang) + rng.uniform(-6, 6),
                     cy + x * math.sin(ang) + y * math.cos(ang) + rng.uniform(-6, 6)] for x, y in corners], np.float32)
    m = cv2.getPerspectiveTransform(np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], np.float32), dst)
    page: Any = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_AREA)
    mask: Any = cv2.warpPerspective(np.ones((ph, pw), np.float32), m, (W, H))[..., None]
    out: Any = page * mask + _backdrop(backdrop, W, H, gen) * (1 - mask)
    qw, qh = W // 8, H // 8  # light and shadow are smooth: work them out small
    yy, xx = np.mgrid[0:qh, 0:qw].astype(np.float32)
    lx, ly = rng.uniform(0, qw), rng.uniform(0, qh * 0.4)
    light: Any = 1.04 - rng.uniform(0.18, 0.3) * np.hypot((xx - lx) / qw, (yy - ly) / qh)
    if rng.random() < 0.75:  # the phone and the hand holding it, between the lamp and the paper
        shadow: Any = np.zeros((qh, qw), np.float32)
        side = rng.choice(["left", "right", "bottom"])
        if side == "bottom":
            x0 = rng.uniform(0.2, 0.5) * qw
            pts = np.array([[x0, qh], [x0 + qw * 0.35, qh], [x0 + qw * 0.28, qh * 0.78], [x0 + qw * 0.05, qh * 0.8]], np.int32)
        else:
            xe = 0 if side == "left" else qw
            sgn = 1 if side == "left" else -1
            y0 = rng.uniform(0.45, 0.7) * qh
            pts = np.array([[xe, y0], [xe + sgn * qw * 0.3, y0 + qh * 0.08], [xe + sgn * qw * 0.26, qh], [xe, qh]], np.int32)
        cv2.fillPoly(shadow, [pts], 1.0)
        shadow = cv2.GaussianBlur(shadow, (0, 0), qw * 0.03)
        light = light * (1 - rng.uniform(0.22, 0.38) * shadow)
    out *= cv2.resize(light.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)[..., None]
    out *= np.array([1.03, 0.97, 0.84], np.float32) * rng.uniform(0.96, 1.04)  # the kitchen lamp's warm light
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.7, 1.2))
    out += gen.normal(0, rng.uniform(2.5, 5.0), (H, W, 1)).astype(np.float32)
    ok, enc = cv2.imencode(".jpg", np.clip(out, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, rng.randint(68, 82)])
    assert ok
    return cv2.imdecode(enc, cv2.IMREAD_UNCHANGED)


def snapshot(papers: Sequence[Sheet], rng: random.Random, *, backdrop: str = "table", fill: float = 0.0) -> Printout:
    """The copy shop's print of the grandson's photos: one photo fitted to the A4 page inside a white border, or
    two (an ID card's two faces, the 户口簿's two pages) one above the other."""
    out = Printout()
    canvas: Any = np.full((out.height, out.width, 3), 255, np.uint8)
    margin = mm(rng.uniform(5.5, 9.0))
    slots = len(papers)
    slot_h = (out.height - margin * (slots + 1)) / slots
    for k, paper in enumerate(papers):
        photo = phone_photo(paper.image, rng, backdrop=backdrop, fill=fill or (0.86 if slots == 1 else 0.74))
        h, w = photo.shape[:2]
        scale = min((out.width - 2 * margin) / w, slot_h / h)
        nw, nh = int(w * scale), int(h * scale)
        placed = cv2.resize(photo, (nw, nh), interpolation=cv2.INTER_CUBIC)
        x0 = int((out.width - nw) / 2)
        y0 = int(margin + k * (slot_h + margin) + (slot_h - nh) / 2)
        canvas[y0:y0 + nh, x0:x0 + nw] = placed
        out.lines.extend(paper.lines)
    out.image = Image.fromarray(canvas)
    out.page_of = papers[0].page_of
    out.starts_document = papers[0].starts_document
    return out


def screenshot(screen: Sheet, rng: random.Random) -> Printout:
    """A phone screenshot (a narrow 9:19 image) printed in the middle of an A4 page at the copy shop."""
    out = Printout(source="screen")
    src = screen.image
    scale = (out.height - mm(rng.uniform(14, 22))) / src.height
    nw, nh = int(src.width * scale), int(src.height * scale)
    placed = src.resize((nw, nh), Image.Resampling.BICUBIC)
    out.image.paste(placed, ((out.width - nw) // 2, (out.height - nh) // 2))
    out.lines.extend(screen.lines)
    return out


def num(d: date) -> str:
    """2024.3.5 — how people here write a date by hand."""
    return f"{d.year}.{d.month}.{d.day}"
