"""The family court_bo (湖北武汉江汉, held out: drawn without looking at the page reader): a downtown 汉口 court. A
绍兴 fabric mill enforces its 武汉中院 二审 judgment against a 汉正街 clothing wholesaler and is paid from the
wholesaler's 汉口银行 account; a 热干面 brand enforces a 武汉仲裁委员会 award of franchise fees (with the commission's
生效证明) and the paid case is archived; 湖北银行江汉支行 enforces this court's 金融借款 调解书 against a 万松园 flat
owner, whose flat the 不动产登记中心 found, and the dossier reaches the archive room without its 结案审批表.
The court prints its own papers on security paper whose 底纹 tiles "武汉市江汉区人民法院" behind the text, stamped
正本/副本 in a corner; bank slips and the register's replies carry their own backgrounds; a colour flatbed scans them
at 200–300 dpi, a third saved greyscale, crooked up to 3°, some upside down, some soft, JPEG q 50–80."""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import case_for, plans
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bo_capture, renderer
from dossier.corpus.families.court_bo import CLOTH_SEQ, LOAN_SEQ, NOODLE_SEQ, kind_of
from dossier.corpus.families.court_bo_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_bo"]
draw = renderer("court_bo")


def test_court_bo_seqs_lie_in_its_range_and_the_stories_are_its_own():
    assert all(40000 <= p.seq <= 40999 for p in OURS)
    assert sorted(p.seq for p in OURS) == sorted([CLOTH_SEQ, NOODLE_SEQ, LOAN_SEQ])
    assert MISSING == "closing_approval_form"
    cloth, noodle, loan = case_of("court_bo_01"), case_of("court_bo_02"), case_of("court_bo_03")
    assert cloth.basis_court == "湖北省武汉市中级人民法院" and "鄂01民终" in cloth.basis_number
    assert "汉正街" in cloth.respondent.address
    assert noodle.basis_court == "武汉仲裁委员会" and noodle.basis_kind == "arbitration"
    assert "万松园" in loan.respondent.address and loan.basis_kind == "mediation"
    assert "民 事 调 解 书" in text_of(draw("enforcement_basis", loan, random.Random(2), []))
    assert "驳回上诉" in text_of(draw("enforcement_basis", cloth, random.Random(2), []))


def test_court_bo_ids_are_valid():
    for p in OURS:
        c = case_for(p, random.Random(plans().index(p)))
        for party in (c.applicant, c.respondent):
            ok = check_id_number(party.id_number) if party.kind == "person" else check_credit_code(party.id_number)
            assert ok is None, (p.name, ok)
            assert party.id_number in text_of(draw("identity_proof", c, random.Random(0),
                                                    ["respondent"] if party is c.respondent else []))


def test_court_bo_rulings_are_titled_and_court_papers_carry_the_security_background():
    c = case_of("court_bo_01")
    ruling = draw("enforcement_ruling", c, random.Random(3), [])
    assert "执行裁定书" in text_of(ruling) and "冻结" in text_of(ruling)
    assert kind_of(ruling[0]) == "court"
    assert any(t in ruling[0].lines for t in ("正本", "副本"))
    # the 底纹 is printed, not recorded: it never reaches the text, yet tints the empty margin
    assert not any("武汉市江汉区人民法院武汉市" in line for line in ruling[0].lines)
    margin = np.asarray(ruling[0].image.convert("L"))[-300:-200, :]
    assert 200 < margin.mean() < 252
    plain = draw("power_of_attorney", c, random.Random(3), [])[0]
    assert kind_of(plain) == "plain"
    assert np.asarray(plain.image.convert("L"))[-300:-200, :].mean() > 253


def _jpeg(sheet: Sheet, seed: int) -> tuple[court_bo_capture.BoCapture, Image.Image]:
    rng = random.Random(seed)
    cap = court_bo_capture.plan_capture(rng, sheet)
    return cap, Image.open(io.BytesIO(court_bo_capture.capture(sheet, cap, rng)))


@pytest.mark.parametrize("seed", range(6))
def test_court_bo_capture_is_a_flatbed_scan_a_clerk_can_read(seed):
    c = case_of("court_bo_01")
    sheet = draw("enforcement_notice", c, random.Random(seed), [])[0]
    cap, img = _jpeg(sheet, seed)
    assert 200 <= cap.dpi <= 300 and abs(cap.skew) <= 3 and 50 <= cap.quality <= 80
    assert cap.rotation in (0, 180) and cap.kind == "court"
    assert img.format == "JPEG" and round(img.info["dpi"][0]) == cap.dpi
    assert img.mode == ("L" if cap.grey else "RGB")
    assert abs(img.width - round(sheet.width * cap.dpi / 200)) <= 1
    a = np.asarray(img.convert("L"), dtype=np.float32)
    assert (a < 90).mean() > 0.005, "the text stays dark"
    assert 150 < np.median(a) < 250, "the background prints light"


def test_court_bo_capture_turns_some_pages_and_saves_some_grey():
    sheet = Sheet()
    caps = [court_bo_capture.plan_capture(random.Random(i), sheet) for i in range(300)]
    assert 0.04 < sum(c.rotation == 180 for c in caps) / 300 < 0.2
    assert 0.2 < sum(c.grey for c in caps) / 300 < 0.5
    assert any(c.blur for c in caps) and max(abs(c.skew) for c in caps) <= 3


def test_court_bo_upside_down_page_is_turned():
    c = case_of("court_bo_01")
    sheet = draw("acceptance_notice", c, random.Random(0), [])[0]
    cap = court_bo_capture.plan_capture(random.Random(0), sheet)
    up = court_bo_capture.BoCapture(**{**cap.__dict__, "rotation": 0, "skew": 0.0, "blur": 0.0, "grey": True})
    down = court_bo_capture.BoCapture(**{**up.__dict__, "rotation": 180})
    a = np.asarray(Image.open(io.BytesIO(court_bo_capture.capture(sheet, up, random.Random(1)))), np.float32)
    b = np.asarray(Image.open(io.BytesIO(court_bo_capture.capture(sheet, down, random.Random(1)))), np.float32)
    top = a.shape[0] // 5
    assert a[:top].mean() < a[-top:].mean(), "the title block is dark at the top"
    assert b[-top:].mean() < b[:top].mean()
