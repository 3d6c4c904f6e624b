"""The online filing platform's converter, as 浉河法院's uploads went through it (河南法院诉讼服务网 / 移动微法院 在线立案).

A party's Word or WPS file is opened on the platform's server, which has none of the fonts the sender used (方正小标宋,
仿宋_GB2312, 楷体_GB2312, Times New Roman): it sets the Chinese text in whatever face it falls back to — often a
GB 2312 Song or Kai that lacks the rarer characters (浉 of 浉河区, the 〇 of 二〇二四, a 喆 in a name), which come out as
the font's missing-glyph box — and the digits and Latin letters in a Western face of other widths on a baseline of its
own. It ignores the sender's character grid and fixed line spacing, so the lines wrap where the sender never broke
them: a paragraph the sender typed with a hard return at each line end leaves a stub of one or two characters on every
other line; a date pushed to the right with full-width spaces falls onto the next line at the left. A title's bold is
kept by a synthetic stroke, or lost. Pictures pasted in the file (a phone screenshot, an electronic seal) keep their
own pixels. Every page is then rasterised clean."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont

from dossier.corpus.draw import INK, Sheet, mm
from dossier.corpus.families.court_fg_kit import Page
from dossier.corpus.fonts import PATHS, Font, font

DROID = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
WEST = {"sans": "DejaVuSans.ttf", "serif": "DejaVuSerif.ttf", "cond": "DejaVuSansCondensed.ttf"}
MISSING = "□"
"""how a missing glyph is recorded in the page's text: the box the page shows"""


def _path(role: str) -> tuple[str, int]:
    return (DROID, 0) if role == "droid" else PATHS[role]


@cache
def coverage(role: str) -> frozenset[int]:
    path, index = _path(role)
    tt = TTFont(path, fontNumber=index, lazy=True)
    return frozenset(tt.getBestCmap())


@cache
def cjk(role: str, px: int) -> Font:
    if role == "droid":
        return ImageFont.truetype(DROID, px)
    return font(role, px)


@cache
def west(kind: str, px: int) -> Font:
    return ImageFont.truetype(DEJAVU + WEST[kind], px)


@dataclass(frozen=True)
class Server:
    """How the converter set one uploaded file."""

    face: str          # the CJK face it fell back to: song_gb | kai_gb | ming | droid | microhei
    latin: str         # the Western face for Times New Roman / 仿宋's digits: sans | serif | cond
    px: int            # body size in px at 200 dpi
    leading: float     # the leading it used (the sender's 固定值 lost)
    bold_kept: bool    # the title's bold kept by a synthetic stroke, or lost
    overflow: int      # characters the sender's grid fitted on a line beyond what the converter fits
    top: float = mm(25.4)
    left: float = mm(31.8)
    right: float = mm(31.8)
    bottom: float = mm(25.4)
    folio: bool = True
    header: str = ""   # the sender's running header (a firm's name), set over a hairline

    @property
    def width(self) -> float:
        return Page().width - self.left - self.right


def server(rng: random.Random, *, gb: bool | None = None) -> Server:
    """A converter setting: most files fall back to a GB 2312 face (boxes for what it lacks), some to a wider one."""
    gbface = rng.random() < 0.7 if gb is None else gb
    face = rng.choice(["song_gb", "song_gb", "kai_gb"]) if gbface else rng.choice(["ming", "droid", "microhei"])
    return Server(face=face, latin=rng.choice(["sans", "serif", "cond"]), px=mm(rng.uniform(5.3, 5.8)),
                  leading=rng.uniform(1.45, 1.75), bold_kept=rng.random() < 0.45, overflow=rng.randint(1, 2),
                  folio=rng.random() < 0.7)


class Setter:
    """Draws text as the converter did: CJK in the fallback face, ASCII in the Western face on the same baseline,
    a missing-glyph box for what the fallback lacks; records the text as the page shows it."""

    def __init__(self, face: str, latin: str, px: int) -> None:
        self.face, self.latin, self.px = face, latin, px
        self.cf = cjk(face, px)
        self.wf = west(latin, round(px * 0.92))
        self.have = coverage(face)
        self.ascent = self.cf.getmetrics()[0]

    def kind(self, ch: str) -> str:
        if " " <= ch <= "~":
            return "w"
        return "c" if ord(ch) in self.have else "x"

    def shown(self, s: str) -> str:
        return "".join(MISSING if self.kind(ch) == "x" else ch for ch in s)

    def runs(self, s: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for ch in s:
            k = self.kind(ch)
            if out and out[-1][0] == k and k != "x":
                out[-1] = (k, out[-1][1] + ch)
            else:
                out.append((k, ch))
        return out

    def length(self, s: str) -> float:
        total = 0.0
        for k, t in self.runs(s):
            total += self.wf.getlength(t) if k == "w" else (self.px if k == "x" else self.cf.getlength(t))
        return total

    def draw(self, sheet: Sheet, x: float, y: float, s: str, *, stroke: int = 0,
             fill: tuple[int, int, int] = INK) -> float:
        """`s` at (x, y) (top left of the line); returns its width."""
        shown = self.shown(s).strip("　 ")
        if shown:
            sheet.lines.append(shown)
        d = ImageDraw.Draw(sheet.image)
        base = y + self.ascent
        cx = x
        for k, t in self.runs(s):
            if k == "x":
                lw = max(2, self.px // 20)
                d.rectangle((cx + self.px * 0.14, base - self.px * 0.8, cx + self.px * 0.84, base + self.px * 0.04),
                            outline=fill, width=lw)
                cx += self.px
                continue
            f = self.wf if k == "w" else self.cf
            d.text((cx, base), t, font=f, fill=fill, anchor="ls", stroke_width=stroke, stroke_fill=fill)
            cx += f.getlength(t)
        return cx - x

    def wrap(self, s: str, width: float, *, indent: float = 0.0) -> list[str]:
        lines: list[str] = []
        cur = ""
        limit = width - indent
        for ch in s:
            if cur and self.length(cur + ch) > limit:
                if ch in "，。、；：）”》！？" and len(cur) > 1:
                    lines.append(cur[:-1])
                    cur = cur[-1]
                else:
                    lines.append(cur)
                    cur = ""
                limit = width
            cur += ch
        if cur or not lines:
            lines.append(cur)
        return lines


Block = tuple[str, Any]
"""(kind, payload) of an uploaded file: title, c (centred), p (paragraph), hard (a paragraph the sender broke by
hand at each line end), f (flush), rs (a line pushed right with full-width spaces), gap, img (a pasted picture:
(Image, width in mm, recorded lines)), seal (an electronic seal pasted over the line above: name), table
(a Word table: (column fractions, rows))."""


def render(blocks: Sequence[Block], srv: Server, rng: random.Random) -> list[Page]:
    """The converter's pages of one uploaded file."""
    body = Setter(srv.face, srv.latin, srv.px)
    lh = srv.px * srv.leading
    probe = Page()
    x0, x1 = srv.left, probe.width - srv.right
    bottom = probe.height - srv.bottom
    pages = [Page(origin="converted")]
    s = pages[0]
    y = float(srv.top)
    per_line = int(srv.width // srv.px)   # what the sender's grid held at this size, before the overflow

    def room(h: float) -> None:
        nonlocal s, y
        if y + h > bottom:
            s = Page(origin="converted")
            pages.append(s)
            y = float(srv.top)

    def para(text: str, indent: float) -> None:
        nonlocal y
        for k, part in enumerate(body.wrap(text, srv.width, indent=indent)):
            room(lh)
            body.draw(s, x0 + (indent if k == 0 else 0), y, part)
            y += lh

    for kind, payload in blocks:
        if kind == "title":
            text = str(payload)
            t = Setter(srv.face, srv.latin, round(srv.px * 1.55))
            room(t.px * 2)
            w = t.length(text) + mm(1.5) * (len(text) - 1)
            cx = (probe.width - w) / 2
            shown = t.shown(text)
            s.lines.append(shown)
            for ch in text:  # the sender's 字间距 kept as it was set, in the fallback face
                t.draw(s, cx, y, ch, stroke=1 if srv.bold_kept else 0)
                s.lines.pop()
                cx += t.length(ch) + mm(1.5)
            y += t.px * 2.0
        elif kind == "c":
            text = str(payload)
            room(lh)
            body.draw(s, (probe.width - body.length(text)) / 2, y, text)
            y += lh
        elif kind == "p":
            para(str(payload), 2 * srv.px)
        elif kind == "f":
            para(str(payload), 0.0)
        elif kind == "hard":
            text = str(payload)
            n = per_line + srv.overflow
            first = n - 2
            chunks = [text[:first]] + [text[i:i + n] for i in range(first, len(text), n)]
            for k, chunk in enumerate(c for c in chunks if c):
                para(chunk, 2 * srv.px if k == 0 else 0.0)
        elif kind == "rs":
            text = str(payload)
            pad = max(0, per_line + srv.overflow - len(text) - 2)
            para("　" * pad + text, 0.0)
        elif kind == "gap":
            y += lh * 0.6
        elif kind == "img":
            img, width_mm, lines = payload
            w = mm(float(width_mm))
            h = round(img.height * w / img.width)
            room(h + lh * 0.5)
            pic = img.convert("RGB").resize((w, h), Image.Resampling.LANCZOS)
            s.image.paste(pic, (int((probe.width - w) / 2), int(y)))
            s.lines.extend(str(t) for t in lines)
            y += h + lh * 0.5
        elif kind == "seal":
            from dossier.corpus.draw import seal
            seal(s, x1 - mm(48) + rng.uniform(-mm(6), mm(6)), y - lh * 1.6, str(payload), rng)
        elif kind == "table":
            fracs, rows = payload
            cols = [srv.width * float(f) for f in fracs]
            room(_table_height(body, srv.width, cols, rows, lh))
            y = _table(s, body, x0, y, srv.width, cols, rows, lh)
    if srv.header:
        hs = Setter(srv.face, srv.latin, round(srv.px * 0.72))
        for pg in pages:
            hs.draw(pg, (probe.width - hs.length(srv.header)) / 2, srv.top - mm(14), srv.header)
            pg.line(x0, srv.top - mm(6.5), x1, srv.top - mm(6.5), width=1)
    m = len(pages)
    if srv.folio:
        fs = Setter(srv.face, srv.latin, round(srv.px * 0.75))
        for n, pg in enumerate(pages, 1):
            label = f"第 {n} 页 共 {m} 页"
            fs.draw(pg, (probe.width - fs.length(label)) / 2, probe.height - srv.bottom + mm(8), label)
            pg.page_of = (n, m)
    return pages


def _spans(width: float, cols: list[float], row: Sequence[str]) -> list[float]:
    return [*cols[:len(row) - 1], width - sum(cols[:len(row) - 1])]


def _table_height(body: Setter, width: float, cols: list[float], rows: Sequence[Sequence[str]], lh: float) -> float:
    pad = mm(1.8)
    return sum(max(len(body.wrap(cell, w - 2 * pad)) if cell else 1 for cell, w in zip(row, _spans(width, cols, row),
                                                                                       strict=True)) * lh + pad * 1.2
               for row in rows)


def _table(s: Sheet, body: Setter, x: float, y: float, width: float, cols: list[float], rows: Sequence[Sequence[str]],
           lh: float) -> float:
    """A Word table as the converter set it: each row as tall as its re-wrapped cells need."""
    pad = mm(1.8)
    for row in rows:
        spans = _spans(width, cols, row)
        wrapped = [body.wrap(cell, w - 2 * pad) if cell else [""] for cell, w in zip(row, spans, strict=True)]
        h = max(len(p) for p in wrapped) * lh + pad * 1.2
        cx = x
        s.box(x, y, x + width, y + h, width=2)
        for k, (parts, w) in enumerate(zip(wrapped, spans, strict=True)):
            if k:
                s.line(cx, y, cx, y + h, width=2)
            ty = y + pad * 0.6 + (lh - body.px) / 2
            for part in parts:
                if part:
                    body.draw(s, cx + pad, ty, part)
                ty += lh
            cx += w
        y += h
    return y + lh * 0.5


def screenshot(title: str, rows: Sequence[tuple[str, str]], rng: random.Random, *, banner: str = "",
               accent: tuple[int, int, int] = (22, 119, 255), clock: str = "") -> tuple[Image.Image, list[str]]:
    """A phone screenshot (1080 px wide): status bar, the app's title bar, an optional banner (交易成功 …) and
    label/value rows; its own fonts, since it is pixels. Returns the image and its text in reading order."""
    w = 1080
    h = 300 + (190 if banner else 0) + 110 * len(rows) + 120
    img = Image.new("RGB", (w, h), (245, 246, 248))
    d = ImageDraw.Draw(img)
    lines: list[str] = []
    sans, sansb = font("sans", 40), font("sans_bold", 50)
    now = clock or f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}"
    d.text((50, 30), now, font=font("sans_bold", 38), fill=(20, 20, 20))
    d.text((w - 230, 30), "5G", font=font("sans_bold", 34), fill=(20, 20, 20))
    d.rectangle((w - 140, 38, w - 70, 68), outline=(20, 20, 20), width=3)
    d.rectangle((w - 136, 42, w - 136 + rng.randint(20, 62), 64), fill=(20, 20, 20))
    d.rectangle((0, 110, w, 250), fill=(255, 255, 255))
    d.text((50, 150), "〈", font=sansb, fill=(60, 60, 60))
    d.text((w / 2, 180), title, font=sansb, fill=(20, 20, 20), anchor="mm")
    lines.append(title)
    y = 280
    if banner:
        d.rectangle((0, y, w, y + 170), fill=(255, 255, 255))
        d.ellipse((w / 2 - 38, y + 16, w / 2 + 38, y + 92), fill=accent)
        d.line((w / 2 - 18, y + 55, w / 2 - 4, y + 70, w / 2 + 20, y + 40), fill=(255, 255, 255), width=8)
        d.text((w / 2, y + 130), banner, font=font("sans_bold", 46), fill=(20, 20, 20), anchor="mm")
        lines.append(banner)
        y += 190
    d.rectangle((0, y, w, y + 110 * len(rows) + 20), fill=(255, 255, 255))
    y += 20
    for label, value in rows:
        d.text((50, y + 25), label, font=sans, fill=(130, 130, 135))
        vw = sans.getlength(value)
        if vw > w - 380:  # a long value goes under its label's column, in two lines
            half = len(value) // 2
            d.text((w - 50, y + 4), value[:half], font=font("sans", 36), fill=(25, 25, 25), anchor="ra")
            d.text((w - 50, y + 50), value[half:], font=font("sans", 36), fill=(25, 25, 25), anchor="ra")
        else:
            d.text((w - 50, y + 25), value, font=sans, fill=(25, 25, 25), anchor="ra")
        lines.append(f"{label} {value}")
        d.line((50, y + 108, w - 50, y + 108), fill=(232, 232, 236), width=2)
        y += 110
    return img, lines
