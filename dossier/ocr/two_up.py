"""A sheet printed two pages up: an A3 sheet holding pages 1 and 2 of a judgment side by side (大同平城, court_dl's
二审 judgment), each page's title centred over its own half. Read as one page, its two columns interleave line by
line and the judgment's title is lost among the facing page's prose. The sheet is read as its left page, and the
right page's footer tells which pages of its document the sheet holds.

Pure functions over the text boxes the detector found (imaging.Line, pixels of the upright sheet).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from dossier.ocr.imaging import Line

LANDSCAPE = 1.2
"""Width over height from which a sheet may hold two pages: two A4 pages on A3 make 1.41, a portrait page 0.71."""
GUTTER_BAND = (0.4, 0.6)
"""Share of the sheet's width within which the gap between its two pages lies."""
LEAST_LINES = 3
"""Lines each half must hold at the top of the sheet: two pages of text, not a note in a margin."""
PAGE_SPREAD = 0.25
"""Share of the sheet's width each half's lines must span: a page's text, not a column of labels beside a
photograph (an ID card's copy, a form's column of fields)."""


def gutter(shape: tuple[int, ...], head: Sequence[Line], footer: Sequence[Line]) -> int | None:
    """The x of the gap between a two-up sheet's pages: no line at the top or in the footer crosses it, and
    each side holds a page's lines. None for any other sheet — a landscape form or table is titled across the
    middle."""
    h, w = shape[:2]
    if w < LANDSCAPE * h or not head:
        return None
    low, high = (int(w * f) for f in GUTTER_BAND)
    covered = np.zeros(w, dtype=bool)
    for box in [*head, *footer]:
        covered[max(0, box.left):min(w, box.right)] = True
    free = np.flatnonzero(~covered[low:high]) + low
    if free.size == 0:
        return None
    x = int(free[np.argmin(np.abs(free - w / 2))])
    left = [b for b in head if b.right <= x]
    right = [b for b in head if b.left >= x]
    if len(left) < LEAST_LINES or len(right) < LEAST_LINES:
        return None
    if _spread(left) < PAGE_SPREAD * w or _spread(right) < PAGE_SPREAD * w:
        return None
    return x


def _spread(boxes: Sequence[Line]) -> int:
    return max(b.right for b in boxes) - min(b.left for b in boxes)
