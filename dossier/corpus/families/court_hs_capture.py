"""How court_hs's volumes were captured: twice removed, as TWO-UP COPIES. Years ago the 川汇 archive photocopied its
bound volumes on the office copier's 书刊复印 (book copy) setting, two facing pages to an A3 sheet (2-in-1), in grey
toner; those A3 copies were later fed through a scanner and cut into single pages by the scanning software's "split
A3 into two A4" option. What each page image carries:

- the binding: the volume's sewn edge swallowed 7–13 mm of each page's inner margin, so the page sits shifted toward
  its outer edge, and beyond its outer edge the copier saw the dark of the raised lid (a grey-black band);
- the split: the software cuts the A3 copy at its middle, but the spread never lay exactly there. Often the cut falls
  a few millimetres into the NEIGHBOURING page, so a sliver of it stays at this page's inner edge — the neighbour's
  first characters (if this page was the left one) or its last characters (if the right one), sliced through at the
  image's edge into a column of cut-off glyphs, or the rules of its table, or nothing when it was blank; sometimes the
  cut falls inside this page and it loses a few millimetres of its own inner edge;
- the gutter: where the two pages dive into the binding the copy has a dark shadow, deepest in a line at the seam;
- the copier: grey toner — the paper never white but a mottled light grey, black never black; the tone curve
  pushes the greys apart, strokes spread a little, loose toner leaves specks; the volume lay a little crooked on the
  glass, so the whole pair is turned about the A3 sheet's centre (the seam leans, the sliver widens down the page);
- now and then a pair was copied upside down (the page comes out turned 180°, its sliver and gutter on the other
  side), and a few pages the splitting software stored sideways (90°/270°).

The capture sees one page at a time, so each page's place in its pair (left or right) is drawn for it alone. The
scanner stored everything as 8-bit grey JPEG at 150–300 dpi."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

NEIGHBOUR_TEXT = ("本院认为申请执行人依据已经发生法律效力的判决书向本院申请强制执行被执行人未按执行通知书指定的期间履行生效"
                  "法律文书确定的义务依照中华人民共和国民事诉讼法第二百五十三条的规定裁定如下冻结划拨被执行人的银行存款查封"
                  "扣押拍卖变卖其相应价值的财产本裁定立即执行申请执行人与被执行人买卖合同纠纷一案经审查符合法定受理条件"
                  "送达地址确认书受送达人签名或盖章执行款发放凭证财产申报表工资经济补偿金借款本金逾期利息和解协议分期履行")


@dataclass
class TwoUp:
    dpi: int
    rotation: int
    photo: bool
    side: str               # "left" | "right": where the page lay on the A3 copy (its inner edge on the right | left)
    bind: float             # mm of the page's inner margin lost in the binding
    split: float            # mm the cut lies past the seam: > 0 a sliver of the neighbour kept, < 0 the page's own edge lost
    skew: float             # degrees the pair lay turned on the copier glass
    gutter: float           # grey levels of the gutter shadow's depth at the seam
    gutter_mm: float        # the shadow's half width
    neighbour: str          # "text" | "table" | "blank": what the facing page shows near the seam
    nb_margin: float        # mm between the seam and the neighbour's nearest characters
    nb_seed: int
    beyond: float           # the grey of the lid's dark beyond the volume's outer edge
    fog: float              # grey toner fog on the paper
    ink: float              # the grey of solid toner
    gamma: float            # the copier's tone curve
    spread: int             # toner spread (stroke fattening), px at 200 dpi
    specks: int
    quality: int
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> TwoUp:
    kind = rng.choices(["sliver", "even", "cut"], weights=[55, 20, 25])[0]
    split = {"sliver": rng.uniform(2.5, 9.0), "even": rng.uniform(-0.8, 0.8), "cut": rng.uniform(-4.5, -1.5)}[kind]
    return TwoUp(
        dpi=rng.choice([150, 200, 200, 240, 300]),
        rotation=rng.choices([0, 90, 180, 270], weights=[88, 2, 8, 2])[0], photo=False,
        side=rng.choice(["left", "right"]), bind=rng.uniform(7.0, 13.0), split=split,
        skew=rng.choice([-1, 1]) * rng.uniform(0.1, 0.9), gutter=rng.uniform(60, 130), gutter_mm=rng.uniform(2.5, 6.0),
        neighbour=rng.choices(["text", "table", "blank"], weights=[70, 12, 18])[0], nb_margin=rng.uniform(0.8, 3.5),
        nb_seed=rng.randint(0, 2**31), beyond=rng.uniform(55, 115), fog=rng.uniform(14, 34), ink=rng.uniform(28, 58),
        gamma=rng.uniform(1.15, 1.6), spread=rng.choice([0, 0, 2]), specks=rng.randint(5, 60),
        quality=rng.randint(55, 85), noise=rng.uniform(1.5, 4.5))


def px(mm_: float, dpi: int = DPI) -> int:
    return round(mm_ / 25.4 * dpi)


def _neighbour(kind: str, width: int, height: int, margin: int, seed: int, *, begins: bool) -> Any:
    """The facing page's strip by the seam (seam at x = 0 when `begins`, at x = width otherwise), paper = 255.
    `begins`: its lines begin at the seam (it is the right-hand page) — else they end there (the left-hand page)."""
    strip = Image.new("L", (width, height), 255)
    if kind == "blank" or width <= 0:
        return np.asarray(strip, dtype=np.float32)
    d = ImageDraw.Draw(strip)
    gen = random.Random(seed)
    if kind == "table":
        top, bottom = px(gen.uniform(50, 90)), height - px(gen.uniform(30, 60))
        x = margin if begins else width - margin
        d.line((x, top, x, bottom), fill=20, width=5)
        inner = x + px(gen.uniform(8, 16)) * (1 if begins else -1)
        d.line((inner, top, inner, bottom), fill=30, width=2)
        y = float(top)
        f = font("serif", 34)
        while y < bottom:
            d.line((0, y, width, y), fill=30, width=2)
            t = "".join(gen.choice(NEIGHBOUR_TEXT) for _ in range(8))
            tx = x + 12 if begins else x - 12 - f.getlength(t)
            d.text((tx, y + 16), t, font=f, fill=25)
            y += px(gen.uniform(10, 16))
        return np.asarray(strip, dtype=np.float32)
    size = gen.choice([38, 40, 42])
    f = font("serif", size)
    lead = size * gen.uniform(1.7, 1.95)
    y = float(px(gen.uniform(30, 70)))
    end = height - px(gen.uniform(30, 45))
    new_para = True
    while y < end:
        k = gen.randrange(len(NEIGHBOUR_TEXT) - 40)
        line = NEIGHBOUR_TEXT[k:k + 36]
        if begins:
            x = margin + (2 * size if new_para else 0)
            d.text((x, y), line, font=f, fill=20)
        else:
            last = gen.random() < 0.22  # a paragraph's last line ends short of the margin
            right = width - margin - (gen.randint(3, 30) * size if last else 0)
            d.text((right - f.getlength(line), y), line, font=f, fill=20)
            new_para = last
        if begins:
            new_para = gen.random() < 0.2
        y += lead
        if gen.random() < 0.05:
            y += lead  # a blank line between blocks
    return np.asarray(strip, dtype=np.float32)


def _compose(grey: Any, cap: TwoUp) -> Any:
    """The page's half of the A3 copy at 200 dpi, in the orientation where its inner edge is on the RIGHT."""
    h, w = grey.shape
    pad = px(32)
    bind, split = px(cap.bind), px(cap.split)
    work = np.full((h, w + pad), cap.beyond, np.float32)
    seam = w - split
    x0 = bind - split
    page = grey[:, : w - bind]
    if x0 < 0:
        page, x0 = page[:, -x0:], 0
    work[:, x0: x0 + page.shape[1]] = page
    if cap.side == "left":  # the neighbour is the right-hand page: its lines begin at the seam
        nb = _neighbour(cap.neighbour, w + pad - seam, h, px(cap.nb_margin), cap.nb_seed, begins=True)
    else:  # the left-hand page: its lines end at the seam; drawn true, then mirrored like this page
        nb = _neighbour(cap.neighbour, w + pad - seam, h, px(cap.nb_margin), cap.nb_seed, begins=False)[:, ::-1]
    work[:, seam:] = nb
    cols = np.arange(w + pad, dtype=np.float32)
    g = px(cap.gutter_mm)
    shade = cap.gutter * np.exp(-(((cols - seam) / g) ** 2)) + cap.gutter * 0.6 * np.exp(-(((cols - seam) / (g * 0.18)) ** 2))
    work = work * (1.0 - np.clip(shade, 0, 240)[None, :] / 255.0)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((float(w), h / 2.0), cap.skew, 1.0)
        work = cv2.warpAffine(work, m, (w + pad, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=float(cap.beyond))
    return work[:, :w]


def _copier(img: Any, cap: TwoUp, gen: Any) -> Any:
    """Grey toner: the tone curve, the fogged, mottled paper, solid black turned toner grey, spread and specks."""
    h, w = img.shape
    if cap.spread:
        img = cv2.erode(img, np.ones((cap.spread, cap.spread), np.uint8))
    t = np.clip(img / 255.0, 0.0, 1.0) ** cap.gamma
    mottle = cv2.resize(gen.normal(0, 1, (max(2, h // 120), max(2, w // 120))).astype(np.float32), (w, h),
                        interpolation=cv2.INTER_CUBIC)
    paper = 255.0 - cap.fog * (1.0 + 0.12 * mottle)
    out = cap.ink + (paper - cap.ink) * t
    for _ in range(cap.specks):
        x, y = int(gen.integers(0, w)), int(gen.integers(0, h))
        r = int(gen.integers(1, 4))
        cv2.circle(out, (x, y), r, float(cap.ink + gen.uniform(0, 60)), -1)
    return out


def capture(sheet: Sheet, cap: TwoUp, rng: random.Random) -> bytes:
    grey: Any = np.asarray(sheet.image.convert("L"), dtype=np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    if cap.side == "right":
        grey = grey[:, ::-1]
    half = _compose(np.ascontiguousarray(grey), cap)
    if cap.side == "right":
        half = half[:, ::-1]
    img = _copier(np.ascontiguousarray(half), cap, gen)
    h0, w0 = img.shape
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
    img = img + gen.normal(0, cap.noise, img.shape).astype(np.float32)
    out = np.clip(img, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()


def seam_x(cap: TwoUp, width_px: int) -> int:
    """Where the seam lies in the captured (unrotated) image, in its pixels: the inner edge less the sliver."""
    inner = width_px - px(cap.split, cap.dpi) if cap.side == "left" else px(cap.split, cap.dpi)
    return int(inner)


def lean(cap: TwoUp, height_px: int) -> float:
    """How far the seam moves across the page from top to bottom, in pixels (the pair's skew)."""
    return math.tan(math.radians(cap.skew)) * height_px
