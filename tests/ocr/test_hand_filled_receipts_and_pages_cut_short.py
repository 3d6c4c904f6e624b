"""Pages of two families drawn blind and read wrong at first sight: 六盘水钟山 (court_fp: a township tribunal that fills
its forms by hand, its clerks writing the papers served by their short names) and 鸡西鸡冠 (court_fo: a scanner left
on B5, every A4 sheet's foot cut off)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ocr import analyse
from dossier.ocr.titles import served_doc_types

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("cell", "served"), [
    ("送达文书名称及件数执通、报告令各一份", ["enforcement_notice", "property_report_order"]),  # court_fp_01 p29
    ("受理通知各一份", ["acceptance_notice"]),
    ("终本裁定一份", ["termination_this_round_ruling"]),
    ("限消令、失信决定各一份", ["consumption_restriction_order", "dishonest_list_decision"]),
    ("执行通知书、报告财产令", ["enforcement_notice", "property_report_order"]),  # the full titles as before
])
def test_a_receipts_cell_written_by_hand_with_the_clerks_short_names_names_those_papers(cell: str,
                                                                                      served: list[str]) -> None:
    """The archive centre sees the notice and the order served though the clerk wrote 执通、报告令: before, the receipt
    named nothing and both receipts were reported missing (court_fp_01)."""
    assert served_doc_types(cell) == served


def test_a_rulings_last_sheet_its_date_under_a_black_seal_and_its_footer_cut_off_continues_it() -> None:
    """鸡西鸡冠's 限制消费令 (court_fo_02 p25–26): its second sheet holds only 二〇二四年二月二十四日 under the seal, read 年月四日,
    and its footer 第2页共2页 was cut off with the sheet's foot. With no date read, the sheet was unreadable."""
    order, last = analyse([DATA / "ruling_last_sheet_its_date_under_a_black_seal_footer_cut_off_by_a_b5_scan.pdf"],
                          engine="rapidocr")
    assert order.doc_type == "consumption_restriction_order"
    assert last.doc_type == "continuation" and last.readable
