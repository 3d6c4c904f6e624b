"""How court_hr's volumes were captured: the WORKING volume, as the undertaker and the division head left it, run
through the 港北 bureau's sheet-fed scanner at 300 dpi, 8-bit grey.

The pen came first. The head of the enforcement division read the papers that crossed his desk with a ballpoint —
red or blue, one pen to a page — and wrote his 批示 where there was room: in the top margin, running over the court's
name or the sender's letterhead when the margin was too tight (拟同意。请何晓办理。 / 同意查封，速办 / 已阅，按程序办,
his name and a date like 2.6 after it), the whole note tilted a few degrees. The undertaker went through the same
papers with her own pen: a loose ellipse round an amount or a party's name, an underline (sometimes wavy, sometimes
doubled) under the case number or a sum, a tick in the left margin against a line, a short note in the margin (已核,
款已到, 催回证, 船在哪？) with an arrow to what it is about. Where the kit printed an amount, a name or a case number
(court_hr_kit.spots) the pen goes there; pages with nothing printed of the sort (a card copy, a cover) get little or
nothing. Ink lies over the print (multiplied, never painted over).

Then the volume was unstapled for the feeder, and the stapled top-left corner of some sheets had been folded over
while the bundle was leafed through: the corner triangle is gone from the page (the scanner's pale grey backing shows
there), and the flap lies on the page beside the fold, its blank back up (a shade darker than the face, the print of
the corner showing through mirrored and faint), with the two staple holes on it and a soft shadow along its edges — it
hides the first characters of the lines it covers. A few sheets went into the feeder upside down and were stored so
(180°). The feeder skews each sheet a little (±0.6°); sensor noise, a slight softness, JPEG at quality 62–82."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.families.court_hr_kit import desk, spots
from dossier.corpus.fonts import font

BACKING = 226.0
"""the feeder's pale grey backing plate, seen where a sheet does not cover it"""
FLAP = 236.0
"""the back of the paper, a shade darker than its face"""
RED_PEN = (196, 38, 44)
BLUE_PEN = (28, 46, 160)
PISHI = {"enforcement_application", "law_firm_letter", "enforcement_basis", "enforcement_ruling", "fine_decision",
         "detention_decision", "termination_this_round_ruling", "settlement_agreement", "assistance_notice",
         "closing_notice", "payment_voucher", "investigation_record", "online_inquiry_result"}
"""papers the head reads and instructs on"""
QUIET = {"dossier_cover", "catalogue", "remarks_sheet", "file_review_form", "identity_proof", "lawyer_license"}
"""papers nobody marks (the archive's own sheets, card copies)"""
NOTES = ["已核", "款已到", "催回证", "见回证", "核对金额", "已电话联系", "注意期限", "待补", "已送达"]


@dataclass
class Mark:
    """One pen mark, in the sheet's drawing pixels: kind ellipse | underline | wavy | tick | note | pishi."""

    kind: str
    box: tuple[float, float, float, float]
    ink: tuple[int, int, int]
    text: str = ""
    angle: float = 0.0
    arrow_to: tuple[float, float] | None = None


@dataclass
class PenScan:
    dpi: int
    rotation: int
    photo: bool
    skew: float
    quality: int
    noise: float
    blur: float
    marks: list[Mark] = field(default_factory=list)
    fold: tuple[float, float] | None = None
    """the folded corner's legs along the top and down the left edge, mm"""
    holes: tuple[float, float] = (7.0, 9.0)
    """the staple's two holes, mm from the corner along the diagonal"""


def _pishi_text(rng: random.Random, code: str, officer: str) -> str:
    if code == "enforcement_ruling":
        return rng.choice(["同意查封，速办。", "同意，请抓紧送达。", f"拟同意。请{officer}办理。"])
    if code in ("fine_decision", "detention_decision"):
        return rng.choice(["同意，报院长签发。", "同意拘留。", "拟同意，报院领导。"])
    if code == "termination_this_round_ruling":
        return "同意终本。"
    if code in ("enforcement_application", "law_firm_letter"):
        return rng.choice([f"请{officer}办理。", f"拟同意。请{officer}同志办理。", f"请{officer}阅处。"])
    return rng.choice(["已阅，按程序办。", "已阅。", f"请{officer}落实。", "拟同意。"])


def _text_rows(sheet: Sheet) -> list[tuple[int, int, int]]:
    """Rows of print on the sheet (y0, y1, x of the first ink), found from the image, at the drawing dpi."""
    g: Any = np.asarray(sheet.image.convert("L").reduce(2), dtype=np.uint8)
    ink = g < 120
    rows = ink.sum(axis=1) > 2
    out: list[tuple[int, int, int]] = []
    y = 0
    h = len(rows)
    while y < h:
        if rows[y]:
            y0 = y
            while y < h and rows[y]:
                y += 1
            if y - y0 >= 6:
                cols = np.nonzero(ink[y0:y].any(axis=0))[0]
                out.append((y0 * 2, y * 2, int(cols[0]) * 2))
        y += 1
    return out


def plan_capture(rng: random.Random, sheet: Sheet) -> PenScan:
    info = desk(sheet)
    code = info.code if info else ""
    first = sheet.page_of is None or sheet.page_of[0] == 1
    ink = RED_PEN if rng.random() < 0.5 else BLUE_PEN
    marks: list[Mark] = []
    if code not in QUIET:
        rows = _text_rows(sheet)
        top = rows[0][0] if rows else 300
        if info and first and rng.random() < (0.75 if code in PISHI else 0.15):
            text = _pishi_text(rng, code, info.officer)
            day = info.day
            sign = f"{info.head} {day.month}.{min(28, day.day + rng.randint(0, 2))}"
            size = rng.uniform(58, 72)
            x = rng.uniform(sheet.width * 0.18, sheet.width * 0.42)
            room = top - 40
            y = max(30.0, room - size * 2.3) if room > size * 2.4 else rng.uniform(24, 60)  # over the letterhead
            marks.append(Mark("pishi", (x, y, x + size * (len(text) + 1), y + size * 2.3), ink, text + "\n" + sign,
                              angle=rng.uniform(-5, 3)))
        pen = ink if rng.random() < 0.7 else (BLUE_PEN if ink == RED_PEN else RED_PEN)
        found = list(spots(sheet))
        rng.shuffle(found)
        budget = rng.choice([0, 1, 2, 2, 3, 4]) if found else 0
        for x0, y0, x1, y1, kind in found[:budget]:
            roll = rng.random()
            if kind in ("money", "name") and roll < 0.5:
                marks.append(Mark("ellipse", (x0 - 14, y0 - 10, x1 + 14, y1 + 8), pen, angle=rng.uniform(-3, 3)))
            elif roll < 0.8:
                marks.append(Mark("wavy" if rng.random() < 0.3 else "underline", (x0 - 4, y1 + 2, x1 + 6, y1 + 12), pen,
                                  text="2" if rng.random() < 0.2 else ""))
            else:
                nx = sheet.width - rng.uniform(150, 230)
                ny = max(40.0, y0 - rng.uniform(60, 160))
                marks.append(Mark("note", (nx, ny, nx + 150, ny + 52), pen, rng.choice(NOTES), rng.uniform(-8, 8),
                                  arrow_to=(x1 + 6, (y0 + y1) / 2)))
        body = [r for r in rows if r[2] < sheet.width * 0.3 and r[0] > top + 150]
        for y0, y1, _x in rng.sample(body, k=min(len(body), rng.choice([0, 0, 1, 2, 3]))):
            marks.append(Mark("tick", (rng.uniform(60, 110), (y0 + y1) / 2 - 24, 0, 0), pen))
    fold = (rng.uniform(38, 62), rng.uniform(32, 55)) if rng.random() < 0.14 else None
    return PenScan(dpi=300, rotation=180 if rng.random() < 0.05 else 0, photo=False,
                   skew=rng.uniform(-0.6, 0.6), quality=rng.randint(62, 82), noise=rng.uniform(1.5, 3.5),
                   blur=rng.uniform(0.3, 0.7), marks=marks, fold=fold, holes=(rng.uniform(5, 8), rng.uniform(10, 13)))


def _hand(layer: Image.Image, x: float, y: float, text: str, size: float, angle: float, rng: random.Random) -> None:
    """Ballpoint writing into the ink mask: each line a string of jittered 楷 characters, the block tilted."""
    lines = text.split("\n")
    w = int(size * (max(len(t) for t in lines) + 2))
    h = int(size * 1.5 * len(lines) + size)
    block = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(block)
    for k, line in enumerate(lines):
        cx = size * (0.2 + 1.6 * k)  # the signature line sits further right
        for ch in line:
            s = max(12, int(size * rng.uniform(0.86, 1.08)))
            f = font("kai" if rng.random() < 0.6 else "wenkai", s)
            d.text((cx, size * 0.2 + k * size * 1.45 + rng.uniform(-4, 4)), ch, font=f, fill=255)
            cx += f.getlength(ch) * rng.uniform(0.82, 1.0)
    block = block.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    layer.paste(255, (int(x), int(y)), block)


def _draw_marks(img: Any, marks: list[Mark], k: float, rng: random.Random) -> Any:
    """Every mark onto the page image (RGB float), multiplied like ink; coordinates scaled by k."""
    h, w = img.shape[:2]
    layers: dict[tuple[int, int, int], Image.Image] = {}
    for mark in marks:
        layer = layers.setdefault(mark.ink, Image.new("L", (w, h), 0))
        d = ImageDraw.Draw(layer)
        x0, y0, x1, y1 = (v * k for v in mark.box)
        pw = max(3, round(2.2 * k))
        if mark.kind == "pishi":
            _hand(layer, x0, y0, mark.text, (y1 - y0) / 2.3, mark.angle, rng)
        elif mark.kind == "note":
            _hand(layer, x0, y0, mark.text, (y1 - y0), mark.angle, rng)
            if mark.arrow_to is not None:
                ax, ay = mark.arrow_to[0] * k, mark.arrow_to[1] * k
                sx, sy = x0 - 8, y1 - (y1 - y0) / 3
                mx, my = (sx + ax) / 2 + rng.uniform(-30, 30), min(sy, ay) - rng.uniform(10, 50)
                pts = [((1 - t) ** 2 * sx + 2 * (1 - t) * t * mx + t * t * ax,
                        (1 - t) ** 2 * sy + 2 * (1 - t) * t * my + t * t * ay) for t in np.linspace(0, 1, 24)]
                d.line(pts, fill=255, width=pw)
                ang = math.atan2(ay - pts[-3][1], ax - pts[-3][0])
                for da in (2.6, -2.6):
                    d.line([(ax, ay), (ax + 26 * math.cos(ang + da), ay + 26 * math.sin(ang + da))], fill=255, width=pw)
        elif mark.kind == "ellipse":
            cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
            start = rng.uniform(0, 2 * math.pi)
            sweep = rng.uniform(2.05, 2.3) * math.pi  # a loose loop that overshoots where it began
            pts = []
            for t in np.linspace(0, 1, 90):
                a = start + sweep * t
                wob = 1 + 0.05 * math.sin(3 * a + start) + 0.06 * t
                pts.append((cx + rx * wob * math.cos(a), cy + ry * wob * math.sin(a)))
            d.line(pts, fill=255, width=pw, joint="curve")
        elif mark.kind in ("underline", "wavy"):
            n = 40
            xs = np.linspace(x0, x1, n)
            amp = 7 * k / 1.5 if mark.kind == "wavy" else 0
            slope = rng.uniform(-4, 4)
            for rep in range(2 if mark.text == "2" else 1):
                pts = [(float(x), y0 + rep * 10 * k / 1.5 + slope * i / n + amp * math.sin(i * 0.9) + rng.uniform(-1, 1))
                       for i, x in enumerate(xs)]
                d.line(pts, fill=255, width=pw)
        elif mark.kind == "tick":
            s = 22 * k / 1.5
            d.line([(x0, y0 + s), (x0 + s * 0.7, y0 + s * 1.8), (x0 + s * 2.2, y0 - s * 0.4)], fill=255, width=pw + 1,
                   joint="curve")
    for colour, layer in layers.items():
        alpha: Any = np.asarray(layer, dtype=np.float32) / 255.0
        alpha = cv2.GaussianBlur(alpha, (0, 0), 0.7)[..., None] * rng.uniform(0.8, 0.95)
        ink = np.array(colour, np.float32) / 255.0
        img = img * (1 - alpha * (1 - ink))
    return img


def _fold(g: Any, legs: tuple[float, float], holes: tuple[float, float], dpi: int) -> Any:
    """The stapled top-left corner folded over: the corner triangle shows the backing, its mirror image across the
    fold line the paper's back (faint mirrored show-through, the staple holes), shadowed along its free edges."""
    h, w = g.shape
    a, b = legs[0] / 25.4 * dpi, legs[1] / 25.4 * dpi
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    # the fold line x/a + y/b = 1; n is its unit normal, dist the signed distance (negative on the corner's side)
    n = np.array([1 / a, 1 / b], np.float32)
    norm = float(np.hypot(*n))
    dist = (xx / a + yy / b - 1) / norm
    corner = dist < 0
    # reflection across the fold line of every pixel: p' = p - 2 * dist * n/|n|
    rx = xx - 2 * dist * (n[0] / norm)
    ry = yy - 2 * dist * (n[1] / norm)
    flap = (dist >= 0) & (rx >= 0) & (ry >= 0) & (rx / a + ry / b < 1)
    src = cv2.remap(g.astype(np.float32), rx, ry, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    out = g.astype(np.float32).copy()
    # shadow cast by the flap's free edges onto the page (a few px outside the flap, not along the fold)
    outer = cv2.dilate(flap.astype(np.uint8), np.ones((9, 9), np.uint8)).astype(bool) & ~flap & ~corner
    out[outer] -= 22
    out[flap] = FLAP - (255 - src[flap]) * 0.07
    out[corner] = BACKING
    fold_line = np.abs(dist) < 2.0
    out[fold_line & ~corner] -= 30
    # the staple's two holes, on the corner: after the fold they sit on the flap, mirrored
    for t in holes:
        px = py = t / 25.4 * dpi
        d = (px / a + py / b - 1) / norm
        hx, hy = px - 2 * d * n[0] / norm, py - 2 * d * n[1] / norm
        cv2.circle(out, (round(hx), round(hy)), max(2, round(dpi / 120)), 90.0, -1)
    return np.clip(out, 0, 255)


def capture(sheet: Sheet, cap: PenScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    k = cap.dpi / DPI
    h, w = round(rgb.shape[0] * k), round(rgb.shape[1] * k)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_CUBIC) if k != 1 else rgb.copy()
    img = _draw_marks(np.clip(img, 0, 255), cap.marks, k, rng)
    g = img @ np.array([0.299, 0.587, 0.114], np.float32)
    if cap.fold is not None:
        g = _fold(g, cap.fold, cap.holes, cap.dpi)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        g = cv2.warpAffine(g, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=BACKING)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    g = cv2.GaussianBlur(g, (0, 0), cap.blur) + gen.normal(0, cap.noise, g.shape)
    out = np.clip(g * 0.97 + 4, 0, 255).astype(np.uint8)
    if cap.rotation:
        out = np.ascontiguousarray(np.rot90(out, k=-cap.rotation // 90))
    buf = io.BytesIO()
    Image.fromarray(out, "L").save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
