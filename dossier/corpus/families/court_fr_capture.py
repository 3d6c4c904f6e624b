"""How court_fr's dossiers were captured: 云上执行. 玉州法院执行局 holds its 约谈, 询问 and 听证 as video sessions on the
移动微法院 / 云上法庭, and many parties never came to the window at all: in the session they held their papers up to the
laptop's webcam or the phone's front camera, and the clerk saved frames from the recording as the dossier's pages.

A saved frame is the whole video picture, 1280×720 or 1920×1080 (a phone held upright gives 720×1280 or 1080×1920),
which the system then upscaled so that the paper in it comes out at about page size (150–200 dpi of paper). In it the
sheet is held in the air a little way off the lens: tilted and turned (perspective), lit by the room — a window on one
side, a ceiling lamp, a warm or a cold cast, one half brighter — with a bit of the room around it (a wall, a shelf, a
curtain, the caller's shoulder), the caller's thumbs over the margins where the hands grip the sheet, the motion blur
of a hand that would not keep still, and the video codec's marks: 8×8/16×16 blocking in flat areas, smeared fine
strokes, the colour bleeding at half resolution, then softened once more by the upscale. Turning the paper sideways
to fill a landscape webcam happens often: such frames come out turned a quarter. Front cameras mirror their picture:
a few frames (only of papers the parties held up, and never one that is also turned) are stored mirrored left–right,
as the caller saw themselves — a clerk reads them in a mirror.

The bureau's own papers — notices, rulings, forms, the receipts signed at the window, the system's printouts — were
scanned normally on its flatbed: 200–300 dpi, grey or colour, a slight skew, the lid's off-white at an edge, sensor
noise, JPEG; now and then one laid on the glass upside down."""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

FRAMES = ((1280, 720), (1920, 1080))
"""the recording's frame sizes (landscape; a phone held upright records them turned)"""


@dataclass
class Plan:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    video: bool = False
    frame: tuple[int, int] = (0, 0)          # frame width, height (video)
    mirrored: bool = False                    # the front camera's picture, stored as the caller saw it
    fill: float = 0.0                         # how much of the frame's height (or width, sideways) the sheet spans
    tilt: float = 0.0                         # in-plane turn, degrees
    keystone: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)   # corner pulls, fraction of the sheet
    offset: tuple[float, float] = (0.0, 0.0)  # sheet centre's shift in the frame, fraction
    blur: tuple[float, float] = (0.0, 0.0)    # motion blur: length in frame px, direction in degrees
    codec: int = 30                           # the stream's loss, as a JPEG quality on the frame
    light: tuple[float, float, float] = (1.0, 1.0, 1.0)  # the room's colour cast
    falloff: tuple[float, float] = (0.0, 0.0)  # brightness lost across the frame: amount, direction (deg)
    room: int = 0                             # which room is behind the sheet
    thumbs: tuple[float, ...] = ()            # positions along the sheet's sides where thumbs grip, fraction
    skew: float = 0.0                         # flatbed: the sheet's skew, degrees
    grey: bool = False                        # flatbed: saved in grey
    lid: int = 0                              # flatbed: px of the lid shown at the right edge


def held_up(sheet: Sheet) -> bool:
    return bool(vars(sheet).get("held_up", False))


def plan_capture(rng: random.Random, sheet: Sheet) -> Plan:
    if not held_up(sheet):
        return Plan(dpi=rng.choice([200, 200, 240, 300]), rotation=180 if rng.random() < 0.03 else 0, photo=False,
                    quality=rng.randint(62, 88), skew=rng.uniform(-0.9, 0.9), grey=rng.random() < 0.45,
                    lid=rng.choice([0, 0, rng.randint(6, 26)]))
    phone = rng.random() < 0.45
    fw, fh = rng.choice(FRAMES)
    sideways = not phone and rng.random() < 0.4
    if phone:
        fw, fh = fh, fw
    rotation = rng.choice([90, 270]) if sideways else 0
    mirrored = not sideways and rng.random() < 0.1
    n_thumbs = rng.choice([1, 2, 2, 2])
    return Plan(
        dpi=rng.choice([150, 180, 200]), rotation=rotation, photo=True, quality=rng.randint(70, 88), video=True,
        frame=(fw, fh), mirrored=mirrored, fill=rng.uniform(0.84, 0.94), tilt=rng.uniform(-6, 6),
        keystone=(rng.uniform(-0.035, 0.035), rng.uniform(-0.035, 0.035), rng.uniform(0, 0.03), rng.uniform(-0.02, 0.02)),
        offset=(rng.uniform(-0.05, 0.05), rng.uniform(-0.03, 0.03)),
        blur=(rng.choice([0.0, rng.uniform(1.5, 3.5), rng.uniform(2.5, 5.0)]), rng.uniform(0, 180)),
        codec=rng.randint(34, 55), light=(rng.uniform(0.95, 1.06), rng.uniform(0.95, 1.02), rng.uniform(0.82, 1.05)),
        falloff=(rng.uniform(0.08, 0.3), rng.uniform(0, 360)), room=rng.randint(0, 3),
        thumbs=tuple(sorted(rng.uniform(0.3, 0.8) for _ in range(n_thumbs))))


def capture(sheet: Sheet, plan: Plan, rng: random.Random) -> bytes:
    img = _frame(sheet, plan, rng) if plan.video else _flatbed(sheet, plan, rng)
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=plan.quality, dpi=(plan.dpi, plan.dpi))
    return buf.getvalue()


def _flatbed(sheet: Sheet, plan: Plan, rng: random.Random) -> Image.Image:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = a.shape[:2]
    w, h = round(w0 * plan.dpi / DPI), round(h0 * plan.dpi / DPI)
    a = cv2.resize(a, (w, h), interpolation=cv2.INTER_AREA if plan.dpi < DPI else cv2.INTER_CUBIC)
    a *= np.array([0.985, 0.975, 0.955], np.float32)  # the lamp and the paper's tone
    m = cv2.getRotationMatrix2D((w / 2, h / 2), plan.skew, 1.0)
    a = cv2.warpAffine(a, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=(236, 235, 230))
    if plan.lid:
        a[:, w - plan.lid:] = np.array([228, 227, 222], np.float32)
        a[:, w - plan.lid - 2: w - plan.lid] *= 0.8
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a += gen.normal(0, rng.uniform(1.5, 4.0), a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    if plan.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-plan.rotation // 90))
    pil = Image.fromarray(a, "RGB")
    return pil.convert("L") if plan.grey else pil


def _room(plan: Plan, fw: int, fh: int, gen: Any) -> Any:
    """What is behind the sheet: a wall with a light gradient and one of four furnishings."""
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    walls = [(214, 206, 190), (196, 204, 206), (226, 222, 214), (180, 170, 156)]
    base = np.array(walls[plan.room], np.float32)
    img = np.ones((fh, fw, 3), np.float32) * base
    img *= (0.82 + 0.25 * xx / fw)[..., None]
    if plan.room == 0:  # a bookshelf on the left
        x1 = int(fw * 0.2)
        img[:, :x1] = np.array([120, 88, 60], np.float32)
        for k in range(5):
            y = int(fh * (0.1 + 0.2 * k))
            img[y:y + max(3, fh // 90), :x1] = np.array([80, 56, 36], np.float32)
            for j in range(10):
                bx = int(x1 * j / 10)
                colour = np.array([150, 120, 90], np.float32) * gen.uniform(0.5, 1.2) + gen.uniform(-15, 15, 3)
                img[y - int(fh * 0.12):y, bx + 2:bx + int(x1 / 10) - 2] = colour
    elif plan.room == 1:  # a bright window to the right
        x0 = int(fw * 0.78)
        img[int(fh * 0.05):int(fh * 0.7), x0:] = np.array([250, 250, 246], np.float32)
        img[int(fh * 0.05):int(fh * 0.7), x0 + (fw - x0) // 2 - 3:x0 + (fw - x0) // 2 + 3] = 150
    elif plan.room == 2:  # a curtain's folds
        img *= (0.9 + 0.1 * np.sin(xx / fw * 60))[..., None]
    else:  # the stall's shelves of sacks and boxes at the back
        for _ in range(8):
            x = int(gen.uniform(0, fw))
            y = int(gen.uniform(fh * 0.2, fh * 0.9))
            sack = np.array([188, 170, 132], np.float32) * gen.uniform(0.6, 1.1)
            img[y:y + int(fh * 0.15), x:x + int(fw * 0.1)] = sack
    # the caller's shoulder at the bottom
    cx = fw * (0.5 + float(gen.uniform(-0.2, 0.2)))
    shoulder = ((xx - cx) / (fw * 0.45)) ** 2 + ((yy - fh * 1.15) / (fh * 0.35)) ** 2 < 1
    img[shoulder] = np.array([60, 64, 80], np.float32) * gen.uniform(0.6, 1.6)
    return img


def _thumb(img: Any, base: Any, tip: Any, r: float) -> None:
    """A thumb reaching over the sheet's edge from outside it: a rounded capsule from the hand (beyond the edge) to
    its tip over the margin, skin-toned, shaded towards its rim, the nail near the tip."""
    h, w = img.shape[:2]
    lo = np.minimum(base, tip) - 2 * r
    hi = np.maximum(base, tip) + 2 * r
    x0, y0 = max(0, int(lo[0])), max(0, int(lo[1]))
    x1, y1 = min(w, int(hi[0])), min(h, int(hi[1]))
    if x0 >= x1 or y0 >= y1:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    axis = tip - base
    length = float(np.hypot(*axis)) + 1e-6
    ux, uy = axis / length
    along = (xx - base[0]) * ux + (yy - base[1]) * uy
    across = -(xx - base[0]) * uy + (yy - base[1]) * ux
    t = np.clip(along, 0, length)
    d = np.hypot(along - t, across) / r
    inside = d < 1
    skin = np.array([196, 148, 122], np.float32)
    shade = (0.72 + 0.28 * np.sqrt(np.clip(1 - d * d, 0, 1)))[..., None]
    patch = img[y0:y1, x0:x1]
    patch[inside] = (skin * shade)[inside]
    nail = ((along - (length - 0.55 * r)) / (0.5 * r)) ** 2 + (across / (0.55 * r)) ** 2 < 1
    patch[nail & inside] = np.array([224, 192, 180], np.float32)
    rim = inside & (d > 0.86)
    patch[rim] *= 0.8


def _frame(sheet: Sheet, plan: Plan, rng: random.Random) -> Image.Image:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    fw, fh = plan.frame
    page: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    if plan.rotation:  # held sideways to fill the webcam's picture
        page = np.ascontiguousarray(np.rot90(page, k=-plan.rotation // 90))
    ph, pw = page.shape[:2]
    scale = min(fh * plan.fill / ph, fw * plan.fill / pw)
    sw, sh = pw * scale, ph * scale
    small = cv2.resize(page, (max(1, round(sw)), max(1, round(sh))), interpolation=cv2.INTER_AREA)
    cx, cy = fw / 2 + plan.offset[0] * fw, fh / 2 + plan.offset[1] * fh
    t = math.radians(plan.tilt)
    k0, k1, k2, k3 = plan.keystone
    corners = []
    for (ux, uy), (dx, dy) in zip([(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)],
                                  [(k0, k2), (-k0, k2 + k1), (k3, -k1), (-k3, 0.0)], strict=True):
        x, y = (ux + dx) * sw, (uy + dy) * sh
        corners.append((cx + x * math.cos(t) - y * math.sin(t), cy + x * math.sin(t) + y * math.cos(t)))
    # the caller keeps the whole sheet in the picture: shrink a sheet that the tilt pushed past the frame, then
    # slide it back inside
    pts = np.array(corners, np.float64)
    span = pts.max(axis=0) - pts.min(axis=0)
    fit = min(1.0, fw * 0.97 / span[0], fh * 0.97 / span[1])
    pts = (pts - (cx, cy)) * fit + (cx, cy)
    lo, hi = pts.min(axis=0), pts.max(axis=0)
    pts += np.maximum(0.0, np.array([fw * 0.015, fh * 0.015]) - lo) - np.maximum(0.0, hi - np.array([fw * 0.985, fh * 0.985]))
    corners = [(float(x), float(y)) for x, y in pts]
    sw, sh = sw * fit, sh * fit
    src = np.array([(0, 0), (small.shape[1], 0), (small.shape[1], small.shape[0]), (0, small.shape[0])], np.float32)
    dst = np.array(corners, np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    room = _room(plan, fw, fh, gen)
    warped = cv2.warpPerspective(small, m, (fw, fh), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones(small.shape[:2], np.float32), m, (fw, fh), flags=cv2.INTER_LINEAR)[..., None]
    shadow = cv2.GaussianBlur(np.roll(mask[..., 0], (int(fh * 0.012), int(fw * 0.01)), axis=(0, 1)), (0, 0), fw * 0.01)
    room *= (1 - 0.35 * shadow)[..., None]
    img: Any = warped * mask + room * (1 - mask)
    # the hands gripping the sheet: thumbs over the two long sides' margins
    left_mid = (np.array(corners[0]) + np.array(corners[3])) / 2
    right_mid = (np.array(corners[1]) + np.array(corners[2])) / 2
    r = min(sw, sh) * 0.05
    for k, pos in enumerate(plan.thumbs):
        top, bottom = (corners[0], corners[3]) if k % 2 == 0 else (corners[1], corners[2])
        edge = np.array(top) + (np.array(bottom) - np.array(top)) * pos
        centre = left_mid if k % 2 == 0 else right_mid
        toward = centre - edge
        toward = toward / (np.linalg.norm(toward) + 1e-6)
        _thumb(img, edge - toward * r * 3.2, edge + toward * r * 1.1, r)
    # the room's light: a colour cast and a brightness slope across the frame
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    amount, direction = plan.falloff
    d = math.radians(direction)
    slope = ((xx / fw - 0.5) * math.cos(d) + (yy / fh - 0.5) * math.sin(d))
    img = img * (1 - amount * (slope + 0.5))[..., None] * np.array(plan.light, np.float32)
    img *= 0.93
    # the hand's motion during the exposure
    length, angle = plan.blur
    if length >= 1:
        n = max(3, round(length) | 1)
        kernel: Any = np.zeros((n, n), np.float32)
        kernel[n // 2, :] = 1.0 / n
        rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), angle, 1.0)
        kernel = cv2.warpAffine(kernel, rot, (n, n))
        kernel /= max(kernel.sum(), 1e-6)
        img = cv2.filter2D(img, -1, kernel)
    img += gen.normal(0, 3.5, img.shape[:2])[..., None]
    frame = np.clip(img, 0, 255).astype(np.uint8)
    if plan.mirrored:
        frame = np.ascontiguousarray(frame[:, ::-1])
    # the stream: macroblocks and smeared detail (a hard JPEG on the frame, half-resolution colour), the decoder's
    # deblocking softening it
    buf = io.BytesIO()
    Image.fromarray(frame, "RGB").save(buf, format="JPEG", quality=plan.codec, subsampling=2)
    decoded: Any = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"), dtype=np.float32)
    decoded = cv2.GaussianBlur(decoded, (0, 0), 0.45)
    # the system's upscale: the paper back to about page size
    paper_px = max(sh, sw)
    up = 297 / 25.4 * plan.dpi / paper_px
    out = cv2.resize(decoded, (round(fw * up), round(fh * up)), interpolation=cv2.INTER_CUBIC)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "RGB")
