"""The family court_bv (青海格尔木, held out: drawn without looking at the page reader): a city court on the Qaidam
plateau. A 郭勒木德 goji grower wins his purchase money in a 海西州中院 二审 judgment (驳回上诉，维持原判); the buyer pays
once the court 查封s its truck through the 车管所. A haulage company's potash freight judgment of this court ends
终结本次执行程序 after 查控, a visit to the idle yard at 察尔汗, 限制消费, 失信 and an interview, and is archived. A 察尔汗
pipe worker's wage award is paid in three instalments under an 执行和解协议 (three bank slips) and filed without its
结案通知书. The 移动执行 team photographs papers in the plateau sun with a tablet — hard contrast, glare patches, the
hard shadow of a window frame or the tablet, the sheet on a car seat or dashboard in slight perspective — the rest
are scanned back at the court."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bv_capture as cap_mod
from dossier.corpus.families import renderer
from dossier.corpus.families.court_bv import ARBITRATION, COURT, GOJI_SEQ, MIDDLE, POTASH_SEQ, WAGE_SEQ
from dossier.corpus.families.court_bv_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_bv"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert [p.seq for p in OURS] == [GOJI_SEQ, POTASH_SEQ, WAGE_SEQ]
    assert all(53000 <= p.seq <= 53999 for p in OURS)


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None) -> list[Sheet]:
    return renderer("court_bv")(code, _plan(prefix)[1], random.Random(1), served or [])


def test_two_complete_one_archived_and_the_wage_case_without_its_closing_notice() -> None:
    assert MISSING == "closing_notice"
    assert [p.method for p in OURS] == ["fully_performed", "terminated_this_round", "fully_performed"]
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]
    wage = _plan("court_bv_03")[0]
    assert wage.basis_kind == "arbitration" and "settlement_agreement" in [d.code for d in wage.docs]


def test_the_goji_judgment_is_the_middle_courts_appeal_and_the_truck_was_seized() -> None:
    c = _plan("court_bv_01")[1]
    assert c.number == f"（2026）青2801执{GOJI_SEQ}号" and "青28民终" in c.basis_number and c.basis_court == MIDDLE
    basis = _draw("court_bv_01", "enforcement_basis")
    assert basis[0].lines[0] == MIDDLE and "驳回上诉，维持原判。" in text_of(basis) and "枸杞" in text_of(basis)
    ruling = text_of(_draw("court_bv_01", "enforcement_ruling"))
    assert "执行裁定书" in ruling and f"查封被执行人{c.respondent.name}" in ruling and c.extra["plate"] in ruling
    assert c.extra["plate"].startswith("青H")
    reply = _draw("court_bv_01", "assistance_notice", ["reply"])[0]
    assert "协助执行回执" in reply.lines and "查封车辆" in reply.lines


def test_the_potash_case_has_everything_a_terminated_round_needs() -> None:
    codes = [d.code for d in _plan("court_bv_02")[0].docs]
    for code in ("online_inquiry_result", "investigation_record", "interview_record", "consumption_restriction_order",
                 "dishonest_list_decision", "termination_this_round_ruling", "closing_approval_form"):
        assert code in codes
    c = _plan("court_bv_02")[1]
    ruling = text_of(_draw("court_bv_02", "termination_this_round_ruling"))
    assert f"终结本院{c.number}案件的本次执行程序。" in ruling and "察尔汗" in ruling
    assert "钾肥" in text_of(_draw("court_bv_02", "enforcement_basis"))
    assert "生效证明书" in _draw("court_bv_02", "effectiveness_certificate")[0].lines
    assert "执行案件卷宗" in _draw("court_bv_02", "dossier_cover")[0].lines


def test_the_wage_award_is_paid_in_three_slips() -> None:
    c = _plan("court_bv_03")[1]
    assert c.basis_court == ARBITRATION
    slips = _draw("court_bv_03", "payment_voucher")
    assert len(slips) == 3 and all(s.starts_document for s in slips[1:])
    assert "（第3期）" in text_of(slips) and "分三期" in text_of(_draw("court_bv_03", "settlement_agreement"))
    assert "仲裁裁决书生效证明" in _draw("court_bv_03", "effectiveness_certificate")[0].lines


def test_ids_validate() -> None:
    for k in (1, 2, 3):
        c = _plan(f"court_bv_0{k}")[1]
        assert check_credit_code(c.respondent.id_number) is None
        if c.applicant.kind == "organisation":
            assert check_credit_code(c.applicant.id_number) is None
        else:
            assert check_id_number(c.applicant.id_number) is None


def test_the_court_papers_are_headed_by_the_court() -> None:
    for code in ("acceptance_notice", "enforcement_notice", "closing_notice"):
        s = _draw("court_bv_01", code)[0]
        assert s.lines[0] == COURT


def _decode(data: bytes) -> tuple[np.ndarray, tuple[float, float]]:
    im = Image.open(io.BytesIO(data))
    return np.asarray(im.convert("RGB")).astype(int), im.info["dpi"]


def test_sunlit_photos_on_a_car_seat_and_flatbed_scans() -> None:
    page = _draw("court_bv_01", "enforcement_notice")[0]
    caps = [cap_mod.plan_capture(random.Random(k), page) for k in range(200)]
    photos = [c for c in caps if c.photo]
    assert 40 < len(photos) < 170 and all(abs(c.skew) <= 3 for c in caps)
    assert {c.shadow for c in photos} == {"", "frame", "tablet"} and any(c.glare[2] for c in photos)
    cap = next(c for c in photos if c.shadow == "frame" and c.glare[2])
    cap.skew, cap.blur = 0.0, 0.0
    img, dpi = _decode(cap_mod.capture(page, cap, random.Random(1)))
    assert round(dpi[0]) == cap.dpi
    assert img.shape[1] > page.width * cap.dpi / 200, "the surround shows around the sheet"
    corner = img[:20, :20].mean(axis=(0, 1))
    assert np.abs(corner - np.array(cap_mod.SURROUNDS[cap.surround])).max() < 30, "car seat or dashboard"
    m = int(page.width * cap.dpi / 200 * 0.07)
    sheet = img[m + 40:-m - 40, m + 60:-m - 60].mean(axis=2)
    assert (sheet > 250).mean() > 0.3, "blown-out paper"
    assert ((sheet > 90) & (sheet < 150)).mean() > 0.03, "a hard shadow across the page"
    assert (sheet < 60).mean() > 0.003, "the text stays dark"
    scan = next(c for c in caps if not c.photo)
    scan.skew = 0.0
    img, _ = _decode(cap_mod.capture(page, scan, random.Random(1)))
    assert img.shape[:2] == (round(page.height * scan.dpi / 200), round(page.width * scan.dpi / 200))


def test_glare_washes_but_keeps_text() -> None:
    s = Sheet()
    s.draw.rectangle((400, 400, 1200, 1200), fill=(20, 20, 20))
    cap = cap_mod.BCapture(dpi=200, rotation=0, photo=True, skew=0.0, quality=90, surround="seat", contrast=1.4,
                           glare=(0.5, 0.25, 0.2), keystone=0.0)
    img, _ = _decode(cap_mod.capture(s, cap, random.Random(1)))
    m = int(s.width * 0.07)
    centre = img[m + 800, m + 800].mean()
    assert 60 < centre < 200, "glare lifts the black but it stays darker than paper"
