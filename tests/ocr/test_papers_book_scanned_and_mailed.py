"""Pages read wrong at first sight by 松原宁江 (court_hm, drawn blind: bound volumes on an overhead book scanner, fingers
holding the pages), 惠州惠城 (court_hn, drawn blind: a copier's scan-to-e-mail in black and white, a finance-lease
company's objection), 伊宁 (court_ho, drawn blind: bilingual papers on a flatbed with a failing lamp) and 大庆萨尔图
(court_hq, drawn blind: volumes digitised from microfilm)."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.exhibits import exhibits_behind_their_list
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.pipeline import pages_numbered_on
from dossier.ocr.titles import match_title


def line(text: str, top: float, *, title: bool = False, centred: bool = False, width: float = 0.6) -> TextLine:
    return TextLine(text, 0.98, height=1.6 if title else 1.0, centred=centred or title, top=top, width=width,
                    alone=True)


def _first_page(*body: TextLine) -> PageText:
    return PageText([line("广东省惠州市惠城区人民法院", 0.1, centred=True, width=0.45),
                     line("执行裁定书", 0.15, title=True, width=0.3), line("（2024）粤1302执异5443号", 0.22, width=0.3),
                     *body], complete=True)


def _line(text: str, top: float) -> ReadText:
    return ReadText(text=text, confidence=0.98, box=(100, int(top * 1700), 1000, int(top * 1700) + 40), height=1.0,
                    centred=False, top=top, width=0.6)


def _page(n: int, doc_type: str, title: str = "", lines: tuple[str, ...] = (),
          page_of: tuple[int, int] | None = None) -> PageResult:
    text = [_line(t, 0.08 + 0.05 * i) for i, t in enumerate((title, *lines) if title else lines)]
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=0.97, readable=True,
                      source="ocr", title_text=title, text_lines=text, page_of=page_of)


def test_an_objection_ruling_whose_review_has_ended_is_no_termination_ruling() -> None:
    """The 执异 ruling's first page (court_hn_02 p17): 本院受理后，依法组成合议庭进行审查，现已审查终结 — the review ended —
    and the objector's words about 查封…的执行行为; its 驳回 stands on the second page. 终结 and 的执行 on one page made it
    a 终结执行 ruling, and the complete objection file lacked its ruling."""
    page = _first_page(line("案外人（异议人）：广东南粤融资租赁有限公司，住所地广州", 0.3),
                       line("本院在执行（2023）粤1302执11695号申请执行人吕明与被执", 0.55),
                       line("行人惠州市木匠坊家具制造有限公司一案中，案外人对本院查封被执行人厂房内机器设备的", 0.6),
                       line("执行行为提出书面异议。本院受理后，依法组成合议庭进行审查，", 0.65),
                       line("现已审查终结。", 0.7, width=0.2))
    assert classify(page).doc_type == "enforcement_ruling"


def test_a_ruling_that_ends_the_enforcement_still_says_so_after_its_review() -> None:
    """The same words before an operative part that does end the enforcement (终结…的执行) leave it a 终结执行 ruling."""
    page = _first_page(line("本院受理后，依法组成合议庭进行审查，现已审查终结。", 0.5),
                       line("裁定如下：", 0.7, width=0.15),
                       line("终结本院（2023）粤1302民初3686号民事判决书的执行。", 0.73))
    assert classify(page).doc_type == "termination_ruling"


def test_an_applications_last_page_pointing_to_the_clue_form_filed_with_it_is_no_clue_form() -> None:
    """The lawyer's application ends on its second page: 被执行人的财产 / 线索详见所附财产线索表。 (court_hm_03 p2). Cut
    at 所 as if 线索详见所 were an office's name before its form's title, the line read as the title 财产线索表: the page
    was taken for the clue form the dossier holds apart."""
    assert match_title("线索详见所附财产线索表。") is None
    assert match_title("随附执行通知书") is None
    page = PageText([line("线索详见所附财产线索表。", 0.15, width=0.35), line("此致", 0.2, width=0.06),
                     line("吉林省松原市宁江区人民法院", 0.23, width=0.4)], complete=False)
    assert classify(page).doc_type != "property_clue_form"
    assert match_title("财产线索表").code == "property_clue_form"  # type: ignore[union-attr]
    assert match_title("松原市公安局交通警察支队车辆管理所查询结果告知单").code == "online_inquiry_result"  # type: ignore[union-attr]


def test_a_contract_numbered_as_its_own_first_page_in_an_objectors_bundle_is_one_of_its_exhibits() -> None:
    """Behind the finance-lease company's 证据目录 (court_hn_02 p8–12): a copy of the 查封 ruling, then the untitled
    融资租赁合同（售后回租）, 第1页共2页, taken to go on from the ruling copy before it. Its own number said it began a
    paper, so it was no page of the ruling: the check set it apart as a page it could not place."""
    listed = _page(8, "evidence", "证据目录", ("序号 证据名称 证明内容 页数", "1 执行裁定书（查封）复印件 证明贵院查封了异议人所有的设备",
                                              "2 融资租贯合同（售后回租） 异议人与被执行人之间的融资租赁", "3 租赁物清单及所有权转移确认书"))
    pages = [listed, _page(9, "enforcement_ruling", "执行裁定书", ("广东省惠州市惠城区人民法院",)),
             _page(10, "continuation", lines=("融资租赁合同 (售后回租)", "合同编号：YX-HL-2022-471"), page_of=(1, 2)),
             _page(11, "continuation", lines=("甲方（盖章）：",), page_of=(2, 2)),
             _page(12, "closing_notice", "结案通知书", ("广东南粤融资租赁有限公司：",))]
    out = list(exhibits_behind_their_list(pages))
    assert [p.doc_type for p in out] == ["evidence", "continuation", "continuation", "continuation", "closing_notice"]
    assert out[2].page_of is None, "its 第1页共2页 numbers the contract, not the bundle"
    unnamed = _page(10, "continuation", lines=("房屋租赁合同", "出租方：惠州某某物业有限公司"), page_of=(1, 2))
    after = list(exhibits_behind_their_list([listed, pages[1], unnamed, _page(11, "enforcement_ruling", "执行裁定书")]))
    assert [p.doc_type for p in after] == ["evidence", "continuation", "continuation", "enforcement_ruling"], \
        "a paper the list does not name ends the bundle: the court's own ruling after it stays the ruling"


def test_a_last_page_whose_total_was_read_with_a_figure_too_many_still_numbers_on() -> None:
    """限制消费令 第1页（共2页）, then its last page filmed grey on microfilm: the date and 第2页（共21） — its 页 read as a 1
    (大庆萨尔图 court_hq_02 p26–27). Read as nothing, the page was unreadable and the order lacked its second page: the
    complete dossier was sent back."""
    pages = [_page(26, "consumption_restriction_order", "限制消费令", page_of=(1, 2)),
             _page(27, "unknown", lines=("富日",), page_of=(2, 21))]
    pages[1] = pages[1].model_copy(update={"confidence": 0.52, "readable": False})
    out = list(pages_numbered_on(pages))
    assert [p.doc_type for p in out] == ["consumption_restriction_order", "continuation"]
    assert out[1].page_of == (2, 2) and out[1].readable, "placed by its number, it is no unreadable page"
    apart = [pages[0], pages[1].model_copy(update={"page_of": (2, 31)})]
    assert [p.doc_type for p in pages_numbered_on(apart)] == ["consumption_restriction_order", "unknown"]
