"""Pages read wrong at first sight or left wrong since: 通化东昌 (court_fi, drawn blind: small papers glued onto the
bureau's 卷内粘贴页 before scanning), 咸阳秦都 (court_ev: inkjets running dry), 石嘴山大武口 (court_ff: coal-dust
smudges), 威海环翠 (court_fe: a web viewer's 96 dpi export) and 乐山市中 (court_fm, drawn blind: an ADF without deskew);
each page is as it was scanned."""

from __future__ import annotations

from pathlib import Path

from dossier.ocr import analyse

DATA = Path(__file__).parent / "data"


def test_an_ems_slip_pasted_on_a_carrier_sheet_headed_by_the_courts_name_is_the_rulings_receipt() -> None:
    """吉林省通化市东昌区人民法院 卷内粘贴页 heads the sheet; on it the 法院专递 slip (内件品名 …执行裁定书（终结本次执行
    程序）一份) and the post's tracking record, filed behind the 受理通知书's 送达回证. 卷内粘贴页 names no paper, but
    with the court's name before it, it passed for a title with 卷内 left and was read as the 卷内目录 — the 终本
    ruling's receipt reported missing (court_fi_02 p40–41)."""
    receipt, slip = analyse([DATA / "ems_slip_pasted_on_a_carrier_sheet_headed_by_the_courts_name.pdf"],
                            engine="rapidocr")
    assert receipt.doc_type == "service_receipt" and receipt.served_doc_types == ["acceptance_notice"]
    assert slip.doc_type == "service_receipt"
    assert "termination_this_round_ruling" in slip.served_doc_types


def test_a_notarial_deeds_signature_sheet_goes_on_with_the_deed() -> None:
    """The deed's second sheet holds only 吉林省通化市江南公证处 / 公证员 段华 / 二〇二二年十二月三十一日. The signer's
    label 公证员, one character off the form's title 公证书, was taken for a title: a second 执行依据 (court_fi_02 p4)."""
    deed, signature = analyse([DATA / "notarial_deed_its_signature_turned_over_onto_a_sheet_of_its_own.pdf"],
                              engine="rapidocr")
    assert deed.doc_type == "enforcement_basis"
    assert signature.doc_type == "continuation"


def test_a_receipts_served_line_printed_faint_is_read() -> None:
    """送达文书名称 beside two lines: 执行通知书 一份, in the grey bands of a drying inkjet, over 报告财产令（附财产申报表）
    一份. The detector found only the second: the notice's receipt was reported missing (court_ev_03 p28)."""
    (page,) = analyse([DATA / "receipt_its_first_served_line_printed_faint_by_a_drying_inkjet.pdf"], engine="rapidocr")
    assert page.doc_type == "service_receipt"
    assert {"enforcement_notice", "property_report_order"} <= set(page.served_doc_types)


def test_a_blank_back_its_front_showing_through_faintly_beside_a_smudge_is_blank() -> None:
    """A business licence shows through, mirrored and too faint for the detector, beside a coal-dust smudge: no line
    found, and the smudge kept it from passing as textless — an unreadable page in a complete dossier
    (court_ff_01 p14)."""
    (page,) = analyse([DATA / "blank_back_its_front_showing_through_faintly_beside_a_coal_smudge.pdf"],
                      engine="rapidocr")
    assert page.blank and page.readable


def test_a_foreign_passports_data_page_is_an_identity_proof() -> None:
    """A Korean buyer's passport, its data page exported at 96 dpi and upside down: REPUBLIC OF KOREA / PASSPORT over
    its fields, its machine-readable zone not read. PASSPORT is the paper's title as 护照 is (威海环翠, court_fe_01
    p12, left unclassified)."""
    (page,) = analyse([DATA / "korean_passport_data_page_upside_down_96dpi.pdf"], engine="rapidocr")
    assert page.doc_type == "identity_proof"


def test_a_blank_back_fed_skewed_on_a_dark_scan_bed_is_blank() -> None:
    """乐山市中's ADF without deskew (court_fm_01 p23, drawn blind): a blank back 4° askew, the scan bed's dark grey
    in wedges at its corners and along an edge, its front faintly through it. The wedges counted as ink: the sheet
    was no blank back, nothing on it read, and it was reported unreadable."""
    (page,) = analyse([DATA / "blank_back_fed_skewed_on_a_dark_scan_bed.pdf"], engine="rapidocr")
    assert page.blank and page.readable


def test_a_microfilm_frames_signature_sheet_with_a_scratch_through_it_is_no_blank_back() -> None:
    """乌海海勃湾's volumes read back from microfilm (court_fh_02 p24, drawn blind): a judgment's last sheet, its five
    signature lines crossed by a scratch along the roll that runs the frame's height into the film black. The scratch
    joins the lines to the frame's edge: taken for the scan bed's surround with them, the sheet would be blank."""
    (page,) = analyse([DATA / "microfilm_frame_signature_sheet_a_scratch_through_it.pdf"], engine="rapidocr")
    assert not page.blank
