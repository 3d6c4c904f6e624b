"""A lawyer's licence copied onto A4 shows its holder's page: 姓名、性别、执业机构、执业证号、身份证号 — each field
with what was filled in, some set large — and its title (律师执业证) may stand at the foot or be cut off. 遵义红花岗's
copy (court_dd_03 p11 at first sight) was read as an identity card: the large 身份证号：5203… field was taken for a
title like 居民身份证. A field filled in names no paper; the licence's own fields say what it is."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify


def field(text: str, top: float, *, height: float = 1.0) -> TextLine:
    return TextLine(text, 0.98, height=height, centred=False, top=top, width=0.25, alone=True)


def test_a_licences_holder_page_is_the_licence_not_an_identity_card() -> None:
    page = PageText([field("姓名：张娟彩", 0.18, height=1.1), field("性别：女", 0.23),
                     field("执业机构：贵州黔北明理律师事务所", 0.28), field("执业证类别：专职", 0.32, height=1.1),
                     field("执业证号：152032211141350", 0.35), field("身份证号：520302********2155", 0.37, height=1.37),
                     field("发证机关：贵州省司法厅", 0.39)])
    assert classify(page).doc_type == "lawyer_license"


def test_a_title_over_the_fields_is_still_the_title() -> None:
    page = PageText([TextLine("居民身份证", 0.99, height=1.5, centred=True, top=0.08, width=0.2, alone=True),
                     field("姓名：张娟彩", 0.18), field("公民身份号码：520302********2155", 0.3)])
    assert classify(page).doc_type == "identity_proof"


def test_a_field_whose_label_holds_the_papers_name_names_the_paper() -> None:
    """荆州沙市 (court_cp_01 p14): the licence's title ran into the holder's name on one row; its 执业证类别 field says
    what the paper is."""
    page = PageText([TextLine("中华人民共和国律师执业证」姓名：熊海波", 0.97, height=1.36, centred=True, top=0.17, width=0.48,
                              alone=True),
                     TextLine("性别：男", 0.99, height=1.19, centred=True, top=0.22, width=0.09, alone=True),
                     TextLine("执业证类别：专职", 1.0, height=0.97, centred=True, top=0.27, width=0.17, alone=True)])
    assert classify(page).doc_type == "lawyer_license"
