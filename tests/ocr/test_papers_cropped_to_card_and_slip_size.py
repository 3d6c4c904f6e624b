"""宜昌伍家岗 (court_it): the bureau's high-speed scanner crops every paper to its own edges. The applicant's
收款账户确认书 says 附：银行卡复印（原大）, and the card's copy behind it came out as a page of card size — the bank's
name, the number in groups of four, 借记卡 DEBIT, 银联 — which the reader could place nowhere: three unreadable pages
(court_it_01 p22, court_it_02 p17, court_it_03 p15). The court's payout left a bank's 电子回单 cropped to a strip; its
first row (湖北宜昌三峡农村商业银行　电子回单) and the rows under it span the strip, and were taken for prose running on from
the payout form before it (court_it_01 p37, court_it_02 p37). The clerk now sees the card as the confirmation's page
and the slip as the proof of payment it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from ocr_synth import FONT, images_pdf, scanned_page
from PIL import Image, ImageDraw, ImageFont

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.pipeline import across_pages

CASE = "（2024）鄂0503执13241号"
COURT = "湖北省宜昌市伍家岗区人民法院"


def _card(bank: str, number: str) -> Image.Image:
    """A bank card's copy at its own size (85.6 × 54 mm at 200 dpi), grey as a copier prints it."""
    card = Image.new("L", (674, 425), 215)
    draw = ImageDraw.Draw(card)
    draw.text((24, 20), bank, font=ImageFont.truetype(FONT, 34), fill=30)
    draw.text((30, 205), number, font=ImageFont.truetype(FONT, 36), fill=20)
    draw.text((26, 250), "借记卡  DEBIT", font=ImageFont.truetype(FONT, 28), fill=40)
    draw.rectangle((520, 300, 640, 400), outline=60, width=3)
    draw.text((545, 330), "银联", font=ImageFont.truetype(FONT, 30), fill=40)
    return card


def _slip(rows: list[str]) -> Image.Image:
    """A bank's 电子回单 on a third of a sheet, cropped to its edges: its rows span the strip."""
    slip = Image.new("L", (1240, 620), 250)
    draw = ImageDraw.Draw(slip)
    for i, row in enumerate(rows):
        draw.text((40, 36 + 64 * i), row, font=ImageFont.truetype(FONT, 36 if i == 0 else 30), fill=20)
    return slip


CONFIRMATION = scanned_page("申请执行人收款账户确认书", case_number=CASE, court=COURT,
                            body=["申请执行人：宜昌峡州水电安装工程有限公司", "收款户名：宜昌峡州水电安装工程有限公司",
                                  "开户银行：中国农业银行宜昌夷陵支行", "银行账号：6228464357904855185",
                                  "本单位确认上述账户为接收本案执行款的唯一账户。", "附：银行卡复印（原大）"], seed=5)


def test_a_bank_cards_copy_behind_the_account_confirmation_is_its_page(tmp_path: Path) -> None:
    pdf = images_pdf([CONFIRMATION, _card("中国农业银行宜昌", "6228 4643 5790 4855 185")], tmp_path / "account.pdf")
    confirmation, card = analyse([pdf], engine="rapidocr", workers=1, expected_case_number=CASE)
    assert (confirmation.doc_type, card.doc_type) == ("payment_account_confirmation", "continuation")


def _read(n: int, doc_type: str, lines: list[str], *, title: str = "") -> PageResult:
    text = [ReadText(text=t, confidence=0.97, box=(0, 0, 1, 1), height=1.0, centred=False, top=0.1 + 0.2 * i,
                     width=0.6) for i, t in enumerate(lines)]
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=0.2 if not title else 0.95,
                      readable=True, source="ocr", title_text=title, text_lines=text, text_complete=True)


def test_a_cards_copy_elsewhere_stays_what_it_was_read_as() -> None:
    """Behind a notice the card backs up nothing the checklist asks for; nor is a page with a long text a card,
    whatever number it holds."""
    notice = _read(1, "enforcement_notice", ["执行通知书"], title="执行通知书")
    card = _read(2, "unknown", ["中国工商银行郑州", "6228 7750 1437 1785 103", "借记卡 DEBIT", "银联"])
    assert [p.doc_type for p in across_pages([notice, card])] == ["enforcement_notice", "unknown"]
    confirmation = _read(1, "payment_account_confirmation", ["申请执行人收款账户确认书"], title="申请执行人收款账户确认书")
    assert [p.doc_type for p in across_pages([confirmation, card])] == ["payment_account_confirmation", "continuation"]
    letter = _read(2, "unknown", ["中国工商银行郑州", "6228 7750 1437 1785 103", "借记卡 DEBIT", "银联", *["本行确认该账户状态正常。"] * 8])
    assert [p.doc_type for p in across_pages([confirmation, letter])][1] != "continuation"


def test_a_banks_slip_cropped_to_a_strip_is_the_payment(tmp_path: Path) -> None:
    payout = scanned_page("执行案款发放审批表", case_number=CASE, court=COURT,
                          body=["领款人：宜昌峡州水电安装工程有限公司", "发放金额：人民币198,692.00元", "承办人意见：同意发放"], seed=6)
    slip = _slip(["湖北宜昌三峡农村商业银行　电子回单", "付款人户名湖北省宜昌市伍家岗区人民法院",
                  "付款人账号8201000899514626", "收款人户名宜昌峡州水电安装工程有限公司",
                  "金额人民币198,692.00元", "用途（2024）鄂0503执13241号执行款", "交易时间2024-04-16 15:58:03"])
    pdf = images_pdf([payout, slip], tmp_path / "payout.pdf")
    form, receipt = analyse([pdf], engine="rapidocr", workers=1, expected_case_number=CASE)
    assert (form.doc_type, receipt.doc_type) == ("payment_voucher", "payment_voucher")


def test_a_banks_slip_read_as_far_as_its_head_is_the_payment() -> None:
    """court_it_02 p37 as read: the strip's head only, three rows across most of its width."""
    def row(text: str, top: float, width: float) -> TextLine:
        return TextLine(text, 0.97, height=1.0, centred=False, top=top, width=width, alone=True)

    head = PageText([row("湖北宜昌三峡农村商业银行 电子回单", 0.1, 0.8), row("付款人户名湖北省宜昌市伍家岗区人民法院", 0.28, 0.6),
                     row("付款人账号8201000899514626", 0.43, 0.47)], complete=False)
    assert classify(head).doc_type == "payment_voucher"


@pytest.mark.parametrize(("edit", "words"), [
    ({"number": "(\\d{4}\\s?){3}\\d{4}(\\s?\\d{1,3}"}, "missing \\)"),
    ({"behind": ["payment_acount_confirmation"]}, "payment_acount_confirmation"),
    ({"behnd": ["payment_account_confirmation"]}, "behnd"),
], ids=["pattern_left_open", "unknown_code", "misspelt_key"])
def test_a_mistake_in_the_card_data_is_refused_when_the_cue_data_loads(monkeypatch: pytest.MonkeyPatch,
                                                                        edit: dict[str, object], words: str) -> None:
    """A clerk edits cues.yaml card_copies: a pattern left open, a code misspelt or a key misspelt is refused with
    what is wrong, not met on the first card read (or silently never)."""
    from dossier.errors import ChecklistDataError
    from dossier.ocr import cues as cue_data
    from dossier.vocab import load_vocab

    data = load_vocab("cues")
    broken = {**data, "card_copies": {**data["card_copies"], **edit}}
    monkeypatch.setattr(cue_data, "load_vocab", lambda name: broken)
    cue_data.cues.cache_clear()
    try:
        with pytest.raises(ChecklistDataError, match=words):
            cue_data.cues()
    finally:
        monkeypatch.undo()
        cue_data.cues.cache_clear()
