"""How court_h's dossiers were captured — unlike the scanners of the other families: many pages were
photographed with a phone at the 人民法庭 and sent over a messaging app (recompressed to 100–130 dpi, JPEG
q30–50, a warm or green colour cast, a thumb at an edge, perspective, a shadow across the sheet); the
rest went through the county court's old flatbed (dust, a vertical streak, light falling off at the
lid's edge), a few were carbon copies (blue-violet, soft) and some clean scans. Pages now and then lie
turned 90° or 180°, most a little skewed. A renderer may ask for a kind with court_h_kit.mark(kind=…)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet

KINDS = ("phone", "flatbed", "carbon", "clean")


@dataclass
class HCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    kind: str


def plan_capture(rng: random.Random, sheet: Sheet) -> HCapture:
    kind = str(getattr(sheet, "kind", "")) or rng.choices(KINDS, weights=[40, 35, 8, 17])[0]
    rotation = rng.choices([0, 90, 180, 270], weights=[86, 5, 6, 3])[0]
    if kind == "phone":
        return HCapture(dpi=rng.choice([100, 110, 120, 130]), rotation=rotation, photo=True, quality=rng.randint(30, 50),
                        skew=rng.uniform(-4, 4), kind=kind)
    return HCapture(dpi=rng.choice([150, 200, 200, 300]) if kind != "clean" else rng.choice([200, 300]), rotation=rotation,
                    photo=False, quality=rng.randint(45, 80), skew=rng.uniform(-1.8, 1.8) if kind != "clean" else 0.0, kind=kind)


def capture(sheet: Sheet, cap: HCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.kind == "carbon":
        a = _carbon(a, rng)
    elif cap.kind == "flatbed":
        a = _flatbed(a, rng, noise)
    a = np.clip(a, 0, 255).astype(np.uint8)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    if cap.kind == "phone":
        a = _phone(a.astype(np.float32), rng, noise)
    elif abs(cap.skew) > 0.05:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), borderValue=(40, 40, 40) if cap.kind == "flatbed" else (245, 245, 245))
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _carbon(a: Any, rng: random.Random) -> Any:
    """A 复写 copy: the strokes blue-violet and soft, the paper thin and greyish."""
    ink = 255 - a.mean(axis=2)
    ink = cv2.GaussianBlur(ink, (0, 0), rng.uniform(1.0, 1.8)) * rng.uniform(0.6, 0.85)
    paper = np.array([232, 230, 222], np.float32)
    tone = np.array([0.55, 0.6, 0.25], np.float32)
    return paper[None, None, :] - ink[..., None] * tone[None, None, :]


def _flatbed(a: Any, rng: random.Random, noise: Any) -> Any:
    """An old flatbed: light falling off towards one edge, a vertical streak from a scratched glass, dust."""
    h, w = a.shape[:2]
    xx = np.linspace(0, 1, w, dtype=np.float32)
    side = xx if rng.random() < 0.5 else 1 - xx
    a = a * (1 - rng.uniform(0.05, 0.16) * side ** 2)[None, :, None]
    if rng.random() < 0.6:
        x = rng.randint(int(w * 0.1), int(w * 0.9))
        a[:, x:x + rng.randint(2, 5)] *= rng.uniform(0.75, 0.9)
    dust = noise.random((h, w)) < rng.uniform(0.00005, 0.0002)
    dust = cv2.dilate(dust.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    a[dust] = 60
    return a + noise.normal(0, 3, (h, w))[..., None]


def _phone(a: Any, rng: random.Random, noise: Any) -> Any:
    """A phone photo sent over a messaging app: perspective, a cast, a shadow band, a thumb at the edge,
    the app's soft recompression."""
    h, w = a.shape[:2]
    cast = rng.choice([(1.0, 0.96, 0.84), (0.95, 1.0, 0.9), (1.0, 0.98, 0.94), (0.92, 0.95, 1.0)])
    a = a * np.array(cast, np.float32) * rng.uniform(0.82, 0.95)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if rng.random() < 0.6:  # the phone's or the hand's shadow across part of the sheet
        angle = rng.uniform(0, np.pi)
        d = (xx - w * rng.uniform(0.2, 0.8)) * np.cos(angle) + (yy - h * rng.uniform(0.2, 0.8)) * np.sin(angle)
        a = a * (1 - rng.uniform(0.15, 0.3) / (1 + np.exp(-d / (w * 0.04))))[..., None]
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 0.9))
    a = a + noise.normal(0, 5, (h, w))[..., None]
    k = [rng.uniform(0.01, 0.06) for _ in range(4)]
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst = np.array([[w * k[0], h * k[1] * 0.6], [w * (1 - k[2]), h * k[3] * 0.4],
                    [w * (1 - k[1] * 0.5), h * (1 - k[0] * 0.4)], [w * k[3] * 0.5, h * (1 - k[2] * 0.3)]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    table = (rng.randint(60, 120), rng.randint(50, 100), rng.randint(35, 80))
    a = cv2.warpPerspective(np.clip(a, 0, 255).astype(np.uint8), m, (w, h), borderValue=table).astype(np.float32)
    if rng.random() < 0.45:  # a thumb holding the sheet down at an edge
        cx = rng.choice([rng.uniform(0, w * 0.08), rng.uniform(w * 0.92, w)])
        cy = rng.uniform(h * 0.3, h * 0.9)
        thumb = ((xx - cx) / (w * 0.07)) ** 2 + ((yy - cy) / (h * 0.06)) ** 2 < 1
        skin = np.array([rng.randint(170, 210), rng.randint(120, 150), rng.randint(95, 120)], np.float32)
        a[thumb] = skin * (0.85 + 0.15 * noise.random((int(thumb.sum()), 1)))
    return a
