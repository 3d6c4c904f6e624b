"""Courts and parties name the same paper differently: a 立案通知书 where the model form says 受理案件通知书, a
结案报告 where it says 结案审批表, a 户口本 for the 户口簿, a foreign party's 护照 for an ID card. A clerk reads
each as the paper it is; so must the check. 立案通知书 matters most: one character from 结案通知书, it was
read as a closing notice, and 执行费缴纳通知书 as an 执行通知书. A 执行款发放收据 stays a payment voucher (no
fee receipt title may come so close to it that it loses its type)."""

from __future__ import annotations

import pytest

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import shipped_model
from dossier.ocr.titles import served_doc_types


def _line(text: str, top: float, *, centred: bool = False, height: float = 1.0) -> TextLine:
    return TextLine(text, 0.97, height=height, centred=centred, top=top, width=min(0.9, 0.04 * len(text)), alone=True)


def _titled(title: str) -> PageText:
    """The head of a court's or a party's paper: the court's name, the title, a case number."""
    return PageText([_line("吉林省长春市朝阳区人民法院", 0.05, centred=True), _line(title, 0.09, centred=True, height=1.6),
                     _line("（2024）吉0104执1234号", 0.14)])


@pytest.mark.parametrize(("title", "code"), [
    ("立案通知书", "acceptance_notice"),
    ("执行立案通知书", "acceptance_notice"),
    ("执行费缴纳通知书", "payment_notice"),
    ("执行申请费收据", "fee_receipt"),
    ("申请执行费收据", "fee_receipt"),
    ("护照", "identity_proof"),
    ("统一社会信用代码证书", "identity_proof"),
    ("社会团体法人登记证书", "identity_proof"),
    ("民办非企业单位登记证书", "identity_proof"),
    ("律师工作证", "lawyer_license"),
    ("户口本", "kinship_proof"),
    ("结婚证", "kinship_proof"),
    ("送达地址确认函", "service_address_confirmation"),
    ("被执行人财产申报书", "property_declaration_form"),
    ("结案报告", "closing_approval_form"),
    ("执行案件结案报告", "closing_approval_form"),
    ("执行款发放收据", "payment_voucher"),
    # 衡阳雁峰 (court_cf_02 p30): the 终本 notice the applicant signs with its opinion hears it as a 约谈 does — read as
    # the 终本 ruling (one character off in four), it stood in for the ruling the dossier holds behind it
    ("终结本次执行程序告知书", "interview_record"),
])
def test_a_paper_under_another_courts_name_for_it_is_read_as_that_paper(title: str, code: str) -> None:
    verdict = classify(_titled(title), shipped_model())
    assert (verdict.doc_type, verdict.settled) == (code, True), verdict


@pytest.mark.parametrize(("served", "codes"), [
    ("执行决定书（罚款）", ["fine_decision"]),
    ("执行决定书（拘留）", ["detention_decision"]),
    ("执行裁定书、执行决定书（罚款）", ["enforcement_ruling", "fine_decision"]),
])
def test_a_receipt_for_a_decision_named_by_its_form_serves_no_ruling(served: str, codes: list[str]) -> None:
    """执行决定书 is one character from 执行裁定书: a receipt that served a fine decision must not also prove
    that a ruling was served (that could let a dossier without its ruling's receipt pass)."""
    page = PageText([_line("吉林省长春市朝阳区人民法院", 0.05, centred=True), _line("送达回证", 0.09, centred=True),
                     _line("送达文书名称", 0.2), _line(served, 0.2), _line("受送达人", 0.25),
                     _line("长春某汽车零部件有限公司", 0.25), _line("受送达人签名或盖章", 0.35)], complete=True)
    verdict = classify(page, shipped_model())
    assert (verdict.doc_type, verdict.served) == ("service_receipt", codes)


@pytest.mark.parametrize("cell", ["送达文书名称和件数|传票各一份", "送达文书名称和件数丨传票各一份", "送达文书名称及件数丨传票各一份",
                                  "文书名称与件数丨传票"])
def test_a_summons_named_alone_in_the_cell_after_its_label_is_what_the_receipt_served(cell: str) -> None:
    """长春朝阳's receipts label the cell 送达文书名称和件数 (court_ay_02 p35), 满洲里's rule between label and cell
    reads 丨 (court_am_02 p42): the summons is still what was served — a receipt that names nothing is reported
    as linked to no document, and two receipts that name nothing cannot be told apart from a page scanned twice."""
    assert served_doc_types(cell) == ["summons"]
