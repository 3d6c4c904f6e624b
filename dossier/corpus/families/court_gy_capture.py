"""How court_gy's volumes were captured: two pages to a scan, split by software. To get through the backlog the
泰山 archive clerk laid the unbound sheets two at a time, side by side, face down on the bureau's A3 flatbed (white
lid), scanned the pair as one landscape image, and let the scanning software's "split A3 into two A4 pages" option
cut every scan down its middle into two page images. But she laid the sheets by eye, never exactly at the centre:

- on most page images the NEIGHBOURING sheet crosses the cut: a strip 5–25 mm wide of the other sheet's edge runs
  down the page's inner side (its right side if it was the left page of the pair, its left side if the right) —
  the neighbour's own margin, and past it the cut-off ends or beginnings of its text lines, the rules and cells of
  a table, or an arc of a red seal, sliced straight at the cut;
- where the two sheets met, a dark seam line: the shadow of the paper edges, with the thin gap of lid between them;
- on others the page itself crossed the cut and lost a few millimetres (1–6 mm) of its own inner margin, so the
  image ends at the cut with no seam; the outer side shows a little of the white lid, and the sheet sits a few
  millimetres high or low on the glass (a sliver of lid at the top or the bottom, the opposite margin trimmed);
- each sheet lies a little crooked (under a degree); a few were laid upside down (180°) or sideways (90°/270°),
  and the software's pages come out so;
- the lamp falls off toward the outer edges of the glass, so a page is a little darker on its outer side;
- the software saves grey or colour JPEG (quality 55–85) at the resolution set that day, 200, 240 or 300 dpi.

The neighbour's sliver is noise at the edge; each page's own content stays whole and legible."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm, seal
from dossier.corpus.fonts import font

LID = 236.0
"""the white lid's grey, where no paper covers the glass"""
PHRASES = (
    "本院在执行申请执行人与被执行人物业服务合同纠纷一案中，依照《中华人民共和国民事诉讼法》第二百五十三条的规定",
    "被执行人未按执行通知书指定的期间履行生效法律文书确定的义务，本院依法冻结、划拨其银行存款",
    "申请执行人于立案时提交了执行申请书、生效法律文书、身份证明及授权委托书，经审查符合受理条件",
    "业主应当按照约定向物业服务人支付物业费，物业服务人已经按照约定和有关规定提供服务的，业主不得拒绝",
    "送达地址确认书受送达人应当如实提供确认的送达地址，因提供的地址不准确导致法律文书未能被实际接收的",
    "经本院网络执行查控系统查询，被执行人名下无可供执行的车辆、证券、网络资金，存款余额较少",
    "如不服本裁定，可以自本裁定送达之日起十日内向本院递交复议申请书，向上一级人民法院申请复议",
    "物业服务费欠费明细建筑面积收费标准计费期间应交金额已交金额欠费金额合计财务部制表",
)


@dataclass
class SplitScan:
    dpi: int
    rotation: int
    photo: bool
    mode: str                 # grey | colour
    quality: int
    half: str                 # left | right: which half of the A3 scan the page is (its inner side is the other)
    strip_mm: float           # the neighbouring sheet showing along the inner side (0: none)
    lost_mm: float            # the page's own inner margin cut off (only where no neighbour shows)
    seam_mm: float            # the dark line where the two sheets met
    outer_mm: float           # lid showing beyond the page's outer edge
    drop_mm: float            # the sheet sits this far low (+) or high (-) on the glass
    skew: float               # degrees
    neighbour: str            # text | table | seal | blank: what the neighbour's edge carries
    neighbour_margin_mm: float
    noise: float
    lamp: float               # brightness lost toward the outer edge of the glass, fraction


def plan_capture(rng: random.Random, sheet: Sheet) -> SplitScan:
    roll = rng.random()
    strip = rng.uniform(5, 25) if roll < 0.7 else 0.0
    lost = rng.uniform(1, 6) if 0.7 <= roll < 0.9 else 0.0
    kind = rng.choices(["text", "table", "seal", "blank"], weights=[45, 22, 15, 18])[0] if strip else "blank"
    margin = rng.uniform(2, max(3.0, strip * 0.55)) if kind != "blank" else strip + rng.uniform(1, 10)
    rotation = rng.choices([0, 180, 90, 270], weights=[93, 4, 2, 1])[0]
    return SplitScan(
        dpi=rng.choice([200, 200, 240, 300]), rotation=rotation, photo=False,
        mode="colour" if rng.random() < 0.45 else "grey", quality=rng.randint(55, 85), half=rng.choice(["left", "right"]),
        strip_mm=strip, lost_mm=lost, seam_mm=rng.uniform(0.4, 1.4) if lost == 0 else 0.0, outer_mm=rng.uniform(0.5, 4),
        drop_mm=rng.uniform(-3.5, 3.5), skew=rng.uniform(-0.8, 0.8), neighbour=kind, neighbour_margin_mm=margin,
        noise=rng.uniform(1.5, 4.0), lamp=rng.uniform(0.02, 0.07))


def _neighbour(width: int, height: int, facing: str, cap: SplitScan, rng: random.Random) -> Any:
    """The neighbouring sheet's edge as it crosses the cut: `width` px of it next to its edge; `facing` is which of
    the neighbour's edges faces the page (its right edge when the page is the right half)."""
    room = width + mm(70)
    tone = rng.randint(242, 252)
    s = Sheet(size=(room, height), paper=(tone, tone, tone))
    margin = mm(cap.neighbour_margin_mm)
    f = font(rng.choice(["song_gb", "serif", "sans", "ming"]), mm(rng.uniform(4.4, 5.6)))
    cw = f.size
    lead = cw * rng.uniform(1.6, 1.9)
    inside = room - margin if facing == "right" else margin  # where the neighbour's text column meets its margin
    text = "".join(rng.choice(PHRASES) for _ in range(40))
    at = rng.randint(0, 200)
    if cap.neighbour == "text":
        y = rng.uniform(mm(20), mm(60))
        while y < height - mm(30):
            short = rng.random() < 0.18
            if facing == "right":
                end = inside - (rng.uniform(mm(8), mm(60)) if short else 0)
                x = end - cw
                while x > -cw:
                    s.text(x, y, text[at % len(text)], f, record=False)
                    at += 1
                    x -= cw
            else:
                x = inside + (2 * cw if rng.random() < 0.2 else 0)
                while x < room:
                    s.text(x, y, text[at % len(text)], f, record=False)
                    at += 1
                    x += cw
            y += lead * (2 if rng.random() < 0.08 else 1)
    elif cap.neighbour == "table":
        y0 = rng.uniform(mm(30), mm(90))
        rows = rng.randint(8, 18)
        h = mm(rng.uniform(9, 15))
        edge = inside
        inner_col = edge - mm(rng.uniform(25, 45)) if facing == "right" else edge + mm(rng.uniform(25, 45))
        x0, x1 = (0, edge) if facing == "right" else (edge, room)
        for k in range(rows + 1):
            s.line(x0, y0 + k * h, x1, y0 + k * h, width=2)
        for x in (edge, inner_col):
            s.line(x, y0, x, y0 + rows * h, width=3 if x == edge else 2)
        lo, hi = min(edge, inner_col), max(edge, inner_col)
        fits = max(1, int((hi - lo - mm(4)) // cw))
        for k in range(rows):
            for x_start, n in ((lo + mm(2), fits), (hi + mm(2), 8 if facing == "left" else 0)):
                if rng.random() < 0.7:
                    for j in range(rng.randint(1, n) if n else 0):
                        s.text(x_start + j * cw, y0 + k * h + (h - cw) / 2, text[at % len(text)], f, record=False)
                        at += 1
    elif cap.neighbour == "seal":
        cy = rng.uniform(height * 0.3, height * 0.85)
        cx = (room - margin - mm(rng.uniform(5, 14))) if facing == "right" else (margin + mm(rng.uniform(5, 14)))
        seal(s, cx, cy, rng.choice(["山东省泰安市泰山区人民法院", "泰安岱宗嘉园物业服务有限公司"]), rng, radius=mm(20))
        y = cy - mm(10)
        for _ in range(3):
            x = (cx - mm(60)) if facing == "right" else cx - mm(10)
            for _j in range(14):
                s.text(x, y, text[at % len(text)], f, record=False)
                at += 1
                x += cw
            y += lead
    a: Any = np.asarray(s.image, dtype=np.float32)
    return a[:, room - width:] if facing == "right" else a[:, :width]


def _compose(sheet: Sheet, cap: SplitScan, rng: random.Random) -> Any:
    """The page image as the split software cut it, at the drawing resolution."""
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h, w = page.shape[:2]
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        page = cv2.warpAffine(page, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                              borderValue=(LID, LID, LID))
    drop = mm(abs(cap.drop_mm))
    if drop:
        lid = np.full((drop, w, 3), LID, np.float32)
        page = np.concatenate([lid, page[:-drop]]) if cap.drop_mm > 0 else np.concatenate([page[drop:], lid])
    inner_right = cap.half == "left"  # the left page of the pair has the cut on its right
    lost = mm(cap.lost_mm)
    if lost:
        page = page[:, :w - lost] if inner_right else page[:, lost:]
    outer: Any = np.full((h, max(3, mm(cap.outer_mm)), 3), LID, np.float32)
    if inner_right:  # the lid beyond the page's outer edge, the paper's edge a thin grey line
        outer[:, -2:] = LID - 55
        parts: list[Any] = [outer, page]
    else:
        outer[:, :2] = LID - 55
        parts = [page, outer]
    if cap.seam_mm:
        seam_w = max(2, mm(cap.seam_mm))
        prof = np.linspace(0, 1, seam_w, dtype=np.float32)
        dark = rng.uniform(40, 95)
        shade = dark + (LID - 40 - dark) * np.abs(prof - 0.35) * 1.4
        seam: Any = np.repeat(np.clip(shade, 0, 255)[None, :, None], h, axis=0).repeat(3, axis=2)
        if not inner_right:
            seam = seam[:, ::-1]
        strip_w = mm(cap.strip_mm)
        if strip_w:
            other = _neighbour(strip_w, h, "left" if inner_right else "right", cap, rng)
            shift = mm(rng.uniform(-6, 6))
            other = np.roll(other, shift, axis=0)
            fall = np.linspace(0.82, 1.0, min(strip_w, mm(3)), dtype=np.float32)  # the neighbour's edge lifts off the glass
            if inner_right:
                other[:, :fall.size] *= fall[None, :, None]
            else:
                other[:, -fall.size:] *= fall[::-1][None, :, None]
            parts = [*parts, seam, other] if inner_right else [other, seam, *parts]
        else:
            parts = [*parts, seam] if inner_right else [seam, *parts]
    img: Any = np.concatenate(parts, axis=1)
    width = img.shape[1]
    ramp = np.linspace(1.0 - cap.lamp, 1.0, width, dtype=np.float32)
    if not inner_right:
        ramp = ramp[::-1]
    return img * ramp[None, :, None]


def capture(sheet: Sheet, cap: SplitScan, rng: random.Random) -> bytes:
    img = _compose(sheet, cap, rng)
    h0, w0 = img.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    if (w, h) != (w0, h0):
        img = cv2.resize(img, (w, h), interpolation=cv2.INTER_AREA)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img + gen.normal(0, cap.noise, img.shape[:2])[..., None]
    if rng.random() < 0.3:
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.4, 0.8))
    img = np.clip(img, 0, 255)
    if cap.mode == "colour":
        tint = np.array([1.0, rng.uniform(0.98, 1.0), rng.uniform(0.94, 0.99)], np.float32)
        pil = Image.fromarray(np.clip(img * tint, 0, 255).astype(np.uint8), "RGB")
    else:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
