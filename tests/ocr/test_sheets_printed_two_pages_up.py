"""大同平城 (court_dl_01 p5): the 中院's 二审 judgment came printed two pages up on one A3 sheet, page 1 on the left
under its title, page 2 on the right with the operative part and the signatures. Read as one page, the right page's
prose came first and the sheet was taken for a later page (2/2): the dossier lacked its 执行依据 and was sent back.
The sheet is read as its left page; the right page's footer says the sheet holds pages 1 and 2 of the judgment."""

from __future__ import annotations

from pathlib import Path

from ocr_synth import A4_150DPI, _font, images_pdf, scanned_page
from PIL import Image, ImageDraw

from dossier.ocr import analyse
from dossier.ocr.classify import PageText, TextLine, find_last_page, find_page_of
from dossier.ocr.imaging import Line
from dossier.ocr.two_up import gutter

CASE = "（2023）晋02民终3466号"
FIRST = ["上诉人大同远驰物流有限公司因与被上诉人大同晋北煤炭", "运销有限公司运输合同纠纷一案，不服山西省大同市平城区",
         "人民法院（2023）晋0213民初5057号民事判决，向本院提起", "上诉。本院依法组成合议庭进行了审理。本案现已审理终结。",
         "原审查明：双方签订《煤炭公路运输合同》，约定由大同远", "驰物流有限公司将2805吨动力煤自大同南郊煤场运至河北省",
         "张家口市某电厂，运费按吨公里结算。运输途中部分煤炭灭", "失、部分掺杂，收货方拒收。本院认为，承运人对运输过程"]
SECOND = ["中货物的毁损、灭失承担赔偿责任。上诉人的上诉请求不能", "成立，应予驳回；一审判决认定事实清楚，适用法律正确，",
          "应予维持。依照《中华人民共和国民事诉讼法》第一百七十", "七条第一款第一项规定，判决如下：", "驳回上诉，维持原判。",
          "二审案件受理费7138元，由上诉人大同远驰物流有限公司负担。", "本判决为终审判决。"]


def with_footer(page: Image.Image, footer: str) -> Image.Image:
    draw = ImageDraw.Draw(page)
    font = _font(24)
    draw.text(((page.width - draw.textlength(footer, font=font)) / 2, page.height - 110), footer, font=font, fill=0)
    return page


def two_up(left: Image.Image, right: Image.Image) -> Image.Image:
    width, height = A4_150DPI
    sheet = Image.new("L", (2 * width, height), 250)
    sheet.paste(left, (0, 0))
    sheet.paste(right, (width, 0))
    return sheet


def test_a_judgment_printed_two_up_is_read_as_its_first_page_holding_both(tmp_path: Path) -> None:
    first = with_footer(scanned_page("民事判决书", case_number=CASE, court="山西省大同市中级人民法院", body=FIRST, seed=2), "1/2")
    second = with_footer(scanned_page(None, case_number=None, body=SECOND, seed=3), "2/2")
    pdf = images_pdf([two_up(first, second)], tmp_path / "a3.pdf")
    (sheet,) = analyse([pdf], engine="rapidocr")
    assert (sheet.doc_type, sheet.page_of, sheet.page_of_last) == ("enforcement_basis", (1, 2), 2)
    assert sheet.read_size is not None and sheet.read_size[0] >= 2 * A4_150DPI[0] - 4  # lines placed on the whole sheet


def box(left: int, right: int, top: int) -> Line:
    return Line(top=top, bottom=top + 30, left=left, right=right)


def test_a_landscape_form_titled_across_its_middle_is_no_two_up_sheet() -> None:
    head = [box(900, 1600, 100), *(box(150, 1100, 200 + 50 * i) for i in range(4)),
            *(box(1400, 2300, 200 + 50 * i) for i in range(4))]
    assert gutter((1754, 2480), head, []) is None


def test_a_portrait_page_is_never_cut() -> None:
    head = [*(box(100, 500, 200 + 50 * i) for i in range(4)), *(box(700, 1100, 200 + 50 * i) for i in range(4))]
    assert gutter((1754, 1240), head, []) is None


def test_two_columns_of_page_text_meet_at_the_gutter() -> None:
    head = [*(box(150, 1100, 200 + 50 * i) for i in range(4)), *(box(1380, 2330, 200 + 50 * i) for i in range(4))]
    x = gutter((1754, 2480), head, [box(600, 650, 1650), box(1840, 1890, 1650)])
    assert x is not None and 1100 <= x <= 1380


def test_a_two_up_sheet_whose_own_footer_is_smudged_holds_the_page_before_the_facing_one(tmp_path: Path) -> None:
    """秦皇岛海港 (court_du_02 p2): an award copied 缩印 two pages to a sheet on a copier with a dirty drum; the left
    page's 共2页第1页 came out as 共2页第项, the right page's 共2页第2页 clean. Taken for page 2 alone, the award was
    reported 缺第1页 and a complete dossier sent back. The right page numbers itself: the left one is the page before."""
    first = with_footer(scanned_page("民事判决书", case_number=CASE, court="山西省大同市中级人民法院", body=FIRST, seed=2), "第1页 共2页")
    ImageDraw.Draw(first).rectangle((0, first.height - 125, first.width, first.height - 70), fill=250)  # a smear
    second = with_footer(scanned_page(None, case_number=None, body=SECOND, seed=3), "第2页 共2页")
    pdf = images_pdf([two_up(first, second)], tmp_path / "a3.pdf")
    (sheet,) = analyse([pdf], engine="rapidocr")
    assert (sheet.doc_type, sheet.page_of, sheet.page_of_last) == ("enforcement_basis", (1, 2), 2)


def footer(text: str, *, facing: bool) -> TextLine:
    return TextLine(text, 0.95, top=0.95, width=0.15, facing=facing)


def test_the_facing_page_says_which_page_the_left_one_is_only_when_the_left_one_says_nothing() -> None:
    smudged = PageText([], [footer("共2页第项", facing=False), footer("共2页第2页", facing=True)])
    clean = PageText([], [footer("第2页共3页", facing=False), footer("第3页共3页", facing=True)])
    opening = PageText([], [footer("第1页共3页", facing=True)])  # the facing page opens a document: the left ends another
    assert (find_page_of(smudged), find_page_of(clean), find_page_of(opening)) == ((1, 2), (2, 3), None)
    assert find_last_page(clean, (2, 3)) == 3
    headed = PageText([TextLine("第2页 共3页", 0.95, top=0.03, width=0.15)], [footer("第1页共2页", facing=True)])
    assert find_page_of(headed) == (2, 3)  # the facing page says nothing of this one; its own head does
