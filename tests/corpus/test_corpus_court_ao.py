"""The family court_ao (赣州章贡, held out: drawn without looking at the page reader): volumes soaked when the 档案室
flooded in a summer rainstorm, dried and rescanned on a flatbed — tide lines, cockled paper, ink run in the stains,
corners torn where pages stuck together, mould spots — holding this court's 脐橙 sale judgment for a 合作社 against a
fruit trader (终本; the clue form carries the 村民委员会证明 and the 林权证 copy), a 赣州中院 二审 wage judgment for a
农民工 against a 建筑劳务 company settled by 执行和解 in three instalments and archived, and this court's 建材 sale
judgment paid in full but handed in without its 结案通知书."""

from __future__ import annotations

import io
import random
from functools import cache

import numpy as np
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_ao_capture, renderer
from dossier.corpus.families.court_ao import APPEAL, INSTALMENTS
from dossier.corpus.families.court_ao_kit import COURT
from dossier.corpus.families.court_ao_plans import MISSING
from dossier.validators.identity import check_credit_code, check_id_number

from .family_stories import (
    text_of,
)

OURS = [p for p in plans() if p.family == "court_ao"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_ao")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_court_ao_seqs_lie_in_its_range() -> None:
    assert all(44000 <= p.seq <= 44999 for p in OURS)


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_closing_notice() -> None:
    assert MISSING == "closing_notice"


def test_the_bases_are_this_courts_orange_judgment_an_appeal_on_wages_and_a_goods_judgment() -> None:
    courts = {p.name[:11]: _plan(p.name[:11])[1].basis_court for p in OURS}
    assert courts == {"court_ao_01": COURT, "court_ao_02": APPEAL, "court_ao_03": COURT}
    orange = text_of(_draw("court_ao_01", "enforcement_basis"))
    assert "脐橙" in orange and "赣0702民初" in _plan("court_ao_01")[1].basis_number
    assert "合作社" in _plan("court_ao_01")[1].applicant.name
    appeal = text_of(_draw("court_ao_02", "enforcement_basis"))
    assert "赣07民终" in _plan("court_ao_02")[1].basis_number and "驳回上诉，维持原判。" in appeal
    assert "建筑劳务" in _plan("court_ao_02")[1].respondent.name and "农民工" in appeal
    assert "生 效 证 明" in _draw("court_ao_02", "effectiveness_certificate")[0].lines


def test_the_clue_form_carries_the_village_committees_proof_and_the_forest_right_certificate() -> None:
    form, proof, cert = _draw("court_ao_01", "property_clue_form")
    assert "财产线索提供表" in form.lines and "证　　明" in proof.lines
    assert any("村民委员会" in line for line in proof.lines)
    assert "林　权　证" in cert.lines and "农村土地承包经营权证" in cert.lines
    assert [s.page_of for s in (form, proof, cert)] == [(1, 3), (2, 3), (3, 3)]
    assert len(_draw("court_ao_03", "property_clue_form")) == 1


def test_ids_validate() -> None:
    for p in OURS:
        c = _plan(p.name[:11])[1]
        for party in (c.applicant, c.respondent):
            check = check_id_number if party.kind == "person" else check_credit_code
            assert check(party.id_number) is None, (p.name, party)


def test_the_wage_is_paid_in_three_instalments_under_the_settlement() -> None:
    c = _plan("court_ao_02")[1]
    assert len(c.extra["instalments"]) == INSTALMENTS and sum(a for _, a in c.extra["instalments"]) == c.amount
    assert [d.note for d in OURS[1].docs if d.code == "payment_voucher"] == ["1", "2", "3"]
    assert "执行和解协议" in text_of(_draw("court_ao_02", "settlement_agreement"))
    slip = _draw("court_ao_02", "payment_voucher", ["2"])[0]
    assert any("第2期" in line for line in slip.lines)


def _decode(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)))


def test_the_flooded_pages_are_stained_cockled_torn_and_rescanned_at_200_to_300_dpi() -> None:
    page = _draw("court_ao_01", "enforcement_notice")[0]
    caps = [court_ao_capture.plan_capture(random.Random(k), page) for k in range(200)]
    assert {c.dpi for c in caps} <= {200, 240, 300} and not any(c.photo for c in caps)
    assert any(c.grey for c in caps) and any(not c.grey for c in caps)
    assert any(c.torn for c in caps) and any(c.mould for c in caps) and sum(bool(c.stains) for c in caps) > 100
    cap = caps[0]
    cap.stains, cap.cockle, cap.torn, cap.mould, cap.skew, cap.rotation, cap.bleed, cap.grey = (
        [], 0.0, "", 0, 0.0, 0, 0.0, False)
    cap.dpi = 200
    clean = _decode(court_ao_capture.capture(page, cap, random.Random(2)))
    assert clean.shape == (2339, 1654, 3)
    cap.stains, cap.bleed = [(0.5, 0.9, 0.4, 0.3)], 1.5
    stained = _decode(court_ao_capture.capture(page, cap, random.Random(2))).astype(int)
    low = stained[1700:, 300:1300]
    assert (low[..., 2] < low[..., 0] - 20).mean() > 0.01, "brown tide line / yellowed paper"
    cap.torn = "br"
    torn = _decode(court_ao_capture.capture(page, cap, random.Random(2))).astype(int)
    assert abs(torn[-5, -5] - np.array([186, 188, 186])).max() < 25, "the lid's grey where the corner is gone"
