"""东胜 (court_ek): the undertaker had no scanner, so he photographed the e-dossier system's pages off the monitor
with his phone. The screen's pixel grid beats with the camera's into moiré: stripes across the whole page as dark as
the page's grey text. Under them the detector found the title alone — a 送达回证 read as an unreadable page, the
notice it proved never named. The stripes are a few sharp peaks in the page's spectrum; notched out, the page reads."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import numpy as np
import pytest

from dossier.ocr import analyse, screen
from dossier.ocr.engines.null import NullEngine
from dossier.ocr.imaging import Line
from dossier.ocr.stages import PageContext, ReadLine, head

DATA = Path(__file__).parent / "data"


def test_a_receipt_photographed_off_a_screen_is_read_with_the_notice_it_proves() -> None:
    (page,) = analyse([DATA / "receipt_photographed_off_a_screen.pdf"], engine="rapidocr")
    assert page.readable and page.doc_type == "service_receipt"
    assert page.served_doc_types == ["acceptance_notice"]
    assert page.case_number == "（2024）蒙0602执67216号"


def _page_of_lines(paper: float = 245.0) -> np.ndarray:
    """A page at 150 dpi: rows of dark strokes, as text makes them, on white paper (a screen's white, photographed,
    is a light grey)."""
    rng = np.random.default_rng(7)
    page = np.full((1600, 1200), paper)
    for top in range(200, 1400, 45):
        for left in range(150, 1050, 26):
            if rng.random() < 0.85:
                page[top:top + 22, left + rng.integers(0, 8):left + 20] -= rng.choice([0, 180], size=(22, 1))
    return page


def _moire(shape: tuple[int, int], fy: float, fx: float, depth: float) -> np.ndarray:
    y, x = np.mgrid[:shape[0], :shape[1]]
    return depth * np.sin(2 * np.pi * (fy * y + fx * x))


def test_moire_stripes_are_found_and_notched_out_and_the_strokes_kept() -> None:
    text = _page_of_lines(paper=200.0)
    stripes = _moire(text.shape, 0.11, 0.09, 40.0)
    photo = np.clip(text + stripes, 0, 255).astype(np.uint8)
    peaks = screen.screen_peaks(photo)
    assert any(abs(abs(p.fy) - 0.11) < 0.01 and abs(abs(p.fx) - 0.09) < 0.01 for p in peaks)
    clean = screen.descreened(photo, peaks).astype(float)
    y, x = np.mgrid[:1600, :1200]
    wave = np.exp(-2j * np.pi * (0.11 * y + 0.09 * x))
    # the stripes' own frequency in what differs from the clean page, before and after the notch
    before = abs(np.mean((photo - np.clip(text, 0, 255)) * wave))
    after = abs(np.mean((clean - np.clip(text, 0, 255)) * wave))
    assert after < 0.1 * before
    strokes = text < 128
    assert np.mean(clean[strokes]) < 100 and abs(np.mean(clean[~strokes]) - 200) < 5


def test_a_page_of_text_without_a_screen_is_left_as_it_is() -> None:
    page = np.clip(_page_of_lines(), 0, 255).astype(np.uint8)
    assert screen.screen_peaks(page) == []


def test_a_scan_whose_paper_stays_white_is_not_searched_for_a_screen() -> None:
    """A 1-bit scan's fine pattern (a dithered seal, a grid of thin rules) may stand sharp in its spectrum; its paper
    is white, as no photographed screen's is."""
    text = _page_of_lines()
    dithered = np.clip(text + _moire(text.shape, 0.11, 0.09, 40.0), 0, 255)
    page = np.where(dithered < 128, 0, 255).astype(np.uint8)
    assert screen.screen_peaks(page) == []


def test_a_title_read_alone_is_placed_where_it_stands_when_the_sheet_turned_over_reads_worse(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A sheet whose top gave one legible line is read turned over too; when that reading is worse, the sheet goes back
    as it lay — and with it where its text begins (turned over, its text seemed to begin low on the sheet, and the
    title alone was then taken for all the page holds)."""
    title = Line(top=290, bottom=380, left=420, right=890)
    ctx = PageContext(source=cast(Any, None), engine=NullEngine(), grey=np.full((1800, 1250), 240, np.uint8))
    ctx.boxes = [title]

    def read_once(ctx: PageContext) -> None:
        ctx.read = [ReadLine(title, "交纳执行费通知书", 0.99)] if ctx.rotation == 0 else []

    def turn_over(ctx: PageContext) -> None:
        ctx.rotation, ctx.origin = 180, 1348

    monkeypatch.setattr(head, "_read_head_once", read_once)
    monkeypatch.setattr(head, "_turn_over", turn_over)
    head.read_head(ctx)
    assert ctx.rotation == 0 and ctx.origin == 0
    assert [r.text for r in ctx.read] == ["交纳执行费通知书"]


@pytest.mark.parametrize("page", [np.full((1600, 1200), 128, np.uint8), np.full((12, 9), 128, np.uint8),
                                  np.full((3, 2000), 100, np.uint8)],
                         ids=["a grey page with nothing on it", "a sliver of a page", "a page one line tall"])
def test_a_grey_page_without_stripes_or_too_small_to_hold_any_is_left_alone(page: np.ndarray) -> None:
    """A sheet photographed grey all over (a lens cap, a dark room) or a page a hostile PDF draws a few pixels high:
    no peak is found, and nothing breaks."""
    assert screen.screen_peaks(page) == []
