"""Pages read wrong at first sight by 盘锦双台子 (court_hw, drawn blind: a sheet-fed scanner's volumes, sticky notes on
blank backs) and 邹城 (court_hv, drawn blind: a county archive of the 2010s, its 笔录纸 headed on every sheet), and
pages of 綦江's notarial booklet (court_ht_01, read after its first sight: the loan contract bound in behind the deed)."""

from __future__ import annotations

from pathlib import Path

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.pipeline import across_pages

DATA = Path(__file__).parent / "data"


def test_a_blank_back_carrying_a_sticky_note_is_a_blank_back() -> None:
    """The back of the 被执行人财产申报表 (court_hw_03 p6): nothing on it but its front showing faintly through, and a
    yellow 便利贴 on its corner where the undertaker wrote 回证未回. The note read clearly and nothing else did: the page
    was one no one could read, and the dossier was rejected for it."""
    [page] = analyse([DATA / "blank_back_with_a_sticky_note_on_its_corner.pdf"], engine="rapidocr")
    assert (page.doc_type, page.blank, page.readable) == ("blank", True, True)


def _result(n: int, doc_type: str, lines: list[str], title: str) -> PageResult:
    text = [ReadText(text=t, confidence=0.98, box=(0, 0, 1, 1), height=1.0, centred=i < 2, top=0.05 + 0.04 * i,
                     width=0.6) for i, t in enumerate(lines)]
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=0.99, readable=True,
                      blank=False, source="ocr", title_text=title, text_lines=text, text_complete=True)


def test_a_record_sheet_opening_with_the_rest_of_a_question_goes_on_with_the_record() -> None:
    """邹城's 谈话笔录 (court_hv_02 p36–37): the court prints its name and 谈话笔录 on every sheet; the second opens with
    the rest of the undertaker's question from the first (行，不受申请执行时效的限制。你还有什么补充的？), then 答：没有了。
    and the sign-off. It was read as a second 谈话笔录. A record opens with its time, place and persons, with or without
    a colon after them; a record opening so stays a record of its own."""
    head = ["山东省邹城市人民法院", "谈话笔录"]
    first = _result(1, "interview_record", [*head, "时间：2018年5月2日上午9时", "地点：本院执行局第一谈话室",
                                            "被谈话人：廖品斌，男，本案申请执行人"], "谈话笔录")
    second = _result(2, "interview_record", [*head, "行，不受申请执行时效的限制。你还有什么补充的？", "答：没有了。",
                                             "以上笔录我看过，与我说的一样。"], "谈话笔录")
    again = _result(3, "interview_record", [*head, "时间 2018年6月12日上午10时", "地点 本院执行局第一谈话室"], "谈话笔录")
    assert [p.doc_type for p in across_pages([first, second, again])] == [
        "interview_record", "continuation", "interview_record"]


def _sheet(*rows: tuple[str, float, bool, bool]) -> PageText:
    return PageText([TextLine(text, 0.97, height=height, centred=centred, top=0.04 + 0.05 * i, width=0.5, alone=alone)
                     for i, (text, height, centred, alone) in enumerate(rows)], complete=True)


def test_a_loan_contract_titled_under_the_lenders_letterhead_is_no_settlement() -> None:
    """The 借款合同 bound in behind the 公证书 that gives it force (court_ht_01 p6): the lender's name and 合同编号 stand
    above its title, so the title was no first line; its 甲方 and 乙方 made it an 执行和解协议 — a settlement the case
    never had, which could stand in for one that a settled case's dossier lacks."""
    page = _sheet(("重庆市綦江区通惠小额贷款有限公司", 1.0, False, False), ("合同编号：QJXD-2023-755", 1.0, False, False),
                  ("借款合同", 1.9, True, True), ("贷款人（甲方）：重庆市綦江区通惠小额贷款有限公司", 1.0, False, True),
                  ("借款人（乙方）：龙静磊", 1.0, False, True), ("借款金额人民币270,000.00元（大写：贰拾柒万元整）", 1.0, False, True),
                  ("第一条　借款发放", 1.0, False, True), ("甲方在本合同签订并办理公证后三个工作日内，将借款划入乙方指定账户，", 1.0, False, True))
    assert classify(page).doc_type == "continuation"


def test_a_contracts_signature_sheet_is_no_settlement() -> None:
    """Its last sheet (court_ht_01 p7): the parties' signatures, the lender's 合同专用章, 签订日期 and 签订地点 — a sign-off,
    not an agreement's terms."""
    page = _sheet(("龙静磊", 1.0, False, False), ("甲方（盖章）：", 1.0, False, False), ("乙方（签字并按印）：", 1.0, False, False),
                  ("合同专用章", 1.0, False, True), ("签订日期：2022年12月31日", 1.0, False, False),
                  ("签订地点：重庆市綦江区", 1.0, False, False))
    assert classify(page).doc_type == "continuation"


def test_a_settlement_under_the_courts_letterhead_is_still_a_settlement() -> None:
    """A 执行和解协议 keeps its type: its title names it, whatever stands above it."""
    page = _sheet(("重庆市綦江区人民法院", 1.0, True, True), ("执行和解协议", 1.9, True, True),
                  ("甲方（申请执行人）：重庆市綦江区通惠小额贷款有限公司", 1.0, False, True),
                  ("乙方（被执行人）：龙静磊", 1.0, False, True), ("双方就（2024）渝0110执8414号案件达成如下和解协议：", 1.0, False, True))
    assert classify(page).doc_type == "settlement_agreement"
