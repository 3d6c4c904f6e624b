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
