"""court_bm (山西省太原市小店区人民法院), drawn blind: a small bureau where much is written by hand. A 陈醋/面食
supplier's goods judgment against a 煤焦 trading company, upheld by 太原中院 on appeal, is paid from the company's
晋商银行 account under a settlement and archived (cover, catalogue, remarks sheet, approval form and receipts filled
in the clerk's running hand); a 建筑 team leader's 劳务费 award of 太原仲裁委 ends 终本 after 调查笔录 and 谈话笔录
written on ruled 笔录纸, each page signed and fingerprinted; this court's 民间借贷 调解书 ends 终本 without the
谈话笔录 with the applicant. Typed court papers come off an old laser printer, toner thinning to one side; every
sheet goes through the bureau's greyscale flatbed at 200–300 dpi, a little crooked, some upside down."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.families import court_bm, court_bm_capture
from dossier.corpus.families.court_bm_kit import BmSheet
from dossier.corpus.families.court_bm_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_bm_defective_dossier_lacks_what_its_plans_name():
    assert MISSING == "interview_record"


def test_court_bm_seqs_are_in_its_range():
    assert all(38000 <= p.seq <= 38999 for p in family_plans("court_bm"))
    assert {p.basis_kind for p in family_plans("court_bm")} == {"judgment", "arbitration", "mediation"}


def test_court_bm_bases_are_taiyuan_papers():
    coal = case_of("court_bm_01")
    assert coal.basis_court == "山西省太原市中级人民法院" and "晋01民终" in coal.basis_number
    text = text_of(court_bm.render("enforcement_basis", coal, random.Random(3), []))
    assert "驳回上诉，维持原判" in text and "煤焦贸易有限公司" in text
    labour = case_of("court_bm_02")
    assert "并仲裁字" in labour.basis_number
    assert "太原仲裁委员会" in text_of(court_bm.render("effectiveness_certificate", labour, random.Random(3), []))
    loan = case_of("court_bm_03")
    assert loan.respondent.kind == "person"
    assert "民间借贷" in text_of(court_bm.render("enforcement_basis", loan, random.Random(3), []))


def test_court_bm_ids_are_valid():
    for prefix in ("court_bm_01", "court_bm_02", "court_bm_03"):
        c = case_of(prefix)
        assert check_id_number(c.applicant.id_number) is None
        check = check_credit_code if c.respondent.kind == "organisation" else check_id_number
        assert check(c.respondent.id_number) is None
        sheets = court_bm.render("identity_proof", c, random.Random(4), ["respondent"])
        assert c.respondent.id_number in text_of(sheets)


def test_court_bm_records_are_handwritten_and_fingerprinted_on_every_page():
    c = case_of("court_bm_02")
    for code in ("interview_record", "investigation_record"):
        sheets = court_bm.render(code, c, random.Random(5), [])
        assert len(sheets) == 2 and all(isinstance(s, BmSheet) and s.style == "hand" for s in sheets)
        for s in sheets:
            assert "以上笔录我看过，与我说的相符" in s.lines
            a = np.asarray(s.image, dtype=np.int32)
            foot = a[-a.shape[0] // 5:]
            red = (foot[..., 0] > 150) & (foot[..., 1] < 110) & (foot[..., 2] < 110)
            assert red.sum() > 300, "a red fingerprint at the foot of every page"
        assert any(line.startswith("问：") for line in sheets[0].lines)


def test_court_bm_typed_papers_fade_to_one_side():
    """The black print (red seals left out) is clearly paler in one outer third than in the other."""
    c = case_of("court_bm_01")
    for k in range(6):
        s = court_bm.render("enforcement_notice", c, random.Random(k), [])[0]
        assert isinstance(s, BmSheet) and s.style == "laser"
        a = np.asarray(s.image, dtype=np.float32)[400:1400]
        grey = a.mean(axis=2)
        ink = ((a.max(axis=2) - a.min(axis=2)) < 25) & (grey < 215)
        third = a.shape[1] // 3
        left, right = grey[:, :third][ink[:, :third]], grey[:, -third:][ink[:, -third:]]
        assert abs(float(left.mean()) - float(right.mean())) > 15
        assert min(float(left.mean()), float(right.mean())) < 120, "the darker side is plainly printed"


def test_court_bm_capture_is_a_grey_flatbed_scan():
    c = case_of("court_bm_01")
    sheet = court_bm.render("closing_approval_form", c, random.Random(2), [])[0]
    rng = random.Random(11)
    plans = [court_bm_capture.plan_capture(rng, sheet) for _ in range(300)]
    assert {p.dpi for p in plans} <= {200, 240, 300} and all(abs(p.skew) <= 3 for p in plans)
    assert {p.rotation for p in plans} == {0, 180} and all(50 <= p.quality <= 80 for p in plans)
    upright = next(p for p in plans if p.rotation == 0 and p.dpi == 300)
    im = Image.open(io.BytesIO(court_bm_capture.capture(sheet, upright, random.Random(1))))
    assert im.mode == "L" and im.info["dpi"][0] == pytest.approx(300, abs=1)
    assert im.size[0] == pytest.approx(sheet.width * 1.5, abs=3)
    a = np.asarray(im, dtype=np.float32)
    assert 215 < np.median(a) < 250, "the lamp's grey paper"
    assert (a < 90).mean() > 0.004, "ink stays dark enough to read"
    turned = next(p for p in plans if p.rotation == 180)
    t = np.asarray(Image.open(io.BytesIO(court_bm_capture.capture(sheet, turned, random.Random(1)))), np.float32)
    h = t.shape[0]
    assert (t[-h // 4:] < 120).mean() > (t[: h // 4] < 120).mean(), "the title at the foot of a turned sheet"
