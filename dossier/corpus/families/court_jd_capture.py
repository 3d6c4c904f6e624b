"""How court_jd's volumes were captured: bound, then digitised on the 南关 archive room's overhead book scanner, not fed
through a sheet scanner. The sewn volume lies open, face up, in the scanner's dark cradle; a camera head above it takes
one page at a time under the scanner's own lamp. Because the binding holds the pages, every page curves down into the
spine: near the gutter the lines are squeezed (the paper turns away from the camera) and bend toward the page's
middle, the focus softens, and a dark shadow runs along the binding, the lamp's light falling off toward it across
the whole page. A sliver of the facing page shows beyond the spine, dark and rising; at the outer edge the edges of the
pages beneath step out in thin lines. To keep a springy page flat the operator pressed it at the outer margin, so a
thumb — or two fingertips — now and then shows there, over the margin, never over the print. A recto's binding is at
its left; a blank back (a verso) has it at the right. A landscape printout bound sideways (its head mostly at the spine) comes out turned a quarter,
and a sheet bound upside down comes out turned half round. The loose small papers — the non-tax receipt, the bank's
回单 — were never bound: they were laid on the scanner's dark glass plate and photographed there, a little crooked,
the glass black round them with the lamp's soft reflection and a few specks of dust on it, the slip's edge doubled
faintly by the glass's back face. Pages come out in colour or grey, 200–300 dpi, JPEG."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

CRADLE = (38.0, 36.0, 40.0)
"""the cradle's dark felt round the open page"""
GLASS = (20.0, 23.0, 30.0)
"""the dark glass plate the loose slips were laid on"""
SLIP_HEIGHT_MM = 160.0
"""a sheet lower than this is a loose slip, photographed on the glass plate"""


@dataclass
class BookShot:
    dpi: int
    rotation: int             # degrees clockwise the page content lies turned in the image (0, 90, 180, 270)
    photo: bool               # True for a slip photographed on the glass plate
    mode: str                 # book | plate
    binding: str = "left"     # which side of the image the spine is on (book)
    curl_mm: float = 26.0     # how far from the spine the page bends
    squeeze: float = 0.8      # how strongly the lines crowd at the spine (1 + squeeze = compression there)
    bow: float = 0.05         # how much the lines bend toward the middle at the spine
    shadow: float = 0.6       # darkness of the gutter shadow
    falloff: float = 0.14     # the lamp's light falling off toward the spine across the page
    fingers: list[tuple[float, float, float]] = field(default_factory=list)  # (y fraction, width mm, reach mm)
    stack: int = 4            # page edges stepping out at the outer edge
    skew: float = 0.0
    grey: bool = False
    quality: int = 82
    tint: tuple[float, float, float] = (1.0, 0.98, 0.93)
    noise: float = 2.5
    plate_angle: float = 0.0
    glare: tuple[float, float] = (0.3, 0.25)
    specks: int = 6


def _is_slip(sheet: Sheet) -> bool:
    return sheet.height < SLIP_HEIGHT_MM / 25.4 * DPI


def plan_capture(rng: random.Random, sheet: Sheet) -> BookShot:
    if _is_slip(sheet):
        return BookShot(dpi=rng.choice([240, 300]), rotation=180 if rng.random() < 0.12 else 0, photo=True,
                        mode="plate", plate_angle=rng.uniform(-7, 7), quality=rng.randint(72, 88),
                        glare=(rng.uniform(0.15, 0.85), rng.uniform(0.1, 0.4)), specks=rng.randint(3, 12),
                        noise=rng.uniform(2.5, 5.0), tint=(rng.uniform(0.96, 1.0), 1.0, rng.uniform(0.96, 1.03)))
    landscape = sheet.width > sheet.height
    rotation = (270 if rng.random() < 0.85 else 90) if landscape else (180 if rng.random() < 0.03 else 0)
    blank_back = not sheet.lines
    fingers: list[tuple[float, float, float]] = []
    roll = rng.random()
    if roll < 0.22:
        fingers = [(rng.uniform(0.25, 0.8), rng.uniform(16, 20), rng.uniform(7, 11))]
    elif roll < 0.32:
        y = rng.uniform(0.3, 0.7)
        fingers = [(y, rng.uniform(12, 14), rng.uniform(6, 9)), (y + rng.uniform(0.06, 0.08), rng.uniform(12, 14),
                                                                rng.uniform(5, 8))]
    warm = rng.uniform(0.88, 0.96)
    return BookShot(
        dpi=rng.choice([200, 240, 300, 300]), rotation=rotation, photo=False, mode="book",
        binding="right" if blank_back else "left", curl_mm=rng.uniform(24, 40), squeeze=rng.uniform(0.45, 0.9),
        bow=rng.uniform(0.04, 0.075), shadow=rng.uniform(0.45, 0.75), falloff=rng.uniform(0.08, 0.2),
        fingers=fingers, stack=rng.randint(2, 7), skew=rng.uniform(-0.9, 0.9), grey=rng.random() < 0.25,
        quality=rng.randint(70, 90), tint=(1.0, rng.uniform(0.96, 0.99), warm), noise=rng.uniform(1.5, 4.0))


def _px(mm_: float, dpi: int) -> int:
    return round(mm_ / 25.4 * dpi)


def _scaled(sheet: Sheet, dpi: int) -> Any:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * dpi / DPI), round(h0 * dpi / DPI)
    return cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()


def _turned(img: Any, rotation: int) -> Any:
    """The content turned `rotation` degrees clockwise, as the page lay in the volume."""
    return np.ascontiguousarray(np.rot90(img, k=-(rotation // 90))) if rotation else img


def _finger(canvas: Any, edge_x: float, y: float, width: float, reach: float, gen: Any) -> None:
    """A fingertip pressing the page at its outer edge (the spine on the left): it enters from the right, its pad
    flattened on the paper `reach` px inside the page edge, widening a little toward the hand; skin shaded round, the
    nail's pale edge at the tip, a soft shadow on the paper beside it."""
    h, w = canvas.shape[:2]
    r = width / 2
    tip = edge_x - reach + r
    angle = math.radians(float(gen.uniform(-14, 14)))
    x0, x1 = int(max(0, tip - r - 40)), w
    y0, y1 = int(max(0, y - r * 3)), int(min(h, y + r * 3))
    if x0 >= x1 or y0 >= y1:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    ux, uy = math.cos(angle), math.sin(angle)
    along = (xx - tip) * ux + (yy - y) * uy
    across = -(xx - tip) * uy + (yy - y) * ux
    t = np.maximum(along, 0.0)
    radius = r * (1 + 0.12 * np.clip(t / (r * 4), 0, 1))          # the finger widens toward the hand
    # the tip is an ellipse (the pad pressed flat), the rest a tube
    d = np.where(along < 0, np.sqrt((along / 1.15) ** 2 + across ** 2), np.abs(across)) / radius
    shadow = np.clip(1.25 - d, 0, 1) * 0.3
    sub = canvas[y0:y1, x0:x1]
    sub *= (1 - np.roll(shadow, (int(r * 0.3), int(r * 0.15)), axis=(0, 1)))[..., None]
    inside = np.clip((1 - d) * r / 2.5, 0, 1)[..., None]
    round_ = np.sqrt(np.clip(1 - d ** 2, 0, 1))
    skin = np.array([float(gen.uniform(200, 224)), float(gen.uniform(152, 174)), float(gen.uniform(128, 148))],
                    np.float32)
    blush = np.exp(-((along + r * 0.2) / (r * 0.9)) ** 2)[..., None] * np.array([10, -8, -8], np.float32)
    shade = (0.62 + 0.38 * round_)[..., None] * (skin + blush)
    nail_d = np.sqrt(((along - r * 0.05) / (r * 0.55)) ** 2 + (across / (r * 0.55)) ** 2)
    rim = (np.exp(-((nail_d - 1) / 0.12) ** 2) * (along < r * 0.1))[..., None]
    shade = shade * (1 - rim * 0.45) + np.array([240, 225, 218], np.float32) * rim * 0.45
    sub[:] = sub * (1 - inside) + shade * inside


def _book(sheet: Sheet, cap: BookShot, rng: random.Random) -> Any:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    page = _turned(_scaled(sheet, cap.dpi), cap.rotation)
    if cap.binding == "right":
        page = np.ascontiguousarray(page[:, ::-1])
    ph, pw = page.shape[:2]
    pad_g, pad_o, pad_v = _px(7, cap.dpi), _px(10, cap.dpi), _px(8, cap.dpi)
    ch, cw = ph + 2 * pad_v, pw + pad_g + pad_o
    # where each pixel of the picture comes from on the flat page (the spine at x = pad_g)
    g = np.arange(cw, dtype=np.float32) - pad_g
    rows = np.arange(ch, dtype=np.float32)
    curl = _px(cap.curl_mm, cap.dpi)
    near = np.exp(-np.maximum(g, 0) / curl)
    xs = g + cap.squeeze * curl * (1 - near)
    yc = ph / 2
    map_x = np.broadcast_to(xs[None, :], (ch, cw)).astype(np.float32)
    map_y = (yc + (rows[:, None] - pad_v - yc) * (1 + cap.bow * near[None, :]) + ph * 0.004 * near[None, :])
    map_y = map_y.astype(np.float32)
    paper = np.median(page[::17, ::17].reshape(-1, 3), axis=0).astype(np.float32)
    canvas: Any = cv2.remap(page, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                            borderValue=tuple(round(v) for v in CRADLE)).astype(np.float32)
    # focus softens where the paper dips into the gutter
    strip = min(cw, pad_g + 3 * curl)
    soft = cv2.GaussianBlur(canvas[:, :strip], (0, 0), 2.2)
    focus = (near[:strip] ** 1.5)[None, :, None]
    canvas[:, :strip] = canvas[:, :strip] * (1 - focus) + soft * focus
    # the facing page beyond the spine: paper rising out of the gutter, dark at the fold
    facing = np.clip(-g[:pad_g] / max(pad_g, 1), 0, 1)
    v0, v1 = int(pad_v * 0.6), int(ch - pad_v * 0.6)
    canvas[:, :pad_g] = CRADLE
    canvas[v0:v1, :pad_g] = paper[None, None, :] * (0.22 + 0.55 * facing[None, :, None] ** 0.7)
    # the edges of the pages beneath, stepping out at the outer edge
    edge = pad_g + pw - cap.squeeze * curl
    for k in range(1, cap.stack + 1):
        x = int(edge + k * max(2, cap.dpi // 90))
        if x < cw:
            tone = paper * (0.78 - 0.05 * k)
            top, bottom = pad_v + int(gen.integers(-4, 6)) * k // 2, ch - pad_v + int(gen.integers(-6, 4)) * k // 2
            canvas[max(0, top):min(ch, bottom), x:x + max(1, cap.dpi // 150)] = tone
    # the lamp: falling off toward the spine, a dark shadow along it, a little toward top and bottom
    across = np.clip(g / pw, 0, 1)
    light = 1 - cap.falloff * (1 - across) - cap.shadow * np.exp(-np.maximum(g, 0) / _px(7, cap.dpi))
    vert = 1 - 0.06 * ((rows - ch / 2) / (ch / 2)) ** 2
    canvas *= (vert[:, None] * light[None, :])[..., None]
    for yf, width, reach in cap.fingers:
        _finger(canvas, edge, pad_v + yf * ph, _px(width, cap.dpi), _px(reach, cap.dpi), gen)
    if abs(cap.skew) > 0.01:
        rot = cv2.getRotationMatrix2D((cw / 2, ch / 2), cap.skew, 1.0)
        canvas = cv2.warpAffine(canvas, rot, (cw, ch), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                borderValue=CRADLE)
    if cap.binding == "right":
        canvas = canvas[:, ::-1]
    return canvas


def _plate(sheet: Sheet, cap: BookShot, rng: random.Random) -> Any:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    slip = _turned(_scaled(sheet, cap.dpi), cap.rotation).astype(np.float32)
    sh, sw = slip.shape[:2]
    margin = _px(22, cap.dpi)
    ch, cw = sh + 2 * margin, sw + 2 * margin
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    canvas = np.empty((ch, cw, 3), np.float32)
    canvas[:] = GLASS
    gx, gy = cap.glare[0] * cw, cap.glare[1] * ch
    glow = np.exp(-(((xx - gx) / (cw * 0.35)) ** 2 + ((yy - gy) / (ch * 0.3)) ** 2))
    canvas += (glow * 34)[..., None]
    for _ in range(cap.specks):
        x, y = int(gen.uniform(0, cw)), int(gen.uniform(0, ch))
        cv2.circle(canvas, (x, y), int(gen.integers(1, 4)), (150.0, 150.0, 155.0), -1)
    # the slip, turned as it lay, and the faint doubled edge from the glass's back face
    rot = cv2.getRotationMatrix2D((cw / 2, ch / 2), cap.plate_angle, 1.0)
    rot[0, 2] += gen.uniform(-margin * 0.3, margin * 0.3)
    rot[1, 2] += gen.uniform(-margin * 0.3, margin * 0.3)
    placed = np.zeros((ch, cw, 3), np.float32)
    placed[margin:margin + sh, margin:margin + sw] = slip
    alpha = np.zeros((ch, cw), np.float32)
    alpha[margin:margin + sh, margin:margin + sw] = 1
    placed = cv2.warpAffine(placed, rot, (cw, ch), flags=cv2.INTER_LINEAR)
    alpha = cv2.warpAffine(alpha, rot, (cw, ch), flags=cv2.INTER_LINEAR)
    ghost = np.roll(alpha, (_px(1.2, cap.dpi), _px(0.8, cap.dpi)), axis=(0, 1)) * (1 - alpha)
    canvas += (ghost * 26)[..., None]
    a = alpha[..., None]
    canvas = canvas * (1 - a) + placed * a
    vignette = 1 - 0.18 * (((xx - cw / 2) / (cw / 2)) ** 2 + ((yy - ch / 2) / (ch / 2)) ** 2)
    canvas *= vignette[..., None]
    canvas += (glow * 10)[..., None] * a
    return canvas


def capture(sheet: Sheet, cap: BookShot, rng: random.Random) -> bytes:
    img = _plate(sheet, cap, rng) if cap.mode == "plate" else _book(sheet, cap, rng)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    img = img * np.array(cap.tint, np.float32)
    img += (gen.standard_normal(img.shape[:2], dtype=np.float32) * cap.noise)[..., None]
    img = np.clip(img, 0, 255)
    if cap.grey:
        grey = img @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    else:
        pil = Image.fromarray(img.astype(np.uint8), "RGB")
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
