"""A small paper photographed under the window's 高拍仪 (烟台芝罘, court_bc) lies wherever the clerk put it on the grey
desk mat — often in the lower half of the frame, the top of the picture nothing but mat. Its head is where its
text begins: read from there, the receipt is a receipt. Before, nothing was found at the top of the frame, the
sheet was taken for one fed upside down, turned over and read as nothing — an unreadable page that sent the
complete dossier back (court_bc_01 p7, court_bc_02 p29)."""

from __future__ import annotations

from pathlib import Path

from ocr_synth import FONT, images_pdf
from PIL import Image, ImageDraw, ImageFont

from dossier.ocr import analyse, stages
from dossier.ocr.engines import get_engine
from dossier.ocr.ingest import inspect_inputs, iter_pages


def _slip_low_on_the_mat(title: str, rows: list[str]) -> Image.Image:
    frame = Image.new("L", (1320, 1792), 120)
    draw = ImageDraw.Draw(frame)
    draw.rectangle((70, 900, 1250, 1420), fill=245)
    big, small = ImageFont.truetype(FONT, 40), ImageFont.truetype(FONT, 27)
    draw.text(((1320 - draw.textlength(title, font=big)) / 2, 940), title, font=big, fill=20)
    for i, row in enumerate(rows):
        draw.text((110, 1020 + 58 * i), row, font=small, fill=20)
    return frame


def test_a_receipt_in_the_lower_half_of_the_frame_is_read_the_right_way_up(tmp_path: Path) -> None:
    slip = _slip_low_on_the_mat("山东省非税收入统一票据（电子）",
                                ["票据代码：37010124　票据号码：13722501　开票日期：2024-02-26",
                                 "交款人：烟台某某水产食品有限公司", "项目名称：申请执行费　数量：1　金额：5,007.00",
                                 "收款单位：山东省烟台市芝罘区人民法院　复核：钟德"])
    (page,) = analyse([images_pdf([slip], tmp_path / "slip.pdf")], engine="rapidocr", workers=1)
    assert (page.rotation, page.readable) == (0, True)
    assert page.doc_type == "fee_receipt"


def test_the_head_of_a_slip_low_in_the_frame_is_where_its_text_begins(tmp_path: Path) -> None:
    """Stage by stage: nothing in the top of the frame, the whole sheet searched, the head taken from the slip's
    first line — so that the head's reading (and the direction check on it) sees the slip's title."""
    slip = _slip_low_on_the_mat("业务回单（付款）", ["回单编号：873542537324　交易日期：20240302",
                                                 "付款人：山东省烟台市芝罘区人民法院（执行款专户）", "金额：CNY 343,524.06",
                                                 "用途：（2024）鲁0602执24358号执行款发放"])
    pdf = images_pdf([slip], tmp_path / "voucher.pdf")
    pages = iter_pages(inspect_inputs([pdf]))
    ctx = stages.PageContext(source=next(pages), engine=get_engine("rapidocr"))
    stages.render(ctx)
    stages.detect_orientation(ctx)
    stages.find_text(ctx)
    assert ctx.grey is not None and ctx.boxes, "the slip's lines are the head"
    assert ctx.origin > 0.4 * ctx.grey.shape[0] and min(b.top for b in ctx.boxes) >= ctx.origin
