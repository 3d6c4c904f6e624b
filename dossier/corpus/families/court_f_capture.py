"""How court_f's dossiers were captured — unlike degrade.py's scanner and court_e's copier: carbon
copies in blue (the red channel shows them faintly), yellowed paper with tea and water stains, pages
fed at a slant with the next page's edge showing under them, a sheet folded in four (crease lines)
with a yellow sticky note over a corner of the text, toner running out (very low contrast), plus skew,
90/180° turns, JPEG q30–75 and 100–300 dpi. A renderer asks for a kind with court_f_kit.mark(kind=…);
the rest is drawn at random. Pages scanned twice are emitted twice by build.py (sheet.scanned_twice)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from PIL import Image

from dossier.corpus.draw import DPI, Sheet, mm
from dossier.corpus.families.court_f_kit import pencil

KINDS = ("scan", "carbon", "yellow", "slant", "folded", "faint")


@dataclass
class FCapture:
    dpi: int
    rotation: int
    photo: bool
    quality: int
    skew: float
    kind: str
    sticky: bool
    pencil: bool


def plan_capture(rng: random.Random, sheet: Sheet) -> FCapture:
    kind = str(getattr(sheet, "kind", "")) or rng.choices(KINDS, weights=[56, 0, 12, 12, 10, 10])[0]  # carbon: asked for
    return FCapture(dpi=rng.choice([100, 150, 150, 200, 200, 240, 300]),
                    rotation=rng.choices([0, 90, 180, 270], weights=[85, 5, 7, 3])[0], photo=False,
                    quality=rng.randint(30, 75), skew=rng.uniform(-4.0, 4.0) if kind == "slant" else rng.uniform(-1.8, 1.8),
                    kind=kind, sticky=kind == "folded" or rng.random() < 0.05,
                    pencil=rng.random() < 0.2)


def capture(sheet: Sheet, cap: FCapture, rng: random.Random) -> bytes:
    a: Any = np.asarray(_pencilled(sheet, rng) if cap.pencil else sheet.image.convert("RGB"), dtype=np.float32)
    noise = np.random.default_rng(rng.randint(0, 2**31))
    if cap.kind == "carbon":
        a = _carbon(a, rng)
    elif cap.kind == "yellow":
        a = _yellowed(a, rng, noise)
    elif cap.kind == "faint":
        a = _faint(a, rng, noise)
    elif cap.kind == "folded":
        a = _folded(a, rng)
    if cap.sticky:
        a = _sticky(a, rng)
    scale = cap.dpi / DPI
    a = np.clip(a, 0, 255).astype(np.uint8)
    if scale != 1:
        a = cv2.resize(a, (round(a.shape[1] * scale), round(a.shape[0] * scale)), interpolation=cv2.INTER_AREA)
    h, w = a.shape[:2]
    if cap.kind == "slant":
        a = _slant(a, cap.skew, rng)
    else:
        m = cv2.getRotationMatrix2D((w / 2, h / 2), cap.skew, 1.0)
        a = cv2.warpAffine(a, m, (w, h), borderValue=(28, 28, 30))  # the scanner lid is black
    f: Any = a.astype(np.float32) + noise.normal(0, rng.uniform(2, 5), a.shape[:2])[..., None]
    a = np.clip(f, 0, 255).astype(np.uint8)
    if rng.random() < 0.3:
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.4, 0.9))
    if cap.rotation:
        a = np.ascontiguousarray(np.rot90(a, k=-cap.rotation // 90))
    out = io.BytesIO()
    Image.fromarray(a).save(out, format="JPEG", quality=cap.quality, dpi=(cap.dpi, cap.dpi))
    return out.getvalue()


def _pencilled(sheet: Sheet, rng: random.Random) -> Image.Image:
    """A reader's pencil note in the top or bottom margin (not the document's text)."""
    s = Sheet(size=sheet.size)
    s.image = sheet.image.convert("RGB").copy()
    y = mm(rng.uniform(8, 14)) if rng.random() < 0.6 else s.height - mm(rng.uniform(12, 18))
    pencil(s, mm(rng.uniform(20, 140)), y, rng.choice(["已核", "见第5页", "？", "复印件", "补原件", "核对无误", "√"]), rng,
           size=mm(rng.uniform(4.5, 6.5)))
    return s.image


def _carbon(a: Any, rng: random.Random) -> Any:
    """A carbon copy: every mark in a soft, slightly blurred purple-blue; the red channel barely sees it."""
    g = a.mean(axis=2)
    ink = (255 - g) / 255.0
    ink = cv2.GaussianBlur(ink, (0, 0), rng.uniform(0.8, 1.4)) * rng.uniform(0.6, 0.85)
    blue = np.array([rng.uniform(60, 90), rng.uniform(70, 100), rng.uniform(150, 185)], np.float32)
    paper = np.array([246, 246, 242], np.float32)
    return paper * (1 - ink[..., None]) + blue * ink[..., None]


def _yellowed(a: Any, rng: random.Random, noise: Any) -> Any:
    """Old paper gone yellow, darker towards the edges, with one or two round stains."""
    h, w = a.shape[:2]
    tone = np.array([1.0, rng.uniform(0.94, 0.97), rng.uniform(0.8, 0.87)], np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    edge = 1 - 0.08 * np.clip(np.maximum(abs(xx / w - 0.5), abs(yy / h - 0.5)) * 2 - 0.7, 0, 1) / 0.3
    out = a * tone * edge[..., None]
    for _ in range(rng.randint(1, 2)):
        cx, cy, r = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.9) * h, rng.uniform(mm(12), mm(30))
        d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2)
        ring = np.exp(-((d - r) / mm(1.5)) ** 2) * 0.25 + (d < r) * 0.08
        out *= (1 - ring[..., None] * np.array([0.2, 0.45, 0.8], np.float32))
    return out


def _faint(a: Any, rng: random.Random, noise: Any) -> Any:
    """Toner running out: the print pale grey, lighter in vertical bands; a red seal or blue pen keeps its colour."""
    w = a.shape[1]
    band = 0.55 + 0.3 * np.sin(np.linspace(0, rng.uniform(2, 5) * np.pi, w) + rng.uniform(0, 6))
    lift = rng.uniform(0.35, 0.55) * band
    toner = (a.max(axis=2) - a.min(axis=2) < 50)[..., None]
    return np.where(toner, 255 - (255 - a) * lift[None, :, None], a)


def _folded(a: Any, rng: random.Random) -> Any:
    """Folded in four and flattened: a dark-and-light crease across and down the middle."""
    h, w = a.shape[:2]
    y = int(h * rng.uniform(0.47, 0.53))
    x = int(w * rng.uniform(0.47, 0.53))
    for k, shade in ((-3, 0.78), (-1, 0.62), (0, 0.7), (2, 1.04), (4, 1.02)):
        a[max(0, y + k):y + k + 2] *= shade
        a[:, max(0, x + k):x + k + 2] *= shade
    a[y:] *= 0.97
    return a


def _sticky(a: Any, rng: random.Random) -> Any:
    """A small yellow sticky note over the right margin and the end of some lines, a word on it in pencil."""
    h, w = a.shape[:2]
    sw, sh = int(mm(38)), int(mm(34))
    x0 = int(w - sw - mm(rng.uniform(2, 12)))
    y0 = int(h * rng.uniform(0.25, 0.7))
    a[y0 + 6:y0 + sh + 6, x0 - 4:x0 + sw - 4] *= 0.85  # its shadow
    a[y0:y0 + sh, x0:x0 + sw] = np.array([250, 236, 120], np.float32)
    a[y0:y0 + int(mm(7)), x0:x0 + sw] *= 0.96  # the glue strip
    note = np.ascontiguousarray(a[y0:y0 + sh, x0:x0 + sw].astype(np.uint8))
    cv2.putText(note, rng.choice(["2/3", "ok", "A-17"]), (int(mm(6)), int(mm(22))), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX,
                2.0, (110, 110, 115), 3)
    a[y0:y0 + sh, x0:x0 + sw] = note
    return a


def _slant(a: Any, skew: float, rng: random.Random) -> Any:
    """Fed at a slant, with the edge of the next sheet peeking out below or at the side."""
    h, w = a.shape[:2]
    bg: Any = np.full((h, w, 3), 28, np.uint8)
    off = int(w * rng.uniform(0.02, 0.05))
    nxt = np.full((h, w, 3), 238, np.uint8)
    m2 = cv2.getRotationMatrix2D((w / 2, h / 2), -skew * 0.6, 1.0)
    m2[0, 2] += off
    m2[1, 2] += off * 1.5
    nxt_mask = cv2.warpAffine(np.ones((h, w), np.uint8), m2, (w, h))
    bg[nxt_mask > 0] = cv2.warpAffine(nxt, m2, (w, h))[nxt_mask > 0]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), skew, 0.97)
    mask = cv2.warpAffine(np.ones((h, w), np.uint8), m, (w, h))
    page = cv2.warpAffine(a, m, (w, h))
    out = bg.copy()
    out[mask > 0] = page[mask > 0]
    return out
