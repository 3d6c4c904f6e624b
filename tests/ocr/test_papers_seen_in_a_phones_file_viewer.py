"""Pages read wrong at first sight by 金华婺城 (court_gb, drawn blind: parties sent their PDFs through a messaging app,
and the e-dossier kept the phone's screenshots of its file viewer — the status bar, the file's name and size over every
page) and 中山 (court_fz, drawn blind: a Hong Kong company's papers, photographed at a sunlit counter); each real page
is as it was captured."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.ocr import analyse
from dossier.ocr.classify import file_name

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("scan", "first"), [
    ("application_two_screenshots_in_a_phones_file_viewer.pdf", "enforcement_application"),
    ("judgment_two_screenshots_in_a_phones_file_viewer.pdf", "enforcement_basis"),
])
def test_the_files_name_over_every_screenshot_names_the_file_not_its_first_page(scan: str, first: str) -> None:
    """强制执行申请书.pdf over the application's first page and over its last sheet (此致, the court, 申请执行人：), and
    浙0702民初4557号判决书.pdf over the judgment's two pages: the file's name was taken for each page's title, and every
    later page for a paper of its own (court_gb_01 p4, p6)."""
    pages = analyse([DATA / scan], engine="rapidocr")
    assert [p.doc_type for p in pages] == [first, "continuation"]


def test_a_viewers_file_name_and_size_are_told_from_a_title() -> None:
    assert file_name("强制执行申请书.pdf") and file_name("浙0702民初4557号判决书.PDF") and file_name("PDF·151KB")
    assert not file_name("强制执行申请书") and not file_name("第3页") and not file_name("执行款 723,400.33元")


def test_a_hong_kong_solicitors_letter_without_a_title_is_a_law_firms_letter() -> None:
    """LEUNG & LEE, SOLICITORS / 梁李律師事務所, Our Ref, Your Ref, then 本行代表德興行貿易有限公司…致函貴院: no 函 in a
    title, only the firm's name and its letter's words; it was unknown, and filed as an exhibit (court_fz_01 p15)."""
    (page,) = analyse([DATA / "hong_kong_solicitors_letter_to_the_bureau.pdf"], engine="rapidocr")
    assert page.doc_type == "law_firm_letter"


def test_a_banks_inward_remittance_advice_is_proof_of_payment_not_the_courts_payment_notice() -> None:
    """中国银行 汇入汇款通知书 INWARD REMITTANCE ADVICE (the debt wired from Hong Kong into the court's account) over the
    court's 执行案款发放凭证: 汇款通知书 read one character off the court's 缴款通知书, and the complete dossier lacked its
    proof of performance (court_fz_01 p32)."""
    (page,) = analyse([DATA / "bank_inward_remittance_advice_with_payment_voucher.pdf"], engine="rapidocr")
    assert (page.doc_type, page.title_text) == ("payment_voucher", "汇入汇款通知书")
