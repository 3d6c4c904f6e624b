"""The family court_bc (山东烟台芝罘, held out: drawn without looking at the page reader): a port district of seafood
processors, cold stores, wineries and apple traders. A seafood processor enforces a 烟台中院 二审 judgment against a
cold-storage company whose freezer failed and thawed its fish; the company's machines are mortgaged, so after a 传票,
a 限制消费令, a 失信 decision, a 调查笔录 at the cold store and a 谈话笔录 hearing the applicant, the case is ended 终本.
A winery enforces an 烟台仲裁委员会 award for unpaid wine against its 芝罘 distributor; they settle, the distributor pays
in two instalments, the money is released by an 烟台银行 回单, and the dossier is archived. A lender enforces a
芝罘公证处 公证债权文书 with its 执行证书 against an apple trader of 栖霞; ended 终本, it is handed in without the
谈话笔录 that should have heard the lender first.
Every paper was photographed under the filing window's 高拍仪 and stored at 1600 px on the long side: the LED's fixed
hot spot, light falling off toward the corners, slight barrel distortion, pages curling at the staple or bulging at a
mailing fold so text lines bend, the clerk's fingertips at the edges, the grey desk mat round slips and crooked pages."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_bc_capture as cap
from dossier.corpus.families import renderer
from dossier.corpus.families.court_bc import COLD_SEQ, LOAN_SEQ, WINE_SEQ
from dossier.corpus.families.court_bc_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_bc"]


def test_its_case_numbers_are_in_its_range() -> None:
    assert [p.seq for p in OURS] == [COLD_SEQ, WINE_SEQ, LOAN_SEQ]
    assert all(24000 <= p.seq <= 24999 for p in OURS)


@cache
def _case(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_bc")(code, _case(prefix)[1], random.Random(seed), served or [])


def test_two_terminated_cases_and_an_archived_award_the_loan_one_without_its_interview_record() -> None:
    assert MISSING == "interview_record"
    assert [p.method for p in OURS] == ["terminated_this_round", "fully_performed", "terminated_this_round"]
    assert [p.stage for p in OURS] == ["closing", "archive", "closing"]
    assert [p.complete for p in OURS] == [True, True, False]
    assert [p.basis_kind for p in OURS] == ["judgment", "arbitration", "notarial"]
    loan = [d.code for d in OURS[2].docs]
    for code in ("consumption_restriction_order", "dishonest_list_decision", "investigation_record",
                 "termination_this_round_ruling", "effectiveness_certificate"):
        assert code in loan, code
    assert any(d.code == "service_receipt" and d.served == ["summons"] for d in OURS[0].docs)


def test_its_bases_are_the_appeal_judgment_the_award_and_the_notarised_loan_with_its_certificate() -> None:
    appeal = text_of(_draw("court_bc_01", "enforcement_basis"))
    assert "山东省烟台市中级人民法院" in appeal and "鲁06民终" in appeal and "维持原判" in appeal
    assert "仓储合同纠纷" in appeal
    award = text_of(_draw("court_bc_02", "enforcement_basis"))
    assert "烟台仲裁委员会" in award and "烟仲字第" in award and "裁决如下" in award
    loan = _draw("court_bc_03", "enforcement_basis")
    assert len(loan) == 2 and loan[1].page_of == (2, 2)
    assert "公 证 书" in text_of(loan) and "强制执行效力" in text_of(loan)
    cert = text_of(_draw("court_bc_03", "effectiveness_certificate"))
    assert "执 行 证 书" in cert and "鲁烟芝证执字第" in cert
    assert "生效证明书" in text_of(_draw("court_bc_01", "effectiveness_certificate"))


def test_every_ruling_is_titled_so_and_says_what_it_does() -> None:
    end = _draw("court_bc_01", "termination_this_round_ruling")
    assert end[0].lines[1] == "执行裁定书"
    assert "裁定如下：" in text_of(end) and "的本次执行程序。" in text_of(end)
    freeze = _draw("court_bc_01", "enforcement_ruling")
    assert freeze[0].lines[1] == "执行裁定书" and "冻结、划拨被执行人" in text_of(freeze)
    assert _draw("court_bc_01", "dishonest_list_decision")[0].lines[1] == "决定书"
    assert "栖霞市" in text_of(_draw("court_bc_03", "termination_this_round_ruling"))


def test_the_records_are_taken_where_the_story_happens() -> None:
    assert "冷库" in text_of(_draw("court_bc_01", "investigation_record"))
    assert "果园" in text_of(_draw("court_bc_03", "investigation_record"))
    heard = text_of(_draw("court_bc_01", "interview_record"))
    assert "谈话笔录" in heard and "终结本次执行程序" in heard


def test_its_parties_carry_valid_numbers_and_live_in_yantai() -> None:
    for p in OURS:
        c = _case(p.name[:11])[1]
        for party in (c.applicant, c.respondent):
            check = check_credit_code if party.kind == "organisation" else check_id_number
            assert check(party.id_number) is None, (p.name, party.name)
            if party.kind == "person":
                assert party.sex == ("男" if int(party.id_number[16]) % 2 else "女")
        assert c.number.startswith("（2024）鲁0602执") and c.court.name == "山东省烟台市芝罘区人民法院"
    loan = _case("court_bc_03")[1]
    assert loan.respondent.kind == "person" and loan.respondent.id_number.startswith("370686")


def test_the_receipt_and_the_bank_slip_are_smaller_than_a4() -> None:
    for prefix, code in (("court_bc_01", "fee_receipt"), ("court_bc_02", "payment_voucher")):
        s = _draw(prefix, code)[0]
        assert s.width <= 1654 and s.height < 2339 * 0.6, code


# ------------------------------------------------------------------ the 高拍仪

def _shot(sheet: Sheet, seed: int = 4, **change: object) -> np.ndarray:
    plan = cap.plan_capture(random.Random(seed), sheet)
    for k, v in change.items():
        setattr(plan, k, v)
    jpeg = cap.capture(sheet, plan, random.Random(seed))
    im = Image.open(io.BytesIO(jpeg))
    assert im.format == "JPEG" and max(im.size) == cap.LONG_SIDE
    assert round(im.info["dpi"][0]) == plan.dpi
    return np.asarray(im.convert("RGB")).astype(np.float32)


def _ruled() -> Sheet:
    s = Sheet()
    for y in range(300, 2100, 150):
        s.line(150, y, 1500, y, width=6)
    return s


def test_a_photo_is_1600_px_at_about_134_dpi_without_turning_the_page() -> None:
    sheet = _draw("court_bc_01", "enforcement_notice")[0]
    for seed in range(6):
        plan = cap.plan_capture(random.Random(seed), sheet)
        assert plan.photo and plan.rotation == 0 and 125 <= plan.dpi <= 140
        assert abs(plan.angle) <= 4
    _shot(sheet)


def test_the_led_leaves_a_hot_spot_and_the_corners_fall_off() -> None:
    a = _shot(Sheet(), fingers=[], curl="", angle=0.0).mean(axis=2)
    h, w = a.shape
    hx, hy = int(cap.HOT_SPOT[0] * w), int(cap.HOT_SPOT[1] * h)
    hot = a[hy - 20:hy + 20, hx - 20:hx + 20].mean()
    middle = a[int(h * 0.75) - 20:int(h * 0.75) + 20, int(w * 0.3) - 20:int(w * 0.3) + 20].mean()
    corner = a[40:80, 40:80].mean()
    assert hot > middle + 15 and middle > corner + 5


def test_the_desk_mat_shows_round_a_slip() -> None:
    slip = _draw("court_bc_01", "fee_receipt")[0]
    a = _shot(slip, fingers=[], angle=2.0)
    bottom = a[-200:-40, 200:-200]
    grey = (np.abs(bottom[..., 0] - bottom[..., 2]) < 12) & (bottom.mean(axis=2) > 70) & (bottom.mean(axis=2) < 170)
    assert grey.mean() > 0.9, "the mat below the receipt"
    assert (a.mean(axis=2) > 200).mean() > 0.15, "the white slip itself"


def _skin(a: np.ndarray) -> np.ndarray:
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return (r > 150) & (r - g > 30) & (g - b > 12) & (r - b > 55)


def test_the_clerks_fingertips_hold_the_page_at_its_edge() -> None:
    sheet = Sheet()
    without = _shot(sheet, fingers=[], angle=0.0)
    held = _shot(sheet, fingers=[("left", 0.5, 25.0)], angle=0.0)
    assert _skin(without).mean() < 0.0005
    h, w = held.shape[:2]
    band = _skin(held[h // 2 - 60:h // 2 + 60])
    cols = np.where(band.any(axis=0))[0]
    assert cols.size and cols.min() < 10, "the finger comes in from beyond the frame"
    assert 0.1 * w < cols.max() < 0.35 * w, "its tip lies inside the page, over the margin and the first characters"


def _row_y(a: np.ndarray, x: int, near: int) -> float:
    column = a[near - 60:near + 60, x - 3:x + 3].mean(axis=(1, 2))
    return float(near - 60 + np.argmin(column))


def test_a_stapled_corner_curls_and_bends_the_lines_near_it() -> None:
    flat = _shot(_ruled(), fingers=[], curl="", angle=0.0, barrel=0.0, shift=(0.0, 0.0))
    curled = _shot(_ruled(), fingers=[], curl="staple", curl_px=10.0, angle=0.0, barrel=0.0, shift=(0.0, 0.0))
    w = flat.shape[1]
    y0 = int(np.argmin(flat[:500, w // 2].mean(axis=1)[200:]) + 200)  # a ruled line in the upper part
    bend_flat = _row_y(flat, int(w * 0.2), y0) - _row_y(flat, int(w * 0.8), y0)
    bend_curled = _row_y(curled, int(w * 0.2), y0) - _row_y(curled, int(w * 0.8), y0)
    assert abs(bend_flat) <= 2 and bend_curled >= 6


def test_the_lens_bows_straight_lines_outward() -> None:
    a = _shot(_ruled(), fingers=[], curl="", angle=0.0, barrel=0.045, shift=(0.0, 0.0))
    h, w = a.shape[:2]
    top = 300 * cap.px_per_mm() / (200 / 25.4)
    y_mid = _row_y(a, w // 2, int(top + (h - 297 * cap.px_per_mm()) / 2))
    y_side = _row_y(a, int(w * 0.25), int(y_mid))
    assert y_side - y_mid >= 2, "the line's ends lie nearer the centre than its middle"


def test_the_text_stays_readable() -> None:
    sheet = _draw("court_bc_01", "termination_this_round_ruling")[0]
    a = _shot(sheet, seed=9).mean(axis=2)
    h, w = a.shape
    body = a[int(h * 0.3):int(h * 0.7), int(w * 0.2):int(w * 0.8)]
    assert (body < 110).mean() > 0.015 and (body > 170).mean() > 0.5, "dark strokes on light paper"
