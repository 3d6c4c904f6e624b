"""Pages drawn blind for 玉溪红塔 (court_fd: papers marked up by the judges before scanning) and 景德镇珠山 (court_fc: a
copier left in photo mode, every page a 1-bit halftone), read wrong at first sight; each page is as it was scanned."""

from __future__ import annotations

from pathlib import Path

from dossier.ocr import analyse

DATA = Path(__file__).parent / "data"


def test_a_clue_form_titled_at_length_in_large_type_is_that_form() -> None:
    """申请执行人提供被执行人财产线索表, set large and centred, highlighted yellow, spans 62 % of the page: wider than a
    centred line usually is, but with 16 characters a body line's are three times as many. Taken for a body line,
    its 申请执行人 made the page an application and the clue form was reported missing (court_fd_02 p6)."""
    (page,) = analyse([DATA / "clue_form_titled_at_length_over_most_of_the_width_highlighted.pdf"], engine="rapidocr")
    assert page.doc_type == "property_clue_form"


def test_a_clue_form_titled_across_most_of_a_web_viewers_96_dpi_export_is_that_form() -> None:
    """The same title over 80 % of a page exported at 96 dpi and turned sideways (威海环翠, court_fe_01 p9)."""
    (page,) = analyse([DATA / "clue_form_titled_at_length_web_viewer_export_96dpi_sideways.pdf"], engine="rapidocr")
    assert page.doc_type == "property_clue_form"


def test_a_receipt_whose_served_row_was_cut_after_its_first_paper_names_them_all() -> None:
    """The row 送达文书名称及件数 | 执行通知书一份；报告财产令一份；财产申报表一份, label and cell in one box, was read to
    its twelfth character (…执行通知书一份；报告): the notice was served, so nothing more was read, and the
    报告财产令's receipt was reported missing (court_fd_03 p26, upside down in the scan)."""
    (page,) = analyse([DATA / "receipt_upside_down_its_served_row_naming_three_papers_across_label_and_cell.pdf"],
                      engine="rapidocr")
    assert page.doc_type == "service_receipt"
    assert {"enforcement_notice", "property_report_order"} <= set(page.served_doc_types)


def test_a_zhongben_ruling_whose_marker_stands_at_the_end_of_a_cut_line_on_its_second_page() -> None:
    """A 执行裁定书 over two halftone pages: on the second, …的解释》第五百一十七条的规定，裁定如 / 下： / 终结本次执行程序。
    The reasoning's lines were read only to their cut and nothing under them: no marker, no operative part, and the
    ruling stood as a plain 执行裁定书 — the 终本 ruling reported missing (court_fc_02 p32–33)."""
    first, second = analyse([DATA / "zhongben_ruling_halftone_copy_its_marker_cut_at_the_second_pages_line_end.pdf"],
                            engine="rapidocr")
    assert first.doc_type == "termination_this_round_ruling"
    assert second.doc_type == "continuation"
