"""A 终本 ruling whose 裁定如下： ends a long line and whose operative sentence names the case before what it ends
(终结本院（2024）青0103执86528号案件的本次执行程序。), as 西宁城中's rulings do: both lines are read only in part at first,
and the reasoning above recites the measures taken (查封机动车一辆，扣押未果). The reader does not take a measure the
reasoning recalls for what the ruling decides: it reads the lowest lines whole, and the archive centre sees the
终本 ruling the dossier needs (court_ag_02 p37 was read as an 执行裁定书 of seizure, and the complete dossier was
sent back for a missing 终本 ruling and its receipt)."""

from __future__ import annotations

from pathlib import Path

from ocr_synth import A4_150DPI, _centred, _font, degrade, images_pdf
from PIL import Image, ImageDraw

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify

CASE = "（2024）青0103执86528号"
REASONING = ["本院依据青海省西宁市中级人民法院（2023）青01民终1187号民事判决书，于二〇二四",
             "年二月六日立案执行。执行中，本院向被执行人发出执行通知书、报告财产令，被执行",
             "人未如实报告财产。本院通过网络执行查控系统查询被执行人的存款、车辆、不动产等，冻结存",
             "款8510.33元并已扣划，查封机动车一辆（未能扣押，车辆下落不明），未发现其",
             "他可供执行的财产。本院已对被执行人限制消费并纳入失信被执行人名单。",
             "依照《中华人民共和国民事诉讼法》第二百六十四条第六项之规定，裁定如下："]
OPERATIVE = "终结本院（2024）青0103执86528号案件的本次执行程序。"


def line(text: str, top: float, *, width: float = 0.74) -> TextLine:
    return TextLine(text, 0.98, height=1.0, centred=False, top=top, width=width, alone=True)


HEAD = [TextLine("青海省西宁市城中区人民法院", 1.0, height=1.3, centred=True, top=0.06, width=0.5, alone=True),
        TextLine("执行裁定书", 1.0, height=1.7, centred=True, top=0.13, width=0.31, alone=True)]


def test_a_measure_the_reasoning_recalls_does_not_settle_the_ruling_while_its_last_lines_were_read_in_part() -> None:
    as_read_in_part = PageText([*HEAD, line("款8510.33元并已扣划，查封机动车", 0.55),
                                line("依照《中华人民共和国民事诉讼法》", 0.68), line("终结本院（2024）青0103执865", 0.77)])
    verdict = classify(as_read_in_part)
    assert verdict.operative_wanted  # 查封 in the reasoning is no operative part: read on
    read_whole = PageText([*HEAD, line("款8510.33元并已扣划，查封机动车", 0.55),
                           line("依照《中华人民共和国民事诉讼法》第二百六十四条第六项之规定，裁定如下：", 0.68),
                           line(OPERATIVE, 0.77)])
    assert classify(read_whole).doc_type == "termination_this_round_ruling"


def test_a_ruling_opening_its_operative_paragraph_with_its_measure_is_settled_without_more_reading() -> None:
    """Where no marker was read, a measure opening a paragraph (查封被执行人…) is the operative part: no more reading."""
    page = PageText([*HEAD, line("本院认为，被执行人未履行生效法律文书确定的义务。", 0.5),
                     line("查封被执行人青海江河源牦牛肉食品加工有限公司名下", 0.6)])
    verdict = classify(page)
    assert (verdict.doc_type, verdict.operative_wanted) == ("enforcement_ruling", False)


def ruling(court: str, body: list[str], *, seed: int) -> Image.Image:
    """A 执行裁定书 under its court's name, its case number right, its body lines from the left margin."""
    width, height = A4_150DPI
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    _centred(draw, 100, court, 38, width)
    _centred(draw, 200, "执行裁定书", 56, width)
    font = _font(26)
    draw.text((width - 150 - draw.textlength(CASE, font=font), 300), CASE, font=font, fill=0)
    for i, text in enumerate(body):
        draw.text((150, 380 + 50 * i), text, font=font, fill=0)
    return degrade(img, noise=4.0, seed=seed)


def ruling_read_in_part() -> Image.Image:
    return ruling("青海省西宁市城中区人民法院",
                  ["申请执行人：索南扎西，女，1987年生，藏族，住青海省果洛藏族自治州玛沁县。",
                   "被执行人：青海江河源牦牛肉食品加工有限公司，住所地西宁市城中区南大街90号。", *REASONING,
                   "　　" + OPERATIVE, "　　申请执行人发现被执行人有可供执行财产的，可以再次申请执行。",
                   "　　本裁定送达后立即生效。"], seed=5)


def test_the_ruling_is_read_as_the_termination_it_decides(tmp_path: Path) -> None:
    pdf = images_pdf([ruling_read_in_part()], tmp_path / "ruling.pdf")
    (page,) = analyse([pdf], engine="rapidocr", expected_case_number=CASE)
    assert page.doc_type == "termination_this_round_ruling"


def ruling_running_on_to_its_next_page() -> Image.Image:
    """南京中院's 终本 ruling: 裁定如下： ends a long line, the operative sentence is followed by three long lines,
    and the body runs on to the next sheet — its lowest lines are not the operative part."""
    return ruling("江苏省南京市中级人民法院",
                  ["申请执行人：南京玄武融信小额贷款有限公司，住所地南京市建邺区江东中路。",
                   "被执行人：孙洋杰，住南京市秦淮区御道街12号。", *REASONING, "　　" + OPERATIVE,
                   "　　申请执行人发现被执行人有可供执行财产的，可以再次申请执行。再次申请不受",
                   "申请执行时效期间的限制。被执行人负有继续向申请执行人履行债务的义务。本裁",
                   "定送达后立即生效。被执行人应当继续履行生效法律文书确定的全部义务，申请执行"], seed=7)


def test_a_ruling_whose_body_runs_on_is_read_as_the_termination_its_operative_line_begins(tmp_path: Path) -> None:
    """The operative line read in part begins as an operative sentence does (终结本院……号): it is read whole before
    the lowest lines, and the clerk sees the 终本 ruling (court_ar_03 p29 was read as an 执行裁定书 of seizure)."""
    pdf = images_pdf([ruling_running_on_to_its_next_page()], tmp_path / "ruling.pdf")
    (page,) = analyse([pdf], engine="rapidocr", expected_case_number=CASE)
    assert page.doc_type == "termination_this_round_ruling"
