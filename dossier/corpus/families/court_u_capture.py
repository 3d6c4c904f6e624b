"""How court_u's dossiers were captured. Two devices:

- the parties' papers (`received`: lawyers' applications, powers of attorney, ID copies, licences, bank slips, the
  bases they copied) reach the bureau as PDFs made with a phone scanning app (CamScanner-like): the phone's photo of
  the sheet on a desk, flattened by the app — its perspective corrected, but not always fully (a slight keystone
  left), sometimes a thumb or the desk's edge left at a border — then the app's "document" filter: the background
  bleached to white, the greys crushed (light greys to white, dark to black), over-sharpened so the strokes get a
  halo, and the app's own line printed at the foot of every page ("由 扫描全能王 扫描创建"); JPEG at the app's quality.
- the bureau's own papers (and the replies that came by post) are scanned by its colour MFP at 200–300 dpi and
  stored as JPEG at quality 45–70 (blocking round the strokes, colour bleeding round the red seals); a `landscape`
  sheet (the 查控 printout) is laid on the glass the short way and stored rotated 90°.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageDraw

from dossier.corpus.draw import DPI, Sheet
from dossier.corpus.fonts import font

APP_LINE = "由 扫描全能王 扫描创建"
APP_LINES = (APP_LINE, "CS 扫描全能王", "由 扫描全能王 扫描创建")


@dataclass
class UCapture:
    phone: bool  # the parties' phone scanning app, else the bureau's MFP
    dpi: int
    quality: int
    rotation: int = 0  # degrees the stored image is turned (landscape sheets on the MFP)
    skew: float = 0.0
    keystone: float = 0.0  # fraction of the width the top edge is narrower than the bottom (phone)
    edge: str = ""  # "thumb", "desk" or "" (phone): what the app left at a border
    side: str = "left"
    app_line: str = APP_LINE

    @property
    def photo(self) -> bool:
        """the phone app's pages began as photographs"""
        return self.phone


def plan_capture(rng: random.Random, sheet: Sheet) -> UCapture:
    if getattr(sheet, "received", False):
        return UCapture(
            phone=True,
            dpi=rng.choice([150, 160, 180]),
            quality=rng.randint(72, 86),
            skew=rng.uniform(-0.8, 0.8),
            keystone=rng.choice([0.0, 0.0, rng.uniform(0.008, 0.03)]),
            edge=rng.choice(["", "", "", "", "thumb", "desk"]),
            side=rng.choice(["left", "right", "bottom"]),
            app_line=rng.choice(APP_LINES),
        )
    return UCapture(
        phone=False,
        dpi=rng.choice([200, 200, 300]),
        quality=rng.randint(45, 70),
        rotation=rng.choice([90, 270]) if getattr(sheet, "landscape", False) else 0,
        skew=rng.uniform(-0.5, 0.5),
    )


def capture(sheet: Sheet, cap: UCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(sheet.image.convert("RGB"), dtype=np.uint8)
    scale = cap.dpi / DPI
    a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    img = _phone(a, cap, noise, rng) if cap.phone else _mfp(a, cap, noise)
    out = io.BytesIO()
    img.save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _mfp(a: Any, cap: UCapture, noise: np.random.Generator) -> Image.Image:
    """The colour MFP: a faint warm cast, sensor noise, a touch of blur, a little skew; then its low JPEG quality."""
    f: Any = a.astype(np.float32) * np.array([0.97, 0.965, 0.94], np.float32) + 4.0
    f = f + noise.normal(0, 2.2, f.shape[:2])[..., None]
    f = cv2.GaussianBlur(f, (0, 0), 0.6)
    h, w = f.shape[:2]
    if cap.skew:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        f = cv2.warpAffine(f, m, (w, h), borderValue=(246.0, 245.0, 238.0))
    img = Image.fromarray(np.clip(f, 0, 255).astype(np.uint8))
    if cap.rotation:
        img = img.rotate(cap.rotation, expand=True)
    return img


def _phone(a: Any, cap: UCapture, noise: np.random.Generator, rng: random.Random) -> Image.Image:
    """The phone app's document page: the photo's uneven light and softness, the flattening left slightly keystoned,
    a thumb or the desk at a border, then the app's filter — white background, crushed greys, over-sharpening — and
    its line at the foot."""
    h, w = a.shape[:2]
    f: Any = a.astype(np.float32)
    # the photo: light falling off across the sheet, a warm cast, camera noise and softness
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = 0.86 + 0.12 * (xx / w) * rng.uniform(0.6, 1.0) + 0.05 * (1 - yy / h)
    f = f * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    f = f + noise.normal(0, 3.5, f.shape[:2])[..., None]
    f = cv2.GaussianBlur(f, (0, 0), 1.1)
    if cap.edge:
        f = _edge(f, cap, rng)
    # the flattening: perspective corrected but a slight keystone left, a small turn
    k = cap.keystone * w
    src: Any = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    dst: Any = np.array([[k, rng.uniform(0, 0.004) * h], [w - k, 0], [w, h], [0, h]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    r = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
    m = np.vstack([r, [0, 0, 1]]) @ m
    f = cv2.warpPerspective(f, m, (w, h), borderValue=(205.0, 195.0, 175.0))
    # the app's document filter: greyscale-ish colour, background to white, greys crushed, over-sharpened
    grey = cv2.cvtColor(np.clip(f, 0, 255).astype(np.uint8), cv2.COLOR_RGB2GRAY).astype(np.float32)
    background = cv2.GaussianBlur(cv2.dilate(grey, np.ones((15, 15), np.uint8)), (0, 0), 12)
    norm = np.clip(grey / np.maximum(background, 1.0) * 255.0, 0, 255)
    sharp = cv2.addWeighted(norm, 2.4, cv2.GaussianBlur(norm, (0, 0), 1.6), -1.4, 0)
    crushed = np.clip((sharp - 95.0) * (255.0 / (205.0 - 95.0)), 0, 255)
    # colour kept where it is strong (the red seals, the blue ink): the app's "enhance" keeps saturated hues
    rgb = np.clip(f, 0, 255).astype(np.uint8)
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    sat = (hsv[..., 1] > 70) & (hsv[..., 2] > 60)
    out: Any = np.repeat(crushed[..., None], 3, axis=2)
    if sat.any():
        vivid = hsv.astype(np.float32)
        vivid[..., 1] = np.clip(vivid[..., 1] * 1.35, 0, 255)
        vivid[..., 2] = np.clip(vivid[..., 2] * 1.15 + 10, 0, 255)
        boosted = cv2.cvtColor(vivid.astype(np.uint8), cv2.COLOR_HSV2RGB).astype(np.float32)
        mix = cv2.GaussianBlur(sat.astype(np.float32), (0, 0), 1.0)[..., None]
        out = out * (1 - mix) + boosted * mix
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    _app_line(img, cap)
    return img


def _edge(f: Any, cap: UCapture, rng: random.Random) -> Any:
    """A thumb holding the sheet flat, or the dark desk beyond the sheet's edge, left in by the app's crop."""
    h, w = f.shape[:2]
    if cap.edge == "desk":
        band = int((w if cap.side != "bottom" else h) * rng.uniform(0.012, 0.03))
        desk = np.array([92.0, 70.0, 52.0], np.float32)
        if cap.side == "left":
            f[:, :band] = desk
        elif cap.side == "right":
            f[:, w - band :] = desk
        else:
            f[h - band :, :] = desk
        return f
    layer = np.zeros((h, w), np.float32)
    cx = int(w * rng.uniform(0.0, 0.03)) if cap.side == "left" else int(w * rng.uniform(0.97, 1.0))
    cy = int(h * rng.uniform(0.45, 0.85))
    if cap.side == "bottom":
        cx, cy = int(w * rng.uniform(0.3, 0.7)), h
    cv2.ellipse(layer, (cx, cy), (int(w * 0.045), int(h * 0.045)), rng.uniform(-30, 30), 0, 360, 1.0, -1)
    layer = cv2.GaussianBlur(layer, (0, 0), w * 0.006)[..., None]
    skin = np.array([196.0, 150.0, 128.0], np.float32)
    return f * (1 - layer) + skin * layer


def _app_line(img: Image.Image, cap: UCapture) -> None:
    """The app's line at the foot of every page, bottom right, over a white strip."""
    w, h = img.size
    f = font("sans", max(10, int(w * 0.016)))
    tw = f.getlength(cap.app_line)
    d = ImageDraw.Draw(img)
    x, y = w - tw - int(w * 0.03), h - int(h * 0.022) - f.size
    d.rectangle(
        (x - f.size * 0.4, y - f.size * 0.2, x + tw + f.size * 0.4, y + f.size * 1.2), fill=(255, 255, 255)
    )
    d.text((x, y), cap.app_line, font=f, fill=(110, 110, 110))
