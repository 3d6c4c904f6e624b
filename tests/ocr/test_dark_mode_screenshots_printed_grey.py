"""西安碑林 (court_ix_03 p6): the lender's property clue came as two phone screenshots in dark mode — a WeChat chat and
the borrower's 朋友圈 — printed side by side in the bureau's toner-save grey over most of the sheet, white text on the
grey screens, a pale caption above (附：财产线索证据…). The blank test measured ink from the page's median grey, which
was the screens': nothing was darker by enough, and a page of evidence was called a blank back. The clerk now sees
what the page says."""

from __future__ import annotations

from pathlib import Path

from ocr_synth import FONT, images_pdf
from PIL import Image, ImageDraw, ImageFont

from dossier.ocr import analyse


def _screenshots() -> Image.Image:
    """An A4 sheet at 150 dpi: a pale caption, two grey 'screens' with white chat lines, white margins."""
    sheet = Image.new("L", (1241, 1755), 252)
    draw = ImageDraw.Draw(sheet)
    small, text = ImageFont.truetype(FONT, 26), ImageFont.truetype(FONT, 30)
    draw.text((110, 70), "附：财产线索证据（（2024）陕0103执13982号）", font=small, fill=150)
    chats = [["13:20", "朱彩伟", "借我的钱什么时候还？", "最近手头紧，再宽限几天", "下个月一定还你"],
             ["9:35", "朋友圈", "国庆自驾走起，秦岭！", "今晚回民街，兄弟们聚一聚"]]
    for i, lines in enumerate(chats):
        x0 = 80 + i * 560
        draw.rectangle((x0, 140, x0 + 520, 1300), fill=165)
        for j, line in enumerate(lines):
            draw.text((x0 + 40, 180 + 90 * j), line, font=text, fill=252)
    return sheet


def test_a_sheet_of_dark_mode_screenshots_is_no_blank_back(tmp_path: Path) -> None:
    (page,) = analyse([images_pdf([_screenshots()], tmp_path / "clue.pdf")], engine="rapidocr", workers=1)
    assert not page.blank and page.doc_type != "blank"
    assert any("还" in t.text for t in page.text_lines), "the chat is read"
