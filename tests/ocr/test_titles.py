"""The clerk's scans show titles letter-spaced, misread or half covered by a seal; the classifier still
names the document — and a 送达回证 that names 执行通知书 stays a 送达回证."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.doctypes import doctypes
from dossier.ocr.titles import match_title, normalise, party_names, served_doc_types


@pytest.mark.parametrize(("line", "code"), [
    ("执行通知书", "enforcement_notice"),
    ("执 行 通 知 书", "enforcement_notice"),
    ("热行通知书", "enforcement_notice"),          # 执 read as 热
    ("执行通知韦", "enforcement_notice"),          # 书 read as 韦
    ("报告财产今", "property_report_order"),       # 令 read as 今
    ("终结本次执行程序栽定书", "termination_this_round_ruling"),  # 裁 read as 栽
    ("洛阳市老城区人民法院执行裁定书", "enforcement_ruling"),      # court and title on one line
    ("恢复执行通知书", "resumption_notice"),       # not the shorter 执行通知书
    ("送 达 回 证", "service_receipt"),
    ("结案审批表", "closing_approval_form"),
])
def test_a_title_line_names_its_document(line: str, code: str) -> None:
    match = match_title(line, tall=True)
    assert match is not None and match.code == code


def test_a_seal_covering_one_character_still_leaves_the_title() -> None:
    match = match_title("终结本次执■程序裁定书", tall=True)
    assert match is not None and match.code == "termination_this_round_ruling"


@pytest.mark.parametrize("line", [
    "申报表。",                                     # end of a body paragraph, not 财产申报表
    "被执行人洛阳某某商贸有限公司未按生效法律文书",
    "洛阳市老城区人民法院",
    "书记员：赵敏",
])
def test_body_lines_are_not_titles(line: str) -> None:
    assert match_title(line) is None


def test_a_body_sized_line_must_be_nearly_the_whole_title() -> None:
    assert match_title("送达文书：执行通知书") is None


_titles = [(code, t) for code, d in doctypes().items() for t in d.titles if len(t) >= 3]


@given(st.sampled_from(_titles), st.lists(st.sampled_from([" ", "  ", "·", "\u3000", ""]), min_size=20, max_size=20))
def test_any_vocabulary_title_survives_letter_spacing(item: tuple[str, str], gaps: list[str]) -> None:
    code, title = item
    spaced = "".join(ch + gap for ch, gap in zip(title, gaps, strict=False))
    match = match_title(spaced, tall=True)
    assert match is not None
    assert normalise(match.title) == normalise(title) or match.code == code


def test_a_receipt_lists_the_documents_it_serves() -> None:
    band = "洛阳市老城区人民法院\n送达回证\n（2024）豫0311执1234号\n送达文书：执行通知书、报告财产令"
    assert served_doc_types(band) == ["enforcement_notice", "property_report_order"]


def test_served_documents_prefer_the_longest_title() -> None:
    text = "送达文书名称及件数 恢复执行通知书 一份；终结本次执行程序栽定书 一份"
    assert served_doc_types(text) == ["resumption_notice", "termination_this_round_ruling"]


def test_party_names_are_read_from_labelled_fields() -> None:
    assert party_names("申请执行人：张三，被执行人：洛阳某某商贸有限公司。") == ["张三", "洛阳某某商贸有限公司"]


@pytest.mark.parametrize(("line", "code"), [
    ("执行卷宗质量评查表", "file_review_form"),             # a 表 about the 卷宗, not the 卷宗's cover
    ("协助执行通知书（回执）", "online_inquiry_result"),     # the bank's reply, not the court's notice
    ("受理案件通知书送达回证", "service_receipt"),          # the receipt for the notice
    ("送达回证（执行通知书）", "service_receipt"),          # the bracket says what it serves
    ("执行裁定书（终结本次执行程序）", "enforcement_ruling"),  # the bracket qualifies the title
    ("证据材料清单", "evidence"),                            # a 清单 like the 证据清单 it is
])
def test_a_title_followed_by_another_document_noun_is_that_other_document(line: str, code: str) -> None:
    """Chinese document names end in the thing they are (head noun last): the clerk sees the 表, the
    回执, the 回证 — not the document named before it."""
    match = match_title(line, tall=True)
    assert match is not None and match.code == code


def test_a_title_followed_by_an_unknown_document_noun_is_no_title() -> None:
    assert match_title("执行卷宗移交清单", tall=True) is None  # a 清单, not the 执行卷宗's cover


@pytest.mark.parametrize("line", ["浙江钱塘正衡律师事务所", "杭州仲裁委员会"])
def test_a_letterhead_above_the_title_is_not_a_document_its_name_begins(line: str) -> None:
    """A lawyer's application printed on the firm's letterhead: the firm's name is not a 律师事务所函."""
    assert match_title(line, tall=True) is None


def test_a_letter_headed_by_the_firm_is_still_a_letter() -> None:
    match = match_title("浙江钱塘正衡律师事务所函", tall=True)
    assert match is not None and match.code == "law_firm_letter"


def test_a_line_shorter_than_a_title_is_not_that_title_found_inside_it() -> None:
    """执行通知书（回执） is the notice's own slip, not the assisting body's 协助执行通知书回执."""
    match = match_title("执行通知书（回执）", tall=True)
    assert match is None or match.code != "online_inquiry_result"


def test_a_notarys_gongzhengshu_is_still_the_notarised_debt_instrument_beside_the_new_titles() -> None:
    """公证书 matches 公证债权文书 loosely; no title added for Hong Kong papers may come as close (公司注册证书 did)."""
    found = match_title("公证书", tall=True)
    assert found is not None and found.code == "enforcement_basis"


def test_traditional_characters_are_read_as_simplified() -> None:
    for text, code in [("申請執行書", "enforcement_application"), ("授權委託書", "power_of_attorney"),
                       ("協助執行通知書", "assistance_notice"), ("商業登記證明", "identity_proof")]:
        found = match_title(text, tall=True)
        assert found is not None and found.code == code, text


def test_a_law_firms_letterhead_is_no_letter_of_the_firm() -> None:
    """衡正律师事务所 (its name over an application it drafted) lacks the 函 that makes a 律师事务所函."""
    assert match_title("衡正律师事务所", tall=True) is None
    assert match_title("衡正律師事務所", tall=True) is None
    found = match_title("律师事务所函", tall=True)
    assert found is not None and found.code == "law_firm_letter"


@pytest.mark.parametrize(("line", "code"), [
    ("仲裁裁决书生效证明书", "effectiveness_certificate"),   # 保定莲池 (court_br): the labour tribunal's certificate
    ("民事判决书生效证明书", "effectiveness_certificate"),
    ("执行裁定书送达回证", "service_receipt"),
])
def test_a_title_naming_another_paper_before_its_own_name_is_the_paper_it_ends_in(line: str, code: str) -> None:
    """Two titles whole in one tall line: the earlier names the subject, the later what the paper is."""
    found = match_title(line, tall=True)
    assert found is not None and found.code == code


@pytest.mark.parametrize(("line", "code"), [
    ("岳阳市岳阳楼区人民法院执行款发放审批单", "payment_voucher"),  # 岳阳楼 (court_bu): the court's 审批单 is others' 审批表
    ("案款发放审批单", "payment_voucher"),
])
def test_a_form_named_a_单_where_the_vocabulary_says_表_is_still_that_form(line: str, code: str) -> None:
    found = match_title(line)
    assert found is not None and found.code == code


@pytest.mark.parametrize(("line", "title"), [
    ("法定代表人护照复印件", "护照"),
    ("营业执照复印件", "营业执照"),
    ("申请人营业执照扫描件", "营业执照"),
    ("授权委托书复印件", "授权委托书"),
])
def test_a_copy_headed_with_whose_paper_it_is_is_that_paper(line: str, title: str) -> None:
    """义乌 (court_by): the applicant's lawyer heads each copy he files with whose paper it is — 法定代表人护照复印件 over
    a Jordanian director's passport page. A copy of a paper is that paper; a copy mark alone names none."""
    found = match_title(line)
    assert found is not None and found.title == title


@pytest.mark.parametrize("line", ["复印件", "申请人复印件", "附件：申请人身份证复印件", "申请人营业执照复印件一份"])
def test_a_copy_mark_or_a_list_of_copies_is_no_title(line: str) -> None:
    assert match_title(line) is None


@pytest.mark.parametrize("line", ["浙江省政府非税收入统一票据（电子）", "广东省非税收入一般缴款书"])
def test_a_fiscal_bill_headed_by_its_provinces_name_is_the_fee_receipt(line: str) -> None:
    """台州椒江 (court_cn): the fee bill is titled as its province issues it — 浙江省政府非税收入统一票据（电子）; the
    title is the same bill in every province, and the filing window sees the fee receipt it asks for."""
    found = match_title(line)
    assert found is not None and found.code == "fee_receipt"


def test_a_court_name_over_a_bracketed_note_stays_no_title() -> None:
    """沈阳和平's 财产申报表 is headed by the court's name and (附报告财产令): the name of the court's city is not a
    province's form name to strip, and the note in brackets names no paper of this page."""
    assert match_title("沈阳市和平区人民法院（附报告财产令）") is None
