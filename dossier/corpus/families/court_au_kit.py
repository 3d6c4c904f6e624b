"""court_au's drawing kit (大庆市让胡路区人民法院): the bureau's typeset papers, its pre-printed grids, the
undertaker's red 已阅/已核 rubber stamps, a judge's 批示 in the margin, coloured index tabs stuck on the right edge,
and the grey of a photocopy for the parties' papers. Kept apart so the papers and the court's own documents share it."""

from __future__ import annotations

import random
from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import RED, Sheet, mm, seal, table, wrap
from dossier.corpus.fonts import Font, font
from dossier.corpus.paper import printable, scrawl, stamp

COURT = "黑龙江省大庆市让胡路区人民法院"
SHORT = "大庆市让胡路区人民法院"
BUREAU = "大庆市让胡路区人民法院执行局"
PEN_BLUE = (28, 42, 120)
PEN_BLACK = (30, 30, 36)
WAGE_SEQ, RIG_SEQ, PARTS_SEQ = 11236, 11507, 11874
"""案号序号 of the three dossiers: the 劳务 team's wages, the drilling-rig lease, the parts supplier's judgment"""
GARNISHEE = "大庆庆西油田开发有限公司第四采油厂"
"""the 采油厂 that owed the wage case's contractor for 作业 work (invented)"""
TAB_COLOURS = ((245, 200, 40), (90, 190, 235), (240, 120, 150), (130, 210, 110), (250, 150, 60))


def f(role: str, size_mm: float) -> Font:
    """A face at a size in millimetres (the kit's short name for font(role, mm(size)))."""
    return font(role, mm(size_mm))


def paragraph(s: Sheet, x0: float, x1: float, y: float, text: str, fo: Font, *, lead: float = 1.75,
              indent: bool = True) -> float:
    """A paragraph wrapped between x0 and x1 (first line indented two characters); returns the y below it."""
    ind = 2 * fo.size if indent else 0.0
    for i, part in enumerate(wrap(text, fo, x1 - x0, indent=ind)):
        s.text(x0 + (ind if i == 0 else 0), y, part, fo)
        y += fo.size * lead
    return y


def pages(paras: Sequence[tuple[str, str]], *, head: Head, rng: random.Random) -> list[Sheet]:
    """A typed paper over as many sheets as it needs: ("p", text) paragraphs, ("f", text) flush lines,
    ("r", text) right-set lines, ("gap", "") half a line. Later sheets carry no title. The caller signs below
    head.end_y and then numbers the pages (head.foot), so that a signature page of its own is counted."""
    body = f(head.body, head.body_mm)
    lh = body.size * head.lead
    sheets: list[Sheet] = [Sheet()]
    s = sheets[0]
    x0, x1 = mm(head.left), s.width - mm(head.right)
    y = head.draw(s, rng)
    bottom = s.height - mm(head.bottom)
    for kind, raw in paras:
        text = printable(head.body, raw)
        if kind == "gap":
            y += lh * 0.5
            continue
        if kind == "r":
            if y + lh > bottom:
                s = Sheet()
                sheets.append(s)
                y = float(mm(head.top_later))
            s.right(x1 - mm(8), y, text, body)
            y += lh
            continue
        ind = 2 * body.size if kind == "p" else 0.0
        for i, part in enumerate(wrap(text, body, x1 - x0, indent=ind)):
            if y + lh > bottom:
                s = Sheet()
                sheets.append(s)
                y = float(mm(head.top_later))
            s.text(x0 + (ind if i == 0 else 0), y, part, body)
            y += lh
    head.end_y = y
    return sheets


class Head:
    """How one author heads and numbers a typed paper: issuer line, spaced title, number line, footer."""

    def __init__(self, title: str, *, issuer: str = "", number: str = "", body: str = "serif", body_mm: float = 5.4,
                 title_face: str = "serif_bold", title_mm: float = 8.6, spacing_mm: float = 3.0, lead: float = 1.8,
                 left: float = 30, right: float = 26, top: float = 32, bottom: float = 30,
                 number_at: str = "right", footer: str = "none", red_issuer: bool = False) -> None:
        self.title, self.issuer, self.number = title, issuer, number
        self.body, self.body_mm, self.title_face, self.title_mm = body, body_mm, title_face, title_mm
        self.spacing_mm, self.lead, self.left, self.right = spacing_mm, lead, left, right
        self.top, self.bottom, self.top_later = top, bottom, top - 8
        self.number_at, self.footer, self.red_issuer = number_at, footer, red_issuer
        self.end_y = 0.0

    def draw(self, s: Sheet, rng: random.Random) -> float:
        y = float(mm(self.top))
        if self.issuer:
            if self.red_issuer:
                s.centred(y, self.issuer, f("song_gb", self.title_mm * 1.15), fill=RED, spacing=mm(0.8))
                y += mm(self.title_mm * 1.15) * 1.45
                s.line(mm(self.left - 4), y, s.width - mm(self.right - 4), y, width=4, fill=RED)
                y += mm(8)
            else:
                s.centred(y, self.issuer, f(self.title_face, self.title_mm * 0.82), spacing=mm(0.6))
                y += mm(self.title_mm) * 1.5
        tf = f(self.title_face, self.title_mm)
        s.centred(y, self.title, tf, spacing=mm(self.spacing_mm))
        y += tf.size * 1.8
        if self.number:
            nf = f(self.body, self.body_mm)
            if self.number_at == "right":
                s.right(s.width - mm(self.right), y, self.number, nf)
            else:
                s.centred(y, self.number, nf)
            y += nf.size * 2.1
        return y

    def foot(self, sheets: list[Sheet]) -> None:
        m = len(sheets)
        ff = f(self.body, 3.8)
        for n, sh in enumerate(sheets, 1):
            fy = sh.height - mm(self.bottom) + mm(12)
            if self.footer == "n_of_m":
                sh.centred(fy, f"第{n}页 共{m}页", ff)
                sh.page_of = (n, m)
            elif self.footer == "dash" and m > 1:
                sh.centred(fy, f"- {n} -", ff)
            elif self.footer == "slash":
                sh.right(sh.width - mm(self.right), fy, f"{n}/{m}", ff)
                sh.page_of = (n, m)


def sign_block(s: Sheet, y: float, names: Sequence[tuple[str, str]], day: str, rng: random.Random, *,
               body: str = "serif", size: float = 5.4, seal_name: str = "", right_mm: float = 34) -> float:
    """Right-set 审判员/执行员/书记员 lines and the date, the seal over the date."""
    fo = f(body, size)
    x1 = s.width - mm(right_mm)
    for role, name in names:
        s.right(x1, y, f"{role}　　{name}", fo)
        y += fo.size * 1.9
    y += fo.size * 0.4
    x = s.right(x1, y, day, fo)
    if seal_name:
        seal(s, x + fo.getlength(day) / 2 + rng.uniform(-mm(6), mm(6)), y + rng.uniform(-mm(4), mm(4)), seal_name, rng)
    return y + fo.size * 2.2


def grid(s: Sheet, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]], *, face: str = "serif",
         size: float = 4.4, heights: float | Sequence[float] = 13.0, width: int = 2) -> tuple[float, list[float]]:
    """A printed grid (row heights in mm); returns the y below it and each row's top."""
    hs = [mm(h) for h in (heights if isinstance(heights, Sequence) else [heights] * len(rows))]
    tops = [y + sum(hs[:i]) for i in range(len(rows))]
    end = table(s, x, y, cols, rows, f(face, size), row_h=hs, width=width, centre_first=True)
    return end, tops


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: float = 5.0,
         ink: tuple[int, int, int] = PEN_BLUE, face: str = "kai", width: float = 0.0) -> float:
    """Handwritten fill; wraps when a width is given; returns the y below the last line."""
    if not width:
        scrawl(s, x, y, text, rng, role=face, size=mm(size), ink=ink)
        return y + mm(size) * 1.4
    per = max(4, int(width / (mm(size) * 0.98)))
    for k in range(0, len(text), per):
        scrawl(s, x, y, text[k:k + per], rng, role=face, size=mm(size), ink=ink)
        y += mm(size) * 1.45
    return y


def read_stamp(s: Sheet, rng: random.Random, word: str, who: str, day: str) -> None:
    """The undertaker's small red rubber stamp (已阅 or 已核, his name and the date written into it) in a margin."""
    x = rng.uniform(mm(120), mm(160))
    y = rng.choice([rng.uniform(mm(5), mm(12)), rng.uniform(s.height - mm(30), s.height - mm(20))])
    stamp(s, x, y, [word], rng, size_mm=6.0, face="hei")
    scrawl(s, x + mm(24), y + mm(2), f"{who} {day}", rng, role="kai", size=mm(4.2), ink=RED)


def margin_note(s: Sheet, rng: random.Random, note: str, who: str) -> None:
    """A judge's 批示 written down the left margin in pencil-black ink, signed, as it is done on the working copy."""
    x = rng.uniform(mm(5), mm(9))
    y = rng.uniform(mm(70), mm(120))
    for ch in note + "。" + who:
        scrawl(s, x, y, ch, rng, role="kai", size=mm(5.2), ink=(60, 60, 70), slant=4)
        y += mm(6.2)
    s.line(x + mm(6.5), y - mm(4), x + mm(6.5), y + mm(6), width=2, fill=(60, 60, 70))


def index_tab(s: Sheet, rng: random.Random, word: str) -> None:
    """A coloured paper tab (标签) stuck on the first page's right edge, a word written on it in marker."""
    colour = rng.choice(TAB_COLOURS)
    h, w = mm(rng.uniform(30, 40)), mm(rng.uniform(13, 16))
    y = rng.uniform(mm(55), s.height - mm(110))
    x = s.width - w
    layer = Image.new("RGB", (w, int(h)), colour)
    d = ImageDraw.Draw(layer)
    d.line((0, 0, 0, h), fill=tuple(max(0, v - 60) for v in colour), width=3)
    s.image.paste(layer, (int(x), int(y)))
    cy = y + mm(3)
    for ch in word:
        scrawl(s, x + mm(3), cy, ch, rng, role="kai", size=mm(6.5), ink=(20, 20, 25), slant=3)
        cy += mm(7.2)


def photocopy(s: Sheet, rng: random.Random, *, dark: float = 0.0) -> None:
    """The grey of a photocopy: toner on the whole sheet a little heavier, a grey cast, speckles, a darker band
    where the copier's lid did not close."""
    a = np.asarray(s.image.convert("L"), dtype=np.float32)
    a = 255 - (255 - a) * rng.uniform(1.05, 1.25)
    tone = rng.uniform(228, 242) - dark
    a = np.minimum(a, tone)
    g = np.random.default_rng(rng.randint(0, 2**31))
    spots = g.random(a.shape) < rng.uniform(0.0004, 0.0015)
    a[spots] = g.uniform(40, 120, int(spots.sum()))
    if rng.random() < 0.6:
        band = int(a.shape[1] * rng.uniform(0.02, 0.05))
        side = rng.choice([0, 1])
        ramp = np.linspace(rng.uniform(90, 140), tone, band)
        if side:
            a[:, -band:] = np.minimum(a[:, -band:], ramp[::-1][None, :])
        else:
            a[:, :band] = np.minimum(a[:, :band], ramp[None, :])
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    s.image = im.convert("RGB")


def copy_mark(s: Sheet, rng: random.Random, who: str) -> None:
    """The party's 与原件一致 mark over a copy: words in hand and a signature, sometimes in red ink."""
    x, y = rng.uniform(mm(110), mm(140)), rng.uniform(s.height - mm(70), s.height - mm(45))
    ink = rng.choice([PEN_BLUE, (170, 30, 30)])
    scrawl(s, x, y, "此复印件与原件一致", rng, role="kai", size=mm(5.5), ink=ink)
    scrawl(s, x + mm(20), y + mm(9), who, rng, role="kai", size=mm(6.5), ink=ink)


def story(c: CaseCtx) -> str:
    """wage | rig | parts, by the case number's sequence."""
    seq = int(c.number.split("执")[-1].rstrip("号"))
    return {WAGE_SEQ: "wage", RIG_SEQ: "rig"}.get(seq, "parts")
