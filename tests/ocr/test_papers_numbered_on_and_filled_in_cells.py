"""Pages read wrong by the check on 哈尔滨南岗 (court_hh, drawn blind: thin paper on a sheet-fed scanner in a dry
winter) and 成华 (court_hg): a letter-spaced catalogue title whose first character the detector cut off, a lawyer's
application whose second page cites its clue list, a bank slip's 附言 cell that resembles a title."""

from __future__ import annotations

from pathlib import Path

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.models import PageResult
from dossier.ocr.pipeline import pages_numbered_on

DATA = Path(__file__).parent / "data"


def line(text: str, top: float, *, height: float = 1.0, centred: bool = False, alone: bool = True,
         width: float = 0.3) -> TextLine:
    return TextLine(text, 0.99, height=height, centred=centred, top=top, width=width, alone=alone)


def test_a_catalogue_whose_first_title_character_was_cut_off_on_the_left_is_the_catalogue() -> None:
    """卷 | 内　目　录 (court_hh_01 p2): the detector cut the letter-spaced title in two, its first character's box a
    little lower, so read after the rest; the volume's catalogue read as a list going on, and the complete archive
    volume lacked its catalogue."""
    (page,) = analyse([DATA / "catalogue_title_first_character_cut_off_left.pdf"], engine="rapidocr")
    assert page.doc_type == "catalogue" and page.title_text == "卷内目录"


def test_the_cut_off_first_character_is_joined_in_front() -> None:
    rows = [line("黑龙江省哈尔滨市南岗区人民法院（2024）黑0103执5217号", 0.158, centred=True, width=0.6),
            line("顺序号 文件材料名称 日期 页号", 0.196, alone=False, width=0.6)]
    cut = [line("内目录", 0.103, height=1.5, centred=True, alone=False), line("卷", 0.105, height=1.4, alone=False)]
    verdict = classify(PageText([*cut, *rows], complete=False))
    assert verdict.doc_type == "catalogue" and verdict.evidence == "title"


def test_a_bank_slips_remark_cell_under_its_rows_is_no_settlement_title() -> None:
    """中国工商银行转账电子回单 twice on a sheet, then the landlord's 收条 (court_hh_02 p33): the 附言 cell's 南岗法院执行
    和解款, centred and short, was read as the title 执行和解笔录 — the payment taken for a second settlement, and the
    complete dossier lacked its proof of performance."""
    slip = [line("中国工商银行转账电子回单", 0.059, centred=True, height=1.07),
            line("付款户名哈尔滨涅瓦西餐有限公司", 0.097), line("付款账号3500754133209266253", 0.128),
            line("收款户名钱晓", 0.157), line("收款账号6222514796070527027", 0.185),
            line("转账金额人民币57,000.0元（大写：伍万", 0.214, centred=True, width=0.47),
            line("交易时间2024-03-1313:08:44", 0.244), line("附言", 0.273, alone=False, width=0.05),
            line("南岗法院执行和解款", 0.275, centred=True, width=0.17)]
    verdict = classify(PageText(slip, complete=True))
    assert verdict.doc_type == "payment_voucher"
    titled = [line("南岗区人民法院", 0.05, centred=True), line("地址：学府路200号", 0.07), line("电话：0451-86221234", 0.09),
              line("执行和解协议", 0.12, centred=True, width=0.2)]
    assert classify(PageText(titled, complete=False)).doc_type == "settlement_agreement", "alone on its row, it is"


def _page(n: int, doc_type: str, confidence: float, page_of: tuple[int, int] | None) -> PageResult:
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=confidence, readable=True,
                      source="ocr", page_of=page_of)


def test_a_page_numbered_on_from_the_page_before_is_its_next_page_when_its_own_type_is_unsure() -> None:
    """强制执行申请书 第1页共2页, then 被执行人的财产线索见附表。 over 此致 on 第2页共2页 (court_hh_02 p1–2): read as a
    财产线索表 by its first line (0.86), the application lost its second page and a clue form its first."""
    pages = [_page(1, "enforcement_application", 1.0, (1, 2)), _page(2, "blank", 1.0, None),
             _page(3, "property_clue_form", 0.857, (2, 2))]
    pages[1] = pages[1].model_copy(update={"blank": True})
    assert [p.doc_type for p in pages_numbered_on(pages)] == ["enforcement_application", "blank", "continuation"]


def test_a_sure_title_or_a_number_that_does_not_run_on_stands() -> None:
    sure = [_page(1, "enforcement_notice", 1.0, (1, 2)), _page(2, "property_report_order", 1.0, (2, 2))]
    other_total = [_page(1, "enforcement_application", 1.0, (1, 2)), _page(2, "property_clue_form", 0.857, (2, 3))]
    restart = [_page(1, "enforcement_application", 1.0, (1, 1)), _page(2, "property_clue_form", 0.857, (1, 1))]
    for pages in (sure, other_total, restart):
        assert [p.doc_type for p in pages_numbered_on(pages)] == [p.doc_type for p in pages]
