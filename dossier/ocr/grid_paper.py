"""Writing paper ruled in cells (方格稿纸: 20 × 20 = 400 cells, one character in each) — what a herdsman or a
villager writes a 财产线索 or a 收条 on by hand (呼伦贝尔海拉尔, court_if) — found by its lattice and its lines
faded to paper before the text detector sees it: between the cells' lines the detector finds a character here and
there (of 被执行人财产线索 written a character to every other cell, 被执行 and 线; of 收, three cells empty, 条, each
alone).

Pure functions over the grey page (uint8, 0 = ink) at the analysis resolution.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

GRID_SCALE = 2
"""The lattice is looked for on a copy shrunk this many times (the lines stay, at a cost of a quarter)."""
LINE_CONTRAST = 10
"""Grey levels a ruled line stands under the paper around it on the shrunk copy (a 稿纸's green or red lines, in grey,
15–40 on the analysis render; shrinking halves a thin line's depth)."""
LINE_SPAN = 0.4
"""Share of the sheet's width (a row's line) or of the lattice's height (a column's) a ruled line runs: a
character's stroke is a cell long at most, a table's inner line may be short."""
LEAST_LINES = 12
"""Lines each way a lattice has at least: a 稿纸 of 15 × 20 or 20 × 20 cells has 16–21 columns' lines and twice as
many rows' (each row of cells its own top and bottom line); a table form has a handful of columns."""
EVEN_PITCH = 0.15
"""How far (share of the median) the columns' spacing may stray: a 稿纸's cells are printed alike; a ledger's columns
are as wide as their contents."""
EVEN_SHARE = 0.9
SQUARE = (0.75, 1.33)
"""A 稿纸's cell is as tall as it is wide (its rows' taller spacing against its columns' pitch); a bank's statement
ruled in a dozen columns of like width has rows a fifth as tall as its columns are wide (court_du_03 p23, its
交易明细 read as a continuation once its lines were faded at fab2777)."""
LINE_HALF = 3
"""Pixels each side of a found line's middle faded (a line 1–3 px wide, found on the shrunk copy to ±1 of it)."""
CELL_FILL = 0.7
"""Share of a cell's height a column's line is searched over (it is broken between rows of cells)."""
PAPER_PERCENTILE = 90
INK_UNDER_LINE = 15
"""Grey levels under the paper from which a pixel of a line's band is faded: the paper itself is left as it is."""


@dataclass(frozen=True)
class Grid:
    rows: tuple[int, ...]
    """middles of the rows' lines, analysis pixels, top to bottom"""
    columns: tuple[int, ...]
    sideways: bool = False
    """the sheet lies on its side: its rows' lines run down the page as rendered (`rows` and `columns` are then
    counted on the page turned back, the transpose)"""


def ruled_grid(grey: np.ndarray) -> Grid | None:
    """The lattice of a sheet ruled in cells, or None: at least LEAST_LINES lines running across the sheet and as
    many evenly spaced columns' lines running down it (each broken between rows of cells), the sheet upright or
    lying on its side. Every other sheet is settled by a first count of long lines (_may_be_ruled)."""
    if not _may_be_ruled(grey):
        return None
    h, w = grey.shape
    half = cv2.resize(grey, (w // GRID_SCALE, h // GRID_SCALE), interpolation=cv2.INTER_AREA)
    dark = (cv2.morphologyEx(half, cv2.MORPH_BLACKHAT, np.ones((5, 5), np.uint8)) > LINE_CONTRAST).astype(np.uint8)
    for sideways, ink in ((False, dark), (True, np.ascontiguousarray(dark.T))):
        grid = _lattice(ink, sideways)
        if grid is not None:
            return grid
    return None


def _may_be_ruled(grey: np.ndarray) -> bool:
    """LEAST_LINES rows of the page and as many columns each at least LINE_SPAN dark (the whole page's projections, a
    column's line counted over the rows of cells it crosses): no page of a table, a form or a letter of the corpus's
    88 of corpus_dev6 passes, every 稿纸 does. Each projection keeps every other pixel along the line it sums."""
    paper = float(np.percentile(grey[::8, ::8], PAPER_PERCENTILE))
    ink_rows = (grey[:, ::2] < paper - LINE_CONTRAST).view(np.uint8)
    ink_columns = (grey[::2, :] < paper - LINE_CONTRAST).view(np.uint8)
    rows = cv2.reduce(ink_rows, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S).ravel()
    columns = cv2.reduce(ink_columns, 0, cv2.REDUCE_SUM, dtype=cv2.CV_32S).ravel()
    return min(len(_line_middles(rows, LINE_SPAN * ink_rows.shape[1])),
               len(_line_middles(columns, LINE_SPAN * ink_columns.shape[0]))) >= LEAST_LINES


def _lattice(dark: np.ndarray, sideways: bool) -> Grid | None:
    """The lattice on the shrunk copy's dark mask, its rows' lines running across it."""
    across = cv2.morphologyEx(dark, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (dark.shape[1] // 8, 1)))
    rows = _line_middles(across.sum(axis=1), LINE_SPAN * dark.shape[1])
    if len(rows) < LEAST_LINES:
        return None
    row_cell = int(np.percentile(np.diff(rows), 75))
    down = cv2.morphologyEx(dark, cv2.MORPH_OPEN,
                            cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(3, int(row_cell * CELL_FILL)))))
    columns = _line_middles(down.sum(axis=0), LINE_SPAN * (rows[-1] - rows[0]))
    if len(columns) < LEAST_LINES or not _evenly_spaced(columns):
        return None
    low, high = SQUARE
    if not low <= row_cell / float(np.median(np.diff(columns))) <= high:
        return None
    return Grid(rows=tuple(r * GRID_SCALE for r in rows), columns=tuple(c * GRID_SCALE for c in columns),
                sideways=sideways)


def without_grid(grey: np.ndarray, grid: Grid) -> np.ndarray:
    """The sheet with its lattice's lines faded to paper, each only over the lattice's extent and only where darker
    than the paper: a stroke crossing a line loses a few pixels, the cells' characters stay whole."""
    copy = grey.copy()
    out = copy.T if grid.sideways else copy
    paper = int(np.percentile(grey[::4, ::4], PAPER_PERCENTILE))
    top, bottom = max(0, grid.rows[0] - LINE_HALF), grid.rows[-1] + LINE_HALF + 1
    left, right = max(0, grid.columns[0] - LINE_HALF), grid.columns[-1] + LINE_HALF + 1
    for y in grid.rows:
        _fade(out[max(0, y - LINE_HALF):y + LINE_HALF + 1, left:right], paper)
    for x in grid.columns:
        _fade(out[top:bottom, max(0, x - LINE_HALF):x + LINE_HALF + 1], paper)
    return copy


def _fade(band: np.ndarray, paper: int) -> None:
    band[band < paper - INK_UNDER_LINE] = paper


def _line_middles(profile: np.ndarray, least: float) -> list[int]:
    """Middles of the runs of a projection at least `least` (a line a few pixels thick is one run)."""
    at = np.flatnonzero(profile >= least)
    if at.size == 0:
        return []
    runs = np.split(at, np.flatnonzero(np.diff(at) > 2) + 1)
    return [int(run.mean()) for run in runs]


def _evenly_spaced(columns: list[int]) -> bool:
    gaps = np.diff(columns)
    pitch = float(np.median(gaps))
    return float((np.abs(gaps - pitch) <= EVEN_PITCH * pitch).mean()) >= EVEN_SHARE
