"""唐山路北 (court_do): the undertaker had the court's papers only on a monitor and photographed them off the screen.
The page fills three fifths of the photo's width, the viewer's grey and the black bezel the rest. Measured against the whole
photo, the 终本 ruling's body lines were short, so its second page (the end of a sentence, then the operative part)
was not seen as running text and was taken for an application; the ruling was lost. The page is read within the
sheet the photo shows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from ocr_synth import images_pdf, scanned_page
from PIL import Image

from dossier.ocr import analyse

CASE = "（2024）冀0203执7463号"
REASONING = ["申请执行人段新华与被执行人唐山畅达物流有限公司劳动争议", "仲裁裁决执行一案，唐山市路北区劳动人事争议仲裁委员会",
             "作出的仲裁裁决书已经发生法律效力。被执行人未履行义务，", "申请执行人向本院申请强制执行，本院于二〇二四年三月六日",
             "立案。执行中，本院向被执行人发出执行通知书、报告财产令；", "通过网络执行查控系统查询被执行人的银行存款、车辆、不动",
             "产、证券、网络资金等，冻结存款余额不足以清偿债务；经现", "场调查，被执行人经营场所已停止经营。本院已对被执行人采",
             "取限制消费措"]
SECOND = ["施，并将其纳入失信被执行人名单。", "    本院于二〇二四年六月二十七日约谈申请执行人，告知其本",
          "案执行情况、财产调查措施及终结本次执行程序的依据和后果，", "申请执行人表示暂时无法提供被执行人其他可供执行的财产线",
          "索。", "    本院认为，被执行人暂无可供执行的财产，本案已穷尽财产", "调查措施。依照《最高人民法院关于适用〈中华人民共和国民事",
          "诉讼法〉的解释》第五百一十七条的规定，裁定如下：", "终结本次执行程序。", "    本裁定送达后立即生效。"]


def off_the_screen(page: Image.Image) -> Image.Image:
    """The page shown at three fifths of the photo's width on a grey viewer inside a black bezel."""
    shown = page.resize((page.width * 3 // 5, page.height * 3 // 5))
    photo = np.full((page.height, page.width), 18, np.uint8)
    photo[60:-60, 60:-60] = 110
    x, y = (page.width - shown.width) // 2, (page.height - shown.height) // 2
    photo[y:y + shown.height, x:x + shown.width] = np.asarray(shown)
    return Image.fromarray(photo)


def test_a_zhongben_rulings_second_page_photographed_off_a_screen_goes_on_from_the_ruling(tmp_path: Path) -> None:
    first = scanned_page("执行裁定书", case_number=CASE, court="河北省唐山市路北区人民法院", body=REASONING, seed=4)
    second = scanned_page(None, case_number=None, body=SECOND, seed=5)
    pdf = images_pdf([off_the_screen(first), off_the_screen(second)], tmp_path / "screen.pdf")
    ruling, later = analyse([pdf], engine="rapidocr", expected_case_number=CASE)
    assert (ruling.doc_type, later.doc_type) == ("termination_this_round_ruling", "continuation")


def test_lines_read_within_the_sheet_keep_their_place_on_the_photo(tmp_path: Path) -> None:
    """The archive lays the text it read over the photo as scanned: a line read within the sheet is placed where it
    stands on the whole photo, not where it stood in the sheet cut out of it."""
    first = scanned_page("执行裁定书", case_number=CASE, court="河北省唐山市路北区人民法院", body=REASONING, seed=4)
    photo = off_the_screen(first)
    (ruling,) = analyse([images_pdf([photo], tmp_path / "one.pdf")], engine="rapidocr", expected_case_number=CASE)
    assert ruling.read_size is not None
    assert all(abs(a - b) <= 2 for a, b in zip(ruling.read_size, photo.size, strict=True))  # rendered back at 150 dpi
    title = next(line for line in ruling.text_lines if "裁定书" in line.text)
    left, top, right, _ = title.box
    shown_top = (photo.height - photo.height * 3 // 5) // 2
    assert abs((left + right) / 2 - photo.width / 2) < 0.05 * photo.width
    assert shown_top + 240 * 3 // 5 - 40 <= top <= shown_top + 240 * 3 // 5 + 40  # the title stands 240 px down its page
