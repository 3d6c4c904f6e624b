"""鞍山铁东 (court_ct_02): the 送达文书名称及件数 cell of a 送达回证 holds 执行通知书 一份 over 报告财产令 一份, the second
line level with the label beside it, so the detector took label and line as one row, and it was never read: the
complete dossier was rejected for want of the 报告财产令's receipt (and so was every dossier of the family). The row
reaching across the start of the line that named a document, just below it, is read too."""

from __future__ import annotations

from pathlib import Path

from dossier.ocr import analyse

DATA = Path(__file__).parent / "data"


def test_a_served_cells_second_line_beside_its_label_is_read_too() -> None:
    receipt, = analyse([DATA / "receipt_second_document_beside_the_label.pdf"], engine="rapidocr",
                       expected_case_number="（2024）辽0302执87236号")
    assert receipt.doc_type == "service_receipt"
    assert set(receipt.served_doc_types) == {"enforcement_notice", "property_report_order"}
