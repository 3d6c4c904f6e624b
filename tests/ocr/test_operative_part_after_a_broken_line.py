"""A ruling whose 裁定如下： breaks over two lines (…第五百一十七条的规定，裁定如 / 下：), as 天津和平's 终本 rulings do:
the reader takes the lone 下： as the marker, reads the operative sentence under it whole, and the archive centre
sees the 终本 ruling the dossier needs, not a ruling of some measure its reasoning recalls (冻结基本户存款)."""

from __future__ import annotations

from pathlib import Path

from ocr_synth import A4_150DPI, CASE, _centred, _font, degrade, images_pdf
from PIL import Image, ImageDraw

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify

REASONING = ["申请执行人康彩与被执行人天津滨江装饰设计工程有限公司装饰装修合同纠纷",
             "一案，本院于二〇二四年二月二十三日立案执行。执行中，本院通过网络执行",
             "查控系统对被执行人的存款、车辆、不动产等进行了查询，冻结基本户存款",
             "三千零二十一元五角五分，已扣划。被执行人无其他可供执行的财产。",
             "本院认为，本案已穷尽财产调查措施，暂无财产可供执行。依照《最高人民法院",
             "关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十七条的规定，裁定如"]
OPERATIVE = "终结本院（2024）津0101执48562号案件的本次执行程序。"


def line(text: str, top: float, *, width: float = 0.7) -> TextLine:
    return TextLine(text, 0.98, height=1.0, centred=False, top=top, width=width, alone=True)


def test_a_lone_xia_is_the_marker_and_the_sentence_under_it_decides() -> None:
    head = [TextLine("天津市和平区人民法院", 1.0, height=1.7, centred=True, top=0.08, width=0.4, alone=True),
            TextLine("执行裁定书", 1.0, height=1.8, centred=True, top=0.13, width=0.23, alone=True),
            line("络资金等进行了查询，冻结基本户存", 0.47), line("本院认为，本案已穷尽财产调查措施，", 0.62)]
    as_read_in_part = PageText([*head, line("下:", 0.67, width=0.03), line("终结本院（2024）津0101执48562号", 0.69)])
    verdict = classify(as_read_in_part)
    assert verdict.operative_wanted  # the reasoning's 冻结 is no operative part: read on
    read_whole = PageText([*head, line("下:", 0.67, width=0.03), line(OPERATIVE, 0.69)])
    assert classify(read_whole).doc_type == "termination_this_round_ruling"


def ruling_with_a_broken_marker() -> Image.Image:
    width, height = A4_150DPI
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    _centred(draw, 150, "天津市和平区人民法院", 40, width)
    _centred(draw, 215, "执行裁定书", 52, width)
    font = _font(26)
    draw.text((width - 160 - draw.textlength(CASE, font=font), 300), CASE, font=font, fill=0)
    y = 380
    for text in REASONING:
        draw.text((150, y), text, font=font, fill=0)
        y += 44
    for text in ["下：", "　　" + OPERATIVE, "　　申请执行人发现被执行人有可供执行财产的，可以再次申请执行。",
                 "　　本裁定送达后立即生效。"]:
        draw.text((150, y), text, font=font, fill=0)
        y += 44
    return degrade(img, noise=4.0, seed=3)


def test_the_ruling_is_read_as_the_termination_it_decides(tmp_path: Path) -> None:
    pdf = images_pdf([ruling_with_a_broken_marker()], tmp_path / "ruling.pdf")
    (page,) = analyse([pdf], engine="rapidocr", expected_case_number=CASE)
    assert page.doc_type == "termination_this_round_ruling"
