"""court_ba's pens and presses: how 芜湖镜湖 papers look before the 档案数字化 company scans them. The court's own
documents (宋体 body, 华文中宋-like bold head, 第n页共m页 footers), typed party papers, ruled forms, blue ballpoint and
blue office stamps (收讫, 与原件核对无异) that the scanner's colour dropout will thin out, and a dot-matrix printer's
carbon forms."""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import INK, Block, Sheet, flow, hand, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font

COURT = "安徽省芜湖市镜湖区人民法院"
SHORT = "芜湖市镜湖区人民法院"
BALLPOINT = (38, 62, 168)
STAMP_BLUE = (40, 70, 190)
PINK = (198, 70, 80)  # a receipt book's pre-printed red rules


def new_sheet(size: tuple[int, int] | None = None, tone: int = 255) -> Sheet:
    s = Sheet(size=size) if size else Sheet()
    if tone < 255:
        s.image.paste((tone, tone, tone - 4), (0, 0, s.width, s.height))
    return s


def footers(sheets: list[Sheet], style: str = "gong") -> None:
    """第n页共m页 (the court's) or - n - (a lawyer's word processor), only when a paper runs on."""
    if len(sheets) < 2:
        return
    f = font("serif", 26)
    for k, s in enumerate(sheets, 1):
        label = f"第{k}页 共{len(sheets)}页" if style == "gong" else f"- {k} -"
        s.centred(s.height - mm(14), label, f)
        s.page_of = (k, len(sheets))


def court_paper(c: CaseCtx, title: str, blocks: Sequence[Block], rng: random.Random, *, signers: Sequence[tuple[str, str]] = (),
                number: str | None = None, sealed: bool = True, tail: Sequence[str] = ()) -> list[Sheet]:
    """A paper of the court: court name and title centred (the name letter-spaced in 中宋-like bold), the number
    right, 宋体 body at 28 lines a page, signers and date at the bottom right under the 院印."""
    left, width = mm(28), mm(154)
    body = font("serif", 40)
    lh = 40 * 1.72
    sheets = [new_sheet()]
    s = sheets[0]
    s.centred(mm(30), COURT, font("serif_bold", 56), spacing=rng.choice([4.0, 8.0, 12.0]))
    s.centred(mm(30) + 96, title, font("serif_bold", 72), spacing=18.0 if len(title) <= 6 else 6.0)
    y = mm(30) + 210.0
    s.right(left + width, y, number or c.number, body)
    y += lh * 1.5

    def more() -> tuple[Sheet, float]:
        sheets.append(new_sheet())
        return sheets[-1], float(mm(26))

    y = flow(s, blocks, body, x0=left, width=width, y=y, line_height=lh, indent=80, bottom=s.height - mm(30), more=more)
    s = sheets[-1]
    need = lh * (len(signers) + 3)
    if y + need > s.height - mm(24):
        s, y = more()
    y += lh * 0.6
    for role, name in signers:
        s.text(left + width - 340, y, f"{role}　{name}", body)
        y += lh
    day = tail[0] if tail else cn_date(c.filed_on)
    s.right(left + width - 20, y + lh * 0.3, day, body)
    if sealed:
        seal(s, left + width - 140, y + lh * 0.3, COURT, rng)
    for extra in tail[1:]:
        y += lh * 1.6
        s.text(left, y, extra, font("serif", 30))
    footers(sheets)
    return sheets


def typed_paper(title: str, blocks: Sequence[Block], rng: random.Random, *, face: str = "song_gb", size: int = 38,
                title_face: str = "hei", left_mm: float = 30, signer: str = "", day: str = "", sealed: str = "",
                pen_sign: bool = True) -> list[Sheet]:
    """A party's or a firm's paper off an office printer: its own face and margins, a plain title, the signer's
    name in blue ballpoint beside a printed 具状人/申请人 line."""
    left, width = mm(left_mm), mm(210 - 2 * left_mm + 4)
    f = font(face, size)
    lh = size * rng.uniform(1.65, 1.95)
    sheets = [new_sheet()]
    s = sheets[0]
    s.centred(mm(28), title, font(title_face, 64), spacing=10.0)
    y = mm(28) + 130.0

    def more() -> tuple[Sheet, float]:
        sheets.append(new_sheet())
        return sheets[-1], float(mm(25))

    y = flow(s, blocks, f, x0=left, width=width, y=y, line_height=lh, indent=size * 2, bottom=s.height - mm(28), more=more)
    s = sheets[-1]
    if y + lh * 4 > s.height - mm(22):
        s, y = more()
    y += lh
    if signer:
        x = left + width * 0.5
        w = s.text(x, y, "申请人（签名或盖章）：", f)
        if pen_sign:
            hand(s, x + w + 6, y - 8, signer, rng, size=int(size * 1.25), ink=BALLPOINT)
        else:
            s.text(x + w, y, signer, f)
        if sealed:
            seal(s, x + w + 120, y + 10, sealed, rng, radius=mm(19))
        y += lh * 1.4
    if day:
        hand(s, left + width * 0.55, y, day, rng, size=int(size * 1.1), ink=BALLPOINT)
    footers(sheets, "dash")
    return sheets


def ruled_form(title: str, rows: Sequence[tuple[str, str]], rng: random.Random, *, sub: str = "", heights: Sequence[float] = (),
               pen: Sequence[str] = (), label_w: float = 0.3, face: str = "serif", head: str = COURT) -> Sheet:
    """A two-column ruled form (label | entry). Entries named in `pen` are filled in blue ballpoint, the rest typed."""
    s = new_sheet()
    x0, w = mm(22), mm(166)
    if head:
        s.centred(mm(22), head, font("serif_bold", 46), spacing=4.0)
    s.centred(mm(22) + 70, title, font("serif_bold", 66), spacing=14.0)
    y = mm(22) + 170.0
    if sub:
        s.text(x0, y, sub, font("serif", 32))
        y += 60
    f = font(face, 34)
    cols = [w * label_w, w * (1 - label_w)]
    hs = list(heights) or [mm(14)] * len(rows)
    for (label, value), h in zip(rows, hs, strict=True):
        table(s, x0, y, cols, [[label, "" if label in pen else value]], f, row_h=h, centre_first=True)
        if label in pen and value:
            lines = wrap(value, font("kai", 40), cols[1] - 40)
            for k, part in enumerate(lines[:max(1, int(h // 56))]):
                hand(s, x0 + cols[0] + 20, y + 14 + k * 54, part, rng, size=36, ink=BALLPOINT)
        y += h
    s.lines.append("")
    return s


def blue_stamp(s: Sheet, x: float, y: float, words: Sequence[str], rng: random.Random, *, oval: bool = False) -> None:
    """An office's blue rubber stamp (收讫, 与原件核对无异 with a name and date): a box or an oval, inked unevenly."""
    f = font("sans_bold", 34)
    w = int(max(f.getlength(t) for t in words) + 50)
    h = int(len(words) * 46 + 34)
    layer = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(layer)
    if oval:
        d.ellipse((2, 2, w - 3, h - 3), outline=255, width=5)
    else:
        d.rectangle((2, 2, w - 3, h - 3), outline=255, width=5)
    for k, t in enumerate(words):
        d.text((w / 2, 26 + k * 46), t, font=f, fill=255, anchor="mt")
    speck = np.asarray(layer, dtype=np.float32) * np.random.default_rng(rng.randint(0, 2**31)).uniform(0.55, 1.0, (h, w))
    mask = Image.fromarray(speck.astype(np.uint8)).rotate(rng.uniform(-8, 8), expand=True)
    colour = Image.new("RGB", mask.size, STAMP_BLUE)
    box = (int(x), int(y), int(x) + mask.width, int(y) + mask.height)
    under = s.image.crop(box)
    under.paste(ImageChops.multiply(under, colour), (0, 0), mask)
    s.image.paste(under, box[:2])
    s.lines.extend(words)


def dot_text(s: Sheet, x: float, y: float, text: str, *, size: int = 34, pitch: int = 2,
             ink: tuple[int, int, int] = (40, 40, 44), record: bool = True) -> float:
    """A 24-pin printer's line: the glyphs sampled on a pin grid, each pin a soft dot; slightly faded ribbon."""
    if record and text.strip():
        s.lines.append(text)
    f: Font = font("mono", size)
    w = int(f.getlength(text)) + 8
    h = size + 14
    g = Image.new("L", (w, h), 0)
    ImageDraw.Draw(g).text((2, 2), text, font=f, fill=255)
    a = np.asarray(g, dtype=np.float32)
    grid = np.zeros_like(a)
    grid[::pitch, ::pitch] = 1.0
    dots = Image.fromarray(np.clip(a * grid * 1.3, 0, 255).astype(np.uint8)).filter(ImageFilter.MaxFilter(3))
    dots = dots.filter(ImageFilter.GaussianBlur(0.7))
    s.image.paste(ink, (int(x), int(y)), dots)
    return float(w)


def carbon_rules(s: Sheet, x0: float, y0: float, cols: Sequence[float], heights: Sequence[float],
                 colour: tuple[int, int, int] = INK) -> float:
    """A pre-printed grid of a multi-part form (text filled later by the printer)."""
    y = y0
    total = sum(cols)
    for h in heights:
        s.box(x0, y, x0 + total, y + h, width=2, outline=colour)
        cx = x0
        for c in cols[:-1]:
            cx += c
            s.line(cx, y, cx, y + h, width=2, fill=colour)
        y += h
    return y


def pen_line(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40) -> float:
    return hand(s, x, y, text, rng, size=size, ink=BALLPOINT)

