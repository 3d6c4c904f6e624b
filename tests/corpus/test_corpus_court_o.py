"""The family court_o (北京朝阳, held out: drawn without looking at the page reader): dossiers fed through the filing
window's duplex ADF scanner with red dropout — the 红头 and the seals fade to ghosts, black text stays — holding this
court's 支付令 settled and paid in four instalments, a labour award with its 生效证明 archived after 终本, and a
公证债权文书 with its 执行证书 missing the 约谈笔录."""

from __future__ import annotations

import io
import random
from decimal import Decimal
from functools import cache

import numpy as np
import pytest
from PIL import Image

from dossier.corpus.build import Plan, case_for, plans
from dossier.corpus.content import CaseCtx
from dossier.corpus.draw import Sheet
from dossier.corpus.families import court_o_capture, renderer
from dossier.corpus.families.court_o import INSTALMENTS, LABOUR, NOTARY
from dossier.validators.identity import check_id_number

from .family_stories import (
    draws_every_code_its_dossiers_hold,
    judged_as_planned,
    planned_after_every_older_dossier,
    text_of,
)

OURS = [p for p in plans() if p.family == "court_o"]


@cache
def _plan(prefix: str) -> tuple[Plan, CaseCtx]:
    i, plan = next((i, p) for i, p in enumerate(plans()) if p.name.startswith(prefix))
    return plan, case_for(plan, random.Random(i))


def _draw(prefix: str, code: str, served: list[str] | None = None, seed: int = 1) -> list[Sheet]:
    return renderer("court_o")(code, _plan(prefix)[1], random.Random(seed), served or [])


def test_court_o_is_planned_after_every_older_dossier_and_was_built_only_when_named(monkeypatch: pytest.MonkeyPatch) -> None:
    planned_after_every_older_dossier("court_o", "court_n", monkeypatch)


def test_it_draws_every_code_its_dossiers_hold() -> None:
    draws_every_code_its_dossiers_hold("court_o")


def test_complete_dossiers_miss_nothing_and_the_defective_one_misses_the_interview_record() -> None:
    judged_as_planned("court_o", "interview_record")


def test_the_bases_are_a_payment_order_a_labour_award_and_a_notarised_loan() -> None:
    courts = {p.basis_kind: _plan(p.name[:10])[1].basis_court for p in OURS}
    assert courts == {"judgment": "北京市朝阳区人民法院", "arbitration": LABOUR, "notarial": NOTARY}
    order = _draw("court_o_01", "enforcement_basis")
    c1 = _plan("court_o_01")[1]
    assert "京0105民督" in c1.basis_number and "支　付　令" in order[0].lines and c1.basis_number in order[0].lines
    assert "特发出如下支付令：" in text_of(order).replace("\n", "")
    award = text_of(_draw("court_o_02", "enforcement_basis"))
    assert "裁决如下：" in award and "劳动争议" in award and LABOUR in _draw("court_o_02", "enforcement_basis")[0].lines
    proof = text_of(_draw("court_o_02", "effectiveness_certificate"))
    assert "生 效 证 明" in proof and _plan("court_o_02")[1].basis_number in proof and "发生法律效力" in proof
    c3 = _plan("court_o_03")[1]
    certificate = _draw("court_o_03", "effectiveness_certificate")[0]
    assert "执　行　证　书" in certificate.lines and str(c3.extra["certificate_number"]) in certificate.lines
    assert c3.basis_number in text_of([certificate]) and "公　证　书" in text_of(_draw("court_o_03", "enforcement_basis"))


def test_the_settlement_schedule_adds_up_and_a_bank_slip_pays_each_instalment() -> None:
    plan, c = _plan("court_o_01")
    schedule = c.extra["instalments"]
    assert len(schedule) == INSTALMENTS and sum(amount for _, amount in schedule) == c.amount
    agreement = _draw("court_o_01", "settlement_agreement")[0].lines
    table = [Decimal(line.replace(",", "")) for line in agreement if line.replace(",", "").replace(".", "").isdigit()]
    assert table[:-1] == [amount for _, amount in schedule] and table[-1] == c.amount, "rows and their total"
    slips = [d.note for d in plan.docs if d.code == "payment_voucher"]
    assert slips == [str(k) for k in range(1, INSTALMENTS + 1)]
    for k, (when, amount) in enumerate(schedule, 1):
        slip = text_of(_draw("court_o_01", "payment_voucher", [str(k)]))
        assert f"{amount:,.2f}" in slip and when in slip and f"和解款第{k}期" in slip


def test_the_consumption_restriction_binds_the_companys_legal_representative_who_signs_for_it() -> None:
    c = _plan("court_o_01")[1]
    order = text_of(_draw("court_o_01", "consumption_restriction_order"))
    assert f"法定代表人{c.respondent.legal_rep}" in order and "限制消费令" in order
    receipt = _draw("court_o_01", "service_receipt", ["consumption_restriction_order"])[0]
    assert f"{c.respondent.name}（法定代表人：{c.respondent.legal_rep}）" in receipt.lines
    assert receipt.lines.count(c.respondent.legal_rep) == 1, "signed by hand"
    assert "速执团队" in text_of(_draw("court_o_01", "closing_approval_form"))


def test_parties_are_from_chaoyang_with_valid_identity_numbers() -> None:
    for p in OURS:
        _, c = _plan(p.name[:10])
        assert c.number.startswith("（2024）京0105执") and "北京市朝阳区" in c.respondent.address
        for party in (c.applicant, c.respondent):
            if party.kind == "person":
                assert check_id_number(party.id_number) is None
        assert check_id_number(str(c.extra["rep_id"])) is None
        assert c.firm.startswith("北京市") and c.firm.endswith("律师事务所")


def _scan(sheet: Sheet, mode: str, dropout: bool) -> np.ndarray:
    cap = court_o_capture.plan_capture(random.Random(3), sheet)
    cap.mode, cap.dropout, cap.rotation, cap.skew, cap.double_feed, cap.dpi = mode, dropout, 0, 0.0, False, 200
    return np.asarray(Image.open(io.BytesIO(court_o_capture.capture(sheet, cap, random.Random(3)))))


def test_red_dropout_leaves_the_red_head_and_seal_a_faint_ghost_while_black_text_stays_dark() -> None:
    sheet = _draw("court_o_01", "consumption_restriction_order")[0]
    page = np.asarray(sheet.image.convert("RGB")).astype(int)
    red = (page[..., 0] > 150) & (page[..., 1] < 110) & (page[..., 2] < 130)
    black = (page.max(axis=2) < 70)
    assert red.sum() > 5000 and black.sum() > 5000, "a red head, a seal and black text to scan"
    grey = _scan(sheet, "grey", True)
    assert grey.ndim == 2 and np.percentile(grey[red], 5) > 185, "the red is a ghost at most"
    assert np.median(grey[black]) < 70, "black text stays dark"
    bitonal = _scan(sheet, "bitonal", True)
    assert np.mean(bitonal[red] > 200) > 0.97 and np.mean(bitonal[black] < 60) > 0.9
    colour = _scan(sheet, "colour", False).astype(int)
    assert colour.ndim == 3 and np.median(colour[red][:, 0] - colour[red][:, 1]) > 60, "no dropout: still red"


def test_the_case_systems_printout_is_born_digital_and_some_pages_come_skewed_or_upside_down() -> None:
    printout = _draw("court_o_02", "online_inquiry_result")[0]
    cap = court_o_capture.plan_capture(random.Random(0), printout)
    assert getattr(printout, "digital", False) and (cap.dpi, cap.rotation, cap.skew) == (150, 0, 0.0)
    notice = _draw("court_o_02", "enforcement_notice")[0]
    caps = [court_o_capture.plan_capture(random.Random(seed), notice) for seed in range(300)]
    assert {c.dpi for c in caps} == {200, 300} and {c.mode for c in caps} == {"bitonal", "grey"}
    double = [c for c in caps if c.double_feed]
    assert double and all(2.0 <= abs(c.skew) <= 4.0 for c in double)
    assert 0 < sum(c.rotation == 180 for c in caps) < 40
