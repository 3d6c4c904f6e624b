"""How court_j's dossiers were captured: the court's document centre scans the paper on a production scanner
at 200 or 300 dpi, greyscale or colour (mostly clean: skew within ±1.5°, moiré on photocopies, the shadow of a
two-hole punch, a landscape page fed turned 90°, JPEG q60–90), and its scanning software lays an invisible OCR
text layer over each page image (a double-layer PDF, court_j_pdf). That OCR is imperfect the way real ones are:
look-alike characters swapped, lines dropped, words under a seal garbled, a table row's cells run together, a
sideways page read as noise, handwriting and photocopied cards left nearly empty. The case system's own exports
are born digital: no capture, real text. The page's truth is what the image shows, never its text layer."""

from __future__ import annotations

import io
import random
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

PT = 72 / DPI
"""PDF points per pixel of a drawn sheet"""
LOOKALIKE = dict(pair for a, b in (
    ("己", "已"), ("未", "末"), ("人", "入"), ("土", "士"), ("日", "曰"), ("于", "干"), ("天", "夭"), ("贝", "见"),
    ("大", "太"), ("王", "玉"), ("令", "今"), ("裁", "栽"), ("书", "节"), ("执", "扶"), ("申", "甲"), ("决", "快"),
    ("被", "彼"), ("住", "往"), ("元", "无"), ("0", "O"), ("1", "l"), ("8", "B"), ("号", "弓"), ("款", "欵"),
    ("限", "很"), ("制", "刹"), ("民", "氏"), ("理", "埋"), ("拨", "拔"), ("冻", "冰"), ("失", "矢"), ("查", "杳"),
    ("清", "请"), ("办", "力"), ("壹", "查"), ("贰", "武"), ("戒", "或"), ("第", "笫"), ("月", "丹"), ("间", "问"),
) for pair in ((a, b), (b, a)))
JUNK = "口囗一丨丶乙卜厂冂亠ー·.,:;'|_-"


@dataclass
class JCapture:
    dpi: int | None          # None: a born-digital page, never scanned
    rotation: int
    photo: bool
    quality: int
    skew: float
    kind: str                # grey | colour | digital
    moire: bool = False
    holes: bool = False


@dataclass
class JPage:
    """One page of the double-layer PDF: a scan with its OCR layer, or a born-digital sheet's drawing."""

    jpeg: bytes = b""
    dpi: int = DPI
    layer: list[tuple[float, float, float, float, str]] = field(default_factory=list)
    """(x pt, y pt from the top, font size pt, width pt, text) of each line the scanning software read"""
    ops: list[tuple[object, ...]] = field(default_factory=list)
    size: tuple[int, int] = (0, 0)


def plan_capture(rng: random.Random, sheet: Sheet) -> JCapture:
    if getattr(sheet, "digital", False):
        return JCapture(dpi=None, rotation=0, photo=False, quality=0, skew=0.0, kind="digital")
    hint = str(getattr(sheet, "kind", ""))
    if hint in ("colour", "copy"):
        kind = "colour" if hint == "colour" or rng.random() < 0.4 else "grey"
    else:
        kind = rng.choices(["grey", "colour"], weights=[70, 30])[0]
    landscape = bool(getattr(sheet, "landscape", False))
    rotation = rng.choice([90, 270]) if landscape and rng.random() < 0.6 else 0
    return JCapture(dpi=rng.choice([200, 300]), rotation=rotation, photo=False, quality=rng.randint(60, 90),
                    skew=rng.uniform(-1.5, 1.5), kind=kind,
                    moire=hint in ("copy", "photo") and rng.random() < 0.6, holes=rng.random() < 0.15)


def capture(sheet: Sheet, cap: JCapture, rng: random.Random) -> bytes:
    """The page image as the scanner delivers it, JPEG-encoded (b"" for a born-digital page)."""
    if cap.dpi is None:
        return b""
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    f: Any = a.astype(np.float32)
    if cap.moire:  # a photocopy's halftone beating against the scanner's sampling grid
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        period, angle = rng.uniform(5, 9) * scale, rng.uniform(0.3, 1.2)
        wave = np.sin((xx * np.cos(angle) + yy * np.sin(angle)) * 2 * np.pi / period)
        wave *= np.sin(xx * 2 * np.pi / (period * rng.uniform(9, 15)))
        f += (wave * rng.uniform(6, 12))[..., None] * ((255 - f.mean(axis=2, keepdims=True)) / 255 * 0.8 + 0.2)
    if cap.holes:  # two punched holes at the left margin, 80 mm apart, their shadow on the scanner lid
        px = DPI / 25.4 * scale
        cy = h / 2 + rng.uniform(-10, 10) * px
        for dy in (-40 * px, 40 * px):
            centre = (int(rng.uniform(9, 12) * px), int(cy + dy))
            cv2.circle(f, (centre[0] + 3, centre[1] + 3), int(3.3 * px), (150, 150, 150), -1)
            cv2.circle(f, centre, int(3 * px), (60, 60, 60), -1)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    f = cv2.warpAffine(f, m, (w, h), borderValue=(248, 248, 248))
    f += np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(1.5, 4), f.shape[:2])[..., None]
    a = np.clip(f, 0, 255).astype(np.uint8)
    if cap.kind == "grey":
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def page(sheet: Sheet, cap: JCapture, jpeg: bytes, rng: random.Random) -> JPage:
    """The page of the double-layer PDF: the scan and what the scanning software read on it."""
    if cap.dpi is None:
        return JPage(ops=list(getattr(sheet, "ops", [])), size=sheet.size)
    return JPage(jpeg=jpeg, dpi=cap.dpi, layer=ocr_layer(sheet, cap, rng))


def ocr_layer(sheet: Sheet, cap: JCapture, rng: random.Random) -> list[tuple[float, float, float, float, str]]:
    spans: list[tuple[float, float, float, str, str, float]] = list(getattr(sheet, "spans", []))
    if cap.rotation:  # a page fed sideways, read as it lies: a few scraps of noise
        return [(rng.uniform(40, 400), rng.uniform(60, 700), 9.0, rng.uniform(20, 90),
                 "".join(rng.choice(JUNK) for _ in range(rng.randint(2, 7)))) for _ in range(rng.randint(0, 4))]
    if getattr(sheet, "kind", "") == "photo":  # an ID-card copy: the engine gives up on all but a scrap
        spans = [s for s in spans if s[4] != "hand"][:rng.randint(0, 2)]
    seals: list[tuple[float, float, float]] = list(getattr(sheet, "seals", []))
    out = []
    for x, y, size, text, kind, width in _rows(spans):
        if kind == "hand":
            if rng.random() < 0.85:
                continue
            text = "".join(rng.choice(JUNK + text) for _ in range(max(1, len(text) // 2)))
        elif rng.random() < 0.06:  # a line the engine lost
            continue
        text = _misread(text, x, y, size, width, seals, rng)
        if kind == "latin":
            text = _strip_marks(text)
        if text.strip():
            out.append((x * PT, y * PT + rng.uniform(-1.5, 1.5), size * PT, width * PT, text))
    return out


def _rows(spans: list[tuple[float, float, float, str, str, float]]) -> list[tuple[float, float, float, str, str, float]]:
    """Table cells on one baseline run together into one line, in reading order, their gaps lost."""
    out: list[tuple[float, float, float, str, str, float]] = []
    for s in spans:
        if s[4] == "cell" and out and out[-1][4] == "cell" and abs(out[-1][1] - s[1]) < s[2] * 0.5:
            x, y, size, text, kind, _w = out[-1]
            out[-1] = (x, y, size, text + " " * (len(text) % 2) + s[3], kind, s[0] + s[5] - x)
        else:
            out.append(s)
    return out


def _misread(text: str, x: float, y: float, size: float, width: float, seals: list[tuple[float, float, float]],
             rng: random.Random) -> str:
    chars = list(text)
    step = width / max(1, len(chars))
    for i, ch in enumerate(chars):
        cx, cy = x + step * (i + 0.5), y + size / 2
        if any((cx - sx) ** 2 + (cy - sy) ** 2 < r * r for sx, sy, r in seals) and rng.random() < 0.6:
            chars[i] = rng.choice(["", rng.choice(JUNK), rng.choice("囗回国圆园团因")])
        elif ch in LOOKALIKE and rng.random() < 0.05:
            chars[i] = LOOKALIKE[ch]
    return "".join(chars)


def _strip_marks(text: str) -> str:
    """A Chinese engine reading Vietnamese: the tone marks go, Đ reads as D."""
    plain = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))
