"""佳木斯向阳 (court_ei_01 p30): the undertaker photographed the volume in a dim basement with the phone's flash on.
On a 送达回证 the flash's hot spot lay over the 送达文书名称及件数 cell: 执行通知书、报告财产令各一份 printed in a grey
the flash washed out to 230–245 on paper 250. The detector's box of the row ended three characters into the cell
(送达文书名称及件数执行通), the receipt named nothing it served, and the complete dossier was sent back lacking the
receipts of the notice and the report order. The row is read again to the form's right edge, its print lifted."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from dossier.ocr import analyse
from dossier.ocr.imaging import lifted

DATA = Path(__file__).parent / "data"


def test_a_receipts_served_cell_washed_out_by_a_flash_still_names_what_it_served() -> None:
    (page,) = analyse([DATA / "receipt_served_cell_washed_out_by_a_flash.pdf"], engine="rapidocr")
    assert page.doc_type == "service_receipt"
    assert page.served_doc_types == ["enforcement_notice", "property_report_order"]


def test_lifting_widens_the_gap_between_faint_strokes_and_their_paper() -> None:
    rng = np.random.default_rng(0)
    row = np.clip(250 + rng.normal(0, 2, (40, 400)), 0, 255).astype(np.uint8)
    for x in range(50, 350, 3):
        row[15:25, x:x + 2] = 236  # a washed-out cell's strokes, 14 grey levels under the paper
    out = lifted(row)
    strokes = (slice(15, 25), slice(50, 350))
    before = float(np.median(row[0:5])) - float(row[strokes][row[strokes] < 240].mean())
    after = float(np.median(out[0:5])) - float(out[strokes][row[strokes] < 240].mean())
    assert after > 1.5 * before
