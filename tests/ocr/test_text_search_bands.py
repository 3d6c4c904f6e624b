"""The detector's cost is the area it searches: a page settled by its title is searched at the top and
at the footer only; the middle of the page is searched when a stage needs it, once, and an upside-down
sheet is searched where its text really is."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from ocr_synth import CASE, images_pdf, scanned_page
from PIL import Image

from dossier.ocr import analyse
from dossier.ocr.engines.rapid import RapidEngine
from dossier.ocr.stages.boxes import _unsearched, turned_bands
from dossier.ocr.stages.context import BAND_MARGIN, FOOT, HEAD


class CountingEngine(RapidEngine):
    """The real engine, noting the height of each band the detector is given."""

    def __init__(self) -> None:
        self.searched: list[int] = []

    def detect_quads(self, grey: np.ndarray, scale: float = 0.5) -> np.ndarray:
        self.searched.append(grey.shape[0])
        return super().detect_quads(grey, scale)


def _read(tmp_path: Path, image: Image.Image) -> tuple[str, float]:
    engine = CountingEngine()
    (page,) = analyse([images_pdf([image], tmp_path / "page.pdf")], engine=engine, expected_case_number=CASE)
    return page.doc_type, sum(engine.searched) / image.height


def test_a_notice_settled_by_its_title_is_not_searched_in_the_middle(tmp_path: Path) -> None:
    doc_type, share = _read(tmp_path, scanned_page("执行通知书"))
    assert doc_type == "enforcement_notice"
    assert share < HEAD + (1 - FOOT) + 0.25  # the head, the footer and their margins, not the page


def test_a_ruling_whose_operative_part_is_lower_down_is_searched_there(tmp_path: Path) -> None:
    body = ["申请执行人张三与被执行人洛阳某某商贸有限公司纠纷一案，本院依法立案执行。"] * 9 + [
        "本院认为，被执行人暂无可供执行的财产。", "裁定如下：", "终结本次执行程序。"]
    doc_type, share = _read(tmp_path, scanned_page("执行裁定书", body=body))
    assert doc_type == "termination_this_round_ruling"
    assert 0.95 <= share <= 1.3  # every band once (with margins), none twice


def test_the_bands_not_yet_searched() -> None:
    assert _unsearched([(0, 420)], 0, 420) == []
    assert _unsearched([(0, 420), (900, 1000)], 420, 900) == [(420, 900)]
    assert _unsearched([(0, 100), (580, 1000)], 0, 420) == [(100, 420)]
    assert _unsearched([], 10, 20) == [(10, 20)]


def test_an_upside_down_sheet_is_searched_again_where_its_title_now_stands() -> None:
    # before turning: the head (0–420) and the footer (900–1000) searched; the title of the upside-down
    # sheet stood at 880–910, its top in the unsearched middle. Turned, it starts at 90: inside the old
    # footer band, which must not count as searched there any more
    margin = int(1000 * BAND_MARGIN)
    bands = turned_bands([(0, 420), (900, 1000)], 1000)
    assert bands == [(0, 100 - margin), (580, 1000)]
    assert _unsearched(bands, 0, 420) == [(100 - margin, 420)]


def test_two_receipts_on_one_sheet_both_prove_service(tmp_path: Path) -> None:
    # some courts print two 送达回证 on one sheet: the second one's served document stands in the lower
    # half, which a page settled by its top would never read
    halves = [scanned_page("送达回证", body=[f"送达文书：{served}", "受送达人：张三"])
              for served in ("执行通知书", "报告财产令")]
    width, height = halves[0].size
    sheet = Image.new("L", (width, height), 250)
    for i, half in enumerate(halves):
        sheet.paste(half.crop((0, 0, width, height // 2)), (0, i * height // 2))
    (page,) = analyse([images_pdf([sheet], tmp_path / "two.pdf")], engine=CountingEngine(),
                      expected_case_number=CASE)
    assert page.doc_type == "service_receipt"
    assert page.served_doc_types == ["enforcement_notice", "property_report_order"]
