"""court_hx's press (西藏自治区林芝市巴宜区人民法院执行局): the bureau prints its papers bilingual as Tibet's courts do —
the court's name in Tibetan script (Noto Serif Tibetan, bold) above the Chinese name in bold Noto serif, the title in
large letter-spaced bold serif with its Tibetan rendering in a smaller line under it, the case number set right over a
thin hairline across the measure, the body in Noto serif ragged right, signers and the Chinese-numeral date at the
lower right under a round seal whose foot carries the court's name in Tibetan, "第n页　共m页" centred at the foot.

Its blank forms (receipts of service, approval and review forms, the window's forms) are older: cut on a stencil and
run off the bureau's duplicator (油印) in blue-violet ink that lies unevenly, spreads, and leaves smudges; they are
filled in ballpoint. The finance window's receipts are handwritten through carbon paper (复写): the copy filed is
the second leaf, on tinted paper, its writing bluish and blurred."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFont

from dossier.corpus.content import CaseCtx, cn_date
from dossier.corpus.draw import RED, Sheet, hand, mm, seal, text_width, wrap
from dossier.corpus.fonts import Font, font

COURT = "西藏自治区林芝市巴宜区人民法院"
COURT_BO = "བོད་རང་སྐྱོང་ལྗོངས་ཉིང་ཁྲི་གྲོང་ཁྱེར་བྲག་ཡིབ་ཆུས་མི་དམངས་ཁྲིམས་ཁང་།"
SEAL_BO = "བྲག་ཡིབ་ཆུས་ཁྲིམས་ཁང་།"
MID = "西藏自治区林芝市中级人民法院"
MID_BO = "བོད་རང་སྐྱོང་ལྗོངས་ཉིང་ཁྲི་གྲོང་ཁྱེར་བར་འགྲིང་མི་དམངས་ཁྲིམས་ཁང་།"
TIBETAN = "/usr/share/fonts/truetype/noto/NotoSerifTibetan-Regular.ttf"
TIBETAN_BOLD = "/usr/share/fonts/truetype/noto/NotoSerifTibetan-Bold.ttf"
TITLE_BO = {
    "受理案件通知书": "གྲོས་གཞི་དང་ལེན་བྱས་པའི་བརྡ་ཐོ།",
    "交纳执行费通知书": "ལག་བསྟར་གླ་ཆ་སྤྲོད་པའི་བརྡ་ཐོ།",
    "执行通知书": "ལག་བསྟར་བརྡ་ཐོ།",
    "报告财产令": "རྒྱུ་ནོར་སྙན་སེང་བྱེད་པའི་བཀའ་ཕབ།",
    "执行裁定书": "ལག་བསྟར་ཐག་གཅོད་ཡིག་ཆ།",
    "协助执行通知书": "ལག་བསྟར་ལ་རོགས་རམ་བྱེད་པའི་བརྡ་ཐོ།",
    "结案通知书": "གྲོས་གཞི་མཇུག་སྒྲིལ་བའི་བརྡ་ཐོ།",
    "送达回证": "ཡིག་ཆ་སྐྱེལ་བའི་ལན་འཛིན།",
    "谈话笔录": "གླེང་མོལ་ཟིན་ཐོ།",
    "执行案件结案审批表": "ལག་བསྟར་གྲོས་གཞི་མཇུག་སྒྲིལ་ཞིབ་བཤེར་རེའུ་མིག",
    "执行卷宗": "ལག་བསྟར་ཡིག་ཚགས།",
    "卷内目录": "ཡིག་ཚགས་ནང་གི་དཀར་ཆག",
    "卷宗归档复核表": "ཡིག་ཚགས་ཉར་ཚགས་བསྐྱར་ཞིབ་རེའུ་མིག",
    "备考表": "ཟུར་མཆན་རེའུ་མིག",
    "财产申报表": "རྒྱུ་ནོར་སྙན་ཞུའི་རེའུ་མིག",
    "民事判决书": "དམངས་སྲིད་ཁྲིམས་ཐག་གཅོད་ཡིག་ཆ།",
    "生效证明书": "ནུས་པ་ཐོན་པའི་ར་སྤྲོད་ཡིག་ཆ།",
}
LEFT, RIGHT, TOP, BOTTOM = mm(30), mm(26), mm(24), mm(30)
STENCIL = (76, 52, 146)
"""the duplicator's blue-violet ink"""
CARBON = (44, 62, 168)
"""what the carbon paper leaves on the second leaf"""
BALLPOINT = (24, 34, 118)
BLACK = (22, 22, 26)


@cache
def bo(size: int, bold: bool = False) -> Font:
    """Noto Serif Tibetan, loaded directly (the shared font table has no Tibetan role)."""
    return ImageFont.truetype(TIBETAN_BOLD if bold else TIBETAN, size=size)


def serif(size: int = 41) -> Font:
    return font("serif", size)


def bold(size: int) -> Font:
    return font("serif_bold", size)


@dataclass
class Column:
    """A paper running down its sheets, ragged right."""

    sheets: list[Sheet]
    y: float
    left: float = LEFT
    right: float = RIGHT
    paper: tuple[int, int, int] = (255, 255, 255)

    @property
    def s(self) -> Sheet:
        return self.sheets[-1]

    @property
    def width(self) -> float:
        return self.s.width - self.left - self.right

    def room(self, h: float) -> None:
        if self.y + h > self.s.height - BOTTOM:
            self.sheets.append(Sheet(paper=self.paper))
            self.y = TOP + mm(6)

    def para(self, text: str, f: Font, *, lead: float, first: float = 0.0, hang: float = 0.0,
             fill: tuple[int, int, int] = BLACK) -> None:
        for k, part in enumerate(wrap(text, f, self.width - hang, indent=first - hang if first else 0.0)):
            self.room(lead)
            self.s.text(self.left + (first if k == 0 else hang), self.y, part, f, fill=fill)
            self.y += lead


def bilingual_seal(s: Sheet, cx: float, cy: float, rng: random.Random, *, name: str = COURT, name_bo: str = SEAL_BO,
                   radius: float = mm(21)) -> None:
    """The court's round seal, its Chinese name on the arc and the Tibetan name straight across its foot."""
    seal(s, cx, cy, name, rng, radius=radius)
    f = bo(int(radius * 0.2), True)
    w = int(text_width(name_bo, f)) + 10
    layer = Image.new("L", (w, int(radius * 0.5)), 0)
    ImageDraw.Draw(layer).text((5, 2), name_bo, font=f, fill=255)
    layer = layer.resize((int(radius * 1.15), layer.height))
    x, y = int(cx - layer.width / 2), int(cy + radius * 0.36)
    under = s.image.crop((x, y, x + layer.width, y + layer.height))
    colour = Image.new("RGB", layer.size, (RED[0], RED[1] + 8, RED[2] + 12))
    under.paste(ImageChops.multiply(under, colour), (0, 0), layer.point(lambda v: int(v * 0.8)))
    s.image.paste(under, (x, y))


def court_head(s: Sheet, title: str, *, court: str = COURT, court_bo: str = COURT_BO, y: float = TOP) -> float:
    """Tibetan court name, Chinese court name, the letter-spaced title and its Tibetan line. Returns the y below."""
    s.centred(y, court_bo, bo(34, True))
    s.centred(y + 66, court, bold(50), spacing=4)
    gap = {2: 120, 3: 80, 4: 50, 5: 30, 6: 16}.get(len(title), 6)
    s.centred(y + 146, title, bold(78), spacing=gap)
    s.centred(y + 250, TITLE_BO.get(title, TITLE_BO["执行裁定书"]), bo(30))
    return y + 318


def court_doc(c: CaseCtx, rng: random.Random, title: str, paras: Sequence[tuple[str, str]], *, day: date,
              signers: Sequence[tuple[str, str]] = (), number: str = "", court: str = COURT,
              court_bo: str = COURT_BO) -> list[Sheet]:
    """A typed paper of the bureau. paras: ("to", addressee), ("p", paragraph), ("h", party line, hanging), ("n", note)."""
    s = Sheet()
    y = court_head(s, title, court=court, court_bo=court_bo)
    f = serif(41)
    s.right(s.width - RIGHT, y, number or c.number, serif(38))
    s.line(LEFT, y + 58, s.width - RIGHT, y + 58, width=1)
    col = Column([s], y + 92)
    for kind, text in paras:
        if kind == "to":
            col.para(text, f, lead=70)
        elif kind == "h":
            col.para(text, f, lead=70, hang=f.size * 2)
        elif kind == "n":
            col.para(text, serif(34), lead=56)
        else:
            col.para(text, f, lead=70, first=f.size * 2)
    col.room(80 * len(signers) + 250)
    last = col.s
    yy = col.y + 50
    x = last.width - RIGHT - mm(70)
    for role, name in signers:
        last.text(x, yy, role, f, spacing=10 if len(role) < 4 else 0)
        last.text(x + mm(32), yy, name, f)
        yy += 76
    when = cn_date(day)
    xr = last.width - RIGHT - mm(6)
    last.right(xr, yy + 30, when, f)
    bilingual_seal(last, xr - text_width(when, f) / 2, yy + 40, rng)
    return folio(col.sheets)


def folio(sheets: Sequence[Sheet]) -> list[Sheet]:
    n = len(sheets)
    if n > 1:
        for i, sh in enumerate(sheets, 1):
            sh.centred(sh.height - mm(16), f"第{i}页　共{n}页", serif(30))
            if i > 1:
                sh.page_of = (i, n)
    return list(sheets)


def ruled(s: Sheet, x: float, y: float, cols: Sequence[float], rows: Sequence[Sequence[str]], f: Font, *,
          heights: float | Sequence[float], ink: tuple[int, int, int] = STENCIL,
          centre: Sequence[int] = (0,)) -> list[list[tuple[float, float, float, float]]]:
    """A ruled form in one ink; a short row's last cell runs to the right edge. Returns the boxes row by row."""
    hs = [heights] * len(rows) if isinstance(heights, (int, float)) else list(heights)
    total = sum(cols)
    out: list[list[tuple[float, float, float, float]]] = []
    cy = y
    for row, h in zip(rows, hs, strict=True):
        cx = x
        line: list[tuple[float, float, float, float]] = []
        for k, cell in enumerate(row):
            w = total - (cx - x) if k == len(row) - 1 else cols[k]
            s.box(cx, cy, cx + w, cy + h, width=2, outline=ink)
            if cell:
                parts = wrap(cell, f, w - 16)
                ty = cy + (h - f.size * 1.3 * len(parts)) / 2 + 3
                for part in parts:
                    if k in centre:
                        s.centred(ty, part, f, x0=cx, x1=cx + w, fill=ink)
                    else:
                        s.text(cx + 9, ty, part, f, fill=ink)
                    ty += f.size * 1.3
            line.append((cx, cy, cx + w, cy + h))
            cx += w
        out.append(line)
        cy += h
    return out


def stencil_head(s: Sheet, title: str, *, y: float = TOP, issuer: str = COURT) -> float:
    """A duplicated form's head, cut on the stencil: Tibetan and Chinese issuer, the title, its Tibetan line."""
    s.centred(y, COURT_BO if issuer == COURT else issuer, bo(30, True) if issuer == COURT else bold(40), fill=STENCIL)
    if issuer == COURT:
        s.centred(y + 56, issuer, bold(42), spacing=3, fill=STENCIL)
    s.centred(y + 124, title, font("hei", 64), spacing=14, fill=STENCIL)
    if title in TITLE_BO:
        s.centred(y + 206, TITLE_BO[title], bo(28), fill=STENCIL)
    return y + 270


def mimeo(s: Sheet, rng: random.Random) -> None:
    """Run the sheet's print off the duplicator: the ink turns blue-violet, lies heavy here and starved there, spreads a
    little into the paper, and the drum leaves smudges and a scatter of specks. Call before any handwriting."""
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a: Any = np.asarray(s.image.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    ink: Any = (255.0 - a.mean(axis=2)) / 255.0
    spread = cv2.dilate(ink, np.ones((3, 3), np.uint8))
    ink = np.maximum(ink, spread * 0.45)
    coarse = gen.uniform(0.5, 1.45, (7, 5)).astype(np.float32)
    density = cv2.resize(coarse, (w, h), interpolation=cv2.INTER_CUBIC)
    fine = cv2.resize(gen.uniform(0.75, 1.1, (h // 12, w // 12)).astype(np.float32), (w, h), interpolation=cv2.INTER_LINEAR)
    ink = np.clip(ink * density * fine, 0, 1)
    small = (w // 8, h // 8)
    yy, xx = np.mgrid[0:small[1], 0:small[0]].astype(np.float32) * 8
    smudge = np.zeros(small[::-1], np.float32)
    for _ in range(rng.randint(2, 5)):
        cx, cy = rng.uniform(0.05, 0.95) * w, rng.choice([rng.uniform(0.02, 0.18), rng.uniform(0.8, 0.98)]) * h
        rx, ry = rng.uniform(mm(6), mm(22)), rng.uniform(mm(3), mm(10))
        blob = np.exp(-(((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2))
        smudge = np.maximum(smudge, blob * rng.uniform(0.12, 0.3))
    ink = np.maximum(ink, cv2.resize(smudge, (w, h), interpolation=cv2.INTER_LINEAR))
    specks = gen.random((h, w), dtype=np.float32) < 0.00025
    ink = np.maximum(ink, cv2.dilate(specks.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(np.float32) * 0.6)
    paper = np.array(s.paper, np.float32)
    tone = np.array(STENCIL, np.float32)
    out = paper[None, None, :] * (1 - ink[..., None]) + tone[None, None, :] * ink[..., None]
    s.image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")


def fill(s: Sheet, x: float, y: float, text: str, rng: random.Random, *, size: int = 40, per_line: int = 0,
         lead: float = 0.0, ink: tuple[int, int, int] = BALLPOINT) -> float:
    """Ballpoint on a form; a long entry broken every `per_line` characters. Returns the y below."""
    parts = [text] if not per_line else [text[i:i + per_line] for i in range(0, len(text), per_line)]
    for part in parts:
        hand(s, x, y, part, rng, size=size, ink=ink)
        y += lead or size * 1.4
    return y


class Carbon:
    """Handwriting pressed through carbon paper onto the leaf under it: written on a scratch leaf, then blurred and
    laid onto the sheet in the carbon's blue."""

    def __init__(self, s: Sheet) -> None:
        self.s = s
        self.scratch = Sheet(size=s.size)

    def write(self, x: float, y: float, text: str, rng: random.Random, *, size: int = 42) -> None:
        hand(self.scratch, x, y, text, rng, size=size, ink=(0, 0, 0))
        self.s.lines.append(text)

    def press(self, rng: random.Random) -> None:
        g: Any = 255.0 - np.asarray(self.scratch.image.convert("L"), dtype=np.float32)
        g = cv2.GaussianBlur(g, (0, 0), rng.uniform(1.6, 2.4))
        g = cv2.dilate(g, np.ones((2, 2), np.uint8))
        gen = np.random.default_rng(rng.randint(0, 2**31))
        h, w = g.shape
        press = cv2.resize(gen.uniform(0.55, 0.95, (9, 6)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
        alpha = np.clip(g / 255.0 * press, 0, 0.82)
        yy = np.arange(h, dtype=np.float32)[:, None]
        haze = (0.025 + 0.02 * np.sin(yy / h * 9.0 + rng.uniform(0, 6))) * np.ones((1, w), np.float32)
        alpha = np.maximum(alpha, haze)
        a: Any = np.asarray(self.s.image, dtype=np.float32)
        tone = np.array(CARBON, np.float32)
        out = a * (1 - alpha[..., None]) + tone[None, None, :] * alpha[..., None]
        self.s.image = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
