"""The backs 银川兴庆's duplex ADF keeps (court_bg): a court form printed with a leaflet on its back — 当事人权利义务告知书
behind the 执行通知书, 执行风险提示 behind the 报告财产令, 填写说明 behind every 送达回证. The back belongs to its front;
read on its own it had been an 授权委托书 (its 有权委托代理人), an 执行申请书, a 财产线索表 (提供被执行人财产线索) and a
second 送达回证 that served nothing (court_bg_01 p20, p22, p34 …: 18 of 120 pages at first sight)."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import shipped_model


def _line(text: str, top: float, *, width: float = 0.8, centred: bool = False) -> TextLine:
    return TextLine(text, 0.99, height=1.0, centred=centred, top=top, width=width, alone=True)


def _verdict(heading: str, *body: str) -> str:
    lines = [_line(heading, 0.04, width=0.3, centred=True)]
    lines += [_line(text, 0.08 + 0.03 * i) for i, text in enumerate(body)]
    return classify(PageText(lines, complete=False), shipped_model()).doc_type


def test_the_rights_leaflet_on_a_notices_back_is_the_notices_page() -> None:
    assert _verdict("当事人权利义务告知书", "一、当事人有权委托代理人，有权申请回避，有权查阅、复制本案有关材料。",
                    "二、被执行人应当如实报告财产，不得隐匿、转移、变卖、毁损已被查封、扣押的财产。") == "continuation"


def test_the_risk_notice_on_an_orders_back_is_the_orders_page() -> None:
    assert _verdict("执 行 风 险 提 示", "一、被执行人无财产可供执行的，申请执行人可能承担执行不能的风险。",
                    "四、申请执行人应积极提供被执行人财产线索，") == "continuation"


def test_a_receipts_printed_instructions_are_no_second_receipt() -> None:
    assert _verdict("填写说明", "1. 受送达人应在送达回证上签名或盖章，并注明签收日期。",
                    "2. 受送达人拒绝签收的，送达人应邀请见证人到场，说明情况，把文书留在受送达人住所，并",
                    "3. 代收人应注明与受送达人的关系。") == "continuation"


def test_a_notice_that_only_mentions_a_leaflet_is_still_the_notice() -> None:
    assert _verdict("执行通知书", "（2024）宁0104执29017号", "随本通知书送达当事人权利义务告知书一份。") == "enforcement_notice"
