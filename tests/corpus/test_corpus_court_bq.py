"""court_bq: 广西壮族自治区柳州市城中区人民法院's enforcement bureau, drawn blind to be measured once.

A packaging printer enforces this court's judgment against a 螺蛳粉 maker for unpaid bags, 料包 film and cartons: after
the 执行通知书 and 报告财产令 the maker pays into the court's 执行款专户 and the bureau passes the money on. An auto-parts
wholesaler enforces a 柳州中院 二审 judgment (with its 生效证明书) against a repair-shop chain: the chain's van is 查封
through the 车管所, then the debt is paid in full and the volume archived. A 小额贷款 company enforces a 桂中公证处
公证债权文书 with its 执行证书 against a 米粉 stall owner, paid — but its lawyer's 授权委托书 never reached the volume.
The bureau types under a red head and fills 三联 carbon forms whose pink and yellow copies reach the volume; the
archive's old sheet-feed scanner draws streaks from its dirty glass, stretches slipped sheets and turns some upside down.
"""

from __future__ import annotations

import io
import random

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bq, court_bq_capture
from dossier.corpus.families.court_bq_kit import PINK, YELLOW
from dossier.corpus.families.court_bq_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    case_of,
    family_plans,
    text_of,
)


def test_court_bq_seqs_and_missing_document():
    ours = family_plans("court_bq")
    assert len(ours) == 3 and all(43000 <= p.seq <= 43999 for p in ours)
    defective = next(p for p in ours if not p.complete)
    assert defective.basis_kind == "notarial" and MISSING not in [d.code for d in defective.docs]
    assert MISSING in [d.code for d in ours[0].docs]


def test_court_bq_stories_wording_and_ids():
    luo = case_of("court_bq_01")
    basis = text_of(court_bq.render("enforcement_basis", luo, random.Random(2), []))
    assert "螺蛳粉" in basis and "判决如下" in basis and luo.basis_number in basis
    auto = case_of("court_bq_02")
    appeal = text_of(court_bq.render("enforcement_basis", auto, random.Random(2), []))
    assert "柳州市中级人民法院" in appeal and "驳回上诉，维持原判" in appeal and "桂02民终" in auto.basis_number
    ruling = text_of(court_bq.render("enforcement_ruling", auto, random.Random(2), []))
    assert ruling.count("执行裁定书") == 1 and "裁定如下" in ruling and "查封" in ruling and auto.extra["plate"] in ruling
    note = case_of("court_bq_03")
    cert = text_of(court_bq.render("effectiveness_certificate", note, random.Random(2), []))
    assert "执行证书" in cert and note.basis_number in cert
    for c in (luo, auto, note):
        assert c.number.startswith("（2024）桂0202执")
        assert check_credit_code(c.applicant.id_number) is None
        if c.respondent.kind == "person":
            assert check_id_number(c.respondent.id_number) is None
        else:
            assert check_credit_code(c.respondent.id_number) is None


def test_court_bq_carbon_forms_come_on_pink_or_yellow_paper():
    c = case_of("court_bq_01")
    papers = {court_bq.render("service_receipt", c, random.Random(k), ["enforcement_notice"])[0].paper
              for k in range(30)}
    assert PINK in papers and YELLOW in papers


def _scan(cap: court_bq_capture.QCapture, sheet: Sheet) -> np.ndarray:
    img = Image.open(io.BytesIO(court_bq_capture.capture(sheet, cap, random.Random(3))))
    assert img.info["dpi"][0] == pytest.approx(cap.dpi, abs=1)
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def test_court_bq_capture_streaks_stretch_and_turn():
    c = case_of("court_bq_01")
    sheet = court_bq.render("enforcement_notice", c, random.Random(4), [])[0]
    plain = court_bq_capture.QCapture(dpi=200, rotation=0, photo=False, skew=0.0, stretch=1.0, quality=90)
    a = _scan(plain, sheet)
    assert a.shape[:2] == (sheet.height, sheet.width)
    streaked = court_bq_capture.QCapture(dpi=200, rotation=0, photo=False, skew=0.0, stretch=1.04,
                                         streaks=[(0.5, 2, 110)], quality=90)
    b = _scan(streaked, sheet)
    assert b.shape[0] == round(sheet.height * 1.04), "a slipped feed comes out taller"
    x = int(0.5 * sheet.width)
    column = b[:, x].mean()
    beside = b[:, x + 12].mean()
    assert beside - column > 60, "the dirty glass leaves a dark streak top to bottom"
    turned = court_bq_capture.QCapture(dpi=200, rotation=180, photo=False, skew=0.0, stretch=1.0, quality=90)
    t = _scan(turned, sheet)
    head = (a[: a.shape[0] // 5].mean(), t[-t.shape[0] // 5:].mean())
    assert abs(head[0] - head[1]) < 4, "the red head comes out at the foot of a turned page"
    assert a[: a.shape[0] // 5].mean() < 250, "the page keeps its ink (readable)"


def test_court_bq_capture_plans_stay_in_bounds():
    rng = random.Random(9)
    sheet = Sheet()
    caps = [court_bq_capture.plan_capture(rng, sheet) for _ in range(400)]
    assert all(150 <= k.dpi <= 300 and abs(k.skew) <= 3 and 1.0 <= k.stretch <= 1.05 for k in caps)
    assert {k.rotation for k in caps} == {0, 180}
    assert any(k.streaks for k in caps) and any(k.stretch > 1.0 for k in caps)
    assert sum(k.rotation == 180 for k in caps) < 80, "only a few pages upside down"
    xs = [fx for k in caps for fx, _, _ in k.streaks]
    assert all(min(abs(fx - d) for d in court_bq_capture.DIRT) < 0.003 for fx in xs), "the same specks recur"


def test_court_bq_tinted_paper_survives_the_colour_scan():
    c = case_of("court_bq_01")
    sheet = next(s for k in range(30)
                 for s in court_bq.render("service_receipt", c, random.Random(k), ["enforcement_notice"])
                 if s.paper == PINK)
    cap = court_bq_capture.QCapture(dpi=150, rotation=0, photo=False, skew=0.0, stretch=1.0, quality=80)
    a = _scan(cap, sheet)
    corner = a[20:80, 20:80].mean(axis=(0, 1))
    assert corner[0] - corner[1] > 20, "pink stays pink"
