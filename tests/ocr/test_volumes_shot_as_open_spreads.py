"""蚌埠蚌山 (court_cu): the archive shot its bound volumes as open two-page spreads on an overhead scanner, and software
cut each spread at the gutter it found. The cut misses the spine: most pages keep, beyond the dark gutter along one
side, a strip of the facing page — its line ends, a table's first column, a seal's rim. Blank backs with such a strip
were read as unreadable pages, and both complete dossiers were sent back. Now the page is read without the strip:
the facing page's ink is another paper's."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from dossier.ocr import analyse
from dossier.ocr.imaging import facing_page_cut

DATA = Path(__file__).parent / "data"


def test_a_blank_back_with_the_facing_forms_first_column_beside_it_is_a_blank_page() -> None:
    blank, = analyse([DATA / "spread_cut_blank_back_strip_on_the_right.pdf"], engine="rapidocr")
    assert (blank.doc_type, blank.readable) == ("blank", True)


def test_a_blank_back_with_the_facing_notices_line_ends_and_seal_on_its_left_is_a_blank_page() -> None:
    blank, = analyse([DATA / "spread_cut_blank_back_strip_on_the_left.pdf"], engine="rapidocr")
    assert (blank.doc_type, blank.readable) == ("blank", True)


def _sheet(width: int = 400, height: int = 560) -> np.ndarray:
    page = np.full((height, width), 235, np.uint8)
    for top in range(60, 500, 24):  # lines of text
        page[top:top + 8, 40:330] = np.where(np.arange(290) % 7 < 4, 60, 235).astype(np.uint8)
    return page


def _gutter(page: np.ndarray, at: int, width: int = 10) -> None:
    """A gutter's shadow: darkening towards the spine at `at`, the whole height."""
    for dx in range(-3 * width, width):
        x = at + dx
        if 0 <= x < page.shape[1]:
            depth = 1.0 - abs(dx) / (3 * width if dx < 0 else width)
            page[:, x] = np.minimum(page[:, x], (235 - 200 * depth)).astype(np.uint8)


def test_the_page_is_cut_at_the_gutter_when_the_facing_pages_strip_lies_beyond_it() -> None:
    page = _sheet()
    _gutter(page, 350)
    page[100:110, 365:395] = 50  # the facing page's line ends
    x0, x1 = facing_page_cut(page) or (None, None)
    assert x0 == 0 and x1 is not None and 345 <= x1 <= 355


def test_a_dark_edge_with_nothing_beyond_it_or_a_ruled_line_is_not_a_gutter() -> None:
    bound = _sheet()
    _gutter(bound, 399)  # a copier's binding edge: shadow to the image's border
    assert facing_page_cut(bound) is None
    ruled = _sheet()
    ruled[:, 360] = 40  # a table's rule down the page, paper either side
    assert facing_page_cut(ruled) is None
    lid = _sheet()
    lid[:, 370:] = 10  # the lid left open: black beyond the sheet, no paper
    assert facing_page_cut(lid) is None


def test_a_sheet_of_one_grey_or_a_tiny_scrap_has_no_gutter() -> None:
    for sheet in (np.zeros((8, 8), np.uint8), np.full((8, 8), 255, np.uint8), np.full((600, 420), 128, np.uint8)):
        assert facing_page_cut(sheet) is None
