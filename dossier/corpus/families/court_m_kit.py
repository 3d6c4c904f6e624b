"""court_m's drawing kit: pages as 云南省昆明市五华区人民法院 prints them, and the phone screens its parties upload.

House style of the court's own papers: the court's name in a spaced Song line and the title under it in bold Song,
both black; the 案号 flush left on the line below, with the 承办团队 ("执行X团队") flush right on the same line; a
Ming body with wide line spacing; the signers and the date right-aligned, the red seal straddling the date; the foot
reads "第X页（共Y页）" centred over a thin rule, and served rulings carry the rectangular "本件与原本核对无异" stamp.
Its standard forms are plain bordered tables titled in 黑体, the court's name above in small Song, "五华法院执行
指挥中心" as the printer. A screenshot (`screen`) is a phone's tall narrow screen placed in the middle of an A4
page as the 电子卷宗 exports it: status bar (time, signal, 5G, battery), the app's title bar, then its content."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw

from dossier.corpus.draw import Block, Sheet, flow, hand, mm, seal, table, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "云南省昆明市五华区人民法院"
SHORT = "昆明市五华区人民法院"
CENTRE = "五华法院执行指挥中心"
RED = (200, 34, 40)
HAND_INK = (24, 30, 110)
LEFT, RIGHT, TOP, BOTTOM = 28.0, 26.0, 30.0, 24.0
# The kinds of draw.Block here, (kind, text): p paragraph, f flush line, c centred, r right-aligned.


@dataclass
class MSheet(Sheet):
    """A Sheet that says how it reached the 电子卷宗: `print` (printed from the case system or handed in on paper,
    photographed under the 高拍仪), `photo` (a phone photo the party uploaded), `screen` (a phone screenshot placed
    on an A4 page, exported as it is); `landscape` pages lay sideways under the 高拍仪."""

    kind: str = "print"
    landscape: bool = False

    @property
    def digital(self) -> bool:
        """A photo or a screenshot has no paper back to scan blank."""
        return self.kind in ("photo", "screen")


def song(size: float = 4.3) -> Font:
    return font("serif", mm(size))


def song_bold(size: float) -> Font:
    return font("serif_bold", mm(size))


def ming(size: float = 4.3) -> Font:
    return font("ming", mm(size))


def hei(size: float) -> Font:
    return font("hei", mm(size))


def sans(size: float) -> Font:
    return font("sans", mm(size))


def footer(sheet: Sheet, page: int, total: int) -> None:
    y = sheet.height - mm(BOTTOM)
    sheet.line(mm(LEFT), y, sheet.width - mm(RIGHT), y, width=1)
    sheet.centred(y + mm(2.5), f"第{page}页（共{total}页）", song(3.3))


def copy_stamp(sheet: Sheet, x: float, y: float, rng: random.Random) -> None:
    """The rectangular 核对 stamp put on a served copy of a ruling."""
    w, h = mm(46), mm(12)
    layer = Image.new("L", (w + 8, h + 8), 0)
    d = ImageDraw.Draw(layer)
    d.rectangle((4, 4, w + 4, h + 4), outline=255, width=4)
    d.text((w / 2 + 4, h / 2 + 4), "本件与原本核对无异", font=font("sans_bold", mm(4.4)), fill=255, anchor="mm")
    layer = layer.rotate(rng.uniform(-4, 4), expand=True, resample=Image.Resampling.BICUBIC)
    mask = layer.point(lambda v: int(v * rng.uniform(0.6, 0.85)))
    sheet.image.paste(RED, (int(x), int(y)), mask)
    sheet.lines.append("本件与原本核对无异")


def typeset(title: str, blocks: list[Block], number: str, signers: list[str], when: str, rng: random.Random, *,
            team: str = "", copy: bool = False, closing: list[str] | None = None, seal_name: str = COURT) -> list[MSheet]:
    """A court paper in the house style, over as many pages as it needs; signers, date and seal follow the body."""
    f = ming(4.3)
    lh = mm(4.3) * 1.95
    x0, x1 = mm(LEFT), mm(210 - RIGHT)
    width = x1 - x0
    sheets: list[MSheet] = [MSheet()]
    s = sheets[0]
    s.centred(mm(TOP), COURT, song(6.0), spacing=mm(1.0))
    s.centred(mm(TOP + 11), title, song_bold(8.6 if len(title) <= 8 else 7.2), spacing=mm(1.8 if len(title) <= 6 else 0.5))
    y: float = mm(TOP + 26)
    s.text(x0, y, number, song(4.2))
    if team:
        s.right(x1, y, team, song(3.6))
    y += mm(11)
    bottom = mm(297 - BOTTOM - 8)

    def more() -> tuple[MSheet, float]:
        sheets.append(MSheet())
        return sheets[-1], mm(TOP - 6)

    def room(need: float) -> None:
        nonlocal s, y
        if y + need > bottom:
            s, y = more()

    y = flow(s, blocks, f, x0=x0, width=width, y=y, line_height=lh, indent=mm(8.6), centre=f, bottom=bottom,
             more=more)
    s = sheets[-1]
    room(lh * (len(signers) + 3 + len(closing or [])) + (mm(16) if copy else 0))
    y += lh * 0.8
    for name in signers:
        s.right(x1 - mm(8), y, name, f)
        y += lh
    y += lh * 0.3
    s.right(x1 - mm(8), y, when, f)
    seal(s, x1 - mm(8) - text_width(when, f) / 2, y + mm(1), seal_name, rng, radius=mm(20.5))
    y += lh * 1.5
    if copy:
        copy_stamp(s, x0, y - mm(6), rng)
        y += mm(12)
    for line in closing or []:
        s.text(x0, y, line, song(3.8))
        y += lh
    for i, sh in enumerate(sheets, 1):
        footer(sh, i, len(sheets))
        sh.page_of = (i, len(sheets)) if len(sheets) > 1 else None
    return sheets


def form(title: str, rows: list[list[str]], number: str, rng: random.Random, *, cols: tuple[float, ...] = (44, 112),
         filled: dict[int, str] | None = None, when: str = "", seal_it: bool = True, row_h: float = 13,
         notes: list[str] | None = None, printer: str = CENTRE) -> MSheet:
    """A standard form: the court's name, a 黑体 title, 案号, a bordered table; `filled` rows get a handwritten
    value in their last cell; the case system's print line at the foot."""
    s = MSheet()
    s.centred(mm(20), COURT, song(4.6), spacing=mm(0.6))
    s.centred(mm(29), title, hei(7.0), spacing=mm(0.8))
    y: float = mm(44)
    if number:
        s.text(mm(27), y, f"案号：{number}", song(4.0))
        y += mm(8)
    widths = [mm(w) for w in cols]
    end = table(s, mm(27), y, widths, rows, song(3.9), row_h=mm(row_h), width=2)
    for r, value in (filled or {}).items():
        hx = mm(27) + sum(widths[:-1]) + mm(4)
        hand(s, hx, y + mm(row_h) * r + mm(row_h) * 0.22, value, rng, size=mm(4.6), ink=HAND_INK)
    y = end + mm(6)
    for line in notes or []:
        for part in wrap(line, song(3.5), mm(156)):
            s.text(mm(28), y, part, song(3.5))
            y += mm(5.8)
    if when:
        s.right(s.width - mm(32), y + mm(10), when, song(4.2))
        if seal_it:
            seal(s, s.width - mm(52), y + mm(10), COURT, rng, radius=mm(19))
    s.text(mm(27), s.height - mm(16), f"{printer}　打印", song(3.0))
    return s


def letter(title: str, lines: list[str], rng: random.Random, *, signer: str, when: str, org: str = "",
           kind: str = "photo", body: Font | None = None, top: float = 30) -> MSheet:
    """A party's paper (typed on an office printer): title, lines, the signer's hand and an organisation's seal."""
    s = MSheet(kind=kind)
    s.centred(mm(top), title, song_bold(7.4), spacing=mm(0.8))
    f = body or song(4.3)
    y = mm(top + 18)
    for text in lines:
        indent = mm(8.6) if len(text) > 34 else 0
        for k, part in enumerate(wrap(text, f, mm(154), indent=indent)):
            s.text(mm(28) + (indent if k == 0 else 0), y, part, f)
            y += mm(8.0)
    y += mm(10)
    if org:
        s.right(s.width - mm(30), y, org, f)
        seal(s, s.width - mm(60), y + mm(4), org, rng, radius=mm(19))
        y += mm(10)
    if signer:
        s.text(s.width - mm(96), y, "签名：", f)
        hand(s, s.width - mm(80), y - mm(2), signer, rng, size=mm(7), ink=(22, 22, 26))
        y += mm(11)
    s.right(s.width - mm(30), y, when, f)
    return s


# ---- phone screens ---------------------------------------------------------------------------------------------

SCREEN_W, SCREEN_H = 78.0, 169.0   # mm on the exported A4 page: a 9:19.5 phone screen


@dataclass
class Screen:
    """A phone screen being drawn inside an A4 sheet; `y` is where the next row goes."""

    sheet: MSheet
    x0: float
    y0: float
    w: float
    h: float
    y: float

    def row(self, label: str, value: str, *, size: float = 2.9, gap: float = 6.2, grey: int = 130) -> None:
        f = sans(size)
        self.sheet.text(self.x0 + mm(4), self.y, label, f, fill=(grey, grey, grey))
        right = self.x0 + self.w - mm(4)
        parts = wrap(value, f, self.w - mm(30)) or [""]
        for part in parts:
            self.sheet.right(right, self.y, part, f, fill=(30, 30, 30))
            self.y += mm(size * 1.5)
        self.y += mm(gap - size * 1.5)

    def para(self, text: str, *, size: float = 3.0, fill: tuple[int, int, int] = (34, 34, 34), x: float = 4,
             width: float = 0) -> None:
        f = sans(size)
        for part in wrap(text, f, (width or self.w - mm(2 * x))):
            self.sheet.text(self.x0 + mm(x), self.y, part, f, fill=fill)
            self.y += mm(size * 1.45)

    def centred(self, text: str, *, size: float = 3.2, fill: tuple[int, int, int] = (30, 30, 30), bold: bool = False) -> None:
        f = font("sans_bold" if bold else "sans", mm(size))
        self.sheet.centred(self.y, text, f, x0=self.x0, x1=self.x0 + self.w, fill=fill)
        self.y += mm(size * 1.6)

    def rule(self, colour: tuple[int, int, int] = (226, 226, 226)) -> None:
        self.sheet.line(self.x0 + mm(3), self.y, self.x0 + self.w - mm(3), self.y, width=1, fill=colour)
        self.y += mm(3)


def screen(app_title: str, rng: random.Random, *, clock: str = "", bar: tuple[int, int, int] = (247, 247, 247),
           title_fill: tuple[int, int, int] = (20, 20, 20), body: tuple[int, int, int] = (255, 255, 255),
           dark_status: bool = False) -> Screen:
    """An A4 page holding one screenshot: the phone's status bar, the app's title bar with its back arrow."""
    s = MSheet(kind="screen")
    w, h = mm(SCREEN_W), mm(SCREEN_H)
    x0, y0 = (s.width - w) / 2, mm(rng.uniform(22, 34))
    d = s.draw
    d.rectangle((x0, y0, x0 + w, y0 + h), fill=body)
    d.rectangle((x0 - 1, y0 - 1, x0 + w + 1, y0 + h + 1), outline=(205, 205, 205), width=1)
    status = bar if not dark_status else (16, 16, 16)
    d.rectangle((x0, y0, x0 + w, y0 + mm(6.5)), fill=status)
    ink = (250, 250, 250) if dark_status else (20, 20, 20)
    t = clock or f"{rng.randint(8, 22)}:{rng.randint(0, 59):02d}"
    s.text(x0 + mm(4), y0 + mm(1.4), t, font("sans_bold", mm(3.0)), fill=ink)
    bx = x0 + w - mm(4)
    battery = rng.randint(14, 96)
    d.rectangle((bx - mm(6.2), y0 + mm(2.0), bx, y0 + mm(4.6)), outline=ink, width=2)
    d.rectangle((bx - mm(6.2) + 3, y0 + mm(2.0) + 3, bx - mm(6.2) + 3 + (mm(6.2) - 6) * battery / 100, y0 + mm(4.6) - 3),
                fill=ink if battery > 20 else (220, 40, 40))
    s.right(bx - mm(7), y0 + mm(1.6), f"{battery}%", sans(2.5), fill=ink)
    s.right(bx - mm(15), y0 + mm(1.6), rng.choice(["5G", "4G", "5G", "HD 5G"]), font("sans_bold", mm(2.5)), fill=ink)
    sx = bx - mm(27)
    for i in range(4):
        d.rectangle((sx + i * mm(1.1), y0 + mm(4.6) - mm(0.8 + 0.55 * i), sx + i * mm(1.1) + mm(0.7), y0 + mm(4.6)), fill=ink)
    d.rectangle((x0, y0 + mm(6.5), x0 + w, y0 + mm(15)), fill=bar)
    d.line((x0 + mm(4), y0 + mm(10.7), x0 + mm(5.6), y0 + mm(9.1)), fill=title_fill, width=3)
    d.line((x0 + mm(4), y0 + mm(10.7), x0 + mm(5.6), y0 + mm(12.3)), fill=title_fill, width=3)
    s.centred(y0 + mm(8.6), app_title, font("sans_bold", mm(3.4)), x0=x0, x1=x0 + w, fill=title_fill)
    d.line((x0 + w * 0.35, y0 + h - mm(2.2), x0 + w * 0.65, y0 + h - mm(2.2)), fill=(30, 30, 30), width=5)
    return Screen(s, x0, y0, w, h, y0 + mm(19))


__all__ = ["CENTRE", "COURT", "HAND_INK", "RED", "SHORT", "Block", "MSheet", "Screen", "copy_stamp", "footer", "form",
           "hei", "letter", "ming", "sans", "screen", "song", "song_bold", "typeset", "wrap"]
