"""A landscape 营业执照 copied and filed turned a quarter: at the top of the sheet stand only its title,
running down, and the starts of a column or two — as many boxes running down as across. The clerk must
see the licence, read upright, not an unreadable page that sends the dossier back."""

from __future__ import annotations

from pathlib import Path

from ocr_synth import _font, degrade, images_pdf
from PIL import Image, ImageDraw

from dossier.ocr import analyse

ROWS = [("统一社会信用代码", "91450103MA5KC3XQ1R"), ("名　　称", "南宁凤岭商贸有限公司"),
        ("类　　型", "有限责任公司"), ("法定代表人", "沈红燕"), ("注册资本", "100万元整"),
        ("成立日期", "2016年7月13日"), ("住　　所", "南宁市青秀区东葛路145号")]


def licence(*, rows: int = len(ROWS)) -> Image.Image:
    """The licence as printed, landscape, at 150 dpi: a large letter-spaced title, then its fields."""
    width, height = 1754, 1240
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    draw.rectangle((60, 60, width - 60, height - 60), outline=0, width=4)
    title = _font(96)
    text = "营 业 执 照"
    draw.text(((width - draw.textlength(text, font=title)) / 2, 150), text, font=title, fill=0)
    draw.text((width / 2 - 40, 290), "（副本）", font=_font(30), fill=0)
    y = 420
    for label, value in ROWS[:rows]:  # the fields fill the left of the sheet
        draw.text((160, y), label, font=_font(30), fill=0)
        draw.text((440, y), value, font=_font(30), fill=0)
        y += 90
    draw.rectangle((1400, 150, 1560, 350), outline=0, width=3)  # the holder's photo frame, top right
    draw.text((1380, 1000), "登记机关", font=_font(30), fill=0)  # under the issuer's seal, bottom right
    return degrade(img, noise=4.0)


def test_a_licence_filed_a_quarter_turned_is_read_upright(tmp_path: Path) -> None:
    sheet = licence().rotate(90, expand=True)  # its title now runs down the sheet's left half
    (page,) = analyse([images_pdf([sheet], tmp_path / "licence.pdf")], engine="rapidocr")
    assert page.rotation in (90, 270)
    assert page.doc_type == "identity_proof" and page.title_text == "营业执照"


def test_a_top_with_as_many_boxes_running_down_as_across_sends_the_search_down_the_sheet() -> None:
    """The boxes the detector found at the top of court_j's turned licence (page pixels): a seal's words,
    the photo frame's corner, the title running down, a column's start — two run down, none across: that
    is not yet sideways, and not upright either; the whole sheet decides."""
    from dossier.ocr.imaging import Line
    from dossier.ocr.stages.orient import _leaning_sideways, _sideways_boxes

    top = [Line(top=248, bottom=277, left=966, right=1019), Line(top=310, bottom=357, left=960, right=1007),
           Line(top=376, bottom=425, left=936, right=1029), Line(top=418, bottom=823, left=678, right=737),
           Line(top=448, bottom=575, left=964, right=1013), Line(top=646, bottom=729, left=146, right=231)]
    assert not _sideways_boxes(top) and _leaning_sideways(top)
    upright = [Line(top=100 + 60 * i, bottom=140 + 60 * i, left=200, right=900) for i in range(5)]
    assert not _leaning_sideways(upright + top[3:4])  # a signature's stroke beside lines running across
