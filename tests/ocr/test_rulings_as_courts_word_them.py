"""Every ruling is titled 执行裁定书 (DOMAIN.md); its operative part says what it decides, and each court words it its
own way. The archive centre must tell a 终本 ruling from a 终结执行 one above all — 本案终结本次执行程序 begins as
本案终结 (…执行) does, and was read as the end of the case itself."""

from __future__ import annotations

import pytest

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import shipped_model


def _line(text: str, top: float, *, centred: bool = False, width: float = 0.8, height: float = 1.0) -> TextLine:
    return TextLine(text, 0.97, height=height, centred=centred, top=top, width=width, alone=True)


def _ruling(operative: str) -> PageText:
    return PageText([_line("浙江省宁波市北仑区人民法院", 0.05, centred=True, width=0.4),
                     _line("执行裁定书", 0.09, centred=True, width=0.25, height=1.6), _line("（2024）浙0206执1234号", 0.13, width=0.3),
                     _line("申请执行人宁波某某有限公司与被执行人宁波某某贸易有限公司买卖合同纠纷一案，本院依法", 0.2),
                     _line("依照《中华人民共和国民事诉讼法》第二百五十三条之规定，裁定如下：", 0.3),
                     _line(operative, 0.34), _line("本裁定立即生效。", 0.4, width=0.2)], complete=True)


@pytest.mark.parametrize(("operative", "code"), [
    ("终结本次执行程序。", "termination_this_round_ruling"),
    ("本案终结本次执行程序。", "termination_this_round_ruling"),
    ("终结（2024）浙0206执1234号案件的本次执行程序。", "termination_this_round_ruling"),
    ("本次执行程序终结。", "termination_this_round_ruling"),
    ("终结执行。", "termination_ruling"),
    ("本案终结执行。", "termination_ruling"),
    ("终结本院（2024）浙0206执1234号案的执行。", "termination_ruling"),
    ("冻结、划拨被执行人宁波某某有限公司在银行的存款人民币100000元。", "enforcement_ruling"),
    ("扣留、提取被执行人王某的收入人民币20000元。", "enforcement_ruling"),
    ("冻结被执行人对第三人宁波港某公司享有的到期债权。", "enforcement_ruling"),
    ("恢复（2020）浙0206执123号案件的执行。", "resumption_ruling"),
    ("本案恢复执行。", "resumption_ruling"),
])
def test_a_ruling_is_what_its_operative_part_decides(operative: str, code: str) -> None:
    assert classify(_ruling(operative), shipped_model()).doc_type == code
