"""Pages read wrong at first sight by 三明三元 (court_gp, drawn blind: torn papers mended with tape, on a cutting mat) and
晋城城区 (court_go, drawn blind: an archive volume closed by 终结执行); each real page is as it was captured."""

from __future__ import annotations

from pathlib import Path

from dossier.ocr import analyse
from dossier.ocr.titles import match_title

DATA = Path(__file__).parent / "data"


def test_a_receipts_served_cell_read_into_one_box_with_its_label_still_names_both_papers() -> None:
    """（2024）闽0404执39912号执行通知书；（2024）闽04 / 04执39912号报告财产令（各一份）: the label 送达文书名称及件数, centred in
    its cell, stood level with the second line, and the two were read as one box, 送达文书名称及件数434912号报39912号行通务 —
    the 报告财产令 was reported served by no receipt (court_gp_03 p30)."""
    (page,) = analyse([DATA / "receipt_its_served_label_level_with_the_cells_second_line.pdf"], engine="rapidocr")
    assert page.doc_type == "service_receipt"
    assert sorted(page.served_doc_types) == ["enforcement_notice", "property_report_order"]


def test_the_archives_review_register_of_a_volume_is_its_file_review_form() -> None:
    """执行案卷复核登记表 (复核项目, 结论, 复核意见, 复核人: the review before a volume is archived) read as near to
    执行案件立案登记表 as to anything, and the volume was refused for lacking its review form (court_go_01 p43)."""
    match = match_title("执行案卷复核登记表", tall=True)
    assert match is not None and match.code == "file_review_form"
    registration = match_title("执行案件立案登记表", tall=True)
    assert registration is not None and registration.code == "case_registration_form"


def test_a_rulings_signature_sheet_photographed_sideways_is_turned_and_goes_on_with_the_ruling() -> None:
    """A ruling's last sheet lay sideways under the tubes: 审 判 长 / 审 判 员 / 书 记 员, their characters spaced and the
    three labels side by side, were joined across their columns into short rows (审审书, 判判记, 长员员) while the
    date and the footer ran down the sheet — as many boxes one way as the other, and the sheet was read as it lay,
    unreadable: the complete archive volume was refused (court_go_01 p30)."""
    ruling, page = analyse([DATA / "signature_sheet_photographed_sideways_its_spaced_labels_side_by_side.pdf"],
                           engine="rapidocr")
    assert ruling.doc_type == "enforcement_ruling" and page.rotation in (90, 270)
    assert (page.doc_type, page.readable) == ("continuation", True)
