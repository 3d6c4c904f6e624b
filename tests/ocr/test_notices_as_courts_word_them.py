"""A court's notice may carry only its form's name (通知书, or 通知) under the court's name: its words say what it
is. An enforcement notice recites that the court 受理'd the case before it 责令s the respondent to perform — it is
still the 执行通知书, not the 受理通知书. And a heading under the court's name over an addressee's line (告知书 /
宁波某某有限公司：) opens a paper of its own: whatever it is, it continues nothing."""

from __future__ import annotations

import pytest

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import shipped_model


def _line(text: str, top: float, *, centred: bool = False, width: float = 0.8, height: float = 1.0) -> TextLine:
    return TextLine(text, 0.97, height=height, centred=centred, top=top, width=width, alone=True)


def _notice(title: str, *body: str) -> PageText:
    lines = [_line("浙江省宁波市北仑区人民法院", 0.05, centred=True, width=0.4),
             _line(title, 0.09, centred=True, width=0.04 * len(title), height=1.6)]
    return PageText([*lines, *(_line(b, 0.15 + 0.04 * i) for i, b in enumerate(body))], complete=True)


@pytest.mark.parametrize(("title", "body", "code"), [
    ("通知书", ["宁波某某贸易有限公司：", "本院受理的申请执行人宁波某某有限公司与你单位买卖合同纠纷一案，责令你单位立即履行下列义务："],
     "enforcement_notice"),
    ("通知", ["宁波某某贸易有限公司：", "本院依法责令你单位于收到本通知之日起三日内履行下列义务："], "enforcement_notice"),
    ("通知书", ["宁波某某有限公司：", "你单位申请执行宁波某某贸易有限公司买卖合同纠纷一案，本院已立案执行。"], "acceptance_notice"),
    ("通知书", ["宁波某某有限公司：", "你单位申请执行一案，应预交申请执行费人民币1250元，请于七日内交纳。"], "payment_notice"),
    ("通知书", ["中国工商银行宁波北仑支行：", "根据本院（2024）浙0206执1234号执行裁定书，请协助执行下列事项："], "assistance_notice"),
])
def test_a_notice_under_its_forms_name_is_what_its_words_make_it(title: str, body: list[str], code: str) -> None:
    assert classify(_notice(title, *body), shipped_model()).doc_type == code


def test_a_heading_under_the_courts_name_over_an_addressee_continues_nothing() -> None:
    verdict = classify(_notice("告知书", "宁波某某有限公司：", "本院受理你单位申请执行一案，现将有关事项告知如下："), shipped_model())
    assert verdict.doc_type != "continuation"


@pytest.mark.parametrize("title", ["执行款发放通知书", "执行款收款通知书", "执行款退还通知书"])
def test_a_notice_telling_the_applicant_of_money_is_no_enforcement_notice(title: str) -> None:
    """Words put inside 执行通知书 name another paper: counted as the notice, it would hide a missing one."""
    verdict = classify(_notice(title, "宁波某某有限公司：", "你单位申请执行宁波某某贸易有限公司买卖合同纠纷一案，执行款人民币"
                                      "86000元已到本院账户，请于十日内持身份证明来院办理。"), shipped_model())
    assert verdict.doc_type != "enforcement_notice"


def test_a_misread_character_inside_the_enforcement_notices_title_still_names_it() -> None:
    body = ("宁波某某贸易有限公司：", "本院依法责令你单位于收到本通知之日起三日内履行下列义务：")
    assert classify(_notice("执行通如书", *body), shipped_model()).doc_type == "enforcement_notice"
