"""How court_gu's volumes were captured: already BOUND — thread-sewn through three or four holes along the binding
edge (三孔一线) — when the 埇桥 archive clerk made the image dossier on the bureau's ordinary A4 flatbed. She laid the
volume face down on the glass, page by page, and held it open with her hand on the spine; the lid could not close over
the thick volume. So every image shows:

- the gutter: near the sewn edge the page rises off the glass into the fold, so a soft dark shadow deepens towards the
  binding, the paper there is slightly out of focus, and the text near it is compressed across the page (the paper
  runs away from the glass) and its lines bend smoothly towards the page's middle (the lens sees the raised part
  pulled towards its axis; the head and foot of the fold stand higher than the middle, where her hand presses). A few
  millimetres of the binding margin disappear into the fold; the sewing holes show as dark rings beside it, and on the
  kraft cover the thread itself;
- the side alternates as the leaves are turned: on a recto (a right-hand page) the fold is on the left, on the verso
  (its back, a left-hand page) on the right — sheet after sheet, the dossier's first page a recto;
- beyond the page's outer edge, head and foot the raised lid lets the room in: a grey-to-dark surround, darker away
  from the page; past the fold the spine's valley is nearly black;
- the volume never lies square: a slight skew (within about ±1.5°); now and then a page was laid turned (90°, 180° or
  270°) and stored so.

Saved at 200, 240 or 300 dpi as grey (most) or colour JPEG at quality 50–85, with the sensor's noise. Every page stays
legible to a clerk; the shadow darkens the margin, not the text block."""

from __future__ import annotations

import io
import random
import weakref
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

_TURNS: weakref.WeakKeyDictionary[random.Random, int] = weakref.WeakKeyDictionary()
"""how many pages of the volume each dossier's generator has captured so far (a recto, then its verso, …)"""


@dataclass(frozen=True)
class OpenVolumeScan:
    dpi: int
    rotation: int
    photo: bool
    side: str                 # left: the fold on the left (a recto) | right: on the right (a verso)
    mode: str                 # grey | colour
    quality: int
    skew: float               # degrees
    curl_mm: float            # how far from the fold the page rises off the glass
    lift_mm: float            # how high the fold stands off the glass at mid-height
    end_rise: float           # the fold stands this much higher (fraction) at head and foot
    pull: float               # how far a raised point is drawn towards the page's middle, per mm of lift
    hidden_mm: float          # binding margin swallowed by the fold
    shade: float              # darkness of the shadow at the fold (0 none … 1 black)
    outer_mm: float           # surround beyond the outer edge
    head_mm: float            # surround above the page
    foot_mm: float            # surround below it
    valley_mm: float          # the nearly black spine valley beyond the fold
    surround: float           # grey level of the room seen through the raised lid
    holes: tuple[float, ...]  # sewing holes, as fractions of the page height
    noise: float


def plan_capture(rng: random.Random, sheet: Sheet) -> OpenVolumeScan:
    turn = _TURNS.get(rng, 0)
    _TURNS[rng] = turn + 1
    count = rng.choice([3, 3, 4])
    top = rng.uniform(0.16, 0.22)
    holes = tuple(top + k * (1 - 2 * top) / (count - 1) for k in range(count))
    return OpenVolumeScan(
        dpi=rng.choice([200, 200, 240, 300, 300]),
        rotation=rng.choices([0, 90, 180, 270], weights=[92, 2, 4, 2])[0],
        photo=False,
        side="left" if turn % 2 == 0 else "right",
        mode="grey" if rng.random() < 0.62 else "colour",
        quality=rng.randint(50, 85),
        skew=rng.uniform(-1.5, 1.5),
        curl_mm=rng.uniform(20, 34),
        lift_mm=rng.uniform(7, 14),
        end_rise=rng.uniform(0.15, 0.6),
        pull=rng.uniform(0.0015, 0.0035),
        hidden_mm=rng.uniform(2.5, 6.0),
        shade=rng.uniform(0.55, 0.8),
        outer_mm=rng.uniform(3, 12),
        head_mm=rng.uniform(2, 9),
        foot_mm=rng.uniform(2, 9),
        valley_mm=rng.uniform(3, 8),
        surround=rng.uniform(45, 115),
        holes=holes,
        noise=rng.uniform(2.0, 5.0),
    )


def _px(mm_: float, dpi: int) -> int:
    return max(1, round(mm_ / 25.4 * dpi))


def _sew(img: Any, cap: OpenVolumeScan, kraft: bool) -> None:
    """The sewing holes (and on the cover board the thread) in the binding margin; the binding edge is column 0."""
    h = img.shape[0]
    x = _px(cap.hidden_mm + 7.0, cap.dpi)
    r = _px(1.0, cap.dpi)
    thread = (215.0, 212.0, 200.0)
    for f in cap.holes:
        y = int(f * h)
        cv2.circle(img, (x, y), r + 2, (40.0, 40.0, 40.0), -1, lineType=cv2.LINE_AA)
        cv2.circle(img, (x, y), max(1, r - 2), (120.0, 115.0, 105.0), -1, lineType=cv2.LINE_AA)
        if kraft:
            cv2.line(img, (0, y), (x, y), thread, max(2, r), lineType=cv2.LINE_AA)
    if kraft:
        ys = [int(f * h) for f in cap.holes]
        cv2.line(img, (x, ys[0]), (x, ys[-1]), thread, max(2, r), lineType=cv2.LINE_AA)


def _lift(s: Any, d: Any, g: float) -> Any:
    """Height of the paper above the glass at distance s from the fold (rows' fold heights d)."""
    t = np.clip(1.0 - s / g, 0.0, None)
    return d * t * t


def capture(sheet: Sheet, cap: OpenVolumeScan, rng: random.Random) -> bytes:
    rgb: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    h0, w0 = rgb.shape[:2]
    w, h = round(w0 * cap.dpi / DPI), round(h0 * cap.dpi / DPI)
    img: Any = cv2.resize(rgb, (w, h), interpolation=cv2.INTER_AREA) if (w, h) != (w0, h0) else rgb.copy()
    gen = np.random.default_rng(rng.randint(0, 2**31))
    corner = np.median(rgb[4:60, w0 // 2 - 30:w0 // 2 + 30].reshape(-1, 3), axis=0)
    kraft = bool(corner[0] - corner[2] > 25)  # the cover board's brown, not a white leaf
    if cap.side == "right":  # work with the fold on the left; mirrored back at the end
        img = np.ascontiguousarray(img[:, ::-1])
    _sew(img, cap, kraft)
    img = np.ascontiguousarray(img[:, _px(cap.hidden_mm, cap.dpi):])
    h, w = img.shape[:2]
    g = float(_px(cap.curl_mm, cap.dpi))
    lift = float(_px(cap.lift_mm, cap.dpi))
    valley = _px(cap.valley_mm, cap.dpi)
    outer, head, foot = _px(cap.outer_mm, cap.dpi), _px(cap.head_mm, cap.dpi), _px(cap.foot_mm, cap.dpi)
    out_w, out_h = valley + w + outer, head + h + foot
    # the fold's height along the page (higher at head and foot than where the hand presses)
    yc = h / 2
    band = 16
    sample = np.arange(0, h + band, band, dtype=np.float32)
    fold = lift * (1.0 + cap.end_rise * ((sample - yc) / yc) ** 2)
    # for each sampled row: where on the glass a point s from the fold lands (the flat part keeps its place), inverted
    s_grid = np.linspace(0.0, g, 400, dtype=np.float32)
    step = float(s_grid[1] - s_grid[0])
    cols = np.arange(int(np.ceil(g)) + 2, dtype=np.float32)
    inv = np.empty((sample.size, cols.size), np.float32)
    for k in range(sample.size):
        slope = 2 * fold[k] / g * np.clip(1 - s_grid / g, 0, None)
        proj = np.concatenate([[0.0], np.cumsum(np.cos(np.arctan(slope[:-1])) * step)]).astype(np.float32)
        x_of_s = g - proj[-1] + proj
        inv[k] = np.interp(cols, x_of_s, s_grid, left=-1.0, right=float(g))
    # the room through the raised lid round the page: darker away from it
    ten = float(_px(10, cap.dpi))
    far_x = np.clip((np.arange(out_w, dtype=np.float32) - (valley + w)) / ten, 0, 1)
    far_y = np.clip(np.maximum(head - np.arange(out_h, dtype=np.float32), np.arange(out_h, dtype=np.float32) - (head + h))
                    / ten, 0, 1)
    room = cap.surround * (1 - 0.35 * np.maximum(far_x[None, :], far_y[:, None]))
    canvas: Any = np.repeat(room[..., None], 3, axis=2).astype(np.float32)
    gi = int(np.ceil(g))
    canvas[head:head + h, valley + gi:valley + w] = img[:, gi:]
    # the strip by the fold: the paper rises off the glass, runs away from it and bends towards the middle
    strip_w = valley + gi
    yy, xx = np.mgrid[0:h, 0:strip_w].astype(np.float32)
    px = xx - valley
    row_k = np.clip(np.round(yy / band).astype(np.int32), 0, sample.size - 1)
    src_s = inv[row_k, np.clip(px, 0, cols.size - 1).astype(np.int32)]
    src_s[px < 0] = -1.0
    fold_px = lift * (1.0 + cap.end_rise * ((yy - yc) / yc) ** 2)
    z = _lift(np.clip(src_s, 0, None), fold_px, g)
    src_y = yc + (yy - yc) / (1.0 - cap.pull * z * 25.4 / cap.dpi)
    beyond = (src_s < 0) | (src_y < 0) | (src_y > h - 1)  # past the fold, or past the page's raised head and foot
    warped: Any = cv2.remap(img, np.clip(src_s, 0, w - 1).astype(np.float32), np.clip(src_y, 0, h - 1).astype(np.float32),
                            interpolation=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # defocus where the paper leaves the glass; the shadow deepens towards the fold (more at head and foot)
    depth = np.clip(z / (lift * (1 + cap.end_rise)), 0, 1)
    soft: Any = cv2.GaussianBlur(warped, (0, 0), 1.3 * cap.dpi / 200)
    mix = (depth * 0.8)[..., None]
    warped = warped * (1 - mix) + soft * mix
    near = np.clip(1.0 - np.clip(src_s, 0, None) / g, 0, 1)
    near[src_s < 0] = 1.0
    gloom = cap.shade * near ** 2.4 * np.sqrt(fold_px / lift)
    gloom = cv2.GaussianBlur(np.clip(gloom, 0, 0.92).astype(np.float32), (0, 0), 2.5)[..., None]
    warped = warped * (1 - gloom) * (1 - gloom * np.array([0.0, 0.04, 0.12], np.float32))
    dark = float(np.clip(cap.surround * 0.3, 14, 40))
    warped[src_s < 0] = dark  # the spine's valley
    edge = beyond & (src_s >= 0)
    warped[edge] = canvas[head:head + h, :strip_w][edge]
    canvas[head:head + h, :strip_w] = warped
    canvas[:, :valley] = np.minimum(canvas[:, :valley], dark + 10)
    canvas += gen.standard_normal(canvas.shape[:2], dtype=np.float32)[..., None] * 3.0 * (canvas < 150)
    canvas = cv2.GaussianBlur(canvas, (0, 0), 0.6)
    if abs(cap.skew) > 0.01:
        m = cv2.getRotationMatrix2D((out_w / 2, out_h / 2), cap.skew, 1.0)
        fill = float(cap.surround * 0.8)
        canvas = cv2.warpAffine(canvas, m, (out_w, out_h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                                borderValue=(fill, fill, fill))
    if cap.side == "right":
        canvas = canvas[:, ::-1]
    canvas = np.clip(canvas + gen.standard_normal(canvas.shape[:2], dtype=np.float32)[..., None] * cap.noise, 0, 255)
    if cap.mode == "colour":
        pil = Image.fromarray(canvas.astype(np.uint8), "RGB")
    else:
        grey = canvas @ np.array([0.299, 0.587, 0.114], np.float32)
        pil = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
    if cap.rotation:
        pil = pil.rotate(-cap.rotation, expand=True)
    buf = io.BytesIO()
    pil.save(buf, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return buf.getvalue()
