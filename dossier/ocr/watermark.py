"""A light watermark tiled diagonally over a scan — an e-dossier platform's '某某法院电子卷宗' over every scanned
insert, '仅供办理执行案件使用' across an ID copy — found by its tone and its slant, and faded to paper before the
text detector sees it: the detector takes the watermark's large slanted characters for text, and their boxes cut
through the real lines (court_dn, 西宁城西: its inserts read as nothing).

Pure functions over the grey page (uint8, 0 = ink) at the analysis resolution.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

WATERMARK_TONE = (8, 50)
"""Grey levels under the paper that a light watermark's strokes lie in: a reader must still read through it, so
platforms print it pale (西宁's: 25–40 under the paper). Writing, even a copy's grey, is darker than INK_TONE."""
INK_TONE = 80
INK_RIM = 2
"""Pixels around writing whose tone is left alone: the anti-aliased rim of every stroke passes through the
watermark's tone, and fading it would thin the writing."""
LEAST_SHARE = 0.015
"""Share of the page the light strokes must cover: a tiled watermark covers 2–5 % of it; a page's few pale
marks (a grey seal's rim, a pencil tick) cover less."""
SLANTS = tuple(a for a in range(-75, 80, 5) if abs(a) >= 15)
LEVEL = (-5, 0, 5, 90)
"""Angles (degrees) at which the light strokes are cut into stripes: a watermark's rows run on a slant; faint
writing runs level (or, on a sideways page, upright)."""
STRIPES = 2.5
LEVEL_STRIPES = 1.0
"""How much more striped the light strokes must be on their slant than level (the spread of the stripes'
densities over their mean), and how little striped level: measured on the corpus (850 pages of 45 families,
court_dn's and court_cl's watermarked inserts among them), tiled watermarks 3.4–6.2 times and 0.29–0.63 level;
the nearest pages without one 1.6 times (a grey receipt) or stripes 1.6 and more level (faint forms, sparse marks)."""
SHRINK = 4
SOLID = 0.4
STROKE_CORE = 5
"""Share of the light pixels that may lie deep inside a light area (a STROKE_CORE-pixel square of them round
each): a watermark is drawn in strokes a few pixels wide (西宁's 0.06), a shadow cast across the sheet is a
smooth area (a phone's shadow over 平襄's letter, court_h: 0.74, on a slant too)."""


@dataclass(frozen=True)
class Watermark:
    """A watermark found on a page: the slant of its rows (degrees, rising to the right when positive) and the
    share of the page its strokes cover."""

    slant: int
    share: float


def paper_of(grey: np.ndarray) -> float:
    return float(np.median(grey[::4, ::4]))


def light_strokes(grey: np.ndarray, paper: float) -> np.ndarray:
    """Pixels in a watermark's tone away from writing (bool mask)."""
    lightest, darkest = WATERMARK_TONE
    ink = (grey < paper - INK_TONE).astype(np.uint8)
    rim = cv2.dilate(ink, np.ones((2 * INK_RIM + 1,) * 2, np.uint8)) > 0
    return np.asarray((grey <= paper - lightest) & (grey >= paper - darkest) & ~rim)


def stripes(strokes: np.ndarray, angle: int) -> float:
    """Spread of the strokes' density over rows turned by `angle` degrees, over its mean (rows that cross
    little of the page are left out)."""
    h, w = strokes.shape
    turn = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    turned = cv2.warpAffine(strokes, turn, (w, h), flags=cv2.INTER_LINEAR)
    inside = cv2.warpAffine(np.ones_like(strokes), turn, (w, h), flags=cv2.INTER_NEAREST)
    counted = inside.sum(axis=1)
    full = counted > w * 0.3
    if not full.any():
        return 0.0
    density = turned.sum(axis=1)[full] / counted[full]
    mean = float(density.mean())
    return float(density.std()) / mean if mean > 0 else 0.0


def find_watermark(grey: np.ndarray) -> Watermark | None:
    """The page's tiled diagonal watermark, if it has one (see STRIPES)."""
    paper = paper_of(grey)
    return _tiled(light_strokes(grey, paper)) if _toned(grey, paper) else None


def without_watermark(grey: np.ndarray) -> np.ndarray | None:
    """The page with its watermark's strokes turned to paper (writing and its rim kept as they are); None when
    it has no watermark."""
    paper = paper_of(grey)
    if not _toned(grey, paper):
        return None
    strokes = light_strokes(grey, paper)
    if _tiled(strokes) is None:
        return None
    out = grey.copy()
    out[strokes] = np.uint8(round(paper))
    return out


def _toned(grey: np.ndarray, paper: float) -> bool:
    """Whether enough of a sparse sample of the page lies in a watermark's tone, writing's rims included: a page
    with little grey on it is settled here (0.4 ms); the masks take 2.5 ms more, and the slant test 12–15 ms on a
    page whose light strokes cover enough of it (measured on court_dn_01's pages)."""
    lightest, darkest = WATERMARK_TONE
    every = grey[::4, ::4]
    return float(((every <= paper - lightest) & (every >= paper - darkest)).mean()) >= LEAST_SHARE


def _tiled(strokes: np.ndarray) -> Watermark | None:
    share = float(strokes.mean())
    if share < LEAST_SHARE:
        return None
    core = cv2.erode(strokes.astype(np.uint8), np.ones((STROKE_CORE, STROKE_CORE), np.uint8))
    if float(core.mean()) > SOLID * share:
        return None
    h, w = strokes.shape
    small = cv2.resize(strokes.astype(np.float32), (max(8, w // SHRINK), max(8, h // SHRINK)),
                       interpolation=cv2.INTER_AREA)
    level = max(stripes(small, a) for a in LEVEL)
    slant = max(SLANTS, key=lambda a: stripes(small, a))
    slanted = stripes(small, slant)
    if level <= LEVEL_STRIPES and slanted >= STRIPES * max(level, 1e-3):
        return Watermark(slant=-slant, share=share)  # the turn that levels rows rising to the right is clockwise
    return None
