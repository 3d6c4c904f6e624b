"""Pages read wrong at first sight by 保山隆阳 (court_ia, drawn blind: the parties' papers as printed phone photos of
screens), 宁德蕉城 (court_hy, drawn blind: papers preprinted in coloured ink), 张家界永定 (court_ib, drawn blind: a
court that stamps every paper it receives) and 延吉 (court_id, drawn blind: papers in Korean and Chinese)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np

from dossier.ocr import analyse, imaging
from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.exhibits import exhibits_behind_their_list
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.pipeline import across_pages

DATA = Path(__file__).parent / "data"


def test_a_fee_receipt_photographed_on_a_phone_screen_and_printed_small_is_the_fee_receipt() -> None:
    """The 非税收入统一票据 of the 申请执行费 (court_ia_02 p11): the applicant showed it on his phone, someone photographed
    the phone lying on a desk and printed the photo on an A4 sheet. The screen, in its black bezel, fills less than half
    the sheet; its print stood 12 px high at the reader's 150 dpi, too small for the detector, which searches at 75, and
    the moiré's stripes ran through it. Nothing was read, and the complete archive was rejected for want of a fee
    receipt."""
    [page] = analyse([DATA / "fee_receipt_photographed_on_a_phone_screen_printed_small.pdf"], engine="rapidocr")
    assert page.doc_type == "fee_receipt"
    assert "非税收入统一票据" in page.title_text


def _phone_on_a_desk(screen: tuple[int, int, int, int]) -> np.ndarray:
    """A 50 dpi copy of a printed photo: a light grey desk, a phone's black body, its light screen inside."""
    sheet = np.full((580, 410), 170, np.uint8)
    x, y, w, h = screen
    cv2.rectangle(sheet, (x - 14, y - 30), (x + w + 14, y + h + 30), 25, -1)
    cv2.rectangle(sheet, (x, y), (x + w - 1, y + h - 1), 205, -1)
    for row in range(y + 20, y + h - 20, 12):  # its text
        cv2.line(sheet, (x + 15, row), (x + w - 30, row), 60, 2)
    return sheet


def test_a_screen_in_its_bezel_is_found_on_the_printed_photo() -> None:
    """The screen is the light area framed all round by the phone's dark body; the desk round the phone is lighter than
    the body, so the photo holds no sheet lying on a darker surface."""
    small = _phone_on_a_desk((130, 175, 180, 270))
    assert imaging.photographed_sheet(small) is None
    assert imaging.screen_within_bezel(small) == (130, 175, 180, 270)


def test_a_slip_on_a_dark_counter_is_no_screen() -> None:
    """A bank slip photographed lying on a dark counter (court_fx_01 p25) is light and framed all round by the dark,
    but the counter runs to the photo's edges: no phone's body lies round it, and the photo is read as it is."""
    photo = np.full((716, 537), 40, np.uint8)
    cv2.rectangle(photo, (60, 230), (480, 550), 215, -1)
    for row in range(260, 530, 30):
        cv2.line(photo, (80, row), (400, row), 60, 2)
    assert imaging.screen_within_bezel(photo) is None


def test_a_form_framed_by_ruled_lines_is_no_screen() -> None:
    """A table's frame and a page border are lines, not a bezel: the band round a cell is light paper at most points."""
    form = np.full((580, 410), 235, np.uint8)
    cv2.rectangle(form, (40, 60), (370, 520), 30, 2)
    for row in range(100, 520, 40):
        cv2.line(form, (40, row), (370, row), 30, 1)
    cv2.rectangle(form, (60, 20), (350, 40), 30, -1)  # a dark title bar above it
    assert imaging.screen_within_bezel(form) is None


def test_the_courts_receipt_for_money_paid_in_at_the_window_is_a_payment_voucher() -> None:
    """宁德蕉城's blue 福建省行政事业单位资金往来结算票据 (court_hy_03 p24): the court's receipt to the respondent who paid
    the 执行款 at its window — the money paid in, as a 执行款收据 is. Its title was known to no vocabulary, and the
    receipt was read as a later page of the paper before it."""
    page = PageText([TextLine("福建省行政事业单位资金往来结算票据", 0.98, height=1.6, centred=True, top=0.04, width=0.6),
                     TextLine("开票日期：2024年01月16日", 0.98, height=1.0, top=0.09, width=0.25),
                     TextLine("交款单位（个人）林兰淑", 0.98, height=1.0, top=0.14, width=0.25),
                     TextLine("项目", 0.98, height=1.0, top=0.2, width=0.06, alone=False),
                     TextLine("执行款", 0.98, height=1.0, top=0.25, width=0.08, alone=False)], complete=True)
    assert classify(page).doc_type == "payment_voucher"


def _result(n: int, doc_type: str, lines: list[str], title: str = "", confidence: float = 0.95) -> PageResult:
    text = [ReadText(text=t, confidence=0.97, box=(0, 0, 1, 1), height=1.0, centred=i < 2, top=0.05 + 0.04 * i,
                     width=0.6) for i, t in enumerate(lines)]
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=confidence, readable=True,
                      blank=False, source="ocr", title_text=title, text_lines=text, text_complete=True)


def test_an_id_copy_filed_behind_an_objectors_exhibits_is_no_exhibit_for_the_received_stamp_on_both() -> None:
    """张家界永定 presses its 收文章 on every paper it receives (court_ib_01): on the objector's 证据目录 and on the ID copy
    filed behind her three exhibits. The ID copy's first lines were the stamp's, and the list's rows held the same stamp:
    the copy was taken for a fourth exhibit, and the applicant's identity proof vanished into the evidence."""
    stamp = ["张家界市永定区人民法院执行局收文", "收到日期2024.03.03", "经办人yc"]
    listed = _result(1, "evidence", ["证据目录", "序号证据名称", "证明目的", *stamp, "1房屋买卖合同", "2银行交易明细",
                                     "3（2023）湘0802执929号执行裁定书（原件）"], title="证据目录")
    contract = _result(2, "continuation", ["房屋买卖合同人民法院执行局收文", "出卖人（甲方）：唐建军"])
    ruling = _result(3, "enforcement_ruling", ["湖南省张家界市永定区人民法院", "执行裁定书", *stamp], title="执行裁定书")
    id_copy = _result(4, "identity_proof", [*stamp, "姓名谷立新", "性别男民族土家", "公民身份号码430821199206010586"],
                      confidence=0.77)
    read = list(exhibits_behind_their_list([listed, contract, ruling, id_copy]))
    assert [p.doc_type for p in read] == ["evidence", "continuation", "continuation", "identity_proof"]


def test_the_record_of_an_objections_hearing_is_the_parties_heard() -> None:
    """The 听证笔录 of 张家界永定's objection hearing (court_ib_01 p20): time, place, the panel and the parties heard.
    No vocabulary knew the title, and the panel's 审判长 made it a judgment."""
    page = PageText([TextLine("听证笔录", 0.99, height=1.8, centred=True, top=0.1, width=0.25),
                     TextLine("时间：2024年3月11日　9时10分至10时40分", 0.98, top=0.17, width=0.45),
                     TextLine("地点：本院第五审判庭", 0.98, top=0.2, width=0.25),
                     TextLine("案号：（2024）湘0802执异9806号", 0.98, top=0.23, width=0.35),
                     TextLine("合议庭：审判长程洋敏，审判员熊宏燕", 0.98, top=0.26, width=0.55)], complete=True)
    assert classify(page).doc_type == "interview_record"


def test_an_application_in_korean_filed_before_its_translation_is_the_application() -> None:
    """An old mother's 집행신청서, written in Korean (延吉 court_id_03 p1), with its Chinese translation behind it:
    执行申请书, and under the title （译文，原件为朝鲜文）. The reader reads no Hangul; the original was a page no one could
    place, and the translation a second application."""
    korean = _result(1, "unknown", ["", ",,1941 511,,,", "2401194105117993, 13942533690"], confidence=0.4)
    translation = _result(2, "enforcement_application", ["执行申请书", "(译文原件力朝鲜又)", "申请人崔今顺，女，1941年5月11日出生"],
                          title="执行申请书", confidence=1.0)
    judgment = _result(3, "enforcement_basis", ["吉林省延吉市人民法院", "民事判决书"], title="民事判决书", confidence=1.0)
    assert [p.doc_type for p in across_pages([korean, translation, judgment])] == [
        "enforcement_application", "continuation", "enforcement_basis"]
