"""court_cc (江苏省昆山市人民法院): every applicant filed online through the 江苏法院诉讼服务网, so the filing papers reach
the bureau as the portal's printed pages — a header band with the 申请号 and page, a footer with the upload time and
the file's name, the uploaded phone photo or PDF page centred inside, sometimes small, sometimes turned 90° — rescanned
at 200 dpi grey; the bureau's own papers are plain 300 dpi scans. A 台资 PCB maker whose 董事长 is a Taiwan resident
(his 台胞证, a 授權委託書 signed in 臺北 with its 公證書 and 海基會 letter) is paid by a bank 扣划 on this court's
judgment; a crab gift-card buyer's 苏州中院 二审 judgment is settled, paid and archived; a 花桥 warehouse award is filed
without its 生效证明."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.families import court_cc, court_cc_capture, court_cc_papers
from dossier.validators.identity import check_party_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_cc_codes_and_missing_item():
    assert all(62000 <= p.seq <= 62999 for p in family_plans("court_cc"))
    assert {court_cc.PCB_SEQ, court_cc.CRAB_SEQ, court_cc.RENT_SEQ} == {p.seq for p in family_plans("court_cc")}


def test_parties_numbers_are_valid_and_the_stories_are_kunshan():
    for prefix in ("court_cc_01", "court_cc_02", "court_cc_03"):
        c = case_of(prefix)
        assert c.number.startswith("（2026）苏0583执")
        for p in (c.applicant, c.respondent):
            assert check_party_number(p) is None, (prefix, p)
    assert case_of("court_cc_02").basis_court == "江苏省苏州市中级人民法院"
    assert case_of("court_cc_03").basis_court == "苏州仲裁委员会"


def test_the_taiwan_representative_papers_are_in_traditional_characters():
    c = case_of("court_cc_01")
    poa = court_cc.render("power_of_attorney", c, random.Random(2), [])
    text = text_of(poa)
    assert len(poa) == 3 and "授權委託書" in text.replace(" ", "") and "公　證　書" in text
    assert "財團法人海峽交流基金會" in text and "中華民國" in text
    ident = text_of(court_cc.render("identity_proof", c, random.Random(3), []))
    assert "台湾居民来往大陆通行证" in ident and c.extra["mtp"] in ident


def test_uploaded_pages_are_framed_by_the_portal_and_own_papers_are_plain_300_dpi():
    c = case_of("court_cc_02")
    rng = random.Random(5)
    court_cc_papers.UPLOADS.clear()
    app = court_cc.render("enforcement_application", c, rng, [])
    own = court_cc.render("closing_notice", c, rng, [])
    up = court_cc_capture.plan_capture(rng, app[0])
    assert up.upload is not None and up.dpi == 200 and 50 <= up.quality <= 75
    assert up.upload.app_no == c.extra["app_no"] and (up.upload.file.endswith(".jpg") or ".pdf" in up.upload.file)
    plain = court_cc_capture.plan_capture(rng, own[0])
    assert plain.upload is None and plain.dpi == 300 and plain.rotation == 0
    img = Image.open(io.BytesIO(court_cc_capture.capture(app[0], up, rng)))
    assert img.mode == "L" and img.info["dpi"][0] == pytest.approx(200) and abs(img.width - 1654) < 4
    a = np.asarray(img, dtype=np.float32)
    band = a[int(img.height * 0.025):int(img.height * 0.055), img.width // 4: img.width // 2]
    assert 190 < float(np.median(band)) < 235, "the portal's grey header band"
    assert float(a.min()) < 80, "the print keeps dark strokes"
    big = Image.open(io.BytesIO(court_cc_capture.capture(own[0], plain, rng)))
    assert abs(big.width - 2480) < 6 and big.info["dpi"][0] == pytest.approx(300)
    assert not court_cc_papers.UPLOADS.get(id(app[0])), "a framed sheet is forgotten"


def _ink_box(jpeg: bytes) -> tuple[int, int]:
    """Width and height of the dark pixels between the portal's header band and its footer."""
    a = np.asarray(Image.open(io.BytesIO(jpeg)), dtype=np.float32)
    body = a[int(a.shape[0] * 0.075):int(a.shape[0] * 0.93)] < 140
    rows, cols = np.where(body)
    return int(cols.max() - cols.min()), int(rows.max() - rows.min())


def test_a_sideways_photo_lies_turned_on_the_portal_page():
    c = case_of("court_cc_01")
    rng = random.Random(9)
    sheet = court_cc.render("law_firm_letter", c, rng, [])[0]
    cap = court_cc_capture.plan_capture(rng, sheet)
    assert cap.upload is not None
    cap.photo, cap.scale, cap.skew, cap.tilt, cap.crop = True, 1.0, 0.0, 0.0, (-0.02, -0.02, -0.02, -0.02)
    cap.rotation = 0
    w, h = _ink_box(court_cc_capture.capture(sheet, cap, rng))
    assert h > 1.3 * w, "upright: the photographed A4 sheet stands"
    cap.rotation = 90
    w, h = _ink_box(court_cc_capture.capture(sheet, cap, rng))
    assert w > 1.3 * h, "turned: the photo lies across the page"


def test_a_photo_cropped_to_a_card_sits_small_in_much_white():
    c = case_of("court_cc_02")
    rng = random.Random(4)
    sheet = court_cc.render("identity_proof", c, rng, [])[0]
    cap = court_cc_capture.plan_capture(rng, sheet)
    assert cap.upload is not None
    cap.photo, cap.rotation, cap.scale, cap.skew, cap.tilt, cap.crop = True, 0, 1.0, 0.0, 0.0, (0.0, 0.0, 0.0, 0.0)
    cap.tight = False
    w_full, h_full = _ink_box(court_cc_capture.capture(sheet, cap, rng))
    cap.tight, cap.scale = True, 0.65
    w, h = _ink_box(court_cc_capture.capture(sheet, cap, rng))
    assert w < 0.6 * 1654 and w * h < 0.75 * w_full * h_full, "a lot of white round the small image"
