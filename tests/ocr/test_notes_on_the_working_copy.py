"""The undertaker's working copy (西安雁塔, court_bk) and a big firm's licence copy (上海浦东, court_bj) at first sight:

- a sticky note or a pencilled reminder names another paper — 见生效证明 on an award's second sheet, 与和解协议一致 over
  a 收款账户确认书, 附和解协议+回 over the 结案审批表: a note is never the page's title (three pages read as the paper the
  note named; a complete dossier sent back for lacking its 收款账户确认书, the defective one naming two items too many);
- 约谈申请执行人笔录: the court heard a party — an 谈话笔录 titled by its subject (read as an 执行申请书);
- 中华人民共和国律师执业证 (复印件): the words in brackets do not make the line too long to hold the title (read as an
  ID card by its 姓名/性别/身份证号 rows; both complete dossiers sent back for lacking the lawyer's licence)."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.ngram import shipped_model


def _line(text: str, top: float, *, width: float = 0.4, centred: bool = False, height: float = 1.0,
          alone: bool = True) -> TextLine:
    return TextLine(text, 0.98, height=height, centred=centred, top=top, width=width, alone=alone)


def _court(code: str) -> list[TextLine]:
    return [_line("陕西省西安市雁塔区人民法院", 0.05, centred=True), _line(code, 0.08, centred=True, width=0.3),
            _line("案号：（2024）陕0113执35402号", 0.11, width=0.35)]


def test_a_note_naming_a_certificate_on_an_awards_second_sheet_is_no_certificate() -> None:
    page = PageText([_line("见生效证明", 0.03, width=0.15), _line("裁决如下：", 0.06, width=0.12),
                     _line("一、西安某软件科技有限公司于本裁决生效之日起十日内向申请人支付", 0.09, width=0.8)],
                    footer=[_line("第2页共2页", 0.96, width=0.12, centred=True)], complete=False)
    assert classify(page, shipped_model()).doc_type == "continuation"


def test_a_note_over_the_title_leaves_the_title_to_name_the_page() -> None:
    page = PageText([_line("与和解协议一致", 0.02, width=0.2, height=2.0), *_court("收款账户确认书")], complete=False)
    assert classify(page, shipped_model()).doc_type == "payment_account_confirmation"
    page = PageText([_line("附和解协议+回", 0.02, width=0.2, height=2.0), *_court("执行案件结案审批表")], complete=False)
    assert classify(page, shipped_model()).doc_type == "closing_approval_form"


def test_a_record_of_the_court_hearing_a_party_is_an_interview_record() -> None:
    page = PageText([*_court("约谈申请执行人笔录"), _line("申请执行人", 0.15, alone=False), _line("梁某", 0.15, alone=False)],
                    complete=False)
    assert classify(page, shipped_model()).doc_type == "interview_record"


def test_a_lawyers_licence_copy_with_its_mark_in_brackets_is_the_licence() -> None:
    page = PageText([_line("中华人民共和国律师执业证 (复印件)", 0.05, centred=True, width=0.5),
                     _line("姓名段某", 0.09, centred=True, width=0.15), _line("性别女", 0.12, centred=True, width=0.1),
                     _line("身份证号913101***", 0.15, centred=True, width=0.2),
                     _line("发证机关上海市司法局", 0.18, width=0.25)], complete=False)
    assert classify(page, shipped_model()).doc_type == "lawyer_license"


def test_titles_that_begin_like_a_note_are_still_titles() -> None:
    """缺席判决书, 附带民事判决书 and 补充执行申请书 name papers; 缺, 附 and 补充 before them are no reminder."""
    for title, code in (("缺席判决书", "enforcement_basis"), ("附带民事判决书", "enforcement_basis"),
                        ("补充执行申请书", "enforcement_application")):
        assert classify(PageText(_court(title), complete=False), shipped_model()).doc_type == code, title
