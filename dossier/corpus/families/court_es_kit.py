"""court_es (四川省遂宁市船山区人民法院) — the bureau's own papers. Two kinds: printed notices and rulings (song body,
black court name over a letter-spaced title, 文号 set right, the court's seal over the date, a "— n —" folio), and the
forms signed at the window's signing tablet: electronic forms rendered by the e-signing system at screen resolution
(96 dpi, anti-aliased system sans, hair-line grid), signed with a stylus (strokes whose width follows the pen's
pressure) and stamped with the electronic seal image the system pastes at a fixed place."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from PIL import Image, ImageDraw

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import Block, Sheet, flow, mm, seal
from dossier.corpus.fonts import font

SCREEN = (794, 1123)  # A4 at 96 dpi, as the e-signing system exports a page
E_RED = (228, 0, 18)
E_INK = (18, 18, 22)
GRID = (96, 96, 100)


@dataclass
class ESheet(Sheet):
    """A page exported by the e-signing system (96 dpi, born digital, never scanned)."""

    stamp: str = ""


def esheet() -> ESheet:
    return ESheet(size=SCREEN)


def _pen_path(rng: random.Random, x: float, y: float, w: float, h: float) -> list[tuple[float, float]]:
    """One stylus stroke: a few control points joined by a Catmull-Rom curve."""
    n = rng.randint(3, 6)
    pts = [(x + w * i / (n - 1) + rng.uniform(-w * 0.12, w * 0.12), y + rng.uniform(-h / 2, h / 2)) for i in range(n)]
    out: list[tuple[float, float]] = []
    for i in range(len(pts) - 1):
        p0, p1 = pts[max(i - 1, 0)], pts[i]
        p2, p3 = pts[i + 1], pts[min(i + 2, len(pts) - 1)]
        for k in range(48):
            t = k / 48
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * (2 * p1[j] + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                                    + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3) for j in range(2)))  # type: ignore[arg-type]
    out.append(pts[-1])
    return out


def stylus(s: Sheet, x: float, y: float, w: float, h: float, strokes: int, rng: random.Random,
           ink: tuple[int, int, int] = E_INK) -> None:
    """A signature written on the tablet: strokes swell and thin with the pen's pressure, rendered 4x and reduced
    (the system's anti-aliased vector ink)."""
    k = 4
    layer = Image.new("L", (int(w * k), int(h * k)), 0)
    d = ImageDraw.Draw(layer)
    glyph_w = w / max(strokes / 2.5, 1)
    cx = 0.0
    for i in range(strokes):
        sw = glyph_w * rng.uniform(0.4, 1.1)
        path = _pen_path(rng, cx * k, h * k * rng.uniform(0.35, 0.65), sw * k, h * k * 0.55)
        for j, (px, py) in enumerate(path):
            t = j / max(len(path) - 1, 1)
            pressure = 0.35 + 0.65 * math.sin(math.pi * t) ** 0.7  # light on touch-down and lift-off
            r = max(1.0, k * 1.9 * pressure)
            d.ellipse((px - r, py - r, px + r, py + r), fill=255)
        cx += glyph_w * rng.uniform(0.25, 0.55) if i % 2 else glyph_w * 0.1
        cx = min(cx, w - glyph_w * 0.5)
    small = layer.resize((int(w), int(h)), Image.Resampling.LANCZOS)
    s.image.paste(ink, (int(x), int(y)), small)


def e_seal(s: Sheet, cx: float, cy: float, name: str, number: str) -> None:
    """The electronic seal: a crisp, flat red image pasted unrotated at the system's fixed place (over the text)."""
    r = 80
    k = 3
    size = 2 * r * k + 8
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size / 2
    d.ellipse((c - r * k, c - r * k, c + r * k, c + r * k), outline=255, width=5 * k)
    pts = [(c + r * k * 0.26 * (1 if i % 2 == 0 else 0.38) * math.cos(math.radians(-90 + 36 * i)),
            c + r * k * 0.26 * (1 if i % 2 == 0 else 0.38) * math.sin(math.radians(-90 + 36 * i))) for i in range(10)]
    d.polygon(pts, fill=255)
    f = font("hei", int(r * k * 0.24))
    span = min(240.0, 21.0 * len(name))
    for i, ch in enumerate(name):
        a = -90 - span / 2 + span * (i + 0.5) / len(name)
        g = Image.new("L", (int(r * k * 0.34), int(r * k * 0.34)), 0)
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-(a + 90), resample=Image.Resampling.BICUBIC)
        layer.paste(255, (int(c + r * k * 0.72 * math.cos(math.radians(a)) - g.width / 2),
                          int(c + r * k * 0.72 * math.sin(math.radians(a)) - g.height / 2)), g)
    d.text((c, c + r * k * 0.62), number, font=font("hei", int(r * k * 0.12)), fill=255, anchor="mm")
    d.text((c, c + r * k * 0.4), "执行专用章", font=font("hei", int(r * k * 0.15)), fill=255, anchor="mm")
    mask = layer.resize((2 * r + 3, 2 * r + 3), Image.Resampling.LANCZOS).point(lambda v: int(v * 0.86))
    s.image.paste(E_RED, (int(cx - r), int(cy - r)), mask)


def e_form(c: CaseCtx, title: str, rows: Sequence[tuple[str, str]], signers: Sequence[str], signed_at: datetime,
           rng: random.Random, *, seal_it: bool = True, note: str = "") -> ESheet:
    """A window form as the e-signing system exports it."""
    s = esheet()
    small, body, head = font("microhei", 11), font("microhei", 14), font("microhei", 20)
    s.text(36, 18, "船山区人民法院 · 执行事务电子签章平台", small, fill=(110, 110, 118))
    s.right(758, 18, f"签章流水号 CS{signed_at:%Y%m%d}{rng.randint(100000, 999999)}", small, fill=(110, 110, 118))
    s.line(36, 36, 758, 36, width=1, fill=(160, 160, 168))
    s.centred(56, c.court.name, font("microhei", 17))
    s.centred(84, title, head, spacing=6)
    s.right(758, 120, c.number, body)
    y = 146
    x0, lab_w, x1 = 36, 168, 758
    for label, value in rows:
        lines = _lines(value, body, x1 - x0 - lab_w - 16)
        h = max(36, 10 + 21 * len(lines))
        s.draw.rectangle((x0, y, x0 + lab_w, y + h), fill=(242, 244, 248))
        s.box(x0, y, x1, y + h, width=1, outline=GRID)
        s.line(x0 + lab_w, y, x0 + lab_w, y + h, width=1, fill=GRID)
        s.centred(y + (h - 18) / 2, label, body, x0=x0, x1=x0 + lab_w)
        ty = y + (h - 21 * len(lines)) / 2 + 1
        for part in lines:
            s.text(x0 + lab_w + 8, ty, part, body)
            ty += 21
        y += h
    for who in signers:
        h = 78
        s.box(x0, y, x1, y + h, width=1, outline=GRID)
        s.line(x0 + lab_w, y, x0 + lab_w, y + h, width=1, fill=GRID)
        s.draw.rectangle((x0 + 1, y + 1, x0 + lab_w - 1, y + h - 1), fill=(242, 244, 248))
        s.centred(y + 28, who, body, x0=x0, x1=x0 + lab_w)
        stylus(s, x0 + lab_w + 20, y + 10, rng.randint(150, 230), 52, rng.randint(4, 8), rng)
        s.text(x1 - 200, y + h - 22, f"{signed_at:%Y-%m-%d %H:%M:%S}", small, fill=(90, 90, 96))
        y += h
    if note:
        y += 10
        for part in _lines(note, font("microhei", 12), x1 - x0):
            s.text(x0, y, part, font("microhei", 12))
            y += 18
    y += 26
    s.right(700, y, c.court.name, body)
    s.right(700, y + 26, cn_date(signed_at.date()), body)
    if seal_it:
        e_seal(s, 640, y + 12, c.court.name, f"5109030{rng.randint(100000, 999999)}")
    s.line(36, 1080, 758, 1080, width=1, fill=(160, 160, 168))
    s.text(36, 1088, f"本页由电子签名系统生成，签名数据已加密存证　设备 SQ-{rng.randint(1000, 9999)}", small,
           fill=(110, 110, 118))
    s.right(758, 1088, "第 1 页 / 共 1 页", small, fill=(110, 110, 118))
    return s


def _lines(text: str, f: object, width: float) -> list[str]:
    from dossier.corpus.draw import wrap
    return wrap(text, f, width) or [""]  # type: ignore[arg-type]


def e_record(c: CaseCtx, title: str, head: Sequence[str], qa: Sequence[str], signers: Sequence[str],
             when: datetime, rng: random.Random) -> list[Sheet]:
    """A 笔录 typed into the system and signed on the tablet page by page (signature strip at each page's foot)."""
    body, small = font("microhei", 14), font("microhei", 11)
    pages: list[ESheet] = []

    def new() -> tuple[ESheet, float]:
        s = esheet()
        s.text(48, 20, "船山区人民法院 · 执行事务电子签章平台", small, fill=(110, 110, 118))
        s.line(48, 38, 746, 38, width=1, fill=(160, 160, 168))
        if not pages:
            s.centred(56, c.court.name, font("microhei", 17))
            s.centred(84, title, font("microhei", 20), spacing=8)
            s.right(746, 120, c.number, body)
            pages.append(s)
            return s, 150.0
        pages.append(s)
        return s, 56.0

    s, y = new()
    for line in [*head, *qa, "（以上笔录经本人阅看，记录属实）"]:
        for part in _lines(line, body, 698):
            if y > 930:
                s, y = new()
            s.text(48, y, part, body)
            y += 25
    for n, p in enumerate(pages, 1):
        p.page_of = (n, len(pages))
        x = 48
        for who in signers:
            p.text(x, 962, f"{who}（签名）：", body)
            stylus(p, x + 10, 988, 150, 46, rng.randint(4, 7), rng)
            x += 240
        p.text(48, 1050, f"签名时间 {when:%Y-%m-%d %H:%M}", small, fill=(90, 90, 96))
        p.line(48, 1080, 746, 1080, width=1, fill=(160, 160, 168))
        p.right(746, 1088, f"第 {n} 页 / 共 {len(pages)} 页", small, fill=(110, 110, 118))
    return list(pages)


MARGIN = mm(28)


def printed(c: CaseCtx, title: str, blocks: Sequence[Block], rng: random.Random, *, number: str = "",
            day: date | None = None, seal_it: bool = True, to: str = "") -> list[Sheet]:
    """A printed paper of the bureau: court name, letter-spaced title, 文号, song body, seal over the date, folio."""
    body = font("song_gb", mm(5.4))
    lh = mm(9.6)
    sheets: list[Sheet] = []

    def more() -> tuple[Sheet, float]:
        sheets.append(Sheet())
        return sheets[-1], float(mm(30))

    s, y = more()
    s.centred(mm(24), c.court.name, font("serif_bold", mm(7.4)), spacing=mm(0.8))
    s.centred(mm(38), title, font("serif_bold", mm(9.5)), spacing=mm(4))
    y = mm(56)
    if number:
        s.right(s.width - MARGIN, y, number, body)
        y += mm(13)
    if to:
        s.text(MARGIN, y, to, body)
        y += lh
    width = s.width - 2 * MARGIN
    y = flow(s, [b for b in blocks if b[0] not in ("gap", "date", "sig")], body, x0=MARGIN, width=width, y=y,
             line_height=lh, indent=mm(11), bottom=s.height - mm(32), more=more)
    s = sheets[-1]
    if y > s.height - mm(80):
        s, y = more()
    y += mm(10)
    for kind, text in blocks:
        if kind == "sig":
            s.right(s.width - MARGIN - mm(10), y, text, body)
            y += lh
    when = day or c.day(3)
    y += mm(4)
    s.right(s.width - MARGIN - mm(6), y, cn_date(when), body)
    if seal_it:
        seal(s, s.width - MARGIN - mm(34), y + mm(2), c.court.name, rng)
    for n, sh in enumerate(sheets, 1):
        sh.centred(sh.height - mm(18), f"— {n} —", font("song_gb", mm(4.4)))
        if len(sheets) > 1:
            sh.page_of = (n, len(sheets))
    return sheets


def grid_paper(c: CaseCtx, title: str, rows: list[list[str]], cols: list[float], rng: random.Random, *,
               heading: str = "", foot: str = "") -> Sheet:
    """A printed archive form (封面, 目录, 复核表, 备考表) on the court's archive layout."""
    from dossier.corpus.draw import table
    s = Sheet()
    s.centred(mm(22), heading or c.court.name, font("serif", mm(6)))
    s.centred(mm(34), title, font("hei", mm(9)), spacing=mm(3))
    y = table(s, mm(20), mm(56), cols, rows, font("song_gb", mm(4.3)), row_h=mm(12.5), width=3, pad=mm(2))
    if foot:
        s.text(mm(22), y + mm(8), foot, font("song_gb", mm(4.3)))
    return s
