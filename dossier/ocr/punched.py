"""Punched holes found as text. A sheet scanned in a clear sleeve shows the sleeve's punched strip beyond the
paper's edge (锦州古塔, court_dx): a column of round holes, each of which the detector finds as a small square box
and the recogniser reads as 0 or O. Taken for text, a hole beside every line makes every line look indented
(a paragraph start) and fills the budget of lines read, so a ruling's operative part at the foot of its body was
never reached. A ring binder's or a two-hole punch's holes along a margin do the same.

Pure: over the detector's boxes (imaging.Line) of one band of a sheet.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier.ocr.imaging import Line

EDGE = 0.08
"""Share of the sheet's width from either side within which a column of holes stands."""
LEAST_HOLES = 4
"""Boxes in one column that make it a row of holes rather than a few marks in a margin."""
SQUARE = (0.6, 1.6)
"""Width over height of a hole's box."""
SAME_SIZE = 1.5
"""Largest box over smallest in one column of holes."""


def punched_holes(boxes: Sequence[Line], width: int) -> list[Line]:
    """The boxes that are a column of punched holes along the sheet's left or right edge."""
    near_edge = [b for b in boxes if _square(b) and (b.right <= EDGE * width or b.left >= (1 - EDGE) * width)]
    holes: list[Line] = []
    for column in _columns(near_edge):
        sizes = [b.height for b in column]
        if len(column) >= LEAST_HOLES and max(sizes) <= SAME_SIZE * min(sizes):
            holes.extend(column)
    return holes


def without_holes(boxes: list[Line], width: int) -> list[Line]:
    holes = {id(b) for b in punched_holes(boxes, width)}
    return [b for b in boxes if id(b) not in holes] if holes else boxes


def _square(box: Line) -> bool:
    return box.height > 0 and SQUARE[0] <= box.width / box.height <= SQUARE[1]


def _columns(boxes: Sequence[Line]) -> list[list[Line]]:
    """Boxes grouped by the column they stand in: centres within half a box's height of the column's first."""
    columns: list[list[Line]] = []
    for box in sorted(boxes, key=lambda b: (b.left + b.right) / 2):
        centre = (box.left + box.right) / 2
        if columns and abs(centre - (columns[-1][0].left + columns[-1][0].right) / 2) <= columns[-1][0].height / 2:
            columns[-1].append(box)
        else:
            columns.append([box])
    return columns
