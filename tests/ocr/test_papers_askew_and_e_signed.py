"""Pages read wrong at first sight by 枣庄市中 (court_fx, drawn blind: the bureau's tablet app keeps each photo as
taken — the sheet 4–20° askew on a desk or a counter) and 郴州北湖 (court_fw, drawn blind: the
court's e-signed papers, their titles flush left beside the case number and a vertical verification strip down
the right margin); each page is as it was captured."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from dossier.ocr import analyse
from dossier.ocr.imaging import quad_skew

DATA = Path(__file__).parent / "data"


def test_an_award_photographed_14_degrees_askew_is_levelled_by_the_detectors_boxes() -> None:
    """The ink profile searches ±5°: at 14° the lines were read across their slope (裁决书 read 我决书 at 0.67) and
    the 执行依据 reported missing (court_fx_01 p3)."""
    (page,) = analyse([DATA / "award_photographed_14_degrees_askew_on_a_desk_kept_as_taken.pdf"], engine="rapidocr")
    assert page.doc_type == "enforcement_basis" and abs(page.skew) > 10


def test_a_bank_slip_photographed_16_degrees_askew_is_read() -> None:
    """A third-of-A4 电子回单 lying 16° askew on the counter glass (court_fx_01 p25): unreadable, and the payment
    out to the applicant reported missing."""
    (page,) = analyse([DATA / "bank_slip_photographed_16_degrees_askew_on_a_counter.pdf"], engine="rapidocr")
    assert page.doc_type == "payment_voucher"


def test_the_detectors_boxes_give_the_skew_only_where_enough_lines_say() -> None:
    def line(x: float, y: float, angle: float, length: float = 300, height: float = 30) -> list[list[float]]:
        dx, dy = length * np.cos(np.radians(angle)), length * np.sin(np.radians(angle))
        return [[x, y], [x + dx, y + dy], [x + dx, y + dy + height], [x, y + height]]

    tilted = np.array([line(50, 100 + 60 * i, 12.0) for i in range(4)])
    assert abs((quad_skew(tilted) or 0.0) - 12.0) < 0.1
    assert quad_skew(tilted[:2]) is None  # two lines say too little
    stamps = np.array([line(50, 100 + 60 * i, 12.0, length=40, height=40) for i in range(4)])
    assert quad_skew(stamps) is None  # square boxes (a seal's characters) have no slope to give


def test_e_signed_papers_titled_flush_left_beside_their_case_numbers_are_what_their_titles_say() -> None:
    """生效证明书 and 执行通知书 set flush left under the court's colour band, the case number on the right of the
    same row: the row's two boxes made the title no line of its own, and the notice was read as a fee receipt, the
    certificate as a second judgment (court_fw_01 p6, p19)."""
    certificate, notice = analyse([DATA / "e_signed_certificate_and_notice_titled_flush_left_beside_their_numbers.pdf"],
                                  engine="rapidocr")
    assert (certificate.doc_type, certificate.title_text) == ("effectiveness_certificate", "生效证明书")
    assert (notice.doc_type, notice.title_text) == ("enforcement_notice", "执行通知书")


def test_an_e_signed_rulings_signature_page_beside_its_verification_strip_goes_on_with_the_ruling() -> None:
    """The signers' short lines read at 0.98–1.0 (审判长, 崔秀): no mirrored sheet reads so. Read again flipped, a
    code of letters upside down (BHVa4D2VB at 0.81) outscored them and the page was read upside down: unreadable
    (court_fw_01 p24)."""
    ruling, signed = analyse([DATA / "e_signed_ruling_and_its_signature_page_beside_a_vertical_verification_strip.pdf"],
                             engine="rapidocr")
    assert ruling.doc_type == "enforcement_ruling"
    assert (signed.doc_type, signed.rotation) == ("continuation", 0)
