"""court_bg: 宁夏回族自治区银川市兴庆区人民法院执行局. A 中宁 枸杞 cooperative's 货款 judgment (银川中院 二审 维持原判)
against a 兴庆 商贸 company, paid after a freeze; a 贺兰山东麓 winery's 银川仲裁委员会 award against a 兴庆 hotel
company, settled, paid and archived; a 民间借贷 调解书 of this court against a 装修 contractor, handed in without its
结案通知书. The bureau's notices are printed duplex with pre-printed backs (权利义务告知, 风险提示, 缴款说明, 送达回证
填写说明) that belong to their front's document; its 受理案件通知书 is printed 2-up (two A5 pages on one landscape A4
sheet) and scanned turned 90°; a duplex ADF with skew, noise, blur and strong JPEG compression."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus import build
from dossier.corpus.families import court_bg, court_bg_capture
from dossier.corpus.families.court_bg_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_bg_seqs_are_in_its_range():
    assert all(29000 <= p.seq <= 29999 for p in family_plans("court_bg"))
    assert MISSING == "closing_notice"


def test_court_bg_bases_come_from_the_bodies_of_yinchuan():
    goji, wine, loan = (case_of(f"court_bg_0{i}") for i in (1, 2, 3))
    assert goji.basis_court == court_bg.MID and "宁01民终" in goji.basis_number
    assert wine.basis_court == "银川仲裁委员会" and "银仲裁字" in wine.basis_number
    assert loan.basis_court == court_bg.COURT and loan.respondent.kind == "person"
    assert "驳回上诉，维持原判" in text_of(court_bg.render("enforcement_basis", goji, random.Random(2), []))
    assert "终局裁决" in text_of(court_bg.render("enforcement_basis", wine, random.Random(2), []))
    assert "民间借贷" in text_of(court_bg.render("enforcement_basis", loan, random.Random(2), []))
    for c in (goji, wine, loan):
        assert c.number.startswith("（2024）宁0104执")
        for p in (c.applicant, c.respondent):
            bad = check_id_number(p.id_number) if p.kind == "person" else check_credit_code(p.id_number)
            assert bad is None, bad


@pytest.mark.parametrize("code", sorted(court_bg.BACKED))
def test_court_bg_notices_carry_their_preprinted_back(code):
    c = case_of("court_bg_01")
    sheets = court_bg.render(code, c, random.Random(3), ["enforcement_notice"])
    back = sheets[-1]
    assert len(sheets) >= 2 and isinstance(back, court_bg.Back)
    assert court_bg.BACKS[court_bg.BACKED[code]][0] in back.lines
    assert not isinstance(sheets[0], court_bg.Back)


def test_court_bg_acceptance_notice_is_two_a5_pages_on_one_sheet_scanned_turned():
    c = case_of("court_bg_01")
    [sheet] = court_bg.render("acceptance_notice", c, random.Random(4), [])
    assert sheet.width > sheet.height
    assert "受理案件通知书" in sheet.lines and "廉政监督卡" in sheet.lines
    rng = random.Random(5)
    cap = court_bg_capture.plan_capture(rng, sheet)
    img = Image.open(io.BytesIO(court_bg_capture.capture(sheet, cap, rng)))
    assert cap.rotation in (90, 270) and img.height > img.width
    assert abs(img.info["dpi"][0] - cap.dpi) < 1


def test_court_bg_capture_stays_within_its_defects_and_readable():
    c = case_of("court_bg_02")
    rng = random.Random(6)
    sheet = court_bg.render("enforcement_notice", c, rng, [])[0]
    caps = [court_bg_capture.plan_capture(rng, sheet) for _ in range(200)]
    assert all(abs(k.skew) <= 3 and 50 <= k.quality <= 80 and 200 <= k.dpi <= 300 for k in caps)
    assert any(k.rotation == 180 for k in caps) and any(k.blur for k in caps)
    cap = next(k for k in caps if k.rotation == 0 and not k.blur)
    img = np.asarray(Image.open(io.BytesIO(court_bg_capture.capture(sheet, cap, rng))).convert("L"))
    assert img.shape[0] > img.shape[1]
    inner = img[img.shape[0] // 8: -img.shape[0] // 8, img.shape[1] // 8: -img.shape[1] // 8]
    assert np.median(inner) > 200 and (inner < 100).mean() > 0.005, "white paper with dark print"
    assert inner.std() > 20


def test_court_bg_truth_gives_each_printed_back_to_its_front_and_the_two_up_sheet_one_page(tmp_path):
    i, plan = next((i, p) for i, p in enumerate(build.plans()) if p.name.startswith("court_bg_01"))
    truth = build.build_dossier(tmp_path / plan.name, plan, random.Random(build.DEFAULT_SEED * 1000 + i), small=False)
    docs = {d.doc_type: d for d in truth.documents}
    for code in court_bg.BACKED:
        assert all(len(d.pages) == 2 for d in truth.documents if d.doc_type == code), code
    two_up = docs["acceptance_notice"]
    assert len(two_up.pages) == 1 and truth.pages[two_up.pages[0] - 1].rotation in (90, 270)
    backs = [truth.pages[d.pages[1] - 1] for d in truth.documents if d.doc_type in court_bg.BACKED]
    assert all(p.doc_type == "continuation" and p.text for p in backs)
    blank = [p for p in truth.pages if p.doc_type == "blank"]
    assert all(not p.text for p in blank)
    assert all(200 <= p.dpi <= 300 for p in truth.pages)
