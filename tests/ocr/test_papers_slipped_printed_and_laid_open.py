"""Pages read wrong at first sight by 怀化鹤城 (court_ha, drawn blind: dot-matrix bank slips on carbonless copies),
张掖甘州 (court_hb, drawn blind: papers printed from websites) and 清远清城 (court_hc, drawn blind: slips and booklets
laid on the flatbed with its lid up); each real page is as it was captured."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.pipeline import across_pages
from dossier.ocr.stages.prepare import _light_blocks
from dossier.ocr.titles import match_title

DATA = Path(__file__).parent / "data"


def test_a_fee_bill_laid_upside_down_on_the_glass_with_the_lid_up_is_read_not_turned_negative() -> None:
    """广东省非税收入缴款凭证（回单联）, a small slip upside down in the black of the open lid (court_hc_02 p6): the page's
    paper is black and a third of it light, as a film negative's is, and the page was inverted — the slip black, the
    lid white, nothing legible. The complete 终本 dossier lacked its fee receipt."""
    (page,) = analyse([DATA / "fee_bill_laid_upside_down_on_the_glass_lid_up.pdf"], engine="rapidocr")
    assert page.doc_type == "fee_receipt" and page.readable


def test_a_negatives_light_is_strokes_a_slips_is_one_block() -> None:
    negative = np.zeros((220, 160), dtype=np.uint8)
    negative[20:200:6, 10:150] = 1  # lines of writing one pixel high at an eighth of the page
    negative[20:200, 10:150:9] = 1
    slip = np.zeros((220, 160), dtype=np.uint8)
    slip[60:130, 30:140] = 1
    assert not _light_blocks(negative) and _light_blocks(slip)


def line(text: str, top: float, *, width: float = 0.3, title: bool = False) -> TextLine:
    return TextLine(text, 0.98, height=1.6 if title else 1.0, centred=True, top=top, width=width, alone=True)


def test_a_banks_transfer_voucher_and_the_courts_payout_slip_prove_payment() -> None:
    """中国工商银行特种转账借方凭证 (the deposit taken into the court's account) read as the applicant's account confirmation
    by its 账号 and 开户行 rows; 执行款发放确认单 (the money paid out) the same; and a 现金缴款单 under a bank's long name
    (湖南怀化农村商业银行) not found at all: the complete archive volume lacked its proof of performance (court_ha_01
    p29–30, court_ha_03 p28)."""
    rows = [line("付款全称 怀化五溪家具有限公司", 0.135, width=0.6), line("账号1912129408784285691", 0.17),
            line("开户行 工行怀化鹤城支行", 0.21), line("收款人 鹤城区人民法院执行款专户", 0.25)]
    for title in ("中国工商银行特种转账借方凭证", "执行款发放确认单", "湖南怀化农村商业银行现金缴款单"):
        verdict = classify(PageText([line(title, 0.08, width=0.4, title=True), *rows], complete=True))
        assert verdict.doc_type == "payment_voucher", title
    assert match_title("中国农业银行股份有限公司") is None


def _page(n: int, doc_type: str, lines: list[tuple[str, float]], *, title: str = "") -> PageResult:
    text = [ReadText(text=t, confidence=0.98, box=(50 + 300 * i, 0, 300 + 300 * i, 1), height=1.0, centred=False,
                     top=top, width=0.2) for i, (t, top) in enumerate(lines)]
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=0.5, readable=True,
                      source="ocr", title_text=title, text_lines=text, text_complete=True)


def test_a_web_pages_next_sheet_under_the_same_print_header_goes_on_with_it() -> None:
    """The judgment printed from 人民法院在线服务 (court_hb_03 p3–4): every sheet headed 2024/2/2 15:39 | 文书详情－人民法院在线服务
    by the browser; the second sheet opens mid-sentence and was read as a paper nothing names. Another print, another
    minute: another paper."""
    head = [("2024/2/2 15:39", 0.001), ("文书详情－人民法院在线服务", 0.0)]
    first = _page(3, "enforcement_basis", [("2024/2/215:39", 0.018), ("文书详情-人民法院在线服务", 0.018),
                                           ("文书名称民事判决书", 0.11)], title="民事判决书")
    second = _page(4, "unknown", [*head, ("数提出副本，上诉于甘肃省张掖市中级人民法院。", 0.034)])
    assert [p.doc_type for p in across_pages([first, second])][1] == "continuation"
    later = _page(4, "unknown", [("2024/2/2 15:47", 0.001), ("文书详情－人民法院在线服务", 0.0),
                                 ("数提出副本，上诉于甘肃省张掖市中级人民法院。", 0.034)])
    assert [p.doc_type for p in across_pages([first, later])][1] != "continuation"
    titled = _page(4, "identity_proof", [*head, ("营业执照", 0.05)], title="营业执照")
    assert [p.doc_type for p in across_pages([first, titled])][1] == "identity_proof"
