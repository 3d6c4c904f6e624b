"""天水秦州 (court_co): a 调查笔录 and a 谈话笔录 written by hand on 稿纸, 第2页 in the corner of the second sheet, no
heading on it. The second sheets — questions and answers, then the signatures 被调查人：… 调查人：… 记录人：… — were read
as records of their own: the defective dossier named the record's second sheet as a record, and a record missing its
first page would have been reported. A record opens with its time, place and persons; a sheet that opens with a
question or an answer, or with an answer's last words over the signatures, goes on with the record before it."""

from __future__ import annotations

from dossier.ocr.classify import PageText, TextLine, classify
from dossier.ocr.models import PageResult, ReadText
from dossier.ocr.ngram import shipped_model
from dossier.ocr.pipeline import across_pages


def _page(*lines: tuple[str, float, float]) -> PageText:
    return PageText([TextLine(text, 0.97, height=1.0, top=top, width=width) for text, top, width in lines], [],
                    complete=True)


def test_a_sheet_opening_with_a_question_goes_on_with_the_record() -> None:
    sheet = _page(("第2页", 0.12, 0.05), ("问：还有什么要补充的？", 0.15, 0.41),
                  ("查看了项目部账册，未发现应付被执", 0.23, 0.62), ("以上笔录我看过，和我说的一样", 0.31, 0.54),
                  ("被调查人：蒋兰英", 0.35, 0.31), ("调查人：魏华振记录人：龙秀", 0.39, 0.54))
    assert classify(sheet, shipped_model()).doc_type == "continuation"


def test_an_answers_last_words_over_the_signatures_go_on_with_the_record() -> None:
    sheet = _page(("第2页", 0.10, 0.06), ("后发现了财产我再来申请。", 0.18, 0.45), ("被谈话人：梁庆", 0.26, 0.29),
                  ("谈话人：魏华振记录人：龙秀", 0.30, 0.58))
    assert classify(sheet, shipped_model()).doc_type == "continuation"


def test_a_records_first_sheet_whose_heading_was_not_read_is_still_a_record() -> None:
    """Its persons stand over the questions (written short, on 稿纸's squares): the record opens here, though its
    signers' labels and a question stand on it too."""
    sheet = _page(("时间：2024年5月20日上午9时", 0.10, 0.45), ("地点：秦州区人民法院执行局", 0.14, 0.45),
                  ("谈话人：魏华振记录人：龙秀", 0.18, 0.45), ("被谈话人：梁庆", 0.22, 0.30),
                  ("问：今天约你来谈执行情况。", 0.26, 0.45), ("答：好的。", 0.30, 0.12))
    assert classify(sheet, shipped_model()).doc_type == "interview_record"


def test_a_typed_records_second_sheet_holding_only_its_sign_off_goes_on_with_the_record() -> None:
    """衡阳雁峰 (court_dc_02 p34): the 谈话笔录's last sheet holds only the applicant's confirmation, her name and the
    date, and in the footer the persons present beside the page number (被询问人：胡玉芳 第2页 read as one line)."""
    sheet = PageText([TextLine("以上笔录我看过，与我说的一致。", 1.0, height=1.0, top=0.08, width=0.45),
                      TextLine("胡玉考　　2024年5月21日", 0.87, height=1.0, top=0.12, width=0.35)],
                     [TextLine("被询问人：胡玉芳第2页", 0.98, height=1.0, top=0.93, width=0.5),
                      TextLine("执行人员：石磊", 1.0, height=1.0, top=0.95, width=0.2)], complete=True)
    assert classify(sheet, shipped_model()).doc_type == "continuation"


def test_a_mediation_statements_second_sheet_opening_with_item_ones_last_words_goes_on() -> None:
    """泉州丰泽 (court_dg_02 p4): the 调解书's second sheet opens with the amount that ends item 一, then 二、… and the
    court's confirmation (本调解书经双方当事人签收后…): the 调解书's page, not another."""
    sheet = _page(("元（大写：壹拾万捌仟玖佰壹拾元整）；", 0.10, 0.45), ("二、被告逾期未付清上述款项的，原告可就全部未付款项申", 0.14, 0.67),
                  ("请强制执行;", 0.17, 0.14), ("三、双方就本案再无其他纠纷;", 0.20, 0.35),
                  ("本调解书经双方当事人签收后，即具有法律", 0.30, 0.55))
    assert classify(sheet, shipped_model()).doc_type == "continuation"


def test_an_untitled_paper_opening_with_its_first_item_is_not_a_later_page() -> None:
    """(Its lines short, set as a list: no body of running prose either.)"""
    sheet = _page(("一、乙方于5月1日前付清货款；", 0.10, 0.35), ("二、逾期未付的，甲方可申请执行；", 0.14, 0.38))
    assert classify(sheet, shipped_model()).doc_type != "continuation"


def _result(n: int, doc_type: str, lines: list[str], title: str) -> PageResult:
    text = [ReadText(text=t, confidence=0.98, box=(0, 0, 1, 1), height=1.0, centred=i < 2, top=0.09 + 0.04 * i,
                     width=0.5) for i, t in enumerate(lines)]
    return PageResult(page=n, file="scan.pdf", file_page=n, doc_type=doc_type, confidence=0.99, readable=True,
                      blank=False, source="ocr", title_text=title, text_lines=text, text_complete=True)


def test_a_record_sheet_repeating_its_heading_over_the_last_answer_goes_on_with_the_record() -> None:
    """四平铁西 (court_dt_02 p32): the court prints 吉林省四平市铁西区人民法院执行局 / 约谈笔录 on every sheet of its
    笔录纸; the second sheet, 答：清楚。 and the sign-off under that heading, was read as a second 约谈笔录."""
    first = _result(1, "interview_record", ["吉林省四平市铁西区人民法院执行局", "约谈笔录", "时间：2024年5月17日10时05分至11时",
                                            "地点：本院执行局二楼约谈室", "被约谈人：邹胜燕"], "约谈笔录")
    second = _result(2, "interview_record", ["吉林省四平市铁西区人民法院执行局", "约谈笔录", "答：清楚。",
                                             "以上笔录已看过，记录属实。"], "约谈笔录")
    again = _result(3, "interview_record", ["吉林省四平市铁西区人民法院执行局", "约谈笔录", "时间：2024年6月3日9时",
                                            "地点：本院执行局二楼约谈室"], "约谈笔录")
    assert [p.doc_type for p in across_pages([first, second, again])] == [
        "interview_record", "continuation", "interview_record"]


def test_a_record_sheet_numbered_under_its_heading_goes_on_and_one_numbered_one_opens_a_record() -> None:
    """榆林榆阳 (court_eb_02 p32): the 谈话笔录's second sheet prints the heading again with 第2页 under it, a little
    too low for a page's head, then 答：一致。 and the sign-off. The number under the heading is no part of what the
    sheet opens with; a sheet numbered 第1页 opens a record of its own whatever follows."""
    first = _result(1, "interview_record", ["谈话笔录", "第1页", "时间2024年6月13日10时05分至10时50分",
                                            "地点本院执行局谈话室"], "谈话笔录")
    second = _result(2, "interview_record", ["谈话笔录", "第2页", "答：一致。", "以上笔录我看过，和我说的一样。"], "谈话笔录")
    again = _result(3, "interview_record", ["谈话笔录", "第1页", "问：今天约你来，是了解被执行人的财产情况。"], "谈话笔录")
    again = again.model_copy(update={"page_of": (1, 0)})
    assert [p.doc_type for p in across_pages([first, second, again])] == [
        "interview_record", "continuation", "interview_record"]


def _numbered(n: int, doc_type: str, lines: list[str], number: int) -> PageResult:
    page = _result(n, doc_type, lines, "谈话笔录")
    foot = ReadText(text=f"第{number}页", confidence=0.98, box=(0, 0, 1, 1), height=1.0, centred=True, top=0.95,
                    width=0.06, footer=True)
    return page.model_copy(update={"text_lines": [*page.text_lines, foot], "page_of": (number, 0)})


def test_a_records_sheets_numbered_one_and_two_under_its_heading_are_its_pages_not_the_volumes_numbers() -> None:
    """日照东港 (court_ed_02 p34–35): the 谈话笔录's two sheets each print the heading, 第1页 and 第2页 at their foot;
    the second holds only the signatures. Its heading made it look like a document starting, so 1 then 2 looked
    like the volume's own numbering run on across two papers, the numbers were dropped, and the second sheet
    became a second record. A sheet under the heading of the record before it starts no paper."""
    first = _numbered(34, "interview_record", ["谈话笔录", "时间：2024年6月2日9时", "地点：本院执行局谈话室"], 1)
    second = _numbered(35, "interview_record", ["谈话笔录", "签字：黎庆伟", "签字：林英刚"], 2)
    assert [p.doc_type for p in across_pages([first, second])] == ["interview_record", "continuation"]
