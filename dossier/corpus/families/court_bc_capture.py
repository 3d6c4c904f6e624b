"""How court_bc's dossiers were captured: every paper laid under the filing window's 高拍仪 (a document camera on
a gooseneck, about 5 MP) and photographed, then stored at 1600 px on the long side. The camera sees a fixed field a
little larger than A4, so the grey desk mat shows round every page (more round a slip or a crooked page, up to ±4°);
its LED leaves a hot spot in one fixed place and the light falls off toward the corners; the lens adds slight barrel
distortion; a page stapled at its corner curls up there, a page folded for the post bulges along its fold, so text
lines bend; the clerk's fingertips hold a page flat at its edge, sometimes over the first characters of a line."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

FIELD_MM = (224.0, 304.0)   # what the camera sees, portrait, in mm on the desk
LONG_SIDE = 1600            # the stored photo's long side
HOT_SPOT = (0.60, 0.36)     # where the LED's reflection sits in the frame (fraction of width, height)
MAT = (128, 131, 134)       # the desk mat's grey


@dataclass
class BCCapture:
    dpi: int
    rotation: int
    photo: bool
    angle: float                       # how crooked the page lies, degrees
    shift: tuple[float, float]         # its offset from the frame's centre, fraction of the free margin
    curl: str                          # "staple" | "fold" | "" — where the paper lifts
    curl_px: float                     # how far the lifted paper bends a text line, px
    fingers: list[tuple[str, float, float]] = field(default_factory=list)  # (edge, position 0–1, reach mm)
    barrel: float = 0.03
    hot: float = 40.0                  # brightness added at the hot spot
    falloff: float = 0.22              # darkening at the corners
    blur: float = 0.6
    noise: float = 3.0
    quality: int = 80


def px_per_mm() -> float:
    return LONG_SIDE / FIELD_MM[1]


def plan_capture(rng: random.Random, sheet: Sheet) -> BCCapture:
    w_mm, h_mm = sheet.width / DPI * 25.4, sheet.height / DPI * 25.4
    small = w_mm < 200 or h_mm < 280
    angle = rng.uniform(-4, 4) if small or rng.random() < 0.25 else rng.uniform(-1.5, 1.5)
    curl = rng.choices(["staple", "fold", ""], weights=[5, 3, 2])[0] if not small else rng.choice(["", "fold"])
    edges = ["left", "right", "bottom"] if not small else ["left", "right", "top", "bottom"]
    fingers: list[tuple[str, float, float]] = []
    for _ in range(rng.choices([0, 1, 2], weights=[2, 5, 3])[0]):
        reach = rng.uniform(6, 14) if rng.random() < 0.7 else rng.uniform(18, 30)
        fingers.append((rng.choice(edges), rng.uniform(0.2, 0.8), reach))
    return BCCapture(dpi=round(px_per_mm() * 25.4), rotation=0, photo=True, angle=angle,
                     shift=(rng.uniform(-0.6, 0.6), rng.uniform(-0.6, 0.6)), curl=curl,
                     curl_px=rng.uniform(6, 13), fingers=fingers, barrel=rng.uniform(0.02, 0.045),
                     hot=rng.uniform(28, 48), falloff=rng.uniform(0.15, 0.3), blur=rng.uniform(0.3, 0.9),
                     noise=rng.uniform(2, 4.5), quality=rng.randint(68, 88))


def capture(sheet: Sheet, plan: BCCapture, rng: random.Random) -> bytes:
    k = px_per_mm() / (DPI / 25.4)
    page = np.asarray(sheet.image.convert("RGB").resize(
        (max(1, round(sheet.width * k)), max(1, round(sheet.height * k))), Image.Resampling.LANCZOS)).astype(np.float32)
    page = _curl(page, plan)
    fw, fh = round(FIELD_MM[0] * px_per_mm()), LONG_SIDE
    frame = _mat(fw, fh, rng)
    _lay(frame, page, plan)
    for edge, pos, reach in plan.fingers:
        _finger(frame, page.shape, plan, edge, pos, reach, rng)
    frame = _barrel(frame, plan.barrel)
    frame = _light(frame, plan)
    if plan.blur > 0.05:
        frame = cv2.GaussianBlur(frame, (0, 0), plan.blur)
    frame += np.random.default_rng(rng.randint(0, 2**31)).normal(0, plan.noise, frame.shape).astype(np.float32)
    out = io.BytesIO()
    Image.fromarray(np.clip(frame, 0, 255).astype(np.uint8)).save(out, format="JPEG", quality=plan.quality,
                                                                  dpi=(plan.dpi, plan.dpi))
    return out.getvalue()


def _curl(page: np.ndarray, plan: BCCapture) -> np.ndarray:
    """Bends the text lines where the paper lifts: toward the stapled top-left corner, or along a mailing fold."""
    if not plan.curl:
        return page
    h, w = page.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    if plan.curl == "staple":
        d = np.sqrt((xs / w) ** 2 + (ys / h * 1.4) ** 2)
        lift = np.exp(-(d / 0.4) ** 2)
        dy = plan.curl_px * 3.2 * lift * (1 - xs / w)
        dx = plan.curl_px * 1.0 * lift
        shade = 1 - 0.14 * lift
    else:
        yf = h * 0.34
        band = np.exp(-((ys - yf) / (h * 0.08)) ** 2)
        dy = plan.curl_px * 1.6 * band * np.sin(np.pi * xs / w)
        dx = np.zeros_like(dy)
        shade = 1 - 0.07 * band * (xs / w)
    out = cv2.remap(page, xs - dx, ys - dy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    return out * shade[..., None]


def _mat(w: int, h: int, rng: random.Random) -> np.ndarray:
    g = np.random.default_rng(rng.randint(0, 2**31))
    base = np.empty((h, w, 3), np.float32)
    base[:] = MAT
    texture = cv2.GaussianBlur(g.normal(0, 6, (h, w)).astype(np.float32), (0, 0), 3)
    return base + texture[..., None]


def _placement(frame_shape: tuple[int, ...], page_shape: tuple[int, ...], plan: BCCapture) -> tuple[float, float]:
    fh, fw = frame_shape[:2]
    ph, pw = page_shape[:2]
    cx = fw / 2 + plan.shift[0] * max(0.0, (fw - pw) / 2)
    cy = fh / 2 + plan.shift[1] * max(0.0, (fh - ph) / 2)
    return cx, cy


def _lay(frame: np.ndarray, page: np.ndarray, plan: BCCapture) -> None:
    """The page laid on the mat, turned by plan.angle about its centre, with a faint shadow at its edge."""
    fh, fw = frame.shape[:2]
    ph, pw = page.shape[:2]
    cx, cy = _placement(frame.shape, page.shape, plan)
    m = cv2.getRotationMatrix2D((pw / 2, ph / 2), plan.angle, 1.0)
    m[0, 2] += cx - pw / 2
    m[1, 2] += cy - ph / 2
    warped = cv2.warpAffine(page, m, (fw, fh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpAffine(np.ones((ph, pw), np.float32), m, (fw, fh), flags=cv2.INTER_LINEAR)
    shadow = cv2.GaussianBlur(cv2.warpAffine(mask, np.array([[1, 0, 3], [0, 1, 5]], np.float32), (fw, fh)), (0, 0), 4)
    frame *= (1 - 0.35 * shadow * (1 - mask))[..., None]
    frame[:] = frame * (1 - mask[..., None]) + warped * mask[..., None]


def _finger(frame: np.ndarray, page_shape: tuple[int, ...], plan: BCCapture, edge: str, pos: float, reach: float,
            rng: random.Random) -> None:
    """A fingertip pressing the page at an edge: a skin-toned finger coming in over the mat, its rounded tip `reach`
    mm inside the page, shaded across its width, with a paler nail near the tip."""
    fh, fw = frame.shape[:2]
    ph, pw = page_shape[:2]
    cx, cy = _placement(frame.shape, page_shape, plan)
    s = px_per_mm()
    a = math.radians(-plan.angle)
    out_x, out_y = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "top": (0.0, -1.0), "bottom": (0.0, 1.0)}[edge]
    if edge in ("left", "right"):
        lx, ly = out_x * (pw / 2 - reach * s), (pos - 0.5) * ph
    else:
        lx, ly = (pos - 0.5) * pw, out_y * (ph / 2 - reach * s)
    tx = cx + lx * math.cos(a) - ly * math.sin(a)
    ty = cy + lx * math.sin(a) + ly * math.cos(a)
    ux, uy = out_x * math.cos(a) - out_y * math.sin(a), out_x * math.sin(a) + out_y * math.cos(a)
    half = rng.uniform(7.0, 8.5) * s
    mask = np.zeros((fh, fw), np.float32)
    far = (round(tx + ux * 3 * fh), round(ty + uy * 3 * fh))
    cv2.line(mask, (round(tx), round(ty)), far, 1.0, thickness=round(2 * half))
    cv2.circle(mask, (round(tx), round(ty)), round(half), 1.0, -1)
    mask = np.asarray(cv2.GaussianBlur(mask, (0, 0), 2.0), np.float32)
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    along = (xx - tx) * ux + (yy - ty) * uy
    across = np.abs((xx - tx) * -uy + (yy - ty) * ux) / half
    skin = np.array([rng.uniform(205, 232), rng.uniform(150, 178), rng.uniform(120, 148)], np.float32)
    tone = (1.06 - 0.32 * np.clip(across, 0, 1.2) ** 2)[..., None] * skin
    nail = np.exp(-(((along - 0.9 * half) / (0.8 * half)) ** 2 + (across / 0.55) ** 2))
    tone = tone + nail[..., None] * np.array([22, 26, 30], np.float32)
    frame[:] = frame * (1 - mask[..., None]) + tone * mask[..., None]


def _barrel(frame: np.ndarray, k: float) -> np.ndarray:
    h, w = frame.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    nx, ny = (xs - w / 2) / (w / 2), (ys - h / 2) / (w / 2)
    r2 = nx * nx + ny * ny
    corner = 1 + (h / w) ** 2
    f = (1 + k * r2) / (1 + k * corner)  # the frame's corners stay its corners: nothing is sampled from outside
    return cv2.remap(frame, nx * f * (w / 2) + w / 2, ny * f * (w / 2) + h / 2, cv2.INTER_LINEAR,
                     borderMode=cv2.BORDER_REFLECT)


def _light(frame: np.ndarray, plan: BCCapture) -> np.ndarray:
    h, w = frame.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    nx, ny = (xs - w / 2) / (w / 2), (ys - h / 2) / (h / 2)
    fall = 1 - plan.falloff * (nx * nx + ny * ny) / 2
    hx, hy = HOT_SPOT[0] * w, HOT_SPOT[1] * h
    hot = plan.hot * np.exp(-(((xs - hx) ** 2 + (ys - hy) ** 2) / (2 * (0.11 * w) ** 2)))
    tint = np.array([0.99, 1.0, 1.02], np.float32)
    exposure = 0.9  # the camera exposes white paper a little below full scale; the hot spot then burns it out
    return frame * exposure * fall[..., None] * tint + hot[..., None]
