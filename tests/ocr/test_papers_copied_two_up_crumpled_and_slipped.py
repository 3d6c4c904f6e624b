"""Pages read wrong at first sight by 周口川汇 (court_hs, drawn blind: bound volumes copied two pages up on A3, the
copies split by software off the seam), 重庆綦江 (court_ht, drawn blind: a damp archive's crumpled and cockled sheets)
and 沧州新华 (court_hu, drawn blind: WeChat photos printed at the window, thermal slips pasted on sheets)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.cues import page_of
from dossier.ocr.imaging import Line
from dossier.ocr.stages.boxes import _missed_rows
from dossier.ocr.stages.orient import _flat_and_tall, _inside_frame
from dossier.ocr.titles import match_title

DATA = Path(__file__).parent / "data"


def test_a_signature_page_copied_two_up_beside_the_facing_pages_strip_is_read_upright() -> None:
    """The 受理案件通知书's second page (court_hs_01 p20): the court's seal over the date, the undertaker's line and
    第2页 共2页 — and along its left side, past the copy's gutter, a strip of the facing page, one cut-off character
    of each of its lines (如 执 金 牌 法 …), stacked into columns running down the sheet. Counted as lines running down,
    they turned the sheet a quarter: it read as nothing, an unreadable page, and the complete dossier was rejected."""
    [page] = analyse([DATA / "signature_page_copied_two_up_beside_the_facing_pages_strip.pdf"], engine="rapidocr")
    assert (page.rotation, page.readable, page.page_of) == (0, True, (2, 2))


def test_columns_cut_by_the_sheets_side_say_nothing_of_which_way_its_lines_run() -> None:
    """A box running down the sheet that reaches its left or right side is a cut-off strip of another page; one running
    down inside the sheet still counts (a sheet lying sideways)."""
    shape = (1754, 1241)
    strip = [Line(top=500 + 120 * i, bottom=600 + 120 * i, left=0, right=33) for i in range(3)]
    own = [Line(top=500 + 120 * i, bottom=600 + 120 * i, left=300 + 60 * i, right=333 + 60 * i) for i in range(3)]
    assert _flat_and_tall(_inside_frame(strip, shape)) == (0, 0)
    assert _flat_and_tall(_inside_frame(own, shape)) == (0, 3)
    right_edge = [Line(top=500, bottom=600, left=1225, right=1241)]
    assert _inside_frame(right_edge, shape) == []


def test_a_blank_back_copied_two_up_beside_the_facing_pages_strip_is_blank() -> None:
    """The blank back before the 备考表 (court_hs_02 p47): the facing page's strip beyond a copy's grey gutter (盖, 行,
    本 …). With the dark reaching the sheet's edge made paper before the seam was sought, no seam was left to cut at:
    the strip's characters read as this page's, an unreadable page, and the complete archive dossier was rejected."""
    [page] = analyse([DATA / "blank_back_copied_two_up_beside_the_facing_pages_strip.pdf"], engine="rapidocr")
    assert (page.doc_type, page.blank, page.readable) == ("blank", True, True)


def test_a_receipts_served_row_the_detector_passed_over_on_a_crumpled_sheet_is_found_and_read() -> None:
    """The 送达回证 for the 执行通知书 and the 报告财产令 (court_ht_02 p33), on a sheet crumpled and flattened again:
    the detector, searching the sheet's top, found every row of the form but its 送达文书名称和件数 row, cleanly printed
    (执行通知书、报告财产令及财产申报表各一份). The receipt served nothing, and the complete archive dossier was rejected
    for want of both receipts."""
    [page] = analyse([DATA / "service_receipt_on_a_crumpled_sheet_its_served_row_passed_over.pdf"], engine="rapidocr")
    assert page.doc_type == "service_receipt"
    assert {"enforcement_notice", "property_report_order"} <= set(page.served_doc_types)


def _band() -> np.ndarray:
    band = np.full((400, 1241), 245, dtype=np.uint8)
    band[40:43, 100:1140] = 30  # a table's rules
    band[40:360, 100:103] = 30
    band[40:360, 400:403] = 30
    for x in range(450, 950, 36):  # a printed line: characters 28 px tall (目), 8 px apart
        for y in (200, 207, 214, 221, 226):
            band[y:y + 2, x:x + 28] = 40
        band[200:228, x:x + 2] = band[200:228, x + 26:x + 28] = 40
    return band


def test_a_printed_line_outside_every_box_is_a_missed_row_and_a_tables_rules_are_none() -> None:
    band = _band()
    assert _missed_rows(band, np.zeros((0, 4, 2))) == [(200, 228)]
    found = np.array([[[440.0, 195.0], [960.0, 195.0], [960.0, 232.0], [440.0, 232.0]]])
    assert _missed_rows(band, found) == []
    rules_only = _band()
    rules_only[200:228] = 245
    assert _missed_rows(rules_only, np.zeros((0, 4, 2))) == []
    mark = _band()
    mark[200:228, 450:950] = 245
    mark[200:228, 500:528] = _band()[200:228, 450:478]  # one character alone: a mark, not a line
    assert _missed_rows(mark, np.zeros((0, 4, 2))) == []


def test_a_paste_sheet_counted_by_sheets_numbers_its_second_sheet() -> None:
    """The 票据粘贴单 the thermal 案款 slips are pasted on runs over two sheets, 第1张 共2张 and 第2张共2张 (court_hu_01
    p31–32): the second sheet read as a voucher of its own, the slips on it a duplicate."""
    assert page_of("第2张共2张") == (2, 2)
    assert page_of("第1张 共2张") == (1, 2)


def test_the_applicants_confirmation_of_money_received_is_a_payment_voucher() -> None:
    """执行款领取确认书 (court_hs_03 p30): the applicant confirms the instalments received — proof of performance, not
    the 执行款领取账户确认书 naming the account the money is to go to. Read as the latter, the 执行完毕 dossier lacked its
    proof of performance and was rejected naming 执行和解协议 besides its one missing paper."""
    assert match_title("执行款领取确认书").code == "payment_voucher"  # type: ignore[union-attr]
    assert match_title("执行款领取账户确认书").code == "payment_account_confirmation"  # type: ignore[union-attr]


def _slip_sheet(*lines: str) -> PageText:
    return PageText([TextLine(text, 0.98, height=1.0, centred=i == 2, top=0.05 + 0.06 * i, width=0.4, alone=True)
                     for i, text in enumerate(lines)], complete=False)


def test_a_paste_sheet_of_the_cases_money_paid_in_by_card_is_a_payment_voucher() -> None:
    """The 票据粘贴单 for 执行案款收付凭证 (court_hu_03 p26): the court's 执行案款收款凭条 for the tenant's rent paid in at
    the counter and the card's POS 签购单 beside it. A 签购单 was taken for the 执行费 paid by card (榆林榆阳): the sheet
    read as a fee receipt, and the paid-up dossier lacked its proof of payment."""
    head = ("河北省沧州市新华区人民法院执行局", "执表·27", "票据粘贴单", "案号：（2024）冀0902执8672号")
    assert classify(_slip_sheet(*head, "用途：执行案款收付凭证", "粘贴处", "中国银联 POS签购单")).doc_type == "payment_voucher"
    fee = _slip_sheet(*head, "用途：申请执行费票据", "粘贴处", "中国银联 POS签购单", "交款人：张伟")
    assert classify(fee).doc_type == "fee_receipt"


@pytest.mark.parametrize("broken", [{"unless_with": "案款"}, {"unless_wth": ["案款"]}], ids=["one word", "misspelt"])
def test_a_clerk_writing_unless_with_as_one_word_or_misspelt_is_refused_when_the_cue_data_loads(
    monkeypatch: pytest.MonkeyPatch, broken: dict[str, object]
) -> None:
    """cues.yaml form_cues' unless_with is a list of words: one word where the list belongs, or the key misspelt (the
    签购单 rule would silently stop holding), is refused at once, naming the file."""
    from dossier.errors import ChecklistDataError
    from dossier.ocr import cues as cue_data
    from dossier.vocab import load_vocab

    data = load_vocab("cues")
    voucher = {k: v for k, v in data["form_cues"]["payment_voucher"].items() if k != "unless_with"}
    bad = {**data, "form_cues": {**data["form_cues"], "payment_voucher": {**voucher, **broken}}}
    monkeypatch.setattr(cue_data, "load_vocab", lambda name, data=bad: data)
    cue_data.cues.cache_clear()
    try:
        with pytest.raises(ChecklistDataError, match="识别线索词表不合法") as caught:
            cue_data.cues()
        assert "cues.yaml" in str(caught.value.file)
    finally:
        monkeypatch.undo()
        cue_data.cues.cache_clear()
