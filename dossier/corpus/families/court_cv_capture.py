"""How court_cv's dossiers were captured: the undertaker's marked-up working copy, laid page by page on the bureau's
colour flatbed (200–300 dpi). He read every paper with a ballpoint in hand — red or blue, one pen a page mostly — and
the pen went where a working copy gets it: a 批示 in the top margin on applications, rulings and incoming letters
(「同意，按程序办理」, initials and a date a day or two after the paper's own), amounts underlined or circled, a tick
against a party or a numbered item, a bracket in the left margin round the operative part with a word beside it, an
arrow from a margin note across printed lines to an amount; now and then a stroke or a note crossing the title itself;
a line or two gone over with a yellow marker. Pages with nothing to mark (a licence copy, a printout) mostly stay
clean. Then the flatbed: a warm lamp tint, skew within ±1.5°, now and then the open lid's grey strip along one edge,
slight blur and sensor noise, colour JPEG q 72–90. The marks never change what a page is; they are not printed text.

Unlike court_bi (a folio number in the corner) and court_bk (sticky notes, index tabs, one 签批 on the approval
form), the ink here is in and over the text itself, found from where each printed line stands (court_cv_kit.Page)."""

from __future__ import annotations

import io
import itertools
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageChops, ImageDraw

from dossier.corpus.draw import DPI, Sheet, hand, mm

RED_PEN = (196, 36, 44)
BLUE_PEN = (30, 58, 168)
MARKER = (255, 236, 92)
Box = tuple[float, float, float, float]

AMOUNT = re.compile(r"(?:人民币|[¥￥])\d[\d,]*(?:\.\d{2})?元?|\d[\d,]*(?:\.\d{2})?元|\d{1,3}(?:,\d{3})+\.\d{2}")
DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日|(\d{4})-(\d{2})-(\d{2})")
CN_DATE = re.compile(r"([〇一二三四五六七八九]{4})年([〇一二三四五六七八九十]{1,3})月([〇一二三四五六七八九十]{1,3})日")
ARCHIVE = ("卷宗", "目录", "备考", "复核")
"""papers made when the volume was filed, after the working copy was done with: never marked"""
PARTY = ("申请执行人", "被执行人", "原告", "被告", "申请人", "被申请人", "受送达人", "被限制人", "甲方", "乙方")


@dataclass
class Mark:
    kind: str            # note | underline | circle | tick | bracket | arrow | title | highlight
    box: Box             # where it sits, px at the drawing resolution
    ink: tuple[int, int, int]
    text: str = ""
    to: tuple[float, float] = (0.0, 0.0)   # an arrow's head


@dataclass
class MarkedScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    pen: str                                   # red | blue | "" (an unmarked page)
    marks: list[Mark] = field(default_factory=list)
    tint: tuple[float, float, float] = (1.0, 0.985, 0.955)
    lid: tuple[str, int] = ("", 0)             # the open lid's grey strip: side and width px
    blur: float = 0.5


def _span(spot: tuple[float, float, float, float, str], start: int, end: int) -> Box:
    """The box of characters start:end of a printed line (full-width characters count double)."""
    x0, y0, x1, y1, text = spot
    weights = [1.0 if ord(ch) > 0x2E80 else 0.55 for ch in text]
    total = sum(weights) or 1.0
    a = x0 + (x1 - x0) * sum(weights[:start]) / total
    b = x0 + (x1 - x0) * sum(weights[:end]) / total
    return a, y0, b, y1


def _cn_num(s: str) -> int:
    digits = "〇一二三四五六七八九"
    if len(s) == 4 and "十" not in s:
        return int("".join(str(digits.index(ch)) for ch in s))
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)
    return digits.index(s)


def _latest(spots: list[tuple[float, float, float, float, str]]) -> date | None:
    """The paper's own date (a line that is a date and nothing else, under the signature), to date the 批示 after it."""
    found: list[tuple[int, int, int]] = []
    for *_, text in spots:
        text = text.strip()
        if not (DATE.fullmatch(text) or CN_DATE.fullmatch(text)):
            continue
        for m in DATE.finditer(text):
            g = [int(x) for x in m.groups() if x]
            if 1 <= g[1] <= 12 and 1 <= g[2] <= 31:
                found.append((g[0], g[1], g[2]))
        for m in CN_DATE.finditer(text):
            try:
                found.append((_cn_num(m.group(1)), _cn_num(m.group(2)), _cn_num(m.group(3))))
            except ValueError:
                continue
    if not found:
        return None
    try:
        return date(*max(found))
    except ValueError:
        return None


def _instruction(title: str, rng: random.Random) -> str:
    if "判决书" in title or "调解书" in title or "裁决书" in title:
        return rng.choice(["核对生效日期", "阅，依据生效", "阅"])
    if "申请书" in title:
        return rng.choice(["同意立案，按程序办理", "请速立案执行", "同意，转执行团队"])
    if "回执" in title or "回单" in title or "复函" in title:
        return rng.choice(["已阅，入卷", "款已到账，入卷", "阅，核对金额"])
    if "和解" in title:
        return rng.choice(["同意，按协议履行", "同意和解"])
    if "裁定书" in title or "决定书" in title or "令" in title:
        return rng.choice(["同意，按程序办理", "同意签发", "拟同意，报局长"])
    if "通知书" in title:
        return rng.choice(["同意，按程序办理", "同意，即送达", "速送达"])
    if "笔录" in title:
        return rng.choice(["阅", "附卷，跟进线索"])
    return ""


def plan_capture(rng: random.Random, sheet: Sheet) -> MarkedScan:
    spots: list[tuple[float, float, float, float, str]] = list(getattr(sheet, "spots", []))
    w, h = sheet.width, sheet.height
    tall = [s for s in spots if s[1] < h * 0.3]
    title = max(tall, key=lambda s: (s[3] - s[1], -s[1])) if tall else None
    if title is not None and title[3] - title[1] < 60:
        title = None  # no big heading: a continuation page or a printout
    heading = re.sub(r"\s", "", title[4]) if title is not None else ""
    filed_later = any(word in heading for word in ARCHIVE)
    worth = any(AMOUNT.search(t) or "如下" in t or t.startswith(PARTY) for *_, t in spots)
    pen = rng.choice(["red", "blue", "blue"]) if spots and not filed_later and rng.random() < (0.85 if worth else 0.3) else ""
    lid = (rng.choice(["right", "bottom", "left"]), rng.randint(6, 22)) if rng.random() < 0.35 else ("", 0)
    plan = MarkedScan(dpi=rng.choice([200, 240, 300]), rotation=0, photo=False, skew=rng.uniform(-1.5, 1.5),
                      quality=rng.randint(72, 90), pen=pen, lid=lid, blur=rng.choice([0.0, 0.4, 0.6, 0.8]),
                      tint=(1.0, rng.uniform(0.975, 0.992), rng.uniform(0.935, 0.965)))
    if not pen:
        return plan
    ink = RED_PEN if pen == "red" else BLUE_PEN
    other = BLUE_PEN if pen == "red" else RED_PEN

    def jitter(c: tuple[int, int, int]) -> tuple[int, int, int]:
        return (max(0, min(255, c[0] + rng.randint(-14, 14))), max(0, min(255, c[1] + rng.randint(-10, 10))),
                max(0, min(255, c[2] + rng.randint(-14, 14))))

    top = min(s[1] for s in spots)
    # 批示 in the top margin (a first page of an application, ruling, notice or incoming letter)
    words = _instruction(heading, rng) if title is not None else ""
    if title is not None and words and rng.random() < 0.55:
        when = _latest(spots)
        sign = rng.choice("王李刘张赵孙杨陈")
        if when is not None:
            when += timedelta(days=rng.randint(0, 2))
        tail = sign if when is None else f"{sign} {when.month}.{when.day}"
        size = rng.randint(40, 50)
        y = rng.uniform(mm(6), max(mm(6), min(top - size * 2.4, mm(14))))
        x = rng.uniform(mm(18), mm(40))
        if rng.random() < 0.18:  # written right across the court line or the title
            y = title[1] + rng.uniform(-10, 20)
            x = max(mm(10), title[0] - rng.uniform(60, 200))
        plan.marks.append(Mark("note", (x, y, x + size * len(words), y + size), jitter(other if rng.random() < 0.3 else ink),
                               text=words))
        plan.marks.append(Mark("note", (x + size * 2, y + size * 1.25, x + size * 8, y + size * 2.2), jitter(ink), text=tail))
    elif title is not None and rng.random() < 0.1:  # a stroke or a tick through the title
        plan.marks.append(Mark("title", title[:4], jitter(ink), text=rng.choice(["slash", "tick"])))
    # amounts: underlined, some circled, one with an arrow from a margin note
    hits: list[Box] = []
    for s in spots:
        for m in AMOUNT.finditer(s[4]):
            if m.end() - m.start() >= 5:
                hits.append(_span(s, m.start(), m.end()))
    rng.shuffle(hits)
    for k, b in enumerate(hits[:rng.randint(1, 4)]):
        kind = "circle" if rng.random() < 0.45 else "underline"
        plan.marks.append(Mark(kind, b, jitter(ink)))
        if k == 0 and rng.random() < 0.45:
            nx = rng.choice([mm(4), w - mm(24)])
            ny = min(h - mm(30), max(mm(30), b[1] + rng.uniform(-mm(40), mm(40))))
            note = rng.choice(["核对无误", "已到账", "待扣", "标的", "见回执", "计算？"])
            plan.marks.append(Mark("note", (nx, ny, nx + 40 * 2, ny + 40 * len(note)), jitter(ink), text="v" + note))
            plan.marks.append(Mark("arrow", (nx + 20 if nx < w / 2 else nx + 10, ny + (40 * len(note) if ny < b[1] else 0), 0, 0),
                                   jitter(ink), to=((b[0] + b[2]) / 2, b[3] + 4 if ny > b[1] else b[1] - 4)))
    # parties and numbered items: ticks in the left margin, a party line highlighted
    listed = [s for s in spots if s[4].startswith(PARTY) or re.match(r"^[一二三四五六七八九]、|^（[一二三四五六七八九]）|^\d\. ", s[4])]
    for s in listed[:rng.randint(0, 4)]:
        plan.marks.append(Mark("tick", (s[0] - mm(9), s[1], s[0] - mm(2), s[3]), jitter(ink)))
    long = [s for s in listed if len(s[4]) >= 14]
    if long and rng.random() < 0.4:
        s = rng.choice(long)
        plan.marks.append(Mark("highlight", (s[0] - 4, s[1] + 2, min(s[2], s[0] + rng.uniform(0.5, 1.0) * (s[2] - s[0])) + 4,
                                             s[3] + 2), MARKER))
    # the operative part: a bracket in the left margin, a word beside it; sometimes the marker over its first line
    for i, s in enumerate(spots):
        if "如下" in s[4] and s[4].rstrip().endswith(("如下：", "如下:")) and i + 1 < len(spots):
            part = [p for p in spots[i + 1:i + 1 + rng.randint(2, 4)] if len(p[4]) >= 8]
            if not part:
                break
            y0, y1 = part[0][1], part[-1][3]
            x = min(p[0] for p in part) - mm(rng.uniform(5, 9))
            plan.marks.append(Mark("bracket", (x - mm(2), y0, x, y1), jitter(ink), text=rng.choice(["重点", "按此执行", "核", ""])))
            if rng.random() < 0.45:
                p = part[0]
                plan.marks.append(Mark("highlight", (p[0] - 4, p[1] + 2, p[2] + 4, p[3] + 2), MARKER))
            break
    # dates: one underlined now and then
    dated = [s for s in spots if DATE.search(s[4]) or CN_DATE.search(s[4])]
    if dated and rng.random() < 0.35:
        s = rng.choice(dated)
        dm = DATE.search(s[4]) or CN_DATE.search(s[4])
        assert dm is not None
        plan.marks.append(Mark("underline", _span(s, dm.start(), dm.end()), jitter(ink)))
    return plan


def _stroke(d: ImageDraw.ImageDraw, pts: list[tuple[float, float]], ink: tuple[int, int, int], rng: random.Random,
            width: int = 3) -> None:
    """A ballpoint line through `pts`, wobbling a little."""
    out: list[tuple[float, float]] = []
    for (x0, y0), (x1, y1) in itertools.pairwise(pts):
        n = max(2, int(np.hypot(x1 - x0, y1 - y0) / 14))
        for k in range(n):
            t = k / n
            out.append((x0 + (x1 - x0) * t + rng.uniform(-1.2, 1.2), y0 + (y1 - y0) * t + rng.uniform(-1.2, 1.2)))
    out.append(pts[-1])
    d.line(out, fill=ink, width=width, joint="curve")


def _draw(img: Image.Image, plan: MarkedScan, rng: random.Random) -> Image.Image:
    pen = Image.new("RGB", img.size, (255, 255, 255))
    marker = Image.new("RGB", img.size, (255, 255, 255))
    d = ImageDraw.Draw(pen)
    dm = ImageDraw.Draw(marker)
    holder = Sheet(size=(1, 1))
    holder.image = pen
    for m in plan.marks:
        x0, y0, x1, y1 = m.box
        if m.kind == "highlight":
            dm.rounded_rectangle((x0, y0 + rng.uniform(-3, 3), x1, y1 + rng.uniform(-3, 3)), radius=10, fill=m.ink)
        elif m.kind == "underline":
            yy = y1 + rng.uniform(2, 7)
            _stroke(d, [(x0 - 4, yy), (x1 + rng.uniform(0, 14), yy + rng.uniform(-5, 5))], m.ink, rng)
            if rng.random() < 0.3:
                _stroke(d, [(x0, yy + 8), (x1 + 6, yy + 8 + rng.uniform(-4, 4))], m.ink, rng)
        elif m.kind == "circle":
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            rx, ry = (x1 - x0) / 2 + rng.uniform(12, 24), (y1 - y0) / 2 + rng.uniform(8, 16)
            start = rng.uniform(0, 2 * np.pi)
            pts = [(cx + rx * np.cos(start + t) * (1 + 0.03 * np.sin(3 * t)), cy + ry * np.sin(start + t))
                   for t in np.linspace(0, 2 * np.pi * rng.uniform(1.05, 1.15), 48)]
            _stroke(d, pts, m.ink, rng)
        elif m.kind == "tick":
            _stroke(d, [(x0, (y0 + y1) / 2), (x0 + (x1 - x0) * 0.35, y1), (x1 + 6, y0 - 6)], m.ink, rng)
        elif m.kind == "bracket":
            _stroke(d, [(x1, y0), (x0, y0 + 12), (x0, y1 - 12), (x1, y1)], m.ink, rng)
            if m.text:
                hand(holder, max(4.0, x0 - 46), (y0 + y1) / 2 - 20, m.text[0], rng, size=40, ink=m.ink, record=False)
                if len(m.text) > 1:
                    for k, ch in enumerate(m.text[1:], 1):
                        hand(holder, max(4.0, x0 - 46), (y0 + y1) / 2 - 20 + 44 * k, ch, rng, size=40, ink=m.ink, record=False)
        elif m.kind == "arrow":
            tx, ty = m.to
            mx, my = (x0 + tx) / 2 + rng.uniform(-60, 60), (y0 + ty) / 2 + rng.uniform(-60, 60)
            pts = [(x0 + (mx - x0) * t * 2 if t < 0.5 else mx + (tx - mx) * (t - 0.5) * 2,
                    y0 + (my - y0) * t * 2 if t < 0.5 else my + (ty - my) * (t - 0.5) * 2) for t in np.linspace(0, 1, 12)]
            _stroke(d, pts, m.ink, rng)
            ang = np.arctan2(ty - pts[-3][1], tx - pts[-3][0])
            for side in (-0.45, 0.45):
                _stroke(d, [(tx, ty), (tx - 26 * np.cos(ang + side), ty - 26 * np.sin(ang + side))], m.ink, rng)
        elif m.kind == "title":
            if m.text == "slash":
                _stroke(d, [(x0 + rng.uniform(0, 60), y1 + 10), (x1 - rng.uniform(0, 60), y0 - 10)], m.ink, rng, width=4)
            else:
                _stroke(d, [(x1 - 90, (y0 + y1) / 2), (x1 - 50, y1 + 6), (x1 + 20, y0 - 30)], m.ink, rng, width=4)
        elif m.kind == "note":
            if m.text.startswith("v"):  # written down a side margin, one character under another
                for k, ch in enumerate(m.text[1:]):
                    hand(holder, x0, y0 + 42 * k, ch, rng, size=40, ink=m.ink, record=False)
            else:
                hand(holder, x0, y0, m.text, rng, size=int(y1 - y0), ink=m.ink, record=False)
    out = ImageChops.multiply(img.convert("RGB"), marker)
    return ImageChops.multiply(out, pen)


def capture(sheet: Sheet, cap: MarkedScan, rng: random.Random) -> bytes:
    img = _draw(sheet.image, cap, rng) if cap.marks else sheet.image.convert("RGB")
    a: Any = np.asarray(img, dtype=np.float32)
    h, w = a.shape[:2]
    if cap.dpi != DPI:
        a = cv2.resize(a, (round(w * cap.dpi / DPI), round(h * cap.dpi / DPI)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    a = a * np.array(cap.tint, dtype=np.float32)
    side, width = cap.lid
    if side:
        shade = np.linspace(0.55, 0.85, width, dtype=np.float32)[:, None]
        if side == "right":
            a[:, w - width:] *= shade.T[:, ::-1, None]
        elif side == "left":
            a[:, :width] *= shade.T[:, :, None]
        else:
            a[h - width:] *= shade[::-1, :, None]
    if cap.blur:
        a = cv2.GaussianBlur(a, (0, 0), cap.blur)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = a + gen.normal(0, 2.2, a.shape)
    out = np.clip(a, 0, 255).astype(np.uint8)
    if abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        out = cv2.warpAffine(out, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(236, 236, 232))
    buf = io.BytesIO()
    Image.fromarray(out).save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
