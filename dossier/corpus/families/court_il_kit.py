"""court_il's press (福建省石狮市人民法院, an e-court): what the bureau prints comes out of the online litigation
platform as a PDF and is printed as it is — a grey platform line across the top of every page (the platform's name,
the document's serial and when it was generated), a hairline under it, the court name in bold sans over a 宋体 title
set with open letter-spacing, the case number at the left under a thin rule, a 宋体 body, and at the foot a grey
"第x页/共y页" with, on the left, the verification code line (no QR code: a code to type in on the platform). The
court's seal is an electronic one: flat pure red, never turned, its serial along the bottom of the ring.

The parties' uploads are phone screenshots (WeChat chats and transfers, Alipay bills, a bank app's receipt, the
电子营业执照): tall narrow images with a status bar, drawn here at phone resolution (`Phone`) and printed one or two to
an A4 sheet (`print_shots`)."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Sheet, mm, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "福建省石狮市人民法院"
PLATFORM = "人民法院在线服务·福建法院电子诉讼平台"
LEFT, RIGHT, TOP, FOOT = mm(27), mm(25), mm(36), mm(30)
GREY = (120, 120, 120)
E_RED = (230, 0, 18)
"""the electronic seal's red: flat, fully saturated, the same on every page"""


def body(size: int = 40) -> Font:
    return font("serif", size)


def sans(size: int = 30) -> Font:
    return font("sans", size)


def e_seal(s: Sheet, cx: float, cy: float, name: str, serial: str, *, radius: float = 0.0) -> None:
    """An electronic seal as the PDF carries it: a crisp ring, a star, the name on the upper arc and the seal's
    serial number along the lower arc, all in one flat red (no ink spread, never turned)."""
    r = radius or mm(20)
    size = int(r * 2 + 12)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r, c - r, c + r, c + r), outline=255, width=max(5, int(r / 18)))
    star = [(c + r * 0.24 * math.cos(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.38),
             c + r * 0.24 * math.sin(math.radians(-90 + i * 36)) * (1 if i % 2 == 0 else 0.38)) for i in range(10)]
    d.polygon(star, fill=255)
    f = font("sans_bold", int(r * 0.25))
    n = len(name)
    span = min(240.0, 21.0 * n)
    for i, ch in enumerate(name):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        g = Image.new("L", (int(r * 0.36), int(r * 0.36)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(ang + 90), resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(c + r * 0.75 * math.cos(math.radians(ang)) - g.width / 2),
                          int(c + r * 0.75 * math.sin(math.radians(ang)) - g.height / 2)), g)
    fs = font("sans", int(r * 0.12))
    m = len(serial)
    for i, ch in enumerate(serial):
        ang = 90 + 55 - 110 * (i + 0.5) / m
        g = Image.new("L", (int(r * 0.2), int(r * 0.2)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=fs, fill=255, anchor="mm")
        g = g.rotate(-(ang - 90), resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(c + r * 0.82 * math.cos(math.radians(ang)) - g.width / 2),
                          int(c + r * 0.82 * math.sin(math.radians(ang)) - g.height / 2)), g)
    box = (int(cx - c), int(cy - c), int(cx - c) + size, int(cy - c) + size)
    under = s.image.crop(box)
    mixed = ImageChops.multiply(under, Image.new("RGB", layer.size, E_RED))
    under.paste(mixed, (0, 0), layer)
    s.image.paste(under, box[:2])


def serial_of(c: CaseCtx, code: str) -> str:
    """The platform's document serial: court region, year, case sequence and a number per kind of paper."""
    seq = c.number.split("执")[-1].rstrip("号")
    return f"FJ350581{c.filed_on.year}{seq}{sum(map(ord, code)) % 997:03d}"


def verify_code(c: CaseCtx, code: str) -> str:
    alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
    h = sum((i + 7) * ord(ch) for i, ch in enumerate(c.number + code))
    parts = []
    for _ in range(4):
        part = ""
        for _ in range(4):
            part += alphabet[h % 32]
            h = h // 32 + 7919 * (h % 13 + 1)
        parts.append(part)
    return "-".join(parts)


def stamp_platform(sheets: Sequence[Sheet], c: CaseCtx, code: str, generated: datetime, *, footer: bool = True) -> None:
    """The platform's header line and footer on every page of a printout: n of m stated, so page_of is recorded."""
    m = len(sheets)
    head = f"{PLATFORM}　　文书编号：{serial_of(c, code)}　　生成时间：{generated:%Y-%m-%d %H:%M:%S}"
    for n, s in enumerate(sheets, 1):
        s.text(LEFT - mm(6), mm(10), head, sans(24), fill=GREY, record=False)
        s.lines.insert(0, head)  # the top line: first in reading order
        s.line(LEFT - mm(6), mm(16), s.width - RIGHT + mm(6), mm(16), width=1, fill=(150, 150, 150))
        if footer:
            s.line(LEFT - mm(6), s.height - mm(19), s.width - RIGHT + mm(6), s.height - mm(19), width=1,
                   fill=(150, 150, 150))
            s.text(LEFT - mm(6), s.height - mm(16), f"验证码：{verify_code(c, code)}（登录平台“文书核验”输入验证码查验真伪）",
                   sans(22), fill=GREY)
            s.right(s.width - RIGHT + mm(6), s.height - mm(16), f"第{n}页/共{m}页", sans(26), fill=GREY)
            s.page_of = (n, m)


@dataclass
class Flowing:
    """A printout flowing down its sheets."""

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
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def need(self, h: float) -> None:
        if self.y + h > self.s.height - self.foot:
            self.sheets.append(Sheet())
            self.y = self.top

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = INK) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=(first - hang) if first else 0.0)):
            self.need(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead


def platform_paper(c: CaseCtx, title: str, blocks: Sequence[tuple[str, str]], *, day: date, code: str,
                   signers: Sequence[tuple[str, str]] = (), number: str = "", seal: bool = True,
                   hour: int = 10) -> list[Sheet]:
    """A paper of the court as the platform prints it. blocks: ("to", addressee), ("p", paragraph), ("h", party
    line with a hanging indent), ("c", centred), ("n", note in small type)."""
    s = Sheet()
    s.centred(TOP, COURT, font("sans_bold", 50), spacing=4)
    tf = font("serif_bold", 72)
    gap = {2: 80, 3: 56, 4: 36, 5: 22}.get(len(title), 8)
    s.centred(TOP + 86, title, tf, spacing=gap)
    y = TOP + 200
    s.text(LEFT, y, number or c.number, body(38))
    s.line(LEFT, y + 56, s.width - RIGHT, y + 56, width=1, fill=(90, 90, 90))
    run = Flowing([s], y + 100)
    f = body(41)
    lead = 74
    for kind, text in blocks:
        if kind == "to":
            run.para(text, f, lead=lead)
        elif kind == "h":
            run.para(text, f, lead=lead, hang=f.size * 2)
        elif kind == "c":
            run.need(lead)
            run.s.centred(run.y, text, f)
            run.y += lead
        elif kind == "n":
            run.para(text, body(33), lead=54)
        else:
            run.para(text, f, lead=lead, first=f.size * 2)
    run.need(76 * len(signers) + 230)
    last = run.s
    yy = run.y + 50
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, yy, role, f, spacing=14 if len(role) <= 3 else 0)
        last.text(x + mm(32), yy, name, f)
        yy += 76
    when = cn_date(day)
    xr = last.width - RIGHT - mm(8)
    last.right(xr, yy + 30, when, f)
    if seal:
        e_seal(last, xr - text_width(when, f) / 2, yy + 40, COURT, f"35058{sum(map(ord, c.number)) % 90000 + 10000}")
    stamp_platform(run.sheets, c, code, datetime(day.year, day.month, day.day, hour, 17 + len(title), 3 * len(code) % 60))
    return run.sheets


def cells(s: Sheet, x: float, y: float, widths: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], shade: Sequence[int] = (0,), line_w: int = 2,
          ink: tuple[int, int, int] = INK, fill: tuple[int, int, int] = (242, 242, 242)) -> list[tuple[float, float, float, float]]:
    """A ruled table; a row shorter than `widths` lets its last cell run to the right edge; columns in `shade` are
    filled pale and their text centred. Returns each cell's box, row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(widths)
    boxes: list[tuple[float, float, float, float]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else widths[k]
            if k in shade:
                s.draw.rectangle((cx, cy, cx + w, cy + h), fill=fill)
            s.box(cx, cy, cx + w, cy + h, width=line_w, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 16)
                lh = f.size * 1.3
                ty = cy + (h - lh * len(parts)) / 2 + 2
                for part in parts:
                    if k in shade:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, f, fill=ink)
                    ty += lh
            boxes.append((cx, cy, cx + w, cy + h))
            cx += w
        cy += h
    return boxes


# ---- phone screenshots ---------------------------------------------------------------------------------------------

PHONE_W, PHONE_H = 720, 1560
WECHAT_BG = (237, 237, 237)
WECHAT_GREEN = (149, 236, 105)
TRANSFER_ORANGE = (250, 157, 59)
ALIPAY_BLUE = (22, 119, 255)


@dataclass
class Phone:
    """A phone screenshot drawn at 720×1560 (a 1080×2340 screen at two thirds), with the text it shows."""

    bg: tuple[int, int, int] = (255, 255, 255)
    height: int = PHONE_H
    image: Image.Image = field(init=False)
    lines: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.image = Image.new("RGB", (PHONE_W, self.height), self.bg)

    @property
    def draw(self) -> ImageDraw.ImageDraw:
        return ImageDraw.Draw(self.image)

    def text(self, x: float, y: float, s: str, size: int, *, fill: tuple[int, int, int] = (25, 25, 25),
             bold: bool = False, anchor: str = "la") -> None:
        if s.strip():
            self.lines.append(s)
        self.draw.text((x, y), s, font=font("sans_bold" if bold else "sans", size), fill=fill, anchor=anchor)

    def status_bar(self, clock: str, battery: int, *, dark: bool = False, bar: tuple[int, int, int] | None = None) -> None:
        """Time at the left, signal bars, 5G, Wi-Fi and the battery at the right."""
        ink = (255, 255, 255) if dark else (20, 20, 20)
        if bar is not None:
            self.draw.rectangle((0, 0, PHONE_W, 54), fill=bar)
        self.draw.text((34, 12), clock, font=font("sans_bold", 26), fill=ink)
        x = PHONE_W - 210
        for i in range(4):
            self.draw.rectangle((x + i * 9, 36 - i * 6, x + i * 9 + 5, 40), fill=ink)
        self.draw.text((x + 44, 14), "5G", font=font("sans_bold", 20), fill=ink)
        self.draw.arc((x + 80, 14, x + 108, 42), 225, 315, fill=ink, width=4)
        self.draw.arc((x + 88, 22, x + 100, 34), 225, 315, fill=ink, width=4)
        bx = PHONE_W - 96
        self.draw.rounded_rectangle((bx, 16, bx + 44, 38), radius=5, outline=ink, width=2)
        self.draw.rectangle((bx + 3, 19, bx + 3 + int(38 * battery / 100), 35), fill=ink)
        self.draw.text((bx + 50, 15), f"{battery}", font=font("sans", 18), fill=ink)

    def nav(self, title: str, *, bg: tuple[int, int, int], ink: tuple[int, int, int] = (20, 20, 20),
            more: bool = True) -> int:
        self.draw.rectangle((0, 54, PHONE_W, 150), fill=bg)
        self.draw.line((40, 102, 58, 84), fill=ink, width=4)
        self.draw.line((40, 102, 58, 120), fill=ink, width=4)
        self.text(PHONE_W / 2, 102, title, 32, fill=ink, bold=True, anchor="mm")
        if more:
            for i in range(3):
                self.draw.ellipse((PHONE_W - 78 + i * 16, 98, PHONE_W - 70 + i * 16, 106), fill=ink)
        return 150

    def home_bar(self) -> None:
        self.draw.rounded_rectangle((PHONE_W / 2 - 110, self.height - 22, PHONE_W / 2 + 110, self.height - 14),
                                    radius=4, fill=(30, 30, 30))

    def row(self, y: int, label: str, value: str, *, size: int = 26, lead: int = 58) -> int:
        """A label at the left, its value right-aligned (wrapped onto further lines when long)."""
        self.text(40, y, label, size, fill=(130, 130, 130))
        f = font("sans", size)
        parts = wrap(value, f, PHONE_W - 260)
        for k, part in enumerate(parts):
            self.text(PHONE_W - 40, y + k * (size + 10), part, size, anchor="ra")
        return y + lead + (len(parts) - 1) * (size + 10)


def bubble(p: Phone, y: int, text: str, *, mine: bool, avatar: tuple[int, int, int]) -> int:
    """A WeChat text bubble with its square avatar; returns the y below it."""
    f = font("sans", 29)
    parts = wrap(text, f, 430)
    w = max(text_width(t, f) for t in parts) + 44
    h = len(parts) * 42 + 30
    bx0: float
    bx1: float
    if mine:
        ax = PHONE_W - 100
        bx1 = ax - 18
        bx0 = bx1 - w
        colour = WECHAT_GREEN
    else:
        ax = 24
        bx0 = ax + 94
        bx1 = bx0 + w
        colour = (255, 255, 255)
    p.draw.rounded_rectangle((ax, y, ax + 76, y + 76), radius=8, fill=avatar)
    p.draw.rounded_rectangle((bx0, y + 4, bx1, y + 4 + h), radius=10, fill=colour)
    for k, part in enumerate(parts):
        p.text(bx0 + 22, y + 18 + k * 42, part, 29)
    return y + max(h, 76) + 34


def transfer_bubble(p: Phone, y: int, amount: str, note: str, *, mine: bool, received: bool,
                    avatar: tuple[int, int, int]) -> int:
    """WeChat's orange transfer card (paler once received): ¥ amount, the note, 微信转账 under a rule."""
    w, h = 420, 176
    ax = PHONE_W - 100 if mine else 24
    bx0 = ax - 18 - w if mine else ax + 94
    colour = (252, 205, 150) if received else TRANSFER_ORANGE
    p.draw.rounded_rectangle((ax, y, ax + 76, y + 76), radius=8, fill=avatar)
    p.draw.rounded_rectangle((bx0, y + 4, bx0 + w, y + 4 + h), radius=10, fill=colour)
    p.draw.ellipse((bx0 + 24, y + 30, bx0 + 92, y + 98), outline=(255, 255, 255), width=4)
    p.draw.line((bx0 + 44, y + 64, bx0 + 74, y + 64), fill=(255, 255, 255), width=4)
    p.text(bx0 + 110, y + 26, f"¥{amount}", 32, fill=(255, 255, 255), bold=True)
    p.text(bx0 + 110, y + 70, "已被接收" if received else note, 24, fill=(255, 255, 255))
    p.draw.line((bx0 + 20, y + 128, bx0 + w - 20, y + 128), fill=(255, 255, 255), width=1)
    p.text(bx0 + 24, y + 138, "微信转账", 20, fill=(255, 255, 255))
    return y + h + 40


def time_tag(p: Phone, y: int, label: str) -> int:
    p.text(PHONE_W / 2, y, label, 22, fill=(150, 150, 150), anchor="ma")
    return y + 56


def print_shots(shots: Sequence[Phone], rng: random.Random, *, caption: str = "", caption_font: str = "song_gb") -> Sheet:
    """One or two screenshots printed on an A4 sheet, scaled to fit, side by side, each with a thin grey frame; a typed
    caption above when the party pasted them into a document before printing."""
    s = Sheet()
    top: float = mm(22)
    if caption:
        s.text(mm(22), top, caption, font(caption_font, 40))
        top += mm(14)
    n = len(shots)
    x: float = mm(15)
    room_w = (s.width - mm(30) - mm(10) * (n - 1)) / n
    room_h = s.height - top - mm(22)
    for shot in shots:
        scale = min(room_w / shot.image.width, room_h / shot.image.height)
        w, h = int(shot.image.width * scale), int(shot.image.height * scale)
        img = shot.image.resize((w, h), Image.Resampling.LANCZOS)
        px = int(x + (room_w - w) / 2)
        py = int(top + rng.uniform(0, mm(4)))
        s.image.paste(img, (px, py))
        s.box(px - 1, py - 1, px + w, py + h, width=1, outline=(170, 170, 170))
        s.lines.extend(shot.lines)
        x += room_w + mm(10)
    return s
