"""court_cg (河北省邯郸市丛台区人民法院, held out): three 丛台 dossiers of 2026 — a steel trader's car seized and
auctioned to pay a 邯郸中院 二审 judgment, archived; a coal-yard 民事调解书 ended by 终结本次执行程序 after the yard was
found shut; a coke-trade judgment paid after a 邯郸农商银行 freeze, missing the 收取案款确认书. Every page went
through the bureau's MFP "scan to PDF": MRC compression (1-bit text at 300 dpi over a blurred 100 dpi background),
black-and-white 200 dpi pages from the auto colour detection, ID papers copied two to a sheet, bound gutters."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.families import court_cg, court_cg_capture, court_cg_papers
from dossier.corpus.families.court_cg import CgSheet
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_cg_seqs_lie_in_its_range_and_numbers_are_of_congtai():
    ps = family_plans("court_cg")
    assert all(70000 <= p.seq <= 70999 for p in ps)
    for p in ps:
        c = case_of(p.name)
        assert c.number.startswith("（2026）冀0403执") and c.court.name == "河北省邯郸市丛台区人民法院"


def test_court_cg_parties_carry_valid_numbers():
    for p in family_plans("court_cg"):
        c = case_of(p.name)
        assert check_id_number(c.applicant.id_number) is None
        assert check_credit_code(c.respondent.id_number) is None
        for served in ([], ["respondent"]):
            text = text_of(court_cg_papers.paper("identity_proof", c, random.Random(7), served))
            for n in [w for w in text.replace("号码 ", "号码").split("号码")[1:]]:
                assert check_id_number(n[:18]) is None, n[:18]


def test_court_cg_archive_basis_is_the_intermediate_courts_appeal_and_car_was_auctioned():
    c = case_of("court_cg_01")
    basis = text_of(court_cg.render("enforcement_basis", c, random.Random(2), []))
    assert "河北省邯郸市中级人民法院" in basis and "冀04民终" in basis and "驳回上诉" in basis
    ruling = text_of(court_cg.render("enforcement_ruling", c, random.Random(2), []))
    assert "拍卖" in ruling and c.extra["plate"] in ruling
    yard = case_of("court_cg_02")
    assert "民事调解书" in text_of(court_cg.render("enforcement_basis", yard, random.Random(2), [])).replace(" ", "")
    end = text_of(court_cg.render("termination_this_round_ruling", yard, random.Random(2), []))
    assert "执行裁定书" in end and "终结本院" in end


def test_court_cg_identity_papers_are_two_to_a_sheet():
    c = case_of("court_cg_01")
    for served in ([], ["respondent"]):
        sheets = court_cg_papers.paper("identity_proof", c, random.Random(3), served)
        assert len(sheets) == 1 and isinstance(sheets[0], CgSheet) and sheets[0].cards
        a = np.asarray(sheets[0].image.convert("L"))
        rows = (a < 248).mean(axis=1)
        top, bottom = rows[: a.shape[0] // 2].max(), rows[a.shape[0] // 2:].max()
        assert top > 0.3 and bottom > 0.3, "a card in each half of the sheet"
    lic = court_cg_papers.paper("lawyer_license", c, random.Random(3), [])
    assert "律师执业证" in text_of(lic) and "居民身份证" not in text_of(lic)[:4]


def _jpeg(sheet: CgSheet, seed: int) -> tuple[court_cg_capture.MfpCapture, Image.Image]:
    rng = random.Random(seed)
    cap = court_cg_capture.plan_capture(rng, sheet)
    return cap, Image.open(io.BytesIO(court_cg_capture.capture(sheet, cap, rng)))


@pytest.mark.parametrize("seed", [1, 4])
def test_court_cg_mrc_keeps_text_one_bit_at_300_dpi_over_a_blurred_background(seed):
    c = case_of("court_cg_01")
    sheet = court_cg_papers.paper("fee_receipt", c, random.Random(5), [])[0]
    assert isinstance(sheet, CgSheet)
    cap, im = _jpeg(sheet, seed)
    assert cap.mode == "mrc" and cap.dpi == 300 and im.info["dpi"][0] == pytest.approx(300)
    assert im.size[0] == round(sheet.width * 300 / 200)
    a = np.asarray(im.convert("L"), dtype=np.float32)
    if cap.rotation:
        a = a[::-1, ::-1]
    assert (a < 60).mean() > 0.001, "text stays solid black"
    # the pink form background survives only as a soft colour field: no fine detail at 300 dpi
    rgb = np.asarray(im.convert("RGB"), dtype=np.float32)
    assert (rgb[..., 0] - rgb[..., 1] > 8).mean() > 0.05


def test_court_cg_plain_pages_can_go_black_and_white_at_200_dpi():
    c = case_of("court_cg_02")
    sheet = court_cg.render("interview_record", c, random.Random(1), [])[0]
    assert isinstance(sheet, CgSheet)
    modes = set()
    for seed in range(12):
        cap, im = _jpeg(sheet, seed)
        modes.add(cap.mode)
        if cap.mode == "bw":
            a = np.asarray(im.convert("L"))
            assert cap.dpi == 200 and im.size[0] == sheet.width
            assert ((a > 40) & (a < 215)).mean() < 0.06, "black and white only (JPEG fringes aside)"
    assert modes == {"bw", "mrc"}
    assert court_cg_capture.plan_capture(random.Random(0), court_cg_papers.paper(
        "identity_proof", c, random.Random(0), [])[0]).mode == "mrc", "ID copies stay in colour"


def test_court_cg_bound_judgment_shows_a_gutter_and_captures_are_sane():
    c = case_of("court_cg_01")
    sheets = court_cg.render("enforcement_basis", c, random.Random(4), [])
    assert len(sheets) >= 2 and all(isinstance(s, CgSheet) and s.bound for s in sheets)
    rng = random.Random(9)
    s0 = sheets[0]
    assert isinstance(s0, CgSheet)
    cap = court_cg_capture.plan_capture(rng, s0)
    cap.rotation, cap.skew, cap.gutter = 0, 0.0, 110
    a = np.asarray(Image.open(io.BytesIO(court_cg_capture.capture(s0, cap, rng))).convert("L"), dtype=np.float32)
    h = a.shape[0]
    edge, middle = np.median(a[h // 3: h // 2, 2:12]), np.median(a[h // 3: h // 2, a.shape[1] // 2 - 5: a.shape[1] // 2 + 5])
    assert edge < middle - 40, "grey gutter down the bound edge"
    caps = [court_cg_capture.plan_capture(random.Random(k), s0) for k in range(200)]
    assert all(abs(x.skew) <= 3 and 45 <= x.quality <= 80 and x.rotation in (0, 180) for x in caps)
    assert any(x.rotation == 180 for x in caps)


def test_court_cg_certificate_of_effect_is_congtais_for_the_appeal_it_names():
    c = case_of("court_cg_01")
    text = text_of(court_cg.render("effectiveness_certificate", c, random.Random(1), []))
    assert text.startswith(court_cg.COURT) and c.basis_number in text and c.extra["first"] in text
    assert "驳回上诉" in text and "特此证明" in text
