"""How court_z's dossiers were captured: a 高拍仪 (overhead document camera) at 雁塔法院's filing window and in the
undertaker's office, not a scanner. Each loose A4 page lies on the desk under the lens and is saved as a colour JPEG.
Two kinds of shot:
- `raw`: the whole camera frame (2592×1944 or 3264×2448, held portrait), the desk — a wood top or a grey cutting mat —
  around the page, the page a little off square (mild perspective), its binding side lifted so lines bow there, the
  lamp's hotspot, now and then a thumb holding an edge down;
- `cropped`: the camera software has found the page edges, cropped and deskewed it — a tidy page, but camera-soft,
  at an effective 150–200 dpi, with the lamp's uneven light and the curl still in it.
A few pages lie upside down (180°), and wide tables are laid sideways (90°)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

FRAMES = ((1944, 2592), (2448, 3264))
"""(width, height) of the camera's frame held portrait"""


@dataclass
class ZCapture:
    dpi: int
    rotation: int
    photo: bool
    shot: str  # raw | cropped
    frame: tuple[int, int]
    desk: str  # wood | mat
    curl: float  # how far the lifted binding side bows lines, in fractions of the page height
    binding: str  # left | top
    hotspot: tuple[float, float]
    light: float
    thumb: bool
    tilt: float
    quality: int
    seed: int


def plan_capture(rng: random.Random, sheet: Sheet) -> ZCapture:
    shot = rng.choices(["cropped", "raw"], weights=[58, 42])[0]
    landscape = bool(getattr(sheet, "landscape", False))
    rotation = 90 if landscape else (180 if rng.random() < 0.06 else 0)
    frame = rng.choice(FRAMES)
    dpi = (
        rng.randint(150, 200)
        if shot == "cropped"
        else round(frame[1] * rng.uniform(0.80, 0.9) / (297 / 25.4))
    )
    return ZCapture(
        dpi=dpi,
        rotation=rotation,
        photo=True,
        shot=shot,
        frame=frame,
        desk=rng.choice(["wood", "mat"]),
        curl=rng.uniform(0.004, 0.014),
        binding=rng.choice(["left", "left", "top"]),
        hotspot=(rng.uniform(0.25, 0.75), rng.uniform(0.2, 0.6)),
        light=rng.uniform(0.06, 0.18),
        thumb=shot == "raw" and rng.random() < 0.25,
        tilt=rng.uniform(0.0, 0.025) if shot == "raw" else 0.0,
        quality=rng.randint(68, 86),
        seed=rng.randint(0, 2**31),
    )


def _curl(a: Any, cap: ZCapture) -> Any:
    """The binding side lifts off the desk: near it, lines bow (ends pulled up or down away from the page's middle)."""
    h, w = a.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    if cap.binding == "left":
        near = np.clip(1 - xs / (0.22 * w), 0, 1) ** 2
        mapy = ys + near * cap.curl * h * ((ys / h) - 0.5) * 2
        mapx = xs - near * 0.01 * w
    else:
        near = np.clip(1 - ys / (0.18 * h), 0, 1) ** 2
        mapy = ys - near * 0.01 * h
        mapx = xs + near * cap.curl * w * ((xs / w) - 0.5) * 2
        mapy = mapy + np.sin(np.pi * xs / w) * near * cap.curl * h * 0.6
    return cv2.remap(a, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _light(a: Any, cap: ZCapture, rng: np.random.Generator) -> Any:
    h, w = a.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = cap.hotspot[0] * w, cap.hotspot[1] * h
    d2 = ((xs - cx) ** 2 + (ys - cy) ** 2) / (0.35 * max(h, w)) ** 2
    hot = np.exp(-d2) * 26
    fall = 1.0 - cap.light * np.clip(np.sqrt(d2) / 2.2, 0, 1)
    out = a.astype(np.float32) * fall[..., None] * np.array([1.0, 0.985, 0.94], np.float32) + hot[..., None]
    return out


def _desk(h: int, w: int, cap: ZCapture, rng: np.random.Generator) -> Any:
    if cap.desk == "wood":
        base = np.array([150, 108, 70], np.float32)
        grain = np.sin(
            np.linspace(0, rng.uniform(40, 70), w, dtype=np.float32) + rng.normal(0, 0.6, w).cumsum() * 0.05
        )
        out = np.ones((h, w, 3), np.float32) * base + grain[None, :, None] * 14
    else:
        out = np.ones((h, w, 3), np.float32) * np.array([88, 96, 92], np.float32)
        step = max(40, w // 30)
        out[::step, :, :] += 30
        out[:, ::step, :] += 30
    return out + rng.normal(0, 4, (h, w, 1)).astype(np.float32)


def capture(sheet: Sheet, cap: ZCapture, rng: random.Random) -> bytes:
    noise = np.random.default_rng(cap.seed)
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    a = _curl(a, cap)
    if cap.rotation:  # laid on the desk turned: a landscape table sideways, a page upside down
        a = np.ascontiguousarray(np.rot90(a, k=cap.rotation // 90))
    if cap.shot == "cropped":
        scale = cap.dpi / DPI
        a = cv2.resize(
            a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA
        )
        a = cv2.GaussianBlur(a, (3, 3), 0.7)
        f = _light(a, cap, noise)
    else:
        fw, fh = cap.frame
        ph = int(cap.dpi * 297 / 25.4)
        pw = int(ph * a.shape[1] / a.shape[0])
        page = cv2.resize(a, (pw, ph), interpolation=cv2.INTER_AREA)
        canvas = _desk(fh, fw, cap, noise)
        x0, y0 = (fw - pw) // 2 + int(noise.integers(-40, 40)), (fh - ph) // 2 + int(noise.integers(-30, 30))
        t = cap.tilt
        src = np.array([[0, 0], [pw, 0], [pw, ph], [0, ph]], dtype=np.float32)
        dst = np.array(
            [
                [x0 + t * pw, y0],
                [x0 + pw - t * pw * 0.5, y0 + t * ph * 0.3],
                [x0 + pw, y0 + ph],
                [x0, y0 + ph - t * ph * 0.2],
            ],
            dtype=np.float32,
        )
        m = cv2.getPerspectiveTransform(src, dst)
        warped = cv2.warpPerspective(page, m, (fw, fh), flags=cv2.INTER_LINEAR)
        mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), m, (fw, fh))
        shadow = cv2.GaussianBlur(mask, (0, 0), 14).astype(np.float32) / 255
        canvas *= 1 - 0.35 * shadow[..., None]
        inside = mask.astype(np.float32)[..., None] / 255
        f = canvas * (1 - inside) + warped.astype(np.float32) * inside
        if cap.thumb:
            _thumb(f, x0, y0, pw, ph, noise)
        f = cv2.GaussianBlur(f, (0, 0), 0.9)
        f = _light(np.clip(f, 0, 255), cap, noise)
    f = f + noise.normal(0, 3.0, f.shape[:2])[..., None]
    img = np.clip(f, 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(img).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _thumb(f: Any, x0: int, y0: int, pw: int, ph: int, noise: np.random.Generator) -> None:
    """A thumb pressing the page's outer edge flat: a skin-coloured rounded blob over the margin, its nail lighter."""
    side = noise.integers(0, 2)
    cy = int(y0 + ph * noise.uniform(0.55, 0.9))
    cx = int(x0 + pw + 10) if side else int(x0 - 10)
    size = (int(pw * 0.05), int(pw * 0.09))
    cv2.ellipse(f, (cx, cy), size, 90 + noise.uniform(-20, 20), 0, 360, (196, 150, 128), -1)
    cv2.ellipse(
        f,
        (cx + (-size[0] // 3 if side else size[0] // 3), cy - size[1] // 3),
        (size[0] // 2, size[1] // 3),
        90,
        0,
        360,
        (222, 190, 176),
        -1,
    )
