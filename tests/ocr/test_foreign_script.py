"""A foreign applicant's papers in their own language: a Vietnamese 授权委托书 (GIẤY ỦY QUYỀN) in Latin
letters. The direction classifier, trained on Chinese, may call such a sheet upside down; its lines read
far more surely as it lies than turned over, so it is read as it lies — not turned into noise and
reported unreadable, which would send a complete dossier back."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
from ocr_synth import images_pdf, scanned_page

from dossier.ocr import analyse
from dossier.ocr.engines.rapid import RapidEngine

VIETNAMESE = ["CONG HOA XA HOI CHU NGHIA VIET NAM", "Doc lap - Tu do - Hanh phuc", "GIAY UY QUYEN",
              "Ben uy quyen: CONG TY CO PHAN NONG SAN", "LANG SON, dia chi: So 92 duong Ba Trieu,",
              "thanh pho Lang Son. Ben duoc uy quyen:", "Luat su Ding Xiuchun, Quang Tay.",
              "Noi dung uy quyen: thay mat cong ty nop", "don yeu cau thi hanh phan quyet trong tai",
              "Thoi han uy quyen: den khi ket thuc viec", "thi hanh an.", "Ha Noi, ngay 5 thang 1 nam 2024"]


class ChineseTrainedClassifier(RapidEngine):
    """The real engine, whose direction classifier calls every line of Latin letters upside down."""

    def upside_down(self, lines: Sequence[np.ndarray]) -> list[float]:
        return [0.95 for _ in lines]


def test_a_page_in_latin_letters_is_read_the_way_it_lies(tmp_path: Path) -> None:
    page = scanned_page(None, case_number=None, court=None, body=VIETNAMESE)
    (result,) = analyse([images_pdf([page], tmp_path / "giay_uy_quyen.pdf")], engine=ChineseTrainedClassifier())
    assert result.rotation == 0
    assert any("UY QUYEN" in t.text.upper().replace("  ", " ") for t in result.text_lines)


def test_a_court_paper_under_a_uyghur_head_is_read_the_way_it_lies() -> None:
    """喀什 (court_ea_01 p28): the court's 执行案款发放审批单 opens with the court's name and the form's name in Uyghur
    over their Chinese. The Uyghur lines read as Latin noise, so only the court's name was legible at the top, and the
    sheet was read turned over to compare — where its figures read upside down as other figures (9393, 电3933) and
    counted as two legible lines. Turned, the slip was unreadable and the paid-out case lacked its proof of
    payment. Figures read either way say nothing of which way is up; Chinese does."""
    data = Path(__file__).parent / "data" / "payout_approval_slip_under_a_uyghur_head.pdf"
    (page,) = analyse([data], engine="rapidocr")
    assert (page.rotation, page.doc_type) == (0, "payment_voucher")
