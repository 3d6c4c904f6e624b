"""衡阳雁峰 (court_cf_02): the 终本 ruling's reasoning fills its first page and its operative part stands on the second,
under a 高拍仪 (the sheet on a dark desk mat). Read at first only in part, the operative sentence said
终结本院（2026）湘0406执69284号案件的 — neither 终结本次执行程序 nor 终结执行 — and a phrase run on across the next line's
cut (…可供执行财产的， / 执行。) spelt 终结…的执行: the ruling was taken for a 终结执行 ruling. The later page's operative
sentences are read whole, and the archive centre sees the 终本 ruling the dossier holds."""

from __future__ import annotations

from pathlib import Path

from ocr_synth import images_pdf, scanned_page
from PIL import Image

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, classify

CASE = "（2026）湘0406执69284号"
DATA = Path(__file__).parent / "data"
REASONING = ["本院在执行衡阳湘雁建材贸易有限公司申请执行衡阳", "衡美装饰工程有限公司买卖合同纠纷一案中，依据已",
             "发生法律效力的湖南省衡阳市中级人民法院（2025）", "湘04民终2030号民事判决书，向被执行人送达执行通知",
             "书、报告财产令。被执行人未履行，亦未申报财产。", "本院通过网络执行查控系统查询被执行人的银行存款、",
             "车辆、证券、不动产等，仅查得存款85.29元，已冻结。", "本院认为，本案已穷尽财产调查措施，未发现被执行人有可供执行"]


def test_a_zhongben_ruling_whose_operative_part_stands_on_its_second_page_is_the_zhongben_ruling(tmp_path: Path) -> None:
    first = scanned_page("执行裁定书", case_number=CASE, court="湖南省衡阳市雁峰区人民法院", body=REASONING, seed=3)
    second = Image.open(DATA / "zhongben_operative_part_on_the_second_page.jpg")
    pdf = images_pdf([first, second], tmp_path / "ruling.pdf")
    ruling, later = analyse([pdf], engine="rapidocr", expected_case_number=CASE)
    assert (ruling.doc_type, later.doc_type) == ("termination_this_round_ruling", "continuation")
    assert any("本次执行程序" in t.text for t in later.text_lines if t.text.startswith("终结"))


def test_a_judgments_second_sheet_opening_in_mid_clause_goes_on_from_the_first() -> None:
    """西宁中院's 二审 judgment (court_dn_01 p6): its second sheet opens with the last word of 依照…之规定 cut at the
    sheet's foot, then the operative part. It is the judgment's later page, not a judgment of its own."""
    def line(text: str, top: float, width: float) -> TextLine:
        return TextLine(text, 0.98, height=1.0, centred=False, top=top, width=width, alone=True)

    page = PageText([line("定，判决如下：", 0.10, 0.17), line("驳回上诉，维持原判。", 0.13, 0.25),
                     line("一审判决：西宁湟中路餐饮供应链管理有限公司于判决生效", 0.16, 0.66),
                     line("之日起十日内支付青海江河源牦牛肉食品有限公司货款", 0.19, 0.72),
                     line("二审案件受理费由上诉人负担。", 0.25, 0.3), line("本判决为终审判决。", 0.29, 0.22)])
    assert classify(page).doc_type == "continuation"


def test_a_rulings_second_sheet_opening_with_the_tail_of_a_citation_goes_on_from_the_first() -> None:
    """四平铁西's 终本 ruling (court_dt_02 p34): its second sheet opens 项、《最高人民法院关于适用…》, set alone on its
    row, then 裁定如下： and the operative part; the model took the sheet for a 恢复执行申请书 (申请恢复执行 in the notice
    of rights)."""
    def line(text: str, top: float, width: float, *, height: float = 1.0) -> TextLine:
        return TextLine(text, 0.98, height=height, centred=False, top=top, width=width, alone=True)

    page = PageText([line("项、《最高人民法院关于适用《中华人民共和国民事诉讼法》", 0.117, 0.64, height=1.3),
                     line("的解释》第五百一十七条的规定，裁定如下：", 0.152, 0.48), line("终结本次执行程序。", 0.186, 0.21),
                     line("申请执行人发现被执行人有可供执行财产的，可", 0.216, 0.61),
                     line("申请恢复执行。本案未执行到位金额人民币108,751", 0.246, 0.66),
                     line("本裁定送达后立即生效。", 0.314, 0.26)])
    assert classify(page).doc_type == "continuation"


def test_a_zhongben_ruling_whose_operative_line_lies_under_a_qr_sticker_is_the_zhongben_ruling() -> None:
    """南阳宛城 (court_dv_02 p29, scanned at the self-service kiosk): the 移动微法院 QR sticker covers the first words of
    the operative line, …裁定如下： / [QR]本院（2024）豫1302执35637号案件的本次执行程序。 The marker line was read only
    when the operative part was looked for, and the line under it never: the ruling was taken for a generic one and
    the 终本 ruling reported missing from a complete dossier."""
    (ruling,) = analyse([DATA / "zhongben_ruling_operative_line_under_a_qr_sticker.pdf"], engine="rapidocr",
                        expected_case_number="（2024）豫1302执35637号")
    assert ruling.doc_type == "termination_this_round_ruling"
