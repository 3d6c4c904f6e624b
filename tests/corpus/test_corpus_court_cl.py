"""court_cl (辽宁省大连市甘井子区人民法院, held out): a bearing seller's 大连中院 judgment paid and archived; a cold-chain
company's 大连海事法院 judgment against a seafood trader closed by 终结本次执行程序; a 大连仲裁委员会 award against a
crane-parts dealer, paid, whose dossier lacks the applicant's 送达地址确认书. Every page came out of the court's
electronic-dossier platform: 150 dpi, a grey diagonal watermark, a blue upload stamp and a thin grey frame."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.families import court_cl, court_cl_capture
from dossier.validators.identity import check_credit_code

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_cl_codes_and_missing_item():
    assert all(78000 <= p.seq <= 78999 for p in family_plans("court_cl"))


def test_court_cl_cases_are_dalian_cases_with_valid_codes():
    c = case_of("court_cl_02")
    assert c.number.startswith("（2026）辽0211执") and c.basis_court == "大连海事法院"
    assert check_credit_code(c.applicant.id_number) is None and check_credit_code(c.respondent.id_number) is None
    text = text_of(court_cl.render("termination_this_round_ruling", c, random.Random(3), []))
    assert "执行裁定书" in text and "终结本院" in text and "大连市不动产登记中心" in text


def _page(photo: bool, rotation: int) -> tuple[Image.Image, court_cl_capture.ClCapture]:
    c = case_of("court_cl_01")
    sheet = court_cl.render("enforcement_notice", c, random.Random(1), [])[0]
    cap = court_cl_capture.plan_capture(random.Random(2), sheet)
    cap.photo, cap.rotation = photo, rotation
    return Image.open(io.BytesIO(court_cl_capture.capture(sheet, cap, random.Random(4)))), cap


@pytest.mark.parametrize("photo", [False, True])
def test_court_cl_pages_are_platform_exports(photo):
    img, cap = _page(photo, 0)
    assert cap.dpi == 150 and round(img.info["dpi"][0]) == 150
    assert abs(img.width - 210 / 25.4 * 150) < 4 and 45 <= cap.quality <= 75
    a = np.asarray(img.convert("RGB")).astype(int)
    corner = a[int(img.height * 0.94):int(img.height * 0.97), int(img.width * 0.04):int(img.width * 0.34)]
    assert ((corner[..., 2] - corner[..., 0]) > 60).sum() > 50, "the blue upload stamp"
    assert 140 < a[3:5, img.width // 2].mean() < 200, "the grey frame"
    grey = a.mean(axis=2)
    assert (grey < 100).mean() > 0.005, "text stays dark and readable"
    white = Image.new("RGB", img.size, (255, 255, 255))
    wm = np.asarray(court_cl_capture._platform(white, cap, True).convert("L")).astype(int)[40:-200, 40:-40]
    h, w = wm.shape
    quarters = [wm[:h // 2, :w // 2], wm[:h // 2, w // 2:], wm[h // 2:, :w // 2], wm[h // 2:, w // 2:]]
    assert all((q < 245).mean() > 0.008 for q in quarters), "the watermark is repeated across the page"
    assert wm.min() > 200, "yet light grey: the text beneath stays readable"


def test_court_cl_landscape_page_is_turned():
    img, _ = _page(False, 90)
    assert img.width > img.height


def test_court_cl_blank_back_stays_blank():
    sheet = court_cl.render("enforcement_notice", case_of("court_cl_01"), random.Random(1), [])[0]
    sheet.image.paste((255, 255, 255), (0, 0, *sheet.image.size))
    sheet.lines = []
    cap = court_cl_capture.plan_capture(random.Random(2), sheet)
    cap.photo, cap.rotation = True, 0
    a = np.asarray(Image.open(io.BytesIO(court_cl_capture.capture(sheet, cap, random.Random(4)))).convert("L"))
    inner = a[20:-20, 20:-20].astype(int)
    assert (inner < 200).mean() < 0.001 and inner.mean() > 235
