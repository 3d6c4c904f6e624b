"""Lawyers write the applications they file on their firm's letterhead: the firm's name, a contact line as wide as
a line of text (地址：…电话：…), then the paper's own title. The filing clerk must see the application, not a letter
of the firm; the firm's own letter (所函) under the same letterhead is still the firm's letter."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify


def line(text: str, top: float, *, width: float = 0.3, height: float = 1.0, centred: bool = False) -> TextLine:
    return TextLine(text, 0.99, height=height, centred=centred, top=top, width=width, alone=True)


def _on_letterhead(title: str, body: list[str]) -> PageText:
    """court_ab_03 p1 as read."""
    return PageText([line("贵州筑诚律师事务所", 0.06, width=0.31, height=1.37, centred=True),
                     line("地址：贵阳市观山湖区林城西路95号世纪金源购物中心写字楼23层电话：0851-86735547", 0.09, width=0.63,
                          height=1.15),
                     line(title, 0.16, width=0.29, height=1.43, centred=True),
                     *[line(text, 0.21 + 0.03 * i, width=0.76) for i, text in enumerate(body)]])


def test_an_application_on_a_law_firms_letterhead_is_an_application() -> None:
    page = _on_letterhead("强制执行申请书", ["申请执行人：罗庆，男，公民身份号码52010", "委托代理人：秦娟，贵州筑诚律师事务所律师",
                                       "被执行人：贵州黔南餐饮管理有限公司"])
    verdict = classify(page)
    assert verdict.doc_type == "enforcement_application" and verdict.evidence == "title"


def test_the_firms_own_letter_under_its_letterhead_is_its_letter() -> None:
    page = _on_letterhead("律师事务所函", ["贵州省贵阳市南明区人民法院：", "本所接受罗庆的委托，兹指派秦娟律师担任其申请执行一案的代理人。"])
    assert classify(page).doc_type == "law_firm_letter"


def test_a_wide_line_of_text_over_a_title_is_still_running_text() -> None:
    """Only a contact line is passed over: a paragraph above a title-like line keeps that line from being the title
    (附：财产申报表 under the last paragraph of a notice)."""
    page = PageText([line("依照《中华人民共和国民事诉讼法》第二百五十二条之规定，责令你于收到本令后五日内如实报告财产。", 0.06,
                          width=0.8),
                     line("财产申报表", 0.1, width=0.2, height=1.4, centred=True)])
    assert classify(page).title != "财产申报表"


def test_a_firms_name_and_its_address_block_on_one_row_read_as_one_line_are_its_letterhead() -> None:
    """court_dc_03 p1 as read: the firm's name on the left and its address on the right of the same row come out as
    one line as wide as text; the Latin name and the other contact lines under it, then the application's title."""
    page = PageText([line("湖南衡州正和律师事务所地址：衡阳市峰区解西路54号", 0.044, width=0.62, height=1.22),
                     line("电话：07348274830", 0.062, width=0.15, height=0.9),
                     line("HUNAN HENGZHOUZHENGHE LAWFIRM", 0.071, width=0.34, centred=True),
                     line("邮编：421001", 0.079, width=0.1),
                     line("强制执行申请书", 0.17, width=0.26, height=1.24, centred=True),
                     line("申请执行人：衡阳雁南物业服务有限公司，", 0.213, width=0.7),
                     line("衡州大道35号，统一社会信用代码：9143", 0.238, width=0.7)])
    verdict = classify(page)
    assert verdict.doc_type == "enforcement_application" and verdict.evidence == "title"


def test_a_sentence_that_names_a_firm_before_an_address_is_still_running_text() -> None:
    page = PageText([line("本所系湖南衡州正和律师事务所，地址：衡阳市雁峰区解放西路54号，现受委托", 0.06, width=0.8),
                     line("财产申报表", 0.1, width=0.2, height=1.4, centred=True)])
    assert classify(page).doc_type != "property_declaration_form"
