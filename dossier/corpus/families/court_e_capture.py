"""How court_e's dossiers were captured — unlike degrade.py's scanner: photocopies with a grey ground,
toner speckle and dark edges; the back of thin paper showing through, mirrored; the binding's three
punched holes and a staple's shadow; pages numbered by hand at the top right and ticked in the margin
when the archive clerk checked them; 100–150 dpi pages; a fax printout dithered to black and white
with streaks; pages photographed with a phone at a steep angle; plus skew, 90/180° turns and JPEG loss.

A renderer asks for a kind of capture with `want(sheet, kind)`; the rest is drawn at random."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.families.court_e_kit import pen

KINDS = ("scan", "copy", "fax", "phone")


def want(sheet: Sheet, kind: str) -> Sheet:
    """Mark `sheet` to be captured as `kind` (a photocopy, a fax, a phone photo)."""
    assert kind in KINDS, kind
    setattr(sheet, "capture_kind", kind)  # noqa: B010 — a per-sheet note the shared Sheet has no field for
    return sheet


@dataclass
class ECapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    kind: str
    show_through: bool
    holes: bool
    staple: bool
    page_mark: bool
    tick: bool


def plan_capture(rng: random.Random, sheet: Sheet) -> ECapture:
    kind = str(getattr(sheet, "capture_kind", "")) or rng.choices(["scan", "copy"], weights=[80, 20])[0]
    rotation = rng.choices([0, 90, 180, 270], weights=[86, 5, 6, 3])[0] if kind != "phone" else 0
    dpi = rng.choice([100, 120, 150, 150, 150, 200, 300]) if kind != "fax" else rng.choice([150, 200])
    return ECapture(dpi=dpi, rotation=rotation, photo=kind == "phone", quality=rng.randint(30, 75),
                    skew=rng.uniform(-2.5, 2.5), kind=kind, show_through=kind == "scan" and rng.random() < 0.3,
                    holes=rng.random() < 0.45, staple=sheet.page_of in ((1, 2), (1, 3), (1, 4)) or rng.random() < 0.08,
                    page_mark=rng.random() < 0.55, tick=rng.random() < 0.15)


def capture(sheet: Sheet, cap: ECapture, rng: random.Random, *, page: int) -> bytes:
    img = _marked(sheet.image, cap, rng, page)
    a: Any = np.asarray(img.convert("RGB"), dtype=np.float32)
    if cap.show_through:
        a = _show_through(a, rng)
    if cap.holes:
        a = _holes(a, rng)
    if cap.staple:
        a = _staple(a, rng)
    if cap.kind == "copy":
        a = _photocopy(a, rng)
    elif cap.kind == "fax":
        a = _fax(a, rng)
    a = np.clip(a, 0, 255).astype(np.uint8)
    scale = cap.dpi / DPI
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    if cap.kind == "phone":
        a = _phone(a, rng)
    else:
        h, w = a.shape[:2]
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        edge = (235, 235, 232) if cap.kind != "copy" else (60, 60, 60)
        a = cv2.warpAffine(a, m, (w, h), borderValue=edge)
    f: Any = a.astype(np.float32)
    f += np.random.default_rng(rng.randint(0, 2**31)).normal(0, rng.uniform(1.5, 6), f.shape[:2])[..., None]
    a = np.clip(f, 0, 255).astype(np.uint8)
    if cap.kind != "fax" and rng.random() < 0.35:
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 1.0))
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _marked(image: Image.Image, cap: ECapture, rng: random.Random, page: int) -> Image.Image:
    """The archive clerk's hand: the dossier page number top right, a tick or a stroke in the margin."""
    if not (cap.page_mark or cap.tick):
        return image
    s = Sheet(size=image.size)
    s.image = image.copy()
    if cap.page_mark:
        pen(s, s.width - mm(rng.uniform(16, 24)), mm(rng.uniform(6, 11)), str(page), rng, size=mm(6.5),
            ink=(30, 30, 30), record=False)
    if cap.tick:
        y = mm(rng.uniform(60, 220))
        pen(s, mm(rng.uniform(5, 12)), y, rng.choice(["√", "？", "○", "√√"]), rng, size=mm(8), ink=(190, 30, 40),
            record=False)
        s.line(mm(18), y, mm(18), y + mm(rng.uniform(15, 40)), width=4, fill=(190, 30, 40))
    return s.image


def _show_through(a: Any, rng: random.Random) -> Any:
    """The back side faintly visible: the page's own print mirrored, shifted a little, blurred and pale."""
    grey = a.mean(axis=2)
    back = np.ascontiguousarray(grey[:, ::-1])
    back = np.roll(back, (rng.randint(-60, 60), rng.randint(-30, 30)), axis=(0, 1))
    back = cv2.GaussianBlur(back, (0, 0), rng.uniform(2.0, 3.5))
    ink = (255 - back) * rng.uniform(0.08, 0.16)
    return a - ink[..., None]


def _holes(a: Any, rng: random.Random) -> Any:
    """Three punched binding holes along the left edge, dark where the scanner lid showed through."""
    h = a.shape[0]
    x = int(mm(rng.uniform(9, 13)))
    r = int(mm(2.8))
    shade = rng.choice([40.0, 70.0, 235.0])
    for fy in (0.25, 0.5, 0.75):
        cy = int(h * fy + rng.uniform(-mm(2), mm(2)))
        cv2.circle(a, (x, cy), r + 2, (150.0, 150.0, 150.0), 2)
        cv2.circle(a, (x, cy), r, (shade, shade, shade), -1)
    return a


def _staple(a: Any, rng: random.Random) -> Any:
    """A staple at the top left and its shadow; the corner of the sheet slightly darker where it was folded."""
    x0, y0 = int(mm(rng.uniform(8, 14))), int(mm(rng.uniform(8, 14)))
    length = int(mm(12))
    x1, y1 = x0 + int(length * 0.8), y0 + int(length * 0.6)
    cv2.line(a, (x0 + 6, y0 + 8), (x1 + 6, y1 + 8), (170.0, 170.0, 170.0), 9)
    cv2.line(a, (x0, y0), (x1, y1), (50.0, 50.0, 55.0), 5)
    corner = int(mm(30))
    ramp = np.linspace(0.9, 1.0, corner, dtype=np.float32)
    a[:corner, :corner] *= np.minimum.outer(ramp, ramp)[..., None]
    return a


def _photocopy(a: Any, rng: random.Random) -> Any:
    """Grey ground, harder contrast, toner speckle and the dark band at the edge of the copier glass."""
    g = a.mean(axis=2, keepdims=True)
    ground = rng.uniform(200, 225)
    out = ground * (g / 255.0) ** rng.uniform(1.3, 1.8)
    out = np.repeat(out, 3, axis=2)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    h, w = out.shape[:2]
    dots = noise.random((h, w)) < rng.uniform(0.0008, 0.002)
    dots = cv2.dilate(dots.astype(np.uint8), np.ones((2, 2), np.uint8)).astype(bool)
    out[dots] = rng.uniform(20, 70)
    band = int(mm(rng.uniform(3, 8)))
    side = rng.choice(["top", "left", "bottom"])
    if side == "top":
        out[:band] *= 0.35
    elif side == "left":
        out[:, :band] *= 0.35
    else:
        out[-band:] *= 0.35
    return out


def _fax(a: Any, rng: random.Random) -> Any:
    """Standard-resolution fax: ~200×100 dpi, black and white by error diffusion, streaks across."""
    h, w = a.shape[:2]
    g = Image.fromarray(np.clip(a.mean(axis=2), 0, 255).astype(np.uint8))
    small: Any = np.asarray(g.resize((w * 204 // DPI, h * 98 // DPI), Image.Resampling.BILINEAR), dtype=np.float32)
    small = cv2.GaussianBlur(small, (0, 0), 0.8) * 1.1 + 12  # the sending machine's soft, light scan
    small += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 20, small.shape)
    bw = Image.fromarray(np.clip(small, 0, 255).astype(np.uint8)).convert("1")  # Floyd–Steinberg dithering
    back: Any = np.asarray(bw.convert("L").resize((w, h), Image.Resampling.NEAREST), dtype=np.float32)
    for _ in range(rng.randint(2, 6)):
        y = rng.randint(0, h - 4)
        back[y:y + rng.randint(1, 3)] = rng.choice([0.0, 255.0])
    return np.repeat(back[..., None], 3, axis=2)


def _phone(a: Any, rng: random.Random) -> Any:
    """The sheet photographed on a desk, held at an angle: strong keystone, warm light falling off,
    the phone's shadow across one corner."""
    h, w = a.shape[:2]
    H, W = int(h * 1.2), int(w * 1.25)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    bg: Any = np.zeros((H, W, 3), np.float32)
    bg[:] = [rng.uniform(90, 150), rng.uniform(70, 120), rng.uniform(40, 90)]
    bg += noise.normal(0, 8, (H, W, 1))
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    near = rng.uniform(0.02, 0.05)
    far = rng.uniform(0.08, 0.14)  # the far edge narrower: the phone held low and tilted
    if rng.random() < 0.5:  # tilted the other way: the foot of the sheet is the far edge
        near, far = far, near
    dst = np.array([[W * far, H * rng.uniform(0.03, 0.08)], [W * (1 - far), H * rng.uniform(0.03, 0.08)],
                    [W * (1 - near), H * (1 - rng.uniform(0.02, 0.05))], [W * near, H * (1 - rng.uniform(0.02, 0.05))]],
                   dtype=np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    sheet: Any = cv2.warpPerspective(a, m, (W, H)).astype(np.float32)
    mask: Any = cv2.warpPerspective(np.ones((h, w), np.float32), m, (W, H))[..., None]
    out: Any = sheet * mask + bg * (1 - mask)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.0 - rng.uniform(0.25, 0.45) * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    out *= light[..., None]
    out *= np.array([1.0, 0.97, 0.9], np.float32)  # warm indoor light
    sx, sy = int(W * rng.uniform(0.55, 0.8)), int(H * rng.uniform(0.6, 0.85))
    hard: Any = np.ones((H, W), np.float32)
    hard[sy:, sx:] = 0.72
    shadow: Any = cv2.GaussianBlur(hard, (0, 0), 25)
    out *= shadow[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.2))
    return np.clip(out, 0, 255).astype(np.uint8)
