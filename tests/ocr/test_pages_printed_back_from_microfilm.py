"""Pages of an old volume printed back from microfilm: 沈阳和平's 2016 volume came back as negatives, white
writing on dark film, scratched along its length. The archive centre reads the old 终本 ruling as it would
read its paper original."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
from ocr_synth import A4_150DPI, CASE, _centred, _font
from PIL import Image, ImageDraw

from dossier.ocr import analyse
from dossier.ocr.stages.prepare import NEGATIVE_PAPER

RULING = ["申请执行人沈阳某某商贸有限公司与被执行人罗某某买卖合同", "纠纷一案，本院作出的民事判决已经发生法律效力。本院在执",
          "行中查明，被执行人名下无可供执行的财产，申请执行人亦未", "能提供可供执行的财产线索。本院已对被执行人采取限制高消",
          "费措施，并将其纳入失信被执行人名单。依照《最高人民法院", "关于适用〈中华人民共和国民事诉讼法〉的解释》第五百一十",
          "七条之规定，裁定如下：", "终结本次执行程序。", "申请执行人发现被执行人有可供执行财产的，可以再次申请执行。",
          "本裁定送达后即发生法律效力。"]


def ruling_on_paper() -> Image.Image:
    width, height = A4_150DPI
    img = Image.new("L", (width, height), 250)
    draw = ImageDraw.Draw(img)
    _centred(draw, 180, "沈阳市和平区人民法院", 34, width)
    _centred(draw, 240, "执行裁定书", 52, width)
    font = _font(26)
    draw.text((width - 160 - draw.textlength(CASE, font=font), 330), CASE, font=font, fill=0)
    for i, line in enumerate(RULING * 2):
        draw.text((130, 400 + 36 * i), line, font=font, fill=0)
    return img


def filmed_negative(paper: Image.Image, *, seed: int) -> Image.Image:
    """The reader-printer's copy at 200 dpi: soft strokes, film grain, bright scratches top to bottom."""
    rng = np.random.default_rng(seed)
    ink = cv2.GaussianBlur(cv2.resize(np.asarray(paper, dtype=np.float32), None, fx=4 / 3, fy=4 / 3,
                                      interpolation=cv2.INTER_CUBIC), (0, 0), 1.6)
    film = 30 + (255 - ink) / 255 * 190 + rng.normal(0, 14, ink.shape)
    for x in rng.integers(100, ink.shape[1] - 100, 6):
        film[:, x:x + 2] += 90
    return Image.fromarray(np.clip(film, 0, 255).astype(np.uint8))


def test_a_termination_ruling_filmed_as_a_negative_reads_as_its_paper_would(tmp_path: Path) -> None:
    negative = filmed_negative(ruling_on_paper(), seed=1)
    assert float(np.median(np.asarray(negative))) < NEGATIVE_PAPER
    scan = tmp_path / "film.pdf"
    negative.save(scan, "PDF", resolution=200, quality=55)
    (page,) = analyse([scan], engine="rapidocr", expected_case_number=CASE)
    assert (page.doc_type, page.readable, page.blank) == ("termination_this_round_ruling", True, False)
    body = [line.text for line in page.text_lines if line.top > 0.2][:6]
    assert [text[:4] for text in body] == [line[:4] for line in RULING[:6]]
