"""格尔木 (court_bv): the 移动执行 team photographs papers with a tablet in the plateau sun — on a car seat, under the
car's window frame or the tablet's own corner, whose hard shadows lie across part of the sheet. The archive centre
must still see a 谈话笔录 as this case's page (not another case's: that blocks the dossier) and a blank back as blank
(not as an unreadable page, which blocks it too)."""

from __future__ import annotations

import io
import random
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import cv2
import numpy as np
import pytest
from ocr_synth import images_pdf
from PIL import Image

from dossier.corpus import degrade
from dossier.corpus.build import case_for, plans
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bv_capture, renderer
from dossier.ocr import analyse, imaging, stages
from dossier.ocr.engines import get_engine
from dossier.ocr.imaging import Line


def test_a_case_number_under_a_shadows_band_is_read_again_on_even_paper_before_the_page_is_another_cases() -> None:
    """格尔木 (court_bv): a 谈话笔录 photographed under a window frame's shadow, the band's edge across the 4 of
    执53406号: read as it lies, and stretched, the number was 执53106号 — another case's page, which blocks the
    dossier. Read again with the paper under the line made even (the shadow divided out), it is this case's."""
    crop = cv2.imread(str(Path(__file__).parent / "data" / "case_number_under_a_shadow_band.png"), cv2.IMREAD_GRAYSCALE)
    grey = np.full((1926, 1413), 250, np.uint8)
    grey[527:527 + crop.shape[0], 241:241 + crop.shape[1]] = crop
    line = Line(top=541, bottom=597, left=255, right=1163)
    ctx = stages.PageContext(source=cast(Any, None), engine=get_engine("auto"), grey=grey,
                             expected_case_number="（2026）青2801执53406号", boxes=[line])
    ctx.read = [stages.ReadLine(Line(top=160, bottom=210, left=500, right=900), "谈话笔录", 1.0),
                stages.ReadLine(line, "问：今天约谈你，告扣（2026）青2801执53106号案的", 0.9)]
    stages.classify_page(ctx)
    assert ctx.case_number == "（2026）青2801执53106号"
    stages.confirm_case_number(ctx)
    assert ctx.case_number == "（2026）青2801执53406号"
    assert ctx.doc_type == "interview_record"


def test_even_paper_divides_out_a_shadow_and_keeps_the_strokes() -> None:
    line = np.full((60, 400), 235, np.uint8)
    line[:, 150:260] = 120  # a shadow's band across the line
    line[20:40, 50:53] = 30  # strokes in the light and in the shadow
    line[20:40, 200:203] = 20
    evened = imaging.even_paper(line)
    assert evened[5, 200] > 240 and evened[5, 50] > 240
    assert evened[30, 51] < 60 and evened[30, 201] < 60


def _front() -> Sheet:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith("court_bv_02"))
    return renderer("court_bv")("enforcement_notice", case_for(plan, random.Random(i)), random.Random(3), [])[0]


@pytest.mark.parametrize("shadow", ["tablet", "frame"])
def test_a_blank_back_under_a_hard_shadow_is_blank(tmp_path: Path, shadow: str) -> None:
    back = Sheet()
    back.image = degrade.blank_back(random.Random(2), _front().image)
    rng = random.Random(4)
    cap = replace(court_bv_capture.plan_capture(rng, back), photo=True, dpi=150, skew=1.0, surround="seat", contrast=1.4,
                  glare=(0.0, 0.0, 0.0), shadow=shadow, shadow_at=0.6, keystone=0.02, blur=0.0)
    image = Image.open(io.BytesIO(court_bv_capture.capture(back, cap, rng)))
    (page,) = analyse([images_pdf([image], tmp_path / "back.pdf")], engine="rapidocr")
    assert page.blank and page.doc_type == "blank"
